"""One value never written twice over itself (issue 11, session 21: round 35's askew picture
page read a label's dotted leader and the ruled line it runs into as two blanks, and the town
and the signer's title were printed twice out of step: "AjaAccjaioccio"). Drawn unlike round 35:
the two blanks overlap by less than half of the smaller (not one place by `same_place`), one a
few points lower, as a scan a little askew leaves them."""

from __future__ import annotations

from portdesk.loa.blanks import Blank
from portdesk.loa.claims import one_value_per_blank
from portdesk.loa.fields import LoaField
from portdesk.loa.ticks import Found


def _found(field_: LoaField, rect: tuple[float, float, float, float], conf: float = 0.8,
           part: str = "") -> Found:
    return Found(Blank("leader", 0, rect, part=part), field_, conf, "label (left)", "Town")


def test_one_value_in_two_overlapping_printed_blanks_is_written_once() -> None:
    rule = _found(LoaField.CITY, (300, 500, 520, 511))
    dots = _found(LoaField.CITY, (262, 497, 318, 508))  # 18 of its 56 points over the rule
    kept, review = one_value_per_blank([dots, rule])
    assert len(kept) == 1 and len(review) == 1
    assert "found twice for one box" in review[0].reason


def test_values_of_their_own_in_overlapping_blanks_are_left_to_the_rules_that_split_them() -> None:
    """Numbers of a list, a date's parts, a value asked again apart: each keeps its place."""
    first = _found(LoaField.NUMBER, (60, 400, 200, 411))
    second = _found(LoaField.NUMBER, (190, 398, 330, 409))
    day = _found(LoaField.DATE_SIGNED, (60, 300, 90, 311), part="day")
    month = _found(LoaField.DATE_SIGNED, (85, 300, 115, 311), part="month")
    apart = _found(LoaField.CITY, (300, 200, 520, 211))
    again = _found(LoaField.CITY, (300, 150, 520, 161))
    kept, review = one_value_per_blank([first, second, day, month, apart, again])
    assert len(kept) == 6 and not review
