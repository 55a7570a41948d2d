"""What the carrier-form screen tells the specialist in words: the blanks left for them before a
fill, the fill's problems and notes after it, and whether to remember their fixes.

Kept apart from the dialog so the wording (and its order: problems first, then what was left
empty on purpose, then notes) is one reviewable place, and the list that shows it one widget.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox, QWidget

from portdesk.services.desk_types import FillResult, FormAnalysis

_MARKS = {"problem": "⚠ ", "review": "? "}
_COLOURS = {"problem": "#b00020", "review": "#1565c0"}
_NOTE_COLOUR = "#8a5a00"


class RememberAsk:
    """Whether the specialist's fixes should be used for every later copy of this form."""

    @classmethod
    def ask(cls, parent: QWidget | None, count: int, form: str) -> bool:
        answer = QMessageBox.question(
            parent, "Remember these fixes?",
            f"You fixed where {count} value{'s go' if count != 1 else ' goes'} on {form}."
            "\n\nRemember your fixes, so the next copy of this form is filled the same way?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def review_lines(analysis: FormAnalysis) -> list[tuple[str, str]]:
    """What the specialist must look at before any fill: the notice, blanks left empty."""
    lines = [("problem", analysis.notice)] if analysis.notice else []
    return lines + [("review", r.line()) for r in analysis.review]


def report_lines(result: FillResult) -> list[tuple[str, str]]:
    """(severity, text): problems first, then the per-field notes (shrunk text, characters)."""
    lines = [("problem", p) for p in result.problems]
    lines += [("review", f"left for you: {line}") for line in result.review]
    if result.not_placed:
        lines.append(("review", "no place on this form for: " + ", ".join(result.not_placed)))
    lines += [("note", f"{r.field} ({r.target}): {r.note}") for r in result.rows
              if r.note and r.note != "placed when signing"
              and not any(r.field in p and r.note in p for p in result.problems)]
    return lines


class ReportList(QListWidget):
    """The screen's list of problems, blanks left for the specialist, and notes."""

    def __init__(self) -> None:
        super().__init__()
        self.setMaximumHeight(130)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("Fill report")

    def show_lines(self, lines: list[tuple[str, str]], nothing: str) -> None:
        self.clear()
        for severity, text in lines:
            item = QListWidgetItem(_MARKS.get(severity, "• ") + text)
            item.setForeground(QColor(_COLOURS.get(severity, _NOTE_COLOUR)))
            self.addItem(item)
        if not lines:
            self.addItem(nothing)
