"""SIXTH BLIND SPLIT: not for the reader's author (see families/blind6/__init__.py).

Wightman (a telephone company of Grey, Bruce and Wellington counties in Ontario), TekSavvy (an
independent internet and home phone provider of Chatham, Ontario) and Distributel (a national
business phone provider of Ottawa).

Modelled on Wightman's support pages (eBilling, customer care 1-888.477.2177 written with a dot)
and rural Ontario telephone bills of its kind (rural addresses with a concession or sideroad and
an RR line, the billing number beside the account number, HST 13%); on TekSavvy's "Reviewing your
TekSavvy invoice" (head office address, business number and Quebec tax numbers under the logo,
toll-free and fax numbers, account number, invoice number, due date, the date sent and the phone
number; billing address; billing summary with balance forward, remaining credit, account
adjustments, current charges, ONHST; total current amount and amount due; charges by OID in boxes
per service type; payments of the last 28 days); and on business VoIP statements of Distributel's
kind (a customer number and a statement number, a premises address, numbers written in +1 form
without separators, a two-column page with the account's help in a sidebar).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from reportlab.lib.colors import HexColor

from portdesk.domain.case import Address
from tests.billcorpus.blocks import call_detail, mailing_block, notices, remit_stub
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

WHITE = HexColor("#FFFFFF")
_ROADS = ("Concession 6", "Sideroad 10", "Bruce Road 23", "Grey Road 109", "Wellington Road 2",
          "Concession 12 N", "Line 4")


def _rural(d: Draft) -> None:
    """About half the customers are on a rural route: '4523 Concession 6', 'RR 2'."""
    r = d.rng
    service = d.customer.service
    if r.random() < 0.5:
        return
    rural = Address(f"{r.randint(100, 9999)} {r.choice(_ROADS)}", f"RR {r.randint(1, 5)}",
                    service.city, service.state, service.postal_code, "CA")
    billing = rural if d.customer.billing == service else d.customer.billing
    d.customer = replace(d.customer, service=rural, billing=billing)
    d.service, d.billing = rural, billing
    d.traits.add("rural_route")


@family("wightman", carrier="wightman", country="CA", region="GREY", lines=(1, 4), block=0.2,
        block_size=(5, 10), dialed=8, person_share=0.5,
        account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 6)}",
        modelled_on="wightman.ca support (eBilling, customer care 1-888.477.2177) and rural "
        "Ontario telephone bills of its kind: rural route addresses, the billing number beside "
        "the account number, services by line, HST 13%, long distance detail",
        accent="#00558C", font="DejaVuSans")
def wightman(s: Sheet, d: Draft) -> None:
    r = s.rng
    _rural(d)
    assert d.service is not None
    style = "space"
    s.image_logo(40, 22, "Wightman", 26, "#00558C")
    s.box(300, 24, 276, 58, fill=LIGHT)
    pairs = (("Account Number", d.printed_account), ("Billing Number", phone(d.real_btn, style)),
             ("Bill Date", date_text(d.statement_date, "long")),
             ("Amount Due", money(r, 40, 500)))
    for i, (label, value) in enumerate(pairs):
        x, y = 308.0 + (i % 2) * 136, 38.0 + (i // 2) * 26
        s.text(x, y, label, 7, color=GREY)
        s.text(x, y + 11, value, 9, bold=True)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 120)
    s.text(300, 110, "Service Address", 7.5, bold=True, color=s.accent)
    s.lines(300, 122, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 200, "Account Summary", 11, bold=True, color=s.accent)
    y = 216.0
    for label in ("Previous Bill", "Payment Received - Thank you", "Balance Forward",
                  "Monthly Services", "Long Distance", "HST 13% (#R123456789)", "Total Due"):
        s.text(44, y, label, 8.5, bold=label == "Total Due")
        s.text(300, y, money(r, 0, 300), 8.5, align="right")
        y += 12
    s.text(40, y + 16, "Monthly Services", 11, bold=True, color=s.accent)
    body = [(phone(n, style), r.choice(("Individual Line", "Business Line", "Fax Line")),
             money(r, 22, 48)) for n in d.singles()]
    body += [(did_range(f, c, "en_dash", style), f"Number Block ({c})", money(r, 5, 25))
             for f, c in d.ranges]
    body.append(("", "Fibre Internet 500", money(r, 70, 110)))
    y = s.table(40, y + 34, ("Number", "Service", "Amount"), body, (170, 230, 80), size=8.5,
                align=("left", "left", "right"))
    with s.roled("help"):
        s.text(340, 200, "We're here to help", 9, bold=True, color=s.accent)
        s.text(340, 214, f"Customer Care {d.carrier.help_lines[0][1]}", 8)
        s.text(340, 226, f"Clifford office {d.carrier.help_lines[1][1]}", 8)
    s.text(340, 240, "Sign up for eBilling at wightman.ca", 8)
    notices(s, d, 40, y + 14, count=1, size=7)
    remit_stub(s, d, y=606)
    if r.random() < 0.5:
        call_detail(s, d, 2, 1, "Long Distance Detail", style, rows=30)


@family("teksavvy_phone", carrier="teksavvy", country="CA", lines=(1, 2), dialed=6,
        person_share=0.7, account=lambda r, c, b: f"{digits(r, 7)}",
        modelled_on="help.teksavvy.com: Reviewing Your TekSavvy Invoice (head office address, "
        "business and Quebec tax numbers under the logo, toll-free and fax numbers; account "
        "number, invoice number, due date, date sent, phone number; billing address; billing "
        "summary with balance forward, remaining credit, account adjustments, current charges, "
        "ONHST; total current amount, amount due; charges by OID; payments of the last 28 days)",
        accent="#E31837", font="DejaVuSans")
def teksavvy_phone(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    s.image_logo(40, 20, "TekSavvy", 24, "#E31837")
    s.text(40, 56, f"{d.carrier.legal} · {', '.join(d.carrier.remit)}", 7, color=GREY)
    s.text(40, 66, f"BN {digits(r, 9)} RT0001 · QST {digits(r, 10)} TQ0001", 7, color=GREY)
    with s.roled("help"):
        s.text(40, 76, "  ·  ".join(f"{label} {number}" for label, number
                                     in d.carrier.help_lines), 7, color=GREY)
    due = d.statement_date + timedelta(days=5)
    rows = (("Account Number", d.printed_account), ("Invoice Number", d.invoice_id),
            ("Due Date", date_text(due, "iso")), ("Date Sent", date_text(d.statement_date, "iso")),
            ("Phone Number", phone(d.real_btn, "dash")))
    for i, (label, value) in enumerate(rows):
        s.text(380, 30 + i * 12, f"{label}:", 8, bold=True)
        s.text(W - 40, 30 + i * 12, value, 8, align="right")
    s.mark("btn", d.real_btn)
    s.text(40, 104, "Billing Address", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 118, 9)
    s.text(330, 104, "Billing Summary", 9, bold=True, color=s.accent)
    tax = {"ON": "ONHST", "NS": "NSHST", "BC": "GST / PST", "MB": "GST / RST"}.get(
        d.service.state, "GST")  # the tax line is named by the province served
    for i, label in enumerate(("Balance Forward", "Remaining Credit", "Account Adjustments",
                               "Current Charges", tax, "Total Current Amount", "Amount Due")):
        s.text(330, 118 + i * 12, label, 8, bold=i >= 5)
        s.text(W - 40, 118 + i * 12, money(r, 0, 120), 8, align="right", bold=i >= 5)
    s.text(40, 218, "Late fee: 2% per month on balances past due. Services are subject to our "
                    "Terms and Conditions.", 6.5, color=GREY)
    y = 244.0
    y = _oid_box(s, d, "Home Phone", [(f"Home Phone Line {phone(n, 'dash')}", money(r, 10, 25))
                                      for n in d.numbers]
                 + [("911 Service Fee", "$0.75")], y, service=True)
    y = _oid_box(s, d, "Internet", [("Cable 75 Unlimited", money(r, 50, 80)),
                                    ("Modem Rental", "$0.00"),
                                    ("Usage (last calendar month)", "Unlimited")], y + 12)
    s.text(40, y + 18, "Payments", 10, bold=True, color=s.accent)
    s.table(40, y + 34, ("Date", "Method", "Amount"),
            [(date_text(d.statement_date - timedelta(days=r.randint(3, 27)), "iso"),
              "Pre-Authorized Credit Card", money(r, 40, 120))], (120, 200, 80), size=8,
            shade=False)
    if r.random() < 0.4:
        call_detail(s, d, 2, 1, "Long Distance Calls", "dash", rows=20)


def _oid_box(s: Sheet, d: Draft, kind: str, rows: list[tuple[str, str]], y: float,
             service: bool = False) -> float:
    """One service's charges in a box headed by its order ID (and, for phone, where it is)."""
    assert d.service is not None
    r = s.rng
    s.box(36, y, W - 72, 16, fill=s.accent)
    head = f"OID {digits(r, 7)} · {kind}"
    if service:
        head += f" · {one_line(d.service, 1)}"
        s.mark("service", address_key(d.service))
    s.text(44, y + 11, head, 8, bold=True, color=WHITE)
    yy = y + 30
    for label, amount in rows:
        s.text(50, yy, label, 8)
        s.text(W - 44, yy, amount, 8, align="right")
        yy += 12
    s.box(36, y, W - 72, yy - y, stroke=s.accent)
    return yy


@family("distributel_business", carrier="distributel", country="CA", lines=(2, 7), block=0.45,
        block_size=(10, 30), dialed=10, person_share=0.0, account=lambda r, c, b: digits(r, 8),
        modelled_on="business VoIP statements of Distributel's kind: customer number and "
        "statement number, premises address, numbers in +1 form without separators, a "
        "two-column page with the account's help in a sidebar, HST by province",
        accent="#0072CE", font="DejaVuSans")
def distributel_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # numbers are listed by service; none is the billing number
    r = s.rng
    assert d.service is not None
    s.wordmark(40, 50, "distributel", 24, "#0072CE")
    s.text(40, 64, "Business", 9, color=GREY)
    s.box(420, 20, 156, 580, fill=LIGHT)
    side = (("Customer No.", d.printed_account), ("Statement No.", f"S{d.invoice_id}"),
            ("Statement Date", date_text(d.statement_date, "dmy")),
            ("Due Date", date_text(d.statement_date + timedelta(days=21), "dmy")),
            ("Total Due", money(r, 100, 1500)))
    y = 40.0
    for label, value in side:
        s.text(430, y, label, 7, bold=True, color=GREY)
        s.text(430, y + 12, value, 9, bold=True)
        y += 30
    with s.roled("help"):
        s.text(430, y + 10, "Need help?", 8, bold=True, color=s.accent)
        for k, (label, number) in enumerate(d.carrier.help_lines):
            s.text(430, y + 24 + k * 22, label, 7)
            s.text(430, y + 34 + k * 22, number, 8)
    s.text(430, y + 84, d.carrier.domain, 7.5)
    mailing_block(s, d, 60, 110, 9)
    s.text(40, 190, "Premises Address", 8, bold=True, color=s.accent)
    s.text(40, 203, one_line(d.service, 0), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 232, "Voice Services", 11, bold=True, color=s.accent)
    body = [(n, r.choice(("Hosted PBX Seat", "SIP Trunk Channel", "Virtual Number", "Fax Line")),
             money(r, 8, 40)) for n in d.singles()]
    for f, c in d.ranges:
        last = f[:-4] + f"{int(f[-4:]) + c - 1:04d}"
        body.append((f"{f} to {last}", f"DID Block ({c} numbers)", money(r, 10, 45)))
    y = s.table(40, 250, ("Number", "Service", "Monthly"), body, (170, 150, 50), size=8,
                align=("left", "left", "right"))
    s.text(40, y + 16, "Summary", 11, bold=True, color=s.accent)
    tax = {"ON": "HST (ON) 13%", "NS": "HST (NS) 15%", "BC": "GST 5% / PST 7%",
           "MB": "GST 5% / RST 7%"}.get(d.service.state, "GST 5%")
    for i, label in enumerate(("Previous Balance", "Payments", "Voice Services", "Usage", tax,
                               "Total Due")):
        s.text(44, y + 32 + i * 12, label, 8.5, bold=i == 5)
        s.text(400, y + 32 + i * 12, money(r, 0, 900), 8.5, align="right")
    remit_stub(s, d, y=620, account_label="Customer No.")
    if r.random() < 0.5:
        call_detail(s, d, 2, 1, "Long Distance Usage", "plain")
