"""What a form offers: its widgets (name, tooltip, place, kind, on-state) and the words printed on it.

Widget names on carriers' forms are often wrong or meaningless; the printed words are what the
carrier reads, so both are collected here and the mapping weighs them.
"""

from __future__ import annotations

import ctypes
import hashlib
import math
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal, cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PageObject, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from portdesk.loa.turned import Turn, turn_of

WidgetKind = Literal["text", "checkbox", "signature", "other"]
_LINE_TOL = 3.0  # points: characters this close vertically sit on one printed line
_WORD_GAP = 2.5  # points of white space that end a word
LEADERS = frozenset("_…")  # a run of these (or of 3+ dots) is a printed blank to write on
BOX_GLYPHS = frozenset("☐□❑❏▢◻\uf06f\uf0a8\uf071\uf072\uf0fe\uf06e")  # printed tick boxes
_FLAG_MULTILINE = 1 << 12
_FLAG_RADIO = 1 << 15
_FLAG_READ_ONLY = 1  # field flag: the form's own value, not to be changed
_ANNOT_HIDDEN = 2 | 32  # annotation flags Hidden and NoView: never shown on the page


@dataclass(eq=False)
class Widget:
    key: str  # unique: the field's full name, plus "#n" when several widgets share one field
    field_name: str
    page: int  # 0-based
    rect: tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points
    kind: WidgetKind
    tooltip: str = ""
    on_state: str | None = None
    max_len: int | None = None
    da: str = ""
    multiline: bool = False
    radio: bool = False
    locked: bool = False  # read-only or hidden: the form's own, never a blank of ours
    z: int = 0  # the order the widgets are drawn in: a later one is drawn over an earlier one
    # grey placeholder print wholly inside the box, painted white when a value is written in
    hide: tuple[tuple[float, float, float, float], ...] = ()
    obj: DictionaryObject = field(default_factory=DictionaryObject, repr=False)
    field_obj: DictionaryObject = field(default_factory=DictionaryObject, repr=False)

    @property
    def width(self) -> float:
        return self.rect[2] - self.rect[0]

    @property
    def height(self) -> float:
        return self.rect[3] - self.rect[1]


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    light: bool = False  # printed in light grey: placeholder text naming the box it sits in
    conf: float = 1.0  # 1.0 for a text layer; Tesseract's confidence for a word read by OCR

    @property
    def is_blank(self) -> bool:
        """A run of underscores, ellipses or dots: the printed line a value is written on."""
        return is_leader(self.text)

    @property
    def is_box(self) -> bool:
        """A printed tick box (☐, or a dingbat font's box)."""
        return len(self.text) == 1 and self.text in BOX_GLYPHS

    @property
    def rect(self) -> tuple[float, float, float, float]:
        return (self.x0, self.y0, self.x1, self.y1)


def is_leader(text: str) -> bool:
    """'_____', '……', '.........' (a trailing comma or colon is punctuation after the blank)."""
    core = text.rstrip(",;:")
    if not core:
        return False
    if set(core) <= LEADERS:
        return True
    return set(core) <= {".", "…"} and len(core) >= 3


def _inherited(obj: DictionaryObject, key: str) -> object:
    node: DictionaryObject | None = obj
    for _ in range(32):  # parent chains are short; a loop guards against cycles
        if node is None:
            return None
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = cast(DictionaryObject, parent.get_object()) if parent is not None else None
    return None


def _full_name(obj: DictionaryObject) -> tuple[str, DictionaryObject]:
    """The qualified field name and the field dictionary that holds it (kid or parent)."""
    parts: list[str] = []
    node: DictionaryObject | None = obj
    field_obj: DictionaryObject | None = None
    for _ in range(32):
        if node is None:
            break
        if "/T" in node:
            parts.append(str(node["/T"]))
            field_obj = field_obj or node
        parent = node.get("/Parent")
        node = cast(DictionaryObject, parent.get_object()) if parent is not None else None
    return ".".join(reversed(parts)), field_obj if field_obj is not None else obj


def _kind_and_state(obj: DictionaryObject) -> tuple[WidgetKind, str | None]:
    ft = _inherited(obj, "/FT")
    if ft == "/Tx":
        return "text", None
    if ft == "/Sig":
        return "signature", None
    if ft == "/Btn":
        flags = int(cast(int, _inherited(obj, "/Ff") or 0))
        if flags & (1 << 16):  # push button
            return "other", None
        ap = obj.get("/AP")
        states: list[str] = []
        if ap is not None:
            normal = ap.get_object().get("/N")
            if normal is not None and isinstance(normal.get_object(), DictionaryObject):
                states = [str(k) for k in normal.get_object() if str(k) != "/Off"]
        return "checkbox", states[0] if states else "/Yes"
    return "other", None


def scan_widgets(writer: PdfWriter) -> list[Widget]:
    """Every widget on every page, with keys that stay stable for the same form."""
    found: list[Widget] = []
    for page_no, page in enumerate(writer.pages):
        annots = page.get("/Annots")
        annots = annots.get_object() if annots is not None else None
        if not isinstance(annots, ArrayObject):
            continue
        for ref in annots:
            obj = ref.get_object()  # a damaged file may hold null or a number here: not a widget
            if (not isinstance(obj, DictionaryObject) or obj.get("/Subtype") != "/Widget"
                    or not is_rect(obj.get("/Rect"))):
                continue
            x0, y0, x1, y1 = (float(v) for v in cast(ArrayObject, obj["/Rect"]))
            if not _on_page(page, (x0 + x1) / 2, (y0 + y1) / 2):
                continue  # nobody sees what a widget off its page holds: it is no place
            name, field_obj = _full_name(obj)
            kind, on_state = _kind_and_state(obj)
            tooltip = _inherited(obj, "/TU")
            max_len = _inherited(obj, "/MaxLen")
            flags = int(cast(int, _inherited(obj, "/Ff") or 0))
            found.append(Widget(
                key=name, field_name=name, page=page_no,
                rect=(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), kind=kind,
                tooltip=str(tooltip or ""), on_state=on_state,
                max_len=int(cast(int, max_len)) if max_len is not None else None,
                da=str(_inherited(obj, "/DA") or ""), multiline=bool(flags & _FLAG_MULTILINE),
                radio=kind == "checkbox" and bool(flags & _FLAG_RADIO),
                locked=bool(flags & _FLAG_READ_ONLY) or bool(
                    int(cast(int, obj.get("/F") or 0)) & _ANNOT_HIDDEN), z=len(found), obj=obj,
                field_obj=field_obj))
    _disambiguate(found)
    return found


_OFF_PAGE_SLACK = 2.0  # points: a widget drawn to the page's very edge is still on it


def _on_page(page: PageObject, x: float, y: float) -> bool:
    """Is this point on the page as a viewer and a printer show it (its crop box)?"""
    box = page.cropbox
    left, right = sorted((float(box.left), float(box.right)))
    bottom, top = sorted((float(box.bottom), float(box.top)))
    return (left - _OFF_PAGE_SLACK <= x <= right + _OFF_PAGE_SLACK
            and bottom - _OFF_PAGE_SLACK <= y <= top + _OFF_PAGE_SLACK)


def is_rect(value: object) -> bool:
    """A rectangle is four numbers; a damaged form may put a name, null or three numbers there."""
    value = value.get_object() if hasattr(value, "get_object") else value
    return isinstance(value, ArrayObject) and len(value) == 4 and all(
        isinstance(v, int | float) for v in value)


def reading_key(w: Widget) -> tuple[int, float, float]:
    return (w.page, -round(w.rect[3] / 6), w.rect[0])


def _disambiguate(widgets: list[Widget]) -> None:
    by_name: dict[str, list[Widget]] = {}
    for w in widgets:
        by_name.setdefault(w.field_name, []).append(w)
    for group in by_name.values():
        if len(group) > 1:
            for n, w in enumerate(sorted(group, key=reading_key), start=1):
                w.key = f"{w.field_name}#{n}"


def form_fingerprint(widgets: list[Widget], words: list[Word]) -> str:
    """Same form, same key: built from the fields (or, for a flat form, its printed words)."""
    h = hashlib.sha256()
    if widgets:
        for w in sorted(widgets, key=lambda w: w.key):
            h.update(f"{w.key}|{w.kind}|{w.page}|{[round(v) for v in w.rect]}\n".encode())
    else:
        for word in words:
            h.update(f"{word.page}|{word.text}\n".encode())
    return h.hexdigest()[:20]


def extract_words(pdf_bytes: bytes) -> list[Word]:
    """Words with their boxes, from pdfium (fast); underscore runs come out as their own words."""
    doc = pdfium.PdfDocument(pdf_bytes)
    words: list[Word] = []
    try:
        for page_no in range(len(doc)):
            page = doc[page_no]
            textpage = page.get_textpage()
            words.extend(_join_spaced_letters(_join_dot_runs(
                _page_words(textpage, page_no, pdfium_turn(page)))))
            textpage.close()
            page.close()
    finally:
        doc.close()
    return words


def pdfium_turn(page: pdfium.PdfPage) -> Turn:
    """How a viewer turns this page (its /Rotate), with the page's own size."""
    box = page.get_mediabox()
    return turn_of(page.get_rotation(), box[2], box[3])


def _usual_angle(raw: pdfium_c.FPDF_TEXTPAGE, count: int) -> float:
    """The angle most of the page's characters are drawn at (a page drawn turned under its
    /Rotate draws all its text turned: that is its upright)."""
    angles: dict[int, int] = {}
    for i in range(0, count, max(1, count // 400)):
        key = round(pdfium_c.FPDFText_GetCharAngle(raw, i) / (math.pi / 2)) % 4
        angles[key] = angles.get(key, 0) + 1
    return max(angles, key=lambda k: angles[k]) * math.pi / 2 if angles else 0.0


def _quarter_turned(angle: float, upright: float) -> bool:
    """A character drawn a quarter turn from the page's upright text (a column heading turned
    90 degrees, a block's label written up its side)."""
    if angle < 0:
        return False  # pdfium could not say
    off = (angle - upright) % (2 * math.pi)
    return abs(off - math.pi / 2) < 0.2 or abs(off - 3 * math.pi / 2) < 0.2


def _turned_word(chars: list[tuple[str, float, float, float, float]], page_no: int) -> list[Word]:
    """The letters of a turned run as one word, in reading order (bottom to top when turned
    anticlockwise, top to bottom when clockwise), boxed by all of them; emptied after."""
    if not chars:
        return []
    ys = [c[2] for c in chars]
    order = chars if ys == sorted(ys) or ys == sorted(ys, reverse=True) else \
        sorted(chars, key=lambda c: c[2])
    word = Word("".join(c[0] for c in order), page_no, min(c[1] for c in chars),
                min(c[2] for c in chars), max(c[3] for c in chars), max(c[4] for c in chars))
    chars.clear()
    return [word]


def _page_words(textpage: pdfium.PdfTextPage, page_no: int, turn: Turn) -> list[Word]:
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    raw = textpage.raw
    out: list[Word] = []
    cur: list[str] = []
    box = [0.0, 0.0, 0.0, 0.0]
    light = [True]

    def flush() -> None:
        if cur:
            out.append(Word("".join(cur), page_no, box[0], box[1], box[2], box[3], light[0]))
            cur.clear()

    count = textpage.count_chars()
    upright = _usual_angle(raw, count)
    turned: list[tuple[str, float, float, float, float]] = []  # a run of text turned 90 degrees
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        ch = chr(code) if code else " "
        if ch.isspace() or code == 0xFFFE:
            flush()
            out.extend(_turned_word(turned, page_no))
            continue
        pdfium_c.FPDFText_GetCharBox(raw, i, left, right, bottom, top)
        if _quarter_turned(pdfium_c.FPDFText_GetCharAngle(raw, i), upright):
            flush()  # a label written up a column: its letters are one word, read along it
            if turned and abs(left.value - turned[-1][1]) > _LINE_TOL:
                out.extend(_turned_word(turned, page_no))
            turned.append((ch, left.value, bottom.value, right.value, top.value))
            continue
        out.extend(_turned_word(turned, page_no))
        if turn.angle:  # read as the viewer shows the page
            x0, y0, x1, y1 = turn.rect((left.value, bottom.value, right.value, top.value))
            left.value, bottom.value, right.value, top.value = x0, y0, x1, y1
        leader = _leader_char(ch, cur)
        if cur and (_leader_char(cur[-1], cur[:-1]) != leader
                    or abs(bottom.value - box[1]) > _LINE_TOL
                    or left.value - box[2] > max(_WORD_GAP, 0.45 * (top.value - bottom.value))
                    or ch in BOX_GLYPHS
                    or cur[-1] in BOX_GLYPHS):
            flush()
        if not cur:
            box[:] = [left.value, bottom.value, right.value, top.value]
            light[0] = _light(raw, i)
        else:
            box[0], box[1] = min(box[0], left.value), min(box[1], bottom.value)
            box[2], box[3] = max(box[2], right.value), max(box[3], top.value)
        cur.append(ch)
    flush()
    out.extend(_turned_word(turned, page_no))
    return out


_GREY = (0.42, 0.88)  # luminance of placeholder grey: lighter than ink, darker than white text


def _light(raw: object, index: int) -> bool:
    """A character printed in light grey (not black ink, not white text on a dark band)."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFText_GetFillColor(raw, index, r, g, b, a):
        return False
    luminance = (0.299 * r.value + 0.587 * g.value + 0.114 * b.value) / 255
    return _GREY[0] <= luminance <= _GREY[1]


_SPACED_RUN = 3  # single letters in a row, evenly apart: a word printed letter-spaced
_SPACED_BREAK = 2.4  # of the run's usual gap: a wider one is the space between two words
_SPACED_GAP = 0.8  # of a letter's height: letters this far apart at most are one word's


def _join_spaced_letters(words: list[Word]) -> list[Word]:
    """"N I M I   K U U P Ä E V" (a label drawn a glyph at a time, letter-spaced) is "NIMI
    KUUPÄEV": single letters on one line, each as far from the next as the run's usual gap
    (and no further than most of a letter's height), are one word; a gap clearly wider than
    the usual one is the space between two words."""
    out: list[Word] = []
    n = 0
    spaced: tuple[Word, float] | None = None  # the last spaced run's first letter, its gap
    while n < len(words):
        run = [words[n]]
        while n + len(run) < len(words) and _letter(run[-1]) and \
                _letter(nxt := words[n + len(run)]) and nxt.page == run[-1].page and \
                nxt.y0 < run[0].y1 and nxt.y1 > run[0].y0 and 0 <= nxt.x0 - run[-1].x1 <= \
                _SPACED_GAP * max(1.0, run[-1].y1 - run[-1].y0):
            run.append(nxt)
        if len(run) < _SPACED_RUN and not _short_spaced_word(run, spaced):
            out.append(words[n])
            n += 1
            continue
        gaps = sorted(b.x0 - a.x1 for a, b in pairwise(run))
        usual = gaps[len(gaps) // 2]
        spaced = (run[0], usual)
        part = [run[0]]
        for a, b in pairwise(run):
            if b.x0 - a.x1 > _SPACED_BREAK * usual + 0.5:
                out.append(_joined(part))
                part = []
            part.append(b)
        out.append(_joined(part))
        n += len(run)
    return out


def _short_spaced_word(run: list[Word], spaced: tuple[Word, float] | None) -> bool:
    """Two letters as far apart as the letters of a spaced word before them on their line
    ("R Ă M Â N   L A   O P E R A T O R U L"): a short word of the same spaced label ("LA",
    "DE", "ÎN" had stayed two one-letter words, and the label unread)."""
    if len(run) != 2 or spaced is None:
        return False
    first, usual = spaced
    gap = run[1].x0 - run[0].x1
    return first.page == run[0].page and run[0].y0 < first.y1 and run[0].y1 > first.y0 and \
        abs(gap - usual) <= max(0.5, usual / 2)


def _letter(w: Word) -> bool:
    """One letter or digit (or the hyphen, point or apostrophe inside a spaced word)."""
    return len(w.text) == 1 and (w.text.isalnum() or w.text in "-.'’")


def _joined(part: list[Word]) -> Word:
    if len(part) == 1:
        return part[0]
    return Word("".join(w.text for w in part), part[0].page, part[0].x0,
                min(w.y0 for w in part), part[-1].x1, max(w.y1 for w in part), part[0].light)


def _join_dot_runs(words: list[Word]) -> list[Word]:
    """". . . . . ." spaced out is one printed blank, as "......" is."""
    out: list[Word] = []
    run: list[Word] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append(Word("." * len(run), run[0].page, run[0].x0, min(w.y0 for w in run),
                            run[-1].x1, max(w.y1 for w in run)))
        else:
            out.extend(run)
        run.clear()

    for w in words:
        dotty = set(w.text.rstrip(",;:")) <= {".", "…"} and bool(w.text.rstrip(",;:"))
        if dotty and run and abs(run[-1].y0 - w.y0) < _LINE_TOL and 0 <= w.x0 - run[-1].x1 < 4:
            run.append(w)
            continue
        flush()
        if dotty:
            run.append(w)
        else:
            out.append(w)
    flush()
    return out


def _leader_char(ch: str, before: list[str]) -> bool:
    """Underscores and ellipses always lead; a dot only once it follows another dot."""
    if ch in LEADERS:
        return True
    return ch == "." and bool(before) and before[-1] in (".", "…")


def set_name(obj: DictionaryObject, key: str, value: str) -> None:
    obj[NameObject(key)] = NameObject(value)


def as_ref(obj: DictionaryObject) -> IndirectObject | None:
    ref = obj.indirect_reference
    return ref if isinstance(ref, IndirectObject) else None
