"""The sandbox answers without Nagle's algorithm on its connections.

Its listening socket was made with proto 0; the accepted connections inherit that, and asyncio
sets TCP_NODELAY only on a socket whose proto says TCP. Each answer's body then waited behind its
headers for the client's delayed ACK: ~40 ms a request, most of a sync test's wall time.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

import httpx

from portdesk.platform.sandbox.server import SandboxServer
from tests.integration.platform.conftest import API_KEY


def test_the_sandbox_connections_send_without_delay(
        make_sandbox: Callable[..., SandboxServer]) -> None:
    server = make_sandbox()
    with httpx.Client(base_url=server.base_url + "/",
                      headers={"Authorization": f"Bearer {API_KEY}"}) as client:
        assert client.get("porting_orders").status_code == 200  # the connection stays open
        connections = list(server._server.server_state.connections)
        assert connections, "no open connection on the sandbox"
        for connection in connections:
            sock = connection.transport.get_extra_info("socket")  # type: ignore[attr-defined]
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY), \
                "Nagle's algorithm is on for the sandbox's answers"
