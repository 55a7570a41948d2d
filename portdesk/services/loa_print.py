"""Which letter "Print LOA" prints: the signed one when there is one, as it was signed.

Printing the letter drawn from the case after it was signed would put an unsigned page in the
customer's or the carrier's hands; printing a signed letter the case no longer matches must say so.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.domain.errors import PortDeskError
from portdesk.domain.loa_binding import STALE_LOA, drift
from portdesk.loa.files import print_refusal
from portdesk.loa.standard import render_standard_loa
from portdesk.services.loa_binding import binding_from_meta
from portdesk.services.loa_date import date_moved
from portdesk.store.documents import Document
from portdesk.store.store import Store


@dataclass(frozen=True, slots=True)
class LetterToPrint:
    case: PortCase
    pdf: bytes
    filename: str
    signed: bool
    note: str  # one line above the preview: which letter this is
    stale: bool = False  # a signed letter the case no longer matches
    date_moved: bool = False  # matching, but it prints another requested date than the case's


def scan_as_pdf(content: bytes, name: str) -> bytes:
    """A scanned wet signature kept as an image, as a one-page PDF for printing."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as image:
            out = io.BytesIO()
            dpi = image.info.get("dpi", (150, 150))[0] or 150
            image.convert("RGB").save(out, "PDF", resolution=float(dpi))
            return out.getvalue()
    except (UnidentifiedImageError, OSError) as exc:
        raise PortDeskError(f"{name} cannot be printed: it is neither a PDF nor an image "
                            f"PortDesk can read ({type(exc).__name__})") from None


def _signed_note(doc: Document) -> str:
    who = doc.meta.get("signer") or ("signed by hand" if doc.meta.get("wet") else "")
    when = doc.signed_at.date().isoformat() if doc.signed_at else "an unknown date"
    return f"Signed LOA {doc.filename}" + (f", {who}" if who else "") + f", signed {when}."


def letter_to_print(store: Store, settings: Settings, case_id: int) -> LetterToPrint:
    case = store.cases.get(case_id)
    doc = store.documents.latest(case_id, "loa_signed", "loa_wet_signed")
    if doc is None:
        return LetterToPrint(case, render_standard_loa(case, settings.branding),
                             f"LOA-{case.reference}.pdf", False,
                             "Not signed yet: the letter drawn from the case now, to be signed "
                             "and dated by hand.")
    content = store.documents.content(doc.id)
    pdf = content if content[:5] == b"%PDF-" else scan_as_pdf(content, doc.filename)
    binding = binding_from_meta(doc.meta, store.box)
    moved = drift(binding, case) if binding is not None else None
    filename = doc.filename if doc.filename.lower().endswith(".pdf") else \
        f"LOA-{case.reference}-signed.pdf"
    if moved is not None and moved.stale:
        return LetterToPrint(case, pdf, filename, True,
                             f"{STALE_LOA} ({moved.describe()}). Shown as it was signed.",
                             stale=True)
    moved_date = date_moved(store, case)  # not bound, so not stale: said before it is printed
    if moved_date is not None:
        return LetterToPrint(case, pdf, filename, True,
                             f"{_signed_note(doc)} {moved_date.sentence()}", date_moved=True)
    return LetterToPrint(case, pdf, filename, True, _signed_note(doc))


def owner_forbids_printing(pdf: bytes) -> str | None:
    """One line when the document's owner forbids printing it (a carrier's form locked by its
    owner, or PortDesk's filled or signed copy of one), else None."""
    return print_refusal(pdf)
