"""Text round 12's classes, each a general rule about how bills are written, tried on bills drawn
here with wordings of their own (none a corpus family's strings). The round's theme: generality
by consolidation: one broader rule where several narrow ones stood."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.context import Context, classify
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

_NAME = "Juniper Hollow Bakery"
_ACCOUNT = "6403-2218-75"
_BTN = "+14065550162"
_SITE = Address(line1="48 Spruce Ave", line2="Ste 2", city="Livingston", state="MT",
                postal_code="59047")
_MAIL = [(40, 100, _NAME, 9), (40, 112, "PO Box 771", 9), (40, 124, "Livingston, MT 59047", 9)]
_LINES = [(40, 200, "B:Your Lines", 10), (44, 214, "406-555-0162", 9),
          (200, 214, "Business Line", 9), (44, 226, "406-555-0177", 9),
          (200, 226, "Business Line", 9)]


def _fields(tmp_path: Path, *pages: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", *pages)))


def _verdict(fields: BillFields, field: str, **typed: object) -> Verdict:
    values: dict[str, object] = {
        "account_name": _NAME, "account_number": _ACCOUNT, "btn": _BTN,
        "losing_carrier": "Larchmont Telephone", "service_address": _SITE,
        "numbers": (CaseNumber(_BTN),)}
    values.update(typed)
    return compare(PortCase(**values), fields).fields[field].verdict  # type: ignore[arg-type]


# -- one table of short label words, for the vocabulary and for the place's context -----------
@pytest.mark.parametrize(("label", "context"), [
    ("Billing No.:", Context.BTN), ("Primary Tel. No.", Context.BTN),
    ("Bill Tel #", Context.BTN), ("Main Tel.", Context.BTN), ("Acct #", Context.ACCOUNT),
    ("Svc Addr", Context.SERVICE), ("No client", Context.NAME)])
def test_a_shortened_label_means_what_its_full_words_mean(label: str, context: Context) -> None:
    assert classify(label) == context


@pytest.mark.parametrize(("date_label", "btn_label"), [
    ("Stmt Dt", "Bill Tel #"), ("Stmt:", "Primary Tel. No."), ("Stmnt Date", "Billing No.:")])
def test_abbreviated_labels_read_their_values(tmp_path: Path, date_label: str,
                                              btn_label: str) -> None:
    """A header short of room abbreviates any word of its labels ('Stmt Dt', 'Bill Tel #'):
    the label is read with its short words spelled out, and its value is that field's."""
    page = [(40, 40, "B:Larchmont Telephone", 16), (380, 40, "Account Number", 8),
            (470, 40, _ACCOUNT, 9), (380, 54, date_label, 8), (470, 54, "11-FEB-26", 9),
            (380, 68, btn_label, 8), (470, 68, "406-555-0162", 9), *_MAIL, *_LINES]
    fields = _fields(tmp_path, page)
    assert str(fields.statement_date) == "2026-02-11"
    assert fields.btn == _BTN
    assert _verdict(fields, "btn") == Verdict.EXACT
    assert _verdict(fields, "btn", btn="+14065550177") == Verdict.MISMATCH


def test_a_number_mark_opening_a_line_is_no_label(tmp_path: Path) -> None:
    """'#' or 'No.' stands for 'number' only after the word it numbers: a unit line '# 5' under
    a street is part of the address, not a label."""
    page = [(40, 40, "B:Larchmont Telephone", 16), (380, 40, "Account Number", 8),
            (470, 40, _ACCOUNT, 9), (380, 54, "Statement Date", 8), (470, 54, "02/11/2026", 9),
            (40, 100, "SERVICE ADDRESS", 8), (40, 112, "48 Spruce Ave", 9), (40, 124, "# 5", 9),
            (40, 136, "Livingston, MT 59047", 9), (300, 100, "MAILING ADDRESS", 8),
            (300, 112, "48 Spruce Ave", 9), (300, 124, "# 5", 9),
            (300, 136, "Livingston, MT 59047", 9)]
    fields = _fields(tmp_path, page)
    assert fields.billing_address is not None and fields.billing_address.line2 == "# 5"
