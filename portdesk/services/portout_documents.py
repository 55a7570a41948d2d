"""What the gaining carrier sent with a port-out request (its LOA, its invoice), for the port-out
screen and the CLI: listed from the platform, and on request downloaded into the case's files.

A downloaded document is filed as the case's own (kind `other`, sealed at rest, its SHA-256 in
the audit log) with its kind read from its bytes (domain.file_kinds), never from its name or the
content type it came with; only a PDF or an image is ever handed to a viewer, nothing is run. The
same platform document is filed once. No document at all is an answer too, said plainly: the
specialist then decides on the request without one, within the deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from portdesk.domain.errors import PortDeskError
from portdesk.domain.file_kinds import FileKind, file_kind, safe_stem
from portdesk.platform.port import PortingPlatform
from portdesk.store.store import Store

KIND_WORDS = {"loa": "the gaining carrier's LOA (the customer's signed authorization)",
              "invoice": "the gaining carrier's invoice (a bill of the customer's)"}
NONE_SENT = ("The gaining carrier sent no supporting documents (no LOA, no invoice) with this "
             "request. Decide on the request details alone, before the deadline.")
SOURCE = "gaining carrier"  # meta["source"] of a document filed from a port-out


@dataclass(frozen=True, slots=True)
class GainingDocument:
    document_id: str  # the platform's document id
    kind: str  # the description's type, as given
    words: str
    sent_at: datetime | None
    filed_as: int | None  # the case document it was saved as, once saved


@dataclass(frozen=True, slots=True)
class Filed:
    case_document_id: int
    filename: str
    kind: FileKind
    declared_type: str  # what the platform said it is
    content: bytes

    @property
    def words(self) -> str:
        said = f"saved to the case's files as {self.filename} ({self.kind.words})"
        declared = self.declared_type.split(";")[0].strip().lower()
        if declared and declared != self.kind.media_type:
            said += f"; it was sent as {declared}, its content is not: read with care"
        return said


def _portout_id(store: Store, case_id: int) -> str:
    case = store.cases.get(case_id)
    if not case.platform_order_id:
        raise PortDeskError(f"{case.reference} was not received from the platform: there are "
                            "no gaining carrier's documents to read")
    return case.platform_order_id


def _filed(store: Store, case_id: int) -> dict[str, int]:
    return {str(d.meta.get("platform_document_id")): d.id
            for d in store.documents.for_case(case_id, "other")
            if d.meta.get("source") == SOURCE}


def gaining_documents(client: PortingPlatform, store: Store, case_id: int
                      ) -> list[GainingDocument]:
    portout_id = _portout_id(store, case_id)
    filed = _filed(store, case_id)
    return [GainingDocument(d.document_id, d.kind, KIND_WORDS.get(
        d.kind, f"a document the platform calls '{d.kind}'"), d.created_at,
        filed.get(d.document_id)) for d in client.supporting_documents(portout_id)]


@dataclass(frozen=True, slots=True)
class Fetched:
    """What the platform sent for one document: the network's part of saving it, done on the
    background lane. Nothing is downloaded for a document the listing already showed filed."""

    document: GainingDocument
    filename: str = ""  # as the platform named it
    content_type: str = ""  # as the platform declared it
    content: bytes = b""


def fetch_document(client: PortingPlatform, document: GainingDocument) -> Fetched:
    """Download it (network only: no database, so the desk runs it off the database lane)."""
    if document.filed_as is not None:
        return Fetched(document)
    got = client.document_content(document.document_id)
    if not got.content:
        raise PortDeskError(f"the platform sent an empty file for {document.words}")
    return Fetched(document, got.filename, got.content_type, got.content)


def file_document(store: Store, case_id: int, fetched: Fetched, actor: str) -> Filed:
    """File what was fetched into the case's files, once: a document already filed (by this
    desk, another one or the CLI since the listing) is returned as filed, and nothing is
    written. The database's part of saving, on the desk's database lane with its other
    writes."""
    document = fetched.document
    case_document = _filed(store, case_id).get(document.document_id)
    if case_document is not None:
        content = store.documents.content(case_document)
        row = next(d for d in store.documents.for_case(case_id, "other")
                   if d.id == case_document)
        return Filed(case_document, row.filename, file_kind(content),
                     str(row.meta.get("declared_type", "")), content)
    if not fetched.content:
        raise PortDeskError(f"{document.words} is listed as filed but is not in the case's "
                            "files; open this screen again")
    kind = file_kind(fetched.content)
    reference = store.cases.get(case_id).reference
    name = f"{safe_stem(fetched.filename, document.kind or 'document')}-{reference}" \
           f"-{SOURCE.replace(' ', '-')}{kind.extension}"
    from portdesk.services.intents import attach_document

    row = attach_document(store, case_id, "other", name, fetched.content, actor,
                          media_type=kind.media_type, meta={
                              "source": SOURCE, "platform_document_id": document.document_id,
                              "supporting_type": document.kind,
                              "declared_type": fetched.content_type})
    return Filed(row.id, name, kind, fetched.content_type, fetched.content)


def save_document(client: PortingPlatform, store: Store, case_id: int,
                  document: GainingDocument, actor: str) -> Filed:
    """Download it into the case's files (once: a second call returns the copy filed). The
    CLI's one call; the desk runs the same two steps on two lanes."""
    return file_document(store, case_id, fetch_document(client, document), actor)


def write_copy(filed: Filed, folder: Path) -> Path:
    """A copy the specialist asked for (`case documents --to`), whole or not at all and readable
    by this user only (0600), like every export: the document is the customer's."""
    from portdesk.loa.atomic_write import write_atomic

    target = folder / filed.filename
    write_atomic(target, filed.content)
    return target


def viewer_folder() -> Path:
    """A folder for the copies handed to the system's viewer: inside this process's scratch
    folder (portdesk/scratch.py: 0700, in the data folder, removed at exit and, after a crash,
    by the next PortDesk), never the system's temp folder. The screen removes it when it
    closes."""
    import tempfile

    from portdesk import scratch

    return Path(tempfile.mkdtemp(prefix="view-", dir=scratch.folder()))


def viewer_copy(filed: Filed, folder: Path) -> Path:
    """The decrypted copy a viewer opens (readable by this user only, read-only). Opened again,
    the copy made read-only last time is replaced, not written over (that would be refused)."""
    path = folder / filed.filename
    path.unlink(missing_ok=True)
    path.write_bytes(filed.content)
    path.chmod(0o400)
    return path


def remove_viewer_copies(folders: list[Path]) -> None:
    """Remove the viewer's copies (a viewer still showing one keeps what it read)."""
    import shutil

    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    folders.clear()
