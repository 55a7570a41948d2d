"""One test says a word is printed a quarter turn: the line grouping (a turned word is a line of
its own) and the phrase reading (turned words read in printed order) never disagree about it."""

from __future__ import annotations

import pytest

from portdesk.loa.formscan import Word
from portdesk.loa.labels import _group_lines, _turned


def _word(text: str, x0: float, y0: float, width: float, height: float) -> Word:
    return Word(text, 0, x0, y0, x0 + width, y0 + height)


@pytest.mark.parametrize(("width", "height"), [
    (9.0, 14.0),   # three letters turned at a small size: 1.56 times taller than wide
    (8.0, 12.0),   # no taller than a line
    (8.0, 17.0),   # four letters turned: twice as tall as wide and more
    (30.0, 9.0),   # an upright word
])
def test_a_word_is_a_line_of_its_own_exactly_when_it_reads_as_turned(width: float,
                                                                      height: float) -> None:
    caption = _word("Name", 40, 100, 24, 9)
    odd = _word("TOP", 200, 104.5 - height / 2, width, height)  # its middle on the caption's
    lines = _group_lines([caption, odd])
    alone = any(line.words == (odd,) for line in lines)
    assert alone == _turned(odd), [line.words for line in lines]
