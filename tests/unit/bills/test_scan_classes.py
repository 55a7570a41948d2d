"""Classes of scan misses found on the corpus's scans and photos, each with its general rule.

Pages are OCR pages built word by word (what Tesseract hands back), so each class is tested
without the pixels: a French range whose "à" lost its accent, a number's separators read as specks,
a name letter 'l' read as the 'I' it is drawn like, the BTN one digit off while the typed value is
read exactly on the stub, a help line typed as the BTN, an accent speck on an address letter.
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.find import find_name, phone_index
from portdesk.bills.ocrdigits import CONFUSED_READ, as_digits
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.ranges import blocks_in
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase


def _doc(rows: list[list[tuple[str, float]]], source: str = "ocr",
         conf: float = 0.95) -> BillDocument:
    """Rows of (text, x) words, 14 pt apart, on a letter page."""
    words = []
    for r, row in enumerate(rows):
        top = 100 + 14 * r
        for text, x in row:
            words.append(Word(text, x, top, x + 6 * len(text), top + 10, conf))
    page = Page(1, 612, 792, tuple(words), source)  # type: ignore[arg-type]
    return BillDocument(Path("scan.png"), (page,), 1)


def _row(x: float, *words: str) -> list[tuple[str, float]]:
    """Words set one after another from `x`, a narrow space apart (one segment)."""
    out = []
    for w in words:
        out.append((w, x))
        x += 6 * len(w) + 4
    return out


def test_a_french_range_whose_a_lost_its_accent_is_a_range_on_a_scan_only() -> None:
    printed = "418 555-0135 a 418 555-0143"
    blocks = blocks_in(printed, scan=True)
    assert [(b.first, b.last) for b in blocks] == [(135, 143)]
    # a text layer's bare 'a' between two whole numbers is Spanish's range word (blind13's
    # "(787) 555-0178 a (787) 555-0182"): a range there too, still only between whole numbers
    assert [(b.first, b.last) for b in blocks_in(printed)] == [(135, 143)]
    assert blocks_in("418 555-0135 a 0143") == []
    assert blocks_in("418 555-0135 a 418 556-0143", scan=True) == []  # two exchanges
    assert blocks_in("418 555-0135 a 0143", scan=True) == []  # only between whole numbers


def test_a_numbers_separators_read_as_specks_are_read_as_separators() -> None:
    assert as_digits("204- 555: 0166, 204-555-0128").startswith("204-555-0166  ,")
    assert as_digits("450°555-0137") == "450-555-0137"
    assert as_digits("-204-' 555+ 0169").strip() == "-204-555-0169"
    for plain in ("204 555 0166", "(204) 555-0166", "204.555.0166"):
        assert as_digits(plain) == plain  # printed plainly: left as it is
    index = BillIndex.of(_doc([_row(40, "Phone", "numbers:", "204-555-0116,", "204-", "555:",
                                    "0166")]))
    found = phone_index(index)["+12045550166"]
    assert found and max(f.read_conf for f in found) <= CONFUSED_READ  # read partly wrong


def test_a_name_letter_drawn_like_another_is_the_typed_letter_on_a_scan_only() -> None:
    rows = [_row(40, "Customer"), _row(40, "Clinique", "Dentaire", "Saint-Denis", "Itée")]
    typed = "Clinique Dentaire Saint-Denis ltée"
    found = find_name(BillIndex.of(_doc(rows)), typed)
    assert [f.form for f in found] == [typed]  # the typed 'l' where the pixels cannot tell
    assert all(f.read_conf <= CONFUSED_READ for f in found)
    assert find_name(BillIndex.of(_doc(rows, source="text")), typed) == []  # printed 'I'
    assert find_name(BillIndex.of(_doc(rows)), "Clinique Dentaire Saint-Denis ltd") == []


_STUB = _row(40, "9084", "796290208", "488444", "3065550180", "8")


def _btn_check(btn: str, *rows: list[tuple[str, float]]) -> Verdict:
    doc = _doc([_row(40, "Account", "Number", "796290208"),
                _row(40, "Billing", "Telephone", "Number:", "306", "535-0180"),
                _row(40, "Customer", "Care", "1-800-727-5835"), *rows])
    case = PortCase(account_name="", account_number="796290208", btn=btn)
    return compare(case, extract_fields(doc)).fields["btn"].verdict


def test_a_btn_one_digit_off_while_the_typed_one_is_read_on_the_stub_is_a_question() -> None:
    assert _btn_check("+13065550180", [], [], _STUB) == Verdict.UNVERIFIABLE
    assert _btn_check("+13065550180") == Verdict.MISMATCH  # nowhere else: the bill disagrees
    # another line of the account typed as the BTN differs in more than one digit
    lines = _row(40, "Lines", "306-555-0193")
    assert _btn_check("+13065550193", lines, [], _STUB) == Verdict.MISMATCH


def test_a_help_line_typed_as_the_btn_is_a_mismatch_however_ocr_read_it() -> None:
    assert _btn_check("+18007275835") == Verdict.MISMATCH
    assert _btn_check("+18007275836") == Verdict.MISMATCH  # the help line read a digit off


def test_an_accent_speck_on_a_letter_is_not_another_form() -> None:
    from portdesk.bills.scanmatch import _same_print

    assert _same_print("4099 Ridge Dr, Raleigh, NC 27607", "4099 Ridgé Dr-, Raleigh, NC 27607")
    assert _same_print("Trois-Rivières", "Trois-Riviéres")  # OCR's choice among accents
    assert not _same_print("Montréal", "Montreal")  # an accent the scan lacks: both exist
    assert not _same_print("4099 Ridge Dr", "4099 Ridgs Dr")


def test_a_dot_before_a_province_in_brackets_is_a_speck_in_the_gap() -> None:
    from portdesk.bills.findaddr import _specks_off

    assert _specks_off("Montréal.(Québec) H2X 1V4*") == "Montréal (Québec) H2X 1V4"


def test_a_wordmark_whose_letters_ocr_set_apart_is_the_carrier() -> None:
    from portdesk.bills.recognise import bill_carrier

    doc = _doc([_row(40, "E", "B", "OX"), [], _row(40, "Facture"), _row(40, "Code", "client")])
    found = bill_carrier(BillIndex.of(doc))
    assert found is not None and found.carrier.name == "EBOX"
    prose = _doc([_row(40, "Pay", "at", "any", "time"), _row(40, "Facture")])
    assert bill_carrier(BillIndex.of(prose)) is None  # words that only join into nothing


def test_carriers_known_by_their_brands_and_legal_names() -> None:
    from portdesk.bills.carriers import identify

    pairs = {"NWTel": "Northwestel", "EBOX inc.": "EBOX", "Skyline Membership Corporation":
             "SkyBest", "Astound Business Solutions": "Astound",
             "Société TELUS Communications": "TELUS"}
    for printed, name in pairs.items():
        found = identify(printed)
        assert found is not None and found.name == name, printed


def _address_check(typed: object) -> Verdict:
    """A one-row table under 'Service Address' and, further down, the mailing block."""
    from portdesk.domain.case import Address

    assert isinstance(typed, Address)
    doc = _doc([_row(56, "Service", "Address") + _row(330, "Account", "Number"),
                _row(56, "1322", "Main", "Ave,", "Spokane,", "WA", "99228") +
                _row(330, "8138701312478"),
                _row(56, "Statement", "Date", "10/18/2025"), [],
                _row(76, "Lakeside", "Auto", "Repair", "L.L.C."),
                _row(76, "3438", "Willow", "St"), _row(76, "Suite", "9D"),
                _row(76, "Spokane,", "WA", "99245-4576")])
    case = PortCase(account_name="", account_number="8138701312478", service_address=typed)
    return compare(case, extract_fields(doc)).fields["service_address"].verdict


def test_the_mailing_block_further_down_a_service_address_column_is_not_the_service_address(
        ) -> None:
    from portdesk.domain.case import Address

    assert _address_check(Address("1322 Main Ave", "", "Spokane", "WA", "99228")) == Verdict.EXACT
    mailing = Address("3438 Willow St", "Suite 9D", "Spokane", "WA", "99245-4576")
    assert _address_check(mailing) == Verdict.MISMATCH  # was 'exact': a false match


def test_the_rows_of_a_table_of_sites_stay_under_their_column_header() -> None:
    from portdesk.bills.scanmatch import under_another_address
    from portdesk.bills.values import Evidence

    index = BillIndex.of(_doc([_row(56, "Service", "Address"), _row(56, "12", "Main", "St"),
                               _row(56, "Derby,", "KS", "67037"), _row(56, "40", "Oak", "Ave"),
                               _row(56, "Derby,", "KS", "67037")]))
    second = next(s for s in index.pages[0].segments if s.text.startswith("40 Oak"))
    assert not under_another_address(index, Evidence.of(second), "column", "Service Address")


def test_a_quote_speck_between_state_and_zip_is_a_gap() -> None:
    from portdesk.bills.findaddr import _specks_off

    assert _specks_off("Saint Paul, MN'55163") == "Saint Paul, MN 55163"
    assert _specks_off("12 O'Brien St") == "12 O'Brien St"


def test_a_statement_date_read_a_letter_off_is_read_on_a_scan_only() -> None:
    from datetime import date

    from portdesk.bills.ocrdates import scanned_date

    assert scanned_date("dun 8, 2025") == date(2025, 6, 8)  # 'J' read as 'd'
    assert scanned_date("Oct 3i, 2023") == date(2023, 10, 31)
    assert scanned_date("13 novembre 2O25") == date(2025, 11, 13)
    assert scanned_date("Mav 3, 2025") is None  # a letter off both 'Mar' and 'May'
    rows = [_row(40, "Account", "Number", "796290208"), _row(40, "Issue", "date", "dun", "8,",
                                                              "2025")]
    assert extract_fields(_doc(rows)).statement_date == date(2025, 6, 8)
    assert extract_fields(_doc(rows, source="text")).statement_date is None  # printed so


def test_a_label_ocr_set_a_point_lower_than_its_value_is_not_part_of_the_value() -> None:
    from portdesk.bills.layout import Segment
    from portdesk.bills.values import Evidence

    value = Segment(1, (Word("921013-802", 493, 686.2, 540, 695.1, 0.91),), 0)
    label = Segment(1, (Word("Account", 355, 687.8, 390, 696.6, 0.59),
                        Word("No.", 393, 687.8, 410, 696.6, 0.59)), 0)
    assert Evidence.of(value, label).bbox[0] == 493  # the value's box: its own confidence
    under = Segment(1, (Word("Suite", 493, 699, 520, 708, 0.9),), 1)
    assert Evidence.of(value, under).bbox[3] == 708  # the next line is more of the value


def test_the_bills_own_name_on_a_scan_without_the_marks_ocr_adds() -> None:
    from portdesk.bills.ocrtext import tidy_value

    assert tidy_value("GOLDEN GATE REALTY CORP.-") == "GOLDEN GATE REALTY CORP."
    assert tidy_value("SILVER PINE DENTAL GROUP co.") == "SILVER PINE DENTAL GROUP CO."
    assert tidy_value("Acme Plumbing co.") == "Acme Plumbing co."  # mixed case: as read
    assert tidy_value("Jean-Luc Tremblay") == "Jean-Luc Tremblay"
    rows = [_row(40, "Account", "Number", "796290208"), _row(40, "Account", "Name"),
            _row(40, "Northgate", "Auto", "Repair", "Inc", "-")]
    assert extract_fields(_doc(rows)).account_name == "Northgate Auto Repair Inc"


def test_a_dot_ocr_read_for_the_gap_between_label_words_is_the_gap() -> None:
    from portdesk.bills.context import Context, classify_scanned

    assert classify_scanned("Main.TN") == Context.BTN  # 'Main TN', not a list of numbers
    assert classify_scanned("Acct.No.") == Context.ACCOUNT


def test_a_date_whose_first_slash_ocr_lost_is_read() -> None:
    from datetime import date

    from portdesk.bills.ocrdates import scanned_date

    assert scanned_date("0622/2025") == date(2025, 6, 22)
    assert scanned_date("1340/2025") is None  # no month 13, no day 40: not a date


def test_an_accent_speck_in_a_us_address_read_by_ocr_is_dropped() -> None:
    from portdesk.bills.ocrtext import tidy_address
    from portdesk.domain.case import Address

    us = tidy_address(Address("4099 Ridgé Dr-", "", "Dénver", "CO", "80245"))
    assert (us.line1, us.city) == ("4099 Ridge Dr", "Denver")
    qc = tidy_address(Address("868, boul. des Érables", "", "Trois-Rivières", "QC", "G9A 3E7"))
    assert (qc.line1, qc.city) == ("868, boul. des Érables", "Trois-Rivières")  # French: kept


def test_a_stub_scan_line_ocr_cut_into_cells_lists_no_numbers() -> None:
    cells = [("6991", 40), ("9657960372", 110), ("877088", 220), ("38329441", 310),
             ("8675550187", 420), ("7", 540)]  # wide gaps: OCR's cells
    index = BillIndex.of(_doc([_row(40, "Please", "detach", "and", "return"), cells]))
    assert "+18675550187" not in phone_index(index)  # a cell of the scan line
    table = BillIndex.of(_doc([_row(40, "Lines"), [("8675550187", 60), ("Main", 160),
                                                   ("8675550175", 254)]]))
    assert {"+18675550187", "+18675550175"} <= set(phone_index(table))  # words too: a row


def test_telepacific_is_tpx() -> None:
    from portdesk.bills.carriers import identify

    found = identify("U.S. TelePacific Corp.")
    assert found is not None and found.name == "TPx Communications"
