"""Verify a signed LOA: intact or not, who signed, when, and its age against the limit.

The verdict leads in one coloured line a specialist can act on ("send it" or "have it signed
again"); the details (signer, time, kind, certificate, hash) follow for the sceptical.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portdesk.config import Settings
from portdesk.domain.moments import shown_stamp
from portdesk.services import loa as loa_service
from portdesk.services import loa_desk, lookup
from portdesk.services.desk_types import Document, Store
from portdesk.services.desk_types import LoaVerification as Verification
from portdesk.ui.loa.common import (
    PDF_FILTER,
    FileDropMixin,
    OpenFileAsk,
    StatusLine,
    TaskDialog,
    local_time,
    read_file,
)

_GOOD, _BAD, _OLD = "#1b6e20", "#b00020", "#8a5a00"


def verify_path(settings: Settings, path: Path) -> Verification:
    return loa_service.verify_file(read_file(path), settings, path.name)


def verdict(report: Verification) -> tuple[str, str]:
    """The headline and its colour."""
    if not report.signatures:
        return "Not digitally signed: nothing proves who signed it or that it is unchanged", _BAD
    if any(not s.intact or not s.covers_whole_file for s in report.signatures):
        return "NOT intact: the document was changed after it was signed", _BAD
    if report.too_old:
        return (f"Intact, but too old: signed {report.age_days} days ago "
                f"(limit {report.age_limit_days}); have it signed again", _OLD)
    if report.problems:
        return "Problems found: see below", _BAD
    return "Intact: unchanged since it was signed", _GOOD


class VerifyDialog(FileDropMixin, TaskDialog):
    verified = Signal(object)  # Verification
    file_dropped = Signal(str)

    def __init__(self, store: Store | None, settings: Settings, case_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.case_id = store, settings, case_id
        self.report: Verification | None = None
        self.setWindowTitle("Verify a signed LOA")
        self.setAcceptDrops(True)
        self._build()
        self.file_dropped.connect(lambda p: self.verify_file(Path(p)))
        if store is not None and case_id is not None:
            self.status.busy("Looking for the case's signed LOAs…")
            self.runner.run(lookup.documents, store, case_id, "loa_signed", on_success=self._on_documents,
                            on_failure=self.status.error)
        else:
            self.status.busy("Open a signed LOA (or drop it here).")

    @classmethod
    def ask(cls, store: Store | None, settings: Settings, case_id: int | None = None,
            parent: QWidget | None = None) -> Verification | None:
        dialog = cls(store, settings, case_id, parent)
        dialog.exec()
        return dialog.report

    def _build(self) -> None:
        self.documents = QComboBox()
        self.documents.setAccessibleName("Signed LOA of the case")
        self.documents.activated.connect(lambda _i: self.verify_selected())
        self.documents.hide()
        open_button = QPushButton("Open a file…")
        open_button.clicked.connect(self.on_open)
        top = QHBoxLayout()
        top.addWidget(self.documents, 1)
        top.addWidget(open_button)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key in ("File", "Signed by", "Signed at", "Kind", "Certificate", "Age",
                    "SHA-256", "Problems"):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = label
            self.details.addRow(key, label)
        self.status = StatusLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addLayout(self.details)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 380)

    def _on_documents(self, docs: list[Document]) -> None:
        self.documents.clear()
        for doc in reversed(docs):
            self.documents.addItem(f"{doc.filename} (filed {shown_stamp(doc.created_at)})",
                                   (doc.id, doc.filename))
        self.documents.setVisible(bool(docs))
        if docs:
            self.verify_selected()
        else:
            self.status.warn("This case has no signed LOA yet: open a file to check one.")

    def verify_selected(self) -> None:
        data = self.documents.currentData()
        if data is None or self.store is None:
            return
        doc_id, name = data
        self._start(name, loa_desk.verify_document, self.store, self.settings, doc_id, name)

    def on_open(self) -> None:
        path = OpenFileAsk.ask(self, "Signed LOA", PDF_FILTER)
        if path is not None:
            self.verify_file(path)

    def verify_file(self, path: Path) -> None:
        self._start(path.name, verify_path, self.settings, path)

    def _start(self, name: str, fn: Callable[..., Verification], *args: Any) -> None:
        self.status.busy(f"Checking {name}…")
        self.headline.clear()
        self.fields["File"].setText(name)
        self.runner.run(fn, *args, on_success=self._on_verified, on_failure=self._on_failed,
                        lane="background")

    def _on_failed(self, message: str) -> None:
        self.report = None
        self._show_headline(message, _BAD)
        for key, label in self.fields.items():
            if key != "File":
                label.clear()
        self.status.clear_status()

    def _show_headline(self, text: str, color: str) -> None:
        self.headline.setText(text)
        self.headline.setStyleSheet(f"QLabel {{ color: white; background: {color}; "
                                    "font-weight: bold; padding: 8px; border-radius: 4px; }")

    def _on_verified(self, report: Verification) -> None:
        self.report = report
        self._show_headline(*verdict(report))
        sigs = report.signatures
        f = self.fields
        f["Signed by"].setText("; ".join(s.signer or "unknown" for s in sigs) or "—")
        f["Signed at"].setText("; ".join(local_time(s.signed_at) for s in sigs) or "—")
        f["Kind"].setText("; ".join(
            ("certification" if s.certified else "approval")
            + ("" if s.intact and s.covers_whole_file else " (NOT intact)") for s in sigs) or "—")
        f["Certificate"].setText("; ".join(
            "PortDesk workstation certificate (self-signed: trusted by knowing the workstation)"
            if s.self_signed else "issued by a certificate authority" for s in sigs) or "—")
        f["Age"].setText("—" if report.age_days is None else
                         f"{report.age_days} days (limit {report.age_limit_days})"
                         + (": too old" if report.too_old else ""))
        f["SHA-256"].setText(report.sha256)
        f["Problems"].setText("\n".join(report.problems) or "none")
        self.status.clear_status()
        self.verified.emit(report)
