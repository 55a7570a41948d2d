"""Signature ink: drawn strokes, a typed name, or a scanned image, all ending as a transparent PNG.

Pure functions (bytes in, bytes out) so the GUI's signature pad, the CLI and tests share them.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from itertools import pairwise

from PIL import Image, ImageChops, ImageDraw, ImageFont, UnidentifiedImageError

from portdesk.domain.intake import IntakeLimits, LimitExceeded, check_pixels
from portdesk.loa.errors import BadSignatureImage
from portdesk.loa.fonts import SCRIPT, font_path

Point = tuple[float, float]
Stroke = Sequence[Point]
_INK = (16, 32, 96, 255)  # blue-black, like a pen
_MAX_SIDE = 2000


def _chaikin(points: Sequence[Point], rounds: int = 3) -> list[Point]:
    """Corner-cutting: a mouse's jagged polyline becomes a pen-like curve; ends stay put."""
    pts = list(points)
    for _ in range(rounds):
        if len(pts) < 3:
            break
        smooth = [pts[0]]
        for (x0, y0), (x1, y1) in pairwise(pts):
            smooth.append((0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1))
            smooth.append((0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1))
        smooth.append(pts[-1])
        pts = smooth
    return pts


def strokes_to_png(strokes: Sequence[Stroke], pen_width: float = 3.0, scale: float = 2.0,
                   margin: int = 8) -> bytes:
    """Pad strokes (points in pad pixels, y down) -> a cropped, transparent, smoothed PNG."""
    usable = [s for s in strokes if len(s) >= 1]
    if not usable:
        raise BadSignatureImage("the signature pad is empty: sign before saving")
    xs = [p[0] for s in usable for p in s]
    ys = [p[1] for s in usable for p in s]
    left, top = min(xs), min(ys)
    width = int((max(xs) - left) * scale) + 2 * margin + 1
    height = int((max(ys) - top) * scale) + 2 * margin + 1
    if width > _MAX_SIDE * 2 or height > _MAX_SIDE * 2:
        raise BadSignatureImage("the signature strokes are out of range")
    img = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    line_w = max(1, round(pen_width * scale))
    for stroke in usable:
        pts = [((x - left) * scale + margin, (y - top) * scale + margin) for x, y in _chaikin(stroke)]
        if len(pts) == 1:
            x, y = pts[0]
            r = line_w / 2
            draw.ellipse((x - r, y - r, x + r, y + r), fill=_INK)
            continue
        draw.line(pts, fill=_INK, width=line_w, joint="curve")
        r = line_w / 2
        for x, y in (pts[0], pts[-1]):
            draw.ellipse((x - r, y - r, x + r, y + r), fill=_INK)
    return _png(img)


def typed_to_png(name: str, height: int = 120) -> bytes:
    """A typed signature in the italic face: clearly a signature, clearly typed (not a stamp)."""
    text = " ".join(name.split())
    if not text:
        raise BadSignatureImage("a typed signature needs the signer's name")
    font = ImageFont.truetype(str(font_path(SCRIPT)), size=int(height * 0.6))
    left, top, right, bottom = font.getbbox(text)
    img = Image.new("RGBA", (int(right - left) + 16, int(bottom - top) + 16), (255, 255, 255, 0))
    ImageDraw.Draw(img).text((8 - left, 8 - top), text, font=font, fill=_INK)
    return _png(img)


def image_to_png(data: bytes, label: str = "signature image") -> bytes:
    """A scanned or photographed signature: white paper becomes transparent so lines show through."""
    limits = IntakeLimits()
    try:
        with Image.open(io.BytesIO(data)) as opened:
            check_pixels(label, opened.width, opened.height, limits)  # before decoding
            opened.load()
            img = opened.convert("RGBA")
    except Image.DecompressionBombError:  # Pillow's own bound, far above ours: say ours
        raise LimitExceeded(f"{label}: the image is over {limits.max_pixels / 1e6:g} "
                            "megapixels; PortDesk decodes at most that", "max_pixels") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise BadSignatureImage(f"{label}: not an image PortDesk can read (PNG, JPEG, ...)") \
            from None
    img.thumbnail((_MAX_SIDE, _MAX_SIDE))
    # White paper becomes transparent: alpha is zero wherever all channels are near white.
    r, g, b, a = img.split()
    paper = Image.eval(_darkest(r, g, b), lambda v: 0 if v > 225 else 255)
    img.putalpha(ImageChops.multiply(a, paper))
    box = img.getbbox()
    if box is None:
        raise BadSignatureImage(f"{label}: the image is blank: nothing to sign with")
    return _png(img.crop(box))


def _darkest(r: Image.Image, g: Image.Image, b: Image.Image) -> Image.Image:
    return ImageChops.darker(ImageChops.darker(r, g), b)


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def png_size(png: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(png)) as img:
        return img.size
