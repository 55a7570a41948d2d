""""Vertretungsbefugte Person" (the person empowered to represent the company) is the signer,
as "Vertretungsberechtigte Person" already read (issue 11, session 24: round 38's Austrian paper
form left the signer's name empty on both cases). Drawn unlike round 38's dotted leaders: a
German fillable form whose widgets are named Feld1..N, the label "Vertretungsbefugter" above
its box."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import a4


@pytest.mark.parametrize("label", ["Vertretungsbefugte Person", "Vertretungsbefugter",
                                   "Name der vertretungsbefugten Person"])
def test_the_person_empowered_to_represent_is_the_signer(label: str) -> None:
    read = classify_in(label, ("de",))
    assert read is not None and read.field == LoaField.AUTHORIZED_NAME, read


def test_its_box_takes_the_signers_name() -> None:
    s = a4("de-vertretungsbefugt", "DE", "de", [], "")
    s.text(40, 800, "Auftrag zur Rufnummernportierung", 13, bold=True)
    for n, label in enumerate(["Firma", "Vertretungsbefugter", "Funktion"], 1):
        s.text(40, 780 - n * 36 + 18, label, 7.5)
        s.widget(f"Feld{n}", 40, 780 - n * 36, 240, 15, None)
    analysis = analyse_form(s.build()[0], "form.pdf", country="DE", strict=False)
    fields = {p.widget: p.field for p in analysis.placements if p.widget}
    assert fields.get("Feld2") == LoaField.AUTHORIZED_NAME
