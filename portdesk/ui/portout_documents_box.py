"""The port-out screen's "Sent by the gaining carrier" box: the carrier's LOA and invoice as the
platform lists them, each with Save to case and Open, or a plain sentence when none were sent.

Saving is two steps, as a bill's is: the download on the background lane, then the filing on the
database lane, in order with the desk's other writes (services.portout_documents: fetch, then
file; its kind read from its bytes). Open saves first, then hands a PDF or an image, and nothing
else, to the system's viewer from a folder inside this process's scratch folder (in the data
folder, 0700), removed when the box goes (its screen closed, the desk closed); nothing is ever
run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from portdesk.services import portout_documents as pd
from portdesk.services.portout_documents import NONE_SENT, Fetched, Filed, GainingDocument
from portdesk.ui.taskman import TaskManager, describe

Fetch = Callable[[GainingDocument], Fetched]  # network only: the background lane
File = Callable[[Fetched], Filed]  # the database: the database lane
IN_FILES = "; in the case's files"


class GainingDocumentsBox(QGroupBox):
    def __init__(self, documents: list[GainingDocument] | None, unread: str, fetch: Fetch,
                 file: File, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__("Sent by the gaining carrier", parent)
        self.setObjectName("gainingDocuments")
        self._fetch, self._file, self._tasks = fetch, file, tasks
        self.opened: list[Path] = []  # what was handed to the viewer (tests read it)
        self._views: list[Path] = []  # folders of decrypted copies, removed when the box goes
        views = self._views  # not self: the box is gone when destroyed is emitted
        self.destroyed.connect(lambda *_args: pd.remove_viewer_copies(views))
        self.viewer: Callable[[Path], object] = \
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        grid = QGridLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.rows: list[tuple[GainingDocument, QLabel, QPushButton, QPushButton]] = []
        if documents is None:
            self.status.setText(f"Could not read them: {unread}. They need the platform; "
                                "open this screen again once it answers.")
        elif not documents:
            self.status.setText(NONE_SENT)
        for row, doc in enumerate(documents or []):
            sent = doc.sent_at.strftime(" (sent %Y-%m-%d)") if doc.sent_at else ""
            label = QLabel(f"{doc.words}{sent}" + (IN_FILES if doc.filed_as is not None
                                                     else ""))
            label.setWordWrap(True)
            save_button = QPushButton("Save to case")
            open_button = QPushButton("Open")
            save_button.clicked.connect(lambda _=False, d=doc: self.on_save_clicked(d))
            open_button.clicked.connect(lambda _=False, d=doc: self.on_open_clicked(d))
            grid.addWidget(label, row, 0)
            grid.addWidget(save_button, row, 1)
            grid.addWidget(open_button, row, 2)
            self.rows.append((doc, label, save_button, open_button))
        grid.addWidget(self.status, len(self.rows), 0, 1, 3)
        grid.setColumnStretch(0, 1)

    def _run(self, doc: GainingDocument, then: Callable[[Filed], None]) -> None:
        self.status.setText("Reading the document from the platform…")
        pressed = self.focusWidget()  # the buttons go off meanwhile: Qt moved the focus on
        self._buttons(False)

        def back() -> None:
            self._buttons(True)
            if pressed is not None and self.isAncestorOf(pressed):
                pressed.setFocus()  # walked: it was left on the Rejection code below

        def failed(exc: BaseException) -> None:
            back()
            self.status.setText(f"Not saved: {describe(exc)}")

        def done(filed: Filed) -> None:
            back()
            for listed, label, _, _ in self.rows:  # the row says it is filed now, as on reopening
                if listed.document_id == doc.document_id and IN_FILES not in label.text():
                    label.setText(label.text() + IN_FILES)
            then(filed)

        def fetched(got: Fetched) -> None:
            self.status.setText("Filing it with the case…")
            self._tasks.run(lambda: self._file(got), done, failed, lane="db")

        self._tasks.run(lambda: self._fetch(doc), fetched, failed, lane="background")

    def remove_copies(self) -> None:
        """The decrypted copies handed to the viewer go when the screen closes."""
        pd.remove_viewer_copies(self._views)

    def _buttons(self, on: bool) -> None:
        for _, _, save_button, open_button in self.rows:
            save_button.setEnabled(on)
            open_button.setEnabled(on)

    def on_save_clicked(self, doc: GainingDocument) -> None:
        self._run(doc, lambda filed: self.status.setText(filed.words[:1].upper()
                                                          + filed.words[1:] + "."))

    def on_open_clicked(self, doc: GainingDocument) -> None:
        def show(filed: Filed) -> None:
            if not filed.kind.viewable:  # its words say what it is and that it is never opened
                self.status.setText(f"Not opened: {filed.words}.")
                return
            if not self._views:
                self._views.append(pd.viewer_folder())
            path = pd.viewer_copy(filed, self._views[0])
            self.opened.append(path)
            self.viewer(path)
            self.status.setText(f"Opened {filed.filename} ({filed.kind.words}); "
                                "it is in the case's files too.")
        self._run(doc, show)
