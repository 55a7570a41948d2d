"""Unreachable platform, refused key, unreadable answers: the round stops at once, clearly.

Each is checked on the engine (nothing lost, no storm of requests) and on the command line (one
line on stderr, exit 1, no traceback, never the key).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from portdesk import cli
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer, free_port
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import numbers, submitted


class _Html(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<html><body>Captive portal</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def html_server() -> Iterator[str]:
    """Something on loopback that answers HTTP, but not the platform's JSON."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Html)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v2"
    server.shutdown()
    server.server_close()
    thread.join()


def attempts(desk: Store, case_id: int) -> list[int]:
    return [item.attempts for item, _, _ in desk_repo(desk).items_for_case(case_id)]


def desk_repo(desk: Store):  # type: ignore[no-untyped-def]
    from portdesk.store.sync_repo import SyncRepository

    return SyncRepository(desk.sessions, desk.box)


def test_an_unreachable_platform_stops_the_round_after_one_request_s_retries(
        make_client: Callable[..., PlatformClient], desk: Store, sandbox: SandboxServer) -> None:
    first = submitted(desk, numbers(0, 1))
    second = submitted(desk, numbers(1, 1))
    assert first.id is not None and second.id is not None
    client = PlatformClient(f"http://127.0.0.1:{free_port()}/v2", API_KEY,
                            sleep=lambda _: None)
    report = SyncEngine(desk, client).run_once()
    client.close()
    assert report.aborted is not None and "cannot reach the platform" in report.aborted
    assert client.requests_sent == client.retry.max_attempts  # one request, its retries, no more
    assert attempts(desk, first.id) == [1, 0, 0, 0] and attempts(desk, second.id) == [0] * 4
    assert desk_repo(desk).pending_count() == 8  # nothing lost, nothing marked failed


def test_a_refused_key_stops_the_round_with_one_request(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    client = make_client(sandbox, key="not-the-key")
    report = SyncEngine(desk, client).run_once()
    assert report.aborted is not None and "refused the API key" in report.aborted
    assert "not-the-key" not in report.aborted
    assert client.requests_sent == 1
    assert desk_repo(desk).pending_count() == 4


def test_an_answer_that_is_not_json_stops_the_round(
        html_server: str, desk: Store) -> None:
    submitted(desk, numbers(0, 1))
    with PlatformClient(html_server, API_KEY, sleep=lambda _: None) as client:
        report = SyncEngine(desk, client).run_once()
        assert client.requests_sent == 1
    assert report.aborted is not None and "is not JSON" in report.aborted
    assert desk_repo(desk).pending_count() == 4


def run_cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, url: str, key: str) -> int:
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", url)
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", key)
    return cli.main(["--db", f"sqlite:///{tmp_path / 'cli.sqlite3'}", "sync", "--once"])


@pytest.mark.parametrize("problem", ["unreachable", "wrong key", "not json"])
def test_the_command_line_says_what_is_wrong_in_one_line(
        problem: str, sandbox: SandboxServer, html_server: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    url, key, expected = {
        "unreachable": (f"http://127.0.0.1:{free_port()}/v2", API_KEY, "cannot reach"),
        "wrong key": (sandbox.base_url, "secret-wrong-key", "refused the API key"),
        "not json": (html_server, API_KEY, "is not JSON"),
    }[problem]
    assert run_cli(monkeypatch, tmp_path, url, key) == 1
    err = capsys.readouterr().err
    assert err.startswith("portdesk: sync stopped: ") and expected in err
    assert err.count("\n") == 1 and "Traceback" not in err and key not in err


def test_the_command_line_syncs_and_reports(
        sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'cli.sqlite3'}", key_dir=tmp_path)
    submitted(store, numbers(0, 1))
    store.close()
    assert run_cli(monkeypatch, tmp_path, sandbox.base_url, API_KEY) == 0
    out = capsys.readouterr().out
    assert out.startswith("pushed 4, failed 0") and "nothing to send" in out
