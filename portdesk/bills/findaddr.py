"""Case first for addresses: every place the bill prints the typed street, read as a whole address.

The house number and the first street word are what a bill cannot write differently, so they are
the hook: wherever they appear, the address is read from there, on one line ("120 N Oak St Ste
400, Springfield IL 62701") or down its column (street, suite, city line), and judged by its
place. A hook whose address reads differently (another suite, another ZIP) is kept too: it is the
bill disagreeing, which is what a mismatch needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from portdesk.bills.addrmatch import fold, placed, street_key
from portdesk.bills.addrparse import (
    CSZ_RE,
    UNIT_FIRST,
    _ocr_commas,
    is_city_state_zip,
    parse_address_lines,
)
from portdesk.bills.context import Context, Place, classify
from portdesk.bills.formaddr import form_addresses
from portdesk.bills.layout import Segment, below
from portdesk.bills.lineplace import site_heading
from portdesk.bills.ocrdigits import CONFUSED_READ, toward, typed_words
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.values import Evidence
from portdesk.domain.case import Address

_DIRECTIONS = {"N", "S", "E", "W", "NE", "NW", "SE", "SW", "NORTH", "SOUTH", "EAST", "WEST",
               "O", "OUEST", "EST", "NORD", "SUD"}
TAIL_ZIP = re.compile(r"(\d{5}(?:\s?-\s?\d{4})?|[A-Za-z]\d[A-Za-z][\s-]?\d[A-Za-z]\d)"
                       r"(?:[,\s]+(?:(?i:USA|U\.S\.A|United States|Canada)|US|CA))?\W*$")


Fix = Callable[[str], str]  # the scan's text read toward the typed words, or as it is
STATE_LOST_READ = 0.5  # under the match floor: a reading with its state put back proves nothing


@dataclass(frozen=True, slots=True)
class FoundAddress:
    address: Address  # as the bill prints it
    evidence: Evidence
    places: tuple[Place, ...]
    read_conf: float
    page_top: float  # where on its page (for the window-envelope block)
    page_height: float
    state_lost: bool = False  # a scan's line read the typed city and ZIP with no state between


def _hook(line1: str) -> tuple[str, str] | None:
    """(house number or box number, first street word) of the typed street line."""
    words = street_key(line1)
    if not words:
        return None
    if words[0] == "POBOX" and len(words) > 1:
        return "POBOX", words[1]
    rest = [w for w in words[1:] if w not in _DIRECTIONS]
    return words[0], (rest[0] if rest else "")


_UNIT_CIVIC_WORD = re.compile(r"^\d{1,6}[A-Za-z]?-(\d{1,6}[A-Za-z]?)$")


def _civic(key: tuple[str, ...], text: str) -> tuple[str, ...]:
    """'4-123' (unit 4 of civic number 123) is keyed by its civic number."""
    m = _UNIT_CIVIC_WORD.match(text.strip(" ,"))
    return (m.group(1).upper(),) if m else key


_BOX_WORDS = ("PO", "POBOX", "BOX")  # a PO box hook's first word, as street_key keys it


def _starts(seg: Segment, hook: tuple[str, str], fix: Fix = str) -> list[int]:
    """Word indexes where the hook begins in this segment."""
    house, street = hook
    keys = [_civic(street_key(fix(w.text)), w.text) for w in seg.words]
    flat = [(k[0] if k else "") for k in keys]
    out = []
    for i, key in enumerate(flat):
        if house == "POBOX":
            if key in _BOX_WORDS and street in {
                    k for kk in keys[i:i + 4] for k in kk}:
                out.append(i)
            continue
        if key != house:
            continue
        # the street's words in the same word when OCR lost the spaces ('856WHILLCRESTST'),
        # or in one word with the direction before them ('N-Hillcrest': a mark in the gap)
        nxt = [k for k in (*keys[i][1:], *(k for kk in keys[i + 1:i + 4] for k in kk))
               if k not in _DIRECTIONS]
        if not street or (nxt and nxt[0] == street) or (nxt and nxt[0][:3] == street[:3]):
            out.append(i)
    return out


def _may_start(keys: frozenset[str], house: str) -> bool:
    """Can _starts find the hook in a segment of a text layer whose words' first keys are
    `keys`? Only where one is the house number (a box's word for a PO box hook)."""
    if house == "POBOX":
        return any(k in keys for k in _BOX_WORDS)
    return house in keys


def _first_keys(index: PageIndex) -> tuple[frozenset[str], ...]:
    """Each segment's words' first keys, as _starts works them out on a text layer, once per
    page: the segments that hold no word keyed as the house number are passed over without
    reading each word's key again for every address searched."""
    memo = ("address first keys", id(index.segments), len(index.segments))
    got = index._memo.get(memo)
    if got is None:
        got = index._memo[memo] = tuple(frozenset(
            k[0] if k else "" for k in (_civic(street_key(w.text), w.text) for w in seg.words))
            for seg in index.segments)
    return got  # type: ignore[return-value]


def _column_lines(index: PageIndex, seg: Segment, limit: int = 4) -> list[Segment]:
    out = [seg]
    current = seg
    while len(out) < limit and not is_city_state_zip(current.text):
        nxt = below(current, index.segments, max_lines=2.2, align=14.0)
        if nxt is None:
            break
        out.append(nxt)
        current = nxt
    return out


def _split_by_city(text: str, city: str) -> str:
    """'120 Oak St Springfield IL 62701' has no commas, '80 Willow Ln. Oxnard, CA' none before
    the city: the typed city says where to cut."""
    if not city:
        return text
    folded = fold(text).lower()
    name = fold(city).lower()
    at = max(folded.rfind(" " + name + " "), folded.rfind(" " + name + ","))
    if at < 0 or folded[:at].rstrip().endswith(","):
        return text
    return f"{text[:at].rstrip(' .')}, {text[at + 1:]}"


def _read(index: PageIndex, seg: Segment, start: int, typed: Address,
          fix: Fix = str) -> tuple[Address, list[Segment]] | tuple[Address, list[Segment], bool] | None:
    words = seg.words[start:]
    head = Segment(seg.page, words, seg.line)
    text = _ocr_commas(fix(head.text))
    if not TAIL_ZIP.search(text) and (stated := stated_to_zip(head, fix)) is not None:
        head, text = stated  # "Your bill for service at 1129 Ridge Blvd, Dover, OH 44670 is
        # ready.": an address stated in a sentence ends at its postal code, the verb goes on
    if TAIL_ZIP.search(text):  # the whole address on one line
        parsed = parse_address_lines([_split_by_city(text, typed.city)])
        if parsed is not None:
            return parsed, [head]
        if fix is not str and (put := state_lost(text, typed)) is not None and (
                parsed := parse_address_lines([_split_by_city(put, typed.city)])) is not None:
            return parsed, [head], True
    row = row_from(index, seg, head, fix)
    if row is not None:
        return row
    lines = [head, *_column_lines(index, seg)[1:]]
    above = above_in_column(index, seg) if start == 0 else None
    if above is not None and UNIT_FIRST.match(above.text.strip(" ,")):
        lines = [above, *lines]  # "Unit 4" on its own line over the street
        head = above
    for end in range(2, len(lines) + 1):
        last = fix(lines[end - 1].text)
        lost = None if fix is str else state_lost(last, typed)
        if is_city_state_zip(last) or CSZ_RE.match(_ocr_commas(_split_by_city(last, typed.city))) \
                or lost is not None:
            texts = [fix(s.text) for s in lines[:end]]
            texts[0] = fix(head.text)
            texts[-1] = _split_by_city(texts[-1] if lost is None else lost, typed.city)
            parsed = parse_address_lines(texts)
            if parsed is None:
                return None
            return (parsed, lines[:end]) if lost is None else (parsed, lines[:end], True)
    return None


# 'ALBANY. 12299', 'Great Falls, 29173-9819': a US city and its ZIP at a line's end, the state
# between them lost in the scan (a speck read for its comma, the letters not read at all)
_CITY_ZIP = re.compile(r"(?P<city>[^\W\d_][^\d,]*?)[.,]?\s+(?P<zip>\d{5}(?:-\d{4})?)\W*$")


def state_lost(text: str, typed: Address) -> str | None:
    """The line with the typed state put back between the typed city and ZIP, when the line
    ends with exactly those two and nothing between them: the state OCR lost. The reading so
    made is never proof by itself (checkaddr: only another copy of the whole address, its state
    read, makes it one); a city or a ZIP that differs in any letter or digit is no such line."""
    if not (typed.city and typed.state and re.fullmatch(r"\d{5}(?:-\d{4})?", typed.postal_code)):
        return None
    m = _CITY_ZIP.search(text)
    if m is None or m.group("zip") != typed.postal_code:
        return None
    if fold(m.group("city")).lower().strip() != fold(typed.city).lower():
        return None  # 'NEW ALBANY 12299' is no reading of 'ALBANY'
    return f"{text[:m.start('city')]}{typed.city}, {typed.state} {m.group('zip')}"


# the sentence's verb after an address stated in it ("... OH 44670 is ready", "... est prête")
_ADDRESS_CAPTION = frozenset({Context.SERVICE, Context.BILLING})
_VERB_AFTER = re.compile(r"(?i)^(?:is|are|was|were|has|have|will|can|est|sont|a)$")


def stated_to_zip(head: Segment, fix: Fix) -> tuple[Segment, str] | None:
    """The address up to its postal code, when what follows the code is no part of it: the
    sentence's verb, or a caption naming the value that ends the line ("... NY 14651 service
    address")."""
    words = head.words
    for k in range(1, len(words) - 1):
        rest = " ".join(w.text for w in words[k + 1:])
        if not _VERB_AFTER.match(words[k + 1].text) and not (
                len(words) - k - 1 <= 4 and not any(c.isdigit() for c in rest)
                and classify(rest) in _ADDRESS_CAPTION):
            continue
        cut = Segment(head.page, words[:k + 1], head.line)
        text = _ocr_commas(fix(cut.text))
        if TAIL_ZIP.search(text):
            return cut, text
    return None


def caption_after(seg: Segment, start: int, used: list[Segment]) -> Place | None:
    """The caption ending the address's own line, after its postal code (stated_to_zip)."""
    if len(used) != 1 or used[0].line != seg.line:
        return None
    end = start + len(used[0].words)
    rest = " ".join(w.text for w in seg.words[end:])
    if not rest or end >= len(seg.words) or used[0].words[0] is not seg.words[start]:
        return None
    ctx = classify(rest)
    return Place(ctx, rest, "line") if ctx in _ADDRESS_CAPTION and not any(
        c.isdigit() for c in rest) else None


def row_from(index: PageIndex, seg: Segment, head: Segment,
              fix: Fix = str) -> tuple[Address, list[Segment]] | None:
    """A table row: street, city, state and ZIP in cells of one line ("120 Oak St | Springfield |
    IL | 62701"), joined with commas as one address line."""
    header = index.header_row(seg)
    if header is None:
        return None  # two blocks side by side are not a row
    right = sorted((s for s in index.lines.get(seg.line, []) if s.x0 > seg.x1), key=lambda s: s.x0)
    ends = [i for i, cell in enumerate(right[:4]) if TAIL_ZIP.search(cell.text)]
    if not ends or (ends[-1] < 1 and not _town_cell(right[0], header)):
        return None  # street | city | state | ZIP, or street | "City, ST ZIP" under its header
    cells = [head, *right[:ends[-1] + 1]]
    text = ", ".join(fix(c.text) for c in cells)
    if not TAIL_ZIP.search(text):
        return None
    parsed = parse_address_lines([text])
    return (parsed, cells) if parsed is not None else None


_TOWN_HEAD = re.compile(r"(?i)\b(?:city|town|ville|municipalit\w*|zip|postal|state|province)\b")


def _town_cell(cell: Segment, header: list[Segment]) -> bool:
    """"Fairhaven, MA 02719" under a header cell naming the town: the street's row goes on;
    under "Service Address" beside "Bill To" it is another block's last line."""
    over = [h for h in header if h.x0 - 4 <= cell.x0 <= h.x1 + 4 or cell.x0 - 4 <= h.x0 <= cell.x1]
    return is_city_state_zip(cell.text) and any(_TOWN_HEAD.search(h.text) for h in over)


def find_address(bill: BillIndex, typed: Address) -> list[FoundAddress]:
    hook = _hook(placed(typed).line1)  # "4-123 Main St" and "Apt 4, 123 Main St" hook at 123
    if hook is None:
        return []
    out: list[FoundAddress] = []
    words = typed_words(typed.line1, typed.line2, typed.city, typed.state, typed.postal_code)
    for index in bill.pages:
        # a scan's words that differ from the typed ones only by OCR's confusions read as typed
        fix: Fix = (lambda t: unit_word(_specks_off(toward(t, words, glyphs=True)))) if (
            index.page.source == "ocr") else str
        text_layer = fix is str
        keys = _first_keys(index) if text_layer else ()
        for k, seg in enumerate(index.segments):
            if text_layer and not _may_start(keys[k], hook[0]):
                continue  # no word of it is the house number (or a box's word): no start in it
            out.extend(_found_at(index, seg, hook, typed, fix))
        out.extend(FoundAddress(f.address, Evidence.of(*f.used), f.places,
                                min(w.conf for s in f.used for w in s.words), f.street.top,
                                index.page.height)
                   for f in form_addresses(index) if _starts(f.street, hook, fix))
    if any(f.places[:1] and f.places[0].relation == HEADED for f in out):
        from portdesk.bills.openaddr import without_headed_sites

        out = without_headed_sites(bill, out)
    return out


def _specks_off(text: str) -> str:
    """Marks OCR adds to an address line: a dash after a comma ('Ln,-Omaha'), a colon or star
    after a word ('HWY:', 'Way*', '68189-5779:'), a comma read for a space ('MAIN,RD'), a dot
    before a province in brackets ('Montréal.(Québec)'), a quote between state and ZIP or between
    the city and the state ("MANCHESTER'TN 37354"), a star
    or a colon between a unit's word and its number ('Rm*5C'), a speck read as a dot or a quote
    before a line's first word ('.Exeter ON N0M 9S1'), a mark read in the gap of a Canadian
    postal code ('T5J:1H2'), a mark read alone at a line's end ('Suite 7 *'), a comma after a
    number read as a dot ('STE 1197. SPOKANE'), a speck after a ZIP read as a dash and a mark
    ('WA 99238- *': no ZIP+4 ends in a mark, and its four digits are not what OCR drops)."""
    # 'Montréal.(Québec)', "MN'55163": a speck read as a dot or a quote in the gap
    text = _ZIP_DASH_SPECK.sub("", text)
    text = _QUOTE_GAP.sub(" ", _DOT_GAP.sub(" ", _STAR_GAP.sub(r"\1 ", text)))
    text = _LEAD_SPECK.sub("", _POSTAL_GAP.sub(" ", _LONE_SPECK.sub("", text)))
    text = _NUMBER_DOT.sub(",", text)
    return _AFTER_WORD.sub("", _COMMA_GAP.sub(" ", _COMMA_DASH.sub(", ", text)))


# unit words, and the letters of their shape OCR reads for theirs ('FI', 'F1', 'F|' for 'FL')
_UNIT_WORDS = frozenset({"STE", "SUITE", "APT", "UNIT", "FL", "FLOOR", "RM", "ROOM", "BLDG",
                         "BUREAU", "APP", "LOCAL"})
_UNIT_SHAPES = str.maketrans({"I": "L", "1": "L", "|": "L", "!": "L", "0": "O", "5": "S"})
_UNIT_LINE = re.compile(r"^(?P<word>[^\W\d_][\w|!]{1,5})(?P<rest>\.?\s+\S.*)$")


def unit_word(line: str) -> str:
    """A line opening with a word that is no unit word but reads as one with OCR's letters of
    the same shape undone ('FI 8D.'): that unit word; any other line as it is."""
    m = _UNIT_LINE.match(line.strip())
    if m is None or m.group("word").upper() in _UNIT_WORDS:
        return line
    word = m.group("word").upper().translate(_UNIT_SHAPES)
    return f"{word}{m.group('rest')}" if word in _UNIT_WORDS else line


_COMMA_DASH = re.compile(r",[-–—]+")
_LEAD_SPECK = re.compile(r"^[.,'‘’`*°:;~\-–—]+(?=[^\W\d_]|\d{2,}(?:\s|$))")
# 'Rm*5C', 'Suite:210': a speck read in the gap between a unit's word and its number
_STAR_GAP = re.compile(r"(?i)\b(rm|fl|apt|ste|app|unit|room|suite|bldg)[*:;](?=\d)")
_DOT_GAP = re.compile(r"(?<=[^\W\d_])\.(?=\()")
_QUOTE_GAP = re.compile(r"(?<=\b[A-Z]{2})['’‘](?=\d{5}\b)|(?<=[^\W\d_]{3})['’‘](?=[A-Z]{2}\s+\d{5}\b)")
_COMMA_GAP = re.compile(r"(?<=[A-Za-z]),(?=[A-Za-z])")
# 'Suite 7 *': a mark alone after a line's last word is no part of the address
_LONE_SPECK = re.compile(r"\s+[*°'`‘’.,:;~•·]+\s*$")
# 'T5J:1H2': a speck between the two halves of a Canadian postal code (letter-digit-letter,
# digit-letter-digit: no other value is written so)
_POSTAL_GAP = re.compile(r"(?<=\b[A-Za-z]\d[A-Za-z])[:;.,'’‘*·](?=\d[A-Za-z]\d\b)")
# 'WA 99238- *': a dash after a five-digit ZIP with only a mark after it, at the line's end
_ZIP_DASH_SPECK = re.compile(r"(?<=\b\d{5})-\s+[*°'`‘’.,:;~•·]+\s*$")
_AFTER_WORD = re.compile(r"(?<=\w)[:;*]+(?=\s|,|$)")
# 'STE 1197. SPOKANE', '1662. avenue': a comma after a number read as a dot (a number ends with
# no abbreviation's dot; a street word's 'St.' keeps its own)
_NUMBER_DOT = re.compile(r"(?<=\d)\.(?=\s+[^\W\d_])")


def _unit_before(seg: Segment, start: int) -> int:
    """'Unit 4, 123 Main St', '#4 - 123 Main St': the unit printed before the street starts
    the address."""
    for k in (1, 2, 3):
        if start >= k and UNIT_FIRST.match(
                " ".join(w.text for w in seg.words[start - k:start]).rstrip(" ,-–")):
            return start - k
    return start


def _found_at(index: PageIndex, seg: Segment, hook: tuple[str, str], typed: Address,
              fix: Fix) -> list[FoundAddress]:
    out = []
    for start in _starts(seg, hook, fix):
        start = _unit_before(seg, start)
        got = _read(index, seg, start, typed, fix)
        if got is None:
            continue
        address, used, lost = got[0], got[1], len(got) > 2
        conf = min(w.conf for s in used for w in s.words)
        if fix is not str and any(fix(s.text) != s.text for s in used):
            conf = min(conf, CONFUSED_READ)  # read as typed only through OCR's confusions
        if lost:
            conf = min(conf, STATE_LOST_READ)  # never sure alone, never a differing address
        places = address_places(index, seg, start)
        if (caption := caption_after(seg, start, used)) is not None:
            places = (caption, *places)  # "5271 NW Cedar Ct, Greece, NY 14651 service address"
        if not places and start == 0 and (caption := caption_under(index, used)) is not None:
            places = (caption,)
        out.append(FoundAddress(address, Evidence.of(*used), places, conf,
                                seg.top, index.page.height, lost))
    return out


# an address block with no label of its own under a heading about the service ("SERVICE
# INFORMATION" over the name and address): the site's, unless the bill labels another (openaddr)
HEADED = "site heading"


def address_places(index: PageIndex, seg: Segment, start: int) -> tuple[Place, ...]:
    places = index.places(seg, start)
    # "Voice Line |" names the service, not a number
    heading = _phone_heading(seg, start, scan=index.page.source == "ocr")
    if not heading and start == 0 and index.page.source == "ocr":
        heading = _scanned_heading(index, seg)
    if heading and (not places or places[0].context == Context.NUMBERS):
        places = heading + places[1:]
    if not places and start == 0 and (site := site_heading(index, seg, labels_only=True)) is not None:
        places = [Place(Context.SERVICE, site, HEADED)]
    if not places and start == 0 and (part := _dotted_heading(index, seg)) is not None:
        places = [Place(Context.SERVICE, part, HEADED)]
    if not places and start == 0 and index.page.source == "ocr" and (
            lost := _heading_word_lost(index, seg)) is not None:
        places = [Place(Context.SERVICE, lost.text, "block")]
    return tuple(places)


def _dotted_heading(index: PageIndex, seg: Segment) -> str | None:
    """'Calling site: HQ  ·  Service location' right over an address line, at its left edge: a
    heading of facts set off by dots or bars whose last part is a bare service-address label
    names the address under it, as that label alone would."""
    up = index.up(seg)
    if up is None or abs(up.x0 - seg.x0) > 6 or len(index.lines.get(up.line, [])) > 1:
        return None
    parts = [p.strip() for p in re.split(r"\s[·|•]\s", up.text) if p.strip()]
    if len(parts) < 2 or any(c.isdigit() for c in parts[-1]) or len(parts[-1].split()) > 3:
        return None
    return parts[-1] if index.kind(parts[-1]) == Context.SERVICE else None


def _heading_word_lost(index: PageIndex, seg: Segment) -> Segment | None:
    """'Service, Aggrens' over a street line: a scan's heading whose second word OCR read at
    noise level (0.00) is 'Service' and a word lost. Over an address, the only heading that
    word starts is the service address's (or location's); the heading must be right above
    the street, alone on its line in the street's column, every other word read surely."""
    up = index.up(seg)
    if up is None or abs(up.x0 - seg.x0) > 14 or up.bottom > seg.top + 1:
        return None
    sure = [w for w in up.words if w.conf >= 0.8]
    lost = [w for w in up.words if w.conf < _NOISE_READ]
    if not lost or len(sure) + len(lost) != len(up.words) or len(up.words) > 3:
        return None
    said = " ".join(w.text.strip(",.:;").lower() for w in sure)
    return up if said == "service" and up.words[0] in sure else None


_NOISE_READ = 0.3  # a word read below this is noise: what it says is lost


_PHONE_SERVICE = re.compile(r"(?i)\b(?:phone|voice|voip|lines?|t[ée]l[ée]phon\w*|lignes?)\W*$")


def _phone_heading(seg: Segment, start: int, scan: bool = False) -> list[Place]:
    """"Order 12 · Home Phone · 18 Mill Rd, Kingston": an address after a phone service's name
    in the heading of its charges, set off by a dot or a bar, is where that service is. The
    name alone before it ("Hosted Voice 18 Mill Rd, Kingston"), a few words starting the line
    with no digit, heads that service's charges the same way. On a scan the dots are specks OCR
    often loses ('OID 7573148 Home Phone 4496 Willow Blvd'): a short heading ending in the
    service's name right before the address is the same heading."""
    prefix = " ".join(w.text for w in seg.words[:start])
    parts = [p for p in re.split(r"\s*[·|•]\s*", prefix) if p.strip()]
    bare = (1 <= start <= 3 and not any(c.isdigit() for c in prefix)) or (
        scan and 1 <= start <= 5 and sum(c.isdigit() for c in prefix) <= 10)
    if (prefix.rstrip()[-1:] not in ("·", "|", "•") and not bare) or not parts:
        return []
    if not _PHONE_SERVICE.search(parts[-1]):
        return []
    return [Place(Context.SERVICE, prefix.rstrip(" ·|•"), "line")]


def caption_under(index: PageIndex, used: list[Segment]) -> Place | None:
    """'2513 Main St / Ste 7 / Hudson NY 12534' over a small 'Service Address': a caption under
    its value, the way boxed summaries print them. The caption is a service-address label alone
    on its line, right under the block's last line at its left edge, with no value under it
    (else it heads the block below: nothing may follow it in its column)."""
    last = used[-1]
    under = [s for s in index.segments if s.page == last.page and 0 <= s.top - last.bottom
             <= max(last.height, index.body_height) * 1.2 and abs(s.x0 - used[0].x0) <= 6]
    if len(under) != 1 or not index.is_label(under[0]) or len(index.lines[under[0].line]) > 2:
        return None
    caption = under[0]
    if index.kind(caption.text) != Context.SERVICE:
        return None
    if index.up(caption) is not last or _under(index, caption) is not None:
        return None
    return Place(Context.SERVICE, caption.text, "block")


def _under(index: PageIndex, seg: Segment) -> Segment | None:
    limit = max(seg.height, index.body_height) * 2.0
    near = [s for s in index.segments if s.page == seg.page and 0 <= s.top - seg.bottom <= limit
            and abs(s.x0 - seg.x0) <= 12]
    return min(near, key=lambda s: s.top) if near else None


def _scanned_heading(index: PageIndex, seg: Segment) -> list[Place]:
    """The same heading on a scan, whose dots OCR lost: the service's name ('Home Phone') is a
    cell of its own right before the address, after the order's ('OID 8516051')."""
    left = index.left_of(seg)
    if len(left) < 2 or len(left[0].words) > 3 or not _PHONE_SERVICE.search(left[0].text):
        return []
    return [Place(Context.SERVICE, left[0].text, "line")]


def above_in_column(index: PageIndex, seg: Segment) -> Segment | None:
    best: Segment | None = None
    for other in index.segments:
        if other.bottom > seg.top + 1 or seg.top - other.bottom > max(seg.height, 6.0) * 1.9:
            continue
        if abs(other.x0 - seg.x0) <= 6 and (best is None or other.bottom > best.bottom):
            best = other
    return best
