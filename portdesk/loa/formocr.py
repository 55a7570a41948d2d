"""Labels read from the pixels of a form page that has no text layer (a scan, a picture).

A carrier's form is sometimes one scanned picture per page, with or without widgets laid over
it: its labels are ink only, so the text layer gives the filler nothing to read and it refused
the form or guessed by widget names. Such a page is rendered and read by Tesseract, once per
page (cached by the form's bytes, so analysing and then filling the same form reads it once),
and the words come back as the label words a text layer gives (formscan.Word, PDF points, the
viewer's orientation) with Tesseract's confidence on each, so the normal mapping runs on them.

OCR is a reading, not the print: a word read below `UNSURE` never names a blank (its text is
kept out of the label, its place kept, so no other words take its blank), and a value whose
label was read from the picture carries that reading's confidence (mapping's threshold then
leaves an unsure one empty and lists it). Pages with a usable text layer are never OCR'd.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from portdesk.domain.intake import IntakeLimits, raster_scale
from portdesk.loa import ocrcmd
from portdesk.loa.blanks import Blank
from portdesk.loa.formscan import Word, is_leader
from portdesk.loa.mapping import THRESHOLD, Placement, Rect, Review
from portdesk.loa.vocabulary import normalise

if TYPE_CHECKING:
    from PIL.Image import Image

MIN_TEXT_CHARS = 25  # fewer printed characters than this: the page has no usable text layer
_COVER = 0.5  # an image covering this much of the page: its print is in the picture
UNSURE = 0.6  # Tesseract's confidence under which a word never names a blank
NOISE = 0.3  # under this a "word" is a box edge or a speck read as letters: dropped
UNSURE_MARK = 0.9  # ... and under which a short mark with a digit ("3.", a slot's number)
# sets the page's printed numbers aside: its rows are numbered by place, never by a misread digit
UNREAD = "?"  # the text an unsure word keeps: it holds its place, it names nothing
_GREY_INK = 107  # grey level of a word's darkest ink above which it is printed grey (specimen)
_CACHE_PAGES = 24
_EDGES = re.compile(r"^[|\[\]{}()_—~=‘’“”«»°]+$|^[|\[\]{}_—~=]+|[|\[\]{}_—~=]+$")


def available() -> bool:
    return ocrcmd.available()


@dataclass
class PictureText:
    """What OCR gave the form: words per picture page, and what the specialist must know."""

    words: list[Word] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)  # 0-based pages read from their pixels
    notice: str = ""  # pictures left unread (no Tesseract, too many pages)

    def unsure(self) -> list[Word]:
        return [w for w in self.words if w.text == UNREAD]


_cache: OrderedDict[tuple[str, int], tuple[Word, ...]] = OrderedDict()
_lock = threading.Lock()


def picture_pages(pdf: bytes, words: Sequence[Word]) -> list[int]:
    """Pages whose print is a picture: almost no text-layer characters, an image over most of
    the page (a page that is only widgets on white has nothing to read either way)."""
    printed: dict[int, int] = {}
    for w in words:
        printed[w.page] = printed.get(w.page, 0) + len(w.text)
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for n in range(len(doc)):
            if printed.get(n, 0) >= MIN_TEXT_CHARS:
                continue
            page = doc[n]
            try:
                if _covered(page):
                    out.append(n)
            finally:
                page.close()
        return out
    finally:
        doc.close()


def _covered(page: pdfium.PdfPage) -> bool:
    width, height = page.get_size()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        x0, y0, x1, y1 = obj.get_bounds()
        if (x1 - x0) * (y1 - y0) >= _COVER * width * height:
            return True
    return False


def read_pictures(pdf: bytes, words: Sequence[Word], boxes: Sequence[tuple[int, Rect]] = (),
                  limits: IntakeLimits | None = None) -> PictureText:
    """OCR words for every picture page of the form (none when every page has a text layer).
    `boxes` are the widgets' places (page, rect): an unsure word inside one is its border or
    a speck read as letters, never a label."""
    pages = picture_pages(pdf, words)
    if not pages:
        return PictureText()
    limits = limits or IntakeLimits()
    if not available():
        return PictureText(notice=_said(pages, "the print is only a picture and Tesseract OCR "
                                        "is not installed, so its labels were not read; "
                                        "install tesseract-ocr, or place those values by "
                                        "clicking in the desk"))
    kept, skipped = pages[:limits.max_ocr_pages], pages[limits.max_ocr_pages:]
    key = hashlib.sha256(pdf).hexdigest()
    out = PictureText(pages=kept)
    doc = pdfium.PdfDocument(pdf)
    try:
        for n in kept:
            out.words.extend(w for w in _page_words(doc, n, key, limits)
                             if w.text != UNREAD or not _inside_any(w, boxes))
    finally:
        doc.close()
    if skipped:
        out.notice = _said(skipped, f"pictures past the {limits.max_ocr_pages} pages OCR "
                           "reads, so their labels were not read; place those values by "
                           "clicking in the desk")
    return out


def _inside_any(w: Word, boxes: Sequence[tuple[int, Rect]]) -> bool:
    x, y = (w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2
    return any(page == w.page and r[0] <= x <= r[2] and r[1] <= y <= r[3] for page, r in boxes)


def _said(pages: Sequence[int], what: str) -> str:
    listed = ", ".join(str(p + 1) for p in pages)
    return f"page{'s' if len(pages) > 1 else ''} {listed}: {what}"


def _page_words(doc: pdfium.PdfDocument, n: int, key: str,
                limits: IntakeLimits) -> tuple[Word, ...]:
    with _lock:
        if (key, n) in _cache:
            _cache.move_to_end((key, n))
            return _cache[key, n]
    page = doc[n]
    try:
        words = tuple(_ocr_page(page, n, limits))
    finally:
        page.close()
    with _lock:
        _cache[key, n] = words
        while len(_cache) > _CACHE_PAGES:
            _cache.popitem(last=False)
    return words


def _ocr_page(page: pdfium.PdfPage, n: int, limits: IntakeLimits) -> list[Word]:
    """The page as the viewer shows it (widgets not drawn: their values are no labels), read
    as sparse text (a form's labels are scattered, not paragraphs); boxes back in points."""
    width, height = page.get_size()
    scale = raster_scale(width, height, limits)
    image = page.render(scale=scale, draw_annots=False, grayscale=True).to_pil().convert("L")
    left, bottom = _origin(page)
    tess = _tesseract()
    data = tess.image_to_data(image, config="--psm 11", output_type=tess.Output.DICT)
    out: list[Word] = []
    doubted = False
    for i, raw in enumerate(data["text"]):
        text = _EDGES.sub("", str(raw).strip())
        conf = float(data["conf"][i]) / 100
        if not text or conf < NOISE or not any(c.isalnum() for c in text) or is_leader(text):
            continue  # a box edge, a speck, or a rule (the rules come from the pixels too)
        px0, top = float(data["left"][i]), float(data["top"][i])
        px1, low = px0 + float(data["width"][i]), top + float(data["height"][i])
        if _mark(text) and conf < UNSURE_MARK:
            doubted = True  # a slot's number read unsurely: the list is numbered by place
            continue
        sure = conf >= UNSURE
        light = sure and _grey(image, (int(px0), int(top), int(px1), int(low)))
        out.append(Word(text if sure else UNREAD, n, left + px0 / scale,
                        bottom + height - low / scale, left + px1 / scale,
                        bottom + height - top / scale, light, conf))
    if doubted:  # one number of a list misread ("5)" for "3.") reorders the list: the page's
        # printed numbers are all set aside, its rows taken in their order on the page
        out = [w for w in out if not _mark(w.text)]
    return out


def _mark(text: str) -> bool:
    """A slot's printed number or another short mark with a digit: OCR's misreading of one
    ("5)" for "3.") reorders a numbered list, so it must be read surely."""
    return len(text) <= 3 and any(c.isdigit() for c in text)


def _origin(page: pdfium.PdfPage) -> tuple[float, float]:
    """Where the rendered picture starts in page space (a crop box not at the origin); a page
    turned by /Rotate is read in the viewer's frame, which starts at zero."""
    if page.get_rotation():
        return 0.0, 0.0
    box = page.get_cropbox()
    return float(box[0]), float(box[1])


def _grey(image: Image, box: tuple[int, int, int, int]) -> bool:
    """The word's darkest ink is grey, not black: a specimen printed in the box ("ex. 081 ...")."""
    crop = image.crop(box)
    values = sorted(crop.tobytes())
    if not values:
        return False
    return values[len(values) // 20] > _GREY_INK


def _tesseract() -> Any:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract oversubscribes small machines
    import pytesseract

    if ocrcmd.command():
        pytesseract.pytesseract.tesseract_cmd = ocrcmd.command()
    return pytesseract


_NEAR_X, _NEAR_Y = 160.0, 40.0  # points round a blank its label's words are looked for


def weigh(placements: Sequence[Placement], blanks: Sequence[Blank],
          picture: PictureText) -> tuple[list[Placement], list[Review]]:
    """A value placed by a label read from the picture is as sure as that reading: its
    confidence is scaled by its label words' OCR confidence, and one that falls under the
    mapping's threshold is left empty and listed; a blank whose label was read too unsurely
    to name it is listed too."""
    if not picture.pages:
        return list(placements), []
    on = set(picture.pages)
    kept: list[Placement] = []
    review: list[Review] = []
    for p in placements:
        words = _label_words(p, picture.words) if p.page in on and p.rect else []
        if not words:
            kept.append(p)
            continue
        read = sum(w.conf for w in words) / len(words)
        p.confidence = round(p.confidence * read, 2)
        if p.confidence < THRESHOLD:
            review.append(Review(p.page, p.rect, str(p.field), p.confidence,
                                 f"its label was read from the picture unsurely ({read:.0%}): "
                                 "left empty"))
            continue
        kept.append(p)
    placed = {(p.page, p.rect) for p in kept}
    for b in blanks:
        if b.page in on and (b.page, b.rect) not in placed and \
                any(_labels(w, b.rect) for w in picture.unsure() if w.page == b.page):
            review.append(Review(b.page, b.rect, "", 0.0, "its label in the picture could not "
                                 "be read surely: left empty"))
    return kept, review


def _label_words(p: Placement, words: Sequence[Word]) -> list[Word]:
    """The OCR words of the placement's evidence printed near its blank."""
    said = set(normalise(p.evidence).split())
    assert p.rect is not None
    x0, y0, x1, y1 = p.rect
    return [w for w in words if w.page == p.page and w.text != UNREAD
            and x0 - _NEAR_X <= w.x0 <= x1 + 10 and y0 - 20 <= w.y0 <= y1 + _NEAR_Y
            and set(normalise(w.text).split()) & said]


def _labels(w: Word, rect: Rect) -> bool:
    """An unsure word where a label of the blank is printed: tight over it, or on its row left."""
    over = rect[0] - 4 <= w.x0 <= rect[2] and 0 <= w.y0 - rect[3] <= 14
    left = w.x1 <= rect[0] + 2 and rect[0] - w.x1 <= 60 and rect[1] - 2 <= (w.y0 + w.y1) / 2 \
        <= rect[3] + 2
    return over or left


def picture_notice(picture: PictureText) -> str:
    """What the specialist must know first: which labels are a machine's reading."""
    said = []
    if picture.pages:
        unsure = len(picture.unsure())
        said.append(_said(picture.pages, "the print is only a picture, its labels were read by "
                          "OCR") + (f" ({unsure} word{'s' if unsure != 1 else ''} too unsure to "
                                    "use)" if unsure else "")
                    + "; check every value placed there")
    if picture.notice:
        said.append(picture.notice)
    return "; ".join(said)


def off_the_edges(picture: PictureText, cells: dict[int, Sequence[Rect]]) -> PictureText:
    """A drawn box's side read as a letter or two ("Ld", "|", an unsure '?') is ink of the box,
    not a word: a short or unsure OCR word across a cell's left or right side is dropped (left
    in, it sat inside the box as its caption and the box was no longer a place to write)."""
    def on_a_side(w: Word) -> bool:
        if w.text != UNREAD and len(w.text) > 2:
            return False
        mid = (w.y0 + w.y1) / 2
        return any(c[1] <= mid <= c[3] and (w.x0 - 1 <= c[0] <= w.x1 + 1
                                            or w.x0 - 1 <= c[2] <= w.x1 + 1)
                   for c in cells.get(w.page, ()))

    return PictureText([w for w in picture.words if not on_a_side(w)], picture.pages,
                       picture.notice)
