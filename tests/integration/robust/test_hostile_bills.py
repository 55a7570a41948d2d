"""`portdesk bill extract` / `bill check` on hostile bills made from a drawn one, and on entries
files wrong in every way: each ends with exit code 0 or with one `portdesk: ...` line and exit
code 1, never a traceback (tests.billcorpus.robust judges each run)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from tests.billcorpus.robust import (
    HOSTILE_BILLS,
    HOSTILE_ENTRIES,
    hostile_runs,
    open_bill_runs,
    run,
)


@pytest.mark.parametrize("name", sorted(HOSTILE_BILLS))
def test_a_hostile_bill_is_read_or_refused_in_one_line(name: str, tmp_path: Path) -> None:
    tally = hostile_runs(tmp_path, bills=[name], entries=[])
    assert tally.runs == (3 if name.startswith("encrypted") else 2) and tally.findings == [], tally.findings


@pytest.mark.parametrize("name", sorted(HOSTILE_ENTRIES))
def test_a_hostile_entries_file_is_checked_or_refused_in_one_line(name: str,
                                                                   tmp_path: Path) -> None:
    tally = hostile_runs(tmp_path, bills=[], entries=[name])
    assert tally.runs == 2 and tally.findings == [], tally.findings


def _bill_with_text_off_the_page(path: Path) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Account number 4410-2231-09")
    canvas.drawString(72, 700, "Your lines: 212-555-0142")
    canvas.drawString(700, 680, "Your lines: 212-555-0199")  # right of a 612 pt page
    canvas.drawString(72, 660, "Lines: 212-555-0143 " + "212-555-0177 " * 400)  # runs off it
    canvas.showPage()
    canvas.save()
    return path


def test_text_off_the_page_is_not_on_the_bill(tmp_path: Path) -> None:
    """Nobody sees a character off the page: it is no evidence (and a line running thousands
    of characters off the page was read number by number against the whole line, for minutes)."""
    bill = _bill_with_text_off_the_page(tmp_path / "bill.pdf")
    rc, out, err = run(["bill", "extract", str(bill), "--json"])
    assert rc == 0, err
    text = json.dumps(json.loads(out))
    assert "2125550142" in text and "2125550143" in text  # on the page: read
    assert "2125550199" not in text  # wholly off the page: not on the bill


def test_a_seeded_sample_of_open_text_bills_reads_and_checks(tmp_path: Path) -> None:
    """The gate's sample of the whole probe (`python -m tests.billcorpus.robust`, all families
    in the benchmark): families drawn by this test's own seed, one bill each, its cases checked."""
    import random

    from tests.billcorpus.families import OPEN, names

    families = sorted(random.Random(20261206).sample([n for s in OPEN for n in names(s)], 4))
    tally = open_bill_runs(tmp_path, per_family=1, families=families)
    assert tally.runs >= 4 * 2 and tally.findings == [], tally.findings
