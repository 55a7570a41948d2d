"""Port-out requests: the list (pending ones every round), one request, its comments, the codes
it may be rejected with, and the answer.

A rejection carries a code from `GET /portouts/rejections/{id}` (they differ per request) and a
reason; code 1001 "Other" must have one. An answer is not repeatable: after an uncertain failure
the request is read again, and one no longer pending counts as answered.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from portdesk.platform.errors import RequestRejected
from portdesk.platform.models import Portout, parse_portout
from portdesk.platform.port import Comment, Download, SupportingDocument
from portdesk.platform.porting_orders import one_more
from portdesk.platform.records import RejectionCode, parse_rejection
from portdesk.platform.transport import ClientCore
from portdesk.platform.wire import Json, format_time, parse_time, require


class PortoutCalls(ClientCore):
    def portouts(self, status: str | None = None) -> Iterator[Portout]:
        """`status`: sent as `filter[status]` and checked on every record: a platform that
        ignores the filter (or a record that moved on while the pages were read) must not pass
        a request off as one of that status."""
        params = {"filter[status]": status} if status else {}
        listed = self._all("portouts", params, parse_portout, key=lambda p: p.id,
                           kind="port-out")
        return (p for p in listed if status is None or p.status == status)

    def ported_since(self, since: datetime) -> Iterator[Portout]:
        """Requests that ported at or after `since`: `filter[ported_out_at][gte]`, a date-time
        as the description gives it ("Filter by ported_out_at date greater than or equal").
        The record has no `ported_out_at` field to check the range on, so only the status is
        checked: a platform that ignores the filter lists more ported requests, never another
        status."""
        listed = self._all("portouts", {"filter[ported_out_at][gte]": format_time(since)},
                           parse_portout, key=lambda p: p.id, kind="port-out")
        return (p for p in listed if p.status == "ported")

    def get_portout(self, portout_id: str) -> Portout:
        return parse_portout(self._data(self.request("GET", f"portouts/{portout_id}"),
                                        "the port-out"))

    def portout_comments(self, portout_id: str) -> list[Comment]:
        """One request: the description gives this list no page parameters."""
        body = self.request("GET", f"portouts/{portout_id}/comments")
        return self._items(body, "port-out comments", parse_portout_comment, "port-out comment")

    def add_portout_comment(self, portout_id: str, text: str, already: int = 0) -> Comment:
        """POST /portouts/{id}/comments; after an uncertain failure, the same text counts as
        sent only when there are more of it than the `already` there before (porting_orders)."""
        def applied() -> Comment | None:
            return one_more(self.portout_comments(portout_id), text, already)

        def send() -> Comment:
            body = self.request("POST", f"portouts/{portout_id}/comments", json={"body": text},
                                repeatable=False)
            return parse_portout_comment(self._data(body, "the new port-out comment"))

        return self._unsafe(send, applied)

    def supporting_documents(self, portout_id: str) -> list[SupportingDocument]:
        """One request (no page parameters described); the description answers it with 201."""
        body = self.request("GET", f"portouts/{portout_id}/supporting_documents")
        return self._items(body, "supporting documents", parse_supporting_document,
                           "supporting document")

    def document_content(self, document_id: str) -> Download:
        """GET /documents/{id}/download: the bytes as sent, never decoded or run here."""
        response = self.request("GET", f"documents/{document_id}/download", raw=True)
        disposition = response.headers.get("content-disposition", "")
        name = disposition.split("filename=", 1)[1].strip('" ') if "filename=" in disposition \
            else ""
        return Download(response.content, response.headers.get("content-type", ""), name)

    def rejection_codes(self, portout_id: str) -> list[RejectionCode]:
        body = self.request("GET", f"portouts/rejections/{portout_id}")
        return self._items(body, "rejection codes", parse_rejection, "rejection code")

    def answer_portout(self, portout_id: str, authorize: bool, reason: str = "",
                       rejection_code: int | None = None,
                       host_messaging: bool = False) -> Portout:
        """`host_messaging` (the description's body field, default false) goes with an
        authorization, always written out: whether the numbers' texts stay hosted here after
        the port-out. A rejection ports nothing, so it carries none."""
        status = "authorized" if authorize else "rejected-pending"
        body: Json = {"reason": reason}
        if authorize:
            body["host_messaging"] = host_messaging
        else:
            if rejection_code is None:
                raise RequestRejected("a port-out rejection needs a rejection code", 0, [])
            body["rejection_code"] = rejection_code

        def applied() -> Portout | None:
            current = self.get_portout(portout_id)
            return current if current.status != "pending" else None

        def send() -> Portout:
            answer = self.request("PATCH", f"portouts/{portout_id}/{status}", json=body,
                                  repeatable=False)
            return parse_portout(self._data(answer, "the port-out"))

        return self._unsafe(send, applied)


def parse_portout_comment(data: object) -> Comment:
    from portdesk.platform.errors import MalformedResponse

    if not isinstance(data, dict):
        raise MalformedResponse("the platform sent a port-out comment that is not an object")
    try:
        when = parse_time(data.get("created_at"), "a comment time")
    except MalformedResponse:
        when = None
    return Comment(id=require(data, "id", str, "port-out comment"),
                   body=str(data.get("body") or ""), user_type="", created_at=when)


def parse_supporting_document(data: object) -> SupportingDocument:
    from portdesk.platform.errors import MalformedResponse

    if not isinstance(data, dict):
        raise MalformedResponse("the platform sent a supporting document that is not an object")
    try:
        when = parse_time(data.get("created_at"), "a supporting document's created_at")
    except MalformedResponse:
        when = None
    return SupportingDocument(
        id=require(data, "id", str, "supporting document"),
        document_id=require(data, "document_id", str, "supporting document"),
        kind=str(data.get("type") or ""), created_at=when)
