"""Hostile and broken files at full size and in number: issue 17's figures.

  make bench   (or: .venv/bin/pytest tests/benchmarks/test_fuzz_bench.py -o addopts="" -s)

Prints, for the hostile files the issue names (full size, default limits) and for
PORTDESK_FUZZ_BENCH_EXAMPLES mutated files (default 1,500, each through every command that takes
its kind): inputs tried, refused with a clear message, crashed (want 0), and the worst time and
peak memory. The default suite runs the same checks on a small, derandomized slice.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz import hostile
from tests.fuzz.harness import KINDS, Bench, explain
from tests.fuzz.mutations import mutated

EXAMPLES = int(os.environ.get("PORTDESK_FUZZ_BENCH_EXAMPLES", "1500"))
FULL_SIZE = {  # name: (kind of file, builder at the size the reports give)
    "pdf 200 x 200 in, one blank page": ("bill", hostile.pdf_huge_page),
    "pdf stream inflating to 1 GB": ("bill", hostile.pdf_flate_bomb),
    "pdf 5,000 pages": ("form", hostile.pdf_many_pages),
    "pdf array nested 20,000 deep": ("form", hostile.pdf_deep_nesting),
    "png 40,000 x 40,000": ("png", hostile.png_bomb),
    "xlsx A1:XFD1048576 row bomb": ("xlsx", hostile.xlsx_row_bomb),
    "xlsx 1,000,000 styled empty rows": ("xlsx", hostile.xlsx_empty_rows),
    "xlsx declaring 3 GB unpacked": ("xlsx", hostile.xlsx_zip_bomb),
    "csv field of 200,000 chars": ("csv", hostile.csv_long_field),
    "csv header of 1,000,000 columns": ("csv", hostile.csv_column_bomb),
    "csv of 250,000 rows": ("csv", hostile.csv_too_many_rows),
    "csv of 7,000,000 numbers (77 MB)": ("csv", hostile.csv_many_numbers),
    "json nested 10,000 deep": ("json", hostile.json_deep),
    "json value of 2,000,000 chars": ("json", hostile.json_long_value),
    "json case of 2,000,000 numbers": ("json", hostile.json_many_numbers),
}


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bench]:
    built = Bench.build(tmp_path_factory.mktemp("fuzzbench"))
    yield built
    built.worker.close()


def _line(name: str, runs: list[dict[str, Any]]) -> str:
    worst = max(runs, key=lambda r: r["seconds"])
    biggest = max(r["peak_mb"] for r in runs)
    said = (worst["err"] or worst["out"]).strip().splitlines()
    return (f"{name:34} rc {','.join(str(r['rc']) for r in runs):7} "
            f"{worst['seconds']:6.2f} s {biggest:6.0f} MB  {said[0][:90] if said else ''}")


@pytest.mark.timeout(1800)
def test_hostile_files_at_full_size(bench: Bench) -> None:
    print(f"\nHostile files at full size, default limits (load {os.getloadavg()[0]:.1f}):")
    failures = []
    for name, (kind, build) in FULL_SIZE.items():
        suffix = KINDS[kind]
        path = build(bench.dir / f"full{suffix}")
        runs = bench.check(kind, path.read_bytes(), name="full")
        print(_line(name, runs))
        failures += [r for r in runs if r["problems"]]
    assert not failures, explain(failures)


@pytest.mark.timeout(3600)
def test_many_mutated_files(bench: Bench) -> None:
    failures: list[dict[str, Any]] = []
    start, refused = bench.tried, bench.refused

    @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(kind=st.sampled_from(sorted(KINDS)), data=st.data())
    def run_one(kind: str, data: st.DataObject) -> None:
        failures.extend(r for r in bench.check(kind, data.draw(mutated(bench.seeds[kind])))
                        if r["problems"])

    run_one()
    worst = bench.worst()
    slow, big = worst["slowest"], worst["largest"]
    print(f"\nMutated files: {EXAMPLES:,} files, {bench.tried - start:,} command runs; "
          f"refused with a clear message {bench.refused - refused:,}; crashed {len(failures)}; "
          f"slowest {slow['seconds']:.2f} s ({' '.join(slow['argv'][:2])}); largest peak "
          f"{big['peak_mb']:.0f} MB ({' '.join(big['argv'][:2])}) (both over every run)")
    kept = Path(bench.dir) / "failures"
    assert not failures, f"{explain(failures)}\n(inputs kept in {kept})"
