"""AT&T: business wireline standard invoice, wireless (Mobility) bill, multi-account summary bill.

Modelled on AT&T's public "Your new AT&T bill" pages (corp.att.com/new-bill: Bill-At-A-Glance,
Billing Summary by group and sub-account, 13-digit account number, payment remittance stub) and
its wireless bill (issue date, foundation account, monthly charges by line, talk detail).
"""

from __future__ import annotations

import random

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    date_text,
    did_range,
    digits,
    masked_phone,
    money,
    one_line,
    phone,
)
from tests.billcorpus.people import Customer
from tests.billcorpus.truth import Draft, SubAccount, address_key


def _att_wireline_account(rng: random.Random, c: Customer, btn: str) -> str:
    d = btn[-10:]
    return f"{d[:3]} {d[3:6]}-{d[6:]} {digits(rng, 3)} {digits(rng, 1)}"


@family("att_wireline", carrier="att", account=_att_wireline_account, lines=(1, 5), block=0.4,
        modelled_on="corp.att.com/new-bill/standard: U.S. business customers standard invoice",
        accent="#00A8E0")
def att_wireline(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    style = "space"
    s.vector_mark(40, 36, "globe", 34, "#00A8E0")
    s.text(84, 58, "Business", 14, color=GREY)
    s.text(W - 40, 44, "Page 1 of " + str(3 + (1 if d.ranges else 0)), 7, align="right")
    box_x = 330
    s.box(box_x, 70, 246, 58, stroke=GREY)
    for i, (label, value) in enumerate((("Account Number", d.printed_account),
                                        ("Bill Date", date_text(d.statement_date, "abbr0")),
                                        ("Main Number", phone(d.real_btn, style)))):
        s.text(box_x + 8, 86 + i * 15, label, 8.5, bold=True)
        s.text(box_x + 238, 86 + i * 15, value, 8.5, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 100)
    s.text(40, 178, "Bill-At-A-Glance", 12, bold=True, color=s.accent)
    rows = [("Previous Bill", money(r)), ("Payment Received - Thank You", "-" + money(r)),
            ("Balance", "$0.00"), ("Current Charges", money(r)),
            ("Total Amount Due", money(r))]
    for i, (a, b) in enumerate(rows):
        s.text(40, 196 + i * 13, a, 8.5, bold=i == 4)
        s.text(290, 196 + i * 13, b, 8.5, bold=i == 4, align="right")
    s.text(330, 178, "Billing Summary", 12, bold=True, color=s.accent)
    assert d.service is not None
    s.table(330, 198, ("Group / Sub-Account", "Service Location", "Charges"),
            [("Local Service", "", money(r, 40, 300)),
             ("", one_line(d.service, 3), ""),
             ("Long Distance", "", money(r, 5, 60))], (62, 150, 34), size=6, lead=11)
    s.mark("service", address_key(d.service))
    s.text(40, 282, "Thank you for choosing AT&T. News You Can Use: see page 3.", 8)
    help_lines(s, d, 40, 300, 8, extra=("att.com/business",))
    notices(s, d, 40, 380)
    remit_stub(s, d)
    _att_wireline_charges(s, d, style)
    call_detail(s, d, 3, 1 + (1 if d.ranges else 0), "Itemized Calls", style)


def _att_wireline_charges(s: Sheet, d: Draft, style: str) -> None:
    r = s.rng
    s.new_page()
    s.text(40, 40, "AT&T", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account Number {d.printed_account}", 7, align="right")
    s.text(40, 76, "Current Charges", 13, bold=True)
    s.text(40, 92, f"Monthly Service - {d.statement_date:%b %d} thru next bill date", 8)
    rows = []
    for n in d.singles():
        rows.append((phone(n, style), r.choice(("Business Line", "Hunting Line", "Fax Line")),
                     money(r, 20, 70)))
    for first, count in d.ranges:
        rows.append((did_range(first, count, "THRU", style), f"DID Numbers ({count})",
                     money(r, 10, 60)))
    y = s.table(40, 112, ("Telephone Number", "Description", "Amount"), rows, (230, 180, 80),
                size=8, align=("left", "left", "right"))
    s.text(40, y + 16, "Federal Subscriber Line Charge, surcharges and taxes are itemized on "
           "page 3.", 7.5, color=GREY)


@family("att_mobility", carrier="att_mobility", lines=(2, 8), dialed=14,
        account=lambda r, c, b: f"{r.randint(2, 9)}{digits(r, 11)}",
        modelled_on="AT&T wireless business bill: issue date, foundation account, charges by line")
def att_mobility(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None
    style = "dot"
    masked = r.random() < 0.25  # privacy option: middle digits of each line hidden
    if masked:
        d.masked = list(d.numbers)
        d.traits.add("masked_numbers")
    s.image_logo(40, 30, "AT&T", 30, "#00A8E0", mark="globe")
    s.text(40, 92, "Your bill", 22, bold=True)
    s.text(40, 110, f"{d.carrier.legal}", 8, color=GREY)
    s.box(330, 30, 246, 70, fill=LIGHT)
    for i, (label, value) in enumerate((("Issue date", date_text(d.statement_date, "abbr")),
                                        ("Account number", d.printed_account),
                                        ("Foundation account", digits(r, 8)),
                                        ("Invoice", f"{d.invoice_id}X{d.statement_date:%m%d%Y}"))):
        s.text(338, 46 + i * 14, label, 8.5)
        s.text(568, 46 + i * 14, value, 8.5, bold=i == 1, align="right")
    mailing_block(s, d, 40, 140)
    s.text(330, 140, "Total due", 10, bold=True)
    s.text(568, 140, money(r, 80, 900), 14, bold=True, align="right")
    s.text(330, 156, f"Autopay scheduled for {date_text(d.statement_date, 'abbr')}", 8)
    s.text(40, 214, "Monthly charges by line", 12, bold=True)
    users = [f"{r.choice(('MARIA', 'JAMES', 'PRIYA', 'DANIEL', 'GRACE', 'AISHA'))} "
             f"{r.choice(('LOPEZ', 'KIM', 'SHAH', 'BROWN', 'NGUYEN'))}" for _ in d.numbers]
    rows = [(masked_phone(n, style) if masked else phone(n, style), u,
             r.choice(("iPhone 15", "Galaxy S24", "iPad", "Hotspot")),
             money(r, 25, 95)) for n, u in zip(d.numbers, users, strict=True)]
    y = s.table(40, 234, ("Wireless number", "User", "Device", "Monthly charges"), rows,
                (130, 160, 130, 110), size=8.5, align=("left", "left", "left", "right"))
    s.text(40, y + 20, "Pay by phone: dial *PAY (*729) from your wireless phone or call "
           f"{d.carrier.help_lines[1][1]}.", 8)
    s.text(40, y + 32, f"Questions? {d.carrier.help_lines[0][1]} or 611 from your phone. "
           f"{d.carrier.domain}", 8)
    notices(s, d, 40, 480)
    remit_stub(s, d)
    if not masked:
        call_detail(s, d, 2, r.randint(2, 5), "Talk", style, wireless=True)


def _summary_account(rng: random.Random, c: Customer, btn: str) -> str:
    return f"{digits(rng, 3)} {digits(rng, 3)}-{digits(rng, 4)} {digits(rng, 3)}"


@family("att_summary", carrier="att", account=_summary_account, lines=(2, 3),
        modelled_on="AT&T summary bill: Billing Summary by group and sub-account (multi-account)",
        accent="#00A8E0")
def att_summary(s: Sheet, d: Draft) -> None:
    """A summary (master) account over sub-accounts at several locations, all the customer's."""
    from tests.billcorpus.people import us_address

    r = s.rng
    d.upper()
    assert d.service is not None
    style = "space"
    subs = [SubAccount(_att_wireline_account(r, d.customer, d.real_btn), d.real_btn, d.service,
                       tuple(d.numbers))]
    for _ in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        addr = us_address(r, (d.customer.service.city, d.customer.service.state,
                              d.customer.service.postal_code[:3], d.customer.npa))
        addr = addr.__class__(addr.line1.upper(), addr.line2.upper(), addr.city.upper(),
                              addr.state, addr.postal_code)
        subs.append(SubAccount(_att_wireline_account(r, d.customer, nums[0]), nums[0], addr, nums))
    d.sub_accounts = subs
    d.numbers = [n for sub in subs for n in sub.numbers]
    d.alternatives = {"account_number": tuple(x.account_number for x in subs),
                      "btn": tuple(x.btn for x in subs),
                      "service_address": tuple(x.service for x in subs)}
    d.traits.add("multi_account")
    s.vector_mark(40, 36, "globe", 30, "#00A8E0")
    s.text(80, 56, "Summary Bill", 16, bold=True)
    s.text(330, 46, "Summary Account Number", 8, bold=True)
    s.text(330, 58, d.printed_account, 10)
    s.text(460, 46, "Bill Date", 8, bold=True)
    s.text(460, 58, date_text(d.statement_date, "abbr0"), 10)
    mailing_block(s, d, 60, 104)
    s.text(40, 184, "Billing Summary", 12, bold=True, color=s.accent)
    rows = []
    for sub in subs:
        rows.append((sub.account_number, phone(sub.btn, style), one_line(sub.service, 3),
                     money(r, 40, 400)))
        s.mark("btn", sub.btn)
        s.mark("service", address_key(sub.service))
    y = s.table(40, 204, ("Sub-Account", "Main Number", "Service Location", "Current Charges"),
                rows, (120, 90, 250, 80), size=7.5, align=("left", "left", "left", "right"))
    s.text(40, y + 14, "Each sub-account is itemized on the pages that follow.", 8, color=GREY)
    help_lines(s, d, 40, y + 34, 8)
    remit_stub(s, d)
    for k, sub in enumerate(subs):
        s.new_page()
        s.text(40, 40, "AT&T", 12, bold=True, color=s.accent)
        s.text(W - 40, 40, f"Page {k + 2} of {len(subs) + 1}", 7, align="right")
        s.text(40, 72, f"Sub-Account {sub.account_number}", 12, bold=True)
        s.text(40, 88, f"Service Location: {one_line(sub.service, 1)}", 8.5)
        s.mark("service", address_key(sub.service))
        rows = [(phone(n, style), "Business Line", money(r, 20, 70)) for n in sub.numbers]
        s.table(40, 110, ("Telephone Number", "Description", "Amount"), rows, (200, 200, 80),
                size=8, align=("left", "left", "right"))
