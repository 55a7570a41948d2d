"""`audit verify` in-process on a real queue of imported cases: CPU of the whole check (the chain's
seals, the head and anchor, every case's six part digests, every document), split into the walk
along the chain and the cases held against it.

  PORTDESK_BENCH_SIZES=100000 .venv/bin/pytest tests/benchmarks/test_audit_verify_bench.py \
      -o addopts="" -s

Set-up imports the queue through the command line (100,000 cases: ~25 s CPU). Medians of
REPEAT runs on one open Store after one unmeasured run (the key and the imports loaded), CPU time
(user + system of this process), the figure other jobs on the shared cores disturb least.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from portdesk.store import audit_verify
from portdesk.store.store import Store
from tests.benchmarks.test_cli_start_bench import ROOT, _run, write_cases_csv

REPEAT = int(os.environ.get("PORTDESK_BENCH_REPEAT", "3"))
SIZES = [int(n) for n in os.environ.get("PORTDESK_BENCH_SIZES", "10000,100000").split(",")]


def _timed(spent: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - start
    return run


@pytest.mark.timeout(3600)
@pytest.mark.parametrize("count", SIZES)
def test_audit_verify_cpu(tmp_path: Path, count: int, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("PORTDESK_DATA_DIR", str(data))
    env = {**os.environ, "PORTDESK_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    db = tmp_path / "q.sqlite3"
    _, cpu, _, code = _run([sys.executable, "-m", "portdesk", "--db", f"sqlite:///{db}", "case",
                            "import", str(write_cases_csv(tmp_path / "c.csv", count))],
                           env, tmp_path)
    assert code == 0
    store = Store.open(f"sqlite:///{db}")
    try:
        assert store.audit.verify().ok  # unmeasured: the key, the imports
        spent: dict[str, float] = {}
        monkeypatch.setattr(audit_verify, "_walk", _timed(spent, "walk", audit_verify._walk))
        monkeypatch.setattr(audit_verify, "case_findings",
                            _timed(spent, "cases", audit_verify.case_findings))
        runs = []
        for _ in range(REPEAT):
            start = time.process_time()
            report = store.audit.verify()
            runs.append(time.process_time() - start)
            assert report.ok and report.entries == count
    finally:
        store.close()
    print(f"\naudit verify, {count:,} cases (imported with {cpu:.1f} s CPU), load "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: CPU median "
          f"{statistics.median(runs):.2f} s of {[round(r, 2) for r in runs]}; per run: walk "
          f"{spent['walk'] / REPEAT:.2f} s, cases {spent['cases'] / REPEAT:.2f} s")
