"""Classes of issue 11 fixed in round 18 (the known open classes first, then round 18's tuning
batches by class): each drawn here in the smallest form or label that has it, in words of its
own (not any round's forms'), and failing on the code before its fix."""

from __future__ import annotations

import pytest

from portdesk.loa.fill import analyse_form
from portdesk.loa.lexicon import reading_in
from portdesk.loa.ticks import _yes_no
from portdesk.loa.tickwords import check_field
from portdesk.loa.tradewords import local_field
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import a4, letter
from tests.loaforms.round5_kit import numbers_table


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


# -- round 18's batches, by class ----------------------------------------------------------------

def _placed(pdf: bytes, country: str) -> list[tuple[str, tuple[float, float, float, float]]]:
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    return [(p.field.value, p.rect) for p in analysis.placements if p.rect is not None]


@pytest.mark.parametrize(("language", "label", "concept"), [
    # the numbers that stay, named before the donor company their sentence ends with
    ("es", "Líneas que se mantienen con la empresa cedente", "remaining_numbers"),
    ("es", "Números que quedan en el proveedor actual", "remaining_numbers"),
    ("et", "Vana operaatori juurde jäävad numbrid", "remaining_numbers"),
    # the date's format printed in its language's letters: the label is still "Date"
    ("hr", "Datum (dd.mm.gggg.)", "date_signed"), ("lv", "Datums (dd.mm.gggg)", "date_signed"),
    ("et", "Kuupäev (pp.kk.aaaa)", "date_signed"),
    # English words no round had: a row's number as "Telephone no.", a town as "Community"
    ("en", "Phone no.", "number"), ("en", "Community / Collectivité", "city"),
    ("en", "Contact telephone no.", "contact_phone"), ("en", "Billing telephone no.", "btn"),
    # the providers and people the first lexicons missed
    ("et", "Sideettevõtja nimi", "carrier"), ("lv", "Operatora nosaukums", "carrier"),
    ("hr", "Dosadašnji operator", "carrier"), ("cy", "Darparwr / Provider", "carrier"),
    ("lv", "Paraksta atšifrējums", "authorized_name"), ("es", "Carácter invocado", "authorized_title"),
    ("lv", "Pilsēta / novads", "city"), ("lv", "Abonenta nosaukums", "account_name"),
    # a second signer, named by its numeral or letter: the case has one
    ("en", "Director 2 / Secretary: signature", "not_ours"), ("en", "Signatory (B)", "not_ours"),
    ("es", "Firmante 2", "not_ours"), ("en", "Director 1: signature", "signature"),
])
def test_round18_wordings(language: str, label: str, concept: str) -> None:
    read = classify_in(label, (language,))
    assert (str(read.field) if read else None) == concept


@pytest.mark.parametrize(("language", "label", "tick"), [
    ("en", "Only those listed / Seulement ceux indiqués", "partial_port"),
    ("en", "Only the ones shown below", "partial_port"),
    ("es", "Todas las líneas del abono", "full_port"), ("es", "Persona humana", "residential"),
    ("es", "Persona jurídica", "business"),
])
def test_round18_ticks(language: str, label: str, tick: str) -> None:
    with reading_in((language,)):
        assert check_field(label) == tick


@pytest.mark.parametrize(("label", "answer"), [("Bydd / Yes", True), ("Oes", True),
                                               ("Na fydd / No", False), ("Nac oes", False),
                                               ("Na data de", None)])
def test_welsh_answers_yes_and_no_in_the_questions_verb(label: str, answer: bool | None) -> None:
    assert _yes_no(label) is answer


@pytest.mark.parametrize(("country", "field"), [("PE", "state"), ("CO", "state"),
                                                ("AR", "suite"), ("CL", "suite")])
def test_departamento_is_the_region_in_peru_and_the_flat_in_argentina(
        country: str, field: str) -> None:
    read = classify_in("Departamento", ("es",))
    assert read is not None and local_field(read.field, read.words, country) == field


@pytest.mark.parametrize(("header", "language"), [("Cód. de área (sin 0)", "es"),
                                                  ("Pozivni broj", "hr"),
                                                  ("Código de ciudad", "es")])
def test_an_area_code_column_in_other_languages_takes_each_rows_area_code(
        header: str, language: str) -> None:
    """'N° | <area code> | Número': the area code in its own cell, the number without it (a
    full number in the number cell misplaces every row)."""
    s = a4("area-code", "FR", language, [], "")
    s.text(40, 770, {"es": "Nombre o razón social", "hr": "Naziv tvrtke"}[language], 9)
    s.widget("name", 200, 766, 250, 15, "account_name")
    s.text(40, 745, {"es": "Operador donante", "hr": "Trenutni operator"}[language], 9)
    s.widget("donor", 200, 741, 250, 15, "carrier")
    slots = s.slot_group(ordered=True)
    numbers_table(s, slots, 40, 720, [(header, 80, "area_code", False),
                                     ({"es": "Número", "hr": "Broj telefona"}[language], 150,
                                      "number", False)], rows=4, row_h=16, head="N°")
    s.text(40, 600, {"es": "Fecha", "hr": "Datum"}[language], 9)
    s.widget("date", 200, 596, 100, 15, "date_signed")
    placed = _placed(s.build()[0], "FR")
    codes = [f for f, r in placed if f == "area_code"]
    assert len(codes) == 4
    assert sum(1 for f, _ in placed if f == "number") == 4


def test_a_label_closed_by_a_bracket_does_not_run_on_into_the_next_blanks() -> None:
    """'Fecha deseada (dd/mm/aaaa)' over one widget, 'Hora' over the next close by: the time is
    no date of ours, and the date widget keeps its own label."""
    s = a4("run-on", "FR", "es", [], "")
    s.text(40, 770, "Nombre o razón social", 9)
    s.widget("name", 200, 766, 250, 15, "account_name")
    s.text(40, 745, "Operador donante", 9)
    s.widget("donor", 200, 741, 250, 15, "carrier")
    s.text(40, 722, "Fecha deseada de portabilidad (dd/mm/aaaa)", 7.5)
    s.widget("wanted", 40, 704, 130, 14, "requested_date")
    s.text(196, 722, "Hora", 7.5)
    s.widget("hour", 196, 704, 60, 14, None)
    s.text(40, 680, "Firma", 9)
    s.widget("signed_on", 200, 676, 100, 15, None)
    fields = _fields(s.build()[0], "FR")
    assert fields.get("wanted") == "requested_date"
    assert "hour" not in fields


def test_an_office_panels_title_governs_all_its_blanks() -> None:
    """'FOR OFFICE USE' over three lines: the first line reads the title as its own label; the
    others ("Due date", "Order no.") are the office's too, whatever their words say."""
    s = letter("office-panel", "US", "en", [], "")
    s.blank("Account holder name:", 40, 720, 400, "account_name")
    s.blank("Account number:", 40, 695, 400, "account_number")
    s.blank("Current carrier:", 40, 670, 400, "carrier")
    s.frame(40, 80, 530, 42)
    s.text(46, 110, "FOR OFFICE USE", 7.5, bold=True)
    for k, label in enumerate(("Ref", "Due date", "Agent")):
        x = 46 + k * 175
        s.rule(x, 96, x + 160)
        s.text(x, 86, label, 6.5)
    placed = _placed(s.build()[0], "US")
    assert not [f for f, r in placed if r[1] < 100]


def test_a_caption_in_the_other_language_is_no_heading_for_the_row_below() -> None:
    """'Mailing address if different' over a line, 'Adresse postale si différente' under it, and
    the next row's 'Contact telephone' / 'Téléphone': the row below is the customer's own."""
    s = letter("bilingual-rows", "CA", "en", [], "")
    rows = [(700, [("Name on account", "Nom au compte", 40, 560)]),
            (664, [("Civic address", "Adresse municipale", 40, 300),
                   ("Mailing address if different", "Adresse postale si différente", 316,
                    560)]),
            (628, [("Town", "Ville", 40, 300), ("Contact telephone", "Téléphone", 316, 430),
                   ("E-mail", "Courriel", 440, 560)])]
    for y, cells in rows:
        for english, french, x, x1 in cells:
            s.text(x, y + 14, english, 7.5, bold=True)
            s.rule(x, y, x1)
            s.text(x, y - 8, french, 6.5)
    placed = _placed(s.build()[0], "CA")
    row = {f for f, r in placed if 620 <= r[1] <= 640 and r[0] > 300}
    assert row == {"contact_phone", "contact_email"}
