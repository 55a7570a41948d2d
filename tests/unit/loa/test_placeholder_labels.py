"""Labels printed inside their own boxes in light grey, placeholder style (issue 11, the class round
3's held-back form left empty): the grey text names the box it sits in, the value is written in
that box beside the text, and never in the box next to it or under it."""

from __future__ import annotations

from reportlab.lib.colors import white

from portdesk.loa.fill import FormAnalysis, analyse_form
from portdesk.loa.formscan import extract_words
from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round3_kit import placeholder_box
from tests.loaforms.round4_kit import grey_box


def _mapped(sheet: Sheet) -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country="US")


def _in_box(analysis: FormAnalysis, box: tuple[float, float, float, float]) -> list[str]:
    """Fields placed on printed blanks lying wholly inside the box."""
    x0, y0, x1, y1 = box
    return [str(p.field) for p in analysis.placements if p.rect and p.page == 0
            and x0 - 2 <= p.rect[0] and p.rect[2] <= x1 + 2
            and y0 - 2 <= p.rect[1] and p.rect[3] <= y1 + 2]


def test_grey_text_is_read_as_light_and_ink_and_white_are_not() -> None:
    s = letter("grey", "US", "en", [], "")
    s.text(40, 700, "Ink")
    grey_box(s, "Placeholder", 40, 640, 200, None)
    s.c.setFillColor(white)
    s.c.drawString(300, 700, "Reversed")
    pdf, _ = s.build()
    light = {w.text: w.light for w in extract_words(pdf)}
    assert light == {"Ink": False, "Placeholder": True, "Reversed": False}


def test_each_value_goes_in_the_box_its_grey_label_is_printed_in() -> None:
    s = letter("placeholders", "US", "en", [], "")
    boxes = {"Business or account holder name": ((40, 680, 532), "account_name"),
             "Current carrier": ((40, 650, 176), "carrier"),
             "Account number": ((220, 650, 176), "account_number"),
             "PIN / Passcode": ((400, 650, 172), "pin"),
             "Order number (carrier use)": ((40, 620, 260), None)}
    for label, ((x, y, w), fld) in boxes.items():
        grey_box(s, label, x, y, w, fld)
    placeholder_box(s, "Billing telephone number", 304, 620, 268, "btn")  # grey at the left
    got = _mapped(s)
    for (x, y, w), fld in boxes.values():
        assert _in_box(got, (x, y, x + w, y + 22)) == ([fld] if fld else [])
    assert _in_box(got, (304, 620, 572, 640)) == ["btn"]


def test_a_box_in_the_corner_style_and_a_box_too_narrow_to_write_beside() -> None:
    s = letter("corner-and-narrow", "US", "en", [], "")
    grey_box(s, "Authorized contact", 40, 660, 200, "authorized_name", h=26, corner=True)
    grey_box(s, "Email", 244, 660, 200, "contact_email", h=26, corner=True)
    grey_box(s, "State", 448, 660, 50, "state")
    got = _mapped(s)
    assert _in_box(got, (40, 660, 240, 686)) == ["authorized_name"]
    assert _in_box(got, (244, 660, 444, 686)) == ["contact_email"]
    assert _in_box(got, (448, 660, 498, 682)) == ["state"]


def test_a_widget_named_text1_over_grey_text_takes_the_grey_texts_field() -> None:
    s = letter("widget-placeholder", "US", "en", [], "")
    s.c.setFillGray(0.6)
    s.c.drawString(44, 684, "Account number")
    s.c.setFillGray(0)
    s.c.acroForm.textfield(name="Text1", x=40, y=678, width=240, height=18, borderWidth=0.5,
                           fillColor=None, forceBorder=True)
    got = _mapped(s)
    assert {p.widget: str(p.field) for p in got.placements if p.widget} == {
        "Text1": "account_number"}


def test_the_grey_label_of_a_box_is_not_the_label_of_the_box_under_it() -> None:
    s = letter("neighbour", "US", "en", [], "")
    grey_box(s, "Account number", 40, 660, 240, "account_number")
    s.box(40, 634, 240, 22, None, "an unlabelled box right under it")
    got = _mapped(s)
    assert _in_box(got, (40, 660, 280, 682)) == ["account_number"]
    assert _in_box(got, (40, 634, 280, 656)) == []
