"""The desk asks a port-in's texts: a tick in the Port section, saved as any edit (undoable,
audited, journaled), its tooltip saying the platform's default; a port-out hides it (its texts
are asked with the answer) and so does a transfer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QCheckBox

from portdesk.domain.case import CaseKind
from portdesk.store.store import Store
from tests.gui.desk.test_case_editor import open_panel
from tests.helpers import case


def test_the_texts_tick_saves_undoes_and_is_audited(qtbot, store: Store, tasks,
                                                    tmp_path: Path) -> None:
    saved = store.cases.create(case(), "tester")
    assert saved.id is not None
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    tick = panel.editor.widgets["port_texts"]
    assert isinstance(tick, QCheckBox) and not tick.isChecked()
    assert panel.editor.form.isRowVisible(panel.editor.holders["port_texts"])
    assert "enable_messaging: false" in tick.toolTip()
    tick.setChecked(True)
    assert panel.draft is not None and panel.draft.port_texts is True
    qtbot.waitUntil(lambda: store.cases.get(saved.id).port_texts is True)
    entry = store.audit.for_case(saved.id)[-1]
    assert entry.changes["port_texts"] == {"old": False, "new": True}
    panel.undo_stack.undo()
    assert not tick.isChecked() and panel.draft.port_texts is False


def test_a_port_out_and_a_transfer_do_not_ask_it(qtbot, store: Store, tasks,
                                                 tmp_path: Path) -> None:
    for kind in (CaseKind.PORT_OUT, CaseKind.SUBACCOUNT_TRANSFER):
        saved = store.cases.create(replace(case(), kind=kind), "tester")
        panel = open_panel(qtbot, store, tasks, tmp_path, saved)
        assert not panel.editor.form.isRowVisible(panel.editor.holders["port_texts"]), kind


def test_an_order_that_cannot_port_texts_turns_the_tick_off_and_says_why(
        qtbot, store: Store, tasks, tmp_path: Path) -> None:
    """The sync read the order's `messaging_capable` false: the tick is off, and the line under
    it (and its hover) says the platform cannot port this order's texts; the value is not sent."""
    from portdesk.domain.portin_texts import capable_key

    saved = store.cases.create(case(), "tester")
    assert saved.id is not None
    store.outbox.put_json(capable_key(saved.id), False)
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    tick = panel.editor.widgets["port_texts"]
    message = panel.editor.messages["port_texts"]
    assert not tick.isEnabled()
    assert not message.isHidden() and "cannot port texts" in message.text()
    assert "messaging_capable: false" in tick.toolTip()
    store.outbox.put_json(capable_key(saved.id), True)
    panel.open_case(saved.id, force=True)
    qtbot.waitUntil(lambda: tick.isEnabled())
    assert message.isHidden()
