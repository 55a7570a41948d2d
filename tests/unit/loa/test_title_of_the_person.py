"""A label asking for the title of the person who signs, the person named only as whose it is
(issue 11, session 22: round 36 wrote the signer's name in "Title of authorized person" and in
"Stanowisko osoby reprezentującej firmę", 4 misplaced), drawn unlike round 36's: a Spanish paper
form, the title asked on the line UNDER the signer's name, "Cargo del representante legal".

The class: in "<attribute> of <person>" the words before the person say what the blank holds; the
person says whose. A label that asks the name as well ("Name and title of ...") stays the name's."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import analyse_form
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import a4
from tests.unit.loa.helpers import world_case


@pytest.mark.parametrize(("label", "languages", "field"), [
    ("Title of authorized person", ("en",), LoaField.AUTHORIZED_TITLE),
    ("Job title of the authorised representative", ("en",), LoaField.AUTHORIZED_TITLE),
    ("Cargo del representante legal", ("es",), LoaField.AUTHORIZED_TITLE),
    ("Qualifica del rappresentante", ("it",), LoaField.AUTHORIZED_TITLE),
    ("Stanowisko osoby upoważnionej", ("pl",), LoaField.AUTHORIZED_TITLE),
    ("Name of authorized person", ("en",), LoaField.AUTHORIZED_NAME),
    ("Name and title of authorized person", ("en",), LoaField.AUTHORIZED_NAME),
    ("Nombre del representante legal", ("es",), LoaField.AUTHORIZED_NAME),
    ("Authorized person", ("en",), LoaField.AUTHORIZED_NAME),
])
def test_the_words_before_the_person_say_what_is_asked(
        label: str, languages: tuple[str, ...], field: LoaField) -> None:
    read = classify_in(label, languages)
    assert read is not None and read.field == field


def _form() -> bytes:
    s = a4("cargo", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 790, "SOLICITUD DE PORTABILIDAD", 13, bold=True)
    s.blank("Razón social:", 40, 750, 555, "account_name")
    s.blank("Operador actual:", 40, 725, 555, "carrier")
    s.blank("Nombre del representante legal:", 40, 680, 555, "authorized_name")
    s.blank("Cargo del representante legal:", 40, 655, 555, "authorized_title")
    return s.build()[0]


def test_the_title_line_under_the_signer_takes_the_title_never_the_name() -> None:
    values = values_from_case(world_case("ES", authorized_title="Gerente"))
    placed = {p.field: p.y for p in analyse_form(_form(), "form.pdf", country="ES").placements}
    assert abs(placed[LoaField.AUTHORIZED_TITLE] - 655) < 6, placed
    assert abs(placed[LoaField.AUTHORIZED_NAME] - 680) < 6, placed
    assert values.get(LoaField.AUTHORIZED_TITLE) == "Gerente"
