"""Scan rules of scans round 8, each on OCR words drawn here (never a corpus bill):

- a photo's rows that still lean after the deskew: a label and its value far to its right sit a
  few points apart, two lines for the grouping; the lean the page's own words show joins them,
  and a page that does not lean joins nothing;
- a mark OCR read twice ('--') in a typed value is the value as printed, not another form of it;
- a short label word read as a letter of the same shape ("Sve Addr" for "Svc Addr") is the label
  on an OCR page, where the fuzzy ratio is too coarse for three letters;
- "Lieu du service" heads a service address block as "Lieu de service" does;
- a row of a column of numbers whose area code OCR lost ('555-0138' right under the '555-0126' of
  '(208) 555-0126') takes the area code of the row above.
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.layout import lines_of
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase


def _words(y: float, x: float, *texts: str, lean: float, conf: float = 0.95) -> list[Word]:
    """Words set from `x` on a baseline at `y`; right of x=300 the sheet leans, dropping `lean`
    points per point to the right (a photo's corner the deskew did not straighten)."""
    out = []
    for text in texts:
        width = 5.5 * len(text)
        bottom = y + lean * max(0.0, x + width / 2 - 300)
        out.append(Word(text, x, bottom - 7, x + width, bottom, conf))
        x += width + 4
    return out


def _page(lean: float) -> BillDocument:
    """A header band of labels at x=330 with their values at x=450, on a sheet that leans."""
    words = [*_words(40, 40, "Bayview", "Marine", "Supply", "Limited", lean=lean),
             *_words(40, 330, "Account", "No.", lean=lean),
             *_words(40, 450, "60217734-1180", lean=lean),
             *_words(54, 330, "Main", "Line", lean=lean),
             *_words(54, 450, "905-555-0142", lean=lean),
             *_words(68, 40, "Harbour", "Front", "Road", "Unit", "Seven", lean=lean),
             *_words(68, 330, "Invoice", "Date", lean=lean),
             *_words(68, 450, "March", "3,", "2026", lean=lean),
             *_words(120, 40, "Thank", "you", "for", "choosing", "Northbay", "Telecom", lean=lean),
             *_words(134, 40, "Questions", "about", "this", "statement", "call", "1-800-555-0176",
                     lean=lean)]
    page = Page(1, 612, 792, tuple(words), "ocr")
    return BillDocument(Path("photo.jpg"), (page,), 1)


def _row_of(doc: BillDocument, text: str) -> list[str]:
    """The words of the right-hand column on the line that holds `text`."""
    return next([w.text for w in line if w.x0 >= 300] for line in lines_of(doc.pages[0])
                if any(w.text == text for w in line))


def test_a_label_and_its_value_parted_by_the_photos_lean_are_one_row_again() -> None:
    leaning = _page(-0.033)  # the value at x=450 sits 4 points above its label at x=330
    assert _row_of(leaning, "905-555-0142") == ["Main", "Line", "905-555-0142"]
    assert _row_of(leaning, "60217734-1180") == ["Account", "No.", "60217734-1180"]
    case = PortCase(account_name="", account_number="60217734-1180", btn="+19055550142")
    fields = compare(case, extract_fields(leaning, require_account=False)).fields
    assert fields["btn"].verdict == Verdict.EXACT
    assert fields["account_number"].verdict == Verdict.EXACT


def test_rows_of_a_flat_page_that_do_not_line_up_stay_apart() -> None:
    flat = _page(0.0)
    words = list(flat.pages[0].words)
    # the value printed 4 points above its label's row, on a page that does not lean
    moved = [Word(w.text, w.x0, w.top - 4, w.x1, w.bottom - 4, w.conf) if w.text == "905-555-0142"
             else w for w in words]
    page = Page(1, 612, 792, tuple(moved), "ocr")
    doc = BillDocument(Path("scan.png"), (page,), 1)
    assert _row_of(doc, "905-555-0142") == ["905-555-0142"]


def test_a_text_layer_is_grouped_as_it_was() -> None:
    leaning = _page(-0.033)
    page = Page(1, 612, 792, leaning.pages[0].words, "text")
    assert _row_of(BillDocument(Path("bill.pdf"), (page,), 1), "905-555-0142") == ["905-555-0142"]


def _header(label: list[str], value: str, *, source: str = "ocr") -> BillDocument:
    """A flat header: the account, a short label with its value, the customer's block."""
    words = [*_words(40, 330, "Acct", "Nbr:", lean=0.0), *_words(40, 420, value, lean=0.0),
             *_words(56, 330, *label, lean=0.0),
             *_words(56, 420, "5016", "Quarry", "Ln", "Salina", "KS", "67401", lean=0.0),
             *_words(90, 60, "PRAIRIE", "WIND", "BAKERY", lean=0.0),
             *_words(104, 60, "PO", "Box", "812", lean=0.0),
             *_words(118, 60, "Salina", "KS", "67402", lean=0.0)]
    page = Page(1, 612, 792, tuple(words), source)  # type: ignore[arg-type]
    return BillDocument(Path("scan.png"), (page,), 1)


def test_a_mark_ocr_read_twice_is_the_typed_value_as_printed() -> None:
    case = PortCase(account_name="", account_number="52194-310")
    fields = compare(case, extract_fields(_header(["Svc", "Addr:"], "52194--310"),
                                          require_account=False)).fields
    assert fields["account_number"].verdict == Verdict.EXACT
    text = _header(["Svc", "Addr:"], "52194--310", source="text")
    fields = compare(case, extract_fields(text, require_account=False)).fields
    assert fields["account_number"].verdict == Verdict.EQUIVALENT  # a text layer prints it so
    other = PortCase(account_name="", account_number="52194-31")
    fields = compare(other, extract_fields(_header(["Svc", "Addr:"], "52194--310"),
                                           require_account=False)).fields
    assert fields["account_number"].verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_short_label_word_read_as_a_letter_of_its_shape_is_the_label_on_a_scan() -> None:
    typed = Address("5016 Quarry Ln", "", "Salina", "KS", "67401")
    case = PortCase(account_name="", account_number="52194-310", service_address=typed)

    def verdict(label: list[str], source: str = "ocr") -> Verdict:
        doc = _header(label, "52194-310", source=source)
        return compare(case, extract_fields(doc, require_account=False)).fields[
            "service_address"].verdict

    assert verdict(["Svc", "Addr:"]) == Verdict.EXACT
    assert verdict(["Sve", "Addr:"]) == Verdict.EXACT  # 'c' read as the 'e' it is drawn like
    assert verdict(["Sva", "Addr:"]) != Verdict.EXACT  # another letter is another word


def test_a_block_headed_lieu_du_service_is_the_service_address() -> None:
    words = [*_words(40, 330, "Numéro", "de", "compte", lean=0.0),
             *_words(40, 470, "40921577", lean=0.0),
             *_words(100, 60, "Fromagerie", "des", "Cantons", lean=0.0),
             *_words(100, 340, "Lieu", "du", "service", lean=0.0),
             *_words(113, 60, "118,", "rue", "Principale", lean=0.0),
             *_words(113, 340, "3307,", "chemin", "Sainte-Foy", lean=0.0),
             *_words(126, 60, "Granby", "(Québec)", "J2G", "2V1", lean=0.0),
             *_words(126, 340, "bureau", "212,", lean=0.0),
             *_words(139, 340, "Québec.(Québec)", "G1X", "1P4*", lean=0.0)]  # two specks
    page = Page(1, 612, 792, tuple(words), "ocr")
    doc = BillDocument(Path("scan.tif"), (page,), 1)
    typed = Address("3307, chemin Sainte-Foy", "bureau 212", "Québec", "QC", "G1X 1P4")
    case = PortCase(account_name="", account_number="40921577", service_address=typed)
    fields = compare(case, extract_fields(doc, require_account=False)).fields
    assert fields["service_address"].verdict == Verdict.EXACT


def _lines_table(second: list[tuple[str, float]]) -> BillDocument:
    """A table of the account's lines; its second row as OCR read it, (text, x) words."""
    words = [*_words(40, 330, "Account", "Number", lean=0.0),
             *_words(40, 450, "3318047260", lean=0.0),
             *_words(100, 40, "Phone", "Number", lean=0.0), *_words(100, 190, "Ext", lean=0.0),
             *_words(100, 240, "User", lean=0.0),
             *_words(114, 40, "(541)", lean=0.0), *_words(114, 71.5, "555-0164", lean=0.0),
             *_words(114, 190, "101", lean=0.0), *_words(114, 240, "Reception", lean=0.0)]
    for text, x in second:
        words += _words(128, x, text, lean=0.0)
    words += [*_words(128, 190, "102", lean=0.0), *_words(128, 240, "Warehouse", lean=0.0)]
    page = Page(1, 612, 792, tuple(words), "ocr")
    return BillDocument(Path("photo.jpg"), (page,), 1)


def test_a_row_that_lost_its_area_code_takes_the_area_code_of_the_row_above() -> None:
    case = PortCase(account_name="", account_number="3318047260",
                    numbers=(CaseNumber("+15415550164"), CaseNumber("+15415550171")))

    def verdict(second: list[tuple[str, float]]) -> Verdict:
        numbers = compare(case, extract_fields(_lines_table(second),
                                               require_account=False)).numbers
        assert numbers is not None
        return {i.number: i.verdict for i in numbers.items}["+15415550171"]

    assert verdict([("(541)", 40), ("555-0171", 71.5)]) == Verdict.EXACT  # as printed
    assert verdict([("555-0171", 71.5)]) == Verdict.EXACT  # '(541)' lost, digits under digits
    assert verdict([("555-0171", 100)]) != Verdict.EXACT  # not under the seven digits above
    assert verdict([("x", 40), ("555-0171", 71.5)]) != Verdict.EXACT  # something stands there
