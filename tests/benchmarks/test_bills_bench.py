"""Bill check figures: accuracy on text and scanned bills, false matches, speed, memory.

Run with `pytest tests/benchmarks/test_bills_bench.py --benchmark-enable -s -p no:randomly`;
the figures are printed and the targets asserted (issue 5).
"""

from __future__ import annotations

import random
import time
import tracemalloc
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.ocr import tesseract_available
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import MATCHES
from portdesk.domain.case import CaseNumber, PortCase
from tests.billcorpus import (
    GeneratedBill,
    generate_corpus,
    make_scan,
    random_truth,
    score_fields,
    write_bill,
)

TEXT_BILLS, SCAN_BILLS = 120, 24


def _accuracy(bills: list[GeneratedBill]) -> tuple[float, Counter[tuple[str, str]]]:
    ok = total = 0
    misses: Counter[tuple[str, str]] = Counter()
    per_field: Counter[str] = Counter()
    for bill in bills:
        scores = score_fields(extract_fields(read_bill(bill.path)), bill.truth)
        ok += sum(scores.values())
        total += len(scores)
        per_field.update(f for f, good in scores.items() if good)
        misses.update((bill.layout, f) for f, good in scores.items() if not good)
    print("\nper field: " + ", ".join(f"{f} {per_field[f] / len(bills):.1%}"
                                     for f in score_fields(BillFields(), bills[0].truth)))
    return ok / total, misses


def test_text_field_accuracy(tmp_path: Path) -> None:
    accuracy, misses = _accuracy(generate_corpus(tmp_path, TEXT_BILLS, seed=101))
    print(f"\ntext bills: {TEXT_BILLS}, field accuracy {accuracy:.2%}, misses {dict(misses)}")
    assert accuracy >= 0.99


@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_scan_field_accuracy(tmp_path: Path) -> None:
    bills = generate_corpus(tmp_path, SCAN_BILLS, seed=202, scanned=True, detail_pages=0)
    started = time.perf_counter()
    accuracy, misses = _accuracy(bills)
    per_page = (time.perf_counter() - started) / SCAN_BILLS
    print(f"\nscanned bills: {SCAN_BILLS}, field accuracy {accuracy:.2%}, "
          f"{per_page:.2f} s per page, misses {dict(misses)}")
    assert accuracy >= 0.95


def _mutations(bill: GeneratedBill, rng: random.Random) -> list[tuple[str, PortCase]]:
    t = bill.truth
    assert t.service_address is not None

    def off(text: str) -> str:
        pos = [i for i, c in enumerate(text) if c.isdigit()]
        i = rng.choice(pos)
        return text[:i] + str((int(text[i]) + rng.randint(1, 9)) % 10) + text[i + 1:]

    base = PortCase(account_name=t.account_name, account_number=t.account_number, btn=t.btn,
                    losing_carrier=t.carrier, service_address=t.service_address,
                    numbers=tuple(CaseNumber(n) for n in t.numbers))
    a = t.service_address
    wrong_number = "+1" + off(t.numbers[-1][2:])
    out = [
        ("account_number", base.with_changes(account_number=off(t.account_number))),
        ("btn", base.with_changes(btn="+1" + off(t.btn[2:]))),
        ("service_address", base.with_changes(service_address=replace(
            a, line1=off(a.line1.split()[0]) + a.line1[len(a.line1.split()[0]):]))),
        ("service_address", base.with_changes(service_address=replace(
            a, postal_code=off(a.postal_code[:5]) + a.postal_code[5:]))),
        ("account_name", base.with_changes(account_name=t.account_name + " Jr")),
        ("numbers", base.with_changes(numbers=(CaseNumber(wrong_number),))),
        ("numbers", base.with_changes(numbers=(CaseNumber(t.dialed_numbers[0]),))),
        ("numbers", base.with_changes(numbers=(CaseNumber(t.support_numbers[2]),))),
    ]
    if any(c.isdigit() for c in a.line2):
        out.append(("service_address", base.with_changes(service_address=replace(
            a, line2=off(a.line2)))))
    return out


def _false_matches(bills: list[GeneratedBill], rng: random.Random) -> tuple[int, int]:
    checked = false_matches = 0
    for bill in bills:
        if bill.truth.service_address is None:
            continue
        fields = extract_fields(read_bill(bill.path))
        for field, case in _mutations(bill, rng):
            result = compare(case, fields)
            verdict = (result.numbers.verdict if field == "numbers" and result.numbers
                       else result.fields[field].verdict)
            checked += 1
            false_matches += verdict in MATCHES
    return checked, false_matches


def test_zero_false_matches(tmp_path: Path) -> None:
    checked, false_matches = _false_matches(generate_corpus(tmp_path, 60, seed=303),
                                            random.Random(303))
    print(f"\nmutated cases checked: {checked}, false matches: {false_matches}")
    assert false_matches == 0


@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_zero_false_matches_on_scans(tmp_path: Path) -> None:
    """OCR slips must never turn a wrong case value into a match, nor a true one into a mismatch."""
    bills = generate_corpus(tmp_path, 18, seed=707, scanned=True, detail_pages=0)
    checked, false_matches = _false_matches(bills, random.Random(707))
    verdicts: Counter[str] = Counter()
    for bill in bills:
        t = bill.truth
        if t.service_address is None:
            continue
        truth_case = PortCase(account_name=t.account_name, account_number=t.account_number,
                              btn=t.btn, losing_carrier=t.carrier,
                              service_address=t.service_address,
                              numbers=tuple(CaseNumber(n) for n in t.numbers))
        result = compare(truth_case, extract_fields(read_bill(bill.path)))
        verdicts.update(c.verdict.value for c in result.fields.values())
    print(f"\nscans: mutated cases checked: {checked}, false matches: {false_matches}; "
          f"true case values: {dict(verdicts)}")
    assert false_matches == 0
    assert verdicts["mismatch"] == 0


def test_text_speed_per_page(benchmark: Any, tmp_path: Path) -> None:
    rng = random.Random(404)
    bill = write_bill(tmp_path / "b.pdf", random_truth(rng), "classic", rng, detail_pages=1)
    result = benchmark(lambda: extract_fields(read_bill(bill.path)))
    per_page = benchmark.stats.stats.mean / result.pages_read
    print(f"\ntext bill: {per_page * 1000:.1f} ms per page")
    assert per_page < 0.100


@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_ocr_speed_per_page(benchmark: Any, tmp_path: Path) -> None:
    rng = random.Random(505)
    bill = write_bill(tmp_path / "b.pdf", random_truth(rng), "two_column", rng, detail_pages=0)
    scan = make_scan(bill.path, tmp_path / "scan.pdf", rng)
    benchmark.pedantic(lambda: extract_fields(read_bill(scan)), rounds=3, iterations=1)
    print(f"\nOCR: {benchmark.stats.stats.mean:.2f} s per page")
    assert benchmark.stats.stats.mean < 2.0


def test_memory_on_a_50_page_bill(tmp_path: Path) -> None:
    rng = random.Random(606)
    bill = write_bill(tmp_path / "b.pdf", random_truth(rng), "wireless", rng, detail_pages=49)
    tracemalloc.start()
    started = time.perf_counter()
    fields = extract_fields(read_bill(bill.path))
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"\n50-page bill: {fields.pages_read} pages in {elapsed:.2f} s, "
          f"peak Python memory {peak / 2**20:.1f} MB")
    assert fields.pages_read == 50 and peak < 64 * 2**20
