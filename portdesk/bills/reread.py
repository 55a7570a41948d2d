"""A second look at the numbers Tesseract was unsure of, so a right reading is not left in doubt.

On a 200 dpi scan Tesseract gives long runs of digits low confidence even when it read them right
(a 10-digit phone number at 0.4 is common), and the check will not match on a reading it doubts.
The unsure numeric words are cut out, enlarged, stacked into one strip and read again as digits
only, in one Tesseract call. A word read the same both times gets the second reading's
confidence; a word read differently keeps its doubt. Two readings that agree are evidence, one
reading repeated is not, so the confidence is only raised, never lowered, and only on agreement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL.Image import Image

UNSURE = 85.0  # Tesseract confidence (0-100) under which a number is read again
MAX_WORDS = 48  # per page: the strip stays small (one call of a fraction of a second)
_ZOOM = 2
_PAD, _GAP = 4, 16
_DIGITS_ONLY = "--psm 6 -c tessedit_char_whitelist=0123456789-()./"


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def candidates(data: dict[str, list[Any]], kept: list[int]) -> list[int]:
    """Words worth a second look: four digits or more, read with doubt."""
    out = [i for i in kept if 0 <= float(data["conf"][i]) < UNSURE
           and len(_digits(str(data["text"][i]))) >= 4]
    return out[:MAX_WORDS]


def reread(tess: Any, gray: Image, data: dict[str, list[Any]], kept: list[int]) -> dict[int, float]:
    """{word index: confidence (0-100)} for the unsure numbers read the same way again."""
    from PIL import Image as PILImage

    words = candidates(data, kept)
    if not words:
        return {}
    crops, rows = [], []
    y = _GAP
    for i in words:
        left, top = data["left"][i], data["top"][i]
        box = (max(0, left - _PAD), max(0, top - _PAD),
               min(gray.width, left + data["width"][i] + _PAD),
               min(gray.height, top + data["height"][i] + _PAD))
        crop = gray.crop(box)
        crop = crop.resize((crop.width * _ZOOM, crop.height * _ZOOM),
                           PILImage.Resampling.LANCZOS)
        crops.append((crop, y))
        rows.append((y, y + crop.height, i))
        y += crop.height + _GAP
    strip = PILImage.new("L", (max(c.width for c, _ in crops) + 2 * _GAP, y), 255)
    for crop, top in crops:
        strip.paste(crop, (_GAP, top))
    got = tess.image_to_data(strip, config=_DIGITS_ONLY, output_type=tess.Output.DICT)
    read: dict[int, list[tuple[str, float]]] = {}
    for k, text in enumerate(got["text"]):
        conf = float(got["conf"][k])
        if conf < 0 or not str(text).strip():
            continue
        middle = got["top"][k] + got["height"][k] / 2
        row = next((i for top, bottom, i in rows if top <= middle <= bottom), None)
        if row is not None:
            read.setdefault(row, []).append((str(text), conf))
    out = {}
    for i, parts in read.items():
        again = _digits("".join(t for t, _ in parts))
        if again and again == _digits(str(data["text"][i])):
            out[i] = min(c for _, c in parts)
    return out
