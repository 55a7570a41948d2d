"""Cleaning a scanned page before OCR: turn it straight and wipe the specks.

Tesseract reads a level line of clean glyphs best. A scan tilted by a degree or two drifts a full
line height across a wide bill, and the dust of a scanner or a fax reads as stray dots and commas
glued to words ("Suite. 1200", "PO Box 744."), which then look like a different value. Both are
fixed on the pixels with Pillow alone (no numpy), in well under a tenth of a second a page.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_SKEW = 4.0  # degrees; more than this is a photo, not a tilted scan: leave it to Tesseract
_COARSE_STEP, _FINE_STEP = 0.5, 0.1
_INK = 150  # grey level under which a pixel is ink when measuring lines


def _ink(gray: Image, width: int) -> Image:
    """A small inverted (ink = white) copy: rotating and profiling it is cheap."""
    from PIL import Image as PILImage

    small = gray.resize((width, max(1, round(gray.height * width / gray.width))),
                        PILImage.Resampling.BOX) if gray.width > width else gray
    return small.point(lambda v: 255 if v < _INK else 0)


def _sharpness(ink: Image, angle: float) -> float:
    """How crisp the row profile is when the page is turned by `angle`: text lines are stripes."""
    from PIL import Image as PILImage

    turned = ink.rotate(angle, resample=PILImage.Resampling.NEAREST, fillcolor=0)
    rows = turned.resize((1, turned.height), PILImage.Resampling.BOX).tobytes()
    return float(sum((a - b) ** 2 for a, b in pairwise(rows)))


def estimate_skew(gray: Image) -> float:
    """Degrees to turn counter-clockwise (PIL's sense) to level the text lines; 0.0 if unsure.

    Projection profile: text lines turn into sharp stripes of the row profile only when level.
    A coarse sweep then a fine one keeps it to about 40 small rotations.
    """
    ink = _ink(gray, 900)
    if ink.getbbox() is None:
        return 0.0
    steps = round(MAX_SKEW / _COARSE_STEP)
    coarse = {a * _COARSE_STEP: _sharpness(ink, a * _COARSE_STEP) for a in range(-steps, steps + 1)}
    best = max(coarse, key=lambda a: coarse[a])
    fine = {best + i * _FINE_STEP: _sharpness(ink, best + i * _FINE_STEP) for i in range(-4, 5)}
    angle = max(fine, key=lambda a: fine[a])
    flat = coarse[0.0]
    # a page with no clear lines (a photo, a blank) peaks nowhere: do not turn it on noise
    if abs(angle) > MAX_SKEW or fine[angle] < flat * 1.02:
        return 0.0
    return round(angle, 2)


def level(gray: Image, angle: float) -> Image:
    """The page turned by `angle` degrees around its centre, same size, white corners."""
    from PIL import Image as PILImage

    if abs(angle) < 0.05:
        return gray
    return gray.rotate(angle, resample=PILImage.Resampling.BICUBIC, fillcolor=255)


def despeckle(gray: Image) -> Image:
    """Wipe isolated ink of one or two pixels; glyph strokes always have more ink around them.

    A dark pixel is kept when at least three of the nine pixels of its 3x3 window are dark, so
    the dot of an "i" or a full stop (several pixels at scan resolution) survives, a speck does not.
    """
    from PIL import ImageChops, ImageFilter

    ink = gray.point(lambda v: 255 if v < 128 else 0)
    around = ink.filter(ImageFilter.Kernel((3, 3), [1] * 9, scale=9))
    lonely = ImageChops.multiply(ink, around.point(lambda v: 255 if v < 3 * 255 // 9 else 0))
    return clear_dust(ImageChops.lighter(gray, lonely))


def clear_dust(gray: Image) -> Image:
    """Wipe dust far from any text: ink whose neighbourhood (a square of about two glyphs at
    200 dpi) holds almost no other ink. Specks of a few pixels scattered over a scan glue
    themselves to words and lines ("2811 Cedar in" for "Ln", names lost); a comma or a dot beside
    its word has the word's ink around it and stays."""
    from PIL import ImageChops, ImageFilter

    radius = max(3, round(7 * gray.width / 1700))  # 7 px at 200 dpi on a letter page
    need = 14 / 225 * (2 * radius + 1) ** 2  # of the square's pixels, as at 200 dpi
    ink = gray.point(lambda v: 255 if v < 128 else 0)
    density = ink.filter(ImageFilter.BoxBlur(radius))
    limit = round(need * 255 / (2 * radius + 1) ** 2)
    lonely = ImageChops.multiply(ink, density.point(lambda v: 255 if v < limit else 0))
    return ImageChops.lighter(gray, lonely)


def prepare(gray: Image) -> tuple[Image, float]:
    """The page ready for OCR, and the angle it was turned by (boxes are in the turned frame)."""
    angle = estimate_skew(gray)
    # specks are single pixels on the scan's own grid; turning first would smear them into greys
    return unreverse(level(despeckle(gray), angle)), angle


_BAR_INK = 110  # grey level under which a pixel belongs to a dark bar
_BAR_CELL_PT, _BAR_MIN_PT, _BAR_MAX_PT = 2.0, 24.0, 40.0  # cell side; a bar's least width, most height
_BAR_FILL = 0.6  # share of a bar's pixels that are dark (text on paper never comes near)


def unreverse(gray: Image) -> Image:
    """Labels printed white on a dark bar ("ACCOUNT NUMBER" reversed out of a black cell) read
    as nothing: Tesseract reads dark glyphs on light paper, and the bar's inside is one blob of
    ink to it, so the value beside it loses its label. Each bar (a solid dark band at least a
    short word wide and at most a few lines tall, mostly ink) is turned negative on the pixels,
    which makes it a label in dark type on white. A bold wordmark's letters and a rule are not
    bars: a letter's box is mostly paper, a rule is too thin to hold a cell."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    cell = max(2, round(gray.width / 612 * _BAR_CELL_PT))  # the page is a letter's width
    cols, rows = gray.width // cell, gray.height // cell
    if cols < 2 or rows < 2:
        return gray
    dark = gray.point(lambda v: 255 if v < _BAR_INK else 0)
    small = dark.resize((cols, rows), PILImage.Resampling.BOX).tobytes()
    out = gray
    for left, top, right, bottom in _bars(small, cols, _BAR_MIN_PT / _BAR_CELL_PT,
                                          _BAR_MAX_PT / _BAR_CELL_PT):
        box = _edges(dark, (left * cell, top * cell, right * cell, bottom * cell), cell)
        area = dark.crop(box)
        if sum(area.tobytes()) < _BAR_FILL * 255 * area.width * area.height:
            continue
        if out is gray:
            out = gray.copy()
        out.paste(gray.crop(box).point(lambda v: 255 - v), box[:2])
        # the bar's soft edge (grey, neither ink nor paper) would stay as a frame that OCR
        # glues to the words beside it ('Suite' read from the frame's corner): paper too
        edge = max(1, cell // 2)
        ImageDraw.Draw(out).rectangle((box[0] - edge, box[1] - edge, box[2] + edge - 1,
                                       box[3] + edge - 1), outline=255, width=2 * edge)
    return out


def _bars(small: bytes, cols: int, least_wide: float, most_tall: float,
          ) -> list[tuple[int, int, int, int]]:
    """Boxes (in cells, right and bottom exclusive) of the solid cells' connected groups that
    are wide and short enough to be a label's bar; `small` is each cell's share of ink."""
    solid = {i for i, v in enumerate(small) if v > 230}
    seen: set[int] = set()
    boxes = []
    for start in sorted(solid):
        if start in seen:
            continue
        seen.add(start)
        group, todo = [start], [start]
        while todo:
            i = todo.pop()
            x = i % cols
            for j in (i - cols, i + cols, i - 1 if x else -1, i + 1 if x + 1 < cols else -1):
                if j in solid and j not in seen:
                    seen.add(j)
                    group.append(j)
                    todo.append(j)
        xs, ys = [i % cols for i in group], [i // cols for i in group]
        left, right, top, bottom = min(xs), max(xs) + 1, min(ys), max(ys) + 1
        if 2 <= bottom - top <= most_tall:
            boxes.append((left, top, right, bottom))
    return [b for b in _joined(boxes, most_tall, small, cols)
            if b[2] - b[0] >= least_wide and _framed(b, small, cols)]


def _framed(box: tuple[int, int, int, int], small: bytes, cols: int) -> bool:
    """A bar runs solid above or below its white letters nearly its whole width; a bold
    word's strokes fill no row of its box that far across (paper lies between its letters)."""
    left, top, right, bottom = box

    def solid_row(y: int) -> bool:
        row = small[y * cols + left:y * cols + right]
        return sum(v > 230 for v in row) >= 0.8 * len(row)

    # one row will do: a page levelled to a tenth of a degree still leans across a wide bar
    return any(solid_row(y) for y in range(top, bottom))


def _joined(boxes: list[tuple[int, int, int, int]], gap: float, small: bytes, cols: int,
            ) -> list[tuple[int, int, int, int]]:
    """A bar whose label's letters cut it from top to bottom is found as pieces on the same
    rows: pieces of one height a short gap apart are one bar when the gap itself is mostly ink
    (the bar around white letters; between a bold wordmark's letters lies paper)."""

    def inked_gap(x0: int, x1: int, y0: int, y1: int) -> bool:
        cells = [small[y * cols + x] for y in range(y0, y1) for x in range(x0, x1)]
        return not cells or sum(cells) >= 0.5 * 255 * len(cells)

    out: list[tuple[int, int, int, int]] = []
    for box in sorted(boxes):
        for n, (left, top, right, bottom) in enumerate(out):
            if box[0] - right <= gap and abs(box[1] - top) <= 1 and abs(
                    box[3] - bottom) <= 1 and inked_gap(right, box[0], max(top, box[1]),
                                                         min(bottom, box[3])):
                out[n] = (left, min(top, box[1]), max(right, box[2]), max(bottom, box[3]))
                break
        else:
            out.append(box)
    return out


def _edges(dark: Image, box: tuple[int, int, int, int], cell: int) -> tuple[int, int, int, int]:
    """The bar's own edges in pixels: its solid cells stop up to a cell short of them, and a
    dark fringe left outside the negative would read as a rule glued to the label."""
    left, top, right, bottom = box

    def inked(area: tuple[int, int, int, int]) -> bool:
        part = dark.crop(area).tobytes()
        return len(part) > 0 and sum(part) > 127 * len(part)

    for _ in range(cell + 1):
        if left > 0 and inked((left - 1, top, left, bottom)):
            left -= 1
        if top > 0 and inked((left, top - 1, right, top)):
            top -= 1
        if right < dark.width and inked((right, top, right + 1, bottom)):
            right += 1
        if bottom < dark.height and inked((left, bottom, right, bottom + 1)):
            bottom += 1
    return left, top, right, bottom
