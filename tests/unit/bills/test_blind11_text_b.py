"""Blind11 text classes (second half), each a general rule about how bills are written, tried on
bills drawn here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.issuername import name_words
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn

_MATCHES = (Verdict.EXACT, Verdict.EQUIVALENT)


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


# -- an address printed as a form, its labels in French with their accents ------------------
_FORM_HEAD = [(40, 40, "B:Réseau Boréal", 18), (400, 40, "Numéro de compte", 8),
              (480, 40, "4471 220 9", 8), (400, 52, "Date de facturation", 8),
              (480, 52, "12 mars 2026", 8),
              (40, 130, "Boulangerie des Cèdres", 10), (40, 142, "C.P. 2210", 10),
              (40, 154, "Rimouski (Québec) G5L 7C3", 10)]


@pytest.mark.parametrize(("city_label", "unit_label"), [
    ("Municipalité", "Bureau/app."), ("Localité", "App. / bureau"), ("Ville", "Suite/Unit")])
def test_a_form_address_with_accented_labels_is_read(tmp_path: Path, city_label: str,
                                                      unit_label: str) -> None:
    """'Adresse de service' over rows 'Rue / Bureau/app. / Municipalité / Province / Code
    postal', each value beside its label: the rows are one address, the accented French label
    a city's, two unit words one unit row's."""
    form = [(330, 120, "B:Adresse de service", 9),
            (330, 134, "Rue", 8), (400, 134, "218, rue des Érables", 9),
            (330, 148, unit_label, 8), (400, 148, "bureau 4", 9),
            (330, 162, city_label, 8), (400, 162, "Rimouski", 9),
            (330, 176, "Province", 8), (400, 176, "QC", 9),
            (330, 190, "Code postal", 8), (400, 190, "G5L 2K8", 9)]
    fields = _read(tmp_path, [*_FORM_HEAD, *form])
    assert fields.service_address is not None
    assert fields.service_address.line1 == "218, rue des Érables"
    assert fields.service_address.line2 == "bureau 4"
    assert fields.service_address.city == "Rimouski"
    assert fields.service_address.postal_code == "G5L 2K8"


# -- a carrier's name with accents, and a domain spelling the head of its naming words -------
def test_an_accented_letter_is_its_plain_letter_in_a_carriers_name() -> None:
    assert name_words("Câble Brûlé Réseaux") == ["cable", "brule", "reseaux"]


def _unlisted_bill(tmp_path: Path) -> Path:
    return drawn.draw(tmp_path / "b.pdf", [
        (40, 40, "B:brûlé", 24), (400, 40, "Votre facture", 10),
        (40, 64, "Câble Brûlé Réseaux inc. · brule.ca", 8),
        (400, 80, "No de client", 8), (480, 80, "310 552 781", 8),
        (400, 92, "Date de facturation", 8), (480, 92, "3 avril 2026", 8),
        (40, 130, "Atelier Lavoie", 10), (40, 142, "C.P. 818", 10),
        (40, 154, "Amos (Québec) J9T 3A3", 10),
        (40, 600, "Veuillez détacher cette partie et la joindre à votre paiement.", 8),
        (60, 630, "Câble Brûlé Réseaux inc.", 9), (60, 642, "44, avenue Centrale", 9),
        (60, 654, "Amos (Québec) J9T 1A1", 9),
        (360, 630, "Atelier Lavoie", 9), (360, 642, "C.P. 818", 9),
        (360, 654, "Amos (Québec) J9T 3A3", 9)])


def _carrier_verdict(path: Path, typed: str) -> Verdict:
    case = PortCase(account_name="Atelier Lavoie", account_number="310 552 781",
                    losing_carrier=typed)
    return compare(case, extract_fields(read_bill(path))).fields["carrier"].verdict


@pytest.mark.parametrize("typed", ["Câble Brûlé Réseaux", "Cable Brule Reseaux"])
def test_the_legal_name_of_an_unlisted_carrier_is_its_sender(tmp_path: Path, typed: str) -> None:
    """The legal line with its web domain ('brule.ca' spells 'Brûlé', the head of the name's
    naming words once the line of business 'Câble' is set aside), the stub's company line and
    the wordmark agree: the legal name typed is the sender, with or without its accents."""
    assert _carrier_verdict(_unlisted_bill(tmp_path), typed) in _MATCHES


def test_a_carrier_whose_naming_words_the_domain_does_not_head_stays_a_question(
        tmp_path: Path) -> None:
    """'Réseaux Brûlé' puts the domain's word second: no sign names it, never a match."""
    assert _carrier_verdict(_unlisted_bill(tmp_path), "Réseaux Nordet") not in _MATCHES


# -- the case names its carrier with another of its names ------------------------------------
def _larkspur(tmp_path: Path) -> Path:
    return drawn.draw(tmp_path / "b.pdf", [
        (40, 40, "B:Larkspur Voice", 18), (400, 40, "Account Number", 8), (480, 40, "55120-88", 8),
        (400, 52, "Statement Date", 8), (480, 52, "March 4, 2026", 8),
        (40, 130, "Osprey Ridge Bakery", 10), (40, 142, "PO Box 4471", 10),
        (40, 154, "Dayton, OH 45402", 10),
        (40, 700, "Please make checks payable to Larkspur Voice Inc.", 7),
        (40, 712, "larkspurvoice.com", 7)])


@pytest.mark.parametrize("typed", ["Wrenfield (formerly Larkspur Voice)",
                                   "Wrenfield, formerly Larkspur Voice",
                                   "Larkspur Voice, a Verizon company",
                                   "Larkspur Voice, a division of Rogers Communications"])
def test_a_carrier_typed_with_another_of_its_names_is_the_sender(tmp_path: Path,
                                                                typed: str) -> None:
    """'X (formerly Y)' names one carrier by its name today and its earlier one; 'X, a Y
    company' names it and its owner (here one PortDesk knows, which must not make it that
    owner): the bill's sender under the carrier's name is it."""
    assert _carrier_verdict(_larkspur(tmp_path), typed) == Verdict.EQUIVALENT


@pytest.mark.parametrize("typed", ["Wrenfield (formerly Thistle Telecom)",
                                   "Wrenfield, a Larkspur Voice company"])
def test_another_carrier_typed_with_an_earlier_name_or_owner_is_no_match(tmp_path: Path,
                                                                        typed: str) -> None:
    """Neither name the sender, or the sender only as the owner (the port goes to the brand
    holding the account): never a match."""
    assert _carrier_verdict(_larkspur(tmp_path), typed) not in _MATCHES


# -- 'Civic' before a label --------------------------------------------------------------------
def test_a_civic_address_of_service_heads_the_service_address(tmp_path: Path) -> None:
    """'Civic Address of Service' over an address block: Canada's word for a street address
    qualifies the label without changing it; the heading is no holder's name."""
    fields = _read(tmp_path, [
        (40, 40, "B:Larkspur Voice", 18), (400, 40, "Account Number", 8), (480, 40, "55120-88", 8),
        (40, 110, "Osprey Ridge Bakery", 10), (40, 122, "PO Box 4471", 10),
        (40, 134, "Guelph ON N1H 6J2", 10),
        (330, 100, "Civic Address of Service", 9), (330, 122, "75 Woolwich St", 10),
        (330, 134, "Guelph ON N1H 3V1", 10)])
    assert fields.service_address is not None
    assert (fields.service_address.line1, fields.service_address.postal_code) == (
        "75 Woolwich St", "N1H 3V1")
    assert fields.account_name == "Osprey Ridge Bakery"


# -- two parties' blocks side by side, each under its heading ----------------------------------
@pytest.mark.parametrize("other", ["Sales Agent", "Authorized Dealer", "Referred By"])
def test_a_party_beside_the_customer_is_not_the_customer(tmp_path: Path, other: str) -> None:
    """'Customer' and another party's heading on one line, each over a name and an address:
    the customer's value is the block under its own heading."""
    fields = _read(tmp_path, [
        (40, 40, "B:Larkspur Voice", 18), (400, 40, "Account Number", 8), (480, 40, "55120-88", 8),
        (40, 100, "Customer", 9), (300, 100, other, 9),
        (40, 112, "Osprey Ridge Bakery", 10), (300, 112, "Kettle Point Advisors LLC", 10),
        (40, 124, "410 Brown St", 10), (300, 124, "18 Elm Pl", 10),
        (40, 136, "Dayton, OH 45402", 10), (300, 136, "Xenia, OH 45385", 10)])
    assert fields.account_name == "Osprey Ridge Bakery"
    assert fields.billing_address is not None and fields.billing_address.line1 == "410 Brown St"


def test_a_label_with_its_value_beside_it_keeps_it(tmp_path: Path) -> None:
    """'Customer  Osprey Ridge Bakery' with the address under the label's own column is one
    party: the value right of the label is its value."""
    fields = _read(tmp_path, [
        (40, 40, "B:Larkspur Voice", 18), (400, 40, "Account Number", 8), (480, 40, "55120-88", 8),
        (40, 100, "Customer", 9), (120, 100, "Osprey Ridge Bakery", 10),
        (120, 112, "410 Brown St", 10), (120, 124, "Dayton, OH 45402", 10)])
    assert fields.account_name == "Osprey Ridge Bakery"


# -- a wordmark set over its kind line -------------------------------------------------------
@pytest.mark.parametrize("kind", ["Communications Co-operative", "Telephone Co-op"])
def test_a_wordmark_over_its_kind_line_is_the_carriers_whole_name(tmp_path: Path,
                                                                  kind: str) -> None:
    """'Quillmoor' set large over a small 'Communications Co-operative' at its left edge: one
    name on two lines, told whole even where the bill's other signs say 'Quillmoor' alone."""
    fields = _read(tmp_path, [
        (40, 40, "B:Quillmoor", 26), (40, 56, kind, 9),
        (400, 40, "Account Number", 8), (480, 40, "55120-88", 8),
        (40, 130, "Osprey Ridge Bakery", 10), (40, 142, "PO Box 4471", 10),
        (40, 154, "Listowel ON N4W 5P2", 10),
        (330, 300, "Office 519-595-0000", 8), (330, 312, "quillmoor.ca", 8),
        (40, 700, "Please make cheques payable to Quillmoor.", 7)])
    assert fields.carrier == f"Quillmoor {kind}"


# -- the carrier's contact block, signed by its web address --------------------------------
def _lines_and_block(tmp_path: Path, office: str) -> BillFields:
    return _read(tmp_path, [
        (40, 40, "B:Larkspur Voice", 18), (400, 40, "Account Number", 8), (480, 40, "55120-88", 8),
        (40, 110, "Osprey Ridge Bakery", 10), (40, 122, "PO Box 4471", 10),
        (40, 134, "Guelph ON N1H 6J2", 10),
        (330, 200, "B:Your Lines", 10), (334, 214, "Main line", 8), (430, 214, "519-555-0140", 8),
        (334, 226, "Fax line", 8), (430, 226, "519-555-0141", 8),
        (330, 300, f"Head office {office}", 8), (330, 310, "Toll free 1-888-555-0199", 8),
        (330, 320, "larkspurvoice.ca", 8),
        (40, 700, "Please make cheques payable to Larkspur Voice Inc.", 7)])


def _verdict(fields: BillFields, e164: str) -> Verdict:
    from portdesk.domain.case import CaseNumber

    check = compare(PortCase(account_name="Osprey Ridge Bakery", account_number="55120-88",
                             numbers=(CaseNumber(e164),)), fields)
    assert check.numbers is not None
    return check.numbers.items[0].verdict


def test_a_number_in_the_block_signed_by_the_carriers_web_address_is_the_carriers(
        tmp_path: Path) -> None:
    """'Head office 519-...' over 'Toll free 1-888-...' over the carrier's web address, under
    the lines' column further down: the carrier's contact block, not one of the lines."""
    fields = _lines_and_block(tmp_path, "519-824-7000")
    assert "+15198247000" not in fields.numbers
    assert "+15195550140" in fields.numbers
    assert _verdict(fields, "+15198247000") != Verdict.EXACT


def test_a_number_of_a_listed_exchange_in_that_block_stays_the_customers(tmp_path: Path) -> None:
    fields = _lines_and_block(tmp_path, "519-555-0142")
    assert "+15195550142" in fields.numbers


# -- a number closing another party's block ----------------------------------------------------
def _two_parties(tmp_path: Path, other: str) -> BillFields:
    return _read(tmp_path, [
        (40, 40, "B:Larkspur Voice", 18), (400, 40, "Account Number", 8), (480, 40, "55120-88", 8),
        (40, 100, "Customer", 9), (300, 100, other, 9),
        (40, 112, "Osprey Ridge Bakery", 10), (300, 112, "Kettle Point Advisors LLC", 10),
        (40, 124, "410 Brown St", 10), (300, 124, "18 Elm Pl", 10),
        (40, 136, "Dayton, OH 45402", 10), (300, 136, "Xenia, OH 45385", 10),
        (40, 148, "937-555-0150", 10), (300, 148, "937-555-0177", 10),
        (40, 200, "B:Your Lines", 10), (44, 214, "937-555-0150", 9), (44, 226, "937-555-0151", 9),
        (40, 700, "Please make checks payable to Larkspur Voice Inc.", 7)])


@pytest.mark.parametrize("other", ["Channel Partner", "Your Consultant"])
def test_a_number_closing_another_partys_block_is_not_a_line(tmp_path: Path, other: str) -> None:
    """The phone under the partner's city line, beside the customer's block: the partner's
    number (same exchange as the lines, so only the block can say whose it is)."""
    fields = _two_parties(tmp_path, other)
    assert "+19375550177" not in fields.numbers
    assert {"+19375550150", "+19375550151"} <= set(fields.numbers)
    assert _verdict(fields, "+19375550177") != Verdict.EXACT
