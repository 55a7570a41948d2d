"""The LOA screens' use cases: what the form filler, the signing, verifying, wet-signature and
preview screens ask for, so the screens hold widgets and nothing that reads a PDF or the store.

Each is a plain function over the store returning plain data; the screens run them on a worker.
"""

from __future__ import annotations

import io
import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from pypdf import PdfReader, PdfWriter

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.domain.intake import IntakeLimits
from portdesk.domain.readiness import Check, before_signing
from portdesk.loa.fields import LoaValues, values_from_case
from portdesk.loa.fill import FillResult, FormAnalysis, analyse_form
from portdesk.loa.flatten import flatten
from portdesk.loa.placing import text_for
from portdesk.loa.verify import Verification
from portdesk.services import loa as loa_service
from portdesk.services import lookup

if TYPE_CHECKING:
    from portdesk.store.documents import Document
    from portdesk.store.store import Store

log = logging.getLogger(__name__)


def case_values(store: Store, case_id: int) -> tuple[PortCase, LoaValues]:
    """The case and the LOA values drawn from it, for the form filler."""
    case = lookup.case(store, case_id)
    return case, values_from_case(case)


def analyse(pdf: bytes, label: str, overrides: dict[str, Any], country: str,
            limits: IntakeLimits | None = None) -> FormAnalysis:
    """Never refuses a readable PDF: a form we cannot map is still shown to place by clicking.
    limits: Settings.limits (a picture form's OCR keeps to them as the bill check does)."""
    return analyse_form(pdf, label, overrides or None, loa_service.mapping_memory(), country,
                        strict=False, limits=limits)


def written_values(analysis: FormAnalysis, values: LoaValues) -> list[str]:
    """What each placement of the analysis will write, as the fill writes it (a numbers
    table's area code cell, its Keep/Port word, a date in the form's format), one per placement."""
    return [text_for(p, values, analysis.placements, analysis.language).replace("\n", " / ")
            for p in analysis.placements]


def preview_fill(pdf: bytes, values: LoaValues, label: str,
                 overrides: dict[str, Any], limits: IntakeLimits | None = None) -> FillResult:
    return loa_service.fill_carrier_form(pdf, values, label, overrides or None, remember=False,
                                         limits=limits)


def save_fill(store: Store, actor: str, case: PortCase, pdf: bytes, values: LoaValues,
              label: str, overrides: dict[str, Any],
              remember: bool = False,
              limits: IntakeLimits | None = None) -> tuple[FillResult, Document]:
    """remember: the specialist confirmed their fixes are right for every copy of this form."""
    return loa_service.save_filled_form(store, actor, case, pdf, values, label,
                                        overrides or None, remember, limits)


def sign(store: Store, settings: Settings, actor: str, reference: str, ink: dict[str, Any],
         signer: str, title: str, certify: bool,
         document_id: int | None) -> loa_service.SignedCaseLoa:
    """Sign the standard letter, or the filled form `document_id` (bound to what it was filled
    with, as its meta says)."""
    if document_id is None and isinstance(ink.get("typed"), str):
        # a typed signature is the name it writes: on the standard letter, the printed person's
        # (the signer, its printed name, is checked against the letter when it is placed)
        from portdesk.loa.signer_check import check_name

        check_name(signer, ink["typed"], reference)
    ink_png = loa_service.ink_from(**ink)
    pdf = form_meta = None
    if document_id is not None:
        case = lookup.case_by_reference(store, reference)
        assert case.id is not None
        pdf = lookup.document_content(store, document_id)
        form = next((d for d in lookup.documents(store, case.id, "loa") if d.id == document_id),
                    None)
        form_meta = form.meta if form else None
    return loa_service.sign_case_loa(store, settings, actor, reference, ink_png, signer, title,
                                     certify, pdf=pdf, form_meta=form_meta)


def case_before_signing(store: Store, settings: Settings, case_id: int,
                        today: date | None = None) -> tuple[PortCase, list[Document], list[Check]]:
    """The case, its filled forms, and the failing readiness checks about what the letter will
    carry (readiness.before_signing), for the signing screens to show before a signature."""
    from portdesk.services.cases import readiness

    case, forms = lookup.case_and_documents(store, case_id, "loa")
    return case, forms, before_signing(readiness(store, case, settings, today))


def unsigned_letter(store: Store, settings: Settings, case_id: int) -> tuple[PortCase, bytes]:
    """The case's standard LOA, drawn now, unsigned (to print for a wet signature)."""
    case = lookup.case(store, case_id)
    return loa_service.render_case_loa(store, case.reference, settings.branding)


def verify_document(store: Store, settings: Settings, document_id: int,
                    label: str) -> Verification:
    return loa_service.verify_file(lookup.document_content(store, document_id), settings, label)


def display_copy(data: bytes) -> bytes:
    """The document with its form widgets burnt into the pages, for showing and printing only.

    QtPdf draws no form widgets (it never calls pdfium's form drawing), so a filled carrier form
    would preview and print blank. The stored document is never changed.
    """
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted or not any(
                str(a.get_object().get("/Subtype")) == "/Widget"
                for page in reader.pages for a in (page.get("/Annots") or [])):
            return data
        writer = PdfWriter(clone_from=reader)
        if flatten(writer) == 0:
            return data
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except Exception:  # noqa: BLE001 - a copy for display only: fall back to the file as it is
        log.debug("no display copy for a PDF", exc_info=True)
        return data
