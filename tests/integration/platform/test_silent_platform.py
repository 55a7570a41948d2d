"""A platform that takes the connection and never answers (a hung proxy, a stuck load balancer).

Session 19 walked `portdesk sync --once` against one: about 85 s before the command gave up
(four attempts, each waiting the whole 20 s read timeout, with backoff between). A request now
gives up after two attempts that timed out, or once its attempts and waits would pass
`RetryPolicy.max_total` (35 s), whichever comes first: with the default timeouts (5 s to connect,
15 s per answer) a silent platform costs at most two waits of 15 s and one backoff, about 31 s.
The last line says what happened, that nothing was lost and what to do.

No test here measures time: the silent socket is real (loopback), the timeouts are cut to a
fraction of a second, the sleeps are recorded, and the budget is counted on an injected clock.
"""

from __future__ import annotations

import random
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

from portdesk.platform import errors as e
from portdesk.platform.client import PlatformClient
from portdesk.platform.retry import RetryPolicy
from portdesk.platform.transport import DEFAULT_TIMEOUT
from portdesk.services.platform_access import retry_policy
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import submitted


class SilentPlatform:
    """Accepts every connection on loopback and never reads or writes a byte."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/v2"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        # shutdown wakes the thread blocked in accept() (close alone does not on Linux: the
        # join below waited its whole 5 s in every test's teardown)
        self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        for conn in self.accepted:
            conn.close()
        self._thread.join(timeout=5)


@pytest.fixture
def silent() -> Iterator[SilentPlatform]:
    platform = SilentPlatform()
    yield platform
    platform.close()


class Ticks:
    """A monotonic clock that moves only when told: each attempt 'takes' the read timeout."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def silent_client(url: str, waits: list[float], **kwargs: object) -> PlatformClient:
    kwargs.setdefault("retry", retry_policy())  # the command line's and the desk's policy
    return PlatformClient(url, "sandbox", timeout=httpx.Timeout(0.2, connect=0.2),
                          sleep=waits.append, rng=random.Random(3), **kwargs)  # type: ignore[arg-type]


def test_a_silent_platform_is_given_up_on_after_two_waits(silent: SilentPlatform) -> None:
    waits: list[float] = []
    told: list[tuple[int, int]] = []
    client = silent_client(silent.url, waits)
    client.on_retry = lambda _error, attempt, attempts, _wait: told.append((attempt, attempts))
    try:
        with pytest.raises(e.Unreachable) as raised:
            client.request("GET", "porting_orders")
    finally:
        client.close()
    assert len(silent.accepted) == 2  # the sync's policy allows 4 attempts: two are enough
    assert len(waits) == 1 and waits[0] <= retry_policy().base_delay
    assert told == [(1, 2)]  # "trying again (attempt 2 of 2)": the line tells the real bound
    said = str(raised.value)
    assert "took the connection but did not answer (2 tries of 0.2 s)" in said
    assert "nothing was lost" in said and "sync again in a few minutes" in said
    assert raised.value.timed_out


def test_the_bound_with_the_default_timeouts_is_about_31_seconds() -> None:
    """Each attempt is made to 'take' the whole default read timeout on the injected clock."""
    ticks, waits = Ticks(), list[float]()

    def silent(request: httpx.Request) -> httpx.Response:
        ticks.now += DEFAULT_TIMEOUT.read or 0
        raise httpx.ReadTimeout("no answer", request=request)

    client = PlatformClient("http://platform.test/v2", "sandbox", retry=retry_policy(),
                            transport=httpx.MockTransport(silent), sleep=waits.append,
                            rng=random.Random(3), monotonic=ticks)
    try:
        with pytest.raises(e.Unreachable, match="tries of 15 s"):
            client.request("GET", "porting_orders")
    finally:
        client.close()
    assert ticks.now + sum(waits) <= 31.0
    assert client.requests_sent == 2


def test_the_retries_total_stops_long_waits_too() -> None:
    """A platform answering 503 with Retry-After: 20 is tried until the next wait would pass
    max_total (35 s), not four times (60 s of waiting)."""
    ticks, waits = Ticks(), list[float]()

    def busy(request: httpx.Request) -> httpx.Response:
        ticks.now += 1.0
        return httpx.Response(503, headers={"Retry-After": "20"})

    client = PlatformClient("http://platform.test/v2", "sandbox",
                            retry=RetryPolicy(max_attempts=4),
                            transport=httpx.MockTransport(busy), sleep=waits.append,
                            monotonic=ticks)
    try:
        with pytest.raises(e.ServerError):
            client.request("GET", "porting_orders")
    finally:
        client.close()
    assert waits == [20.0] and client.requests_sent == 2


def test_a_sync_round_against_a_silent_platform_stops_and_loses_nothing(
        silent: SilentPlatform, desk: Store) -> None:
    submitted(desk, ["+13125550190"])  # create, update, upload, confirm: waiting in the outbox
    waiting = desk.outbox.pending_count()
    assert waiting
    engine = SyncEngine(desk, silent_client(silent.url, []))
    try:
        report = engine.run_once()
    finally:
        engine.client.close()
    assert report.offline and report.aborted
    assert "nothing was lost" in report.aborted
    assert len(silent.accepted) == 2  # the round stopped at its first silent request
    assert desk.outbox.pending_count() == waiting


def test_a_change_sent_without_an_answer_is_not_said_to_be_safe_in_the_outbox() -> None:
    """A request that is not repeatable (sending verification codes, answering a port-out) and
    got no answer may have been applied: the words say so, not "nothing was lost ... stays
    queued", which the codes dialog and the command line (no outbox behind them) showed."""
    def silent(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    client = PlatformClient("http://platform.test/v2", "sandbox", retry=retry_policy(),
                            transport=httpx.MockTransport(silent), sleep=[].append,
                            monotonic=Ticks())
    try:
        with pytest.raises(e.Unreachable) as raised:
            client.request("POST", "porting_orders/o-1/verification_codes/send",
                           json={}, repeatable=False)
    finally:
        client.close()
    said = str(raised.value)
    assert "took the connection but did not answer" in said
    assert "nothing was lost" not in said and "stays queued" not in said
    assert "may have reached the platform" in said
    assert raised.value.maybe_applied


def test_a_platform_that_stops_taking_connections_is_said_so_not_silent() -> None:
    """One attempt timed out, the others were refused: the last word is the refusal (the
    platform is not running), not "took the connection but did not answer"."""
    calls: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise httpx.ReadTimeout("no answer", request=request)
        raise httpx.ConnectError("connection refused", request=request)

    client = PlatformClient("http://platform.test/v2", "sandbox", retry=retry_policy(),
                            transport=httpx.MockTransport(flaky), sleep=[].append,
                            monotonic=Ticks())
    try:
        with pytest.raises(e.Unreachable) as raised:
            client.request("GET", "porting_orders")
    finally:
        client.close()
    said = str(raised.value)
    assert len(calls) > 2 and "refused the connection" in said
    assert "did not answer" not in said
