"""EIGHTH BLIND SPLIT: not for the reader's author (see families/blind8/__init__.py).

Evolve IP (a hosted voice and UCaaS provider of Pennsylvania selling to multi-user businesses),
OnSIP (a hosted PBX of New York sold online to small offices) and Appalachian Wireless (East
Kentucky Network, a regional wireless carrier of eastern Kentucky).

Modelled on UCaaS invoices of Evolve IP's kind (customer and invoice numbers, terms Net 30, a
'Bill To' block under its label, the site's E911 service location, a phone number table with each
number's user and extension and, for a block, its first and last number; no billing number
named), on online hosted PBX receipts of OnSIP's kind (an organisation and account ID, the card
that paid, line items whose descriptions carry the phone numbers, no service address and no
payment stub) and on regional wireless statements of Appalachian Wireless's kind (account
summary, a summary by mobile number with its user, dial *611, usage detail pages; the account
number masked on the online copy some customers print).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import call_detail, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, money, one_line, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key


@family("evolveip_ucaas", carrier="evolveip", lines=(2, 8), block=0.4, block_size=(10, 30),
        dialed=6, person_share=0.0, account=lambda r, c, b: f"C{digits(r, 6)}",
        modelled_on="UCaaS invoices of Evolve IP's kind: customer and invoice numbers, Net 30, "
        "a Bill To block under its label, the site's E911 service location on one line, a "
        "phone number table of number, user, extension and type, a DID block by first and "
        "last number; no billing number named", accent="#6CB33F", font="DejaVuSans")
def evolveip_ucaas(s: Sheet, d: Draft) -> None:
    d.btn = None  # a hosted-voice invoice lists numbers alike; none is named the billing number
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "plain"))
    s.image_logo(40, 22, "evolve ip", 24, "#6CB33F")
    s.text(W - 40, 34, "INVOICE", 16, bold=True, align="right")
    rows = (("Customer Number", d.printed_account), ("Invoice Number", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "us")), ("Terms", "Net 30"),
            ("Due Date", date_text(d.statement_date + timedelta(days=30), "us")))
    for i, (label, value) in enumerate(rows):
        s.text(360, 52 + i * 11, label, 7.5, color=GREY)
        s.text(W - 40, 52 + i * 11, value, 8, bold=True, align="right")
    s.text(40, 100, "Bill To:", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 114, 9)
    s.text(360, 124, "Service Location (E911)", 8, bold=True, color=s.accent)
    s.text(360, 136, one_line(d.service, 2), 7.5)
    s.mark("service", address_key(d.service))
    s.text(40, 196, "Invoice Summary", 11, bold=True, color=s.accent)
    total = money(r, 200, 3000)
    for i, label in enumerate(("Previous Balance", "Payments", "Monthly Recurring Charges",
                               "Usage Charges", "Taxes and Regulatory Fees",
                               "Total Due")):
        s.text(44, 212 + i * 12, label, 8.5, bold=i == 5)
        s.text(300, 212 + i * 12, total if i == 5 else money(r, 0, 1500), 8.5, align="right",
               bold=i == 5)
    with s.roled("help"):
        s.text(360, 196, "Questions?", 9, bold=True, color=s.accent)
        s.lines(360, 210, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + ["billing@evolveip.net"], 7.5)
    body = []
    for k, n in enumerate(d.singles()):
        user = person_name(r) if k else "Main Auto Attendant"
        body.append((phone(n, style), user, str(100 + k * r.randint(1, 9)),
                     r.choice(("Seat - Standard", "Seat - Premium", "Common Area Phone"))
                     if k else "Auto Attendant"))
    for f, c in d.ranges:
        last = f[:-4] + f"{int(f[-4:]) + c - 1:04d}"
        body.append((f"{phone(f, style)} - {phone(last, style)}", "DID Block", "-",
                     f"{c} numbers"))
    s.text(40, 300, "Phone Numbers", 11, bold=True, color=s.accent)
    y = s.table(40, 318, ("Number", "Assigned To", "Ext.", "Type"), body, (180, 150, 60, 140),
                size=7.5)
    s.text(40, y + 14, "Monthly Recurring Charges", 10, bold=True, color=s.accent)
    for i, (item, qty) in enumerate((("Evolve IP UCaaS Seat", len(body)),
                                     ("SIP Trunk Capacity", r.randint(2, 20)),
                                     ("E911 Service", len(body)),
                                     ("Federal USF Recovery", 1))):
        s.text(44, y + 30 + i * 11, f"{item}  x{qty}", 8)
        s.text(W - 44, y + 30 + i * 11, money(r, 5, 400), 8, align="right")
    remit_stub(s, d, y=620, account_label="Customer Number", window=False)


@family("onsip_receipt", carrier="onsip", lines=(1, 4), dialed=0, person_share=0.3,
        account=lambda r, c, b: str(r.randint(10000, 99999)),
        modelled_on="online hosted PBX receipts of OnSIP's kind: organisation and account ID, "
        "the card that paid, line items whose descriptions carry the phone numbers, no service "
        "address and no payment stub", accent="#E8542E", font="Helvetica")
def onsip_receipt(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # the receipt holds the card's billing address only
    r = s.rng
    style = r.choice(("paren", "dash"))
    s.wordmark(40, 48, "OnSIP", 26, "#E8542E")
    s.text(40, 62, f"{d.carrier.legal} · {', '.join(d.carrier.remit)}", 7, color=GREY)
    s.text(W - 40, 40, "Receipt", 16, bold=True, align="right")
    rows = (("Organization", d.name), ("Account ID", d.printed_account),
            ("Invoice #", f"INV-{d.invoice_id[:7]}"),
            ("Date", date_text(d.statement_date, "long")),
            ("Period", f"{date_text(d.statement_date, 'abbr')} to "
                       f"{date_text(d.statement_date + timedelta(days=30), 'abbr')}"))
    for i, (label, value) in enumerate(rows):
        s.text(40, 96 + i * 13, label, 8.5, color=GREY)
        s.text(130, 96 + i * 13, value, 8.5, bold=i == 0)
    s.text(360, 96, "Billing Address", 8.5, bold=True)
    mailing_block(s, d, 360, 110, 8.5)
    items = [("OnSIP Unlimited Plan", str(len(d.numbers)), money(r, 20, 40))]
    for k, n in enumerate(d.numbers):
        what = r.choice(("Phone Number", "DID", "Local Number"))
        tag = " (Main Line)" if k == 0 else ""
        items.append((f"{what} {phone(n, style)}{tag}", "1", money(r, 2, 5)))
    items += [("E911 Fee", str(len(d.numbers)), money(r, 1, 6)),
              ("Regulatory Recovery Fee", "1", money(r, 1, 9)),
              ("Taxes", "1", money(r, 2, 20))]
    s.text(40, 196, "Items", 11, bold=True, color=s.accent)
    y = s.table(40, 214, ("Description", "Qty", "Amount"), items, (360, 60, 110), size=8.5,
                shade=False, align=("left", "right", "right"))
    total = money(r, 30, 300)
    s.rule(300, y, W - 40)
    for i, (label, value) in enumerate((("Total", total), ("Amount Paid", total),
                                        ("Balance", "$0.00"))):
        s.text(380, y + 14 + i * 12, label, 8.5, bold=i == 0)
        s.text(W - 44, y + 14 + i * 12, value, 8.5, bold=i == 0, align="right")
    s.text(40, y + 14, f"Paid by Visa ending in {digits(r, 4)} on "
                       f"{date_text(d.statement_date, 'abbr')}", 8)
    with s.roled("help"):
        s.text(40, y + 70, "Questions about this receipt? support@onsip.com or call "
                           f"{d.carrier.help_lines[0][1]}.", 7.5, color=GREY)
        s.text(40, y + 82, f"Sales {d.carrier.help_lines[1][1]}", 7.5, color=GREY)


@family("appalachian_wireless", carrier="appalachian", region="EKY", lines=(1, 6), dialed=10,
        person_share=0.4, account=lambda r, c, b: digits(r, 9),
        modelled_on="regional wireless statements of Appalachian Wireless's kind (East Kentucky "
        "Network): account summary, summary by mobile number with each user, dial *611, usage "
        "detail pages; the account number masked on the printed online copy",
        accent="#004B87", font="Helvetica")
def appalachian_wireless(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    r = s.rng
    if r.random() < 0.3:
        d.mask_account("*", 4)
    s.image_logo(40, 22, "Appalachian Wireless", 22, "#004B87")
    s.text(W - 40, 34, "Account Number", 7.5, color=GREY, align="right")
    s.text(W - 40, 46, d.printed_account, 10, bold=True, align="right")
    s.text(W - 40, 60, f"Bill Date: {date_text(d.statement_date, 'us')}", 8, align="right")
    s.text(W - 40, 72, f"Billing Period: {date_text(d.statement_date - timedelta(days=30), 'us2')}"
                       f" - {date_text(d.statement_date - timedelta(days=1), 'us2')}", 8,
           align="right")
    mailing_block(s, d, 60, 112, 9.5)
    s.box(36, 180, W - 72, 104, fill=LIGHT)
    s.text(44, 196, "ACCOUNT SUMMARY", 10, bold=True, color=s.accent)
    total = money(r, 40, 700)
    for i, label in enumerate(("Previous Balance", "Payments Received", "Monthly Charges",
                               "Usage Charges", "Taxes, Surcharges and Fees",
                               "TOTAL AMOUNT DUE")):
        s.text(44, 212 + i * 12, label, 8.5, bold=i == 5)
        s.text(300, 212 + i * 12, total if i == 5 else money(r, 0, 400), 8.5, align="right",
               bold=i == 5)
    with s.roled("help"):
        s.text(340, 196, "Customer Care", 9, bold=True, color=s.accent)
        s.lines(340, 210, [f"{label} {number}" for label, number in d.carrier.help_lines]
                + ["Dial *611 from your Appalachian Wireless phone", d.carrier.domain], 7.5)
    body = []
    for k, n in enumerate(d.numbers):
        user = d.name if k == 0 and d.customer.person else person_name(r).upper()
        body.append((phone(n, "dash"), user,
                     r.choice(("Unlimited Talk & Text 10GB", "Business Unlimited",
                               "Share Plan Line", "Jetpack 20GB")),
                     money(r, 25, 80), money(r, 0, 15), money(r, 30, 95)))
    s.text(40, 310, "SUMMARY BY MOBILE NUMBER", 10, bold=True, color=s.accent)
    y = s.table(40, 328, ("Mobile Number", "User", "Plan", "Monthly", "Usage", "Total"), body,
                (80, 130, 140, 60, 60, 60), size=7.5,
                align=("left", "left", "left", "right", "right", "right"))
    notices(s, d, 40, max(y + 20, 480), count=2, size=7)
    remit_stub(s, d, y=612)
    call_detail(s, d, 2, r.randint(1, 2), "Usage Detail", "dash", wireless=True, rows=40)
