"""A real store in tmp_path, a generated text bill, and a case built from what the bill says."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.store.store import Store
from portdesk.ui.bills import BillCheckDialog

OpenDialog = Callable[..., BillCheckDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot, store: Store, settings: Settings) -> OpenDialog:
    """Open the screen on a saved case; with a path, wait until that bill was read (or refused)."""

    def opener(case: PortCase, path: Path | None = None) -> BillCheckDialog:
        assert case.id is not None
        dialog = BillCheckDialog(store, settings, "tester", case.id, None, path)
        qtbot.addWidget(dialog)
        dialog.show()
        # a ceiling, not a figure: ends as soon as the read does (an OCR read under load ran past
        # 10 s in session 18); timing is measured in the benchmarks
        qtbot.waitUntil(lambda: dialog.case is not None and not dialog.busy, timeout=90_000)
        return dialog

    return opener
