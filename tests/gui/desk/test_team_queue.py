"""A team's queue in the desk: "My cases" and "Unassigned" in the sidebar, assignment from the
queue's selection to a teammate (names completed from the team's desks) or to me."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from portdesk.services import desk
from portdesk.store.desks import DeskIdentity, DeskRegistry
from portdesk.store.queue import OPEN_STATUSES, QueueQuery
from portdesk.store.store import Store
from portdesk.ui import dialogs
from tests.gui.desk.conftest import select_rows


def test_my_cases_and_unassigned_queues(qtbot, window, demo_store: Store, monkeypatch) -> None:
    keys = [q.key for q in desk.standard_queues(me="tester")]
    assert keys[:3] == ["all", "mine", "unassigned"]
    assert "mine" not in [q.key for q in desk.standard_queues()]
    DeskRegistry(demo_store.sessions).register(
        DeskIdentity("ws2-1-x", "back office", "tom", "ws2", 1, "Tom Okafor"))
    offered: list[list[str]] = []

    def ask(cls, parent, count, current="", names=None, me=""):
        offered.append(list(names or []))
        return me

    monkeypatch.setattr(dialogs.AssignDialog, "ask", classmethod(ask))
    open_ids = demo_store.queue.ids(QueueQuery(statuses=OPEN_STATUSES))
    window.sidebar.select_key("all")
    select_rows(window, [window.model.row_of_id(i) for i in open_ids[:3]])
    window.actions_["assign"].trigger()
    qtbot.waitUntil(lambda: all(demo_store.cases.get(i).assignee == "tester"
                                for i in open_ids[:3]))
    assert "Tom Okafor" in offered[0] and "tester" in offered[0]
    window.sidebar.select_key("mine")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3
                    and {window.model.id_at(r) for r in range(3)} == set(open_ids[:3]))


def test_assign_dialog_offers_me_and_teammates(qtbot) -> None:
    dlg = dialogs.AssignDialog(None, 2, "", ["Ana Silva", "Tom Okafor"], me="Maria Lopez")
    qtbot.addWidget(dlg)
    completer = dlg.name.completer()
    assert completer is not None and completer.model().rowCount() == 2
    buttons = dlg.findChild(QDialogButtonBox)
    [mine] = [b for b in buttons.buttons() if b.text() == "Assign to &me"]
    mine.click()
    assert dlg.name.text() == "Maria Lopez" and dlg.result() == dlg.DialogCode.Accepted
