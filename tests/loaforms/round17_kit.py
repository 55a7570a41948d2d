"""Layout habits of round 17's drawn forms that the shared kits lack: a label printed in a fixed
column left of its widget (Acrobat forms made from a word processor's table), a line with its
caption in two languages printed under it (Puerto Rico's Spanish / English forms), a
"( field )" caption row under a line that Lithuanian forms print in brackets; and (round 18's
Argentine and Peruvian forms) a paper numbers table with each row's area code in its own box."""

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


def area_code_rows(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, first: int,
                   rows: int, code_head: str, code_label: str, code_w: float) -> None:
    """'N° | <area code> | Número' on paper, 256 pt wide: the row's area code in its own box
    (`code_w` wide, truth field area_code for that row), the rest of the number in the slot."""
    num_x = x + 24 + code_w
    for head, cx, w in (("N°", x, 24), (code_head, x + 24, code_w), ("Número", num_x, 232 - code_w)):
        s.frame(cx, top - 16, w, 16)
        s.text(cx + 3, top - 11, head, 7, bold=True)
    for r in range(rows):
        ry = top - 16 * (r + 2)
        s.frame(x, ry, 24, 16)
        s.right_text(x + 18, ry + 5, str(first + r), 8)
        place = s.box(x + 24, ry, code_w, 16, "area_code", f"{code_label} {first + r}")
        place["row"] = first + r - 1
        s.frame(num_x, ry, 232 - code_w, 16)
        s.slot(slots, (num_x + 1, ry + 1, x + 255, ry + 15), f"Número {first + r}")
