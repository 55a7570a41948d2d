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


def open_pdf(data: bytes, label: str) -> PdfReader:
    """A reader that has proven it can parse the page tree; encryption is refused, not guessed at."""
    check_pdf_bytes(data, label)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise BadPdf(
                f"{label}: the PDF is encrypted (password-protected); ask the carrier for an "
                "unprotected copy or print it and fill it by hand"
            )
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
