"""Fields a bill rarely labels: the carrier (its logo line) and the window-envelope mailing block."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Iterator

from portdesk.bills.addrparse import STREET_START, is_city_state_zip, parse_address_lines
from portdesk.bills.carriers import Carrier, carriers_named_in, identify, name_key, same_family
from portdesk.bills.context import Context, classify, fold, strong_help
from portdesk.bills.layout import Segment, below, set_under
from portdesk.bills.parse import clean_name
from portdesk.bills.reader import Page
from portdesk.bills.values import Candidate, Evidence
from portdesk.bills.vocab import CARRIER_KIND_WORDS, GENERIC_TITLE_WORDS, SERVICE_WORDS

IsLabel = Callable[[Segment], bool]
_OWNED = frozenset({Context.SERVICE, Context.REMIT, Context.CARRIER, Context.HELP, Context.USAGE})
# "Acme Holdings LLC Attn: Dana Lee" on one line: the name ends where the attention begins
_CARE_OF_TAIL = re.compile(r"(?i)[\s,]+(?:attn|attention|c/o|care of)\b.*$")
ATTENTION = re.compile(r"(?i)^(?:attn|attention|c/o|care of|a/s|dba|d/b/a|o/a|t/a|aka)\b")
_BILL_TO = re.compile(r"(?i)^\W*(?:bill(?:ed)?|invoice(?:d)?|mail(?:ed)?|sen[dt]) to\W*$")
_TRADE = re.compile(r"(?i)^(?:dba|d/b/a|o/a|t/a|aka|doing business as)\b")
_SUFFIX = re.compile(r"(?i)\b(?:inc|llc|l\.l\.c|ltd|lt[ée]e|corp|corporation|co|company|p\.?c|"
                     r"pllc|llp|lp|plc|p\.?a|dds|md|cpa|limited|incorporated|enr|s\.?e\.?n\.?c)\.?$")


def reads_as_organisation(name: str) -> bool:
    """The name ends in a legal form or a profession's letters ('Harbor View Bakery Inc.'):
    an organisation's, never a person's."""
    return _SUFFIX.search(name.strip(" ,")) is not None


def carrier_candidates(page: Page, segments: list[Segment], is_label: IsLabel) -> list[Candidate]:
    """The biggest name-like line in the top quarter of page 1: carriers print their name large."""
    if not segments:
        return []
    body = statistics.median(s.height for s in segments)
    best: tuple[float, Segment] | None = None
    for seg in segments:
        if seg.top > page.height * 0.25 or is_label(seg):
            continue
        words = [re.sub(r"[^a-z]", "", fold(w.text)) for w in seg.words]
        if (any(w in GENERIC_TITLE_WORDS for w in words) and not _trade_and_services(words)) or (
                clean_name(seg.text) is None):
            continue
        if all(fold(w.text).strip(".,:") in SERVICE_WORDS for w in seg.words):
            continue  # "Home Phone and Internet": the heading of the services sold
        if sum(c.isalpha() for c in seg.text) < 3:
            continue
        size = seg.height / body
        if size < 1.25:
            continue
        if best is None or size > best[0]:
            best = (size, seg)
    if best is None:
        return []
    size, seg = best
    ocr = page.source == "ocr"
    if ocr:
        seg = row_joined(seg, segments)
    score = min(0.9, 0.55 + 0.1 * size) * seg.conf
    mark = _dollar_s(_initial_joined(_letter_spaced(seg.text, ocr), ocr), ocr).strip(" :")
    kind = kind_line(seg, segments)
    if kind is not None:
        return [Candidate(f"{mark} {_dollar_s(kind.text, ocr).strip(' :')}",
                          Evidence.of(seg, kind), score)]
    return [Candidate(mark, Evidence.of(seg), score)]


def _trade_and_services(words: list[str]) -> bool:
    """'<Name> Telecom Services', '<Name> Communication Services': a company named for its
    trade and the services it sells, a name word of its own before them; a section heading
    ('Telephone Services', 'Your Services') has none."""
    *head, kind, last = words if len(words) >= 3 else ["", "", ""]
    return last in ("services", "service") and (kind in CARRIER_KIND_WORDS or (
        kind + "s") in CARRIER_KIND_WORDS) and any(
        w and w not in GENERIC_TITLE_WORDS | SERVICE_WORDS | CARRIER_KIND_WORDS for w in head) and (
        not any(w in GENERIC_TITLE_WORDS for w in head))


def row_joined(mark: Segment, segments: list[Segment]) -> Segment:
    """The wordmark with the words OCR set apart from it on its own row: large type is spaced
    wide, and OCR may cut one line of it in two ('Cedar Falls.' and 'Utilities' a letter's gap
    apart, the second box taller by a descender), where the text layer gives the line whole.
    Only a piece as large (its height within a quarter of the mark's), overlapping the mark's
    row by most of its height and under half a letter's height away, is part of it."""
    words = list(mark.words)
    height = mark.bottom - mark.top
    grown = True
    while grown:
        grown = False
        x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
        for other in segments:
            if other.page != mark.page or any(w in words for w in other.words):
                continue
            tall = other.bottom - other.top
            overlap = min(other.bottom, mark.bottom) - max(other.top, mark.top)
            gap = max(other.x0 - x1, x0 - other.x1)
            if abs(tall - height) <= 0.25 * height and overlap >= 0.75 * min(tall, height) and (
                    -1 <= gap <= 0.5 * height):
                words.extend(other.words)
                grown = True
    if len(words) == len(mark.words):
        return mark
    return Segment(mark.page, tuple(sorted(words, key=lambda w: w.x0)), mark.line)


# 'Communication$': OCR's '$' for an 's' of the same shape, after a word's letters; no name is
# spelled with a '$', so the confusion turns no real name into another
_DOLLAR_S = re.compile(r"(?<=[^\W\d_])\$(?=[^\W\d_]|\b|$)")


def _dollar_s(text: str, ocr: bool) -> str:
    return _DOLLAR_S.sub(lambda m: "S" if text[m.start() - 1].isupper() else "s", text) if (
        ocr) else text


_SET_APART = re.compile(r"^(\W*[A-Z]) (?=[a-z]{2})")


# a wordmark's words, each a capital then small letters, read one after another with no space
_CAPITAL_WORDS = re.compile(r"^(?:[A-Z][a-z]+){2,}$")
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+")


def _letter_spaced(text: str, ocr: bool) -> str:
    """A wordmark set letter-spaced, that OCR cut into letters and pieces of words ('B i g Be nd
    Tel e pho ne'): the gaps between its letters are as wide as those between its words, so the
    pieces are joined and the words told apart by their capitals ('Big Bend Telephone'). Only
    when most pieces are under three letters and the letters joined read as capitalised words,
    each a capital and small letters: any other mark is left as OCR read it."""
    pieces = text.split()
    joined = "".join(pieces)
    if ocr and 2 <= len(pieces) <= 5 and all(len(p) == 1 and p.isupper() for p in pieces):
        return joined  # initials set letter-spaced ('N T C' for 'NTC'): one word of capitals
    if not ocr or len(pieces) < 4 or sum(len(p) < 3 for p in pieces) * 2 < len(pieces) or (
            not _CAPITAL_WORDS.match(joined)):
        return text
    return " ".join(_CAPITAL_WORD.findall(joined))


def _initial_joined(text: str, ocr: bool) -> str:
    """A wordmark's wide capital set apart from the rest of its word by OCR ('Q uadro'): large
    type is spaced wide, and OCR takes the gap after a round initial for a word space. A lone
    capital followed by a word in small letters is one word (a text layer says so itself)."""
    return _SET_APART.sub(r"\1", text) if ocr else text


def kind_line(mark: Segment, segments: list[Segment]) -> Segment | None:
    """'Tamarack' set large over a small 'Communications' at its left edge: a logo lockup, the
    line under the wordmark saying what kind of carrier it is, the end of its name. Only a line
    of such words (a slogan, a date or a title under a wordmark is no part of the name); the
    line may go on after a dot or a bar with other facts ('Communications · <legal name>'):
    the kind words before it are the lockup's."""
    under = set_under(mark, segments) or below(mark, segments, max_lines=1.2, align=4.0)
    if under is None or under.height >= mark.height * 0.8 or abs(under.x0 - mark.x0) > 4:
        return None
    if _row_goes_on(under, segments):
        return None  # the head of a longer line cut apart ('Cablevision.' ... 'Quebec:')
    cut = next((k for k, w in enumerate(under.words) if k and w.text in _LINE_BREAKS),
               len(under.words))
    words = [re.sub(r"[^\w-]", "", fold(w.text)) for w in under.words[:cut]]
    # in capitals or all in lower case ('GARNET' over 'communications': the lockup's style)
    if not 1 <= len(words) <= 3 or not under.text[:1].isalpha():
        return None
    if not all(w in CARRIER_KIND_WORDS for w in words):
        return None
    if cut == len(under.words):
        return under
    # cut from a longer line, the kind words complete only a mark that names no kind of its
    # own ('Wabash' over 'Communications · ...'); 'Stayton Co-op' over 'Cooperative Telephone ·
    # Member owned since 1904' is a whole name over its tagline
    if any(re.sub(r"[^\w-]", "", fold(w.text)) in CARRIER_KIND_WORDS for w in mark.words):
        return None
    return Segment(under.page, under.words[:cut], under.line)


def _row_goes_on(line: Segment, segments: list[Segment]) -> bool:
    """More words on the line's row right after it, a few letters' widths away: one printed
    line that a scan cut apart where it lost the words between (a legal name read as its first
    and last words), not a line of its own."""
    height = line.bottom - line.top
    return any(other.page == line.page and other is not line and 0 <= other.x0 - line.x1 <= (
        6 * height) and min(other.bottom, line.bottom) - max(other.top, line.top) >= 0.5 * min(
        other.bottom - other.top, height) for other in segments)


# the marks that part the facts of one printed line ('Communications · Legal Name, Inc.')
_LINE_BREAKS = frozenset({"·", "•", "|", "–", "—"})


def mailing_block_candidates(page: Page, segments: list[Segment], is_label: IsLabel,
                             carrier: Carrier | None = None,
                             marks: frozenset[str] = frozenset()) -> Iterator[tuple[str, Candidate]]:
    """Name over street over 'City, ST ZIP', unlabelled, on page 1: the envelope window at the
    top, or the payment stub's window lower down (weaker: the top one wins when both are there).

    Blocks under a label (remit-to, service address) are the label's business, a block of two
    lines (the carrier's own address under its logo) has no name line, and a block whose name is
    a carrier's is the carrier's remit-to address; none of them counts. `carrier` is the bill's
    own, when recognised ("Verizon New York Inc." over the stub's remit-to is Verizon); `marks`
    the name keys of its wordmark lines, which never wrap into the customer's name under them.
    """
    keys = {name_key(s.text) for s in segments if _SUFFIX.search(s.text)}  # names set whole
    for csz in segments:
        if not is_city_state_zip(csz.text):
            continue
        weight = 0.75 if csz.top <= page.height * 0.5 else 0.6
        block = _block_above(csz, segments)
        streets = [i for i, s in enumerate(block) if STREET_START.match(s.text)]
        start = streets[0] - 1 if streets else -1
        trade = -1  # the trade name's line, right under the name (an attention line may follow)
        while start >= 1 and ATTENTION.match(block[start].text):
            trade = start if _TRADE.match(block[start].text) else trade
            start -= 1  # "ATTN Maria Lopez" / "c/o" / "DBA": the name is the line above
        if start < 0:
            continue
        first, last, sure = _name_lines(block, start, lambda t: _carriers(t, carrier) or (
            name_key(t) in marks), lambda t: name_key(t) in keys)
        names, rest = block[first:last + 1], block[start + 1:]
        if trade == start + 1:  # "LAKESIDE BAKERY INC" over "d/b/a Corner Bakehouse": one name
            names, rest = [*names, block[trade]], block[trade + 1:]
        if len(rest) < 2 or any(is_label(s) for s in block[first:]):
            continue
        above = _line_above(block[first], segments)
        if above is not None and classify(above.text) in _OWNED and (is_label(above) or (
                strong_help(above.text) and not any(c.isdigit() for c in above.text))):
            continue  # a service-location, remit-to or agent's block is its heading's business
        name = clean_name(_CARE_OF_TAIL.sub("", " ".join((s.trimmed() or s).text for s in names)))
        if name is None or STREET_START.match(names[0].text) or _carriers(name, carrier):
            continue
        if _remit_above(block[first], segments):
            continue
        address = parse_address_lines([s.text for s in rest if not ATTENTION.match(s.text)])
        if address is None:
            continue
        conf = min(s.conf for s in block[first:]) * weight
        yield "account_name", Candidate(name, Evidence.of(*names), conf * sure)
        yield "billing_address", Candidate(address, Evidence.of(*rest), conf)


def bill_to_blocks(page: Page, segments: list[Segment], is_label: IsLabel) -> list[Candidate]:
    """"Bill To" / "Attn: Dana Lee" / street / City-ST-ZIP: the label says the address under the
    attention line is where the bill is mailed; the holder is named apart (its own label)."""
    out = []
    for csz in segments:
        if not is_city_state_zip(csz.text):
            continue
        block = _block_above(csz, segments)
        head = next((k for k, s in enumerate(block[:-2]) if is_label(s) and _BILL_TO.match(s.text)
                     and ATTENTION.match(block[k + 1].text)), None)
        if head is None:
            continue
        rest = block[head + 2:]
        address = parse_address_lines([s.text for s in rest])
        if address is not None:
            weight = 0.75 if csz.top <= page.height * 0.5 else 0.6
            out.append(Candidate(address, Evidence.of(*rest), min(s.conf for s in rest) * weight))
    return out


def wraps(name: str, line: str) -> bool:
    """The line under a name is the rest of it: its trade name ("d/b/a Corner Bakehouse"), or
    the name has no corporate suffix and the line, a name-like line, ends with one ("NORTHERN
    LIGHTS VETERINARY" / "HOSPITAL PC")."""
    if _TRADE.match(line) and clean_name(line) is not None:
        return True
    return (_SUFFIX.search(name) is None and _SUFFIX.search(line) is not None
            and clean_name(line) is not None and not ATTENTION.match(line)
            and not STREET_START.match(line) and not sum(c.isdigit() for c in line))


def _name_lines(block: list[Segment], start: int, sender: Callable[[str], bool],
                whole: Callable[[str], bool] = lambda _: False) -> tuple[int, int, float]:
    """The name's first and last line, and how sure that is; `start` is the line above the
    street (an attention line already passed over).

    A name can wrap ("NORTHERN LIGHTS VETERINARY" over "HOSPITAL PC") or sit over a department
    ("ACME INC" over "ACCOUNTS PAYABLE"): the corporate suffix says which. Two name-like lines
    without one are a question, and the name read from them is not sure. A suffix alone on
    the last line says the column is narrow: the line above the pair is the name's start too,
    when the page prints the three lines' name whole elsewhere (`whole`: the stub's copy), since
    a person's name over a two-line company looks the same."""
    if start < 1:
        return start, start, 1.0
    upper, lower = block[start - 1].text, block[start].text
    if not _name_like(upper, sender) or _set_apart(block, start):
        return start, start, 1.0
    if wraps(upper, lower):
        if start >= 2 and _LONE_SUFFIX.match(lower) and _name_like(
                top := block[start - 2].text, sender) and not _SUFFIX.search(top) and (
                whole(f"{top} {upper} {lower}")):
            return start - 2, start, 1.0  # a narrow column wraps the name twice
        return start - 1, start, 1.0  # one name on two lines
    if _SUFFIX.search(upper) and not _SUFFIX.search(lower):
        return start - 1, start - 1, 1.0  # the lower line is a department or a person
    return start, start, 0.6


def _set_apart(block: list[Segment], start: int) -> bool:
    """A name wraps in its own type and at its block's line pitch: the line over it set smaller,
    or apart by a gap well wider than the block's own between its lines, is the block's caption
    ("MEMBER", "SUBSCRIBER" heading a column), never the start of the name."""
    upper, lower = block[start - 1], block[start]
    if upper.height < 0.85 * lower.height:
        return True
    if start + 1 >= len(block):
        return False
    pitch = max(block[start + 1].top - lower.bottom, 0.0)
    return upper.top < lower.top and lower.top - upper.bottom > max(3.0, 2.5 * pitch)


def _name_like(text: str, sender: Callable[[str], bool]) -> bool:
    """A line that may be (part of) the holder's name over its address block."""
    return not (STREET_START.match(text) or clean_name(text) is None or ATTENTION.match(text)
                or sum(c.isdigit() for c in text) or is_city_state_zip(text)
                or classify(text) != Context.NONE  # "Company" heading the block
                or sender(text))  # the carrier's wordmark right over the customer's name


# "Ltd." alone on its line: the column is so narrow that the name wrapped at every line
_LONE_SUFFIX = re.compile(r"(?i)^\W*(?:inc|llc|l\.l\.c|ltd|lt[ée]e|corp|co|p\.?c|pllc|llp|lp|plc|"
                          r"limited|incorporated)\.?\W*$")


def _carriers(name: str, carrier: Carrier | None) -> bool:
    """The name is a carrier's: a known carrier's whole name, or one headed by the bill's own
    carrier's name ("Granite Peak Auto Repair" is a customer, though Granite is a carrier)."""
    if carriers_named_in(name, whole_line=True):
        return True
    known = identify(name)
    return known is not None and carrier is not None and same_family(known, carrier)


def _remit_above(top: Segment, segments: list[Segment]) -> bool:
    """'Make checks payable to' / 'Remit to' in the few lines over the block, in its column."""
    seg: Segment | None = top
    for _ in range(3):
        seg = _line_above(seg, segments) if seg is not None else None
        if seg is None:
            return False
        if classify(seg.text) == Context.REMIT:
            return True
    return False


def _line_above(seg: Segment, segments: list[Segment]) -> Segment | None:
    best: Segment | None = None
    for other in segments:
        if other.bottom <= seg.top + 1 and abs(other.x0 - seg.x0) <= 6:
            if seg.top - other.bottom < max(seg.height, 6.0) * 1.9:
                if best is None or other.top > best.top:
                    best = other
    return best


def _block_above(csz: Segment, segments: list[Segment]) -> list[Segment]:
    block = [csz]
    while len(block) < 6:  # two name lines, an attention line, street, unit, City-ST-ZIP
        up = _line_above(block[0], segments)
        if up is None or is_city_state_zip(up.text) or parse_address_lines([up.text]):
            break  # the line above ends another address: this block starts under it
        block.insert(0, up)
        if below(up, segments, max_lines=1.9, align=6.0) is not block[1]:
            break
    return block
