"""Read a bill file into words with positions, page by page, whatever the file is.

Text PDFs go through pdfium's text layer (fast, exact). Pages without text, scanned PDFs and images
go through OCR. Everything downstream sees the same thing: words in page points, top-left origin,
so the extractor and the desk's evidence boxes never care where a word came from.
Bills arrive from customers, so every limit (bytes, pixels, pages, seconds) is checked before the
work is done, and what was skipped is said in a notice rather than silently dropped.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from portdesk.bills.errors import (
    BillTooLarge,
    PasswordRequired,
    ReadCancelled,
    UnreadableBill,
)
from portdesk.domain.intake import IntakeLimits, check_page, raster_scale
from portdesk.domain.intake_pdf import check_pdf_parts

if TYPE_CHECKING:
    from PIL.Image import Image

ReadLimits = IntakeLimits  # bytes, pages, pixels, seconds: one declaration (domain/intake.py)

Source = Literal["text", "ocr"]
ProgressFn = Callable[[int, int, str], None]  # pages done, pages planned, what is happening
CancelFn = Callable[[], bool]
MIN_TEXT_CHARS = 25  # fewer characters than this on a page: it is a scan, OCR it


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    conf: float = 1.0  # 1.0 for a text layer; Tesseract's confidence for OCR

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Picture:
    """A raster image drawn on a text page, that may be a logo: a name drawn in it is on the
    page (a person reads it) but in no text layer (logos.py reads it when a check needs it)."""

    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom in page points
    image: Image = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based, as the specialist sees it
    width: float
    height: float
    words: tuple[Word, ...]
    source: Source
    rotation: int = 0  # degrees the scan was turned to read it
    pictures: tuple[Picture, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class BillDocument:
    path: Path
    pages: tuple[Page, ...]
    page_count: int  # pages in the file, read or not
    notices: tuple[str, ...] = ()

    @property
    def source(self) -> Source:
        return "ocr" if any(p.source == "ocr" for p in self.pages) else "text"


@dataclass
class _Run:
    """Book-keeping shared by the PDF and image paths: budget, progress, cancel, notices."""

    limits: ReadLimits
    progress: ProgressFn | None
    cancel: CancelFn | None
    started: float = field(default_factory=time.monotonic)
    notices: list[str] = field(default_factory=list)
    ocr_pages: int = 0
    label: str = "the bill"

    def check(self, done: int, planned: int, what: str) -> bool:
        """False when the time budget is spent (a notice says so); raises when cancelled."""
        if self.cancel is not None and self.cancel():
            raise ReadCancelled("reading the bill was cancelled")
        if self.progress is not None:
            self.progress(done, planned, what)
        if done and time.monotonic() - self.started > self.limits.time_budget_s:
            self.notices.append(f"Stopped after {done} of {planned} pages: the "
                                f"{self.limits.time_budget_s:.0f} s reading budget was spent.")
            return False
        return True


def sniff(path: Path, head: bytes) -> str:
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\x89PNG"):
        return "png"
    if head.startswith(b"\xff\xd8"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    raise UnreadableBill(f"{path.name}: not a PDF or an image (PNG, JPEG, TIFF)")


def read_bill(path: Path, *, password: str | None = None, limits: ReadLimits | None = None,
              progress: ProgressFn | None = None, cancel: CancelFn | None = None,
              ocr: bool = True) -> BillDocument:
    """Read every page within the limits; raises a BillReadError subclass on bad input."""
    limits = limits or ReadLimits()
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise UnreadableBill(f"{path.name}: cannot be opened ({exc.strerror or exc})") from None
    if size == 0:
        raise UnreadableBill(f"{path.name}: the file is empty")
    if size > limits.max_bytes:
        raise BillTooLarge(f"{path.name}: the file is {size / 2**20:.0f} MB; bills over "
                           f"{limits.max_bytes / 2**20:.0f} MB are not read "
                           "(setting limits.max_bytes)")
    kind = sniff(path, head)
    run = _Run(limits, progress, cancel, label=path.name)
    if kind == "pdf":
        check_pdf_parts(path.read_bytes(), path.name, limits)  # before pdfium inflates them
        pages, count = _read_pdf(path, password, run, ocr)
    else:
        from portdesk.bills.ocr import read_image_file

        pages, count = read_image_file(path, run, ocr)
    if run.progress is not None:
        run.progress(len(pages), len(pages), "done")
    return BillDocument(path, tuple(pages), count, tuple(run.notices))


def _open_pdf(path: Path, password: str | None) -> object:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == 4:  # FPDF_ERR_PASSWORD
            raise PasswordRequired(path.name, wrong=password is not None) from None
        raise UnreadableBill(f"{path.name}: cannot be read as a PDF; it may be damaged or "
                             "truncated (ask for a fresh copy)") from None


def _read_pdf(path: Path, password: str | None, run: _Run,
              ocr: bool) -> tuple[list[Page], int]:
    import pypdfium2 as pdfium

    doc = _open_pdf(path, password)
    assert isinstance(doc, pdfium.PdfDocument)
    pages: list[Page] = []
    try:
        count = len(doc)
        if count == 0:
            raise UnreadableBill(f"{path.name}: the PDF has no pages")
        planned = min(count, run.limits.max_pages)
        if count > planned:
            run.notices.append(f"The PDF has {count} pages; only the first {planned} were read "
                               "(the account details are on the first pages of a bill).")
        for index in range(planned):
            if not run.check(index, planned, f"reading page {index + 1} of {planned}"):
                break
            page = _read_pdf_page(doc, index, run, ocr)
            if page is not None:
                pages.append(page)
    except pdfium.PdfiumError:
        raise UnreadableBill(f"{path.name}: a page cannot be read; the PDF may be damaged "
                             "(ask for a fresh copy)") from None
    finally:
        doc.close()
    return pages, count


def _read_pdf_page(doc: object, index: int, run: _Run, ocr: bool) -> Page | None:
    import pypdfium2 as pdfium

    assert isinstance(doc, pdfium.PdfDocument)
    page = doc[index]
    try:
        width, height = page.get_size()
        check_page(run.label, index + 1, width, height, run.limits)  # before any rendering
        words = text_words(page, height)
        if words:  # text the page does not show (hidden, clipped, covered) is not on the bill
            from portdesk.bills.shown import render_for_check, shown_words

            image = render_for_check(page, width, height, run.limits.max_pixels)
            words = shown_words(words, image, width)
        if words:  # a font's map that lies: the glyphs read right, the text layer does not
            from portdesk.bills.glyphs import layer_lies

            if layer_lies(words):
                words = []
                run.notices.append(
                    f"Page {index + 1}'s text layer does not read as the words the page shows (a "
                    "font's character map is missing or wrong); "
                    + ("it was read from its picture instead." if ocr else
                       "it was not read: check that page by eye."))
        if sum(len(w.text) for w in words) >= MIN_TEXT_CHARS or not ocr:
            from portdesk.bills.logos import page_pictures

            pictures = page_pictures(page, width, height) if index == 0 and ocr else ()
            return Page(index + 1, width, height, tuple(words), "text", pictures=pictures)
        if run.ocr_pages >= run.limits.max_ocr_pages:
            if run.ocr_pages == run.limits.max_ocr_pages:
                run.notices.append(f"Only the first {run.limits.max_ocr_pages} scanned pages "
                                   "were read with OCR.")
                run.ocr_pages += 1
            return None
        from portdesk.bills.ocr import ocr_image

        run.ocr_pages += 1
        scale = raster_scale(width, height, run.limits)  # within the pixel budget
        image = page.render(scale=scale, grayscale=True).to_pil()
        return ocr_image(image, index + 1, scale)
    finally:
        page.close()


# points of slack around the page: a glyph's loose box may reach a little past the edge
_OFF_PAGE_SLACK = 4.0


def text_words(page: object, page_height: float) -> list[Word]:
    """Words from pdfium's characters; a space, a line break or a jump in x ends a word.

    A word wholly off the page (outside its crop box) is not on the bill: nobody sees it on
    screen or paper, so it is no evidence. It is also where a line of thousands of characters
    runs on (a broken generator), and each number of such a line was checked against the whole
    line: the bill read for minutes. A word the page's edge cuts is kept whole, as before."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    assert isinstance(page, pdfium.PdfPage)
    x_min, y_min, x_max, y_max = page.get_cropbox()
    x_min, x_max = min(x_min, x_max) - _OFF_PAGE_SLACK, max(x_min, x_max) + _OFF_PAGE_SLACK
    y_min, y_max = min(y_min, y_max) - _OFF_PAGE_SLACK, max(y_min, y_max) + _OFF_PAGE_SLACK
    textpage = page.get_textpage()
    words: list[Word] = []
    try:
        chars: list[str] = []
        box = [0.0, 0.0, 0.0, 0.0]  # left, bottom, right, top (PDF space)

        seen = [False]  # a character of the word being read is on the page
        inked = [False]  # a character of it is painted (not in an invisible render mode)

        def flush() -> None:
            if chars and seen[0] and inked[0] and (text := plain_text("".join(chars))):
                words.append(Word(text, box[0], page_height - box[3], box[2],
                                  page_height - box[1]))
            chars.clear()
            seen[0] = inked[0] = False

        count = textpage.count_chars()
        tp = textpage.raw
        rect = raw.FS_RECTF()  # one box filled for every character (get_charbox makes one each)
        for i in range(count):
            ch = chr(raw.FPDFText_GetUnicode(tp, i))
            if ch in _THIN_SPACES and chars and i + 1 < count and _tight_join(
                    chars[-1], chr(raw.FPDFText_GetUnicode(tp, i + 1))):
                continue  # '(805) 555 - 0192' typeset with thin spaces: one number
            if ch.isspace() or ch in "\x00\x02\ufffe":
                flush()
                continue
            if not raw.FPDFText_GetLooseCharBox(tp, i, rect):  # get_charbox(i, loose=True)
                raise pdfium.PdfiumError("Failed to get charbox.")
            left, bottom, right, top = rect.left, rect.bottom, rect.right, rect.top
            on_page = x_min <= (left + right) / 2 <= x_max and y_min <= (bottom + top) / 2 <= y_max
            if chars and (left - box[2] > (top - bottom) * 0.3 or abs(bottom - box[1]) > 2):
                flush()
            if not chars:
                box[:] = [left, bottom, right, top]
            else:
                box[0], box[1] = min(box[0], left), min(box[1], bottom)
                box[2], box[3] = max(box[2], right), max(box[3], top)
            chars.append(ch)
            seen[0] = seen[0] or on_page
            inked[0] = inked[0] or _painted(raw, tp, i)
        flush()
    finally:
        textpage.close()
    return join_spaced_letters(words)


# the typesetter's narrow spaces (thin, hair, narrow no-break): inside a telephone number, around
# its hyphen or after its area code's bracket, they space the groups of one number
_THIN_SPACES = frozenset("\u2009\u200a\u202f")


def _tight_join(before: str, after: str) -> bool:
    """A narrow space between `before` and `after` sits inside one number: next to its hyphen
    ('555 - 0192') or after its area code's closing bracket ('(805) 555'); digits on both sides
    alone stay apart (a thin space groups an amount's thousands)."""
    return (before in ")-" and (after.isdigit() or after == "-")) or (
        before.isdigit() and after == "-")


# text render modes that paint nothing (PDF 32000 9.3.6): 3 invisible, 7 add to the clip only
_INVISIBLE_MODES = frozenset({3, 7})


def _painted(raw: Any, textpage: Any, index: int) -> bool:
    """The character is drawn on the page. A scanner's searchable PDF lays its own OCR over the
    page's picture in an invisible render mode: the picture is what the page shows, the hidden
    layer a copy with the scanner's own misreadings ('Accouut', a digit dropped), so it is not
    read as the bill's text; a page left with too little text is read from its picture by OCR,
    as any scan is (the page AS SEEN)."""
    obj = raw.FPDFText_GetTextObject(textpage, index)
    return not obj or raw.FPDFTextObj_GetTextRenderMode(obj) not in _INVISIBLE_MODES


# how typesetting writes what a reader types plainly: hyphens that do not break a line, a figure
# dash and a minus sign are hyphens; a soft hyphen is invisible; a ligature ('ﬁ') is its
# letters. An en or em dash stays a dash (it writes a range: '0133–0152'), except between the
# groups of one telephone number ('989–555–0105')
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-",
                          "\u00ad": None, "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl",
                          "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_DASHED_PHONE = re.compile(r"^(\(?\d{3}\)?)[\u2013\u2014](\d{3})[\u2013\u2014](\d{4})(\W*)$")
# a number's exchange and line joined by an en or em dash after its area code in a word of its
# own ('(956) 555–0126'): three digits, then four, never a range's two ends of four ('0133–0152')
_DASHED_LOCAL = re.compile(r"^(\d{3})[\u2013\u2014](\d{4})(\W*)$")


# a footnote's mark glued to the value it annotates ('5491-0922†', '931-555-0185*'): a dagger or
# a section sign never hides a digit; an asterisk does, so it goes only after a whole
# telephone number, every digit printed (a masked one prints its stars in the digits' places)
_FOOTNOTE = re.compile(r"(?<=\d)[\u2020\u2021\u00a7\u00b9\u00b2\u00b3]+$")
_STARRED_PHONE = re.compile(r"^(\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4})\*+$")


def plain_text(text: str) -> str:
    text = _FOOTNOTE.sub("", text.translate(_HYPHENS))
    if (m := _DASHED_PHONE.match(text)) is not None:
        text = f"{m.group(1)}-{m.group(2)}-{m.group(3)}{m.group(4)}"
    elif (m := _DASHED_LOCAL.match(text)) is not None:
        text = f"{m.group(1)}-{m.group(2)}{m.group(3)}"
    if (m := _STARRED_PHONE.match(text)) is not None:
        text = m.group(1)
    return text


_LETTER_GAP = 0.45  # of the letters' height: one space between the letters of one word


def join_spaced_letters(words: list[Word]) -> list[Word]:
    """A heading printed letter-spaced in capitals ('A C C O U N T', 'B I L L   T O'): each
    letter comes out a word of its own, the words a wider gap apart. A run of single capitals
    one space apart is one word; a run of two only beside such a run of three or more on its
    line (so a lone 'A B' stays as printed)."""
    runs: list[list[Word]] = []
    for word in words:
        last = runs[-1][-1] if runs else None
        if _capital(word) and last is not None and _capital(last) and _next_letter(last, word):
            runs[-1].append(word)
        else:
            runs.append([word])
    out: list[Word] = []
    for k, run in enumerate(runs):
        beside = [r for r in (runs[k - 1] if k else [], runs[k + 1] if k + 1 < len(runs) else [])
                  if len(r) >= 3 and _capital(r[0]) and _same_line(r[0], run[0])]
        if len(run) >= 3 or (len(run) == 2 and beside):
            out.append(Word("".join(w.text for w in run), run[0].x0, min(w.top for w in run),
                            run[-1].x1, max(w.bottom for w in run), run[0].conf))
        else:
            out.extend(run)
    return out


def _capital(word: Word) -> bool:
    return len(word.text) == 1 and word.text.isalpha() and word.text.isupper()


def _same_line(a: Word, b: Word) -> bool:
    return abs(a.bottom - b.bottom) <= 1.0


def _next_letter(a: Word, b: Word) -> bool:
    return _same_line(a, b) and 0 <= b.x0 - a.x1 <= _LETTER_GAP * max(a.height, 1.0)
