"""Bad arguments at the seams: one line, exit 1, and nothing made on disk by a typo."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.cli import main


def test_a_checkpoint_into_a_folder_that_does_not_exist_is_refused_first(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.sqlite3"
    assert main(["--db", f"sqlite:///{db}", "demo", "load"]) == 0
    capsys.readouterr()
    out = tmp_path / "no such folder" / "cp.json"
    assert main(["--db", f"sqlite:///{db}", "audit", "checkpoint", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"portdesk: cannot write {out}: folder {out.parent} does not exist\n"
    assert not out.parent.exists()


def test_case_list_of_a_queue_in_a_missing_folder_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "typo" / "q.sqlite3"
    assert main(["--db", f"sqlite:///{db}", "case", "list"]) == 1
    captured = capsys.readouterr()
    assert "0 of 0" not in captured.out
    assert captured.err.count("\n") == 1 and "does not exist" in captured.err
    assert not db.parent.exists()


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_port_out_of_range_is_a_user_error(port: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sandbox", "--port", port, "--db", ":memory:"]) == 1
    err = capsys.readouterr().err
    assert err == f"portdesk: --port {port}: a TCP port is 0-65535\n"


def test_a_misspelt_variable_is_said_not_silently_ignored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """PORTDESK_DB=team.db listed the local queue as if it were the team's."""
    team = tmp_path / "team.sqlite3"
    assert main(["--db", f"sqlite:///{team}", "demo", "load"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("PORTDESK_DB", f"sqlite:///{team}")
    monkeypatch.setenv("PORTDESK_BENCH_SIZES", "10")  # a benchmark's own: not a near miss
    assert main(["case", "list"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ("portdesk: warning: PORTDESK_DB is not a PortDesk setting and is "
                            "ignored; did you mean PORTDESK_DB_URL?\n")
    assert "0 of 0 case(s)" in captured.out
