"""Layout habits of round 26's drawn forms that earlier kits lack or draw only in Helvetica: a box
whose small label sits inside its top-left corner with a widget under it, hint text printed
under a blank ("(10 digits)", "BLOCK CAPITALS"), dotted blanks typed in the sheet's own face, a
date as three blanks with printed slashes (the year's "20" printed already), section headings in a
coloured band, a cut line between a part to keep and a part to return, a widget that already
holds placeholder text, and tick boxes inside the cells of a numbers table.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import Sheet


def hint(s: Sheet, x: float, y: float, text: str, size: float = 6) -> None:
    """Grey hint text (a format or a reminder): printed matter, never a place."""
    s.c.setFont(s.font, size)
    s.c.setFillGray(0.4)
    s.c.drawString(x, y, text)
    s.c.setFillColor(black)


def boxed_widget(s: Sheet, label: str, name: str | None, x: float, y: float, w: float,
                 fld: str | None, h: float = 26, tooltip: str | None = None,
                 value: str = "") -> dict[str, Any]:
    """A box with its label printed small inside the top-left corner and the value written
    under the label: a widget over the lower part (or, on paper, that part is the place)."""
    s.frame(x, y, w, h)
    s.text(x + 3, y + h - 7.5, label, 6)
    if name is None:
        return s._place((x + 1, y + 1, x + w - 1, y + h - 9), fld, what=label)
    s.c.acroForm.textfield(name=name, tooltip=tooltip or "", value=value, x=x + 2, y=y + 2,
                           width=w - 4, height=h - 12, fontSize=9, borderWidth=0,
                           fillColor=white, textColor=black, forceBorder=False)
    return s._place((x + 2, y + 2, x + w - 2, y + h - 10), fld, widget=name, what=label)


def placeholder_widget(s: Sheet, name: str, x: float, y: float, w: float, h: float,
                       fld: str | None, value: str, tooltip: str | None = None
                       ) -> dict[str, Any]:
    """A widget that arrives holding placeholder text ("Enter name"): the value replaces it."""
    s.c.acroForm.textfield(name=name, tooltip=tooltip or "", value=value, x=x, y=y, width=w,
                           height=h, fontSize=9, borderWidth=0.5, borderColor=black,
                           fillColor=white, textColor=black, forceBorder=True)
    return s._place((x, y, x + w, y + h), fld, widget=name)


def dotted(s: Sheet, label: str, x: float, y: float, x1: float, fld: str | None,
           size: float = 8.5, bold: bool = False) -> dict[str, Any]:
    """'Label ..........' in the sheet's own face: the dots are where the value goes."""
    end = s.text(x, y, label, size, bold) + 3 if label else x
    step = stringWidth(".", s.font, size)
    s.text(end, y, "." * max(3, int((x1 - end) / step)), size)
    return s._place((end, y - 3, x1, y + 11), fld, what=label or "dotted line")


def slash_date(s: Sheet, x: float, y: float, parts: list[tuple[float, str | None]],
               what: str, prefix_year: bool = False, names: list[str] | None = None,
               h: float = 14, sep: str = "/") -> float:
    """A date as three blanks with printed slashes (or `sep`) between them ('__ / __ / ____'); with
    `prefix_year` the century '20' is printed before the last blank, which then takes the two
    last digits. Widgets when `names` is given, lines otherwise. Returns the x after it."""
    for n, (w, fld) in enumerate(parts):
        if prefix_year and n == len(parts) - 1:
            x = s.text(x, y, "20", 9) + 1
        if names:
            s.widget(names[n], x, y - 3, w, h, fld)
        else:
            s.rule(x, y - 2, x + w)
            s._place((x, y - 4, x + w, y + 11), fld, what=f"{what} part {n + 1}")
        x += w
        if n < len(parts) - 1:
            s.text(x + 3, y, sep, 10)
            x += 12
    return x


def colour_band(s: Sheet, x: float, y: float, w: float, text: str,
                rgb: tuple[float, float, float], size: float = 9.5) -> None:
    """A numbered section heading in white on a coloured band."""
    s.c.setFillColor(Color(*rgb))
    s.c.rect(x, y - 4, w, size + 7, stroke=0, fill=1)
    s.c.setFillColor(white)
    s.c.setFont(s.bold_font, size)
    s.c.drawString(x + 5, y, text)
    s.c.setFillColor(black)


def cut_line(s: Sheet, y: float, x0: float, x1: float, caption: str) -> None:
    """A dashed cut line with its caption ('cut here'), between the part kept and returned."""
    s.c.setDash(4, 3)
    s.c.setLineWidth(0.7)
    s.c.line(x0, y, x1, y)
    s.c.setDash()
    s.c.setFillColor(white)
    width = stringWidth(caption, s.font, 7) + 8
    s.c.rect((x0 + x1 - width) / 2, y - 4, width, 8, stroke=0, fill=1)
    s.c.setFillColor(black)
    s.c.setFont(s.font, 7)
    s.c.drawCentredString((x0 + x1) / 2, y - 2.5, caption)


def tick_cells(s: Sheet, x: float, y: float, words: list[str], cell_w: float,
               row_h: float, box: float = 7, names: list[str] | None = None) -> None:
    """Tick boxes inside table cells, one per word (a service type per number row): a line's
    type is nothing the case says, so the boxes are not ours."""
    for k, word in enumerate(words):
        cx = x + k * cell_w
        s.frame(cx, y, cell_w, row_h)
        bx, by = cx + 3, y + (row_h - box) / 2
        if names:
            s.checkbox(names[k], bx, by, None, "", size=box)
            s.places[-1]["what"] = word
        else:
            s.frame(bx, by, box, box)
            s._place((bx, by, bx + box, by + box), None, what=f"[ ] {word}")


def tick_left(s: Sheet, x: float, y: float, fld: str | None, label: str,
              size: float = 8) -> float:
    """A paper tick box before its words; returns the x after the words."""
    s.tick(x, y, fld, label, size)
    return x + size + 4 + float(stringWidth(label, s.font, 8.5)) + 14


def tick_right(s: Sheet, x: float, y: float, fld: str | None, label: str,
               size: float = 8) -> float:
    """A paper tick box after its words; returns the x after the box."""
    end = s.text(x, y + 0.5, label, 8.5) + 4
    s.frame(end, y, size, size)
    s._place((end, y, end + size, y + size), fld, what=f"{label} [ ]")
    return end + size + 14
