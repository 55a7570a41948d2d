"""Additional documents from the desk and the CLI: a document the carrier asked for beside the
LOA and the bill (a CSR, a signed invoice, another page) sent to the case's platform order with
the type the platform's description lists, what the order holds listed, a wrong one removed.

Both the link and the removal are outbox intents, written with their audit entry in one
transaction: offline nothing is lost, the next sync round sends them (services.sync_additional),
and the listing says what still waits, in words. A new file is type-checked by its bytes (a PDF
or an image only, as the platform reviews them) and filed with the case, sealed like every other
document, before it is queued.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from portdesk.domain.additional_documents import DOCUMENT_TYPES, known_type, type_words
from portdesk.domain.errors import PortDeskError
from portdesk.domain.file_kinds import file_kind, safe_stem
from portdesk.domain.intake import IntakeLimits
from portdesk.domain.sync_trouble import platform_reason
from portdesk.platform.errors import PlatformError, Unreachable
from portdesk.platform.port import PortingPlatform
from portdesk.store import audit
from portdesk.store.documents import Document
from portdesk.store.store import Store

ATTACH, REMOVE = "additional", "additional_remove"


@dataclass(frozen=True, slots=True)
class AdditionalRow:
    """One line of the case's additional documents: on the platform, or waiting to go."""

    platform_id: str  # the platform's additional document id ("" while it waits)
    filename: str
    document_type: str
    words: str  # the state in words ("on the platform", "waiting to be sent", ...)


@dataclass(frozen=True, slots=True)
class AdditionalListing:
    rows: list[AdditionalRow]
    note: str  # what could not be read, in words ("" when the platform answered)


def _case(store: Store, case_id: int) -> tuple[str, str, bool]:
    from portdesk.services.intents import on_platform

    case = store.cases.get(case_id)
    return case.platform_order_id or "", case.reference, on_platform(store, case)


def _no_order(store: Store, case_id: int) -> str:
    from portdesk.services.intents import no_order_words

    return no_order_words(store.cases.get(case_id),
                          "additional documents go to its platform order")


def _document(store: Store, case_id: int, document_id: int) -> Document:
    found = next((d for d in store.documents.for_case(case_id) if d.id == document_id), None)
    if found is None:
        raise PortDeskError(f"the case has no file with id {document_id}")
    return found


def attach(store: Store, case_id: int, document_id: int, document_type: str,
           actor: str) -> str:
    """Queue one of the case's files to be linked to its order as `document_type`; returns
    what happens, in words."""
    try:
        known_type(document_type)
    except ValueError as exc:
        raise PortDeskError(str(exc)) from None
    _order, reference, queued = _case(store, case_id)
    if not queued:
        raise PortDeskError(_no_order(store, case_id))
    document = _document(store, case_id, document_id)
    if any(p.get("document_id") == document_id and p.get("document_type")
           == document_type for p in _waiting(store, case_id, ATTACH)):
        raise PortDeskError(f"{document.filename} already waits to be sent as "
                            f"{type_words(document_type)}")
    with store.transaction() as session:
        store.outbox.enqueue(session, case_id, ATTACH, f"{ATTACH}:{uuid.uuid4()}",
                             {"document_id": document_id, "document_type": document_type,
                              "filename": document.filename})
        audit.append(session, actor=actor, action="platform.additional_document_requested",
                     changes={"document": document.filename, "document_type": document_type},
                     case_id=case_id, case_reference=reference)
    return (f"{document.filename} goes to the platform as {type_words(document_type)} at the "
            "next sync (it waits in the outbox until the platform answers)")


def attach_new(store: Store, case_id: int, filename: str, content: bytes,
               document_type: str, actor: str, limits: IntakeLimits | None = None) -> str:
    """File a new document with the case (sealed, its hash in the audit log) and queue it."""
    try:
        known_type(document_type)
    except ValueError as exc:
        raise PortDeskError(str(exc)) from None
    limit = (limits or IntakeLimits()).max_bytes
    if len(content) > limit:
        raise PortDeskError(f"{filename} is larger than {limit // 2**20} MB: not attached")
    kind = file_kind(content)
    if not kind.viewable:
        raise PortDeskError(f"{filename} is {kind.words}: the platform reviews a PDF or an "
                            "image only. Nothing was attached.")
    _order, _reference, queued = _case(store, case_id)
    if not queued:
        raise PortDeskError(_no_order(store, case_id) + ". Nothing was attached.")
    name = safe_stem(filename, "document") + kind.extension
    document = store.documents.add(case_id, "other", name, content, actor,
                                   media_type=kind.media_type,
                                   meta={"additional_type": document_type})
    return attach(store, case_id, document.id, document_type, actor)


def remove(store: Store, case_id: int, platform_id: str, actor: str) -> str:
    """Queue the unlinking of an additional document the platform lists for the order."""
    order_id, reference, _queued = _case(store, case_id)
    if not order_id:
        raise PortDeskError(f"{reference} has no platform order: nothing to remove there")
    if not platform_id.strip():
        raise PortDeskError("name the additional document to remove (its id in the list)")
    with store.transaction() as session:
        if not store.outbox.enqueue(session, case_id, REMOVE, f"{REMOVE}:{platform_id}",
                                    {"additional_id": platform_id}):
            return "its removal was already asked"
        audit.append(session, actor=actor, action="platform.additional_document_removal",
                     changes={"additional_id": platform_id}, case_id=case_id,
                     case_reference=reference)
    return "removed from the platform order at the next sync (it waits in the outbox)"


def listing(client: PortingPlatform | None, store: Store, case_id: int) -> AdditionalListing:
    """What the order holds (when the platform answers) and what waits to be sent or removed.
    An unanswered platform is said, never shown as an empty list."""
    order_id, reference, created = _case(store, case_id)
    rows: list[AdditionalRow] = []
    note = ""
    removing = {str(p.get("additional_id")) for p in _waiting(store, case_id, REMOVE)}
    if not order_id:
        note = f"{reference} has no platform order yet: nothing is there" if created else \
            _no_order(store, case_id)
    elif client is None:
        note = "not connected to the platform: what the order holds is not shown"
    else:
        try:
            held = client.additional_documents(order_id)
        except Unreachable as exc:
            note = f"the platform did not answer ({exc}): what the order holds is not shown"
        except PlatformError as exc:
            note = f"the platform's list could not be read: {platform_reason(str(exc))}"
        else:
            names = {d.platform_document_id: d.filename for d in store.documents.for_case(case_id)
                     if d.platform_document_id}
            for item in held:
                words = "on the platform" + ("; removal waits to be sent"
                                             if item.id in removing else "")
                rows.append(AdditionalRow(item.id, item.filename or names.get(
                    item.document_id, item.document_id), item.document_type, words))
    for queued, state, error in store.outbox.items_for_case(case_id):
        if queued.intent != ATTACH or state not in ("pending", "failed"):
            continue
        words = (f"refused by the platform: {platform_reason(error)}"
                 if state == "failed" and error
                 else "waiting to be sent (outbox)")
        rows.append(AdditionalRow("", str(queued.payload.get("filename") or ""),
                                  str(queued.payload.get("document_type") or ""), words))
    return AdditionalListing(rows, note)


def listing_via(connect: Callable[[], PortingPlatform], store: Store,
                case_id: int) -> AdditionalListing:
    """The listing over a client `connect` makes (and closes); when none can be made (no key,
    offline), what waits here, with why the order's own list is not shown (desk and CLI alike)."""
    try:
        client = connect()
    except PortDeskError as exc:
        return AdditionalListing(listing(None, store, case_id).rows,
                                 f"{exc}: what the order holds is not shown")
    with closing(client):
        return listing(client, store, case_id)


def _waiting(store: Store, case_id: int, intent: str) -> list[dict[str, Any]]:
    return [item.payload for item, state, _error in store.outbox.items_for_case(case_id)
            if item.intent == intent and state in ("pending", "failed")]


def refused_words(store: Store, case_id: int) -> list[str]:
    """An additional document the platform refused, with its words (the desk shows them)."""
    return [f"{item.payload.get('filename') or 'a removal'}: {platform_reason(error)}"
            for item, state, error in store.outbox.items_for_case(case_id)
            if item.intent in (ATTACH, REMOVE) and state == "failed" and error]


__all__ = ["ATTACH", "DOCUMENT_TYPES", "REMOVE", "AdditionalListing", "AdditionalRow",
           "attach", "attach_new", "listing", "refused_words", "remove"]
