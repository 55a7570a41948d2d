"""New case, per kind, asking only what that kind needs; the rules shown where they matter."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.case import Address, CaseKind, CaseNumber, PortCase, carrier_is_wireless
from portdesk.domain.numbers import NumberKind, parse_number_list
from portdesk.ui.banners import RULES

KINDS = (("port_in", "Port-in"), ("port_out", "Port-out"),
         ("transfer", "Sub-account transfer"), ("international", "International port-in"))
COUNTRIES = (("GB", "United Kingdom"), ("DE", "Germany"), ("FR", "France"), ("ES", "Spain"),
             ("NL", "Netherlands"), ("AU", "Australia"), ("MX", "Mexico"))
HINTS = {
    "port_in": "The customer's numbers move to us from their current carrier.\n⚠ " +
               "\n⚠ ".join(RULES),
    "port_out": "Another carrier asks to take numbers away. Check the PIN, account and name "
                "before authorizing; unanswered requests are authorized automatically in "
                "24-48 h.",
    "transfer": "Between two of our sub-accounts: no carrier, 1-2 business days. Call routing "
                "and SMS settings are reset on the destination and must be set up again.",
    "international": "Select countries only, each with its own documents; plan 4-8 weeks.\n⚠ " +
                     RULES[0],
}
# which inputs each kind asks for
ASKS = {
    "port_in": ("account_name", "carrier", "account_number", "pin", "authorized_name", "numbers",
                "line1", "city", "state", "postal_code"),
    "port_out": ("account_name", "carrier", "account_number", "pin", "numbers"),
    "transfer": ("account_name", "from_sub", "to_sub", "numbers"),
    "international": ("country", "account_name", "carrier", "account_number", "authorized_name",
                      "numbers", "line1", "city", "postal_code"),
}
LABELS = {"account_name": "Customer name", "carrier": "Current carrier",
          "account_number": "Account number", "pin": "Port-out PIN",
          "authorized_name": "Authorized person", "numbers": "Numbers", "line1": "Street",
          "city": "City", "state": "State", "postal_code": "ZIP / postcode",
          "from_sub": "From sub-account", "to_sub": "To sub-account", "country": "Country"}


class NewCaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New case")
        self.kind = "port_in"
        self.group = QButtonGroup(self)
        kinds = QHBoxLayout()
        for key, label in KINDS:
            radio = QRadioButton(label)
            radio.setProperty("kind", key)
            radio.setChecked(key == "port_in")
            self.group.addButton(radio)
            kinds.addWidget(radio)
        self.group.buttonClicked.connect(lambda b: self.set_kind(b.property("kind")))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("rule")
        self.hint.setStyleSheet("QLabel#rule { background: rgba(255, 193, 7, 0.16); "
                                "border-radius: 4px; padding: 6px 8px; }")
        self.inputs: dict[str, Any] = {}
        self.form = QFormLayout()
        for key in LABELS:
            if key == "numbers":
                widget: Any = QPlainTextEdit()
                widget.setPlaceholderText("One per line, or paste a list")
                widget.setFixedHeight(80)
            elif key == "country":
                widget = QComboBox()
                for code, name in COUNTRIES:
                    widget.addItem(name, code)
            else:
                widget = QLineEdit()
            widget.setAccessibleName(LABELS[key])
            self.inputs[key] = widget
            self.form.addRow(LABELS[key], widget)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create case")
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(kinds)
        box.addWidget(self.hint)
        box.addLayout(self.form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.result_case: PortCase | None = None
        self.set_kind("port_in")
        self.resize(560, 560)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.hint.setText(HINTS[kind])
        for key, widget in self.inputs.items():
            self.form.setRowVisible(widget, key in ASKS[kind])
        for button in self.group.buttons():
            button.setChecked(button.property("kind") == kind)

    def set_text(self, key: str, text: str) -> None:
        widget = self.inputs[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            widget.setText(text)

    def _text(self, key: str) -> str:
        widget = self.inputs[key]
        if key not in ASKS[self.kind]:
            return ""
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        return widget.text().strip()

    def build(self) -> PortCase:
        """The draft case, or ValueError with what is missing."""
        name = self._text("account_name")
        region = self._text("country") if self.kind == "international" else "US"
        parsed = parse_number_list(self._text("numbers"), region)
        problems = []
        if not name:
            problems.append("the customer name")
        if not parsed.numbers:
            problems.append("at least one valid number")
        if parsed.invalid:
            problems.append("valid numbers only: " + "; ".join(w for _t, w in parsed.invalid[:3]))
        if problems:
            raise ValueError("Give " + ", ".join(problems) + ".")
        carrier = self._text("carrier")
        wireless = carrier_is_wireless(carrier)
        numbers = tuple(CaseNumber(p.e164, NumberKind.MOBILE if wireless and p.kind ==
                                   NumberKind.FIXED else p.kind, country=p.country)
                        for p in parsed.numbers)
        kind = {"port_out": CaseKind.PORT_OUT, "transfer": CaseKind.SUBACCOUNT_TRANSFER}.get(
            self.kind, CaseKind.PORT_IN)
        notes = ""
        if self.kind == "transfer":
            notes = f"From sub-account {self._text('from_sub')} to {self._text('to_sub')}."
        return PortCase(
            account_name=name, numbers=numbers, kind=kind, country=numbers[0].country,
            losing_carrier=carrier, account_number=self._text("account_number"),
            pin=self._text("pin"), authorized_name=self._text("authorized_name"),
            btn=numbers[0].e164 if kind == CaseKind.PORT_IN else "",
            service_address=Address(self._text("line1"), "", self._text("city"),
                                    self._text("state").upper(), self._text("postal_code"),
                                    numbers[0].country),
            notes=notes)

    def _on_accept(self) -> None:
        try:
            self.result_case = self.build()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> PortCase | None:
        dlg = cls(parent)
        return dlg.result_case if dlg.exec() == QDialog.DialogCode.Accepted else None
