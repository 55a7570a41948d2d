"""New case, per kind, asking only what that kind needs; the rules shown where they matter.

The numbers box reports every line it could not use (line number and why), every duplicate and
every dropped extension, and creates the case with the valid numbers only once the specialist
has seen that report. Numbers that must go in separate requests (another country, toll-free
beside geographic numbers) are flagged and, by default, put in their own linked cases.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.case import (
    Address,
    CaseKind,
    CaseNumber,
    CustomerType,
    PortCase,
    carrier_is_wireless,
)
from portdesk.domain.kind_fields import unused_fields
from portdesk.domain.number_paste import (
    PasteReport,
    group_label,
    read_number_paste,
    request_group,
)
from portdesk.domain.numbers import NumberKind, ParsedNumber
from portdesk.domain.words import counted
from portdesk.ui.banners import RULES
from portdesk.ui.fields import phone_to_e164
from portdesk.ui.screen import fit_to_screen

KINDS = (("port_in", "Port-in"), ("port_out", "Port-out"),
         ("transfer", "Sub-account transfer"), ("international", "International port-in"))
COUNTRIES = (("GB", "United Kingdom"), ("DE", "Germany"), ("FR", "France"), ("ES", "Spain"),
             ("NL", "Netherlands"), ("AU", "Australia"), ("MX", "Mexico"))
HINTS = {
    "port_in": "The customer's numbers move to us from their current carrier.\n⚠ " +
               "\n⚠ ".join(RULES),
    "port_out": "Another carrier asks to take numbers away. Check the PIN, account and name "
                "before authorizing; unanswered requests are authorized automatically in "
                "24-48 h. We are the losing carrier: the gaining carrier comes with the "
                "platform's request, it is not typed here.",
    "transfer": "Between two of our sub-accounts: no carrier, 1-2 business days. Call routing "
                "and SMS settings are reset on the destination and must be set up again.",
    "international": "Select countries only, each with its own documents; plan 4-8 weeks.\n⚠ " +
                     RULES[0],
}
# What each kind's intake asks; an input that fills a case field its kind does not carry
# (domain/kind_fields: the editor's rule) is left out by that rule, never by a second list here.
# The dialog asked a port-out for a "carrier" the editor hides: typed there it could be the
# GAINING carrier, and was stored as the losing one.
INTAKE = {
    "port_in": ("account_name", "customer_type", "carrier", "account_number", "pin", "authorized_name",
                "authorized_title", "numbers", "btn", "line1", "line2", "city", "state",
                "postal_code"),
    "port_out": ("account_name", "customer_type", "carrier", "account_number", "pin", "authorized_name",
                 "authorized_title", "numbers", "btn", "line1", "line2", "city", "state",
                 "postal_code"),
    "transfer": ("account_name", "customer_type", "from_sub", "to_sub", "numbers"),
    "international": ("country", "account_name", "customer_type", "carrier", "account_number", "authorized_name",
                      "authorized_title", "numbers", "btn", "line1", "line2", "city",
                      "postal_code"),
}
CASE_KINDS = {"port_in": CaseKind.PORT_IN, "port_out": CaseKind.PORT_OUT,
              "transfer": CaseKind.SUBACCOUNT_TRANSFER, "international": CaseKind.PORT_IN}
# the case field an input fills, where its key is not that field's own name
CASE_FIELD = {"carrier": "losing_carrier"}


def asks(kind: str) -> tuple[str, ...]:
    """The inputs the dialog shows for `kind`: its intake less what the kind does not carry."""
    unused = set(unused_fields(CASE_KINDS[kind]))
    return tuple(k for k in INTAKE[kind] if CASE_FIELD.get(k, k) not in unused)


ASKS = {kind: asks(kind) for kind in INTAKE}
LABELS = {"account_name": "Customer name", "customer_type": "Customer type",
          "carrier": "Losing carrier",
          "account_number": "Account number", "pin": "Port-out PIN",
          "authorized_name": "Authorized person", "authorized_title": "Title",
          "numbers": "Numbers",
          "btn": "BTN (billing number)", "line1": "Street", "line2": "Suite / unit",
          "city": "City", "state": "State", "postal_code": "ZIP / postcode",
          "from_sub": "From sub-account", "to_sub": "To sub-account", "country": "Country"}


class NewCaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New case")
        self.kind = "port_in"
        self.report: PasteReport | None = None
        self._seen_report = ""  # the report the specialist was shown before creating anyway
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
        self.paste_report = QLabel()
        self.paste_report.setWordWrap(True)
        self.paste_report.setAccessibleName("Numbers report")
        self.split = QCheckBox("Put them in their own linked cases: one request each")
        self.split.setChecked(True)
        self.split.hide()
        for key in LABELS:
            self.inputs[key] = self._input(key)
            self.form.addRow(LABELS[key], self._row(key))
            if key == "numbers":  # the report right under the list it is about
                self.form.addRow("", self.paste_report)
                self.form.addRow("", self.split)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText("Create case")
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        self.inputs["numbers"].textChanged.connect(self._on_numbers_changed)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(kinds)
        inner.addWidget(self.hint)
        inner.addLayout(self.form)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        box = QVBoxLayout(self)
        box.addWidget(scroll, 1)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        self.result_cases: list[PortCase] = []
        self.set_kind("port_in")
        # Ctrl+N then typing fills the customer's name (walked keyboard only: the focus sat on
        # the Port-in choice and what was typed went nowhere); the kind is one Shift+Tab back
        self.inputs["account_name"].setFocus(Qt.FocusReason.OtherFocusReason)
        fit_to_screen(self, 600, 680)

    # -- building -----------------------------------------------------------------------------
    def _input(self, key: str) -> Any:
        widget: Any
        if key == "numbers":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)  # Tab moves on, as in every field
            widget.setPlaceholderText("One per line, or paste a list")
            widget.setFixedHeight(90)
        elif key == "customer_type":  # asked, not assumed: the LOA prints it
            widget = QComboBox()
            widget.addItem("Business", CustomerType.BUSINESS)
            widget.addItem("Residential", CustomerType.RESIDENTIAL)
            widget.setPlaceholderText("Choose (B / R or the arrow keys)")
            widget.setCurrentIndex(-1)  # no choice until one is made: Create says it is missing
        elif key == "country":
            widget = QComboBox()
            for code, name in COUNTRIES:
                widget.addItem(name, code)
            widget.currentIndexChanged.connect(lambda _i: self._on_numbers_changed())
        else:
            widget = QLineEdit()
            if key == "pin":
                widget.setEchoMode(QLineEdit.EchoMode.Password)
            if key == "btn":
                widget.setPlaceholderText("the account's main number (default: the first number)")
        widget.setAccessibleName(LABELS[key])
        return widget

    def _row(self, key: str) -> QWidget:
        widget = self.inputs[key]
        if key != "pin":
            return widget
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 1)
        self.reveal = QToolButton()
        self.reveal.setText("Show")
        self.reveal.setCheckable(True)
        self.reveal.setToolTip("Show the PIN while checked")
        self.reveal.setAccessibleName("Show the PIN")
        self.reveal.toggled.connect(lambda on: widget.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        row.addWidget(self.reveal)
        self._pin_row = holder
        return holder

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.hint.setText(HINTS[kind])
        for key, widget in self.inputs.items():
            shown = self._pin_row if key == "pin" else widget
            self.form.setRowVisible(shown, key in ASKS[kind])
        for button in self.group.buttons():
            button.setChecked(button.property("kind") == kind)
        self._on_numbers_changed()

    def row_visible(self, key: str) -> bool:
        return self.form.isRowVisible(self._pin_row if key == "pin" else self.inputs[key])

    def set_text(self, key: str, text: str) -> None:
        widget = self.inputs[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            widget.setText(text)

    def set_choice(self, key: str, value: object) -> None:
        widget = self.inputs[key]
        widget.setCurrentIndex(widget.findData(value))

    def _text(self, key: str) -> str:
        widget = self.inputs[key]
        if key not in ASKS[self.kind]:
            return ""
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return "" if data is None else str(data)
        return widget.text().strip()

    # -- the numbers --------------------------------------------------------------------------
    def _region(self) -> str:
        return self._text("country") if self.kind == "international" else "US"

    def _home(self) -> tuple[str, bool]:
        """The request this case is: its country, geographic numbers first."""
        return (self._region() if self.kind == "international" else "US", False)

    def _groups(self, numbers: list[ParsedNumber]) -> dict[tuple[str, bool], list[ParsedNumber]]:
        groups: dict[tuple[str, bool], list[ParsedNumber]] = {}
        for p in numbers:
            groups.setdefault(request_group(p.country if p.country != "CA" else "US", p.kind),
                              []).append(p)
        return groups

    def _on_numbers_changed(self) -> None:
        report = read_number_paste(self._text("numbers"), self._region())
        self.report = report
        lines = report.lines()
        text = report.summary() if (lines or report.numbers) else ""
        if lines:
            text += "\n" + "\n".join(lines)
        groups = self._groups(report.numbers)
        if len(groups) > 1 and self.kind in ("port_in", "international"):
            parts = [f"{len(v)} {group_label(k)}" for k, v in groups.items()]
            text += ("\nThese go in separate porting requests: " + ", ".join(parts) + ".")
        mixed = len(groups) > 1 and self.kind in ("port_in", "international")
        self.form.setRowVisible(self.split, mixed)
        self.form.setRowVisible(self.paste_report, bool(text))
        self.paste_report.setText(text)
        self.paste_report.setStyleSheet("color: #c62828;" if lines else "")
        self._seen_report = "" if text != self._seen_report else self._seen_report
        self.create_button.setText("Create case")

    # -- building the cases -------------------------------------------------------------------
    def build(self) -> PortCase:
        """One draft case with every valid number (ValueError with what is missing)."""
        cases = self.build_all(split=False)
        return cases[0]

    def build_all(self, split: bool | None = None) -> list[PortCase]:
        """The draft case(s): one, or one per request when numbers must be split."""
        report = read_number_paste(self._text("numbers"), self._region())
        name = self._text("account_name")
        problems = []
        if not name:
            problems.append("the customer name")
        if not report.numbers:
            problems.append("at least one valid number")
        if "customer_type" in ASKS[self.kind] and not self._text("customer_type"):
            problems.append("the customer type (business or residential)")
        btn = self._text("btn")
        btn_e164, btn_problem = phone_to_e164(btn) if btn else ("", "")
        if btn_problem:
            problems.append(f"a BTN that is a number ({btn_problem})")
        if problems:
            raise ValueError("Give " + ", ".join(problems) + ".")
        groups = self._groups(report.numbers)
        split = self.split.isChecked() if split is None else split
        ordered = sorted(groups.items(), key=lambda kv: kv[0] != self._home())
        batches = [v for _k, v in ordered] if split and len(groups) > 1 else [report.numbers]
        return [self._case(name, batch, btn_e164 if i == 0 else "")
                for i, batch in enumerate(batches)]

    def _case(self, name: str, parsed: list[ParsedNumber], btn: str) -> PortCase:
        wireless = carrier_is_wireless(self._text("carrier"))
        numbers = tuple(CaseNumber(p.e164, NumberKind.MOBILE if wireless and p.kind ==
                                   NumberKind.FIXED else p.kind, country=p.country)
                        for p in parsed)
        kind = CASE_KINDS[self.kind]
        notes = ""
        if self.kind == "transfer":
            notes = f"From sub-account {self._text('from_sub')} to {self._text('to_sub')}."
        if kind == CaseKind.PORT_IN and not btn:
            btn = numbers[0].e164
        return PortCase(
            account_name=name, numbers=numbers, kind=kind, country=numbers[0].country,
            customer_type=CustomerType(self._text("customer_type") or CustomerType.BUSINESS),
            losing_carrier=self._text("carrier"), account_number=self._text("account_number"),
            pin=self._text("pin"), authorized_name=self._text("authorized_name"),
            authorized_title=self._text("authorized_title"),
            btn=btn if kind == CaseKind.PORT_IN else "",
            service_address=Address(self._text("line1"), self._text("line2"),
                                    self._text("city"), self._text("state").upper(),
                                    self._text("postal_code"), numbers[0].country),
            notes=notes)

    def _on_accept(self) -> None:
        try:
            cases = self.build_all()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        report = self.report
        if report is not None and report.lines() and self._seen_report != \
                self.paste_report.text():
            self._seen_report = self.paste_report.text()
            valid = len(report.numbers)
            self.error.setText(f"Some lines were not used (see the report above). Press "
                               f"again to create with the {counted(valid, 'valid number')}, or fix the "
                               "list.")
            self.create_button.setText(f"Create with {counted(valid, 'valid number')}")
            return
        self.result_cases = cases
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> list[PortCase] | None:
        dlg = cls(parent)
        return dlg.result_cases if dlg.exec() == QDialog.DialogCode.Accepted else None
