"""About PortDesk: version, where the data, logs and database are, and the bundled libraries'
licences; a button copies it all for a support ticket, another opens the log folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portdesk.services.about import AboutInfo, about_text


def open_log_folder(info: AboutInfo) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(info.log_dir)))


class AboutDialog(QDialog):
    def __init__(self, info: AboutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setWindowTitle("About PortDesk")
        self.setAccessibleName("About PortDesk")
        layout = QVBoxLayout(self)
        facts = QLabel(
            f"<h3>PortDesk {info.version}</h3>"
            "<p>The number porting specialist's workbench.</p>"
            f"<p><b>Database:</b> {info.database}<br><b>Data folder:</b> {info.data_dir}<br>"
            f"<b>Log folder:</b> {info.log_dir}<br><b>Settings folder:</b> {info.config_dir}<br>"
            f"<b>Tesseract OCR:</b> {info.tesseract}<br>"
            f"<b>Python</b> {info.python} on {info.system}</p>")
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(facts)
        self.libraries = QTableWidget(len(info.libraries), 3, self)
        self.libraries.setHorizontalHeaderLabels(["Library", "Version", "Licence"])
        self.libraries.setAccessibleName("Bundled libraries and their licences")
        for row, lib in enumerate(info.libraries):
            for col, text in enumerate((lib.name, lib.version, lib.licence)):
                self.libraries.setItem(row, col, QTableWidgetItem(text))
        self.libraries.resizeColumnsToContents()
        layout.addWidget(self.libraries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton("Copy for support", self)
        logs = QPushButton("Open log folder", self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(logs, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_for_support)
        logs.clicked.connect(lambda: open_log_folder(self.info))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def copy_for_support(self) -> None:
        QGuiApplication.clipboard().setText(about_text(self.info))
