"""One blank holds one value: when two decisions claim the same box, the stronger one keeps it.

A blank is found in several ways at once: a widget, a printed box with its caption in the corner,
the white space after a "Date" printed inside that box, a line under a label. Two of them can be
the same place on the page, and two decisions can then write into it (round 4: the signing date
written twice into one corner-captioned "Date" box, once from the date phrase and once from the
box's caption). On a signed legal document a value written over another, or twice, is worse than an
empty box. So: decisions are grouped by the place they write in (the same widget, or printed blanks
that overlap on the page), each group keeps its strongest decision, and every other one is left
unplaced and listed for the specialist, never silently dropped.

A form that really asks for a value twice (the customer's name on every page, a signature block
on each page) asks for it in separate places: those never overlap and are all kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.blanks import Blank
from portdesk.loa.fields import LoaField
from portdesk.loa.mapping import Placement, Review
from portdesk.loa.ticks import Found

Rect = tuple[float, float, float, float]
_SHARE = 0.5  # two footprints sharing this much of the smaller one are one place on the page
# when the evidence is equally strong: a widget is the form's own box, a label beside the blank
# says more than a date phrase found in white space
_KIND_RANK = {"widget": 0, "signature": 0, "check": 0, "cell": 1, "box": 1, "leader": 2,
              "gap": 3}


def footprint(blank: Blank) -> Rect:
    """Where writing in this blank lands: the whole drawn box when it holds its own caption."""
    return blank.frame or blank.rect


def same_place(a: Blank, b: Blank) -> bool:
    """The same widget, or two printed blanks that cover one place on the page."""
    if a.page != b.page:
        return False
    if a.widget is not None and b.widget is not None and a.widget.key == b.widget.key:
        return True
    if a.widget is not None and b.widget is not None and a.widget.kind != b.widget.kind:
        return False  # a tick box printed inside a text box is a place of its own
    return shared(footprint(a), footprint(b)) >= _SHARE  # two widgets stacked are one place


def shared(a: Rect, b: Rect) -> float:
    """The part of the smaller rectangle that the two have in common (0..1)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return (w * h) / smaller if smaller > 0 else 0.0


def strength(found: Found) -> tuple[float, int, int, float, float]:
    """Stronger first: confidence, then a label beside the blank over a phrase in white space,
    then a printed slot number; reading order only makes the choice the same every time."""
    b = found.blank
    return (-found.confidence, _KIND_RANK.get(b.kind, 2), 0 if found.marker is not None else 1,
            -b.rect[3], b.rect[0])


def one_value_per_blank(founds: Sequence[Found]) -> tuple[list[Found], list[Review]]:
    """Each place on the page keeps its strongest claim; the others go on the review list."""
    kept: list[Found] = []
    review: list[Review] = []
    for f in sorted(founds, key=strength):
        holder = next((k for k in kept if same_place(k.blank, f.blank)
                       or _one_value_overlapping(k, f)), None)
        if holder is None:
            kept.append(f)
            continue
        review.append(_left_out(f, holder))
        if _drawn_over(f.blank, holder.blank):
            holder.blank = f.blank  # written in the widget the reader sees, not the one under it
    order = {id(f): n for n, f in enumerate(founds)}
    return sorted(kept, key=lambda f: order[id(f)]), review


def _one_value_overlapping(a: Found, b: Found) -> bool:
    """One value in two printed blanks that overlap on the page (a picture's dotted leader and
    the ruled line it runs into, each read as a blank): written in both, it prints over itself
    out of step ("AjaAccjaioccio"). A form that asks a value twice asks it in places apart."""
    return a.field is not None and a.field == b.field and a.field not in _EACH_ITS_OWN \
        and a.blank.page == b.blank.page and a.blank.part == b.blank.part \
        and a.row_of is None and b.row_of is None \
        and a.blank.widget is None and b.blank.widget is None \
        and shared(footprint(a.blank), footprint(b.blank)) > 0


# a list's slots hold a value each (the first number, the second...): never one value twice
_EACH_ITS_OWN = frozenset({LoaField.NUMBER, LoaField.REMAINING_NUMBER})


def _drawn_over(a: Blank, b: Blank) -> bool:
    """Of two widgets stacked on one place, `a` is drawn over `b` (it would hide b's value)."""
    return a.widget is not None and b.widget is not None and a.widget.key != b.widget.key \
        and a.widget.z > b.widget.z


def _left_out(loser: Found, holder: Found) -> Review:
    said = f" ('{loser.said()}')" if loser.evidence else ""
    if loser.field == holder.field:
        reason = (f"{loser.field} found twice for one box{said}: written once, from "
                  f"'{holder.said()}'")
    else:
        reason = (f"{loser.field}{said} claims the box that holds {holder.field} "
                  f"('{holder.said()}', {holder.confidence:.0%}): {loser.field} left "
                  "unplaced here")
    return Review(loser.blank.page, footprint(loser.blank), str(loser.field), loser.confidence,
                  reason)


_CHOSEN = {"override": 2, "remembered": 1}  # the specialist's click now, then one remembered


def specialist_first(placements: Sequence[Placement]) -> tuple[list[Placement], list[Review]]:
    """A value the specialist placed (now, or remembered for this form) takes its box: a mapped
    value in the same place is left unplaced and listed, so a click never writes a second value
    over the first."""
    ranked = sorted(placements, key=lambda p: -_CHOSEN.get(p.source, 0))
    kept: list[Placement] = []
    review: list[Review] = []
    for p in ranked:
        holder = next((k for k in kept if _CHOSEN.get(k.source, 0) > _CHOSEN.get(p.source, 0)
                       and _same_spot(k, p)), None)
        if holder is None:
            kept.append(p)
            continue
        review.append(Review(p.page, p.rect, str(p.field), p.confidence,
                             f"{p.field} ('{p.evidence}') was mapped where you placed "
                             f"{holder.field}: {p.field} left unplaced here"))
    order = {id(p): n for n, p in enumerate(placements)}
    return sorted(kept, key=lambda p: order[id(p)]), review


def _same_spot(a: Placement, b: Placement) -> bool:
    if a.page != b.page:
        return False
    if a.widget is not None and b.widget is not None:
        return a.widget == b.widget
    return a.rect is not None and b.rect is not None and shared(a.rect, b.rect) >= _SHARE
