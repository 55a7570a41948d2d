"""The default suite's sample of the forms robustness probe (`python -m tests.loaforms.robust`):
fill, sign (typed) and the print path on open drawn forms, every case of each, and on the tuned
real sample forms. The whole probe runs in tests/benchmarks/test_robust_bench.py.

The sample is drawn by this test's own seed (the same forms every run, whatever order pytest
picks); its size keeps the test near half a minute on two cores.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from tests.loaforms import HELD_BACK_SPLITS
from tests.loaforms.robust import (
    drawn_jobs,
    drawn_problems,
    real_jobs,
    refuse_held_back,
    reopen_problem,
    run_jobs,
    sample,
)

SEED = 20261206
DRAWN_SAMPLE = 8  # forms (each with all its cases)
REAL_SAMPLE = 2  # (form, case) pairs


def test_a_seeded_sample_of_open_drawn_forms_is_filled_signed_and_printable(
        tmp_path: Path) -> None:
    jobs = sample(drawn_jobs("open"), DRAWN_SAMPLE, SEED)
    assert len(jobs) == DRAWN_SAMPLE
    tally = run_jobs(jobs, tmp_path / "work")
    assert tally.runs >= DRAWN_SAMPLE and tally.findings == [], tally.findings


@pytest.mark.shared
def test_a_seeded_sample_of_real_forms_is_filled_signed_and_printable(
        shared_dir: Path, tmp_path: Path) -> None:
    jobs, skipped = real_jobs(shared_dir)
    if not jobs:
        pytest.skip("; ".join(skipped) or "no real form with its truth")
    tally = run_jobs(sample(jobs, REAL_SAMPLE, SEED), tmp_path / "work")
    assert tally.runs == REAL_SAMPLE and tally.findings == [], tally.findings


@pytest.mark.parametrize("split", [*sorted(HELD_BACK_SPLITS), "no-such"])
def test_a_held_back_or_unknown_split_is_refused(split: str) -> None:
    with pytest.raises(SystemExit, match="never read"):
        drawn_jobs(split)
    with pytest.raises(SystemExit):
        refuse_held_back(split)


def test_open_jobs_hold_no_held_back_form() -> None:
    from tests.loaforms import split_of

    assert {split_of(name) for _, _, name, _ in drawn_jobs("open")}.isdisjoint(HELD_BACK_SPLITS)


def _page(draw: list[tuple[float, float, str]]) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(612, 792))
    canvas.drawString(72, 740, "Letter of Authorization")
    for x, y, text in draw:
        canvas.drawString(x, y, text)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_the_probe_sees_a_missing_signature_and_a_value_off_its_page() -> None:
    original = _page([])
    filled = _page([(700, 600, "Harbor Dental"), (72, 600, "4410-2231-09")])
    kinds = [kind for kind, _ in drawn_problems(original, filled, filled)]
    assert kinds == ["no signature", "value off page"]
    assert drawn_problems(original, _page([(72, 600, "4410")]), _page([(72, 600, "4410")])) == [
        ("no signature", "the signed PDF draws no new image")]


def test_the_probe_sees_a_pdf_that_does_not_reopen(tmp_path: Path) -> None:
    good, cut = tmp_path / "good.pdf", tmp_path / "cut.pdf"
    good.write_bytes(_page([]))
    cut.write_bytes(good.read_bytes()[:200])
    assert reopen_problem(good) is None
    assert reopen_problem(cut) is not None
