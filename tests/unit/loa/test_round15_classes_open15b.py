"""Classes round 15 showed once opened (issue 11), Finnish and Czech forms and the Yes / No of
their questions. Each is drawn here in the smallest form that has it, in words of its own (not
the round's forms'), and fails on the code before its fix."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from portdesk.domain.entries import case_from_entry
from portdesk.loa.fields import LoaField, date_format_for, values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.ticks import _yes_no
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify, classify_in
from tests.loaforms.kit import Sheet, a4
from tests.unit.loa.helpers import make_entry, widget_values


def _sheet(name: str, country: str) -> Sheet:
    s = a4(name, country, country.lower(), [], "")
    s.date_formats = ["%d.%m.%Y"]
    return s


def _fields(pdf: bytes, country: str) -> dict[str, str]:
    analysis = analyse_form(pdf, "form.pdf", country=country)
    return {p.widget or p.target(): p.field.value for p in analysis.placements}


def test_a_finnish_paper_form_is_read_not_refused() -> None:
    """A paper form whose every label is Finnish was refused ("no printed label we recognise"):
    Finnish is a language of labels like the others, and its registers are not ours."""
    s = _sheet("fi-paper", "FI")
    s.blank("Asiakkaan nimi", 40, 760, 300, "account_name")
    s.blank("Y-tunnus", 320, 760, 550, None)
    s.blank("Lähiosoite", 40, 730, 300, "street")
    s.blank("Postinumero", 320, 730, 420, "postal_code")
    s.blank("Kotikunta", 430, 730, 550, "city")
    s.blank("Nykyinen operaattori", 40, 700, 300, "carrier")
    s.blank("Sopimusnumero", 320, 700, 550, "account_number")
    s.blank("Pvm", 40, 640, 200, "date_signed")
    s.sign_line("Allekirjoitus", 220, 640, 420)
    s.blank("Nimenselvennys", 40, 600, 300, "authorized_name")
    placed = {p.field.value: p.rect for p in analyse_form(s.build()[0], "form.pdf",
                                                          country="FI").placements}
    assert {"account_name", "street", "postal_code", "city", "carrier",
            "account_number", "authorized_name"} <= set(placed)
    assert not [f for f, r in placed.items()
                if r is not None and r[0] >= 320 and r[1] >= 750]  # Y-tunnus stays empty


@pytest.mark.parametrize(("label", "field"), [
    ("Asiakasnumero nykyisellä operaattorilla", LoaField.ACCOUNT_NUMBER),  # not the carrier
    ("Puhelinnumerot, jotka jäävät vanhalle operaattorille", LoaField.REMAINING_NUMBERS),
    ("Haluttu siirtopäivä", LoaField.REQUESTED_DATE),
    ("Henkilötunnus", "not_ours"),
    ("Paikka", "not_ours"),
    ("Zákaznické číslo u stávajícího operátora", LoaField.ACCOUNT_NUMBER),
    ("Ověřovací kód", LoaField.PIN),
    ("DIČ", "not_ours"),
    ("dne", LoaField.DATE_SIGNED),
])
def test_finnish_and_czech_labels_name_their_value(label: str, field: LoaField | str) -> None:
    reading = classify_in(label, ("fi", "cs"))  # read on a form in these languages only
    assert reading is not None and reading.field == field


def test_a_czech_company_widget_named_firma_and_a_signers_name_widget_named_podpis_are_no_signatures(
        ) -> None:
    """Widgets named 'ObchodniNazevFirma' and 'JmenoOpravnenePodpis' under Czech labels: a
    company's name and the signer's name, not places for the signature image (it was stamped
    into both: stray ink on a legal form)."""
    s = _sheet("cz-widgets", "CZ")
    s.text(40, 770, "Obchodní firma", 8)
    s.widget("ObchodniFirma", 40, 750, 300, 15, "account_name")
    s.text(40, 720, "Funkce", 8)
    s.widget("Funkce", 40, 700, 200, 15, "authorized_title")
    s.sign_line("Podpis", 40, 640, 260, label_below=True)
    s.text(40, 600, "Jméno oprávněné osoby", 8)
    s.widget("JmenoPodpis", 40, 580, 220, 15, "authorized_name")
    fields = _fields(s.build()[0], "CZ")
    assert fields.get("ObchodniFirma") == "account_name"
    assert fields.get("JmenoPodpis") == "authorized_name"
    assert fields.get("Funkce") == "authorized_title"


@pytest.mark.parametrize(("label", "field"), [
    ("Yritys", LoaField.BUSINESS),
    ("Yksityishenkilö", LoaField.RESIDENTIAL),
    ("Právnická osoba", LoaField.BUSINESS),
    ("Fyzická osoba", LoaField.RESIDENTIAL),
    ("Kaikki numerot siirretään", LoaField.FULL_PORT),
    ("Vain seuraavat numerot", LoaField.PARTIAL_PORT),
    ("Všechna čísla na smlouvě", LoaField.FULL_PORT),
    ("Pouze následující čísla", LoaField.PARTIAL_PORT),
])
def test_finnish_and_czech_tick_labels(label: str, field: LoaField) -> None:
    assert check_field(label) == field


@pytest.mark.parametrize(("yes", "no"), [("Kyllä", "Ei"), ("Ano", "Ne")])
def test_a_yes_no_question_in_finnish_or_czech_is_answered(yes: str, no: str) -> None:
    """'Siirretäänkö kaikki numerot?  [ ] Kyllä  [ ] Ei': the boxes answer the question."""
    s = _sheet("yes-no", "FI")
    s.text(40, 700, "Siirretäänkö kaikki numerot?", 8)
    s.checkbox("kylla", 200, 697, "check:full_port", yes)
    s.checkbox("ei", 260, 697, "check:partial_port", no)
    s.blank("Asiakkaan nimi", 40, 760, 300, "account_name")
    fields = _fields(s.build()[0], "FI")
    assert fields.get("kylla") == "full_port"
    assert fields.get("ei") == "partial_port"


@pytest.mark.parametrize("country", ["FI", "CZ", "SK"])
def test_finnish_czech_and_slovak_dates_are_written_with_dots(country: str) -> None:
    assert date_format_for(country) == "%d.%m.%Y"


def _danish_form(town_label: str) -> bytes:
    """A fillable Danish form: grey labels left of widgets named Felt1..; "By" beside the
    postcode, the losing provider as a bare "Selskab" under its section's heading."""
    s = _sheet("dk-widgets", "DK")
    s.text(40, 780, "Fuldmagt til nummerflytning", 12, bold=True)
    rows = (("Firmanavn", "account_name"), ("Adresse", "street"))
    for n, (label, fld) in enumerate(rows):
        s.text(40, 754 - 20 * n, label, 8)
        s.widget(f"Felt{n + 1}", 150, 750 - 20 * n, 400, 15, fld)
    s.text(40, 714, "Postnr.", 8)
    s.widget("Felt3", 150, 710, 70, 15, "postal_code")
    s.text(240, 714, town_label, 8)
    s.widget("Felt4", 290, 710, 260, 15, "city")
    s.text(40, 680, "Nuværende teleselskab (afgivende)", 9, bold=True)
    s.text(40, 664, "Selskab", 8)
    s.widget("Felt5", 200, 660, 350, 15, "carrier")
    s.text(40, 644, "Kundenummer hos nuværende teleselskab", 8)
    s.widget("Felt6", 200, 640, 350, 15, "account_number")
    s.text(40, 610, "Numre der ikke skal flyttes (bliver tilbage):", 8)
    s.widget("Felt7", 40, 590, 510, 15, "remaining_numbers")
    s.text(40, 560, "Dato", 8)
    s.widget("Felt8", 80, 556, 90, 15, "date_signed")
    s.text(40, 530, "Navn med blokbogstaver", 8)
    s.widget("Felt9", 150, 526, 250, 15, "authorized_name")
    s.text(40, 500, "Stilling", 8)
    s.widget("Felt10", 150, 496, 250, 15, "authorized_title")
    return s.build()[0]


def test_a_danish_forms_town_provider_signer_and_numbers_that_stay() -> None:
    """'Postnr. [__]  By [______]': the town is a blank of its own (so the address blank takes
    the street alone, not "street, town": misplaced); "Selskab" under "Nuværende teleselskab" is
    the losing provider; the numbers that stay and the signer in block letters are read."""
    pdf = _danish_form("By")
    fields = _fields(pdf, "DK")
    assert fields.get("Felt4") == "city"
    entry = make_entry(3, service_address={"line1": "Nørregade 7", "city": "København K",
                                           "postal_code": "1165", "country": "DK"})
    got = widget_values(fill_form(pdf, values_from_case(case_from_entry(entry)), "f.pdf").pdf)
    assert "København" in got["Felt4"] and "København" not in got["Felt2"]
    assert fields.get("Felt5") == "carrier"
    assert fields.get("Felt6") == "account_number"
    assert fields.get("Felt7") == "remaining_numbers"
    assert fields.get("Felt9") == "authorized_name"


def test_by_is_a_town_only_on_a_danish_form() -> None:
    """"By: [______]" on an English form is a signer's line, never the town."""
    s = _sheet("en-by", "GB")
    s.text(40, 760, "Customer name", 8)
    s.widget("who", 150, 756, 300, 15, "account_name")
    s.text(40, 730, "Postcode", 8)
    s.widget("pc", 150, 726, 80, 15, "postal_code")
    s.text(40, 700, "By:", 8)
    s.widget("by", 150, 696, 300, 15, None)
    s.text(40, 670, "Date", 8)
    s.widget("when", 150, 666, 90, 15, "date_signed")
    assert _fields(s.build()[0], "GB").get("by") != "city"


def test_danish_tick_for_the_listed_numbers_only() -> None:
    assert check_field("Kun de nedenstående numre") == LoaField.PARTIAL_PORT


@pytest.mark.parametrize(("label", "field"), [
    ("Corporate", LoaField.BUSINESS),
    ("Enterprise / SME", LoaField.BUSINESS),
    ("Transfer all wireless numbers on the account?", LoaField.FULL_PORT),
])
def test_english_ticks_for_a_corporate_subscriber_and_all_mobile_numbers(
        label: str, field: LoaField) -> None:
    assert check_field(label) == field


@pytest.mark.parametrize("label", ["Date of request (DD/MM/YYYY)", "Application date"])
def test_the_date_of_the_application_is_the_signing_date(label: str) -> None:
    """The day the request is made and signed (as "Fecha de solicitud" already is)."""
    reading = classify(label)
    assert reading is not None and reading.field == LoaField.DATE_SIGNED


def _dark_pixels(pdf: bytes, rect: tuple[float, float, float, float]) -> int:
    """Dark pixels the widgets' own appearances draw inside a rectangle of page 1 (at 2x)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        page = doc[0]
        height = page.get_height()
        image = page.render(scale=2, may_draw_forms=True).to_pil().convert("L")
        x0, y0, x1, y1 = rect
        box = image.crop((int(x0 * 2) + 4, int((height - y1) * 2) + 4,
                          int(x1 * 2) - 4, int((height - y0) * 2) - 4))
        return sum(box.histogram()[:100])
    finally:
        doc.close()


@pytest.mark.parametrize("name", ["Dvořák Stavby s.r.o.", "Plain Name Ltd"])
def test_a_value_helvetica_cannot_print_shows_in_a_box_with_a_background_colour(
        name: str) -> None:
    """A box with its own fill colour (/MK /BG, white here) and a name in Czech letters: the
    value was drawn in the box's fill colour, white on white, so the signed form showed an
    empty box where the scorer read a value. It prints in black like a plain name."""
    s = _sheet("bg-box", "CZ")
    s.text(40, 770, "Customer name", 8)
    s.widget("who", 40, 750, 300, 15, "account_name")
    s.text(40, 720, "Date", 8)
    s.widget("when", 40, 700, 100, 15, "date_signed")
    pdf = s.build()[0]
    entry = make_entry(2, account_name=name)
    filled = fill_form(pdf, values_from_case(case_from_entry(entry)), "f.pdf").pdf
    assert widget_values(filled)["who"] == name
    assert _dark_pixels(filled, (40, 750, 340, 765)) > 50


@pytest.mark.parametrize(("label", "answer"), [
    ("Ne", False), ("Ne - jen uvedená čísla", False), ("Ano", True), ("Kyllä", True),
    ("Ei - vain nämä", False), ("Ne pas transférer ce numéro", None)])
def test_czech_no_is_a_whole_word_and_french_ne_pas_no_answer(
        label: str, answer: bool | None) -> None:
    assert _yes_no(label) is answer
