"""Settings: data location, platform, LOA branding, age limits. The API key goes to the keyring and
is never shown again (the field stays empty; typing a new one replaces it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from portdesk.config import Settings, save_settings
from portdesk.domain.errors import PortDeskError
from portdesk.services import desk


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.db_url = QLineEdit(settings.db_url)
        self.db_url.setPlaceholderText(f"default: {settings.resolved_db_url()}")
        self.platform_url = QLineEdit(settings.platform_url)
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        stored = desk.has_api_key()
        self.api_key.setPlaceholderText("stored in the keyring; type to replace" if stored
                                        else "not set")
        self.forget_key = QCheckBox("Remove the stored key")
        self.forget_key.setEnabled(stored)
        self.brand_name = QLineEdit(settings.branding.name)
        self.brand_address = QLineEdit(settings.branding.address)
        self.brand_phone = QLineEdit(settings.branding.phone)
        self.brand_logo = QLineEdit(settings.branding.logo_path)
        self.bill_age = QSpinBox()
        self.bill_age.setRange(1, 365)
        self.bill_age.setSuffix(" days")
        self.bill_age.setValue(settings.bill_age_limit_days)
        self.loa_age = QSpinBox()
        self.loa_age.setRange(1, 365)
        self.loa_age.setSuffix(" days")
        self.loa_age.setValue(settings.loa_age_limit_days)
        self.user = QLineEdit(settings.user_name)
        self.user.setPlaceholderText(settings.actor)
        form = QFormLayout()
        for label, widget in (
            ("Database (URL)", self.db_url), ("Your name", self.user),
            ("Platform URL", self.platform_url), ("Platform API key", self.api_key),
            ("", self.forget_key), ("LOA: company name", self.brand_name),
            ("LOA: address", self.brand_address), ("LOA: phone", self.brand_phone),
            ("LOA: logo file", self.brand_logo), ("Bill age limit", self.bill_age),
            ("LOA age limit", self.loa_age),
        ):
            if label:
                widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        note = QLabel("A new database location takes effect at the next start.")
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
        self.resize(560, 420)

    def apply(self) -> None:
        s = self.settings
        s.db_url = self.db_url.text().strip()
        s.platform_url = self.platform_url.text().strip()
        s.user_name = self.user.text().strip()
        s.branding.name = self.brand_name.text().strip()
        s.branding.address = self.brand_address.text().strip()
        s.branding.phone = self.brand_phone.text().strip()
        s.branding.logo_path = self.brand_logo.text().strip()
        s.bill_age_limit_days = self.bill_age.value()
        s.loa_age_limit_days = self.loa_age.value()
        key = self.api_key.text().strip()
        if key:
            desk.store_api_key(key)
        elif self.forget_key.isChecked():
            desk.store_api_key("")
        self.api_key.clear()
        save_settings(s)

    def _on_save(self) -> None:
        try:
            self.apply()
        except PortDeskError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings) -> bool:
        return cls(parent, settings).exec() == QDialog.DialogCode.Accepted
