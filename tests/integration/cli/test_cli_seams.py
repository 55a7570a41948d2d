"""Bad arguments at the seams: one line, exit 1, and nothing made on disk by a typo."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from portdesk.cli import main
from portdesk.store.store import Store
from tests.helpers import entry


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


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_case_list_refuses_a_limit_below_one(limit: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """`--limit -1` was taken as 1 without a word: one case listed as if it were the queue."""
    url = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    assert main(["--db", url, "demo", "load"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "case", "list", "--limit", limit]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and f"--limit {limit}" in err


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
    assert "0 of 0 cases" in captured.out


def test_history_and_trail_are_on_the_workstation_s_clock_and_json_has_its_offset(
        tmp_path: Path, pacific: ZoneInfo, capsys: pytest.CaptureFixture[str]) -> None:
    """On SQLite the history showed the UTC wall clock as if it were local (11:55 for 03:55)."""
    db = tmp_path / "q.sqlite3"
    url = f"sqlite:///{db}"
    assert main(["--db", url, "demo", "load"]) == 0
    store = Store.open(url)
    case = store.cases.get_by_reference("PD-000010")
    assert case.id is not None
    changed = store.cases.status_history(case.id)[-1].at
    logged = store.audit.for_case(case.id)[-1].at
    store.close()
    as_utc = changed.replace(tzinfo=UTC) if changed.tzinfo is None else changed
    capsys.readouterr()
    assert main(["--db", url, "case", "show", "PD-000010"]) == 0
    shown = capsys.readouterr().out.splitlines()[-1]
    assert shown.startswith(f"    {as_utc.astimezone(pacific):%Y-%m-%d %H:%M %Z} draft -> ")
    assert main(["--db", url, "audit", "show", "PD-000010", "--json"]) == 0
    at = datetime.fromisoformat(json.loads(capsys.readouterr().out)[-1]["at"])
    assert at.tzinfo is not None
    assert at == (logged.replace(tzinfo=UTC) if logged.tzinfo is None else logged)


def test_imported_on_is_said_on_the_workstation_s_clock(pacific: ZoneInfo) -> None:
    """The store's naive UTC moment went through astimezone(), which takes naive for local."""
    from portdesk.services.cases import AlreadyImported
    from portdesk.store.imports import ImportRecord

    record = ImportRecord("cases.csv", 3, "PD-000001", "PD-000003",
                          datetime(2026, 12, 5, 18, 35), "ana")  # as SQLite gives it back
    said = str(AlreadyImported(Path("cases.csv"), record))
    assert "was imported on 2026-12-05 10:35 PST as PD-000001-PD-000003" in said  # zone named


def test_an_export_imported_back_never_makes_its_mask_the_pin(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "entries.json"
    source.write_text(json.dumps([entry(pin="739146")]))
    one, two = (f"sqlite:///{tmp_path / name}" for name in ("one.sqlite3", "two.sqlite3"))
    assert main(["--db", one, "case", "import", str(source)]) == 0
    masked, full = tmp_path / "masked.csv", tmp_path / "full.csv"
    assert main(["--db", one, "case", "export", str(masked)]) == 0
    assert main(["--db", one, "case", "export", str(full), "--include-secrets"]) == 0
    capsys.readouterr()
    assert main(["--db", two, "case", "import", str(masked)]) == 1
    assert "line 2: pin '••••' is a mask, not a PIN" in capsys.readouterr().err
    assert main(["--db", two, "case", "import", str(full)]) == 0
    store = Store.open(two)
    assert store.cases.get_by_reference("PD-000001").pin == "739146"
    store.close()
