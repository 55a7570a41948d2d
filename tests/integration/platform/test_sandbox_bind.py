"""A sandbox that cannot bind closes its listening socket (a port past 65535 raised OverflowError,
which the bind's cleanup did not catch, and left the socket open), and says why in one line, with
the way out for that cause (an address this machine lacks was told to choose another port)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from portdesk import cli
from portdesk.platform.sandbox import server as sandbox_server
from portdesk.platform.sandbox.server import SandboxConfig, SandboxServer


class _Recorded(socket.socket):
    made: list[socket.socket] = []

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        _Recorded.made.append(self)


@pytest.mark.parametrize("port", [70_000, -1])
def test_a_refused_bind_leaves_no_socket_open(monkeypatch: pytest.MonkeyPatch,
                                              port: int) -> None:
    _Recorded.made = []
    monkeypatch.setattr(sandbox_server.socket, "socket", _Recorded)
    with pytest.raises((OverflowError, OSError)):
        SandboxServer(SandboxConfig(api_key="k", port=port))
    assert _Recorded.made and all(s.fileno() == -1 for s in _Recorded.made)


def test_an_address_not_of_this_machine_is_said_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["--db", f"sqlite:///{tmp_path / 'q.sqlite3'}", "sandbox", "--host",
                     "192.0.2.1", "--port", "0", "--db", ":memory:"])  # TEST-NET-1
    out, err = capsys.readouterr()
    assert code == 1 and "running on" not in out
    assert len(err.strip().splitlines()) == 1
    assert "cannot listen on 192.0.2.1:0" in err and "--host" in err
    assert "another sandbox" not in err
