"""EIGHTH BLIND SPLIT: not for the reader's author (see families/blind8/__init__.py).

FTC (Farmers Telephone Cooperative, a telephone cooperative of the South Carolina Pee Dee, its
customers members) and Arvig (a family-owned telephone, cable and internet company of west-central
Minnesota).

Modelled on rural cooperative statements of FTC's kind (the payment return portion at the TOP of
page 1, above a fold, with the member number and the window address; the statement under it with
the billing telephone number, the service location written on one line in capitals as the billing
system keeps the record, a summary of charges, capital credits; the detail of recurring charges
listed by telephone number on page 2, the long distance company and its inquiry number beside the
toll charges) and on Arvig's business statements (two columns: the window address and the account
summary on the left, account information and the service address under its label on the right; a
services table of telephone numbers with their features; a DID block written 'through';
Minnesota 911, TAP and TAM surcharges; a remittance coupon at the foot).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import (
    attention_line,
    call_detail,
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
from tests.billcorpus.truth import Draft, address_key

_LD = (("AT&T Long Distance", "1-800-222-0300"), ("Lumen Long Distance", "1-800-860-1020"),
       ("FTC Long Distance", ""))
_SERVICES = ("Business Line", "Residence Line", "Fax Line", "Alarm Circuit", "Hunting Line")


@family("ftc_member", carrier="ftc_coop", region="FTC", lines=(1, 4), block=0.15,
        block_size=(5, 10), dialed=10, person_share=0.6,
        account=lambda r, c, b: f"{digits(r, 5)}-{digits(r, 3)}",
        modelled_on="rural telephone cooperative statements of FTC's kind (South Carolina): the "
        "payment return portion at the top of page 1 with the member number and the window "
        "address, the statement below with the billing telephone number, the service location "
        "on one line in capitals, summary of charges, capital credits; recurring charges by "
        "telephone number on page 2 with the long distance company's inquiry number",
        accent="#00704A", font="Helvetica")
def ftc_member(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    assert d.service is not None
    style = r.choice(("dash", "paren"))
    pages = 3 if r.random() < 0.5 else 2
    due = d.statement_date + timedelta(days=20)
    total = money(r, 40, 600)
    with s.roled("stub"):
        s.image_logo(40, 20, "FTC", 26, "#00704A")
        s.text(40, 60, "Farmers Telephone Cooperative", 8, bold=True)
        s.lines(40, 71, list(d.carrier.remit), 7.5)
        for i, (label, value) in enumerate((("MEMBER NUMBER", d.printed_account),
                                            ("DUE DATE", date_text(due, "us")),
                                            ("AMOUNT DUE", total), ("AMOUNT PAID", ""))):
            s.text(330, 32 + i * 13, label, 7.5, bold=True)
            s.text(W - 40, 32 + i * 13, value, 8.5, align="right")
        s.box(480, 32 + 3 * 13 - 9, 92, 12, stroke=GREY)
    mailing_block(s, d, 330, 110, 9.5, comma=False)
    s.text(40, 176, "Please return the top portion with your payment. Fold here.", 6.5,
           color=GREY)
    s.rule(36, 182, W - 36, dash=True)
    s.band(192, 18)
    s.text(44, 205, "STATEMENT OF ACCOUNT", 10, bold=True, color=LIGHT)
    rows = (("Statement Date", date_text(d.statement_date, "us")),
            ("Billing Telephone Number", phone(d.real_btn, style)),
            ("Member Number", d.printed_account))
    for i, (label, value) in enumerate(rows):
        s.text(44, 228 + i * 12, label, 8.5)
        s.text(200, 228 + i * 12, value, 8.5, bold=True)
    s.mark("btn", d.real_btn)
    s.text(44, 268, "Service Location", 8.5)
    s.text(200, 268, one_line(d.service, r.choice((0, 3))), 8.5, bold=True)
    s.mark("service", address_key(d.service))
    help_rows = [f"{label} {number}" for label, number in d.carrier.help_lines]
    with s.roled("help"):
        s.lines(380, 228, ["Questions about your bill?", *help_rows, d.carrier.domain], 7.5)
    s.text(40, 300, "SUMMARY OF CHARGES", 10, bold=True, color=s.accent)
    y = 316.0
    for label in ("Previous Balance", "Payment Received - Thank You", "Balance Forward",
                  "Local Service", "Internet Service", "Toll Charges", "Taxes and Surcharges",
                  "Total Current Charges", "TOTAL AMOUNT DUE"):
        s.text(44, y, label, 8.5, bold=label.isupper())
        s.text(330, y, total if label.isupper() else money(r, 0, 200), 8.5, align="right",
               bold=label.isupper())
        y += 12
    s.text(40, y + 14, "CAPITAL CREDITS", 9, bold=True, color=s.accent)
    s.text(40, y + 26, f"As a member-owner you were allocated {money(r, 5, 90)} in capital "
                       f"credits for {d.statement_date.year - 1}.", 7.5)
    notices(s, d, 40, y + 50, count=2, size=7)
    _ftc_detail(s, d, style, pages)
    if pages == 3:
        call_detail(s, d, 3, 1, "TOLL CHARGES - ITEMIZED CALLS", style)


def _ftc_detail(s: Sheet, d: Draft, style: str, pages: int) -> None:
    r = s.rng
    s.new_page()
    page_header(s, d, 2, pages, account_label="Member Number")
    s.text(40, 90, "DETAIL OF RECURRING CHARGES", 11, bold=True, color=s.accent)
    y = 110.0
    for k, n in enumerate(d.singles()):
        kind = r.choice(_SERVICES[:2]) if k == 0 else r.choice(_SERVICES)
        s.box(36, y - 10, W - 72, 14, fill=LIGHT)
        s.text(44, y, f"{phone(n, style)}   {kind}", 8.5, bold=True)
        y += 14
        for item in ("Local Exchange Service", "Federal Subscriber Line Charge",
                     "SC Universal Service Fund", "E911 Surcharge"):
            s.text(60, y, item, 7.5)
            s.text(W - 44, y, money(r, 1, 30), 7.5, align="right")
            y += 10
        y += 6
    for f, c in d.ranges:
        s.box(36, y - 10, W - 72, 14, fill=LIGHT)
        s.text(44, y, f"Direct Inward Dial {did_range(f, c, 'THRU', style)}", 8.5, bold=True)
        s.text(W - 44, y, f"{c} NUMBERS  {money(r, 10, 60)}", 8, align="right")
        y += 20
    ld, inquiry = r.choice(_LD)
    s.text(40, y + 10, "TOLL CHARGES", 10, bold=True, color=s.accent)
    s.text(44, y + 24, f"Long distance company: {ld}", 8)
    if inquiry:
        with s.roled("help"):
            s.text(300, y + 24, f"Inquiries call {inquiry}", 8)
        d.help_numbers.append("+1" + "".join(c for c in inquiry if c.isdigit())[-10:])
    s.text(W - 44, y + 24, money(r, 0, 40), 8, align="right")


@family("arvig_business", carrier="arvig", region="OTT", lines=(1, 5), block=0.3,
        block_size=(5, 20), dialed=8, person_share=0.3,
        account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 5)}",
        modelled_on="west-central Minnesota telephone and cable statements of Arvig's kind: two "
        "columns (window address and account summary left; account information and the service "
        "address under its label right), a services table of numbers with their features, a "
        "DID block 'through', MN 911/TAP/TAM surcharges, a remittance coupon",
        accent="#E35205", font="DejaVuSans")
def arvig_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "dash"
    s.wordmark(40, 48, "arvig", 28, "#E35205")
    s.text(40, 62, "Arvig® · 150 Second Street SW · Perham MN 56573", 6.5, color=GREY)
    attn = attention_line(d) if not d.customer.person and r.random() < 0.5 else ""
    mailing_block(s, d, 60, 112, 9.5, attn=attn)
    s.text(320, 36, "Account Information", 10, bold=True, color=s.accent)
    rows = (("Account Number", d.printed_account),
            ("Statement Date", date_text(d.statement_date, "abbr")),
            ("Payment Due", date_text(d.statement_date + timedelta(days=21), "abbr")),
            ("Primary Telephone Number", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(rows):
        s.text(320, 52 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 52 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(320, 112, "Service Address", 8, bold=True, color=s.accent)
    s.lines(320, 124, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.box(36, 190, 260, 130, fill=LIGHT)
    s.text(44, 206, "Account Summary", 10, bold=True, color=s.accent)
    total = money(r, 60, 900)
    y = 222.0
    for label in ("Previous Balance", "Payments", "Adjustments", "Current Charges",
                  "Amount Due"):
        s.text(44, y, label, 8.5, bold=label == "Amount Due")
        s.text(288, y, total if label == "Amount Due" else money(r, 0, 600), 8.5,
               align="right", bold=label == "Amount Due")
        y += 14
    with s.roled("help"):
        s.text(320, 206, "Contact Us", 10, bold=True, color=s.accent)
        s.lines(320, 222, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + ["arvig.com/support"], 8)
    body = [(phone(n, style), r.choice(("Business Line", "Hosted Seat", "Fax Line")),
             r.choice(("Caller ID, Voicemail", "Call Forwarding", "Hunting", "-")),
             money(r, 18, 45)) for n in d.singles()]
    body += [(did_range(f, c, "through", style), f"DID Numbers ({c})", "-", money(r, 5, 40))
             for f, c in d.ranges]
    s.text(40, 346, "Services", 11, bold=True, color=s.accent)
    y = s.table(40, 364, ("Telephone Number", "Service", "Features", "Amount"), body,
                (150, 140, 150, 90), size=8, align=("left", "left", "left", "right"))
    for i, label in enumerate(("Business Internet 500 Mbps", "MN 911 Surcharge",
                               "MN TAP Surcharge", "MN TAM Surcharge", "Federal USF")):
        s.text(44, y + 10 + i * 11, label, 8)
        s.text(W - 44, y + 10 + i * 11, money(r, 0, 120), 8, align="right")
    remit_stub(s, d, y=614)
    if r.random() < 0.4:
        call_detail(s, d, 2, 1, "Long Distance Detail", style)
