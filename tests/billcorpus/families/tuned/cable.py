"""Cable operators' business bills: Comcast Business, Cox Business, Mediacom Business.

Modelled on Comcast Business's "Understanding your Comcast Business bill" (one-stop shop box with
account number and billing date, "Need help?" section, payment stub, phone numbers in the service
details), Cox Business's "How to read your Cox bill" (contact us, account number, Cox PIN and
service address; an invoice number on page 1 with the account number on the pages that follow)
and Mediacom's two-column statement.
"""

from __future__ import annotations

import random

from tests.billcorpus.blocks import help_lines, mailing_block, notices, page_header, remit_stub
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


def _comcast_account(r: random.Random, c: Customer, btn: str) -> str:
    return f"8{digits(r, 3)} {digits(r, 2)} {digits(r, 3)} {digits(r, 7)}"


@family("comcast_business", carrier="comcast", account=_comcast_account, lines=(1, 4), block=0.2,
        modelled_on="business.comcast.com help: understanding your Comcast Business bill",
        accent="#1F69FF", font="DejaVuSans")
def comcast_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    d.upper()
    style = "paren"
    s.image_logo(40, 30, "COMCAST BUSINESS", 22, "#1F2937")
    assert d.service is not None
    s.text(40, 80, "For service at:", 8, color=GREY)
    s.lines(40, 92, address_lines(d.service, comma=False), 8.5)
    s.mark("service", address_key(d.service))
    s.box(330, 30, 246, 110, fill=LIGHT, radius=4)
    rows = (("Account Number", d.printed_account), ("Billing Date",
                                                    date_text(d.statement_date, "us2")),
            ("Previous Balance", money(r)), ("Payment", "-" + money(r)),
            ("New Charges", money(r)), ("Total Amount Due", money(r)),
            ("Payment Due by", "Upon receipt" if r.random() < 0.2 else
             date_text(d.statement_date, "us2")))
    for i, (label, value) in enumerate(rows):
        s.text(340, 46 + i * 13.5, label, 8.5, bold=i in (0, 5))
        s.text(566, 46 + i * 13.5, value, 8.5, bold=i in (0, 5), align="right")
    mailing_block(s, d, 60, 150)
    s.text(40, 226, "New Charges Summary", 12, bold=True, color=s.accent)
    y = 244
    for label in ("Regular Monthly Charges", "Business Voice", "One-Time Charges",
                  "Taxes, Surcharges & Fees"):
        s.text(40, y, label, 9)
        s.text(300, y, money(r, 5, 300), 9, align="right")
        y += 14
    s.box(330, 220, 246, 86, stroke=GREY, radius=4)
    s.text(340, 236, "Need help?", 11, bold=True)
    help_lines(s, d, 340, 252, 8, extra=(d.carrier.domain, "Comcast Business Mobile: 611"))
    s.text(40, 330, "News from Comcast Business", 10, bold=True)
    s.text(40, 344, "Your service details and phone numbers are listed on page 2.", 8.5)
    notices(s, d, 40, 380)
    s.text(40, 604, d.carrier.legal, 7, color=GREY)
    remit_stub(s, d, y=614)
    s.new_page()
    page_header(s, d, 2, 2)
    s.text(40, 92, "Business Voice", 12, bold=True)
    rows2 = []
    for n in d.singles():
        rows2.append(("Business Voice Edge Seat", phone(n, style),
                      money(r, 20, 45)))
    for first, count in d.ranges:
        rows2.append((f"DID Block ({count})", did_range(first, count, "to", style),
                      money(r, 10, 30)))
    s.table(40, 112, ("Service", "Phone Number", "Amount"), rows2, (200, 250, 80), size=8.5,
            align=("left", "left", "right"))


def _cox_account(r: random.Random, c: Customer, btn: str) -> str:
    return f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 6)}{r.randint(100, 999)}"


@family("cox_business", carrier="cox", account=_cox_account, lines=(1, 5), block=0.35,
        modelled_on="cox.com/business/support/how-to-read-your-cox-bill: summary page",
        accent="#00AEEF", font="DejaVuSans")
def cox_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    d.upper()
    style = "dash"
    d.carrier_printed = "Cox Business"
    s.wordmark(40, 62, "cox", 34, "#00AEEF")
    s.text(112, 62, "Business", 13, color=GREY)
    s.text(W - 40, 40, "Invoice Number", 8, align="right", bold=True)
    s.text(W - 40, 52, d.invoice_id, 10, align="right")
    s.text(W - 40, 66, f"Bill Print Date {date_text(d.statement_date, 'abbr0')}", 8, align="right")
    s.text(40, 98, "Customer Name", 8, bold=True)
    s.text(170, 98, f"Customer since {r.randint(1998, 2022)}", 8, color=GREY)
    s.text(40, 111, d.name, 10)
    assert d.service is not None
    s.text(40, 132, "Service Address", 8, bold=True)
    s.lines(40, 145, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 196, "Cox PIN", 8, bold=True)
    s.text(110, 196, digits(r, 4), 9)
    s.box(330, 90, 246, 120, stroke=GREY)
    s.text(340, 106, "Contact Us", 10, bold=True)
    help_lines(s, d, 340, 122, 8, extra=(d.carrier.domain, "Cox Business MyAccount app"))
    s.text(340, 170, "Account Summary", 10, bold=True)
    s.text(340, 184, f"As of {date_text(d.statement_date, 'abbr0')}", 8)
    s.text(566, 200, money(r, 80, 900), 12, bold=True, align="right")
    s.text(40, 240, "Important messages, reminders and offers", 10, bold=True)
    s.text(40, 254, "Your account number is shown on the pages that follow.", 8.5)
    notices(s, d, 40, 300)
    s.text(40, 604, f"Cox Business services are provided by {d.carrier.legal}.", 7, color=GREY)
    remit_stub(s, d, y=612, account_label="Invoice Number", account_value=d.invoice_id)
    s.new_page()
    page_header(s, d, 2, 2)
    s.text(40, 92, "Summary of Charges", 12, bold=True)
    s.text(40, 110, "Cox Business VoiceManager", 10, bold=True)
    singles = d.singles()
    s.text(40, 126, "Phone Numbers:", 8.5, bold=True)
    for i, n in enumerate(singles):
        s.text(120 + (i % 4) * 110, 126 + (i // 4) * 12, phone(n, style), 8.5)
    y = 126 + ((len(singles) + 3) // 4) * 12 + 6
    for first, count in d.ranges:
        s.text(40, y, f"DID Range: {did_range(first, count, 'dash', style)}", 8.5)
        y += 12
    s.table(40, y + 16, ("Monthly Services", "Amount"),
            [("VoiceManager Office line", money(r)), ("Cox Business Internet 150", money(r)),
             ("Equipment", money(r, 5, 20))], (400, 80), size=8.5, align=("left", "right"))


def _mediacom_account(r: random.Random, c: Customer, btn: str) -> str:
    return f"{digits(r, 4)} {digits(r, 2)} {digits(r, 3)} {digits(r, 7)}"


@family("mediacom_business", carrier="mediacom", account=_mediacom_account, lines=(1, 3),
        modelled_on="cable operator two-column statement: account information column, "
        "service location, business phone lines", accent="#004B8D")
def mediacom_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    style = "paren"
    s.vector_mark(40, 32, "bars", 28, "#004B8D")
    s.text(84, 56, "Mediacom", 20, bold=True, color=s.accent)
    s.text(84, 70, "BUSINESS", 8, color=GREY)
    s.box(36, 90, 250, 190, fill=LIGHT)
    s.text(46, 106, "Account Information", 10, bold=True)
    assert d.service is not None
    pairs = [("Account Number", d.printed_account),
             ("Statement Date", date_text(d.statement_date, "abbr0")),
             ("Billing Name", d.name)]
    y = 124
    for label, value in pairs:
        s.text(46, y, label, 8, color=GREY)
        s.text(46, y + 11, value, 9)
        y += 28
    s.text(46, y, "Service Location", 8, color=GREY)
    s.text(46, y + 11, one_line(d.service, 1), 8)
    s.mark("service", address_key(d.service))
    s.text(330, 106, "Statement Summary", 10, bold=True)
    yy = 124
    for label in ("Previous Balance", "Payments", "Current Charges", "Total Due"):
        s.text(330, yy, label, 9)
        s.text(566, yy, money(r), 9, align="right")
        yy += 14
    s.text(330, 196, "Business Phone", 10, bold=True)
    for i, n in enumerate(d.numbers):
        s.text(330, 212 + i * 12, f"Line {i + 1}  {phone(n, style)}", 8.5)
    s.text(40, 300, "Questions about your bill?", 9, bold=True)
    help_lines(s, d, 40, 314, 8, extra=(d.carrier.domain,))
    mailing_block(s, d, 330, 300)
    s.text(40, 604, "Thank you for choosing Mediacom Business. Services provided by "
           f"{d.carrier.legal}.", 7, color=GREY)
    remit_stub(s, d, y=612)
