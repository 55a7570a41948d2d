"""Layout habits of the third round of drawn forms that the first two did not use: a label printed
under its line or widget, a label printed inside its box (placeholder style or a caption in the
cell's corner), numbers in a table whose other columns are not all ours, and a page of terms."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import FONT, Sheet

TERMS = (
    "The customer acknowledges that porting a number ends the service on that number with the "
    "current provider once the port completes, and that any remaining balance, early termination "
    "charges and equipment obligations stay due. The port may be delayed or rejected if the "
    "details given do not match the current provider's records exactly. The customer should not "
    "cancel the service with the current provider before the port has completed, or the number "
    "may be lost. Features such as voicemail, call forwarding, hunt groups and directory "
    "listings are not transferred and must be set up again. Emergency service location records "
    "are updated by the new provider after the port. The authorization remains valid for the "
    "numbers listed and may be presented to the current provider as proof of the customer's "
    "consent. The new provider is not responsible for delays caused by the current provider.")
TERMS_DE = (
    "Die Rufnummernmitnahme ist nur möglich, wenn die Angaben zum Anschlussinhaber mit den "
    "beim bisherigen Anbieter gespeicherten Daten genau übereinstimmen. Bitte kündigen Sie Ihren "
    "bisherigen Vertrag nicht selbst, solange die Portierung nicht abgeschlossen ist, da die "
    "Rufnummer sonst verloren gehen kann. Der bisherige Anbieter kann für die Mitnahme ein "
    "Entgelt erheben. Zusatzdienste wie Anrufweiterschaltung, Sprachbox oder Einträge im "
    "Telefonbuch werden nicht übernommen und müssen neu eingerichtet werden. Am Tag der "
    "Umschaltung kann der Anschluss kurzzeitig nicht erreichbar sein.")


def under(s: Sheet, label: str, x: float, y: float, x1: float, fld: str | None,
          optional: bool = False, size: float = 7) -> dict[str, Any]:
    """A line to write on with its caption printed just below it."""
    s.rule(x, y, x1)
    s.text(x, y - size - 2, label, size)
    extra = {"optional": True} if optional else {}
    return s._place((x, y - 2, x1, y + 13), fld, what=label, **extra)


def widget_under(s: Sheet, label: str, name: str, x: float, y: float, w: float,
                 fld: str | None, h: float = 15, tooltip: str | None = None,
                 optional: bool = False) -> None:
    """A widget with its caption printed below it."""
    s.widget(name, x, y, w, h, fld, tooltip, optional=optional)
    s.text(x, y - 8, label, 6.5)


def sign_under(s: Sheet, label: str, x: float, y: float, x1: float) -> None:
    """A printed signature line with its caption below."""
    s.sign_line(label, x, y, x1, label_below=True)


def placeholder_box(s: Sheet, label: str, x: float, y: float, w: float, fld: str | None,
                    h: float = 20, optional: bool = False) -> dict[str, Any]:
    """A box with its label printed in grey inside it, where the writing goes."""
    place = s.box(x, y, w, h, fld, label, optional=optional)
    s.c.setFillGray(0.55)
    s.c.setFont(FONT, 7.5)
    s.c.drawString(x + 4, y + h / 2 - 2.5, label)
    s.c.setFillGray(0)
    return place


def cell(s: Sheet, label: str, x: float, y: float, w: float, fld: str | None, h: float = 24,
         optional: bool = False) -> dict[str, Any]:
    """A cell of a form grid with its caption in the top left corner."""
    place = s.box(x, y, w, h, fld, label, optional=optional)
    s.text(x + 3, y + h - 7.5, label, 6)
    return place


def terms_page(s: Sheet, top: float, width: float, heading: str = "Terms and conditions",
               repeat: int = 3, words: str = TERMS) -> float:
    """A page of small print (no blanks); returns the y below it."""
    s.text(40, top, heading, 11, bold=True)
    y = top - 20
    for n in range(repeat):
        y = s.para(40, y, f"{n + 1}. {words}", width, 8) - 6
    return y


def table(s: Sheet, x: float, top: float, columns: list[tuple[str, float, Any, bool]],
          rows: int, row_h: float = 18, widgets: str | None = None) -> None:
    """A numbers table: header cells, then rows. Each column is (header, width, field, optional);
    the field "number" makes the column's cells the form's number slots, in row order; another
    field (or ("port_choice", [accepted words])) is that row's value, expected only on the rows
    that hold a number (round 6: the columns beside the numbers are scored). With `widgets`,
    every cell is a widget named f"{widgets}{header word}{row}" (Adobe's habit)."""
    xs = [x]
    for _, w, _, _ in columns:
        xs.append(xs[-1] + w)
    for (head, w, _, _), cx in zip(columns, xs, strict=False):
        s.frame(cx, top - row_h, w, row_h)
        s.text(cx + 3, top - row_h + 5, head, 7.5, bold=True)
    slots = s.slot_group() if any(c[2] == "number" for c in columns) else []
    for r in range(rows):
        y = top - row_h * (r + 2)
        for (head, w, held, optional), cx in zip(columns, xs, strict=False):
            rect = (cx + 1, y + 1, cx + w - 1, y + row_h - 1)
            name = f"{widgets}{head.split()[0].strip('#/')}{r + 1}" if widgets else None
            fld = held[0] if isinstance(held, tuple) else held
            if name:
                s.frame(cx, y, w, row_h)
                s.widget(name, *rect[:2], w - 2, row_h - 2, fld, optional=optional)
            else:
                s.box(cx, y, w, row_h, fld, f"{head} row {r + 1}", optional=optional)
            if fld not in (None, "number"):
                s.places[-1]["row"] = r
            if isinstance(held, tuple):
                s.places[-1]["accept"] = list(held[1])
            if fld == "number":
                s.places.pop()
                s.slot(slots, rect, f"{head} row {r + 1}", name)
