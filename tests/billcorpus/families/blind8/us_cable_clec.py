"""EIGHTH BLIND SPLIT: not for the reader's author (see families/blind8/__init__.py).

Buckeye Business Solutions (the business arm of Buckeye Broadband, a cable operator of Toledo
and north-west Ohio) and Spectrotel (a CLEC and reseller of New Jersey that bills multi-location
businesses' lines on one invoice).

Modelled on cable operators' business statements of Buckeye's kind (the wordmark and the
statement box in a coloured band; the service address in a box with its label above it; the
phone service's main number by that name and the other numbers in an unlabelled grid; business
offices on local numbers in the customers' own area code; a payment coupon with an
'Amount Enclosed' box) and on reseller CLEC invoices of Spectrotel's kind, whose billing
platforms print an invoice summary, a location summary (each location with its BTN and its
address on one line) and, from page 2, each location's lines by ANI in two columns.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import (
    attention_line,
    doing_business_as,
    mailing_block,
    notices,
    page_header,
    remit_stub,
)
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
from tests.billcorpus.people import us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

WHITE = HexColor("#FFFFFF")


@family("buckeye_business", carrier="buckeye", region="TOL", lines=(1, 6), block=0.35,
        block_size=(5, 20), dialed=8, person_share=0.15,
        account=lambda r, c, b: f"{digits(r, 4)} {digits(r, 6)} {digits(r, 2)}",
        modelled_on="cable business statements of Buckeye Broadband's kind: wordmark and "
        "statement box in a band, service address boxed with its label above, the voice "
        "service's main number and the other numbers in an unlabelled grid, a DID block with "
        "a dash, local business-office numbers in the customers' area code, a payment coupon",
        accent="#0B4EA2", font="Helvetica")
def buckeye_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "dot"
    s.band(20, 58)
    s.text(48, 50, "BUCKEYE", 22, bold=True, color=WHITE)
    s.text(48, 66, "Business Solutions", 10, color=WHITE)
    box = (("Account Number", d.printed_account),
           ("Statement Date", date_text(d.statement_date, "us")),
           ("Service Period", f"{date_text(d.statement_date, 'us2')} - "
                              f"{date_text(d.statement_date + timedelta(days=30), 'us2')}"),
           ("Please Pay By", date_text(d.statement_date + timedelta(days=18), "us")))
    for i, (label, value) in enumerate(box):
        s.text(340, 34 + i * 11, label, 7.5, color=WHITE)
        s.text(W - 44, 34 + i * 11, value, 8, bold=True, color=WHITE, align="right")
    attn = attention_line(d) if not d.customer.person and r.random() < 0.4 else ""
    mailing_block(s, d, 60, 112, 9.5, attn=attn)
    s.box(340, 98, 236, 66, stroke=GREY)
    s.text(348, 111, "SERVICE ADDRESS", 7.5, bold=True, color=s.accent)
    s.lines(348, 124, address_lines(d.service, comma=False), 8.5)
    s.mark("service", address_key(d.service))
    total = money(r, 90, 900)
    s.text(40, 200, "Account Summary", 11, bold=True, color=s.accent)
    y = 216.0
    for label in ("Previous Balance", "Payment(s) Received", "Business Internet",
                  "Business Voice", "Business TV", "Taxes, Fees & Surcharges",
                  "Total Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(300, y, total if label.startswith("Total") else money(r, 0, 300), 8.5,
               align="right", bold=label.startswith("Total"))
        y += 12
    with s.roled("help"):
        s.text(340, 200, "We're Local. Call Us.", 9, bold=True, color=s.accent)
        s.lines(340, 214, [f"{label} {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 8)
    s.text(40, y + 20, "Business Voice", 11, bold=True, color=s.accent)
    s.text(44, y + 36, "Main Number", 8.5, bold=True)
    s.text(130, y + 36, phone(d.real_btn, style), 8.5)
    s.mark("btn", d.real_btn)
    others = [n for n in d.singles() if n != d.real_btn]
    yy = y + 52
    for k, n in enumerate(others):  # a grid of numbers, three to a row, no label
        s.text(44 + (k % 3) * 110, yy + (k // 3) * 12, phone(n, style), 8.5)
    yy += ((len(others) + 2) // 3) * 12
    for f, c in d.ranges:
        s.text(44, yy, f"{did_range(f, c, 'dash', style)}   ({c} DIDs)", 8.5)
        yy += 12
    s.text(44, yy + 4, f"Voice lines: {len(d.singles())}   Unlimited local and long distance",
           7.5, color=GREY)
    notices(s, d, 40, max(yy + 26, 520), count=1, size=7)
    s.text(40, 600, f"Buckeye Business Solutions is a division of {d.carrier.legal}, "
                    "Toledo, Ohio.", 6.5, color=GREY)
    remit_stub(s, d, y=612, account_label="Account Number")


def _locations(d: Draft) -> list[SubAccount]:
    """Two to five locations of one customer under one account, each with its own BTN."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    sites = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 4)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        sites.append(SubAccount(d.printed_account, nums[0], us_address(r, city, 0.3), nums))
    d.sub_accounts = sites
    d.numbers = [n for x in sites for n in x.numbers]
    d.alternatives = {"btn": tuple(x.btn for x in sites),
                      "service_address": tuple(x.service for x in sites)}
    d.traits.add("multi_site")
    return sites


@family("spectrotel_summary", carrier="spectrotel", lines=(1, 3), dialed=10, person_share=0.0,
        account=lambda r, c, b: f"{digits(r, 8)}",
        modelled_on="reseller CLEC invoices of Spectrotel's kind: invoice summary, a location "
        "summary with each location's BTN and its address on one line, and from page 2 each "
        "location's lines listed by ANI in two columns, as the billing platforms such "
        "resellers use print them (location summary, ANI reports)", accent="#1F5FA8",
        font="DejaVuSans")
def spectrotel_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    legal, trade = doing_business_as(d, r.choice(("DBA", "dba")))
    sites = _locations(d)
    style = "paren"
    s.wordmark(40, 46, "spectrotel", 24, "#1F5FA8")
    s.text(40, 60, f"{d.carrier.legal} · 3535 State Highway 66 · Neptune, NJ 07753", 6.5,
           color=GREY)
    rows = (("Account #", d.printed_account), ("Invoice #", d.invoice_id),
            ("Bill Date", date_text(d.statement_date, "us")),
            ("Due Date", date_text(d.statement_date + timedelta(days=25), "us")),
            ("Locations", str(len(sites))))
    for i, (label, value) in enumerate(rows):
        s.text(380, 34 + i * 11, label, 7.5, color=GREY)
        s.text(W - 40, 34 + i * 11, value, 8, bold=True, align="right")
    mailing_block(s, d, 60, 112, 9.5, name_lines=[legal, *([trade] if trade else [])])
    with s.roled("help"):
        s.text(380, 112, "Customer Service", 8, bold=True, color=s.accent)
        s.lines(380, 124, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + ["care@spectrotel.com"], 7.5)
    s.text(40, 196, "INVOICE SUMMARY", 10, bold=True, color=s.accent)
    total = money(r, 150, 3000)
    for i, label in enumerate(("Previous Balance", "Payments Received", "Balance Forward",
                               "Current Charges", "Total Amount Due")):
        s.text(44, 212 + i * 12, label, 8.5, bold=i == 4)
        s.text(300, 212 + i * 12, total if i == 4 else money(r, 0, 2000), 8.5, align="right",
               bold=i == 4)
    s.text(40, 290, "LOCATION SUMMARY", 10, bold=True, color=s.accent)
    body = []
    for k, x in enumerate(sites):
        body.append((f"{k + 1:03d}", phone(x.btn, style), one_line(x.service, 1),
                     money(r, 30, 600)))
        s.mark("btn", x.btn)
        s.mark("service", address_key(x.service))
    s.table(40, 308, ("Loc", "BTN", "Service Address", "Current Charges"), body,
            (30, 100, 320, 80), size=7.5, align=("left", "left", "left", "right"))
    remit_stub(s, d, y=616, account_label="Account #")
    _ani_pages(s, d, sites, style)


def _ani_pages(s: Sheet, d: Draft, sites: list[SubAccount], style: str) -> None:
    """Page 2 on: each location's lines by ANI, in two columns."""
    r = s.rng
    s.new_page()
    page_header(s, d, 2, 2, account_label="Account #")
    s.text(40, 88, "CHARGES BY LOCATION", 11, bold=True, color=s.accent)
    col, y = 0, 108.0
    for k, x in enumerate(sites):
        if y > 400 and col == 0:
            col, y = col + 1, 108.0
        x0 = 40 + col * 280
        s.box(x0 - 4, y - 10, 268, 14, fill=LIGHT)
        s.text(x0, y, f"Location {k + 1:03d}  BTN {phone(x.btn, style)}", 8, bold=True)
        s.text(x0, y + 12, one_line(x.service, 1), 6.5)
        y += 26
        for n in x.numbers:
            s.text(x0, y, f"ANI {phone(n, style)}", 7.5)
            s.text(x0 + 120, y, r.choice(("Business Line", "POTS Line", "Fax Line",
                                          "Alarm Line")), 7.5)
            s.text(x0 + 260, y, money(r, 20, 60), 7.5, align="right")
            y += 11
        for item in ("FUSF", "State 911", "Subscriber Line Charge"):
            s.text(x0 + 10, y, item, 7, color=GREY)
            s.text(x0 + 260, y, money(r, 1, 15), 7, align="right", color=GREY)
            y += 10
        y += 10
