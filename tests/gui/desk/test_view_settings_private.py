"""The desk's view state (the quick filter as typed, the open case) is kept in PortDesk's own
private config folder, never in a file every account can read (walked with a named data folder:
~/.config/PortDesk/PortDesk.conf, 0644 in a 0755 folder, held the filter and the case)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from portdesk.config import Settings, config_dir
from portdesk.ui.main_window import MainWindow


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_view_state_is_kept_in_the_private_config_folder(qtbot, tmp_path: Path) -> None:
    window = MainWindow(Settings(), "tester")  # as the app builds it: no QSettings handed in
    qtbot.addWidget(window)
    kept = Path(window.qsettings.fileName())
    assert kept.parent == config_dir()  # PORTDESK_DATA_DIR (the tests' own) names that folder
    window.qsettings.setValue("desk/filter", "Maple Dental 312-555-0101")
    window.qsettings.sync()
    assert kept.is_file()
    assert stat.S_IMODE(kept.parent.stat().st_mode) & 0o077 == 0
    window.tasks.shutdown()
