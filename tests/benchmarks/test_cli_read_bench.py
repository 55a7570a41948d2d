"""`case show`, `audit show` and `audit verify` on a real queue of 1,000 and 100,000 cases, each
read both ways: with sqlite3 alone (store/quick_case.py; a plain `sqlite:///` URL of a settled
current file) and through the Store (the same file under a URL only the Store reads, `?timeout=5`).
`audit verify` always opens the Store: it needs the secrets key (the chain's seals, the sealed
documents) and recomputes each case's state digest from the typed values the Store writes.

  .venv/bin/pytest tests/benchmarks/test_cli_read_bench.py -o addopts="" -s

Medians of REPEAT fresh processes (CPU: user + system, the figure other jobs on the shared
machine disturb least); `audit verify` walks every entry and every case, so it runs fewer times
on the large queue. Set-up imports the queue (100,000 cases: ~30 s CPU).
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

import pytest

from tests.benchmarks.test_cli_start_bench import ROOT, _run, write_cases_csv

REPEAT = int(os.environ.get("PORTDESK_BENCH_REPEAT", "5"))
SIZES = [int(n) for n in os.environ.get("PORTDESK_BENCH_SIZES", "1000,100000").split(",")]


@pytest.mark.timeout(3600)
@pytest.mark.parametrize("count", SIZES)
def test_reading_one_case_and_verifying_the_log(tmp_path: Path, count: int) -> None:
    env = {**os.environ, "PORTDESK_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    db = tmp_path / "q.sqlite3"
    portdesk = [sys.executable, "-m", "portdesk"]
    seconds, cpu, _, code = _run([*portdesk, "--db", f"sqlite:///{db}", "case", "import",
                                  str(write_cases_csv(tmp_path / "cases.csv", count))],
                                 env, tmp_path)
    assert code == 0
    print(f"\n{count:,} cases (imported in {seconds:.1f} s, {cpu:.1f} s CPU); load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'command':14} {'reader':8} {'wall median':>11} {'CPU median':>10} {'peak RSS':>9}")
    ref = f"PD-{count // 2:06d}"
    for name, argv in {"case show": ["case", "show", ref], "audit show": ["audit", "show", ref],
                       "audit verify": ["audit", "verify"]}.items():
        times = REPEAT if name != "audit verify" or count <= 10_000 else max(1, REPEAT // 2)
        readers = [("sqlite3", f"sqlite:///{db}"), ("Store", f"sqlite:///{db}?timeout=5")]
        for reader, url in readers if name != "audit verify" else [("Store", readers[0][1])]:
            command = [*portdesk, "--db", url, *argv]
            _run(command, env, tmp_path)  # unmeasured: the bytecode cache is written, as installed
            runs = [_run(command, env, tmp_path) for _ in range(times)]
            assert all(r[3] == 0 for r in runs), name
            wall = statistics.median(r[0] for r in runs) * 1000
            cpu_ms = statistics.median(r[1] for r in runs) * 1000
            print(f"{name:14} {reader:8} {wall:9.0f}ms {cpu_ms:8.0f}ms "
                  f"{max(r[2] for r in runs):7.0f}MB")
