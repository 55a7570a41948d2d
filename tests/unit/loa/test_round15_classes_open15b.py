"""Classes round 15 showed once opened (issue 11), Finnish and Czech forms and the Yes / No of
their questions. Each is drawn here in the smallest form that has it, in words of its own (not
the round's forms'), and fails on the code before its fix."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField, date_format_for
from portdesk.loa.fill import analyse_form
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify
from tests.loaforms.kit import Sheet, a4


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
    reading = classify(label)
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
