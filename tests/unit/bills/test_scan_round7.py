"""Scan rules of session 8's round (typed value first, judged by where and how surely OCR read
it), each on OCR words drawn here with their confidences, never on a corpus bill:

- the typed digits read unsurely (0.4-0.6) but exactly, where the bill lists the lines or gives
  the field, confirm them; a reading OCR got partly wrong needs the usual confidence;
- a list's comma read as a full stop on a scan ('-0162. -0148') does not end the list;
- a name read surely with another word where the typed one differs ('Inc' for 'LLC') is a
  mismatch, not "compare by eye"; case never makes a difference;
- a geographic number in a block under a "toll-free" product label is one of the lines.
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.ranges import abbreviated_in
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase

Row = list[tuple[str, float, float]]


def _doc(rows: list[Row], source: str = "ocr") -> BillDocument:
    """Rows of (text, x, confidence) words, 14 pt apart, on a letter page."""
    words = [Word(text, x, 100 + 14 * r, x + 6 * len(text), 110 + 14 * r, conf)
             for r, row in enumerate(rows) for text, x, conf in row]
    page = Page(1, 612, 792, tuple(words), source)  # type: ignore[arg-type]
    return BillDocument(Path("scan.png"), (page,), 1)


def _row(x: float, *words: str, conf: float = 0.95) -> Row:
    out = []
    for w in words:
        out.append((w, x, conf))
        x += 6 * len(w) + 4
    return out


def _numbers(case: PortCase, doc: BillDocument) -> dict[str, Verdict]:
    numbers = compare(case, extract_fields(doc, require_account=False)).numbers
    assert numbers is not None
    return {i.number: i.verdict for i in numbers.items}


def _lines(reading: str, conf: float, label: str = "Business") -> BillDocument:
    return _doc([_row(40, "Account", "Number", "58-4237854"),
                 _row(40, "Your", "Phone", "Lines"),
                 _row(40, label, "Line") + _row(160, "(402)", "555-0173"),
                 _row(40, label, "Line") + _row(160, reading, conf=conf),
                 _row(40, "Questions?", "Call", "1-800-555-0199")])


def _typed(*numbers: str) -> PortCase:
    return PortCase(account_name="", account_number="58-4237854",
                    numbers=tuple(CaseNumber(n) for n in numbers))


# -- the typed digits read unsurely ------------------------------------------------------------
def test_the_typed_digits_read_unsurely_in_the_list_of_lines_confirm_them() -> None:
    case = _typed("+14025550173", "+14025550185")
    assert _numbers(case, _lines("402-555-0185", 0.52))["+14025550185"] == Verdict.EXACT
    # below the floor the word is mostly noise: a question for the eye
    assert _numbers(case, _lines("402-555-0185", 0.3))["+14025550185"] == Verdict.UNVERIFIABLE
    # a reading that needed letters read as digits (or a group broken) needs the usual 0.6
    assert _numbers(case, _lines("402-SS5-0185", 0.52))["+14025550185"] == Verdict.UNVERIFIABLE
    assert _numbers(case, _lines("402-555-01 85", 0.52))["+14025550185"] == Verdict.UNVERIFIABLE


def test_a_digit_typed_wrong_is_never_confirmed_by_an_unsure_reading_of_another() -> None:
    case = _typed("+14025550173", "+14025550186")
    assert _numbers(case, _lines("402-555-0185", 0.52))["+14025550186"] not in (
        Verdict.EXACT, Verdict.EQUIVALENT)


def test_an_unsure_reading_of_the_typed_btn_under_its_label_confirms_it() -> None:
    def verdict(conf: float, label: str) -> Verdict:
        doc = _doc([_row(40, "Customer", "Harbor", "Dental", "LLC"),
                    _row(40, label, conf=0.95) + _row(200, "(402)", "555-0185", conf=conf),
                    _row(40, "Invoice", "P12559264")])
        case = PortCase(account_name="", account_number="", btn="+14025550185")
        return compare(case, extract_fields(doc, require_account=False)).fields["btn"].verdict

    assert verdict(0.5, "Billing Telephone Number") == Verdict.EXACT
    assert verdict(0.3, "Billing Telephone Number") == Verdict.UNVERIFIABLE


# -- a list's comma read as a full stop --------------------------------------------------------
def test_a_lists_comma_read_as_a_full_stop_does_not_end_it_on_a_scan() -> None:
    text = "519-555-0188, -0119, -0162. -0148 6 business lines"
    assert [e for e, _ in abbreviated_in(text, scan=True)][-1] == "+15195550148"
    assert "+15195550148" not in [e for e, _ in abbreviated_in(text)]  # a text layer: as printed
    assert abbreviated_in("Call 519-555-0188. 2025 rates apply", scan=True) == []


# -- names: the words that differ ----------------------------------------------------------------
def _name(typed: str, differing_conf: float) -> Verdict:
    # the envelope's name over the mailing address, a word of it doubted, then the name under
    # its label read surely (lingo's photo): the envelope's reading is the one a character or
    # two off the typed name
    doc = _doc([_row(40, "Northgate", conf=0.8) + _row(100, "Auto", "Repair")
                + _row(172, "Inc", conf=differing_conf),
                _row(40, "3041", "Hillcrest", "Ct"), _row(40, "Omaha,", "NE", "68136"), [], [],
                _row(300, "Account", "Name", "Northgate", "Auto", "Repair", "Inc"),
                _row(300, "Account", "Number", "58-4237854")])
    case = PortCase(account_name=typed, account_number="58-4237854")
    return compare(case, extract_fields(doc, require_account=False)).fields[
        "account_name"].verdict


def test_a_name_read_surely_with_another_word_where_it_differs_is_a_mismatch() -> None:
    assert _name("Northgate Auto Repair LLC", 0.95) == Verdict.MISMATCH
    assert _name("Northgate Auto Repair LLC", 0.5) == Verdict.UNVERIFIABLE  # 'Inc' doubted
    assert _name("NORTHGATE AUTO REPAIR INC", 0.95) in (Verdict.EXACT, Verdict.EQUIVALENT)


# -- a toll-free product label over a block of geographic lines --------------------------------
def test_a_geographic_number_in_a_block_under_a_toll_free_label_is_a_line() -> None:
    doc = _doc([_row(40, "Account", "Number", "58-4237854"),
                _row(40, "US", "Toll-free", "Number", "+1", "(208)", "555-0129"),
                _row(40, "Local", "Number", "+1", "(208)", "555-0174"),
                _row(40, "Local", "Number", "+1", "(208)", "555-0106")])
    got = _numbers(_typed("+12085550174", "+12085550106"), doc)
    assert got["+12085550174"] == Verdict.EXACT and got["+12085550106"] == Verdict.EXACT


# -- the typed value itself, printed as something else ---------------------------------------
def test_the_invoice_number_typed_as_the_account_is_a_mismatch_however_unsurely_read() -> None:
    def verdict(typed: str) -> Verdict:
        doc = _doc([_row(40, "Customer", "Lakeside", "Legal", "Services", "Corp."),
                    _row(40, "Account", "Number") + _row(160, "7095402"),
                    _row(40, "Invoice", "No.") + _row(160, "8793534876", conf=0.5),
                    [], _row(40, "7095482", conf=0.95)])
        case = PortCase(account_name="", account_number=typed)
        return compare(case, extract_fields(doc, require_account=False)).fields[
            "account_number"].verdict

    assert verdict("8793534876") == Verdict.MISMATCH
    # a reading a character off the bill's own, exactly as typed elsewhere: OCR disagreeing
    # with itself stays a question
    assert verdict("7095482") == Verdict.UNVERIFIABLE


# -- a layout OCR garbled ------------------------------------------------------------------------
def test_a_name_a_garbled_label_puts_among_the_lines_is_judged_by_the_block_it_heads() -> None:
    def verdict(city: str, street: str = "6730, rang Beaubien") -> Verdict:
        doc = _doc([_row(40, "Numéro", "de,compte,") + _row(300, "Robert", "Gonzalez"),
                    _row(40, "350", "248", "110") + _row(300, *street.split()),
                    _row(300, "bureau", "706"),
                    _row(40, "15", "mars", "2025") + _row(300, *city.split())])
        case = PortCase(account_name="Robert Gonzalez", account_number="350 248 110")
        return compare(case, extract_fields(doc, require_account=False)).fields[
            "account_name"].verdict

    # the city line OCR garbled ('J2B 8M4' read '2B'): the civic number under the name says
    # the block is an address
    assert verdict("Drummondville (Québec) 2B") == Verdict.EXACT
    assert verdict("Drummondville (Québec) 2B", "Forfait affaires") != Verdict.EXACT
