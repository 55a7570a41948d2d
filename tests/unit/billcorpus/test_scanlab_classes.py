"""scanlab --classes: where a wrong verdict is lost (issue 10's scans rounds sort misses by it)."""

from __future__ import annotations

from tests.billcorpus.scanlab import _key, miss_class

_RANGE = (("+17205550133", 20),)  # printed '720-555-0133 THRU 0152'
_LINE = "x-scan.tif [exact] number +17205550140: expected exact, got not_found"


def test_a_number_inside_a_printed_range_is_in_the_ocr_when_its_ends_are() -> None:
    flat = _key("Lines 720-555-0133 THRU 0152 Main number")
    assert miss_class(_LINE, {}, flat, _RANGE) == "finding"


def test_a_number_inside_a_range_whose_ends_ocr_lost_is_lost_in_the_pixels() -> None:
    flat = _key("Lines 720-555-0Z## THRU 0152 Main number")
    assert miss_class(_LINE, {}, flat, _RANGE) == "pixels"


def test_a_number_printed_itself_is_looked_for_by_its_own_digits() -> None:
    line = "x-scan.tif [exact] number +17205550199: expected exact, got not_found"
    assert miss_class(line, {}, _key("720-555-0199"), _RANGE) == "finding"
    assert miss_class(line, {}, _key("720-555-0133 THRU 0152"), _RANGE) == "pixels"


def test_a_short_lists_tail_is_in_the_ocr_when_its_exchange_is_printed_too() -> None:
    # '503-555-0188, -0191': the second line is printed by its last digits only
    line = "x-scan.tif [exact] number +15035550191: expected exact, got unverifiable"
    assert miss_class(line, {}, _key("Lines: 503-555-0188, -0191"), ()) == "judging"
    assert miss_class(line, {}, _key("Lines: 503-555-0188, -0l9l"), ()) == "judging"
    assert miss_class(line, {}, _key("Lines: 503-555-0188, -07"), ()) == "pixels"
    assert miss_class(line, {}, _key("Lines: 0191 at 503-556-0188"), ()) == "pixels"
