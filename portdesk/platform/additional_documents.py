"""Documents linked to a porting order beside its LOA and invoice: the description's
`/porting_orders/{id}/additional_documents` (list, link, unlink).

A carrier's rejection often asks for one more document (a CSR, a signed invoice, another page):
it is uploaded like any document (`POST /documents`) and linked here with its type. The link is
not repeatable (a resend may link the same document twice), so after an uncertain failure the
order's list is read first, as for the other non-repeatable calls. An unlink of a record that is
already gone is what was asked, not a failure.
"""

from __future__ import annotations

from portdesk.domain.additional_documents import DOCUMENT_TYPES
from portdesk.platform import errors as e
from portdesk.platform.port import AdditionalDocument
from portdesk.platform.transport import ClientCore
from portdesk.platform.wire import Json, parse_time


class AdditionalDocuments(ClientCore):
    def additional_documents(self, order_id: str) -> list[AdditionalDocument]:
        return list(self._all(f"porting_orders/{order_id}/additional_documents", {},
                              parse_additional_document, kind="additional document"))

    def add_additional_document(self, order_id: str, document_id: str,
                                document_type: str) -> AdditionalDocument:
        if document_type not in DOCUMENT_TYPES:
            raise e.RequestRejected(f"an additional document is one of {', '.join(DOCUMENT_TYPES)}"
                                    f", not {document_type!r}", 0, [])

        def applied() -> AdditionalDocument | None:
            return next((a for a in self.additional_documents(order_id)
                         if a.document_id == document_id and a.document_type == document_type),
                        None)

        def send() -> AdditionalDocument:
            body = self.request(
                "POST", f"porting_orders/{order_id}/additional_documents", repeatable=False,
                json={"additional_documents": [{"document_id": document_id,
                                                "document_type": document_type}]})
            data = self._data(body, "the additional documents")
            linked = [parse_additional_document(item) for item in
                      (data if isinstance(data, list) else [data])]
            mine = next((a for a in linked if a.document_id == document_id), None)
            if mine is None:
                raise e.MalformedResponse("the platform's answer does not list the document "
                                          "it was asked to link")
            return mine

        if (found := applied()) is not None:
            return found
        return self._unsafe(send, applied)

    def delete_additional_document(self, order_id: str, additional_id: str) -> None:
        try:
            self.request("DELETE",
                         f"porting_orders/{order_id}/additional_documents/{additional_id}")
        except e.NotFound:
            if not any(a.id == additional_id for a in self.additional_documents(order_id)):
                return  # already unlinked (by an earlier attempt, or on the platform)
            raise


def parse_additional_document(item: object) -> AdditionalDocument:
    if not isinstance(item, dict):
        raise e.MalformedResponse("the platform sent an additional document that is not an "
                                  "object")
    data: Json = item
    ident, document = data.get("id"), data.get("document_id")
    if not isinstance(ident, str) or not ident or not isinstance(document, str) or not document:
        raise e.MalformedResponse("an additional document without its id or document_id")
    try:
        when = parse_time(data.get("created_at"), "an additional document's created_at")
    except e.PlatformError:
        when = None
    return AdditionalDocument(ident, document, str(data.get("document_type") or ""),
                              str(data.get("filename") or ""), when)
