"""Classes of issue 11 fixed in round 18 (the known open classes first, then round 18's tuning
batches by class): each drawn here in the smallest form or label that has it, in words of its
own (not any round's forms'), and failing on the code before its fix."""

from __future__ import annotations

import pytest

from portdesk.loa.fill import analyse_form
from portdesk.loa.ticks import _yes_no
from tests.loaforms.kit import a4, letter


def _fields(pdf: bytes, country: str) -> dict[str, str]:
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    return {p.widget or p.target(): p.field.value for p in analysis.placements}


def test_a_bare_individual_tick_on_an_english_form_is_the_residential_customer() -> None:
    """'[ ] Individual  [ ] Business': the person, not a business, on an English form."""
    s = letter("individual-tick", "US", "en", [], "")
    s.text(40, 720, "Account holder name", 9)
    s.widget("holder", 160, 716, 250, 15, "account_name")
    s.text(40, 690, "Account type:", 9)
    s.checkbox("person", 120, 689, "residential", "Individual")
    s.checkbox("firm", 220, 689, "business", "Business")
    s.text(40, 660, "Account number", 9)
    s.widget("acct", 160, 656, 150, 15, "account_number")
    s.text(40, 630, "Signature", 9)
    s.widget("date", 160, 626, 150, 15, None)
    fields = _fields(s.build()[0], "US")
    assert fields.get("person") == "residential"
    assert fields.get("firm") == "business"


def test_individual_beside_multiple_on_a_spanish_form_is_no_customer_type() -> None:
    """'Numeración: [ ] Individual [ ] Múltiple' sorts single numbers from ranges: no tick of
    ours, whatever the English form's "Individual" means."""
    s = a4("individual-es", "FR", "es", [], "")
    s.text(40, 760, "Nombre o razón social del titular", 9)
    s.widget("titular", 230, 756, 250, 15, "account_name")
    s.text(40, 730, "Operador donante", 9)
    s.widget("donante", 230, 726, 200, 15, "carrier")
    s.text(40, 700, "Tipo de numeración:", 9)
    s.checkbox("uno", 150, 699, None, "Individual")
    s.checkbox("varios", 250, 699, None, "Múltiple")
    s.text(40, 670, "Fecha", 9)
    s.widget("fecha", 230, 666, 100, 15, "date_signed")
    fields = _fields(s.build()[0], "ES")
    assert "uno" not in fields and "varios" not in fields


@pytest.mark.parametrize(("label", "answer"), [
    ("Si vous conservez des numéros, indiquez-les ci-dessous", None),
    ("Si el titular es una empresa", None), ("Si se trata de una portabilidad parcial", None),
    ("Sí", True), ("Si", True), ("Si, porto tutti i numeri", True), ("Sí, todos", True),
    ("Si - tutti", True), ("No", False)])
def test_si_before_a_word_is_if_not_yes(label: str, answer: bool | None) -> None:
    """French and Spanish "Si ..." opens a condition ("if"); only "Sí", a bare "Si", or "Si"
    before a comma or dash answers yes."""
    assert _yes_no(label) is answer
