"""A real sandbox platform on a free loopback port, in a thread, with its clock stopped.

Tests move time with `sandbox.advance(days=...)` and never sleep; clients get a no-op sleep so
retries after injected faults are immediate (the waits they asked for are recorded).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from portdesk.platform.client import PlatformClient
from portdesk.platform.retry import RetryPolicy
from portdesk.platform.sandbox.faults import FaultConfig
from portdesk.platform.sandbox.server import SandboxConfig, SandboxServer
from portdesk.store.store import Store
from tests.fresh_queue import fresh_queue_copy

API_KEY = "test-key-123"
START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def make_sandbox() -> Iterator[Callable[..., SandboxServer]]:
    servers: list[SandboxServer] = []

    def make(faults: FaultConfig | None = None, **overrides: object) -> SandboxServer:
        config = SandboxConfig(api_key=API_KEY, port=0, start=START, seed=7,
                               faults=faults or FaultConfig())
        for key, value in overrides.items():
            setattr(config, key, value)
        server = SandboxServer(config).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def sandbox(make_sandbox: Callable[..., SandboxServer]) -> SandboxServer:
    return make_sandbox()


class RecordingSleep:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def make_client() -> Iterator[Callable[..., PlatformClient]]:
    clients: list[PlatformClient] = []

    def make(server: SandboxServer, key: str = API_KEY, **kwargs: object) -> PlatformClient:
        kwargs.setdefault("sleep", RecordingSleep())
        kwargs.setdefault("retry", RetryPolicy(max_attempts=8))
        client = PlatformClient(server.base_url, key, **kwargs)  # type: ignore[arg-type]
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(sandbox: SandboxServer,
           make_client: Callable[..., PlatformClient]) -> PlatformClient:
    return make_client(sandbox)



@pytest.fixture
def desk(tmp_path: Path, fresh_queue: Path) -> Iterator[Store]:
    """A real SQLite store, migrated, in the test's own directory (a copy of the run's freshly
    migrated queue: tests/conftest.py `fresh_queue`)."""
    opened = Store.open(fresh_queue_copy(fresh_queue, tmp_path / "desk.sqlite3"), key_dir=tmp_path)
    yield opened
    opened.close()
