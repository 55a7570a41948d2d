"""LOA use cases: a case's letter, a carrier form filled from it, signing and recording it.

The store keeps the documents and the audit trail; portdesk.loa draws, fills, signs and checks.
These functions join the two so the GUI's buttons and the CLI do exactly the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from portdesk.config import Branding, Settings, own_dir
from portdesk.domain.case import PortCase
from portdesk.domain.entries import case_from_entry
from portdesk.domain.intake import IntakeLimits
from portdesk.domain.readiness import no_loa_here
from portdesk.loa.errors import LoaError
from portdesk.loa.fields import LoaValues, values_from_case
from portdesk.services.loa_binding import BINDING_KEY, binding_meta
from portdesk.services.loa_date import PRINTED_KEY

# What one command needs is imported where it is used: `loa render` paid for form filling's
# mapping tables, pypdf and the services' write path (intents -> store.audit) it never runs

if TYPE_CHECKING:
    from portdesk.loa.certs import WorkstationCert
    from portdesk.loa.fill import FillResult
    from portdesk.loa.overrides import MappingMemory, Overrides
    from portdesk.loa.sign import SignResult
    from portdesk.loa.signature import Stroke
    from portdesk.loa.verify import Verification
    from portdesk.store.documents import Document
    from portdesk.store.store import Store


def mapping_memory() -> MappingMemory:
    from portdesk.loa.overrides import MappingMemory

    return MappingMemory(own_dir("form_mappings"))


def signing_cert(branding: Branding) -> WorkstationCert:
    from portdesk.loa.certs import workstation_cert  # the crypto stack: only when signing

    return workstation_cert(own_dir("signing"), branding.name)


def render_case_loa(store: Store, reference: str, branding: Branding) -> tuple[PortCase, bytes]:
    from portdesk.loa.standard import render_standard_loa

    case = store.cases.get_by_reference(reference)
    return case, render_standard_loa(case, branding)


def values_for_case(store: Store, reference: str) -> LoaValues:
    return values_from_case(store.cases.get_by_reference(reference))


def load_mapping(path: Path) -> Overrides:
    """A specialist's mapping file: our field -> widget name or {page, x, y}."""
    from portdesk.loa.overrides import load_overrides

    return load_overrides(path)


def write_file(path: Path, data: bytes) -> None:
    """Written whole or not at all (a crash never leaves half a PDF under the name)."""
    from portdesk.loa.atomic_write import write_atomic  # not loa.files: that loads pypdf

    write_atomic(path, data)


def sign_file(pdf: bytes, ink_png: bytes, signer: str, branding: Branding, title: str = "",
              certify: bool = False, label: str = "") -> SignResult:
    """Sign a PDF with the workstation's certificate (ink, printed name, date, PAdES)."""
    from portdesk.loa.sign import sign_loa  # pyHanko (half a second): only when signing

    return sign_loa(pdf, ink_png, signer, signing_cert(branding), title, certify, label=label)


def values_from_entries(raw: Any) -> LoaValues:
    """The first entry of an entries file (a list, or {"entries": [...]}, or one object)."""
    if isinstance(raw, dict) and isinstance(raw.get("entries"), list):
        raw = raw["entries"]
    if isinstance(raw, list):
        if not raw:
            raise LoaError("the entries file has no entries")
        raw = raw[0]
    return values_from_case(case_from_entry(raw))


def fill_carrier_form(form_pdf: bytes, values: LoaValues, label: str,
                      overrides: Overrides | None = None, remember: bool = False,
                      limits: IntakeLimits | None = None) -> FillResult:
    """The specialist's corrections are remembered for the next copy of the same form only when
    they confirm it (remember=True): a one-off fix must not silently change every later fill.
    limits: the settings' caps on reading a form printed as a picture (Settings.limits)."""
    from portdesk.loa.fill import fill_form

    return fill_form(form_pdf, values, label, overrides, mapping_memory(),
                     remember=remember and bool(overrides), limits=limits)


def ink_from(*, strokes: Sequence[Stroke] | None = None, typed: str | None = None,
             image: bytes | None = None) -> bytes:
    """One of the three ways to sign, as the PNG the signing step places."""
    from portdesk.loa.signature import image_to_png, strokes_to_png, typed_to_png

    if strokes is not None:
        return strokes_to_png(strokes)
    if typed is not None:
        return typed_to_png(typed)
    if image is not None:
        return image_to_png(image)
    raise LoaError("choose a signature: drawn, typed or an image")


@dataclass(frozen=True, slots=True)
class SignedCaseLoa:
    result: SignResult
    document: Document


def sign_case_loa(store: Store, settings: Settings, actor: str, reference: str, ink_png: bytes,
                  signer: str, title: str = "", certify: bool = False,
                  pdf: bytes | None = None,
                  form_meta: dict[str, Any] | None = None) -> SignedCaseLoa:
    """Sign the case's standard LOA (or the given filled form) and file it with its hash.

    The letter is drawn from the case as it is now, so that is what it is bound to; a filled
    form is bound to what it was filled with when its meta says so (`form_meta`).
    """
    case = store.cases.get_by_reference(reference)
    refuse_loa(case)  # before the letter is drawn and signed
    from portdesk.loa.sign import sign_loa
    from portdesk.loa.standard import render_standard_loa

    source = pdf if pdf is not None else render_standard_loa(case, settings.branding)

    result = sign_loa(source, ink_png, signer, signing_cert(settings.branding), title, certify,
                      label=f"LOA for {case.reference}")
    bound = {k: form_meta[k] for k in (BINDING_KEY, PRINTED_KEY) if k in form_meta} \
        if form_meta and BINDING_KEY in form_meta else binding_meta(case, store.box)
    document = record_signed_loa(store, case, result, actor, bound)
    return SignedCaseLoa(result, document)


def refuse_loa(case: PortCase) -> None:
    """A case that takes no LOA from us is told so before any work (domain.readiness)."""
    why = no_loa_here(case)
    if why:
        raise LoaError(f"{why} Nothing was attached.")


def record_signed_loa(store: Store, case: PortCase, result: SignResult, actor: str,
                      bound: dict[str, Any] | None = None) -> Document:
    """The document goes in with its SHA-256 (which the store writes into the case's audit log)
    and with what it was signed over."""
    if case.id is None:
        raise LoaError("the case has not been saved yet")
    return _attach_document(
        store, case.id, "loa_signed", f"LOA-{case.reference}-signed.pdf", result.pdf, actor,
        signed_at=result.signed_at,
        meta={"signer": result.signer, "certified": result.certified,
              "placed_on": result.placed_on, "sha256": result.sha256,
              **(bound if bound is not None else binding_meta(case, store.box))})


def attach_wet_signed(store: Store, reference: str, content: bytes, filename: str,
                      signed_on: date, actor: str) -> Document:
    """The print, sign by hand, scan back path: keep the scan and the date it was signed."""
    case = store.cases.get_by_reference(reference)
    refuse_loa(case)
    if case.id is None:
        raise LoaError("the case has not been saved yet")
    media = "application/pdf" if content[:5] == b"%PDF-" else _image_type(content, filename)
    signed_at = datetime(signed_on.year, signed_on.month, signed_on.day, tzinfo=UTC)
    return _attach_document(store, case.id, "loa_wet_signed", Path(filename).name,
                                   content, actor, media, signed_at=signed_at,
                                   meta={"wet": True, **binding_meta(case, store.box)})


def _attach_document(*args: Any, **kwargs: Any) -> Document:
    """intents.attach_document, imported by the commands that file something (a write)."""
    from portdesk.services import intents

    return intents.attach_document(*args, **kwargs)


def _image_type(content: bytes, filename: str) -> str:
    from portdesk.loa.signature import image_to_png

    image_to_png(content, filename)  # refuses what is not an image, with a clear message
    if content[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if content[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    return "application/octet-stream"


def verify_file(pdf: bytes, settings: Settings, label: str) -> Verification:
    from portdesk.loa.verify import verify_loa

    return verify_loa(pdf, settings.loa_age_limit_days, label=label)


def attach_signed_file(store: Store, settings: Settings, reference: str, content: bytes,
                       filename: str, actor: str, signed_on: date | None = None) -> Document:
    """Attach an LOA signed elsewhere: a digitally signed PDF (verified first) or a wet scan.

    A digitally signed PDF must verify as intact; its signing time becomes the LOA's date. A scan
    of a hand-signed letter carries no proof of its date, so the specialist gives it.
    """
    refuse_loa(store.cases.get_by_reference(reference))  # before the file is verified
    if signed_on is not None:
        return attach_wet_signed(store, reference, content, filename, signed_on, actor)
    if content[:5] != b"%PDF-":
        raise LoaError(f"{Path(filename).name} is not a PDF; for a scanned wet signature give "
                       "the date it was signed")
    report = verify_file(content, settings, filename)
    if not report.signatures:
        raise LoaError(f"{Path(filename).name} has no digital signature; for a wet-signed scan "
                       "give the date it was signed")
    if not report.ok:
        raise LoaError(f"{Path(filename).name} failed verification: "
                       + "; ".join(report.problems or ["signature not intact"]))
    case = store.cases.get_by_reference(reference)
    if case.id is None:
        raise LoaError("the case has not been saved yet")
    first = report.signatures[0]
    return _attach_document(store, case.id, "loa_signed", Path(filename).name, content,
                                   actor, signed_at=first.signed_at,
                                   meta={"signer": first.signer, "certified": first.certified,
                                         "sha256": report.sha256, "attached": True,
                                         **binding_meta(case, store.box)})


def save_filled_form(store: Store, actor: str, case: PortCase, pdf: bytes, values: LoaValues,
                     label: str, overrides: Overrides | None,
                     remember: bool = False,
                     limits: IntakeLimits | None = None) -> tuple[FillResult, Document]:
    """A carrier's form filled from the case and filed with it (unsigned: kept here only).
    remember: the specialist confirmed their fixes are right for every copy of this form."""
    if case.id is None:
        raise LoaError("the case has not been saved yet")
    refuse_loa(case)
    result = fill_carrier_form(pdf, values, label, overrides or None, remember=remember,
                               limits=limits)
    name = f"{Path(label).stem}-{case.reference}-filled.pdf"
    document = _attach_document(
        store, case.id, "loa", name, result.pdf, actor,
        meta={"form": Path(label).name, "fingerprint": result.fingerprint,
              "problems": result.problems,
              # what it was filled from: signing it later binds the signature to these values
              # (not to the case as it stands then), so an edit in between makes it stale
              **binding_meta(case, store.box)})
    return result, document
