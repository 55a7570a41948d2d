"""Classes of issue 11 found on round 25's held-back forms (the second half: the Bolivian, Sicilian,
Bulgarian and Belgian forms), each drawn here in the smallest form that has it, in words of its
own (not the round's forms'), failing on the code before its fix unless said to be a guard."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round26_kit import dotted
from tests.unit.loa.helpers import make_case


def _analyse(pdf: bytes, country: str) -> FormAnalysis:
    return analyse_form(pdf, "form.pdf", country=country, strict=False)


# -- a signature line's small caption, with the next labelled row close under it ----------------

_SIGN_ROWS = {
    # language: country, who signs (a question), the caption under the signature line, the
    # printed-name row under it
    "es": ("ES", "¿Quién firma este formulario?", "Firma del titular o de su representante",
           "Nombre en letra de imprenta"),
    "en": ("GB", "Who is signing this form?", "Signature of the holder or their representative",
           "Name in block capitals"),
}


def _captioned_sign_line(language: str) -> Sheet:
    country, who, caption, printed = _SIGN_ROWS[language]
    s = a4("sign caption", country, language, [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Portability", 13, bold=True)
    dotted(s, who, 40, 760, 400, "authorized_name")
    s.para(40, 730, "Text of the request, in the form's own words, that the holder signs. " * 2,
           510, 8)
    s.text(40, 680, "." * 90, 8.5)  # the signature line, dots typed in the text layer
    s.text(40, 670, caption, 7)  # its caption in small print under it
    dotted(s, printed, 40, 658, 300, "authorized_name")  # the next row, close under it
    return s


@pytest.mark.parametrize("language", sorted(_SIGN_ROWS))
def test_a_form_that_fills_signs_on_the_line_its_small_caption_names(language: str) -> None:
    """A typed line of dots captioned in small print ("Firma del titular o de su
    representante"), with a labelled row of dots right under the caption: the caption is the
    line's, not a footnote running on into that row (a paragraph runs on in words, not in
    blanks). Read as a footnote, the form had no place to sign: it filled, and signing failed."""
    pdf = _captioned_sign_line(language).build()[0]
    analysis = _analyse(pdf, _SIGN_ROWS[language][0])
    signs = [p for p in analysis.placements if p.field == LoaField.SIGNATURE]
    assert [675 < p.rect[1] < 685 for p in signs if p.rect] == [True], [
        (p.rect, p.evidence) for p in signs]
    filled = fill_form(pdf, values_from_case(make_case()), "form.pdf").pdf
    when = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    signed, where, _notes = place_signature(filled, typed_to_png("José Núñez"), "José Núñez",
                                            "", when, "form")
    assert signed and where


# -- a date's parts: the century printed before the year, or each part named on its left --------


def _date_row(pdf: bytes, country: str, y0: float, y1: float) -> list[tuple[str, str]]:
    return sorted(((str(p.field), p.part) for p in _analyse(pdf, country).placements
                   if p.rect and y0 < p.rect[1] < y1), key=lambda t: t[1])


def test_a_century_printed_before_the_last_of_three_dotted_parts_keeps_them_one_date() -> None:
    """"Fecha deseada ....... / ....... / 20 ......": dots separated by slashes, the century
    printed before the year's dots. The century had broken the row (the whole date went into
    the day's dots, the month's and the year's stayed empty)."""
    s = a4("century", "AR", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Solicitud", 13, bold=True)
    x = dotted(s, "Fecha deseada para el cambio", 40, 700, 190, "requested_day")["rect"][2] + 2
    x = s.text(x, 700, "/", 8.5) + 2
    x = dotted(s, "", x, 700, x + 22, "requested_month")["rect"][2] + 2
    x = s.text(x, 700, "/ 20", 8.5) + 2
    dotted(s, "", x, 700, x + 22, "requested_year2")
    s.sign_line("Firma", 40, 600, 300, label_below=True)
    row = _date_row(s.build()[0], "AR", 695, 705)
    assert row == [("requested_date", "day"), ("requested_date", "month"),
                   ("requested_date", "year2")], row


@pytest.mark.parametrize(("country", "language", "label", "words"), [
    ("MX", "es", "Fecha deseada del cambio:", ("Día", "Mes", "Año")),
    ("AT", "de", "Gewünschter Termin:", ("Tag", "Monat", "Jahr")),
])
def test_blanks_each_named_on_their_left_by_a_date_part_are_that_part(
        country: str, language: str, label: str, words: tuple[str, str, str]) -> None:
    """"... Día ...... Mes ...... Año ......": each part's name printed just left of its own
    blank says which part it takes; the whole date had gone into the day's blank."""
    s = a4("named parts", country, language, [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Formular", 13, bold=True)
    x = s.text(40, 700, label, 8.5) + 8
    for word, fld in zip(words, ("requested_day", "requested_month", "requested_year"),
                         strict=True):
        x = dotted(s, word, x, 700, x + 60, fld)["rect"][2] + 8
    s.sign_line("Firma", 40, 600, 300, label_below=True)
    row = _date_row(s.build()[0], country, 695, 705)
    assert row == [("requested_date", "day"), ("requested_date", "month"),
                   ("requested_date", "year")], row


# -- questions about the current provider: which one serves you, which numbers stay with it -----


@pytest.mark.parametrize(("language", "question", "field"), [
    ("es", "¿Qué compañía le presta hoy el servicio?", LoaField.CARRIER),
    ("es", "¿Quiere mantener alguna línea con su compañía actual?", LoaField.REMAINING_NUMBERS),
    ("it", "Quale gestore le fornisce oggi la linea?", LoaField.CARRIER),
    ("it", "Desidera conservare dei numeri presso il gestore attuale?",
     LoaField.REMAINING_NUMBERS),
    ("fr", "Quel fournisseur vous sert actuellement ?", LoaField.CARRIER),
    ("fr", "Voulez-vous conserver des numéros auprès de l'opérateur actuel ?",
     LoaField.REMAINING_NUMBERS),
    ("pt", "Qual prestadora o serve atualmente?", LoaField.CARRIER),
    ("pt", "Quer conservar alguma linha na operadora atual?", LoaField.REMAINING_NUMBERS),
])
def test_a_question_about_the_current_provider_says_what_it_asks(
        language: str, question: str, field: LoaField) -> None:
    """"Which operator serves you today?" is the current provider; "do you want to keep a
    number with your current operator?" asks the numbers that stay (it had been read as the
    provider its sentence names: the provider written where the numbers go)."""
    read = classify_in(question, (language,))
    assert read is not None and read.field == field, read


@pytest.mark.parametrize(("language", "question", "field"), [
    ("es", "¿Desea conservar su número?", LoaField.CARRIER),  # keeping it by porting: none
    ("es", "¿Con qué operador desea portar hoy?", LoaField.CARRIER),  # the new one: none
    ("fr", "Quel nouvel opérateur choisissez-vous aujourd'hui ?", LoaField.CARRIER),
])
def test_keeping_a_number_by_porting_or_the_new_provider_is_no_such_question(
        language: str, question: str, field: LoaField) -> None:
    """Guard: keeping one's number by porting it names no number that stays, and a question
    about the provider one moves to is not the current provider."""
    read = classify_in(question, (language,))
    assert read is None or read.field not in (field, LoaField.REMAINING_NUMBERS), read
