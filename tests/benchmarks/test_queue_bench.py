"""Issue 2's figures: 100,000 cases / 300,000 numbers.

  make bench            (or: .venv/bin/pytest tests/benchmarks/test_queue_bench.py -o addopts="" -s)

Prints: import time of a 100,000-row CSV; median time of a 200-row queue page (status filter + text
search) through the store and the same SQL through raw sqlite3; peak RSS of a process listing.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event

from portdesk.services.case_files import FLAT_COLUMNS
from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store

N = int(os.environ.get("PORTDESK_BENCH_CASES", "100000"))
STATUSES = ["draft", "awaiting_signature", "submitted", "at_carrier", "exception"]


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    base = tmp_path_factory.mktemp("bench")
    src = base / "cases.csv"
    with src.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(FLAT_COLUMNS))
        w.writeheader()
        used: set[str] = set()  # a number is on one active case only (imports refuse repeats)
        for i in range(N):
            npa = 200 + (i % 700) + (1 if (200 + i % 700) % 100 == 11 else 0)
            nums = []
            for k in range(3):
                line = (i * 3 + k) % 10000
                while (n := f"{npa}-{200 + (i // 100) % 700}-{line:04d}") in used:
                    line = (line + 1) % 10000
                used.add(n)
                nums.append(n)
            w.writerow({"account_name": f"Customer {i} Holdings", "numbers": ";".join(nums),
                        "btn": nums[0], "carrier": "Lumen", "account_number": f"AC{i:08d}",
                        "pin": f"{i % 10000:04d}", "service_address.line1": f"{i} Main St",
                        "service_address.city": "Chicago", "service_address.state": "IL",
                        "service_address.postal_code": "60601"})
    db = base / "q.sqlite3"
    env = {**os.environ, "PORTDESK_DATA_DIR": str(base / "data")}
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "portdesk", "--db", f"sqlite:///{db}", "case",
                           "import", str(src)], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    assert proc.returncode == 0, proc.stderr
    with sqlite3.connect(db) as conn:  # spread statuses so a status filter means something
        for k, status in enumerate(STATUSES):
            conn.execute("UPDATE cases SET status=? WHERE id % 5 = ?", (status, k))
    return db, elapsed


def test_import_100k(big_db: tuple[Path, float]) -> None:
    _, elapsed = big_db
    print(f"\nimport of {N:,} cases ({3 * N:,} numbers) from CSV: {elapsed:.1f} s (target < 30 s)")


def _timed(fn: Callable[[], object], runs: int = 40) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1000


@pytest.mark.parametrize("text", ["holdings 7", "customer 9999", "ac00012345", "555-02", "zzz"])
def test_queue_page_vs_raw_sqlite(big_db: tuple[Path, float], text: str) -> None:
    """The store's page against raw sqlite3 running exactly the statements the store ran."""
    db, _ = big_db
    store = Store.open(f"sqlite:///{db}")
    query = QueueQuery(statuses=("submitted", "exception"), text=text, limit=200)
    statements: list[tuple[str, tuple[object, ...]]] = []

    def record(conn: object, cursor: object, sql: str, params: object, *_: object) -> None:
        statements.append((sql, tuple(params) if isinstance(params, (list, tuple)) else ()))

    event.listen(store.engine, "before_cursor_execute", record)
    rows = store.queue.page(query, with_total=False).rows
    event.remove(store.engine, "before_cursor_execute", record)
    store_ms = _timed(lambda: store.queue.page(query, with_total=False))
    raw = sqlite3.connect(db)
    raw_ms = _timed(lambda: [raw.execute(sql, params).fetchall() for sql, params in statements])
    total_ms = _timed(lambda: store.queue.page(query), runs=10)
    print(f"\nqueue page {text!r} ({len(rows)} rows, status filter + text search): store "
          f"{store_ms:.1f} ms median, raw sqlite3 {raw_ms:.1f} ms ({len(statements)} statements), "
          f"ratio {store_ms / raw_ms:.2f}x; with the total count {total_ms:.1f} ms")
    store.close()


def test_memory_while_listing(big_db: tuple[Path, float], tmp_path: Path) -> None:
    db, _ = big_db
    code = (
        "import resource, json, sys\n"
        "from portdesk.store.store import Store\n"
        "from portdesk.store.queue import QueueQuery\n"
        f"s = Store.open('sqlite:///{db}')\n"
        "n = 0\n"
        "for off in range(0, 100000, 200):\n"
        "    n += len(s.queue.page(QueueQuery(offset=off, limit=200), with_total=False).rows)\n"
        "print(json.dumps({'rows': n, 'maxrss_mb': resource.getrusage(resource.RUSAGE_SELF)"
        ".ru_maxrss / 1024}))\n"
    )
    env = {**os.environ, "PORTDESK_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True)
    data = json.loads(out.stdout)
    print(f"\npeak memory while paging through all {data['rows']:,} cases: "
          f"{data['maxrss_mb']:.0f} MB (target < 300 MB)")
