"""Scan classes traced on blind10's scans once opened (issue 10; scanlab --split blind10 --seed
0) and the CHECK half's regression (scan_round11_halves.md, seed 83), each on OCR words drawn
here (never on a corpus bill):

- the scans' rule that a reading one or two OCR confusions away from the typed value is a
  question for the eye ("unverifiable"), never a mismatch, holds where the check calls a BTN typed
  as another of the customer's lines a mismatch: the bill's labelled BTN read '218-355-0158' for
  '218-555-0158' (5 read as 3) is the typed BTN misread, not another number;
- a lowercase 't' and 'f' are letters of one shape (a stem crossed by a bar): a street type read
  'Cf' for the typed 'Ct', all else agreeing, is a question for the eye, not another street (the
  mailing block read 'Ct' had made the typed address "the billing address").
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc


def _btn_verdict(labelled: str, typed: str) -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], [(40, "Ridgeway|Dental", 0.95)],
                       [(40, "Billing|Telephone|Number:", 0.95), (220, labelled, 0.93)],
                       [],
                       [(40, "Your|Lines", 0.95)],
                       [(40, "Front|desk", 0.94), (200, "218-555-0158", 0.93),
                        (360, "$21.00", 0.94)],
                       [(40, "Workshop", 0.94), (200, "218-555-0171", 0.93),
                        (360, "$21.00", 0.94)]]
    case = PortCase(account_name="", account_number="5521-0087", btn=typed,
                    numbers=(CaseNumber("+12185550158"), CaseNumber("+12185550171")))
    return compare(case, extract_fields(_doc(rows))).fields["btn"].verdict


def test_a_labelled_btn_one_ocr_confusion_off_the_typed_line_is_a_question() -> None:
    # '3' for '5' is a confusion OCR makes: the typed BTN may be the bill's own, misread
    assert _btn_verdict("218-355-0158", "+12185550158") == Verdict.UNVERIFIABLE
    # the labelled BTN read as typed stays a match
    assert _btn_verdict("218-555-0158", "+12185550158") == Verdict.EXACT


def test_a_labelled_btn_plainly_another_number_is_still_a_mismatch() -> None:
    # the other line typed as the BTN: three digits off the labelled one, no misreading
    assert _btn_verdict("218-555-0158", "+12185550171") == Verdict.MISMATCH
    # one digit off, but not one OCR takes for the other ('2' for '5'): plainly another
    assert _btn_verdict("218-255-0158", "+12185550158") == Verdict.MISMATCH


def _site_verdict(service: str, mailing: str, typed: Address) -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(40, "Ridgeway|Dental", 0.95), (335, "Service|Address", 0.96)],
                       [(40, mailing, 0.95), (335, service, 0.95)],
                       [(40, "Circle,|MT|59202", 0.95), (335, "Circle,|MT|59202", 0.93)]]
    case = PortCase(account_name="", account_number="5521-0087", service_address=typed)
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


def test_a_street_type_read_with_an_f_for_its_t_is_a_question() -> None:
    typed = Address("9234 Sunset Ct", "", "Circle", "MT", "59202")
    assert _site_verdict("9234|Sunset|Cf", "9234|Sunset|Ct", typed) == Verdict.UNVERIFIABLE
    assert _site_verdict("9234|Sunset|Cf", "PO|Box|118", typed) == Verdict.UNVERIFIABLE


def test_another_street_type_is_still_a_mismatch() -> None:
    typed = Address("9234 Sunset Ct", "", "Circle", "MT", "59202")
    assert _site_verdict("9234|Sunset|Dr", "9234|Sunset|Ct", typed) == Verdict.MISMATCH
    assert _site_verdict("9234|Sunset|Ct", "9234|Sunset|Ct", typed) == Verdict.EXACT
