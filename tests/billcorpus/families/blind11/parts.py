"""ELEVENTH BLIND SPLIT: not for the reader's author (see families/blind11/__init__.py).

Print habits the blind11 families share and no earlier split uses: dates written '12-MAR-25' or
'Mar. 3rd, 2025', a value in a ruled box whose caption sits in the box's top border, a business
name whose 'Inc.' the carrier's system spells out.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.colors import Color, HexColor

from tests.billcorpus.draw import Sheet
from tests.billcorpus.truth import Draft

_WHITE = HexColor("#FFFFFF")


def day_mon_yy(d: date, year4: bool = False) -> str:
    """'12-MAR-25' (mainframe billing systems), or '12-MAR-2025'."""
    return f"{d.day:02d}-{d:%b}".upper() + f"-{d:%Y}" if year4 else f"{d.day:02d}-{d:%b-%y}".upper()


def ordinal(d: date, month: str = "abbr") -> str:
    """'Mar. 3rd, 2025' ('May 3rd' keeps no dot), or 'March 3rd, 2025'."""
    n = d.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    if month == "long":
        head = f"{d:%B}"
    else:
        head = f"{d:%b}" + ("" if d.month == 5 else ".")
    return f"{head} {n}{suffix}, {d.year}"


def captioned_box(s: Sheet, x: float, y: float, w: float, h: float, caption: str,
                  size: float = 6.5, color: Color | None = None) -> None:
    """A ruled box whose caption interrupts its top border (the value goes inside)."""
    s.box(x, y, w, h, stroke=color or s.accent, line=0.8)
    width = s.width(caption, size, bold=True)
    s.box(x + 6, y - size / 2 - 1, width + 6, size + 2, fill=_WHITE)
    s.text(x + 9, y + size / 2 - 1, caption, size, bold=True, color=color or s.accent)


def spelled_out(d: Draft) -> None:
    """The carrier holds the business as '... Incorporated' where its customer writes 'Inc.'."""
    for short in (" Inc.", " Inc"):
        if d.name.endswith(short):
            d.name = d.name[: -len(short)] + " Incorporated"
            d.traits.add("incorporated")
            return
