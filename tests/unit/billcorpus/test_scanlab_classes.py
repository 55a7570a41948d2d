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
