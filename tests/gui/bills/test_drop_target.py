"""The case panel's drop target: which files it takes, and that it opens the check on the case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from portdesk.config import Settings
from portdesk.store.store import Store
from portdesk.ui.bills import BillCheckOutcome, BillDropTarget, asks
from portdesk.ui.bills.dialog import BillCheckDialog
from tests.billcorpus import GeneratedBill
from tests.helpers import case_for


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _enter(target: BillDropTarget, mime: QMimeData) -> bool:
    event = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    target.dragEnterEvent(event)
    return event.isAccepted()


@pytest.fixture
def target(qtbot: QtBot, store: Store, settings: Settings) -> BillDropTarget:
    widget = BillDropTarget(store, settings, "tester")
    qtbot.addWidget(widget)
    return widget


def test_takes_one_bill_file_only(target: BillDropTarget, tmp_path: Path) -> None:
    assert _enter(target, _mime(tmp_path / "bill.PDF"))
    assert _enter(target, _mime(tmp_path / "scan.tiff"))
    assert not _enter(target, _mime(tmp_path / "notes.txt"))
    assert not _enter(target, _mime(tmp_path / "a.pdf", tmp_path / "b.pdf"))


def test_a_drop_opens_the_check_on_the_shown_case(qtbot: QtBot, target: BillDropTarget,
                                                  store: Store, bill: GeneratedBill,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[Any, ...]] = []

    def fake_ask(cls: type, *args: Any) -> BillCheckOutcome:
        opened.append(args)
        return BillCheckOutcome(document=None, case_changed=True)

    monkeypatch.setattr(BillCheckDialog, "ask", classmethod(fake_ask))
    assert not target.isEnabled() and target.open_check(bill.path) is None  # no case shown
    case = store.cases.create(case_for(bill), "tester")
    target.set_case(case.id)
    assert target.isEnabled()
    mime = _mime(bill.path)  # the event does not own its mime data: keep it alive
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(target.bill_checked) as checked:
        target.dropEvent(event)
    assert checked.args == [case.id, True]
    assert opened[0][3] == case.id and opened[0][5] == bill.path
    monkeypatch.setattr(asks.BillFileAsk, "ask", classmethod(lambda cls, parent: bill.path))
    target.pick_button.click()
    assert len(opened) == 2


def test_the_case_panel_may_open_the_check_itself(target: BillDropTarget, tmp_path: Path) -> None:
    asked: list[tuple[int, Path | None]] = []
    target.opener = lambda case_id, path: asked.append((case_id, path))
    target.set_case(7)
    assert target.open_check(tmp_path / "bill.pdf") is None
    assert asked == [(7, tmp_path / "bill.pdf")]
