"""The `portdesk` command end to end, in-process (main(argv)) and, for the kill test, as a process."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from portdesk.cli import main
from portdesk.services.case_files import FLAT_COLUMNS
from tests.helpers import entry

ROOT = Path(__file__).resolve().parents[3]


def run(db: Path, *args: str) -> int:
    return main(["--db", f"sqlite:///{db}", *args])


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(FLAT_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    return path


NPAS = [212, 312, *(n for n in range(201, 790) if n % 100 != 11 and n not in (212, 312, 555))]


def flat(i: int, **over: str) -> dict[str, str]:
    """Row i: fictional numbers (555-01XX) no other row has: two area codes per hundred rows."""
    block = i // 100
    home, other = NPAS[2 * block % len(NPAS)], NPAS[(2 * block + 1) % len(NPAS)]
    row = {"account_name": f"Customer {i}", "numbers": f"{home}-555-01{i % 100:02d};"
           f"{other}-555-01{i % 100:02d}", "btn": f"{home}-555-01{i % 100:02d}",
           "carrier": "Lumen", "account_number": f"A{i:06d}", "pin": "1234",
           "service_address.line1": f"{i} Main St", "service_address.city": "Chicago",
           "service_address.state": "IL", "service_address.postal_code": "60601"}
    row.update(over)
    return row


def test_import_csv_list_show_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.sqlite3"
    src = write_csv(tmp_path / "cases.csv", [flat(i) for i in range(5)])
    assert run(db, "case", "import", str(src)) == 0
    assert "imported 5 cases" in capsys.readouterr().out
    assert run(db, "case", "list", "--search", "312 555 0103", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["total"] == 1 and listed["cases"][0]["account_name"] == "Customer 3"
    assert run(db, "case", "show", "PD-000002", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["pin"] == "••••" and shown["numbers"] == ["+12125550101", "+13125550101"]
    out = tmp_path / "out.json"
    assert run(db, "case", "export", str(out)) == 0
    exported = json.loads(out.read_text())
    assert len(exported) == 5 and all(e["pin"] == "••••" for e in exported)
    assert run(db, "case", "export", str(out), "--include-secrets") == 0
    assert json.loads(out.read_text())[0]["pin"] == "1234"


def test_bad_rows_import_nothing_and_are_all_listed(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.sqlite3"
    rows = [flat(0), flat(1, numbers="555-01"), flat(2, **{"service_address.state": "XX"}),
            flat(3, account_name=""), flat(4)]
    src = write_csv(tmp_path / "bad.csv", rows)
    assert run(db, "case", "import", str(src)) == 1
    err = capsys.readouterr().err
    assert "3 of 5 rows are not valid; nothing was imported" in err
    assert "line 3:" in err and "line 4:" in err and "line 5:" in err and "line 2:" not in err
    assert "Traceback" not in err
    assert run(db, "case", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0
    assert run(db, "case", "import", str(src), "--skip-invalid") == 0
    out = capsys.readouterr().out
    assert "imported 2 cases" in out and out.count("skipped line") == 3


def test_json_and_xlsx_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.sqlite3"
    one = tmp_path / "one.json"
    one.write_text(json.dumps(entry()))
    assert run(db, "case", "import", str(one)) == 0
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(FLAT_COLUMNS))
    for i in range(3):
        row = flat(10 + i)
        sheet.append([row.get(c, "") for c in FLAT_COLUMNS])
    book.save(tmp_path / "cases.xlsx")
    assert run(db, "case", "import", str(tmp_path / "cases.xlsx")) == 0
    assert "imported 3 cases" in capsys.readouterr().out


@pytest.mark.parametrize(("name", "content", "message"), [
    ("cases.pdf", b"%PDF-1.4", "unsupported file type"),
    ("cases.json", b"{not json", "not valid JSON"),
    ("cases.json", b"[]", "holds no cases"),
    ("cases.xlsx", b"PK\x03\x04garbage", "not a readable Excel workbook"),
    ("cases.csv", b"name,phone\nA,1\n", "must name the columns"),
    ("cases.csv", b"\x00\x01\x02binary", "not a text CSV"),
])
def test_wrong_files_give_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
                                   content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert run(tmp_path / "q.sqlite3", "case", "import", str(path)) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_status_goes_through_the_state_machine(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.sqlite3"
    src = write_csv(tmp_path / "c.csv", [flat(1)])
    run(db, "case", "import", str(src))
    assert run(db, "case", "status", "PD-000001", "ported", "--reason", "skip ahead") == 1
    assert "cannot go from draft to ported" in capsys.readouterr().err
    assert run(db, "case", "status", "PD-000001", "submitted", "--reason", "signed") == 1
    assert "use Submit" in capsys.readouterr().err  # the readiness gate, never by hand
    assert run(db, "case", "status", "PD-000001", "awaiting_signature", "--reason", "sent") == 0
    assert run(db, "case", "status", "PD-000404", "expired", "--reason", "x") == 1
    assert "no case with reference PD-000404" in capsys.readouterr().err


def test_unreadable_database_gives_a_clear_message(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.sqlite3"
    db.write_bytes(b"garbage" * 1000)
    assert run(db, "case", "list") == 1
    assert "not a PortDesk database" in capsys.readouterr().err


def test_demo_and_audit_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.sqlite3"
    assert run(db, "demo", "load") == 0
    assert run(db, "audit", "verify") == 0
    assert "chain verified" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:  # a forger drops the append-only trigger first
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET changes='{}' WHERE id=5")
    assert run(db, "audit", "verify") == 1
    assert "TAMPERED" in capsys.readouterr().out


def test_killed_import_leaves_nothing_and_an_intact_file(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    src = write_csv(tmp_path / "big.csv", [flat(i) for i in range(20000)])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    assert subprocess.run([sys.executable, "-m", "portdesk", "--db", f"sqlite:///{db}",
                           "case", "list"], env=env, capture_output=True).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "portdesk", "--db", f"sqlite:///{db}", "case",
                             "import", str(src)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    wal = db.with_name(db.name + "-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 256 * 1024:  # mid-transaction: pages written
            break
        time.sleep(0.01)
    assert proc.poll() is None, "import finished before it could be killed; make the file larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM case_numbers").fetchone()[0] == 0


def test_loa_render_counts_its_numbers_in_words(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """'(1 number)', not '(1 numbers)': the line a specialist reads after rendering a letter."""
    db = tmp_path / "q.sqlite3"
    assert run(db, "demo", "load") == 0
    capsys.readouterr()
    assert run(db, "loa", "render", "PD-000002", "-o", str(tmp_path / "one.pdf")) == 0
    out = capsys.readouterr().out
    assert "standard LOA for PD-000002 (1 number)" in out, out
