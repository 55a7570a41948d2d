"""The desk under test: a real SQLite store in tmp_path, the real window, QSettings in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from portdesk.config import Settings
from portdesk.store.store import Store
from portdesk.ui import qtcompat
from portdesk.ui.main_window import MainWindow
from portdesk.ui.taskman import TaskManager

qtcompat.install()  # PySide6 6.12's emit takes references from True: see qtcompat



@pytest.fixture
def demo_store(store: Store) -> Store:
    """The sample queue (load_demo): `store` opens a copy of it loaded once per run (the
    `demo_queues` fixture in tests/conftest.py)."""
    return store


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "view.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


def open_window(qtbot, store: Store, qsettings: QSettings) -> MainWindow:
    window = MainWindow(Settings(), "tester", qsettings=qsettings)
    qtbot.addWidget(window)
    window.show()
    window.attach_store(store)
    qtbot.waitUntil(lambda: window.sidebar.current_queue() is not None)
    return window


@pytest.fixture
def window(qtbot, demo_store: Store, qsettings: QSettings) -> Iterator[MainWindow]:
    w = open_window(qtbot, demo_store, qsettings)
    qtbot.waitUntil(lambda: w.model.rowCount() > 0 and w.case_panel.base is not None)
    yield w
    w.close()


def select_rows(window: MainWindow, rows: list[int]) -> None:
    """Select whole queue rows, as a specialist does with Ctrl+click."""
    table = window.queue_view.table
    table.clearSelection()
    flags = table.selectionModel().SelectionFlag
    for r in rows:
        table.selectionModel().select(window.model.index(r, 0), flags.Select | flags.Rows)
