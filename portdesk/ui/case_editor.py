"""The case's fields as a form: inline validation, phone numbers formatted as typed, the PIN shown only
while a button is held, and every edit an undoable command (typing into one field merges into one
step, as in a text editor).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.case import CaseKind, CustomerType, PortCase, PortType, RemainingAction
from portdesk.domain.kind_fields import absent_note, requested_date_lead, unused_fields
from portdesk.domain.portin_texts import LABEL as TEXTS_LABEL
from portdesk.domain.portin_texts import NOT_CAPABLE as TEXTS_NOT_CAPABLE
from portdesk.domain.portin_texts import TOOLTIP as TEXTS_TOOLTIP
from portdesk.domain.schedule import earliest_requested_date
from portdesk.ui.date_field import DateField
from portdesk.ui.fields import (
    PHONE_FIELDS,
    STATES,
    check_field,
    format_partial_phone,
    get_value,
    phone_display,
    phone_to_e164,
    set_value,
)

LOCAL_FIELDS = ("assignee", "notes")  # the desk's own: open to edits in every status

LABELS = {
    "account_name": "Customer name", "customer_type": "Customer type",
    "authorized_name": "Authorized person", "authorized_title": "Title",
    "account_number": "Account number", "pin": "Port-out PIN", "btn": "BTN",
    "losing_carrier": "Losing carrier", "service_address.line1": "Street",
    "service_address.line2": "Suite / unit", "service_address.city": "City",
    "service_address.state": "State", "service_address.postal_code": "ZIP",
    "port_type": "Port type", "remaining_action": "Numbers that stay",
    "new_btn": "New BTN", "requested_date": "Requested date", "assignee": "Assignee",
    "contact_phone": "Contact phone", "contact_email": "Contact e-mail",
    "temporary_number": "Temporary number", "notes": "Notes", "port_texts": TEXTS_LABEL,
}
ENUM_CHOICES: dict[str, list[tuple[Any, str]]] = {
    "customer_type": [(CustomerType.BUSINESS, "Business"),
                      (CustomerType.RESIDENTIAL, "Residential")],
    "port_type": [(PortType.FULL, "Full: every number on the account"),
                  (PortType.PARTIAL, "Partial: some numbers stay")],
    "remaining_action": [(None, "—"), (RemainingAction.KEEP, "Keep with the old carrier"),
                         (RemainingAction.DISCONNECT, "Disconnect")],
    "service_address.state": [("", "—"), *((s, s) for s in STATES)],
}
MERGE_BASE = 1000
CUSTOMER_TITLE = {CaseKind.PORT_IN: "Customer, exactly as the carrier has it",
                  CaseKind.PORT_OUT: "Customer, exactly as the carrier has it",
                  CaseKind.SUBACCOUNT_TRANSFER: "Customer"}


class SetField(QUndoCommand):
    def __init__(self, editor: CaseEditor, name: str, old: Any, new: Any) -> None:
        super().__init__(f"Edit {LABELS.get(name, name).lower()}")
        self.editor, self.name, self.old, self.new = editor, name, old, new

    def id(self) -> int:
        if self.name not in LABELS or self.name in ENUM_CHOICES or self.name in (
                "requested_date", "port_texts"):
            return -1  # choices are single steps; typing into a text field merges
        return MERGE_BASE + sorted(LABELS).index(self.name)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.name != self.name:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.editor.apply_value(self.name, self.new)

    def undo(self) -> None:
        self.editor.apply_value(self.name, self.old)


class WrappedNote(QLabel):
    """A word-wrapped note in the editor's form that is as tall as its text at its width.

    Walked at 1024x700: a transfer open, then a port-out (a longer note), the form gave the
    port-out's note the height it computed for another width, and its first and last lines were
    cut off; a new text or a new width now sets the height it needs."""

    def set_words(self, text: str) -> None:
        self.setText(text)
        self._fit()

    def resizeEvent(self, event: Any) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needs = self.heightForWidth(self.width()) if self.text() else 0
        if needs > 0 and needs != self.minimumHeight():
            self.setMinimumHeight(needs)


class CaseEditor(QWidget):
    edited = Signal(object)  # the draft PortCase

    def __init__(self, undo_stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.draft: PortCase | None = None
        self.widgets: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.today = date.today
        self._loading = False
        self._editable = True  # the case on screen may still be edited (set_case)
        self.read_only = False  # the queue may only be read: not even the desk's own fields
        # the platform's order can port texts (its messaging_capable; None: not known yet):
        # set by the panel before set_case; false turns the texts tick off, said under it
        self.texts_capable: bool | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: field below
        self.form = form
        self.holders: dict[str, QWidget] = {}
        self.sections: dict[str, QLabel] = {}
        self.section_fields: dict[str, tuple[str, ...]] = {}
        # why some fields are absent for this kind of case, and what they still hold (kept)
        self.absent_note = WrappedNote()
        self.absent_note.setObjectName("absentFields")
        self.absent_note.setWordWrap(True)
        self.absent_note.setAccessibleName("Fields not used by this kind of case")
        self.absent_note.setStyleSheet("QLabel#absentFields { background: rgba(33, 150, 243, "
                                       "0.12); border-radius: 4px; padding: 6px 8px; }")
        self.absent_note.hide()
        form.addRow(self.absent_note)
        for section, names in (
            (CUSTOMER_TITLE[CaseKind.PORT_IN], ("account_name", "customer_type",
             "authorized_name", "authorized_title", "losing_carrier", "account_number", "pin",
             "btn")),
            ("Service address (not the billing address)", ("service_address.line1",
             "service_address.line2", "service_address.city", "service_address.state",
             "service_address.postal_code")),
            ("Port", ("port_type", "remaining_action", "new_btn", "requested_date",
                      "temporary_number", "port_texts")),
            ("Contact and team", ("contact_phone", "contact_email", "assignee", "notes")),
        ):
            title = QLabel(section)
            title.setObjectName("sectionTitle")
            title.setWordWrap(True)
            form.addRow(title)
            self.sections[names[0]] = title
            self.section_fields[names[0]] = names
            for name in names:
                self.holders[name] = self._field(name)
                form.addRow(LABELS[name], self.holders[name])
                # the label names the input itself, not the box around it and its message: on
                # Linux a screen reader names a drop-down by this relation (its own name is its
                # value), so "Customer type" read as "Business, combo box"
                label = form.labelForField(self.holders[name])
                if isinstance(label, QLabel):
                    label.setBuddy(self.widgets[name])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 8)
        outer.addLayout(form)
        outer.addStretch(1)

    # -- building -----------------------------------------------------------------------------
    def _field(self, name: str) -> QWidget:
        widget: QWidget
        if name in ENUM_CHOICES:
            combo = QComboBox()
            # the panel may be narrow: the box shrinks, its list still shows whole choices
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            for value, label in ENUM_CHOICES[name]:
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(
                lambda _i, n=name, c=combo: self._user_set(n, c.currentData()))
            widget = combo
        elif name == "requested_date":
            field = DateField(earliest=lambda: earliest_requested_date(
                self.today(), requested_date_lead(
                    self.draft.kind if self.draft is not None else None)[0]),
                              today=lambda: self.today(), minimum=lambda: self.today())
            field.date_changed.connect(lambda d, n=name: self._user_set(n, d))
            field.problem_changed.connect(lambda _p, n=name: self._validate(n))
            widget = field
        elif name == "port_texts":
            tick = QCheckBox("Port with the numbers")
            tick.setToolTip(TEXTS_TOOLTIP)
            tick.toggled.connect(lambda on, n=name: self._user_set(n, on))
            widget = tick
        elif name == "notes":
            notes = QPlainTextEdit()
            notes.setFixedHeight(70)
            notes.setTabChangesFocus(True)  # Tab leaves the notes (it typed tab characters)
            notes.textChanged.connect(
                lambda n=name, w=notes: self._user_set(n, w.toPlainText()))
            widget = notes
        else:
            line = QLineEdit()
            line.textEdited.connect(lambda text, n=name, w=line: self._on_text_edited(n, w, text))
            widget = line
        widget.setAccessibleName(LABELS[name])
        widget.setObjectName(f"field_{name}")
        self.widgets[name] = widget
        message = QLabel()
        message.setStyleSheet("color: #c62828; font-size: 9pt;")
        message.setWordWrap(True)
        message.hide()
        self.messages[name] = message
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        if name == "pin":
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            assert isinstance(widget, QLineEdit)
            widget.setEchoMode(QLineEdit.EchoMode.Password)
            self.reveal = QToolButton()
            self.reveal.setText("Show")
            self.reveal.setToolTip("Hold to show the PIN")
            self.reveal.setAccessibleName("Hold to show the PIN")
            self.reveal.pressed.connect(lambda: self.show_pin(True))
            self.reveal.released.connect(lambda: self.show_pin(False))
            row.addWidget(self.reveal)
            box.addLayout(row)
        else:
            box.addWidget(widget)
        box.addWidget(message)
        return holder

    def show_pin(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.widgets["pin"].setEchoMode(mode)  # type: ignore[attr-defined]

    # -- edits --------------------------------------------------------------------------------
    def _on_text_edited(self, name: str, widget: QLineEdit, text: str) -> None:
        value: str = text
        if name in PHONE_FIELDS:
            formatted = format_partial_phone(text)
            if formatted != text and widget.cursorPosition() == len(text):
                widget.setText(formatted)
            e164, problem = phone_to_e164(formatted)
            value = e164 if not problem else formatted
        self._user_set(name, value)

    def _user_set(self, name: str, value: Any) -> None:
        if self._loading or self.draft is None:
            return
        old = get_value(self.draft, name)
        if old != value:
            self.undo_stack.push(SetField(self, name, old, value))

    def apply_value(self, name: str, value: Any) -> None:
        """Set a field (from an undo command or a restore) and show it in its widget."""
        if self.draft is None:
            return
        self.draft = set_value(self.draft, name, value)
        self._show(name, value)
        self._validate(name)
        self.edited.emit(self.draft)

    def set_value(self, name: str, value: Any) -> None:
        """Change a field as an undoable edit (e.g. "use the bill's value", numbers pasted)."""
        self._user_set(name, value)

    # -- loading ------------------------------------------------------------------------------
    def set_case(self, case: PortCase, editable: bool) -> None:
        self._loading = True
        self.draft = case
        self._editable = editable
        try:
            for name in self.widgets:
                self._show(name, get_value(case, name))
                self._validate(name)
                self.widgets[name].setEnabled(
                    (editable or name in LOCAL_FIELDS) and not self.read_only
                    and not (name == "port_texts" and self.texts_capable is False))
            self._show_kind(case)
        finally:
            self._loading = False

    def _show_kind(self, case: PortCase) -> None:
        """Only the fields this kind of case uses; the others hidden (their values kept on the
        case, never cleared) and a note saying why, naming what they still hold."""
        unused = set(unused_fields(case.kind))
        for name, holder in self.holders.items():
            self.form.setRowVisible(holder, name not in unused)
        for first, title in self.sections.items():  # a heading over no rows reads as a gap
            self.form.setRowVisible(title, not set(self.section_fields[first]) <= unused)
        self.sections["account_name"].setText(
            CUSTOMER_TITLE.get(case.kind, CUSTOMER_TITLE[CaseKind.PORT_IN]))
        why = absent_note(case)
        self.absent_note.set_words(why)
        self.absent_note.setVisible(bool(why))
        self.form.setRowVisible(self.absent_note, bool(why))

    def shown_fields(self) -> list[str]:
        """The fields whose rows are on screen for the open case."""
        unused = set(unused_fields(self.draft.kind)) if self.draft is not None else set()
        return [n for n in self.holders if n not in unused]

    def _show(self, name: str, value: Any) -> None:
        widget = self.widgets.get(name)
        if widget is None:
            return  # numbers have their own panel
        was = widget.blockSignals(True)
        try:
            if isinstance(widget, QComboBox):
                idx = widget.findData(value)
                widget.setCurrentIndex(idx if idx >= 0 else 0)
            elif isinstance(widget, DateField):
                widget.set_date(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                text = phone_display(value) if name in PHONE_FIELDS and str(value).startswith(
                    "+") else str(value or "")
                if widget.text() != text and not (name in PHONE_FIELDS and phone_to_e164(
                        widget.text())[0] == value and value):
                    widget.setText(text)
                    if not widget.hasFocus():  # a long value shown from its start, as written
                        widget.setCursorPosition(0)
        finally:
            widget.blockSignals(was)

    # -- validation ---------------------------------------------------------------------------
    def _validate(self, name: str) -> None:
        if self.draft is None or name not in self.messages:
            return
        message = check_field(self.draft, name, self.today())
        if name == "requested_date" and not self._editable:
            # lead time and "in the past" judge a date about to be asked for; on a case already
            # sent the date was asked for long ago, and saying it is "only 3 days out" is noise
            message = ""
        if name in PHONE_FIELDS:
            value = get_value(self.draft, name)
            if value and not str(value).startswith("+"):
                message = phone_to_e164(str(value))[1] or message
        if name == "port_texts" and self.texts_capable is False:
            message = TEXTS_NOT_CAPABLE  # why the tick is off, in view and on hover
        if name == "service_address.state":
            self._validate_zip()
        widget = self.widgets.get(name)
        if isinstance(widget, DateField) and widget.problem:
            message = widget.problem  # what was typed is kept, and said to be no date
        label = self.messages[name]
        label.setText(message)
        label.setVisible(bool(message))
        self.widgets[name].setToolTip(message or self._whole_text(name)
                                      or (TEXTS_TOOLTIP if name == "port_texts" else ""))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        for name, label in self.messages.items():  # a value that fits no more says itself
            if not label.text() and isinstance(self.widgets.get(name), QLineEdit):
                self.widgets[name].setToolTip(self._whole_text(name))

    def _whole_text(self, name: str) -> str:
        """A value longer than its box says itself whole on hover: the specialist compares the
        whole of it with the carrier's record (walked: a long customer name, title or street
        showed its start only). Never the PIN."""
        widget = self.widgets.get(name)
        if not isinstance(widget, QLineEdit) or name == "pin":
            return ""
        text = widget.text()
        fits = widget.fontMetrics().horizontalAdvance(text) <= max(widget.width() - 12, 0)
        return "" if fits else text

    def _validate_zip(self) -> None:
        if self.draft is not None and "service_address.postal_code" in self.messages:
            msg = check_field(self.draft, "service_address.postal_code", self.today())
            self.messages["service_address.postal_code"].setText(msg)
            self.messages["service_address.postal_code"].setVisible(bool(msg))

    def errors(self) -> dict[str, str]:
        return {n: lbl.text() for n, lbl in self.messages.items() if lbl.text()}

    def blocking_errors(self) -> dict[str, str]:
        """Values that must not reach the store: a phone field that is not a number, a date
        field holding text that is not a date (saving would drop what was typed)."""
        typed = {n: w.problem for n, w in self.widgets.items()
                 if isinstance(w, DateField) and w.problem}
        return {**{n: m for n, m in self.errors().items() if n in PHONE_FIELDS}, **typed}

    def focus_first(self) -> bool:
        """The first field that can be edited (a submitted case has only assignee and notes)."""
        shown = set(self.shown_fields())
        for name, widget in self.widgets.items():
            if widget.isEnabled() and name in shown:
                return self.focus_field(name)
        return False

    def focus_field(self, name: str) -> bool:
        key = name if name in self.widgets else {"service_address": "service_address.line1"}.get(
            name, "")
        widget = self.widgets.get(key)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True


