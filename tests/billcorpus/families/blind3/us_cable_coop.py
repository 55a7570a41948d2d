"""THIRD BLIND SPLIT, now open for tuning (see families/blind3/__init__.py).

Astound Business Solutions, Sparklight Business (cable) and SkyBest (a telephone cooperative).

Modelled on Astound's "Understanding your bill" (a 13-digit account number and a 6-digit account
PIN beside the due date, a Contact Us panel, a summary of previous and current charges, a
messaging center, a payment coupon, then a detail page of charges and usage), Sparklight
Business's statement guide (a special messaging area on top, contact information with hours,
"your info & account number", an account summary with "Billed From - Billed To") and SkyBest's
"How to Read Your Business Services Bill" (account number, "Past Due After", total due, amount
enclosed, remittance address, toll calling detail printed on the front and back of the bill).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import help_lines, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, money, one_line, phone
from tests.billcorpus.truth import Draft, address_key

_FEATURES = ("Voicemail", "Caller ID", "Call Forwarding", "Hunt Group", "3-Way Calling",
             "Unlimited Long Distance")


@family("astound_business", carrier="astound", lines=(1, 5),
        account=lambda r, c, b: "8" + digits(r, 12),
        modelled_on="astound.com: understanding your bill (13-digit account number, 6-digit "
        "account PIN, Contact Us, summary, messaging center, payment coupon, detail page)",
        accent="#5B2C83", font="DejaVuSans")
def astound_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "dot"
    assert d.service is not None
    s.image_logo(40, 26, "astound", 26, "#5B2C83")
    s.text(40, 66, "BUSINESS SOLUTIONS", 8, color=GREY)
    heads = ("Service Address", "Primary Phone", "Account Number", "Account PIN")
    row = (one_line(d.service, 1), phone(d.real_btn, style), d.printed_account, digits(r, 6))
    s.table(40, 92, heads, [row], (272, 85, 95, 62), size=7)
    s.mark("service", address_key(d.service))
    s.mark("btn", d.real_btn)
    s.text(40, 128, f"Statement Date {date_text(d.statement_date, 'us')}", 8)
    s.text(330, 128, "Payment Due Date " + date_text(d.statement_date + timedelta(days=20), "us"),
           8, bold=True)
    mailing_block(s, d, 60, 160)
    s.box(330, 146, 246, 84, stroke=GREY, radius=4)
    s.text(340, 160, "Contact Us", 10, bold=True, color=s.accent)
    help_lines(s, d, 340, 174, 8, extra=(d.carrier.domain, "Mon-Fri 7am-9pm, Sat 8am-5pm"))
    s.text(40, 256, "Summary", 12, bold=True, color=s.accent)
    y = 272.0
    for label in ("Previous Charges", "Payments Received - Thank You", "Current Charges",
                  "Total Amount Due"):
        s.text(40, y, label, 9, bold=label.startswith("Total"))
        s.text(300, y, money(r), 9, align="right")
        y += 13
    s.text(330, 256, "Messaging Center", 10, bold=True, color=s.accent)
    s.lines(330, 270, ["Your statement, your way: view and pay it in MyAstound.",
                       "Autopay customers: your payment is drafted on the due date."], 7.5)
    s.box(36, 336, W - 72, 62, fill=LIGHT)
    notices(s, d, 44, 350, count=3, size=7)
    s.text(40, 604, f"{d.carrier.brand} · {d.carrier.domain}", 7, color=GREY)
    remit_stub(s, d, y=620)
    s.new_page()
    s.text(40, 40, "astound", 14, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account Number {d.printed_account}   Page 2 of 2", 7.5, align="right")
    s.text(40, 74, "Payment, Charges, and Usage Detail", 12, bold=True)
    s.text(40, 92, f"Business Voice at {one_line(d.service, 0)}", 9, bold=True)
    s.mark("service", address_key(d.service))
    rows = [(f"Line {i + 1}", phone(n, style), r.choice(_FEATURES), money(r, 20, 60))
            for i, n in enumerate(d.numbers)]
    y = s.table(40, 110, ("Line", "Telephone", "Features", "Amount"), rows, (60, 120, 200, 80),
                size=8, align=("left", "left", "left", "right"))
    s.text(40, y + 18, "Taxes, Surcharges & Fees", 11, bold=True)
    for i, label in enumerate(("Federal Universal Service Fund", "E911 Fee", "Sales Tax")):
        s.text(40, y + 34 + i * 12, label, 8.5)
        s.text(300, y + 34 + i * 12, money(r, 1, 20), 8.5, align="right")


@family("sparklight_business", carrier="sparklight", lines=(1, 4), person_share=0.25,
        account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 6)}-{digits(r, 2)}",
        modelled_on="business.sparklight.com: understanding your statement (special messaging "
        "area, contact info with hours, your info & account number, account summary, billed "
        "from - billed to)", accent="#E35205", font="DejaVuCond")
def sparklight_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # the statement lists the lines, none of them labelled as the billing number
    d.upper()
    r = s.rng
    assert d.service is not None
    s.box(36, 28, W - 72, 46, fill=LIGHT)
    s.text(44, 42, "SPECIAL MESSAGES", 8, bold=True, color=s.accent)
    with s.roled("help"):
        s.lines(44, 54, [f"Questions about this statement? Call {d.carrier.help_lines[0][1]} or "
                         f"visit {d.carrier.domain}.",
                         "Paperless billing is free: sign up in your online account."], 7.5)
    # left sidebar: the logo, contact info, your info; right: the summary and services
    s.wordmark(40, 104, "sparklight", 20, "#E35205")
    s.text(40, 118, d.carrier.brand, 9, color=GREY)
    s.text(40, 146, "Contact Info", 9, bold=True)
    with s.roled("help"):
        s.lines(40, 158, ["Hours: Mon-Fri 8am-8pm", f"Phone {d.carrier.help_lines[0][1]}",
                          *d.carrier.remit, d.carrier.domain], 7.5)
    s.text(40, 236, "Your Info & Account Number", 9, bold=True)
    s.text(40, 248, d.printed_account, 9)
    mailing_block(s, d, 40, 262, 8)
    s.c.setLineWidth(0.5)
    s.c.line(236, H - 90, 236, H - 380)
    s.text(250, 104, "Account Summary", 13, bold=True, color=s.accent)
    start = d.statement_date - timedelta(days=30)
    s.text(250, 120, f"Billed From {date_text(start, 'us')} - Billed To "
                     f"{date_text(d.statement_date, 'us')}", 8.5)
    y = 138
    for label in ("Previous Balance", "Payment Received", "Monthly Fee", "Taxes and Fees",
                  "Balance Due"):
        s.text(250, y, label, 9, bold=label == "Balance Due")
        s.text(W - 44, y, money(r), 9, align="right")
        y += 13
    s.text(250, y + 14, f"Services at {one_line(d.service, 1)}", 8.5, bold=True)
    s.mark("service", address_key(d.service))
    count = len(d.numbers)
    s.text(250, y + 30, f"Business Phone ({count} line{'s' if count > 1 else ''}):", 8.5)
    listed = ", ".join(phone(n, "dash") for n in d.numbers)
    s.text(250, y + 42, listed, 8.5)
    body = [("Business Internet 300", money(r, 60, 150)), ("Business Phone", money(r, 30, 90)),
            ("Static IP", money(r, 5, 20)), ("Modem Lease", money(r, 5, 15))]
    s.table(250, y + 66, ("Monthly Services", "Amount"), body, (260, 90), size=8,
            align=("left", "right"))
    remit_stub(s, d, y=622)


@family("skybest_coop", carrier="skybest", lines=(1, 4), dialed=14, person_share=0.3,
        account=lambda r, c, b: f"{digits(r, 6)}-{digits(r, 3)}",
        modelled_on="skybest.com: how to read your business services bill (account number, past "
        "due after, total due, remittance slip; toll calling detail on the front and back of "
        "the bill)", accent="#00573F", font="Times-Roman")
def skybest_coop(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "space"
    assert d.service is not None
    member = digits(r, 5)
    s.text(40, 50, "SkyBest", 22, bold=True, color=s.accent)
    s.text(40, 62, "A service of Skyline Membership Corporation", 7.5, color=GREY)
    rows = (("Account Number", d.printed_account), ("Member No.", member),
            ("Bill Date", date_text(d.statement_date, "abbr")),
            ("Past Due After", date_text(d.statement_date + timedelta(days=20), "abbr")),
            ("Total Due", money(r)))
    for i, (label, value) in enumerate(rows):
        s.text(360, 38 + i * 12, label, 8.5, bold=True)
        s.text(W - 40, 38 + i * 12, value, 8.5, align="right")
    mailing_block(s, d, 60, 112)
    s.text(40, 192, "Service Location", 9, bold=True, color=s.accent)
    street = f"{d.service.line1} {d.service.line2}".strip()
    s.table(40, 208, ("Street", "City", "State", "ZIP"),
            [(street, d.service.city, d.service.state, d.service.postal_code)],
            (140, 70, 30, 50), size=7.5, shade=False)
    s.mark("service", address_key(d.service))
    s.text(40, 246, f"Main Listing  {phone(d.real_btn, style)}", 9, bold=True)
    s.mark("btn", d.real_btn)
    body = [(phone(n, style), r.choice(("Business Line", "Fax Line", "Hunting Line")),
             money(r, 25, 70)) for n in d.numbers]
    y = s.table(40, 266, ("Telephone No.", "Service", "Amount"), body, (100, 110, 70), size=8,
                align=("left", "left", "right"))
    s.text(40, y + 14, "Previous Bill", 9, bold=True)
    for i, label in enumerate(("Previous Balance", "Payment", "Current Charges")):
        s.text(40, y + 28 + i * 12, label, 8.5)
        s.text(300, y + 28 + i * 12, money(r), 8.5, align="right")
    help_lines(s, d, 40, y + 78, 8)
    _toll_column(s, d, style, 340, 192, 24)
    remit_stub(s, d, y=630, account_label="Account No.")
    s.new_page()
    s.text(40, 40, "SkyBest", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account Number {d.printed_account}   Page 2", 7.5, align="right")
    _toll_column(s, d, style, 40, 70, 52, heading="Charge Detail (continued)")
    _toll_column(s, d, style, 320, 70, 52, heading="")


def _toll_column(s: Sheet, d: Draft, style: str, x: float, y: float, rows: int,
                 heading: str = "Charge Detail - Toll Calls") -> None:
    """Toll calls in a narrow column, under the line they were made from (a heading only)."""
    r = s.rng
    if heading:
        s.text(x, y, heading, 9, bold=True, color=s.accent)
    with s.roled("detail"):
        s.text(x, y + 14, f"From {phone(d.numbers[0], style)}", 8, bold=True)
        body = []
        for i in range(rows):
            day = d.statement_date - timedelta(days=30 - i % 28)
            body.append((f"{day:%m/%d}", phone(r.choice(d.dialed), style),
                         str(1 + (i * 7) % 19), f"{(i % 5) * 0.09:.2f}"))
        s.table(x, y + 30, ("Date", "Number Called", "Min", "Amount"), body, (40, 100, 40, 50),
                size=7, lead=10, shade=False, align=("left", "left", "right", "right"))
