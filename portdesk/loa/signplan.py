"""Where signing puts the ink, the date and the printed name: decided when the form is filled.

The filled PDF carries the plan in its document information, so `portdesk loa sign` (or the desk's
signing screen) writes on exactly the blanks the specialist reviewed, in the form's own date
format, and never a second copy of a name already written. A PDF without a plan (our standard LOA,
a form filled elsewhere) is read afresh by the signing step.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from pypdf import PdfReader, PdfWriter

from portdesk.loa.fields import LoaField, LoaValues
from portdesk.loa.labels import PageText
from portdesk.loa.mapping import Placement
from portdesk.loa.vocabulary import normalise

if TYPE_CHECKING:
    from portdesk.loa.fill import FormAnalysis, ReportRow

PLAN_KEY = "/PortDeskSignPlan"
EVERY_PAGE_COUNTRIES = frozenset({"GB", "GG", "JE", "IM"})  # UK: every page signed and dated
_INITIALS_WORDS = 8  # a label line ("Customer initials: ____"), not a clause about initialling
_FOR_SIGNING = frozenset({LoaField.SIGNATURE, LoaField.DATE_SIGNED, LoaField.AUTHORIZED_NAME,
                          LoaField.AUTHORIZED_TITLE})


@dataclass(frozen=True, slots=True)
class SignPlace:
    field: LoaField
    page: int  # 0-based
    rect: tuple[float, float, float, float]
    widget: bool = False  # a form field to write into (found again by its rectangle)
    fmt: str = ""
    part: str = ""
    month_words: bool = False
    filled: bool = False  # already written when filling: signing leaves it alone
    kind: str = ""
    name: str = ""  # the widget, or where on the page: for the signing report
    room: float | None = None  # free height above it, measured when filling
    hide: tuple[tuple[float, float, float, float], ...] = ()  # a widget's grey placeholder


@dataclass(frozen=True, slots=True)
class SignPlan:
    places: tuple[SignPlace, ...]
    country: str = ""
    language: str = "en"
    every_page: bool = False
    margins: tuple[float, ...] = ()  # each page's baseline for margin ink, measured when filling
    initialled: tuple[int, ...] = ()  # pages the form has initialled instead of signed (UK rule)


def sign_plan(placements: Sequence[Placement], rows: Sequence[ReportRow], values: LoaValues,
              analysis: FormAnalysis) -> SignPlan:
    from portdesk.loa.collect import page_texts
    from portdesk.loa.inkplace import margins, room_for

    texts = page_texts(analysis.words, analysis.pages)
    written = {r.target for r in rows if r.value}
    hidden = {w.key: w.hide for w in analysis.widgets if w.hide}
    places = []
    for p in placements:
        if p.field not in _FOR_SIGNING or p.unless_holder:
            continue  # "(if not the account holder)": left as the fill left it
        rect = p.rect or (p.x, p.y, p.x + (p.width or 150), p.y + 12)
        place = SignPlace(p.field, p.page, tuple(round(v, 2) for v in rect),  # type: ignore[arg-type]
                          p.widget is not None, p.fmt, p.part, p.month_words,
                          p.target() in written, p.kind, p.target(),
                          hide=hidden.get(p.widget, ()) if p.widget else ())
        if p.field == LoaField.SIGNATURE:
            place = replace(place, room=round(room_for(place, texts[p.page]), 2))
        places.append(place)
    every_page = values.country in EVERY_PAGE_COUNTRIES
    return SignPlan(tuple(places), values.country, analysis.language, every_page,
                    margins(analysis.writer, texts) if every_page else (),
                    initialled_pages(texts) if every_page else ())


_INITIALS = re.compile(r"\b(initials?|initialled|paraphe|paraaf|kurzel|sigla)\b")


def initialled_pages(texts: dict[int, PageText]) -> tuple[int, ...]:
    """Pages that print a blank for the customer's initials ("Customer initials: ____"): the
    form's own mark for each page, made by hand; the every-page rule adds no second signature
    in their margin (the signature and date stay where the form asks for them)."""
    return tuple(n for n, text in sorted(texts.items())
                 if any(_INITIALS.search(normalise(ln.text)) and len(ln.words) <= _INITIALS_WORDS
                        for ln in text.lines) or _signed_elsewhere(n, text))


# "Please sign page 2", "Rhaid llofnodi tudalen 2", "Bitte auf Seite 3 unterschreiben": the page
# sends its signature to another page (read before normalising: the page's number is the point)
_SIGN_PAGE = re.compile(r"\b(?:please\s+)?sign\s+(?:on\s+)?page\s+(\d+)|"
                        r"\bllofnodi\s+(?:ar\s+)?[dt]udalen\s+(\d+)|"
                        r"\bsignez\s+(?:(?:en|à|a)\s+)?(?:la\s+)?page\s+(\d+)|"
                        r"\bauf\s+seite\s+(\d+)\s+unterschreiben|"
                        r"\bfirm[ae]\s+(?:en\s+)?la\s+p[aá]gina\s+(\d+)", re.IGNORECASE)


def _signed_elsewhere(n: int, text: PageText) -> bool:
    """The page says to sign another page: the form's own mark for it (no margin ink there)."""
    for ln in text.lines:
        for found in _SIGN_PAGE.finditer(ln.text):
            page = int(next(g for g in found.groups() if g))
            if page != n + 1:
                return True
    return False


def write_plan(writer: PdfWriter, plan: SignPlan) -> None:
    raw: dict[str, Any] = {"v": 1, "country": plan.country, "language": plan.language,
                           "every_page": plan.every_page,
                           "places": [{"field": s.field.value, "page": s.page,
                                       "rect": list(s.rect), "widget": s.widget, "fmt": s.fmt,
                                       "part": s.part, "month_words": s.month_words,
                                       "filled": s.filled, "kind": s.kind, "name": s.name,
                                       "room": s.room,
                                       "hide": [[round(v, 2) for v in r] for r in s.hide]}
                                      for s in plan.places],
                           "margins": [round(m, 2) for m in plan.margins],
                           "initialled": list(plan.initialled)}
    writer.add_metadata({PLAN_KEY: json.dumps(raw, separators=(",", ":"))})


def _rect(raw: Any) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in raw)
    return x0, y0, x1, y1


def read_plan(reader: PdfReader) -> SignPlan | None:
    try:
        info = reader.metadata
        raw = json.loads(str(info.get(PLAN_KEY))) if info and info.get(PLAN_KEY) else None
        if not isinstance(raw, dict) or raw.get("v") != 1:
            return None
        places = tuple(SignPlace(LoaField(p["field"]), int(p["page"]),
                                 tuple(float(v) for v in p["rect"]),  # type: ignore[arg-type]
                                 bool(p.get("widget")), str(p.get("fmt", "")),
                                 str(p.get("part", "")), bool(p.get("month_words")),
                                 bool(p.get("filled")), str(p.get("kind", "")),
                                 str(p.get("name", "")),
                                 float(p["room"]) if p.get("room") is not None else None,
                                 tuple(_rect(r) for r in p.get("hide", [])))
                       for p in raw.get("places", []))
        margins = tuple(float(m) for m in raw.get("margins", []))
        initialled = tuple(int(n) for n in raw.get("initialled", []))
    except (ValueError, KeyError, TypeError):
        return None  # a damaged plan is ignored: the signing step reads the form itself
    return SignPlan(places, str(raw.get("country", "")), str(raw.get("language", "en")),
                    bool(raw.get("every_page")), margins, initialled)
