"""OCR for scans and photos: Tesseract on a page turned upright, levelled and despeckled.

Tesseract oversubscribes small machines (5x slower on 2 cores), hence OMP_THREAD_LIMIT=1. The page
is cleaned on the pixels first (prepare.py): a tilted, dusty scan reads as stray dots glued to
values and lines cut apart. Whatever skew is left is measured on Tesseract's own lines and removed
from the word boxes, so the extractor's "same line" and "below the label" hold for scans as for
text PDFs.
"""

from __future__ import annotations

import math
import re
import statistics
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from portdesk import tesseract
from portdesk.bills.errors import BillTooLarge, OcrUnavailable, UnreadableBill
from portdesk.bills.photo import straighten_photo
from portdesk.bills.prepare import prepare
from portdesk.bills.reader import Page, Word
from portdesk.bills.reread import confirm_in_column, reread

if TYPE_CHECKING:
    from PIL.Image import Image

    from portdesk.bills.reader import _Run

# rules, box edges and stains read as dashes, bars and underscores around words
_GLUED = re.compile(r"(?<=[a-z])[.,](?=[A-Z][a-z])")
_JUNK = re.compile(r"^[—_|~=‘’“”«»°]+|[—_|~=‘’“”«»°\"]+[.,]?$|^[-.,:;]+$")
_DASH = re.compile(r"^[-–—]$")  # a lone dash: a rule's edge, or a range's "0133 - 0152"
_DIGIT_END, _DIGIT_START = re.compile(r"\d\W?$"), re.compile(r"^\W?\d")
_UNIT_MARK = re.compile(r"^#[A-Za-z0-9]")


def configure(tesseract_cmd: str = "") -> None:
    """Point OCR at a Tesseract binary (Settings.tesseract_cmd); empty means look on PATH."""
    tesseract.configure(tesseract_cmd)


def tesseract_available() -> bool:
    return tesseract.available()


def _tesseract() -> Any:
    if not tesseract_available():
        raise OcrUnavailable("this bill is a scan (no text layer) and Tesseract OCR is not "
                             "installed; install tesseract-ocr or use a PDF with text")
    return tesseract.load()


def detect_rotation(image: Image) -> int:
    """Degrees (0/90/180/270) the page must be turned counter-clockwise to read upright."""
    tess = _tesseract()
    small = image if image.width <= 2600 else image.resize(
        (2600, round(image.height * 2600 / image.width)))
    try:
        osd = tess.image_to_osd(small, config="--psm 0 -c min_characters_to_try=10",
                                output_type=tess.Output.DICT)
    except tess.TesseractError:
        return 0  # too few characters to tell: read it as it is
    if float(osd.get("orientation_conf", 0)) < 0.8:
        return 0
    return int(osd.get("rotate", 0)) % 360


def ocr_image(image: Image, number: int, scale: float, run: _Run | None = None) -> Page:
    """OCR one page image; `scale` is pixels per PDF point, so boxes come back in points.

    A photo is flattened first (photo.py); the page is levelled and despeckled (prepare.py)
    before Tesseract reads it; the boxes are in the levelled frame, which is what the desk shows
    as evidence. Most pages arrive upright, so orientation (a second Tesseract pass, OSD) is
    only asked when the first reading is poor, and the page read again turned; the turned
    reading is kept only when it holds more confident words than the first (OSD misjudges a
    dim, blurred photo read upright as upside down: a page of nonsense, then "no account").
    The same measure keeps the photo as taken over a flattened sheet that reads worse.
    """
    tess = _tesseract()
    photo = image.convert("L")
    gray, flattened = straighten_photo(photo)
    taken = scale
    if flattened and gray.width != image.width:
        scale = gray.width / 612  # the sheet cut out of a photo: a letter-wide page
    upright = gray
    gray, _ = prepare(upright)
    data = tess.image_to_data(gray, config="--psm 3", output_type=tess.Output.DICT)
    if flattened and not _reads_well(data):
        # the sheet's outline may be wrong (a shadow cut across the sheet moves a corner) and
        # the flattened page a smear: the photo as taken, if it reads better, is kept
        plain, _ = prepare(photo)
        again = tess.image_to_data(plain, config="--psm 3", output_type=tess.Output.DICT)
        if _sure_words(again) > _sure_words(data):
            upright, gray, data, scale = photo, plain, again, taken
    rotation = 0
    if not _reads_well(data) and (rotation := detect_rotation(upright)):
        turned, _ = prepare(upright.rotate(-rotation, expand=True))
        again = tess.image_to_data(turned, config="--psm 3", output_type=tess.Output.DICT)
        if _sure_words(again) > _sure_words(data):
            gray, data = turned, again
        else:  # OSD guessed on a poor photo: the page read as it was reads better
            rotation = 0
    if _layout_dropped(gray, data):
        block = tess.image_to_data(gray, config="--psm 6", output_type=tess.Output.DICT)
        if len(_kept_words(block)) > len(_kept_words(data)):
            data = block
    raw: list[tuple[Word, tuple[int, int, int]]] = []
    kept = _kept_words(data)
    again = reread(tess, gray, data, kept)  # unsure numbers read a second time, digits only
    for i in kept:
        conf, text = max(float(data["conf"][i]), again.get(i, 0.0)), data["text"][i].strip()
        text = text if _DASH.match(text) else _JUNK.sub("", text)
        box = (data["left"][i], data["top"][i], data["width"][i], data["height"][i])
        text = respace_unit(gray, text, box)
        left, top = box[0] / scale, box[1] / scale
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        width = box[2] / scale
        # "Customer.Name": OCR reads the gap between two words as a dot; split them again
        parts = [q for p in _GLUED.split(text) for q in p.split(" ")]
        total = sum(len(p) for p in parts) or 1
        x = left
        for part in parts:
            w = width * len(part) / total
            raw.append((Word(part, x, top, x + w, top + box[3] / scale, conf / 100), key))
            x += w
    width, height = gray.width / scale, gray.height / scale
    words = confirm_in_column(_deskew(raw, width / 2, height / 2))
    return Page(number, width, height, tuple(words), "ocr", rotation)


_INK_CELL = 24  # pixels of a square the page's ink is counted in
_DROPPED = 0.5  # share of the inked squares under no word that says the layout dropped text


def _layout_dropped(gray: Image, data: dict[str, list[Any]]) -> bool:
    """Tesseract's page layout (psm 3) took part of the page for a picture and read none of
    it: a faint texture over the paper (a photo's grain, evened light) is enough, and a sheet
    found a few pixels differently flips it. Most inked squares under no word read says so
    (rules and a logo alone leave far less unread)."""
    from PIL import Image as PILImage

    cell = _INK_CELL
    small = gray.resize((max(1, gray.width // cell), max(1, gray.height // cell)),
                        PILImage.Resampling.BOX)
    width, pixels = small.width, small.tobytes()
    inked = {i for i, v in enumerate(pixels) if v < 235}
    if not inked:
        return False
    covered: set[int] = set()
    for i, text in enumerate(data["text"]):
        if float(data["conf"][i]) < 0 or not str(text).strip():
            continue
        left, top = data["left"][i] // cell, data["top"][i] // cell
        right = (data["left"][i] + data["width"][i]) // cell
        bottom = (data["top"][i] + data["height"][i]) // cell
        covered.update(y * width + x for y in range(top, bottom + 1)
                       for x in range(left, min(right, width - 1) + 1))
    return len(inked - covered) > _DROPPED * len(inked)


def _kept_words(data: dict[str, list[Any]]) -> list[int]:
    """Indexes of the words worth keeping: not specks, not junk; a lone dash only between two
    numbers on its line ("512 555-0140 - 0156": dropped, the range read as two numbers)."""
    keep = []
    texts = [str(t).strip() for t in data["text"]]
    for i, text in enumerate(texts):
        conf = float(data["conf"][i])
        if conf < 0 or not text:
            continue
        if _DASH.match(text):
            line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            same = [j for j in (i - 1, i + 1) if 0 <= j < len(texts) and line == (
                data["block_num"][j], data["par_num"][j], data["line_num"][j])]
            if len(same) == 2 and _DIGIT_END.search(texts[i - 1]) and _DIGIT_START.search(
                    texts[i + 1]):
                keep.append(i)
            continue
        cleaned = _JUNK.sub("", text)
        if cleaned and not _speck(cleaned, conf / 100):
            keep.append(i)
    return keep


def _speck(text: str, conf: float) -> bool:
    """Dust, a stamp's edge or a fold read as a word: short and unsure, or nearly unreadable.
    Left in, it glues itself to a name or an address line and hides the value from the search."""
    alnum = sum(c.isalnum() for c in text)
    # a long word is kept however unsure Tesseract is ("AUSTIN:" at 0.08, a number with a smudge
    # at 0); its confidence goes with it to the verdict, which will not match on it alone
    return (conf < 0.3 and alnum <= 3) or (conf < 0.1 and alnum < 5) or (
        alnum == 0 and conf < 0.6)


def _sure_words(data: dict[str, list[Any]]) -> int:
    """Confident words that look like words: what tells a page read upright from one read
    turned (OSD's own guess is only a guess on a dim, blurred photo)."""
    return sum(1 for t, c in zip(data["text"], data["conf"], strict=True)
               if float(c) >= 80 and sum(ch.isalnum() for ch in str(t)) >= 3)


def _reads_well(data: dict[str, list[Any]]) -> bool:
    """Enough confident words that look like words: the page was upright."""
    return _sure_words(data) >= 12


def respace_unit(gray: Image, text: str, box: tuple[int, int, int, int]) -> str:
    """'#5' as OCR reads it, '# 5' when the pixels show a word space after the '#'.

    Tesseract glues a lone '#' to the unit that follows; the bill's exact form matters (the desk
    offers to copy it), so the gap is measured on the pixels. Only '#' is treated: digits such as
    Helvetica's '1' have wide side bearings, and splitting them would change house numbers.
    """
    if not _UNIT_MARK.match(text):
        return text
    left, top, width, height = box
    if width < 4 or height < 6:
        return text
    from PIL import Image as PILImage

    strip = gray.crop((left, top, left + width, top + height)).point(
        lambda v: 255 if v < 128 else 0)
    cols = strip.resize((width, 1), PILImage.Resampling.BOX).tobytes()
    inked = [c > 0 for c in cols]
    i = 0
    while i < width and not inked[i]:
        i += 1
    while i < width and inked[i]:  # the '#' itself
        i += 1
    gap = 0
    while i + gap < width and not inked[i + gap]:
        gap += 1
    if i + gap < width and gap >= 0.2 * height:
        return f"# {text[1:]}"
    return text


def _deskew(raw: list[tuple[Word, tuple[int, int, int]]], cx: float, cy: float) -> list[Word]:
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word, key in raw:
        lines.setdefault(key, []).append(word)
    slopes = []
    for line in lines.values():
        if len(line) < 3 or line[-1].x1 - line[0].x0 < 80:
            continue
        xs = [(w.x0 + w.x1) / 2 for w in line]
        ys = [w.bottom for w in line]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        den = sum((x - mx) ** 2 for x in xs)
        if den:
            slopes.append(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den)
    angle = math.atan(statistics.median(slopes)) if slopes else 0.0
    if abs(angle) < 0.002:
        return [w for w, _ in raw]
    cos, sin = math.cos(-angle), math.sin(-angle)
    out = []
    for w, _ in raw:
        mx, my = (w.x0 + w.x1) / 2 - cx, (w.top + w.bottom) / 2 - cy
        nx, ny = cx + mx * cos - my * sin, cy + mx * sin + my * cos
        hw, hh = (w.x1 - w.x0) / 2, w.height / 2
        out.append(Word(w.text, nx - hw, ny - hh, nx + hw, ny + hh, w.conf))
    return out


def _open_image(path: Path, max_pixels: int) -> Image:
    from PIL import Image as PILImage

    with warnings.catch_warnings():
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        try:
            image = PILImage.open(path)
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
            raise BillTooLarge(f"{path.name}: the image is too large to read safely "
                               f"(over {max_pixels / 1e6:.0f} megapixels)") from None
        except (OSError, ValueError, SyntaxError):
            raise UnreadableBill(f"{path.name}: the image cannot be read; it may be damaged "
                                 "or truncated") from None
    return image


def _frame_scale(frame: Image) -> float:
    dpi = frame.info.get("dpi", (0, 0))
    try:
        value = float(dpi[0])
    except (TypeError, ValueError, IndexError):
        value = 0.0
    if value >= 100:
        return value / 72
    return max(frame.width / 612, 0.1)  # no usable dpi: assume a letter-wide page


def read_image_file(path: Path, run: _Run, ocr: bool = True) -> tuple[list[Page], int]:
    """OCR a PNG/JPEG/TIFF (every frame of a multi-page TIFF, within the limits)."""
    image = _open_image(path, run.limits.max_pixels)
    pages: list[Page] = []
    with image:
        count = getattr(image, "n_frames", 1)
        planned = min(count, run.limits.max_pages, run.limits.max_ocr_pages)
        if count > planned:
            run.notices.append(f"The image has {count} pages; only the first {planned} were read.")
        for index in range(planned):
            if not run.check(index, planned, f"OCR of page {index + 1} of {planned}"):
                break
            image.seek(index)
            if image.width * image.height > run.limits.max_pixels:
                raise BillTooLarge(f"{path.name}: the image is {image.width}x{image.height} "
                                   f"pixels; over {run.limits.max_pixels / 1e6:.0f} megapixels "
                                   "is not read")
            if not ocr:
                pages.append(Page(index + 1, image.width, image.height, (), "ocr"))
                continue
            try:
                frame = image.convert("L")
            except (OSError, ValueError, SyntaxError):
                raise UnreadableBill(f"{path.name}: the image cannot be decoded; it may be "
                                     "damaged or truncated") from None
            pages.append(ocr_image(frame, index + 1, _frame_scale(image)))
    return pages, count


_LOGO_MARK_READ = 0.6  # under this, a word of a letter or two in a logo is its graphic mark
_LOGO_TEXT_PX = 64  # a logo's height in pixels for Tesseract: its letters large enough to read


def read_logo(image: Image) -> list[tuple[str, float, tuple[float, float, float, float]]]:
    """The words of a logo image, with Tesseract's confidence (0-1) and their boxes as shares
    of the image (x0, top, x1, bottom in 0-1). A logo is a block of a line or two of large
    letters, often light on a coloured ground: flattened on white, turned dark on light,
    enlarged to a readable height and framed in white before it is read (psm 6, a block)."""
    from PIL import Image as PILImage
    from PIL import ImageOps

    tess = _tesseract()
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        flat = PILImage.new("RGBA", rgba.size, "white")
        flat.alpha_composite(rgba)
        image = flat
    gray = ImageOps.autocontrast(image.convert("L"))
    if gray.width == 0 or gray.height == 0:
        return []
    if statistics.fmean(gray.resize((1, 1), PILImage.Resampling.BOX).tobytes()) < 128:
        gray = ImageOps.invert(gray)  # light letters on a dark ground
    factor = max(1.0, _LOGO_TEXT_PX / gray.height)
    size = (round(gray.width * factor), round(gray.height * factor))
    if factor > 1.0:
        gray = gray.resize(size, PILImage.Resampling.LANCZOS)
    pad = max(10, size[1] // 4)
    framed = ImageOps.expand(gray, pad, 255)
    data = tess.image_to_data(framed, config="--psm 6", output_type=tess.Output.DICT)
    words = []
    for i in _kept_words(data):
        text = _JUNK.sub("", str(data["text"][i]).strip())
        conf = float(data["conf"][i]) / 100
        if not text or (sum(c.isalnum() for c in text) <= 2 and conf < _LOGO_MARK_READ):
            continue  # the logo's graphic (a square, a globe) read unsurely as a letter or two
        left, top = (data["left"][i] - pad) / size[0], (data["top"][i] - pad) / size[1]
        width, height = data["width"][i] / size[0], data["height"][i] / size[1]
        words.append((text, conf, (left, top, left + width, top + height)))
    return words
