"""Classes of issue 11 fixed in round 18 (the known open classes first, then round 18's tuning
batches by class): each drawn here in the smallest form or label that has it, in words of its
own (not any round's forms'), and failing on the code before its fix."""

from __future__ import annotations

from datetime import UTC, datetime

import pypdfium2 as pdfium
import pytest

from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.lexicon import reading_in
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from portdesk.loa.ticks import _yes_no
from portdesk.loa.tickwords import check_field
from portdesk.loa.tradewords import local_field
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import a4, letter
from tests.loaforms.round5_kit import numbered_slots, numbers_table
from tests.loaforms.round14_kit import unicode_a4
from tests.unit.loa.helpers import make_case, widget_values, world_case


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
    ("hr", "Dosadašnji operator", "carrier"), ("cy", "Darparwr Provider", "carrier"),
    ("lv", "Paraksta atšifrējums", "authorized_name"), ("es", "Carácter invocado", "authorized_title"),
    ("lv", "Pilsēta / novads", "city"), ("lv", "Abonenta nosaukums", "account_name"),
    # a second signer, named by its numeral or letter: the case has one
    ("en", "Director 2 / Secretary: signature", "not_ours"), ("en", "Signatory (B)", "not_ours"),
    ("es", "Firmante 2", "not_ours"), ("en", "Director 1: signature", "signature"),
    # an identity number in a signature label's aside: the label still asks for the signature
    ("es", "Firma y sello (sin sello: DNI y cargo del firmante)", "signature"),
    ("hr", "Potpis (za tvrtke uz OIB i pečat)", "signature"),
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


def test_the_name_beside_a_second_signers_signature_is_not_ours() -> None:
    """'Signatory 1: signature | Name' then 'Signatory 2: signature | Name': the case has one
    signer; the second row's name is another person's (normalising drops the numeral)."""
    s = a4("two-signers", "GB", "en", [], "")
    s.blank("Company name:", 40, 760, 555, "account_name")
    s.blank("Account number:", 40, 735, 300, "account_number")
    s.blank("Losing provider:", 40, 710, 300, "carrier")
    for y, who in ((300, "Signatory 1: signature"), (250, "Signatory 2: signature")):
        s.rule(40, y, 250)
        s.text(40, y - 10, who, 8)
        s.rule(260, y, 450)
        s.text(260, y - 10, "Name", 8)
    placed = _placed(s.build()[0], "GB")
    assert [f for f, r in placed if 245 <= r[1] <= 255] == []
    assert ("authorized_name" in [f for f, r in placed if 295 <= r[1] <= 305])


def test_the_town_of_a_po_box_address_is_not_ours() -> None:
    """'Street ____  P.O. Box ____ Town ____' then 'Town ____  Region ____': the first town is
    the postal address's (the case has no P.O. box); the second is the service address's."""
    s = a4("po-box-town", "GB", "en", [], "")
    s.blank("Company name:", 40, 760, 555, "account_name")
    s.blank("Street:", 40, 730, 290, "street")
    s.blank("P.O. Box", 300, 730, 420, None)
    s.blank("Town:", 430, 730, 555, None)
    s.blank("Town:", 40, 705, 290, "city")
    s.blank("Current provider:", 40, 680, 290, "carrier")
    placed = _placed(s.build()[0], "GB")
    towns = [r for f, r in placed if f == "city"]
    assert len(towns) == 1 and towns[0][1] < 710


def test_schedule_a_over_numbered_lines_continues_the_numbers() -> None:
    """'Schedule A' over lines printed 5. to 12.: more numbers, after the first four."""
    s = a4("schedule", "GB", "en", [], "")
    s.blank("Company name:", 40, 760, 555, "account_name")
    s.blank("Losing provider:", 40, 735, 300, "carrier")
    s.text(40, 700, "Numbers to port", 9, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, 680, cols=2, rows=2, col_w=250, first=1)
    s.band(40, 600, 515, "SCHEDULE A", 9)
    numbered_slots(s, slots, 40, 575, cols=2, rows=4, col_w=250, first=5)
    placed = _placed(s.build()[0], "GB")
    assert sum(1 for f, r in placed if f == "number" and r[1] < 590) == 8


def test_a_date_in_words_a_los_dias_del_mes_de() -> None:
    """'En ______, a los ___ días del mes de ________ de 20__': the day, the month, the year's
    two last digits of the signing; the place is not ours."""
    s = a4("a-los-dias", "FR", "es", [], "")
    s.blank("Nombre o razón social:", 40, 760, 555, "account_name")
    s.blank("Prestador donante:", 40, 735, 300, "carrier")
    s.blank("Localidad:", 40, 710, 300, "city")
    s.para(40, 440, "El titular solicita la portación de las líneas indicadas y presta "
           "conformidad para la baja del servicio de dichas líneas con el prestador donante una "
           "vez efectuada la portación.", 515, 7.5)
    y = 400
    x = s.text(40, y, "En", 8.5) + 4
    s.rule(x, y - 2, x + 110)
    x = s.text(x + 114, y, ", a los", 8.5) + 4
    s.rule(x, y - 2, x + 26)
    x = s.text(x + 30, y, "días del mes de", 8.5) + 4
    s.rule(x, y - 2, x + 80)
    x = s.text(x + 84, y, "de 20", 8.5) + 2
    s.rule(x, y - 2, x + 18)
    s.sign_line("Firma del titular", 40, 340, 300, label_below=True)
    analysis = analyse_form(s.build()[0], "form.pdf", country="AR", strict=False)
    parts = sorted(p.part for p in analysis.placements if p.field.value == "date_signed")
    assert parts == ["day", "month", "year2"]


def test_a_paragraphs_one_word_last_line_is_no_heading() -> None:
    """'... the current provider' wrapping its last word "donor." onto a line of its own: no
    heading of the signature block under it (its signer's name is ours)."""
    s = a4("paragraph-tail", "FR", "es", [], "")
    s.blank("Nombre o razón social:", 40, 760, 555, "account_name")
    s.blank("Prestador donante:", 40, 735, 300, "carrier")
    s.blank("Localidad:", 40, 710, 300, "city")
    s.text(40, 420, "El titular autoriza la portación de las líneas indicadas y la baja del "
           "servicio con el prestador", 7.5)
    s.text(40, 411, "donante.", 7.5)
    s.sign_line("Firma", 40, 380, 250, label_below=True)
    s.rule(260, 380, 450)
    s.text(260, 370, "Aclaración", 8)
    placed = _placed(s.build()[0], "AR")
    assert "authorized_name" in [f for f, r in placed if 370 <= r[1] <= 385]


@pytest.mark.parametrize(("phone", "country"), [("Telefon", "EE"), ("Tālrunis", "LV")])
def test_a_bare_phone_in_a_stack_of_the_contacts_rows_is_the_contacts(phone: str,
                                                                      country: str) -> None:
    """Rows of one blank each: contact person, job title, phone, e-mail; the phone between them
    is that person's (no name of the company among those rows)."""
    s = unicode_a4("contact-rows", "FR", "et", [], "")
    s.text(40, 780, "Ettevõtte nimi", 9)
    s.widget("company", 200, 776, 300, 15, "account_name")
    s.text(40, 755, "Praegune operaator", 9)
    s.widget("donor", 200, 751, 300, 15, "carrier")
    for n, label in enumerate(("Kontaktisik", "Ametikoht", phone, "E-post")):
        y = 700 - 20 * n
        s.text(40, y + 4, label, 9)
        s.widget(f"row{n}", 200, y, 300, 15, None)
    fields = _fields(s.build()[0], country)
    assert fields.get("row2") == "contact_phone"


@pytest.mark.parametrize("title", ["AIZPILDA OPERATORS", "AT DDEFNYDD Y SWYDDFA",
                                   "TÄIDAB OPERAATOR", "Udfyldes af udbyderen",
                                   "Spazio riservato all'operatore",
                                   "Συμπληρώνεται από τον πάροχο"])
def test_an_office_panel_titled_in_another_language_is_not_ours(title: str) -> None:
    s = unicode_a4("office-panel-lv", "FR", "lv", [], "")
    s.blank("Uzņēmuma nosaukums:", 40, 760, 555, "account_name")
    s.blank("Pašreizējais operators:", 40, 735, 300, "carrier")
    s.blank("Pilsēta:", 40, 710, 300, "city")
    s.frame(40, 80, 515, 42)
    s.text(46, 110, title, 7.5, bold=True)
    for k, label in enumerate(("Nr.", "Pārnešanas datums", "Pieņēma")):
        x = 46 + k * 170
        s.rule(x, 96, x + 150)
        s.text(x, 86, label, 6.5)
    placed = _placed(s.build()[0], "LV")
    assert not [f for f, r in placed if r[1] < 100]


def test_a_widget_named_for_the_place_of_signature_is_not_ours() -> None:
    """'Luogo' over a widget named "Ort_Unterschrift" (a form translated from German): the
    place it is signed at, never the signature's ink."""
    s = a4("luogo", "DE", "it", [], "")
    s.text(40, 770, "Ragione sociale", 9)
    s.widget("Firma", 200, 766, 300, 15, "account_name")
    s.text(40, 745, "Operatore attuale", 9)
    s.widget("Anbieter", 200, 741, 300, 15, "carrier")
    s.text(40, 720, "Località", 9)
    s.widget("Ort", 200, 716, 300, 15, "city")
    s.text(40, 400, "Luogo", 8)
    s.widget("Ort_Unterschrift", 40, 382, 150, 15, None)
    s.text(200, 400, "Data", 8)
    s.widget("Datum", 200, 382, 100, 15, "date_signed")
    s.sign_line("Firma e timbro", 320, 384, 555, label_below=True)
    fields = _fields(s.build()[0], "CH")
    assert "Ort_Unterschrift" not in fields


def test_a_form_asking_only_for_the_billing_address_takes_the_accounts_address() -> None:
    """'Billing address on the account' and no service address anywhere: a case with no billing
    address of its own writes its (service) address there."""
    s = letter("billing-only", "US", "en", [], "")
    s.text(40, 740, "Business name", 8)
    s.widget("biz", 40, 722, 300, 14, "account_name")
    s.text(40, 700, "Billing street address on the account", 8)
    s.widget("bill_street", 40, 682, 300, 14, "street")
    s.text(40, 660, "City", 8)
    s.widget("bill_city", 40, 642, 150, 14, "city")
    s.text(200, 660, "ZIP code", 8)
    s.widget("bill_zip", 200, 642, 80, 14, "postal_code")
    s.text(40, 620, "Current carrier", 8)
    s.widget("carrier", 40, 602, 200, 14, "carrier")
    filled = fill_form(s.build()[0], values_from_case(make_case()), "bill.pdf").pdf
    got = widget_values(filled)
    assert got["bill_street"].startswith("123 Main Street")
    assert got["bill_city"] == "Springfield" and got["bill_zip"] == "62701"


@pytest.mark.parametrize("footer", ["Please sign page 2", "Rhaid llofnodi tudalen 2", None])
def test_a_uk_page_that_sends_its_signature_to_another_page_gets_no_margin_ink(
        footer: str | None) -> None:
    """UK forms are signed and dated on every page, except that a page saying where it is
    signed ("Please sign page 2") is signed there: no second signature in its own margin."""
    s = a4("sign-page-2", "GB", "en", [], "")
    s.text(40, 780, "Terms of the port", 11, bold=True)
    s.para(40, 760, "The numbers listed below move to the new provider on the agreed day. "
           "Services on them with the old provider end then.", 500, 8)
    if footer:
        s.text(40, 30, f"LOA 1/2   {footer}", 7)
    s.next_page()
    s.sign_line("Signature", 40, 300, 300)
    s.blank("Date", 330, 300, 450, "date_signed")
    filled = fill_form(s.build()[0], values_from_case(world_case("GB")), "uk.pdf").pdf
    ink = typed_to_png("Zoë Dvořák")
    when = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    signed, _where, _notes = place_signature(filled, ink, "Zoë Dvořák", "", when, "uk")
    assert _image_count(signed, 1) == 1
    assert _image_count(signed, 0) == (0 if footer else 1)


def test_a_province_beside_perus_department_is_not_ours() -> None:
    """'Distrito / Provincia / Departamento' in Peru: the department is the region the case
    holds, the province a part of it it does not."""
    s = a4("pe-regions", "FR", "es", [], "")
    s.text(40, 770, "Nombre o razón social", 8)
    s.widget("name", 40, 752, 400, 14, "account_name")
    s.text(40, 730, "Concesionario cedente", 8)
    s.widget("donor", 40, 712, 200, 14, "carrier")
    for k, (label, name) in enumerate((("Distrito", "d"), ("Provincia", "p"),
                                       ("Departamento", "dep"))):
        s.text(40 + 170 * k, 690, label, 8)
        s.widget(name, 40 + 170 * k, 672, 160, 14, None)
    fields = _fields(s.build()[0], "PE")
    assert fields.get("dep") == "state" and "p" not in fields and fields.get("d") == "city"


def test_the_printed_name_beside_the_signature_is_kept_with_the_representatives_name() -> None:
    """'Apellido y nombre' of the representative above, 'Aclaración' beside the signature line
    below: the signer's name goes in both (the one beside the signature as sure as it)."""
    s = a4("aclaracion", "FR", "es", [], "")
    s.blank("Nombre o razón social:", 40, 760, 555, "account_name")
    s.blank("Prestador donante:", 40, 735, 300, "carrier")
    s.band(40, 705, 515, "REPRESENTANTE LEGAL / APODERADO", 9)
    s.blank("Apellido y nombre:", 40, 680, 300, "authorized_name")
    s.sign_line("Firma del titular o representante", 40, 380, 290, label_below=True)
    s.rule(300, 380, 555)
    s.text(300, 370, "Aclaración", 8)
    placed = _placed(s.build()[0], "AR")
    assert [f for f, _r in placed].count("authorized_name") == 2


def _image_count(pdf: bytes, page: int) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(list(doc[page].get_objects(filter=[3], max_depth=3)))
    finally:
        doc.close()


def test_a_filled_widget_keeps_its_border() -> None:
    """A box the form draws with a black frame keeps the frame once filled: the value's
    appearance stream is what a viewer shows, and it drew only the text (the box looked
    unframed beside its empty neighbours)."""
    s = letter("framed", "US", "en", [], "")
    s.text(40, 704, "Account holder name:", 8)
    s.widget("holder", 150, 700, 200, 16, "account_name")
    s.text(40, 674, "Account number:", 8)
    s.widget("acct", 150, 670, 200, 16, "account_number")
    filled = fill_form(s.build()[0], values_from_case(make_case()), "framed.pdf").pdf
    doc = pdfium.PdfDocument(filled)
    try:
        doc.init_forms()
        image = doc[0].render(scale=2, may_draw_forms=True).to_pil().convert("L")
    finally:
        doc.close()
    height = image.size[1]
    # the frame's left edge at x = 150 pt, halfway up the box (y = 708 pt from the bottom)
    column = [image.getpixel((x, height - 2 * 708)) for x in range(2 * 149, 2 * 152)]
    assert min(column) < 100
