"""An import is safe to run twice: a crash between the commit and the "imported" line, then a rerun,
never doubles the queue (issue 19: 20,000 duplicate cases), and a number already on an active case
of the same kind is refused on its line."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from portdesk.domain.lifecycle import Status
from portdesk.services.cases import AlreadyImported, ImportRejected, import_cases
from portdesk.store.store import Store
from tests.integration.cli.test_case_cli import flat, write_csv

ROOT = Path(__file__).resolve().parents[3]


def _portdesk(db: Path, *args: str, crash_at: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if crash_at:
        env["PORTDESK_CRASH_AT"] = crash_at
    return subprocess.run([sys.executable, "-m", "portdesk", "--db", f"sqlite:///{db}", *args],
                          env=env, capture_output=True, text=True)


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_a_kill_after_the_commit_then_a_rerun_imports_once(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    src = write_csv(tmp_path / "cases.csv", [flat(i) for i in range(300)])
    killed = _portdesk(db, "case", "import", str(src), crash_at="import.committed")
    assert killed.returncode == -signal.SIGKILL
    assert "imported" not in killed.stdout  # the specialist never saw it finish
    assert _count(db, "cases") == 300
    rerun = _portdesk(db, "case", "import", str(src))
    assert rerun.returncode == 1
    assert "cases.csv was imported on " in rerun.stderr
    assert "as PD-000001-PD-000300 (300 cases" in rerun.stderr and "--again" in rerun.stderr
    again = _portdesk(db, "case", "import", str(src), "--again")
    assert again.returncode == 1  # every number is on an active case already: line by line
    assert "300 of 300 rows are not valid" in again.stderr
    assert "212-555-0100 is already on PD-000001 (draft)" in again.stderr
    assert (_count(db, "cases"), _count(db, "case_numbers")) == (300, 600)
    assert _portdesk(db, "audit", "verify").returncode == 0


def test_numbers_on_active_cases_are_refused_per_line(store: Store, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "first.csv", [flat(i) for i in range(3)])
    import_cases(store, first, "ana")
    second = write_csv(tmp_path / "second.csv", [flat(2), flat(7), flat(7, account_name="Dup")])
    with pytest.raises(ImportRejected) as refused:
        import_cases(store, second, "ana")
    lines = {b.line: b.reason for b in refused.value.bad}
    assert set(lines) == {2, 4}
    assert "already on PD-000003 (draft), an active port-in case" in lines[2]
    assert "212-555-0107 is also on line 3" in lines[4]
    assert store.cases.count() == 3
    result = import_cases(store, second, "ana", skip_invalid=True)
    assert (result.imported, [b.line for b in result.skipped]) == (["PD-000004"], [2, 4])


def test_a_closed_case_or_another_kind_does_not_block(store: Store, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "first.csv", [flat(0), flat(1)])
    created = import_cases(store, first, "ana").imported
    done = store.cases.get_by_reference(created[0])
    assert done.id is not None
    store.cases.change_status(done.id, Status.CANCELLED, "ana", "customer stays")
    again = write_csv(tmp_path / "again.csv", [flat(0), flat(1, kind="port_out")])
    assert len(import_cases(store, again, "ana").imported) == 2


def test_the_same_file_is_recognised_and_imported_again_only_when_asked(
        store: Store, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "batch.csv", [flat(i) for i in range(2)])
    import_cases(store, src, "ana")
    with pytest.raises(AlreadyImported, match=r"as PD-000001-PD-000002 \(2 cases, by ana\)"):
        import_cases(store, src, "ben")
    for ref in ("PD-000001", "PD-000002"):
        cid = store.cases.get_by_reference(ref).id
        assert cid is not None
        store.cases.change_status(cid, Status.CANCELLED, "ana", "wrong batch")
    assert import_cases(store, src, "ana", again=True).imported == ["PD-000003", "PD-000004"]


def test_a_refusal_lists_every_bad_line_at_once(store: Store, tmp_path: Path) -> None:
    """An unreadable line and a number twice in the file: both listed, and the good count is
    what --skip-invalid then imports (it said 1 of 4 bad and "the 3 good ones", then imported 2)."""
    rows = [flat(0), flat(1, numbers="not a number"), flat(2, numbers=flat(0)["numbers"]),
            flat(3)]
    src = write_csv(tmp_path / "mixed.csv", rows)
    with pytest.raises(ImportRejected) as refused:
        import_cases(store, src, "ana")
    assert [b.line for b in refused.value.bad] == [3, 4]
    assert "2 of 4 rows are not valid" in str(refused.value)
    assert "import the 2 good ones" in str(refused.value)
    assert store.cases.count() == 0
    result = import_cases(store, src, "ana", skip_invalid=True)
    assert (len(result.imported), [b.line for b in result.skipped]) == (2, [3, 4])
