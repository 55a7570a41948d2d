"""Class probes: an open family's customer and carrier redrawn on a page that prints one class of
trouble in its own way, so that a reader fitted to one drawing of the class fails them.

The families draw each class one way (a PO box window, an 'ext.' column, a check digit glued to
the account...). Here each class is drawn again, two ways each, with the values of an open
family's bill (its carrier, holder, account, service address and lines), on a plain page of
label/value blocks written for this probe (not the families' drawing code). The page's truth is
this module's own: every value it prints is either the customer's (typed, it must come back
exact or equivalent; a mismatch is a false alarm) or a decoy the class puts beside them (typed,
it must never come back exact or equivalent: a false match).

    python -m tests.billcorpus.classprobe [--families N] [--seed S] [--classes a,b] [-v]

Classes (CLASSES): the billing address first (a PO box) and the service address later;
extensions and fax lines on the number list; the customer's own toll-free line beside the
carrier's toll-free help lines; an account number with its check digit apart beside customer
and billing account IDs; a running page header with the holder's name cut short; names in
capitals with titles, 'ATTN:' lines and 'Last, First'; units in odd places ('#4 - 123 Main St',
'4-123 Main St', the unit line above the street); references shaped like phone numbers; one
number list mixing bare ten digits, +1 E.164 and (NPA) NXX-XXXX; a holder on 'Bill to' and an
authorised user on 'Service for'; a previous carrier named as the one a number was ported from.
Only open splits' families are used (families.OPEN); nothing here reads a held-out split.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from portdesk.domain.case import Address
from tests.billcorpus.build import render_bill, stable_seed
from tests.billcorpus.carriers import CARRIERS, Carrier
from tests.billcorpus.cases import COMPANY
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import BillTruth

MATCH = frozenset({"exact", "equivalent"})
_LEGAL = frozenset({"inc", "llc", "ltd", "corp", "co", "llp", "the", "and", "of", "ltee",
                    "incorporated", "limited", "company", "corporation", "lp", "plc"})


@dataclass(frozen=True, slots=True)
class Text:
    page: int
    x: float
    y: float
    text: str
    size: float = 9.5
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Check:
    """One typed value: `right` (the customer's, as the page proves it) or a decoy."""

    field: str  # account_name, account_number, carrier, service_address, number
    kind: str
    value: Any
    right: bool


@dataclass
class Values:
    """The customer and carrier of one open family's bill, as this probe prints them."""

    family: str
    carrier: Carrier
    name: str
    account: str
    service: Address
    numbers: list[str]  # E.164
    date: str
    other_carrier: Carrier


@dataclass
class ClassPage:
    cls: str
    drawing: str
    values: Values
    texts: list[Text] = field(default_factory=list)
    decoys: list[Check] = field(default_factory=list)
    rights: list[Check] = field(default_factory=list)  # right values typed apart from the entry
    pages: int = 1

    def entry(self) -> dict[str, Any]:
        v = self.values
        return {"account_name": v.name, "account_number": v.account, "carrier": v.carrier.brand,
                "service_address": _addr(v.service), "numbers": [_fmt(n) for n in v.numbers]}


def _addr(a: Address) -> dict[str, str]:
    return {"line1": a.line1, "line2": a.line2, "city": a.city, "state": a.state,
            "postal_code": a.postal_code}


def _fmt(e164: str, style: str = "paren") -> str:
    d = e164[2:]
    return {"paren": f"({d[:3]}) {d[3:6]}-{d[6:]}", "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "dots": f"{d[:3]}.{d[3:6]}.{d[6:]}", "bare": d, "e164": e164,
            "spaced": f"+1 {d[:3]} {d[3:6]} {d[6:]}", "one": f"1-{d[:3]}-{d[3:6]}-{d[6:]}"}[style]


def _city_line(a: Address) -> str:
    return f"{a.city}, {a.state} {a.postal_code}"


# the page every class starts from --------------------------------------------------------------
class Page:
    """A plain statement: wordmark, account box, bill-to block, service block, the lines, help
    lines and the remit foot. Each class replaces or adds blocks; `flow` writes a block down
    the left or the right column."""

    def __init__(self, page: ClassPage, rng: random.Random) -> None:
        self.p, self.rng = page, rng
        self.y = {1: 640.0, 2: 640.0}
        self.label_left = rng.random() < 0.5

    def add(self, x: float, y: float, text: str, size: float = 9.5, bold: bool = False,
            page: int = 1) -> None:
        self.p.texts.append(Text(page, x, y, text, size, bold))

    def block(self, label: str, lines: list[str], col: int = 0, page: int = 1) -> None:
        """A caption and its lines; the caption left of them (left column, one page in two) or
        over them. The right column starts far enough right that no value runs into it."""
        x = 50.0 if col == 0 else 365.0
        key = page if col == 0 else page + 10
        y = self.y.get(key, 640.0)
        if label and self.label_left and col == 0:
            self.add(x, y, label + ":", bold=True, page=page)
            gap = max(88.0, stringWidth(label + ":", "Helvetica-Bold", 9.5) + 10)
            for i, line in enumerate(lines):
                self.add(x + gap, y - 12 * i, line, 9, page=page)
            y -= 12 * max(1, len(lines)) + 10
        else:
            if label:
                self.add(x, y, label, bold=True, page=page)
                y -= 12
            for line in lines:
                self.add(x, y, line, page=page)
                y -= 12
            y -= 10
        self.y[key] = y

    def head(self, account: str | None = None) -> None:
        v = self.p.values
        self.add(50, 740, v.carrier.brand, 20, True)
        self.add(365, 745, "Statement date: " + v.date)
        self.add(365, 732, "Account number: " + (account if account is not None else v.account))
        self.add(365, 719, "Total amount due: $" + f"{self.rng.randint(40, 900)}.{self.rng.randint(10, 99)}")
        for i, (label, number) in enumerate(v.carrier.help_lines[:2]):
            self.add(50, 712 - 11 * i, f"{label}: {number}", 8)

    def holder(self, label: str = "Bill to") -> None:
        v = self.p.values
        self.block(label, [v.name, v.service.line1, *([v.service.line2] if v.service.line2 else []),
                           _city_line(v.service)])

    def service(self, label: str = "Service address", col: int = 1) -> None:
        a = self.p.values.service
        self.block(label, [a.line1, *([a.line2] if a.line2 else []), _city_line(a)], col)

    def lines(self, rows: list[str] | None = None, label: str = "Your telephone numbers") -> None:
        v = self.p.values
        self.block(label, rows if rows is not None else [_fmt(n) for n in v.numbers], 0)

    def foot(self) -> None:
        c = self.p.values.carrier
        self.add(50, 80, c.legal, 7.5)
        for i, line in enumerate(c.remit[:2]):
            self.add(50, 70 - 9 * i, ("Remit to: " if i == 0 else "") + line, 7.5)

    def standard(self, *, holder: bool = True, service: bool = True, lines: bool = True) -> None:
        self.head()
        if holder:
            self.holder()
        if service:
            self.service()
        if lines:
            self.lines()
        self.foot()


# the classes -----------------------------------------------------------------------------------
def _billing_first(pg: Page) -> None:
    """The mailing address first (a PO box, in the window or under a label), the service
    address later, under another caption."""
    v, rng = pg.p.values, pg.rng
    box = Address(f"PO Box {rng.randint(100, 9999)}", "", v.service.city, v.service.state,
                  v.service.postal_code[:3] + f"{(int(v.service.postal_code[3:5] or 0) + 7) % 100:02d}"
                  if v.service.postal_code[:5].isdigit() else v.service.postal_code)
    pg.head()
    if pg.p.drawing == "a":
        pg.block("Mailing address", [v.name, box.line1, _city_line(box)])
    else:
        pg.block("", [v.name, box.line1, _city_line(box)])  # the envelope window: no caption
    pg.lines()
    pg.service("Service location" if pg.p.drawing == "a" else "Where your service is installed", 0)
    pg.foot()
    pg.p.decoys.append(Check("service_address", "the PO box mailing address", _addr(box), False))


def _extensions(pg: Page) -> None:
    """Lines with extensions ('x204', 'ext. 12') and a fax line on the customer's list."""
    v, rng = pg.p.values, pg.rng
    exts = [str(rng.randint(100, 899)), str(rng.randint(10, 99))]
    rows = []
    for i, n in enumerate(v.numbers):
        if i == 0:
            rows.append(f"{_fmt(n)} x{exts[0]}" if pg.p.drawing == "a" else f"{_fmt(n, 'dash')} Ext {exts[0]}")
        elif i == 1:
            rows.append(f"{_fmt(n, 'dash')} ext. {exts[1]}" if pg.p.drawing == "a"
                        else f"{_fmt(n)} (ext {exts[1]})")
        elif i == len(v.numbers) - 1:
            rows.append(f"Fax: {_fmt(n, 'dots')}" if pg.p.drawing == "a" else f"{_fmt(n)} (fax)")
        else:
            rows.append(_fmt(n))
    pg.head()
    pg.holder()
    pg.service()
    pg.lines(rows, "Lines and extensions")
    pg.foot()
    first = v.numbers[0][2:]
    for ext in exts:
        pg.p.decoys.append(Check("number", "an extension as the line's digits",
                                 "+1" + first[:6] + ext.zfill(4), False))
    pg.p.decoys.append(Check("number", "the line's digits run into its extension",
                             "+1" + (first + exts[0])[3:13], False))


def _own_tollfree(pg: Page) -> None:
    """The customer's own toll-free line among their lines; the carrier's toll-free help lines
    at the top and in a 'contact us' panel."""
    v, rng = pg.p.values, pg.rng
    helps = {re.sub(r"\D", "", n)[-10:] for _, n in v.carrier.help_lines}
    while True:
        own = f"+1{rng.choice(('800', '833', '844', '855', '866', '877', '888'))}555{rng.randint(100, 199):04d}"
        if own[2:] not in helps:
            break
    v.numbers.append(own)
    rows = [_fmt(n) for n in v.numbers[:-1]]
    rows.append(f"{_fmt(own, 'one')} (toll-free)" if pg.p.drawing == "a" else f"Toll free {_fmt(own, 'dash')}")
    pg.head()
    pg.holder()
    pg.service()
    pg.lines(rows)
    pg.block("Contact us", [f"{label} {number}" for label, number in v.carrier.help_lines[:3]], 1)
    pg.foot()
    for _, number in v.carrier.help_lines[:2]:
        digits = re.sub(r"\D", "", number)[-10:]
        if len(digits) == 10 and digits != own[2:]:
            pg.p.decoys.append(Check("number", "the carrier's toll-free help line", _fmt("+1" + digits), False))


def _check_digit(pg: Page) -> None:
    """The account number with its check digit apart, beside customer and billing account IDs."""
    v, rng = pg.p.values, pg.rng
    digits = re.sub(r"\D", "", v.account)
    body = (digits + "".join(str(rng.randint(0, 9)) for _ in range(9)))[:max(8, len(digits) - 1)]
    check = str(rng.randint(0, 9))
    v.account = f"{body} {check}"
    customer_id = "".join(str(rng.randint(1, 9)) for _ in range(10))
    billing_id = f"BA-{rng.randint(1000000, 9999999)}"
    pg.head(f"{body} {check}" if pg.p.drawing == "a" else f"{body}  {check}")
    pg.block("", [f"Customer ID: {customer_id}", f"Billing account ID: {billing_id}"], 1)
    pg.holder()
    pg.service()
    pg.lines()
    pg.foot()
    other = str((int(check) + 3) % 10)
    pg.p.decoys += [Check("account_number", "the account without its check digit", body, False),
                    Check("account_number", "another check digit", f"{body} {other}", False),
                    Check("account_number", "the customer ID", customer_id, False)]
    # the billing account ID is printed but never typed as a decoy: an account label's other
    # value may be another account of the customer's (a master account), which the corpus's
    # truth counts as theirs (alterations.py)
    pg.p.rights.append(Check("account_number", "the digits run together", body + check, True))


def _running_header(pg: Page) -> None:
    """A second page whose running header carries the holder's name cut short."""
    v = pg.p.values
    pg.p.pages = 2
    cut = v.name.upper()[:max(8, min(18, len(v.name) - 4))]
    shown = cut + ("..." if pg.p.drawing == "a" else "")
    pg.standard(lines=False)
    pg.add(50, 760, f"{shown}   Account {v.account}   Page 2 of 2", 8, page=2)
    pg.block("Your telephone numbers (continued)", [_fmt(n) for n in v.numbers], 0, page=2)
    words = v.name.split()
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        rest = [w for w in words[k:] if re.sub(r"\W", "", w).casefold() not in _LEGAL]
        if rest and len(head) <= len(cut):
            pg.p.decoys.append(Check("account_name", "the header's cut name", head, False))
            break


def _caps_titles(pg: Page) -> None:
    """Names in capitals with a title, an 'ATTN:' line, or a person printed 'LAST, FIRST'."""
    v, rng = pg.p.values, pg.rng
    contact = person_name(rng).replace(".", "")
    first, last = contact.split()[0], contact.split()[-1]
    pg.head()
    a = v.service
    if pg.p.drawing == "a":  # the business in capitals, its contact on an ATTN line
        pg.block("Bill to", [v.name.upper(), f"ATTN: {rng.choice(('MR.', 'MS.', 'DR.'))} {contact.upper()}",
                             a.line1.upper(), _city_line(a).upper()])
        pg.p.decoys.append(Check("account_name", "the ATTN line's person", contact, False))
    else:  # a person holder 'LAST, FIRST' with a title
        v.name = f"{first} {last}"
        pg.block("Account holder", [f"{last.upper()}, {first.upper()}"])
        pg.block("Bill to", [f"DR. {first.upper()} {last.upper()}", a.line1.upper(),
                             _city_line(a).upper()])
        other = person_name(rng).split()[0]
        if other.casefold() != first.casefold():
            pg.p.decoys.append(Check("account_name", "another first name", f"{other} {last}", False))
    pg.service()
    pg.lines()
    pg.foot()


def _odd_units(pg: Page) -> None:
    """The unit before the house number ('#4 - 123 Main St', '4-123 Main St') or on a line of
    its own above the street."""
    v, rng = pg.p.values, pg.rng
    a = v.service
    num = str(rng.randint(2, 40))
    street = re.sub(r"^\d+[A-Z]?,?\s*", "", a.line1)
    house = re.match(r"\d+", a.line1)
    if house is None:
        pg.standard()
        return
    # the unit-civic '4-123 Main St' is Canada Post's; in the US '123-45' is one Queens house
    # number, so a US page draws its unit first with '#'
    canadian = bool(re.match(r"[A-Za-z]\d[A-Za-z]", a.postal_code))
    style = ("dash" if canadian else "hash") if pg.p.drawing == "a" else rng.choice(("above", "above2"))
    if style == "hash":
        v.service = Address(a.line1, f"# {num}", a.city, a.state, a.postal_code, a.country)
        lines = [f"#{num} - {a.line1}", _city_line(a)]
    elif style == "dash":
        v.service = Address(a.line1, f"Unit {num}", a.city, a.state, a.postal_code, a.country)
        lines = [f"{num}-{a.line1}", _city_line(a)]
    else:
        kind = "Suite" if style == "above" else "Apt"
        v.service = Address(a.line1, f"{kind} {num}", a.city, a.state, a.postal_code, a.country)
        lines = [f"{kind} {num}", a.line1, _city_line(a)]
    pg.head()
    pg.block("Bill to", [v.name, *lines])
    pg.block("Service address", lines, 1)
    pg.lines()
    pg.foot()
    unit = v.service.line2.split()[0]
    off = str(int(num) + 1)
    pg.p.decoys += [
        Check("service_address", "another unit", _addr(Address(a.line1, f"{unit} {off}", a.city, a.state,
                                                               a.postal_code, a.country)), False),
        Check("service_address", "unit and house number swapped",
              _addr(Address(f"{num} {street}", f"{unit} {house.group(0)}", a.city, a.state,
                            a.postal_code, a.country)), False)]


def _phone_shaped(pg: Page) -> None:
    """Reference numbers and amounts in the shape of a phone number, in the customer's area."""
    v, rng = pg.p.values, pg.rng
    npa = v.numbers[0][2:5]
    refs = [f"+1{npa}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}" for _ in range(3)]
    refs = [r for r in refs if r not in v.numbers]
    labels = (("Payment confirmation", "dash"), ("Order no.", "bare"), ("Trouble ticket", "spaced"))
    if pg.p.drawing == "b":
        labels = (("Invoice", "dots"), ("Reference #", "paren"), ("Work order", "dash"))
    pg.head()
    pg.holder()
    pg.service()
    pg.lines()
    rows = [f"{label} {_fmt(r, style).replace('+1 ', '')}" for (label, style), r in zip(labels, refs, strict=False)]
    rows.append(f"Amount paid {npa}.{rng.randint(100, 999)}.{rng.randint(10, 99)}")
    pg.block("Account activity", rows, 1)
    pg.foot()
    pg.p.decoys += [Check("number", "a reference shaped like a phone number", _fmt(r), False) for r in refs]


def _mixed_formats(pg: Page) -> None:
    """One list mixing bare ten digits, +1 E.164, (NPA) NXX-XXXX and 1-NPA-NXX-XXXX."""
    v, rng = pg.p.values, pg.rng
    styles = ["bare", "e164", "paren", "one", "spaced"]
    rng.shuffle(styles)
    rows = [_fmt(n, styles[i % len(styles)]) for i, n in enumerate(v.numbers)]
    pg.head()
    pg.holder()
    pg.service()
    if pg.p.drawing == "a":
        pg.lines(rows)
    else:
        pg.lines([", ".join(rows)], "Numbers on this account")
    pg.foot()


def _holder_user(pg: Page) -> None:
    """The holder on 'Bill to', an authorised user on 'Service for'."""
    user = person_name(pg.rng)
    pg.head()
    pg.holder("Bill to" if pg.p.drawing == "a" else "Account holder")
    pg.block("Service for", [f"{user} (authorized user)" if pg.p.drawing == "a" else user], 1)
    pg.service()
    pg.lines()
    pg.foot()
    pg.p.decoys.append(Check("account_name", "the authorised user", user, False))


def _ported_from(pg: Page) -> None:
    """The previous carrier named: 'ported from ...', 'Previous provider ...'."""
    v = pg.p.values
    other = v.other_carrier
    pg.standard()
    first = _fmt(v.numbers[0])
    note = (f"Welcome! {first} was ported from {other.brand} on {v.date}." if pg.p.drawing == "a"
            else f"Previous provider: {other.legal} (number transferred {v.date})")
    pg.add(50, 150, note, 8.5)
    pg.p.decoys.append(Check("carrier", "the carrier the number was ported from", other.brand, False))
    if other.legal != other.brand:
        pg.p.decoys.append(Check("carrier", "its legal name", other.legal, False))


CLASSES: dict[str, Callable[[Page], None]] = {
    "billing_first": _billing_first, "extensions": _extensions, "own_tollfree": _own_tollfree,
    "check_digit": _check_digit, "running_header": _running_header, "caps_titles": _caps_titles,
    "odd_units": _odd_units, "phone_shaped": _phone_shaped, "mixed_formats": _mixed_formats,
    "holder_user": _holder_user, "ported_from": _ported_from}


# values, pages and the run ---------------------------------------------------------------------
def values_of(t: BillTruth, rng: random.Random) -> Values | None:
    """The open family's values this probe prints, or None for a bill without a plain account
    and service address (a masked account, no address)."""
    service = t.service_address
    account = t.real_account_number or t.account_number
    if service is None or not account or re.search(r"[*•Xx]{2}", account) or re.match(
            r"(?i)\s*(?:p\.?\s*o\.?\s*box|c\.?p\.?\s)", service.line1):
        return None  # a family with no street service address (a wireless bill) is not drawn
    numbers = list(t.numbers[:4])
    while len(numbers) < 3:
        numbers.append(f"+1{t.numbers[0][2:5] if t.numbers else '615'}555{rng.randint(100, 199):04d}")
        numbers = list(dict.fromkeys(numbers))
    mine = COMPANY.get(t.carrier.key, t.carrier.key)
    others = sorted(k for k in CARRIERS if COMPANY.get(k, k) != mine and k != t.carrier.key)
    return Values(t.family, t.carrier, t.account_name, account, service, numbers,
                  t.statement_date.strftime("%B %-d, %Y"), CARRIERS[rng.choice(others)])


def draw(page: ClassPage, path: Path) -> None:
    canvas = Canvas(str(path), pagesize=(612, 792))
    for n in range(1, page.pages + 1):
        for t in page.texts:
            if t.page == n:
                canvas.setFont("Helvetica-Bold" if t.bold else "Helvetica", t.size)
                canvas.drawString(t.x, t.y, t.text)
        canvas.showPage()
    canvas.save()


def class_page(cls: str, values: Values, drawing: str, rng: random.Random) -> ClassPage:
    page = ClassPage(cls, drawing, values)
    CLASSES[cls](Page(page, rng))
    return page


@dataclass
class Tally:
    rights: int = 0
    matched: int = 0
    false_alarms: list[str] = field(default_factory=list)
    decoys: int = 0
    false_matches: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


def _verdict(result: Any, check: Check) -> tuple[str, str]:
    if check.field == "number":
        assert result.numbers is not None
        digits = re.sub(r"\D", "", str(check.value))[-10:]
        item = next(i for i in result.numbers.items if i.number[-10:] == digits)
        return item.verdict.value, item.reason
    f = result.fields[check.field]
    return f.verdict.value, f.reason


def probe_page(page: ClassPage, path: Path, tally: Tally) -> None:
    """Read the page once; type its values (all right) and each decoy into that entry."""
    from portdesk.bills.compare import compare
    from portdesk.bills.extract import extract_fields
    from portdesk.bills.reader import read_bill
    from portdesk.domain.entries import EntryError, case_from_entry

    draw(page, path)
    fields = extract_fields(read_bill(path), require_account=False)
    base = page.entry()
    where = f"{page.values.family} {page.cls}/{page.drawing}"
    rights = [Check(k, "as printed", base[k], True) for k in ("account_name", "account_number",
                                                             "carrier", "service_address")]
    rights += [Check("number", "a line", n, True) for n in base["numbers"]]
    for check in [*rights, *page.rights, *page.decoys]:
        entry = dict(base)
        if check.field == "number":
            if not check.right:
                entry["numbers"] = [*base["numbers"], check.value]
        else:
            entry[check.field] = check.value
        try:
            case = case_from_entry(entry)
        except EntryError:
            continue
        verdict, reason = _verdict(compare(case, fields), check)
        line = f"{where} {check.field} [{check.kind}] typed {str(check.value)[:60]!r}: {verdict} ({reason[:90]})"
        if check.right:
            tally.rights += 1
            tally.matched += verdict in MATCH
            if verdict == "mismatch":
                tally.false_alarms.append(line)
            elif verdict not in MATCH:
                tally.missed.append(line)
        else:
            tally.decoys += 1
            if verdict in MATCH:
                tally.false_matches.append(line)


def open_families(count: int, seed: int) -> list[str]:
    """`count` families of the open splits, spread over them (never a held-out split's)."""
    from tests.billcorpus.families import BLIND, OPEN, names

    pool = [f for s in OPEN if s not in BLIND for f in names(s)]
    return sorted(random.Random(stable_seed(seed, "classprobe")).sample(pool, min(count, len(pool))))


def run(classes: list[str], families: list[str], seed: int, out: Path) -> dict[str, Tally]:
    tallies = {c: Tally() for c in classes}
    for fam in families:
        bill = render_bill(fam, 0, out / "source", seed)
        for cls in classes:
            for drawing in ("a", "b"):
                rng = random.Random(stable_seed(seed, fam, cls, drawing))
                values = values_of(bill.truth, rng)
                if values is None:
                    continue
                page = class_page(cls, values, drawing, rng)
                probe_page(page, out / f"{fam}-{cls}-{drawing}.pdf", tallies[cls])
    return tallies


def report(tallies: dict[str, Tally]) -> str:
    rows = [f"{'class':16} {'right values matched':>22} {'false alarms':>13} {'decoys':>7} "
            f"{'false matches':>14}"]
    total = Tally()
    for cls, t in tallies.items():
        rows.append(f"{cls:16} {t.matched:>10} of {t.rights:<9} {len(t.false_alarms):>13} "
                    f"{t.decoys:>7} {len(t.false_matches):>14}")
        total.rights += t.rights
        total.matched += t.matched
        total.decoys += t.decoys
        total.false_alarms += t.false_alarms
        total.false_matches += t.false_matches
    share = 100 * total.matched / max(1, total.rights)
    rows.append(f"{'all':16} {total.matched:>10} of {total.rights:<9} {len(total.false_alarms):>13} "
                f"{total.decoys:>7} {len(total.false_matches):>14}   ({share:.1f}% matched)")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.billcorpus.classprobe")
    ap.add_argument("--families", type=int, default=16, help="open families drawn (all splits)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--classes", default="", help="only these classes (comma list)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses as well")
    args = ap.parse_args(argv)
    classes = [c for c in args.classes.split(",") if c] or list(CLASSES)
    unknown = [c for c in classes if c not in CLASSES]
    if unknown:
        print(f"unknown classes: {', '.join(unknown)}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="classprobe-") as tmp:
        tallies = run(classes, open_families(args.families, args.seed), args.seed, Path(tmp))
    print(report(tallies))
    for t in tallies.values():
        for line in [*t.false_matches, *t.false_alarms, *(t.missed if args.verbose else [])]:
            print("  " + line)
    return 1 if any(t.false_matches for t in tallies.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
