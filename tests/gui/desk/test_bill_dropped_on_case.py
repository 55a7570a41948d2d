"""A bill dragged onto the open case checks it against that case, wherever it lands.

Walked in session 19: the README says "drop a bill on a case", and a drop target for the case
panel existed (ui/bills/drop.py, with its own tests), but it was never placed on the panel. A bill
dragged from the file manager onto the case did nothing, or worse: landing on a text box, the
box took the file's address as typed text (the customer name became "file:///home/.../bill.pdf"),
which the desk then saved. Only Case > Check bill opened a window that took the drop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from portdesk.domain.queue import QueueQuery
from portdesk.ui.bills.dialog import BillCheckDialog, BillCheckOutcome


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(str(p) for p in paths))  # file managers offer the path as text too
    return mime


def _drop(widget: QWidget, mime: QMimeData) -> tuple[bool, bool]:
    """Drag onto the widget and drop there, as Qt delivers it; (entered, dropped) accepted."""
    enter = QDragEnterEvent(QPointF(widget.rect().center()), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(QPointF(widget.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    seen: list[tuple[Any, ...]] = []

    def fake_ask(cls: type, *args: Any) -> BillCheckOutcome:
        seen.append(args)
        return BillCheckOutcome(document=None, case_changed=False)

    monkeypatch.setattr(BillCheckDialog, "ask", classmethod(fake_ask))
    return seen


def _open_draft(qtbot, window) -> int:
    rows = window.store.queue.page(QueueQuery(kinds=("port_in",), statuses=("draft",))).rows
    window.case_panel.open_case(rows[0].id)
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.id == rows[0].id)
    return rows[0].id


def test_a_bill_dropped_on_a_field_checks_it_and_types_nothing(qtbot, window, tmp_path: Path,
                                                               asked) -> None:
    case_id = _open_draft(qtbot, window)
    editor = window.case_panel.editor
    name = window.case_panel.base.account_name
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4\n")
    mime = _mime(bill)
    notes = window.case_panel.draft.notes
    targets = (editor.widgets["account_name"], editor.widgets["notes"], window.case_panel.tabs,
               window.case_panel.header)
    for done, target in enumerate(targets, start=1):
        assert _drop(target, mime) == (True, True), target
        qtbot.waitUntil(lambda n=done: len(asked) == n)  # opened once the drag has ended
    assert [(a[3], a[5]) for a in asked] == [(case_id, bill)] * len(targets)
    assert window.case_panel.draft.account_name == name
    assert window.case_panel.draft.notes == notes
    assert not window.case_panel.dirty


def test_what_is_not_one_bill_is_not_taken(qtbot, window, tmp_path: Path, asked) -> None:
    _open_draft(qtbot, window)
    panel = window.case_panel
    for paths in ([tmp_path / "notes.txt"], [tmp_path / "a.pdf", tmp_path / "b.pdf"]):
        mime = _mime(*paths)
        entered, _dropped = _drop(panel.tabs, mime)
        assert not entered, paths
    assert asked == []


def test_with_no_case_open_a_bill_is_not_taken(qtbot, store, qsettings, tmp_path: Path,
                                               asked) -> None:
    from tests.gui.desk.conftest import open_window

    window = open_window(qtbot, store, qsettings)
    assert window.case_panel.base is None
    mime = _mime(tmp_path / "bill.pdf")
    entered, _dropped = _drop(window.case_panel, mime)
    assert not entered and asked == []
