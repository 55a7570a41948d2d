"""Classes found when round 35 was opened (tests/loaforms/forms_round35_*), each tested on a form
drawn unlike round 35's."""

from __future__ import annotations

from reportlab.lib.colors import black

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from tests.loaforms.kit import a4


def _signer_row(name_blank: bool) -> bytes:
    """A British A4 form ending in one row of two framed cells: 'Authorised signer' (empty, no
    widget, no line) beside 'Printed name' (a widget), unlike round 35's 2 x 2 grid."""
    s = a4("signer-cell", "GB", "en", [], "")
    s.text(40, 780, "Account holder", 8)
    s.widget("holder", 40, 762, 300, 15, "account_name")
    s.text(40, 740, "Telephone number to move", 8)
    s.widget("tel", 40, 722, 200, 15, "number")
    top, row_h, cw = 640, 44, 250
    for k, caption in enumerate(("Authorised signer", "Printed name")[:2 if name_blank else 1]):
        cx = 40 + k * (cw + 10)
        s.frame(cx, top - row_h, cw, row_h)
        s.text(cx + 4, top - 10, caption, 7)
        if k == 1:
            s.c.acroForm.textfield(name="printed", tooltip="", x=cx + 2, y=top - row_h + 2,
                                   width=cw - 4, height=row_h - 16, fontSize=9, borderWidth=0,
                                   fillColor=None, textColor=black, annotationFlags="print")
    return s.build()[0]


def test_an_empty_cell_captioned_by_the_signer_beside_the_name_is_the_signature() -> None:
    """The signer's cell holds no widget and no line; the signer's name has its own blank, so
    the cell is where the ink goes (before, the form had no signature place and signing failed)."""
    analysis = analyse_form(_signer_row(True), "form.pdf", country="GB", strict=False)
    signs = [p for p in analysis.placements if p.field == LoaField.SIGNATURE]
    assert len(signs) == 1 and signs[0].rect is not None
    assert signs[0].rect[0] < 290 and signs[0].rect[3] <= 640 and signs[0].rect[1] >= 590


def test_a_signer_cell_is_not_the_signature_when_the_name_has_no_blank_of_its_own() -> None:
    """Without a cell for the signer's name, 'Authorised signer' over a cell may ask for the name:
    the cell is never taken for the ink then (wrong is worse than empty)."""
    analysis = analyse_form(_signer_row(False), "form.pdf", country="GB", strict=False)
    assert not [p for p in analysis.placements if p.field == LoaField.SIGNATURE]


def test_an_aland_date_is_written_the_finnish_way() -> None:
    """Åland's numbers (+358 18) resolve to AX, not FI: its dates are day.month.year like
    Finland's, never the slashed default a Nordic reader takes for another order."""
    from portdesk.loa.fields import date_format_for
    assert date_format_for("AX", "sv") == date_format_for("FI", "fi") == "%d.%m.%Y"


def test_finlands_business_id_is_never_a_number_to_port() -> None:
    """'FO-nummer' (the Swedish name of Finland's business ID, 'Y-tunnus' in Finnish) ends in
    'nummer' but is an organisation's registration, which the case does not hold."""
    from portdesk.loa.vocabulary import NOT_OURS, classify
    for label in ("FO-nummer", "FO-nr (företag)", "Y-tunnus"):
        read = classify(label)
        assert read is not None and read.field == NOT_OURS, label
