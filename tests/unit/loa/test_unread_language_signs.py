"""A form PortDesk fills by its layout alone (its labels in a Latin-script language no lexicon
holds) signs on the line at its foot when a date WIDGET, not a second printed line, stands beside
it (issue 11, session 24: round 38's comb-widget form was filled by layout, the fill said "the
long line at the foot as the signature", and signing failed with "no signature field or
signature line found"). When no place to sign is found, the fill says so itself, not only the
signing step.

Drawn unlike round 38's: an Indonesian fillable form on a Letter page, labels left of widgets, a
numbered list of widgets "1." to "5." (the layout's numbers), and at the foot a long printed rule
captioned under it ("Tanda tangan dan nama jelas", no signature word of any lexicon's language)
with a date widget on its right."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from tests.loaforms.kit import letter
from tests.unit.loa.helpers import make_case

_ROWS = ("Nama pelanggan", "Alamat lengkap", "Kode pos", "Kota", "Penyedia saat ini")


def _indonesian_form(date_widget: bool = True) -> bytes:
    s = letter("id-fillable-layout", "US", "id", [], "")
    s.text(40, 740, "Formulir permohonan pemindahan nomor", 13, bold=True)
    y = 700.0
    for n, label in enumerate(_ROWS, 1):
        s.text(40, y + 4, label, 8)
        s.widget(f"isian{n}", 160, y, 380, 15, None)
        y -= 24
    s.text(40, y, "Nomor yang dipindahkan:", 8.5, bold=True)
    y -= 22
    for n in range(1, 6):
        s.right_text(52, y + 4, f"{n}.", 8)
        s.widget(f"nomor{n}", 56, y, 200, 15, None)
        y -= 20
    s.text(40, y - 6, "Saya menyatakan bahwa saya adalah pemilik nomor di atas.", 7.5)
    y -= 70
    s.rule(40, y, 320)
    s.text(40, y - 10, "Tanda tangan dan nama jelas", 7)
    if date_widget:
        s.text(340, y - 10, "Tanggal", 7)
        s.widget("tanggal", 340, y - 2, 110, 15, None)
    return s.build()[0]


def test_the_line_at_the_foot_beside_a_date_widget_is_signed() -> None:
    pdf = _indonesian_form()
    analysis = analyse_form(pdf, "form.pdf", strict=False)
    fields = {p.field for p in analysis.placements}
    assert LoaField.SIGNATURE in fields
    dated = [p for p in analysis.placements if p.field == LoaField.DATE_SIGNED]
    assert [p.widget for p in dated] == ["tanggal"]
    filled = fill_form(pdf, values_from_case(make_case()), "form.pdf").pdf
    ink = typed_to_png("Jane Q. Customer")
    signed, where, _notes = place_signature(filled, ink, "Jane Q. Customer", "",
                                            datetime(2030, 8, 5, tzinfo=UTC), "form")
    assert where
    assert len(PdfReader(io.BytesIO(signed)).pages) == 1


def test_a_form_filled_by_layout_with_no_place_to_sign_says_so_when_filled() -> None:
    """A lone long line whose caption is no signature word of any read language is not signed
    by layout (too weak a sign): the fill places the numbers and says there is no place to
    sign, where it said before that the foot line had been taken as the signature."""
    pdf = _indonesian_form(date_widget=False)
    analysis = analyse_form(pdf, "form.pdf", strict=False)
    assert {p.field for p in analysis.placements} == {LoaField.NUMBER}
    result = fill_form(pdf, values_from_case(make_case()), "form.pdf")
    said = " ".join(result.review)
    assert "no place to sign was found" in said
    assert "sign by hand" in said
