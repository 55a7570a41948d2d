"""EIGHTEENTH BLIND SPLIT: not for the reader's author (see families/blind18/__init__.py).

AP&T (Alaska Power & Telephone, Skagway and Prince of Wales Island), HCTC (Hill Country
Telephone Cooperative, Ingram, Texas), Mid-Century Communications (Mid-Century Telephone
Cooperative, Fairview, Illinois), Triangle Communications (Havre, Montana) and Chibardun
(Chibardun Telephone Cooperative, Dallas, Wisconsin): telephone companies and co-ops.

Sources (their public billing pages; the bills are drawn from what they describe, no real bill
copied): aptalaska.com/billing-support ('Guides to your bills': telephone billed a month ahead,
a balance forward, payments to PO Box 3222 Port Townsend, local offices); hctc.net/faq and the
co-op's business voice pages (hosted lines with extensions, fax lines, trouble tickets);
midcentury.com business services and the co-op's 'understanding your bill' guide (a summary over
several locations, a customer number beside the account number); itstriangle.com 'reading your
bill' (a summary panel beside the charges, member services); chibardun.net billing help (the
statement's service detail, toll-free service billed on the account). General co-op bill guides
read alongside: nebnet.net 'About your phone bill' (payment return on top, summary, detail,
messages) and skybest.com 'How to read your business services bill'.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import help_lines, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind18.parts import (
    WHITE,
    amount_like_phone,
    dark_sidebar,
    landscape,
    own_toll_free,
    ref_like_phone,
    running_head,
    set_billing,
    set_service,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, did_range, digits, money, phone
from tests.billcorpus.people import person_name, po_box, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

_DIRS = ("N", "S", "E", "W", "NE", "SW")
_ANY_DIR = frozenset(("N", "S", "E", "W", "NE", "NW", "SE", "SW"))


# --- AP&T: the mailing box first, the service location later, a table broken over the page ----

def _apt_rural(d: Draft) -> None:
    """Where AP&T's customers live: highway mileposts, highway-contract boxes, a unit written on
    its own line above the street."""
    r, a = d.rng, d.customer.service
    kind = r.randrange(3)
    if kind == 0:
        road = r.choice(("Haines Hwy", "Klondike Hwy", "Tok Cutoff", "Craig-Klawock Hwy"))
        line1, line2 = f"Mile {r.randint(1, 40)}.{r.randint(1, 9)} {road}", ""
    elif kind == 1:
        line1, line2 = f"HC {r.randint(60, 69)} Box {r.randint(1000, 9999)}", ""
    else:
        line1, line2 = a.line1, r.choice(("Unit 4", "Apt B", "Unit 12", "Space 7", "Trlr 3"))
    set_service(d, replace(a, line1=line1, line2=line2), billing_same=False)
    city = (a.city, a.state, a.postal_code[:3], d.customer.npa)
    set_billing(d, po_box(r, city, "US", False))


@family("apt_mailfirst", carrier="apt_ak", region="APT", lines=(3, 6), dialed=0,
        person_share=0.4, block=0.5, block_size=(6, 12),
        account=lambda r, c, b: f"{digits(r, 6)}-{digits(r, 2)}",
        modelled_on="AP&T (Alaska Power & Telephone) telephone statements (aptalaska.com "
        "billing support): the mailing address (a post office box) printed first under 'Mail "
        "To', the service location only later on page 2 and different from it (highway "
        "mileposts, HC boxes, the unit on its own line above the street); the telephone "
        "services table starts on page 1 and runs onto page 2 without its header repeated; "
        "telephone billed a month ahead with a prorated line and a balance forward. Ideas 1, 8, "
        "11 and 16 (its scans through the corpus's scan maker)",
        accent="#00563F", font="Helvetica")
def apt_mailfirst(s: Sheet, d: Draft) -> None:
    r = s.rng
    _apt_rural(d)
    assert d.service is not None and d.billing is not None
    day = d.statement_date
    s.wordmark(40, 48, "AP&T", 24, "#00563F")
    s.text(40, 62, d.carrier.legal, 7.5, color=GREY)
    s.text(40, 92, "Mail To", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 40, 106, 9.5)
    facts = (("Account Number", d.printed_account), ("Bill Date", date_text(day, "us")),
             ("Billing Telephone Number", phone(d.real_btn, "dash")),
             ("Balance Forward", money(r, 0, 90)), ("Total Due", money(r, 60, 600)),
             ("Due Date", date_text(day + timedelta(days=24), "us")))
    for i, (label, value) in enumerate(facts):
        s.text(330, 92 + i * 13, label, 8, color=GREY)
        s.text(W - 44, 92 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.band(190, 15, LIGHT)
    s.text(44, 201, "Summary of Charges", 9.5, bold=True, color=s.accent)
    y = 220.0
    for label in ("Previous Balance", "Payment Received - Thank You", "Telephone Service",
                  "Internet Service", "Taxes and Surcharges", "Current Charges"):
        s.text(60, y, label, 8.5)
        s.text(W - 44, y, money(r, 5, 250), 8.5, align="right")
        y += 12
    y += 8
    with s.roled("help"):
        s.lines(40, y, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    y += 36
    s.text(40, y, "Telephone services are billed one month in advance; your first bill shows a "
           "partial month and a full month.", 7.5, color=GREY)
    y += 14
    notices(s, d, 40, y, count=2, size=7.5)
    y = max(y + 44, 530.0)
    # the services table: its header once, its rows running onto page 2 with no header
    s.band(y, 15)
    s.text(44, y + 11, "Telephone Services", 9, bold=True, color=WHITE)
    y += 28
    s.text(60, y, "Number", 7.5, bold=True)
    s.text(200, y, "Service", 7.5, bold=True)
    s.text(W - 44, y, "Amount", 7.5, bold=True, align="right")
    y += 13
    rows: list[tuple[str, str]] = []
    for n in d.singles():
        rows.append((phone(n, "dash"), "Business Line" if n == d.real_btn and not
                     d.customer.person else r.choice(("Residential Line", "Additional Line",
                                                      "Fax Line", "Business Line"))))
    for first, count in d.ranges:
        rows.append((did_range(first, count, "THRU", "dash"), f"DID Block ({count} numbers)"))
    rows.append(("", "Prorated service 1 partial month"))
    page = 1
    for num, what in rows:
        if y > 600 and page == 1:
            remit_stub(s, d, y=640)
            s.new_page()
            page = 2
            running_head(s, d, 2, 2)
            y = 70.0
        s.text(60, y, num, 8.5)
        s.text(200, y, what, 8.5)
        s.text(W - 44, y, money(r, 3, 60), 8.5, align="right")
        y += 13
    if page == 1:
        remit_stub(s, d, y=640)
        s.new_page()
        running_head(s, d, 2, 2)
        y = 70.0
    y += 16
    s.text(44, y, "Service Location", 9, bold=True, color=s.accent)
    a = d.service
    rows_a = ([a.line2, a.line1] if a.line2 else [a.line1]) + [address_lines(a)[-1]]
    s.lines(60, y + 14, rows_a, 9)
    s.mark("service", address_key(a))
    y += 14 + 12 * len(rows_a) + 16
    notices(s, d, 40, y, count=3, size=7.5)


# --- HCTC: extensions, a fax line, reference numbers shaped like telephone numbers -----------

@family("hctc_extensions", carrier="hctc", region="HCT", lines=(5, 10), dialed=0,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 5)}",
        modelled_on="HCTC (Hill Country Telephone Cooperative, Ingram, Texas) business voice "
        "statements (hctc.net FAQ and business voice pages): a hosted system's lines each "
        "with its extension ('x204', 'ext. 12') and user, a fax line listed as such (still "
        "the customer's), trouble ticket and order numbers in the 3-3-4 shape of a telephone "
        "number, minutes and rates that read like a number's tail ('555.0199'); the lines "
        "table breaks at the page foot and goes on at the top of page 2 with no header. Ideas "
        "2, 9 and 11",
        accent="#7A1F2B", font="DejaVuSans")
def hctc_extensions(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 50, "HCTC", 26, "#7A1F2B")
    s.text(40, 64, "Hill Country Telephone Cooperative \u00b7 Business Services", 7.5,
           color=GREY)
    facts = (("Account No.", d.printed_account), ("Statement Date", date_text(day, "abbr")),
             ("Main Billing Number", phone(d.real_btn, "paren")),
             ("Amount Due", money(r, 150, 1400)),
             ("Trouble Ticket", ref_like_phone(d)))
    for i, (label, value) in enumerate(facts):
        s.text(340, 44 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 120, 9.5)
    s.text(340, 120, "Service Address", 8, bold=True, color=s.accent)
    s.lines(340, 133, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 196, f"Order {ref_like_phone(d)} completed "
           f"{date_text(day - timedelta(days=r.randint(3, 20)), 'us')}: two new extensions "
           "added.", 7.5, color=GREY)
    s.text(40, 208, f"Long distance this period: {amount_like_phone(d)} minutes at "
           f"$0.0{r.randint(1, 4)}9 per minute.", 7.5, color=GREY)
    y = 232.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Account Summary", 9.5, bold=True, color=s.accent)
    y += 30
    for label in ("Previous Balance", "Payment Received", "Hosted Voice", "Dedicated Internet",
                  "Long Distance", "Taxes, Fees and Surcharges", "Total Current Charges"):
        s.text(60, y, label, 8.5)
        s.text(W - 44, y, money(r, 2, 500), 8.5, align="right")
        y += 12
    y = max(y + 20, 500.0)
    s.band(y, 15)
    s.text(44, y + 11, "Hosted Voice Lines", 9, bold=True, color=WHITE)
    y += 28
    for x, head in ((60, "Telephone Number"), (210, "Ext."), (260, "User"), (400, "Type")):
        s.text(x, y, head, 7.5, bold=True)
    s.text(W - 44, y, "Monthly", 7.5, bold=True, align="right")
    y += 13
    style = r.choice(("x", "ext"))
    fax = d.numbers[-1]
    page = 1
    for k, n in enumerate(d.numbers):
        if y > 615 and page == 1:
            remit_stub(s, d, y=640, account_label="Account No.")
            s.new_page()
            page = 2
            running_head(s, d, 2, 2, label="Account No.")
            y = 66.0
        ext = f"{100 + 10 * k + r.randint(0, 9)}" if n != fax else ""
        shown = phone(n, "dash") + (f" x{ext}" if style == "x" and ext else
                                    f" ext. {ext}" if ext else "")
        s.text(60, y, shown, 8.5)
        s.text(210, y, ext or "-", 8.5)
        s.text(260, y, "Fax" if n == fax else "Main / Auto Attendant" if k == 0
               else person_name(r), 8.5)
        s.text(400, y, "Fax Line" if n == fax else "Hosted Seat", 8.5)
        s.text(W - 44, y, money(r, 15, 40), 8.5, align="right")
        y += 13
    if page == 1:
        y += 8
        with s.roled("help"):
            s.lines(40, y, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
        remit_stub(s, d, y=640, account_label="Account No.")
        s.new_page()
        running_head(s, d, 2, 2, label="Account No.")
        y = 66.0
    else:
        with s.roled("help"):
            s.lines(40, y + 10, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
        y += 40
    y += 14
    for label in ("Federal Universal Service Fund", "Texas USF", "9-1-1 Service Fee",
                  "Capital Credits (credit)"):
        s.text(60, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 40), 8.5, align="right")
        y += 12
    notices(s, d, 40, y + 20, count=2, size=7.5)


# --- Mid-Century: a summary over locations, a table wider than the page, check digits -------

_COLS_RIGHT = ("Voicemail", "Caller ID", "LD Plan", "E911", "Monthly")


def _mct_subs(d: Draft) -> list[SubAccount]:
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    subs = [SubAccount(f"{digits(r, 9)} {digits(r, 1)}", d.real_btn, d.service,
                       tuple(d.numbers))]
    for _ in range(r.randint(1, 2)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(2, 4)))
        subs.append(SubAccount(f"{digits(r, 9)} {digits(r, 1)}", nums[0],
                               us_address(r, city, 0.4), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"service_address": tuple(x.service for x in subs),
                      "btn": tuple(x.btn for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.add("multi_site")
    return subs


@family("midcentury_summary", carrier="midcentury", region="MCC", lines=(2, 4), dialed=0,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 9)}-{digits(r, 1)}",
        modelled_on="Mid-Century Communications (Mid-Century Telephone Cooperative, Fairview, "
        "Illinois) business summary statements: a master account whose check digit is printed "
        "apart ('123456789-0') beside a Customer ID and a Billing Account ID, one sub-account "
        "per location with its main number and address; the lines table is wider than the "
        "page and printed over two page widths (numbers and users on page 2, their features "
        "and amounts on page 3); continuation pages carry a running header 'Page 2 of 3 | "
        "ACME HOLDI... | Acct 1234'. Ideas 4, 5 and 6",
        accent="#004B87", font="Helvetica")
def midcentury_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    subs = _mct_subs(d)
    day = d.statement_date
    places = r.sample(("Main Office", "Shop", "Elevator", "Branch", "Clinic", "Yard"), len(subs))
    s.wordmark(40, 48, "Mid-Century", 20, "#004B87")
    s.text(40, 62, "Communications \u00b7 " + d.carrier.legal, 7.5, color=GREY)
    facts = (("Account Number", d.printed_account), ("Customer ID", d.customer_id),
             ("Billing Account ID", f"BA{digits(r, 8)}"), ("Statement Date",
                                                          date_text(day, "long")),
             ("Total Due", money(r, 200, 2400)))
    for i, (label, value) in enumerate(facts):
        s.text(340, 44 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 120, 9.5, attn="ATTN: ACCOUNTS PAYABLE")
    y = 196.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Summary by Location", 9.5, bold=True, color=s.accent)
    y += 30
    for k, x in enumerate(subs):
        s.text(44, y, f"{places[k]}  \u00b7  Sub-Account {x.account_number}", 8.5, bold=True)
        s.text(W - 44, y, money(r, 40, 600), 8.5, bold=True, align="right")
        s.text(60, y + 12, "Main Number", 7.5, color=GREY)
        s.text(130, y + 12, phone(x.btn, "paren"), 8.5)
        s.mark("btn", x.btn)
        s.text(250, y + 12, "Service Address", 7.5, color=GREY)
        s.text(330, y + 12, f"{x.service.line1} {x.service.line2}".strip() + ", "
               + address_lines(x.service)[-1], 8)
        s.mark("service", address_key(x.service))
        y += 32
    with s.roled("help"):
        s.lines(40, y + 8, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 44, count=2, size=7.5)
    remit_stub(s, d, y=640)
    # page 2: the left half of the lines table; page 3: its right half, same rows
    rows = [(places[k], x.account_number, n, person_name(r) if n != x.btn else "Main Line")
            for k, x in enumerate(subs) for n in x.numbers]
    s.new_page()
    running_head(s, d, 2, 3)
    s.text(44, 66, "Lines by Location (columns 1-4 of 9; columns 5-9 on page 3)", 10, bold=True,
           color=s.accent)
    y = 90.0
    for x0, head in ((44, "Location"), (150, "Sub-Account"), (290, "Telephone Number"),
                     (420, "User")):
        s.text(x0, y, head, 7.5, bold=True)
    y += 14
    for place, acct, n, user in rows:
        s.text(44, y, place, 8.5)
        s.text(150, y, acct, 8.5)
        s.text(290, y, phone(n, "dash"), 8.5)
        s.text(420, y, user, 8.5)
        y += 13
    s.new_page()
    running_head(s, d, 3, 3)
    s.text(44, 66, "Lines by Location (continued: columns 5-9)", 10, bold=True, color=s.accent)
    y = 90.0
    for i, head in enumerate(_COLS_RIGHT):
        s.text(44 + i * 100, y, head, 7.5, bold=True)
    y += 14
    for _ in rows:
        for i in range(len(_COLS_RIGHT)):
            s.text(44 + i * 100, y, r.choice(("Yes", "No", "$2.00", "$4.95"))
                   if i < 4 else money(r, 20, 60), 8.5)
        y += 13


# --- Triangle: a dark summary panel, capitals with titles, a welcome naming the old carrier ---

_OLD = ("CenturyLink", "Nemont", "Mid-Rivers", "Frontier", "Verizon")


def _caps_name(d: Draft) -> tuple[str, str]:
    """The holder in capitals: a person 'LAST, FIRST' (a title on the envelope), a business
    with a role line. Returns the envelope's first line and its attention line."""
    r = d.rng
    d.upper()
    if d.customer.person:
        words = d.name.split()
        d.name = f"{words[-1]}, {' '.join(words[:-1])}"
        return f"{r.choice(('DR.', 'MR.', 'MS.', 'REV.'))} {' '.join(words)}", ""
    return d.name, r.choice(("ATTN: ACCOUNTS PAYABLE", "ATTN: OFFICE MANAGER",
                             f"ATTN: {person_name(r).upper()}, CONTROLLER"))


@family("triangle_panel", carrier="triangle_mt", region="TRI", lines=(1, 4), dialed=0,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 5)}",
        modelled_on="Triangle Communications (Triangle Telephone Cooperative, Havre, Montana) "
        "member statements ('reading your bill'): the account facts in a summary panel printed "
        "white on a dark ground beside the charges; the member's record in capitals, a person "
        "as 'LAST, FIRST' with a title on the envelope ('DR.'), a business with an "
        "'ATTN: ACCOUNTS PAYABLE' line; a welcome message naming the carrier the lines came "
        "from ('welcome from ...', 'ported from ...'). Ideas 7, 10 and 15",
        accent="#B3541E", font="Helvetica")
def triangle_panel(s: Sheet, d: Draft) -> None:
    r = s.rng
    envelope, attn = _caps_name(d)
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 50, "Triangle", 24, "#B3541E")
    s.text(40, 64, "Communications \u00b7 Member owned since 1953", 7.5, color=GREY)
    rows = (("ACCOUNT NUMBER", d.printed_account), ("ACCOUNT NAME", d.name),
            ("BILLING TELEPHONE NUMBER", phone(d.real_btn, "paren")),
            ("STATEMENT DATE", date_text(day, "upper")), ("AMOUNT DUE", money(r, 40, 400)))
    bottom = dark_sidebar(s, 392, 80, 184, rows, "YOUR ACCOUNT")
    s.mark("btn", d.real_btn)
    a = d.service
    s.box(392, bottom, 184, 62, fill=HexColor("#1B2A3A"))
    s.text(400, bottom + 14, "SERVICE ADDRESS", 7, color=HexColor("#C9D3DD"))
    s.lines(400, bottom + 26, address_lines(a, comma=False, unit_on_line1=True), 8.5,
            color=WHITE)
    s.mark("service", address_key(a))
    name_lines = [envelope]
    mailing_block(s, d, 60, 110, 9.5, attn=attn, comma=False, name_lines=name_lines)
    y = 200.0
    s.text(40, y, "LOCAL SERVICE", 9.5, bold=True, color=s.accent)
    y += 16
    for n in d.numbers:
        s.text(56, y, phone(n, "dash"), 9)
        s.text(170, y, r.choice(("BUSINESS LINE", "RESIDENCE LINE", "ADDITIONAL LINE")), 8.5)
        s.text(370, y, money(r, 18, 45), 8.5, align="right")
        y += 13
    y += 10
    for label in ("FIBER INTERNET 500", "FEDERAL SUBSCRIBER LINE CHARGE", "MT 911 FEE"):
        s.text(56, y, label, 8.5)
        s.text(370, y, money(r, 1, 80), 8.5, align="right")
        y += 12
    old = r.choice(_OLD)
    when = date_text(day - timedelta(days=r.randint(20, 60)), "long")
    s.text(40, y + 16, r.choice((f"Welcome from {old}! Your lines were ported from {old} on "
                                 f"{when}.", f"Welcome to Triangle. Your service moved from "
                                 f"{old} on {when}; your {old} bill may show a final credit.")),
           7.5)
    with s.roled("help"):
        s.lines(40, y + 38, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 72, count=2, size=7.5)
    remit_stub(s, d, y=640)


# --- Chibardun: directionals in capitals, the customer's toll-free numbers, a landscape page --

@family("chibardun_landscape", carrier="chibardun", region="CHB", lines=(2, 5), dialed=0,
        person_share=0.2, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 2)}",
        modelled_on="Chibardun (Chibardun Telephone Cooperative, Dallas, Wisconsin) business "
        "statements (chibardun.net billing help): the record in capitals with directionals and "
        "units run into the street ('123 N MAIN ST STE 4'); the customer's own toll-free "
        "numbers (8XX) billed on the account as toll-free service, listed beside the co-op's "
        "toll-free help lines; the service detail printed on a landscape page. Ideas 3, 5 "
        "and 8",
        accent="#2E6B30", font="DejaVuSans")
def chibardun_landscape(s: Sheet, d: Draft) -> None:
    r = s.rng
    a = d.customer.service
    street = a.line1.split(" ", 1)
    if not any(w.upper() in _ANY_DIR for w in a.line1.split()):
        street = [street[0], f"{r.choice(_DIRS)} {street[1]}"]
    unit = a.line2 or r.choice(("Ste 4", "Unit B", "# 12", "Ste 210"))
    set_service(d, replace(a, line1=" ".join(street), line2=unit))
    own = own_toll_free(d, r.randint(1, 2))
    d.upper()
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 50, "chibardun", 24, "#2E6B30")
    s.text(40, 64, d.carrier.legal, 7.5, color=GREY)
    facts = (("ACCOUNT NUMBER", d.printed_account), ("BILL DATE", date_text(day, "us")),
             ("BILLING NUMBER", phone(d.real_btn, "dash")), ("AMOUNT DUE", money(r, 90, 900)))
    for i, (label, value) in enumerate(facts):
        s.text(350, 44 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 112, 9.5, comma=False)
    s.text(350, 112, "SERVICE ADDRESS", 8, bold=True, color=s.accent)
    s.lines(350, 125, address_lines(d.service, comma=False, unit_on_line1=True), 9)
    s.mark("service", address_key(d.service))
    y = 190.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "ACCOUNT SUMMARY", 9.5, bold=True, color=s.accent)
    y += 30
    for label in ("PREVIOUS BALANCE", "PAYMENTS", "LOCAL SERVICE", "TOLL-FREE SERVICE",
                  "INTERNET", "TAXES AND FEES", "TOTAL CURRENT CHARGES"):
        s.text(60, y, label, 8.5)
        s.text(W - 44, y, money(r, 2, 300), 8.5, align="right")
        y += 12
    y += 12
    s.text(40, y, "CALL US TOLL-FREE", 8, bold=True)
    help_lines(s, d, 40, y + 12, 8)
    y += 44
    s.text(40, y, f"YOUR TOLL-FREE NUMBERS: {', '.join(phone(n, 'one_dash') for n in own)} "
           "(SEE PAGE 2)", 8, bold=True)
    notices(s, d, 40, y + 24, count=2, size=7.5)
    remit_stub(s, d, y=640)
    landscape(s)
    s.text(40, 40, f"{d.carrier.brand.upper()}  |  SERVICE DETAIL  |  ACCOUNT {d.printed_account}"
           "  |  PAGE 2 OF 2", 8, color=s.accent)
    s.rule(36, 48, 756, 0.6, s.accent)
    heads = ("TELEPHONE NUMBER", "SERVICE", "RINGS TO", "FEATURES", "FROM", "TO", "MONTHLY",
             "TAX", "TOTAL")
    xs = (40, 150, 270, 380, 500, 560, 620, 670, 720)
    y = 72.0
    for x0, head in zip(xs, heads, strict=True):
        s.text(x0, y, head, 7, bold=True)
    y += 14
    start, end = day - timedelta(days=30), day - timedelta(days=1)
    for n in d.numbers:
        toll = n in own
        cells = (phone(n, "one_dash" if toll else "dash"),
                 "TOLL-FREE SERVICE" if toll else r.choice(("BUSINESS LINE", "FAX LINE")),
                 phone(d.real_btn, "dash") if toll else "",
                 r.choice(("CALLER ID", "VOICEMAIL", "HUNTING", "-")),
                 f"{start:%m/%d}", f"{end:%m/%d}", money(r, 10, 40), money(r, 0, 4),
                 money(r, 12, 48))
        for x0, cell in zip(xs, cells, strict=True):
            s.text(x0, y, cell, 8)
        y += 13
