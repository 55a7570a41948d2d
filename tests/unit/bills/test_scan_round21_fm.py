"""Scans round 21 (issue 10), the false matches first: classes traced from the scans that told a
number "exact" where it is not the customer's, each on OCR words drawn here (never on a corpus
bill):

- a header row's cell that a photo's tilt stepped down a few points, read as a line of its own
  ('Date  From ... Minutes' with 'To' lower): still a cell of that row, so the column under it
  is the table's column (the calls' destinations: 'To' beside 'From'), never the lines of the
  block the table sits in;
- a bill of several accounts, blocks side by side each headed by its account number with its
  own main number: the typed BTN read as the main number only in another account's block,
  while the typed account heads a block of its own, is that other account's number, never
  "exact" (a mismatch with the own block's main number; on a scan, an own main number one digit
  off the typed one may be the typed one misread: a question). Of two headings side by side on
  one row, a value's block is the nearest on its left, not the first on the row;
- a number on a scan printed only after words ending in a colon that no vocabulary knows (a
  label OCR garbled: 'Cham khdch, hang: 1-845-...', a help line's label) has a context the scan
  lost: a question for the eye, never "exact"; the same line on a text layer is read as printed;
- on a scan, a row under a table of lines that opens with words standing left of the table's
  first column ('Moves 306-...', the notice that ended the table read without its
  period) is the row's own label, whatever it says: no row of the table, so its number is not
  one of the lines the column lists; the contact block it sits in says what it is (blind18's
  ice_users photo, the carrier's help line);
- the false alarms next: a holder's name read with a sign for a letter of its shape ('!nc' for
  'Inc', '|' for 'l') is the typed name with a letter OCR confused, not another name: never a
  mismatch; a name with another word still is.
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase

Row = tuple[float, float, str, float]


def _doc(rows: list[Row], source: str = "ocr") -> BillDocument:
    """Words: (left, top, words joined by '|', confidence) a row each."""
    words = []
    for x, top, text, conf in rows:
        for w in text.split("|"):
            words.append(Word(w, x, top, x + 6 * len(w), top + 10, conf))
            x += 6 * len(w) + 5
    return BillDocument(Path("scan.png"), (Page(1, 612, 792, tuple(words), source),), 1)


def _numbers(rows: list[Row], typed: list[str], source: str = "ocr") -> dict[str, Verdict]:
    case = PortCase(account_name="", numbers=[CaseNumber(n) for n in typed])
    result = compare(case, extract_fields(_doc(rows, source)))
    return {i.number: i.verdict for i in result.numbers.items}


_OWN, _CALLED = "+16145550180", "+13125550147"


def _calls(step: float) -> list[Row]:
    return [(44, 30, "Riverbend|Mobile", 0.94),
            (44, 90, "Lines|on|this|account", 0.95),
            (44, 108, "(614)|555-0180", 0.95), (200, 108, "$35.00", 0.95),
            (44, 150, "Calls|this|month", 0.95),
            (44, 170, "Date", 0.95), (110, 170, "From", 0.95), (400, 170, "Minutes", 0.95),
            (236, 170 + step, "To", 0.94),
            (44, 186, "03/02", 0.93), (110, 186, "(614)|555-0180", 0.94),
            (236, 186, "(312)|555-0147", 0.94), (400, 186, "12", 0.93),
            (44, 200, "03/09", 0.93), (110, 200, "(614)|555-0180", 0.94),
            (236, 200, "(773)|555-0112", 0.94), (400, 200, "4", 0.93)]


def test_a_header_cell_a_photo_stepped_down_still_heads_its_column() -> None:
    verdicts = _numbers(_calls(5.0), [_OWN, _CALLED])
    assert verdicts[_CALLED] == Verdict.NOT_FOUND
    assert verdicts[_OWN] == Verdict.EXACT


def test_the_same_header_on_one_line_is_the_baseline() -> None:
    verdicts = _numbers(_calls(0.0), [_OWN, _CALLED])
    assert verdicts[_CALLED] == Verdict.NOT_FOUND
    assert verdicts[_OWN] == Verdict.EXACT


def _accounts(source: str) -> BillDocument:
    rows: list[Row] = [(44, 30, "Summary|Invoice", 0.95),
                       (44, 120, "Accounts|on|this|Invoice", 0.95),
                       (44, 150, "Account|5520917", 0.95), (170, 150, "Headquarters", 0.94),
                       (320, 150, "Account|5520934", 0.95), (446, 150, "Warehouse", 0.94),
                       (44, 166, "Location|Address", 0.95), (170, 166, "Main|Number", 0.95),
                       (320, 166, "Location|Address", 0.95), (446, 166, "Main|Number", 0.95),
                       (44, 180, "80|Harbor|Rd", 0.94), (170, 180, "5095550141", 0.94),
                       (320, 180, "12|Mill|Ln", 0.94), (446, 180, "5095550177", 0.94),
                       (44, 194, "Spokane,|WA|99201", 0.94), (320, 194, "Spokane,|WA|99207", 0.94)]
    return _doc(rows, source)


def _btn(typed: str, source: str = "ocr") -> Verdict:
    case = PortCase(account_name="", account_number="5520934", btn=typed)
    return compare(case, extract_fields(_accounts(source))).fields["btn"].verdict


def test_the_btn_of_another_accounts_block_is_no_match_for_the_typed_account() -> None:
    assert _btn("+15095550141") == Verdict.MISMATCH
    assert _btn("+15095550141", "text") == Verdict.MISMATCH
    assert _btn("+15095550177") == Verdict.EXACT  # its own block's main number


def test_an_own_main_number_one_digit_off_is_a_question_on_a_scan_only() -> None:
    doc = _accounts("ocr")
    words = tuple(w if w.text != "5095550141" else Word("5095550171", w.x0, w.top, w.x1, w.bottom,
                                                        w.conf) for w in doc.pages[0].words)
    for source, want in (("ocr", Verdict.UNVERIFIABLE), ("text", Verdict.MISMATCH)):
        page = Page(1, 612, 792, words, source)
        case = PortCase(account_name="", account_number="5520934", btn="+15095550171")
        got = compare(case, extract_fields(BillDocument(Path("scan.png"), (page,), 1)))
        assert got.fields["btn"].verdict == want


_HELPLINE = "+17185550190"


def _footer(label: str, source: str = "ocr") -> dict[str, Verdict]:
    rows: list[Row] = [(44, 30, "Harbourline|Wireless", 0.94),
                       (44, 80, "Your|lines", 0.95),
                       (44, 96, "(718)|555-0123", 0.95), (200, 96, "$40.00", 0.95),
                       (44, 140, "Total|due", 0.95), (200, 140, "$40.00", 0.95),
                       (44, 300, f"{label}|1-718-555-0190", 0.9)]
    return _numbers(rows, ["+17185550123", _HELPLINE], source)


def test_a_number_after_a_label_ocr_garbled_is_a_question_on_a_scan() -> None:
    verdicts = _footer("Hjelp|tvnst,|drft:")
    assert verdicts[_HELPLINE] == Verdict.UNVERIFIABLE
    assert verdicts["+17185550123"] == Verdict.EXACT


def test_a_number_with_no_label_words_or_on_a_text_layer_is_read_as_before() -> None:
    assert _footer("Hjelp|tvnst,|drft:", "text")[_HELPLINE] == Verdict.EXACT
    assert _footer("Hjelp|tvnst,|drft")[_HELPLINE] == Verdict.EXACT


_DESK = "+13065550190"


def _table_then_desk(source: str = "ocr") -> dict[str, Verdict]:
    rows: list[Row] = [(44, 30, "Prairie|Cellular", 0.94),
                       (44, 80, "Lines|on|your|account", 0.95),
                       (70, 100, "Phone", 0.95), (200, 100, "User", 0.95),
                       (330, 100, "Plan", 0.95),
                       (70, 114, "(306)|555-0121", 0.95), (200, 114, "Lee|Chan", 0.95),
                       (330, 114, "Share|20", 0.95),
                       (70, 126, "(306)|555-0122", 0.95), (200, 126, "Ana|Ruiz", 0.95),
                       (330, 126, "Share|20", 0.95),
                       (44, 146, "Plan|rates|change|on|May|1,|2025|for|all|lines", 0.93),
                       (44, 162, "Customer|Care|1-800-555-0100", 0.95),
                       (44, 174, "Moves|306-555-0190", 0.95)]
    return _numbers(rows, ["+13065550121", _DESK], source)


def test_a_row_opening_left_of_a_tables_first_column_is_no_row_of_it() -> None:
    verdicts = _table_then_desk()
    assert verdicts[_DESK] not in (Verdict.EXACT, Verdict.EQUIVALENT)
    assert verdicts["+13065550121"] == Verdict.EXACT


def _holder(read: str, typed: str) -> Verdict:
    rows: list[Row] = [(44, 30, "Lakeshore|Voice", 0.94),
                       (44, 80, f"Customer|{read}", 0.93),
                       (44, 94, "Account|number|88412-7730", 0.95),
                       (44, 108, "71|Dock|St", 0.94), (44, 122, "Duluth,|MN|55802", 0.94)]
    case = PortCase(account_name=typed, account_number="88412-7730")
    return compare(case, extract_fields(_doc(rows))).fields["account_name"].verdict


def test_a_sign_read_for_a_letter_of_its_shape_is_no_other_name() -> None:
    assert _holder("Northgate|Florist|!nc", "Northgate Florist Inc") != Verdict.MISMATCH
    assert _holder("Northgate|F|orist|Inc", "Northgate Florist Inc") != Verdict.EXACT
    assert _holder("Northgate|Bakery|!nc", "Northgate Florist Inc") == Verdict.MISMATCH
