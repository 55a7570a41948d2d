"""A number written in three printed boxes, "( NPA ) NXX - XXXX": one blank, three parts.

Paper forms in North America often print each number slot as three boxes: the area code between
brackets, the exchange, a dash, the line. Read box by box they are three unlabelled cells (the
slot number "1." sits left of the first, the brackets and the dash between them) and no value
goes anywhere. Read as one blank, the slot number is its marker and the number is written a part
a box. Only three empty boxes on one row, the last the widest, the first in brackets, with nothing
printed between them but the bracket and the dash of a written number, make such a blank (three
boxes with dashes alone are as often a date in parts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from pypdf import PdfWriter

from portdesk.domain.numbers import area_and_local
from portdesk.loa.appearance import write_text
from portdesk.loa.blanks import Blank
from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Widget, Word
from portdesk.loa.labels import PageText
from portdesk.loa.overlay import Stamp, text_width

Rect = tuple[float, float, float, float]
_GAP = (1.0, 22.0)  # points between two boxes of one number (room for ")" or "-")
_OPEN_REACH = 12.0  # "(" printed this close before the first box opens the number
_MIN_W, _MAX_W = 12.0, 90.0
_MIN_H, _MAX_H = 8.0, 30.0
_PAIR_AREA_W = 40.0  # points: the area code's widget of a pair "( __ ) ________" is narrow
_BETWEEN = re.compile(r"^[)\-–.]+$")  # what may be printed between two boxes of a number
_HEAD_REACH = 120.0  # a numbers table's "NPA  NXX  LINE" heading over its rows
_AREA_WORD = re.compile(r"^\(?(npa|area)\)?$", re.IGNORECASE)
_EXCHANGE_WORD = re.compile(r"^(nxx|exch(ange)?|prefix)$", re.IGNORECASE)
# "NPA  NXX  LINE" over or under the boxes names their parts: a number's, no label of its own
PARTS_OF_A_NUMBER = re.compile(r"^(npa|area( code)?|nxx|exch(ange)?|prefix|line|xxxx|number|\s)+$")
PHONES = frozenset({LoaField.NUMBER, LoaField.REMAINING_NUMBER, LoaField.BTN,
                     LoaField.NEW_BTN, LoaField.CONTACT_PHONE})
KEY = "phone"  # Blank.extra key: the three boxes' x spans, "x0:x1,x0:x1,x0:x1"
WIDGETS = "phone_widgets"  # ... and, drawn as widgets, their keys "k1,k2,k3"


def phone_box_blanks(text: PageText, page: int, cells: Sequence[Rect]) -> list[Blank]:
    """Every "( ___ ) ___ - ____" row of boxes on the page, one blank each."""
    boxes = sorted((c for c in cells if _MIN_W <= c[2] - c[0] <= _MAX_W
                    and _MIN_H <= c[3] - c[1] <= _MAX_H and not _printed_in(c, text)),
                   key=lambda c: (-c[1], c[0]))
    rows: list[list[Rect]] = []
    for c in boxes:
        if rows and abs(rows[-1][-1][1] - c[1]) <= 1.5 and abs(rows[-1][-1][3] - c[3]) <= 1.5:
            rows[-1].append(c)
        else:
            rows.append([c])
    out: list[Blank] = []
    for row in rows:
        n = 0
        while n + 3 <= len(row):
            triple = row[n:n + 3]
            blank = _number_boxes(triple, text, page)
            if blank is None:
                n += 1
                continue
            out.append(blank)
            n += 3
    return out


def phone_widget_groups(blanks: list[Blank], texts: dict[int, PageText]) -> list[Blank]:
    """The same three boxes drawn as three text widgets: one blank over them, kept under the
    first widget's name, the three widgets' names in its extra (WIDGETS)."""
    single = sorted((b for b in blanks if b.kind == "widget" and b.lines == 1),
                    key=lambda b: (b.page, -b.rect[1], b.rect[0]))
    merged: dict[int, Blank] = {}
    gone: set[int] = set()
    for n in range(len(single) - 2):
        triple = single[n:n + 3]
        if any(id(b) in gone for b in triple) or len({b.page for b in triple}) > 1 or any(
                abs(b.rect[1] - triple[0].rect[1]) > 1.5 for b in triple):
            continue
        group = _number_boxes([b.rect for b in triple], texts[triple[0].page], triple[0].page,
                              "widget")
        if group is None:
            continue
        group.widget = triple[0].widget
        group.extra[WIDGETS] = ",".join(b.widget.key for b in triple if b.widget is not None)
        merged[id(triple[0])] = group
        gone |= {id(b) for b in triple}
    _area_code_pairs(single, texts, merged, gone)
    return [merged.get(id(b), b) for b in blanks if id(b) not in gone or id(b) in merged]


def _area_code_pairs(single: list[Blank], texts: dict[int, PageText], merged: dict[int, Blank],
                     gone: set[int]) -> None:
    """"( [__] ) [________]": a number as two widgets, the area code in brackets, then the
    rest; one blank over both (the number's slot), the two keys in its extra."""
    for a, b in pairwise(single):
        if id(a) in gone or id(b) in gone or a.page != b.page or \
                abs(a.rect[1] - b.rect[1]) > 1.5 or abs(a.rect[3] - b.rect[3]) > 1.5:
            continue
        if not (_GAP[0] <= b.rect[0] - a.rect[2] <= _GAP[1] and a.width <= _PAIR_AREA_W
                and b.width >= 2 * a.width):
            continue
        line = texts[a.page].line_of(a.rect)
        opening = [w for w in line if w.text.endswith("(") and 0 <= a.rect[0] - w.x1 <= _OPEN_REACH]
        closing = _between(line, a.rect, b.rect)
        if not opening or not closing or closing != [")"]:
            continue  # only the bracket round the first says it is the area code
        x0 = min(w.x1 - 4.0 for w in opening)
        group = Blank("widget", a.page, (x0, min(a.rect[1], b.rect[1]), b.rect[2],
                                         max(a.rect[3], b.rect[3])),
                      extra={KEY: ",".join(f"{r[0]:.2f}:{r[2]:.2f}" for r in (a.rect, b.rect))})
        group.widget = a.widget
        group.extra[WIDGETS] = ",".join(w.widget.key for w in (a, b) if w.widget is not None)
        merged[id(a)] = group
        gone |= {id(a), id(b)}


def _number_boxes(triple: list[Rect], text: PageText, page: int,
                  kind: str = "cell") -> Blank | None:
    a, b, c = triple
    widths = [r[2] - r[0] for r in triple]
    if not all(_GAP[0] <= nxt[0] - prev[2] <= _GAP[1] for prev, nxt in ((a, b), (b, c))):
        return None
    line = text.line_of(a)
    first, second = _between(line, a, b), _between(line, b, c)
    opening = [w for w in line if w.text == "(" and 0 <= a[0] - w.x1 <= _OPEN_REACH]
    written = bool(opening) and first is not None and second is not None and \
        any(")" in m for m in first) and any(m in ("-", "–") for m in second)
    if not written and (abs(widths[0] - widths[1]) > max(2.0, 0.25 * widths[0])
                        or widths[2] < widths[1] - 1):
        return None  # NPA and NXX alike, the four-digit line no narrower (unless the number's
        # whole shape is printed round the boxes, "( __ ) ___ - ____", as other plans do)
    if first is None or second is None or not (
            opening or any(")" in m for m in first) or _headed(text, a, b, c)):
        return None  # a word between the boxes; or no bracket round the first and no "NPA" /
        # "NXX" over or under them: "__ - __ - ____" is as often a date in parts as a number
    x0 = min([a[0], *(w.x0 - 0.5 for w in opening)])
    spans = ",".join(f"{r[0]:.2f}:{r[2]:.2f}" for r in triple)
    rect = (x0, min(r[1] for r in triple), c[2], max(r[3] for r in triple))
    return Blank(kind, page, rect, extra={KEY: spans})


def _headed(text: PageText, a: Rect, b: Rect, c: Rect) -> bool:
    """Captions or a column's heading name the boxes an area code and an exchange: "NPA" over
    or under the first, "NXX" on the same line past the first and before the third."""
    def named(lo: float, hi: float, words: re.Pattern[str]) -> set[float]:
        return {round(w.y0) for w in text.words
                if lo <= (w.x0 + w.x1) / 2 <= hi and words.match(w.text)
                and (a[3] - 2 <= w.y0 <= a[3] + _HEAD_REACH or a[1] - 14 <= w.y1 <= a[1] + 2)}
    area = named(a[0] - 6, b[0], _AREA_WORD)
    exchange = named(a[2] - 6, c[0], _EXCHANGE_WORD)
    return any(abs(y - z) <= 2 for y in area for z in exchange)


def _between(line: Sequence[Word], left: Rect, right: Rect) -> list[str] | None:
    """The marks printed between two boxes; None when a word stands there."""
    marks = [w.text for w in line if w.x0 >= left[2] - 1 and w.x1 <= right[0] + 1]
    if any(not _BETWEEN.match(m) for m in marks):
        return None
    return marks


def _printed_in(cell: Rect, text: PageText) -> bool:
    return any(not w.is_blank for w in text.inside(cell))


def widget_keys(extra: dict[str, str]) -> list[str]:
    return [k for k in extra.get(WIDGETS, "").split(",") if k]


def spans(extra: dict[str, str], key: str = KEY) -> list[tuple[float, float]]:
    """The boxes' x spans a blank keeps in its extra (empty for any other blank)."""
    raw = extra.get(key, "")
    return [(float(x0), float(x1)) for x0, x1 in (s.split(":") for s in raw.split(","))] \
        if raw else []


def _nanp_shaped(boxes: list[tuple[float, float]], widgets: Sequence[Widget]) -> bool:
    """Boxes drawn for a North American number: the area code's and the exchange's alike, the
    line's no narrower (a number of another plan is never cut into them)."""
    spans = [(w.rect[0], w.rect[2]) for w in widgets] if widgets else boxes
    if len(spans) != 3:
        return True
    widths = [x1 - x0 for x0, x1 in spans]
    return abs(widths[0] - widths[1]) <= max(2.0, 0.25 * widths[0]) and \
        widths[2] >= widths[1] - 1


def split_number(field: LoaField, value: str, country: str,
                 nanp_boxes: bool = True) -> list[str]:
    """The area code, exchange and line of a North American number, or (in boxes not drawn
    for one) the area code and the two groups of the local number another plan prints
    ("(03) 555 0140", "(41) 3555-0140" by the country's own national format); [] for any other
    value (a number whose format does not
    part it in three, or a value that is no phone number, is never cut to fit)."""
    if field not in PHONES:
        return []
    area, local = area_and_local(value, country if country in ("US", "CA") else "US")
    parts = [area, *local.split("-")]
    if [len(p) for p in parts] == [3, 3, 4] and all(p.isdigit() for p in parts):
        return parts
    return [] if nanp_boxes else national_groups(value, country)


def area_pair(field: LoaField, value: str, country: str) -> list[str]:
    """[area code, the rest] of a number for "( __ ) ________", as the country writes it
    nationally ("08", "8981 5141"); [] when that is not known (never cut on a guess)."""
    if field not in PHONES:
        return []
    nanp = split_number(field, value, country)
    if nanp and country in ("US", "CA"):
        return [nanp[0], f"{nanp[1]}-{nanp[2]}"]
    groups = national_groups(value, country)
    return [groups[0], f"{groups[1]} {groups[2]}"] if groups else []


def national_groups(value: str, country: str) -> list[str]:
    """[area code, first group, second group] as the country writes the number nationally, or
    [] when its national format does not give the local number in exactly two groups."""
    import phonenumbers

    if not value.startswith("+") or country in ("US", "CA"):
        return []
    area, local = area_and_local(value, country)
    try:
        shown = phonenumbers.format_number(phonenumbers.parse(value, country),
                                           phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return []
    digits = re.findall(r"\d+", shown)
    if not area or not local.isdigit():
        return []
    for cut in range(1, len(digits)):  # the groups after the area code's, as printed
        if "".join(digits[:cut]).lstrip("0") == area.lstrip("0") and len(digits) - cut == 2 \
                and "".join(digits[cut:]) == local:
            return ["".join(digits[:cut]), digits[cut], digits[cut + 1]]  # the code as
            # the country prints it: "(41)" in Brazil, "(03)" in New Zealand
    return []


def write_number(field: LoaField, value: str, country: str,
                 where: tuple[int, Rect | None, list[tuple[float, float]]],
                 widgets: Sequence[Widget], writer: PdfWriter) -> list[Stamp] | None:
    """The number a part a box: into its three widgets, or stamped into its three printed
    boxes (returned); None when the value is no number to cut (left empty, said)."""
    page, rect, boxes = where
    if len(widgets) == 2 and len(boxes) == 2:  # "( area ) [number]": the area code as the
        # country prints it (a three-box group whose widgets were not all found again is no
        # pair: its exchange's and line's widgets never take the area code and the rest)
        pair = area_pair(field, value, country)
        if not pair:
            return None
        for w, part in zip(widgets, pair, strict=True):
            write_text(writer, w, part)
        return []
    parts = split_number(field, value, country, _nanp_shaped(boxes, widgets))
    if parts and len(widgets) == len(parts):
        for w, part in zip(widgets, parts, strict=True):
            write_text(writer, w, part)
        return []
    if parts and rect is not None and not widgets and len(boxes) == len(parts):
        return phone_stamps(page, boxes, rect, parts)
    return None


def phone_stamps(page: int, boxes: list[tuple[float, float]], rect: Rect,
                 parts: list[str]) -> list[Stamp]:
    """Each part centred in its own box."""
    size = max(6.0, min(10.0, (rect[3] - rect[1]) * 0.6))
    y = rect[1] + (rect[3] - rect[1] - size * 0.7) / 2
    return [Stamp(page, (x0 + x1 - text_width(part, size)) / 2, y, part, size)
            for (x0, x1), part in zip(boxes, parts, strict=True)]
