"""A sub-account transfer's date is named for what it is: the header and the queue called a
ported transfer's completion date its "FOC" ("Ported · Transfer · toll-free · FOC Fri Dec 04,
2026"), but a transfer has no carrier and so no firm order commitment (DOMAIN.md). The name comes
from kind_fields (port_date_name), the rule the editor and `case show` share."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from portdesk.domain.case import CaseKind
from portdesk.domain.lifecycle import Status
from portdesk.store.queue import QueueQuery, QueueRow
from portdesk.store.store import Store
from portdesk.ui.case_header import CaseHeader
from portdesk.ui.queue_model import FOC, STATUS, QueueModel, cell_text
from tests.helpers import case

DONE = date(2026, 12, 4)
TODAY = date(2026, 12, 6)


def test_the_header_names_a_transfers_date_completes_not_foc(qtbot) -> None:
    header = CaseHeader()
    qtbot.addWidget(header)
    transfer = replace(case(), kind=CaseKind.SUBACCOUNT_TRANSFER, foc_date=DONE)
    header.show_case(replace(transfer, status=Status.PORTED))
    assert "completed Fri Dec 04, 2026" in header.summary.text()
    assert "FOC" not in header.text()
    header.show_case(replace(transfer, status=Status.FOC_CONFIRMED))
    assert "completes Fri Dec 04, 2026" in header.summary.text()
    assert "FOC" not in header.text()  # nor its status: "Completion set"
    assert header.summary.text().startswith("Completion set · Transfer")
    # a port-in's and a port-out's date is a carrier's commitment: still the FOC
    for kind in (CaseKind.PORT_IN, CaseKind.PORT_OUT):
        header.show_case(replace(transfer, kind=kind, status=Status.PORTED))
        assert "FOC Fri Dec 04, 2026" in header.summary.text()


def _row(**kw) -> QueueRow:
    base = dict(id=1, reference="PD-000001", account_name="Harbor Dental", losing_carrier="",
                kind="subaccount_transfer", status="ported", platform_status=None,
                number_count=1, foc_date=DONE, next_milestone="", next_due=None, assignee="",
                updated_at=datetime(2026, 12, 1, tzinfo=UTC), sync_state="local",
                exception_code=None, version=1)
    base.update(kw)
    return QueueRow(**base)


def test_the_queue_says_what_a_transfers_date_is(qtbot, store: Store, tasks) -> None:
    assert cell_text(_row(), FOC, TODAY) == "Dec 04"  # the column keeps the date
    saved = {kind: store.cases.create(replace(case(), kind=kind, status=Status.PORTED,
                                              foc_date=DONE), "tester")
             for kind in (CaseKind.SUBACCOUNT_TRANSFER, CaseKind.PORT_IN)}
    gone = store.cases.create(replace(case(), kind=CaseKind.SUBACCOUNT_TRANSFER,
                                      status=Status.CANCELLED, foc_date=DONE), "tester")
    model = QueueModel(store.queue, tasks, today=lambda: TODAY)
    with qtbot.waitSignal(model.loaded):
        model.load(QueueQuery())

    def tip(case_id: int | None) -> str | None:
        cell = model.index(model.row_of_id(case_id or 0), FOC)
        return model.data(cell, Qt.ItemDataRole.ToolTipRole)

    said = tip(saved[CaseKind.SUBACCOUNT_TRANSFER].id) or ""
    assert said.startswith("Completed 2026-12-04") and "no carrier" in said
    assert tip(saved[CaseKind.PORT_IN].id) is None  # a port-in's FOC needs no word
    void = tip(gone.id) or ""
    assert "will not happen" in void and "FOC" not in void and "completion" in void
    # the status chip and its tooltip follow the same rule: a transfer's date set is no FOC
    dated = store.cases.create(replace(case(), kind=CaseKind.SUBACCOUNT_TRANSFER,
                                       status=Status.FOC_CONFIRMED, foc_date=DONE), "tester")
    with qtbot.waitSignal(model.loaded):
        model.load(QueueQuery())
    chip = model.index(model.row_of_id(dated.id or 0), STATUS)
    assert model.data(chip) == model.data(chip, Qt.ItemDataRole.ToolTipRole) == \
        "Completion set"
    header = model.headerData(FOC, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "firm order commitment" in header and "transfer" in header


def test_a_transfer_in_progress_is_not_at_a_carrier(qtbot) -> None:
    # the platform moves a transfer itself (DOMAIN: no carrier): its header read "At carrier"
    header = CaseHeader()
    qtbot.addWidget(header)
    transfer = replace(case(), kind=CaseKind.SUBACCOUNT_TRANSFER, status=Status.AT_CARRIER)
    header.show_case(transfer)
    assert header.summary.text().startswith("Transferring · Transfer")
    assert "carrier" not in header.summary.text().lower()
    header.show_case(replace(transfer, kind=CaseKind.PORT_IN))
    assert header.summary.text().startswith("At carrier")
    assert cell_text(_row(status="at_carrier"), STATUS, TODAY) == "Transferring"
    assert cell_text(_row(status="at_carrier", kind="port_in"), STATUS, TODAY) == "At carrier"
