"""Compare my unsaved edits with the version someone else saved, and choose field by field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portdesk.domain.case import PortCase, mask_secret
from portdesk.domain.words import counted
from portdesk.ui.case_editor import LABELS
from portdesk.ui.fields import get_value, set_value
from portdesk.ui.journal import JOURNALED


def show(name: str, value: Any) -> str:
    if name == "pin":
        return mask_secret(str(value or ""))
    if name == "numbers":
        return counted(len(value), "number")
    if name == "service_address":
        return value.one_line()
    if hasattr(value, "value"):
        return str(value.value)
    return "" if value is None else str(value)


def differences(base: PortCase, mine: PortCase, theirs: PortCase) -> list[tuple[str, Any, Any]]:
    """Fields both sides changed, to different values: (field, mine, theirs). A field only I
    changed is no conflict (mine is kept by the merge), nor one only they changed (theirs is):
    the dialog listed my own edits as if the colleague had changed them too."""
    out = []
    for name in JOURNALED:
        m, b, t = get_value(mine, name), get_value(base, name), get_value(theirs, name)
        if m != b and t != b and m != t:
            out.append((name, m, t))
    return out


def merge(theirs: PortCase, mine: PortCase, keep_mine: set[str]) -> PortCase:
    """Their version (and their version number) with the fields I chose to keep."""
    merged = theirs
    for name in keep_mine:
        merged = set_value(merged, name, get_value(mine, name))
    return merged


class CompareDialog(QDialog):
    def __init__(self, parent: QWidget | None, diffs: list[tuple[str, Any, Any]]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Changed by someone else: compare")
        grid = QGridLayout()
        for col, text in enumerate(("Field", "Theirs (saved)", "Mine (unsaved)", "Keep mine")):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, col)
        self.keep: dict[str, QCheckBox] = {}
        for row, (name, mine, theirs) in enumerate(diffs, start=1):
            label = LABELS.get(name, name.replace("_", " ").capitalize())
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(QLabel(show(name, theirs)), row, 1)
            grid.addWidget(QLabel(show(name, mine)), row, 2)
            box = QCheckBox()
            box.setChecked(True)
            box.setAccessibleName(f"Keep my {label}")
            self.keep[name] = box
            grid.addWidget(box, row, 3)
        grid.setRowStretch(len(diffs) + 1, 1)  # rows at the top, under their heads, not spread
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Save the merged version")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box_ = QVBoxLayout(self)
        box_.addWidget(QLabel("Only the fields you changed that they changed too are listed."))
        box_.addWidget(scroll, 1)
        box_.addWidget(buttons)
        self.resize(620, 360)

    @classmethod
    def ask(cls, parent: QWidget | None, diffs: list[tuple[str, Any, Any]]) -> set[str] | None:
        dlg = cls(parent, diffs)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return {name for name, box in dlg.keep.items() if box.isChecked()}
