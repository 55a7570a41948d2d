"""Text round 22's classes, traced on blind19 once it was opened (session 22) and on the splits
before it; each bill here is drawn with wordings and values of its own (none a corpus family's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

MATCH = (Verdict.EXACT, Verdict.EQUIVALENT)
_NAME = "Cedar Hollow Veterinary Clinic"
_LINES = ("+17055550131", "+17055550132")


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _case(**typed: object) -> PortCase:
    base: dict[str, object] = {"account_name": _NAME, "account_number": "880-21734",
                               "numbers": tuple(CaseNumber(n) for n in _LINES)}
    return PortCase(**{**base, **typed})  # type: ignore[arg-type]


# -- the service address only as a row of a table, its province and postal code in two cells ---
def _sites(unit: str, province: str, postal: str) -> list[drawn.Item]:
    return [(40, 40, "B:Muskoka Lakes Tel", 14),
            (380, 60, "Account No.", 8), (470, 60, "880-21734", 8),
            (40, 90, _NAME, 9), (40, 102, "PO Box 418", 9), (40, 114, "Bracebridge ON P1L 1T7", 9),
            (40, 170, "B:Locations served", 10),
            (40, 186, "Site", 7), (90, 186, "Civic address", 7), (230, 186, "Suite", 7),
            (290, 186, "Municipality", 7), (400, 186, "Province", 7), (460, 186, "Postal code", 7),
            (40, 198, "S-01", 8), (90, 198, "118 Birch Point Rd", 8), (230, 198, unit, 8),
            (290, 198, "Port Carling", 8), (400, 198, province, 8), (460, 198, postal, 8),
            (40, 260, "Lines", 8), (140, 260, "705-555-0131", 8), (140, 272, "705-555-0132", 8),
            # a decoy in the customer's own province: where to send equipment back
            (40, 330, "Returning a modem? Mail it to: Depot, 9 Mill St, Gravenhurst ON P1P 1K9", 8)]


@pytest.mark.parametrize(("unit", "postal", "line2"), [("Unit 4", "P0B 1J0", "Unit 4"),
                                                       ("—", "P0B1J0", ""), ("-", "P0B 1J0", "")])
def test_an_address_only_in_a_table_row_is_found_in_its_cells(
        tmp_path: Path, unit: str, postal: str, line2: str) -> None:
    """Street | unit | municipality | province | postal code in cells of one row under a table
    header: the typed address is the row's, never a mismatch with a decoy elsewhere; a unit cell
    printed as a dash is empty."""
    fields = _read(tmp_path, _sites(unit, "ON", postal))
    typed = Address("118 Birch Point Rd", line2, "Port Carling", "ON", "P0B 1J0")
    got = compare(_case(service_address=typed), fields).fields["service_address"]
    assert got.verdict in MATCH, got
    other = Address("118 Birch Point Rd", line2, "Port Carling", "ON", "P0B 1J4")
    assert compare(_case(service_address=other),
                   fields).fields["service_address"].verdict not in MATCH
    assert fields.service_address is not None
    assert fields.service_address.line1 == "118 Birch Point Rd"
    assert fields.service_address.line2 == line2


# -- the carrier read from the bill's own structure, no list entry --------------------------------
def _stub(payee_label: str, payee: str) -> list[drawn.Item]:
    return [(40, 600, "Please return this portion with your payment.", 7),
            (60, 630, payee_label, 8), (60, 642, payee, 8), (60, 654, "PO Box 77", 8),
            (60, 666, "Gravenhurst ON P1P 1T9", 8),
            (360, 630, "Account No.", 8), (450, 630, "880-21734", 8)]


def _holder() -> list[drawn.Item]:
    return [(380, 60, "Account No.", 8), (470, 60, "880-21734", 8),
            (380, 72, "Bill Date", 8), (470, 72, "March 3, 2026", 8),
            (40, 110, _NAME, 9), (40, 122, "PO Box 418", 9), (40, 134, "Bracebridge ON P1L 1T7", 9),
            (40, 200, "Lines", 8), (140, 200, "705-555-0131", 8), (140, 212, "705-555-0132", 8)]


@pytest.mark.parametrize("mark", ["·", "|", "•"])
def test_a_lockup_line_going_on_after_a_dot_ends_the_wordmarks_name_at_the_dot(
        tmp_path: Path, mark: str) -> None:
    """'Kestrel' set large over 'Telecom · Kestrel Valley Telephone Company Ltd.': the kind word
    before the dot is the lockup's, the legal name after it another fact of the line."""
    fields = _read(tmp_path, [(40, 30, "B:Kestrel", 26),
                              (40, 50, f"Telecom {mark} Kestrel Valley Telephone Company Ltd.", 7),
                              *_holder()])
    assert fields.carrier == "Kestrel Telecom"
    got = compare(_case(losing_carrier="Kestrel Telecom"), fields).fields["carrier"]
    assert got.verdict in MATCH, got


def test_the_typed_name_set_as_the_letterheads_lockup_is_the_sender_whatever_was_extracted(
        tmp_path: Path) -> None:
    """'Kestrel' set larger than the body over a small 'Telecom' at the head of page 1, the
    remit-to line naming the legal entity: the typed lockup is the sender (exact), another
    kind word after the same head is not shown to be."""
    fields = _read(tmp_path, [(40, 30, "B:Kestrel", 13), (40, 44, "Telecom", 7), *_holder(),
                              *_stub("Remit to:", "Kestrel Valley Telephone Company Ltd."),
                              (40, 700, "Payments: Remit to: Kestrel Valley Telephone Company "
                               "Ltd., PO Box 77", 7)])
    got = compare(_case(losing_carrier="Kestrel Telecom"), fields).fields["carrier"]
    assert got.verdict in MATCH, got
    other = compare(_case(losing_carrier="Kestrel Wireless"), fields).fields["carrier"]
    assert other.verdict not in MATCH, other


@pytest.mark.parametrize("label", ["Remettre à :", "Veuillez retourner ce coupon à :",
                                   "Remitir a:", "Envíe su pago a:"])
def test_a_french_or_spanish_payee_label_names_the_sender(tmp_path: Path, label: str) -> None:
    """The stub's payee under a French or Spanish label ('Remettre à :') names the sender, a
    long name with its small words ('de', 'la') and all; the short wordmark over it ('Rivière-
    Ouelle') is that name's short form: the carrier is the whole name."""
    legal = "La Coopérative de Téléphone de Rivière-Ouelle"
    fields = _read(tmp_path, [(40, 30, "B:Rivière-Ouelle", 24), *_holder(),
                              *_stub(label, legal)])
    assert fields.carrier == legal
    got = compare(_case(losing_carrier=legal), fields).fields["carrier"]
    assert got.verdict in MATCH, got


# -- the account holder: what the bill prints near a label word is not always the label's value --
@pytest.mark.parametrize(("closing", "signed"), [("Sincerely,", "Customer Care"),
                                                  ("Yours truly,", "Customer Relations"),
                                                  ("Cordialement,", "Client Services")])
def test_the_line_signing_a_letter_is_no_holder_label_with_its_value(
        tmp_path: Path, closing: str, signed: str) -> None:
    """A cover letter signed 'Sincerely, / Customer Care': the signature's first word is a
    holder label's word, the rest no holder's name; the holder is the envelope block's."""
    fields = _read(tmp_path, [(40, 30, "B:Kestrel Telecom", 18), *_holder(),
                              (40, 260, "Dear Customer,", 9),
                              (40, 276, "Your statement follows on the next page.", 9),
                              (40, 300, closing, 9), (40, 312, signed, 9)])
    assert fields.account_name == _NAME
    got = compare(_case(), fields).fields["account_name"]
    assert got.verdict in MATCH, got


@pytest.mark.parametrize("label", ["Member", "Member name", "MEMBER"])
def test_a_cooperatives_member_label_over_the_name_labels_the_holder(
        tmp_path: Path, label: str) -> None:
    """'Member' over 'Birch & Birch Outfitters Incorporated' over the street: a cooperative's
    holder is its member; the label is no first line of the name."""
    name = "Birch & Birch Outfitters Incorporated"
    fields = _read(tmp_path, [(40, 30, "B:Kestrel Telecom", 18),
                              (380, 60, "Account No.", 8), (470, 60, "880-21734", 8),
                              (40, 100, label, 8), (40, 112, name, 9),
                              (40, 124, "Attn: Accounts Payable", 9),
                              (40, 136, "412 Mill Rd", 9), (40, 148, "Huntsville ON P1H 2J4", 9),
                              (40, 200, "Lines", 8), (140, 200, "705-555-0131", 8)])
    assert fields.account_name == name
    got = compare(_case(account_name=name), fields).fields["account_name"]
    assert got.verdict == Verdict.EXACT, got


# -- the account masked at the top, whole on the stub -----------------------------------------
@pytest.mark.parametrize("masked", ["XXXX-XX-7731", "•••• •• 7731", "*** 7731"])
def test_a_masked_account_beside_its_full_reading_is_read_whole(
        tmp_path: Path, masked: str) -> None:
    """The top of the page hides the account's head ('XXXX-XX-7731'), the stub prints it whole
    ('5520-41-7731'): the account is the full reading, and a digit typed wrong is a mismatch."""
    fields = _read(tmp_path, [(40, 30, "B:Kestrel Telecom", 18),
                              (380, 60, "Account No.", 8), (470, 60, masked, 8),
                              (40, 110, _NAME, 9), (40, 122, "PO Box 418", 9),
                              (40, 134, "Bracebridge ON P1L 1T7", 9),
                              (40, 200, "Lines", 8), (140, 200, "705-555-0131", 8),
                              (360, 630, "Account No.", 8), (450, 630, "5520-41-7731", 8)])
    assert fields.account_number == "5520-41-7731"
    got = compare(_case(account_number="5520-41-7731"), fields).fields["account_number"]
    assert got.verdict == Verdict.EXACT, got
    wrong = compare(_case(account_number="5520-47-7731"), fields).fields["account_number"]
    assert wrong.verdict == Verdict.MISMATCH, wrong
