"""One area-code blank for every number: "Vorwahl [____]" over slots "Rufnummern ohne Vorwahl".

Some forms ask the area code once, in a blank of its own over the slots, and the numbers without
it in the slots (round 11's German form: twelve numbers written whole in slots that asked for
the number after the area code). The printed label beside the blank says it is the area code,
and its place says whose: right over the slots of the numbers, not in a contact's phone row. It
is written only when every number shares one area code; otherwise the blank stays empty and each
slot takes its number whole (a wrong area code on a signed form is worse than an empty box).
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.domain.numbers import area_and_local
from portdesk.loa.columns import AREA_WORDS
from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import normalise

SHARED = "area code for every number"  # the source of the blank, and of its slots' part
LOCAL_AFTER_SHARED = "local-shared"  # a slot's part: the number after a shared area code
_OVER_SLOTS = 60.0  # points between the area-code blank and the top of the slots under it
_TEXT_KINDS = frozenset({"widget", "leader", "cell", "box"})


def one_area_code_for_all(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    """Mark a lone area-code blank right over a page's number slots, and those slots."""
    for page in {f.blank.page for f in founds}:
        slots = [f for f in founds if f.blank.page == page and f.field == LoaField.NUMBER]
        if len(slots) < 2 or any(s.blank.part for s in slots) or any(
                f.field == LoaField.AREA_CODE for f in founds if f.blank.page == page):
            continue  # no slots, or a column of area codes already (one per row)
        top = max(s.blank.rect[3] for s in slots)
        left = min(s.blank.rect[0] for s in slots)
        asked = [f for f in founds if f.blank.page == page and f.field is None
                 and f.blank.kind in _TEXT_KINDS and 0 <= f.blank.rect[1] - top <= _OVER_SLOTS
                 and f.blank.rect[0] <= left + 40 and _labelled_area_code(f, texts[page])]
        if len(asked) != 1:
            continue  # none, or two: which one is not said
        code = asked[0]
        code.field, code.confidence, code.source = LoaField.AREA_CODE, 0.8, SHARED
        for s in slots:
            s.blank.part = LOCAL_AFTER_SHARED
            s.note("after the area code asked once over the slots")


def _labelled_area_code(f: Found, text: PageText) -> bool:
    words = text.above(f.blank.rect, max_lines=1, reach=16, slack=4) or text.left(f.blank.rect)
    said = " ".join(w.text for w in words)
    if not said or not AREA_WORDS.search(normalise(said)):
        return False
    f.evidence = said
    return True


def shared_area(numbers: Sequence[str], country: str) -> str:
    """The area code every number shares, or '' when they do not share one."""
    codes = {area_and_local(n, country)[0] for n in numbers}
    return codes.pop() if len(codes) == 1 else ""
