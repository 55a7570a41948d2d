"""The case-first bill check's own figures: verdicts, speed in-process, OCR, memory.

Run with `make bench` (or `pytest tests/benchmarks/test_bill_check_bench.py --benchmark-enable
-o addopts="" -s -p no:randomly`). The corpus accuracy figures (tuned and blind splits) are the
corpus engineer's test_bills_bench.py; these are the check's: how fast one `bill check` is once
the process has started (the CLI's start-up is measured with the CLI), and how the verdicts fall
on drawn bills modelled on real carriers' ways of printing (tests/unit/bills/drawn.py).
"""

from __future__ import annotations

import random
import statistics
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from portdesk.bills.ocr import tesseract_available
from portdesk.config import Settings
from portdesk.domain.case import Address, CaseNumber, PortCase
from portdesk.services.bill_check import check_bill
from tests.billcorpus.corpus import LAYOUTS, make_scan, random_truth, write_bill
from tests.unit.bills import drawn
from tests.unit.bills.test_casefirst import CASES


def _case(truth: Any) -> PortCase:
    return PortCase(account_name=truth.account_name, account_number=truth.account_number,
                    btn=truth.btn, losing_carrier=truth.carrier,
                    service_address=truth.service_address or Address(),
                    numbers=tuple(CaseNumber(n) for n in truth.numbers))


def test_text_bill_check_in_process(tmp_path: Path) -> None:
    """Read, extract and compare one text bill, per page and per call (median of 5 runs)."""
    rng = random.Random(404)
    bills = [(write_bill(tmp_path / f"{layout}.pdf", truth := random_truth(rng), layout, rng,
                         detail_pages=1).path, _case(truth)) for layout in LAYOUTS]
    bills += [(drawn.draw(tmp_path / f"{name}.pdf", getattr(drawn, name)()), case)
              for name, case in CASES.items()]
    check_bill(bills[0][0], bills[0][1], Settings())  # imports and first-use caches
    per_call, per_page = [], []
    for path, case in bills:
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            report = check_bill(path, case, Settings())
            runs.append(time.perf_counter() - started)
        per_call.append(statistics.median(runs))
        per_page.append(per_call[-1] / report.fields.pages_read)
    print(f"\nbill check, text bills in-process: {statistics.median(per_call) * 1000:.0f} ms "
          f"median per call (max {max(per_call) * 1000:.0f}), "
          f"{statistics.median(per_page) * 1000:.1f} ms median per page "
          f"(max {max(per_page) * 1000:.1f})")
    assert max(per_page) < 0.050


def test_verdicts_on_drawn_bills(tmp_path: Path) -> None:
    verdicts: Counter[str] = Counter()
    for name, case in CASES.items():
        report = check_bill(drawn.draw(tmp_path / f"{name}.pdf", getattr(drawn, name)()), case,
                            Settings())
        verdicts.update(c.verdict.value for c in report.comparison.fields.values())
    print(f"\ndrawn bills, right case values: {dict(verdicts)}")
    assert verdicts["mismatch"] == 0


@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_ocr_bill_check_per_page(tmp_path: Path) -> None:
    rng = random.Random(505)
    times = []
    for layout in ("two_column", "classic", "table"):
        truth = random_truth(rng)
        bill = write_bill(tmp_path / f"{layout}.pdf", truth, layout, rng, detail_pages=0)
        scan = make_scan(bill.path, tmp_path / f"{layout}-scan.pdf", rng)
        started = time.perf_counter()
        report = check_bill(scan, _case(truth), Settings())
        times.append((time.perf_counter() - started) / report.fields.pages_read)
    print(f"\nbill check, scanned page (OCR included): {statistics.median(times):.2f} s median, "
          f"max {max(times):.2f} s")
    assert statistics.median(times) < 1.5


def test_memory_of_a_50_page_bill_check(tmp_path: Path) -> None:
    rng = random.Random(606)
    truth = random_truth(rng)
    bill = write_bill(tmp_path / "b.pdf", truth, "wireless", rng, detail_pages=49)
    started = time.perf_counter()
    check_bill(bill.path, _case(truth), Settings())
    elapsed = time.perf_counter() - started  # timed apart: tracemalloc slows Python several-fold
    tracemalloc.start()
    report = check_bill(bill.path, _case(truth), Settings())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"\n50-page bill check: {report.fields.pages_read} pages in {elapsed:.2f} s, "
          f"peak Python memory {peak / 2**20:.1f} MB")
    assert report.fields.pages_read == 50 and peak < 64 * 2**20
