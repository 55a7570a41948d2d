"""Ink that the first OCR pass left unread, read a second time on its own.

Tesseract's page layout (psm 3) finds text lines before it reads them. A line that bends (a
curled page), a block squeezed between two columns, or a few lines a stain or a rule touches can
be left out of every line it found: the words are on the paper, clear to a person, and simply
absent from the text (a curled photo's "PO BOX 16948" and the ZIP beside the service address).
The check cannot find a value the text does not hold, and no later step can bring it back.

The page's ink says where this happened: squares holding ink that no word read covers. Those regions are cut out, stacked into one strip and read as uniform blocks of text (psm
6: no layout to get wrong), in one Tesseract call a page, and only on the pages that have such
regions. A word read there is added only where the first pass read no word at all (a word it read
unsurely is left to the second look at unsure words, reread.py); its own confidence goes with it to
the verdict, so nothing read here is trusted more than Tesseract does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL.Image import Image

CELL_PT = 4.0  # side of the squares the page's ink is counted in, in points
_INK = 140  # grey level under which a pixel is ink
_INKED = 0.04  # share of a square's pixels that are ink for it to hold ink
READ_WELL = 60.0  # a word read again at this confidence (0-100) or more is kept
_JOIN = 2  # squares of paper between two inked squares of the same line of words
_LEAST_CELLS = 6  # fewer unread inked squares than this is a speck, a stroke or a rule's end
_MOST_ROWS = 12  # a region taller than this (about four lines) is a picture or a logo
MAX_REGIONS = 16  # per page: one strip, one call
_PAD, _GAP = 6, 24


def unread_regions(gray: Image, data: dict[str, list[Any]], scale: float,
                   ) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels: left, top, right, bottom) of the ink no word read covers, the largest
    first, at most MAX_REGIONS. A word read unsurely covers its ink too: it is left to the second
    look at unsure words (reread.py), and the page pays for this reading only where the first
    pass read nothing at all."""
    from PIL import Image as PILImage

    cell = max(4, round(scale * CELL_PT))
    cols, rows = gray.width // cell, gray.height // cell
    if cols < 2 or rows < 2:
        return []
    ink = gray.point(lambda v: 255 if v < _INK else 0)
    small = ink.resize((cols, rows), PILImage.Resampling.BOX).tobytes()
    inked = {i for i, v in enumerate(small) if v > _INKED * 255}
    for i, text in enumerate(data["text"]):
        if float(data["conf"][i]) < 0 or not str(text).strip():
            continue
        left, top = data["left"][i] // cell - 1, data["top"][i] // cell - 1
        right = (data["left"][i] + data["width"][i]) // cell + 1
        bottom = (data["top"][i] + data["height"][i]) // cell + 1
        for y in range(max(0, top), min(rows, bottom + 1)):
            for x in range(max(0, left), min(cols, right + 1)):
                inked.discard(y * cols + x)
    boxes = []
    for group in _groups(inked, cols):
        xs, ys = [i % cols for i in group], [i // cols for i in group]
        left, right, top, bottom = min(xs), max(xs) + 1, min(ys), max(ys) + 1
        if len(group) < _LEAST_CELLS or bottom - top > _MOST_ROWS or right - left < 3:
            continue  # a speck, a stroke, a rule's end; or a picture
        if right - left > 20 and _ruled(ink, (left * cell, top * cell, right * cell,
                                              bottom * cell)):
            continue  # a rule (or words run into one): a row of pixels inked all across
        # a square around it: a region cut through a line's glyphs would read them wrong
        boxes.append((len(group), (max(0, left - 1) * cell, max(0, top - 1) * cell,
                                   min(cols, right + 1) * cell, min(rows, bottom + 1) * cell)))
    boxes.sort(key=lambda b: -b[0])
    return [box for _, box in boxes[:MAX_REGIONS]]


def _ruled(ink: Image, box: tuple[int, int, int, int]) -> bool:
    from PIL import Image as PILImage

    area = ink.crop(box)
    rows = area.resize((1, area.height), PILImage.Resampling.BOX).tobytes()
    return max(rows, default=0) > 0.9 * 255


def _groups(cells: set[int], cols: int) -> list[list[int]]:
    """The inked squares joined into regions: neighbours, and squares on one row a short gap
    of paper apart (the words of one line)."""
    seen: set[int] = set()
    out = []
    for start in sorted(cells):
        if start in seen:
            continue
        seen.add(start)
        group, todo = [start], [start]
        while todo:
            i = todo.pop()
            x = i % cols
            near = [i - cols, i + cols]
            near += [i + d for d in range(-_JOIN - 1, _JOIN + 2) if d and 0 <= x + d < cols]
            for j in near:
                if j in cells and j not in seen:
                    seen.add(j)
                    group.append(j)
                    todo.append(j)
        out.append(group)
    return out


def read_unread(tess: Any, gray: Image, data: dict[str, list[Any]], scale: float,
                ) -> dict[str, list[Any]]:
    """`data` with the words read with confidence in the regions the first pass left unread,
    added where it read no word at all. The same dict when there is nothing to read again."""
    regions = unread_regions(gray, data, scale)
    if not regions:
        return data
    found = _read_regions(tess, gray, regions)
    if not found:
        return data
    out = {k: list(v) for k, v in data.items()}
    block = max((int(b) for b in data.get("block_num", [0])), default=0) + 1
    for text, conf, box, line in found:
        if any(float(data["conf"][i]) >= 0 and str(data["text"][i]).strip()
               and _overlaps(box, _box(data, i)) for i in range(len(data["text"]))):
            # the first reading there stays, however unsure: the second look at unsure words
            # (reread.py) confirms it or leaves it in doubt; a second reading in its place
            # would be a guess of the same pixels with no witness
            continue
        _append(out, text, conf, box, (block, 1, line))
    return out


def _read_regions(tess: Any, gray: Image, regions: list[tuple[int, int, int, int]],
                  ) -> list[tuple[str, float, tuple[int, int, int, int], int]]:
    """(text, confidence, box in the page's pixels, line number) of each word read with
    confidence in the regions, cut out and stacked into one strip read as blocks (psm 6)."""
    from PIL import Image as PILImage

    crops, rows = [], []
    y = _GAP
    for left, top, right, bottom in regions:
        box = (max(0, left - _PAD), max(0, top - _PAD), min(gray.width, right + _PAD),
               min(gray.height, bottom + _PAD))
        crop = gray.crop(box)
        crops.append((crop, y))
        rows.append((y, y + crop.height, box))
        y += crop.height + _GAP
    strip = PILImage.new("L", (max(c.width for c, _ in crops) + 2 * _GAP, y), 255)
    for crop, top in crops:
        strip.paste(crop, (_GAP, top))
    got = tess.image_to_data(strip, config="--psm 6", output_type=tess.Output.DICT)
    out = []
    for k, text in enumerate(got["text"]):
        conf = float(got["conf"][k])
        if conf < READ_WELL or not str(text).strip():
            continue
        middle = got["top"][k] + got["height"][k] / 2
        row = next(((top, box) for top, bottom, box in rows if top <= middle <= bottom), None)
        if row is None:
            continue
        top, box = row
        left = box[0] + got["left"][k] - _GAP
        word_top = box[1] + got["top"][k] - top
        out.append((str(text), conf, (left, word_top, got["width"][k], got["height"][k]),
                    int(got["block_num"][k]) * 1000 + int(got["line_num"][k])))
    return out


def _box(data: dict[str, list[Any]], i: int) -> tuple[int, int, int, int]:
    return data["left"][i], data["top"][i], data["width"][i], data["height"][i]


def _overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Two word boxes (left, top, width, height) sharing a third of the smaller one's area."""
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w > 0 and h > 0 and w * h >= min(a[2] * a[3], b[2] * b[3]) / 3


def _append(data: dict[str, list[Any]], text: str, conf: float, box: tuple[int, int, int, int],
            key: tuple[int, int, int]) -> None:
    for name in data:
        if name not in ("text", "conf", "left", "top", "width", "height", "block_num",
                        "par_num", "line_num"):
            data[name].append(0)
    data["text"].append(text)
    data["conf"].append(conf)
    data["left"].append(box[0])
    data["top"].append(box[1])
    data["width"].append(box[2])
    data["height"].append(box[3])
    data["block_num"].append(key[0])
    data["par_num"].append(key[1])
    data["line_num"].append(key[2])
