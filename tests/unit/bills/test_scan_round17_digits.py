"""Scan classes of scans round 17 on the values written in digits (issue 10), each on OCR words
drawn here (never on a corpus bill):

- a block only the row's count still shows: its two whole ends side by side with the mark
  between them lost ('573-555-0126 573-555-0141 16 DID Range'), or its first end and a range
  word with the last end lost or lifted off the row ('(507) 555-0188 through', '(7 numbers)'):
  a count that agrees with the ends (or, for a lost last end, fixes it) makes them one block; a
  count that disagrees, a second count or none lists nothing between.
"""

from __future__ import annotations

from portdesk.bills.verdicts import Verdict
from tests.unit.bills.test_scan_round9 import Row, _block, _verdicts


def test_two_whole_ends_side_by_side_are_a_block_when_the_rows_count_agrees() -> None:
    def row(count: str) -> list[Row]:
        return [[(40, "Telephone|Number|Inventory", 0.95)],
                [(40, "573-555-0126", 0.47), (120, "573-555-0141", 0.95), (210, count, 0.96)]]

    verdicts = _verdicts(row("16|DID|Range"), _block(127, 140, "+1573555"))
    assert set(verdicts.values()) == {Verdict.EXACT}
    for other in ("12|DID|Range", "DID|Range", "16|DID|2|lines"):  # disagrees, none, two
        assert _verdicts(row(other), ["+15735550133"])["+15735550133"] == Verdict.NOT_FOUND


def test_a_blocks_lost_last_end_is_put_back_from_the_rows_count() -> None:
    def row(count: str, sep: str = "through") -> list[Row]:
        return [[(40, "Telephone|Number|Service", 0.95)],
                [(40, f"(507)|555-0188|{sep}", 0.95), (220, f"Direct|Dial|{count}", 0.96)]]

    verdicts = _verdicts(row("(7|numbers)"), _block(189, 194, "+1507555"))
    assert set(verdicts.values()) == {Verdict.EXACT}
    # one past the count is no line of the block
    assert _verdicts(row("(7|numbers)"), ["+15075550195"])["+15075550195"] == Verdict.NOT_FOUND
    for count, sep in (("numbers", "through"), ("(7|numbers)", "Line")):  # no count, no range
        assert _verdicts(row(count, sep), ["+15075550190"])["+15075550190"] == Verdict.NOT_FOUND
