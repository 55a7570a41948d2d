"""SIXTH BLIND SPLIT: not for the reader's author (see families/blind6/__init__.py).

Broadvoice (a cloud phone system sold to small businesses) and C Spire (a regional wireless
carrier of Mississippi and the Southeast).

Modelled on cloud phone invoices of Broadvoice's kind (an invoice produced by billing software:
"Bill To" and "Service Address" side by side in the header, a customer ID, an invoice number and
a billing period; seats by product; the phone numbers on the account in a grid of three columns,
a DID block written as two ten-digit numbers; card on file charged on the invoice date) and on
C Spire's glossary of charges (monthly access, usage summary, administrative and regulatory
recovery charges per line) and wireless statements of its kind (an account at a glance, each line
under its user's name with its device, numbers written with dots, usage detail on later pages).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

WHITE = HexColor("#FFFFFF")
_BV_SEATS = ("b-hive Essentials Seat", "b-hive Professional Seat", "Common Area Phone",
             "Virtual Fax", "Call Center Agent")


@family("broadvoice", carrier="broadvoice", lines=(3, 9), block=0.4, block_size=(5, 20),
        dialed=8, person_share=0.0, account=lambda r, c, b: f"C{digits(r, 6)}",
        modelled_on="cloud phone invoices of Broadvoice's kind: Bill To and Service Address side "
        "by side, customer ID, invoice number, billing period; seats by product; the account's "
        "numbers in a grid of three columns, a DID block as two ten-digit numbers; card on file "
        "charged on the invoice date", accent="#F26522", font="DejaVuSans")
def broadvoice(s: Sheet, d: Draft) -> None:
    d.btn = None  # a cloud invoice: numbers are listed, none is the billing number
    r = s.rng
    assert d.service is not None
    s.vector_mark(40, 22, "swoosh", 22, "#F26522")
    s.text(82, 42, "broadvoice", 20, bold=True, color=s.accent)
    s.text(W - 40, 40, "Invoice", 20, bold=True, align="right")
    period = (f"{date_text(d.statement_date, 'abbr')} - "
              f"{date_text(d.statement_date + timedelta(days=30), 'abbr')}")
    rows = (("Customer ID", d.printed_account), ("Invoice #", f"BV-{d.invoice_id[:7]}"),
            ("Invoice Date", date_text(d.statement_date, "us")), ("Billing Period", period))
    s.table(40, 82, [label for label, _ in rows], [[value for _, value in rows]],
            (100, 100, 100, 200), size=8, lead=13)
    s.text(40, 124, "Bill To", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 138, 8.5)
    s.text(300, 124, "Service Address", 8, bold=True, color=s.accent)
    s.lines(300, 138, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 206, "Subscriptions", 11, bold=True, color=s.accent)
    singles = d.singles()
    seats = [(r.choice(_BV_SEATS[:2]), str(max(1, len(singles) - 1)), "$27.95"),
             ("Additional Phone Numbers", str(len(d.numbers)), "$2.00"),
             ("E911 Service", str(len(singles)), "$1.25")]
    body = [(name, qty, unit, f"${int(qty) * float(unit[1:]):.2f}") for name, qty, unit in seats]
    body.append(("Federal USF, Regulatory and 911 Taxes", "", "", money(r, 5, 40)))
    y = s.table(40, 224, ("Product", "Qty", "Unit Price", "Amount"), body, (260, 50, 90, 100),
                size=8, align=("left", "right", "right", "right"))
    s.text(40, y + 14, "Phone Numbers on this Account", 11, bold=True, color=s.accent)
    y += 32
    for k in range(0, len(singles), 3):
        for j, n in enumerate(singles[k:k + 3]):
            s.text(44 + j * 130, y, phone(n, "paren"), 8.5)
        y += 12
    for f, c in d.ranges:
        last = f[:-4] + f"{int(f[-4:]) + c - 1:04d}"
        s.text(44, y + 2, f"DID Range: {f[-10:]} - {last[-10:]} ({c})", 8.5)
        y += 14
    s.box(340, y + 12, 236, 42, fill=LIGHT)
    s.text(350, y + 30, "Total Due", 11, bold=True)
    s.text(566, y + 30, money(r, 80, 900), 12, bold=True, align="right")
    s.text(350, y + 46, f"Charged to card ending {digits(r, 4)}", 7.5, color=GREY)
    help_lines(s, d, 40, y + 30, 7.5, extra=(d.carrier.domain,))
    with s.roled("stub"):
        s.text(40, 740, "Remit to:", 7.5, bold=True)
        s.text(84, 740, f"{d.carrier.legal}, {', '.join(d.carrier.remit)}", 7.5)
    if r.random() < 0.5:
        call_detail(s, d, 2, 1, "Call Detail Records", "plain")


@family("cspire_wireless", carrier="cspire", region="MS", lines=(1, 6), dialed=12,
        person_share=0.5, account=lambda r, c, b: digits(r, 10),
        modelled_on="cspire.com definition of charges (monthly access, usage summary, "
        "administrative and regulatory recovery charges per line) and regional wireless "
        "statements of its kind: account at a glance, each line under its user's name and "
        "device, numbers written with dots, usage detail on later pages", accent="#6A2C91",
        font="Helvetica")
def cspire_wireless(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    r = s.rng
    s.wordmark(40, 50, "C Spire", 26, "#6A2C91", font="Helvetica-Bold")
    s.text(W - 40, 32, "Account Number", 7.5, color=GREY, align="right")
    s.text(W - 40, 45, d.printed_account, 10, bold=True, align="right")
    s.text(W - 40, 60, f"Bill Date {date_text(d.statement_date, 'abbr')}", 8, align="right")
    s.text(W - 40, 72, f"Bill Period {d.statement_date - timedelta(days=30):%m/%d} - "
                       f"{d.statement_date - timedelta(days=1):%m/%d}", 8, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.band(186, 18)
    s.text(44, 199, "YOUR ACCOUNT AT A GLANCE", 9, bold=True, color=WHITE)
    y = 222.0
    for label in ("Previous Balance", "Payments", "Monthly Access", "Usage & Purchases",
                  "Equipment Installments", "Taxes, Surcharges & Fees", "Total Due"):
        s.text(44, y, label, 8.5, bold=label == "Total Due")
        s.text(290, y, money(r, 0, 400), 8.5, align="right", bold=label == "Total Due")
        y += 12
    autopay = date_text(d.statement_date + timedelta(days=17), "abbr")
    s.text(44, y + 6, f"Auto Pay scheduled {autopay}", 8, color=GREY)
    help_lines(s, d, 340, 222, 8, extra=("Dial 611 from your C Spire phone", d.carrier.domain))
    s.text(40, y + 34, "Line Summary", 12, bold=True, color=s.accent)
    y += 52
    for i, n in enumerate(d.numbers):
        user = d.name if i == 0 and d.customer.person else person_name(r)
        s.box(36, y - 11, W - 72, 15, fill=LIGHT)
        s.text(44, y, f"{user.upper()}  {phone(n, 'dot')}", 8.5, bold=True)
        s.text(W - 44, y, money(r, 30, 95), 8.5, bold=True, align="right")
        device = r.choice(("Apple iPhone 15", "Samsung Galaxy S24", "Google Pixel 8",
                           "Moto g 5G", "Apple iPad (10th gen)"))
        s.text(60, y + 12, f"{device} · Unlimited Plus · Admin. Recovery Charge $1.49", 7.5,
               color=GREY)
        y += 28
    s.text(40, 590, f"C Spire is a trade name of {d.carrier.legal}", 6.5, color=GREY)
    remit_stub(s, d, y=604)
    call_detail(s, d, 2, r.randint(1, 2), "Usage Detail", "dot", wireless=True, rows=40)
