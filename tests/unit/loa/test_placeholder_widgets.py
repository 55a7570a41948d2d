"""See-through widgets over grey placeholder print (issue 11, session 20: round 33's last
misplaced values, by class, each on a small form of its own drawn unlike round 33's: English,
US Letter, the grey print centred or at the right, italic, another grey).

The lead's decision: a filled widget whose box covers placeholder print lighter than the page's
labels and wholly inside the box HIDES it (white under the value, the value where the form asks
for it); a widget with no value keeps the page as printed; print that is not wholly inside the
box (or not light) is never painted over. And the grey print is a hint, not the box's name,
when the box has its own printed label: an example that reads nothing ("00000") does not hide
the label over the box, and a grey shape that reads another value than the printed label
("(area code) number" under "Billing telephone number") gives way to the label."""

from __future__ import annotations

from datetime import UTC, datetime

import pypdfium2 as pdfium

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.formscan import Word
from portdesk.loa.placeholder import placeholder_cover
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from tests.loaforms.kit import Sheet, letter
from tests.unit.loa.helpers import make_case, widget_values

_GREY = 0.58  # lighter than the labels' black, darker than the white page


def _head(s: Sheet) -> None:
    s.text(40, 790, "Port-Out Authorization", 13, bold=True)
    s.para(40, 770, "I authorize the new provider to move the telephone numbers below to its "
           "service.", 500, 8)


def _see_through(s: Sheet, name: str, x: float, y: float, w: float, grey: str,
                 where: str = "centre", h: float = 16) -> None:
    """A box drawn on the page, grey italic print inside it, and a widget with no background
    and no border of its own laid over the box."""
    s.frame(x, y, w, h, 0.6)
    s.c.setFillGray(_GREY)
    s.c.setFont("Helvetica-Oblique", 7)
    if where == "centre":
        s.c.drawCentredString(x + w / 2, y + 5, grey)
    else:
        s.c.drawRightString(x + w - 4, y + 5, grey)
    s.c.setFillGray(0)
    s.c.acroForm.textfield(name=name, x=x, y=y, width=w, height=h, fontSize=9, borderWidth=0,
                           fillColor=None, borderColor=None)


def _analyse(s: Sheet) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country="US", strict=False)


def _grey_ink(pdf: bytes, box: tuple[float, float, float, float], page: int = 0) -> int:
    """Pixels of the rendered page inside `box` (PDF points) printed grey (not white, not the
    value's black): what is left showing of a placeholder."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        pg = doc[page]
        scale = 3.0
        image = pg.render(scale=scale, grayscale=True, may_draw_forms=True).to_pil()
        height = pg.get_height()
        crop = image.crop((int(box[0] * scale), int((height - box[3]) * scale),
                           int(box[2] * scale), int((height - box[1]) * scale)))
        return sum(crop.histogram()[110:201])
    finally:
        doc.close()


def _form() -> Sheet:
    s = letter("see-through", "US", "en", [], "")
    _head(s)
    s.text(40, 737, "Account holder name", 7.5, bold=True)
    _see_through(s, "holder", 40, 718, 380, "Full name exactly as it appears on your bill")
    s.text(40, 697, "Fax", 7.5, bold=True)
    _see_through(s, "fax", 40, 678, 200, "Optional", where="right")
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    return s


# -- a value written into a see-through widget hides the grey print in its box ------------------

def test_a_filled_see_through_widget_hides_the_grey_print_inside_its_box() -> None:
    """The holder's name is short, the grey sentence under it long: written as it was, the
    value sat on the sentence's first words and the rest of it showed after it."""
    case = make_case()
    filled = fill_form(_form().build()[0], values_from_case(case), "form.pdf").pdf
    assert widget_values(filled).get("holder") == case.account_name
    # the tail of the box, right of the written name: nothing grey left showing
    assert _grey_ink(filled, (250, 719, 419, 733)) == 0


def test_a_widget_left_empty_keeps_its_grey_print() -> None:
    """No value for the fax: the page stays as the carrier printed it."""
    pdf = _form().build()[0]
    before = _grey_ink(pdf, (40, 679, 239, 693))
    filled = fill_form(pdf, values_from_case(make_case()), "form.pdf").pdf
    assert not widget_values(filled).get("fax")
    assert before > 0 and _grey_ink(filled, (40, 679, 239, 693)) == before


def test_the_signing_date_written_when_signing_hides_its_grey_format_too() -> None:
    """The date is written by the signing step, from the plan the fill left: the grey
    'MM/DD/YYYY' in its box is hidden the same way."""
    s = letter("see-through-date", "US", "en", [], "")
    _head(s)
    s.text(40, 737, "Account holder name", 7.5, bold=True)
    _see_through(s, "holder", 40, 718, 380, "As on the bill")
    s.sign_line("Signature", 40, 600, 300, label_below=True)
    s.text(360, 617, "Date signed", 7.5, bold=True)
    _see_through(s, "signed_on", 360, 598, 200, "MM/DD/YYYY - today's date", where="right")
    filled = fill_form(s.build()[0], values_from_case(make_case()), "form.pdf").pdf
    when = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
    signed, _where, _notes = place_signature(filled, typed_to_png("Jane Doe"), "Jane Doe", "",
                                             when, "form")
    doc = pdfium.PdfDocument(signed)
    try:
        assert "12/07/2026" in doc[0].get_textpage().get_text_range()
    finally:
        doc.close()
    assert _grey_ink(signed, (430, 599, 559, 613)) == 0


# -- print that is not wholly inside the box, or not light, is never painted over --------------

def _word(text: str, x0: float, x1: float, light: bool = True, y0: float = 104,
          y1: float = 111) -> Word:
    return Word(text, 0, x0, y0, x1, y1, light=light)


def test_only_light_print_wholly_inside_the_box_is_covered() -> None:
    box = (100.0, 100.0, 300.0, 116.0)
    assert placeholder_cover(0, box, [_word("e.g.", 104, 120), _word("555-0100", 122, 160)])
    # a black word in the box (a printed "$", a label inside the frame): the page stays
    assert placeholder_cover(0, box, [_word("$", 102, 106, light=False),
                                      _word("0.00", 110, 130)]) == ()
    # a grey word running in from outside the box, or out of it
    assert placeholder_cover(0, box, [_word("example", 90, 130)]) == ()
    assert placeholder_cover(0, box, [_word("see", 104, 120),
                                      _word("overleaf", 290, 330)]) == ()
    # a word on another page, or nowhere over the box, does not count
    assert placeholder_cover(0, box, [Word("x", 1, 104, 104, 110, 111, light=False),
                                      _word("far", 400, 420)]) == ()
    cover = placeholder_cover(0, box, [_word("e.g.", 104, 120)])
    assert all(box[0] <= r[0] and r[2] <= box[2] and box[1] <= r[1] and r[3] <= box[3]
               for r in cover)


# -- the grey print is a hint; the box's own printed label names it ------------------------------

def test_a_grey_example_that_reads_nothing_does_not_hide_the_label_over_its_box() -> None:
    """'ZIP code' printed over the box, grey '00000' inside it: the example said 'not one of
    ours' and the box was left empty although its label plainly asks the ZIP code."""
    s = letter("grey-example", "US", "en", [], "")
    _head(s)
    s.text(40, 737, "Account holder name", 7.5, bold=True)
    _see_through(s, "holder", 40, 718, 380, "As on the bill")
    s.text(40, 697, "Service street address", 7.5, bold=True)
    _see_through(s, "street", 40, 678, 300, "Number and street", where="right")
    s.text(350, 697, "ZIP code", 7.5, bold=True)
    _see_through(s, "zip", 350, 678, 90, "00000")
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    zips = [p for p in _analyse(s).placements if p.widget == "zip"]
    assert [p.field for p in zips] == [LoaField.POSTAL_CODE], zips


def test_a_printed_label_reading_another_value_wins_over_the_grey_shape_in_its_box() -> None:
    """'Billing telephone number' printed tight over the box, grey '(area code) number' in it:
    the grey says the value's shape and read as a number to port (a slot the numbers take, or
    another number than the form asks); the label says whose number it is."""
    s = letter("grey-shape", "US", "en", [], "")
    _head(s)
    s.text(40, 737, "Account holder name", 7.5, bold=True)
    _see_through(s, "holder", 40, 718, 380, "As on the bill")
    s.text(40, 697, "Billing telephone number", 7.5, bold=True)
    _see_through(s, "main", 40, 678, 200, "(area code) number", where="right")
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    mains = [p for p in _analyse(s).placements if p.widget == "main"]
    assert [p.field for p in mains] == [LoaField.BTN], mains


def test_a_grey_placeholder_alone_still_names_its_box() -> None:
    """No label printed by the box: the grey words are its name, as before."""
    s = letter("grey-names", "US", "en", [], "")
    _head(s)
    _see_through(s, "holder", 40, 718, 380, "Account holder name", where="centre")
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    holders = [p for p in _analyse(s).placements if p.widget == "holder"]
    assert [p.field for p in holders] == [LoaField.ACCOUNT_NAME], holders


def test_a_grey_date_part_in_one_of_split_date_widgets_keeps_naming_its_part() -> None:
    """'Port on' over three widgets, grey 'YYYY' | 'MM' | 'DD' in them: each grey word names
    its box's part of the date; skipped as a mere hint, each box read the whole date from the
    label over the row and the year's box got '2026-09-15' (guard: the rule above does not
    reach a date's parts)."""
    s = letter("grey-date-parts", "US", "en", [], "")
    _head(s)
    s.text(40, 737, "Account holder name", 7.5, bold=True)
    _see_through(s, "holder", 40, 718, 380, "As on the bill")
    s.text(40, 697, "Port on this date", 7.5, bold=True)
    x = 40.0
    for name, width, grey in (("y", 46, "YYYY"), ("m", 30, "MM"), ("d", 30, "DD")):
        _see_through(s, name, x, 678, width, grey)
        x += width + 12
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    pdf = s.build()[0]
    parts = [p for p in analyse_form(pdf, "form.pdf", country="US", strict=False).placements
             if p.widget in ("y", "m", "d")]
    assert all(p.part for p in parts if p.field == LoaField.REQUESTED_DATE), \
        [(p.widget, p.field, p.part) for p in parts]
    filled = fill_form(pdf, values_from_case(make_case()), "form.pdf").pdf
    got = widget_values(filled)
    assert all(len(got.get(k, "")) <= 4 for k in ("y", "m", "d")), got


def test_the_providers_block_first_under_a_banded_heading_keeps_its_widgets_empty() -> None:
    """'1 NEW PROVIDER (completed by the new provider)' in a dark band, then the customer's
    band, each block labelled 'Company name' / 'Address' over see-through widgets with grey
    print: the grey print read as the boxes' names hid the label rows, so the band's words
    never governed them and the customer's name went into the provider's block too."""
    s = letter("banded-blocks", "US", "en", [], "")
    _head(s)
    y = 740.0
    for title in ("1 NEW PROVIDER (completed by the new provider)", "2 CUSTOMER"):
        s.band(40, y, 530, title, 8.5)
        s.text(40, y - 20, "Company name", 7.5, bold=True)
        _see_through(s, f"name{title[0]}", 40, y - 39, 300, "Name as registered")
        s.text(350, y - 20, "Telephone", 7.5, bold=True)
        _see_through(s, f"tel{title[0]}", 350, y - 39, 200, "(area code) number")
        y -= 70
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    case = make_case()
    filled = fill_form(s.build()[0], values_from_case(case), "form.pdf").pdf
    got = widget_values(filled)
    assert got.get("name2") == case.account_name, got
    assert not got.get("name1") and not got.get("tel1"), got
