"""Additional documents of an order in the sandbox, as the description has them
(`/porting_orders/{id}/additional_documents`): a list of uploaded documents linked with a type
(loa, invoice, csr, other), listed newest first unless `sort[value]` says otherwise, filtered by
`filter[document_type]`, and deleted one by one.

What the description does not say, the double does not invent: it names no order status that
refuses a link, so any order takes one. A `document_id` that is no upload here is refused (422,
the description's "Unprocessable entity"), and a linked upload counts as linked (it is not
purged 30 minutes after its upload, and `DELETE /documents/{id}` refuses it).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from portdesk.platform.sandbox.clock import iso
from portdesk.platform.sandbox.errors import not_found, unprocessable
from portdesk.platform.sandbox.state import Json

if TYPE_CHECKING:
    from portdesk.platform.sandbox.core import Sandbox

KIND = "additional_document"
DOCUMENT_TYPES = ["loa", "invoice", "csr", "other"]
SORTS = ["created_at", "-created_at"]


def add(sandbox: Sandbox, order_id: str, body: Json) -> list[Json]:
    with sandbox.state.transaction():
        sandbox.order(order_id)
        added = []
        now = iso(sandbox.now())
        for index, item in enumerate(body.get("additional_documents") or []):
            document = sandbox.state.get_document(str(item.get("document_id") or ""))
            if document is None:
                raise unprocessable("no uploaded document has this id",
                                    pointer=f"/additional_documents/{index}/document_id")
            record = {"id": str(uuid.uuid4()), "record_type": "porting_additional_document",
                      "document_id": document["id"], "document_type": item["document_type"],
                      "filename": document.get("filename") or "",
                      "content_type": document.get("content_type") or "",
                      "porting_order_id": order_id, "created_at": now, "updated_at": now}
            sandbox.state.add_record(KIND, order_id, record)
            added.append(record)
        return added


def listed(sandbox: Sandbox, order_id: str, types: list[str], sort: str) -> list[Json]:
    sandbox.order(order_id)
    found = [r for r in sandbox.state.records(KIND, order_id)
             if not types or r["document_type"] in types]
    # records are kept in the order they were made: created_at ascending, ties by that order
    return found if sort == "created_at" else list(reversed(found))


def delete(sandbox: Sandbox, order_id: str, record_id: str) -> None:
    with sandbox.state.transaction():
        sandbox.order(order_id)
        if not any(r["id"] == record_id for r in sandbox.state.records(KIND, order_id)):
            raise not_found("additional document", record_id)
        sandbox.state.delete_record(KIND, record_id)


def links(sandbox: Sandbox, doc_id: str) -> bool:
    """Whether an order holds the upload as an additional document."""
    return sandbox.state.record_mentions(KIND, doc_id)
