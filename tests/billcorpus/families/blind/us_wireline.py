"""FIRST BLIND SPLIT, now open for tuning (see families/blind/__init__.py).

Spectrum Business, Windstream, Optimum Business, Consolidated Communications, and a Verizon
Business multi-account summary bill.

Modelled on Spectrum's "How do I read my statement?" (statement date, account number and security
code in the upper left corner of every page; how to reach us; at a glance; payment coupon),
Windstream's "I need help reading my bill" (important customer service numbers, account summary,
billing number or account number on the stub, account detail with calls), Altice/Optimum business
statements, Consolidated's small-ILEC bill and Verizon's summary billing for several accounts.
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
from tests.billcorpus.people import Customer, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key


def _spectrum_account(r: random.Random, c: Customer, btn: str) -> str:
    return f"8{digits(r, 3)} {digits(r, 2)} {digits(r, 3)} {digits(r, 7)}"


@family("spectrum_business", carrier="spectrum", account=_spectrum_account, lines=(1, 6),
        block=0.3, modelled_on="Spectrum Business: how do I read my statement (sample bill)",
        accent="#0099D8", font="DejaVuSans")
def spectrum_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    d.upper()
    style = "paren"
    s.text(40, 40, f"Statement Date: {date_text(d.statement_date, 'us2')}", 8)
    s.text(40, 51, f"Account Number: {d.printed_account}", 8)
    s.text(40, 62, f"Security Code: {digits(r, 4)}", 8)
    s.image_logo(400, 30, "Spectrum", 26, "#0099D8")
    s.text(470, 66, "BUSINESS", 8, color=GREY)
    assert d.service is not None
    s.text(40, 90, "Service At:", 8, bold=True)
    s.lines(40, 101, [d.name, *address_lines(d.service, comma=False)], 8.5)
    s.mark("service", address_key(d.service))
    s.box(330, 86, 246, 64, stroke=GREY, radius=6)
    s.text(340, 102, "How to reach us", 10, bold=True)
    help_lines(s, d, 340, 116, 7.5, extra=("SpectrumBusiness.net",))
    s.text(40, 180, "At a glance", 13, bold=True, color=s.accent)
    for i, label in enumerate(("Previous Balance", "Payments Received", "Remaining Balance",
                               "Current Charges", "Total Due by " + date_text(d.statement_date,
                                                                               "us2"))):
        s.text(40, 198 + i * 14, label, 9, bold=i == 4)
        s.text(300, 198 + i * 14, money(r), 9, bold=i == 4, align="right")
    s.text(330, 180, "Important messages, reminders and offers", 9, bold=True)
    s.text(330, 194, "Voice: your phone numbers are itemized on page 2.", 8)
    notices(s, d, 40, 300)
    remit_stub(s, d)
    s.new_page()
    s.text(40, 40, f"Statement Date: {date_text(d.statement_date, 'us2')}", 8)
    s.text(40, 51, f"Account Number: {d.printed_account}", 8)
    s.text(W - 40, 40, "Page 2 of 2", 8, align="right")
    s.text(40, 84, "Spectrum Business Voice", 12, bold=True)
    y = 100
    for n in d.singles():
        s.text(40, y, phone(n, style), 9)
        s.text(200, y, "Business Voice Line", 9)
        s.text(566, y, money(r, 20, 50), 9, align="right")
        y += 13
    for first, count in d.ranges:
        s.text(40, y, did_range(first, count, "thru_full", style), 9)
        s.text(300, y, f"Direct Inward Dial ({count})", 9)
        y += 13


@family("windstream", carrier="windstream", lines=(1, 5), block=0.3, dialed=12,
        account=lambda r, c, b: f"{digits(r, 9)}",
        modelled_on="windstream.com: I need help reading my bill (account summary, payment stub "
        "with billing number or account number, account detail)", accent="#00A651")
def windstream(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    style = "dash"
    s.band(30, 44, s.accent)
    s.text(48, 58, "Windstream", 20, bold=True, color=LIGHT)
    s.text(W - 48, 52, "BUSINESS STATEMENT", 10, color=LIGHT, align="right")
    rows = (("Account Number", d.printed_account), ("Billing Number", phone(d.real_btn, style)),
            ("Bill Date", date_text(d.statement_date, "abbr0")),
            ("Amount Due", money(r)))
    for i, (label, value) in enumerate(rows):
        s.text(330, 96 + i * 14, label, 9, bold=True)
        s.text(566, 96 + i * 14, value, 9, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 100)
    s.text(40, 178, "Important Customer Service Numbers", 10, bold=True)
    help_lines(s, d, 40, 192, 8)
    s.text(330, 178, "Account Summary", 10, bold=True)
    for i, label in enumerate(("Previous Charges", "Payments", "Local Service", "Long Distance",
                               "Taxes and Surcharges")):
        s.text(330, 192 + i * 13, label, 8.5)
        s.text(566, 192 + i * 13, money(r, 1, 300), 8.5, align="right")
    remit_stub(s, d, account_label="Account Number")
    s.new_page()
    page_header(s, d, 2, 3)
    s.text(40, 90, "Account Detail", 12, bold=True)
    assert d.service is not None
    s.text(40, 108, "Location of Service", 8, bold=True)
    s.text(150, 108, one_line(d.service, 3), 8.5)
    s.mark("service", address_key(d.service))
    y = 130
    for n in d.singles():
        s.text(40, y, phone(n, style), 9, bold=True)
        s.text(170, y, "Business Line - Measured", 8.5)
        s.text(566, y, money(r, 20, 70), 8.5, align="right")
        y += 13
    for first, count in d.ranges:
        s.text(40, y, did_range(first, count, "THRU", style), 9, bold=True)
        s.text(300, y, "DID Trunk Numbers", 8.5)
        y += 13
    call_detail(s, d, 3, 1, "Calls", style)


def _optimum_account(r: random.Random, c: Customer, btn: str) -> str:
    return f"{digits(r, 5)}-{digits(r, 6)}-{digits(r, 2)}-{r.randint(1, 9)}"


@family("optimum_business", carrier="optimum", account=_optimum_account, lines=(1, 4),
        modelled_on="Altice/Optimum Business statement: account box, services for (one line), "
        "phone numbers", accent="#0E1C36", font="DejaVuSans")
def optimum_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    d.upper()
    style = "dot"
    s.vector_mark(40, 34, "bars", 24, "#FF6600")
    s.text(80, 52, "optimum", 18, bold=True, color=s.accent)
    s.text(80, 64, "business", 8, color=GREY)
    s.box(330, 30, 246, 62, fill=LIGHT)
    s.text(340, 46, "Account Name:", 8, bold=True)
    s.text(410, 46, d.name, 7 if len(d.name) > 30 else 8)
    s.text(340, 60, "Account Number:", 8, bold=True)
    s.text(420, 60, d.printed_account, 8)
    s.text(340, 74, "Statement Date:", 8, bold=True)
    s.text(420, 74, date_text(d.statement_date, "abbr"), 8)
    assert d.service is not None
    s.text(40, 110, f"Services for: {one_line(d.service, 0)}", 9)
    s.mark("service", address_key(d.service))
    mailing_block(s, d, 64, 136)
    s.text(40, 214, "Your Services", 12, bold=True)
    y = 232
    for n in d.numbers:
        s.text(40, y, f"Optimum Voice  {phone(n, style)}", 9)
        s.text(566, y, money(r, 20, 60), 9, align="right")
        y += 13
    s.text(40, y + 14, "Have questions?", 9, bold=True)
    help_lines(s, d, 40, y + 27, 8)
    s.text(40, 604, f"Optimum Business services are provided by {d.carrier.legal}.", 7,
           color=GREY)
    remit_stub(s, d, y=612)


@family("consolidated", carrier="consolidated", lines=(1, 4), block=0.2, dialed=10,
        account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}/{digits(r, 3)}",
        modelled_on="small ILEC bill (Consolidated Communications): account details in a "
        "table header row, billing TN, toll detail on the bill", accent="#00467F",
        font="Times-Roman")
def consolidated(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    style = "paren"
    s.text(40, 50, "Consolidated", 22, bold=True, color=s.accent)
    s.text(40, 64, "COMMUNICATIONS", 9, color=GREY)
    assert d.service is not None
    heads = ("Account Number", "Billing TN", "Bill Date", "Past Due After")
    vals = (d.printed_account, phone(d.real_btn, style), date_text(d.statement_date, "us"),
            date_text(d.statement_date, "us"))
    s.table(40, 94, heads, [vals], (140, 120, 100, 100), size=8.5, shade=False)
    s.text(40, 132, "Service Address", 8, bold=True)
    s.text(40, 144, one_line(d.service, 1), 9)
    s.mark("service", address_key(d.service))
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 64, 170)
    s.text(330, 170, "Current Charges", 10, bold=True)
    for i, label in enumerate(("Local Service", "Long Distance", "Taxes & Surcharges",
                               "Total Due")):
        s.text(330, 184 + i * 13, label, 9)
        s.text(566, 184 + i * 13, money(r), 9, align="right")
    s.text(40, 250, "Lines on this account", 10, bold=True)
    y = 264
    for n in d.singles():
        s.text(40, y, phone(n, style), 9)
        y += 12
    for first, count in d.ranges:
        s.text(40, y, did_range(first, count, "to", style), 9)
        y += 12
    help_lines(s, d, 330, 250, 8)
    notices(s, d, 40, 360)
    remit_stub(s, d)
    call_detail(s, d, 2, 1, "Toll Call Detail", style)


def _vz_summary(r: random.Random, c: Customer, btn: str) -> str:
    return f"{digits(r, 8)}"


@family("verizon_enterprise_summary", carrier="verizon_fios", account=_vz_summary, lines=(1, 3),
        modelled_on="Verizon Business summary bill over several accounts (summary of accounts, "
        "then one page per account)", accent="#CD040B", font="DejaVuSans")
def verizon_enterprise_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "dash"
    d.carrier_printed = "Verizon Business"
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    subs = [SubAccount(f"{digits(r, 9)}-{digits(r, 5)}", d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 2)))
        subs.append(SubAccount(f"{digits(r, 9)}-{digits(r, 5)}", nums[0], us_address(r, city), nums))
    d.sub_accounts, d.numbers = subs, [n for x in subs for n in x.numbers]
    d.alternatives = {"account_number": tuple(x.account_number for x in subs),
                      "btn": tuple(x.btn for x in subs),
                      "service_address": tuple(x.service for x in subs)}
    d.traits.add("multi_account")
    s.wordmark(40, 56, "verizon", 22, "#000000")
    s.text(150, 56, "Business", 11, color=GREY)
    s.text(W - 40, 40, "Summary Bill", 14, bold=True, align="right")
    s.text(W - 40, 56, f"Summary Bill Number {d.printed_account}", 8.5, align="right")
    s.text(W - 40, 68, f"Bill Date {date_text(d.statement_date, 'long')}", 8.5, align="right")
    s.text(40, 96, "Customer", 8, color=GREY)
    s.text(40, 108, d.name, 10, bold=True)
    mailing_block(s, d, 40, 128)
    s.text(40, 200, "Summary of Accounts", 12, bold=True, color=s.accent)
    rows = [(x.account_number, phone(x.btn, style), one_line(x.service, 1), money(r, 30, 500))
            for x in subs]
    for x in subs:
        s.mark("btn", x.btn)
        s.mark("service", address_key(x.service))
    y = s.table(40, 220, ("Account Number", "Billing Telephone Number", "Service Address",
                          "Amount"), rows, (110, 110, 250, 60), size=7.3,
                align=("left", "left", "left", "right"))
    help_lines(s, d, 40, y + 20, 8)
    s.text(40, 604, "Thank you for choosing Verizon Business.", 7, color=GREY)
    remit_stub(s, d, y=612, account_label="Summary Bill Number")
    for k, x in enumerate(subs):
        s.new_page()
        s.text(40, 40, "verizon", 12, bold=True)
        s.text(W - 40, 40, f"Page {k + 2} of {len(subs) + 1}", 7, align="right")
        s.text(40, 74, "Account Number", 8, color=GREY)
        s.text(40, 86, x.account_number, 10, bold=True)
        s.text(220, 74, "Service address", 8, color=GREY)
        s.lines(220, 86, address_lines(x.service), 9)
        s.mark("service", address_key(x.service))
        rows = [(phone(n, style), "Business Digital Voice", money(r, 20, 60)) for n in x.numbers]
        s.table(40, 140, ("Telephone Number", "Service", "Amount"), rows, (180, 220, 80),
                size=8.5, align=("left", "left", "right"))
