"""The one client for the porting platform: one httpx.Client, typed errors, retries, pages.

Porting creates take no idempotency key, so `create_porting_order` first looks the order up by
`customer_reference` (PortDesk's case reference) and does so again whenever an attempt may have been
applied without an answer: a retry, or a restart after a crash, never makes a second order. The
other non-repeatable calls (confirm, cancel, comment, port-out answer) check the platform the same
way before they resend.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from portdesk.platform import errors as e
from portdesk.platform.models import (
    Comment,
    Document,
    PlatformEvent,
    PlatformOrder,
    PortabilityResult,
    Portout,
    parse_comment,
    parse_document,
    parse_event,
    parse_meta,
    parse_order,
    parse_portability,
    parse_portout,
)
from portdesk.platform.pagination import Page, iter_items
from portdesk.platform.retry import (
    NOT_APPLIED_STATUSES,
    NOT_SENT_ERRORS,
    RETRY_STATUSES,
    TRANSPORT_ERRORS,
    RetryPolicy,
    retry_after_seconds,
)
from portdesk.platform.wire import Json, format_time, to_platform_number

log = logging.getLogger("portdesk.platform.client")
T = TypeVar("T")
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)
MAX_PAGE_SIZE = 250
SUBMITTED_OR_LATER = frozenset({"in-process", "submitted", "foc-date-confirmed", "ported",
                                "cancel-pending", "cancelled"})


class PlatformClient:
    def __init__(self, base_url: str, api_key: str, *, timeout: httpx.Timeout | None = None,
                 transport: httpx.BaseTransport | None = None, retry: RetryPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None) -> None:
        if not api_key:
            raise e.AuthError("no API key is set for the platform: add it in Settings")
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._where = urlsplit(self.base_url).netloc or self.base_url
        self.requests_sent = 0
        self._http = httpx.Client(
            base_url=self.base_url + "/", timeout=timeout or DEFAULT_TIMEOUT, transport=transport,
            headers={"Authorization": f"Bearer {api_key}", "Accept": "application/json",
                     "User-Agent": "PortDesk"},
        )

    def __repr__(self) -> str:  # never the key
        return f"PlatformClient({self.base_url!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PlatformClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # transport and errors
    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                json: Json | None = None, files: Any = None, data: Any = None,
                repeatable: bool = True) -> Any:
        """Send with retries; the decoded JSON body (None for 204).

        A request that is not `repeatable` is retried only on failures that prove it was not
        applied (no connection, 408, 429); otherwise the error comes back with `maybe_applied`.
        """
        attempt = 0
        while True:
            attempt += 1
            error, delay = self._attempt(method, path, params, json, files, data, repeatable)
            if error is None:
                return delay
            if attempt >= self.retry.max_attempts or isinstance(delay, str):
                raise error
            wait = float(delay) if delay is not None else self.retry.backoff(attempt, self._rng)
            log.info("%s %s failed (%s); retry %d in %.2f s", method, path,
                     type(error).__name__, attempt, wait)
            self._sleep(wait)

    def _attempt(self, method: str, path: str, params: Any, json: Any, files: Any, data: Any,
                 repeatable: bool) -> tuple[e.PlatformError | None, Any]:
        """(None, body) on success, (error, wait) to retry, (error, "stop") to give up now."""
        self.requests_sent += 1
        try:
            response = self._http.request(method, path.lstrip("/"), params=params, json=json,
                                          files=files, data=data)
        except TRANSPORT_ERRORS as exc:
            unreachable = e.Unreachable(self._transport_message(exc))
            sent = not isinstance(exc, NOT_SENT_ERRORS)
            unreachable.maybe_applied = sent
            return unreachable, "stop" if sent and not repeatable else None
        log.debug("%s %s -> %d", method, path, response.status_code)
        if response.status_code < 400:
            return None, self._decode(response, method, path)
        error = self._http_error(response, method, path)
        if response.status_code not in RETRY_STATUSES:
            return error, "stop"
        applied = response.status_code not in NOT_APPLIED_STATUSES
        error.maybe_applied = applied
        if applied and not repeatable:
            return error, "stop"
        wait = retry_after_seconds(response)
        if wait is not None and wait > self.retry.max_retry_after:
            return error, "stop"
        return error, wait

    def _transport_message(self, exc: Exception) -> str:
        if isinstance(exc, httpx.TimeoutException):
            what = "did not answer in time"
        elif isinstance(exc, httpx.ConnectError):
            what = "refused the connection or is not running"
        elif isinstance(exc, httpx.RemoteProtocolError):
            what = "dropped the connection mid-answer"
        else:
            what = f"connection failed ({type(exc).__name__})"
        return f"cannot reach the platform at {self._where}: it {what}; check the address " \
               "and your network, PortDesk will retry"

    def _decode(self, response: httpx.Response, method: str, path: str) -> Any:
        if response.status_code == 204 or not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            kind = response.headers.get("content-type", "no content type")
            raise e.MalformedResponse(
                f"the platform's answer to {method} /{path.lstrip('/')} is not JSON "
                f"(HTTP {response.status_code}, {kind}); is the platform address right?") from None

    def _http_error(self, response: httpx.Response, method: str, path: str) -> e.PlatformError:
        status = response.status_code
        where = f"{method} /{path.lstrip('/')}"
        detail = _error_detail(response)
        if status in (401, 403):
            return e.AuthError(f"the platform at {self._where} refused the API key "
                               f"(HTTP {status}): check the key in Settings")
        if status == 404:
            return e.NotFound(f"the platform has no such record ({where}): {detail}")
        if status == 429:
            wait = retry_after_seconds(response)
            hint = f"try again in {wait:.0f} s" if wait is not None else "try again later"
            return e.RateLimited(f"the platform is limiting requests (HTTP 429); {hint}", wait)
        if status >= 500 or status == 408:
            return e.ServerError(f"the platform at {self._where} failed to answer {where} "
                                 f"(HTTP {status}); try again later", status)
        errors = _error_list(response)
        return e.RequestRejected(f"the platform refused {where}: {detail}", status, errors)

    # helpers
    def _data(self, body: Any, what: str) -> Any:
        if not isinstance(body, dict) or "data" not in body:
            raise e.MalformedResponse(f"the platform's answer for {what} has no 'data'")
        return body["data"]

    def _page(self, path: str, params: dict[str, Any], parse: Callable[[Any], T],
              number: int, size: int) -> Page[T]:
        body = self.request("GET", path, params={**params, "page[number]": number,
                                                 "page[size]": size})
        data = self._data(body, path)
        if not isinstance(data, list):
            raise e.MalformedResponse(f"the platform's list {path} is not a list")
        meta = parse_meta(body["meta"]) if body.get("meta") is not None else None
        return Page([parse(item) for item in data], meta)

    def _all(self, path: str, params: dict[str, Any], parse: Callable[[Any], T],
             size: int = MAX_PAGE_SIZE, key: Callable[[T], Any] | None = None) -> Iterator[T]:
        return iter_items(lambda n: self._page(path, params, parse, n, size), key)

    def _unsafe(self, send: Callable[[], T], applied: Callable[[], T | None]) -> T:
        """Send a non-repeatable request; after an uncertain failure, check before resending."""
        attempt = 0
        while True:
            attempt += 1
            try:
                return send()
            except e.PlatformError as exc:
                if not exc.maybe_applied or attempt >= self.retry.max_attempts:
                    raise
                done = applied()
                if done is not None:
                    return done
                self._sleep(self.retry.backoff(attempt, self._rng))

    # porting orders
    def portability_check(self, numbers: list[str]) -> list[PortabilityResult]:
        body = self.request("POST", "portability_checks",
                            json={"phone_numbers": [to_platform_number(n) for n in numbers]})
        return [parse_portability(item) for item in self._data(body, "portability check")]

    def find_orders(self, customer_reference: str) -> list[PlatformOrder]:
        return list(self.list_porting_orders({"customer_reference": customer_reference}))

    def create_porting_order(self, numbers: list[str], customer_reference: str,
                             customer_group_reference: str | None = None) -> list[PlatformOrder]:
        """The order(s) for this reference: found if they exist, created otherwise (maybe split)."""
        if not customer_reference:
            raise e.RequestRejected("a porting order needs the case reference", 0, [])

        def existing() -> list[PlatformOrder] | None:
            found = [o for o in self.find_orders(customer_reference) if o.status != "cancelled"]
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
            return [parse_order(o) for o in (data if isinstance(data, list) else [data])]

        return self._unsafe(send, existing)

    def get_porting_order(self, order_id: str) -> PlatformOrder:
        return parse_order(self._data(self.request("GET", f"porting_orders/{order_id}"),
                                      "the order"))

    def list_porting_orders(self, filters: dict[str, str] | None = None,
                            page_size: int = MAX_PAGE_SIZE) -> Iterator[PlatformOrder]:
        params: dict[str, Any] = {f"filter[{k}]": v for k, v in (filters or {}).items()}
        params["sort[value]"] = "created_at"  # oldest first: new orders land on the last page
        return self._all("porting_orders", params, parse_order, page_size, key=lambda o: o.id)

    def update_porting_order(self, order_id: str, fields: Json) -> PlatformOrder:
        body = self.request("PATCH", f"porting_orders/{order_id}", json=fields)
        return parse_order(self._data(body, "the updated order"))

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
        return parse_order(self._data(body, f"the order after {action}"))

    def allowed_foc_windows(self, order_id: str) -> list[tuple[datetime, datetime]]:
        from portdesk.platform.wire import parse_time

        body = self.request("GET", f"porting_orders/{order_id}/allowed_foc_windows")
        windows = []
        for item in self._data(body, "FOC windows"):
            start = parse_time(item.get("started_at"), "an FOC window")
            end = parse_time(item.get("ended_at"), "an FOC window")
            if start and end:
                windows.append((start, end))
        return windows

    # comments and documents
    def comments(self, order_id: str) -> list[Comment]:
        return list(self._all(f"porting_orders/{order_id}/comments", {}, parse_comment))

    def add_comment(self, order_id: str, text: str) -> Comment:
        """After an uncertain failure, an identical comment already there counts as sent."""
        def applied() -> Comment | None:
            return next((c for c in self.comments(order_id) if c.body == text), None)

        def send() -> Comment:
            body = self.request("POST", f"porting_orders/{order_id}/comments",
                                json={"body": text}, repeatable=False)
            return parse_comment(self._data(body, "the new comment"))

        return self._unsafe(send, applied)

    def upload_document(self, filename: str, content: bytes, content_type: str = "application/pdf",
                        customer_reference: str | None = None) -> Document:
        """Repeatable: a lost answer at worst leaves an unlinked copy on the platform."""
        data = {"customer_reference": customer_reference} if customer_reference else None
        body = self.request("POST", "documents", files={"file": (filename, content, content_type)},
                            data=data)
        return parse_document(self._data(body, "the uploaded document"))

    def link_documents(self, order_id: str, loa: str | None = None,
                       invoice: str | None = None) -> PlatformOrder:
        documents = {k: v for k, v in (("loa", loa), ("invoice", invoice)) if v}
        return self.update_porting_order(order_id, {"documents": documents})

    # numbers, events, port-outs
    def porting_phone_numbers(self, order_status: str | None = None) -> Iterator[Json]:
        params = {"filter[porting_order_status]": order_status} if order_status else {}
        return self._all("porting_phone_numbers", params, lambda item: dict(item))

    def events_page(self, since: datetime | None, number: int = 1,
                    size: int = MAX_PAGE_SIZE) -> Page[PlatformEvent]:
        params = {"filter[created_at][gte]": format_time(since)} if since else {}
        return self._page("porting/events", params, parse_event, number, size)

    def events(self, since: datetime | None = None) -> Iterator[PlatformEvent]:
        """Events from `since` (inclusive) on; the caller skips the ones it has already seen."""
        return iter_items(lambda n: self.events_page(since, n), key=lambda ev: ev.id)

    def portouts(self, status: str | None = None) -> Iterator[Portout]:
        params = {"filter[status]": status} if status else {}
        return self._all("portouts", params, parse_portout, key=lambda p: p.id)

    def get_portout(self, portout_id: str) -> Portout:
        return parse_portout(self._data(self.request("GET", f"portouts/{portout_id}"),
                                        "the port-out"))

    def answer_portout(self, portout_id: str, authorize: bool, reason: str = "") -> Portout:
        status = "authorized" if authorize else "rejected-pending"

        def applied() -> Portout | None:
            current = self.get_portout(portout_id)
            return current if current.status != "pending" else None

        def send() -> Portout:
            body = self.request("PATCH", f"portouts/{portout_id}/{status}",
                                json={"reason": reason}, repeatable=False)
            return parse_portout(self._data(body, "the port-out"))

        return self._unsafe(send, applied)


def _error_list(response: httpx.Response) -> list[dict[str, str]]:
    try:
        body = response.json()
    except ValueError:
        return []
    items = body.get("errors") if isinstance(body, dict) else None
    return [{k: str(v) for k, v in item.items() if isinstance(v, str | int)}
            for item in items or [] if isinstance(item, dict)]


def _error_detail(response: httpx.Response) -> str:
    parts = [err.get("detail") or err.get("title") or err.get("code", "")
             for err in _error_list(response)]
    return "; ".join(p for p in parts if p) or f"HTTP {response.status_code}"
