"""Opening untrusted PDFs and writing outputs so a failure never leaves half a file behind.

Carrier forms come from e-mail attachments and scans: anything can arrive, so every way a PDF can be
unusable is turned into one clear sentence before the filling code sees it.
"""

from __future__ import annotations

import functools
import inspect
import io
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar, cast

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError
from pypdf.generic import DictionaryObject

from portdesk.domain.intake import IntakeLimits, check_page_count
from portdesk.domain.intake_pdf import check_pdf_parts
from portdesk.loa.atomic_write import write_atomic as write_atomic  # no pypdf: loa render
from portdesk.loa.errors import BadPdf

_HEAD_BYTES = 1024
_PDF_LIBRARIES = ("pypdf", "pypdfium2", "pypdfium2_raw", "pyhanko", "pyhanko_certvalidator",
                  "asn1crypto")
P = ParamSpec("P")
R = TypeVar("R")


def refuses_damaged_pdf(func: Callable[P, R]) -> Callable[P, R]:
    """A PDF library choking on the file, anywhere in `func`, becomes BadPdf naming the file.

    pypdf and pdfium parse lazily: a file that opened can still fail on the fifth object read.
    Only failures raised by (or from inside) the PDF libraries are converted; a bug in PortDesk's
    own code, or running out of memory, still surfaces as what it is.
    """
    signature = inspect.signature(func)

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (BadPdf, MemoryError, KeyboardInterrupt):
            raise
        except Exception as exc:
            if not _from_pdf_library(exc):
                raise
            bound = signature.bind_partial(*args, **kwargs).arguments
            raise BadPdf(f"{bound.get('label', 'the PDF')}: the PDF is damaged and cannot be "
                         f"read ({type(exc).__name__}); ask for a fresh copy") from None

    return wrapper


def _from_pdf_library(exc: BaseException) -> bool:
    if type(exc).__module__.split(".")[0] in _PDF_LIBRARIES:
        return True
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    module = tb.tb_frame.f_globals.get("__name__", "") if tb is not None else ""
    return str(module).split(".")[0] in _PDF_LIBRARIES


def read_pdf_bytes(path: Path) -> bytes:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadPdf(f"{path}: no such file") from None
    except OSError as exc:
        raise BadPdf(f"{path}: cannot be read ({exc.strerror})") from None
    check_pdf_bytes(data, str(path))
    return data


def check_pdf_bytes(data: bytes, label: str) -> None:
    if not data:
        raise BadPdf(f"{label}: the file is empty")
    if b"%PDF-" not in data[:_HEAD_BYTES]:
        raise BadPdf(f"{label}: not a PDF file (no %PDF header)")
    if b"%%EOF" not in data[-_HEAD_BYTES * 2:]:
        raise BadPdf(f"{label}: the PDF is truncated (no end-of-file marker); get the file again")
    check_pdf_parts(data, label, IntakeLimits())  # a stream that inflates to gigabytes


def open_pdf(data: bytes, label: str, use: str = "fill") -> PdfReader:
    """A reader that has proven it can parse the page tree. A PDF that needs a password to open
    is refused, not guessed at; one locked by its owner only (it opens with the empty password,
    as every viewer opens it) is read, and the owner's permissions are honoured: `use` (fill,
    sign or print) is refused in one line when they forbid it."""
    check_pdf_bytes(data, label)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise BadPdf(
                f"{label}: the PDF is encrypted (password-protected); ask the carrier for an "
                "unprotected copy or print it and fill it by hand"
            )
        if (refusal := forbidden(reader, use)) is not None:
            raise BadPdf(f"{label}: {refusal}")
        if len(reader.pages) == 0:
            raise BadPdf(f"{label}: the PDF has no pages")
        check_page_count(label, len(reader.pages), IntakeLimits())
        _ = reader.pages[0].mediabox
    except BadPdf:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, OSError) as exc:
        raise BadPdf(f"{label}: the PDF is damaged and cannot be read ({type(exc).__name__})") \
            from None
    return reader


def is_xfa_only(reader: PdfReader) -> bool:
    """XFA forms keep their fields in XML that pypdf cannot fill; a dynamic one has no widgets."""
    root = cast(DictionaryObject, reader.trailer["/Root"].get_object())
    acro = root.get("/AcroForm")
    if acro is None:
        return False
    acro = acro.get_object()
    if not isinstance(acro, DictionaryObject) or "/XFA" not in acro:
        return False  # (a damaged form dictionary: no XFA to speak of)
    fields = acro.get("/Fields") or []
    return len(fields) == 0


# the owner's permissions (PDF 32000-1, table 22): bit 3 print, bit 6 annotate and fill, bit 9
# fill form fields (signature fields included)
_PRINT, _ANNOTATE, _FILL_FIELDS = 1 << 2, 1 << 5, 1 << 8
PERMISSIONS = "/PortDeskOwnerPermissions"  # the filled copy keeps the locked original's
_NEEDS = {"fill": (_FILL_FIELDS | _ANNOTATE, "filling its form fields"),
          "sign": (_FILL_FIELDS | _ANNOTATE, "signing it"),
          "print": (_PRINT, "printing it")}


def owner_permissions(reader: PdfReader) -> int | None:
    """The permissions its owner locked the PDF with (or that the locked original had, for a
    copy PortDesk filled), None when it is not locked."""
    if reader.is_encrypted:
        encrypt = cast(DictionaryObject, reader.trailer["/Encrypt"].get_object())
        return int(cast(int, encrypt.get("/P", -1))) & 0xFFFFFFFF
    info = reader.metadata
    said = info.get(PERMISSIONS) if info is not None else None
    return int(str(said)) & 0xFFFFFFFF if said is not None and str(said).lstrip("-").isdigit() \
        else None


def forbidden(reader: PdfReader, use: str) -> str | None:
    """One line when the owner's permissions forbid `use` (fill, sign, print), else None."""
    granted = owner_permissions(reader)
    bits, doing = _NEEDS[use]
    if granted is None or granted & bits:
        return None
    return (f"the PDF is locked by its owner and its permissions forbid {doing}; ask the "
            "carrier for a copy that allows it, or print it and complete it by hand"
            if use != "print" else
            f"the PDF is locked by its owner and its permissions forbid {doing}")


def print_refusal(pdf: bytes) -> str | None:
    """One line when the document's owner forbids printing it (a locked form, or PortDesk's
    filled or signed copy of one), else None (unreadable files are the printer's to say)."""
    try:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        return forbidden(reader, "print")
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, OSError):
        return None
