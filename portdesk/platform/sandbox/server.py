"""Running the sandbox: in the foreground for `portdesk sandbox`, or in a thread for tests.

Tests get a real server on a free loopback port, exactly what PortDesk talks to in production,
and wait on uvicorn's `started` flag instead of sleeping.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import uvicorn
from starlette.types import ASGIApp

from portdesk.platform.sandbox.app import build_app
from portdesk.platform.sandbox.clock import SandboxClock
from portdesk.platform.sandbox.core import Sandbox
from portdesk.platform.sandbox.faults import FaultConfig, FaultInjector
from portdesk.platform.sandbox.state import SandboxState


@dataclass
class SandboxConfig:
    api_key: str
    host: str = "127.0.0.1"
    port: int = 8765
    db_path: str = ":memory:"
    speed: float = 0.0
    seed: int = 0
    start: datetime | None = None
    portout_every_days: int = 0
    portout_max: int = 10
    faults: FaultConfig = field(default_factory=FaultConfig)


class _PromptServer(uvicorn.Server):
    """uvicorn's server, stopping as soon as it is asked to.

    uvicorn looks at `should_exit` every 0.1 s, then pauses a fixed 0.1 s in shutdown before it
    waits (again in 0.1 s steps) for the open connections to close. Here `request_exit` wakes
    the main loop at once, and shutdown does uvicorn's same steps in the same order (stop
    accepting, ask each connection to close, let in-flight requests finish and their
    connections close, then the background tasks, the graceful timeout if one is set) looking
    every few milliseconds instead. A stop used to take about 0.2 s: the tests stop ~235.
    """

    POLL = 0.005  # seconds between two looks at the connections left while shutting down

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    def request_exit(self) -> None:
        """From any thread: stop now (uvicorn's own loop would see the flag within 0.1 s)."""
        self.should_exit = True  # set before the loop is read: see main_loop
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop has closed: already stopped
                loop.call_soon_threadsafe(wake.set)

    async def main_loop(self) -> None:
        # uvicorn's loop (a tick every 0.1 s keeps its date header current), woken early on
        # request_exit. The event is published before the first look at should_exit, and
        # request_exit sets the flag before it reads the event: one of the two sees the other.
        self._wake = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)
            should_exit = await self.on_tick(counter)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:  # stop accepting new connections
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()  # an idle one closes now, a busy one after its response
        try:
            await asyncio.wait_for(self._drain(), timeout=self.config.timeout_graceful_shutdown)
        except TimeoutError:
            _log.error("Cancel %s running task(s), timeout graceful shutdown exceeded",
                       len(self.server_state.tasks))
            for task in self.server_state.tasks:
                task.cancel(msg="Task cancelled, timeout graceful shutdown exceeded")
        if not self.force_exit:
            await self.lifespan.shutdown()

    async def _drain(self) -> None:
        while self.server_state.connections and not self.force_exit:
            await asyncio.sleep(self.POLL)
        while self.server_state.tasks and not self.force_exit:
            await asyncio.sleep(self.POLL)
        for server in self.servers:
            await server.wait_closed()


_log = logging.getLogger("uvicorn.error")


class SandboxServer:
    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.clock = SandboxClock(start=config.start, speed=config.speed)
        self.state = SandboxState(config.db_path)
        self.sandbox = Sandbox(self.state, self.clock, seed=config.seed,
                               portout_every_days=config.portout_every_days,
                               portout_max=config.portout_max)
        self.sandbox.late_events = config.faults.late_rate
        self.sandbox.late_by = timedelta(minutes=config.faults.late_minutes)
        self.sandbox.late_payload = config.faults.late_payload
        if config.portout_every_days > 0:
            self.sandbox.start_portout_stream()
        app: ASGIApp = build_app(self.sandbox, config.api_key)
        self.faults: FaultInjector | None = None
        if config.faults.active:
            self.faults = FaultInjector(app, config.faults)
            app = self.faults
        try:
            self._socket = _listen(config.host, config.port)  # a clash fails here, clearly
        except BaseException:  # OSError, or OverflowError for a port past 65535
            self.state.close()
            raise
        self.port = int(self._socket.getsockname()[1])
        self._server = _PromptServer(uvicorn.Config(
            app, host=config.host, port=self.port, log_level="warning", access_log=False,
            lifespan="off", timeout_keep_alive=30))
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.config.host}:{self.port}/v2"

    def advance(self, days: float = 0, hours: float = 0) -> int:
        """Move simulated time and let the carriers act; returns how many actions ran."""
        return self.sandbox.advance(timedelta(days=days, hours=hours))

    def serve_forever(self) -> None:
        try:
            self._server.run(sockets=[self._socket])
        finally:
            self.state.close()

    def wait(self) -> None:
        """Until the server stops (Ctrl+C in the foreground stops it)."""
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def start(self, timeout: float = 10.0) -> SandboxServer:
        """Serve in a thread; returns once the server is accepting connections."""
        self._thread = threading.Thread(target=self._server.run, name="sandbox", daemon=True,
                                        kwargs={"sockets": [self._socket]})
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the sandbox did not start on {self.config.host}:{self.port}")
            self._thread.join(0.01)  # waits on the server thread, wakes to check `started`
        return self

    def stop(self) -> None:
        self._server.request_exit()
        if self._thread is not None:
            self._thread.join(10)
        self._socket.close()
        self.state.close()


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything is announced: OSError if the port is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named, as getaddrinfo would: the accepted connections inherit it, and asyncio
    # turns Nagle off (TCP_NODELAY) only on a socket whose proto says TCP. Left at 0, an answer's
    # body waited behind its headers for the client's delayed ACK: ~40 ms on every request.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except BaseException:  # whatever refused the bind (OverflowError too): never left open
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
