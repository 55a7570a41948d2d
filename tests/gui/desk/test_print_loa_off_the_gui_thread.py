"""Print LOA draws the letter on a worker (it took 120-330 ms on the GUI thread), in order
behind the save of what was just typed; Cancel drops the letter, a failure is said and the
desk goes on, and a second press while it draws starts nothing."""

from __future__ import annotations

import threading
from typing import Any

from portdesk.domain.errors import PortDeskError
from portdesk.domain.queue import QueueQuery
from portdesk.services import loa_print
from portdesk.ui import loa as loa_screens


def _open_port_in(qtbot, window) -> int:
    rows = window.store.queue.page(QueueQuery(kinds=("port_in",), statuses=("draft",))).rows
    case_id = rows[0].id
    window.case_panel.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.id == case_id)
    return case_id


def _drawn_on(monkeypatch, gate: threading.Event | None = None,
              fail: bool = False) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []
    real = loa_print.letter_to_print

    def drawing(store: Any, settings: Any, case_id: int) -> Any:
        if gate is not None:
            gate.wait(10)
        seen.append(("drawn", threading.current_thread().name))
        if fail:
            raise PortDeskError("the letter could not be drawn")
        return real(store, settings, case_id)

    monkeypatch.setattr(loa_print, "letter_to_print", drawing)
    monkeypatch.setattr(loa_screens, "show_letter",
                        lambda letter, parent: seen.append(("shown", letter.case.id)))
    return seen


def test_the_letter_is_drawn_on_a_worker_with_what_was_just_typed(qtbot, window,
                                                                  monkeypatch) -> None:
    seen = _drawn_on(monkeypatch)
    case_id = _open_port_in(qtbot, window)
    panel = window.case_panel
    panel._autosave.setInterval(60_000)
    panel.editor.set_value("authorized_name", "Dana Whitfield")
    window.actions_["print"].trigger()
    qtbot.waitUntil(lambda: ("shown", case_id) in seen, timeout=10_000)
    assert seen[0][0] == "drawn" and seen[0][1] != threading.main_thread().name
    assert window.store.cases.get(case_id).authorized_name == "Dana Whitfield"


def test_cancel_drops_the_letter_and_a_second_press_starts_nothing(qtbot, window,
                                                                   monkeypatch) -> None:
    gate = threading.Event()
    seen = _drawn_on(monkeypatch, gate)
    _open_port_in(qtbot, window)
    window.actions_["print"].trigger()
    drawing = window.documents._drawing
    assert drawing is not None and drawing.job is not None
    window.actions_["print"].trigger()  # still drawing: nothing more
    assert window.documents._drawing is drawing
    assert drawing.progress is not None
    drawing.progress.canceled.emit()  # the dialog's Cancel button
    gate.set()
    qtbot.waitUntil(lambda: drawing.job is None, timeout=10_000)
    assert not [s for s in seen if s[0] == "shown"]
    assert len([s for s in seen if s[0] == "drawn"]) <= 1


def test_a_failure_is_said_and_the_desk_goes_on(qtbot, window, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(window.status, "flash", lambda text, *a: said.append(text))
    _drawn_on(monkeypatch, fail=True)
    _open_port_in(qtbot, window)
    window.actions_["print"].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "the letter could not be drawn" in said[0]
    assert window.documents._drawing.job is None
