"""Readiness asks the signer's title the LOA prints, and its jump lands in the Title box: the
check named only the person, so a port-in went to signing with an empty Title line."""

from __future__ import annotations

from pathlib import Path

from portdesk.store.store import Store
from portdesk.ui.case_panel import READINESS
from tests.gui.desk.test_case_editor import open_panel, type_into
from tests.helpers import case


def test_the_missing_title_is_named_and_jumped_to(qtbot, store: Store, tasks,
                                                   tmp_path: Path) -> None:
    saved = store.cases.create(case(authorized_title=""), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    identity = next(c for c in panel.readiness.model.checks if c.id == "identity")
    assert identity.level.value == "fail" and identity.field == "authorized_title"
    assert "authorized person's title" in identity.message
    panel.tabs.setCurrentIndex(READINESS)
    row = panel.readiness.model.checks.index(identity)
    panel.readiness.view.doubleClicked.emit(panel.readiness.model.index(row))
    assert panel.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: panel.editor.widgets["authorized_title"].hasFocus())
    type_into(panel.editor.widgets["authorized_title"], "Office Manager")
    identity = next(c for c in panel.readiness.model.checks if c.id == "identity")
    assert identity.level.value == "pass"
