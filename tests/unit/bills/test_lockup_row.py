"""The line under a wordmark completes its name ('Tamarack' over 'Communications') only as a line
of its own: a scan that lost the middle of a longer line under the logo ('Telephone' ...
'County:' of 'Telephone Cooperative of Lake County') leaves its first word alone on the left,
the rest of its row a few letters away. That first word is no lockup's, and the name read
from the logo is the logo's alone."""

from __future__ import annotations

from portdesk.bills.blocks import kind_line
from portdesk.bills.layout import Segment
from portdesk.bills.reader import Word


def _seg(line: int, *words: tuple[str, float, float, float]) -> Segment:
    """Words as (text, x0, top, height), each 6 points a letter."""
    return Segment(1, tuple(Word(t, x, top, x + 6 * len(t), top + h, 0.9) for t, x, top, h in words),
                   line)


def test_a_kind_word_alone_on_its_line_under_the_wordmark_completes_the_name() -> None:
    mark = _seg(0, ("Orion", 40, 30, 22))
    under = _seg(1, ("Telephone", 40, 56, 9))
    assert kind_line(mark, [mark, under]) is under


def test_the_first_word_of_a_row_cut_apart_is_no_part_of_the_name() -> None:
    mark = _seg(0, ("Orion", 40, 30, 22))
    under = _seg(1, ("Telephone", 40, 56, 9))
    rest = _seg(1, ("County:", 130, 56, 7))  # 36 points on: the words between lost
    assert kind_line(mark, [mark, under, rest]) is None


def test_a_column_far_along_the_row_leaves_the_lockup_whole() -> None:
    mark = _seg(0, ("Orion", 40, 30, 22))
    under = _seg(1, ("Telephone", 40, 56, 9))
    label = _seg(1, ("Account", 330, 56, 9), ("Number", 380, 56, 9))
    assert kind_line(mark, [mark, under, label]) is under
