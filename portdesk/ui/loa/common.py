"""Small pieces the LOA screens share: file questions tests can replace, a status line, drops.

Every question put to the user goes through a class with an `ask()` classmethod, so a test swaps
the answer in without a native dialog ever opening.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from portdesk.domain.case import PortCase
from portdesk.domain.errors import PortDeskError
from portdesk.domain.kind_fields import unused_fields
from portdesk.domain.moments import shown_stamp
from portdesk.ui.loa.pdfview import PdfView
from portdesk.ui.loa.tasks import TaskRunner

PDF_FILTER = "PDF documents (*.pdf *.PDF)"
SCAN_FILTER = "Signed copies (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff);;All files (*)"
_MAX_FILE = 80 * 1024 * 1024


class OpenFileAsk:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, filter_: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filter_)
        return Path(name) if name else None


class SaveCopyAsk:
    """Where to save a copy of a document (the system's save dialog); tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: str) -> Path | None:
        suffix = Path(suggested).suffix.lower()
        filters = {".pdf": PDF_FILTER, ".png": "PNG images (*.png)",
                   ".jpg": "JPEG images (*.jpg *.jpeg)", ".jpeg": "JPEG images (*.jpg *.jpeg)",
                   ".tif": "TIFF images (*.tif *.tiff)", ".tiff": "TIFF images (*.tif *.tiff)"}
        start = str(Path.home() / suggested)
        name, _ = QFileDialog.getSaveFileName(parent, title, start,
                                              filters.get(suffix, "All files (*)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix or not suffix else path.with_suffix(suffix)


class ErrorShow:
    """A blocking error box, for the few errors that have no status line to go to."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)


def read_file(path: Path) -> bytes:
    """File bytes, or one sentence saying why not."""
    try:
        if path.stat().st_size > _MAX_FILE:
            raise PortDeskError(f"{path.name} is larger than {_MAX_FILE // 2**20} MB")
        return path.read_bytes()
    except FileNotFoundError:
        raise PortDeskError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PortDeskError(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise PortDeskError(f"{path}: cannot be read ({exc.strerror})") from None


NO_CARRIER_TYPED = "no carrier typed"


def case_line(case: PortCase) -> str:
    """The case a screen is about, in one line. Each slot says what it holds: a kind that carries
    no losing carrier (a transfer, a port-out) leaves the slot out, and one that does but has
    none typed says so in words (the bill check's header showed a bare "—", read as a value)."""
    count = len(case.numbers)
    slots = [case.reference, case.account_name or "no customer name typed",
             f"{count} number" + ("" if count == 1 else "s")]
    if "losing_carrier" not in unused_fields(case.kind):
        slots.append(case.losing_carrier or NO_CARRIER_TYPED)
    return " · ".join(slots)


def local_time(when: datetime | None) -> str:
    if when is None:
        return "unknown time"
    return shown_stamp(when)  # naive is the store's UTC; the zone always named


class LetterWarning(QLabel):
    """The failing readiness checks about what the LOA will carry wrong or empty
    (readiness.before_signing), shown on the signing screens before a signature is made. A
    signature over a wrong letter is wasted: the carrier rejects it, and it must be filled and
    signed again. It says; it never blocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("letterWarning")
        self.setAccessibleName("What the LOA will carry wrong or empty")
        self.setStyleSheet("QLabel#letterWarning { color: #8a1f11; background: #fdecea; "
                           "border: 1px solid #e0a39b; padding: 6px; }")
        self.checks: list[Any] = []
        self.hide()

    def show_checks(self, checks: list[Any]) -> None:
        self.checks = list(checks)
        lines = [f"• {c.title}: {c.message}" for c in self.checks]
        self.setText(f"The LOA will carry {'this' if len(lines) == 1 else 'these'} wrong or "
                     "empty (readiness fails):\n" + "\n".join(lines) if lines else "")
        self.setVisible(bool(lines))


class StatusLine(QLabel):
    """One line under a form: busy, done (green) or a problem (red), always in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file and person names
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""

    def _set(self, kind: str, text: str, color: str) -> None:
        self.kind = kind
        self.setStyleSheet(f"QLabel {{ color: {color}; padding: 4px; }}" if color else "")
        self.setText(text)

    def busy(self, text: str) -> None:
        self._set("busy", text, "")

    def ok(self, text: str) -> None:
        self._set("ok", text, "#1b6e20")

    def warn(self, text: str) -> None:
        self._set("warn", text, "#8a5a00")

    def error(self, text: str) -> None:
        self._set("error", text, "#b00020")

    def clear_status(self) -> None:
        self._set("", "", "")


class FileDropMixin:
    """Accepts one dropped local file whose suffix is in `drop_suffixes`; emits `file_dropped`."""

    drop_suffixes: tuple[str, ...] = (".pdf",)

    def _dropped_path(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in self.drop_suffixes else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.file_dropped.emit(str(path))  # type: ignore[attr-defined]


class TaskDialog(QDialog):
    """A dialog with its own worker lane; closing it waits for the work instead of orphaning it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)

    def shutdown(self) -> None:
        """Wait for the workers and stop page rendering: nothing may outlive the screen."""
        self.runner.wait()
        for view in self.findChildren(PdfView):
            view.shutdown()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
