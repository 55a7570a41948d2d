"""Scan classes of scans round 10 (DEV misses only, `tests/billcorpus/scan_round10_halves.md`),
each on OCR words drawn here (never on a corpus bill):

- a block whose last line OCR misread into no block at all ('(218) 555-0117 through 6123',
  '7 numbers' on its row): the row's count and the sure first line give the last line, which
  the printed one must match but for one digit of a shape OCR confuses; otherwise nothing;
- 'Direct In-Dial block 519-555-0120 to 519-555-0125' is a block of the customer's lines (a
  feature's name, like 'Direct Inward Dial'), not a help line's call to dial (the lead's known
  class; text and scan alike).
"""

from __future__ import annotations

from portdesk.bills.verdicts import Verdict
from tests.unit.bills.test_scan_round9 import Row, _block, _verdicts


def _did_row(last: str, count: str, conf: float = 0.91) -> list[Row]:
    return [[(40, "LOCAL|SERVICE", 0.95)],
            [(40, "DID|Block|(218)|555-0117|through", conf), (228, last, 0.34),
             (311, f"{count}|numbers", 0.95)]]


def test_a_blocks_last_line_misread_is_put_back_from_the_count_on_its_row() -> None:
    verdicts = _verdicts(_did_row("6123", "7"), _block(117, 123, "+1218555"))
    assert set(verdicts.values()) == {Verdict.EXACT}
    assert _verdicts(_did_row("6123", "7"), ["+12185550124"])["+12185550124"] == (
        Verdict.NOT_FOUND)


def test_a_count_that_leaves_the_last_line_two_digits_or_a_plain_digit_off_puts_nothing_back() -> None:
    for last, count in (("6124", "7"), ("4123", "7"), ("6123", "8")):
        verdicts = _verdicts(_did_row(last, count), ["+12185550120"])
        assert verdicts["+12185550120"] == Verdict.NOT_FOUND, (last, count)


def test_a_block_put_back_from_a_doubted_first_line_is_no_surer_than_it() -> None:
    verdicts = _verdicts(_did_row("6123", "7", conf=0.5), ["+12185550120"])
    assert verdicts["+12185550120"] not in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_direct_in_dial_block_is_the_customers_lines_not_a_call_to_dial() -> None:
    for heading in ("Direct|In-Dial|block", "DIRECT|IN|DIAL|BLOCK"):
        rows: list[Row] = [[(40, "Local|Service|Detail", 0.95)],
                           [(44, f"{heading}|519-555-0120|to|519-555-0125", 0.92)]]
        verdicts = _verdicts(rows, _block(120, 125, "+1519555"))
        assert set(verdicts.values()) == {Verdict.EXACT}, heading
    # a call to dial is still the carrier's
    rows = [[(40, "Questions?|Dial|519-555-0199|for|help", 0.92)]]
    assert _verdicts(rows, ["+15195550199"])["+15195550199"] == Verdict.NOT_FOUND
