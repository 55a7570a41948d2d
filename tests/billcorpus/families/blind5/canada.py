"""FIFTH BLIND SPLIT: not for the reader's author (see families/blind5/__init__.py).

Execulink Telecom (southwestern Ontario), Access Communications (a Saskatchewan cable
co-operative) and Versature (an Ottawa cloud phone provider).

Modelled on regional Ontario telephone bills of Execulink's kind (the account's key facts in a
ruled row under the logo, the service location heading the phone services on one line, the lines
of one exchange written by their last digits after the first, HST, long-distance detail); on Access Communications' "understanding your first bill" (the
summary page: service address, billing period, your account number, invoice date, billing
frequency, balance from previous statement, balance; prorated charges; billing on the 1st or the
15th; one month in advance; 24/7 Internet Help Desk 1-877-469-0418); and on Versature's guide to
its invoice PDF (account name and address, invoice number such as INV00054321, an account number
such as 001234, invoice date, amount due; balance summary; charge summary with service period,
quantity, unit price, line total and charge type; tax summary with HST 13%; payment history).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    date_text,
    did_range,
    digits,
    money,
    one_line,
    phone,
    short_list,
)
from tests.billcorpus.truth import Draft, address_key

WHITE = HexColor("#FFFFFF")


@family("execulink", carrier="execulink", country="CA", region="SWO", lines=(2, 6),
        dialed=10, person_share=0.3,
        account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 5)}-{digits(r, 1)}",
        modelled_on="execulink.ca support: regional Ontario telephone bills (the account's key "
        "facts in a ruled row under the logo, the service location heading the phone services, "
        "lines of one exchange written by their last digits, HST, long-distance detail)",
        accent="#6D2077", font="DejaVuSans")
def execulink(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    detail = r.randint(1, 2)
    s.vector_mark(40, 24, "globe", 26, "#6D2077")
    s.text(74, 44, "Execulink", 18, bold=True, color=s.accent)
    s.text(W - 40, 44, f"Page 1 of {1 + detail}", 7.5, align="right")
    total = money(r, 60, 700)
    s.table(40, 78, ("Account #", "Main Phone #", "Bill Date", "Total Due"),
            [(d.printed_account, phone(d.real_btn, "dash"), date_text(d.statement_date, "long"),
              total)], (130, 130, 150, 100), size=8.5, lead=14)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 130)
    help_lines(s, d, 360, 130, 7.5, extra=(d.carrier.domain,))
    s.text(40, 210, "Your Monthly Summary", 12, bold=True, color=s.accent)
    y = 228.0
    for label in ("Previous Balance", "Payment Received - Thank You", "Local Services",
                  "Long Distance", "Internet", "HST 13%", "Total Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(330, y, total if label == "Total Due" else money(r, 0, 400), 8.5, align="right",
               bold=label.startswith("Total"))
        y += 13
    s.text(40, y + 14, "Your Phone Services", 12, bold=True, color=s.accent)
    s.text(40, y + 32, f"Service Location \u2014 {one_line(d.service, 1)}", 8.5, bold=True)
    s.mark("service", address_key(d.service))
    s.text(40, y + 48, short_list(d.numbers, "dash"), 8.5)
    for n in d.numbers:
        s.mark("number", n)
    s.text(40, y + 60, f"{len(d.numbers)} business lines with Call Display, Voicemail and "
                       f"Unlimited Canada LD", 7.5, color=GREY)
    notices(s, d, 40, y + 84, count=2, size=7)
    s.text(40, 590, f"{d.carrier.brand} Inc. · 1127 Ridgeway Road, Woodstock ON", 6.5,
           color=GREY)
    remit_stub(s, d, y=606, account_label="Account #")
    call_detail(s, d, 2, detail, "Long Distance Details", "dash")


@family("access_comm", carrier="access_comm", country="CA", region="SK", lines=(1, 2),
        dialed=6, person_share=0.6, account=lambda r, c, b: digits(r, 9),
        modelled_on="myaccess.ca: understanding your first bill (summary page with service "
        "address, billing period, your account number, invoice date, billing frequency, "
        "balance from previous statement, balance; prorated charges, billing on the 1st or the "
        "15th one month in advance); 24/7 Internet Help Desk 1-877-469-0418", accent="#E4002B",
        font="Helvetica")
def access_comm(s: Sheet, d: Draft) -> None:
    d.btn = None  # home phone lines listed among the services; none called a billing number
    r = s.rng
    assert d.service is not None
    s.wordmark(40, 50, "access", 30, "#E4002B")
    s.text(40, 64, "communications co-operative", 8, color=GREY)
    # billing on the 1st or the 15th of the month
    d.statement_date = first = d.statement_date.replace(day=1 if d.statement_date.day < 15
                                                        else 15)
    until = first + timedelta(days=30)
    cells = (("Service Address", address_lines(d.service)),
             ("Billing Period", [f"{date_text(first, 'abbr')} to {date_text(until, 'abbr')}"]),
             ("Your Account Number", [d.printed_account]),
             ("Invoice Date", [date_text(first, "long")]),
             ("Billing Frequency", ["Monthly"]))
    for i, (label, rows) in enumerate(cells):
        x, y = (300, 30) if i == 0 else (300 + ((i - 1) % 2) * 140, 90 + ((i - 1) // 2) * 32)
        s.text(x, y, label, 7.5, bold=True, color=s.accent)
        s.lines(x, y + 12, rows, 8.5)
    s.mark("service", address_key(d.service))
    mailing_block(s, d, 60, 120)
    s.text(40, 200, "Your Bill at a Glance", 12, bold=True)
    y = 218.0
    for label in ("Balance from Previous Statement", "Payments", "Balance",
                  "Current Charges", "GST 5%", "PST 6%", "Total Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(300, y, money(r, 0, 250), 8.5, align="right")
        y += 12
    s.text(40, y + 16, "Current Charges", 12, bold=True)
    body = [("Internet 250", "Monthly", money(r, 60, 110)), ("Basic Cable", "Monthly",
                                                            money(r, 25, 60))]
    body += [(f"Home Phone {phone(n, 'space')}", "Monthly", money(r, 25, 40)) for n in d.numbers]
    body.append(("Long Distance (see details)", "Usage", money(r, 1, 30)))
    y = s.table(40, y + 34, ("Service", "Billing", "Amount"), body, (260, 90, 70), size=8.5,
                align=("left", "left", "right"))
    s.text(40, y + 14, "Charges are billed one month in advance; changes to your package are "
                       "prorated.", 7.5, color=GREY)
    help_lines(s, d, 380, 200, 7.5, extra=(d.carrier.domain,))
    s.text(380, 240, "Access is 100% Saskatchewan-owned:", 7.5, color=GREY)
    s.text(380, 250, "every penny earned is reinvested.", 7.5, color=GREY)
    s.text(40, 590, f"{d.carrier.legal} · {' '.join(d.carrier.remit)}", 6.5, color=GREY)
    remit_stub(s, d, y=606, account_label="Your Account Number")
    if r.random() < 0.5:
        call_detail(s, d, 2, 1, "Long Distance Details", "space", rows=24)


@family("versature", carrier="versature", country="CA", lines=(2, 6), block=0.35,
        block_size=(5, 20), dialed=8, person_share=0.0, account=lambda r, c, b: f"00{digits(r, 4)}",
        modelled_on="versature.helpjuice.com: understand invoice PDF downloads (account name and "
        "address, invoice number INV..., account number, invoice date, amount due; balance "
        "summary; charge summary with service period, quantity, unit price, line total, charge "
        "type; tax summary HST 13%; payment history)", accent="#00205B", font="DejaVuSans")
def versature(s: Sheet, d: Draft) -> None:
    d.btn = None  # an invoice of services: numbers are charge lines, none is a billing number
    r = s.rng
    assert d.service is not None
    invoice = f"INV{d.invoice_id[:8]}"
    s.image_logo(40, 24, "Versature", 24, "#00205B", mark="square")
    s.text(40, 76, "Account Name and Address", 7.5, bold=True, color=GREY)
    mailing_block(s, d, 40, 90, 9)
    for i, (label, value) in enumerate((("Invoice Number", invoice),
                                        ("Account Number", d.printed_account),
                                        ("Invoice Date", date_text(d.statement_date, "iso")),
                                        ("Amount Due", money(r, 100, 1500)))):
        s.text(360, 36 + i * 14, label, 8.5, bold=True)
        s.text(W - 40, 36 + i * 14, value, 8.5, align="right")
    s.text(360, 100, "Balance Forward", 8)
    s.text(W - 40, 100, money(r, 0, 200), 8, align="right")
    s.text(360, 112, "Current Charges", 8)
    s.text(W - 40, 112, money(r, 100, 1200), 8, align="right")
    period = (f"{d.statement_date:%m/%d/%Y}-"
              f"{d.statement_date + timedelta(days=29):%m/%d/%Y}")
    body = [("Cloud PBX Seat", period, str(len(d.singles())), "$29.95", money(r, 30, 300),
             "Recurring")]
    body += [(f"Local DID {phone(n, 'dash')}", period, "1", "$2.50", "$2.50", "Recurring")
             for n in d.singles()]
    body += [(f"DID Block {did_range(f, c, 'plain_full', 'dash')}", period, str(c), "$1.50",
              f"${c * 1.5:.2f}", "Recurring") for f, c in d.ranges]
    body.append(("Long Distance Usage", period, "1", money(r, 1, 20), money(r, 1, 20), "Usage"))
    s.text(40, 170, "Charge Summary", 11, bold=True, color=s.accent)
    y = s.table(40, 188, ("Service Description", "Service Period", "Qty", "Unit Price",
                          "Line Total", "Charge Type"), body, (165, 120, 28, 55, 62, 70),
                size=7.2, align=("left", "left", "right", "right", "right", "right"))
    s.text(40, y + 14, "Tax Summary", 10, bold=True, color=s.accent)
    s.table(40, y + 30, ("Tax Type", "Rate", "Tax Amount"), [("HST", "13.00%", money(r, 10, 150))],
            (150, 80, 80), size=8, shade=False)
    s.text(40, y + 70, "Payment History", 10, bold=True, color=s.accent)
    s.table(40, y + 86, ("Transaction Date", "Transaction Type", "Amount"),
            [(f"{d.statement_date - timedelta(days=20):%Y-%m-%d}", "Credit card",
              money(r, 100, 900))], (120, 120, 80), size=8, shade=False)
    help_lines(s, d, 380, y + 86, 7.5, extra=(d.carrier.domain,))
    s.text(40, 760, f"{d.carrier.legal} · {' '.join(d.carrier.remit)}", 6.5, color=GREY)
    s.new_page()
    _registered_911(s, d, invoice)


def _registered_911(s: Sheet, d: Draft, invoice: str) -> None:
    """Page 2: each number with the 911 address registered for it (the address in a cell)."""
    assert d.service is not None
    s.text(40, 40, "Versature", 11, bold=True, color=s.accent)
    s.text(W - 40, 40, f"{invoice} · Account {d.printed_account} · Page 2 of 2", 7.5,
           align="right")
    s.text(40, 76, "Registered 911 Addresses", 12, bold=True)
    where = one_line(d.service, 1)
    rows = [(phone(n, "dash"), where) for n in d.singles()]
    rows += [(did_range(f, c, "plain_full", "dash"), where) for f, c in d.ranges]
    s.table(40, 96, ("Phone Number", "911 Address"), rows, (170, 360), size=8)
    s.mark("service", address_key(d.service))
    s.text(40, 96 + 14 * (len(rows) + 2), "Keep your 911 address current: emergency services "
                                          "are sent to the address registered here.", 7.5,
           color=GREY)
