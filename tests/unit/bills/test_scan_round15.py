"""Scan class of scans round 15 (issue 10), on OCR words drawn here (never on a corpus bill):

- a house number, unit or ZIP digit read one digit off the typed one at a confidence short of
  sure ('469' for a printed '409' at 0.93, the rest of the address as typed): a digit pair OCR
  confuses (0 and 6), or a word read with doubt, is a question for the eye with the OCR word and
  its confidence as evidence, never "mismatch" and never "exact" (tune12's flowroute_email scans:
  5 false alarms). A house number read surely otherwise, or one digit off by a pair OCR does not
  confuse, stays a mismatch; a text layer keeps today's verdict.
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import BillDocument, Page
from portdesk.bills.verdicts import FieldCheck, Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc


def _address_check(house: str, conf: float, typed: Address, zip_read: str = "80270",
                   source: str = "ocr", zip_conf: float = 0.95) -> FieldCheck:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(40, "Ridgeway|Dental", 0.95)],
                       [],
                       [(40, "Service|Address:", 0.96), (160, house, conf),
                        (190, "Commerce|Dr", 0.94)],
                       [(160, f"Denver,|CO|{zip_read}", zip_conf)]]
    doc = _doc(rows)
    if source != "ocr":
        page = doc.pages[0]
        doc = BillDocument(Path("bill.pdf"), (Page(1, page.width, page.height, page.words,
                                                   source),), 1)
    case = PortCase(account_name="", account_number="5521-0087", service_address=typed)
    return compare(case, extract_fields(doc)).fields["service_address"]


_TYPED = Address("409 Commerce Dr", "", "Denver", "CO", "80270")


def test_a_house_number_read_one_confusable_digit_off_short_of_sure_is_a_question() -> None:
    check = _address_check("469", 0.93, _TYPED)
    assert check.verdict == Verdict.UNVERIFIABLE
    assert check.evidence is not None and "469" in check.evidence.text
    assert "469" in check.reason and "0.93" in check.reason
    # the print read as typed: exact, as before
    assert _address_check("409", 0.93, _TYPED).verdict == Verdict.EXACT


def test_a_zip_digit_read_one_confusable_digit_off_is_a_question() -> None:
    assert _address_check("409", 0.95, _TYPED, zip_read="86270",
                          zip_conf=0.92).verdict == Verdict.UNVERIFIABLE
    # the ZIP read surely otherwise: the carrier rejects it (POSTAL_CODE_MISMATCH)
    assert _address_check("409", 0.95, _TYPED, zip_read="86270").verdict == Verdict.MISMATCH


def test_a_house_number_read_surely_otherwise_stays_a_mismatch() -> None:
    # a typed house number one digit off a number the scan reads surely: the carrier rejects it
    assert _address_check("469", 0.96, _TYPED).verdict == Verdict.MISMATCH
    # short of sure, but a pair OCR does not confuse (4 and 2) read at a good confidence
    assert _address_check("429", 0.93, _TYPED).verdict == Verdict.MISMATCH
    # two digits off is another house
    assert _address_check("463", 0.93, _TYPED).verdict == Verdict.MISMATCH


def test_a_text_layer_keeps_its_verdict() -> None:
    assert _address_check("469", 0.93, _TYPED, source="text").verdict == Verdict.MISMATCH
