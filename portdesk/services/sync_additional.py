"""Push of additional documents (services.additional_documents): the upload and its link with
its type through the one path every document takes (Pusher.upload_and_link: uploaded exactly
once, uploaded again when the platform deleted the copy before the link); an unlinking.

Both are safe to send again: the client reads the order's list before it links again after an
uncertain failure, a link already there with that type is not made twice, and an unlinking of
a record already gone is what was asked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from portdesk.domain.case import PortCase
from portdesk.platform.errors import NotFound, RequestRejected
from portdesk.services.additional_documents import ATTACH, REMOVE
from portdesk.store import audit
from portdesk.store.sync_repo import OutboxItem

if TYPE_CHECKING:
    from portdesk.services.sync_push import Pusher
    from portdesk.services.sync_report import SyncReport


def push_attach(pusher: Pusher, item: OutboxItem, case: PortCase, report: SyncReport) -> None:
    document_id = int(item.payload.get("document_id", 0))
    document_type = str(item.payload.get("document_type") or "")
    owners = [item.case_id] + ([case.parent_id] if case.parent_id else [])
    document = next((d for owner in owners for d in pusher.store.documents.for_case(owner)
                     if d.id == document_id), None)
    if document is None:
        raise RequestRejected(f"{case.reference}: the document to send is gone", 0, [])
    order_id = pusher.order_id_of(case)
    linked = pusher.upload_and_link(document, case, lambda platform_id: (
        pusher.client.add_additional_document(order_id, platform_id, document_type)))
    with pusher.store.transaction() as session:
        audit.append(session, actor=pusher.applier.actor, action="platform.additional_document",
                     changes={"document": document.filename, "document_type": document_type,
                              "additional_id": linked.id},
                     case_id=item.case_id, case_reference=case.reference)
        pusher.repo.mark_done(item.id, session=session)


def push_remove(pusher: Pusher, item: OutboxItem, case: PortCase, report: SyncReport) -> None:
    additional_id = str(item.payload.get("additional_id") or "")
    try:
        pusher.client.delete_additional_document(pusher.order_id_of(case), additional_id)
    except NotFound:
        raise RequestRejected(f"{case.reference}: the order is gone from the platform", 404,
                              []) from None
    with pusher.store.transaction() as session:
        audit.append(session, actor=pusher.applier.actor,
                     action="platform.additional_document_removed",
                     changes={"additional_id": additional_id}, case_id=item.case_id,
                     case_reference=case.reference)
        pusher.repo.mark_done(item.id, session=session)


INTENTS: dict[str, Callable[[Pusher, OutboxItem, PortCase, SyncReport], None]] = {
    ATTACH: push_attach, REMOVE: push_remove}
