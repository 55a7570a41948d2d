"""Scan classes of scans round 11 (DEV misses only, `tests/billcorpus/scan_round11_halves.md`),
each on OCR words drawn here (never on a corpus bill):

- words OCR read from a photo's texture or a garbled row ('pa peony', 'oy oz', all under 0.5)
  are no header cells and no heading: they neither make a row of call detail a table header
  nor end the call-detail table above them;
- a lone label right under a header row and right of its cells ('Date Time Number' over
  'Place') is a cell of that row a skewed scan stepped down a line, not a heading that ends
  the table: the dialed numbers under it stay call detail, never the customer's lines.
"""

from __future__ import annotations

from portdesk.bills.verdicts import Verdict
from tests.unit.bills.test_scan_round9 import Row, _verdicts

_OWN = "+18135550136"
_DIALED = "+17025550107"


def _call_detail(noise: float, stepped: bool = True) -> list[Row]:
    place: list[Row] = [[(296, "Place", 0.93)]] if stepped else []
    header: Row = [(40, "Date", 0.95), (110, "Time", 0.95), (175, "Number", 0.95)]
    if not stepped:
        header.append((296, "Place", 0.93))
    return [[(40, "Usage|for|(813)|555-0136", 0.95)], header, *place,
            [(40, "02/13", 0.9), (175, "(212)|555-0128", 0.9), (296, "MIAMI|FL", 0.9)],
            [(40, "pa", noise), (110, "peony", noise)],
            [(44, "o", 0.37), (175, "(702)|555-0107", 0.92), (296, "NEW|YORK|NY", 0.9)]]


def test_noise_read_between_rows_of_call_detail_is_no_header_of_its_own() -> None:
    verdicts = _verdicts(_call_detail(0.34, stepped=False), [_OWN, _DIALED])
    assert verdicts[_DIALED] == Verdict.NOT_FOUND
    assert verdicts[_OWN] == Verdict.EXACT


def test_a_header_cell_stepped_down_a_line_does_not_end_the_table() -> None:
    verdicts = _verdicts(_call_detail(0.34), [_OWN, _DIALED])
    assert verdicts[_DIALED] == Verdict.NOT_FOUND
    assert verdicts[_OWN] == Verdict.EXACT


def test_label_words_read_surely_between_rows_still_head_a_table_of_their_own() -> None:
    # 'pa peony' read at 0.9 is two label cells: a new header over the row below, which then
    # is no call detail (the rule is about confidence, not about the words)
    verdicts = _verdicts(_call_detail(0.9, stepped=False), [_OWN, _DIALED])
    assert verdicts[_DIALED] != Verdict.NOT_FOUND
