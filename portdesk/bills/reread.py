"""A second look at the numbers and words Tesseract was unsure of, so a right reading is not left
in doubt.

On a 200 dpi scan Tesseract gives long runs of digits low confidence even when it read them right
(a 10-digit phone number at 0.4 is common), and the check will not match on a reading it doubts.
The unsure numeric words (amounts of money aside), then the words of letters read with more doubt
still, are cut out, enlarged, stacked into one strip and read again, as sparse text and then, for
the numbers still in doubt, digits only (one or two Tesseract calls a page). A word read the same both times gets the second reading's
confidence; a word read differently keeps its doubt. Two readings that agree are evidence, one
reading repeated is not, so the confidence is only raised, never lowered, and only on agreement.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from portdesk.bills.reader import Word

if TYPE_CHECKING:
    from PIL.Image import Image

UNSURE = 85.0  # Tesseract confidence (0-100) under which a number is read again
_UNSURE_WORD = 60.0  # and a word of letters (the check does not confirm on one under 0.6)
WORD_AGREED = 80.0  # the most a word of letters read again gets: under MIN_MISMATCH_READ
MAX_WORDS = 48  # per page: the strip stays small (two calls of a fraction of a second)
_ZOOM = 2
_PAD, _GAP = 4, 16
_DIGITS_ONLY = "--psm 6 -c tessedit_char_whitelist=0123456789-()./"
_SPARSE = "--psm 11"


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


_MONEY = re.compile(r"^\W*(?:\$|€|£)|^\W*\d{1,3}(?:,\d{3})*\.\d{2}\W*$")
_PHONE_PART = re.compile(r"^\W*(?:\(?\d{3}\)?|\d{3}[-.]\d{4}|[\d()+ .-]{10,})\W*$")


def candidates(data: dict[str, list[Any]], kept: list[int]) -> list[int]:
    """Words worth a second look, read with doubt: numbers of three digits or more, never an
    amount of money (a bill has dozens, and none of them is a value the check compares); then
    words of a name or an address read with more doubt still. The parts of a phone number come
    first: an area code read '-(402)' at 0.53 leaves the whole number in doubt although its
    row's other numbers read '(402)' at 0.96."""
    texts = [str(t) for t in data["text"]]
    unsure = [i for i in kept if 0 <= float(data["conf"][i]) < UNSURE
              and not _MONEY.search(texts[i])]
    numbers = [i for i in unsure if len(_digits(texts[i])) >= 3]
    phone = [i for i in numbers if _PHONE_PART.match(texts[i])]
    rest = [i for i in numbers if i not in phone and len(_digits(texts[i])) >= 4]
    words = [i for i in unsure if float(data["conf"][i]) < _UNSURE_WORD and _wordlike(texts[i])]
    return sorted((phone + rest + words)[:MAX_WORDS])


def _wordlike(text: str) -> bool:
    """A word of a name or a street ('Insurance', 'WILLOW'), not a mark or a scrap."""
    core = re.sub(r"^\W+|\W+$", "", text)
    return len(core) >= 4 and core.isalpha()


def _key(text: str) -> str:
    """What two readings must share: the digits of a number, every letter of a word."""
    digits = _digits(text)
    return digits if digits else "".join(c for c in text if c.isalnum())


def reread(tess: Any, gray: Image, data: dict[str, list[Any]], kept: list[int]) -> dict[int, float]:
    """{word index: confidence (0-100)} for the unsure numbers read the same way again.

    The strip is read as sparse text first (Tesseract is surer of a lone number without a
    character list: '555-0170' at 68 where the digits-only reading says 0), then the words still
    in doubt digits only: each reading that agrees is a witness, the surer one counts."""
    words = candidates(data, kept)
    out: dict[int, float] = {}
    for config in (_SPARSE, _DIGITS_ONLY):
        words = [i for i in words if out.get(i, 0.0) < UNSURE and (
            config == _SPARSE or _digits(str(data["text"][i])))]
        if not words:
            break
        for i, conf in _read_strip(tess, gray, data, words, config).items():
            out[i] = max(conf, out.get(i, 0.0))
    return out


def _read_strip(tess: Any, gray: Image, data: dict[str, list[Any]], words: list[int],
                config: str) -> dict[int, float]:
    from PIL import Image as PILImage

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
    got = tess.image_to_data(strip, config=config, output_type=tess.Output.DICT)
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
        again = _key("".join(t for t, _ in parts))
        if again and again == _key(str(data["text"][i])):
            # a mark read beside the digits is not the digits' doubt
            conf = min(c for t, c in parts if _key(t))
            # a word of letters read the same way twice ('RHARMACY') can be the same misreading:
            # enough to confirm what was typed, never to call it wrong
            out[i] = conf if _digits(str(data["text"][i])) else min(conf, WORD_AGREED)
    return out


# -- a short number confirmed by its column ----------------------------------------------------
# A short number read unsurely, confirmed by the same number read surely in its own column.
#
# Tesseract is unsure of a parenthesised area code far more often than of the digits after it:
# '(402)' reads at 0.96 on six rows of a table of lines and at 0.53 on the seventh, where a speck
# of the scan touches it, and reading it again cut out does not help (Tesseract gives '(402)' alone
# a confidence near 0 whatever the pixels). Left so, the whole number is "read with low confidence"
# and the check will not confirm it. Within a column, though, the word has a witness: the same
# characters read surely in the rows above and below it, at the same left edge. Two readings that
# agree are evidence (as above), so such a word is raised to `AGREED`: enough to confirm a
# typed value it is part of, never enough on its own to call a typed value wrong.
#
# Only short numeric words (an area code, an exchange, an extension) repeat down a column; a whole
# phone number or an account number never borrows another row's confidence.

AGREED = 0.8  # over MIN_MATCH_READ (0.6), under MIN_MISMATCH_READ (0.85)
SURE = 0.9
_SHORT = re.compile(r"^\W{0,2}\(?(\d{3,4})\)?\W{0,2}$")
_ROWS = 12  # how many line heights above or below a witness may stand


def _short_number(text: str) -> str | None:
    m = _SHORT.match(text)
    return m.group(1) if m else None


def confirm_in_column(words: list[Word]) -> list[Word]:
    """`words` with each unsure short number that a sure reading of the same digits, in the same
    column (left or right edge within half a line height) and a few lines away, confirms."""
    sure: dict[str, list[Word]] = {}
    for w in words:
        digits = _short_number(w.text)
        if digits is not None and w.conf >= SURE:
            sure.setdefault(digits, []).append(w)
    if not sure:
        return words
    out = []
    for w in words:
        digits = _short_number(w.text)
        if digits is not None and w.conf < AGREED and any(
                _same_column(w, o) for o in sure.get(digits, ())):
            w = replace(w, conf=AGREED)
        out.append(w)
    return out


def _same_column(w: Word, other: Word) -> bool:
    height = max(w.height, other.height, 1.0)
    aligned = abs(w.x0 - other.x0) <= height * 0.8 or abs(w.x1 - other.x1) <= height * 0.8
    return aligned and 0 < abs(w.top - other.top) <= _ROWS * height
