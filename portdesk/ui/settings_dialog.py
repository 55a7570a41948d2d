"""Settings: data location, platform (with "Test connection"), LOA branding, age limits, theme.

The API key goes to the keyring and is never shown again (the field stays empty; typing a new one
replaces it). Saving tells the desk (`saved`), which starts or restarts sync at once.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from portdesk.config import Settings, save_settings, zone_named
from portdesk.domain.errors import PortDeskError
from portdesk.services import desk
from portdesk.ui.loa.common import StatusLine
from portdesk.ui.loa.tasks import TaskRunner
from portdesk.ui.screen import fit_to_screen
from portdesk.ui.theme import THEMES

# The zones offered for FOC dates (any other IANA name may be typed)
PORTING_ZONES = ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                 "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu",
                 "America/Halifax", "America/St_Johns", "America/Toronto", "America/Vancouver",
                 "UTC")


class SettingsDialog(QDialog):
    connection_checked = Signal(bool, str)  # ok, what to tell the specialist

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.runner = TaskRunner(self)
        self.db_url = QLineEdit(settings.db_url)
        self.db_url.setPlaceholderText(f"default: {settings.resolved_db_url()}")
        self.platform_url = QLineEdit(settings.platform_url)
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        stored = desk.has_api_key(settings.platform_url)
        self.test_button = QPushButton("Test connection")
        self.test_button.setToolTip("Ask the platform once with this URL and key")
        self.test_button.clicked.connect(self.test_connection)
        self.connection = StatusLine()
        self.connection.setAccessibleName("Connection test result")
        self.connection.hide()  # until a test has something to say
        self.forget_key = QCheckBox("Remove the stored key")
        self.forget_key.setEnabled(stored)
        self.earlier_key = QCheckBox("Use the key saved by an earlier PortDesk: it is this "
                                     "queue's key for this address")
        self.earlier_key.setVisible(not stored and desk.earlier_key_waiting())
        self._show_key_state()
        self.platform_url.editingFinished.connect(self._show_key_state)
        self.brand_name = QLineEdit(settings.branding.name)
        self.brand_address = QLineEdit(settings.branding.address)
        self.brand_phone = QLineEdit(settings.branding.phone)
        self.brand_logo = QLineEdit(settings.branding.logo_path)
        self.bill_age = self._days(settings.bill_age_limit_days)
        self.loa_age = self._days(settings.loa_age_limit_days)
        self.user = QLineEdit(settings.user_name)
        self.user.setPlaceholderText(settings.actor)
        self.theme = QComboBox()
        for key, label in THEMES:
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.zone = QComboBox()
        self.zone.setEditable(True)  # any IANA name; the list holds North America's
        self.zone.addItem("This workstation's time zone", "")
        for name in PORTING_ZONES:
            self.zone.addItem(name, name)
        found = self.zone.findData(settings.porting_time_zone)
        if found >= 0:
            self.zone.setCurrentIndex(found)
        else:
            self.zone.setEditText(settings.porting_time_zone)
        self.zone.setToolTip("The platform gives FOC dates as moments; the queue shows the day "
                             "they fall on in this zone (a 02:00 UTC FOC is the evening before "
                             "in New York)")
        key_row = QHBoxLayout()
        key_row.addWidget(self.api_key, 1)
        key_row.addWidget(self.test_button)
        form = QFormLayout()
        for label, widget in (
            ("Database (URL)", self.db_url), ("Your name", self.user),
            ("Platform URL", self.platform_url), ("Platform API key", key_row),
            ("", self.connection), ("", self.forget_key), ("", self.earlier_key), ("Appearance", self.theme),
            ("LOA: company name", self.brand_name), ("LOA: address", self.brand_address),
            ("LOA: phone", self.brand_phone), ("LOA: logo file", self.brand_logo),
            ("Bill age limit", self.bill_age), ("LOA age limit", self.loa_age),
            ("FOC dates in", self.zone),
        ):
            if label and isinstance(widget, QWidget):
                widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.api_key.setAccessibleName("Platform API key")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        note = QLabel("A new database location takes effect at the next start; sync starts as "
                      "soon as a key is saved.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(self.error)
        box.addWidget(buttons)
        fit_to_screen(self, 600, 520)

    @staticmethod
    def _days(value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, 365)
        spin.setSuffix(" days")
        spin.setValue(value)
        return spin

    def test_connection(self) -> None:
        """One request with the typed URL and key (or the stored key), off the GUI thread."""
        if self.runner.busy:
            return
        self.test_button.setEnabled(False)
        self.connection.show()
        self.connection.busy("Connecting…")
        self.runner.run(desk.check_connection, self.platform_url.text(), self.api_key.text(),
                        on_success=lambda text: self._on_checked(True, text),
                        on_failure=lambda text: self._on_checked(False, text), lane="background")

    def _on_checked(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        (self.connection.ok if ok else self.connection.error)(text)
        self.connection_checked.emit(ok, text)

    def apply(self) -> None:
        zone = self._zone_name()  # refused before anything is changed
        s = self.settings
        s.db_url = self.db_url.text().strip()
        s.platform_url = self.platform_url.text().strip()
        s.user_name = self.user.text().strip()
        s.theme = str(self.theme.currentData())
        s.branding.name = self.brand_name.text().strip()
        s.branding.address = self.brand_address.text().strip()
        s.branding.phone = self.brand_phone.text().strip()
        s.branding.logo_path = self.brand_logo.text().strip()
        s.bill_age_limit_days = self.bill_age.value()
        s.loa_age_limit_days = self.loa_age.value()
        s.porting_time_zone = zone
        key = self.api_key.text().strip()
        if key:
            desk.store_api_key(key, s.platform_url)
        elif not self.earlier_key.isHidden() and self.earlier_key.isChecked():
            desk.adopt_earlier_key(s.platform_url)
        elif self.forget_key.isChecked():
            desk.store_api_key("")
        self.api_key.clear()
        save_settings(s)

    def _show_key_state(self) -> None:
        """Whether a key is kept for the address as typed (a key is bound to its address)."""
        why_not = desk.key_state(self.platform_url.text())
        if not why_not:
            text = "stored in the keyring for this address; type to replace"
        elif why_not == desk.no_key():
            text = "not set"
        else:
            text = "none for this address: type its key"
        self.api_key.setPlaceholderText(text)
        self.api_key.setToolTip(why_not)

    def _zone_name(self) -> str:
        """The chosen zone's IANA name ("" for the workstation's); a name this machine does not
        know is refused with what to type, and nothing is saved."""
        index = self.zone.currentIndex()
        text = self.zone.currentText().strip()
        if index >= 0 and self.zone.itemText(index) == text:
            return str(self.zone.itemData(index) or "")
        if text and zone_named(text) is None:
            raise PortDeskError(f"'{text}' is not a time zone this machine knows: pick one "
                                "from the list or type a name such as America/Chicago")
        return text

    def _on_save(self) -> None:
        try:
            self.apply()
        except PortDeskError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def done(self, result: int) -> None:
        self.runner.wait()  # a connection test still running must not outlive the dialog
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings) -> bool:
        return cls(parent, settings).exec() == QDialog.DialogCode.Accepted
