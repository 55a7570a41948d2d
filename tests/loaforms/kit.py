"""Drawing a carrier form and writing its truth in the same stroke.

Every blank a form builder draws (a widget, a printed line, a box, a tick box, a numbered slot) is
recorded with what belongs in it: a field of the scorer's vocabulary (tests/integration/loa/
scoring.py), or None for a blank meant for somebody else (the carrier, the new provider, a VAT or
IBAN we do not have). The truth is decided by the builder from the layout it draws, never from what
the filler does with it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any, ClassVar

from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

FONT, BOLD = "Helvetica", "Helvetica-Bold"
DATES = {
    "US": ["%m/%d/%Y", "%m-%d-%Y", "%Y-%m-%d"],
    "CA": ["%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y"],
    "GB": ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"],
    "IE": ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"],
    "DE": ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"],
    "AU": ["%d/%m/%Y", "%d-%m-%Y"],
    "NL": ["%d-%m-%Y", "%d/%m/%Y"],
    "FR": ["%d/%m/%Y"],
}


@dataclass
class Sheet:
    """One form being drawn: a reportlab canvas plus the places it has recorded so far."""

    name: str
    country: str
    language: str
    notes: str = ""
    size: tuple[float, float] = LETTER
    cases: list[str] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    page: int = 1
    date_formats: list[str] | None = None  # the form's own order, when it prints one
    font: ClassVar[str] = FONT  # the printed faces (a sheet in another script embeds its own)
    bold_font: ClassVar[str] = BOLD

    def __post_init__(self) -> None:
        self._buf = io.BytesIO()
        self.c = Canvas(self._buf, pagesize=self.size)
        self.c.setTitle(self.name)
        self._slot_groups: list[dict[str, Any]] = []

    # -- printed matter ---------------------------------------------------------------------------
    def text(self, x: float, y: float, s: str, size: float = 9, bold: bool = False) -> float:
        """Print s; returns the x where it ends."""
        font = self.bold_font if bold else self.font
        self.c.setFont(font, size)
        self.c.setFillColor(black)
        self.c.drawString(x, y, s)
        return x + float(stringWidth(s, font, size))

    def right_text(self, x: float, y: float, s: str, size: float = 9) -> None:
        self.c.setFont(self.font, size)
        self.c.drawRightString(x, y, s)

    def para(self, x: float, y: float, text: str, width: float, size: float = 8,
             leading: float | None = None) -> float:
        """Wrapped small print; returns the y below it."""
        leading = leading or size + 2.5
        line = ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if stringWidth(trial, self.font, size) > width and line:
                self.text(x, y, line, size)
                y -= leading
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, size)
            y -= leading
        return y

    def band(self, x: float, y: float, w: float, s: str, size: float = 10) -> None:
        """A dark section heading band with white text."""
        self.c.setFillGray(0.25)
        self.c.rect(x, y - 4, w, size + 7, stroke=0, fill=1)
        self.c.setFillColor(white)
        self.c.setFont(self.bold_font, size)
        self.c.drawString(x + 4, y, s)
        self.c.setFillColor(black)

    def rule(self, x0: float, y: float, x1: float, width: float = 0.6) -> None:
        self.c.setLineWidth(width)
        self.c.line(x0, y, x1, y)

    def frame(self, x: float, y: float, w: float, h: float, width: float = 0.6) -> None:
        self.c.setLineWidth(width)
        self.c.rect(x, y, w, h, stroke=1, fill=0)

    # -- places -----------------------------------------------------------------------------------
    def _place(self, rect: tuple[float, float, float, float], fld: str | None,
               **extra: Any) -> dict[str, Any]:
        place = {"page": self.page, "rect": [round(v, 1) for v in rect], "field": fld, **extra}
        self.places.append(place)
        return place

    def blank(self, label: str, x: float, y: float, x1: float, fld: str | None,
              size: float = 9, bold: bool = False, optional: bool = False) -> dict[str, Any]:
        """'Label: ________' on one line; the place is the line after the label."""
        end = self.text(x, y, label, size, bold) + 4
        self.rule(end, y - 2, x1)
        extra = {"optional": True} if optional else {}
        return self._place((end, y - 4, x1, y + 11), fld, what=label, **extra)

    def line_under(self, x: float, y: float, x1: float, fld: str | None, what: str,
                   height: float = 13) -> dict[str, Any]:
        """A bare line to write on (its label printed elsewhere: above, below, in a header)."""
        self.rule(x, y, x1)
        return self._place((x, y - 2, x1, y + height), fld, what=what)

    def box(self, x: float, y: float, w: float, h: float, fld: str | None, what: str,
            optional: bool = False) -> dict[str, Any]:
        """A printed rectangle to write in."""
        self.frame(x, y, w, h)
        extra = {"optional": True} if optional else {}
        return self._place((x, y, x + w, y + h), fld, what=what, **extra)

    def sign_line(self, label: str, x: float, y: float, x1: float,
                  label_below: bool = False) -> dict[str, Any]:
        """A printed signature line (no widget): the ink goes above it."""
        if label_below:
            self.rule(x, y, x1)
            self.text(x, y - 10, label, 8)
            return self._place((x, y - 3, x1, y + 30), "signature", what=label)
        end = self.text(x, y, label) + 4
        self.rule(end, y - 2, x1)
        return self._place((end, y - 4, x1, y + 30), "signature", what=label)

    def tick(self, x: float, y: float, fld: str | None, label: str, size: float = 8) -> None:
        """A printed tick box with its label to the right (paper forms)."""
        self.frame(x, y, size, size)
        self.text(x + size + 4, y + 0.5, label, 8.5)
        self._place((x, y, x + size, y + size), fld, what=f"[ ] {label}")

    # -- widgets ----------------------------------------------------------------------------------
    def widget(self, name: str, x: float, y: float, w: float, h: float, fld: str | None,
               tooltip: str | None = None, optional: bool = False) -> dict[str, Any]:
        self.c.acroForm.textfield(
            name=name, tooltip=tooltip or "", x=x, y=y, width=w, height=h, fontSize=9,
            borderWidth=0.5, borderColor=black, fillColor=white, textColor=black,
            forceBorder=True)
        extra = {"optional": True} if optional else {}
        return self._place((x, y, x + w, y + h), fld, widget=name, **extra)

    def checkbox(self, name: str, x: float, y: float, fld: str | None, label: str,
                 size: float = 9, tooltip: str | None = None) -> None:
        self.c.acroForm.checkbox(name=name, tooltip=tooltip or "", x=x, y=y, size=size,
                                 buttonStyle="cross", borderWidth=0.5, borderColor=black,
                                 fillColor=white, forceBorder=True)
        self.text(x + size + 4, y + 1, label, 8.5)
        self._place((x, y, x + size, y + size), fld, widget=name, what=label)

    def radio(self, group: str, value: str, x: float, y: float, fld: str | None, label: str,
              size: float = 9) -> None:
        self.c.acroForm.radio(name=group, value=value, selected=False, x=x, y=y, size=size,
                              buttonStyle="circle", borderWidth=0.5, borderColor=black,
                              fillColor=white, forceBorder=True)
        self.text(x + size + 4, y + 1, label, 8.5)
        self._place((x, y, x + size, y + size), fld, widget=f"{group}={value}", what=label)

    # -- number slots -----------------------------------------------------------------------------
    def slot_group(self, ordered: bool = True, fld: str = "number") -> list[dict[str, Any]]:
        """Start a group of number slots; append places to the list it returns, in the order the
        form's printed numbering gives them."""
        group: dict[str, Any] = {"slots": [], "ordered": ordered, "field": fld}
        self._slot_groups.append(group)
        slots: list[dict[str, Any]] = group["slots"]
        return slots

    def slot(self, slots: list[dict[str, Any]], rect: tuple[float, float, float, float],
             what: str, widget: str | None = None) -> None:
        place: dict[str, Any] = {"page": self.page, "rect": [round(v, 1) for v in rect],
                                 "field": "number", "what": what}
        if widget:
            place["widget"] = widget
        slots.append(place)

    # -- pages and the end ------------------------------------------------------------------------
    def next_page(self) -> None:
        self.c.showPage()
        self.page += 1

    def footer(self, s: str) -> None:
        self.text(40, 24, s, 7)

    def build(self) -> tuple[bytes, dict[str, Any]]:
        self.c.showPage()
        self.c.save()
        truth = {"file": f"{self.name}.pdf", "split": "", "country": self.country,
                 "language": self.language, "date_formats": self.date_formats or DATES[self.country],
                 "cases": list(self.cases), "notes": self.notes,
                 "places": self.places + self._slot_groups}
        return self._buf.getvalue(), truth


def letter(name: str, country: str, language: str, cases: list[str], notes: str) -> Sheet:
    return Sheet(name, country, language, notes, LETTER, cases)


def a4(name: str, country: str, language: str, cases: list[str], notes: str) -> Sheet:
    return Sheet(name, country, language, notes, A4, cases)
