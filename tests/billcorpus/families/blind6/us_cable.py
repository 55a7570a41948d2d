"""SIXTH BLIND SPLIT: not for the reader's author (see families/blind6/__init__.py).

Armstrong (a cable operator of western Pennsylvania, Ohio, Kentucky and West Virginia) and
Lightpath (an enterprise fiber carrier of the New York metro area: several locations billed on one
summary invoice).

Modelled on Armstrong's "Understanding Your Armstrong Statement" (a subscription service billed one
month in advance; payment in full due upon receipt; the company portion mailed back with the
payment; a subscriber account; a local office beside the toll-free customer service line) and on
cable statements of its kind (the subscriber's record in capitals, the service location in its own
box, the digital phone numbers in the statement detail); and on enterprise fiber invoices of
Lightpath's kind (a billing account number over several sub-accounts, a summary of charges by
location with the street and the city in separate columns, each location's voice services on its
own page, DID blocks as an NPA-NXX / start / end table, usage billed a month in arrears).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    block_cells,
    csz,
    date_text,
    did_range,
    digits,
    money,
    phone,
)
from tests.billcorpus.people import us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key, in_range

WHITE = HexColor("#FFFFFF")


@family("armstrong_business", carrier="armstrong", region="ARM", lines=(1, 5), block=0.3,
        block_size=(5, 12), dialed=10, person_share=0.3,
        account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 6)}-{digits(r, 2)}",
        modelled_on="armstrongonewire.com support: Understanding Your Armstrong Statement (billed "
        "one month in advance, payment in full due upon receipt, company portion returned with "
        "the payment, subscriber account, late fee after the due date); a local office line "
        "beside the toll-free customer service; digital phone numbers in the statement detail",
        accent="#0A4B8F", font="Helvetica")
def armstrong_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    assert d.service is not None
    style = "paren"
    start = d.statement_date + timedelta(days=1)
    s.image_logo(40, 24, "Armstrong", 28, "#0A4B8F")
    s.text(40, 66, "Business Solutions", 8, color=GREY)
    rows = (("SUBSCRIBER ACCOUNT", d.printed_account),
            ("STATEMENT DATE", date_text(d.statement_date, "us")),
            ("SERVICE PERIOD", f"{start:%m/%d/%y} - {start + timedelta(days=30):%m/%d/%y}"),
            ("PAYMENT DUE", "Upon Receipt"))
    for i, (label, value) in enumerate(rows):
        s.text(330, 30 + i * 14, label, 7, bold=True, color=GREY)
        s.text(W - 40, 30 + i * 14, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 124)
    s.box(330, 96, 246, 70, stroke=s.accent)
    s.text(338, 108, "SERVICE LOCATION", 7, bold=True, color=s.accent)
    s.lines(338, 121, [d.name, *address_lines(d.service)], 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 200, "STATEMENT SUMMARY", 10, bold=True, color=s.accent)
    y = 216.0
    for label in ("Previous Balance", "Payment Received", "Balance Forward",
                  "Business Internet", "Business Digital Phone", "Taxes & Surcharges",
                  "TOTAL AMOUNT DUE"):
        s.text(44, y, label, 8.5, bold=label.startswith("TOTAL"))
        s.text(290, y, money(r, 0, 600), 8.5, align="right", bold=label.startswith("TOTAL"))
        y += 12
    _armstrong_phone_box(s, d, style)
    notices(s, d, 40, y + 16, count=2, size=7)
    with s.roled("help"):
        s.text(40, 560, f"Questions? Call {d.carrier.help_lines[0][0]} at "
                        f"{d.carrier.help_lines[0][1]} or visit our local office, "
                        f"{d.carrier.help_lines[1][1]}.", 7.5)
    s.text(40, 574, "Payment in full is due upon receipt. Allow 5 working days for your payment "
                    "to be credited.", 7, color=GREY)
    remit_stub(s, d, y=600, account_label="Subscriber Account")
    s.new_page()
    _armstrong_detail(s, d, style)
    if r.random() < 0.5:
        call_detail(s, d, 3, 1, "Toll Call Detail", style)


def _armstrong_phone_box(s: Sheet, d: Draft, style: str) -> None:
    s.box(330, 190, 246, 16, fill=s.accent)
    s.text(338, 202, "YOUR DIGITAL PHONE", 8, bold=True, color=WHITE)
    s.text(338, 222, "Primary Telephone:", 8, bold=True)
    s.text(430, 222, phone(d.real_btn, style), 9)
    s.mark("btn", d.real_btn)
    y = 236.0
    others = d.singles()[1:]
    if others:
        s.text(338, y, "Additional Lines:", 8, bold=True)
        for k in range(0, len(others), 2):
            s.text(430, y, ", ".join(phone(n, style) for n in others[k:k + 2]), 8)
            y += 11
    for f, c in d.ranges:
        s.text(338, y + 4, "Number Block:", 8, bold=True)
        s.text(430, y + 4, did_range(f, c, "thru", "dot"), 8)
        y += 16


def _armstrong_detail(s: Sheet, d: Draft, style: str) -> None:
    r = s.rng
    s.wordmark(40, 46, "Armstrong", 14, "#0A4B8F", font="Helvetica-Bold")
    s.text(W - 40, 40, f"Subscriber Account {d.printed_account}  Page 2", 7.5, align="right")
    s.rule(36, 56, W - 36, 0.8, s.accent)
    s.text(40, 80, "STATEMENT DETAIL", 11, bold=True, color=s.accent)
    y = 100.0
    for n in d.singles():
        s.box(36, y - 10, W - 72, 14, fill=LIGHT)
        s.text(44, y, f"Business Digital Phone - {phone(n, style)}", 8.5, bold=True)
        s.text(W - 44, y, money(r, 25, 45), 8.5, align="right")
        for k, feature in enumerate(r.sample(("Unlimited Nationwide Calling", "Voice Mail",
                                              "Caller ID with Name", "Call Forwarding",
                                              "Hunting"), 2)):
            s.text(60, y + 13 + k * 11, feature, 7.5)
            s.text(W - 44, y + 13 + k * 11, "Included", 7.5, align="right")
        y += 40
    for _, c in d.ranges:
        s.text(44, y, f"DID Block, {c} numbers", 8.5, bold=True)
        s.text(W - 44, y, f"${c * 2:.2f}", 8.5, align="right")
        y += 16
    s.text(44, y + 8, "Business Internet 300", 8.5, bold=True)
    s.text(W - 44, y + 8, money(r, 70, 150), 8.5, align="right")


def _locations(d: Draft) -> list[SubAccount]:
    """Two to four locations of one customer, each a sub-account with its own lines."""
    r = d.rng
    assert d.service is not None
    base = digits(r, 6)
    subs = [SubAccount(f"{base}-{r.randint(1, 9):03d}", d.real_btn, d.service, tuple(d.numbers))]
    region = (("Hauppauge", "NY", "117", "631"), ("Melville", "NY", "117", "631"),
              ("Garden City", "NY", "115", "516"), ("White Plains", "NY", "106", "914"))
    for k in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        account = f"{base}-{10 + k * 7:03d}"
        subs.append(SubAccount(account, nums[0], us_address(r, r.choice(region), 0.4), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"service_address": tuple(x.service for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.update({"multi_account", "multi_site"})
    return subs


@family("lightpath_summary", carrier="lightpath", region="LPATH", lines=(2, 4), block=0.5,
        block_size=(10, 40), dialed=12, person_share=0.0,
        account=lambda r, c, b: digits(r, 9),
        modelled_on="enterprise fiber invoices of Lightpath's kind: billing account number (BAN) "
        "over sub-accounts, summary of charges by location with street and city in separate "
        "columns, each location's voice services on its own page, DID blocks as an NPA-NXX / "
        "start / end table, usage billed a month in arrears, remittance by ACH or lockbox",
        accent="#5B2C83", font="DejaVuSans")
def lightpath_summary(s: Sheet, d: Draft) -> None:
    d.btn = None  # an enterprise invoice lists locations and trunks; no billing number
    r = s.rng
    subs = _locations(d)
    pages = 1 + len(subs)
    s.vector_mark(40, 24, "bars", 24, "#5B2C83")
    s.text(76, 46, "lightpath", 22, bold=True, color=s.accent)
    rows = (("Billing Account Number", d.printed_account), ("Invoice Number", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "abbr0")),
            ("Payment Due", date_text(d.statement_date + timedelta(days=30), "abbr0")))
    for i, (label, value) in enumerate(rows):
        s.text(340, 30 + i * 12, label, 7.5, color=GREY)
        s.text(W - 40, 30 + i * 12, value, 7.5, bold=True, align="right")
    s.text(60, 100, "Customer", 7, bold=True, color=GREY)
    mailing_block(s, d, 60, 112, 9)
    s.text(40, 190, "Summary of Charges by Location", 11, bold=True, color=s.accent)
    body = [(x.account_number, x.service.line1 + (f" {x.service.line2}" if x.service.line2
                                                  else ""),
             csz(x.service), money(r, 200, 2400)) for x in subs]
    y = s.table(40, 208, ("Sub-Account", "Street Address", "City / State / ZIP", "Amount"),
                body, (90, 190, 160, 90), size=7.5, align=("left", "left", "left", "right"))
    for x in subs:
        s.mark("service", address_key(x.service))
    y += 10
    for i, label in enumerate(("Previous Balance", "Payments Applied", "Monthly Recurring Charges",
                               "Usage (prior month)", "Taxes, Surcharges and Fees",
                               "Total Amount Due")):
        s.text(300, y + i * 12, label, 8, bold=i == 5)
        s.text(W - 40, y + i * 12, money(r, 0, 9000), 8, align="right", bold=i == 5)
    s.text(40, y, "Pay by ACH: reference your", 7.5, color=GREY)
    s.text(40, y + 10, "Billing Account Number.", 7.5, color=GREY)
    help_lines(s, d, 40, y + 34, 7.5, extra=(d.carrier.domain,))
    remit_stub(s, d, y=620, account_label="Billing Account Number")
    for k, x in enumerate(subs):
        s.new_page()
        _lightpath_location(s, d, x, k + 2, pages)


def _lightpath_location(s: Sheet, d: Draft, x: SubAccount, page: int, pages: int) -> None:
    r = s.rng
    s.text(40, 44, "lightpath", 13, bold=True, color=s.accent)
    s.text(W - 40, 38, f"BAN {d.printed_account} · Page {page} of {pages}",
           7.5, align="right")
    s.text(W - 40, 50, date_text(d.statement_date, "abbr0"), 7.5, align="right")
    s.rule(36, 58, W - 36, 0.8, s.accent)
    s.text(40, 82, f"Sub-Account {x.account_number}", 11, bold=True)
    s.text(40, 98, "Location", 7.5, bold=True, color=GREY)
    s.lines(40, 110, address_lines(x.service), 8.5)
    s.mark("service", address_key(x.service))
    blocked = [n for n in x.numbers if any(in_range(n, f, c) for f, c in d.ranges)]
    body = [(phone(n, "dash"), r.choice(("SIP Trunk - Voice Channel", "PRI Trunk DID",
                                         "Hosted Voice Seat", "Analog Line")),
             money(r, 10, 90)) for n in x.numbers if n not in blocked]
    y = s.table(40, 160, ("Telephone Number", "Service", "MRC"), body, (140, 260, 80), size=8,
                align=("left", "left", "right"))
    ranges = [(f, c) for f, c in d.ranges if f in x.numbers]
    if ranges:
        s.text(40, y + 14, "DID Number Blocks", 9, bold=True, color=s.accent)
        rows = [(*block_cells(f, c), money(r, 5, 60)) for f, c in ranges]
        s.table(40, y + 30, ("NPA-NXX", "Start", "End", "Qty", "MRC"), rows,
                (90, 70, 70, 50, 80), size=8, align=("left", "left", "left", "right", "right"))
        for n in blocked:
            s.mark("number", n)
    s.text(40, 740, "Usage charges are billed one month in arrears.", 7, color=GREY)
