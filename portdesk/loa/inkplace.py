"""Where the ink goes and how big it is, the signing date as the form writes it, and the UK rule.

A signature on a printed line rises above the line, but no higher than the text above it (French
forms print "Fait à ..., le ..." a line above "Signature & Cachet ....."); in a box it fills the
room under the caption. On UK forms every page is signed and dated: a page without a place of its
own gets both in its bottom (or top) margin, clear of the printed text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from pypdf import PdfWriter

from portdesk.loa.fields import SIGNING_FIELDS, LoaField, date_format_for
from portdesk.loa.formscan import Widget, Word
from portdesk.loa.labels import PageText
from portdesk.loa.language import MONTHS
from portdesk.loa.overlay import Stamp
from portdesk.loa.plan import map_form
from portdesk.loa.rules import read_rules
from portdesk.loa.script import readable_words
from portdesk.loa.signature import png_size
from portdesk.loa.signplan import SignPlace, SignPlan
from portdesk.loa.turned import page_turn

_MIN_INK, _MAX_INK = 14.0, 32.0  # points: the height a signature is drawn at
_MARGIN_INK = 22.0
_MARGIN_ROOM = 40.0  # free height a margin needs to take a signature and date
_ROOM = 40.0  # more free height above a place than this is plenty


def plan_from_form(widgets: Sequence[Widget], words: Sequence[Word], pages: int,
                   pdf: bytes) -> SignPlan:
    """A PDF filled elsewhere (or our own letter): find its signing places afresh."""
    rules = read_rules(pdf, range(pages))
    words, _script = readable_words(words)  # as when filling: no label read on a guess
    language_probe = map_form(widgets, words, pages, rules, "US")
    country = "US" if language_probe.language == "en" else ""
    fmap = language_probe if country == "US" else map_form(widgets, words, pages, rules, country)
    filled = {w.key for w in widgets if str(w.field_obj.get("/V", "") or "").strip()}
    places = tuple(
        SignPlace(p.field, p.page, p.rect or (p.x, p.y, p.x + 150, p.y + 12),
                  p.widget is not None, p.fmt, p.part, p.month_words, p.widget in filled, p.kind,
                  p.target())
        for p in fmap.placements if p.field in SIGNING_FIELDS | {
            LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE})
    return SignPlan(places, country, fmap.language, False)


def signed_text(place: SignPlace, when: date, plan: SignPlan) -> str:
    if place.part == "day":
        return f"{when.day:02d}"
    if place.part == "month":
        return MONTHS.get(plan.language, MONTHS["en"])[when.month - 1] if place.month_words \
            else f"{when.month:02d}"
    if place.part == "year":
        return str(when.year)
    if place.part == "year2":
        return f"{when.year % 100:02d}"
    return when.strftime(place.fmt or date_format_for(plan.country, plan.language))


def on_a_line(place: SignPlace, widget: Widget | None) -> bool:
    _x0, y0, _x1, y1 = widget.rect if widget is not None else place.rect
    return place.kind in ("leader", "gap", "point") or (widget is None and y1 - y0 < 16)


def room_for(place: SignPlace, text: PageText) -> float:
    """Free height above the place (above the line it sits on, or above its box)."""
    x0, y0, x1, _y1 = place.rect
    if on_a_line(place, None):
        return _room_above(text, (x0, y0 + 1, x1, y0 + 2), _ROOM)
    return _room_above(text, place.rect, _ROOM)


def ink_stamp(place: SignPlace, widget: Widget | None, ink_png: bytes,
              room: Callable[[], float]) -> Stamp:
    """room: the free height above the place (measured when filling, else asked for here)."""
    x0, y0, x1, y1 = widget.rect if widget is not None else place.rect
    box_w = x1 - x0
    if on_a_line(place, widget):
        y0 += 1.0  # sits on the printed line
        box_h = min(room(), _MAX_INK)
    elif y1 - y0 >= 24:
        box_h = y1 - y0  # a box tall enough to sign in
    else:
        # a short field (one text line) still deserves a legible signature: let it rise
        box_h = max(y1 - y0, min(36.0, box_w / 4))
        box_h = min(box_h, room() + (y1 - y0))
    box_h = max(_MIN_INK, min(box_h, _MAX_INK * 1.2))
    w, h = png_size(ink_png)
    scale = min(box_w / w, box_h / h)
    return Stamp(place.page, x0 + 2, y0 + 1, image_png=ink_png, width=max(4.0, w * scale - 4),
                 height=max(4.0, h * scale - 2))


def _room_above(text: PageText, rect: tuple[float, float, float, float], most: float) -> float:
    """Free height above the rectangle before the next printed text in its span."""
    x0, _y0, x1, y1 = rect
    above = [w.y0 for w in text.words if w.y0 >= y1 - 1 and w.x1 > x0 and w.x0 < x1
             and not w.is_blank]
    return min(most, (min(above) - y1 - 1) if above else most)


def margins(writer: PdfWriter, texts: dict[int, PageText]) -> tuple[float, ...]:
    """Each page's baseline for margin ink (UK forms: every page signed and dated)."""
    return tuple(margin_y(texts[n], page_turn(page).shown_size[1])
                 for n, page in enumerate(writer.pages))


def every_page_stamps(writer: PdfWriter, plan: SignPlan, margin: Callable[[int], float],
                      ink_png: bytes, when: date) -> list[Stamp]:
    """UK: the pages without a signature (or a date) of their own get one in a margin (not a
    page the form has the customer initial instead)."""
    signed = {p.page for p in plan.places if p.field == LoaField.SIGNATURE}
    dated = {p.page for p in plan.places if p.field == LoaField.DATE_SIGNED}
    day = when.strftime(date_format_for(plan.country or "GB", plan.language))
    out: list[Stamp] = []
    w, h = png_size(ink_png)
    for n, page in enumerate(writer.pages):
        if (n in signed and n in dated) or n in plan.initialled:
            continue  # signed and dated, or initialled as the form asks: nothing to add
        y = margin(n)
        x = 48.0 if page_turn(page).angle else float(page.mediabox.left) + 48
        if n not in signed:
            scale = min(150 / w, _MARGIN_INK / h)
            out.append(Stamp(n, x, y, image_png=ink_png, width=w * scale, height=h * scale))
            x += w * scale + 12
        out.append(Stamp(n, x, y + 4, f"Signed and dated: {day}", 8.5))
    return out


def margin_y(text: PageText, top: float) -> float:
    """The baseline for margin ink: the bottom margin, else the top one, clear of the print."""
    if not text.words:
        return 30.0
    lowest = min(w.y0 for w in text.words)
    if lowest >= _MARGIN_ROOM:
        return min(30.0, lowest - _MARGIN_ROOM + 6)
    highest = max(w.y1 for w in text.words)
    if top - highest >= _MARGIN_ROOM:
        return highest + 8
    return 8.0
