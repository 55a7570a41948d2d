"""Incumbent phone companies: CenturyLink, Lumen enterprise invoice, Frontier, altafiber.

Modelled on CenturyLink's billing-conversion help (account number under the logo, upper left),
Lumen's "Understand your invoice" (invoice summary, service level activity with service number,
circuit ID and service location address), Frontier's "Help me understand my bill" (account summary
box: 17-digit account number, PIN, billing date; payment stub) and Cincinnati Bell / altafiber's
two-column business bill.
"""

from __future__ import annotations

import random

from tests.billcorpus.blocks import (
    call_detail,
    help_lines,
    mailing_block,
    notices,
    page_header,
    remit_stub,
)
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    date_text,
    did_range,
    digits,
    money,
    one_line,
    phone,
)
from tests.billcorpus.people import Customer
from tests.billcorpus.truth import Draft, address_key


@family("centurylink", carrier="centurylink", lines=(1, 4), block=0.6, block_size=(10, 30),
        account=lambda r, c, b: f"{r.randint(3, 9)}{digits(r, 8)}",
        modelled_on="CenturyLink business bill: account number upper left, BTN, service location, "
        "telephone number ranges", accent="#00853F", font="DejaVuSans")
def centurylink(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    style = "space"
    s.image_logo(40, 26, "CenturyLink", 24, "#00853F", mark="square")
    s.text(40, 70, f"Account Number: {d.printed_account}", 9, bold=True)
    s.text(40, 83, f"Billing Date: {date_text(d.statement_date, 'abbr')}", 9)
    s.text(40, 96, f"BTN: {phone(d.real_btn, style)}", 9)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 64, 126)
    s.box(330, 40, 246, 100, stroke=s.accent, line=1.2)
    s.text(340, 58, "Account Summary", 11, bold=True, color=s.accent)
    y = 74
    for label in ("Previous Balance", "Payments Received", "Current Charges", "Total Due"):
        s.text(340, y, label, 8.5)
        s.text(566, y, money(r), 8.5, align="right")
        y += 14
    assert d.service is not None
    s.text(40, 210, "Service Location:", 9, bold=True)
    s.text(140, 210, one_line(d.service, 1), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 236, "Telephone Numbers", 10, bold=True)
    yy = 250
    for n in d.singles():
        s.text(40, yy, phone(n, style), 9)
        s.text(200, yy, "Business Line", 9)
        yy += 12
    for first, count in d.ranges:
        s.text(40, yy, did_range(first, count, r.choice(("THRU", "thru_full")), style), 9)
        s.text(300, yy, f"DID ({count} numbers)", 9)
        yy += 12
    s.text(40, yy + 20, "Questions about your bill?", 9, bold=True)
    help_lines(s, d, 40, yy + 33, 8, extra=(f"{d.carrier.domain}/business",))
    s.text(40, 604, f"{d.carrier.legal}", 7, color=GREY)
    remit_stub(s, d, y=612)
    call_detail(s, d, 2, 1, "Long Distance Calls", style)


def _lumen_account(r: random.Random, c: Customer, btn: str) -> str:
    return f"{digits(r, 4)}{digits(r, 5)}"


@family("lumen_enterprise", carrier="lumen", account=_lumen_account, lines=(1, 2), block=0.8,
        block_size=(10, 40), modelled_on="lumen.com/content/docs/readiness/understand-your-invoice",
        accent="#0075C9", font="DejaVuCond")
def lumen_enterprise(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    style = "plain"
    d.carrier_printed = "Lumen"
    s.wordmark(40, 58, "LUMEN", 26, "#0075C9")
    s.text(W - 40, 40, "INVOICE", 18, bold=True, align="right")
    heads = ("Invoice Number", "Invoice Date", "Account Number", "Enterprise ID")
    vals = (f"{d.invoice_id[:9]}", date_text(d.statement_date, "us"), d.printed_account,
            f"E{digits(r, 7)}")
    s.table(40, 86, heads, [vals], (120, 100, 120, 100), size=8.5)
    s.text(40, 130, "Account Name", 8, bold=True)
    s.text(40, 142, d.name, 10)
    s.text(40, 164, "Billing Address", 8, bold=True)
    assert d.billing is not None
    s.lines(40, 176, address_lines(d.billing), 9)
    s.box(330, 124, 246, 80, fill=LIGHT)
    s.text(340, 140, "Invoice Summary", 10, bold=True)
    for i, label in enumerate(("Balance Forward", "Current Charges", "Total Amount Due")):
        s.text(340, 156 + i * 14, label, 8.5)
        s.text(566, 156 + i * 14, money(r, 100, 9000), 8.5, align="right")
    s.text(40, 236, "Billing coordinator and repair:", 8.5, bold=True)
    help_lines(s, d, 40, 250, 8)
    notices(s, d, 40, 320)
    s.text(40, 604, f"Invoice issued by {d.carrier.legal}. {d.carrier.domain}", 7, color=GREY)
    remit_stub(s, d, y=612)
    s.new_page()
    page_header(s, d, 2, 2)
    s.text(40, 90, "Service Level Activity", 12, bold=True)
    assert d.service is not None
    loc = one_line(d.service, 1)
    rows = []
    for n in d.singles():
        rows.append((phone(n, style), f"{digits(r, 2)}/VLXX/{digits(r, 6)}/LUMN", "Voice Line",
                     money(r, 20, 90)))
    for first, count in d.ranges:
        rows.append((did_range(first, count, "to", "dash"), f"{digits(r, 2)}/SIPX/{digits(r, 6)}",
                     f"SIP Trunk DIDs ({count})", money(r, 20, 200)))
    y = s.table(40, 112, ("Service Number", "Circuit ID", "Product", "Amount"), rows,
                (190, 150, 120, 70), size=7.5, align=("left", "left", "left", "right"))
    s.text(40, y + 14, "Service Location Address", 8, bold=True)
    s.text(40, y + 26, loc, 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, y + 46, "Billing dates: current month recurring, prior month usage.", 7.5,
           color=GREY)


def _frontier_account(r: random.Random, c: Customer, btn: str) -> str:
    t = btn[-10:]
    return f"{t[:3]}-{t[3:6]}-{t[6:]}-{digits(r, 6)}-{r.randint(1, 9)}"


@family("frontier", carrier="frontier", account=_frontier_account, lines=(1, 3),
        modelled_on="go.frontier.com/customer-support/bill-breakdown: account summary, stub",
        accent="#FF0037")
def frontier(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    style = "paren"
    s.image_logo(40, 30, "FRONTIER", 24, "#FF0037")
    s.text(40, 74, f"Your Frontier services at {phone(d.real_btn, style)}", 10, bold=True)
    mailing_block(s, d, 64, 110)
    s.box(320, 30, 256, 162, stroke=GREY)
    s.text(330, 46, "Account Summary", 11, bold=True)
    rows = (("Account Number", d.printed_account),
            ("Billing Telephone Number", phone(d.real_btn, style)), ("PIN Number", digits(r, 4)),
            ("Billing Date", date_text(d.statement_date, "abbr0")),
            ("New Charges Due Date", date_text(d.statement_date, "abbr0")),
            ("Previous Balance", money(r)), ("Payments Received", "-" + money(r)),
            ("Balance Forward", "$0.00"), ("New Charges", money(r)),
            ("Total Amount Due", money(r)))
    for i, (label, value) in enumerate(rows):
        s.text(330, 62 + i * 13, label, 8, bold=i in (0, 8))
        s.text(566, 62 + i * 13, value, 8, bold=i in (0, 8), align="right")
    s.mark("btn", d.real_btn)
    s.text(40, 204, "Important Customer Service Numbers", 9, bold=True)
    help_lines(s, d, 40, 218, 8, extra=(f"{d.carrier.domain}/business",))
    notices(s, d, 40, 300)
    s.text(40, 604, d.carrier.legal, 7, color=GREY)
    remit_stub(s, d, y=612)
    s.new_page()
    page_header(s, d, 2, 2)
    assert d.service is not None
    s.text(40, 90, "Service Address:", 9, bold=True)
    s.lines(130, 90, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 140, "Product Descriptions", 11, bold=True)
    rows2 = [(phone(n, style), "Business Line w/ Voicemail", money(r, 25, 80)) for n in d.numbers]
    s.table(40, 160, ("Telephone Number", "Description", "Amount"), rows2, (150, 280, 80),
            size=8.5, align=("left", "left", "right"))


@family("altafiber", carrier="altafiber", lines=(1, 4), block=0.25,
        account=lambda r, c, b: f"{digits(r, 6)}-{digits(r, 4)}",
        modelled_on="regional ILEC two-column business bill (Cincinnati Bell / altafiber)",
        accent="#5B2C83", font="DejaVuSans")
def altafiber(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "dash"
    d.carrier_printed = "altafiber"
    s.wordmark(40, 58, "altafiber", 24, "#5B2C83")
    s.text(W - 40, 46, "business bill", 12, align="right", color=GREY)
    left = (("Billing Account", d.printed_account), ("Bill Date", date_text(d.statement_date,
                                                                             "long")),
            ("Main number", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(left):
        s.text(40, 92 + i * 26, label, 8, color=GREY)
        s.text(40, 103 + i * 26, value, 10)
    s.mark("btn", d.real_btn)
    assert d.service is not None
    s.text(320, 92, "Service location", 8, color=GREY)
    s.lines(320, 103, address_lines(d.service), 10)
    s.mark("service", address_key(d.service))
    s.text(320, 160, "Bill to", 8, color=GREY)
    mailing_block(s, d, 320, 171)
    s.rule(36, 240, W - 36, 1, s.accent)
    s.text(40, 258, "Your Lines", 11, bold=True)
    yy = 274
    for n in d.singles():
        s.text(40, yy, phone(n, style), 9)
        yy += 12
    for first, count in d.ranges:
        s.text(40, yy, did_range(first, count, "through", style), 9)
        yy += 12
    s.text(320, 258, "Summary", 11, bold=True)
    for i, label in enumerate(("Previous balance", "Payment received", "New charges",
                               "Amount due")):
        s.text(320, 274 + i * 13, label, 9)
        s.text(566, 274 + i * 13, money(r), 9, align="right")
    help_lines(s, d, 320, 340, 8)
    s.text(40, 604, f"{d.carrier.legal} d/b/a altafiber", 7, color=GREY)
    remit_stub(s, d, y=612)
