"""The desk's bill use cases with the case-first check: another customer's bill is refused whole,
"Use bill value" copies the check's confident reading, the rows carry the check's evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.errors import OtherCustomersBill
from portdesk.config import Settings
from portdesk.domain.case import Address, CaseNumber, PortCase
from portdesk.services import bill_desk
from portdesk.store.store import Store
from tests.unit.bills import drawn


def _case(store: Store, **changes: object) -> PortCase:
    case = PortCase(account_name="Copper Kettle Cafe", account_number="5520118733",
                    btn="+14125550171", losing_carrier="Keystone Telephone Company",
                    service_address=Address("77 Cedar St", "", "Pittsburgh", "PA", "15222"),
                    numbers=(CaseNumber("+14125550171"),))
    return store.cases.create(case.with_changes(**changes), "tester")


def test_another_customers_bill_is_refused_and_nothing_is_attached(store: Store,
                                                                  tmp_path: Path) -> None:
    stranger = _case(store, account_name="Lakeside Veterinary", account_number="7788-9900",
                     btn="+16175550111", numbers=(CaseNumber("+16175550111"),),
                     service_address=Address("9 Elm Rd", "", "Boston", "MA", "02108"))
    bill = drawn.draw(tmp_path / "grid.pdf", drawn.grid_labels())
    assert stranger.id is not None
    with pytest.raises(OtherCustomersBill, match="another customer's bill"):
        bill_desk.attach_bill(store, Settings(), "tester", stranger.id, bill)
    assert store.documents.for_case(stranger.id) == []


def test_use_bill_value_copies_the_service_address_the_check_read(store: Store,
                                                                 tmp_path: Path) -> None:
    case = _case(store, service_address=Address("PO Box 55", "", "Pittsburgh", "PA", "15230"))
    assert case.id is not None
    got = bill_desk.attach_bill(store, Settings(), "tester", case.id,
                                drawn.draw(tmp_path / "grid.pdf", drawn.grid_labels()))
    rows = {r.key: r for r in bill_desk.comparison_rows(got.report)}
    row = rows["service_address"]
    assert row.verdict == "mismatch" and row.can_use_bill_value
    assert row.evidence is not None and "77 Cedar Street" in row.evidence.text
    assert not rows["account_name"].can_use_bill_value  # exact: nothing to copy
    saved, report = bill_desk.use_bill_value(store, Settings(), "tester", got.case,
                                             "service_address", got.report, got.document.id)
    assert saved.service_address == Address("77 Cedar Street", "", "Pittsburgh", "PA", "15222")
    assert report.comparison.fields["service_address"].verdict.value == "exact"
