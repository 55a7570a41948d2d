"""Layout habits of the tenth round of drawn forms that earlier rounds draw seldom or never: a
party grid with the same row labels for the current and the new provider side by side (only the
current provider's cells are ours), comb widgets (one character a cell, the PDF's own comb flag),
blanks inside a sentence with their captions printed in brackets under each blank, a signature
and date pair at the foot of every page, and check boxes whose label is printed before the box.
"""

from __future__ import annotations

from reportlab.lib.colors import black, white

from tests.loaforms.kit import FONT, Sheet
from tests.loaforms.round5_kit import Gap, sentence

# A row of a party grid: (label, the current provider's cell, the new provider's cell). A cell is
# a field of the scorer's vocabulary, None (blank, not ours) or a string printed in it ("=text").
PartyRow = tuple[str, str | None, str | None]


def party_grid(s: Sheet, x: float, top: float, heads: tuple[str, str], rows: list[PartyRow],
               label_w: float = 120, col_w: float = 200, row_h: float = 20,
               names: list[str] | None = None) -> float:
    """A grid: a label column, then the current provider's column and the new provider's, each
    row labelled once at its left. Widgets (named from `names`, current then new on each row) when
    `names` is given; else printed cells. Returns the y under the grid."""
    s.c.setFillGray(0.85)
    s.c.rect(x + label_w, top - row_h, 2 * col_w, row_h, stroke=1, fill=1)
    s.c.setFillGray(0)
    for n, head in enumerate(heads):
        s.text(x + label_w + n * col_w + 4, top - row_h + 6, head, 8, bold=True)
    names_left = iter(names or [])
    for r, (label, current, new) in enumerate(rows):
        y = top - row_h * (r + 2)
        s.frame(x, y, label_w, row_h)
        s.text(x + 4, y + 6, label, 8)
        for n, held in enumerate((current, new)):
            cx = x + label_w + n * col_w
            s.frame(cx, y, col_w, row_h)
            if held and held.startswith("="):
                s.text(cx + 4, y + 6, held[1:], 8.5)
                continue
            name = next(names_left, None)
            side = heads[n]
            if name:
                s.widget(name, cx + 1.5, y + 1.5, col_w - 3, row_h - 3, held)
            else:
                s._place((cx + 1, y + 1, cx + col_w - 1, y + row_h - 1), held,
                         what=f"{label} ({side})")
    return top - row_h * (len(rows) + 1)


def comb_widget(s: Sheet, name: str, x: float, y: float, cells: int, fld: str | None,
                cell_w: float = 13, h: float = 16, what: str = "") -> None:
    """A text widget with the comb flag (one character a cell) over drawn cell dividers."""
    s.c.acroForm.textfield(name=name, tooltip="", x=x, y=y, width=cells * cell_w, height=h,
                           fontSize=9, borderWidth=0.5, borderColor=black, fillColor=white,
                           textColor=black, forceBorder=True, fieldFlags="comb", maxlen=cells)
    s.c.setLineWidth(0.4)
    for n in range(1, cells):
        s.c.line(x + n * cell_w, y, x + n * cell_w, y + h * 0.45)
    place = s._place((x, y, x + cells * cell_w, y + h), fld, widget=name, what=what or name)
    if fld:
        place["comb"] = True


def captioned_sentence(s: Sheet, x: float, y: float, parts: list[str | Gap], size: float = 9,
                       leading: float = 24, right: float = 555) -> float:
    """A sentence with blanks in it, each blank's caption in brackets printed small under it
    (the Gap's `what`). Returns the y of the last line."""
    before = len(s.places)
    end = sentence(s, x, y, parts, size=size, leading=leading, right=right)
    for place in s.places[before:]:
        x0, y0 = place["rect"][0], place["rect"][1]
        s.c.setFont(FONT, 6)
        s.c.setFillGray(0.3)
        s.c.drawString(x0 + 2, y0 - 5, f"({place['what']})")
        s.c.setFillGray(0)
    return end


def page_foot_sign(s: Sheet, y: float, sign_label: str = "Signed", date_label: str = "Date",
                   right: float = 555) -> None:
    """A signature line and its date blank at the foot of a page (a UK habit: every page
    signed and dated)."""
    s.sign_line(sign_label, 40, y, 300)
    s.blank(date_label, 330, y, right, "date_signed")


def tick_after(s: Sheet, label: str, x: float, y: float, fld: str | None,
               size: float = 8) -> float:
    """A printed tick box with its label printed BEFORE it ('Business [ ]'); returns the x after
    the box."""
    end = s.text(x, y + 0.5, label, 8.5) + 5
    s.frame(end, y, size, size)
    s._place((end, y, end + size, y + size), fld, what=f"{label} [ ]")
    return end + size + 14


def check_after(s: Sheet, name: str, label: str, x: float, y: float, fld: str | None,
                size: float = 9) -> float:
    """A checkbox widget with its label printed before it; returns the x after the box."""
    end = s.text(x, y + 1, label, 8.5) + 5
    s.c.acroForm.checkbox(name=name, tooltip="", x=end, y=y, size=size, buttonStyle="check",
                          borderWidth=0.5, borderColor=black, fillColor=white, forceBorder=True)
    s._place((end, y, end + size, y + size), fld, widget=name, what=label)
    return end + size + 14



def widget_sentence(s: Sheet, x: float, y: float, parts: list[str | Gap], names: list[str],
                    size: float = 9, leading: float = 22, right: float = 555) -> float:
    """A sentence with widgets inside it where a paper form has blanks (the Gap's field is the
    widget's truth); widgets take `names` in reading order. Returns the y of the last line."""
    taken = iter(names)

    def put(sheet: Sheet, gx: float, gy: float, gap: Gap) -> None:
        sheet.widget(next(taken), gx, gy - 3, gap.width, 13, gap.fld)

    return sentence(s, x, y, parts, size, leading, right, put_gap=put)
