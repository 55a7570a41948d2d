"""Layout habits of round 33's drawn forms that earlier kits lack: a placeholder printed grey
INSIDE the blank ('Nome / Name', 'DD/MM/AAAA') under a transparent widget or in a paper box, a
label printed AFTER its line ('__________ account number'), tick boxes that are only glyphs in
the text layer ('☐ Business'), a footnote mark raised after a label ('Account number¹'), and a
form in a script PortDesk does not read, whose places say what a specialist would put there by
clicking (`by_click`) while the filler itself must put nothing anywhere (`field` None).

A placeholder is the form's own print: a value written over it is the case's, and the grey words
are never a label of another blank."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black

from tests.loaforms.kit import Sheet

GLYPH_OFF = "\u2610"  # ☐: a tick box that is a character of the text layer, not a drawing


def placeholder(s: Sheet, x: float, y: float, text: str, size: float = 7,
                gray: float = 0.6) -> None:
    """Grey words printed inside a blank, where the value will go."""
    s.c.setFillGray(gray)
    s.c.setFont(s.font, size)
    s.c.drawString(x, y, text)
    s.c.setFillGray(0)


def ph_widget(s: Sheet, name: str, x: float, y: float, w: float, h: float, fld: str | None,
              hint: str, tooltip: str = "", optional: bool = False,
              multiline: bool = False) -> dict[str, Any]:
    """A transparent text widget over a drawn box whose placeholder is printed inside it."""
    s.frame(x, y, w, h, 0.5)
    placeholder(s, x + 2.5, y + (h - 6) / 2 if not multiline else y + h - 8, hint)
    s.c.acroForm.textfield(name=name, tooltip=tooltip, x=x, y=y, width=w, height=h,
                           fontSize=8, borderWidth=0, fillColor=None, textColor=black,
                           fieldFlags="multiline" if multiline else "")
    extra: dict[str, Any] = {"optional": True} if optional else {}
    return s._place((x, y, x + w, y + h), fld, widget=name, what=f"[{hint}]", **extra)


def ph_box(s: Sheet, x: float, y: float, w: float, h: float, fld: str | None,
           hint: str, optional: bool = False) -> dict[str, Any]:
    """A paper box with its placeholder printed grey inside it."""
    s.frame(x, y, w, h, 0.5)
    placeholder(s, x + 2.5, y + (h - 6) / 2, hint)
    extra: dict[str, Any] = {"optional": True} if optional else {}
    return s._place((x, y, x + w, y + h), fld, what=f"[{hint}]", **extra)


def line_then_label(s: Sheet, x: float, y: float, w: float, label: str, fld: str | None,
                    size: float = 8) -> float:
    """'__________ account number': the line first, its label after it. Returns the x after the
    label."""
    s.rule(x, y - 2, x + w)
    s._place((x, y - 4, x + w, y + 11), fld, what=f"____ {label}")
    return s.text(x + w + 4, y, label, size)


def glyph_tick(s: Sheet, x: float, y: float, fld: str | None, label: str,
               size: float = 9) -> float:
    """A tick box printed as the character ☐ followed by its label; returns the x after it."""
    s.c.setFont(s.font, size)
    s.c.setFillGray(0)
    s.c.drawString(x, y, GLYPH_OFF)
    gw = float(s.c.stringWidth(GLYPH_OFF, s.font, size))
    s._place((x, y - 1.5, x + gw, y + size * 0.75), fld, what=f"{GLYPH_OFF} {label}")
    return s.text(x + gw + 3, y, label, size - 0.8)


def marked(s: Sheet, x: float, y: float, label: str, mark: str, size: float = 8,
           bold: bool = False) -> float:
    """A label with a footnote mark raised after it ('Account number¹', 'PIN*')."""
    end = s.text(x, y, label, size, bold)
    s.c.setFont(s.font, size * 0.7)
    s.c.drawString(end + 0.5, y + size * 0.4, mark)
    return end + 1 + float(s.c.stringWidth(mark, s.font, size * 0.7))


def by_click(s: Sheet, fields: dict[int, str]) -> None:
    """On a form the filler cannot read, record what a specialist would click into each place
    (by the place's index in `s.places`); the place's own `field` stays None: the filler must
    write nothing there by itself."""
    for index, fld in fields.items():
        s.places[index]["by_click"] = fld
