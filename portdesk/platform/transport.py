"""The platform's HTTP transport: one httpx.Client, typed errors, retries, tolerant pages.

The endpoint groups (orders, port-in steps, port-outs) build on this core. A list item that cannot
be read (no id, a wrong type) is set aside in `skipped` with its id and type, never raising: one
bad record must not hide the rest of the page, and the sync engine reports what it skipped.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, tzinfo
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from portdesk.logs import MASK, remember_secret, scrub
from portdesk.platform import errors as e
from portdesk.platform.field_words import field_words, is_secret, without_pointer
from portdesk.platform.models import parse_meta
from portdesk.platform.pagination import Page, PagingStalled, iter_items
from portdesk.platform.port import Skipped
from portdesk.platform.retry import (
    NOT_APPLIED_STATUSES,
    NOT_SENT_ERRORS,
    RETRY_STATUSES,
    TRANSPORT_ERRORS,
    RetryPolicy,
    retry_after_seconds,
)
from portdesk.platform.wire import Json

log = logging.getLogger("portdesk.platform.client")
T = TypeVar("T")
C = TypeVar("C", bound="ClientCore")
# 5 s to take the connection, 15 s for each answer: with RetryPolicy.max_timeouts (2) a platform
# that takes the connection and never answers is given up on in at most about 31 s (two waits of
# 15 s and one backoff), where it took ~85 s (four waits of 20 s); the description marks every
# porting operation "responsive", and a page of 250 records comes back in well under a second
DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
MAX_PAGE_SIZE = 250
# a key this long is masked by its value in every log record and kept message; shorter ones are
# the sandbox's and tests' made-up words ("sandbox"), which would mask ordinary text
MASKED_KEY_LENGTH = 12
PROOF_PATH = "porting_orders"  # a list every porting account has: it answers, the address is right


class ClientCore:
    def __init__(self, base_url: str, api_key: str, *,
                 timeout: httpx.Timeout | float | None = None,
                 transport: httpx.BaseTransport | None = None, retry: RetryPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 zone: tzinfo | None = UTC,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        if not api_key:
            raise e.AuthError("no API key is set for the platform: add it in Settings")
        if len(api_key) >= MASKED_KEY_LENGTH:  # masked wherever words quote it back
            remember_secret(api_key)
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._monotonic = monotonic  # the retries' total (RetryPolicy.max_total); tests set it
        self._clock = clock  # a Retry-After given as a date, when the answer has no Date
        # where the platform's date-times are read as days (domain.platform_dates): the desk's
        # porting zone (services.platform_access); UTC unless given, so a test is the same anywhere
        self.zone = zone
        self._rng = rng or random.Random()
        self._where = urlsplit(self.base_url).netloc or self.base_url
        self.requests_sent = 0
        self.skipped: list[Skipped] = []  # list items set aside; the sync engine drains this
        self.json_answers = 0  # answers that were JSON: tells a captive portal from one bad record
        # Called before every attempt; raising stops the request unsent. A desk of a team sets it
        # while it holds a lease on the work (store.leases.Keeper), to renew it or stop at once.
        self.guard: Callable[[], None] | None = None
        # Told before each new attempt (the error, the attempt that failed, how many in all, the
        # wait): a platform that does not answer takes minutes to give up on, and a person
        # waiting is told so as it happens (the command line prints it).
        self.on_retry: Callable[[Exception, int, int, float], None] | None = None
        self.timeout = httpx.Timeout(timeout) if timeout is not None else DEFAULT_TIMEOUT
        self._http = httpx.Client(
            base_url=self.base_url + "/", timeout=self.timeout, transport=transport,
            headers={"Authorization": f"Bearer {api_key}", "Accept": "application/json",
                     "User-Agent": "PortDesk"},
        )

    def __repr__(self) -> str:  # never the key
        return f"{type(self).__name__}({self.base_url!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self: C) -> C:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # transport and errors
    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                json: Json | None = None, files: Any = None, data: Any = None,
                repeatable: bool = True, raw: bool = False) -> Any:
        """Send with retries; the decoded JSON body (None for 204), or with `raw` the
        httpx.Response itself (a document's bytes, never decoded).

        A request that is not `repeatable` is retried only on failures that prove it was not
        applied (no connection, 408, 429); otherwise the error comes back with `maybe_applied`.
        """
        attempt = timeouts = 0
        spent = 0.0  # the attempts (monotonic clock) and the waits between them (as asked)
        while True:
            attempt += 1
            began = self._monotonic()
            error, delay = self._attempt(method, path, params, json, files, data, repeatable,
                                         raw)
            spent += self._monotonic() - began
            if error is None:
                return delay
            timeouts += bool(getattr(error, "timed_out", False))
            if attempt >= self.retry.max_attempts or isinstance(delay, str):
                raise self._silent(error, timeouts, method, path)
            wait = float(delay) if delay is not None else self.retry.backoff(attempt, self._rng)
            if timeouts >= self.retry.max_timeouts or spent + wait > self.retry.max_total:
                raise self._silent(error, timeouts, method, path)
            spent += wait
            log.info("%s %s failed (%s); retry %d in %.2f s", method, path,
                     type(error).__name__, attempt, wait)
            if self.on_retry is not None:  # the attempts left as the policy counts them
                most = self.retry.max_attempts if not timeouts else min(
                    self.retry.max_attempts, attempt - timeouts + self.retry.max_timeouts)
                self.on_retry(error, attempt, most, wait)
            self._sleep(wait)

    def _attempt(self, method: str, path: str, params: Any, json: Any, files: Any, data: Any,
                 repeatable: bool, raw: bool = False) -> tuple[e.PlatformError | None, Any]:
        """(None, body) on success, (error, wait) to retry, (error, "stop") to give up now."""
        if self.guard is not None:
            self.guard()
        if urlsplit(self.base_url).scheme.lower() not in ("http", "https"):
            return self._not_web_address(), "stop"
        self.requests_sent += 1
        try:
            response = self._http.request(method, path.lstrip("/"), params=params, json=json,
                                          files=files, data=data)
        except httpx.UnsupportedProtocol:
            return self._not_web_address(), "stop"
        except TRANSPORT_ERRORS as exc:
            unreachable = e.Unreachable(self._transport_message(exc))
            sent = not isinstance(exc, NOT_SENT_ERRORS)
            unreachable.maybe_applied = sent
            unreachable.timed_out = isinstance(exc, httpx.TimeoutException)
            unreachable.not_connected = isinstance(exc, httpx.ConnectTimeout)
            return unreachable, "stop" if sent and not repeatable else None
        log.debug("%s %s -> %d", method, path, response.status_code)
        if response.status_code < 400:
            return None, response if raw else self._decode(response, method, path)
        error = self._http_error(response, method, path)
        if response.status_code not in RETRY_STATUSES:
            return error, "stop"
        applied = response.status_code not in NOT_APPLIED_STATUSES
        error.maybe_applied = applied
        if applied and not repeatable:
            return error, "stop"
        wait = retry_after_seconds(response, self._clock())
        if wait is not None and wait > self.retry.max_retry_after:
            return error, "stop"
        return error, wait

    def _silent(self, error: e.PlatformError, timeouts: int, method: str = "",
                path: str = "") -> e.PlatformError:
        """The last error of a request given up on; after answers that never came, said as a
        platform that is silent, with what to do and that nothing is lost (the outbox keeps
        every change until it is sent; the next round reads everything again)."""
        if not timeouts or not isinstance(error, e.Unreachable) or \
                isinstance(error, e.WrongAddress) or not error.timed_out:
            return error  # the last attempt said something else (refused, no such host): that
        if error.not_connected:
            what, wait = "did not take the connection", self.timeout.connect
        else:
            what, wait = "took the connection but did not answer", self.timeout.read
        tries = f"{timeouts} tr{'ies' if timeouts > 1 else 'y'} of {wait or 0:g} s"
        if error.maybe_applied and method.upper() not in ("GET", "HEAD"):
            # a change sent without an answer: it may be done, and not every caller has an
            # outbox behind it (the verification codes, a comment) to say it waits there
            said = (f"{method.upper()} /{path.lstrip('/')} may have reached the platform: "
                    "check there whether it was done before doing it again by hand (what "
                    "waits in the outbox is kept and the sync checks before sending it)")
        else:
            said = ("nothing was lost, every change waiting to be sent stays queued and goes "
                    "with a later round; sync again in a few minutes")
        silent = e.Unreachable(
            f"the platform at {self._where} {what} ({tries}): {said}, and if it stays silent "
            "check the platform's status page and the platform address in Settings")
        silent.timed_out = True
        silent.maybe_applied = error.maybe_applied
        return silent

    def _not_web_address(self) -> e.WrongAddress:
        return e.WrongAddress(f"the platform address {self.base_url} is not a web address (it "
                              "must start with https:// or http://): correct it in Settings; "
                              "nothing was sent")

    def _transport_message(self, exc: Exception) -> str:
        if isinstance(exc, httpx.TimeoutException):
            what = "did not answer in time"
        elif isinstance(exc, httpx.ConnectError) and _NO_SUCH_NAME.search(str(exc)):
            return f"cannot reach the platform at {self._where}: no such host name is known " \
                   "(a typo in the address, or no network): check the platform address in " \
                   "Settings and your network, PortDesk will retry"
        elif isinstance(exc, httpx.ConnectError):
            what = "refused the connection or is not running"
        elif isinstance(exc, httpx.RemoteProtocolError):
            what = "dropped the connection mid-answer"
        else:
            what = f"failed to connect ({type(exc).__name__})"
        return f"cannot reach the platform at {self._where}: it {what}; check the address " \
               "and your network, PortDesk will retry"

    def _decode(self, response: httpx.Response, method: str, path: str) -> Any:
        if response.status_code == 204 or not response.content:
            return None
        try:
            body = response.json()
        except ValueError:
            kind = response.headers.get("content-type", "no content type")
            raise e.NotJson(
                f"the platform's answer to {method} /{path.lstrip('/')} is not JSON "
                f"(HTTP {response.status_code}, {kind}); is the platform address right?") from None
        self.json_answers += 1
        return body

    def _http_error(self, response: httpx.Response, method: str, path: str) -> e.PlatformError:
        status = response.status_code
        where = f"{method} /{path.lstrip('/')}"
        detail = _error_detail(response)
        if status in (401, 403):
            return e.AuthError(f"the platform at {self._where} refused the API key "
                               f"(HTTP {status}): check the key in Settings")
        if status == 404:
            if not self._serves_api():
                return e.WrongAddress(
                    f"the address {self.base_url} does not serve the platform's porting API "
                    f"({where} is not there, HTTP 404): correct the platform address in "
                    "Settings (the published one ends in /v2); nothing was sent")
            return e.NotFound(f"the platform has no such record ({where}): {detail}")
        if status == 429:
            wait = retry_after_seconds(response, self._clock())
            hint = f"try again in {wait:.0f} s" if wait is not None else "try again later"
            return e.RateLimited(f"the platform is limiting requests (HTTP 429); {hint}", wait)
        if status >= 500 or status == 408:
            return e.ServerError(f"the platform at {self._where} failed to answer {where} "
                                 f"(HTTP {status}); try again later", status,
                                 retry_after_seconds(response, self._clock()))
        errors = _error_list(response)
        return e.RequestRejected(f"the platform refused {where}: {detail}", status, errors)

    def _serves_api(self) -> bool:
        """Whether a 404 can mean "no such record": only from an address known to serve this API.

        A wrong address (`/v3`, a missing `/v2`) answers 404 to everything; read as "the record
        is gone", a confirm or an upload was held for a person as refused. An address that has
        answered JSON this session is known; otherwise the description's porting-order list is
        asked once for one item: a JSON answer there proves the address."""
        if self.json_answers:
            return True
        self.requests_sent += 1
        try:
            probe = self._http.request("GET", PROOF_PATH, params={"page[size]": 1})
        except TRANSPORT_ERRORS:
            return False
        try:
            probe.json()
        except ValueError:
            return False
        return probe.status_code < 400

    # helpers
    def _data(self, body: Any, what: str) -> Any:
        if not isinstance(body, dict) or "data" not in body:
            raise e.MalformedResponse(f"the platform's answer for {what} has no 'data'")
        return body["data"]

    def _items(self, body: Any, what: str, parse: Callable[[Any], T], kind: str) -> list[T]:
        """A list answered in one request: each readable item; an unreadable one is skipped and
        reported (with its id and type), the rest still come."""
        items = []
        for item in self._data(body, what) or []:
            try:
                items.append(parse(item))
            except Exception as exc:  # noqa: BLE001 - one unreadable item is skipped, reported
                self.skip(kind, item, str(exc))
        return items

    def _page(self, path: str, params: dict[str, Any], parse: Callable[[Any], T],
              number: int, size: int, kind: str = "record") -> Page[T]:
        body = self.request("GET", path, params={**params, "page[number]": number,
                                                 "page[size]": size})
        data = self._data(body, path)
        if not isinstance(data, list):
            raise e.MalformedResponse(f"the platform's list {path} is not a list")
        try:
            meta = parse_meta(body["meta"], number, size) if body.get("meta") is not None \
                else None
        except e.MalformedResponse:
            meta = None  # unreadable page information: a full page is not the last
        items = []
        for item in data:
            try:
                items.append(parse(item))
            except e.MalformedResponse as exc:
                self.skip(kind, item, str(exc))
        return Page(items, meta, len(data), size)

    def skip(self, kind: str, item: Any, reason: str) -> None:
        """A record PortDesk cannot use: logged with its id and type, kept for the report."""
        found = Skipped.of(kind, item, reason)
        log.warning("skipped a platform %s (id %s, type %s): %s", kind, found.record_id,
                    found.record_type, reason)
        self.skipped.append(found)

    def _all(self, path: str, params: dict[str, Any], parse: Callable[[Any], T],
             size: int = MAX_PAGE_SIZE, key: Callable[[T], Any] | None = None,
             kind: str = "record") -> Iterator[T]:
        return self.walk(iter_items(lambda n: self._page(path, params, parse, n, size, kind),
                                    key), path)

    def walk(self, items: Iterator[T], path: str) -> Iterator[T]:
        """Every item of a list; a list that stops paging ends there, reported, not looped."""
        try:
            yield from items
        except PagingStalled as stalled:
            self.skip("page", {"id": f"/{path} page {stalled.number}", "record_type": "page"},
                      "the platform sent the records of an earlier page again (it did not "
                      "page as its description says); the rest of the list was not read: "
                      "tell the platform's support")

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


def _error_list(response: httpx.Response) -> list[dict[str, str]]:
    """The platform's errors: `{"errors": [...]}`, or one bare error object (the description's
    ResourceNotFound), or a bare `{"message": ...}` (its 422s say "check message field").
    An error's `source.pointer` / `source.parameter` is kept as `pointer` and said in words as
    `field` (platform.field_words)."""
    try:
        body = response.json()
    except ValueError:
        return []
    if not isinstance(body, dict):
        return []
    items = body.get("errors")
    if not isinstance(items, list):
        items = [body] if any(k in body for k in ("code", "title", "detail", "message")) else []
    listed = []
    for item in items:
        if not isinstance(item, dict):
            continue
        error = {k: str(v) for k, v in item.items() if isinstance(v, str | int)}
        source = item.get("source")
        pointer = next((source[k] for k in ("pointer", "parameter") if isinstance(source, dict)
                        and isinstance(source.get(k), str) and source[k].strip("/")), None)
        if pointer is not None:
            error["pointer"], error["field"] = pointer, field_words(pointer)
        listed.append(error)
    return listed


def _said(error: dict[str, str]) -> str:
    """One error in words: the field it names first, its text without the pointer, and no secret
    (a PIN the platform quotes back, a key) in it, since the words are kept on the case."""
    text = error.get("detail") or error.get("message") or error.get("title") \
        or error.get("code", "")
    pointer = error.get("pointer")
    if pointer is None:
        return scrub(text)
    text = without_pointer(text, pointer)
    if is_secret(pointer):
        text = _QUOTED.sub(MASK, text)
    return f"{error['field']}: {scrub(text)}" if text else error["field"]


_NO_SUCH_NAME = re.compile(r"(?i)name or service not known|nodename nor servname|getaddrinfo|"
                           r"name resolution|no address associated")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def _error_detail(response: httpx.Response) -> str:
    parts = [_said(err) for err in _error_list(response)]
    try:
        body = response.json()
    except ValueError:
        body = None
    said = body.get("message") if isinstance(body, dict) else None
    if isinstance(said, str) and said and scrub(said) not in parts:
        parts.append(scrub(said))
    return "; ".join(dict.fromkeys(p for p in parts if p))[:500] or f"HTTP {response.status_code}"
