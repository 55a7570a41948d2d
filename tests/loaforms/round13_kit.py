"""Layout habits of the thirteenth round of drawn forms that earlier rounds draw seldom or never:
a number typed in three widgets "NPA | NXX | LINE" (one slot over the three), number slots that
run on from one annex page to the next under a repeated heading, and a label printed in a grey
strip above its box (the Swiss and Portuguese habit) rather than beside it.

A three-widget number is one slot (or one place) over its three widgets: the scorer reads the
characters inside it as one number, whatever the widgets' borders leave between them."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import FONT, Sheet


def npa_widgets(s: Sheet, x: float, y: float, names: tuple[str, str, str],
                h: float = 14) -> tuple[float, float, float, float]:
    """Three widgets NPA (area code), NXX (exchange), LINE with dashes between; returns the
    rectangle over all three (the place of the one number they hold)."""
    widths = (30.0, 30.0, 40.0)
    at = x
    for n, (name, w) in enumerate(zip(names, widths, strict=True)):
        s.c.acroForm.textfield(name=name, tooltip="", x=at, y=y, width=w, height=h, fontSize=9,
                               borderWidth=0.5, forceBorder=True)
        at += w
        if n < 2:
            s.text(at + 2, y + 4, "-", 9)
            at += 8
    return (x, y, at, y + h)


def strip_box(s: Sheet, label: str, x: float, y: float, w: float, fld: str | None,
              h: float = 16, optional: bool = False) -> dict[str, Any]:
    """A grey strip with the label over a white box to write in (the value goes in the box)."""
    s.c.setFillGray(0.85)
    s.c.rect(x, y + h, w, 10, stroke=0, fill=1)
    s.c.setFillGray(0)
    s.c.setFont(FONT, 6.5)
    s.c.drawString(x + 2, y + h + 2.5, label)
    return s.box(x, y, w, h, fld, label, optional=optional)


def annex_slots(s: Sheet, slots: list[dict[str, Any]], first: int, rows: int, cols: int,
                top: float, x0: float = 40, col_w: float = 180, row_h: float = 17.5) -> None:
    """Annex lines numbered `first`.. down each column of one page, joining `slots` (which runs
    on from the page before)."""
    made: dict[int, tuple[float, float]] = {}
    for c in range(cols):
        for r in range(rows):
            n = first + c * rows + r
            x, y = x0 + c * col_w, top - r * row_h
            s.right_text(x + 18, y + 2, f"{n}.", 8)
            s.rule(x + 22, y, x + col_w - 14)
            made[n] = (x + 22, y)
    for n in sorted(made):
        x, y = made[n]
        s.slot(slots, (x, y - 2, x + col_w - 36, y + 13), f"annex line {n}")
