"""Dates a form asks for in words and white space: "firmo en ______, a ___ de _______ de 20__",
"Fait à _________, le __________", "Día (L-V): ____ de ______ de 20___".

No line is printed: the blank is the white space between the words. A run of gaps joined by "de",
"/" or "." is a date in parts (day, month, year in the form's order; "20" before the last gap
means two digits of the year); the sentence around it says whose date it is: the signing
("firmo", "fait à", "signed") or the requested port ("preferido", "souhaitée", "desired").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

from portdesk.loa.blanks import Blank
from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Word
from portdesk.loa.labels import Line, PageText
from portdesk.loa.language import guess_languages_by_lines
from portdesk.loa.lexicon import form_languages
from portdesk.loa.lexicon.months import DAY_WORDS, YEAR_FIRST
from portdesk.loa.vocabulary import REQUESTED_CONTEXT, SIGNING_CONTEXT, classify_in, normalise

Rect = tuple[float, float, float, float]

_GAP = 22.0  # white space this wide between two words is a blank
_TRAILING = 40.0  # room left at the end of a line after a connector is a blank too
_JOINS = frozenset({"de", "del", "/", ".", "-", "du"})
# "dnia __ ______ 20__ r.", "dne __. __. 20__", "dana __.__.20__.": the word a language prints
# before a date's day (lexicon/months.DAY_WORDS); its gaps may sit side by side, nothing between
_DAY_LEADS = frozenset(w.split()[-1] for words in DAY_WORDS.values() for w in words)
_LEADS = frozenset({"a", "el", "le", "den", "am", "on", "the", "this", "dia", "date", "datum", "fecha",
                    "fait le", "dated", "ngay"}) | _DAY_LEADS
# "ngày __ tháng __ năm ____" (Vietnamese: day __ month __ year): the part words join its gaps
_PART_WORDS = {"ngay": frozenset({"thang", "nam"})}
_LAST_PARTS = frozenset({"nam"})  # the year's word, its gap running on to the line's end
_MONTH_FIRST = frozenset({"US"})
# "En ______ , a __ de ____ de 20__", "In ______, am ____": the place, then the date: signing
_PLACE_FIRST = re.compile(r"^(en|in|te|fait a|done at|signed at|firmado en|getekend te|"
                          r"luogo|[uvw])\b")
_PLACE_OF_SIGNING = re.compile(r"\b(fait a|done at|signed at|gezeichnet|getekend te|"
                               r"firmado en|ondertekend te|unterschrieben in)\b")


def date_gaps(text: PageText, page: int, country: str,
              drawn: Sequence[Rect] = ()) -> list[Blank]:
    """Blanks for the parts (or the whole) of each date written in words on the page (`drawn`:
    the page's drawn lines, which split the white space between two words into its parts)."""
    right_edge = max((w.x1 for w in text.words), default=0.0)
    drawn = [*drawn, *(w.rect for w in text.words if w.is_blank)]  # typed ones too
    out: list[Blank] = []
    lines = sorted(text.lines, key=lambda ln: -ln.y)

    @cache
    def page_languages() -> tuple[str, ...]:
        return guess_languages_by_lines([[w.text for w in ln.words] for ln in lines])

    for n, line in enumerate(lines):
        tokens = _tokens(line, right_edge, drawn)
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        if nxt is not None and line.y - nxt.y < 16 and tokens and tokens[-1][0] == "GAP":
            tokens += _tokens(nxt, right_edge, drawn)  # "... de ____" / "de 20__" wraps
        found = _dates_in(tokens, text, line, page, country, page_languages)
        out += [_onto_placeholder(b, line, lines[n + 1:]) for b in found]
    return out


_PLACEHOLDER = re.compile(r"^(JJ|DD|MM|TT)\s*[/.\-]\s*(MM|DD|JJ|TT)\s*[/.\-]\s*"
                          r"(AAAA|YYYY|CCYY|JJJJ|AA|YY)$")
_PLACEHOLDER_BELOW = 30.0  # points under the sentence a printed date placeholder may stand


def _onto_placeholder(blank: Blank, line: Line, below: list[Line]) -> Blank:
    """"... à compter de la date du :" then "JJ/MM/AAAA" alone on the line under it: the date
    goes by the printed placeholder (just right of it), not into the sentence's trailing space."""
    if blank.part or blank.rect[0] < line.x1 - 2:
        return blank  # not the white space at the end of the sentence
    ph = next((ln for ln in below if 0 < line.y - ln.y <= _PLACEHOLDER_BELOW
               and _PLACEHOLDER.match(ln.text.replace(" ", ""))), None)
    if ph is None:
        return blank
    rect = (ph.x1 + 6, ph.y - 1.5, ph.x1 + 100, ph.y + 10)
    return Blank("gap", blank.page, rect, extra={**blank.extra, "month": "digits"})


def _tokens(line: Line, right_edge: float,
            drawn: Sequence[Rect] = ()) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Words and gaps of one line, in order: ("de", rect), ("GAP", rect), ..."""
    out: list[tuple[str, tuple[float, float, float, float]]] = []
    words = [w for w in line.words if not w.is_blank]
    y0, y1 = line.y - 1.5, line.y + 10
    for i, w in enumerate(words):
        out.append((normalise(w.text) or w.text.strip(), (w.x0, w.y0, w.x1, w.y1)))
        if w.text.rstrip().endswith(",") and normalise(w.text):  # "Tegucigalpa," then a date
            out.append((",", (w.x1 - 2, w.y0, w.x1, w.y1)))
        nxt = words[i + 1].x0 if i + 1 < len(words) else None
        if nxt is not None and (nxt - w.x1 >= _GAP or _typed_between(line, w.x1, nxt)):
            out += [("GAP", r) for r in _apart((w.x1 + 2, y0, nxt - 2, y1), line, drawn)]
        elif nxt is None and right_edge - w.x1 >= _TRAILING and not _ends_sentence(w) and (
                _last_word(words, i) in _JOINS | _LEADS | _LAST_PARTS or w.text.strip() == "20") \
                and not _INSTRUCTION.search(normalise(" ".join(x.text for x in words))) \
                and not (_last_word(words, i) in _LEADS - _JOINS
                         and (_captions_the_blank_before(words, i, drawn, y0)
                              or _under_a_drawn_line(w, drawn))):
            out += [("GAP", r) for r in _apart((w.x1 + 2, y0, min(right_edge, w.x1 + 120), y1),
                                               line, drawn)]
    return out


_AFTER_BLANK = 8.0  # points: a phrase starting this near after a drawn blank's end captions it
_CAPTION_DROP = 24.0  # points: a caption's second language stands this far under its line


def _under_a_drawn_line(w: Word, drawn: Sequence[Rect]) -> bool:
    """"Date (MM/DD/YYYY)" then "Datum" under a drawn line: the line's caption in a second
    language, the date goes on the line (as `_captions_a_line` says for a typed one)."""
    return any(r[0] <= w.x0 + 1 and w.x1 <= r[2] + 1 and 0 <= r[1] - w.y1 <= _CAPTION_DROP
               for r in drawn)


def _captions_the_blank_before(words: Sequence[Word], i: int, drawn: Sequence[Rect],
                               y0: float) -> bool:
    """"Date souhaitée ________ Preferred date": the phrase ending the line starts right after a
    drawn blank, the second language's caption of that blank, not a date asked again in the
    room after it."""
    k = i
    while k > 0 and words[k].x0 - words[k - 1].x1 < _GAP:
        k -= 1
    start = words[k].x0
    return any(abs(r[1] - y0) < 6 and 0 <= start - r[2] <= _AFTER_BLANK for r in drawn)


def _typed_between(line: Line, x0: float, x1: float) -> bool:
    """A blank typed between two words ("20 ..... r.", "20__ r."): a gap however narrow (a
    two-digit year's dots are narrower than the white space read as a blank)."""
    return any(w.is_blank and w.x0 >= x0 - 1 and w.x1 <= x1 + 1 for w in line.words)


def _apart(gap: Rect, line: Line, drawn: Sequence[Rect]) -> list[Rect]:
    """The white space between two words, or each of the blanks drawn or typed apart inside it
    ("dnia ___ ________ 20__": the day's and the month's lines side by side, no word between)."""
    inside = sorted({(r[0], r[2]) for r in drawn if abs(r[1] - gap[1]) < 6
                     and r[0] >= gap[0] - 4 and r[2] <= gap[2] + 4})
    if not inside or any(b[0] < a[1] - 1 for a, b in pairwise(inside)):
        return [gap]  # no blank drawn in it (or overlapping ones): the white space as it is
    # the blanks drawn or typed in it, each its own gap: "20 [__]" then the signature's line
    # further right is the year's short line, never the white space up to the signature
    return [(a, gap[1], b, gap[3]) for a, b in inside]


# "each page must be signed and dated": a rule the form states (a footer's instruction), the
# room after it no blank; "Dated ____" or "signed and dated on ____" do ask for the date
_INSTRUCTION = re.compile(r"\b(must|should|shall|to|will|are|is) be (\w+ )?(signed )?(and )?dated$")


def _ends_sentence(word: Word) -> bool:
    """"... services up to the port date." ends its sentence: the room after it is no blank."""
    said = word.text.strip()
    return len(said) > 2 and said.endswith(".") and not said.endswith("..")


def _last_word(words: list[Word], i: int) -> str:
    """The line's last word, past a colon set apart ("à compter de la date du :")."""
    said = normalise(words[i].text)
    if not said and i > 0 and words[i].text.strip() in (":", "-", "–"):
        return normalise(words[i - 1].text)
    return said


_MONTH_OF = ("dias", "del", "mes", "de")  # "a los __ días del mes de ____ de 20__" (Argentina)
# "Signed this ___ day of ______, 20__", "on the __ day of ____ 20__": English names the day's
# gap "day of", as Spanish joins its gaps with "de"; the comma before the century joins too
_DAY_OF = ("day", "of")


def _month_of(tokens: list[tuple[str, tuple[float, float, float, float]]]) -> list[
        tuple[str, tuple[float, float, float, float]]]:
    """"días del mes de" between the day's gap and the month's joins them as "de" does."""
    out = list(tokens)
    for n in range(len(out) - 3):
        if tuple(t for t, _r in out[n:n + 4]) == _MONTH_OF:
            out[n:n + 4] = [("de", out[n + 3][1])]
            break
    for n in range(len(out) - 2, 0, -1):
        if out[n - 1][0] == "GAP" and tuple(t for t, _r in out[n:n + 2]) == _DAY_OF:
            out[n:n + 2] = [("de", out[n + 1][1])]  # "___ day of ______": the day, then
            m = n + 1  # the month in words; ", 20__" after the month's gap is its year
            if m + 2 < len(out) and out[m][0] == "GAP" and out[m + 1][0] == "," and \
                    out[m + 2][0] == "20":
                out[m + 1] = ("de", out[m + 1][1])
            elif m + 1 < len(out) and out[m][0] == "GAP" and out[m + 1][0] == "20":
                out.insert(m + 1, ("de", out[m + 1][1]))
    return out


def _dates_in(tokens: list[tuple[str, tuple[float, float, float, float]]], text: PageText,
              line: Line, page: int, country: str,
              page_languages: Callable[[], tuple[str, ...]]) -> list[Blank]:
    tokens = _month_of(tokens)
    out, taken = _year_first(tokens, text, line, page, page_languages)
    i = 0
    while i < len(tokens):
        if i in taken:
            i += 1
            continue
        found = next(((t, r) for t, r in reversed(tokens[max(0, i - 3):i]) if t in _LEADS),
                     None)
        if found is None and i >= 1 and tokens[i - 1][0] == "," and (
                i == 1 or (i == 2 and tokens[0][0] != "GAP")):
            # "____, __ de ____ de 20__", "Tegucigalpa, __ de ____ de 20__": the place (on the
            # drawn line, or printed) before the comma, then the date (its whole shape only)
            found = tokens[i - 1]
        label = None
        if found is None and _side_by_side(tokens, i):
            label = _date_label(tokens, i, page_languages)
            found = (label[0], tokens[i - 1][1]) if label else None
        if tokens[i][0] != "GAP" or found is None:
            i += 1
            continue
        lead, lead_rect = found
        gaps = [tokens[i][1]]
        year2 = False
        j = i + 1
        joins = _JOINS | _PART_WORDS.get(lead, frozenset())
        side = lead in _DAY_LEADS or _side_by_side(tokens, i)
        named = False  # the month's gap runs into the century with no join: a month's name
        while j + 1 < len(tokens) and (tokens[j][0] in joins or tokens[j][0] == "20" or (
                side and tokens[j][0] == "GAP")) and len(gaps) < 3:
            if tokens[j][0] == "GAP":  # "dnia [__] [______]": the next part, side by side
                gaps.append(tokens[j][1])
                j += 1
                continue
            if tokens[j][0] == "20" and not side:
                if not _century_after_month(tokens, j, len(gaps)):
                    break
                named = True
            k = j + 1 if tokens[j][0] != "20" else j
            if tokens[k][0] == "20" and k + 1 < len(tokens) and tokens[k + 1][0] == "GAP":
                year2, k = True, k + 1
            if tokens[k][0] != "GAP":
                break
            gaps.append(tokens[k][1])
            j = k + 1
        whose = _whose(text, line, lead) if lead not in _DAY_LEADS else _whose_day(
            tokens, i, text, line, lead)
        if label is not None:
            whose = whose or label[1]
        words = any(t in ("de", "del", "du") for t, _r in tokens[i:j]) or (
            side and tokens[i + 1][0] == "GAP") or named  # "dnia __ ______", "le __ ______"
        if lead == "," and not (len(gaps) == 3 and year2 and words):
            whose = None  # no word leads in: only the whole shape "__ de ____ de 20__" is a date
        if len(gaps) == 1 and (not _single_date_ok(lead, line) or _captions_a_line(text, lead_rect)):
            whose = None
        if whose is not None and len(gaps) in (1, 3):
            out += _blanks(gaps, year2, page, country, whose, lead, words)
        i = j
    return out


Token = tuple[str, Rect]


def _year_first(tokens: list[Token], text: PageText, line: Line, page: int,
                page_languages: Callable[[], tuple[str, ...]]) -> tuple[list[Blank], set[int]]:
    """On a form in a language that writes the year first (lexicon/months.YEAR_FIRST:
    "Kelt: 20__. év ______ hó __ nap", "20__. ____________ __.", "20__ m. __________ __ d."):
    the blank after a printed "20" (or before the year's own word) is the year, the next two
    the month and the day, in that order. Returns the blanks and the tokens they used."""
    if not any(t == "20" for t, _r in tokens) and not any(
            t in w for t, _r in tokens for ws in YEAR_FIRST.values() for w in ws[0]):
        return [], set()
    # blanks are read before the form's languages are decided: the page's own lines say them
    languages = form_languages() or page_languages()
    words = [YEAR_FIRST[c] for c in languages if c in YEAR_FIRST]
    if not words:
        return [], set()
    year_w, month_w, day_w = (frozenset(w for ws in words for w in ws[n]) for n in range(3))
    seps = frozenset({".", "/", "-"})
    out: list[Blank] = []
    taken: set[int] = set()
    for i in range(len(tokens) - 1):
        if i in taken:
            continue
        if tokens[i][0] == "20" and tokens[i + 1][0] == "GAP":
            year2, k = True, i + 1
        elif tokens[i][0] == "GAP" and tokens[i + 1][0] in year_w:
            year2, k = False, i
        else:
            continue
        gaps, j = [k], k + 1
        for after in (year_w, month_w):
            while j < len(tokens) and tokens[j][0] in seps | after:
                j += 1
            if j >= len(tokens) or tokens[j][0] != "GAP":
                break
            gaps.append(j)
            j += 1
        if len(gaps) != 3:
            continue
        while j < len(tokens) and tokens[j][0] in seps | day_w:
            j += 1
        taken |= set(range(i, j))
        rects = [tokens[g][1] for g in gaps]
        before = " ".join(t for t, _r in tokens[:i] if t not in ("GAP", ",", ".", "20"))
        lead = before.split()[-1] if before.split() else ""
        whose = "requested" if _MOVES_BEFORE.search(before.strip()) or \
            REQUESTED_CONTEXT.search(before) else (_whose(text, line, lead) or "signed")
        width = [r[2] - r[0] for r in rects]
        # a month written out needs room: its blank is wider than the year's and the day's
        month = "name" if width[1] > width[0] + width[2] else "digits"
        extra = {"whose": whose, "label": lead, "month": month}
        parts = ("year2" if year2 else "year", "month", "day")
        out += [Blank("gap", page, r, part=p, extra=extra) for r, p in zip(rects, parts,
                                                                          strict=True)]
    return out, taken


def _side_by_side(tokens: list[Token], i: int) -> bool:
    """"Fait le [__] [______] 20[__]": two blanks side by side, nothing between, then the
    century and the year's blank: the whole shape of a date (day, month in words, year),
    whatever word leads into it."""
    return i + 3 < len(tokens) and tokens[i][0] == tokens[i + 1][0] == "GAP" and \
        tokens[i + 2][0] == "20" and tokens[i + 3][0] == "GAP"


def _date_label(tokens: list[Token], i: int,
                page_languages: Callable[[], tuple[str, ...]]) -> tuple[str, str] | None:
    """"Ημερομηνία: [__] [______] 20[__]": the words before a date's whole shape, read by the
    page's languages as a date's label (the signing's or the port's), lead into it as the
    words of _LEADS do; returns the label's last word and whose date it is."""
    words: list[str] = []
    for t, _r in reversed(tokens[:i]):
        if t == "GAP":
            break
        words.insert(0, t)
    if not words:
        return None
    reading = classify_in(" ".join(words), form_languages() or page_languages())
    field = reading.field if reading else None
    whose = {LoaField.DATE_SIGNED: "signed", LoaField.REQUESTED_DATE: "requested"}.get(
        field) if isinstance(field, LoaField) else None
    return (words[-1], whose) if whose else None


def _century_after_month(tokens: list[Token], j: int, parts: int) -> bool:
    """"den [__]. [______] 20[__]": the day and the month joined, then the century printed
    right after the month's blank and the year's blank: digits of a month would need a join
    before the year ("__.__.20__"), so the month is written out and the date is whole."""
    return parts == 2 and j + 1 < len(tokens) and tokens[j + 1][0] == "GAP" and \
        tokens[j - 1][0] == "GAP" and tokens[j - 2][0] in _JOINS


def _single_date_ok(lead: str, line: Line) -> bool:
    """One gap is a date only after a date label, or after "le"/"am" in "Fait à ..., le ___"."""
    if lead in ("date", "datum", "fecha", "dated", "dia"):
        return True
    return lead in ("le", "am", "on", "den") and bool(
        _PLACE_OF_SIGNING.search(normalise(line.text)))


def _captions_a_line(text: PageText, rect: tuple[float, float, float, float]) -> bool:
    """"Date" printed under a line is that line's caption: the date goes on the line."""
    return any(w.is_blank and w.x1 > rect[0] and w.x0 < rect[2] and 0 <= w.y0 - rect[3] < 16
               for w in text.words)


def _whose(text: PageText, line: Line, lead: str) -> str | None:
    """'signed' or 'requested' from the sentence and the section it sits in: the date's own
    line first ("Signed this ___ day of ___, 20__" under a "Requested port date" caption is the
    signing's), then the lines around it."""
    own = normalise(line.text)
    if SIGNING_CONTEXT.search(own) and not REQUESTED_CONTEXT.search(own):
        return "signed"
    around = " ".join(ln.text for ln in text.context(
        (line.x0, line.y, line.x1, line.top), reach=45)) + " " + line.text
    norm = normalise(around)
    if REQUESTED_CONTEXT.search(norm):
        return "requested"
    if SIGNING_CONTEXT.search(norm) or lead in ("le", "fait le", "dated") or \
            _PLACE_FIRST.match(normalise(line.text)) or _after_a_place(line, lead):
        return "signed"
    return None


# the words of a sentence that moves the numbers, before a Slavic day word: "przeniesienie
# numeru w dniu ____", "prenos čísla dne ____": the port's date, not the day it is signed
_MOVES_BEFORE = re.compile(r"\b(przeniesieni\w*|prenesen\w*|prenos\w*|prijenos\w*|"
                           r"wnioskowan\w*|preferowan\w*|pozadovan\w*|zeljen\w*|zelen\w*|"
                           r"od|z|ode|s|od dnia)$")


def _whose_day(tokens: list[tuple[str, Rect]], i: int, text: PageText, line: Line,
               lead: str) -> str | None:
    """"dnia __ ______ 20__ r.", "dne __. __. 20__": the day word names the day the form is
    dated (signed), unless the words before it on its line move the numbers or the sentence
    around asks a desired date."""
    before = " ".join(t for t, _r in tokens[:i] if t not in ("GAP", lead))
    if _MOVES_BEFORE.search(before.strip()) or REQUESTED_CONTEXT.search(before):
        return "requested"
    return _whose(text, line, lead) or "signed"


def _after_a_place(line: Line, lead: str) -> bool:
    """"________, ngày __ tháng __ năm ____": the line opens with the comma after a place
    written on the drawn line before it, then the date's own word: where and when it is signed
    (as "Fait à ____, le ____")."""
    words = list(line.words)
    while words and words[0].is_blank:  # the place typed as underscores on the same line
        words.pop(0)
    said = " ".join(w.text for w in words).lstrip()
    if lead == "," and re.match(r"^[^\W\d_][^\s,]*,", said):
        return True  # "Tegucigalpa, __ de ____ de 20__": the place printed, then the date
    place = re.match(r"^[^\W\d_][^\s,]*(\s[^\W\d_][^\s,]*){0,2},(.*)$", said)
    if place and normalise(place.group(2)).startswith(lead):
        return True  # "Hà Nội, ngày __ tháng __ năm 20__": a place of a word or three
    return said.startswith(",") and (lead == "," or normalise(said).startswith(lead))


def _blanks(gaps: list[tuple[float, float, float, float]], year2: bool, page: int, country: str,
            whose: str, lead: str, words: bool) -> list[Blank]:
    extra = {"whose": whose, "label": lead, "month": "name" if words else "digits"}
    if len(gaps) == 1:
        return [Blank("gap", page, gaps[0], extra=extra)]
    # "the __ day of ____, 20__", "__ de ____ de 20__": the words name the day first, whatever
    # the country's habit with digits
    order = ("month", "day", "year") if country in _MONTH_FIRST and not words else (
        "day", "month", "year")
    parts = [p if p != "year" or not year2 else "year2" for p in order]
    return [Blank("gap", page, g, part=p, extra=extra) for g, p in zip(gaps, parts, strict=True)]
