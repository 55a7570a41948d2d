"""Blanks inside a legal sentence named by the undersigned as a noun and by whose customer the
holder is (issue 11, session 22: round 36's Italian form left "Il/La sottoscritto/a ____" and
"..., cliente di ____" empty, 4 values), drawn unlike round 36's: a French paper mandate, the
sentence "Le/La soussigné(e) ____, client(e) de ____, autorise ..." on one line, then an English
one, "The undersigned ____, customer of ____".

The class: the blank after "the undersigned" (its article, its feminine ending) is the signer's
name, as the blank after "I, the undersigned" already was; the blank after "customer of" is the
current provider."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import a4
from tests.loaforms.round36_kit import sentence


@pytest.mark.parametrize(("label", "language", "field"), [
    ("Le/La soussigné(e)", "fr", LoaField.AUTHORIZED_NAME),
    ("The undersigned", "en", LoaField.AUTHORIZED_NAME),
    ("Der/Die Unterzeichnende", "de", LoaField.AUTHORIZED_NAME),
    ("El abajo firmante", "es", LoaField.AUTHORIZED_NAME),
    (", client(e) de", "fr", LoaField.CARRIER),
    ("customer of", "en", LoaField.CARRIER),
    (", cliente di", "it", LoaField.CARRIER),
])
def test_the_undersigned_and_whose_customer(label: str, language: str, field: LoaField) -> None:
    read = classify_in(label, (language,))
    assert read is not None and read.field == field


def _form() -> bytes:
    s = a4("soussigne", "FR", "fr", [], "")
    s.text(40, 790, "MANDAT DE PORTABILITÉ", 13, bold=True)
    s.text(40, 770, "Écrire en majuscules.", 8)
    sentence(s, 40, 730, ["Le/La soussigné(e)", (160, "authorized_name", "soussigne"),
                          ", client(e) de", (140, "carrier", "client de")])
    s.text(40, 710, "autorise le nouvel opérateur à demander la portabilité de ses numéros.", 8)
    return s.build()[0]


def test_the_blanks_of_the_sentence_take_the_signer_and_the_carrier() -> None:
    placed = analyse_form(_form(), "form.pdf", country="FR").placements
    by_x = sorted((p.x, p.field) for p in placed if 724 < p.y < 740)
    assert [f for _, f in by_x] == [LoaField.AUTHORIZED_NAME, LoaField.CARRIER], by_x
