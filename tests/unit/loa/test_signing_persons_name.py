"""A name asked of "the one signing" in a Slavic language (issue 11, session 22: round 36's Polish
form wrote the company in "imię i nazwisko podpisującego", the caption under the signer's printed
name: 1 misplaced), drawn unlike round 36's: a Czech paper form, the label LEFT of its line, the
company asked above it with its own name words.

The class: a person's name qualified by the participle of signing ("podpisującego", "podepisující
osoby", "podpisujúcej osoby") is the signer's name, never the account's, as "name of the person
signing" is in English."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import a4


@pytest.mark.parametrize(("label", "language"), [
    ("imię i nazwisko podpisującego (drukowanymi literami)", "pl"),
    ("Imię i nazwisko osoby podpisującej", "pl"),
    ("Jméno a příjmení podepisující osoby", "cs"),
    ("Meno podpisujúcej osoby", "sk"),
])
def test_the_name_of_the_one_signing_is_the_signers(label: str, language: str) -> None:
    read = classify_in(label, (language,))
    assert read is not None and read.field == LoaField.AUTHORIZED_NAME


def _form() -> bytes:
    s = a4("podepisujici", "CZ", "cs", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 790, "Žádost o přenesení telefonního čísla", 13, bold=True)
    s.blank("Název společnosti:", 40, 750, 555, "account_name")
    s.blank("Stávající operátor:", 40, 725, 555, "carrier")
    s.blank("Telefonní číslo:", 40, 700, 300, "number")
    s.blank("Jméno a příjmení podepisující osoby:", 40, 640, 555, "authorized_name")
    s.blank("Podpis:", 40, 610, 300, "signature")
    s.blank("Datum:", 320, 610, 555, "date_signed")
    return s.build()[0]


def test_the_signers_line_takes_no_company_name() -> None:
    placed = analyse_form(_form(), "form.pdf", country="CZ").placements
    on_line = {p.field for p in placed if 636 < p.y < 650}
    assert on_line == {LoaField.AUTHORIZED_NAME}, on_line
