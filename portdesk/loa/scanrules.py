"""Rules and tick boxes of a scanned page: read from the page's image, not from vector paths.

A paper form sent back as a scan is one image per page with its words as an invisible OCR text
layer: the lines to write on and the tick boxes are pixels, so the vector reading finds none and
the form could be neither filled nor signed. A reader sees a blank line as a long thin dark run
and a tick box as four short sides that close a small square; this module finds both in the
rendered page and gives them as the path bounds the vector reading would have given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

Rect = tuple[float, float, float, float]
_SCALE = 1.5  # pixels per point the page is read at (a scan is rarely finer than 150 dpi)
_DARK = 170  # a grey level darker than this is ink (scanned paper is light grey, ink blurred)
_COVER = 0.8  # an image covering this much of the page makes it a scanned page
_MIN_RULE = 12.0  # points: shorter dark runs are letters' strokes, not rules
_MIN_SIDE, _MAX_SIDE = 5.5, 16.0  # sides of a printed tick box
_THICK = 2.5  # points: a thicker dark run is a filled shape (a band, a hole's shadow)


@dataclass(slots=True)
class _Run:
    at: int  # first row (or column) of the run
    last: int  # last row (or column)
    lo: int
    hi: int


def scanned_bounds(page: pdfium.PdfPage) -> list[Rect] | None:
    """The page's rules and boxes as path bounds, in points; None when it is no scan (no image
    covering the page)."""
    width, height = page.get_size()
    if not _is_scan(page, width * height):
        return None
    img = page.render(scale=_SCALE, grayscale=True).to_pil().convert("L")
    ink = img.point(lambda v: 255 if v < _DARK else 0)
    words = _text_rects(page)
    across = _segments(ink.tobytes(), ink.width, ink.height, _MIN_SIDE * _SCALE)
    down = _segments(ink.transpose(Image.Transpose.TRANSPOSE).tobytes(), ink.height,
                     ink.width, _MIN_SIDE * _SCALE)
    boxes = [b for b in _boxes(across, down)
             if not any(_centre_in(_to_points(b, height), w) for w in words)]
    out: list[Rect] = [_to_points(b, height) for b in boxes]
    long_ = [r for r in across if r.hi - r.lo + 1 >= _MIN_RULE * _SCALE]
    out += [rect for rect in (_to_points((r.lo, r.at, r.hi + 1, r.last + 1), height)
                              for r in long_ if not _in_box(r.lo, r.hi, r.at, boxes))
            if not any(_overlaps(rect, w) for w in words)]
    out += [_to_points((r.at, r.lo, r.last + 1, r.hi + 1), height) for r in down
            if r.hi - r.lo + 1 >= _MIN_RULE * _SCALE and not _in_box(r.lo, r.hi, r.at, boxes,
                                                                     flip=True)]
    return out


def _is_scan(page: pdfium.PdfPage, area: float) -> bool:
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        x0, y0, x1, y1 = obj.get_bounds()
        if (x1 - x0) * (y1 - y0) >= _COVER * area:
            return True
    return False


def _text_rects(page: pdfium.PdfPage) -> list[Rect]:
    """Where the OCR layer has words: a dark run there is a letter's stroke or an underline."""
    textpage = page.get_textpage()
    try:
        return [textpage.get_rect(i) for i in range(textpage.count_rects())]
    finally:
        textpage.close()


def _segments(data: bytes, width: int, height: int, least: float) -> list[_Run]:
    """Dark runs at least `least` pixels long in each row, joined with the same run in the rows
    below (a blurred line is two or three pixels thick); thick ones dropped."""
    pattern = re.compile(b"\xff{%d,}" % int(least))
    open_runs: list[_Run] = []
    done: list[_Run] = []
    for y in range(height):
        row = data[y * width:(y + 1) * width]
        still: list[_Run] = []
        for m in pattern.finditer(row):
            lo, hi = m.start(), m.end() - 1
            match = next((r for r in open_runs if r.last == y - 1 and abs(r.lo - lo) <= 3
                          and abs(r.hi - hi) <= 3), None)
            if match is not None:
                open_runs.remove(match)
                match.last, match.lo, match.hi = y, min(match.lo, lo), max(match.hi, hi)
                still.append(match)
            else:
                still.append(_Run(y, y, lo, hi))
        done += open_runs
        open_runs = still
    done += open_runs
    return [r for r in done if r.last - r.at + 1 <= _THICK * _SCALE]


def _boxes(across: list[_Run], down: list[_Run]) -> list[tuple[int, int, int, int]]:
    """Small squares closed on four sides: a top and a bottom side of one length, a left and
    a right side joining them (pixel rects x0, y0, x1, y1 with y growing down)."""
    tol = 3
    short = [r for r in across if r.hi - r.lo + 1 <= _MAX_SIDE * _SCALE]
    sides = [r for r in down if r.hi - r.lo + 1 <= _MAX_SIDE * _SCALE]
    out = []
    for top in short:
        side = top.hi - top.lo
        for bottom in short:
            if not (abs(bottom.at - top.at - side) <= 2 * tol and abs(bottom.lo - top.lo) <= tol
                    and abs(bottom.hi - top.hi) <= tol):
                continue
            walls = [v for v in sides if abs(v.lo - top.at) <= tol and abs(v.hi - bottom.last)
                     <= tol and (abs(v.at - top.lo) <= tol or abs(v.last - top.hi) <= tol)]
            if len(walls) >= 2:
                out.append((top.lo, top.at, top.hi + 1, bottom.last + 1))
    return out


def _in_box(lo: int, hi: int, at: int, boxes: list[tuple[int, int, int, int]],
            flip: bool = False) -> bool:
    """A side of a tick box found already (a vertical run's span is in y, its place in x)."""
    a, b = (1, 0) if flip else (0, 1)
    return any(bx[a] - 3 <= lo and hi <= bx[a + 2] + 3 and bx[b] - 3 <= at <= bx[b + 2] + 3
               for bx in boxes)


def _to_points(px: tuple[int, int, int, int], height: float) -> Rect:
    x0, y0, x1, y1 = (v / _SCALE for v in px)
    return (x0, height - y1, x1, height - y0)


def _overlaps(rule: Rect, word: Rect) -> bool:
    """A rule through or touching a word's box: the word's strokes run together, or it is
    underlined (an underline is no blank either)."""
    mid = (rule[1] + rule[3]) / 2
    inside_x = min(rule[2], word[2]) - max(rule[0], word[0])
    return inside_x > 0.3 * (rule[2] - rule[0]) and word[1] - 1 <= mid <= word[3] + 1


def _centre_in(box: Rect, word: Rect) -> bool:
    """A closed little square inside a word: a letter ("o", "D"), not a tick box."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return word[0] - 0.5 <= cx <= word[2] + 0.5 and word[1] - 0.5 <= cy <= word[3] + 0.5
