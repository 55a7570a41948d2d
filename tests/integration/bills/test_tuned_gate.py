"""The bill check's floors on a slice of the tuned corpus, in the default suite so they cannot
silently stop holding. One text bill per tuned family, every case the corpus gives for it. The
blind split is never read here: the lead scores it (tests/billcorpus/score.py)."""

from __future__ import annotations

from pathlib import Path

from tests.billcorpus.build import text_bills
from tests.billcorpus.score import Tally, pct, score, tuned_misses
from tests.billcorpus.truth import BILL_FIELDS

# floors a little under the figures measured when they were set (README, "Bill check")
FIELD_ACCURACY = 0.95
VERDICTS_RIGHT = 0.98


def test_tuned_slice_holds_the_floors(tmp_path: Path) -> None:
    bills = text_bills("tuned", 1, tmp_path)
    assert bills and all(b.split == "tuned" for b in bills)
    tallies = score(bills, altered=2)
    t: Tally = tallies[("tuned", "text")]
    fields = sum(t.fields.values()) / (t.bills * len(BILL_FIELDS))
    verdicts = sum(t.verdicts_right.values()) / sum(t.verdicts_total.values())
    detail = tuned_misses(tallies, limit=20)
    assert t.false_matches == [], detail
    assert t.false_alarms == [], detail
    assert t.errors == 0, detail
    assert verdicts >= VERDICTS_RIGHT, f"verdicts right {pct(verdicts, 1)}\n{detail}"
    assert fields >= FIELD_ACCURACY, f"field accuracy {pct(fields, 1)}\n{detail}"
