"""Stopping the sandbox does what uvicorn's stop did, only without waiting out its 0.1 s polls:
a request already being answered still gets its whole answer, and once `stop` returns the
port is free for the next server to bind."""

from __future__ import annotations

import socket
import threading

import httpx

from portdesk.platform.sandbox.faults import FaultConfig
from portdesk.platform.sandbox.server import SandboxConfig, SandboxServer

API_KEY = "k"


def test_a_request_in_flight_is_answered_and_the_port_is_free_after_stop() -> None:
    server = SandboxServer(SandboxConfig(api_key=API_KEY, port=0,
                                         faults=FaultConfig(latency_ms=300))).start()
    answers: list[int] = []
    errors: list[BaseException] = []

    def ask() -> None:
        try:
            with httpx.Client(timeout=10) as client:
                answers.append(client.get(f"{server.base_url}/orders",
                                          headers={"Authorization": f"Bearer {API_KEY}"})
                               .status_code)
        except httpx.HTTPError as exc:  # the answer lost: what the test looks for
            errors.append(exc)

    asking = threading.Thread(target=ask)
    asking.start()
    state = server._server.server_state
    while not state.tasks and asking.is_alive():  # the request is being answered (held 0.3 s)
        asking.join(0.005)
    assert state.tasks, "the request never reached the sandbox"
    server.stop()
    asking.join(10)
    assert errors == [] and len(answers) == 1 and answers[0] < 500
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:  # SandboxServer's bind
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", server.port))
