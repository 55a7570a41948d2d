"""Printed lines and boxes: table cells and tick boxes drawn as vector graphics on paper-only forms.

A flat form's blanks are often not underscores but empty table cells ("Denominación | ______ | CIF")
or small printed squares. pdfium gives every path's bounding box; thin ones are rules, small
squares are tick boxes, and rules that meet make cells (the way a reader sees a table).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from portdesk.loa.formscan import pdfium_turn
from portdesk.loa.scanrules import scanned_bounds

Rect = tuple[float, float, float, float]
_THIN = 2.5  # a path this thin is a rule
_TOL = 2.0  # rules closer than this meet
_MAX_PATHS = 4000  # pages drawn with more paths than this are artwork: no table reading
_BOX_MIN, _BOX_MAX = 5.5, 16.0  # sides of a printed tick box


@dataclass(frozen=True, slots=True)
class PageRules:
    page: int
    cells: tuple[Rect, ...]  # closed rectangles, smallest first, as a reader sees table cells
    boxes: tuple[Rect, ...]  # small squares: printed tick boxes
    lines: tuple[Rect, ...] = ()  # drawn lines to write on: rules touching no other rule
    short: tuple[Rect, ...] = ()  # free rules too short for a line: a date part between "/"s
    # rectangles filled mid-grey: a table's cell shaded out ("one main number: rows 2-8 of
    # this column are shaded") is no room to write in
    shaded: tuple[Rect, ...] = ()


@dataclass(frozen=True, slots=True)
class _Seg:
    at: float  # y of a horizontal rule, x of a vertical one
    lo: float
    hi: float


def read_rules(pdf: bytes, pages: Iterable[int],
               pictures: Iterable[int] = ()) -> dict[int, PageRules]:
    """Rules, cells and tick boxes of the given pages (0-based). `pictures`: pages whose print
    is one picture (no text layer): their drawn boxes are pixels beside whatever vector
    borders the carrier's widgets drew over them, so both are read."""
    picture_pages = set(pictures)
    wanted = set(pages)
    out: dict[int, PageRules] = {}
    if not wanted:
        return out
    doc = pdfium.PdfDocument(pdf)
    try:
        for n in sorted(wanted):
            if n >= len(doc):
                continue
            page = doc[n]
            bounds: list[tuple[float, float, float, float]] = []
            shaded: list[Rect] = []
            for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1):
                bounds += [b for b in _subpath_bounds(obj) if not _shading(obj, b)]
                if _grey_filled(obj):
                    shaded.append(obj.get_bounds())
                if len(bounds) > _MAX_PATHS:
                    break
            if not bounds or n in picture_pages:  # no vector line at all (or a picture
                # under the widgets' borders): a scanned page shows its lines as pixels
                bounds += scanned_bounds(page) or []
            turn = pdfium_turn(page)
            if turn.angle:  # a turned page is read as a viewer shows it (`turned.py`)
                bounds = [turn.rect(b) for b in bounds]
                shaded = [turn.rect(b) for b in shaded]
            page.close()
            out[n] = replace(_page_rules(n, bounds), shaded=tuple(shaded)) \
                if len(bounds) <= _MAX_PATHS else PageRules(n, (), ())
    finally:
        doc.close()
    return out


def _shading(obj: pdfium.PdfObject, bounds: tuple[float, float, float, float]) -> bool:
    """A filled shape with no outline and some height (a section band, a grey label cell's
    background): no rules of its own. Its edges read as rules would merge with the box drawn
    right under it, moving that box's top up to the band's edge."""
    if bounds[2] - bounds[0] <= _THIN or bounds[3] - bounds[1] <= _THIN:
        return False  # a thin filled rectangle is how many forms draw a rule
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke)):
        return False
    return fill.value != pdfium_c.FPDF_FILLMODE_NONE and not stroke.value


_GREY_TINT = 3  # channels of a grey fill differ by this much at most (0-255)
_GREY = (90, 217)  # a shade between dark (a black bar) and light (a pale input tint)


def _grey_filled(obj: pdfium.PdfObject) -> bool:
    """A rectangle filled mid-grey (outlined or not): a cell shaded out of use."""
    if pdfium_c.FPDFPath_CountSegments(obj.raw) > 5:
        return False  # one rectangle, not a whole drawing
    x0, y0, x1, y1 = obj.get_bounds()
    if x1 - x0 <= _THIN or y1 - y0 <= _THIN:
        return False
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke)) \
            or fill.value == pdfium_c.FPDF_FILLMODE_NONE:
        return False
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(obj.raw, *(ctypes.byref(c) for c in (r, g, b, a))):
        return False
    rgb = (r.value, g.value, b.value)
    return a.value > 0 and max(rgb) - min(rgb) <= _GREY_TINT and \
        _GREY[0] <= min(rgb) and max(rgb) <= _GREY[1]


def _subpath_bounds(obj: pdfium.PdfObject) -> list[tuple[float, float, float, float]]:
    """Each closed shape of a path on its own: Word draws a whole table row as one path."""
    count = pdfium_c.FPDFPath_CountSegments(obj.raw)
    if count <= 5:
        return [obj.get_bounds()]
    m = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj.raw, m)
    x, y = ctypes.c_float(), ctypes.c_float()
    shapes: list[list[tuple[float, float]]] = []
    for i in range(min(count, 4 * _MAX_PATHS)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        point = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
        if pdfium_c.FPDFPathSegment_GetType(seg) == pdfium_c.FPDF_SEGMENT_MOVETO or not shapes:
            shapes.append([point])
        else:
            shapes[-1].append(point)
    return [(min(p[0] for p in sh), min(p[1] for p in sh), max(p[0] for p in sh),
             max(p[1] for p in sh)) for sh in shapes if len(sh) > 1]


def _page_rules(page: int, bounds: list[tuple[float, float, float, float]]) -> PageRules:
    horizontal: list[_Seg] = []
    vertical: list[_Seg] = []
    boxes: list[Rect] = []
    for x0, y0, x1, y1 in bounds:
        w, h = x1 - x0, y1 - y0
        if h <= _THIN and w > 4:
            horizontal.append(_Seg((y0 + y1) / 2, x0, x1))
        elif w <= _THIN and h > 4:
            vertical.append(_Seg((x0 + x1) / 2, y0, y1))
        elif _BOX_MIN <= w <= _BOX_MAX and _BOX_MIN <= h <= _BOX_MAX and abs(w - h) < 2.5:
            boxes.append((x0, y0, x1, y1))
        elif w > 4 and h > 4:  # an outlined rectangle: its four sides are rules
            horizontal += [_Seg(y0, x0, x1), _Seg(y1, x0, x1)]
            vertical += [_Seg(x0, y0, y1), _Seg(x1, y0, y1)]
    hs, vs = _merge(horizontal), _merge(vertical)
    cells = _cells(hs, vs)
    return PageRules(page, tuple(cells), tuple(_dedupe(boxes)), tuple(_free_lines(hs, vs)),
                     tuple(_free_lines(hs, vs, _MIN_PART, _MIN_LINE)))


# points: a line to write on is at least this long; a date's day and month lines (" __ / __ /
# ____" captioned DD MM YYYY) are about 30, shorter rules are decoration
_MIN_LINE = 24.0


_MIN_PART = 12.0  # ... a day's or a month's own line between "/"s is this long at least


def _free_lines(horizontal: list[_Seg], vertical: list[_Seg], least: float = _MIN_LINE,
                under: float = 1e9) -> list[Rect]:
    """Horizontal rules no vertical rule meets: lines drawn to write on ("Name: ______")."""
    out = []
    for h in horizontal:
        if not least <= h.hi - h.lo < under:
            continue
        if any(h.lo - _TOL <= v.at <= h.hi + _TOL and v.lo - _TOL <= h.at <= v.hi + _TOL
               for v in vertical):
            continue
        out.append((h.lo, h.at, h.hi, h.at))
    return out


def _merge(segs: list[_Seg]) -> list[_Seg]:
    """Collinear rules that touch or overlap become one (tables are drawn cell by cell)."""
    clusters: list[list[_Seg]] = []
    for s in sorted(segs, key=lambda s: s.at):
        if clusters and s.at - clusters[-1][0].at <= _TOL:
            clusters[-1].append(s)
        else:
            clusters.append([s])
    out: list[_Seg] = []
    for cluster in clusters:
        at = sum(s.at for s in cluster) / len(cluster)
        run: _Seg | None = None
        for s in sorted(cluster, key=lambda s: s.lo):
            if run is not None and s.lo <= run.hi + _TOL:
                run = _Seg(at, run.lo, max(run.hi, s.hi))
            else:
                if run is not None:
                    out.append(run)
                run = _Seg(at, s.lo, s.hi)
        if run is not None:
            out.append(run)
    return out


def _cells(horizontal: list[_Seg], vertical: list[_Seg]) -> list[Rect]:
    """Smallest rectangles whose four sides are (parts of) rules: a table's cells."""
    hs = sorted(horizontal, key=lambda s: -s.at)  # top first
    found: list[Rect] = []
    for top_i, top in enumerate(hs):
        crossing = sorted((v for v in vertical if v.lo - _TOL <= top.at <= v.hi + _TOL
                           and v.lo < top.at - 3  # it goes down from this rule
                           and top.lo - _TOL <= v.at <= top.hi + _TOL), key=lambda v: v.at)
        for left, right in pairwise(crossing):
            if right.at - left.at < 4:
                continue
            bottom = next((b for b in hs[top_i + 1:] if top.at - b.at >= 4
                           and b.lo - _TOL <= left.at and b.hi + _TOL >= right.at
                           and left.lo - _TOL <= b.at and right.lo - _TOL <= b.at), None)
            if bottom is not None:
                found.append((left.at, bottom.at, right.at, top.at))
    return sorted(set(found), key=lambda r: (r[2] - r[0]) * (r[3] - r[1]))


def _dedupe(rects: list[Rect]) -> list[Rect]:
    out: list[Rect] = []
    for r in rects:
        if not any(abs(r[0] - o[0]) < 1 and abs(r[1] - o[1]) < 1 for o in out):
            out.append(r)
    return out
