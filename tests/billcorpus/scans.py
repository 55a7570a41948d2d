"""Scans and phone photos of a bill: pixels only, the way customers really send them.

A scan is the first page or pages rasterised at an office scanner's resolution, slightly turned,
speckled, sometimes thresholded like a fax, saved as an image-only PDF, TIFF, PNG or JPEG. A photo
is the page lying on a desk seen from a hand-held phone: a background around it, perspective,
light that falls off across the sheet, a shadow (sometimes the phone's or the hand's), a little
blur, JPEG; some pages curl (the lines bend: a smooth vertical displacement across the page), some
are taken from far away or with an old phone (low resolution, strong JPEG), and a phone scanner
app puts the photos of the first pages into one PDF. No text layer survives any of them.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter


def _render(pdf: Path, dpi: int, pages: int) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        out = []
        for i in range(min(pages, len(doc))):
            page = doc[i]
            out.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
            page.close()
        return out
    finally:
        doc.close()


def _speckle(img: Image.Image, rng: random.Random, density: float) -> Image.Image:
    """Dust and toner specks: small dark dots, a few per square centimetre at most."""
    out = img.copy()
    draw = ImageDraw.Draw(out)
    w, h = img.size
    for _ in range(int(w * h * density)):
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.5, 2.2)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(0, 90))
    return out


def scan_page(img: Image.Image, rng: random.Random) -> Image.Image:
    grey = img.convert("L")
    grey = grey.rotate(rng.uniform(-2.5, 2.5), resample=Image.Resampling.BICUBIC, expand=True,
                       fillcolor=rng.choice((255, 250, 235)))
    grey = _speckle(grey, rng, rng.uniform(0.00005, 0.0006))
    grey = grey.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.7)))
    if rng.random() < 0.25:  # fax-like: hard threshold
        cut = rng.randint(150, 200)
        grey = grey.point(lambda v: 0 if v < cut else 255)
    return grey


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination for the 8x8 perspective system (no numpy in the product's venv)."""
    n = len(b)
    m = [[*row[:], b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective_coeffs(dst: list[tuple[float, float]],
                        src: list[tuple[float, float]]) -> list[float]:
    """Coefficients mapping output points `dst` back to input points `src` (PIL's convention)."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return _solve(a, b)


def curl(img: Image.Image, rng: random.Random) -> Image.Image:
    """A page that does not lie flat: each column moves down by a smooth amount (a bulge in the
    middle, or an edge lifting), so the printed lines bend. Mild: at most 1.5% of the height."""
    w, h = img.size
    amp = h * rng.uniform(0.005, 0.015)
    lift = rng.random() < 0.5
    start = rng.uniform(0.5, 0.7)

    def dy(x: float) -> float:
        t = x / w
        if lift:
            return amp * (max(0.0, t - start) / (1 - start)) ** 2
        return amp * math.sin(math.pi * t)

    strips = 32
    mesh = []
    for i in range(strips):
        x0, x1 = w * i / strips, w * (i + 1) / strips
        d0, d1 = dy(x0), dy(x1)
        mesh.append(((int(x0), 0, math.ceil(x1), h),
                     (x0, -d0, x0, h - d0, x1, h - d1, x1, -d1)))
    return img.transform(img.size, Image.Transform.MESH, mesh, Image.Resampling.BICUBIC,
                         fillcolor=(255, 255, 255))


def _hand_shadow(photo: Image.Image, rng: random.Random) -> Image.Image:
    """The phone's or the hand's shadow: a soft dark blob reaching in from one edge."""
    w, h = photo.size
    shade = Image.new("L", (w, h), 255)
    cx = rng.uniform(0.2, 0.8) * w
    cy = h * rng.choice((-0.05, 1.05))
    rx, ry = w * rng.uniform(0.25, 0.45), h * rng.uniform(0.15, 0.3)
    ImageDraw.Draw(shade).ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=rng.randint(120, 170))
    shade = shade.filter(ImageFilter.GaussianBlur(w / 25))
    return ImageChops.multiply(photo, Image.merge("RGB", (shade, shade, shade)))


def photo_page(img: Image.Image, rng: random.Random, bent: bool = False,
               blur: tuple[float, float] = (0.6, 1.4)) -> Image.Image:
    if bent:
        img = curl(img, rng)
    w, h = img.size
    tint = tuple(rng.randint(236, 255) for _ in range(3))
    paper = ImageChops.multiply(img, Image.new("RGB", img.size, tint))
    margin = int(w * rng.uniform(0.08, 0.18))
    out_w, out_h = w + 2 * margin, h + 2 * margin
    desk = tuple(rng.randint(60, 170) for _ in range(3))
    bg = Image.new("RGB", (out_w, out_h), desk)
    grain = Image.effect_noise((out_w, out_h), 25).convert("RGB")
    bg = Image.blend(bg, ImageChops.multiply(bg, grain), 0.3)
    jitter = w * 0.06

    def j() -> float:
        return rng.uniform(-jitter, jitter)

    corners = [(margin + j(), margin + j()), (margin + w + j(), margin + j()),
               (margin + w + j(), margin + h + j()), (margin + j(), margin + h + j())]
    coeffs = _perspective_coeffs(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = paper.transform((out_w, out_h), Image.Transform.PERSPECTIVE, coeffs,
                             Image.Resampling.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((out_w, out_h), Image.Transform.PERSPECTIVE,
                                                  coeffs, Image.Resampling.BILINEAR, fillcolor=0)
    photo = Image.composite(warped, bg, mask)
    light = Image.linear_gradient("L").rotate(rng.uniform(0, 360), expand=False)
    fall = rng.uniform(0.25, 0.45)
    light = light.resize((out_w, out_h)).point(lambda v: int(255 - v * fall))
    photo = ImageChops.multiply(photo, Image.merge("RGB", (light, light, light)))
    if rng.random() < 0.6:
        shade = Image.new("L", (out_w, out_h), 255)
        x0, y0 = rng.uniform(0.5, 1.0) * out_w, rng.uniform(0.0, 0.5) * out_h
        ImageDraw.Draw(shade).polygon([(x0, 0), (out_w, 0), (out_w, out_h),
                                       (x0 - out_w * 0.3, y0 + out_h)], fill=rng.randint(150, 200))
        shade = shade.filter(ImageFilter.GaussianBlur(out_w / 40))
        photo = ImageChops.multiply(photo, Image.merge("RGB", (shade, shade, shade)))
    if rng.random() < 0.3:
        photo = _hand_shadow(photo, rng)
    return photo.filter(ImageFilter.GaussianBlur(rng.uniform(*blur)))


PHOTO_KINDS = ("desk", "curl", "lowres", "app")


def degrade(pdf: Path, out_dir: Path, rng: random.Random,
            kind: str | None = None) -> tuple[Path, str, int]:
    """One scan or photo of `pdf` in `out_dir`: its path, 'scan' or 'photo', and its pages.

    `kind` forces one ('scan' is then a single page at 200 dpi, for the quick gate)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if kind == "scan":
        page = scan_page(_render(pdf, 200, 1)[0], rng)
        path = out_dir / f"{pdf.stem}-scan.png"
        page.save(path, "PNG", dpi=(200, 200))
        return path, "scan", 1
    if kind == "photo" or (kind is None and rng.random() < 0.45):
        return _photo(pdf, out_dir, rng)
    return _scan(pdf, out_dir, rng)


def _photo(pdf: Path, out_dir: Path, rng: random.Random) -> tuple[Path, str, int]:
    how = rng.choice(PHOTO_KINDS)
    if how == "app":  # a phone scanner app: photos of the first pages in one PDF
        pages = [photo_page(p, rng, bent=rng.random() < 0.5)
                 for p in _render(pdf, rng.choice((150, 170)), rng.choice((1, 2, 2, 3)))]
        path = out_dir / f"{pdf.stem}-photos.pdf"
        pages[0].save(path, "PDF", resolution=150, save_all=True, append_images=pages[1:])
        return path, "photo", len(pages)
    if how == "lowres":  # far away or an old phone: small text, strong compression
        img = photo_page(_render(pdf, rng.choice((100, 115, 130)), 1)[0], rng, blur=(0.3, 0.7))
        path = out_dir / f"{pdf.stem}-photo.jpg"
        img.save(path, "JPEG", quality=rng.randint(55, 70))
        return path, "photo", 1
    img = photo_page(_render(pdf, rng.choice((170, 200, 230)), 1)[0], rng, bent=how == "curl")
    path = out_dir / f"{pdf.stem}-photo.jpg"
    img.save(path, "JPEG", quality=rng.randint(70, 88))
    return path, "photo", 1


def _scan(pdf: Path, out_dir: Path, rng: random.Random) -> tuple[Path, str, int]:
    dpi = rng.choice((150, 200, 240, 300))
    fmt = rng.choice(("pdf", "pdf", "png", "tif", "jpg"))
    wanted = rng.choice((1, 1, 2, 3)) if fmt in ("pdf", "tif") else 1
    pages = [scan_page(p, rng) for p in _render(pdf, dpi, wanted)]
    path = out_dir / f"{pdf.stem}-scan.{fmt}"
    if fmt == "pdf":
        pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    elif fmt == "tif":
        pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:],
                      compression="tiff_deflate", dpi=(dpi, dpi))
    elif fmt == "jpg":
        pages[0].convert("L").save(path, "JPEG", quality=rng.randint(60, 90), dpi=(dpi, dpi))
    else:
        pages[0].save(path, "PNG", dpi=(dpi, dpi))
    return path, "scan", len(pages)
