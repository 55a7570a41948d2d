"""T-Mobile for Business, and the cloud phone systems: RingCentral, 8x8, Ooma Office.

Modelled on t-mobile.com/support/business/reading-the-bill (monthly statement, account details by
line), RingCentral's invoice guide (invoice number and date, account, billing address, digital
lines with extensions, E911 addresses), 8x8's "How to read your invoice" (invoice header table,
bill-to and service address side by side) and Ooma Office's monthly statement.
"""

from __future__ import annotations

import random

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, notices, page_header
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, did_range, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

MAGENTA = "#E20074"


@family("tmobile_business", carrier="tmobile", lines=(2, 9), dialed=12,
        account=lambda r, c, b: f"{r.randint(9, 9)}{digits(r, 8)}",
        modelled_on="t-mobile.com/support/business/reading-the-bill: monthly statement, lines",
        accent=MAGENTA, font="DejaVuSans")
def tmobile_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None
    style = "paren"
    s.wordmark(40, 64, "T", 40, MAGENTA)
    s.wordmark(76, 60, "T-Mobile", 20, MAGENTA)
    s.text(76, 74, "for Business", 9, color=GREY)
    s.text(W - 40, 40, "MONTHLY STATEMENT", 12, bold=True, align="right")
    for i, (label, value) in enumerate((("Statement for:", d.name),
                                        ("Account:", d.printed_account),
                                        ("Bill close date:", date_text(d.statement_date,
                                                                        "abbr0")),
                                        ("Page:", "1 of 3"))):
        s.text(360, 58 + i * 13, label, 8.5, color=GREY)
        s.text(W - 40, 58 + i * 13, value, 8.5, align="right")
    mailing_block(s, d, 40, 120)
    s.box(36, 180, W - 72, 40, fill=LIGHT)
    s.text(46, 198, "TOTAL DUE", 10, bold=True)
    s.text(46, 212, f"AutoPay on {date_text(d.statement_date, 'abbr0')}", 8)
    s.text(566, 206, money(r, 80, 1200), 16, bold=True, align="right")
    s.text(40, 246, "THIS BILL SUMMARY", 11, bold=True, color=s.accent)
    rows = [("Account", "", money(r, 0, 30), "", money(r, 0, 30))]
    for n in d.numbers:
        rows.append((phone(n, style), r.choice(("Voice", "Voice", "Mobile Internet", "Wearable")),
                     money(r, 20, 60), money(r, 0, 35), money(r, 20, 95)))
    y = s.table(40, 266, ("Line", "Type", "Plans", "Equipment", "Total"), rows,
                (130, 130, 90, 90, 90), size=8.5, align=("left", "left", "right", "right",
                                                         "right"))
    s.text(40, y + 20, "Questions? Call Customer Care at " + d.carrier.help_lines[0][1] +
           " or dial 611 from your T-Mobile phone.", 8)
    s.text(40, y + 32, f"Pay by phone {d.carrier.help_lines[1][1]}  |  {d.carrier.domain}", 8)
    notices(s, d, 40, y + 60)
    s.text(40, 740, f"{d.carrier.legal}", 7, color=GREY)
    s.new_page()
    page_header(s, d, 2, 3, account_label="Account:")
    s.text(40, 92, "DETAILED CHARGES", 11, bold=True)
    for i, n in enumerate(d.numbers):
        s.text(40, 112 + i * 24, phone(n, style), 9, bold=True)
        s.text(160, 112 + i * 24, "Business Unlimited Advanced", 8.5)
        s.text(566, 112 + i * 24, money(r, 20, 60), 8.5, align="right")
        s.text(160, 124 + i * 24, "Equipment installment plan", 7.5, color=GREY)
    call_detail(s, d, 3, 1, "USAGE DETAILS", style, wireless=True)


def _rc_account(r: random.Random, c: object, b: str) -> str:
    return f"{digits(r, 9)}{r.randint(0, 9)}"


@family("ringcentral", carrier="ringcentral", account=_rc_account, lines=(2, 8), block=0.3,
        block_size=(5, 12), modelled_on="RingCentral invoice guide: invoice header, bill to, "
        "digital lines with extensions, E911 service address", accent="#FF7A00", font="DejaVuSans")
def ringcentral(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "paren"
    s.wordmark(40, 58, "RingCentral", 24, "#0073AE")
    s.text(W - 40, 44, "Invoice", 20, bold=True, align="right")
    rows = (("Invoice Number", f"INV-{d.invoice_id}"), ("Invoice Date",
                                                        date_text(d.statement_date, "abbr")),
            ("Account Number", d.printed_account),
            ("Main Company Number", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(rows):
        s.text(360, 66 + i * 13, label, 8.5, bold=True)
        s.text(W - 40, 66 + i * 13, value, 8.5, align="right")
    s.mark("btn", d.real_btn)
    s.text(40, 130, "Bill To", 9, bold=True, color=s.accent)
    mailing_block(s, d, 40, 144)
    assert d.service is not None
    s.text(320, 130, "Emergency (E911) Service Address", 9, bold=True, color=s.accent)
    s.lines(320, 144, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 226, "Digital Lines", 12, bold=True)
    body = []
    for i, n in enumerate(d.singles()):
        body.append((phone(n, style), str(101 + i),
                     r.choice(("Reception", "Front Desk", "Maria L.", "Office", "Fax")),
                     "RingEX Core", money(r, 20, 35)))
    for first, count in d.ranges:
        body.append((did_range(first, count, "dash", style), "", "Additional numbers",
                     f"{count} local numbers", money(r, 5, 50)))
    y = s.table(40, 246, ("Phone Number", "Ext.", "User", "Plan", "Amount"), body,
                (150, 40, 120, 120, 70), size=8, align=("left", "left", "left", "left", "right"))
    s.text(40, y + 16, "Need help?", 9, bold=True)
    help_lines(s, d, 40, y + 29, 8, extra=(f"support.{d.carrier.domain}",))
    s.text(40, 740, f"{d.carrier.legal}, 20 Davis Drive, Belmont, CA 94002", 7, color=GREY)


@family("eightbyeight", carrier="eightbyeight", lines=(2, 6), block=0.35,
        account=lambda r, c, b: f"{digits(r, 7)}",
        modelled_on="support.8x8.com: how to read your invoice (header table, bill to, "
        "service address, services by phone number)", accent="#E60000")
def eightbyeight(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    d.upper()
    style = "dash"
    s.image_logo(40, 30, "8x8", 30, "#E60000")
    s.text(W - 40, 50, "INVOICE", 22, bold=True, align="right")
    heads = ("Invoice Date", "Invoice No.", "Customer Account #", "Due Date")
    vals = (date_text(d.statement_date, "us"), d.invoice_id, d.printed_account,
            date_text(d.statement_date, "us"))
    s.table(40, 94, heads, [vals], (120, 120, 140, 120), size=8.5)
    s.text(40, 136, "Bill To:", 9, bold=True)
    mailing_block(s, d, 40, 150)
    assert d.service is not None
    s.text(320, 136, "Service Address:", 9, bold=True)
    s.lines(320, 150, [d.name, *address_lines(d.service)], 9)
    s.mark("service", address_key(d.service))
    body = []
    for n in d.singles():
        body.append((phone(n, style), "X Series X2 License", "1", money(r, 24, 44)))
    for first, count in d.ranges:
        body.append((did_range(first, count, "through", style), "Additional DIDs",
                     str(count), money(r, 10, 60)))
    y = s.table(40, 226, ("Phone Number", "Description", "Qty", "Amount"), body,
                (190, 200, 50, 80), size=8, align=("left", "left", "right", "right"))
    s.text(380, y + 16, "Total Due", 10, bold=True)
    s.text(566, y + 16, money(r, 60, 900), 10, bold=True, align="right")
    s.text(40, y + 40, "Questions about this invoice?", 8.5, bold=True)
    help_lines(s, d, 40, y + 53, 8)
    s.text(40, 740, f"Remit to: {d.carrier.legal}, {', '.join(d.carrier.remit)}", 7, color=GREY)


@family("ooma_office", carrier="ooma", lines=(1, 5), person_share=0.35,
        account=lambda r, c, b: f"{digits(r, 8)}",
        modelled_on="small-business VoIP monthly statement: customer, installed-at (E911) "
        "address, main number, virtual numbers with extensions", accent="#1A1A1A")
def ooma_office(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.billing = None  # charged to a card: no mailing address on the statement
    style = "paren"
    s.wordmark(40, 56, "ooma", 26, "#1A1A1A", font="DejaVuSans")
    s.text(112, 56, "office", 14, color=GREY)
    s.text(W - 40, 44, "Monthly Statement", 12, bold=True, align="right")
    s.text(W - 40, 58, date_text(d.statement_date, "long"), 9, align="right")
    s.text(40, 96, f"Customer: {d.name}", 10)
    s.text(40, 110, f"Account #: {d.printed_account}", 10)
    s.text(40, 124, f"Main number: {phone(d.real_btn, style)}", 10)
    s.mark("btn", d.real_btn)
    assert d.service is not None
    s.text(320, 96, "Installed at:", 9, bold=True)
    s.lines(320, 110, address_lines(d.service), 9.5)
    s.mark("service", address_key(d.service))
    s.text(40, 170, "Your Ooma Office numbers", 11, bold=True)
    rows = [(phone(n, style), f"x{10 + i}", r.choice(("Main line", "Virtual fax", "Desk phone",
                                                      "Conference line")))
            for i, n in enumerate(d.numbers)]
    y = s.table(40, 188, ("Number", "Extension", "Used for"), rows, (150, 90, 200), size=8.5)
    s.text(40, y + 20, "Charges this month", 11, bold=True)
    for i, label in enumerate(("Ooma Office Pro", "Taxes and fees", "Total charged to card")):
        s.text(40, y + 36 + i * 13, label, 9)
        s.text(340, y + 36 + i * 13, money(r, 10, 200), 9, align="right")
    s.text(40, y + 90, f"Support: {d.carrier.help_lines[0][1]}  ·  {d.carrier.domain}/support",
           8)
    s.text(40, 740, f"{d.carrier.legal}, {', '.join(d.carrier.remit)}", 7, color=GREY)
