"""Scan mechanisms of the sixth scan round, each on small synthetic input (words with their OCR
confidence, or a few hundred pixels drawn here), never on a corpus bill:

- the typed number looked for in OCR's digits however OCR split it (scantyped.py);
- a value's own words are not its label ("Redwood Auto Repair Inc." is no repair line);
- a wordmark read a letter off still names a known carrier; the carrier's own name is no holder;
- a typed carrier printed inside a longer line is a question, never a mismatch;
- a phone photo's sheet is found whole when a shadow falls across it, or a shadow's sharp edge
  leaves one corner lit (photo.py).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.ocrdigits import CONFUSED_READ
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.scantyped import digit_stream, find_digits, typed_number_readings
from portdesk.bills.verdicts import MATCHES, Verdict
from portdesk.domain.case import CaseNumber, PortCase


def _doc(rows: list[list[tuple[str, float, float]]], source: str = "ocr") -> BillDocument:
    """Rows of (text, x, confidence) words, 14 pt apart, on a letter page."""
    words = [Word(text, x, 100 + 14 * r, x + 6 * len(text), 110 + 14 * r, conf)
             for r, row in enumerate(rows) for text, x, conf in row]
    page = Page(1, 612, 792, tuple(words), source)  # type: ignore[arg-type]
    return BillDocument(Path("scan.png"), (page,), 1)


def _row(x: float, *words: str, conf: float = 0.95) -> list[tuple[str, float, float]]:
    out = []
    for w in words:
        out.append((w, x, conf))
        x += 6 * len(w) + 4
    return out


# -- the typed number in OCR's digits ----------------------------------------------------------
def test_the_typed_digits_are_found_however_ocr_split_them_and_never_inside_more_digits() -> None:
    key = "9075550171"
    assert find_digits(digit_stream(["for", "907.555.01", "71"]), key) == [(1, 2, True)]
    assert find_digits(digit_stream(["907", "555", "0171"]), key) == [(0, 2, False)]
    assert find_digits(digit_stream(["9O7-555-0171"]), key) == [(0, 0, True)]  # O for 0
    assert find_digits(digit_stream(["1-907-555-0171"]), key) == [(0, 0, False)]
    assert find_digits(digit_stream(["2", "907", "555", "0171"]), key) == []  # a longer run
    assert find_digits(digit_stream(["907", "555", "01711"]), key) == []
    assert find_digits(digit_stream(["907", "for", "555", "0171"]), key) == []  # a word between
    assert find_digits(digit_stream(["907.558.0171"]), key) == []  # a digit misread: not undone


def test_a_number_ocr_split_is_listed_where_the_lines_are_and_never_surer_than_its_reading() -> None:
    doc = _doc([_row(40, "Account", "Number", "493314343-196"),
                _row(40, "Local", "Service", "for", "907.555.01", "71", conf=0.66),
                _row(40, "Customer", "Care", "1-800-808-8083")])
    index = BillIndex.of(doc)
    found = typed_number_readings(index, "+19075550171")
    assert len(found) == 1 and found[0].read_conf <= CONFUSED_READ
    case = PortCase(account_name="", account_number="493314343-196",
                    numbers=(CaseNumber("+19075550171"), CaseNumber("+18008088083")))
    items = _number_verdicts(case, doc)
    assert items["+19075550171"] == Verdict.EXACT
    assert items["+18008088083"] == Verdict.NOT_FOUND  # the carrier's help line, however read
    unsure = _doc([_row(40, "Account", "Number", "493314343-196"),
                   _row(40, "Local", "Service", "for", "907.555.01", "71", conf=0.4)])
    items = _number_verdicts(case, unsure)
    assert items["+19075550171"] == Verdict.UNVERIFIABLE  # read unsurely: a question for the eye


def _number_verdicts(case: PortCase, doc: BillDocument) -> dict[str, Verdict]:
    numbers = compare(case, extract_fields(doc)).numbers
    assert numbers is not None
    return {i.number: i.verdict for i in numbers.items}


def test_a_payment_stubs_scan_line_lists_no_number() -> None:
    doc = _doc([_row(40, "7090", "80394994902506", "486866", "57460899", "5125550194", "8")])
    assert typed_number_readings(BillIndex.of(doc), "+15125550194") == []


def test_text_layers_are_not_searched_this_way() -> None:
    doc = _doc([_row(40, "Local", "Service", "for", "907.555.01", "71")], source="text")
    assert typed_number_readings(BillIndex.of(doc), "+19075550171") == []


# -- a value's own words -----------------------------------------------------------------------
def test_a_names_own_words_are_not_a_label_after_it() -> None:
    from portdesk.bills.context import Context
    from portdesk.bills.find import find_name

    doc = _doc([_row(300, "Account", "Number", "6805", "9067", "60"), [],
                _row(300, "Redwood", "Auto", "Repair", "Inc."),
                _row(300, "5670", "Madison", "St"), _row(300, "Kenora", "ON", "P9N", "1X2")])
    found = find_name(BillIndex.of(doc), "Redwood Auto Repair Inc.")
    assert found and all(p.context != Context.HELP for f in found for p in f.places)


# -- carriers read a letter off ----------------------------------------------------------------
def test_a_wordmark_read_a_letter_off_names_the_carrier_only_when_long_and_unique() -> None:
    from portdesk.bills.recognise import misread_wordmark

    found = misread_wordmark("Tbayte")
    assert found is not None and found.name == "Tbaytel"
    assert misread_wordmark("Comcost") is not None
    assert misread_wordmark("Cox") is None and misread_wordmark("Coz") is None  # short names
    assert misread_wordmark("Redwood Auto") is None
    assert misread_wordmark("Maple Leaf Bakery Corp.") is None


def test_the_carriers_own_name_is_not_the_account_holder() -> None:
    doc = _doc([_row(40, "Tbayte"), [],
                _row(40, "Thunder", "Bay", "Telephone", "(Tbaytel)"),
                _row(40, "Account", "Number", "6805", "9067", "60"),
                _row(40, "611", "from", "any", "Tbaytel", "phone")])
    fields = extract_fields(doc)
    assert fields.account_name is None or "Tbaytel" not in fields.account_name
    check = compare(PortCase(account_name="", account_number="6805906760",
                             losing_carrier="Tbaytel"), fields).fields["carrier"]
    assert check.verdict in MATCHES


def test_a_typed_carrier_printed_inside_a_longer_line_is_never_a_mismatch() -> None:
    doc = _doc([_row(40, "Comcast"), [],
                _row(40, "Account", "Number", "8155", "2000", "1234"),
                _row(40, "Services", "provided", "by", "Harbor", "Cable", "Partners", "LLC")])
    check = compare(PortCase(account_name="", account_number="815520001234",
                             losing_carrier="Harbor Cable"), extract_fields(doc)).fields["carrier"]
    assert check.verdict == Verdict.UNVERIFIABLE and check.evidence is not None
    assert "also prints" in check.reason  # the typed name where the bill prints it, as evidence
    other = compare(PortCase(account_name="", account_number="815520001234",
                             losing_carrier="Lakeview Cable"), extract_fields(doc))
    # not printed at all: a name PortDesk does not know may still be the bill's carrier's old
    # name, so a question too, but without a printed line to show
    assert other.fields["carrier"].verdict == Verdict.UNVERIFIABLE
    assert "also prints" not in other.fields["carrier"].reason


# -- a photo's sheet under a shadow -------------------------------------------------------------
def _photo(shadow: bool) -> Image.Image:
    """A light sheet on a dark table, text lines on it; with `shadow`, the paper dims gently
    toward its right edge (to darker than the level between paper and table), as under a hand."""
    corners = [(30, 25), (270, 35), (262, 355), (24, 345)]
    sheet = Image.new("L", (300, 380), 225)
    for y in range(60, 320, 18):
        ImageDraw.Draw(sheet).line([(50, y), (200, y)], fill=40, width=2)
    if shadow:
        ramp = Image.linear_gradient("L").rotate(90).resize(sheet.size)  # 255 left .. 0 right
        sheet = ImageChops.multiply(sheet, ramp.point(lambda v: 110 + v * 145 // 255))
    mask = Image.new("L", sheet.size, 0)
    ImageDraw.Draw(mask).polygon(corners, fill=255)
    photo = Image.composite(sheet, Image.new("L", sheet.size, 60), mask)
    return photo.filter(ImageFilter.GaussianBlur(0.8))


def test_a_shadow_across_the_sheet_does_not_cut_it() -> None:
    from portdesk.bills.photo import find_sheet

    for shadow in (False, True):
        quad = find_sheet(_photo(shadow))
        assert quad is not None
        (x0, _), (x1, _), (x2, _), (x3, _) = quad
        assert x1 > 250 and x2 > 245, (shadow, quad)  # the right corners are the sheet's
        assert x0 < 45 and x3 < 40


def test_a_corner_lit_beyond_a_sharp_shadow_edge_stays_the_sheets() -> None:
    """The gentle shadow dims the right side below the paper/table level, and a second shadow
    with a sharp edge leaves the bottom-left corner lit brighter than the paper beside it: the
    growth by small steps stops at that edge, the bright region does not: joined, the sheet."""
    from portdesk.bills.photo import find_sheet

    photo = _photo(shadow=True)
    shade = Image.new("L", photo.size, 205)
    ImageDraw.Draw(shade).polygon([(0, 300), (90, 380), (0, 380)], fill=255)
    photo = ImageChops.multiply(photo, shade.filter(ImageFilter.GaussianBlur(0.6)))
    quad = find_sheet(photo)
    assert quad is not None
    (x0, _), (x1, _), (x2, _), (x3, y3) = quad
    assert x1 > 250 and x2 > 245, quad  # the dim right side is the sheet's
    assert x0 < 45 and x3 < 40 and y3 > 335, quad  # and so is the lit bottom-left corner


def test_a_scan_filling_the_frame_is_no_photo() -> None:
    from portdesk.bills.photo import find_sheet

    page = Image.new("L", (300, 380), 245)
    for y in range(30, 350, 18):
        ImageDraw.Draw(page).line([(30, y), (250, y)], fill=30, width=2)
    assert find_sheet(page) is None


# -- a sure reading in the field's own place that plainly differs -------------------------------
def test_a_digit_plainly_other_read_surely_under_its_label_is_a_mismatch() -> None:
    from portdesk.bills.scantyped import plainly_other

    assert plainly_other("400481699", "400489699")  # a 9 where the case has a 1
    assert not plainly_other("400481699", "400481699")
    assert not plainly_other("400485699", "400483699")  # 5 and 3: OCR takes one for the other
    assert not plainly_other("400481699", "40048169")  # a digit lost is OCR's, not the bill's

    def verdict(conf: float, label: str = "Account") -> Verdict:
        doc = _doc([_row(40, "Customer", "Harbor", "Dental", "LLC"),
                    _row(40, label, "Number", conf=0.95) + _row(160, "400489699", conf=conf),
                    _row(40, "Invoice", "P12559264")])
        case = PortCase(account_name="", account_number="400481699")
        return compare(case, extract_fields(doc, require_account=False)).fields[
            "account_number"].verdict

    assert verdict(0.95) == Verdict.MISMATCH
    assert verdict(0.7) == Verdict.UNVERIFIABLE  # read unsurely: a question for the eye
    assert verdict(0.95, "Reference") != Verdict.MISMATCH  # not where the bill gives it


def test_a_label_whose_capital_e_ocr_read_as_a_pound_sign_still_labels() -> None:
    from portdesk.bills.context import Context, classify
    from portdesk.bills.openaddr import all_addresses
    from portdesk.bills.placerank import primary

    assert classify("£911 Service Location") == Context.SERVICE
    doc = _doc([_row(300, "£911", "Service", "Location"), _row(300, "3761", "S", "Ridge", "Hwy"),
                _row(300, "Albany,", "NY", "12208")])
    found = [f for f in all_addresses(BillIndex.of(doc)) if f.address.line1 == "3761 S Ridge Hwy"]
    assert found and primary(found[0].places, "service_address")[0] == Context.SERVICE


def test_a_did_inventory_row_ocr_ran_together_lists_the_lines_it_reads() -> None:
    from portdesk.bills.findphones import phone_index

    rows = [_row(40, "DID", "Inventory"), _row(40, "NPA-NXX"),
            _row(40, "614.555", "0127", "0158", "0157", "(068", "0177")]
    listed = phone_index(BillIndex.of(_doc(rows)))
    assert {"+16145550127", "+16145550157", "+16145550177"} <= set(listed)
    assert "+16145550168" not in listed  # '(068' misread: lists nothing
    unsure = [_row(40, "DID", "Inventory"), _row(40, "NPA-NXX"),
              [*_row(40, "614.555", "0127", "0157", "(068"), ("0158", 170.0, 0.7)]]
    listed = phone_index(BillIndex.of(_doc(unsure)))
    assert "+16145550157" in listed and "+16145550158" not in listed  # a digit may be off
    prose = [_row(40, "Totals"), _row(40, "614.555", "0127", "0158", "0157")]
    assert "+16145550157" not in phone_index(BillIndex.of(_doc(prose)))  # no exchange heading


def test_one_long_word_doubted_in_a_name_read_exactly_does_not_undo_the_match() -> None:
    from portdesk.bills.find import find_name

    def read_conf(*words: tuple[str, float]) -> float:
        row = []
        x = 40.0
        for text, conf in words:
            row.append((text, x, conf))
            x += 6 * len(text) + 4
        doc = _doc([_row(40, "Billed", "to"), row])
        found = find_name(BillIndex.of(doc), " ".join(t for t, _ in words))
        assert found
        return max(f.read_conf for f in found)

    sure = ("Sunrise", 0.95), ("Veterinary", 0.93)
    assert read_conf(*sure, ("Clinic", 0.57), ("L.L.C.", 0.95)) >= 0.6
    assert read_conf(*sure, ("Clinic", 0.3), ("L.L.C.", 0.95)) < 0.6  # hardly read at all
    assert read_conf(("Sunrise", 0.95), ("Vet", 0.5), ("Clinic", 0.95)) < 0.6  # a short word
    assert read_conf(("Sunrise", 0.7), ("Veterinary", 0.55), ("Clinic", 0.95)) < 0.6  # two doubted
    assert read_conf(("Sunrise", 0.95), ("Clinic", 0.55)) < 0.6  # two words: too little agreement


def test_two_words_of_a_label_ocr_boxed_apart_stay_one_segment() -> None:
    from portdesk.bills.layout import segments_of

    def texts(source: str, gap: float) -> list[str]:
        words = (Word("Service", 334, 127, 358.5, 133.5, 0.96),
                 Word("Address", 358.5 + gap, 127, 380.5 + gap, 133, 0.9))
        page = Page(1, 612, 792, words, source)  # type: ignore[arg-type]
        return [s.text for s in segments_of(page)]

    assert texts("ocr", 8.1) == ["Service Address"]  # boxes that hug the ink
    assert texts("ocr", 20.0) == ["Service", "Address"]  # a column's gap
    assert texts("text", 8.1) == ["Service", "Address"]  # a text layer's boxes are the font's


def test_a_name_differing_in_words_read_surely_is_a_mismatch_whatever_ocr_doubted_elsewhere() -> None:
    def verdict(suffix_conf: float) -> Verdict:
        doc = _doc([_row(40, "Account", "Number", "58-4237854"), _row(40, "BILL", "TO"),
                    [("Bayshore", 40, 0.95), ("Motors", 94, 0.82), ("Inc.", 134, suffix_conf)],
                    _row(40, "6220", "Cedar", "Ave"), _row(40, "Boise,", "ID", "83767")])
        case = PortCase(account_name="Bayshore Motors LLC", account_number="58-4237854")
        return compare(case, extract_fields(doc)).fields["account_name"].verdict

    assert verdict(0.96) == Verdict.MISMATCH  # 'Inc.' read surely: the bill says another name
    assert verdict(0.6) == Verdict.UNVERIFIABLE  # the differing word itself doubted


def test_a_geographic_number_labelled_toll_free_is_not_the_carriers_help_line() -> None:
    rows = [_row(40, "Account", "Number", "AC-1064043"),
            _row(40, "US", "Toll-free", "Number", "+1", "(208)", "555-0129"),
            _row(40, "Customer", "care,", "toll", "free", "1-800-555-0142")]
    case = PortCase(account_name="", account_number="AC-1064043",
                    numbers=(CaseNumber("+12085550129"), CaseNumber("+18005550142")))
    items = _number_verdicts(case, _doc(rows))
    assert items["+12085550129"] == Verdict.EXACT
    assert items["+18005550142"] == Verdict.NOT_FOUND  # a toll-free number there is the carrier's


def test_a_page_tesseracts_layout_read_only_part_of_is_told_apart() -> None:
    """Most inked squares under no word read: the layout took that part for a picture (a photo's
    texture does that); rules and a little unread print are not that."""
    from portdesk.bills.ocr import _layout_dropped

    page = Image.new("L", (600, 800), 250)
    for y in range(40, 760, 30):
        ImageDraw.Draw(page).rectangle((40, y, 560, y + 12), fill=30)  # lines of print

    def read(rows: range) -> dict[str, list[object]]:
        ys = [40 + 30 * r for r in rows]
        return {"text": ["word"] * len(ys), "conf": [90.0] * len(ys), "left": [40] * len(ys),
                "top": ys, "width": [520] * len(ys), "height": [12] * len(ys)}

    assert not _layout_dropped(page, read(range(24)))  # every line read
    assert not _layout_dropped(page, read(range(18)))  # the last few lines left unread
    assert _layout_dropped(page, read(range(6)))  # only the top quarter read
    assert not _layout_dropped(Image.new("L", (600, 800), 250), read(range(0)))  # a blank page


def test_a_scan_showing_only_the_typed_accounts_tail_is_a_question_not_a_mismatch() -> None:
    """'**** **** 0190' whose stars OCR dropped, or '5520-1187-33' read as '5520-1' lost and
    '187-33': the reading is the typed value's own end, so the bill may print the rest masked or
    OCR lost it. Unverifiable; a tail that differs is still a mismatch."""
    def verdict(typed: str, read: str = "0190", source: str = "ocr") -> Verdict:
        doc = _doc([_row(40, "Customer", "Harbor", "Dental", "LLC"),
                    _row(40, "Account", "Number", conf=0.95) + _row(160, read, conf=0.95),
                    _row(40, "Invoice", "P12559264")], source)
        case = PortCase(account_name="", account_number=typed)
        return compare(case, extract_fields(doc, require_account=False)).fields[
            "account_number"].verdict

    assert verdict("4505 7295 0190") == Verdict.UNVERIFIABLE
    assert verdict("5520-1187-33", "187-33") == Verdict.UNVERIFIABLE
    assert verdict("4505 7295 0191") == Verdict.MISMATCH  # its end differs: another account
    assert verdict("4505 7295 0190", source="text") == Verdict.MISMATCH  # a text layer lost nothing


def test_a_row_of_numbers_ocr_read_as_one_run_of_digits_is_each_of_those_numbers() -> None:
    key = "4165550182"
    row = ["+1416", "555", "0177", "+1416", "555", "0160", "+1416", "555", "0182"]
    assert find_digits(digit_stream(row), key) == [(6, 8, False)]
    assert find_digits(digit_stream(["416", "555", "0160", "416", "555", "0182"]), key) == [
        (3, 5, False)]
    assert find_digits(digit_stream(["416", "555", "0182", "416", "555", "0177"]), key) == [
        (0, 2, False)]
    # what stands beside it is no whole number: one longer run, not a list
    assert find_digits(digit_stream(["77", "416", "555", "0182"]), key) == []
    assert find_digits(digit_stream(["416", "555", "0160", "4", "416", "555", "0182"]), key) == []
    assert find_digits(digit_stream(["416", "555", "01", "60416", "555", "0182"]), key) == []
