"""THIRD BLIND SPLIT, now open for tuning (see families/blind3/__init__.py).

Phone.com and Aircall: cloud phone invoices paid by card, without a payment stub.

Modelled on Phone.com's billing information page (monthly statement: previous balance and
payment, credits, monthly charge, total due; the billing date is the due date; payment history
by invoice number) and Aircall's billing help (users and additional numbers billed on the
invoice, add-ons, consumption, US/CA taxes and fees, invoice recipients).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import help_lines, mailing_block
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

_MOBILE_NPAS = ("415", "646", "312", "305", "206")
_ROLES = ("Front Desk", "Sales", "Billing", "Support", "Warehouse", "Owner", "Fax")


@family("phonecom", carrier="phonecom", lines=(2, 7), person_share=0.2,
        account=lambda r, c, b: digits(r, 7),
        modelled_on="phone.com/billing-summary: understanding your invoice (previous balance and "
        "payment, credits, monthly charge, total due; billing date is the due date)",
        accent="#2E9E44", font="DejaVuSans")
def phonecom(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    s.text(40, 54, "Phone.com", 22, bold=True, color=s.accent)
    s.text(W - 40, 46, "Invoice", 18, bold=True, align="right")
    rows = (("Invoice #", d.invoice_id), ("Account ID", d.printed_account),
            ("Billing Date", date_text(d.statement_date, "us2")),
            ("Due Date", date_text(d.statement_date, "us2")))
    for i, (label, value) in enumerate(rows):
        s.text(400, 64 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 64 + i * 12, value, 8, align="right")
    s.text(40, 96, "Bill To", 8, color=GREY)
    mailing_block(s, d, 40, 108, 9)
    s.text(330, 132, "Main Number", 8, color=GREY)
    s.text(330, 146, phone(d.real_btn, "dash"), 13, bold=True)
    s.mark("btn", d.real_btn)
    s.text(40, 196, "Numbers and Routing", 11, bold=True, color=s.accent)
    body = []
    for i, n in enumerate(d.numbers):
        if r.random() < 0.35:
            target = d.pool.one(r.choice(_MOBILE_NPAS))
            d.dialed.append(target)  # the customer's cell phone, not a number of this account
            route = f"Forward to {phone(target, 'paren')}"
        else:
            route = f"Ext {101 + i} {r.choice(_ROLES)}"
        body.append((phone(n, "dash"), r.choice(_ROLES) if i else "Main", route))
    y = s.table(40, 214, ("Number", "Caller ID Name", "Routes To"), body, (120, 140, 250),
                size=8)
    s.text(40, y + 14, "E911 Address", 8, color=GREY)
    y = s.lines(40, y + 26, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, y + 16, "Statement", 11, bold=True)
    charges = (("Previous month's balance", money(r)), ("Payment received", money(r)),
               ("Adjustments and credits", "$0.00"), ("Monthly charge", money(r, 30, 300)),
               ("Taxes and regulatory fees", money(r, 3, 40)), ("Total due", money(r, 30, 400)))
    y = s.table(40, y + 32, ("Description", "Amount"), charges, (300, 90), size=8.5,
                align=("left", "right"))
    s.text(40, y + 14, f"Charged to Visa ending in {digits(r, 4)} on "
                       f"{date_text(d.statement_date, 'us2')}. No payment is needed.", 8)
    help_lines(s, d, 40, y + 34, 8, extra=(f"{d.carrier.domain}/support",))
    s.text(40, 740, f"{d.carrier.legal} is an interconnected VoIP provider.", 7, color=GREY)


def _plus_one(n: str) -> str:
    """'+1 (720) 555-0133': an international prefix before a national format."""
    return f"+1 ({n[2:5]}) {n[5:8]}-{n[8:]}"


@family("aircall", carrier="aircall", lines=(2, 9), person_share=0.0,
        account=lambda r, c, b: digits(r, 6),
        modelled_on="support.aircall.io billing: users and additional numbers on the invoice, "
        "add-ons, consumption, US/CA taxes and fees, invoice recipients",
        accent="#00B388", font="DejaVuSans")
def aircall(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a cloud invoice: the company's billing address only
    r = s.rng
    s.wordmark(40, 54, "aircall", 24, "#00B388")
    s.text(W - 40, 52, "Invoice", 20, bold=True, align="right")
    s.lines(40, 76, [d.carrier.legal, *d.carrier.remit], 7.5, color=GREY)
    due = d.statement_date + timedelta(days=15)
    s.table(330, 90, ("Invoice number", "Date of issue", "Date due"),
            [(f"AC-{d.invoice_id}", date_text(d.statement_date, "long"),
              date_text(due, "long"))], (80, 85, 85), size=7.5, shade=False)
    s.text(40, 128, "Billed to", 8, bold=True)
    mailing_block(s, d, 40, 140, 9)
    s.text(330, 140, f"Company ID {d.printed_account}", 8.5)
    s.text(330, 152, f"Recipient: {person_name(r).split()[0].lower()}@example.com", 8)
    users = r.randint(3, 25)
    start = d.statement_date
    period = f"({date_text(start, 'abbr')} - {date_text(start + timedelta(days=30), 'abbr')})"
    items = [(f"Professional plan, {users} users {period}", str(users), "$50.00",
              f"${users * 50:,.2f}")]
    for n in d.numbers:
        kind = "US Toll-free Number" if r.random() < 0.1 else "US Local Number"
        items.append((f"{kind} {_plus_one(n)}", "1", "$6.00", "$6.00"))
    items += [("Analytics+ add-on", "1", "$15.00", "$15.00"),
              ("Consumption: outbound calls", f"{r.randint(200, 9000)} min", "", money(r, 5, 90)),
              ("US/CA Tax and Fees", "", "", money(r, 5, 60))]
    y = s.table(40, 212, ("Description", "Qty", "Unit price", "Amount"), items,
                (300, 60, 70, 80), size=7.5, align=("left", "right", "right", "right"))
    s.box(330, y + 6, 246, 40, fill=LIGHT)
    s.text(340, y + 22, "Amount due", 10, bold=True)
    s.text(566, y + 36, money(r, 100, 2000), 12, bold=True, align="right")
    s.text(40, y + 22, f"Paid by card •••• {digits(r, 4)}", 8)
    help_lines(s, d, 40, y + 66, 8, extra=(f"billing@{d.carrier.domain}",))
    if len(d.numbers) > 4:
        s.new_page()
        s.text(40, 44, "aircall", 14, bold=True, color=s.accent)
        s.text(W - 40, 44, f"Invoice AC-{d.invoice_id} · Page 2 of 2", 7.5, align="right")
        s.text(40, 80, "Numbers on your account", 12, bold=True)
        rows = [(_plus_one(n), r.choice(("Sales", "Support", "Billing", "Ops")),
                 f"{r.randint(0, 900)} / {r.randint(0, 900)}") for n in d.numbers]
        s.table(40, 100, ("Number", "Team", "Inbound / outbound min"), rows, (150, 150, 150),
                size=8)
