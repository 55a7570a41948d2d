"""SEVENTEENTH BLIND SPLIT: not for the reader's author (see families/blind17/__init__.py).

AcenTek (Ace Telephone Association, Houston, Minnesota), Craw-Kan Telephone Cooperative (Girard,
Kansas), Delhi Telephone Company (Delhi, New York) and ITC (Interstate Telecommunications
Cooperative, Clear Lake, South Dakota): rural telephone companies.

Modelled on AcenTek's legacy statements (a billing system's fixed-width print: capitals, dot
leaders, values set by spaces, no rules, a running head on every page, the account number built
from the billing number and a three-digit suffix, an FCC registration number and a customer
number beside it, a number block whose listing breaks over the page), on Craw-Kan's member
statements as a member kept and scanned them (the co-op's 'PAST DUE' stamp, the member's own
circle round a line, a tick, a note in the margin and a sticky note), on Delhi Telephone's
statements (two columns of labelled values; its billing system writes the values first and the
labels after, column by column, so the text layer's order is not the page's) and on ITC's
statements (the account box set in tracked type, one glyph at a time; the account number is the
billing number's digits; a 'PAID' stamp).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from functools import partial

from portdesk.domain.case import Address
from tests.billcorpus.blocks import attention_line, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind17.parts import (
    Later,
    circle,
    glyphs,
    handwriting,
    outside,
    rubber_stamp,
    spaced,
    sticky_note,
    tick,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, csz, date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

_ROADS = ("County Road", "County Hwy", "State Hwy", "Township Rd")


def _service(d: Draft, service: Address, billing_same: bool | None = None) -> None:
    """Give the customer another service address (the billing one follows when it was the
    same), keeping the draft and the customer the cases are typed from in step."""
    same = d.customer.billing == d.customer.service if billing_same is None else billing_same
    billing = service if same else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


def _rural(d: Draft) -> None:
    """Rural routes, county roads with a lot number, a farm's building letter."""
    r, a = d.rng, d.customer.service
    kind = r.randrange(3)
    if kind == 0:
        line1, line2 = f"RR {r.randint(1, 5)} Box {r.randint(10, 480)}", ""
    elif kind == 1:
        line1 = f"{r.randint(1000, 39999)} {r.choice(_ROADS)} {r.randint(1, 60)}"
        line2 = f"Lot {r.randint(1, 40)}"
    else:
        line1 = f"{r.randint(100, 9899)} {r.choice(('Main St', 'Oak Ave', 'Ridge Rd'))}"
        line2 = f"Bldg {r.choice('ABCD')}"
    _service(d, replace(a, line1=line1, line2=line2))


# --- AcenTek: the billing system's fixed-width print ------------------------------------------

def _mf(s: Sheet, y: float, text: str, size: float = 8.6, bold: bool = False) -> None:
    s.text(40, y, text, size, bold=bold, font="Courier")


def _leader(label: str, value: str, width: int = 24) -> str:
    """'ACCOUNT NUMBER..........: 507 555-0142 117' (dot leaders to a fixed column)."""
    return f"{label}{'.' * max(2, width - len(label))}: {value}"


def _mf_head(s: Sheet, d: Draft, page: int, pages: int) -> None:
    # the preprinted form's logo; the rest is the billing system's fixed-width print
    s.wordmark(W - 150, 30, "AcenTek", 15, "#003B71", font="Helvetica-Bold")
    _mf(s, 40, f"{'ACENTEK':<42}{'STATEMENT OF ACCOUNT':<24}PAGE {page} OF {pages}", 9, True)
    _mf(s, 52, f"{d.carrier.legal.upper():<42}ACCOUNT {d.printed_account}")
    _mf(s, 64, f"{'207 E CEDAR ST  HOUSTON MN 55943':<42}BILL DATE {date_text(d.statement_date, 'us2')}")


@family("acentek_mainframe", carrier="acentek", region="ACE", lines=(2, 5), dialed=0,
        person_share=0.4, block=1.0, block_size=(10, 22), font="Courier",
        account=lambda r, c, b: f"{b[2:5]} {b[5:8]}-{b[8:]} {digits(r, 3)}",
        modelled_on="AcenTek (Ace Telephone Association, Houston, Minnesota) legacy "
        "statements: a billing system's fixed-width print in capitals with dot leaders and no "
        "rules, a running head on each page, the account number built from the billing "
        "telephone number and a three-digit suffix, an FCC registration number and a ten-digit "
        "customer number beside it, a direct inward dial block listed over the page break "
        "('CONTINUED'), rural routes, county roads with a lot number",
        accent="#003B71")
def acentek_mainframe(s: Sheet, d: Draft) -> None:
    r = s.rng
    _rural(d)
    d.upper()
    assert d.service is not None
    (first, count), = d.ranges
    cut = r.randint(3, count - 3)
    second = f"{first[:-4]}{int(first[-4:]) + cut:04d}"
    d.ranges = [(first, cut), (second, count - cut)]
    decoy = outside(d)  # a customer number as long as a telephone number: not a line
    _mf_head(s, d, 1, 2)
    y = 92.0
    for row in (
            _leader("ACCOUNT NUMBER", d.printed_account),
            _leader("BILLING TEL NO", phone(d.real_btn, "dash")),
            _leader("CUSTOMER NO", decoy[-10:]),
            _leader("FCC REGISTRATION NO", f"00{digits(r, 8)}"),
            _leader("BILL DATE", date_text(d.statement_date, "us")),
            _leader("DUE DATE", date_text(d.statement_date + timedelta(days=20), "us")),
            _leader("AMOUNT DUE", money(r, 60, 400))):
        _mf(s, y, row)
        y += 11
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 340, 96, 8.6)
    y += 10
    _mf(s, y, _leader("SERVICE ADDRESS", " ".join(
        p for p in (d.service.line1, d.service.line2) if p)))
    _mf(s, y + 11, f"{' ' * 26}{csz(d.service)}")
    s.mark("service", address_key(d.service))
    y += 36
    _mf(s, y, "-" * 20 + " LOCAL SERVICE " + "-" * 20, 8.6, True)
    y += 13
    _mf(s, y, f"{'TEL NUMBER':<30}{'USOC':<7}{'DESCRIPTION':<26}{'AMOUNT':>9}")
    y += 12
    for n in d.singles():
        usoc = "1FB" if not d.customer.person else "1FR"
        _mf(s, y, f"{phone(n, 'dash'):<30}{usoc:<7}{'BUSINESS LINE' if usoc == '1FB' else 'RESIDENCE LINE':<26}{money(r, 18, 40):>9}")
        y += 11
    first_row = f"{phone(first, 'dash')} THRU {int(second[-4:]) - 1:04d}"
    _mf(s, y, f"{first_row:<30}{'DID':<7}{f'DID BLOCK {cut} NUMBERS':<26}{money(r, 5, 30):>9}")
    y += 14
    _mf(s, y, "*** CONTINUED ON PAGE 2 ***")
    remit_stub(s, d, y=640, account_label="ACCOUNT NUMBER")
    s.new_page()
    _mf_head(s, d, 2, 2)
    y = 92.0
    _mf(s, y, "-" * 14 + " LOCAL SERVICE (CONTINUED) " + "-" * 14, 8.6, True)
    y += 13
    _mf(s, y, f"{'TEL NUMBER':<30}{'USOC':<7}{'DESCRIPTION':<26}{'AMOUNT':>9}")
    y += 12
    last = f"{int(second[-4:]) + count - cut - 1:04d}"
    rest = f"{phone(second, 'dash')} THRU {last}"
    _mf(s, y, f"{rest:<30}{'DID':<7}{f'DID BLOCK {count - cut} NUMBERS':<26}{money(r, 5, 30):>9}")
    y += 24
    for label in ("FEDERAL SUBSCRIBER LINE CHARGE", "MN TELEPHONE ASSISTANCE PLAN",
                  "911 EMERGENCY SERVICE FEE", "FEDERAL UNIVERSAL SERVICE FUND"):
        _mf(s, y, f"{label:<63}{money(r, 1, 12):>9}")
        y += 11
    y += 8
    _mf(s, y, f"{'TOTAL CURRENT CHARGES':<63}{money(r, 90, 400):>9}", 8.6, True)
    y += 24
    _mf(s, y, f"ORDER NO {digits(r, 7)} COMPLETED {date_text(d.statement_date - timedelta(days=r.randint(5, 40)), 'us2')}"
        f"  TECH {r.randint(100, 999)}")
    y += 20
    with s.roled("help"):
        for label, number in d.carrier.help_lines:
            _mf(s, y, _leader(label.upper(), number))
            y += 11


# --- Craw-Kan: a member's kept and scanned statement ------------------------------------------

def _estate(d: Draft) -> str:
    """An estate, a trustee, two owners with '&' or 'and'; returns the envelope's c/o line."""
    r = d.rng
    if d.customer.person:
        kind = r.randrange(3)
        if kind == 0:
            d.name = f"Estate of {d.name}"
            d.traits.add("estate")
            return f"c/o {person_name(r)}, Executor"
        if kind == 1:
            d.name = f"{d.name}, Trustee"
            return ""
        other = person_name(r).split()[0]
        d.name = f"{other} {r.choice(('&', 'and'))} {d.name}"
        return ""
    d.name = d.name.replace("Inc.", "Incorporated") if r.random() < 0.5 else d.name
    return attention_line(d) if r.random() < 0.5 else ""


@family("crawkan_marked", carrier="crawkan", region="CKT", lines=(2, 4), dialed=0,
        person_share=0.6, account=lambda r, c, b: f"{digits(r, 5)}-{digits(r, 1)}",
        modelled_on="Craw-Kan Telephone Cooperative member statements (Girard, Kansas) as a "
        "member kept and scanned them: the co-op's red 'PAST DUE' stamp over the amount box, "
        "the member's pen circle round one line, a tick by the total, a note in the margin "
        "naming another number and a sticky note over the messages; accounts held by an "
        "estate (c/o the executor), a trustee or two owners",
        accent="#8C1D18", font="Helvetica")
def crawkan_marked(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    care_of = _estate(d)
    d.btn = None  # 'Main Line' is the line's type in a services table: no label names the BTN
    day = d.statement_date
    s.wordmark(40, 48, "Craw-Kan Telephone", 19, "#8C1D18")
    s.text(40, 61, "Cooperative \u00b7 Girard, Kansas \u00b7 Member owned", 7.5, color=GREY)
    s.box(340, 28, W - 376, 76, fill=LIGHT)
    due = day + timedelta(days=20)
    facts = (("Account Number", d.printed_account), ("Statement Date", date_text(day, "abbr0")),
             ("Past Due Amount", money(r, 30, 200)), ("Total Amount Due", money(r, 80, 400)),
             ("Due Date", date_text(due, "abbr0")))
    for i, (label, value) in enumerate(facts):
        s.text(348, 42 + i * 13, label, 8)
        s.text(W - 44, 42 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 112, 9.5, attn=care_of)
    s.text(340, 122, "Service Location", 8.5, bold=True, color=s.accent)
    s.lines(340, 135, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.band(192, 16, LIGHT)
    s.text(44, 203, "Your Services", 9.5, bold=True, color=s.accent)
    y = 222.0
    s.text(44, y, "Telephone Number", 8, bold=True)
    s.text(170, y, "Service", 8, bold=True)
    s.text(W - 44, y, "Amount", 8, bold=True, align="right")
    rows_y = []
    for k, n in enumerate(d.numbers):
        y += 13
        s.text(44, y, phone(n, "paren"), 9)
        s.text(170, y, "Main Line" if k == 0 else r.choice(("Additional Line", "Fax Line",
                                                             "Barn Line")), 8.5)
        s.text(W - 44, y, money(r, 16, 32), 8.5, align="right")
        rows_y.append(y)
    y += 16
    for label in ("Broadband 250 Mbps", "Federal Subscriber Line Charge",
                  "Kansas Universal Service", "911 Tax (Crawford County)"):
        s.text(60, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 80), 8.5, align="right")
        y += 12
    s.text(44, y + 8, "Total Current Charges", 9.5, bold=True)
    s.text(W - 44, y + 8, money(r, 60, 300), 9.5, bold=True, align="right")
    total_y = y + 8
    with s.roled("help"):
        s.lines(40, y + 34, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 66, count=3, size=7.5)
    remit_stub(s, d, y=646, account_label="Account Number")
    # the co-op's stamp, then the member's own marks: never the carrier's print, never proof
    rubber_stamp(s, 372, 40, ["PAST DUE"], size=17, angle=14)
    pick = r.randrange(len(d.numbers))
    circle(s, 38, rows_y[pick] - 11, 84, 15)
    tick(s, W - 40, total_y - 9)
    note = outside(d)
    handwriting(s, 250, 150 + 13 * len(d.numbers) // 2,
                [f"ask {r.choice(('Linda', 'Dale', 'Marcy'))} re: port", phone(note, "dash")],
                angle=8)
    sticky_note(s, 300, y + 58, 150, 48,
                [f"paid {due.month}/{max(1, due.day - 3)}", f"ck #{r.randint(1000, 9999)}"])


# --- Delhi Telephone: values first, labels after ----------------------------------------------

_UNITS_NY = ("Fl 2", "Bldg C", "Apt. 3", "Ste 400", "# 12", "Unit B", "2nd Fl", "Apt 3B")
_FIRMS = ("Whitfield & Raman, CPAs", "Catskill Feed and Supply Inc.", "Delaware County Farm Co-op",
          "Morrison & Sons Hardware", "O'Connor and Patel Law Offices, PLLC",
          "Hamden Veterinary Associates, P.C.")


@family("delhi_stream", carrier="delhi_tel", region="DLH", lines=(2, 5), dialed=0,
        person_share=0.3, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}",
        modelled_on="Delhi Telephone Company statements (Delhi, New York): two columns of "
        "labelled values (account information and service information), the envelope window "
        "with 'c/o' or 'Attn:' lines, firms named with '&' or 'and', suites, floors, buildings "
        "and apartments written every way; printed by a billing system that writes the values "
        "first and the labels after, one column between the other's rows, so the text layer's "
        "order is not the page's",
        accent="#2F5D50", font="Helvetica")
def delhi_stream(s: Sheet, d: Draft) -> None:
    r = s.rng
    a = d.customer.service
    _service(d, replace(a, line2=r.choice(_UNITS_NY)))
    if not d.customer.person:
        d.name = r.choice(_FIRMS)
    assert d.service is not None
    day = d.statement_date
    later = Later()
    later.add("logo", lambda: s.wordmark(40, 48, "Delhi Telephone Company", 17, "#2F5D50"))
    later.add("logo", lambda: s.text(40, 61, "Serving Delaware County since 1897", 7.5,
                                     color=GREY))
    left = (("Account Number", d.printed_account), ("Statement Date", date_text(day, "long")),
            ("Amount Due", money(r, 50, 500)),
            ("Due Date", date_text(day + timedelta(days=21), "long")))
    right = (("Account Name", d.name), ("Billing Telephone Number", phone(d.real_btn, "paren")))
    for i, (label, value) in enumerate(left):
        row = 96.0 + i * 14
        later.add("value_l", partial(s.text, 150, row, value, 9, bold=True))
        later.add("label_l", partial(s.text, 44, row, label, 8, color=GREY))
    for i, (label, value) in enumerate(right):
        row = 96.0 + i * 14
        later.add("value_r", partial(s.text, 418, row, value, 8.5, bold=True))
        later.add("label_r", partial(s.text, 300, row, label, 8, color=GREY))
    s.mark("btn", d.real_btn)
    rows = address_lines(d.service)
    later.add("label_r", lambda: s.text(300, 124, "Service Address", 8, color=GREY))
    later.add("value_r", lambda: s.lines(418, 124, rows, 9))
    s.mark("service", address_key(d.service))
    attn = attention_line(d) if r.random() < 0.7 else ""
    later.add("window", lambda: mailing_block(s, d, 60, 176, 9.5, attn=attn))
    later.run(r.choice((("value_r", "value_l", "label_r", "label_l"),
                        ("value_l", "label_r", "value_r", "label_l"),
                        ("label_l", "value_r", "value_l", "label_r"))))
    # the lines: numbers in one column, their services in another, drawn column by column
    y = 250.0
    s.band(y, 16, LIGHT)
    s.text(44, y + 11, "Local Service", 9.5, bold=True, color=s.accent)
    y += 32
    table = Later()
    what = "Business Line" if not d.customer.person else "Residence Line"
    for k, n in enumerate(d.numbers):
        line_y = y + k * 13
        kind = what if k == 0 else r.choice((what, "Fax Line", "Alarm Line"))
        table.add("amount", partial(s.text, W - 44, line_y, money(r, 18, 45), 8.5,
                                    align="right"))
        table.add("what", partial(s.text, 200, line_y, kind, 8.5))
        table.add("number", partial(s.text, 44, line_y, phone(n, "dash"), 9))
    table.run(("amount", "what", "number"))
    y += 13 * len(d.numbers) + 10
    for label in ("Long Distance (see detail)", "Federal Subscriber Line Charge",
                  "NY State Surcharge", "Delaware County E911"):
        s.text(60, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 60), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 20, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 50, count=2, size=7.5)
    remit_stub(s, d, y=640)


# --- ITC: the account box set one glyph at a time ---------------------------------------------

@family("itc_kerned", carrier="itc_sd", region="ITC", lines=(1, 4), dialed=0, person_share=0.5,
        account=lambda r, c, b: b[-10:], font="DejaVuSans",
        modelled_on="ITC (Interstate Telecommunications Cooperative, Clear Lake, South Dakota) "
        "statements: the account box and headings set in tracked type (each glyph placed on "
        "its own), the account number the billing telephone number's ten digits, the billing "
        "number printed apart under its label, trustees and 'Incorporated' written out, a "
        "'PAID' stamp pressed on the kept copy",
        accent="#00608A")
def itc_kerned(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    if d.customer.person and r.random() < 0.5:
        d.name = f"{d.name}, Trustee"
    elif not d.customer.person:
        d.name = d.name.replace("Inc.", "Incorporated").replace("Co.", "Company")
    day = d.statement_date
    track = r.choice((0.4, 0.7, 1.0))
    s.wordmark(40, 50, "itc", 28, "#00608A")
    s.text(40, 64, "Interstate Telecommunications Cooperative", 7.5, color=GREY)
    spaced(s, 330, 44, "MEMBER STATEMENT", 12, 2.4)
    s.box(330, 54, W - 366, 84, stroke=s.accent, radius=4)
    rows = (("Account", d.printed_account), ("Statement date", date_text(day, "abbr")),
            ("Billing telephone", phone(d.real_btn, "paren")),
            ("Amount due", money(r, 50, 350)))
    for i, (label, value) in enumerate(rows):
        glyphs(s, 340, 70 + i * 17, label, 8, track=track, color=GREY)
        glyphs(s, 450, 70 + i * 17, value, 9, track=track, bold=True)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 112, 9.5)
    spaced(s, 44, 170, "ACCOUNT HOLDER", 8.5, 1.8)
    glyphs(s, 44, 184, d.name, 10, track=track, bold=True)
    spaced(s, 44, 204, "SERVICE LOCATION", 8.5, 1.8)
    for i, row in enumerate(address_lines(d.service)):
        glyphs(s, 44, 218 + i * 12, row, 9, track=track)
    s.mark("service", address_key(d.service))
    y = 270.0
    spaced(s, 44, y, "LOCAL SERVICE", 9, 2.0)
    y += 16
    for n in d.numbers:
        glyphs(s, 44, y, phone(n, "paren"), 9, track=track)
        s.text(200, y, r.choice(("Single line", "Single line", "Fax line", "Second line")), 8.5)
        s.text(W - 44, y, money(r, 18, 40), 8.5, align="right")
        y += 13
    y += 10
    for label in ("Fiber Internet 1 Gig", "Federal Subscriber Line Charge",
                  "SD 911 Emergency Surcharge", "Capital credits retired (credit)"):
        s.text(60, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 90), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 22, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    s.text(40, y + 52, "ITC members: the annual meeting is held in Clear Lake each June.", 7.5,
           color=GREY)
    remit_stub(s, d, y=640, account_label="Account")
    paid = day + timedelta(days=r.randint(4, 18))
    rubber_stamp(s, 400, y - 40, ["PAID", f"{paid.month}/{paid.day}/{paid.year % 100:02d}"],
                 color="#1F6F3F", size=16, angle=-10)
