"""TENTH BLIND SPLIT: not for the reader's author (see families/blind10/__init__.py).

Vexus Fiber (a fibre overbuilder of Lubbock and West Texas), Bluepeak (a fibre overbuilder of
Wyoming, South Dakota and Oklahoma) and Pilot Fiber (a business fibre provider of New York City).

Modelled on fibre overbuilders' statements of Vexus' kind (the account number masked to its last
four digits in the header, printed in full only in the account details and on the coupon; the
service address only as a column of the services table, beside each service; a billing period
per row; the voice lines listed alike, none named the billing number), on Bluepeak's bills as its 'understanding your bill' page shows them (the account
holder's name wrapped over two lines in the window and in the account box; the remit-to and the
support numbers printed right beside the customer's own values; the service address and the
primary phone number under their labels; voice lines in a features list), and on business fibre
invoices of Pilot's kind (an invoice with 'Bill To' and, right under it, 'Remit To'; the
installed-at address under its label; the voice numbers listed alike, none named the billing
number; ISO and long dates).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.truth import Draft, address_key


def _wrapped(name: str, width: int) -> list[str]:
    """The name broken at spaces into lines of at most `width` characters (never a word cut)."""
    rows: list[str] = []
    for word in name.split():
        if rows and len(rows[-1]) + 1 + len(word) <= width:
            rows[-1] += " " + word
        else:
            rows.append(word)
    return rows


@family("vexus_fiber", carrier="vexus", region="LBK", lines=(1, 4), dialed=8, person_share=0.35,
        account=lambda r, c, b: digits(r, 10),
        modelled_on="fibre overbuilders' statements of Vexus Fiber's kind (West Texas): the "
        "account number masked to its last four digits in the header and in full in the "
        "account details and on the coupon, the service address only as a column of the "
        "services table, a billing period per row, the voice lines listed alike (no BTN named)",
        accent="#E35205", font="DejaVuSans")
def vexus_fiber(s: Sheet, d: Draft) -> None:
    d.btn = None  # the voice lines are listed alike in the services table; none is named the BTN
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dot"))
    s.wordmark(40, 46, "vexus", 26, "#E35205")
    s.text(40, 60, "FIBER", 8, bold=True, color=GREY)
    masked = "*" * (len(d.printed_account) - 4) + d.printed_account[-4:]
    s.text(W - 40, 32, f"Account {masked}", 9, bold=True, align="right")
    s.text(W - 40, 46, f"Statement {date_text(d.statement_date, 'abbr')}", 8, align="right")
    total = money(r, 60, 500)
    s.text(W - 40, 60, f"Please pay {total}", 8, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.box(330, 96, 246, 62, fill=LIGHT)
    s.text(338, 110, "Account Details", 8.5, bold=True, color=s.accent)
    s.text(338, 124, f"Account Number: {d.printed_account}", 8)
    s.text(338, 136, f"Customer ID: {d.customer_id}", 8)
    s.text(338, 148, f"Invoice: {d.invoice_id}", 8)
    s.text(40, 190, "Your Services", 12, bold=True, color=s.accent)
    where = one_line(d.service, r.choice((0, 1)))
    end = d.statement_date + timedelta(days=30)
    period = f"{d.statement_date:%m/%d}-{end:%m/%d}"
    body = [("Vexus Fiber 1 Gig", where, period, money(r, 60, 110))]
    for n in d.numbers:
        body.append((f"Fiber Voice {phone(n, style)}", where, period, money(r, 20, 35)))
    body.append(("Whole-Home WiFi", where, period, money(r, 5, 15)))
    y = s.table(40, 208, ("Service", "Service Location", "Period", "Amount"), body,
                (160, 230, 70, 70), size=7.5, align=("left", "left", "left", "right"))
    s.mark("service", address_key(d.service))
    for i, label in enumerate(("Taxes & Fees", "Previous Balance", "Payments", "Total Due")):
        s.text(360, y + 12 + i * 12, label, 8.5, bold=i == 3)
        s.text(W - 40, y + 12 + i * 12, total if i == 3 else money(r, 0, 300), 8.5,
               bold=i == 3, align="right")
    with s.roled("help"):
        s.text(40, y + 12, "We're here to help", 8.5, bold=True, color=s.accent)
        s.lines(40, y + 24, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    if y < 470:
        notices(s, d, 40, y + 78, count=2, size=7)
    s.text(40, 600, f"Vexus Fiber is a service of {d.carrier.legal}.", 6.5, color=GREY)
    remit_stub(s, d, y=612, account_label="Account Number")


@family("bluepeak_business", carrier="bluepeak", region="BPK", lines=(1, 4), dialed=8,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 6)}",
        modelled_on="Bluepeak's bills as its 'understanding your bill' page shows them: the "
        "account holder's name wrapped over two lines in the window and in the account box, "
        "the remit-to and support numbers right beside the customer's values, the service "
        "address and the primary phone number under their labels, voice lines in a list",
        accent="#5B2C83", font="Helvetica")
def bluepeak_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "paren"))
    rows = _wrapped(d.name, max(12, len(d.name) // 2 + 2))
    s.image_logo(40, 22, "bluepeak", 24, "#5B2C83")
    s.text(40, 62, f"{d.carrier.brand} \u00b7 {d.carrier.domain}", 7, color=GREY)
    s.box(360, 22, 216, 72, fill=LIGHT)
    s.lines(368, 36, rows, 8.5, bold_first=False)
    s.text(368, 36 + len(rows) * 11 + 2, f"Account {d.printed_account}", 8.5, bold=True)
    s.text(368, 36 + len(rows) * 11 + 14,
           f"Bill date {date_text(d.statement_date, 'abbr0')}", 7.5)
    mailing_block(s, d, 60, 120, 9.5, name_lines=rows)
    with s.roled("help"):
        s.text(250, 116, "Send payments to", 7, bold=True, color=s.accent)
        s.lines(250, 127, [d.carrier.legal, *d.carrier.remit], 7)
        s.lines(250, 162, [f"{label} {number}" for label, number in d.carrier.help_lines], 7)
    s.text(420, 116, "Service Address", 7.5, bold=True, color=s.accent)
    s.lines(420, 128, address_lines(d.service), 8)
    s.mark("service", address_key(d.service))
    s.text(420, 168, "Primary Phone Number", 7.5, bold=True, color=s.accent)
    s.text(420, 180, phone(d.real_btn, style), 8.5)
    s.mark("btn", d.real_btn)
    s.text(40, 214, "Bill Summary", 12, bold=True, color=s.accent)
    y = 230.0
    for label in ("Previous Balance", "Payments", "Internet", "Voice", "Taxes & Fees",
                  "Total Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(280, y, money(r, 0, 400), 8.5, align="right", bold=label.startswith("Total"))
        y += 12
    s.text(40, y + 16, "Voice Service", 10, bold=True, color=s.accent)
    y += 30
    for k, n in enumerate(d.numbers):
        s.text(44, y, phone(n, style), 8.5)
        s.text(160, y, ("Business Voice Line" if k else "Business Voice Line (Primary)") +
               " \u2013 Caller ID, Voicemail, Call Forwarding", 7.5)
        s.text(W - 44, y, money(r, 20, 40), 8.5, align="right")
        y += 12
    s.text(44, y + 6, "Fiber Internet 1 Gig Business", 8.5)
    s.text(W - 44, y + 6, money(r, 70, 150), 8.5, align="right")
    remit_stub(s, d, y=612, account_label="Account")


@family("pilot_fiber", carrier="pilotfiber", region="NYC", lines=(2, 6), block=0.3,
        block_size=(5, 10), dialed=8, person_share=0.0,
        account=lambda r, c, b: f"PF{r.randint(10000, 99999)}",
        modelled_on="business fibre invoices of Pilot Fiber's kind (New York City): Bill To "
        "and right under it Remit To, the installed-at address under its label, the voice "
        "numbers listed alike with none named the billing number, ISO and long dates",
        accent="#111111", font="DejaVuSans")
def pilot_fiber(s: Sheet, d: Draft) -> None:
    d.btn = None  # the numbers are listed alike; none is named the billing number
    r = s.rng
    assert d.service is not None
    style = "dash"
    s.wordmark(40, 46, "PILOT", 26, "#111111")
    s.text(40, 60, "fiber internet \u00b7 voice", 7.5, color=GREY)
    s.text(W - 40, 34, "INVOICE", 16, bold=True, align="right")
    s.text(W - 40, 50, f"No. {d.invoice_id[:7]}  \u00b7  {date_text(d.statement_date, 'iso')}",
           8, align="right")
    s.text(40, 96, "Bill To", 8, bold=True, color=s.accent)
    y = mailing_block(s, d, 40, 110, 9)
    with s.roled("help"):
        s.text(40, y + 6, "Remit To", 8, bold=True, color=s.accent)
        s.lines(40, y + 18, [d.carrier.legal, *d.carrier.remit], 8)
    s.text(300, 96, "Customer Account", 8, bold=True, color=s.accent)
    s.text(300, 110, d.printed_account, 9)
    s.text(300, 130, "Installed At", 8, bold=True, color=s.accent)
    s.lines(300, 144, address_lines(d.service, comma=False), 9)
    s.mark("service", address_key(d.service))
    s.text(300, 190, f"Service period: {date_text(d.statement_date, 'long')} - "
                     f"{date_text(d.statement_date + timedelta(days=30), 'long')}", 7.5)
    s.text(40, 230, "Charges", 12, bold=True, color=s.accent)
    body = [("Dedicated Fiber Internet 1 Gbps", "1", money(r, 400, 900)),
            ("Hosted Voice Seats", str(len(d.singles())), money(r, 50, 200))]
    body += [(f"  Voice number {phone(n, style)}", "1", money(r, 2, 5)) for n in d.singles()]
    for f, c in d.ranges:
        last = f[:-4] + f"{int(f[-4:]) + c - 1:04d}"
        body.append((f"  DID block {phone(f, style)} - {phone(last, style)}", str(c),
                     money(r, 5, 20)))
    body.append(("E911 Service", "1", money(r, 2, 8)))
    y = s.table(40, 248, ("Description", "Qty", "Amount"), body, (380, 60, 90), size=8,
                align=("left", "right", "right"))
    total = money(r, 500, 2000)
    for i, label in enumerate(("Subtotal", "Taxes & Surcharges", "Total Due")):
        s.text(380, y + 14 + i * 12, label, 8.5, bold=i == 2)
        s.text(W - 40, y + 14 + i * 12, total if i == 2 else money(r, 5, 900), 8.5,
               bold=i == 2, align="right")
    with s.roled("help"):
        s.lines(40, y + 14, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + ["billing@pilotfiber.com"], 7.5)
    s.text(40, y + 60, f"Due {date_text(d.statement_date + timedelta(days=30), 'iso')} \u00b7 "
                       "Net 30 \u00b7 ACH or wire preferred", 7.5)
    s.text(40, 740, f"{d.carrier.legal} \u00b7 {d.carrier.domain}", 6.5, color=GREY, align="left")
