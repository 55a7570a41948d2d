"""The scorer reads a date written a digit per comb box as the date: the spaces between the
digits are the boxes' (round 24 draws requested and signing dates in paper combs), and only a
comb's spaces are forgiven."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.integration.loa.scoring import Char, Score, _score_place


def _score(place: dict[str, Any], digits: str) -> Score:
    truth = {"country": "DE", "language": "de", "date_formats": ["%d.%m.%Y", "%d%m%Y"]}
    entry = {"requested_date": "2028-09-11"}
    chars = [Char(d, 1, 102 + 12 * n, 102, 108 + 12 * n, 112) for n, d in enumerate(digits)]
    score = Score("form.pdf", "case", "split")
    _score_place(score, truth, place, entry, date(2028, 9, 1), chars, set(), [], [], set())
    return score


def test_a_date_a_digit_per_comb_box_is_the_date() -> None:
    place = {"page": 1, "rect": [100, 100, 200, 115], "field": "requested_date", "comb": True}
    assert _score(place, "11092028").right == 1
    assert _score(place, "12092028").right == 0


def test_digits_spread_over_a_plain_blank_are_not_a_date() -> None:
    place = {"page": 1, "rect": [100, 100, 200, 115], "field": "requested_date"}
    assert _score(place, "11092028").right == 0
