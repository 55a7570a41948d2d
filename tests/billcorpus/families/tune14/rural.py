"""Open tuning split tune14: Range Telephone (Wyoming and Montana) and Dickey Rural Networks
(North Dakota), two rural cooperatives.

Modelled on Range Telephone's member statements (the account number built from the billing
number's digits plus a customer code and a check digit, as ILECs print it; the billing number
printed apart under its own label, or only inside the account number; grid and road addresses;
the cooperative's tax and regulatory numbers beside the account and a masked port-out PIN) and
on Dickey Rural Networks' statements after a change of owner (the previous holder and the date
of the transfer printed beside the current holder; a building name before the street and the
floor or apartment spelled out).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import business_name, person_name
from tests.billcorpus.truth import Draft, address_key


def _btn_account(r: random.Random, b: str) -> str:
    """'307-555-0100-472' or '307 555-0100 472 5': the BTN's digits, a customer code and, in
    the second shape, a check digit."""
    ten = b[-10:]
    if r.random() < 0.5:
        return f"{ten[:3]}-{ten[3:6]}-{ten[6:]}-{digits(r, 3)}"
    return f"{ten[:3]} {ten[3:6]}-{ten[6:]} {digits(r, 3)} {r.randint(0, 9)}"


def _grid_address(d: Draft) -> None:
    """Rural Wyoming shapes: a grid address ('1234 S 500 E'), a county road ('N1234 County Rd
    K'), a state highway with a letter prefix ('W5678 State Hwy 120'); 'Apartment' spelled out."""
    r = d.rng
    old = d.customer.service
    line1 = r.choice((
        f"{r.randint(100, 4999)} {r.choice('NS')} {r.randint(1, 9)}00 {r.choice('EW')}",
        f"{r.choice('NSEW')}{r.randint(1000, 9999)} County Rd {r.choice('ABCDHKMN')}",
        f"{r.choice('NSEW')}{r.randint(1000, 9999)} State Hwy {r.choice(('120', '20', '789'))}",
        f"{r.randint(10, 999)} Lane {r.randint(8, 14)}"))
    unit = r.choice(("", "", f"Apartment {r.randint(1, 12)}", "Building 2"))
    service = Address(line1, unit, old.city, old.state, old.postal_code)
    billing = service if d.customer.billing == old else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


@family("range_btnacct", carrier="range_tel", region="RTWY", lines=(1, 4), dialed=6,
        person_share=0.4, account=lambda r, c, b: _btn_account(r, b),
        modelled_on="member statements of Range Telephone's kind (Forsyth, Montana; Wyoming "
        "exchanges): the account number built from the billing number's digits plus a "
        "customer code and a check digit, the billing number printed apart or only inside "
        "the account number, grid and county-road addresses, the cooperative's federal tax ID, "
        "invoice number and PSC docket beside the account, a masked port-out PIN",
        accent="#5B2C06", font="Helvetica")
def range_btnacct(s: Sheet, d: Draft) -> None:
    r = s.rng
    _grid_address(d)
    assert d.service is not None
    style = r.choice(("dash", "paren", "space"))
    apart = r.random() < 0.6  # the BTN under its own label; otherwise only inside the account
    s.wordmark(40, 46, "Range Telephone", 20, "#5B2C06")
    s.text(40, 58, f"{d.carrier.legal} - a member-owned cooperative", 7.5, color=GREY)
    invoice = d.invoice_id
    rows = [("Account Number", d.printed_account),
            ("Statement Date", date_text(d.statement_date, r.choice(("long", "us", "abbr")))),
            ("Invoice No.", invoice),
            ("Federal Tax ID", f"{digits(r, 2)}-{digits(r, 7)}"),
            ("WY PSC Docket", f"{r.randint(70000, 70099)}-{r.randint(100, 999)}-TA-"
                              f"{r.randint(20, 25)}"),
            ("Port-out PIN", r.choice(("****", "on file - not printed", "\u2022\u2022\u2022\u2022")))]
    if apart:
        rows.insert(1, ("Billing Telephone No.", phone(d.real_btn, style)))
        s.mark("btn", d.real_btn)
    else:
        d.btn = None  # its digits open the account number, but no label calls it the BTN
    s.box(322, 26, 254, 14 + 12 * len(rows), fill=LIGHT)
    for i, (label, value) in enumerate(rows):
        s.text(330, 40 + i * 12, label, 7.5)
        s.text(570, 40 + i * 12, value, 8, bold=i == 0, align="right")
    if len(invoice) == 10:
        d.dialed.append(f"+1{invoice}")  # ten digits, looks like a number, is the invoice's
    mailing_block(s, d, 50, 120, 9.5)
    y = max(40 + 12 * len(rows) + 30, 190)
    s.text(40, y, "Service Location", 9, bold=True, color=s.accent)
    s.lines(40, y + 13, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y += 62
    s.text(40, y, "Local Service", 10, bold=True, color=s.accent)
    y += 14
    for n in d.numbers:
        s.text(44, y, phone(n, style), 8.5)
        s.text(170, y, r.choice(("Residential Line", "Business Line", "Line - Measured")), 8)
        s.text(W - 44, y, money(r, 18, 45), 8, align="right")
        y += 12
    y += 8
    for label in ("Range Fiber Internet 250", "Wyoming Universal Service", "Federal USF",
                  "E911 Fee", "Capital Credits Retired", "Access Recovery Charge"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 1, 70), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 16, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 34, count=2, size=7)
    remit_stub(s, d, y=630)


_BUILDINGS = ("Riverside Plaza", "Prairie Center", "Main Street Commons", "The Granary",
              "Depot Building", "Harvest Square")


def _building_address(d: Draft) -> None:
    """'Prairie Center, 100 Main St' with 'Floor 2' or 'Apartment 4' spelled out."""
    r = d.rng
    old = d.customer.service
    line1 = f"{r.choice(_BUILDINGS)}, {old.line1}" if r.random() < 0.6 else old.line1
    unit = r.choice(("", f"Floor {r.randint(2, 4)}", f"{r.choice(('2nd', '3rd'))} Floor",
                     f"Apartment {r.randint(1, 30)}", old.line2))
    service = Address(line1, unit, old.city, old.state, old.postal_code)
    billing = service if d.customer.billing == old else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


@family("dickey_transfer", carrier="dickey_rural", region="DRND", lines=(1, 4), dialed=6,
        person_share=0.4, account=lambda r, c, b: f"{digits(r, 5)}-{digits(r, 2)}",
        modelled_on="statements of Dickey Rural Networks' kind (Ellendale, North Dakota) after "
        "a change of owner: 'Service transferred from <previous holder> to <current holder> "
        "on <date>', the previous holder and the former account number printed beside the "
        "current ones, a building name before the street, the floor or apartment spelled out",
        accent="#00558C", font="DejaVuSans")
def dickey_transfer(s: Sheet, d: Draft) -> None:
    r = s.rng
    _building_address(d)
    assert d.service is not None
    prev = d.name
    while prev in d.name or d.name in prev:  # another holder, whose name holds not the new one
        prev = person_name(r) if d.customer.person else business_name(r, "US", False)
    old_account = f"{digits(r, 5)}-{digits(r, 2)}"
    when = d.statement_date - timedelta(days=r.randint(8, 40))
    style = r.choice(("dash", "dot"))
    s.wordmark(40, 46, "Dickey Rural Networks", 18, "#00558C")
    s.text(40, 58, "Your member-owned telecommunications cooperative", 7.5, color=GREY)
    facts = (("Account Holder", d.name), ("Account Number", d.printed_account),
             ("Billing Date", date_text(d.statement_date, r.choice(("long", "us")))),
             ("Primary Number", phone(d.real_btn, style)),
             ("Amount Due", money(r, 40, 350)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 34 + i * 12, label, 7.5, color=GREY)
        s.text(W - 40, 34 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 112, 9.5)
    s.box(38, 176, W - 76, 44, fill=LIGHT)
    s.text(46, 190, "Change of account holder", 8.5, bold=True, color=s.accent)
    shape = r.choice(("sentence", "two_rows"))
    if shape == "sentence":
        s.text(46, 203, f"Service transferred from {prev} to {d.name} on "
                        f"{date_text(when, 'abbr')}.", 7.5)
        s.text(46, 214, f"Previous account number {old_account} is closed; "
                        "please use your new account number.", 7.5)
    else:
        s.text(46, 203, f"Previous account holder: {prev} (formerly account {old_account})", 7.5)
        s.text(46, 214, f"New account holder since {date_text(when, 'us')}: {d.name}", 7.5)
    s.text(40, 240, "Service Address", 9, bold=True, color=s.accent)
    s.lines(40, 252, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 300.0
    s.text(40, y, "Telephone Numbers on this Account", 10, bold=True, color=s.accent)
    y += 14
    for n in d.numbers:
        s.text(44, y, phone(n, style), 8.5)
        s.text(170, y, r.choice(("Local Line", "Local Line with Voicemail", "Fax Line")), 8)
        s.text(W - 44, y, money(r, 20, 45), 8, align="right")
        y += 12
    y += 8
    for label in ("Transfer of service fee", "Fiber Internet 1 Gig", "ND 911 Fee", "Federal USF"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 1, 80), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 16, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 34, count=2, size=7)
    remit_stub(s, d, y=630)
