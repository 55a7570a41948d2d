"""The page's own values, typed into the wrong field: the false-match probe's second source.

The classic probe (alterations.py) types values the family's builder knows to be wrong. This one
is layout-blind: it reads every value of a field's KIND that the page's text layer prints (every
phone-shaped token for the lines and the BTN, every long digit token for the account, every
name-like line for the holder, every address block for the service address) and types each one
the truth does not give for that field. A match on any is a false match: the reader confirmed a
value from a place whose role it did not know (a number printed as ported out or as a forwarding
destination, an old address, a payee, a contact's name, a sample value in a help panel).

Kept honest: a printed value the truth is unsure of (a DID range's member, a line printed only
between a slash pair's ends or only as a call-detail heading, the same words in another order, a
trade name's part, the same house number and ZIP written otherwise) is skipped and counted, never
typed. The statement date is not a typed field of `bill check`; its figure is the extract's: a
statement date read as another date the page prints.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from portdesk.domain.case import Address
from tests.billcorpus.alterations import Alteration
from tests.billcorpus.cases import CaseMaker
from tests.billcorpus.formats import phone
from tests.billcorpus.truth import BillTruth, in_range

_PHONE = re.compile(r"(?<![\w/.-])(?:\+?1[\s.-]?)?\(?([2-9]\d\d)\)?[\s.-]?([2-9]\d\d)[\s.-]?"
                    r"(\d{4})(?![\w/])")
_DIGITS = re.compile(r"(?<![\w$.,/-])[A-Z]{0,3}\d[\dA-Z-]*(?:[ -]\d[\dA-Z-]*)*(?![\w/])")
_ZIP_LINE = re.compile(r"^(?P<city>[A-Za-zÀ-ÿ .'-]+?),?\s+(?P<state>[A-Z]{2})\.?,?\s+"
                       r"(?P<zip>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$")
_STREETISH = re.compile(r"^(?:\d[\w-]*\s+\S|P\.?\s?O\.?\s+Box|PO\s+Box|Box\s+\d|Calle|Rue|"
                        r"Rural Route|RR\s*\d|HC\s*\d)", re.I)
_SEP = re.compile(r"\s{2,}|\t| [·|•] ")
_NAMEWORD = re.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.'’&,-]*$|^&$")
_LEGAL = {"incorporated": "inc", "corporation": "corp", "company": "co", "limited": "ltd",
          "limitee": "ltee", "limitée": "ltée", "and": "&", "l.l.c.": "llc"}


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z&]", "", name.casefold())


def name_key(name: str) -> str:
    """A name as the trade compares it: no case, punctuation, 'The', legal form spelled out."""
    words = [w.strip(".,").casefold() for w in name.replace("&", " & ").split()]
    words = [_LEGAL.get(w, w) for w in words if w and w != "the"]
    return _key(" ".join(words))


def _e164(m: re.Match[str]) -> str:
    return "+1" + "".join(m.groups())


def _lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        line = " ".join(line.replace("\f", " ").split())
        if line:
            yield line


def _segments(text: str) -> Iterator[str]:
    """Every line, and every part of a line split at a wide gap or a bullet (two columns)."""
    for raw in text.splitlines():
        raw = raw.replace("\f", " ")
        for part in {raw, *_SEP.split(raw)}:
            part = " ".join(part.split())
            if part:
                yield part


# the candidates -----------------------------------------------------------------------------
def printed_phones(text: str) -> list[str]:
    return sorted({_e164(m) for m in _PHONE.finditer(text)})


def printed_digit_tokens(text: str) -> list[str]:
    """Tokens of six digits or more (an account's shape), with the separators printed."""
    out: set[str] = set()
    for line in _lines(text):
        for m in _DIGITS.finditer(line):
            whole = m.group(0).strip("-")
            for tok in {whole, *whole.split()}:
                if sum(c.isdigit() for c in tok) >= 6:
                    out.add(tok)
    return sorted(out)


def printed_names(text: str) -> list[str]:
    """Name-like segments: one to seven words of letters, at least one capitalised, no digit,
    the part after a label's colon when the segment has one."""
    out: set[str] = set()
    for seg in _segments(text):
        for part in {seg, seg.rsplit(":", 1)[-1].strip()}:
            words = part.split()
            if not 1 <= len(words) <= 7 or part.endswith(":") or any(c.isdigit() for c in part):
                continue
            if all(_NAMEWORD.match(w) for w in words) and any(w[0].isupper() for w in words) and (
                    sum(c.isalpha() for c in part) >= 3):
                out.add(part.strip(" ,"))
    return sorted(out)


def _cells(line: str) -> list[tuple[int, str]]:
    """A line's parts split at a wide gap, each with the column it starts at."""
    return [(m.start(), " ".join(m.group(0).split()))
            for m in re.finditer(r"\S+(?: \S+)*", line)]


def printed_addresses(text: str) -> list[Address]:
    """Address blocks: a 'City, ST ZIP' cell and the street cell or two above it in its column
    (or all on one line: '12 Main St, Suite 4, Town, ST 12345')."""
    found: dict[tuple[str, ...], Address] = {}
    rows = [_cells(raw.replace("\f", " ")) for raw in text.splitlines()]
    for i, row in enumerate(rows):
        for col, seg in [*row, *((0, " ".join(c for _, c in row)),)]:
            for a in _address_at(rows, i, col, seg):
                found[(a.line1, a.line2, a.city, a.postal_code)] = a
    return list(found.values())


def _address_at(rows: list[list[tuple[int, str]]], i: int, col: int,
                seg: str) -> Iterator[Address]:
    m = _ZIP_LINE.match(seg)
    if m is None and seg.count(",") >= 2:
        head, _, tail = seg.rpartition(",")
        street, _, city = head.rpartition(",")
        one = _ZIP_LINE.match(f"{city.strip()}, {tail.strip()}")
        if one is not None and _STREETISH.match(street.strip()):
            parts = [p.strip() for p in street.split(",")]
            yield Address(parts[0], ", ".join(parts[1:]), one["city"].strip(), one["state"],
                          one["zip"])
        return
    if m is None:
        return
    above: list[str] = []
    for row in rows[max(0, i - 3):i][::-1]:
        cell = next((c for start, c in row if abs(start - col) <= 3), None)
        if cell is None:
            break
        above.insert(0, cell)
    street = next((j for j in range(len(above) - 1, -1, -1) if _STREETISH.match(above[j])), None)
    if street is not None:
        yield Address(above[street], " ".join(above[street + 1:]), m["city"].strip(),
                      m["state"], m["zip"])


def layout_text(path: Path, pages: int) -> str:
    """The text layer laid out in columns (poppler's pdftotext -layout, not PortDesk's reader):
    two blocks side by side stay apart, so an address block is read down its own column."""
    out = subprocess.run(["pdftotext", "-layout", "-l", str(max(pages, 1)), str(path), "-"],
                         capture_output=True, text=True, check=True)
    return out.stdout


# the typed values ----------------------------------------------------------------------------
def _customer_numbers(t: BillTruth) -> set[str]:
    subs = {n for s in t.sub_accounts for n in (*s.numbers, s.btn)}
    return {*t.numbers, *t.masked_numbers, *t.weak_numbers, *t.unseen_numbers, t.real_btn,
            *(x for x in (t.btn,) if x), *subs}


def _unsure_number(t: BillTruth, e164: str) -> str:
    """Why the truth cannot say a printed number is (or is not) the customer's; '' if it can."""
    if any(in_range(e164, f, c) for f, c in t.ranges):
        return "a DID range's member"
    if e164 in t.between_numbers:
        return "between a slash pair's ends"
    if e164 in t.weak_numbers:
        return "a call-detail heading"
    if e164[-4:] in {n[-4:] for n in t.masked_numbers}:
        return "a masked line's tail"
    return ""


def own_values(t: BillTruth, text: str, layout: str, rng: Any,
               skipped: Counter[str]) -> Iterator[Alteration]:
    """Every value the page prints of each field's kind that the truth does not give for it,
    typed into the bill's exact case (the skips counted in `skipped`, by field and reason).
    `text` is the plain text layer (the case maker's), `layout` the same laid out in columns
    (`layout_text`), where the values are looked for."""
    maker = CaseMaker(t, text, rng)
    text = layout
    base = maker.exact().entry
    style = maker.style

    def alt(field: str, kind: str, value: Any, number: str = "") -> Alteration:
        entry = dict(base)
        if field == "number":
            entry["numbers"] = [*base["numbers"], value]
        else:
            entry[field] = value
        return Alteration(field, kind, entry, number)

    theirs = _customer_numbers(t)
    btns = {t.btn, *t.alternatives.get("btn", ()), *(s.btn for s in t.sub_accounts)} - {None}
    for e164 in printed_phones(text):
        if (why := _unsure_number(t, e164)) and e164 not in btns:
            skipped[f"number/btn: {why}"] += 1
            continue
        if e164 not in theirs:
            yield alt("number", "a printed number", phone(e164, style), e164)
        if e164 not in btns and (maker.btn_shown or t.btn is None):
            kind = "a line of theirs" if e164 in theirs else "a printed number"
            yield alt("btn", kind, phone(e164, style))
    accounts = {t.account_number, t.real_account_number, maker.account,
                *(s.account_number for s in t.sub_accounts),
                *t.alternatives.get("account_number", ())}
    keys = {re.sub(r"\W", "", a).casefold() for a in accounts if a}
    if maker.account_shown:
        for tok in printed_digit_tokens(text):
            if re.sub(r"\W", "", tok).casefold() not in keys:
                yield alt("account_number", "a printed digit token", tok)
    if maker.name_shown:
        yield from _names(t, alt, text, skipped)
    if maker.service_shown:
        yield from _addresses(t, maker, alt, text, skipped)


def _names(t: BillTruth, alt: Any, text: str, skipped: Counter[str]) -> Iterator[Alteration]:
    mine = name_key(t.account_name)
    words = sorted(w for w in re.findall(r"[^\W\d_]+", t.account_name.casefold()))
    trade = re.search(r"(?i)\b(?:dba|d/b/a|o/a|t/a|doing business as|c/o|attn)\b",
                      t.account_name)
    for n in printed_names(text):
        if name_key(n) == mine:
            continue
        if sorted(re.findall(r"[^\W\d_]+", n.casefold())) == words:
            skipped["account_name: the same words in another order"] += 1
            continue
        if trade and name_key(n) and name_key(n) in mine:
            skipped["account_name: part of a trade name"] += 1
            continue
        yield alt("account_name", "a printed name-like line", n)


def _addr_key(a: Address) -> tuple[str, str]:
    house = re.match(r"\s*([\w-]+)", a.line1)
    return (house.group(1).casefold() if house else "", a.postal_code[:5].replace(" ", ""))


def _addresses(t: BillTruth, maker: CaseMaker, alt: Any, text: str,
               skipped: Counter[str]) -> Iterator[Alteration]:
    ours = [a for a in (t.service_address, t.real_service_address, maker.service,
                        *t.alternatives.get("service_address", ()),
                        *(s.service for s in t.sub_accounts)) if a is not None]
    keys = {_addr_key(a) for a in ours}
    for a in printed_addresses(text):
        if _addr_key(a) in keys:
            skipped["service_address: the same house number and ZIP"] += 1
            continue
        yield alt("service_address", "a printed address block",
                  {"line1": a.line1, "line2": a.line2, "city": a.city, "state": a.state,
                   "postal_code": a.postal_code})


# the statement date: an extract figure ---------------------------------------------------------
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}


def printed_dates(text: str) -> set[date]:
    """Dates printed as M/D/Y, Y-M-D or 'Mon D, YYYY' (enough to tell another printed date)."""
    out: set[date] = set()

    def add(y: int, m: int, d: int) -> None:
        y = y + 2000 if y < 100 else y
        try:
            out.add(date(y, m, d))
        except ValueError:
            pass

    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b", text):
        add(int(m[3]), int(m[1]), int(m[2]))
        add(int(m[3]), int(m[2]), int(m[1]))
    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        add(int(m[1]), int(m[2]), int(m[3]))
    for m in re.finditer(r"(?i)\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b", text):
        if m[1].casefold() in _MONTHS:
            add(int(m[3]), _MONTHS[m[1].casefold()], int(m[2]))
    return out
