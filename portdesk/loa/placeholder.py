"""A value written into a see-through widget over the grey placeholder printed in its box.

Some forms print a placeholder in light grey inside the box ("Nome completo / Razão social",
"DD/MM/AAAA") and lay a transparent widget over it. Written as it is, the value lies across the
grey letters and reads garbled. The filled widget hides the placeholder: its appearance paints
the page's white over each grey word before writing the value, so the value shows where the form
asks for it. Only print that is wholly inside the box and lighter than the page's label text is
hidden; a box that any other print reaches into (a label, a word running in from outside, a
black word inside) is painted over nowhere. A widget we write nothing into keeps the page as
printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from portdesk.loa.formscan import Widget, Word

Rect = tuple[float, float, float, float]

_PAD = 0.8  # points of white around each grey word: its ink's antialiased edge
_INSIDE = 0.5  # points: a word this far past the box's side still lies inside it


def placeholder_cover(page: int, rect: Rect, words: Iterable[Word]) -> tuple[Rect, ...]:
    """The rectangles (page points) to paint white before writing into the widget at `rect`:
    each light word wholly inside it, grown a little and kept inside the box; none when any
    print touching the box is not such a word."""
    x0, y0, x1, y1 = rect
    cover: list[Rect] = []
    for w in words:
        if w.page != page or w.x1 <= x0 or w.x0 >= x1 or w.y1 <= y0 or w.y0 >= y1:
            continue  # nowhere over the box
        inside = w.x0 >= x0 - _INSIDE and w.x1 <= x1 + _INSIDE and \
            w.y0 >= y0 - _INSIDE and w.y1 <= y1 + _INSIDE
        if not (inside and w.light and w.conf >= 1.0):
            return ()  # a label or a word reaching in: the page stays as printed
        cover.append((max(x0, w.x0 - _PAD), max(y0, w.y0 - _PAD),
                      min(x1, w.x1 + _PAD), min(y1, w.y1 + _PAD)))
    return tuple(cover)


def hide_placeholders(widgets: Sequence[Widget], words: Sequence[Word]) -> None:
    """Each text widget learns the grey placeholder it hides once a value is written in it."""
    by_page: dict[int, list[Word]] = {}
    for w in words:
        by_page.setdefault(w.page, []).append(w)
    for widget in widgets:
        if widget.kind == "text":
            widget.hide = placeholder_cover(widget.page, widget.rect,
                                            by_page.get(widget.page, []))
