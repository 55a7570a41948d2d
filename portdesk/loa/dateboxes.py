"""Dates written in three small boxes, each captioned with its part: "MM / DD / YYYY" above the
boxes, "AAAA  MM  JJ" under them.

The caption of each box says which part it takes, whatever the country's habit (a Canadian form
asks YYYY / MM / DD, a US one MM / DD / YYYY), and the label beside or above the row says which
date it is ("Desired due date"). Without a label naming a date the boxes stay empty.
Three small blanks after "Date:" separated only by "/" (no caption of their own) follow the
first one's label, in the order printed beside them, else the country's (mark_date_parts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from portdesk.loa.fields import DATE_FIELDS, LoaField
from portdesk.loa.labels import PageText, clean
from portdesk.loa.lexicon import form_languages
from portdesk.loa.lexicon.months import DAY_WORDS
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, classify, normalise

Rect = tuple[float, float, float, float]

_PART = {"YYYY": "year", "CCYY": "year", "AAAA": "year", "JJJJ": "year", "YY": "year2", "AA": "year2",
         "MM": "month", "DD": "day", "JJ": "day", "TT": "day",
         "EEEE": "year", "HH": "month", "NN": "day", "ZZ": "day", "LL": "month",  # HU, RO
         "GG": "day", "GGGG": "year",  # Italian and Turkish gün / giorno, Croatian godina
         "II": "day", "EE": "year2"}  # Greek ΗΗ / ΜΜ / ΕΕ(ΕΕ) as normalise() spells them
# a part captioned in words of the form's language ("dagur . mánuður . ár", "Tag Monat Jahr",
# "día mes año"): read only as a box's own caption, word by word
_PART_WORDS = {"DAY": "day", "MONTH": "month", "YEAR": "year", "TAG": "day", "MONAT": "month",
               "JAHR": "year", "JOUR": "day", "MOIS": "month", "ANNEE": "year", "DIA": "day",
               "MES": "month", "ANO": "year", "GIORNO": "day", "MESE": "month", "ANNO": "year",
               "DAG": "day", "MAAND": "month", "JAAR": "year", "DAGUR": "day",
               "MANUDUR": "month", "AR": "year", "DAN": "day", "MESEC": "month", "LETO": "year",
               "DIENA": "day", "MENUO": "month", "METAI": "year",
               # a date part's name is one meaning in every language that prints it (no word
               # names a day in one and a month in another): Turkish, Vietnamese, Faroese,
               # Nordic, Slavic, Baltic, Finnic, Hungarian, Romanian, Greek, Bulgarian, Celtic
               "GUN": "day", "AY": "month", "YIL": "year", "NGAY": "day", "THANG": "month",
               "NAM": "year", "MANADUR": "month", "MANAD": "month", "MANED": "month",
               "DZIEN": "day", "MIESIAC": "month", "ROK": "year", "DEN": "day",
               "MESIC": "month", "MESIAC": "month", "MJESEC": "month", "GODINA": "year",
               "MESETS": "month", "PAIVA": "day", "KUUKAUSI": "month", "VUOSI": "year",
               "PAEV": "day", "KUU": "month", "AASTA": "year", "MENESIS": "month",
               "GADS": "year", "NAP": "day", "HONAP": "month", "EV": "year", "ZI": "day",
               "LUNA": "month", "AN": "year", "IMERA": "day", "MINAS": "month",
               "ETOS": "year", "DYDD": "day", "MIS": "month", "BLWYDDYN": "year",
               "JUM": "day", "XAHAR": "month", "SENA": "year"}
_FORMAT = re.compile(r"\b(DD|MM|YYYY|CCYY|JJ|TT|GG|AAAA|JJJJ)\s*[/.\-]\s*(DD|MM|JJ|TT|GG|AA)\s*"
                     r"[/.\-]\s*(YYYY|CCYY|AAAA|JJJJ|DD|JJ|TT|GG)\b")
_CAPTION_GAP = 12.0  # points between a box and its part caption
_BOX_W = 90.0  # a part box is narrow (a month written in words: the widest)
_STEP = 25.0  # gap between two boxes of one date
_LABEL_REACH = 220.0  # points left of the first box a date's label may start
_TEXTY = frozenset({"widget", "leader", "cell"})


def mark_date_boxes(founds: list[Found], texts: dict[int, PageText]) -> None:
    """Three captioned boxes in a row become day, month and year of the date their label names."""
    boxes = [f for f in founds if f.blank.kind in _TEXTY and not f.blank.part
             and f.blank.width <= _BOX_W and (f.field in (None, NOT_OURS, *DATE_FIELDS)
                                              or f.source == "label (below)")]
    for first in sorted(boxes, key=lambda f: f.blank.rect[0]):
        if first.blank.part:
            continue
        text = texts[first.blank.page]
        chain = _chain(first, boxes, text)
        if chain is None:
            continue
        parts = _parts(chain, text)
        label, field_ = _date_label(chain, text, _after_blank(chain[0], founds),
                                    _signing_place_before(chain[0], founds))
        if field_ is None:
            continue
        for f, part in zip(chain, parts, strict=True):
            if part == "year" and _century_before(f, text):
                part = "year2"
            f.blank.part = part or ""
            f.field, f.confidence, f.source = field_, 0.8, "date boxes"
            f.evidence = f"{label} ({part})"
        if _after_day_word(chain, text) and not _between(text, chain[0].blank.rect,
                                                         chain[1].blank.rect):
            chain[1].blank.extra["month"] = "name"  # "dnia __ ______ 20__": its name, no dot


def _chain(first: Found, boxes: Sequence[Found], text: PageText) -> list[Found] | None:
    chain = [first]
    while len(chain) < 3:
        r = chain[-1].blank.rect
        nxt = next((f for f in boxes if f.blank.page == first.blank.page and f not in chain
                    and abs(f.blank.rect[1] - r[1]) <= 4 and (
                        (0 <= f.blank.rect[0] - r[2] < _STEP
                         and _only_separators(text, r, f.blank.rect))
                        or (0 <= f.blank.rect[0] - r[2] < _WORDS_STEP
                            and (_date_words_between(text, r, f.blank.rect)
                                 or _named_part_between(text, r, f.blank.rect))))), None)
        if nxt is None:
            return None
        chain.append(nxt)
    parts = _parts(chain, text)
    years = {"year", "year2"}
    if None in parts or len(set(parts)) != 3 or not ({"day", "month"} <= set(parts)) or \
            not (set(parts) & years):
        return None
    return chain


def _parts(chain: Sequence[Found], text: PageText) -> list[str | None]:
    """Each box's own caption; else, for segments with none ("Preferred date (DD/MM/YYYY):
    __ / __ / ____"), the format printed in the label on their line, read left to right."""
    parts = [_caption(f, text) for f in chain]
    if any(parts) and None not in parts and len(set(parts)) == 3:
        return _month_between(parts)
    row = caption_row([f.blank.rect for f in chain], text)
    if row is not None:  # "ÅÅÅÅ   MM   DD" printed loosely under the boxes: in its order
        return list(row)
    named = [_part_named_left(f.blank.rect, text) for f in chain]
    if None not in named and len(set(named)) == 3:  # "Día ____ Mes ____ Año ____"
        return named
    if any(parts):
        return _month_between(parts)
    x0, y0, _x1, y1 = chain[0].blank.rect
    left = " ".join(w.text for w in text.words if x0 - _LABEL_REACH <= w.x0 and w.x1 <= x0 + 1
                    and y0 - 4 <= (w.y0 + w.y1) / 2 <= y1 + 10 and not w.is_blank)
    said = _FORMAT.search(left.upper())
    if said:
        return _month_between([_PART[t] for t in said.groups()])
    if _in_words(chain, text) or _after_day_word(chain, text):
        return ["day", "month", "year"]  # "__ de ______ de 20__", "dnia __ ______ 20__ r."
    return parts


def _after_day_word(chain: Sequence[Found], text: PageText) -> bool:
    """The words just left of the first box end with the word the form's language prints
    before a date's day ("dnia", "dne", "dňa", "dana": lexicon/months.DAY_WORDS): the boxes
    are the day, the month and the year, in that order."""
    x0 = chain[0].blank.rect[0]
    left = " ".join(normalise(w.text) for w in sorted(
        (w for w in text.line_of(chain[0].blank.rect) if x0 - 60 <= w.x0 and w.x1 <= x0 + 1
         and not w.is_blank), key=lambda w: w.x0)).strip(" ,:")
    words = {d for code in form_languages() for d in DAY_WORDS.get(code, ())}
    return any(left == d or left.endswith(" " + d) for d in words)


def _between(text: PageText, left: Rect, right: Rect) -> list[str]:
    return [w.text for w in text.line_of(right) if left[2] - 1 <= w.x0
            and w.x1 <= right[0] + 1 and not w.is_blank]


def place_before_date_parts(founds: Sequence[Found]) -> None:
    """"U ______, dana __.__.20__", "V ______ dne ...": the blank just before a date's parts on
    their row, read as that date too (a bare "U" / "V" asks where and when when it stands
    alone), is where it is signed: not ours once the date has parts of its own."""
    for first in founds:
        b = first.blank
        if b.part not in ("day", "month", "year", "year2") or first.field not in DATE_FIELDS:
            continue
        mid = (b.rect[1] + b.rect[3]) / 2
        if b.part.startswith("year") and {"day", "month"} - {  # "20__. ____ __." year first
                f.blank.part for f in founds if f.field == first.field and f.blank.page == b.page
                and f.blank.rect[0] > b.rect[0] and f.blank.rect[1] - 2 <= mid
                <= f.blank.rect[3] + 2}:
            continue  # "Date ________ 20__": the year ends a date, it opens none
        row = [f for f in founds if f.blank.page == b.page and f.blank.rect[2] <= b.rect[0] + 1
               and f.blank.rect[1] - 2 <= mid <= f.blank.rect[3] + 2]
        before = max(row, key=lambda f: f.blank.rect[2], default=None)
        if before is not None and before.field == first.field and not before.blank.part and \
                b.rect[0] - before.blank.rect[2] < 60:
            before.field, before.source = NOT_OURS, "date parts"
            before.note("the place where it is signed, before the date's own parts")


def caption_row(rects: Sequence[Rect], text: PageText) -> tuple[str, str, str] | None:
    """The parts a row of captions printed tight under (or over) a date's three boxes names,
    left to right ("ÅÅÅÅ   MM   DD", "JJ MM AAAA" as a hint), when each caption does not sit
    under its own box: the caption row is the date's format, read in its order."""
    x0, x1 = rects[0][0] - 10, rects[-1][2] + 10
    y0, y1 = min(r[1] for r in rects), max(r[3] for r in rects)
    for under in (True, False):
        words = sorted((w for w in text.words if x0 <= w.x0 and w.x1 <= x1 and (
            0 <= y0 - w.y1 <= _CAPTION_GAP if under else 0 <= w.y0 - y1 <= _CAPTION_GAP)),
            key=lambda w: w.x0)
        tokens = [t for w in words for t in re.split(r"[^A-Z]+", normalise(w.text).upper()) if t]
        parts = [_PART.get(t) for t in tokens]
        if len(parts) == 3 and None not in parts and {p.rstrip("2") for p in parts if p} == {
                "day", "month", "year"}:
            return parts[0] or "", parts[1] or "", parts[2] or ""
    return None


def _in_words(chain: Sequence[Found], text: PageText) -> bool:
    """Three boxes joined by "de" with the century printed before the last ("__ de ______ de
    20__"): a date in words, day first, as the Romance languages that print it so write it."""
    joins = [" ".join(normalise(w.text) or w.text.strip() for w in text.line_of(b.blank.rect)
                      if a.blank.rect[2] - 1 <= w.x0 and w.x1 <= b.blank.rect[0] + 1
                      and not w.is_blank) for a, b in pairwise(chain)]
    return len(joins) == 2 and joins[0] in ("de", "del") and joins[1] in ("de 20", "del 20")


def _month_between(parts: list[str | None]) -> list[str | None]:
    """"GG AA YYYY": a two-letter "AA" between the day and a four-letter year is the month
    (Turkish ay), never a second year."""
    if parts == ["day", "year2", "year"]:
        return ["day", "month", "year"]
    return parts


# "___ de ______ de 20__", "the __ day of ____ 20__": a date's own little words between its
# boxes (and the century printed before a two-digit year)
_DATE_WORDS = re.compile(r"^(de|del|of|the|day|di|du|le|van|des|do|da|20|19|,|/|\.|-)$")
_WORDS_STEP = 40.0


def _date_words_between(text: PageText, left: Rect, right: Rect) -> bool:
    between = [w.text for w in text.line_of(right) if left[2] - 1 <= w.x0
               and w.x1 <= right[0] + 1 and not w.is_blank]
    return bool(between) and all(_DATE_WORDS.match(normalise(t) or t) for t in between)


def names_a_date_part(said: str) -> bool:
    """Words that name one part of a date and nothing else ("YYYY", "MM", "Jour")."""
    word = normalise(said).strip(" .:/").upper()
    return word in _PART or word in _PART_WORDS


def _part_named_left(rect: Rect, text: PageText) -> str | None:
    """The part a word printed just left of a blank on its line names ("Día ____ Mes ____
    Año ____", "Tag ____ Monat ____"): the part words of every language, read as a whole word."""
    near = [w for w in text.line_of(rect) if w.x1 <= rect[0] + 1 and rect[0] - w.x1 < 10
            and not w.is_blank]
    if not near:
        return None
    word = normalise(max(near, key=lambda w: w.x1).text).strip(" .:").upper()
    return _PART_WORDS.get(word)


def _named_part_between(text: PageText, left: Rect, right: Rect) -> bool:
    """Between two blanks of one date only the next part's own name ("____ Mes ____")."""
    between = [w.text for w in text.line_of(right) if left[2] - 1 <= w.x0
               and w.x1 <= right[0] + 1 and not w.is_blank]
    return len(between) == 1 and _part_named_left(right, text) is not None


def _century_before(f: Found, text: PageText) -> bool:
    """"de 20 [__]": the century is printed, the box takes the year's last two digits."""
    r = f.blank.rect
    near = [w for w in text.line_of(r) if w.x1 <= r[0] + 1 and r[0] - w.x1 < 8]
    return bool(near) and _CENTURY.match(near[-1].text.strip()) is not None


# the century printed before a year's blank, alone or glued to the separator before it
# ("__ . __ .20__", "__/__/20__" typed as one mask): the blank takes the year's last two digits
_CENTURY = re.compile(r"^[/.\-]?(20|19)$")


def _only_separators(text: PageText, left: Rect, right: Rect) -> bool:
    between = [w.text for w in text.line_of(right) if left[2] - 1 <= w.x0
               and w.x1 <= right[0] + 1 and not w.is_blank]
    return all(t in "/.-" for t in between)


def _caption(f: Found, text: PageText) -> str | None:
    """The part a box's own caption names (the word right above or right under it)."""
    x0, y0, x1, y1 = f.blank.rect
    words = [w for w in text.words if w.x1 > x0 - 3 and w.x0 < x1 + 3
             and (0 <= w.y0 - y1 <= _CAPTION_GAP or 0 <= y0 - w.y1 <= _CAPTION_GAP)]
    found = {_PART.get(t) or _PART_WORDS[t] for w in words
             for t in re.split(r"[^A-Z]+", normalise(w.text).upper()) if t in _PART or (
                 t in _PART_WORDS and normalise(w.text).strip(" .:/").upper() == t)}
    return found.pop() if len(found) == 1 else None


# "En ____ a __ de ____ de 20__", "In ____, am ...": the row opens with the place of signing
_PLACE_FIRST = re.compile(r"^(en|in|te|a|fait a|done at|signed at|firmado en|getekend te)\b")
_PLACE = re.compile(r"^\(?(ort|place|lieu|plaats|lugar|luogo|local|signed at|fait a)\)?$")


def _signing_place_before(first: Found, founds: Sequence[Found]) -> bool:
    """The blank before the boxes on their row asks where it is signed (not ours)."""
    b = first.blank
    mid = (b.rect[1] + b.rect[3]) / 2
    return any(f.field == NOT_OURS and _PLACE.match(normalise(f.evidence)) is not None
               and f.blank.page == b.page and f.blank.rect[2] <= b.rect[0] + 1
               and f.blank.rect[1] - 2 <= mid <= f.blank.rect[3] + 2 for f in founds)


def _after_blank(first: Found, founds: Sequence[Found]) -> float:
    """Where the words leading into the boxes start: after the last other blank on their row
    ("Fait à ______, le [JJ] / [MM] / [AAAA]": ", le" names the date, not "Fait à")."""
    b = first.blank
    mid = (b.rect[1] + b.rect[3]) / 2
    return max((f.blank.rect[2] for f in founds if f.blank.page == b.page and f is not first
                and f.blank.rect[2] <= b.rect[0] + 1 and f.blank.rect[1] - 2 <= mid
                <= f.blank.rect[3] + 2), default=-1.0)


def _date_label(chain: list[Found], text: PageText, start: float = -1.0,
                place: bool = False) -> tuple[str, LoaField | None]:
    """The label naming the date: left of the first box (on its line or just above it; the
    words after another blank on the row first), or the line above the row of boxes."""
    x0, y0, _x1, y1 = chain[0].blank.rect
    left = sorted((w for w in text.words if x0 - _LABEL_REACH <= w.x0 and w.x1 <= x0 + 1
                   and y0 - 4 <= (w.y0 + w.y1) / 2 <= y1 + 10 and not w.is_blank),
                  key=lambda w: w.x0)
    row = (x0, y0, chain[-1].blank.rect[2], y1)
    above = " ".join(ln.text for ln in text.above(row, max_lines=1, reach=20, slack=0))
    tail = " ".join(w.text for w in left if w.x0 >= start) if start >= 0 else ""
    for said in (tail, " ".join(w.text for w in left), above):
        label = clean(said)
        read = classify(label) if label else None
        if read is not None and isinstance(read.field, LoaField) and read.field in DATE_FIELDS:
            return label, read.field
    if place or (_in_words(chain, text) and _PLACE_FIRST.match(normalise(" ".join(
            w.text for w in left)))):  # "En ____ a __ de ____ de 20__", the place first
        # "______ (place), ___ de ______ de 20__": where and when it is signed
        return "the place and date of signing", LoaField.DATE_SIGNED
    named = next((f for f in chain if isinstance(f.field, LoaField) and f.field in DATE_FIELDS),
                 None)  # a box's own label, when the row has none
    return (named.evidence, named.field) if named is not None else ("", None)  # type: ignore[return-value]


_ORDER_HINT = re.compile(r"\b(MM|DD|JJ|TT|YYYY|CCYY|AAAA|JJJJ)\s*[/.\-]\s*(MM|DD|JJ|TT)\s*[/.\-]\s*"
                         r"(YYYY|CCYY|AAAA|JJJJ|YY|AA|MM|DD|JJ|TT)\b")


def mark_date_parts(founds: list[Found], texts: dict[int, PageText], country: str) -> None:
    """'Date: __ / __ / __' as three boxes: the first names the date, the next two follow it."""
    by_page: dict[int, list[Found]] = {}
    for f in founds:
        by_page.setdefault(f.blank.page, []).append(f)
    for f in founds:
        if f.field not in DATE_FIELDS or f.blank.part or f.blank.kind not in _TEXTY:
            continue
        chain = [f]
        while len(chain) < 3:
            nxt = _next_part(chain[-1], by_page[f.blank.page], texts[f.blank.page], chain)
            if nxt is None:
                break
            chain.append(nxt)
        if len(chain) == 3:
            order = _part_order(f, texts[f.blank.page], country, chain)
            if any(_words_between(texts[f.blank.page], a.blank.rect, b.blank.rect)
                   for a, b in pairwise(chain)):
                if not _date_sentence(chain, texts[f.blank.page]):
                    continue  # "Date __ at __ __": words join no date's parts
                order = ("day", "month", "year")  # "__ ta' ________ 20__": the month in words
            label, source, found, confidence = f.evidence, f.source, f.field, f.confidence
            for part, member in zip(order, chain, strict=True):
                if part == "year" and _century_before(member, texts[f.blank.page]):
                    part = "year2"  # "20 ____": the year's last two digits
                member.blank.part = part
                member.field, member.confidence = found, confidence
                member.source, member.evidence = source, f"{label} ({part})"


def whole_date_before_a_century(founds: Sequence[Found], texts: dict[int, PageText]) -> None:
    """"Data: ____________ 20__" with no parts read: the blank before the printed century
    holds the day and the month, the one after it the year's last digits; the whole date
    written before "20" reads as a wrong year on the signed page. Left empty, said."""
    for f in founds:
        if f.field not in DATE_FIELDS or f.blank.part or f.against:
            continue
        r = f.blank.rect
        after = sorted((w for w in texts[f.blank.page].line_of(r)
                        if 0 <= w.x0 - r[2] < 8 and not w.is_blank), key=lambda w: w.x0)
        if after and re.match(r"^(20|19)$", after[0].text.strip()):
            f.against = ("the form prints the century after this blank: the date is asked in "
                         "parts (day and month, then the year's last digits) that were not read")


def _part_order(f: Found, text: PageText, country: str,
                chain: Sequence[Found] = ()) -> tuple[str, str, str]:
    """Day, month, year in the order printed beside the boxes (MM/DD/YYYY, JJ/MM/AAAA...),
    or in a caption row under them, else in the country's order."""
    row = caption_row([m.blank.rect for m in chain], text) if len(chain) == 3 else None
    if row is not None:
        return row
    near = " ".join(w.text for w in text.words if abs(w.y1 - f.blank.rect[1]) < 14
                    or abs((w.y0 + w.y1) / 2 - (f.blank.rect[1] + f.blank.rect[3]) / 2) < 6)
    hint = _ORDER_HINT.search(near.upper())
    if hint:
        names = {"M": "month", "D": "day", "J": "day", "T": "day", "Y": "year", "A": "year",
                 "C": "year"}
        first, second, third = (names[g[0]] for g in hint.groups())
        if {first, second, third} == {"day", "month", "year"}:
            return first, second, third
    return ("month", "day", "year") if country == "US" else ("day", "month", "year")


def _next_part(prev: Found, same_page: list[Found], text: PageText,
               same_chain: Sequence[Found] = ()) -> Found | None:
    r = prev.blank.rect
    for f in sorted(same_page, key=lambda f: f.blank.rect[0]):
        b = f.blank.rect
        if f is prev or not 0 <= b[0] - r[2] < 25 or abs(b[1] - r[1]) > 4 or (
                f.field not in (None, NOT_OURS) and f.source not in _HINTS) or b[2] - b[0] > 80:
            continue  # a widget's name alone ("xahar_firma") reads no part of its own
        between = [w.text for w in text.line_of(b) if r[2] - 1 <= w.x0 and w.x1 <= b[0] + 1
                   and not w.is_blank]
        if between and len(same_chain) == 2 and (m := _CENTURY.match(between[-1].strip())):
            # "__ / __ / 20__": the century printed before the year, maybe glued to its "."
            between = [*between[:-1], *([between[-1].strip()[0]] if m.start(1) else [])]
        if all(t in "/.-" or _LITTLE.match(t) or t in "'’" for t in between):
            return f
    return None


_HINTS = frozenset({"name", "tooltip"})  # sources that weigh a printed label, never one alone
# a little word of any language between a date's blanks ("ta'", "de", "of", "le")
_LITTLE = re.compile(r"^[^\W\d_]{1,3}'?$")


def _words_between(text: PageText, left: Rect, right: Rect) -> bool:
    return any(_LITTLE.match(t) for t in _between(text, left, right))


def _date_sentence(chain: Sequence[Found], text: PageText) -> bool:
    """A date written as a sentence ("Data: __ ta' ________ 20__", "__ de ______ de 20__"):
    the middle blank the widest (the month, in words or its number), the century printed
    before the last (the year's last two digits). Only then do little words join its parts."""
    widths = [f.blank.width for f in chain]
    return widths[1] > max(widths[0], widths[2]) and _century_before(chain[2], text)
