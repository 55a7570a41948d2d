"""Labels and their values: each label the vocabulary knows, answered by the value after it on
its line, right of it or under it (or the section under a numbers heading), with the evidence.

Nothing here knows a particular bill: labels come from vocab.py, values from the geometry
(layout.py) and the typed parsers (parse.py); extract.py weighs the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from portdesk.bills.addrparse import STREET_START
from portdesk.bills.blocks import ATTENTION, wraps
from portdesk.bills.context import Context, classify, fold, is_labelish
from portdesk.bills.dates import month_of, period_date, period_start, says_day_first
from portdesk.bills.labelmatch import LabelHit, LabelMatcher
from portdesk.bills.labelplaces import LabelPage as LabelPage  # named here for extract.py
from portdesk.bills.labelplaces import values_of
from portdesk.bills.layout import Segment, below, same_line_right
from portdesk.bills.masks import as_tail, says_tail
from portdesk.bills.ocrdates import scanned_date
from portdesk.bills.parse import (
    clean_name,
    masked_phones_in,
    names_a_charge,
    parse_account_number,
    parse_date,
    phones_in,
)
from portdesk.bills.values import Candidate, Evidence, address_from
from portdesk.bills.vocab import VOCAB

_MATCHER = LabelMatcher(VOCAB)
# every label of the vocabulary as compared: a name label's value that is one of them is no name
_ALL_LABELS = frozenset(fold(label) for labels in VOCAB.values() for label in labels)


def _first(hit: LabelHit, page: LabelPage, parse: Callable[[str], Any]) -> tuple[Any, Segment,
                                                                           float] | None:
    for seg, weight in values_of(hit, page):
        value = parse(seg.text)
        if value is not None:
            return value, seg, weight
    return None


def _candidate(value: Any, hit: LabelHit, seg: Segment, weight: float) -> Candidate:
    score = weight * hit.ratio / 100 * seg.conf
    return Candidate(value, Evidence.of(seg, hit.segment), score)


def _continuation(start: Segment, page: LabelPage, limit: int = 4) -> list[Segment]:
    """Lines under `start` in its column, while they are close and not another label."""
    out = [start]
    current = start
    while len(out) < limit:
        nxt = below(current, page.by_top, max_lines=1.9, align=6.0)
        if nxt is None or page.is_label(nxt) or abs(nxt.x0 - start.x0) > 6:
            break
        out.append(nxt)
        current = nxt
    return out


def _address(hit: LabelHit, page: LabelPage) -> Candidate | None:
    for seg, weight in values_of(hit, page):
        found = address_from(_continuation(seg, page))
        if found is not None:
            address, used = found
            return Candidate(address, Evidence.of(*used, hit.segment),
                             weight * hit.ratio / 100 * min(s.conf for s in used))
    return _block_over_caption(hit, page)


def _block_over_caption(hit: LabelHit, page: LabelPage) -> Candidate | None:
    """'2513 Main St / Ste 7 / Hudson NY 12534' over a small 'Service Address' with nothing
    under it: the caption of the address block right above it (boxed summaries print the value
    first). The block is read from its top down, lines aligned at the caption's left edge."""
    label = hit.segment
    if hit.size != len(label.words) or below(label, page.by_top, max_lines=2.0) is not None:
        return None
    lines: list[Segment] = []
    current = label
    while len(lines) < 4:
        over = [s for s in page.segments if s.page == label.page and s.bottom <= current.top + 1
                and current.top - s.bottom <= max(s.height, 6.0) * 1.2
                and abs(s.x0 - label.x0) <= 6 and s is not current]
        if not over:
            break
        current = max(over, key=lambda s: s.bottom)
        if page.is_label(current) and not lines:
            return None
        lines.insert(0, current)
    for start in range(len(lines) - 1):
        found = address_from(lines[start:])
        if found is not None and found[1][-1] is lines[-1]:
            address, used = found
            return Candidate(address, Evidence.of(*used, label),
                             0.8 * hit.ratio / 100 * min(s.conf for s in used))
    return None


def _name_block(hit: LabelHit, page: LabelPage, cands: dict[str, list[Candidate]]) -> None:
    """'Bill To:' style: the name, then the mailing address under it."""
    got = _first(hit, page, clean_name)
    if got is None:
        return
    name, seg, weight = got
    if fold(name).rstrip(" :") in _ALL_LABELS:
        return  # "Company Main Number": "Company" is not the label here; "Main Number" no name
    if _column_of_names(hit, page, seg):
        return  # "Subscriber" over each line's user in a table of lines: not the account holder
    if _misread_heading(hit, seg):
        return  # "Customer Gare": OCR's "Customer Care", a help heading, not a name label
    if _heads_prose(hit, page, seg):
        return  # "Important Messages" over its paragraph: a heading, not the holder's name
    nxt = below(seg, page.by_top, max_lines=1.9, align=6.0)
    if nxt is not None and not page.is_label(nxt) and wraps(name, nxt.text):
        name, seg, nxt = f"{name} {nxt.text.strip()}", Segment(seg.page, seg.words + nxt.words,
                                                               seg.line), below(
            nxt, page.segments, max_lines=1.9, align=6.0)
    cands["account_name"].append(_candidate(name, hit, seg, weight))
    if nxt is not None and not page.is_label(nxt):
        found = address_from(_continuation(nxt, page))
        if found is not None:
            address, used = found
            cands["billing_address"].append(Candidate(address, Evidence.of(*used), 0.85))


# words that make a name label a heading of the carrier's help ("Customer Care")
_HELP_TAILS = ("care", "service", "services", "support", "relations")


def _misread_heading(hit: LabelHit, seg: Segment) -> bool:
    """An OCR value of one word, a letter off a word that turns the label into a heading of
    the carrier's help ('Gare' after "Customer"): the label's line is that heading misread."""
    from rapidfuzz.distance import Levenshtein

    words = seg.words
    if len(words) != 1 or words[0].conf >= 1.0:
        return False  # a text layer reads its words as printed
    word = fold(words[0].text).strip(" .:,")
    label = " ".join(w.text for w in hit.segment.words[:hit.size])
    return len(word) >= 4 and any(
        Levenshtein.distance(word, tail) <= 1 and classify(f"{label} {tail}") == Context.HELP
        for tail in _HELP_TAILS)


def _heads_prose(hit: LabelHit, page: LabelPage, seg: Segment) -> bool:
    """A name read under its label, with a sentence under it ('A late payment charge of 1.5%
    applies ... .'): a heading over its paragraph. A holder's name has an address under it,
    or nothing."""
    if seg.line == hit.segment.line:
        return False
    nxt = below(seg, page.by_top, max_lines=1.9, align=6.0)
    return nxt is not None and _PROSE.match(nxt.text) is not None


_PROSE = re.compile(r"^[A-Z][a-z]*(?: [^\s]+){6,}[.!]\s*$")


def _column_of_names(hit: LabelHit, page: LabelPage, seg: Segment) -> bool:
    """The label heads a table column (other labels beside it on its line) and the name under
    it has another name under it: one name per row, a user of each line."""
    if seg.line == hit.segment.line or not any(
            s.line == hit.segment.line and s is not hit.segment and page.is_label(s)
            for s in page.segments):
        return False
    nxt = below(seg, page.by_top, max_lines=1.9, align=6.0)
    return nxt is not None and not page.is_label(nxt) and clean_name(nxt.text) is not None and (
        not STREET_START.match(nxt.text)) and not ATTENTION.match(nxt.text) and not (
        _CAPTIONED.match(nxt.text))  # "Authorized contact: IT Director": a pair, not a row


# "Caption: value" on one line: a labelled pair, never a name in a column of names
_CAPTIONED = re.compile(r"^[^\W\d_][^:]{1,38}:\s+\S")


def _numbers(hit: LabelHit, page: LabelPage, found: dict[str, Evidence], masked: list[str]) -> None:
    """Phone numbers in the section under a numbers heading, until the section ends."""
    head = hit.segment
    rows: list[Segment] = []
    tail = head.tail(hit.size)
    right = same_line_right(head, page.segments)
    if tail is not None:
        rows.append(tail)
    elif right is not None and not page.is_label(right):
        rows.append(right)
    by_line: dict[int, list[Segment]] = {}
    for seg in page.segments:
        if seg.line > head.line and seg.x0 >= head.x0 - 10 and seg.x0 < head.x0 + 420:
            by_line.setdefault(seg.line, []).append(seg)
    last_bottom, misses = head.bottom, 0
    for line in sorted(by_line):
        segs = by_line[line]
        top = min(s.top for s in segs)
        if top - last_bottom > max(head.height, 6.0) * 3.2:
            break
        labelled = [s for s in segs if page.is_label(s)]
        with_phone = [s for s in segs if not page.is_label(s)
                      and (phones_in(s.text) or masked_phones_in(s.text))]
        if not with_phone:
            if labelled:
                break  # the next section (or a "pay by phone" line) starts here
            misses += 1
            if misses >= 2:
                break
            continue
        misses, last_bottom = 0, max(s.bottom for s in segs)
        rows.extend(with_phone)
    for seg in rows:
        for e164, _ in phones_in(seg.text):
            found.setdefault(e164, Evidence.of(seg))
        masked.extend(m for m in masked_phones_in(seg.text) if m not in masked)


_ARTICLES = frozenset({"the", "les", "le", "la", "l"})


def _word_of_a_name(hit: LabelHit) -> bool:
    """'Les Entreprises Gagnon Ltée', 'The Company Store': a name label's one word inside a
    name, after an article or in another form (a plural), with the rest of the name after it
    and no colon between: the name itself, not a label answered by its last words."""
    words = hit.segment.words
    if hit.field != "account_name" or hit.size >= len(words):
        return False
    label = [w.text for w in words[:hit.size]]
    article = len(label) == 2 and label[0].lower().strip("'’") in _ARTICLES
    if len(label) - article != 1 or label[-1].endswith(":"):
        return False
    return article or hit.ratio < 100


# a letter's closing ("Sincerely," "Yours truly," "Cordialement,"): the lines under it sign it
_CLOSING = re.compile(r"(?i)^\s*(?:sincerely(?: yours)?|yours (?:truly|sincerely|faithfully)|"
                      r"(?:best|kind|warm) regards|regards|respectfully(?: yours)?|cordially|"
                      r"cordialement|salutations distinguées|bien à vous|atentamente|"
                      r"saludos(?: cordiales)?|cordialmente)\s*[,.]?\s*$")


def _signed_under(seg: Segment, closings: list[Segment]) -> bool:
    """'Sincerely,' over 'Customer Relations': the line right under a letter's closing, at its
    left edge, signs the letter (a person, a department): no label with its value, whatever
    label word it opens with."""
    return any(0 <= seg.top - c.bottom <= 3 * max(c.height, 6.0) and abs(seg.x0 - c.x0) <= 6
               and c.page == seg.page for c in closings)


def _street_near_a_label(hit: LabelHit) -> bool:
    """'Calle Acosta 1286' is a street, though "Calle" is a letter from "Call": a street line
    is a label only when the label is spelled out."""
    return hit.ratio < 100 and STREET_START.match(hit.segment.text) is not None


def _line_item(hit: LabelHit) -> bool:
    """'Subscriber Line Charge', 'Customer Service Fee': a label's word opening the name of a
    charge on the same line is a line item of the charges, no label with its value."""
    words = hit.segment.words
    return hit.size < len(words) and names_a_charge(" ".join(w.text for w in words[hit.size:]))


def _run_together(hit: LabelHit) -> LabelHit | None:
    """'Account Number Statement Date' over '732025  07/16/2025': two header cells printed
    close enough to read as one segment. The rest, when it is wholly another label, is that
    label, its value under its own words."""
    tail = hit.segment.tail(hit.size)
    if tail is None or not is_labelish(tail):
        return None
    second = _MATCHER.match(tail)
    if second is None or second.size < len(tail.words) or second.ratio < 100:
        return None
    return second if second.field != hit.field else None


_SIMPLE: dict[str, Callable[[str], Any]] = {
    "account_number": parse_account_number,
    "statement_date": parse_date,
    "_period": period_date,  # fallbacks, weighed in extract.py only when nothing better
    "_customer_id": parse_account_number,
}


def _tail_of(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    def tail(text: str) -> Any:
        got = parse(text)
        return as_tail(got) if isinstance(got, str) else got
    return tail


def _day_first(text: str) -> Any:
    return parse_date(text, day_first=True)


def _btn(text: str) -> tuple[str | None, str] | None:
    phones = phones_in(text)
    if phones:
        return phones[0][0], phones[0][1]
    masked = masked_phones_in(text)
    return (None, masked[0]) if masked else None


def read_labels(segs: list[Segment], cands: dict[str, list[Candidate]],
                numbers: dict[str, Evidence], masked: list[str],
                btn_text: list[Candidate], source: str = "text") -> LabelPage:
    """Every label on one page, each answered by its value: into `cands` (by field),
    `numbers` and `masked` (a numbers section's lines), `btn_text` (the BTN as printed)."""
    closings = [s for s in segs if _CLOSING.match(s.text)]
    hits = {id(s): h for s in segs if (h := _MATCHER.match(s)) is not None
            and not _word_of_a_name(h) and not _line_item(h) and not _street_near_a_label(h)
            and not _signed_under(s, closings)}
    hits.update((id(h.segment), h) for h in [*map(_run_together, hits.values())] if h is not None)
    ctx = LabelPage(segs, hits)
    for hit in hits.values():
        fld = hit.field
        parse = scanned_date if fld == "statement_date" and source == "ocr" else (
            _SIMPLE.get(fld))
        if parse is not None and fld in ("account_number", "_customer_id") and says_tail(
                hit.segment.text):
            parse = _tail_of(parse)  # "Account ending in" over "0177": only its end
        if fld == "statement_date" and parse is parse_date and says_day_first(hit.segment.text):
            parse = _day_first
        if parse is not None and (got := _first(hit, ctx, parse)) is not None:
            # "Statement for Feb 11 - Mar 13, 2026": a range is the billing period, weighed
            # only when no date of issue is printed
            if fld == "statement_date" and period_start(got[1].text) is not None:
                fld = "_period"
            cands.setdefault(fld, []).append(_candidate(got[0], hit, got[1], got[2]))
        elif fld == "account_name":
            _name_block(hit, ctx, cands)
        elif fld == "btn" and (got := _first(hit, ctx, _btn)) is not None:
            (e164, printed), seg, weight = got
            btn_text.append(_candidate(printed, hit, seg, weight))
            if e164:
                cands["btn"].append(_candidate(e164, hit, seg, weight))
        elif fld in ("service_address", "billing_address"):
            if (cand := _address(hit, ctx)) is not None:
                cands[fld].append(cand)
            elif fld == "billing_address" and (same := _same_as_service(hit, ctx)) is not None:
                cands.setdefault("_billing_is_service", []).append(same)
        elif fld == "numbers":
            _numbers(hit, ctx, numbers, masked)
        elif fld == "carrier" and (got := _first(hit, ctx, clean_name)) is not None:
            cands["carrier"].append(_candidate(got[0], hit, got[1], got[2] * 0.85))
    for seg in segs:
        if id(seg) not in hits and (trailing := _captioned_after(seg)) is not None:
            fld, value = trailing
            cands.setdefault(fld, []).append(Candidate(value, Evidence.of(seg), 0.85 * seg.conf))
    return ctx


# "Same as service address", "Identique à l'adresse de service": a mailing address given in
# words as the place the service is at
_SAME_AS_SERVICE = re.compile(
    r"^(?:same\s+as|identique\s+(?:à|a)|même\s+que|igual\s+(?:que|a))\s+(?:the\s+|l['’]|la\s+)?"
    r"(?:service|installation|servicio|instalaci[oó]n)\b|^(?:same\s+as|identique\s+(?:à|a)|"
    r"igual\s+(?:que|a))\s+(?:l['’]|la\s+)?(?:adresse|direcci[oó]n)\s+(?:de|du|del)\s+"
    r"(?:service|l['’]installation|servicio|instalaci[oó]n)\b", re.IGNORECASE)


def _same_as_service(hit: LabelHit, page: LabelPage) -> Candidate | None:
    """A billing label answered by words saying it is the service address ('Mailing address:
    Same as service address'): the nearest value only, never a sentence farther off."""
    for seg, weight in values_of(hit, page):
        if _SAME_AS_SERVICE.match(seg.text.strip()):
            return Candidate(True, Evidence.of(seg, hit.segment),
                             weight * hit.ratio / 100 * seg.conf)
        return None
    return None


def _captioned_after(seg: Segment) -> tuple[str, Any] | None:
    """'31 Oct 2025 Bill Date', '4410 2289 10 Acct. No.', 'GL121657 account number': a value with its small caption right
    after it on its line, the way boxed headers print them flush right. The caption must be a
    whole label of a field read by a plain parse, and the words before it that field's value.
    The value's first word holds a digit, or it is a date written month first ('June 3, 2026
    Bill Date')."""
    words = seg.words
    if len(words) < 2 or not words[-1].text[:1].isalpha() or not (
            any(c.isdigit() for c in words[0].text) or month_of(words[0].text) is not None):
        return None
    for k in range(1, min(4, len(words) - 1) + 1):
        tail = Segment(seg.page, words[-k:], seg.line)
        if any(c.isdigit() for c in tail.text):
            break
        hit = _MATCHER.match(tail)
        if hit is None or hit.size != k or hit.ratio < 100 or hit.field not in _SIMPLE or (
                hit.field.startswith("_")):
            continue
        if not any(c.isdigit() for c in words[0].text) and hit.field != "statement_date":
            continue  # only a date's value starts with a word (its month); a code of letters
            # and digits ('GL121657 account number') is a value
        value = _SIMPLE[hit.field](" ".join(w.text for w in words[:-k]))
        if value is not None:
            return hit.field, value
    return None
