"""A platform that does not answer is said while PortDesk waits, not only at the end.

Walked in session 19: `portdesk sync --once` against a platform that took the connection and never
answered printed nothing for 82 s (five attempts of 20 s each, with backoff), then one line. The
client now tells whoever waits before each new attempt (`ClientCore.on_retry`), and the command
line says it on stderr in words: what happened, which attempt comes next, and when.
"""

from __future__ import annotations

import random

import httpx

from portdesk.commands.sync import retry_line
from portdesk.platform import errors as e
from portdesk.platform.client import PlatformClient
from portdesk.platform.retry import RetryPolicy


def test_each_retry_is_told_before_the_wait() -> None:
    def no_answer(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    waits: list[float] = []
    told: list[tuple[str, int, int, float]] = []
    client = PlatformClient("http://platform.test/v2", "sandbox",
                            transport=httpx.MockTransport(no_answer),
                            retry=RetryPolicy(max_attempts=3, max_timeouts=3), sleep=waits.append,
                            rng=random.Random(1))
    client.on_retry = lambda error, attempt, attempts, wait: told.append(
        (type(error).__name__, attempt, attempts, wait))
    try:
        client.request("GET", "porting_orders")
    except e.Unreachable:
        pass
    else:  # pragma: no cover - the mock never answers
        raise AssertionError("a platform that never answers cannot succeed")
    finally:
        client.close()
    assert [(name, n, of) for name, n, of, _w in told] == [("Unreachable", 1, 3),
                                                          ("Unreachable", 2, 3)]
    assert [w for *_x, w in told] == waits  # said before each wait, with that wait


def test_the_line_says_what_happened_and_what_comes_next() -> None:
    error = e.Unreachable("cannot reach the platform at p.test: it did not answer in time; "
                          "check the address and your network, PortDesk will retry")
    error.timed_out = True
    line = retry_line(error, 1, 5, 0.6)
    assert line is not None
    assert line.startswith("cannot reach the platform at p.test: it did not answer in time")
    assert line.endswith("trying again (attempt 2 of 5) in 1 s")


def test_a_failure_that_came_at_once_is_not_said_twice() -> None:
    """A refused connection is retried within seconds: the command's error stays one line
    (tests/integration/platform/test_sync_errors.py)."""
    refused = e.Unreachable("cannot reach the platform at p.test: it refused the connection")
    assert retry_line(refused, 1, 5, 0.6) is None
