"""Scoring a carrier-form fill against hand-written truth, through the public command line.

The truth (truth/*.json, keyed by file name and sha256) says, for each place on a form (a widget's
rectangle or a printed blank), which of the customer's values belongs there, or that nothing does.
The scorer fills and signs the form exactly as a specialist would (`portdesk loa fill` then
`portdesk loa sign`, in-process), then reads the *signed* document the carrier would receive: every
character that is not on the original form is something we printed, and where it landed decides:

- right: the expected value in its place;
- misplaced: something of ours in a place meant for another value (or a wrong tick);
- stray: something printed where nothing of ours belongs (a blank meant for others, or no blank);
- missing: a place that should hold a value and is empty.

It deliberately shares no code with portdesk.loa's mapping: it reads characters and images with
pdfium directly, and derives the expected text from the entries itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import phonenumbers
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader

from portdesk.cli import main

TRUTH_DIR = Path(__file__).with_name("truth")
SIGNER = "José Núñez"
_PAD = 1.5  # points of slack around a place
# a month written in words, in the form's language, as a date after the day writes it
# (genitive in Polish, Czech, Greek...; partitive in Finnish): the judge's own list
_MONTHS = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
           "octubre", "novembre", "desembre"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"],
    "rm": ["schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur", "avust",
           "settember", "october", "november", "december"],
    "lb": ["januar", "februar", "mäerz", "abrëll", "mee", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
           "október", "nóvember", "desember"],
    "fo": ["januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
           "října", "listopadu", "prosince"],
    "sk": ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
           "septembra", "októbra", "novembra", "decembra"],
    "sl": ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta",
           "septembra", "oktobra", "novembra", "decembra"],
    "hr": ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
           "rujna", "listopada", "studenoga", "prosinca"],
    "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
           "октомври", "ноември", "декември"],
    "el": ["ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου",
           "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
           "september", "oktoober", "november", "detsember"],
    "lv": ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts",
           "septembris", "oktobris", "novembris", "decembris"],
    "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio",
           "rugsėjo", "spalio", "lapkričio", "gruodžio"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus",
           "szeptember", "október", "november", "december"],
    "mt": ["jannar", "frar", "marzu", "april", "mejju", "ġunju", "lulju", "awwissu", "settembru",
           "ottubru", "novembru", "diċembru"],
    "ga": ["eanáir", "feabhra", "márta", "aibreán", "bealtaine", "meitheamh", "iúil", "lúnasa",
           "meán fómhair", "deireadh fómhair", "samhain", "nollaig"],
    "cy": ["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst",
           "medi", "hydref", "tachwedd", "rhagfyr"],
    "sw": ["januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba",
           "oktoba", "novemba", "desemba"],
    "tr": ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
           "ekim", "kasım", "aralık"],
}


# -- truth ---------------------------------------------------------------------------------------
def load_truths(split: str | None = None) -> list[dict[str, Any]]:
    out = []
    for path in sorted(TRUTH_DIR.glob("*.json")):
        if path.name == "cases.json":
            continue
        truth = json.loads(path.read_text(encoding="utf-8"))
        if split is None or truth["split"] == split:
            out.append(truth)
    return out


def load_cases() -> dict[str, dict[str, Any]]:
    cases: dict[str, dict[str, Any]] = json.loads(
        (TRUTH_DIR / "cases.json").read_text(encoding="utf-8"))
    return cases


def form_path(shared: Path, truth: dict[str, Any]) -> Path:
    for folder in ("samples/loa-forms", "samples/loa-forms/more"):
        path = shared / folder / truth["file"]
        if path.is_file():
            if hashlib.sha256(path.read_bytes()).hexdigest() != truth["sha256"]:
                raise AssertionError(f"{path}: not the file the truth was written for (sha256)")
            return path
    raise FileNotFoundError(truth["file"])


# -- reading a document --------------------------------------------------------------------------
@dataclass(frozen=True)
class Char:
    text: str
    page: int  # 1-based
    x0: float
    y0: float
    x1: float
    y1: float
    ink: tuple[float, float, float, float] = field(default=(0, 0, 0, 0), compare=False)
    shown: tuple[float, float, float, float] | None = field(default=None, compare=False)

    def upright(self) -> Char:
        """The character where a viewer shows it: a page turned by /Rotate reads upright."""
        if self.shown is None:
            return self
        return Char(self.text, self.page, *self.shown, ink=self.ink)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


def read_chars(pdf: bytes) -> list[Char]:
    doc = pdfium.PdfDocument(pdf)
    out: list[Char] = []
    try:
        for n in range(len(doc)):
            page = doc[n]
            text = page.get_textpage()
            turn = _turner(page)
            for i in range(text.count_chars()):
                code = pdfium_c.FPDFText_GetUnicode(text.raw, i)
                if not code or chr(code).isspace() or code in (0xFFFE, 0xFFFF):
                    continue
                x0, y0, x1, y1 = text.get_charbox(i, loose=True)
                out.append(Char(chr(code), n + 1, x0, y0, x1, y1, text.get_charbox(i),
                                turn((x0, y0, x1, y1)) if turn else None))
            text.close()
            page.close()
    finally:
        doc.close()
    return out


def _turner(page: pdfium.PdfPage) -> Any:
    """A page's box as a viewer shows it when the page carries /Rotate (else None)."""
    angle, (_, _, w, h) = page.get_rotation() % 360, page.get_mediabox()
    if not angle:
        return None

    def point(x: float, y: float) -> tuple[float, float]:
        return {90: (y, w - x), 180: (w - x, h - y), 270: (h - y, x)}[angle]

    def box(b: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        (ax, ay), (bx, by) = point(b[0], b[1]), point(b[2], b[3])
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)
    return box


def read_images(pdf: bytes) -> list[tuple[int, tuple[float, float, float, float]]]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    try:
        for n in range(len(doc)):
            page = doc[n]
            for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4):
                out.append((n + 1, tuple(round(v, 1) for v in obj.get_bounds())))
            page.close()
    finally:
        doc.close()
    return out  # type: ignore[return-value]


def added_chars(original: list[Char], signed: list[Char]) -> list[Char]:
    """Characters of the signed document that are not printed on the original form. Each of the
    original's characters vouches for one signed character only (the nearest, its own print
    first): a value written over the same letters of a placeholder printed in its box ("Rua"
    over "Rua, avenida...") is ours letter for letter, not half the form's."""
    index: dict[tuple[int, str, int], list[int]] = {}
    for n, c in enumerate(original):
        index.setdefault((c.page, c.text, round(c.cy / 4)), []).append(n)
    pairs = []
    for i, c in enumerate(signed):
        for k in (-1, 0, 1):
            for n in index.get((c.page, c.text, round(c.cy / 4) + k), []):
                o = original[n]
                dx, dy = abs(o.cx - c.cx), abs(o.cy - c.cy)
                if dx < 1.0 and dy < 1.0:
                    pairs.append((dx + dy, i, n))
    matched: set[int] = set()
    used: set[int] = set()
    for _, i, n in sorted(pairs):
        if i not in matched and n not in used:
            matched.add(i)
            used.add(n)
    return [c for i, c in enumerate(signed) if i not in matched]


_SCALE = 3.0  # pixels per point when the signed page is rendered to see what a reader sees
_INK = 64  # grey levels between a glyph's darkest and lightest pixel: its ink shows


def hidden_chars(pdf: bytes, chars: list[Char]) -> set[int]:
    """The characters of `chars` that no reader sees on the rendered page: a widget's box drawn
    above them (a drop-down's white field), text drawn invisible, white on white. Each glyph's
    own ink box (one pixel around it) is looked at on the page rendered as a viewer and a
    printer draw it; a run of text (as a reader groups it) is hidden when most of its glyphs
    show no ink, so a border line crossing one glyph of a covered value does not reveal it."""
    pages = sorted({c.page for c in chars})
    if not pages:
        return set()
    blank: set[int] = set()
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        for number in pages:
            page = doc[number - 1]
            bitmap = page.render(scale=_SCALE, grayscale=True, may_draw_forms=True)
            image, to_device = bitmap.to_pil(), bitmap.get_posconv(page).to_bitmap
            for i, c in enumerate(chars):
                if c.page != number or c.ink == (0, 0, 0, 0):
                    continue
                corners = [to_device(x, y) for x in (c.ink[0], c.ink[2])
                           for y in (c.ink[1], c.ink[3])]
                box = (int(min(p[0] for p in corners)) - 1, int(min(p[1] for p in corners)) - 1,
                       int(max(p[0] for p in corners)) + 2, int(max(p[1] for p in corners)) + 2)
                lo, hi = image.crop(box).getextrema()
                if hi - lo < _INK:
                    blank.add(i)
            bitmap.close()
            page.close()
    finally:
        doc.close()
    hidden: set[int] = set()
    for run in _words_on_lines(chars):
        if 2 * sum(1 for i in run if i in blank) > len(run):
            hidden.update(run)
    return hidden


def _words_on_lines(chars: list[Char]) -> list[list[int]]:
    """Characters (by index) on one printed line of a page, left to right, split where more than
    12 points of white space part them: a value and its neighbour in the next box are two."""
    chars = [c.upright() for c in chars]
    lines: list[list[int]] = []
    for i in sorted(range(len(chars)), key=lambda i: (chars[i].page, -chars[i].cy)):
        head = chars[lines[-1][0]] if lines else None
        if head is not None and head.page == chars[i].page and abs(head.cy - chars[i].cy) < 3:
            lines[-1].append(i)
        else:
            lines.append([i])
    runs: list[list[int]] = []
    for line in lines:
        line.sort(key=lambda i: chars[i].x0)
        runs.append([line[0]])
        for prev, i in pairwise(line):
            if chars[i].x0 - chars[prev].x1 < 12:
                runs[-1].append(i)
            else:
                runs.append([i])
    return runs


def checkbox_states(pdf: bytes) -> list[tuple[int, tuple[float, ...], bool]]:
    reader = PdfReader(io.BytesIO(pdf))
    out = []
    for n, page in enumerate(reader.pages, start=1):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Widget" or "/AS" not in annot:
                continue
            r = [float(v) for v in annot["/Rect"]]
            rect = (min(r[0], r[2]), min(r[1], r[3]), max(r[0], r[2]), max(r[1], r[3]))
            out.append((n, rect, str(annot["/AS"]) != "/Off"))
    return out


def choice_options(pdf: bytes) -> dict[str, list[str]]:
    """Each drop-down's or list box's options as shown, by the field's name."""
    out: dict[str, list[str]] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            field_ = annot if "/T" in annot else annot.get("/Parent", {}).get_object() \
                if "/Parent" in annot else annot
            if field_.get("/FT") != "/Ch" or "/T" not in field_:
                continue
            shown = []
            for item in field_.get("/Opt") or []:
                item = item.get_object() if hasattr(item, "get_object") else item
                shown.append(str(item[1] if isinstance(item, list) and len(item) == 2 else item))
            out[str(field_["/T"])] = [" ".join(o.split()) for o in shown if o.strip()]
    return out


def text_of(chars: list[Char]) -> str:
    """Characters back into lines of words, top to bottom (as a viewer shows the page)."""
    chars = [c.upright() for c in chars]
    lines: list[list[Char]] = []
    for c in sorted(chars, key=lambda c: (-c.cy, c.x0)):
        for line in lines:
            if abs(line[0].cy - c.cy) < max(1.5, (line[0].y1 - line[0].y0) * 0.4):
                line.append(c)
                break
        else:
            lines.append([c])
    out = []
    for line in lines:
        line.sort(key=lambda c: c.x0)
        words = line[0].text
        for prev, c in pairwise(line):
            gap = c.x0 - prev.x1
            words += (" " if gap > max(0.8, (c.y1 - c.y0) * 0.12) else "") + c.text
        out.append(words)
    return "\n".join(out)


# -- expected values -----------------------------------------------------------------------------
@dataclass
class Expect:
    kind: str  # text | phone | address | street | date | part | count | check | sign | none
    value: Any = None
    accept_extra: frozenset[str] = frozenset()


def _tokens(*parts: str) -> list[str]:
    return [t.lower() for p in parts for t in re.findall(r"\w+", p or "")]


def expected(field_name: str | None, entry: dict[str, Any], today: date,
             language: str) -> Expect:
    if field_name is None:
        return Expect("none")
    addr = entry.get("service_address") or {}
    bill = entry.get("billing_address") or {}
    requested = date.fromisoformat(entry["requested_date"]) if entry.get("requested_date") else None
    plain = {"account_name", "authorized_name", "authorized_title", "account_number", "pin",
             "carrier", "contact_email"}
    if field_name in plain:
        return Expect("text", entry.get(field_name, ""))
    if field_name in ("btn", "new_btn", "contact_phone"):
        return Expect("phone", entry.get(field_name, ""))
    if field_name in ("city", "postal_code"):
        return Expect("text", addr.get(field_name, ""))
    if field_name == "state":
        return Expect("state", addr.get(field_name, ""))
    if field_name.startswith("billing_"):
        key = field_name.removeprefix("billing_")
        if key == "street":
            return Expect("street", (bill.get("line1", ""), bill.get("line2", "")))
        if key == "street_town":  # an address box beside a postcode box, no town box: both
            return Expect("street_town", bill)
        return Expect("state" if key == "state" else "text", bill.get(key, ""))
    if field_name == "street":
        return Expect("street", (addr.get("line1", ""), addr.get("line2", "")))
    if field_name == "address":
        return Expect("address", addr)
    if field_name == "locality":  # "City, State, ZIP" on one blank
        return Expect("locality", addr)
    if field_name == "requested_date":
        return Expect("date", requested)
    if field_name == "date_signed":
        return Expect("date", today)
    part = re.match(r"(requested|date_signed)_(day|month|year2?)$", field_name)
    if part:
        when = requested if part.group(1) == "requested" else today
        return Expect("part", (part.group(2), when, language))
    if field_name in ("numbers", "remaining_numbers"):
        return Expect("numbers", tuple(entry.get(field_name) or []))
    if field_name == "number":
        return Expect("anynumber", tuple(entry.get("numbers", [])))
    if field_name == "number_count":
        return Expect("count", len(entry.get("numbers", [])))
    if field_name.startswith("check:") or field_name.startswith("mark:"):
        return Expect("check", _condition(field_name.split(":", 1)[1], entry))
    if field_name == "signature":
        return Expect("sign", True)
    if field_name == "port_choice":  # the words its header offers are the place's (`accept`)
        return Expect("choice", ())
    if field_name == "area_code":  # a row's area code: decided by its row (`_expected_at`)
        return Expect("choice", ())
    raise ValueError(f"truth names an unknown field: {field_name}")


def _condition(name: str, entry: dict[str, Any]) -> bool:
    port = entry.get("port_type", "full")
    numbers = entry.get("numbers", [])
    types: set[int] = {phonenumbers.number_type(phonenumbers.parse(n)) for n in numbers}
    kind = phonenumbers.PhoneNumberType
    toll_free = types <= {kind.TOLL_FREE}
    return {
        "full_port": port == "full", "full": port == "full",
        "partial_port": port == "partial", "partial": port == "partial",
        "btn_ported": entry.get("btn") in numbers, "btn_stays": entry.get("btn") not in numbers,
        "toll_free": toll_free,
        # the kind of service a form asks ticked (landline / mobile / VoIP): every number of
        # the case is of that kind by its country's plan; a NANP number says neither
        "landline": bool(types) and types <= {kind.FIXED_LINE},
        "mobile": bool(types) and types <= {kind.MOBILE},
        "voip": bool(types) and types <= {kind.VOIP},
        "business": entry.get("customer_type", "business") == "business",
        "residential": entry.get("customer_type") == "residential",
    }[name]


def _same_phone(text: str, e164: str, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == e164


def _parse_date(text: str, formats: list[str]) -> date | None:
    for fmt in formats:
        with contextlib.suppress(ValueError):
            return datetime.strptime(text.strip(), fmt).date()
    return None


def matches(exp: Expect, text: str, truth: dict[str, Any]) -> bool:
    flat = " ".join(text.split())
    region = truth["country"]
    if exp.kind == "text":
        return bool(exp.value) and flat == " ".join(exp.value.split())
    if exp.kind == "state":  # the case keeps states and provinces in capitals
        return bool(exp.value) and flat.lower() == " ".join(exp.value.split()).lower()
    if exp.kind == "phone":
        return bool(exp.value) and _same_phone(flat, exp.value, region)
    if exp.kind == "street":
        line1, line2 = exp.value
        placed = set(_tokens(flat))
        return bool(line1) and set(_tokens(line1)) <= placed <= set(_tokens(line1, line2))
    if exp.kind == "street_town":  # the street and its town, the postcode has its own box
        a = exp.value
        need = set(_tokens(a.get("line1", ""), a.get("city", "")))
        allowed = need | set(_tokens(a.get("line2", ""), a.get("state", "")))
        return bool(a.get("line1")) and need <= set(_tokens(flat)) <= allowed
    if exp.kind == "address":
        a = exp.value
        need = set(_tokens(a.get("line1", ""), a.get("city", ""), a.get("postal_code", "")))
        allowed = need | set(_tokens(a.get("line2", ""), a.get("state", ""), a.get("country", "")))
        return need <= set(_tokens(flat)) <= allowed
    if exp.kind == "locality":
        a = exp.value
        need = set(_tokens(a.get("city", ""), a.get("state", ""), a.get("postal_code", "")))
        return bool(need) and need <= set(_tokens(flat)) <= need | set(_tokens(a.get("country", "")))
    if exp.kind == "date":
        return exp.value is not None and _parse_date(flat, truth["date_formats"]) == exp.value
    if exp.kind == "part":
        which, when, language = exp.value
        if when is None:
            return False
        if which == "day":
            return flat.isdigit() and int(flat) == when.day
        if which == "month":
            names = _MONTHS.get(language, [])
            return (flat.isdigit() and int(flat) == when.month) or \
                (bool(names) and flat.lower() == names[when.month - 1])
        if which == "year2":
            return flat == f"{when.year % 100:02d}"
        return flat in (str(when.year), f"{when.year % 100:02d}")
    if exp.kind == "count":
        return flat == str(exp.value)
    if exp.kind == "choice":
        return flat.lower() in {a.lower() for a in exp.value}
    if exp.kind == "anynumber":
        return any(_same_phone(flat, n, region) for n in exp.value)
    return False


def has_value(exp: Expect) -> bool:
    if exp.kind in ("none",):
        return False
    if exp.kind == "street":
        return bool(exp.value[0])
    if exp.kind in ("address", "street_town"):
        return bool(exp.value.get("line1"))
    if exp.kind == "locality":
        return bool(exp.value.get("city"))
    if exp.kind == "part":
        return exp.value[1] is not None
    return bool(exp.value)


# -- the score -----------------------------------------------------------------------------------
@dataclass
class Score:
    form: str
    case: str
    split: str
    values: int = 0  # values that belong somewhere on this form
    right: int = 0
    misplaced: int = 0
    stray: int = 0
    missing: int = 0
    hidden: int = 0  # bits of our text written where no reader sees them (not counted placed)
    slots: int = 0
    slots_right: int = 0
    filled: bool = False
    signed: bool = False
    intact: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.filled and self.signed and self.intact

    def add(self, other: Score) -> None:
        for name in ("values", "right", "misplaced", "stray", "missing", "hidden", "slots",
                     "slots_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.notes += other.notes


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        yield


def run_form(form: Path, entry: dict[str, Any], work: Path) -> tuple[int, int, Path, Path]:
    """fill then sign through the command line, in-process; returns (fill rc, sign rc, out, signed)."""
    work.mkdir(parents=True, exist_ok=True)
    entries, out = work / "entries.json", work / "filled.pdf"
    report, signed = work / "report.json", work / "signed.pdf"
    entries.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    with _quiet():
        fill_rc = main(["loa", "fill", str(form), "--entries", str(entries), "-o", str(out),
                        "--report", str(report)])
        signer = entry.get("authorized_name") or SIGNER  # the authorized person signs
        sign_rc = main(["loa", "sign", str(out), "--typed", signer, "--signer", signer,
                        "-o", str(signed)]) if fill_rc == 0 else 1
    return fill_rc, sign_rc, out, signed


def _verified(signed: Path) -> bool:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
        rc = main(["loa", "verify", str(signed), "--json"])
    return rc == 0 and bool(json.loads(buf.getvalue() or "{}").get("ok"))


def _not_the_forms_own(new: list[Char], original: bytes, filled: bytes | None = None,
                       asked: frozenset[str] = frozenset(),
                       written: frozenset[str] | None = None) -> list[Char]:
    """A read-only widget's own value (a form id the form prints itself) shows on the flattened
    page as text the original's page content did not hold: the form's, not written by us. So
    does an editable widget's value the form came with (a sales channel prefilled) when the
    filled form still holds it unchanged and no place of the truth asks a value of ours in that
    widget: the filler kept the form's value, it wrote nothing there (a widget meant for others
    keeping its own value is no stray). A widget the truth asks a value of ours in keeps the
    form's own text too (its label "Funktion:" left where the case has no title) when the fill
    report says the filler wrote nothing there (`written`: the widgets it wrote a value in; the
    lead's decision, session 22): what was there is not what we wrote; the value is missing,
    not misplaced. Without a report every asked widget counts as written."""
    ours = asked if written is None else asked & written
    same = _unchanged_values(original, filled) - ours if filled is not None else set()
    kept: list[tuple[int, list[float]]] = []
    for n, page in enumerate(PdfReader(io.BytesIO(original)).pages):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if not hasattr(annot, "get") or "/Rect" not in annot:
                continue
            parent = annot.get("/Parent")
            parent = parent.get_object() if parent is not None else {}
            flags = int(annot.get("/Ff") or parent.get("/Ff") or 0)
            name = str(annot.get("/T") or parent.get("/T") or "")
            if (flags & 1 or name in same) and str(annot.get("/V") or parent.get("/V")
                                                   or "").strip():
                kept.append((n + 1, [float(v) for v in annot["/Rect"]]))
    # its value may run a character past its own box (the form's appearance, not ours): the
    # box reaches a few points further right on its own line
    return [c for c in new if not any(_inside(c, page, [rect[0], rect[1], rect[2] + _OWN_RUN,
                                                        rect[3]], pad=0)
                                      for page, rect in kept)]


_OWN_RUN = 4.0  # points a read-only widget's own value may run past its box


_SIGNING_WRITES = frozenset({"date_signed", "signature", "authorized_name"})


def written_widgets(work: Path) -> frozenset[str] | None:
    """The widgets the fill report says the filler wrote a value in (None without a report),
    and the places it left to the signing, which writes the signer's name, the date and the
    ink there after the fill (their report rows say no value yet). A widget named in the
    report by its full name ("page1.Funktion") counts under its last part too, as a truth may
    name it."""
    report = work / "report.json"
    if not report.exists():
        return None
    rows = json.loads(report.read_text(encoding="utf-8")).get("fields") or []
    names = {str(r.get("target") or "") for r in rows if str(r.get("value") or "").strip()
             or r.get("field") in _SIGNING_WRITES}
    return frozenset(names | {n.rsplit(".", 1)[-1] for n in names})


def _unchanged_values(original: bytes, filled: bytes) -> set[str]:
    """The text widgets that held a value in the original and hold the same in the filled form."""
    before = {k: str(v) for k, v in (PdfReader(io.BytesIO(original)).get_form_text_fields()
                                     or {}).items() if v and str(v).strip()}
    after = PdfReader(io.BytesIO(filled)).get_form_text_fields() or {}
    return {k for k, v in before.items() if str(after.get(k) or "") == v}


def _inside(c: Char, page: int, rect: list[float], pad: float = _PAD) -> bool:
    return c.page == page and rect[0] - pad <= c.cx <= rect[2] + pad \
        and rect[1] - pad <= c.cy <= rect[3] + pad


def score_case(truth: dict[str, Any], form: Path, case_name: str, entry: dict[str, Any],
               work: Path, today: date | None = None) -> Score:
    today = today or date.today()
    score = Score(truth["file"], case_name, truth["split"])
    fill_rc, sign_rc, out, signed = run_form(form, entry, work)
    score.filled, score.signed = fill_rc == 0, sign_rc == 0
    places = [p for p in truth["places"] if "slots" not in p]
    groups = [p for p in truth["places"] if "slots" in p]
    if not score.signed:
        _count_all_missing(score, truth, places, groups, entry, today)
        score.notes.append(f"fill rc {fill_rc}, sign rc {sign_rc}")
        return score
    original, signed_pdf = form.read_bytes(), signed.read_bytes()
    score.intact = _verified(signed) and len(PdfReader(io.BytesIO(signed_pdf)).pages) == len(
        PdfReader(io.BytesIO(original)).pages)
    asked = frozenset(str(p["widget"]) for p in truth["places"]
                      if p.get("widget") and p.get("field"))
    new = _not_the_forms_own(added_chars(read_chars(original), read_chars(signed_pdf)),
                             original, out.read_bytes(), asked, written_widgets(work))
    hidden = hidden_chars(signed_pdf, new)  # printed but covered: the carrier sees an empty box
    for run in _runs([new[i] for i in sorted(hidden)]):
        score.hidden += 1
        score.notes.append(f"hidden (written, not visible on the signed page): {run!r}")
    new = [c for i, c in enumerate(new) if i not in hidden]
    used: set[int] = set()
    offered = choice_options(original)  # a drop-down's place knows what it offers
    places = [{**p, "options": offered[p["widget"]]} if p.get("widget") in offered else p
              for p in places]
    checks = checkbox_states(out.read_bytes())
    own_images = read_images(original)  # once: the condition re-read the form per image
    images = [i for i in read_images(signed_pdf) if i not in own_images]
    used_images: set[int] = set()
    for place in places:
        _score_place(score, truth, place, entry, today, new, used, checks, images, used_images)
    for group in groups:
        _score_slots(score, truth, group, entry, new, used)
    for run in _runs([c for i, c in enumerate(new) if i not in used]):
        score.stray += 1
        score.notes.append(f"stray: {run!r}")
    for n, (page, box) in enumerate(images):
        if n not in used_images:
            score.stray += 1
            score.notes.append(f"stray image on page {page} at {box}")
    return score


def _count_all_missing(score: Score, truth: dict[str, Any], places: list[dict[str, Any]],
                       groups: list[dict[str, Any]], entry: dict[str, Any], today: date) -> None:
    for place in places:
        exp = expected(place["field"], entry, today, truth["language"])
        if has_value(exp) and not place.get("optional"):
            score.values += 1
            score.missing += 1
    for group in groups:
        n = _slot_capacity(group, entry)
        score.values += n
        score.missing += n
        score.slots += n


def _slot_numbers(group: dict[str, Any], entry: dict[str, Any]) -> list[str]:
    """The numbers a group of slots is for: those to port, or (`remaining_numbers`) those that
    stay."""
    key = "remaining_numbers" if group.get("field") == "remaining_numbers" else "numbers"
    return list(entry.get(key) or [])


def _slot_capacity(group: dict[str, Any], entry: dict[str, Any]) -> int:
    return min(len(_slot_numbers(group, entry)), len(group["slots"]))


def _score_place(score: Score, truth: dict[str, Any], place: dict[str, Any], entry: dict[str, Any],
                 today: date, new: list[Char], used: set[int],
                 checks: list[tuple[int, tuple[float, ...], bool]],
                 images: list[tuple[int, tuple[float, float, float, float]]],
                 used_images: set[int]) -> None:
    field_name, page, rect = place["field"], place["page"], place["rect"]
    where = place.get("widget") or place.get("what") or f"page {page} {rect}"
    if field_name in ("numbers", "remaining_numbers"):
        _score_number_box(score, truth, place, entry, new, used, field_name)
        return
    exp = _expected_at(place, entry, today, truth["language"])
    optional = bool(place.get("optional"))
    if exp.kind == "sign":
        hit = next((n for n, (p, box) in enumerate(images) if n not in used_images and p == page
                    and rect[0] - 6 <= (box[0] + box[2]) / 2 <= rect[2] + 6
                    and rect[1] - 6 <= (box[1] + box[3]) / 2 <= rect[3] + 6), None)
        score.values += 1
        if hit is None:
            score.missing += 1
            score.notes.append(f"missing signature: {where}")
        else:
            used_images.add(hit)
            score.right += 1
        # text written into a signature place is not a signature
    mine = [i for i, c in enumerate(new) if i not in used and _inside(c, page, rect)]
    used.update(mine)
    text = text_of([new[i] for i in mine])
    ticked = _ticked(place, checks, text)
    if exp.kind == "sign":
        if text:
            score.stray += 1
            score.notes.append(f"text in the signature place {where}: {text!r}")
        return
    if exp.kind == "check":
        if exp.value:
            score.values += 1
        if ticked and exp.value:
            score.right += 1
        elif ticked:
            score.misplaced += 1
            score.notes.append(f"ticked, should not be: {where}")
        elif exp.value:
            score.missing += 1
            score.notes.append(f"not ticked: {where}")
        return
    if exp.kind == "none":
        if text and optional and "options" in place and \
                " ".join(text.split()) not in place["options"]:
            # a drop-down the case does not decide (a country, a service): left empty it
            # costs nothing, but a value none of its options says, drawn over it, is a value
            # of ours in a box that asks another one
            score.misplaced += 1
            score.notes.append(f"value drawn over a drop-down it is not an option of ({where}): "
                               f"{text!r}")
        elif text or ticked:
            if not optional:
                score.stray += 1
                score.notes.append(f"stray in a blank meant for others ({where}): {text or 'tick'!r}")
        return
    wanted = has_value(exp)
    if place.get("comb") and exp.kind in ("text", "state"):  # one character per box: spaces
        text = "".join(text.split())  # are the boxes' ("M I" in a two-box province comb)
        exp = Expect(exp.kind, "".join(str(exp.value).split()))
    elif place.get("comb") and exp.kind in ("date", "part"):  # a date a digit per box: the
        text = "".join(text.split())  # spaces between its digits are the boxes' too
    if optional:
        if text and not matches(exp, text, truth):
            score.misplaced += 1
            score.notes.append(f"wrong value in optional {where}: {text!r}")
        return
    if wanted:
        score.values += 1
    if text and wanted and matches(exp, text, truth):
        score.right += 1
    elif text or ticked:
        score.misplaced += 1
        score.notes.append(f"misplaced in {where} ({field_name}): {text!r}")
    elif wanted:
        score.missing += 1
        score.notes.append(f"missing {field_name}: {where}")


def _expected_at(place: dict[str, Any], entry: dict[str, Any], today: date,
                 language: str) -> Expect:
    """What belongs in a place. A cell of a numbers table's row (`row`) holds its value only on a
    row that holds a number; a choice column (`accept`) holds the header's word for "port"."""
    if "row" in place and place["row"] >= len(entry.get("numbers") or []):
        return Expect("none")
    if "accept" in place:
        return Expect("choice", tuple(place["accept"]))
    if place["field"] == "area_code":  # "Vorwahl | Rufnummer": the row's area code
        return Expect("choice", _area_code(entry["numbers"][place["row"]]))
    return expected(place["field"], entry, today, language)


def _area_code(e164: str) -> tuple[str, ...]:
    """The area code as a form's own column asks for it, with or without the trunk prefix."""
    parsed = phonenumbers.parse(e164)
    nsn = phonenumbers.national_significant_number(parsed)
    cut = 3 if parsed.country_code == 1 else phonenumbers.length_of_geographical_area_code(parsed)
    return (nsn[:cut], "0" + nsn[:cut]) if cut else ()


def _local_part(e164: str) -> str:
    """The digits after the area code ("5551200" of +49 30 5551200)."""
    parsed = phonenumbers.parse(e164)
    nsn = phonenumbers.national_significant_number(parsed)
    cut = 3 if parsed.country_code == 1 else phonenumbers.length_of_geographical_area_code(parsed)
    return nsn[cut:]


def _ticked(place: dict[str, Any], checks: list[tuple[int, tuple[float, ...], bool]],
            text: str) -> bool:
    rect = place["rect"]
    for page, box, on in checks:
        if page == place["page"] and all(abs(a - b) < 2 for a, b in zip(box, rect, strict=True)):
            return on
    return text.strip().upper() in ("X", "✓", "✔", "☒")


def _phones_in(text: str, region: str) -> list[str]:
    found = []
    for part in re.split(r"[,;\n]", text):
        part = part.strip()
        if len(re.findall(r"\d", part)) < 6:
            continue
        try:
            parsed = phonenumbers.parse(part, region)
            found.append(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
        except phonenumbers.NumberParseException:
            found.append("?" + part)
    return found


def _score_number_box(score: Score, truth: dict[str, Any], place: dict[str, Any],
                      entry: dict[str, Any], new: list[Char], used: set[int],
                      key: str = "numbers") -> None:
    """A box for a list of numbers: the numbers to port, or (partial ports) the ones that stay."""
    mine = [i for i, c in enumerate(new) if i not in used and _inside(c, place["page"],
                                                                        place["rect"])]
    used.update(mine)
    text = text_of([new[i] for i in mine])
    found = _phones_in(text, truth["country"])
    wanted = list(entry.get(key) or [])
    if not found and text.strip():
        found = ["?" + text.strip()]
    score.values += len(wanted)
    score.slots += len(wanted)
    seen: set[str] = set()
    for number in found:
        if number in wanted and number not in seen:
            seen.add(number)
            score.right += 1
            score.slots_right += 1
        elif number in seen:
            score.stray += 1
            score.notes.append(f"number written twice: {number}")
        else:
            score.misplaced += 1
            score.notes.append(f"not one of the numbers, in the number box: {number}")
    missing = len(set(wanted) - seen)
    score.missing += missing
    if missing:
        score.notes.append(f"{missing} numbers missing from the number box")


def _score_slots(score: Score, truth: dict[str, Any], group: dict[str, Any],
                 entry: dict[str, Any], new: list[Char], used: set[int]) -> None:
    wanted = _slot_numbers(group, entry)
    capacity = _slot_capacity(group, entry)
    score.values += capacity
    score.slots += capacity
    seen: set[str] = set()
    for n, slot in enumerate(group["slots"]):
        mine = [i for i, c in enumerate(new) if i not in used and _inside(c, slot["page"],
                                                                            slot["rect"])]
        used.update(mine)
        text = " ".join(text_of([new[i] for i in mine]).split())
        if not text:
            continue
        if group.get("local"):  # the number after its area code, which has its own column
            digits = re.sub(r"\D", "", text)
            number = next((w for w in wanted if _local_part(w) == digits), "?")
        else:
            whole = _phones_in(text.replace("\n", " "), truth["country"])
            found = whole if len(whole) == 1 and not whole[0].startswith("?") else \
                _phones_in(text, truth["country"])
            number = found[0] if len(found) == 1 else "?"
        in_order = not group["ordered"] or (n < len(wanted) and wanted[n] == number)
        if number in wanted and number not in seen and in_order:
            seen.add(number)
            score.right += 1
            score.slots_right += 1
        elif number in seen:
            score.stray += 1
            score.notes.append(f"number written twice: {number}")
        else:
            score.misplaced += 1
            score.notes.append(f"wrong content in number slot {n + 1}: {text!r}")
    missing = capacity - len(seen)
    score.missing += max(0, missing)
    if missing > 0:
        score.notes.append(f"{missing} of {capacity} number slots empty or wrong")


def _run_indices(chars: list[Char]) -> list[list[int]]:
    """Characters grouped (by index) into what a reader would see as separate bits of text."""
    chars = [c.upright() for c in chars]
    runs: list[list[int]] = []
    for i in sorted(range(len(chars)), key=lambda i: (chars[i].page, -chars[i].cy, chars[i].x0)):
        c = chars[i]
        last = chars[runs[-1][-1]] if runs else None
        if last is not None and last.page == c.page and abs(last.cy - c.cy) < 3 \
                and c.x0 - last.x1 < 12:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _runs(chars: list[Char]) -> list[str]:
    """Leftover characters as a reader would see them, each bit of text with where it starts."""
    out = []
    for run in _run_indices(chars):
        r = [chars[i] for i in run]
        out.append(f"p{r[0].page} ({r[0].x0:.0f},{r[0].y0:.0f}) " + "".join(c.text for c in r))
    return out


# -- the whole set -------------------------------------------------------------------------------
def score_forms(shared: Path, split: str, work: Path) -> list[Score]:
    cases = load_cases()
    scores = []
    for truth in load_truths(split):
        form = form_path(shared, truth)
        for name in truth["cases"]:
            scores.append(score_case(truth, form, name, cases[name],
                                     work / Path(truth["file"]).stem / name))
    return scores


def per_form(scores: list[Score]) -> dict[str, Score]:
    forms: dict[str, Score] = {}
    for s in scores:
        total = forms.setdefault(s.form, Score(s.form, "all", s.split, filled=True, signed=True,
                                               intact=True))
        total.add(s)
        total.filled &= s.filled
        total.signed &= s.signed
        total.intact &= s.intact
    return forms


def table(scores: list[Score]) -> str:
    forms = per_form(scores)
    lines = [f"{'form':44} {'placed right':>14} {'misplaced':>9} {'stray':>5} {'missing':>7} "
             f"{'hidden':>6} {'slots':>9}  filled+signed+intact"]
    total = Score("all", "all", "")
    for name, s in sorted(forms.items()):
        total.add(s)
        pct = 100 * s.right / s.values if s.values else 100.0
        lines.append(f"{name:44} {s.right:>4}/{s.values:<4} {pct:4.0f}% {s.misplaced:>9} "
                     f"{s.stray:>5} {s.missing:>7} {s.hidden:>6} {s.slots_right:>4}/{s.slots:<4}  "
                     f"{'yes' if s.complete else 'NO'}")
    pct = 100 * total.right / total.values if total.values else 100.0
    complete = sum(1 for s in forms.values() if s.complete)
    lines.append(f"{'total':44} {total.right:>4}/{total.values:<4} {pct:4.1f}% "
                 f"{total.misplaced:>9} {total.stray:>5} {total.missing:>7} {total.hidden:>6} "
                 f"{total.slots_right:>4}/{total.slots:<4}  {complete} of {len(forms)}")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m tests.integration.loa.scoring tuned|blind WORKDIR
    import os
    import sys
    import tempfile

    which = sys.argv[1] if len(sys.argv) > 1 else "tuned"
    if which == "blind" and os.environ.get("PORTDESK_SCORE_BLIND") != "1":
        sys.exit("the blind forms are scored once, at the end: set PORTDESK_SCORE_BLIND=1")
    home = Path(tempfile.mkdtemp(prefix="loa-score-"))
    os.environ.update({"HOME": str(home), "PORTDESK_DATA_DIR": str(home / "data"),
                       "XDG_DATA_HOME": str(home / "share"), "XDG_CONFIG_HOME": str(home / "cfg")})
    results = score_forms(Path(__file__).resolve().parents[3].parent / "shared", which,
                          Path(sys.argv[2]) if len(sys.argv) > 2 else home / "work")
    print(table(results))
    if "-v" in sys.argv:
        for s in results:
            for note in s.notes:
                print(f"  {s.form} [{s.case}] {note}")
