"""A phone photo of a bill made into a flat page: find the sheet, undo the perspective, even the light.

A photo shows the page as a four-sided shape on a darker table, lit more on one side. Tesseract
reads neither a trapezoid nor a shadow well: lines slope by different amounts across the page and a
global threshold drops the dim half. The sheet is found as the bright region on a small copy (its
four extreme corners), mapped back to a rectangle with one perspective transform, and the light is
evened by dividing out a heavily blurred copy (a per-region threshold). Pillow only, no numpy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

Point = tuple[float, float]
_SMALL = 360  # pixels across the copy the sheet is looked for on
_MIN_AREA = 0.25  # the sheet covers at least this share of the photo
_FULL_FRAME = 0.03  # corners this close to the image corners: a scan, not a photo


def _otsu(histogram: list[int]) -> int:
    total = sum(histogram)
    weighted = sum(i * h for i, h in enumerate(histogram))
    best, best_var, below, below_sum = 128, -1.0, 0, 0.0
    for level in range(256):
        below += histogram[level]
        below_sum += level * histogram[level]
        above = total - below
        if below == 0 or above == 0:
            continue
        mean_below, mean_above = below_sum / below, (weighted - below_sum) / above
        var = below * above * (mean_below - mean_above) ** 2
        if var > best_var:
            best, best_var = level, var
    return best


def find_sheet(gray: Image) -> list[Point] | None:
    """Corners (top-left, top-right, bottom-right, bottom-left) of the sheet, in `gray` pixels;
    None when the image is the page already (a scan) or no clear sheet stands out.

    The bright region above one global level is the sheet on an evenly lit photo; a shadow falling
    across the sheet cuts that region along the shadow's edge (the dim part of the paper is as
    dark as the table). The paper's own brightness changes gently across a shadow and steps at
    the sheet's edge, so the region grown from the paper by small steps is the whole sheet: the
    largest candidate that is a full four-sided shape, and not the whole frame, is the sheet."""
    from PIL import ImageFilter

    scale = _SMALL / max(gray.width, gray.height)
    small = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))))
    level = _otsu(small.histogram())
    # close the text into the sheet: the brightest of each neighbourhood, then the darkest
    closed = small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.MinFilter(7))
    width, height = closed.size
    bright = closed.point(lambda v: 255 if v > level else 0).tobytes()
    first = _shape(bright, width, height, fill=0.0)
    if first is None or _whole_frame(first[0], width, height):
        return None  # a scan: the page fills the image
    # lit pixels out to the photo's edge hold more than the sheet (a lit patch of the table
    # apart from it): the sheet grown from the paper is the sheet, however much smaller
    best, fitted = first, not _at_edge(first[0], width, height)
    pixels = closed.tobytes()
    seed = _seed(bright, width, height)
    for step in _FLOOD_STEPS:
        grown = _sheet_region(pixels, width, height, seed, step, bright)
        if grown is None:
            break  # the growth crossed the sheet's edge into the table, or is no sheet
        if grown[1] > best[1] or not fitted:
            best, fitted = grown, True
    return [(x / scale, y / scale) for x, y in best[0]]


def _sheet_region(pixels: bytes, width: int, height: int, seed: int, step: int,
                  bright: bytes) -> tuple[list[tuple[int, int]], float] | None:
    """The sheet's shape grown from `seed`: the gently changing paper joined with the bright
    paper it touches (a shadow's edge can be steeper than the step: the lit corner beyond it is
    still the sheet's), or, when that joined region reaches the photo's edges (a bright table
    touching the sheet), the gently changing paper alone."""
    for joined in (bright, None):
        region = _grow(pixels, width, height, seed, step, joined)
        shape = None if _on_frame(region, width, height) else _shape(region, width, height)
        if shape is not None:
            return shape
    return None


_FLOOD_STEPS = (3, 5)  # grey levels between neighbouring pixels of the same paper
_MIN_FILL = 0.93  # of its four-sided outline a sheet's region fills at least this share


def _shape(mask: bytes, width: int, height: int,
           fill: float = _MIN_FILL) -> tuple[list[tuple[int, int]], float] | None:
    """The four extreme corners of the lit pixels of `mask` and the area of their outline; None
    when the region is too small or not four-sided (it fills too little of its outline)."""
    corners: list[tuple[float, tuple[int, int]]] = [
        (float("inf"), (0, 0)), (float("-inf"), (0, 0)),
        (float("-inf"), (0, 0)), (float("inf"), (0, 0))]
    count = 0
    for y in range(height):
        row = mask[y * width:(y + 1) * width]
        left, right = row.find(255), row.rfind(255)
        if left < 0:
            continue
        count += row.count(255)
        for x in (left, right):
            keys = (x + y, x - y, x + y, x - y)
            for i, better in enumerate((min, max, max, min)):
                if better(keys[i], corners[i][0]) == keys[i] and keys[i] != corners[i][0]:
                    corners[i] = (keys[i], (x, y))
    if count < _MIN_AREA * width * height:
        return None
    quad = [c[1] for c in corners]
    area = 0.5 * abs(sum(quad[i][0] * quad[i - 3][1] - quad[i - 3][0] * quad[i][1]
                         for i in range(4)))
    if count < fill * area:
        return None
    return quad, area


def _whole_frame(quad: list[tuple[int, int]], width: int, height: int) -> bool:
    frame = [(0, 0), (width - 1, 0), (width - 1, height - 1), (0, height - 1)]
    near = max(abs(a - c) + abs(b - d) for (a, b), (c, d) in zip(quad, frame, strict=True))
    return near <= _FULL_FRAME * (width + height)


def _at_edge(quad: list[tuple[int, int]], width: int, height: int) -> bool:
    """A corner of the outline lies on the photo's edge: the lit pixels run off the photo."""
    return any(x <= 0 or y <= 0 or x >= width - 1 or y >= height - 1 for x, y in quad)


def _on_frame(region: bytes, width: int, height: int) -> bool:
    """The region reaches the photo's edges: it is the table around the sheet, or holds it."""
    edge = region[:width] + region[-width:] + region[::width] + region[width - 1::width]
    return edge.count(255) > 0.02 * len(edge)


def _seed(mask: bytes, width: int, height: int) -> int:
    """A pixel of the lit paper near the middle of the image (where the sheet lies)."""
    middle = height // 2 * width + width // 2
    for radius in range(0, max(width, height) // 2, 2):
        for i in (middle - radius * width, middle + radius * width):
            row = i - i % width
            if 0 <= i < len(mask) and mask[row:row + width].find(255) >= 0:
                return row + min(range(width), key=lambda x: (mask[row + x] != 255,
                                                              abs(x - width // 2)))
    return middle


def _grow(pixels: bytes, width: int, height: int, seed: int, step: int,
          bright: bytes | None = None) -> bytes:
    """The region reached from `seed` through neighbours at most `step` grey levels apart (or,
    given `bright`, through neighbours both lit in it)."""
    seen = bytearray(width * height)
    seen[seed] = 255
    todo = [seed]
    lit = bright or bytes(width * height)
    while todo:
        i = todo.pop()
        v, x = pixels[i], i % width
        for j in (i - 1 if x else -1, i + 1 if x < width - 1 else -1, i - width, i + width):
            if 0 <= j < len(seen) and not seen[j] and (abs(pixels[j] - v) <= step
                                                       or (lit[i] and lit[j])):
                seen[j] = 255
                todo.append(j)
    return bytes(seen)


def _solve(matrix: list[list[float]], values: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8 unknowns)."""
    n = len(values)
    rows = [[*row, v] for row, v in zip(matrix, values, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        if abs(rows[col][col]) < 1e-12:
            raise ValueError("degenerate quadrilateral")
        for r in range(n):
            if r != col:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[i][n] / rows[i][i] for i in range(n)]


def _coefficients(target: list[Point], source: list[Point]) -> list[float]:
    """PIL PERSPECTIVE data: maps each output (target) corner onto its photo (source) corner."""
    matrix, values = [], []
    for (x, y), (u, v) in zip(target, source, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        values.append(u)
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values.append(v)
    return _solve(matrix, values)


def flatten(gray: Image, quad: list[Point]) -> Image:
    """The sheet cut out and made rectangular, at the photo's own resolution."""
    from PIL import Image as PILImage

    def dist(a: Point, b: Point) -> float:
        return float(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5)

    tl, tr, br, bl = quad
    width = round(max(dist(tl, tr), dist(bl, br)))
    height = round(max(dist(tl, bl), dist(tr, br)))
    target = [(0.0, 0.0), (width - 1.0, 0.0), (width - 1.0, height - 1.0), (0.0, height - 1.0)]
    data = _coefficients(target, quad)
    return gray.transform((width, height), PILImage.Transform.PERSPECTIVE, data,
                          resample=PILImage.Resampling.BICUBIC, fillcolor=255)


def uneven_light(gray: Image) -> bool:
    """The paper's brightness varies across the page (a shadow, a lamp on one side)."""
    from PIL import ImageFilter

    small = gray.resize((64, max(1, round(64 * gray.height / gray.width))))
    paper = small.filter(ImageFilter.MaxFilter(5))
    low, high = paper.getextrema()
    assert isinstance(low, (int, float)) and isinstance(high, (int, float))
    return bool(high - low > 45)


def even_light(gray: Image) -> Image:
    """Per-region levels: each pixel divided by the paper's own brightness around it, so the
    dim side of the page reads as white paper too; the glyphs keep their grey edges, which
    Tesseract's own binarisation uses better than a hard cut made here."""
    from PIL import Image as PILImage
    from PIL import ImageFilter, ImageMath

    small = gray.reduce(4) if gray.width > 800 else gray
    paper = small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.GaussianBlur(6))
    paper = paper.resize(gray.size)
    out = ImageMath.lambda_eval(
        lambda a: a["convert"](a["min"](a["a"] * 255 / (a["b"] + 1), 255), "L"), a=gray, b=paper)
    assert isinstance(out, PILImage.Image)
    return out


def straighten_photo(gray: Image) -> tuple[Image, bool]:
    """The page ready for the scan path; True when it was a photo that needed it."""
    quad = find_sheet(gray)
    changed = False
    if quad is not None:
        try:
            gray, changed = flatten(gray, quad), True
        except ValueError:
            pass
    if uneven_light(gray):
        gray, changed = even_light(gray), True
    return gray, changed
