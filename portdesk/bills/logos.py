"""A carrier's name drawn only in a raster logo on a text bill: on the page, in no text layer.

A person reads the logo, so the page proves the name it draws; the text layer does not hold it,
so the text check alone answers "unverifiable". Only then (the text does not prove the typed
name) the images of page 1 that can be a logo are read with OCR (small, wide ones first), and
the typed name is judged against their words by the rules of printed text, with OCR's
confidence: read surely, the name is printed (exact, or equivalent in another form); read
unsurely or a letter off, it is a question with the logo's words as evidence. A logo never
makes a mismatch: one that reads as another name proves nothing against the typed one (the
pixels may be a partner's mark, a slogan or a misreading); the text layer alone says that.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from portdesk.bills.carriers import carrier_key
from portdesk.bills.find import find_name
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.reader import BillDocument, Page, Picture, Word
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MIN_MATCH_READ, FieldCheck, Verdict

if TYPE_CHECKING:
    from PIL.Image import Image

_MAX_PICTURES = 4  # logos read at most on a page: the smallest, widest first
_MAX_SHARE = 0.25  # of the page's area: a larger image is a photo or a background
_MAX_PIXELS = 1_000_000  # a logo's image (a 3 x 1 inch logo at 300 dpi: 0.27 MP); larger: not one
_MIN_POINTS = 6.0  # an image shorter than this (points) is a rule or a dot, not a logo


def page_pictures(page: object, width: float, height: float) -> tuple[Picture, ...]:
    """The raster images of a text page that can be a logo, with their pixels (a logo is a
    small image: decoding it costs well under a millisecond; large ones are never decoded)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    assert isinstance(page, pdfium.PdfPage)
    found: list[tuple[tuple[float, float], Picture]] = []
    try:
        for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
            assert isinstance(obj, pdfium.PdfImage)
            left, bottom, right, top = obj.get_bounds()
            w, h = right - left, top - bottom
            px_w, px_h = obj.get_px_size()
            if h < _MIN_POINTS or w < _MIN_POINTS or w * h > _MAX_SHARE * width * height or (
                    px_w * px_h > _MAX_PIXELS):
                continue
            # its own pixels: to_pil wraps pdfium's buffer, which goes with the bitmap
            image = obj.get_bitmap(render=False).to_pil().copy()
            box = (max(0.0, left), max(0.0, height - top), min(width, right),
                   min(height, height - bottom))
            found.append(((w * h, -w / h), Picture(box, image)))
    except pdfium.PdfiumError:
        return ()  # an image pdfium cannot decode is no logo anyone reads
    found.sort(key=lambda f: (f[0][1] > -1.5, f[0][0]))  # wide ones first, then small
    return tuple(p for _, p in found[:_MAX_PICTURES])


def logo_index(index: BillIndex) -> BillIndex | None:
    """The words OCR reads in page 1's logo images, as a page of their own (read once a bill);
    None when page 1 has no such image."""
    if not index.pages or not index.pages[0].page.pictures:
        return None
    key = "logos.index"
    if key not in index.cache:
        first = index.pages[0].page
        words = [w for p in first.pictures for w in _picture_words(p.image, p.bbox)]
        index.cache[key] = BillIndex.of(BillDocument(Path(""), (Page(
            1, first.width, first.height, tuple(words), "ocr"),), 1)) if words else None
    cached = index.cache[key]
    return cached if isinstance(cached, BillIndex) else None


def _picture_words(image: Image, box: tuple[float, float, float, float]) -> list[Word]:
    from portdesk.bills.ocr import read_logo

    x0, top, x1, bottom = box
    w, h = x1 - x0, bottom - top
    return [Word(text, x0 + a * w, top + b * h, x0 + c * w, top + d * h, conf)
            for text, conf, (a, b, c, d) in read_logo(image)]


def by_logo(typed: str, check: FieldCheck, index: BillIndex) -> FieldCheck:
    """The text check's answer, or the logo's when the text did not prove the typed name."""
    if check.verdict not in (Verdict.UNVERIFIABLE, Verdict.NOT_FOUND) or not typed:
        return check
    logos = logo_index(index)
    if logos is None:
        return check
    found = [f for f in find_name(logos, typed) if f.whole]
    if found:
        f = max(found, key=lambda f: f.read_conf)
        form = " ".join(f.form.split())
        if f.read_conf >= MIN_MATCH_READ:
            exact = form == " ".join(typed.split())
            return FieldCheck(check.field, Verdict.EXACT if exact else Verdict.EQUIVALENT,
                              check.entered, form, "drawn in the bill's logo (read with OCR)" + (
                                  "" if exact else "; use the bill's form"),
                              None if exact else form, f.evidence, form)
        return _question(check, form, f.evidence, "read unsurely")
    near = _near_line(logos, typed)
    if near is not None:
        return _question(check, near.text, near, "a letter from the name typed")
    return check


# a logo's line read as a name: letters (and '&', '-', '.', an apostrophe), one to five words
_NAME_WORD = re.compile(r"^[^\W\d_][\w&.'’-]*$")
_SURE = 0.85  # every word of the line read at least this surely: OCR's wrong letters stay out


def logo_name(index: BillIndex) -> tuple[str, Evidence] | None:
    """For `bill extract` where the text layer names no carrier: the name a raster logo on page 1
    draws, read surely (the top line of words that reads as a name), with the logo's box as
    evidence. Marked by the caller as read from the logo: a value from pixels is never the
    text's, and the check never takes it for a mismatch (by_logo judges a typed name itself)."""
    logos = logo_index(index)
    if logos is None:
        return None
    for seg in sorted(logos.pages[0].segments, key=lambda s: (s.top, s.x0)):
        words = [w for w in seg.words if w.text.strip()]
        if 1 <= len(words) <= 5 and all(_NAME_WORD.match(w.text) and w.conf >= _SURE
                                        for w in words) and sum(
                c.isalpha() for w in words for c in w.text) >= 3:
            text = " ".join(w.text for w in words)
            return text, Evidence(1, (seg.x0, seg.top, seg.x1, seg.bottom), text)
    return None


def _question(check: FieldCheck, read: str, evidence: Evidence, how: str) -> FieldCheck:
    """The logo may draw the typed name: the eye decides, with the logo's words to look at."""
    said = f"the bill's logo reads \"{read}\" (OCR, {how}); compare it by eye"
    if check.verdict == Verdict.UNVERIFIABLE and check.evidence is not None:
        return replace(check, reason=f"{check.reason}; {said}")
    return FieldCheck(check.field, Verdict.UNVERIFIABLE, check.entered, read, said, None,
                      evidence)


def _near_line(logos: BillIndex, typed: str) -> Evidence | None:
    """A logo line one letter from the typed name (OCR's 'Lomand' for 'Lomond'): never a match,
    never a mismatch either."""
    from rapidfuzz.distance import Levenshtein

    want = carrier_key(typed).replace(" ", "")
    if len(want) < 4:
        return None
    for page in logos.pages:
        for seg in page.segments:
            got = carrier_key(" ".join(w.text for w in seg.words)).replace(" ", "")
            if got != want and Levenshtein.distance(got, want) <= 1:
                return Evidence(1, (seg.x0, seg.top, seg.x1, seg.bottom),
                                " ".join(w.text for w in seg.words))
    return None
