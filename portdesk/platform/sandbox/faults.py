"""Fault injection for the sandbox: the network and the platform misbehaving, on purpose.

An ASGI middleware in front of the API. Every decision is drawn from one random generator seeded
at start, in the order requests arrive, so a sequential client sees the same faults on every run:
  - latency: a uniform extra delay of 0..latency_ms before the request is handled;
  - fail_rate: an HTTP error instead of the answer: half the time before the request is handled
    (500, 502, 503, 408 or 429 with Retry-After), half the time after it was applied and the
    answer was lost (500, 502, 504), which is what makes retries of creates dangerous;
  - drop_rate: the connection closes mid-answer, before or after the request was applied;
  - rate_limit: more than N requests in a window of rate_window seconds get 429 + Retry-After;
  - late_rate / late_minutes: not this middleware's (the sandbox's event logs apply it): that
    share of events is listed only late_minutes of the sandbox's clock after it was stamped,
    so it shows after later ones were already listed, under its own earlier time; with
    late_payload it is listed at once, `payload_status: created` and no payload until then.
  - lost_answers / lost_hang: each "METHOD /path" listed (exactly, e.g. "POST /v2/porting_orders")
    has its first answer lost after it was applied: the server holds it lost_hang seconds (so a
    client whose read timeout is shorter times out) and then closes the connection. One drawn
    fault cannot be aimed at a create; this one proves a create retried after a timeout.
Paths under /_sandbox (the sandbox's own controls) are never faulted.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("portdesk.sandbox.faults")


@dataclass
class FaultConfig:
    fail_rate: float = 0.0
    latency_ms: float = 0.0
    drop_rate: float = 0.0
    rate_limit: int = 0
    rate_window: float = 1.0
    retry_after: int = 1
    seed: int = 0
    late_rate: float = 0.0
    late_minutes: float = 5.0
    late_payload: bool = False  # a late event is listed at once, without its payload yet
    lost_answers: tuple[str, ...] = ()  # "METHOD /path": the first answer of each is lost
    lost_hang: float = 0.0  # seconds a lost answer is held before the connection closes

    def __post_init__(self) -> None:
        for name in ("fail_rate", "drop_rate", "late_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value}")
        if self.fail_rate + self.drop_rate > 1.0:
            raise ValueError("fail_rate + drop_rate cannot exceed 1")
        if self.latency_ms < 0 or self.rate_limit < 0 or self.rate_window <= 0 \
                or self.late_minutes < 0 or self.lost_hang < 0:
            raise ValueError("latency, rate limit, window and lateness cannot be negative")

    @property
    def active(self) -> bool:
        return bool(self.fail_rate or self.latency_ms or self.drop_rate or self.rate_limit
                    or self.lost_answers)


class InjectedDrop(Exception):
    """Raised inside the server to make it close a connection mid-answer."""


class _QuietDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, InjectedDrop)


_QUIET = _QuietDrops()


def _install_quiet_drops() -> None:
    """Uvicorn logs a traceback for each dropped connection; an injected one is not news."""
    logger = logging.getLogger("uvicorn.error")
    if _QUIET not in logger.filters:
        logger.addFilter(_QUIET)


@dataclass
class Counters:
    requests: int = 0
    failed_before: int = 0
    failed_after: int = 0
    dropped_before: int = 0
    dropped_after: int = 0
    rate_limited: int = 0


class FaultInjector:
    def __init__(self, app: ASGIApp, config: FaultConfig,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.config = config
        self.counters = Counters()
        self._rng = random.Random(config.seed)
        self._monotonic = monotonic
        self._window_start = monotonic()
        self._window_count = 0
        self._lock = threading.Lock()
        self._to_lose = set(config.lost_answers)
        _install_quiet_drops()

    def _decide(self) -> tuple[float, str, int]:
        """(delay seconds, fault kind, status) drawn in arrival order."""
        cfg = self.config
        with self._lock:
            self.counters.requests += 1
            delay = self._rng.uniform(0, cfg.latency_ms) / 1000 if cfg.latency_ms else 0.0
            draw, half, pick = self._rng.random(), self._rng.random(), self._rng.random()
            if cfg.rate_limit and self._limited():
                self.counters.rate_limited += 1
                return delay, "rate", 429
            if draw < cfg.drop_rate:
                return delay, "drop_before" if half < 0.5 else "drop_after", 0
            if draw < cfg.drop_rate + cfg.fail_rate:
                if half < 0.5:
                    return delay, "fail_before", (500, 502, 503, 408, 429)[int(pick * 5)]
                return delay, "fail_after", (500, 502, 504)[int(pick * 3)]
            return delay, "", 0

    def _limited(self) -> bool:
        now = self._monotonic()
        if now - self._window_start >= self.config.rate_window:
            self._window_start, self._window_count = now, 0
        self._window_count += 1
        return self._window_count > self.config.rate_limit

    def _retry_after(self, kind: str) -> int:
        if kind == "rate":
            left = self.config.rate_window - (self._monotonic() - self._window_start)
            return max(1, math.ceil(left))
        return self.config.retry_after

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_sandbox"):
            await self.app(scope, receive, send)
            return
        with self._lock:
            aimed = f"{scope['method']} {scope['path']}"
            lose = aimed in self._to_lose
            self._to_lose.discard(aimed)
        if lose:
            await self.app(scope, receive, _swallow)
            self.counters.dropped_after += 1
            if self.config.lost_hang:
                await asyncio.sleep(self.config.lost_hang)
            await _drop(send)
        delay, kind, status = self._decide()
        if delay:
            await asyncio.sleep(delay)
        if kind in ("rate", "fail_before"):
            self.counters.failed_before += kind == "fail_before"
            await _error(send, status, self._retry_after(kind) if status == 429 else None)
            return
        if kind == "drop_before":
            self.counters.dropped_before += 1
            await _drop(send)
        if kind in ("fail_after", "drop_after"):
            await self.app(scope, receive, _swallow)
            if kind == "drop_after":
                self.counters.dropped_after += 1
                await _drop(send)
            self.counters.failed_after += 1
            await _error(send, status, None)
            return
        await self.app(scope, receive, send)


async def _swallow(message: Message) -> None:
    """The answer that gets lost: the request was applied, the client never hears of it."""


async def _drop(send: Send) -> None:
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")]})
    await send({"type": "http.response.body", "body": b'{"data": ', "more_body": True})
    raise InjectedDrop("connection dropped by fault injection")


async def _error(send: Send, status: int, retry_after: int | None) -> None:
    import json

    titles = {408: "Request timeout", 429: "Too many requests", 500: "Internal server error",
              502: "Bad gateway", 503: "Service unavailable", 504: "Gateway timeout"}
    body = json.dumps({"errors": [{"code": str(status), "title": titles[status],
                                   "detail": "injected by the sandbox"}]}).encode()
    headers: list[tuple[bytes, bytes]] = [(b"content-type", b"application/json"),
                                          (b"content-length", str(len(body)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})

