"""Scan classes traced on blind10's scans once opened (issue 10; scanlab --split blind10 --seed
0) and the CHECK half's regression (scan_round11_halves.md, seed 83), each on OCR words drawn
here (never on a corpus bill):

- the scans' rule that a reading one or two OCR confusions away from the typed value is a
  question for the eye ("unverifiable"), never a mismatch, holds where the check calls a BTN typed
  as another of the customer's lines a mismatch: the bill's labelled BTN read '218-355-0158' for
  '218-555-0158' (5 read as 3) is the typed BTN misread, not another number;
- a lowercase 't' and 'f' are letters of one shape (a stem crossed by a bar): a street type read
  'Cf' for the typed 'Ct', all else agreeing, is a question for the eye, not another street (the
  mailing block read 'Ct' had made the typed address "the billing address");
- a bill of several accounts prints each as a block headed by its number: a BTN read in the
  block of another account than the typed one (the typed account's own block lost its number in
  the pixels) contradicts nothing the case typed, a question for the eye, never a mismatch;
- a date line that starts with its day ('16 avr 2025 au 16 mai 2025') is no street line: over a
  service address label it had been taken for a first block of its own, so the service address
  under the label was judged the next block down (the mailing one) and called "not found".
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


def _cards(right_number: str, right_conf: float) -> list[Row]:
    return [[(40, "Accounts|on|this|Invoice", 0.95)],
            [(42, "Account|978516", 0.9), (189, "Warehouse", 0.95), (315, "Account|496758", 0.96),
             (461, "Medical|Office", 0.9)],
            [(42, "Location|Address", 0.95), (189, "Main|Number", 0.96),
             (315, "Location|Address", 0.96), (461, "Main|Number", right_conf)],
            [(42, "4245|Ridge|Ct", 0.95), (189, "3175550184", 0.96),
             (315, "5076|Lakeview|Hwy", 0.96), (461, right_number, right_conf)],
            [(42, "Indianapolis,|IN|46291", 0.95), (315, "Indianapolis,|IN|46294", 0.95)]]


def _card_btn(account: str, btn: str, rows: list[Row]) -> Verdict:
    head: list[Row] = [[(40, "Ridgeway|Dental", 0.95)], []]
    case = PortCase(account_name="", account_number=account, btn=btn)
    return compare(case, extract_fields(_doc(head + rows))).fields["btn"].verdict


def test_a_btn_read_in_another_accounts_block_is_a_question() -> None:
    # the typed account's block lost its main number in the pixels
    assert _card_btn("496758", "+13175550161", _cards("siaicalaatle", 0.0)) == (
        Verdict.UNVERIFIABLE)
    # read, it confirms the typed BTN; the other block's number does not stand against it
    assert _card_btn("496758", "+13175550161", _cards("3175550161", 0.95)) == Verdict.EXACT


def test_a_btn_read_in_the_typed_accounts_own_block_is_still_a_mismatch() -> None:
    assert _card_btn("978516", "+13175550161", _cards("siaicalaatle", 0.0)) == Verdict.MISMATCH
    # one account on the bill: its number is the bill's BTN
    one = [[(42, "Account|496758", 0.96)], [(42, "Main|Number", 0.96)],
           [(42, "3175550184", 0.96)]]
    assert _card_btn("496758", "+13175550161", one) == Verdict.MISMATCH


def _under_a_period(period: str) -> Verdict:
    rows: list[Row] = [[(40, "Sophie|Tremblay", 0.95), (392, "Numéro|de|compte", 0.93)],
                       [(392, "TG-816710", 0.93)],
                       [(392, "Période", 0.9)],
                       [(392, period, 0.9)],
                       [(392, "Adresse|de|service", 0.95)],
                       [(392, "162,|rue|Saint-Laurent", 0.95)],
                       [(392, "bureau|159", 0.95)],
                       [(392, "Saint-Jérôme|(Québec)|J7Z|6V3", 0.93)]]
    typed = Address("162, rue Saint-Laurent", "bureau 159", "Saint-Jérôme", "QC", "J7Z 6V3", "CA")
    case = PortCase(account_name="", account_number="TG-816710", service_address=typed)
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


def test_a_period_line_starting_with_its_day_is_no_street_over_the_service_address() -> None:
    assert _under_a_period("16|avr|2025|au|16|mai|2025") == Verdict.EXACT
    assert _under_a_period("3|March|2025|to|2|April|2025") == Verdict.EXACT


def test_an_accounts_heading_on_the_btns_own_row_heads_its_block() -> None:
    # each account on one row with its main number: the number is that row's account's
    rows: list[Row] = [[(40, "Your|Locations", 0.95)],
                       [(59, "Account|60835760", 0.96), (199, "Main|Number", 0.96),
                        (253, "308-555-0100", 0.93)],
                       [(59, "Account|86744500", 0.96), (200, "Main|Number", 0.96),
                        (253, "308-555-0111", 0.96)]]
    assert _card_btn("86744500", "+13085552111", rows) == Verdict.MISMATCH
