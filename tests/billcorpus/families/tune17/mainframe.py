"""Open tuning split tune17: NorthernTel (northern Ontario), a mainframe print.

A statement as a legacy billing system prints it: fixed-width capitals in Courier, dot leaders,
values aligned by spaces, no drawn lines, a carriage-control '1' before each page's header, a
first-page header unlike the running header of the pages after it ('PAGE 2 OF 3 ... CONTINUED'),
and the directory numbers in a table that runs over the page break, a DID block split mid-range
('705 555-0150 THRU 0161' at the foot of one page, '705 555-0162 THRU 0171' continued on the
next). The account number is the billing number's digits and a three-digit suffix ('705 555 0142
317'); rural addresses ('RR 2', 'CONCESSION RD 4', 'LOT 7 CON 3').
"""

from __future__ import annotations

from datetime import timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block
from tests.billcorpus.draw import Sheet
from tests.billcorpus.families.registry import family
from tests.billcorpus.families.tune17.parts import move_to
from tests.billcorpus.formats import digits, phone
from tests.billcorpus.truth import Draft, address_key, in_range

_F = "Courier"
_HWY = ("HWY 11", "HWY 101", "HWY 652", "HWY 655", "HWY 66")


def _rural(d: Draft) -> None:
    r = d.rng
    old = d.customer.service
    roll = r.random()
    if roll < 0.35:
        line1, line2 = f"{r.randint(100, 9999)} {r.choice(_HWY)}", f"RR {r.randint(1, 5)}"
    elif roll < 0.7:
        line1, line2 = f"{r.randint(10, 999)} CONCESSION RD {r.randint(2, 9)}", ""
    else:
        line1, line2 = f"LOT {r.randint(1, 30)} CON {r.randint(1, 9)}", ""
    move_to(d, Address(line1, line2, old.city, old.state, old.postal_code, "CA"))


def _row(s: Sheet, y: float, text: str, size: float = 8.6) -> None:
    s.text(36, y, text, size, font=_F)


def _lead(label: str, value: str, width: int = 34) -> str:
    """'ACCOUNT NUMBER .......... 705 555 0142 317': a label, dot leaders, the value."""
    return f"{label} {'.' * max(2, width - len(label) - 1)} {value}"


def _money(r: object) -> str:
    return f"{r.randint(100, 9000) / 100:>9.2f}"  # type: ignore[attr-defined]


@family("northerntel_mainframe", carrier="northerntel", country="CA", region="NTON",
        lines=(3, 7), block=0.8, block_size=(16, 30), dialed=6, person_share=0.25,
        account=lambda r, c, b: f"{b[2:5]} {b[5:8]} {b[8:]} {digits(r, 3)}",
        modelled_on="statements of a northern Ontario telephone company of NorthernTel's kind as "
        "its mainframe billing system prints them: fixed-width capitals, dot leaders, values "
        "aligned by spaces, no rules, a carriage-control column, a first-page header unlike the "
        "running header, the directory numbers continued over the page break with a DID block "
        "split mid-range, the account number built from the billing number and a suffix, rural "
        "route and concession addresses", accent="#000000", font="Courier")
def northerntel_mainframe(s: Sheet, d: Draft) -> None:
    r = s.rng
    _rural(d)
    d.upper()
    d.carrier_printed = "NORTHERNTEL"
    assert d.service is not None and d.billing is not None
    rows: list[str] = []
    singles = [n for n in d.numbers if not any(in_range(n, f, c) for f, c in d.ranges)]
    for n in singles:
        kind = r.choice(("1FB BUS LINE", "1FB BUS LINE", "FAX LINE", "1MR RES LINE"))
        rows.append(f"  {phone(n, 'space'):<16}{kind:<22}{'':<14}{_money(r)}")
    split: list[tuple[str, int]] = []
    for first, count in d.ranges:  # a block split mid-range over the page break
        k = count // 2
        second = first[:-4] + f"{int(first[-4:]) + k:04d}"
        split += [(first, k), (second, count - k)]
    d.ranges = split
    block_rows = [f"  {phone(f, 'space'):<16}{f'THRU {int(f[-4:]) + c - 1:04d} DID BLOCK ({c})':<36}"
                  f"{_money(r)}" for f, c in split]
    per_page = 9
    first_rows = rows[:per_page - len(block_rows[:1])] + block_rows[:1]
    later = rows[len(first_rows) - len(block_rows[:1]):] + block_rows[1:]
    pages = 2 if later else 1
    when = d.statement_date
    _row(s, 30, "1")
    _row(s, 42, f"  NORTHERNTEL LIMITED PARTNERSHIP{'':<14}STATEMENT OF ACCOUNT", 9.5)
    _row(s, 54, f"  PO BOX 2000 TIMMINS ON  P4N 7X2{'':<14}PAGE 1 OF {pages}")
    y = 80.0
    facts = (("ACCOUNT NUMBER", d.printed_account),
             ("BILLING TELEPHONE NO.", phone(d.real_btn, "space")),
             ("STATEMENT DATE", f"{when:%d %b %Y}".upper()),
             ("DUE DATE", f"{when + timedelta(days=21):%d %b %Y}".upper()),
             ("CYCLE", f"{r.randint(1, 28):02d}"))
    for lab, value in facts:
        _row(s, y, "  " + _lead(lab, value))
        y += 11
    s.mark("btn", d.real_btn)
    y += 8
    mailing_block(s, d, 72, y, 9, name_lines=[d.name])
    y += 56
    _row(s, y, "  SERVICE ADDRESS")
    y += 11
    for part in (d.service.line1, d.service.line2,
                 f"{d.service.city} {d.service.state}  {d.service.postal_code}"):
        if part:
            _row(s, y, f"      {part}")
            y += 11
    s.mark("service", address_key(d.service))
    y += 10
    _row(s, y, f"  {'SUMMARY':<52}AMOUNT")
    y += 11
    for lab in ("PREVIOUS BALANCE", "PAYMENT RECEIVED - THANK YOU", "MONTHLY SERVICES",
                "LONG DISTANCE", "HST 13%"):
        _row(s, y, f"  {lab:<50}{_money(r)}")
        y += 11
    _row(s, y, f"  {'TOTAL AMOUNT DUE':<50}{_money(r)}")
    y += 20
    _row(s, y, "  DIRECTORY NUMBERS")
    y += 11
    _row(s, y, f"  {'NUMBER':<16}{'SERVICE':<36}MONTHLY")
    y += 11
    for row in first_rows:
        _row(s, y, row)
        y += 11
    if later:
        _row(s, y + 4, "  *** CONTINUED ON NEXT PAGE ***")
    with s.roled("help"):
        _row(s, 700, f"  CUSTOMER SERVICE {d.carrier.help_lines[0][1]}   REPAIR "
                     f"{d.carrier.help_lines[1][1]}", 7.5)
    if not later:
        return
    s.new_page()
    _row(s, 30, "1")
    _row(s, 42, f"  NORTHERNTEL{'':<8}ACCT {d.printed_account}{'':<6}PAGE 2 OF 2")
    _row(s, 54, f"  {d.name[:40]}")
    y = 80.0
    _row(s, y, "  DIRECTORY NUMBERS (CONTINUED)")
    y += 11
    _row(s, y, f"  {'NUMBER':<16}{'SERVICE':<36}MONTHLY")
    y += 11
    for row in later:
        _row(s, y, row)
        y += 11
    y += 10
    _row(s, y, "  END OF DIRECTORY NUMBERS")
    y += 22
    for line in ("  YOUR BILL IS DUE ON RECEIPT. A LATE PAYMENT CHARGE OF 1.5% PER MONTH",
                 "  APPLIES. KEEP YOUR SERVICE ACTIVE UNTIL YOUR NEW PROVIDER CONFIRMS A PORT."):
        _row(s, y, line, 8)
        y += 10
