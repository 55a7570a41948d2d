"""Lookups built once per page answer as the walks over the page they replace. The segments
ordered by their tops (layout.ByTop) answer `below` and the segments
starting under a line exactly as a walk over every segment of the page does: same segment, or
the same None, for every segment of drawn and generated bills and of pages built to hit the
edge cases (a box reaching up into the line over it, equal tops, other pages' segments). The
header rows over each line, worked out from the line above's, are the walk up's."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from portdesk.bills import pagecolumns
from portdesk.bills.layout import ByTop, Segment, below
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.reader import Word, read_bill
from tests.billcorpus.corpus import LAYOUTS, random_truth, write_bill
from tests.unit.bills import drawn

_ASKED = ((2.4, 12.0), (1.9, 6.0), (2.2, 14.0), (1.6, 12.0), (1.2, 4.0), (2.4, 3.0))


def _same_answers(segments: list[Segment]) -> int:
    by_top = ByTop(segments)
    asked = 0
    for seg in segments:
        for max_lines, align in _ASKED:
            assert below(seg, by_top, max_lines, align) is below(seg, segments, max_lines, align)
            asked += 1
        for heights in (0.0, 1.2, 3.0):
            walked = [s for s in segments if 0 <= s.top - seg.bottom <= heights * s.height]
            ordered = [s for s in by_top.starting(seg.bottom, heights)
                       if s.top - seg.bottom <= heights * s.height]
            assert sorted(map(id, ordered)) == sorted(map(id, walked))
    return asked


def test_below_on_drawn_bills(tmp_path: Path) -> None:
    asked = 0
    for name in ("cox_business", "wireless_tables", "quebec", "grid_labels", "att_wireline",
                 "verizon_columns", "multi_location", "bilingual_grid"):
        doc = read_bill(drawn.draw(tmp_path / f"{name}.pdf", getattr(drawn, name)()))
        for page in BillIndex.of(doc).pages:
            assert page.by_top is page.by_top  # built once per page
            asked += _same_answers(page.segments)
    assert asked > 1000


@pytest.mark.parametrize("layout", LAYOUTS)
def test_below_on_generated_bills(tmp_path: Path, layout: str) -> None:
    rng = random.Random(f"bytop-{layout}")
    bill = write_bill(tmp_path / "b.pdf", random_truth(rng), layout, rng, detail_pages=1)
    for page in BillIndex.of(read_bill(bill.path)).pages:
        _same_answers(page.segments)


def _seg(x0: float, top: float, x1: float, bottom: float, page: int = 1, line: int = 0,
         conf: float = 1.0) -> Segment:
    return Segment(page, (Word("word", x0, top, x1, bottom, conf),), line)


def test_below_on_boxes_built_for_the_edge_cases() -> None:
    rng = random.Random(7)
    for _ in range(200):
        segs = []
        for k in range(rng.randint(1, 30)):
            top = rng.choice([rng.uniform(0, 200), 50.0, 60.0])  # some tops equal
            x0 = rng.choice([10.0, 12.0, rng.uniform(0, 300)])
            height = rng.choice([8.0, 9.0, rng.uniform(2, 40)])  # some tall: reaching up
            segs.append(_seg(x0, top, x0 + rng.uniform(5, 200), top + height,
                             page=rng.choice([1, 1, 1, 2]), line=k,
                             conf=rng.choice([1.0, 0.5])))
        _same_answers(segs)


def test_a_tall_box_reaching_up_is_still_the_line_under() -> None:
    """Its top above the line's words, its middle under the line's bottom: under it (the
    case the running maximum of the middles is kept for)."""
    line = _seg(10, 100, 80, 110)
    tall = _seg(10, 95, 80, 140, line=1)
    plain = _seg(10, 112, 80, 120, line=2)
    assert below(line, ByTop([line, tall, plain])) is tall is below(line, [line, tall, plain])


def _walked_header_lines(index: PageIndex, line: int) -> list[int]:
    """The header rows over a line as the walk up the page finds them, line by line (the
    rule pagecolumns._header_lines answers from the line above's answer)."""
    out: list[int] = []
    last_top = index.bounds[line][0]
    for n in index.lines_above(index.lines[line][0])[:pagecolumns._TABLE_ROWS]:
        row = index.lines[n]
        top, bottom = index.bounds[n]
        if last_top - bottom > index.body_height * 3.5:
            break
        last_top = top
        if pagecolumns._total_row(row):
            break
        if len(row) == 1 and n not in index.headers and pagecolumns._header_cell(
                index, row[0]) and not pagecolumns._stepped_cell(index, n):
            break
        if n in index.headers:
            out.append(n)
    return out


def _same_header_lines(index: PageIndex) -> int:
    for line in index.order:
        assert pagecolumns._header_lines(index, line) == _walked_header_lines(index, line)
    return sum(bool(pagecolumns._header_lines(index, line)) for line in index.order)


def test_header_rows_over_each_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every line of drawn and generated bills, with the walk's reach as it is and cut short
    (so a table longer than the reach is met on small pages too)."""
    docs = [read_bill(drawn.draw(tmp_path / f"{name}.pdf", getattr(drawn, name)()))
            for name in ("wireless_tables", "grid_labels", "verizon_columns", "bilingual_grid")]
    rng = random.Random("header-rows")
    docs += [read_bill(write_bill(tmp_path / f"{layout}.pdf", random_truth(rng), layout, rng,
                                  detail_pages=1).path) for layout in LAYOUTS]
    under_headers = sum(_same_header_lines(p) for doc in docs for p in BillIndex.of(doc).pages)
    assert under_headers > 20
    for reach in (1, 2, 3, 5):
        monkeypatch.setattr(pagecolumns, "_TABLE_ROWS", reach)
        for doc in docs:
            for page in BillIndex.of(doc).pages:
                _same_header_lines(page)
