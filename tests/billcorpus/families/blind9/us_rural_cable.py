"""NINTH BLIND SPLIT: not for the reader's author (see families/blind9/__init__.py).

Ben Lomand Connect (a rural telephone cooperative of the Tennessee Highland Rim), Golden West
(a telecommunications cooperative of western South Dakota) and Comporium (a family-owned
telephone and cable company of Rock Hill, South Carolina).

Modelled on cooperative statements printed by the billing platforms rural cooperatives share
(account information as a row of column headings with the values under them, a statement
summary, current charges grouped by service, each service headed by its service ID with the
service location written on one line beside it; additional lines listed by number inside the
telephone service; no number named the billing number; capital credits; a remittance slip), on
western cooperatives' statements of Golden West's kind (one column of 'Label:' rows at the top,
the billing number by that name, the service address on one line, a service detail table of
number, description, from and thru dates and amount, the account number made of the billing
number and a suffix) and on telephone-and-cable statements of Comporium's kind (an account box
with the primary phone, the service address boxed with its label above; page 1 a summary, page 2
the voice services table with a 'Main' line and a PRI's DID block 'THRU').
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


@family("benlomand_coop", carrier="benlomand", region="BLC", lines=(1, 4), block=0.2,
        block_size=(5, 20), dialed=10, person_share=0.5,
        account=lambda r, c, b: str(r.randint(100000, 999999)),
        modelled_on="cooperative statements of Ben Lomand Connect's kind (Tennessee), as the "
        "billing platforms rural co-ops share print them: account information as column "
        "headings with values under them, statement summary, current charges by service, each "
        "service headed by its service ID with the service location on one line, additional "
        "lines inside the telephone service, capital credits, no number named the billing "
        "number, a remittance slip", accent="#005DAA", font="Helvetica")
def benlomand_coop(s: Sheet, d: Draft) -> None:
    d.btn = None  # the service ID heads the telephone section; no label names a billing number
    r = s.rng
    if r.random() < 0.5:
        d.upper()
    assert d.service is not None
    style = r.choice(("dash", "plain"))
    pages = 2 if r.random() < 0.45 else 1
    s.image_logo(40, 22, "Ben Lomand", 24, "#005DAA")
    s.text(40, 62, "Ben Lomand Connect · A member-owned cooperative since 1953", 7, color=GREY)
    due = d.statement_date + timedelta(days=20)
    total = money(r, 40, 700)
    heads = ("Account Number", "Statement Date", "Due Date", "Amount Due")
    s.table(300, 36, heads, [(d.printed_account, date_text(d.statement_date, "us"),
                              date_text(due, "us"), total)], (70, 72, 62, 66), size=7.5)
    s.text(W - 40, 70, f"Page 1 of {pages}", 7, color=GREY, align="right")
    attn = attention_line(d) if not d.customer.person and r.random() < 0.3 else ""
    mailing_block(s, d, 60, 110, 9.5, attn=attn, comma=r.random() < 0.5)
    with s.roled("help"):
        s.text(340, 110, "Questions? We're here to help.", 8, bold=True, color=s.accent)
        s.lines(340, 122, [f"{label} {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain, "Pay online with SmartHub"], 7.5)
    s.band(184, 16)
    s.text(44, 196, "STATEMENT SUMMARY", 9, bold=True, color=LIGHT)
    y = 214.0
    for label in ("Previous Balance", "Payments", "Adjustments", "Current Charges",
                  "Total Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(300, y, total if label.startswith("Total") else money(r, 0, 400), 8.5,
               align="right", bold=label.startswith("Total"))
        y += 12
    s.text(40, y + 14, "CURRENT CHARGES", 10, bold=True, color=s.accent)
    y = _benlomand_services(s, d, style, y + 30)
    s.text(40, y + 6, f"Capital credits allocated to your membership for "
                      f"{d.statement_date.year - 1}: {money(r, 3, 80)}", 7.5, color=GREY)
    if y < 540:
        notices(s, d, 40, y + 24, count=1, size=7)
    remit_stub(s, d, y=622, account_label="Account Number")
    if pages == 2:
        call_detail(s, d, 2, 1, "Long Distance Call Detail", style)


def _benlomand_services(s: Sheet, d: Draft, style: str, y: float) -> float:
    r = s.rng
    assert d.service is not None
    singles = d.singles()
    s.box(36, y - 10, W - 72, 14, fill=LIGHT)
    s.text(44, y, f"Telephone Service  {phone(singles[0], style)}", 8.5, bold=True)
    s.text(250, y, f"Service Location: {one_line(d.service, 3)}", 7.5)
    s.mark("service", address_key(d.service))
    y += 14
    rows = [("Business Line" if not d.customer.person else "Residential Line", money(r, 18, 40))]
    rows += [(f"Additional Line {phone(n, style)}", money(r, 12, 30)) for n in singles[1:]]
    rows += [(f"DID Numbers {did_range(f, c, 'full_dash', style)}", money(r, 5, 40))
             for f, c in d.ranges]
    rows += [("Federal Subscriber Line Charge", money(r, 4, 10)),
             ("TN 911 Surcharge", money(r, 1, 3)), ("Federal Universal Service", money(r, 1, 9))]
    for label, amount in rows:
        s.text(60, y, label, 7.5)
        s.text(W - 44, y, amount, 7.5, align="right")
        y += 10
    y += 8
    s.box(36, y - 10, W - 72, 14, fill=LIGHT)
    s.text(44, y, f"Internet Service  {d.customer_id}", 8.5, bold=True)
    s.text(W - 44, y, money(r, 50, 120), 8.5, align="right")
    return y + 18


@family("goldenwest_coop", carrier="goldenwest", region="GWSD", lines=(1, 5), block=0.25,
        block_size=(5, 10), dialed=8, person_share=0.55,
        account=lambda r, c, b: f"{b[2:12]}-{r.randint(1, 9)}",
        modelled_on="western cooperative statements of Golden West's kind (South Dakota): one "
        "column of 'Label:' rows at the top, the billing number by that name, the account "
        "number made of the billing number and a suffix, the service address on one line, a "
        "service detail table of number, description, from and thru dates and amount, a "
        "return portion at the foot", accent="#8C1D18", font="DejaVuSans")
def goldenwest_coop(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "dash"
    s.wordmark(40, 44, "Golden West", 24, "#8C1D18")
    s.text(40, 58, "Telecommunications Cooperative", 9, color=GREY)
    s.text(W - 40, 40, "MONTHLY STATEMENT", 12, bold=True, align="right")
    rows = (("Account Number:", d.printed_account),
            ("Billing Number:", phone(d.real_btn, style)),
            ("Statement Date:", date_text(d.statement_date, "long")),
            ("Service Address:", one_line(d.service, r.choice((0, 1)))))
    for i, (label, value) in enumerate(rows):
        s.text(40, 86 + i * 13, label, 8.5, bold=True)
        s.text(140, 86 + i * 13, value, 8.5)
    s.mark("btn", d.real_btn)
    s.mark("service", address_key(d.service))
    mailing_block(s, d, 60, 160, 9.5, comma=False)
    total = money(r, 40, 500)
    s.box(340, 148, 232, 62, stroke=s.accent)
    for i, (label, value) in enumerate((("Current Charges", money(r, 30, 400)),
                                        ("Past Due", "$0.00"), ("Total Due", total))):
        s.text(350, 164 + i * 14, label, 8.5, bold=i == 2)
        s.text(562, 164 + i * 14, value, 8.5, bold=i == 2, align="right")
    start = d.statement_date
    end = start + timedelta(days=30)
    body = []
    for k, n in enumerate(d.singles()):
        what = r.choice(("Business Line", "Residence Line")) if k == 0 else r.choice(
            ("Additional Line", "Fax Line", "Ranch Shop Line"))
        body.append((phone(n, style), what, date_text(start, "us2"), date_text(end, "us2"),
                     money(r, 15, 40)))
    for f, c in d.ranges:
        body.append((did_range(f, c, "THRU", style), f"DID Block ({c})", date_text(start, "us2"),
                     date_text(end, "us2"), money(r, 5, 30)))
    body.append(("", "Fiber Internet 1 Gig", date_text(start, "us2"), date_text(end, "us2"),
                 money(r, 60, 110)))
    s.text(40, 240, "SERVICE DETAIL", 10, bold=True, color=s.accent)
    y = s.table(40, 258, ("Number", "Description", "From", "Thru", "Amount"), body,
                (150, 150, 70, 70, 90), size=7.5,
                align=("left", "left", "left", "left", "right"))
    for i, label in enumerate(("Federal USF", "SD 911 Surcharge", "Access Recovery Charge")):
        s.text(44, y + 8 + i * 11, label, 7.5)
        s.text(W - 44, y + 8 + i * 11, money(r, 0, 12), 7.5, align="right")
    with s.roled("help"):
        s.text(40, y + 52, "Contact Golden West", 8.5, bold=True, color=s.accent)
        s.lines(40, y + 64, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    if y < 470:
        notices(s, d, 300, y + 52, count=1, size=6.5)
    remit_stub(s, d, y=624, account_label="Account Number")
    if r.random() < 0.3:
        call_detail(s, d, 2, 1, "Toll Detail", style)


@family("comporium_business", carrier="comporium", region="CMP", lines=(1, 5), block=0.35,
        block_size=(8, 12), dialed=8, person_share=0.15,
        account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 7)}",
        modelled_on="telephone-and-cable business statements of Comporium's kind (Rock Hill, "
        "SC): an account box with the primary phone, the service address boxed with its label "
        "above; page 1 a summary by service and a payment coupon, page 2 the voice services "
        "table with a 'Main' line and a PRI's DID block 'THRU'", accent="#00558C",
        font="DejaVuSans")
def comporium_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "paren"
    s.wordmark(40, 46, "comporium", 26, "#00558C")
    s.text(40, 60, "Business Services", 9, color=GREY)
    s.box(330, 24, 246, 74, fill=LIGHT)
    rows = (("Account Number", d.printed_account),
            ("Billing Date", date_text(d.statement_date, "abbr")),
            ("Payment Due", date_text(d.statement_date + timedelta(days=19), "abbr")),
            ("Primary Phone", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(rows):
        s.text(338, 40 + i * 14, label, 8)
        s.text(568, 40 + i * 14, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    attn = attention_line(d) if not d.customer.person and r.random() < 0.4 else ""
    mailing_block(s, d, 60, 124, 9.5, attn=attn)
    s.text(330, 118, "Service Address", 8, bold=True, color=s.accent)
    s.box(330, 122, 246, 46, stroke=GREY)
    s.lines(338, 136, address_lines(d.service, unit_on_line1=True), 8.5)
    s.mark("service", address_key(d.service))
    total = money(r, 90, 1500)
    s.text(40, 210, "Summary of Charges", 11, bold=True, color=s.accent)
    y = 228.0
    for label in ("Previous Balance", "Payments Received - Thank You", "Business Phone",
                  "Business Internet", "Business Cable", "Taxes, Fees & Surcharges",
                  "Total Due"):
        s.text(44, y, label, 8.5, bold=label == "Total Due")
        s.text(320, y, total if label == "Total Due" else money(r, 0, 500), 8.5,
               align="right", bold=label == "Total Due")
        y += 13
    with s.roled("help"):
        s.text(350, 210, "Contact Us", 9, bold=True, color=s.accent)
        s.lines(350, 224, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    s.text(40, y + 12, "Details of your services are on page 2.", 7.5, color=GREY)
    notices(s, d, 40, y + 36, count=2, size=7)
    remit_stub(s, d, y=618, account_label="Account Number")
    _comporium_voice(s, d, style)


def _comporium_voice(s: Sheet, d: Draft, style: str) -> None:
    r = s.rng
    s.new_page()
    page_header(s, d, 2, 2)
    s.text(40, 90, "Business Phone", 12, bold=True, color=s.accent)
    body = []
    for k, n in enumerate(d.singles()):
        body.append(("Main" if k == 0 else str(k + 1), phone(n, style),
                     r.choice(("Business Line", "Hunt Group Line", "Fax Line"))
                     if k else "Business Line",
                     r.choice(("Caller ID, Voice Mail", "Call Forwarding", "-")),
                     money(r, 20, 45)))
    for f, c in d.ranges:
        body.append(("PRI", did_range(f, c, "THRU", style), f"DID Block ({c} numbers)", "-",
                     money(r, 10, 40)))
    y = s.table(40, 110, ("Line", "Phone Number", "Service", "Features", "Monthly"), body,
                (40, 150, 150, 130, 60), size=8,
                align=("left", "left", "left", "left", "right"))
    s.text(40, y + 16, "Business Internet", 12, bold=True, color=s.accent)
    s.text(44, y + 32, "Fiber 500 Mbps with Static IP", 8.5)
    s.text(W - 44, y + 32, money(r, 80, 200), 8.5, align="right")
    s.text(40, y + 56, "Taxes, Fees & Surcharges", 12, bold=True, color=s.accent)
    for i, item in enumerate(("Federal Universal Service Fund", "SC Universal Service Fund",
                              "E911 Fee", "Sales Tax")):
        s.text(44, y + 72 + i * 11, item, 8)
        s.text(W - 44, y + 72 + i * 11, money(r, 0, 30), 8, align="right")
