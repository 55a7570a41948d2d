"""Scan classes of the blind14 fix round (issue 10), each on OCR words drawn here (never on a
corpus bill):

- a header band's date written in digits right after the account's value ('ACCOUNT NUMBER
  **** 4315 04/06/2026:', the mask lost, a speck read as a colon after the date) ends the
  value: no account group is a whole date, so the date is never read as the account's end (the
  colon rule of round 17 let it in: a right masked number became a false alarm);
- help given "al cliente" (to the customer) is a desk's line whatever its first word: a scan that
  read 'Servicio' at noise level ('Senvicle al cliente 787;522-7600') read the label as the
  customer's name ('cliente'), and a help line typed as a number came back exact;
- a date whose second slash OCR read as a digit ('Billing Date 05/2172026') is a date, not a long
  number beside a date's label: the header stack did not slide a row, so the account beside
  its own label is read (a match was held back as 'a row off');
- a lone reading one digit off a line read again and again is that line misread only where the
  line is printed, in the column of its readings (blind13's call detail); a reading of its own
  elsewhere ('DISTINCTIVE RING /TN 931-555-0146' beside a CSR's lines, read surely) is print.
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.parse import parse_account_number
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc, _verdicts
from tests.unit.bills.test_scan_round17_digits import _account


def test_a_date_in_digits_after_the_account_ends_its_value() -> None:
    rows: list[Row] = [[(40, "ACCOUNT|NUMBER", 0.95), (140, "4315|04/06/2026:", 0.6)]]
    read, verdict = _account(rows, "7782 0145 4315")
    assert read is not None and "2026" not in read
    assert verdict != Verdict.MISMATCH
    assert parse_account_number("647545743 2026-04-06") == "647545743"
    # a group that is no whole date stays the account's ('8841 0412/2026' is no date)
    assert parse_account_number("8841 0412-2026") == "8841 0412-2026"


def test_a_help_desk_named_al_cliente_keeps_its_line_off_the_account_when_ocr_lost_its_head() -> None:
    def rows(label: str) -> list[Row]:
        return [[(45, "Servicios|de|voz", 0.95)],
                [(49, "+1|(787)|555-0157", 0.95), (194, "Línea|comercial", 0.95)],
                [(45, label, 0.5), (114, "787;555-0160", 0.79),
                 (174, "Soporte|técnico", 0.93), (235, "787-555-0161", 0.96)]]

    for label in ("Senvicle|al|cliente", "Servicio|al|cliente", "Atención|al|cliente"):
        assert _verdicts(rows(label), ["+17875550160"])["+17875550160"] != Verdict.EXACT, label


def test_a_date_whose_second_slash_ocr_read_as_a_digit_is_no_slid_stack() -> None:
    def rows(date: str) -> list[Row]:
        return [[(331, "Account|Number", 0.96), (503, "307-555-0126-935", 0.92)],
                [(331, "Billing|Date", 0.96), (530, date, 0.45)],
                [(331, "Payment|Due", 0.95), (530, "06/10/2026", 0.93)]]

    assert _account(rows("05/2172026"), "307-555-0126-935") == ("307-555-0126-935",
                                                                Verdict.EXACT)
    # a long number beside the date's label is still the stack slid a row: a question
    assert _account(rows("928099382-00006"), "307-555-0126-935")[1] == Verdict.UNVERIFIABLE


def _csr_verdict(feature_x: float, typed: str) -> Verdict:
    """A CSR's lines on a scan: the BTN printed again and again in the left column, a feature's
    own number ('/TN 931-555-0146') further right on its row."""
    rows: list[Row] = [[(41, "ACCT|931-555-0116-694", 0.95)],
                       [(41, "BTN", 0.93), (77, "931-555-0116", 0.96)],
                       [(40, "LN", 0.96), (77, "PATRICK|O'BRIEN|JR.", 0.9)],
                       [(97, "LINES|AND|FEATURES", 0.95)],
                       [(41, "TN", 0.9), (77, "931-555-0116", 0.9), (174, "RES|LINE", 0.96)],
                       [(87, "DRS|DISTINCTIVE|RING|/TN", 0.9), (feature_x, "931-555-0146", 0.95)],
                       [(41, "HTG|PILOT", 0.9), (77, "931-555-0116", 0.9)]]
    case = PortCase(account_name="", account_number="931-555-0116-694",
                    numbers=(CaseNumber("+19315550116"), CaseNumber(typed)))
    items = compare(case, extract_fields(_doc(rows))).numbers
    assert items is not None
    return next(i.verdict for i in items.items if i.number == typed)


def test_a_lone_reading_outside_the_repeated_lines_column_is_its_own_print() -> None:
    assert _csr_verdict(225, "+19315550146") == Verdict.EXACT
    # read where the repeated line is printed, in its column, it may be that line misread
    assert _csr_verdict(77, "+19315550146") == Verdict.UNVERIFIABLE
