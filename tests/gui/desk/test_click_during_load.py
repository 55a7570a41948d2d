"""A specialist's click made while an older load is still on its way wins over what that load
restores (the desk's lost click, session 23's whole run)."""

from __future__ import annotations

import threading
from typing import Any

from portdesk.store.store import Store
from tests.gui.desk.conftest import open_window
from tests.helpers import case


class _Held:
    """The queue's source with a gate: a page asked for while it is shut waits for `release`."""

    def __init__(self, source: Any) -> None:
        self._source = source
        self.gate = threading.Event()
        self.gate.set()
        self.waiting = threading.Event()

    def page(self, q, with_total=True):  # type: ignore[no-untyped-def]
        if not self.gate.is_set():
            self.waiting.set()
            self.gate.wait()
        return self._source.page(q, with_total)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._source, name)


def test_a_click_made_while_a_reload_is_held_back_wins(qtbot, store: Store, qsettings) -> None:
    first = store.cases.create(case(), "tester")
    second = store.cases.create(case(), "tester")
    window = open_window(qtbot, store, qsettings)
    qtbot.waitUntil(lambda: window.case_panel.base is not None and window.model.rowCount() == 2)
    held = _Held(window.model._source)
    window.model.set_source(held)
    opened = window.case_panel.case_id
    other = first.id if opened == second.id else second.id
    held.gate.clear()
    try:
        window.queue_view.refresh()
        qtbot.waitUntil(held.waiting.is_set)
        window.queue_view.table.selectRow(window.model.row_of_id(other))  # as a click does
    finally:
        held.gate.set()
    qtbot.waitUntil(lambda: not window.tasks.busy)
    qtbot.waitUntil(lambda: window.case_panel.case_id == other)
    assert window.queue_view.current_id == other
    assert window.queue_view.selected_ids() == [other]


def _two_cases_one_open(qtbot, store: Store, qsettings) -> tuple[Any, int, int]:
    first = store.cases.create(case(), "tester")
    second = store.cases.create(case(), "tester")
    window = open_window(qtbot, store, qsettings)
    qtbot.waitUntil(lambda: window.case_panel.base is not None and window.model.rowCount() == 2)
    opened = window.case_panel.case_id
    return window, opened, first.id if opened == second.id else second.id


def _hold_opening(monkeypatch, held_id: int) -> tuple[threading.Event, threading.Event]:
    """The case panel's read of `held_id` waits for the returned gate (set it to let it go)."""
    from portdesk.ui import case_panel

    gate, waiting = threading.Event(), threading.Event()
    real = case_panel.desk.open_case

    def held_open(store_: Any, settings: Any, case_id: int) -> Any:
        if case_id == held_id:
            waiting.set()
            gate.wait()
        return real(store_, settings, case_id)

    monkeypatch.setattr(case_panel.desk, "open_case", held_open)
    return gate, waiting


def test_a_click_made_while_the_chosen_case_is_still_opening_survives_a_reload(
        qtbot, store: Store, qsettings, monkeypatch) -> None:
    """F5, a sync round's end or a colleague's save heard live read the open case again: they
    re-read the case still on screen, dropped the chosen one's read, and the queue's highlight
    followed the editor back (session 23's lost click)."""
    window, _opened, other = _two_cases_one_open(qtbot, store, qsettings)
    gate, waiting = _hold_opening(monkeypatch, other)
    try:
        window.queue_view.table.selectRow(window.model.row_of_id(other))  # as a click does
        qtbot.waitUntil(waiting.is_set)
        window.refresh()  # F5, a sync round's end, a colleague's save: the open case read again
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.tasks.busy)
    qtbot.waitUntil(lambda: window.case_panel.case_id == other)
    assert window.queue_view.current_id == other
    assert window.queue_view.selected_ids() == [other]


def test_going_back_to_the_shown_case_while_another_opens_is_a_choice(
        qtbot, store: Store, qsettings, monkeypatch) -> None:
    """A click on another case, then back on the one still shown before the other landed: the
    editor opened the other one, while the queue highlighted the one clicked last."""
    window, opened, other = _two_cases_one_open(qtbot, store, qsettings)
    gate, waiting = _hold_opening(monkeypatch, other)
    try:
        window.queue_view.table.selectRow(window.model.row_of_id(other))
        qtbot.waitUntil(waiting.is_set)
        window.queue_view.table.selectRow(window.model.row_of_id(opened))
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert window.case_panel.case_id == opened
    assert window.queue_view.current_id == opened
    assert window.queue_view.selected_ids() == [opened]
