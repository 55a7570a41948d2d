"""Blind9 text classes, each a general rule tried on bills drawn here with wordings of their own
(none a corpus family's strings): two header cells printed close enough to run into one
segment are two labels; a key in a column of labels is no value of the label left of it; a
bracketed aside after a label is no value; the French customer number without its article;
a heading over a paragraph under a name label is no name; a carrier typed as '<entity> d/b/a
<brand>' is the brand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills import drawn

_NAME = "Kestrel Valley Dental PC"
_ACCOUNT = "88412-07"


def _fields(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    page = [(40, 40, "B:Larkspur Voice", 16),
            (40, 740, "Please make checks payable to Larkspur Voice Inc.", 7), *items]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


def _window(y: float = 150) -> list[drawn.Item]:
    return [(60, y, _NAME, 9), (60, y + 12, "77 Quarry Ln", 9), (60, y + 24, "Dayton, OH 45402", 9)]


@pytest.mark.parametrize(("first", "second"), [("Account No.", "Bill Date"),
                                               ("Acct Number", "Billing Date"),
                                               ("Customer Account", "Invoice Date")])
def test_header_cells_run_together_are_two_labels(tmp_path: Path, first: str,
                                                  second: str) -> None:
    """'Acct #  Billing Date  Due Date' over one row of values, the first two cells printed a
    few points apart: the second label's value is the one under its own words."""
    x2 = 300 + stringWidth(first, "Helvetica", 8) + 5  # one segment to the reader
    items = [(300, 60, first, 8), (x2, 60, second, 8), (470, 60, "Due Date", 8),
             (300, 72, "73015", 9), (x2, 72, "03/14/2026", 9), (470, 72, "04/03/2026", 9),
             *_window()]
    fields = _fields(tmp_path, items)
    assert fields.statement_date == date(2026, 3, 14)
    assert fields.account_number == "73015"


@pytest.mark.parametrize("key", ["Territory", "PO Reference", "Region"])
def test_a_key_in_a_column_of_labels_is_no_value(tmp_path: Path, key: str) -> None:
    """'Bill To        Region   Dana Whitfield' with 'Invoice Date' over 'Region':
    the key belongs to the right-hand column of label-value pairs; the customer is under its
    label."""
    items: list[drawn.Item] = [(380, 70, "Invoice Date", 8), (470, 70, "03/14/2026", 9),
             (380, 84, "Account No.", 8), (470, 84, _ACCOUNT, 9),
             (220, 98, "B:Bill To", 8), (380, 98, key, 8), (470, 98, "Dana Whitfield", 9),
             (220, 110, _NAME, 9), (220, 122, "77 Quarry Ln", 9), (220, 134, "Dayton, OH 45402", 9)]
    fields = _fields(tmp_path, items)
    assert fields.account_name == _NAME


@pytest.mark.parametrize("label", ["Registered 911 Address (E911)", "Emergency Service Address (911)",
                                   "Service Location (911)", "Installation Address (E-911):"])
def test_a_bracketed_aside_after_a_label_is_no_value(tmp_path: Path, label: str) -> None:
    """'Service Location (911)' over the address on one line, the mailing address's own: the
    brackets qualify the label, the address under it is where the service is."""
    items = [(380, 70, "Invoice Date", 8), (470, 70, "03/14/2026", 9),
             (380, 84, "Account No.", 8), (470, 84, _ACCOUNT, 9), *_window(100),
             (40, 200, f"B:{label}", 9), (40, 212, "77 Quarry Ln, Dayton OH 45402", 9)]
    fields = _fields(tmp_path, items)
    assert fields.service_address == Address(line1="77 Quarry Ln", city="Dayton",
                                             state="OH", postal_code="45402")


@pytest.mark.parametrize("label", ["N° client", "No client :", "No. client"])
def test_the_french_customer_number_without_its_article(tmp_path: Path, label: str) -> None:
    """'N° client  30417' on a bill printing no account number of its own: the customer's
    number at the carrier is the account."""
    items = [(380, 70, "Date de facturation", 8), (480, 70, "2026-03-14", 9),
             (380, 84, label, 8), (480, 84, "30417", 9), *_window()]
    assert _fields(tmp_path, items).account_number == "30417"


@pytest.mark.parametrize("heading", ["Account Notices", "Service Updates", "Please Note", "Good To Know"])
def test_a_heading_over_a_paragraph_is_no_name(tmp_path: Path, heading: str) -> None:
    """'Account Holder' over 'Service Updates' over a sentence: a heading of notices, never
    the holder's name, which is in the mailing block."""
    items = [(380, 70, "Invoice Date", 8), (470, 70, "03/14/2026", 9),
             (380, 84, "Account No.", 8), (470, 84, _ACCOUNT, 9),
             (40, 96, "B:Account Holder", 9), (40, 108, heading, 9),
             (40, 120, "Your plan renews each month unless you cancel before the renewal date.", 8),
             *_window(160)]
    assert _fields(tmp_path, items).account_name != heading


# -- a carrier typed with the name it trades under -------------------------------------------------
def _carrier_verdict(tmp_path: Path, typed: str) -> Verdict:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "cox.pdf", drawn.cox_business())))
    case = PortCase(account_name="HARBOR DENTAL GROUP LLC", losing_carrier=typed)
    return compare(case, fields).fields["carrier"].verdict


@pytest.mark.parametrize("typed", ["Harbor Cable Holdings RSA #3 d/b/a Cox Business",
                                   "Pacific Coast Cablevision, LLC dba Cox",
                                   "Ventura County RSA #2 doing business as Cox Communications"])
def test_a_carrier_typed_with_its_trading_name_is_that_carrier(tmp_path: Path,
                                                                 typed: str) -> None:
    """'<legal entity> d/b/a Cox Business': the name after d/b/a is the carrier the case
    means; the bill is from it, so the case names it in another form."""
    assert _carrier_verdict(tmp_path, typed) == Verdict.EQUIVALENT


@pytest.mark.parametrize("typed", ["Harbor Cable Holdings d/b/a Verizon Wireless",
                                   "Cox Enterprises Holdings dba Spectrum"])
def test_a_trading_name_of_another_carrier_is_no_match(tmp_path: Path, typed: str) -> None:
    """The trading name decides: another carrier's, the typed legal entity notwithstanding."""
    assert _carrier_verdict(tmp_path, typed) not in (Verdict.EXACT, Verdict.EQUIVALENT)


# -- the payee on the stub named in full, a co-operative's long legal name -------------------------
_CUSTOMER = [(60, 120, "Granite Peak Outfitters Supply LLC", 9), (60, 132, "PO Box 88", 9),
             (60, 144, "Helena, MT 59601", 9)]


@pytest.mark.parametrize("payee", ["Kettle River Rural Telephone Cooperative, Inc.",
                                   "North Fork Valley Mutual Telephone Company",
                                   "Sage Basin Rural Telephone Cooperative Association"])
def test_the_stubs_payee_with_a_long_legal_name_is_the_sender(tmp_path: Path,
                                                                payee: str) -> None:
    """Under 'detach and return', a five- or six-word name over a PO Box and its town, heading
    no other block: the sender, read without a list of carriers. The customer's own name over
    their PO Box, on the stub as at the top, is never it."""
    items: list[drawn.Item] = [
        (380, 60, "Account No.", 8), (470, 60, _ACCOUNT, 9), (380, 72, "Bill Date", 8),
        (470, 72, "03/14/2026", 9), *_CUSTOMER,
        (40, 600, "Please detach and return this portion with your payment.", 8),
        (40, 630, payee, 9), (40, 642, "PO Box 410", 9), (40, 654, "Lakeview, MT 59001-0410", 9),
        *[(330, y + 510, text, size) for _, y, text, size in _CUSTOMER]]
    page = [(40, 740, "Questions? Call us at 1-800-555-0143.", 7), *items]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "stub.pdf", page)))
    assert fields.carrier == payee.rstrip(".")
