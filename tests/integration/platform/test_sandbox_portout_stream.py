"""The sandbox's stream of incoming port-out requests is bounded: a fast clock (`--speed`) or a
long pause never lets a backlog arrive at once, never more than two wait for an answer, and the
stream stops at `--portouts-max`. Before, `--speed 2 --portouts-every 2` added a request every
1.4 s for ever, and a month's advance brought a month of requests in one go."""

from __future__ import annotations

from collections.abc import Callable

from portdesk.platform.sandbox.server import SandboxServer


def _portouts(server: SandboxServer, status: str | None = None) -> int:
    with server.sandbox.state.lock:
        return server.sandbox.state.list_portouts(status, 1, 0)[1]


def test_a_long_pause_brings_one_request_not_a_backlog(
        make_sandbox: Callable[..., SandboxServer]) -> None:
    server = make_sandbox(portout_every_days=2, portout_max=50)
    server.advance(days=60)  # thirty requests were due
    assert _portouts(server) == 1


def test_the_stream_stops_at_its_maximum_and_never_piles_up_unanswered(
        make_sandbox: Callable[..., SandboxServer]) -> None:
    server = make_sandbox(portout_every_days=1, portout_max=4)
    for _ in range(80):
        server.advance(hours=6)
        assert _portouts(server, "pending") <= 2
    assert _portouts(server) == 4
