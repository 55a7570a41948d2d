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
from portdesk.loa.vocabulary import NOT_OURS, classify_in
from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round14_kit import unicode_a4
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


# -- two signers' columns; the authorised person's block asked "if different" ------------------


@pytest.mark.parametrize(("language", "country", "ours", "second", "name"), [
    ("fr", "FR", "Signature du client", "Second signataire (le cas échéant)", "Nom en caractères d'imprimerie"),
    ("en", "GB", "Signature of the customer", "Second signatory (where required)",
     "Name in capitals"),
])
def test_the_name_under_a_second_signers_line_in_its_column_is_not_ours(
        language: str, country: str, ours: str, second: str, name: str) -> None:
    """Two signature lines side by side, ours on the left and a second signer's on the right,
    each with "Name in capitals" over a line under it: the right-hand name is the second
    signer's (it had taken the case's signer's name, a stray)."""
    s = a4("two signers", country, language, [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Request", 13, bold=True)
    s.para(40, 760, "The customer asks for the numbers below to be moved. " * 3, 510, 8)
    s.sign_line(ours, 40, 640, 270, label_below=True)
    s.sign_line(second, 300, 640, 550, label_below=True)
    for x0, x1 in ((40, 270), (300, 550)):
        s.text(x0, 608, name, 7)
        s.line_under(x0, 590, x1, None, "name")
    names = sorted(p.rect[0] < 100 for p in _analyse(s.build()[0], country).placements
                   if p.field == LoaField.AUTHORIZED_NAME and p.rect)
    assert names == [True], names  # the left-hand column's only


@pytest.mark.parametrize(("language", "country", "heading", "name"), [
    ("fr", "BE", "PERSONNE HABILITÉE (si différente du titulaire)", "Prénom et nom"),
    ("es", "ES", "PERSONA AUTORIZADA (si es distinta del titular)", "Nombre y apellidos"),
])
def test_a_name_in_the_authorised_persons_block_asked_if_different_is_the_signers(
        language: str, country: str, heading: str, name: str) -> None:
    """"Personne habilitée (si différente du titulaire)" over "Prénom et nom": the person
    acting for the holder is the case's signer (the feminine "différente", "distinta" and the
    words for the authorised person in French and Spanish had not been read, nor a name asked
    in its two parts: the signer's blank took the company's name, a misplaced value)."""
    s = a4("authorised person", country, language, [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Formulaire", 13, bold=True)
    s.band(40, 760, 500, "1. TITULAIRE" if language == "fr" else "1. TITULAR", 8)
    s.text(40, 738, "Raison sociale" if language == "fr" else "Razón social", 7.5)
    s.widget("societe", 40, 720, 300, 15, "account_name")
    s.band(40, 690, 500, heading, 8)
    s.text(40, 668, name, 7.5)
    s.widget("personne", 40, 650, 200, 15, "authorized_name")
    s.sign_line("Signature" if language == "fr" else "Firma", 40, 560, 300, label_below=True)
    found = {p.widget: p.field for p in _analyse(s.build()[0], country).placements}
    assert found.get("personne") == LoaField.AUTHORIZED_NAME, found


# -- a Bulgarian form: its words, the receiving provider's panel, a date format in Cyrillic ------


@pytest.mark.parametrize(("label", "field"), [
    ("Телефон за връзка", LoaField.CONTACT_PHONE),
    ("Основен номер на сметката", LoaField.BTN),
    ("Трите имена на представляващия", LoaField.AUTHORIZED_NAME),
    ("Име на даряващия доставчик", LoaField.CARRIER),
    ("Наименование на приемащия доставчик", NOT_OURS),
])
def test_bulgarian_words_for_the_contact_the_main_number_the_representative_and_providers(
        label: str, field: object) -> None:
    """The contact's phone ("за връзка"), the account's main number, the representative in
    the definite form ("представляващия"), and "доставчик" (provider) beside "оператор": none
    had been read, so a Bulgarian form left them empty or signed the receiving provider's
    panel."""
    read = classify_in(label, ("bg",))
    assert read is not None and read.field == field, read


def test_a_bulgarian_receiving_providers_panel_is_not_signed_and_a_cyrillic_format_dates() -> None:
    """"Попълва се от приемащия доставчик" (completed by the receiving provider) titles a panel
    that is not ours: its "Подпис" box gets no ink; "Дата: [____]" over "ДД.ММ.ГГГГ" is the
    signing date (the format caption in Cyrillic had been taken as the box's label)."""
    s = unicode_a4("bg panel", "BG", "bg", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Заявление", 13, bold=True)
    s.band(40, 770, 515, "1. Абонат", 8)
    s.text(40, 748, "Име на абоната", 8)
    s.widget("abonat", 130, 744, 300, 15, "account_name")
    x = s.text(40, 700, "Подпис:", 8.5) + 4
    s.sign_line("", x, 700, x + 150)
    x = s.text(300, 700, "Дата:", 8.5) + 4
    s.widget("data", x, 696, 80, 15, "date_signed")
    s.text(x, 686, "ДД.ММ.ГГГГ", 5.5)
    s.band(40, 650, 515, "2. Попълва се от приемащия доставчик", 8)
    s.text(40, 628, "Служител", 8)
    s.widget("sluzhitel", 90, 624, 150, 15, None)
    s.text(300, 628, "Подпис", 8)
    s.widget("podpis_op", 340, 624, 150, 15, None)
    found = {p.widget: p.field for p in _analyse(s.build()[0], "BG").placements if p.widget}
    assert found.get("data") == LoaField.DATE_SIGNED, found
    assert found.get("podpis_op") in (None, NOT_OURS), found


# -- tick words with an aside; Italian and Spanish holder, contact and scope words -------------


@pytest.mark.parametrize(("language", "words", "field"), [
    ("es", "Persona jurídica (sociedad)", LoaField.BUSINESS),
    ("it", "la portabilità dei soli numeri indicati sotto", LoaField.PARTIAL_PORT),
])
def test_a_ticks_words_say_its_choice_with_an_aside_and_in_italian(
        language: str, words: str, field: LoaField) -> None:
    """"Persona jurídica (empresa)": the words before the aside name the tick as they would
    alone (the aside had hidden them, so a business customer's box stayed empty); Italian
    "dei soli numeri" chooses the part."""
    from portdesk.loa.lexicon import reading_in
    from portdesk.loa.tickwords import check_field
    with reading_in((language,)):
        assert check_field(words) == field


@pytest.mark.parametrize(("language", "label", "field"), [
    ("es", "Titular", LoaField.ACCOUNT_NAME),
    ("pt", "Titular", LoaField.ACCOUNT_NAME),
    ("it", "Intestatario", LoaField.ACCOUNT_NAME),
    ("it", "Intestatario della linea", LoaField.ACCOUNT_NAME),
    ("it", "Recapito telefonico", LoaField.CONTACT_PHONE),
])
def test_the_holder_alone_and_the_italian_contact_phone_are_read(
        language: str, label: str, field: LoaField) -> None:
    """A bare "Titular" / "Intestatario" before its line is the holder's name (a customer's
    stub that repeats it, an annex's header); "Recapito telefonico" is the contact's phone."""
    read = classify_in(label, (language,))
    assert read is not None and read.field == field, read
