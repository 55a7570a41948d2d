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
