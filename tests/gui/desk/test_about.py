"""Help > About shows where everything is and the licences; support text can be copied."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from portdesk.ui.about_dialog import AboutDialog


def test_about_dialog_lists_folders_database_and_licences(window, qtbot) -> None:
    info = window.commands.about_info()
    dialog = AboutDialog(info, window)
    qtbot.addWidget(dialog)
    assert dialog.libraries.rowCount() == len(info.libraries) > 5
    names = {dialog.libraries.item(r, 0).text().lower() for r in range(dialog.libraries.rowCount())}
    assert {"sqlalchemy", "pypdf"} <= names
    dialog.copy_for_support()
    text = QGuiApplication.clipboard().text()
    assert str(info.log_dir) in text and info.database in text
    assert window.actions_["logs"].text() == "Open &log folder"
