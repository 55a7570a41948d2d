"""FIFTH BLIND SPLIT: not for the reader's author (see families/blind5/__init__.py).

Midco (a cable operator of the Dakotas and Minnesota) and Breezeline (a cable operator of Ohio,
Maryland and northern New England).

Modelled on Midco's billing support (the statement quick guide: billing summary, total amount due
and due date, breakdown of charges; customer service 1.800.888.1300; a statement code such as
"Statement Code 001" in the remit section when a customer's bill is split; "Total Amount Due -
Do Not Remit" on the return stub under auto pay; text alerts from 64326) and on cable statements
of its kind (the service address on one line in a band across the page, the customer's record
in capitals); and on Breezeline's business statements of the same kind (account number with its
first digits hidden, the location of service above the address, the voice lines in a row
separated by dots, business care and pay by phone lines, Atlantic Broadband named in the fine print).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, notices, remit_stub
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
_MIDCO_FEATURES = ("Midco Business Phone Line", "Unlimited Long Distance", "Voicemail",
                   "Caller ID", "Hunt Group", "Call Forwarding")


@family("midco_business", carrier="midco", region="DAKOTA", lines=(1, 4), block=0.3,
        block_size=(5, 15), dialed=10, person_share=0.25,
        account=lambda r, c, b: f"{digits(r, 8)}-{digits(r, 2)}",
        modelled_on="midco.com support: statements and the statement quick guide (billing "
        "summary, total amount due, breakdown of charges), split statements by statement code "
        "in the remit section, 'Total Amount Due - Do Not Remit' under auto pay, customer "
        "service 1.800.888.1300, text alerts from 64326", accent="#003B71", font="Helvetica")
def midco_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    assert d.service is not None
    style = "dot"
    autopay = r.random() < 0.4
    code = f"{r.randint(1, 3):03d}"
    detail = int(r.random() < 0.5)
    s.image_logo(40, 22, "Midco", 30, "#003B71")
    for i, (label, value) in enumerate((("Statement Date", date_text(d.statement_date, "long")),
                                        ("Account Number", d.printed_account),
                                        ("Page", f"1 of {2 + detail}"))):
        s.text(360, 32 + i * 13, label, 8.5)
        s.text(W - 40, 32 + i * 13, value, 8.5, bold=True, align="right")
    s.band(78, 18)
    s.text(44, 91, "SERVICE ADDRESS", 8, bold=True, color=WHITE)
    s.text(134, 91, one_line(d.service, 3), 8.5, color=WHITE)
    s.mark("service", address_key(d.service))
    mailing_block(s, d, 60, 130)
    _midco_summary(s, d, autopay)
    y = 200.0
    s.box(372, y - 14, 204, 18, fill=s.accent)
    s.text(380, y - 1, "YOUR MIDCO PHONE LINES", 8, bold=True, color=WHITE)
    s.text(380, y + 18, "Primary Line", 7.5, color=GREY)
    s.text(380, y + 30, phone(d.real_btn, style), 10, bold=True)
    s.mark("btn", d.real_btn)
    y += 48
    for n in d.singles()[1:]:
        s.text(380, y, phone(n, style), 9)
        s.text(W - 40, y, r.choice(("Line", "Fax", "Line + VM")), 7.5, align="right")
        y += 12
    for first, count in d.ranges:
        s.text(380, y, did_range(first, count, "to", style), 8.5)
        s.text(380, y + 10, f"Direct inward dial, {count} numbers", 7, color=GREY)
        y += 24
    with s.roled("help"):
        s.text(380, y + 14, "Questions? Call Customer Service", 7.5)
        s.text(380, y + 24, f"at {d.carrier.help_lines[0][1]} or text BILL to 64326.", 7.5)
    help_lines(s, d, 380, y + 40, 7.5)
    notices(s, d, 40, 430, count=2)
    s.text(40, 590, "Midco® is a registered trademark of Midcontinent Communications.", 6.5,
           color=GREY)
    remit_stub(s, d, y=606)
    with s.roled("stub"):
        s.text(W - 40, 624, f"Statement Code {code}", 8, bold=True, align="right")
        if autopay:
            s.text(330, 624, "Total Amount Due - Do Not Remit", 8, bold=True)
    s.new_page()
    _midco_breakdown(s, d, style)
    if detail:
        call_detail(s, d, 3, 1, "Long Distance Detail", style)


def _midco_summary(s: Sheet, d: Draft, autopay: bool) -> None:
    r = s.rng
    s.text(40, 200, "Billing Summary", 12, bold=True, color=s.accent)
    y = 218.0
    for label in ("Previous Balance", "Payment - Thank You", "Remaining Balance",
                  "Midco Business Phone", "Midco Business Internet", "Taxes, Fees & Surcharges",
                  "Total Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(330, y, money(r, 0, 500), 8.5, align="right", bold=label.startswith("Total"))
        y += 13
    due = "Auto Pay on " if autopay else "Due by "
    s.text(44, y + 6, due + date_text(d.statement_date + timedelta(days=19), "long"), 9,
           bold=True)


def _midco_breakdown(s: Sheet, d: Draft, style: str) -> None:
    r = s.rng
    s.text(40, 40, "Breakdown of Charges", 14, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account Number {d.printed_account} · Page 2", 8, align="right")
    s.rule(36, 50, W - 36, 0.8, s.accent)
    y = 76.0
    for n in d.singles():
        s.box(36, y - 11, W - 72, 15, fill=LIGHT)
        s.text(44, y, f"Phone {phone(n, style)}", 9, bold=True)
        y += 16
        for feature in r.sample(_MIDCO_FEATURES, 2):
            s.text(60, y, feature, 8)
            s.text(W - 44, y, money(r, 2, 45), 8, align="right")
            y += 12
        y += 6
    for _, count in d.ranges:
        s.box(36, y - 11, W - 72, 15, fill=LIGHT)
        s.text(44, y, f"DID Block {count} numbers", 9, bold=True)
        s.text(W - 44, y, f"${count * 1.0:.2f}", 9, align="right")
        y += 22
    s.text(40, y + 10, "Midco Business Internet 500 Mbps", 9)
    s.text(W - 44, y + 10, money(r, 60, 160), 9, align="right")


@family("breezeline_business", carrier="breezeline", region="BREEZE", lines=(2, 9),
        block=0.25, block_size=(5, 10), dialed=10, person_share=0.1,
        account=lambda r, c, b: f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)}",
        modelled_on="breezeline.com business support: the business statement (account number "
        "with its first digits hidden, location of service, voice lines in a row, number "
        "blocks, business care and pay by phone, services of Atlantic Broadband Finance, "
        "LLC d/b/a Breezeline)", accent="#00A9A5", font="DejaVuSans")
def breezeline_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # the lines are listed; none is called the billing number
    r = s.rng
    d.mask_account("*", 4)
    assert d.service is not None
    s.wordmark(40, 52, "breezeline", 28, "#00A9A5")
    s.text(40, 68, "business", 10, color=GREY)
    due = d.statement_date + timedelta(days=22)
    cells = (("Account Number", d.printed_account),
             ("Statement Date", date_text(d.statement_date, "us")),
             ("Amount Due", money(r, 90, 1200)), ("Due Date", date_text(due, "us")))
    for i, (label, value) in enumerate(cells):
        x, y = 330 + (i % 2) * 124, 30 + (i // 2) * 34
        s.text(x, y, label.upper(), 6.5, bold=True, color=GREY)
        s.text(x, y + 14, value, 10, bold=True)
    mailing_block(s, d, 60, 120)
    s.text(330, 110, "LOCATION OF SERVICE", 7, bold=True, color=s.accent)
    s.lines(330, 123, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 200, "Your Business Voice", 11, bold=True, color=s.accent)
    singles = [phone(n, "dash") for n in d.singles()]
    s.text(40, 216, f"Voice lines ({len(singles)}):", 8.5, bold=True)
    y = 216.0
    for k in range(0, len(singles), 4):
        s.text(130, y, "  \u00b7  ".join(singles[k:k + 4]), 8.5)
        y += 12
    for f, c in d.ranges:
        s.text(40, y, "Number block:", 8.5, bold=True)
        s.text(130, y, f"{did_range(f, c, 'dash', 'dash')}  ({c} numbers)", 8.5)
        y += 12
    y += 16
    s.text(40, y, "Summary of Charges", 11, bold=True, color=s.accent)
    y += 16
    for label in ("Previous Balance", "Payments Received", "Business Voice", "Business Internet",
                  "Equipment", "Taxes, Fees and Surcharges", "Total Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(300, y, money(r, 0, 600), 8.5, align="right")
        y += 12
    help_lines(s, d, 340, y - 72, 8, extra=(d.carrier.domain,))
    s.text(40, y + 12, "Thank you for choosing Breezeline Business.", 8, color=GREY)
    s.text(40, 592, f"Services provided by {d.carrier.legal} d/b/a Breezeline.", 6.5, color=GREY)
    remit_stub(s, d, y=606, account_label="Account #")
    s.new_page()
    s.wordmark(40, 46, "breezeline", 16, "#00A9A5")
    s.text(W - 40, 40, f"Account # {d.printed_account}  Page 2", 7.5, align="right")
    s.text(40, 80, "Business Voice Detail", 12, bold=True)
    body = [(phone(n, "dash"), r.choice(("Business Voice Line", "Voice + Voicemail", "Fax Line")),
             money(r, 20, 55)) for n in d.singles()]
    body += [(f"DID block of {c}", "Direct Inward Dial", money(r, 5, 25)) for _, c in d.ranges]
    y = s.table(40, 100, ("Telephone Number", "Service", "Monthly Rate"), body, (150, 250, 90),
                size=8, align=("left", "left", "right"))
    notices(s, d, 40, y + 20, count=2)
    if r.random() < 0.5:
        call_detail(s, d, 3, 1, "Long Distance Calls", "dash")
