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
    return level(despeckle(gray), angle), angle
