"""Classes of issue 11 found when round 17 was opened (the lead's blind score): each drawn here
in the smallest form or label that has it, in words of its own (not round 17's forms'), and
failing on the code before its fix."""

from __future__ import annotations

import pytest

from portdesk.loa.fill import analyse_form
from portdesk.loa.headingwords import OFFICE_USE
from portdesk.loa.lexicon import reading_in
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify_in, normalise
from tests.loaforms.kit import a4, letter
from tests.loaforms.round5_kit import date_parts


def _fields(pdf: bytes, country: str) -> dict[str, str]:
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    return {p.widget or p.target(): p.field.value for p in analysis.placements}


def _placed(pdf: bytes, country: str) -> list[tuple[str, tuple[float, float, float, float]]]:
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    return [(p.field.value, p.rect) for p in analysis.placements if p.rect is not None]


@pytest.mark.parametrize(("language", "label", "concept"), [
    # Icelandic puts the owner after the thing in the genitive: "the phone of the contact" is
    # the contact's phone, not the contact's name (a misplaced name before the fix)
    ("is", "Farsími tengiliðar", "contact_phone"), ("is", "Símanúmer tengiliðar", "contact_phone"),
    ("is", "Tengiliður", "authorized_name"),
    # the number's holder (rétthafi) and the subscriber (áskrifandi) are the customer
    ("is", "Nafn rétthafa símanúmers", "account_name"), ("is", "Fullt nafn áskrifanda", "account_name"),
    ("is", "Nafn undirritanda", "authorized_name"), ("is", "Nafn (með prentstöfum)", "authorized_name"),
    ("is", "Æskilegur flutningsdagur", "requested_date"),
    ("is", "Númer sem haldast hjá fyrri aðila", "remaining_numbers"),
    ("is", "Símanúmer sem á að flytja", "number"),
    ("is", "Núverandi þjónustuaðili númersins", "carrier"),
    # a Lithuanian municipality is an area above the town, as its county is: never the town
    ("lt", "Savivaldybės pavadinimas", "state"), ("lt", "Miestas", "city"),
    # a provider's name caption reads as the carrier; its heading says whose (sections.py)
    ("lt", "Operatoriaus pavadinimas", "carrier"),
])
def test_round17_wordings(language: str, label: str, concept: str) -> None:
    read = classify_in(label, (language,))
    assert (str(read.field) if read else None) == concept


@pytest.mark.parametrize(("label", "tick"), [
    ("Aðeins eftirfarandi númer", "partial_port"), ("Öll númer á reikningnum", "full_port")])
def test_icelandic_ticks_say_which_numbers_move(label: str, tick: str) -> None:
    with reading_in(("is",)):
        assert check_field(label) == tick


@pytest.mark.parametrize(("heading", "office"), [
    ("Von der Nordnetz AG auszufüllen", True), ("Durch den Vertrieb auszufüllen", True),
    ("Vom Kunden auszufüllen", False), ("Von dem Anschlussinhaber auszufüllen", False)])
def test_a_panel_filled_in_by_the_provider_in_german_is_the_offices(heading: str,
                                                                    office: bool) -> None:
    """"Von <provider> auszufüllen": the provider's own panel; by the customer: ours."""
    assert bool(OFFICE_USE.search(normalise(heading))) is office


def test_blanks_in_a_german_panel_filled_in_by_the_provider_stay_empty() -> None:
    """A framed "Von Nordnetz auszufüllen" panel top right with "Kundennummer": the provider's
    own customer number, not the customer's account with the current provider."""
    s = a4("von-x-auszufuellen", "DE", "de", [], "")
    s.frame(330, 740, 230, 60)
    s.text(336, 790, "Von Nordnetz auszufüllen", 7, bold=True)
    s.text(336, 772, "Kundennummer", 7)
    s.widget("nn_kunde", 420, 768, 130, 13, None)
    s.text(336, 752, "Vorgang", 7)
    s.widget("nn_vorgang", 420, 748, 130, 13, None)
    s.text(40, 700, "Name des bisherigen Anbieters", 8)
    s.widget("anbieter", 200, 696, 200, 14, "carrier")
    s.text(40, 675, "Kundennummer beim bisherigen Anbieter", 8)
    s.widget("kdnr", 200, 671, 200, 14, "account_number")
    s.text(40, 650, "Firma bzw. Name, Vorname", 8)
    s.widget("name", 200, 646, 200, 14, "account_name")
    fields = _fields(s.build()[0], "DE")
    assert fields.get("kdnr") == "account_number"
    assert "nn_kunde" not in fields and "nn_vorgang" not in fields


def test_a_bilingual_office_panel_title_governs_its_blanks() -> None:
    """"Sólo para uso de la compañía / For company use only": a title printed in two languages
    is longer than a heading in one, and still the office panel's; its "Representante de ventas" line
    is not the signer's."""
    s = letter("bilingual-office", "US", "es", [], "")
    s.blank("Nombre del cliente / Customer name:", 40, 720, 500, "account_name")
    s.blank("Compañía actual / Current carrier:", 40, 695, 500, "carrier")
    s.blank("Número de cuenta / Account number:", 40, 670, 500, "account_number")
    s.frame(40, 80, 530, 42)
    s.text(46, 110, "Para uso de Isla Fibra Comunicaciones / For Isla Fibra Comunicaciones use only", 7.5,
           bold=True)
    for k, label in enumerate(("Representante de ventas / Sales representative", "Orden / Order",
                                 "Recibido / Received")):
        x = 46 + k * 175
        s.rule(x, 96, x + 160)
        s.text(x, 86, label, 6.5)
    placed = _placed(s.build()[0], "US")
    assert not [f for f, r in placed if r[1] < 100]


@pytest.mark.parametrize(("language", "label", "captions"), [
    ("en", "Requested port date", ("day", "month", "year")),
    ("is", "Óskaður flutningsdagur", ("dagur", "mánuður", "ár")),
    ("es", "Fecha deseada de portabilidad", ("día", "mes", "año"))])
def test_date_boxes_captioned_in_words_take_their_parts(
        language: str, label: str, captions: tuple[str, str, str]) -> None:
    """Three small boxes captioned in words of the form's language, not "DD MM YYYY": each
    takes its part of the date its label names."""
    s = a4(f"date-words-{language}", "FR", language, [], "")
    s.text(40, 770, {"en": "Customer name", "is": "Nafn rétthafa",
                     "es": "Nombre del titular"}[language], 9)
    s.widget("name", 200, 766, 250, 15, "account_name")
    s.text(40, 740, {"en": "Current provider", "is": "Núverandi þjónustuaðili og netfang",
                     "es": "Operador donante"}[language], 9)
    s.widget("donor", 200, 736, 250, 15, "carrier")
    s.text(40, 725, {"en": "Service address", "is": "Heimilisfang og póstnúmer",
                     "es": "Domicilio de la línea"}[language], 9)
    s.widget("street", 200, 721, 250, 15, "service_address")
    s.text(40, 704, label, 8)
    s.text(40, 660, {"en": "Please port the numbers of the account holder to us.",
                     "is": "Ég óska eftir að númerin verði flutt og að þjónustu verði sagt upp.",
                     "es": "Solicito la portabilidad de los números del titular."}[language], 8)
    date_parts(s, 200, 700, [(captions[0], 22, "requested_day"),
                             (captions[1], 22, "requested_month"),
                             (captions[2], 36, "requested_year")], h=14, sep=".")
    placed = sorted((r[0], f) for f, r in _placed(s.build()[0], "FR") if 690 < r[1] < 720)
    assert [f for _x, f in placed] == ["requested_date"] * 3


@pytest.mark.parametrize(("language", "label", "concept"), [
    # a Slovenian subscription's number with the donor is the account
    ("sl", "Številka naročniškega razmerja", "account_number"),
    # the customer's contract or account with the donor, named both ways
    ("es", "Nro. de cuenta o contrato", "account_number"),
    ("es", "No. de contrato con el operador donante", "account_number"),
    # a date's format printed in each of a bilingual label's languages: still the one date
    ("en", "Fecha de firma (dd/mm/aaaa) / Date signed (dd/mm/yyyy)", "date_signed"),
    ("es", "Fecha (dd-mm-aaaa) / Date (dd-mm-yyyy)", "date_signed"),
])
def test_round17_wordings_second_batch(language: str, label: str, concept: str) -> None:
    read = classify_in(label, (language,))
    assert (str(read.field) if read else None) == concept


@pytest.mark.parametrize(("language", "label", "tick"), [
    ("sl", "Pravna oseba ali samostojni podjetnik", "business"),
    ("sl", "Prenesite vseh mojih številk", "full_port"),
    ("en", "Commercial", "business"), ("en", "Negocio / Business", "business"),
    ("en", "Hogar / Residential", "residential"),
])
def test_round17_ticks(language: str, label: str, tick: str) -> None:
    with reading_in((language,)):
        assert check_field(label) == tick


def test_a_value_printed_on_the_line_before_is_no_label_for_the_next_line() -> None:
    """Lines captioned under them, one with its answer printed on it ("Ontario" in the
    province blank): the next line's label is its own caption, not that printed value."""
    s = letter("printed-value", "CA", "en", [], "")
    s.blank("Customer name", 40, 720, 500, "account_name")
    for x, x1, caption in ((40, 200, "Town"), (210, 320, "Province"), (330, 430, "Postal code"),
                           (440, 570, "Driver licence (last 4)")):
        s.rule(x, 690, x1)
        s.text(x, 682, caption, 6.5)
    s.text(214, 693, "Ontario", 9)
    s.blank("Current carrier", 40, 650, 500, "carrier")
    placed = {f: r for f, r in _placed(s.build()[0], "CA")}
    assert "postal_code" in placed and 320 < placed["postal_code"][0] < 340


def test_the_last_line_of_a_paragraph_in_two_columns_is_no_heading() -> None:
    """An authorisation printed in Spanish | English side by side: the English column's short
    last line ("... the current carrier.") heads nothing; the "Title" line under it is ours."""
    s = letter("two-columns", "US", "es", [], "")
    s.blank("Nombre del cliente / Customer name", 40, 720, 500, "account_name")
    s.blank("Compañía actual / Current carrier", 40, 695, 500, "carrier")
    es = ["Autorizo a Isla Fibra a solicitar a mi compañía actual la portabilidad de",
          "los números indicados y la cancelación de esos servicios con la compañía",
          "actual, y acepto cualquier saldo pendiente."]
    en = ["I authorize Isla Fibra to ask my current carrier to port the numbers listed",
          "above and to cancel those services; any balance still owed remains mine with",
          "the current carrier."]
    for k, (a, b) in enumerate(zip(es, en, strict=True)):
        s.text(40, 640 - k * 10, a, 7)
        s.text(320, 640 - k * 10, b, 7)
    s.rule(40, 580, 300)
    s.text(40, 572, "Firma del cliente / Customer signature", 6.5)
    s.rule(320, 580, 570)
    s.text(320, 572, "Fecha / Date", 6.5)
    s.rule(40, 545, 300)
    s.text(40, 537, "Nombre en letra de molde / Printed name", 6.5)
    s.rule(320, 545, 570)
    s.text(320, 537, "Título / Title", 6.5)
    placed = [f for f, r in _placed(s.build()[0], "US") if r[0] > 310 and 540 < r[1] < 560]
    assert placed == ["authorized_title"]
