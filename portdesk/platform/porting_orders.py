"""Porting orders, their comments and documents, and both event logs, as the platform's HTTP API
has them (the client's part the sync reaches through platform/telnyx_port.py).

Porting creates take no idempotency key, so `create_porting_order` first looks the order up by
`customer_reference` (PortDesk's reference for the case, unique to this database) and does so again
whenever an attempt may have been applied without an answer: a retry, or a restart after a crash,
never makes a second order. An order found under the reference is adopted only when its numbers
are the case's: another desk's order is a `ReferenceConflict`, never silently taken. The other
non-repeatable calls (confirm, cancel, comment, port-out answer) check the platform the same way
before they resend. An order lists at most its first 50 numbers (`include_phone_numbers`, as
described); a larger one is completed from `/porting_phone_numbers` (its `meta.phone_numbers_url`),
so a split or a status never acts on half an order. Port-in steps and port-outs live in their own
modules (porting_steps, portout_calls); the transport in transport.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from portdesk.platform import errors as e
from portdesk.platform.models import PlatformOrder, parse_comment, parse_document, parse_order
from portdesk.platform.pagination import Page
from portdesk.platform.port import Comment, Document
from portdesk.platform.transport import MAX_PAGE_SIZE, ClientCore
from portdesk.platform.wire import Json, format_time, to_platform_number

SUBMITTED_OR_LATER = frozenset({"in-process", "submitted", "foc-date-confirmed", "ported",
                                "cancel-pending", "cancelled"})
PORTING_EVENTS, PORTOUT_EVENTS = "porting/events", "portouts/events"
LISTED_NUMBERS = 50  # "Include the first 50 phone number objects in the results"


class ReferenceConflict(e.RequestRejected):
    """Orders under the case's reference hold other numbers: not this case's, never adopted."""

    def __init__(self, message: str) -> None:
        super().__init__(message, 409, [])


class PortingOrders(ClientCore):
    # porting orders
    def find_orders(self, customer_reference: str) -> list[PlatformOrder]:
        return list(self.list_porting_orders({"customer_reference": customer_reference}))

    def create_porting_order(self, numbers: list[str], customer_reference: str,
                             customer_group_reference: str | None = None,
                             account_number: str = "") -> list[PlatformOrder]:
        """The order(s) for this reference: found if they exist, created otherwise (maybe split).

        Found orders must hold only the case's numbers (and its account number, where the order
        has one): anything else raises ReferenceConflict instead of adopting a stranger's order.
        """
        if not customer_reference:
            raise e.RequestRejected("a porting order needs the case reference", 0, [])
        mine = {to_platform_number(n) for n in numbers}

        def existing() -> list[PlatformOrder] | None:
            found = [o for o in self.find_orders(customer_reference) if o.status != "cancelled"]
            _check_adoptable(found, mine, account_number, customer_reference)
            return found or None

        if found := existing():
            return found
        payload: Json = {"phone_numbers": [to_platform_number(n) for n in numbers],
                         "customer_reference": customer_reference}
        if customer_group_reference:
            payload["customer_group_reference"] = customer_group_reference

        def send() -> list[PlatformOrder]:
            body = self.request("POST", "porting_orders", json=payload, repeatable=False)
            data = self._data(body, "the new order")
            return [self.whole(parse_order(o)) for o in (data if isinstance(data, list) else [data])]

        return self._unsafe(send, existing)

    def get_porting_order(self, order_id: str) -> PlatformOrder:
        return self.whole(parse_order(self._data(self.request("GET", f"porting_orders/{order_id}"),
                                                 "the order")))

    def whole(self, order: PlatformOrder) -> PlatformOrder:
        """The order with every number: past the first 50 they come from /porting_phone_numbers."""
        count = order.raw.get("porting_phone_numbers_count")
        if not isinstance(count, int) or count <= len(order.numbers):
            return order
        items = list(self.porting_phone_numbers(order_id=order.id))
        if len(items) <= len(order.numbers):
            return order  # the platform gave no more: keep what the order said
        return parse_order({**order.raw, "phone_numbers": items})

    def list_porting_orders(self, filters: dict[str, str] | None = None,
                            page_size: int = MAX_PAGE_SIZE) -> Iterator[PlatformOrder]:
        params: dict[str, Any] = {f"filter[{k}]": v for k, v in (filters or {}).items()}
        params["sort[value]"] = "created_at"  # oldest first: new orders land on the last page
        return (self.whole(o) for o in self._all("porting_orders", params, parse_order,
                                                 page_size, key=lambda o: o.id))

    def update_porting_order(self, order_id: str, fields: Json) -> PlatformOrder:
        body = self.request("PATCH", f"porting_orders/{order_id}", json=fields)
        return self.whole(parse_order(self._data(body, "the updated order")))

    def delete_porting_order(self, order_id: str) -> None:
        def gone() -> bool | None:
            try:
                self.get_porting_order(order_id)
            except e.NotFound:
                return True
            return None

        self._unsafe(lambda: self.request("DELETE", f"porting_orders/{order_id}",
                                          repeatable=False) or True, gone)

    def confirm_porting_order(self, order_id: str) -> PlatformOrder:
        def applied() -> PlatformOrder | None:
            order = self.get_porting_order(order_id)
            return order if order.status in SUBMITTED_OR_LATER else None

        return self._unsafe(lambda: self._action(order_id, "confirm"), applied)

    def cancel_porting_order(self, order_id: str) -> PlatformOrder:
        def applied() -> PlatformOrder | None:
            order = self.get_porting_order(order_id)
            return order if order.status in ("cancel-pending", "cancelled") else None

        return self._unsafe(lambda: self._action(order_id, "cancel"), applied)

    def _action(self, order_id: str, action: str) -> PlatformOrder:
        body = self.request("POST", f"porting_orders/{order_id}/actions/{action}",
                            repeatable=False)
        return self.whole(parse_order(self._data(body, f"the order after {action}")))

    # comments and documents
    def comments(self, order_id: str) -> list[Comment]:
        return list(self._all(f"porting_orders/{order_id}/comments", {}, parse_comment))

    def add_comment(self, order_id: str, text: str, already: int = 0) -> Comment:
        """After an uncertain failure, a comment with these words counts as sent only when there
        are more of them than the `already` there before it was sent: an earlier comment saying
        the same is not this one."""
        def applied() -> Comment | None:
            return one_more(self.comments(order_id), text, already)

        def send() -> Comment:
            body = self.request("POST", f"porting_orders/{order_id}/comments",
                                json={"body": text}, repeatable=False)
            return parse_comment(self._data(body, "the new comment"))

        return self._unsafe(send, applied)

    def upload_document(self, filename: str, content: bytes, content_type: str = "application/pdf",
                        customer_reference: str | None = None) -> Document:
        """Repeatable: a lost answer at worst leaves an unlinked copy, which the caller finds
        again by the upload's own `customer_reference` (`documents_by_reference`)."""
        data = {"customer_reference": customer_reference} if customer_reference else None

        def send() -> Document:
            body = self.request("POST", "documents", data=data, repeatable=False,
                                files={"file": (filename, content, content_type)})
            return parse_document(self._data(body, "the uploaded document"))

        def applied() -> Document | None:
            if not customer_reference:
                return None
            found = self.documents_by_reference(customer_reference)
            return found[0] if found else None

        return self._unsafe(send, applied)

    def documents_by_reference(self, customer_reference: str) -> list[Document]:
        params = {"filter[customer_reference][eq]": customer_reference}
        return list(self._all("documents", params, parse_document, key=lambda d: d.id,
                              kind="document"))

    def document(self, document_id: str) -> Document:
        body = self.request("GET", f"documents/{document_id}")
        return parse_document(self._data(body, "the document"))

    def delete_document(self, document_id: str) -> None:
        try:
            self.request("DELETE", f"documents/{document_id}")
        except e.NotFound:
            return  # already gone: what was wanted

    def link_documents(self, order_id: str, loa: str | None = None,
                       invoice: str | None = None) -> PlatformOrder:
        documents = {k: v for k, v in (("loa", loa), ("invoice", invoice)) if v}
        return self.update_porting_order(order_id, {"documents": documents})

    # numbers, events, port-outs
    def porting_phone_numbers(self, order_status: str | None = None,
                              order_id: str | None = None) -> Iterator[Json]:
        params = {"filter[porting_order_status]": order_status} if order_status else {}
        if order_id:  # as the order's meta.phone_numbers_url writes it
            params["filter[porting_order_id]"] = order_id
        return self._all("porting_phone_numbers", params, lambda item: dict(item))

    def events_page(self, since: datetime | None, number: int = 1, size: int = MAX_PAGE_SIZE,
                    feed: str = PORTING_EVENTS) -> Page[Json]:
        """One page of an event log as raw JSON objects: the puller reads each one itself, so
        one event it cannot use is skipped without losing the others."""
        params = {"filter[created_at][gte]": format_time(since)} if since else {}
        return self._page(feed, params, _raw_object, number, size, kind="event")

    def events(self, since: datetime | None = None, feed: str = PORTING_EVENTS
               ) -> Iterator[Json]:
        """Events from `since` (inclusive) on, in whatever order the log lists them."""
        from portdesk.platform.pagination import iter_items

        return self.walk(iter_items(
            lambda n: self.events_page(since, n, feed=feed),
            key=lambda ev: ev.get("id") if isinstance(ev.get("id"), str) else id(ev)), feed)



def one_more(listed: list[Comment], text: str, already: int) -> Comment | None:
    """The newest comment with `text` when there are more than `already` of them, else None."""
    same = [c for c in listed if c.body == text]
    return same[-1] if len(same) > already else None


def _raw_object(item: Any) -> Json:
    if not isinstance(item, dict):
        raise e.MalformedResponse("the platform sent an event that is not an object")
    return item


def _check_adoptable(found: Iterable[PlatformOrder], mine: set[str], account: str,
                     reference: str) -> None:
    for order in found:
        theirs = {n.e164 for n in order.numbers}
        strangers = sorted(theirs - mine)
        admin = order.raw.get("end_user", {}).get("admin") if isinstance(
            order.raw.get("end_user"), dict) else None
        their_account = admin.get("account_number") if isinstance(admin, dict) else None
        if strangers or (not theirs and mine) or (
                account and isinstance(their_account, str) and their_account
                and their_account != account):
            what = ", ".join(strangers[:5]) if strangers else "another account"
            raise ReferenceConflict(
                f"the platform already has order {order.id} under the reference {reference} "
                f"for {what}: it is not this case's order, so PortDesk did not adopt it; "
                "check which desk or customer it belongs to before submitting again")
