"""Where on the bill each true value is printed, and the truth of only the first pages of it.

A scan or a phone photo often carries page 1 only (or pages 1-2): a number listed on page 3 is
then not on the document the reader gets, and a right reader says "not found" for it. The truth of
such a document must follow what its pages show, or the corpus scores a right answer as a miss.

`seen_on_pages` records, from what the family drew, the pages where each value is printed in a
place a careful person would accept as that field:
- a number: in any text but a payment stub's scan line, the carrier's own help lines, or the
  account number it is part of ("512 555-0142 123 4" is an account number, not a line); a number
  seen only as a call-detail heading ("Calls from ...") is *weak*: on the account, but not listed;
- a DID block: its first number, with the last one's digits after it or further down the page;
- the account name and account number: anywhere but the scan line;
- the BTN and the service address: where the family marked them (`Sheet.mark`), since only
  their label makes them that field.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from tests.billcorpus.draw import Sheet
from tests.billcorpus.truth import BillTruth, Draft, address_key, in_range

_PHONE = re.compile(r"(?<![\d])(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")
_IGNORED = frozenset({"scanline", "help"})


def _squash(text: str) -> str:
    return " ".join(text.split())


def phone_tokens(text: str) -> list[tuple[int, str]]:
    """(position, +1 and ten digits) of every North American number written in `text`."""
    return [(m.start(), f"+1{m.group(1)}{m.group(2)}{m.group(3)}") for m in _PHONE.finditer(text)]


def _by_page(sheet: Sheet, skip: frozenset[str]) -> dict[int, list[tuple[str, str]]]:
    pages: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for page, role, text in sheet.drawn:
        if role not in skip:
            pages[page].append((role, text))
    return pages


def _numbers_seen(sheet: Sheet, d: Draft, accounts: list[str]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    for page, items in _by_page(sheet, _IGNORED).items():
        texts = []
        for role, text in items:
            for account in accounts:
                text = text.replace(account, " ")
            texts.append(text)
            for _, number in phone_tokens(text):
                out[f"{'weak' if role == 'detail' else 'number'}:{number}"].add(page)
        for first, count in d.ranges:
            if _block_printed(texts, first, count):
                ends = (first, f"{first[:-4]}{int(first[-4:]) + count - 1:04d}")
                between = _slash_pair_only(sheet, page, first, count)
                for n in d.numbers:
                    if in_range(n, first, count):
                        out[f"{'between' if between and n not in ends else 'number'}:{n}"].add(
                            page)
    return out


_SLASH_TAIL = re.compile(r"/(\d{4})(?![\d/])")
# what makes a slash pair a block: a count of its lines on its row, or a word naming a block
_BLOCK_WORD = re.compile(r"(?i)\b(?:blocks?|blocs?|ranges?|plages?)\b")


def _count_on_row(row: str, count: int) -> bool:
    return re.search(rf"(?i)\(\s*{count}\s*\)|\b{count}\s+(?:numbers?|lines?|dids?|tns?|"
                     r"numéros?|lignes?)\b", row) is not None


def _slash_pair_only(sheet: Sheet, page: int, first: str, count: int) -> bool:
    """The block is printed on `page` only as its two ends joined by a slash
    ('830-555-0176/0190'), with no count of its lines and no word naming a block on the row:
    honestly two numbers or a block between them, so the lines between are a question (the
    reader's rowcounts.slash_pair rule)."""
    last4 = f"{int(first[-4:]) + count - 1:04d}"
    rows = [(y, text) for p, y, text in sheet.rows if p == page]
    pairs = [y for y, text in rows for m in _PHONE.finditer(text)
             if f"+1{m.group(1)}{m.group(2)}{m.group(3)}" == first
             and (tail := _SLASH_TAIL.match(text, m.end())) and tail.group(1) == last4]
    if not pairs:
        return False
    for y in pairs:
        row = " ".join(text for yy, text in rows if abs(yy - y) <= 2)
        if _count_on_row(row, count) or _BLOCK_WORD.search(row):
            return False
    # printed nowhere else on the page as a block (a range word, a table's from and to cells)
    others = [text for _, text in rows if first[-4:] in text and last4 in text
              and f"{first[-4:]}/{last4}" not in text]
    return not others


def _block_printed(texts: list[str], first: str, count: int) -> bool:
    """The block's first number, and the last one's final digits after it on the page."""
    last4 = f"{int(first[-4:]) + count - 1:04d}"
    for i, text in enumerate(texts):
        starts = [pos for pos, n in phone_tokens(text) if n == first]
        if starts and (last4 in text[starts[0] + 4:] or any(last4 in t for t in texts[i + 1:])):
            return True
    return False


def seen_on_pages(sheet: Sheet, d: Draft) -> dict[str, frozenset[int]]:
    """Every value of the bill with the pages it is printed on (see the module's rules)."""
    accounts = [d.printed_account, *(s.account_number for s in d.sub_accounts)]
    seen: dict[str, set[int]] = defaultdict(set)
    for page, items in _by_page(sheet, frozenset({"scanline"})).items():
        flat = _squash(" ".join(text for _, text in items))
        for name in {d.name}:
            if _squash(name) in flat:
                seen[f"name:{name}"].add(page)
        for account in accounts:
            if account and account in flat:
                seen[f"account:{account}"].add(page)
    for key, pages in _numbers_seen(sheet, d, [a for a in accounts if a]).items():
        seen[key] |= pages
    for key, pages in sheet.marks.items():
        seen[key] |= pages
    return {k: frozenset(v) for k, v in seen.items()}


# a singular label for the account's own number: 'Phone number', 'Phone #', 'Mobile number',
# 'Your number' (and the same in French and Spanish), alone in its cell or before the number
_OWN_NUMBER_LABEL = re.compile(
    r"(?i)^\s*(?:(?:phone|mobile|cell(?:ular)?|wireless|telephone)\s*(?:number|no\.?|#)|your\s+"
    r"(?:phone\s+|mobile\s+)?number|num[ée]ro\s+de\s+t[ée]l[ée]phone|n[úu]mero\s+de\s+"
    r"tel[ée]fono)\s*:?\s*$")


def phone_text(text: str) -> str:
    """The first phone number written at the start of `text`, as written."""
    m = _PHONE.match(text.strip())
    return m.group(0) if m else ""


def own_number_btn(sheet: Sheet, d: Draft) -> bool:
    """An account whose page gives exactly one phone number as the account's own, under a
    singular label ('Phone number', 'Your number', a receipt's 'PHONE #' line), proves that
    number as the account's main number and so its BTN (the lead's rule of session 17, the one
    the reader follows from earlier splits' truths). Sets `d.btn` and marks it; True if it did.

    Only where the family left the BTN unproven, the account has one line, and that line is the
    only customer's number the page prints outside help lines, scan lines and call detail."""
    if d.btn is not None or len(d.numbers) != 1 or d.masked or d.ranges:
        return False
    line = d.numbers[0]
    accounts = [a for a in (d.printed_account, *(s.account_number for s in d.sub_accounts)) if a]
    skip = frozenset({"scanline", "help", "detail"})
    printed: set[str] = set()
    for _page, role, text in sheet.drawn:
        if role in skip:
            continue
        for account in accounts:
            text = text.replace(account, " ")
        printed |= {n for _, n in phone_tokens(text) if n not in d.help_numbers}
    if printed != {line}:
        return False
    pages: set[int] = set()
    for page, y, text in sheet.rows:
        for pos, number in phone_tokens(text):
            if number != line:
                continue
            if text[pos:].strip() != phone_text(text[pos:]):
                continue  # more after the number: an item's description, not a label's value
            if (_OWN_NUMBER_LABEL.match(text[:pos]) and ":" in text[:pos]) or any(
                    p == page and abs(yy - y) <= 2 and _OWN_NUMBER_LABEL.match(other)
                    for p, yy, other in sheet.rows):
                pages.add(page)
    if not pages:
        return False
    d.btn = line
    for page in pages:
        sheet.marks.setdefault(f"btn:{line}", set()).add(page)
    return True


def on_pages(t: BillTruth, pages: int) -> BillTruth:
    """The truth of a document that holds only the first `pages` pages of the bill."""
    if pages >= t.pages:
        return t
    cut = replace(t, cut=pages, pages=pages)
    shown = [n for n in t.numbers if cut.shown("number", n)]
    weak = [n for n in t.numbers if n not in shown and cut.shown("weak", n)]
    unseen = [n for n in t.numbers if n not in shown and n not in weak]
    between = [n for n in t.between_numbers if cut.shown("between", n)]
    unseen += [n for n in t.between_numbers if n not in between]
    alternatives = dict(t.alternatives)
    if "btn" in alternatives:
        alternatives["btn"] = tuple(b for b in alternatives["btn"] if cut.shown("btn", b))
    if "service_address" in alternatives:
        alternatives["service_address"] = tuple(
            a for a in alternatives["service_address"] if cut.shown("service", address_key(a)))
    if "account_number" in alternatives:
        alternatives["account_number"] = tuple(
            a for a in alternatives["account_number"] if cut.shown("account", a))
    btn = t.btn if t.btn and cut.shown("btn", t.btn) else None
    service = t.service_address
    if service is not None and not cut.shown("service", address_key(service)):
        service = None
    return replace(cut, numbers=tuple(shown), weak_numbers=tuple(weak),
                   unseen_numbers=tuple(unseen), between_numbers=tuple(between), btn=btn, service_address=service,
                   alternatives=alternatives)
