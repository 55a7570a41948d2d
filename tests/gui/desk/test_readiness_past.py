"""The readiness tab of a case already sent says so: a ported case's headline read "Ready to
submit" (walked: new case to ported), while its tab title already said the checks are history."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from portdesk.domain.lifecycle import Status
from portdesk.store.store import Store
from tests.gui.desk.test_case_editor import open_panel
from tests.helpers import case


def test_a_sent_case_is_never_ready_to_submit(qtbot, store: Store, tasks,
                                              tmp_path: Path) -> None:
    draft = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, draft)
    qtbot.waitUntil(lambda: bool(panel.readiness.headline.text()))
    assert "nothing to submit" not in panel.readiness.headline.text()
    for status in (Status.PORTED, Status.FOC_CONFIRMED, Status.CANCELLED):
        sent = store.cases.create(replace(case(), status=status), "tester")
        panel = open_panel(qtbot, store, tasks, tmp_path, sent)
        qtbot.waitUntil(lambda p=panel: bool(p.readiness.headline.text()))
        headline = panel.readiness.headline.text()
        assert "Ready" not in headline and "nothing to submit" in headline, headline
        assert "Ready" not in panel.readiness.toolTip()
