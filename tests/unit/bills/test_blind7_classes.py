"""blind7's failure classes on text bills (opened after its blind score), each as a general rule on
a bill drawn for it (drawn.py), with wordings invented here, never the family's strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.issuer import issuer_signs
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn


def _read(tmp_path: Path, *pages: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", *pages)))


def _bill_with_contacts(tmp_path: Path, heading: str, rows: list[tuple[str, str]]) -> BillFields:
    """The customer's block and lines at left, the carrier's contact column at right."""
    contacts: list[drawn.Item] = [(380, 200, heading, 9)]
    contacts += [(380, 214 + 12 * k, f"{label} {number}", 8) for k, (label, number) in
                 enumerate(rows)]
    return _read(tmp_path, [
        (40, 40, "B:Prairie Wind Telecom", 16), (380, 40, "Account Number", 8),
        (480, 40, "55120931", 9),
        (40, 100, "Harbor Light Bakery", 9), (40, 112, "61 Pier Rd", 9),
        (40, 124, "Mystic, CT 06355", 9),
        (40, 200, "Balance forward", 8), (200, 200, "$41.20", 8),
        (40, 214, "Payment received", 8), (200, 214, "$41.20", 8),
        (40, 300, "B:Phone Numbers", 9), (40, 314, "860-555-0131", 9), *contacts])


def _number_verdict(fields: BillFields, e164: str) -> Verdict:
    case = PortCase(account_name="Harbor Light Bakery", account_number="55120931",
                    numbers=(CaseNumber("+18605550131"), CaseNumber(e164)))
    items = compare(case, fields).numbers.items  # type: ignore[union-attr]
    return next(i.verdict for i in items if i.number == e164)


@pytest.mark.parametrize("heading", ["MEMBER SERVICES", "Member Care"])
def test_a_cooperatives_member_desk_lists_its_help_lines(tmp_path: Path, heading: str) -> None:
    """A cooperative calls its help desk "Member Services": the local office number under it
    is the carrier's, never one of the customer's lines (a false match if taken as one)."""
    fields = _bill_with_contacts(tmp_path, heading, [("Dunmore branch", "(570) 342-6600"),
                                                      ("Toll free", "1-877-555-0142")])
    assert "+15703426600" not in fields.numbers
    assert _number_verdict(fields, "+15703426600") != Verdict.EXACT


@pytest.mark.parametrize(("heading", "label"), [
    ("¿Tiene preguntas?", "Oficina central:"), ("Atención al cliente", "Negocios:"),
    ("Ayuda", "Averías:"), ("Para reparaciones", "Sucursal:")])
def test_spanish_help_lines_are_the_carriers(tmp_path: Path, heading: str, label: str) -> None:
    """Puerto Rico and US Hispanic bills head their contact lines in Spanish: a geographic
    number under them is a help line, not one of the account's."""
    fields = _bill_with_contacts(tmp_path, heading, [(label, "787-641-2200")])
    assert "+17876412200" not in fields.numbers
    assert _number_verdict(fields, "+17876412200") != Verdict.EXACT


def _spanish_bill(tmp_path: Path) -> BillFields:
    return _read(tmp_path, [
        (40, 40, "B:Isla Verde Telefónica", 16),
        (330, 40, "Núm. de cuenta:", 8), (480, 40, "48822017", 9),
        (330, 52, "Fecha de emisión:", 8), (480, 52, "7 de octubre del 2025", 9),
        (330, 64, "Teléfono principal:", 8), (480, 64, "787-555-0161", 9),
        (40, 100, "Panadería La Ceiba", 9), (40, 112, "Calle Sol 14", 9),
        (40, 124, "Ponce, PR 00716", 9),
        (40, 200, "B:Números de teléfono", 9), (40, 214, "787-555-0161", 9),
        (40, 226, "787-555-0170 hasta 787-555-0173", 9)])


def test_a_spanish_bills_labels_name_its_fields(tmp_path: Path) -> None:
    """Labels in Spanish ("Núm. de cuenta", "Fecha de emisión", "Teléfono principal") and the
    date written "7 de octubre del 2025" read as the English and French ones do."""
    fields = _spanish_bill(tmp_path)
    assert fields.account_number == "48822017"
    assert str(fields.statement_date) == "2025-10-07"
    assert fields.btn == "+17875550161"


def test_a_spanish_range_of_lines_is_expanded(tmp_path: Path) -> None:
    """"787-555-0170 hasta 787-555-0173" (or "al") is a block of the account's lines."""
    fields = _spanish_bill(tmp_path)
    assert {f"+1787555017{i}" for i in range(4)} <= set(fields.numbers)


@pytest.mark.parametrize(("label", "printed", "meant"), [
    ("Bill Date (DD/MM/YYYY)", "03/11/2025", "2025-11-03"),
    ("Date de facturation (JJ/MM/AAAA)", "25/04/2026", "2026-04-25"),
    ("Statement Date (MM/DD/YYYY)", "03/11/2025", "2025-03-11")])
def test_a_date_label_that_spells_its_order_decides_the_numeric_date(
        tmp_path: Path, label: str, printed: str, meant: str) -> None:
    """A label that says "DD/MM/YYYY" prints the day first: read month first, 03/11 would be a
    wrong date (March) and 25/04 none at all."""
    fields = _read(tmp_path, [(40, 40, "B:Prairie Wind Telecom", 16),
                              (330, 40, "Account Number", 8), (480, 40, "55120931", 9),
                              (330, 52, label, 8), (480, 52, printed, 9),
                              (40, 100, "Harbor Light Bakery", 9), (40, 112, "61 Pier Rd", 9),
                              (40, 124, "Mystic, CT 06355", 9)])
    assert str(fields.statement_date) == meant


@pytest.mark.parametrize("label", ["Company Billing Number", "Customer Account Number",
                                   "Company Main Phone"])
def test_a_name_labels_word_opening_another_label_gives_no_name(
        tmp_path: Path, label: str) -> None:
    """"Company Main Phone  (603) 555-0110": "Company" opens another field's label here; the rest
    of that label ("Main Phone") is never the account holder's name."""
    fields = _read(tmp_path, [(40, 40, "B:Prairie Wind Telecom", 16),
                              (330, 64, label, 8), (480, 64, "(603) 555-0110", 9),
                              (40, 100, "Bill To", 8), (40, 112, "Harbor Light Bakery", 9),
                              (40, 124, "61 Pier Rd", 9), (40, 136, "Mystic, CT 06355", 9)])
    assert fields.account_name == "Harbor Light Bakery"


def test_a_trade_name_over_an_attention_line_stays_part_of_the_name(tmp_path: Path) -> None:
    """"HARBOR LIGHT BAKERY INC" / "DBA Pier Street Sweets" / "Attn: Payables" / street: the
    trade name is the name's second half even when an attention line sits under it."""
    fields = _read(tmp_path, [(40, 40, "B:Prairie Wind Telecom", 16),
                              (330, 40, "Account Number", 8), (480, 40, "55120931", 9),
                              (40, 100, "Harbor Light Bakery Inc", 9),
                              (40, 112, "DBA Pier Street Sweets", 9),
                              (40, 124, "Attn: Payables Dept", 9), (40, 136, "61 Pier Rd", 9),
                              (40, 148, "Mystic, CT 06355", 9)])
    assert fields.account_name == "Harbor Light Bakery Inc DBA Pier Street Sweets"
    case = PortCase(account_name="Harbor Light Bakery Inc DBA Pier Street Sweets",
                    account_number="55120931")
    assert compare(case, fields).fields["account_name"].verdict == Verdict.EXACT


@pytest.mark.parametrize("sentence", [
    "Thank you for choosing Kestrel Valley, your hometown network.",
    "Thanks for choosing Kestrel Valley, the fibre company you can count on."])
def test_a_thank_you_names_the_sender_without_its_apposition(
        tmp_path: Path, sentence: str) -> None:
    """"Thank you for choosing X, your ... provider": the sender is X, not the whole clause."""
    doc = read_bill(drawn.draw(tmp_path / "t.pdf", [
        (380, 40, "Account Number", 8), (480, 40, "55120931", 9),
        (40, 100, "Harbor Light Bakery", 9), (40, 112, "61 Pier Rd", 9),
        (40, 124, "Mystic, CT 06355", 9), (40, 300, sentence, 8)]))
    names = {s.name for s in issuer_signs(BillIndex.of(doc)) if s.kind == "thanks"}
    assert names == {"Kestrel Valley"}


@pytest.mark.parametrize(("street", "city"), [("Avenida Las Palmas 412", "Mayagüez"),
                                              ("Calle Del Sol 27", "Hatillo")])
def test_a_street_numbered_after_its_name_is_a_service_address(
        tmp_path: Path, street: str, city: str) -> None:
    """Puerto Rico writes the number after the street's name ("Avenida Las Palmas 412"): it is
    a street line as surely as "412 Palm Ave"."""
    fields = _read(tmp_path, _page_with_service(street, f"{city}, PR 00680"))
    assert fields.service_address is not None
    assert (fields.service_address.line1, fields.service_address.city) == (street, city)


def _page_with_service(street: str, csz: str) -> list[drawn.Item]:
    return [(40, 40, "B:Prairie Wind Telecom", 16), (330, 40, "Account Number", 8),
            (480, 40, "55120931", 9), (40, 100, "Harbor Light Bakery", 9),
            (40, 112, "61 Pier Rd", 9), (40, 124, "Mystic, CT 06355", 9),
            (330, 100, "Service Address", 8), (330, 112, street, 9), (330, 124, csz, 9)]


def test_a_street_word_near_a_label_word_keeps_the_customers_block(tmp_path: Path) -> None:
    """"Calle Luna 88" reads a letter away from the label "Call": a street line is no label
    unless it spells one, so the name and mailing address above and over it are still read."""
    fields = _read(tmp_path, [(40, 40, "B:Prairie Wind Telecom", 16),
                              (330, 40, "Account Number", 8), (480, 40, "55120931", 9),
                              (40, 100, "Taller Hermanos Vega", 9), (40, 112, "Calle Luna 88", 9),
                              (40, 124, "Arecibo, PR 00612", 9)])
    assert fields.account_name == "Taller Hermanos Vega"
    assert fields.billing_address is not None and fields.billing_address.line1 == "Calle Luna 88"
