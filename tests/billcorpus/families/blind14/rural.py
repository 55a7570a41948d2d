"""FOURTEENTH BLIND SPLIT: not for the reader's author (see families/blind14/__init__.py).

Silver Star Communications (Star Valley, Wyoming, and the Teton Valley of Idaho), Citizens
Telephone Cooperative (Floyd County, Virginia) and Twin Lakes Telephone Cooperative (the Upper
Cumberland, Tennessee), the last as the customer service record it sends a gaining carrier.

Modelled on small-ILEC statements of Silver Star's kind (the account number built from the
billing telephone number with a customer code and a check digit, the BTN printed apart on some
bills and only inside the account number on others, grid addresses of the intermountain West,
'NOVEMBER 2026 STATEMENT' over a labelled billing date, a past-due notice with a disconnection
date among four other dates), on co-operative statements of Citizens' kind (a change of owner:
'service transferred from ... to ...' with both names, a line table with a status column where
a number ported away or disconnected stays listed, names with apostrophes and suffixes, a
remittance stub with a scan line) and on CSR printouts of Twin Lakes' kind (each line's features
carrying other numbers: call forwarding to a number outside the account, a hunt group's members,
a distinctive ring number, a remote call forward; the account number built from the BTN; the
port-out PIN masked; the customer's tax ID).
"""

from __future__ import annotations

import random
from datetime import timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind14.parts import move_to, outside, suffixed_person
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

_MONO = "Courier"


def _from_btn(r: random.Random, btn: str) -> str:
    """'307-555-0100-472' or '307 555-0100 472 5': the BTN's digits, a customer code and, in
    the second shape, a check digit."""
    d = btn[-10:]
    code = f"{r.randint(100, 999)}"
    if r.random() < 0.5:
        return f"{d[:3]}-{d[3:6]}-{d[6:]}-{code}"
    return f"{d[:3]} {d[3:6]}-{d[6:]} {code} {r.randint(0, 9)}"


def _grid(d: Draft) -> Address:
    """Intermountain grid addresses: '1234 S 500 E', '87 N 3200 W', or a county road."""
    r = d.rng
    assert d.service is not None
    shape = r.randrange(3)
    if shape == 0:
        line1 = (f"{r.randint(1, 9)}{r.randint(0, 9)}{r.randint(0, 9)}{r.randint(0, 9)} "
                 f"{r.choice('NS')} {r.randint(1, 40) * 100} {r.choice('EW')}")
    elif shape == 1:
        line1 = f"{r.randint(10, 999)} {r.choice('NS')} {r.randint(1, 9) * 1000 + 500} " \
                f"{r.choice('EW')}"
    else:
        line1 = f"{r.randint(100, 9999)} County Road {r.randint(100, 199)}"
    return Address(line1, "", d.service.city, d.service.state, d.service.postal_code)


@family("silverstar_btn_account", carrier="silverstar", region="SSW", lines=(1, 4), dialed=8,
        person_share=0.6, account=lambda r, c, b: _from_btn(r, b),
        modelled_on="small-ILEC statements of Silver Star Communications' kind (Star Valley, "
        "Wyoming): the account number built from the billing telephone number with a customer "
        "code and a check digit, the BTN printed apart on some bills and only inside the "
        "account number on others, grid addresses ('1234 S 500 E', 'County Road 117'), a "
        "'NOVEMBER 2026 STATEMENT' heading over a labelled billing date, a past-due notice "
        "with a disconnection date among the bill's other dates",
        accent="#1B4F72", font="Helvetica")
def silverstar_btn_account(s: Sheet, d: Draft) -> None:
    r = s.rng
    move_to(d, _grid(d))
    assert d.service is not None
    bill = d.statement_date
    s.wordmark(40, 46, "Silver Star", 22, "#1B4F72")
    s.text(40, 60, "Communications  \u00b7  " + d.carrier.domain, 8, color=GREY)
    s.text(W - 40, 40, f"{bill:%B %Y} STATEMENT".upper(), 13, bold=True, align="right")
    apart = r.random() < 0.5
    facts = [("Account Number", d.printed_account),
             ("Billing Date", date_text(bill, "us")),
             ("Payment Due", date_text(bill + timedelta(days=20), "us"))]
    if apart:
        facts.insert(1, ("Billing Telephone Number", phone(d.real_btn, "dash")))
    for i, (label, value) in enumerate(facts):
        s.text(330, 62 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 62 + i * 12, value, 8.5, bold=True, align="right")
    if apart:
        s.mark("btn", d.real_btn)
    else:
        d.btn = None  # only inside the account number: the page never says which line it is
    mailing_block(s, d, 60, 110, 9.5)
    s.text(40, 186, "Service Location", 8, bold=True, color=s.accent)
    s.lines(40, 199, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 240.0
    if r.random() < 0.6:
        last = bill - timedelta(days=r.randint(30, 33))
        cut = bill + timedelta(days=r.randint(27, 35))
        s.box(36, y - 12, W - 72, 44, fill=LIGHT)
        s.text(44, y, "PAST DUE NOTICE", 10, bold=True, color=s.accent)
        s.text(44, y + 13, f"Your payment of {money(r, 40, 200)} due {date_text(last, 'us')} "
               f"has not been received. Pay the past-due amount by "
               f"{date_text(cut - timedelta(days=5), 'us')}", 8)
        s.text(44, y + 24, f"to avoid disconnection of service on {date_text(cut, 'us')}. "
               f"Last payment received {date_text(last - timedelta(days=29), 'us')}.", 8)
        y += 50
    s.text(40, y + 4, "Local Service", 10, bold=True, color=s.accent)
    rows = [(phone(n, "dash"), r.choice(("Residential Line", "Business Line", "Local Line"))
             + (" w/ Voice Mail" if r.random() < 0.3 else ""), money(r, 18, 42))
            for n in d.numbers]
    y = s.table(40, y + 24, ("Telephone Number", "Service", "Amount"), rows, (160, 260, 90),
                size=8.5, align=("left", "left", "right"))
    for label in ("Fiber Internet 250", "Federal Universal Service Fund", "Wyoming USF",
                  "E911 Fee", "Total Current Charges"):
        s.text(60, y + 8, label, 8.5, bold=label.startswith("Total"))
        s.text(470, y + 8, money(r, 1, 120), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 22, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    s.text(40, y + 46, d.carrier.legal, 6.5, color=GREY)
    remit_stub(s, d, y=626, account_label="Account Number")


_FOLKS = ("O'Dell's Country Store, Incorporated", "Hylton & Sons Lumber Company",
          "The Blue Ridge Grange", "Floyd Feed and Seed, L.L.C.", "Harman's 8th Street Garage",
          "Slusher Bros. Orchards Co.")


@family("citizens_transfer", carrier="citizens_va", region="CVA", lines=(2, 5), dialed=8,
        person_share=0.5, account=lambda r, c, b: f"{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        modelled_on="member statements of Citizens Telephone Cooperative's kind (Floyd, "
        "Virginia): a change of owner ('Service transferred from ... to ... on <date>', the "
        "previous account holder named), a line table with a status column where a number "
        "ported away or disconnected stays listed and a seasonal line is suspended, names with "
        "apostrophes, suffixes, '&' and spelled-out legal forms, a remittance stub with a scan "
        "line",
        accent="#2E7D32", font="Helvetica")
def citizens_transfer(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.name = suffixed_person(r) if d.customer.person else r.choice(_FOLKS)
    previous = person_name(r) if d.customer.person else r.choice(
        [f for f in _FOLKS if f != d.name])
    bill = d.statement_date
    moved = bill - timedelta(days=r.randint(5, 25))
    s.wordmark(40, 46, "Citizens", 24, "#2E7D32")
    s.text(40, 60, d.carrier.legal, 8, color=GREY)
    s.text(W - 40, 40, "Member Statement", 13, bold=True, align="right")
    facts = (("Member Account", d.printed_account), ("Date of Bill", date_text(bill, "long")),
             ("Due Date", date_text(bill + timedelta(days=18), "long")),
             ("Amount Due", money(r, 60, 400)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 60 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 60 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.box(36, 170, W - 72, 40, fill=LIGHT)
    s.text(44, 183, "Change of account holder", 9, bold=True, color=s.accent)
    s.text(44, 196, f"Service transferred from {previous} to {d.name} on "
           f"{date_text(moved, 'us')}.", 8.5)
    s.text(44, 207, f"Previous account holder: {previous}. Charges before "
           f"{date_text(moved, 'us')} were billed to the previous holder.", 7.5, color=GREY)
    s.text(40, 230, "Service Address", 8, bold=True, color=s.accent)
    s.lines(40, 243, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(330, 230, "Main Telephone Number", 8, bold=True, color=s.accent)
    s.text(330, 243, phone(d.real_btn, "paren"), 9)
    s.mark("btn", d.real_btn)
    rows: list[tuple[str, str, str, bool]] = []
    for k, n in enumerate(d.numbers):
        status = "Seasonal suspend" if k and r.random() < 0.2 else "Active"
        rows.append((phone(n, "paren"), "Main line" if k == 0 else "Additional line", status,
                     False))
    gone = [(outside(d), "Ported out " + date_text(bill - timedelta(days=r.randint(3, 40)), "us"))
            for _ in range(r.randint(0, 1))]
    gone += [(outside(d), "Disconnected " + date_text(moved, "us"))
             for _ in range(r.randint(1, 2) if len(gone) == 0 else r.randint(0, 1))]
    for n, status in gone:
        rows.insert(r.randint(1, len(rows)), (phone(n, "paren"), "Additional line", status,
                                              True))
    s.band(296, 16, LIGHT)
    s.text(44, 307, "Your Lines", 9.5, bold=True, color=s.accent)
    y = 328.0
    for head, x in (("Number", 44), ("Service", 170), ("Status", 300), ("Charge", 520)):
        s.text(x, y, head, 8, bold=True, align="right" if head == "Charge" else "left")
    y += 14
    for number, what, status, away in rows:
        role = "help" if away else ""
        with s.roled(role):
            s.text(44, y, number, 8.5)
        s.text(170, y, what, 8.5)
        s.text(300, y, status, 8.5)
        s.text(520, y, "$0.00" if away else money(r, 18, 40), 8.5, align="right")
        y += 12
    s.text(44, y + 6, "Numbers ported out or disconnected are shown for one bill after the "
           "change and are no longer on this account.", 7, color=GREY)
    with s.roled("help"):
        s.lines(40, y + 30, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    remit_stub(s, d, y=626, account_label="Member Account")


_USOC = {"1FR": "RES LINE", "1FB": "BUS LINE", "CFV": "CALL FWD VARIABLE",
         "CFB": "CALL FWD BUSY LINE", "RCF": "REMOTE CALL FWD", "DRS": "DISTINCTIVE RING",
         "HTG": "HUNT GROUP", "ESX": "CUSTOM CALLING PKG", "NSS": "NON-LIST"}


@family("twinlakes_csr_features", carrier="twinlakes", region="TLK", lines=(2, 5), dialed=0,
        person_share=0.4, account=lambda r, c, b: _from_btn(r, b),
        modelled_on="customer service records as Twin Lakes Telephone Cooperative (Gainesboro, "
        "Tennessee) sends them to a gaining carrier: a monospaced printout with field codes "
        "(ACCT built from the BTN, BTN, LN, SA, BA), each line with USOCs whose features carry "
        "other numbers (call forwarding to a number outside the account, hunt group members, "
        "a distinctive ring number, a remote call forward to another town), the port-out PIN "
        "masked, the customer's federal tax ID, a run date",
        accent="#000000", font="Courier")
def twinlakes_csr_features(s: Sheet, d: Draft) -> None:
    r = s.rng
    if d.customer.person:
        d.name = suffixed_person(r)
    d.upper()
    d.carrier_printed = "TWIN LAKES TELEPHONE COOPERATIVE"
    assert d.service is not None and d.billing is not None
    extra = d.pool.one(d.customer.npa)  # a distinctive ring number on the main line: its own
    rcf = d.pool.one(d.customer.npa)  # a remote call forward number of the account's
    d.numbers += [extra, rcf]
    s.text(40, 44, f"{d.carrier_printed} - CUSTOMER SERVICE RECORD", 10, font=_MONO, bold=True)
    s.text(40, 58, f"RUN {date_text(d.statement_date, 'us')}  REQ {digits(r, 9)}  PG 1 OF 1",
           8, font=_MONO)
    s.rule(36, 66, W - 36, 0.6)

    def field(y: float, code: str, value: str) -> float:
        s.text(40, y, f"{code:<7}{value}", 8.5, font=_MONO)
        return y + 11.5

    y = field(88, "ACCT", d.printed_account)
    y = field(y, "BTN", phone(d.real_btn, "dash"))
    s.mark("btn", d.real_btn)
    y = field(y, "LN", d.name)
    svc = d.service
    y = field(y, "SA", f"{svc.line1}{' ' + svc.line2 if svc.line2 else ''}")
    y = field(y, "", f"{svc.city} {svc.state} {svc.postal_code}")
    s.mark("service", address_key(svc))
    bill = d.billing
    y = field(y, "BA", f"{bill.line1}{' ' + bill.line2 if bill.line2 else ''}")
    y = field(y, "", f"{bill.city} {bill.state} {bill.postal_code}")
    y = field(y, "TAXID", f"{r.randint(10, 99)}-{digits(r, 7)}")
    y = field(y, "PIN", "**** (PORT-OUT PIN ON FILE)")
    y = field(y + 6, "", "--- LINES AND FEATURES ---")
    line = "1FR" if d.customer.person else "1FB"
    lines = [n for n in d.numbers if n not in (extra, rcf)]
    for k, n in enumerate(lines):
        y = field(y, "TN", f"{phone(n, 'dash')}  {line}  {_USOC[line]}")
        if k == 0:
            y = field(y, "", f"  DRS  {_USOC['DRS']}  /TN {phone(extra, 'dash')}")
        if r.random() < 0.5:
            dest = outside(d, r.choice(("615", "931", "423")))
            with s.roled("help"):
                y = field(y, "", f"  CFB  {_USOC['CFB']}  /FWD TO {phone(dest, 'dash')}")
        else:
            y = field(y, "", f"  ESX  {_USOC['ESX']}")
    if len(lines) > 1:
        y = field(y + 4, "HTG", f"{_USOC['HTG']} PILOT {phone(lines[0], 'dash')}")
        y = field(y, "", "  MEMBERS " + " ".join(phone(n, "dash") for n in lines[1:]))
    dest = outside(d, r.choice(("615", "629")))
    y = field(y + 4, "TN", f"{phone(rcf, 'dash')}  RCF  {_USOC['RCF']}")
    with s.roled("help"):
        y = field(y, "", f"  /RCF TO {phone(dest, 'dash')} (NASHVILLE)")
    y = field(y + 4, "DL", f"LISTED  {d.name}")
    s.text(40, y + 20, "*** END OF CSR ***   FORWARDING DESTINATIONS ARE NOT NUMBERS ON THIS "
           "ACCOUNT", 7.5, font=_MONO)
    with s.roled("help"):
        s.text(40, y + 34, f"QUESTIONS {d.carrier.help_lines[0][1]}", 8, font=_MONO)
