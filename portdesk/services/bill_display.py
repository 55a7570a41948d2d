"""The bill as the screen shows it: a PDF the viewer can open, in the reader's coordinates.

Apart from attaching (services/bill_desk.py) because it is about pixels, not about the case: an
encrypted PDF is unlocked for the viewer, a scan or phone photo becomes a PDF whose page size is
the one the reader measured its evidence boxes in.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from portdesk.bills.photo import straighten_photo
from portdesk.bills.reader import ReadLimits

log = logging.getLogger(__name__)


def display_copy(content: bytes, password: str | None = None) -> bytes | None:
    """The bill as a PDF the viewer can open, in the reader's coordinates; None if impossible.

    An encrypted PDF is unlocked (the viewer never sees the password); a scan becomes a PDF whose
    page size is the one the reader measured boxes in, so evidence boxes land on the words, and a
    multi-page TIFF keeps its pages.
    """
    try:
        if content[:1024].find(b"%PDF") >= 0:
            return _unlocked_pdf(content, password) if password else content
        return _image_pdf(content)
    except Exception:  # noqa: BLE001 - only the picture is lost; the check itself succeeded
        log.warning("the bill could not be prepared for display", exc_info=True)
        return None


def _unlocked_pdf(content: bytes, password: str) -> bytes:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(content, password=password)
    try:
        out = io.BytesIO()
        doc.save(out, flags=raw.FPDF_REMOVE_SECURITY)
        return out.getvalue()
    finally:
        doc.close()


def _image_pdf(content: bytes) -> bytes:
    from PIL import Image

    limits = ReadLimits()
    out = io.BytesIO()
    with Image.open(io.BytesIO(content)) as image:
        frames = []
        for index in range(min(getattr(image, "n_frames", 1), limits.max_ocr_pages)):
            image.seek(index)
            gray = image.convert("L")
            flat, changed = straighten_photo(gray)
            if changed and flat.width != gray.width:
                # a phone photo: show the sheet as the reader flattened it, so the evidence
                # boxes (measured on the flattened sheet, a letter-wide page) land on the words
                frames.append((flat, flat.width / 8.5))
            else:
                frames.append((gray, _points_per_inch(image)))
        first, dpi = frames[0]
        first.save(out, "PDF", resolution=dpi, save_all=True,
                   append_images=[f for f, _ in frames[1:]])
    return out.getvalue()


def _points_per_inch(image: Any) -> float:
    """The same rule as the OCR reader: the scan's own dpi, else a letter-wide page."""
    try:
        value = float(image.info.get("dpi", (0, 0))[0])
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if value >= 100 else max(image.width / 612, 0.1) * 72
