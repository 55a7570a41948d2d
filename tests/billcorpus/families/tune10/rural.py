"""Open tuning split tune10: Mid-Hudson Cablevision (cable, internet and phone of Catskill, New
York), SRT Communications (the telephone cooperative of Minot, North Dakota) and Union Wireless
(Union Telephone Company of Mountain View, Wyoming).

Modelled on Mid-Hudson Cablevision's statements (the remit-to address printed at the top just
above the customer's window, an account box with the statement date in one format and the
service period in another, the service address printed above its caption, the phone lines as
'Phone 1' and 'Phone 2' with the billing phone named in the account box), on SRT's cooperative
statements (a shaded sidebar on the left: 'Member Account', bill date, 'Billed Number',
'Where Service Is Provided', and SRT's own numbers just under them; the local service headed
by its lines, a DID block 'thru') and on Union Wireless's statements (no service address and no billing number,
the lines by subscriber with a wireless number each, dates in capitals, usage pages).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import call_detail, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, did_range, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key


@family("midhudson_cable", carrier="midhudson", region="HUDV", lines=(1, 4), block=0.0,
        dialed=8, person_share=0.5,
        account=lambda r, c, b: f"{digits(r, 4)} {digits(r, 3)} {digits(r, 3)}",
        modelled_on="cable company statements of Mid-Hudson Cablevision's kind (Catskill, "
        "NY): remit-to at the top just above the window, an account box with the statement "
        "date and the service period in two formats, the service address above its caption, "
        "phone lines as 'Phone 1', 'Phone 2', the billing phone named in the account box",
        accent="#1F5F8B", font="Helvetica")
def midhudson_cable(s: Sheet, d: Draft) -> None:
    r = s.rng
    if r.random() < 0.4:
        d.upper()
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    s.wordmark(40, 42, "Mid-Hudson Cablevision", 18, "#1F5F8B")
    s.text(40, 74, "Send payments to:", 7, color=GREY)
    s.lines(40, 84, [d.carrier.legal, *d.carrier.remit], 7.5)
    mailing_block(s, d, 60, 132, 9.5)
    s.box(330, 24, 246, 92, fill=LIGHT)
    start = d.statement_date - timedelta(days=30)
    rows = (("Account", d.printed_account),
            ("Statement Date", date_text(d.statement_date, "us")),
            ("Service Period", f"{date_text(start, 'abbr')} - "
                               f"{date_text(d.statement_date, 'abbr')}"),
            ("Billing Phone #", phone(d.real_btn, style)),
            ("Amount Due", money(r, 50, 400)))
    for i, (label, value) in enumerate(rows):
        s.text(338, 40 + i * 15, label, 8)
        s.text(568, 40 + i * 15, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    with s.roled("help"):
        s.lines(338, 128, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7)
    y = s.lines(330, 170, address_lines(d.service, comma=False), 8.5)
    s.text(330, y - 1, "Service Address", 6.5, color=GREY)
    s.mark("service", address_key(d.service))
    s.text(40, 236, "Current Services", 10, bold=True, color=s.accent)
    y = 254.0
    for label in ("Basic Cable", "Internet 200 Mbps", "Modem Rental"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 5, 90), 8, align="right")
        y += 11
    for k, n in enumerate(d.singles()):
        s.text(44, y, f"Phone {k + 1}  {phone(n, style)}", 8)
        s.text(300, y, "Unlimited Local & Long Distance", 8)
        s.text(W - 44, y, money(r, 20, 40), 8, align="right")
        y += 11
    for label in ("NY State 911 Surcharge", "Franchise Fee", "Sales Tax"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 0, 9), 8, align="right")
        y += 11
    notices(s, d, 40, y + 18, count=2, size=7)
    remit_stub(s, d, y=622, account_label="Account")


@family("srt_sidebar", carrier="srt", region="MINOT", lines=(1, 5), block=0.3,
        block_size=(5, 15), dialed=10, person_share=0.35,
        account=lambda r, c, b: str(r.randint(10000, 99999)),
        modelled_on="cooperative statements of SRT's kind (Minot, ND): a shaded sidebar on "
        "the left with 'Member Account', bill date, 'Billed Number' and 'Where Service Is "
        "Provided', SRT's own numbers just under them; local "
        "service headed by its lines, a DID block 'thru', capital credits, long distance "
        "detail", accent="#2E7D32", font="DejaVuSans")
def srt_sidebar(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "space"))
    s.box(24, 24, 170, 380, fill=LIGHT)
    s.wordmark(34, 52, "SRT", 28, "#2E7D32")
    s.text(34, 66, "Communications", 8, color=GREY)
    y = 96.0
    for label, value in (("Member Account", d.printed_account),
                         ("Bill Date", date_text(d.statement_date, "dash")),
                         ("Billed Number", phone(d.real_btn, style))):
        s.text(34, y, label, 7, color=GREY)
        s.text(34, y + 11, value, 9, bold=True)
        y += 28
    s.mark("btn", d.real_btn)
    s.text(34, y, "Where Service Is Provided", 7, color=GREY)
    y = s.lines(34, y + 11, address_lines(d.service), 8)
    s.mark("service", address_key(d.service))
    with s.roled("help"):
        s.text(34, y + 10, "Questions?", 7.5, bold=True)
        s.lines(34, y + 21, [f"{lab} {num}" for lab, num in d.carrier.help_lines]
                + [d.carrier.domain], 7)
    mailing_block(s, d, 230, 96, 9.5)
    total = money(r, 40, 600)
    s.text(230, 180, "Amount Due", 9, bold=True)
    s.text(W - 40, 180, total, 9, bold=True, align="right")
    s.text(230, 192, f"Due {date_text(d.statement_date + timedelta(days=20), 'dash')}", 8)
    s.text(230, 222, "LOCAL SERVICE", 9.5, bold=True, color=s.accent)
    yy = 238.0
    for k, n in enumerate(d.singles()):
        s.text(236, yy, phone(n, style), 8)
        s.text(340, yy, "Business Line" if k == 0 else "Additional Line", 8)
        s.text(W - 40, yy, money(r, 15, 35), 8, align="right")
        yy += 11
    for f, c in d.ranges:
        s.text(236, yy, did_range(f, c, "thru", style), 8)
        s.text(400, yy, f"DID ({c})", 8)
        s.text(W - 40, yy, money(r, 5, 25), 8, align="right")
        yy += 11
    for label in ("Fiber Internet", "ND 911 Fee", "Federal USF", "Capital Credit Retirement"):
        s.text(236, yy + 6, label, 8)
        s.text(W - 40, yy + 6, money(r, 0, 90), 8, align="right")
        yy += 11
    remit_stub(s, d, y=622, account_label="Member Account")
    if r.random() < 0.4:
        call_detail(s, d, 2, 1, "Long Distance Detail", style)


@family("union_wireless", carrier="unionwireless", region="WYO", lines=(1, 6), dialed=10,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 7)}-{digits(r, 1)}",
        modelled_on="regional wireless statements of Union Wireless's kind (Wyoming): no "
        "service address and no billing number, lines by subscriber with a wireless number "
        "each, dates in capitals, pay-by-phone beside the account number, usage pages",
        accent="#00529B", font="Helvetica")
def union_wireless(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    r = s.rng
    style = r.choice(("dot", "paren"))
    s.wordmark(40, 46, "Union Wireless", 22, "#00529B")
    s.text(40, 60, d.carrier.legal, 7.5, color=GREY)
    s.text(330, 36, "ACCOUNT NUMBER", 7, color=GREY)
    s.text(330, 48, d.printed_account, 10, bold=True)
    with s.roled("help"):
        s.text(460, 36, "PAY BY PHONE", 7, color=GREY)
        s.text(460, 48, d.carrier.help_lines[1][1], 9)
    s.text(330, 66, "STATEMENT DATE", 7, color=GREY)
    s.text(330, 78, date_text(d.statement_date, "upper"), 9, bold=True)
    s.text(460, 66, "DUE DATE", 7, color=GREY)
    s.text(460, 78, date_text(d.statement_date + timedelta(days=18), "upper"), 9, bold=True)
    mailing_block(s, d, 60, 116, 9.5)
    s.text(40, 200, "CHARGES BY LINE", 10, bold=True, color=s.accent)
    body = []
    for k, n in enumerate(d.numbers):
        who = d.name if d.customer.person and k == 0 else person_name(r).upper()
        body.append((who, phone(n, style),
                     r.choice(("Unlimited Talk & Text", "Shared 20GB", "Tablet 5GB")),
                     money(r, 25, 80)))
    y = s.table(40, 218, ("Subscriber", "Wireless Number", "Plan", "Amount"), body,
                (170, 120, 160, 80), size=8, align=("left", "left", "left", "right"))
    for label in ("Surcharges & Fees", "Taxes", "Total Current Charges"):
        s.text(44, y + 6, label, 8, bold=label.startswith("Total"))
        s.text(W - 44, y + 6, money(r, 3, 400), 8, align="right",
               bold=label.startswith("Total"))
        y += 11
    with s.roled("help"):
        s.text(40, y + 20, f"{d.carrier.help_lines[0][0]}: {d.carrier.help_lines[0][1]} "
                           f"or dial 611 from your Union phone", 7.5)
    remit_stub(s, d, y=622, account_label="Account Number")
    if r.random() < 0.5:
        call_detail(s, d, 2, 1, "Usage Detail", style, wireless=True)
