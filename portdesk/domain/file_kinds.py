"""What a file received from outside really is, by its first bytes, never by its name or the
content type it was sent with: a document from another carrier is opened only when it is a PDF or
an image, and never run."""

from __future__ import annotations

from dataclasses import dataclass

# leading bytes -> (extension, media type, words)
_SIGNATURES: tuple[tuple[bytes, str, str, str], ...] = (
    (b"%PDF-", ".pdf", "application/pdf", "PDF"),
    (b"\x89PNG\r\n\x1a\n", ".png", "image/png", "PNG image"),
    (b"\xff\xd8\xff", ".jpg", "image/jpeg", "JPEG image"),
    (b"II*\x00", ".tif", "image/tiff", "TIFF image"),
    (b"MM\x00*", ".tif", "image/tiff", "TIFF image"),
)

# What the bill check reads, by name (before it reads the bytes), with each kind's media type:
# one list for the desk's drop targets, its file picker, the Document menu and the bill service.
BILL_MEDIA = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
              ".jpeg": "image/jpeg", ".tif": "image/tiff", ".tiff": "image/tiff"}
BILL_SUFFIXES = tuple(BILL_MEDIA)


@dataclass(frozen=True, slots=True)
class FileKind:
    extension: str
    media_type: str
    words: str
    viewable: bool  # a document PortDesk may hand to the system's viewer


def file_kind(content: bytes) -> FileKind:
    for head, extension, media_type, words in _SIGNATURES:
        if content.startswith(head):
            return FileKind(extension, media_type, words, True)
    return FileKind(".bin", "application/octet-stream",
                    "not a PDF or an image: kept as data, never opened", False)


def safe_stem(name: str, fallback: str) -> str:
    """A file name with no folder, no hidden dot and no extension of its own."""
    stem = name.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    stem = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in stem).strip(" _.")
    return stem[:80] or fallback
