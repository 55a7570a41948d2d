"""A rule drawn across the page over a section's heading divides the form: no line to write on
(issue 11, session 24: round 38's fillable form with "Name" / "Phone" in three blocks told apart
by their headings drew a rule over each heading; read as writing lines captioned by the headings,
the signer's name was printed over "AUTHORIZED PERSON" and a number over "NUMBERS" (5 stray),
and the headings no longer told whose "Name" the rows under them asked).

Drawn unlike round 38's: a German fillable form on A4 whose widgets are named Text1..TextN, labels
left of them, a thicker rule over each of three headings (KUNDE, ANSPRECHPARTNER, TECHNIKER VOR ORT), each
block "Name: ____  Telefon: ____", the numbers' block "1." to "4."; and a control form whose
captioned writing line ("Firmenname" under a full-width line, a row under it) keeps its line."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from tests.loaforms.kit import Sheet, a4
from tests.unit.loa.helpers import make_case


def _heading(s: Sheet, y: float, title: str) -> None:
    s.rule(40, y + 12, 555, 1.0)
    s.text(40, y, title, 9, bold=True)


def _row(s: Sheet, y: float, pairs: list[tuple[str, float, float, float]]) -> None:
    for label, lx, x0, x1 in pairs:
        s.text(lx, y + 4, label, 8)
        s.widget(f"Text{len(s.places) + 1}", x0, y, x1 - x0, 15, None)


def _blocks_form() -> bytes:
    s = a4("de-rules-over-headings", "DE", "de", [], "")
    s.text(40, 800, "Auftrag zur Rufnummernmitnahme", 14, bold=True)
    y = 760.0
    _heading(s, y, "KUNDE")
    _row(s, y - 24, [("Name:", 40, 90, 330), ("Telefon:", 345, 390, 555)])
    _row(s, y - 48, [("Straße:", 40, 90, 330), ("Ort:", 345, 370, 555)])
    y -= 84
    _heading(s, y, "ANSPRECHPARTNER")
    _row(s, y - 24, [("Name:", 40, 90, 330), ("Telefon:", 345, 390, 555)])
    y -= 60
    _heading(s, y, "TECHNIKER VOR ORT")
    _row(s, y - 24, [("Name:", 40, 90, 330), ("Telefon:", 345, 390, 555)])
    y -= 60
    _heading(s, y, "RUFNUMMERN")
    for n in range(4):
        s.text(44, y - 24 - n * 20 + 4, f"{n + 1}.", 8)
        s.widget(f"Text{len(s.places) + 1}", 60, y - 24 - n * 20, 240, 15, None)
    y -= 130
    s.rule(40, y, 300)
    s.text(40, y - 9, "Unterschrift", 7)
    s.rule(340, y, 460)
    s.text(340, y - 9, "Datum", 7)
    return s.build()[0]


def test_a_rule_over_a_heading_is_no_blank_and_the_heading_tells_the_blocks_apart() -> None:
    analysis = analyse_form(_blocks_form(), "form.pdf", country="DE", strict=False)
    across = [p.field for p in analysis.placements if p.rect and p.rect[2] - p.rect[0] > 400]
    assert across == []  # nothing on a heading's rule
    by_widget = {p.widget: p.field for p in analysis.placements if p.widget}
    assert by_widget["Text1"] == LoaField.ACCOUNT_NAME  # "Name" under KUNDE
    assert by_widget["Text5"] == LoaField.AUTHORIZED_NAME  # "Name" under ANSPRECHPARTNER
    assert by_widget["Text6"] == LoaField.CONTACT_PHONE
    assert "Text7" not in by_widget and "Text8" not in by_widget  # the technician's
    assert [by_widget.get(f"Text{n}") for n in range(9, 13)] == [LoaField.NUMBER] * 4


def test_nothing_is_printed_over_a_heading() -> None:
    result = fill_form(_blocks_form(), values_from_case(make_case()), "form.pdf")
    assert [r.target for r in result.rows if r.value and not r.target.startswith("Text")] == []


def _captioned_line_form(caption: str) -> bytes:
    s = a4("de-captioned-line", "DE", "de", [], "")
    s.text(40, 800, "Auftrag zur Rufnummernmitnahme", 14, bold=True)
    s.rule(40, 760, 555)
    s.text(40, 753, caption, 7)
    _row(s, 726, [("Straße:", 40, 90, 330), ("Ort:", 345, 370, 555)])
    return s.build()[0]


@pytest.mark.parametrize("caption", ["Firmenname", "FIRMENNAME"])
def test_a_full_width_writing_line_captioned_under_keeps_its_value(caption: str) -> None:
    """Guard: a full-width line captioned in small print right under it, then a labelled row,
    is still the company's line (a caption, in capitals or not: no heading)."""
    analysis = analyse_form(_captioned_line_form(caption), "form.pdf", country="DE",
                            strict=False)
    wide = [p.field for p in analysis.placements if p.rect and p.rect[2] - p.rect[0] > 400]
    assert wide == [LoaField.ACCOUNT_NAME]
