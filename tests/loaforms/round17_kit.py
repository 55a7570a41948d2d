"""Layout habits of round 17's drawn forms that the shared kits lack: a label printed in a fixed
column left of its widget (Acrobat forms made from a word processor's table), a line with its
caption in two languages printed under it (Puerto Rico's Spanish / English forms), and a
"( field )" caption row under a line that Lithuanian forms print in brackets."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import Sheet
from tests.loaforms.round15_kit import two_tongues


def left_widget(s: Sheet, label: str, name: str, x: float, y: float, label_w: float,
                w: float, fld: str | None, h: float = 14, size: float = 8,
                optional: bool = False) -> dict[str, Any]:
    """'Label      [widget]': the label in a column `label_w` wide, the widget after it."""
    s.text(x, y + h / 2 - 3, label, size)
    return s.widget(name, x + label_w, y, w, h, fld, optional=optional)


def bi_under(s: Sheet, first: str, second: str, x: float, y: float, x1: float,
             fld: str | None, optional: bool = False) -> dict[str, Any]:
    """A line to write on with its caption under it in two languages ('Firma / Signature')."""
    s.rule(x, y, x1)
    two_tongues(s, x, y - 9, first, second, size=6.5)
    extra = {"optional": True} if optional else {}
    return s._place((x, y - 2, x1, y + 13), fld, what=f"{first} / {second}", **extra)


def bracket_under(s: Sheet, caption: str, x: float, y: float, x1: float,
                  fld: str | None) -> dict[str, Any]:
    """A line with its caption centred under it in brackets: '(vardas, pavardė)'."""
    s.rule(x, y, x1)
    s.c.setFont(s.font, 6.5)
    s.c.drawCentredString((x + x1) / 2, y - 8, f"({caption})")
    return s._place((x, y - 2, x1, y + 13), fld, what=caption)
