"""The words carriers print beside blanks, in five languages, and the words that say 'not ours'."""

from __future__ import annotations

import pytest

from portdesk.loa.formscan import Word, extract_words, is_leader
from portdesk.loa.language import guess_language
from portdesk.loa.rules import read_rules
from portdesk.loa.script import unreadable_script
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify, provider_role
from tests.loaforms import world


@pytest.mark.parametrize(("text", "expected"), [
    ("Text1", None), ("undefined_6", None), ("Billing Telephone Number (if applicable):", "btn"),
    ("PIN / Passcode:", "pin"), ("Province/Territory:", "state"), ("Zip Code", "postal_code"),
    ("To: (Donor operator)", "carrier"), ("Position in Company (if applicable):",
                                           "authorized_title"),
    ("Customer/Company name:", "account_name"), ("Authorizing Signature:", "signature"),
    ("Name des Kunden:", "account_name"), ("Name des Unterzeichners:", "authorized_name"),
    ("Unterschrift", "signature"), ("Straße und Hausnummer:", "street"), ("PLZ", "postal_code"),
    ("Gewünschtes Portierungsdatum:", "requested_date"), ("Datum:", "date_signed"),
    ("Nom du signataire :", "authorized_name"), ("Raison sociale (RCS) :", "account_name"),
    ("NIP ou Code de verrouillage :", "pin"), ("Fournisseur de service actuel :", "carrier"),
    ("Nom de l'opérateur cédant :", "carrier"), ("Date souhaitée de portage :", "requested_date"),
    ("Naam van de klant:", "account_name"), ("Handtekening voor autorisatie:", "signature"),
    ("Naam ondertekenaar:", "authorized_name"), ("Telefoonnummers (over te dragen):", "number"),
    ("Denominación", "account_name"), ("Operador Donante:", "carrier"), ("Firma y sello", "signature"),
    ("Representante", "authorized_name"), ("Localidad", "city"), ("Número inicial", "number"),
    ("Nombre total de numéros :", "number_count"), ("New BTN (if partial):", "new_btn"),
    ("Numbers that remain with the current carrier:", "remaining_numbers"),
    ("Remaining numbers:", "remaining_numbers"),
    # a negation however far from the numbers: never the box for the numbers that port
    ("Numbers at this site that are NOT to be ported:", "remaining_numbers"),
    ("Numbers you do not want to port", "remaining_numbers"),
    ("Rufnummern, die nicht portiert werden:", "remaining_numbers"),
    ("Nummers die niet worden geporteerd:", "remaining_numbers"),
    ("Números que no se portan:", "remaining_numbers"),
    ("Numéros qui ne seront pas portés :", "remaining_numbers"),
    ("Números a portar (no. 1-10):", "number"), ("Numbers to be ported", "number"),
    ("Nº de cliente en el operador donante", "account_number"),
    ("Losing provider address", "not_ours"), ("Adresse de l'opérateur", "not_ours"),
])
def test_labels_are_recognised_in_five_languages(text: str, expected: str | None) -> None:
    found = classify(text)
    assert (str(found.field) if found else None) == expected


@pytest.mark.parametrize("text", [
    "Umsatzsteuer-Identifikationsnummer:", "Numéro de TVA :", "Btw-nummer:", "CIF",
    "Numéro SIRET (14 caractères) :", "Company Domain:", "Número final (si rango)",
    "Date du déménagement (s'il y a lieu):", "A NE PAS REMPLIR – RESERVE AUX OPERATEURS"])
def test_blanks_that_are_not_ours(text: str) -> None:
    found = classify(text)
    assert found is not None and found.field == "not_ours"


@pytest.mark.parametrize(("text", "role"), [
    ("Von (abgebender Netzbetreiber oder Dienstanbieter):", "losing"),
    ("An (aufnehmender Netzbetreiber oder Dienstanbieter):", "gaining"),
    ("À (Opérateur ou fournisseur de services destinataire) :", "gaining"),
    ("De (Opérateur ou fournisseur de services cédant) :", "losing"),
    ("Van (verzendende Provider of Serviceprovider):", "losing"),
    ("Recipient operator name:", "gaining"), ("Operador Receptor:", "gaining"),
    ("Current provider", "losing"), ("Customer details", None)])
def test_which_provider_a_header_is_about(text: str, role: str | None) -> None:
    assert provider_role(text) == role


@pytest.mark.parametrize(("text", "field"), [
    ("I am transferring all my numbers from my current carrier", "full_port"),
    ("I am only transferring some of my numbers", "partial_port"),
    ("Je transfère tous mes numéros de téléphone", "full_port"),
    ("Je ne transfère que certains de mes numéros", "partial_port"),
    ("Portabilité totale", "full_port"), ("Teilportierung", "partial_port"),
    ("Alle nummers", "full_port"), ("Portabilidad parcial", "partial_port"),
    ("Je transfère des numéros sans frais", "toll_free"), ("Business", "business"),
    ("Residential", "residential"), ("Conference bridges", None)])
def test_tick_box_labels(text: str, field: str | None) -> None:
    found = check_field(text)
    assert (str(found) if found else None) == field


def test_language_of_a_form() -> None:
    for lang in ("de", "fr", "nl", "es"):
        words = [w.text for w in extract_words(world.language_form(lang))]
        assert guess_language(words * 3) == lang


def test_script_we_cannot_read() -> None:
    assert unreadable_script(extract_words(world.cyrillic_form())) == "Cyrillic script"
    assert unreadable_script(extract_words(world.language_form("de"))) == ""


def test_leaders_and_tick_boxes_in_the_text() -> None:
    assert is_leader("_____") and is_leader("……,") and is_leader(".......")
    assert not is_leader("..") and not is_leader("a_b")
    assert Word("\uf06f", 0, 0, 0, 8, 8).is_box and Word("☐", 0, 0, 0, 8, 8).is_box


def test_table_cells_are_read_from_ruled_lines() -> None:
    rules = read_rules(world.cell_table_form(), [0])[0]
    cells = {tuple(round(v) for v in c) for c in rules.cells}
    assert (162, 700, 522, 714) in cells  # "Denominación | ____"
    assert (72, 532, 172, 546) in cells  # first row under "Número inicial"
    assert (72, 380, 322, 460) in cells  # the box to sign in
