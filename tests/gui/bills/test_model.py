"""The comparison model: Qt's model contract, and what each cell says, without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from portdesk.bills.values import Evidence
from portdesk.services.bill_desk import CheckRow
from portdesk.ui.bills.model import (
    COL_ACTIONS,
    COL_BILL,
    COL_ENTERED,
    COL_REASON,
    COL_VERDICT,
    ROW_ROLE,
    VERDICT_ROLE,
    ComparisonModel,
    box_color,
)

ROWS = [
    CheckRow("account_name", "Customer name", "ACME INC", "Acme Incorporated", "equivalent",
             "same meaning, written differently", Evidence(1, (10, 20, 90, 30), "Acme"), True),
    CheckRow("account_number", "Account number", "123", "124", "mismatch", "a different value",
             Evidence(1, (10, 40, 90, 50), "Acct 124"), True),
    CheckRow("number:+12125550142", "Number", "212-555-0142", "", "not_found",
             "not among the account's numbers on the bill", None, False),
]


def test_model_contract(qtmodeltester: ModelTester) -> None:
    model = ComparisonModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)
    model.mark_verified("account_number", "CSR: read from the CSR")
    model.set_rows(ROWS[:1])
    qtmodeltester.check(model, force_py=True)


def test_cells_say_what_the_specialist_needs() -> None:
    model = ComparisonModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 3 and model.columnCount() == 6
    assert model.index(0, COL_VERDICT).data() == "Equivalent"
    assert model.index(2, COL_BILL).data() == "—"  # not on the bill: a dash, never blank
    assert model.index(2, COL_ENTERED).data() == "212-555-0142"
    assert model.index(1, COL_VERDICT).data(VERDICT_ROLE) == "mismatch"
    assert model.index(1, 0).data(ROW_ROLE) is ROWS[1]
    assert box_color("mismatch") != box_color("exact") != box_color("equivalent")


def test_verified_another_way_changes_the_row(qtbot: QtBot) -> None:
    model = ComparisonModel()
    model.set_rows(ROWS)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.mark_verified("account_number", "CSR: CSR of 3 May")
    assert changed.args[0].row() == 1
    assert model.index(1, COL_VERDICT).data() == "Verified"
    assert model.index(1, COL_REASON).data() == "verified another way (CSR: CSR of 3 May)"
    model.set_rows(ROWS)  # a new comparison keeps what was decided on screen
    assert model.index(1, COL_VERDICT).data(VERDICT_ROLE) == "verified"
    model.set_rows(ROWS[:1])
    model.set_rows(ROWS)
    assert model.index(1, COL_VERDICT).data(VERDICT_ROLE) == "mismatch"


def test_every_column_has_a_header() -> None:
    model = ComparisonModel()
    model.set_rows(ROWS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert all(isinstance(h, str) and h.strip() for h in headers), headers
    assert headers[COL_ACTIONS] == "Action"
