"""NINTH BLIND SPLIT: not for the reader's author (see families/blind9/__init__.py).

CallTower (a UCaaS provider of Utah hosting Microsoft Teams and Webex calling for businesses),
Viaero Wireless (NE Colorado Cellular, a regional wireless carrier of the High Plains) and
Cellcom (Nsight's regional wireless carrier of northeast Wisconsin).

Modelled on UCaaS invoices of CallTower's kind (an invoice with 'Bill To' and 'Sold To' blocks,
the site's emergency (E911) address under its own label, a telephone number table in E.164
form with each number's assigned user, emergency location and product; a DID block by first and
last number; no billing number named; remittance by ACH or a coupon), on regional wireless
statements of Viaero's kind (the legal name 'NE Colorado Cellular, Inc. d/b/a Viaero Wireless'
in the fine print, an account summary, a line summary by mobile number with each device, then a
page per line with the line's charges under its number; no service address) and on regional
wireless business statements of Cellcom's kind (the account number and bill cycle date in a
header band, a 'Summary of Charges by User' with the user before the number, shared data, and
usage detail pages; a masked account number on the copy printed from the online portal).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import call_detail, mailing_block, notices, page_header, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, money, one_line, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key


@family("calltower_ucaas", carrier="calltower", lines=(2, 6), block=0.45, block_size=(8, 16),
        dialed=6, person_share=0.0, account=lambda r, c, b: f"CT-{digits(r, 5)}",
        modelled_on="UCaaS invoices of CallTower's kind (Microsoft Teams / Webex calling): "
        "Bill To and Sold To blocks, the site's E911 address under its own label, a telephone "
        "number table in E.164 form with user, emergency location and product, a DID block by "
        "first and last number, no billing number named, ACH remittance or a coupon",
        accent="#D2232A", font="Helvetica")
def calltower_ucaas(s: Sheet, d: Draft) -> None:
    d.btn = None  # a hosted-voice invoice lists numbers alike; none is named the billing number
    r = s.rng
    assert d.service is not None
    style = "intl"
    s.image_logo(40, 22, "CallTower", 24, "#D2232A")
    s.text(W - 40, 34, "Invoice", 18, bold=True, align="right")
    rows = (("Account", d.printed_account), ("Invoice No.", f"INV{d.invoice_id[:8]}"),
            ("Invoice Date", date_text(d.statement_date, "iso")),
            ("Due Date", date_text(d.statement_date + timedelta(days=30), "iso")),
            ("Terms", "Net 30"), ("Currency", "USD"))
    for i, (label, value) in enumerate(rows):
        s.text(380, 52 + i * 11, label, 7.5, color=GREY)
        s.text(W - 40, 52 + i * 11, value, 8, bold=True, align="right")
    s.text(40, 92, "Bill To", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 106, 9)
    s.text(210, 92, "Sold To", 8, bold=True, color=s.accent)
    s.lines(210, 106, [d.name, d.customer.service.city + ", " + d.customer.service.state], 8)
    s.text(40, 180, "Emergency Service Address (E911)", 8, bold=True, color=s.accent)
    s.text(40, 192, one_line(d.service, r.choice((1, 2))), 8.5)
    s.mark("service", address_key(d.service))
    total = money(r, 300, 4000)
    s.text(40, 222, "Invoice Summary", 11, bold=True, color=s.accent)
    for i, label in enumerate(("Previous Balance", "Payments", "Recurring Charges",
                               "One-Time Charges", "Usage", "Taxes & Surcharges",
                               "Amount Due (USD)")):
        s.text(44, 238 + i * 11, label, 8, bold=i == 6)
        s.text(290, 238 + i * 11, total if i == 6 else money(r, 0, 2000), 8, align="right",
               bold=i == 6)
    with s.roled("help"):
        s.text(360, 222, "Support & Billing", 9, bold=True, color=s.accent)
        s.lines(360, 236, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + ["billing@calltower.com", d.carrier.domain], 7.5)
    site = f"{d.service.city} - {d.service.line1}"
    body = []
    for k, n in enumerate(d.singles()):
        user = "Main Auto Attendant" if k == 0 else (
            "Reception Call Queue" if k == 1 and r.random() < 0.5 else person_name(r))
        body.append((phone(n, style), user, site,
                     "Teams Auto Attendant" if k == 0 else r.choice(
                         ("Teams Phone Standard", "Teams Phone with Calling Plan",
                          "Webex Calling Pro"))))
    for f, c in d.ranges:
        last = f[:-4] + f"{int(f[-4:]) + c - 1:04d}"
        body.append((f"{phone(f, style)} - {phone(last, style)}", f"DID Range ({c})", site,
                     "Unassigned DIDs"))
    s.text(40, 330, "Telephone Numbers", 11, bold=True, color=s.accent)
    y = s.table(40, 348, ("Number", "Assigned To", "Emergency Location", "Product"), body,
                (150, 120, 150, 110), size=7)
    s.text(40, y + 12, "Recurring Charges", 10, bold=True, color=s.accent)
    for i, (item, qty) in enumerate((("Teams Direct Routing User", len(body)),
                                     ("CallTower Connect Calling Plan", len(body)),
                                     ("E911 Service", len(body)), ("Toll-Free Number", 1))):
        s.text(44, y + 26 + i * 10, f"{item}   Qty {qty}", 7.5)
        s.text(W - 44, y + 26 + i * 10, money(r, 5, 500), 7.5, align="right")
    s.text(40, y + 72, "Pay by ACH: reference your Account on the remittance.", 7,
           color=GREY)
    remit_stub(s, d, y=max(620, min(y + 84, 640)), account_label="Account", window=False)


@family("viaero_wireless", carrier="viaero", region="VIA", lines=(1, 6), dialed=10,
        person_share=0.45, account=lambda r, c, b: digits(r, 10),
        modelled_on="regional wireless statements of Viaero Wireless's kind (NE Colorado "
        "Cellular): the legal d/b/a in the fine print, account summary, a line summary by "
        "mobile number with each device, a page per line with its charges under the number, "
        "no service address", accent="#E31837", font="DejaVuSans")
def viaero_wireless(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    r = s.rng
    style = "dot"
    pages = 2 + (1 if r.random() < 0.35 else 0)
    s.wordmark(40, 46, "viaero", 28, "#E31837")
    s.text(W - 40, 30, "Statement", 14, bold=True, align="right")
    rows = (("Account Number", d.printed_account),
            ("Statement Date", date_text(d.statement_date, "abbr0")),
            ("Due Date", date_text(d.statement_date + timedelta(days=17), "abbr0")),
            ("Page", f"1 of {pages}"))
    for i, (label, value) in enumerate(rows):
        s.text(360, 46 + i * 11, label, 7.5, color=GREY)
        s.text(W - 40, 46 + i * 11, value, 8, bold=True, align="right")
    mailing_block(s, d, 60, 112, 9.5)
    total = money(r, 50, 800)
    s.box(36, 180, 270, 104, fill=LIGHT)
    s.text(44, 196, "Account Summary", 10, bold=True, color=s.accent)
    for i, label in enumerate(("Previous Balance", "Payment Received", "Monthly Charges",
                               "Equipment Installments", "Taxes & Surcharges",
                               "Total Amount Due")):
        s.text(44, 212 + i * 12, label, 8.5, bold=i == 5)
        s.text(298, 212 + i * 12, total if i == 5 else money(r, 0, 400), 8.5, align="right",
               bold=i == 5)
    with s.roled("help"):
        s.text(330, 196, "Questions?", 9, bold=True, color=s.accent)
        s.lines(330, 210, [f"{label} {number}" for label, number in d.carrier.help_lines]
                + ["Dial 611 from your Viaero phone", d.carrier.domain], 7.5)
    body = [(phone(n, style), r.choice(("iPhone 15", "Galaxy S24", "Moto g", "Hotspot",
                                        "Flip Phone")), r.choice(("Unlimited Plus",
                                                                  "Unlimited Essentials",
                                                                  "Data 15GB")),
             money(r, 25, 90)) for n in d.numbers]
    s.text(40, 310, "Line Summary", 11, bold=True, color=s.accent)
    y = s.table(40, 328, ("Mobile Number", "Device", "Plan", "Total"), body,
                (130, 130, 160, 90), size=8, align=("left", "left", "left", "right"))
    notices(s, d, 40, max(y + 20, 470), count=2, size=7)
    s.text(40, 600, f"{d.carrier.legal} d/b/a Viaero Wireless, Fort Morgan, Colorado.", 6.5,
           color=GREY)
    remit_stub(s, d, y=612)
    _viaero_lines(s, d, style, pages)
    if pages == 3:
        call_detail(s, d, 3, 1, "Usage Detail", style, wireless=True, rows=40)


def _viaero_lines(s: Sheet, d: Draft, style: str, pages: int) -> None:
    r = s.rng
    s.new_page()
    page_header(s, d, 2, pages)
    s.text(40, 90, "Charges by Line", 12, bold=True, color=s.accent)
    y = 110.0
    for n in d.numbers:
        if y > 700:
            break
        s.box(36, y - 10, W - 72, 14, fill=LIGHT)
        s.text(44, y, phone(n, style), 9, bold=True)
        y += 14
        for item in ("Monthly Plan Charge", "Device Protection", "Federal USF",
                     "E911 Surcharge"):
            s.text(60, y, item, 7.5)
            s.text(W - 44, y, money(r, 0, 60), 7.5, align="right")
            y += 10
        y += 8


@family("cellcom_business", carrier="cellcom", region="NEWI", lines=(2, 8), dialed=12,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 6)}",
        modelled_on="regional wireless business statements of Cellcom's kind (northeast "
        "Wisconsin): account number and bill cycle date in a header band, a summary of "
        "charges by user with the user before the number, shared data, usage detail pages, "
        "the account number masked on the copy printed from the online portal",
        accent="#5F259F", font="Helvetica")
def cellcom_business(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    r = s.rng
    if r.random() < 0.35:
        d.mask_account("X", 4)
    style = r.choice(("paren", "dash"))
    s.band(20, 54)
    s.text(48, 52, "cellcom", 24, bold=True, color=LIGHT)
    s.text(330, 36, "Business Account", 8, color=LIGHT)
    s.text(W - 44, 36, d.printed_account, 9, bold=True, color=LIGHT, align="right")
    s.text(330, 50, "Bill Cycle Date", 8, color=LIGHT)
    s.text(W - 44, 50, date_text(d.statement_date, "us"), 9, bold=True, color=LIGHT,
           align="right")
    s.text(330, 64, "Amount Due", 8, color=LIGHT)
    total = money(r, 100, 1500)
    s.text(W - 44, 64, total, 9, bold=True, color=LIGHT, align="right")
    mailing_block(s, d, 60, 112, 9.5)
    with s.roled("help"):
        s.text(340, 104, "Business Solutions", 9, bold=True, color=s.accent)
        s.lines(340, 118, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    s.text(40, 186, "Summary of Charges by User", 11, bold=True, color=s.accent)
    body = []
    for n in d.numbers:
        body.append((person_name(r).upper(), phone(n, style),
                     r.choice(("Business Unlimited", "Shared Data Line", "Tablet Line")),
                     money(r, 20, 80), money(r, 0, 20)))
    y = s.table(40, 204, ("User", "Number", "Rate Plan", "Monthly", "Other"), body,
                (150, 110, 140, 60, 60), size=7.5,
                align=("left", "left", "left", "right", "right"))
    s.text(40, y + 12, f"Shared Data: {r.randint(20, 90)} GB of {r.choice((100, 150))} GB "
                       "used this cycle", 8)
    for i, label in enumerate(("Previous Balance", "Payment - Thank You", "Current Charges",
                               "Total Amount Due")):
        s.text(330, y + 34 + i * 12, label, 8.5, bold=i == 3)
        s.text(W - 40, y + 34 + i * 12, total if i == 3 else money(r, 0, 900), 8.5,
               bold=i == 3, align="right")
    s.text(40, 596, f"Cellcom is a brand of {d.carrier.legal}, Green Bay, Wisconsin.", 6.5,
           color=GREY)
    remit_stub(s, d, y=612, account_label="Business Account")
    call_detail(s, d, 2, r.randint(1, 2), "Usage Detail", style, wireless=True, rows=40)
