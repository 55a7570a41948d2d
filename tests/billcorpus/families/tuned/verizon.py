"""Verizon: wireless bill, Fios Business bill, and the older wireline telephone bill.

Modelled on Verizon's "Understanding your paper bill" guide (bill date, account and invoice number
top right, summary of charges, charges by line with the user's name), the wireline billing glossary
(account information header: account number, statement date, phone number; "Account holder") and
the classic telephone bill whose account number begins with the billing telephone number.
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
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.people import Customer
from tests.billcorpus.truth import Draft, address_key

RED = "#CD040B"


@family("verizon_wireless", carrier="verizon_wireless", lines=(1, 7), dialed=12,
        account=lambda r, c, b: f"{digits(r, 9)}-{r.randint(1, 9):05d}",
        modelled_on="verizon.com/support/understanding-paper-bill-video: wireless paper bill",
        accent=RED, font="DejaVuSans")
def verizon_wireless(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None
    d.carrier_printed = "Verizon"
    style = "dot"
    if r.random() < 0.25:  # the bill summary printed from My Verizon masks the account number
        d.mask_account("X", 5)
    s.wordmark(40, 60, "verizon", 26, "#000000")
    s.vector_mark(160, 36, "swoosh", 12, RED)
    for i, (label, value) in enumerate((("Bill date", date_text(d.statement_date, "long")),
                                        ("Account number", d.printed_account),
                                        ("Invoice number", d.invoice_id))):
        s.text(380, 40 + i * 13, label, 8.5, color=GREY)
        s.text(W - 40, 40 + i * 13, value, 8.5, align="right")
    s.text(40, 100, f"Hi {d.customer.name.split()[0]}," if d.customer.person else "Hello,", 12)
    s.text(40, 116, "Here's your bill for this month.", 10)
    mailing_block(s, d, 40, 146, 9)
    s.box(330, 92, 246, 90, fill=LIGHT)
    s.text(340, 112, "Your total is", 10)
    s.text(340, 140, money(r, 60, 700), 24, bold=True)
    s.text(340, 162, f"Due {date_text(d.statement_date, 'long')}", 9)
    s.text(40, 224, "Bill summary by line", 13, bold=True)
    rows = []
    for n in d.numbers:
        user = f"{r.choice(('Maria', 'James', 'Priya', 'Daniel', 'Grace'))} " \
               f"{r.choice(('Lopez', 'Kim', 'Shah', 'Brown'))}"
        rows.append((f"{user}  {phone(n, style)}", money(r, 20, 70), money(r, 0, 20),
                     money(r, 0, 40), money(r, 30, 120)))
    y = s.table(40, 244, ("Line", "Monthly charges", "Usage and purchase", "Equipment", "Total"),
                rows, (200, 90, 90, 70, 80), size=8,
                align=("left", "right", "right", "right", "right"))
    s.text(40, y + 18, "Questions?", 10, bold=True)
    s.text(40, y + 32, f"Visit {d.carrier.domain}/mybusiness or call {d.carrier.help_lines[0][1]} "
           "(or *611 from your phone).", 8.5)
    s.text(40, y + 44, f"Pay by phone: {d.carrier.help_lines[1][1]}", 8.5)
    s.text(40, 604, d.carrier.legal, 7, color=GREY)
    remit_stub(s, d, y=612)
    call_detail(s, d, 2, r.randint(1, 3), "Talk activity", style, wireless=True)


def _fios_account(r: random.Random, c: Customer, btn: str) -> str:
    return f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}-{r.randint(1, 9):04d}-{digits(r, 2)}"


@family("verizon_fios", carrier="verizon_fios", account=_fios_account, lines=(1, 3),
        modelled_on="Verizon wireline billing glossary: account information header, account holder",
        accent=RED)
def verizon_fios(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "dash"
    d.carrier_printed = "Verizon"
    s.wordmark(40, 56, "verizon", 22, "#000000", font="Helvetica-Bold")
    s.text(150, 56, "Fios Business", 12, color=GREY)
    s.band(70, 3, s.accent)
    rows = (("Account Number", d.printed_account), ("Statement Date",
                                                    date_text(d.statement_date, "us")),
            ("Account Phone Number", phone(d.real_btn, style)),
            ("Online Account Number", digits(r, 10)))
    for i, (label, value) in enumerate(rows):
        s.text(40 + (i % 2) * 270, 92 + (i // 2) * 14, f"{label}:", 8.5, bold=True)
        s.text(160 + (i % 2) * 270, 92 + (i // 2) * 14, value, 8.5)
    s.mark("btn", d.real_btn)
    s.text(40, 140, "Account holder", 8, color=GREY)
    s.text(40, 152, d.name, 10, bold=True)
    assert d.service is not None
    s.text(310, 140, "Service address", 8, color=GREY)
    s.lines(310, 152, address_lines(d.service), 9.5)
    s.mark("service", address_key(d.service))
    s.text(40, 214, "Account Summary", 13, bold=True)
    y = 232
    for label in ("Amount of Last Bill", "Payments Received", "Balance Forward",
                  "Current Charges", "Amount Due"):
        s.text(40, y, label, 9, bold=label == "Amount Due")
        s.text(300, y, money(r), 9, align="right", bold=label == "Amount Due")
        y += 14
    s.text(330, 232, "Your Bundle Charges", 10, bold=True)
    s.text(330, 246, "Fios Business Internet and Digital Voice", 8.5)
    lines = [phone(n, style) for n in d.numbers]
    s.text(330, 262, "Digital Voice lines:", 8.5, bold=True)
    s.lines(330, 276, lines, 8.5)
    help_lines(s, d, 40, 330, 8, extra=(d.carrier.domain,))
    notices(s, d, 40, 420)
    s.rule(40, 560, W - 40, 0.4, GREY)
    s.text(40, 574, f"Services provided by {d.carrier.legal}.", 7, color=GREY)
    remit_stub(s, d)


def _legacy_account(r: random.Random, c: Customer, btn: str) -> str:
    t = btn[-10:]
    return f"{t[:3]} {t[3:6]}-{t[6:]} {digits(r, 3)} {digits(r, 2)}{r.choice('YZ')}"


@family("verizon_legacy", carrier="verizon_fios", account=_legacy_account, lines=(1, 6),
        block=0.3, modelled_on="Verizon classic business telephone bill (account number = BTN + "
        "customer code), summary and itemized calls", font="Times-Roman", accent="#000000")
def verizon_legacy(s: Sheet, d: Draft) -> None:
    from tests.billcorpus.formats import did_range

    r = s.rng
    d.upper()
    d.carrier_printed = "Verizon"
    style = "space"
    s.image_logo(40, 30, "Verizon", 26, RED)
    s.text(W - 40, 40, f"Bill Date  {date_text(d.statement_date, 'upper')}", 9, align="right")
    s.text(W - 40, 53, f"Account Number  {d.printed_account}", 9, align="right")
    s.text(W - 40, 66, "Page 1 of 3", 8, align="right")
    mailing_block(s, d, 72, 110, 10)
    s.text(40, 190, "SUMMARY OF CHARGES", 11, bold=True)
    y = 206
    for label in ("Previous Charges", "Payments - Thank You", "Current Charges",
                  "Total Amount Due"):
        s.text(40, y, label, 9.5)
        s.text(330, y, money(r), 9.5, align="right")
        y += 13
    assert d.service is not None
    s.text(40, y + 14, f"FOR SERVICE AT {one_line(d.service, 3)}", 9)
    s.text(40, y + 27, f"BILLING TELEPHONE NUMBER {phone(d.real_btn, style)}", 9)
    s.mark("service", address_key(d.service))
    s.mark("btn", d.real_btn)
    y += 13
    s.text(40, y + 34, "TELEPHONE NUMBERS BILLED TO THIS ACCOUNT", 9, bold=True)
    singles = d.singles()
    cells = [phone(n, style) for n in singles]
    for i, cell in enumerate(cells):
        s.text(40 + (i % 4) * 130, y + 48 + (i // 4) * 12, cell, 9)
    yy = y + 48 + ((len(cells) + 3) // 4) * 12
    for first, count in d.ranges:
        s.text(40, yy, did_range(first, count, "dash", style), 9)
        yy += 12
    s.text(40, yy + 14, "Billing Questions", 9, bold=True)
    help_lines(s, d, 40, yy + 27, 8.5)
    remit_stub(s, d)
    s.new_page()
    page_header(s, d, 2, 3)
    s.text(40, 90, "MONTHLY CHARGES", 11, bold=True)
    s.table(40, 110, ("Service", "Quantity", "Amount"),
            [("Business Line", str(len(singles)), money(r)), ("Hunting", "1", money(r, 2, 9)),
             ("Federal Subscriber Line Charge", str(len(singles)), money(r, 5, 40))],
            (300, 90, 90), size=8.5, shade=False, align=("left", "right", "right"))
    call_detail(s, d, 3, 1, "ITEMIZED CALLS", style)
