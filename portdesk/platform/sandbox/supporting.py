"""A port-out's supporting documents in the sandbox: what the gaining carrier sent with its
request (its LOA, its invoice), listed by `GET /portouts/{id}/supporting_documents` (answered
with 201, as the description has it) and read by `GET /documents/{id}/download`.

The gaining carrier's side is the control `POST /_sandbox/portouts/{id}/supporting_documents`
(`type` loa or invoice, `filename`, `content_base64`, `content_type`): the bytes are kept as sent,
whatever they are, so a client's own type check can be tried. They are not uploads of this
account: the 30-minute deletion of unlinked uploads does not apply.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import TYPE_CHECKING

from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.clock import iso
from portdesk.platform.sandbox.errors import not_found
from portdesk.platform.sandbox.state import Json

if TYPE_CHECKING:
    from portdesk.platform.sandbox.core import Sandbox

KIND = "supporting_document"
TYPES = ("loa", "invoice")  # PortOutSupportingDocument.type


def listed(sandbox: Sandbox, portout_id: str) -> list[Json]:
    portouts.get(sandbox, portout_id)
    return sandbox.state.records(KIND, portout_id)


def add(sandbox: Sandbox, portout_id: str, kind: str, filename: str, content: bytes,
        content_type: str) -> Json:
    with sandbox.state.transaction():
        portouts.get(sandbox, portout_id)
        now = iso(sandbox.now())
        document = {"id": str(uuid.uuid4()), "record_type": "document", "filename": filename,
                    "content_type": content_type, "sha256": hashlib.sha256(content).hexdigest(),
                    "size": {"amount": len(content), "unit": "bytes"}, "status": "verified",
                    "av_scan_status": "scanned", "created_at": now, "updated_at": now}
        sandbox.state.add_document(document, content)
        record = {"id": str(uuid.uuid4()), "record_type": "supporting_document",
                  "type": kind, "portout_id": portout_id, "document_id": document["id"],
                  "created_at": now, "updated_at": now}
        sandbox.state.add_record(KIND, portout_id, record)
        return record


def content(sandbox: Sandbox, document_id: str) -> tuple[Json, bytes]:
    with sandbox.state.lock:
        document = sandbox.state.get_document(document_id)
        raw = sandbox.state.document_content(document_id)
    if document is None or raw is None:
        raise not_found("document", document_id)
    return document, raw
