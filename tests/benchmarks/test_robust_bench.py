"""The whole robustness probes (`make bench`), of which the default suite runs a seeded sample
(tests/integration/robust/): never silently unfinished, never an error.

- forms: `python -m tests.loaforms.robust open --real`: fill, typed sign and the print path on
  every open drawn form with every case, and on the tuned real sample forms (skipped with a
  reason when ../shared is absent); held-back splits are refused, never built.
- bills: `python -m tests.billcorpus.robust`: extract and check on one text bill of every open
  family with its cases, every hostile bill and every hostile entries file. The scans are
  scanlab's (`python -m tests.billcorpus.scanlab --errors`).

Nothing is timed here: the counts by kind are printed, and every kind must be zero.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.billcorpus.robust import hostile_runs, open_bill_runs
from tests.loaforms.robust import SHARED, drawn_jobs, real_jobs, run_jobs


def test_every_open_form_is_filled_signed_and_printable(benchmark: Any, tmp_path: Path) -> None:
    real, skipped = real_jobs(SHARED)
    jobs = drawn_jobs("open") + real
    tally = benchmark.pedantic(lambda: run_jobs(jobs, tmp_path / "work"), rounds=1,
                               iterations=1)
    print(f"\nforms robustness: {tally.table()}" + "".join(f"\n  skipped: {s}" for s in skipped))
    assert tally.findings == [], "\n".join(f"{f.kind}: {f.where}: {f.detail}"
                                           for f in tally.findings)


def test_every_open_text_bill_and_every_hostile_input_ends_well(benchmark: Any,
                                                                tmp_path: Path) -> None:
    def run() -> Any:
        tally = hostile_runs(tmp_path / "hostile")
        more = open_bill_runs(tmp_path / "open", per_family=1)
        tally.runs += more.runs
        tally.findings += more.findings
        return tally

    tally = benchmark.pedantic(run, rounds=1, iterations=1)
    print(f"\nbills robustness: {tally.table()}")
    assert tally.findings == [], "\n".join(f"{f.kind}: {f.where}: {f.detail}"
                                           for f in tally.findings)
