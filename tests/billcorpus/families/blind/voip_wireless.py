"""FIRST BLIND SPLIT, now open for tuning (see families/blind/__init__.py).

Vonage Business, Nextiva, UScellular.

Modelled on Vonage's invoice guide (entity and address, invoice information table, products and
charges, amount due; business invoices list each location with its numbers), Nextiva's monthly
invoice (account and invoice numbers, E911 address, numbers on the account) and UScellular's
wireless statement (account number, bill date, billing period, lines on the account, usage).
"""

from __future__ import annotations

from tests.billcorpus.blocks import (
    call_detail,
    help_lines,
    mailing_block,
    notices,
    remit_stub,
)
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    date_text,
    did_range,
    digits,
    masked_phone,
    money,
    one_line,
    phone,
)
from tests.billcorpus.truth import Draft, address_key


@family("vonage_business", carrier="vonage", lines=(1, 6), block=0.4, block_size=(5, 15),
        account=lambda r, c, b: f"{digits(r, 7)}",
        modelled_on="Vonage invoice guide: invoice information table, bill to, service "
        "locations with their phone numbers", accent="#871FFF", font="DejaVuSans")
def vonage_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    style = "dash"
    s.wordmark(40, 56, "VONAGE", 22, "#000000")
    s.text(150, 56, "Business", 10, color=GREY)
    s.text(40, 72, f"{d.carrier.legal} · {d.carrier.remit[0]}, {d.carrier.remit[1]}", 7,
           color=GREY)
    s.table(330, 44, ("Invoice Number", "Invoice Date"), [(d.invoice_id,
                                                            date_text(d.statement_date, "dmy"))],
            (120, 120), size=8)
    s.table(330, 80, ("Account Number", "Payment Terms"), [(d.printed_account, "Net 30")],
            (120, 120), size=8)
    s.text(40, 104, "Bill To", 9, bold=True, color=s.accent)
    mailing_block(s, d, 40, 118)
    assert d.service is not None
    s.text(40, 196, "Service Locations", 11, bold=True)
    nums = [phone(n, style) for n in d.singles()]
    nums += [did_range(f, c, "to", style) for f, c in d.ranges]
    cells = []
    for i in range(0, len(nums), 2):
        cells.append(", ".join(nums[i:i + 2]))
    rows = [(one_line(d.service, 1) if i == 0 else "", cell) for i, cell in enumerate(cells)]
    y = s.table(40, 214, ("Location", "Phone Numbers"), rows, (280, 250), size=7.8)
    s.mark("service", address_key(d.service))
    s.text(40, y + 18, "Products, Usage and Charges", 11, bold=True)
    for i, label in enumerate(("Vonage Business Communications Premium",
                               "Unlimited Calling Plan", "Taxes and Fees")):
        s.text(40, y + 34 + i * 13, label, 8.5)
        s.text(566, y + 34 + i * 13, money(r, 10, 300), 8.5, align="right")
    s.box(330, y + 80, 246, 30, fill=LIGHT)
    s.text(340, y + 99, "Amount Due", 10, bold=True)
    s.text(566, y + 99, money(r, 50, 900), 10, bold=True, align="right")
    s.text(40, y + 100, "How to pay / Questions", 9, bold=True)
    help_lines(s, d, 40, y + 113, 8)


@family("nextiva", carrier="nextiva", lines=(2, 10), block=0.25, person_share=0.1,
        account=lambda r, c, b: f"{digits(r, 7)}",
        modelled_on="Nextiva monthly invoice: customer, account and invoice numbers, E911 "
        "address, phone numbers on the account in a grid", accent="#005FEC")
def nextiva(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    style = "paren"
    s.wordmark(40, 56, "NEXTIVA", 22, "#005FEC")
    rows = (("Invoice #", d.invoice_id), ("Account #", d.printed_account),
            ("Invoice Date", date_text(d.statement_date, "abbr0")),
            ("Customer", d.name), ("Main number", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(rows):
        s.text(330, 40 + i * 13, label, 8.5, bold=True)
        s.text(400, 40 + i * 13, value, 8.5)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 110)
    assert d.service is not None
    s.text(330, 110, "E911 Address", 8, bold=True)
    s.lines(330, 122, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 196, "Phone numbers on account", 10, bold=True)
    singles = d.singles()
    for i, n in enumerate(singles):
        s.text(40 + (i % 4) * 130, 212 + (i // 4) * 12, phone(n, style), 8.5)
    y = 212 + ((len(singles) + 3) // 4) * 12
    for f, c in d.ranges:
        s.text(40, y, did_range(f, c, "through", style), 8.5)
        y += 12
    s.table(40, y + 20, ("Description", "Qty", "Amount"),
            [("Nextiva Professional seat", str(len(singles)), money(r, 30, 400)),
             ("Additional numbers", str(sum(c for _, c in d.ranges)), money(r, 0, 60)),
             ("Taxes & regulatory fees", "", money(r, 5, 60))], (300, 60, 80), size=8.5,
            align=("left", "right", "right"))
    s.text(40, 700, "Questions? " + "  ".join(f"{a}: {b}" for a, b in d.carrier.help_lines),
           8)
    s.text(40, 740, f"{d.carrier.legal} · {d.carrier.domain}", 7, color=GREY)


@family("uscellular", carrier="uscellular", lines=(2, 6), dialed=12,
        account=lambda r, c, b: f"{digits(r, 9)}",
        modelled_on="UScellular wireless statement: account number, bill date, billing period, "
        "lines on your account; some statements mask the middle digits of each line",
        accent="#0033A1")
def uscellular(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None
    style = "dash"
    masked = r.random() < 0.35
    if masked:
        d.masked = list(d.numbers)
        d.traits.add("masked_numbers")
    s.image_logo(40, 30, "UScellular", 24, "#0033A1")
    s.text(W - 40, 40, "Your Statement", 14, bold=True, align="right")
    rows = (("Account Number", d.printed_account), ("Bill Date",
                                                    date_text(d.statement_date, "abbr0")),
            ("Billing Period", f"{date_text(d.statement_date, 'us')} - next bill date"))
    for i, (label, value) in enumerate(rows):
        s.text(330, 60 + i * 13, label, 8.5, color=GREY)
        s.text(W - 40, 60 + i * 13, value, 8.5, align="right")
    mailing_block(s, d, 40, 110)
    s.text(40, 188, "Lines on your account", 11, bold=True)
    body = [((masked_phone(n, "dash") if masked else phone(n, style)),
             r.choice(("Smartphone", "Tablet", "Hotspot")), money(r, 20, 80)) for n in d.numbers]
    y = s.table(40, 206, ("Line", "Device", "Charges"), body, (160, 160, 80), size=8.5,
                align=("left", "left", "right"))
    s.text(40, y + 18, f"Customer Service {d.carrier.help_lines[0][1]} or 611 from your phone",
           8)
    s.text(40, y + 30, f"Pay by phone {d.carrier.help_lines[1][1]} · {d.carrier.domain}", 8)
    notices(s, d, 40, y + 60)
    s.text(40, 604, "Thank you for being a UScellular customer.", 7, color=GREY)
    remit_stub(s, d, y=612)
    if not masked:
        call_detail(s, d, 2, r.randint(1, 2), "Usage Detail", style, wireless=True)
