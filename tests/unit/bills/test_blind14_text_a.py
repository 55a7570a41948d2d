"""Blind14 text classes (first half), each a general rule about how bills are written, tried on
bills drawn here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

_MATCH = (Verdict.EXACT, Verdict.EQUIVALENT)


def _bill(street: str = "Calle 7 B-14", stub: str = "Favor de desprender esta parte y enviarla "
          "con su pago.", status: str = "Portada a otra empresa el 02/08/2025") -> list[drawn.Item]:
    """A Spanish bill: the brand at the top, the customer's block with an urbanization line, a
    table of lines with a status column, a footer signed by the legal name, a payment stub."""
    return [(40, 40, "B:ceiba cel", 20), (40, 62, "Ceiba Cel · ceibacel.net", 9),
            (360, 40, "Número de cuenta   8812077", 9), (360, 54, "Fecha   3 de mayo de 2025", 9),
            (60, 100, "Marisol Vega Torres", 10), (60, 112, street, 10),
            (60, 124, "Urb. Villa Carmen", 10), (60, 136, "Caguas, PR 00725-3312", 10),
            (40, 190, "Línea", 9), (200, 190, "Número", 9), (320, 190, "Estado", 9),
            (40, 204, "Casa", 9), (200, 204, "(787) 555-0140", 9), (320, 204, "Activa", 9),
            (40, 218, "Taller", 9), (200, 218, "(787) 555-0151", 9), (320, 218, status, 9),
            (40, 300, "Atlantic Isle Mobile, LLC · 2025-05-03", 8),
            (40, 420, stub, 8),
            (60, 450, "Atlantic Isle Mobile, LLC", 10), (60, 462, "Apartado 90211", 10),
            (60, 474, "San Juan, PR 00902-0211", 10),
            (360, 500, "Marisol Vega Torres", 10), (360, 512, street, 10),
            (360, 524, "Urb. Villa Carmen", 10), (360, 536, "Caguas, PR 00725-3312", 10)]


def _check(tmp_path: Path, page: list[drawn.Item], name: str = "Marisol Vega Torres",
           numbers: tuple[str, ...] = ("+17875550140",)) -> dict[str, Verdict]:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    result = compare(PortCase(account_name=name, losing_carrier="Ceiba Cel",
                              numbers=tuple(CaseNumber(n) for n in numbers)), fields)
    out = {k: c.verdict for k, c in result.fields.items()}
    assert result.numbers is not None
    out.update({i.number: i.verdict for i in result.numbers.items})
    return out


# -- a numbered street with an urbanization's block and lot opens a mailing block ----------------
@pytest.mark.parametrize("street", ["Calle 7 B-14", "Calle 22 #9"])
def test_a_numbered_street_with_block_and_lot_is_a_street_line(tmp_path: Path, street: str) -> None:
    """Puerto Rican addresses name a numbered street, then the block and lot ('Calle 7 B-14'):
    the line opens the customer's mailing block, so the holder's name over it is read."""
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", _bill(street))))
    assert fields.account_name == "Marisol Vega Torres"
    assert fields.billing_address is not None and fields.billing_address.line1 == street


# -- a Spanish payment stub: its other block is the payee -----------------------------------------
def test_a_spanish_stubs_payee_is_no_holder(tmp_path: Path) -> None:
    """'Favor de desprender ... con su pago' is a payment stub's line as 'detach and return' is:
    the name over the box on it is who is paid, never the account holder."""
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", _bill())))
    assert fields.account_name != "Atlantic Isle Mobile, LLC"
    assert fields.billing_address is None or "Apartado" not in fields.billing_address.line1


def test_the_payees_legal_name_typed_as_the_holder_is_no_match(tmp_path: Path) -> None:
    """The stub's payee whose name also signs a footer line as a company does ('X, LLC · date'):
    the sender by two kinds of sign, so typed as the account holder it is never a match."""
    assert _check(tmp_path, _bill(), name="Atlantic Isle Mobile, LLC")["account_name"] not in _MATCH
    assert _check(tmp_path, _bill())["account_name"] == Verdict.EXACT


# -- a Spanish status cell saying a line was ported away ------------------------------------------
@pytest.mark.parametrize("status", ["Portada a otra empresa el 02/08/2025",
                                    "Transferida a otro proveedor", "Dada de baja 01/06/2025"])
def test_a_line_whose_status_says_it_was_ported_away_is_not_the_accounts(
        tmp_path: Path, status: str) -> None:
    """A status cell in Spanish saying the line left ('Portada a otra empresa', 'Dada de baja')
    is the same statement as 'Ported out': the line is no longer the account's."""
    got = _check(tmp_path, _bill(status=status), numbers=("+17875550140", "+17875550151"))
    assert got["+17875550151"] not in _MATCH
    assert got["+17875550140"] == Verdict.EXACT


# -- a customer service record titled by its sender, dated by its run -----------------------------
def _record(title: str) -> list[drawn.Item]:
    rows = [("ACCT", "207-555-0170-12"), ("BTN", "207-555-0170"), ("LN", "HALVORSEN MARINE INC"),
            ("SA", "18 DOCK ST"), ("", "ROCKPORT ME 04856"), ("TN", "207-555-0170 1FB BUS LINE")]
    page: list[drawn.Item] = [(40, 40, title, 10), (40, 54, "RUN 03/14/2026   PG 1 OF 1", 10)]
    for i, (code, value) in enumerate(rows):
        page.extend([(40, 90 + 12 * i, code, 10)] if code else [])
        page.append((90, 90 + 12 * i, value, 10))
    return page


@pytest.mark.parametrize(("typed", "matched"), [("Penobscot Bay Telephone Company", True),
                                                ("Penobscot Bay Telephone", True),
                                                ("Casco Harbor Telecom", False)])
def test_a_records_title_names_its_sender(tmp_path: Path, typed: str, matched: bool) -> None:
    """'<Name> - Customer Service Record' at the top titles the document by its sender, listed
    carrier or not, as 'Your statement from <Name>' does; another name is no match."""
    page = _record("PENOBSCOT BAY TELEPHONE COMPANY - CUSTOMER SERVICE RECORD")
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    check = compare(PortCase(account_name="HALVORSEN MARINE INC", losing_carrier=typed,
                             numbers=(CaseNumber("+12075550170"),)), fields)
    assert (check.fields["carrier"].verdict in _MATCH) is matched


def test_a_records_run_code_dates_it(tmp_path: Path) -> None:
    """A customer service record's 'RUN' field code dates it, as 'RUN DATE' does."""
    page = _record("PENOBSCOT BAY TELEPHONE COMPANY - CUSTOMER SERVICE RECORD")
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert str(fields.statement_date) == "2026-03-14"


# -- a wireless bill's 'Primary place of use' is the service address -----------------------------
@pytest.mark.parametrize("label", ["Primary place of use", "Place of primary use"])
def test_the_primary_place_of_use_is_the_service_address(tmp_path: Path, label: str) -> None:
    """A wireless bill gives the address its lines are used at (the place of primary use, for
    taxes) in either word order: the service address, apart from the mailing box."""
    page: list[drawn.Item] = [
        (40, 40, "B:kona wave", 18), (360, 40, "Account 55021874", 9),
        (60, 100, "Keoni Palakiko", 10), (60, 112, "PO Box 4411", 10),
        (60, 124, "Hilo, HI 96720", 10),
        (40, 170, label, 9), (40, 182, "75-112 Alii Dr, Unit 9, Kailua Kona, HI 96740", 9),
        (40, 220, "Keoni's phone", 9), (250, 220, "(808) 555-0162", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    site = Address(line1="75-112 Alii Dr", line2="Unit 9", city="Kailua Kona", state="HI",
                   postal_code="96740")
    check = compare(PortCase(account_name="Keoni Palakiko", service_address=site,
                             numbers=(CaseNumber("+18085550162"),)), fields)
    assert check.fields["service_address"].verdict == Verdict.EXACT
    assert fields.service_address is not None and fields.service_address.line1 == "75-112 Alii Dr"


# -- 'Co-op' is 'Cooperative' written short --------------------------------------------------------
@pytest.mark.parametrize(("typed", "want"), [("Ridgeway Farmers Co-op", Verdict.EQUIVALENT),
                                             ("Ridgeway Farmers Coop", Verdict.EQUIVALENT),
                                             ("Ridgeway Farmers Cooperative", Verdict.EXACT),
                                             ("Ridgeway Farmers Co", Verdict.MISMATCH)])
def test_co_op_is_cooperative_written_short(tmp_path: Path, typed: str, want: Verdict) -> None:
    """A name's 'Co-op' and 'Cooperative' are one word written short or long, as 'Inc' and
    'Incorporated' are; 'Co' alone is 'Company', another word."""
    page: list[drawn.Item] = [
        (40, 40, "B:Lakeview", 18), (360, 40, "Account 31-0877", 9),
        (360, 54, "Statement date April 2, 2026", 9),
        (60, 100, "Ridgeway Farmers Cooperative", 10), (60, 112, "410 Mill Rd", 10),
        (60, 124, "Lakeview, IA 51450", 10),
        (40, 170, "Main line", 9), (250, 170, "(712) 555-0133", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    check = compare(PortCase(account_name=typed, numbers=(CaseNumber("+17125550133"),)), fields)
    assert check.fields["account_name"].verdict == want
