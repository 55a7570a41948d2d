"""Regional phone companies: TDS Telecom, Brightspeed, Ziply Fiber, SaskTel.

Modelled on the small-ILEC bill explained by Granite State Communications and TDS ("Payment
Summary: Telephone Number, the billing telephone number; Billing Period; Account Number", then
Account Summary, Summary of Services, long-distance usage), Brightspeed's help pages (billing
account number of 9 or 10 digits top right, amount due by, current charges), Ziply Fiber's
"Account Summary" (17-digit account number beginning with the 10-digit phone number, billing PIN,
billing date, new charges due date, payments received thru, balance forward) and SaskTel's
business statement (account and telephone number in the header, service location, lines with
their calling features).
"""

from __future__ import annotations

import random

from tests.billcorpus.blocks import (
    call_detail,
    doing_business_as,
    help_lines,
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
    short_list,
)
from tests.billcorpus.people import Customer, two_lines
from tests.billcorpus.truth import Draft, address_key

_FEATURES = ("Caller ID", "Call Waiting", "Voice Mail", "Call Forwarding", "Hunting",
             "3-Way Calling", "Anonymous Call Rejection", "Speed Dial 8")


def _features(d: Draft) -> str:
    return ", ".join(d.rng.sample(_FEATURES, d.rng.randint(1, 3)))


@family("tds_telecom", carrier="tds", lines=(2, 6), dialed=10,
        account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 3)}",
        modelled_on="small ILEC bill (TDS / Granite State Communications 'reading your bill'): "
        "payment summary with the telephone number, summary of services, long-distance usage",
        accent="#005DAA", font="Times-Roman")
def tds_telecom(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    style = "dash"
    s.text(40, 52, "TDS", 26, bold=True, color=s.accent)
    s.text(100, 52, "Telecom", 12, color=GREY)
    s.box(320, 30, 256, 74, stroke=GREY)
    s.text(330, 46, "Payment Summary", 10, bold=True)
    rows = (("Telephone Number", phone(d.real_btn, style)), ("Account Number", d.printed_account),
            ("Billing Period", f"{date_text(d.statement_date, 'us2')} - next cycle"),
            ("Payment Due", "Upon Receipt"))
    for i, (label, value) in enumerate(rows):
        s.text(330, 60 + i * 11, label, 8)
        s.text(566, 60 + i * 11, value, 8, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 64, 116)
    assert d.service is not None
    s.text(320, 122, "Service Address", 8, bold=True)
    s.text(320, 134, one_line(d.service, 1), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 200, "Account Summary", 11, bold=True)
    for i, label in enumerate(("Previous Balance", "Payment Received", "New Balance",
                               "Telephone Service Charges", "Federal & State Tax",
                               "Total Balance Due")):
        s.text(40, 216 + i * 12, label, 8.5, bold=i == 5)
        s.text(290, 216 + i * 12, money(r), 8.5, align="right", bold=i == 5)
    s.text(320, 200, "Summary of Services", 11, bold=True)
    s.text(320, 216, "Telephone numbers included:", 8.5)
    s.text(320, 228, short_list(d.numbers, style), 8.5)
    for n in d.numbers:
        s.mark("number", n)
    s.text(320, 244, f"Calling features: {_features(d)}", 8)
    help_lines(s, d, 320, 270, 8)
    notices(s, d, 40, 330, count=2)
    remit_stub(s, d, account_label="Telephone Number", account_value=phone(d.real_btn, style))
    call_detail(s, d, 2, 1, "Long Distance Usage", style)


@family("brightspeed", carrier="brightspeed", lines=(1, 5), block=0.25,
        account=lambda r, c, b: digits(r, r.choice((9, 10))),
        modelled_on="brightspeed.com help: paper bill (account number top right, total current "
        "charges, amount due by), your services with calling features by telephone number",
        accent="#F7941D", font="DejaVuSans")
def brightspeed(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "dot"
    doing_business_as(d, r.choice(("DBA", "D/B/A")))
    d.upper()
    name_lines = two_lines(d.name) if len(d.name) > 30 else (d.name,)
    s.image_logo(40, 30, "brightspeed", 24, "#F7941D")
    rows = (("Account Number", d.printed_account), ("Bill Date",
                                                    date_text(d.statement_date, "abbr")),
            ("Primary Telephone Number", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(rows):
        s.text(W - 40, 36 + i * 22, label, 7.5, color=GREY, align="right")
        s.text(W - 40, 46 + i * 22, value, 9.5, align="right")
    s.mark("btn", d.real_btn)
    s.text(40, 100, "Billing Name", 7.5, color=GREY)
    s.lines(40, 112, list(name_lines), 9.5)
    assert d.service is not None
    y = 112 + 12 * len(name_lines) + 8
    s.text(40, y, "Service Address", 7.5, color=GREY)
    s.lines(40, y + 12, address_lines(d.service), 9.5)
    s.mark("service", address_key(d.service))
    s.box(320, 110, 256, 70, fill=LIGHT)
    for i, label in enumerate(("Total Current Charges", "Amount Due", "Amount Due By")):
        s.text(330, 128 + i * 16, label, 9, bold=i == 1)
        value = date_text(d.statement_date, "abbr") if i == 2 else money(r)
        s.text(566, 128 + i * 16, value, 9, bold=i == 1, align="right")
    s.text(40, 240, "Questions? We're here to help.", 9, bold=True)
    help_lines(s, d, 40, 254, 8, extra=(f"{d.carrier.domain}/help",))
    notices(s, d, 40, 320, count=2)
    remit_stub(s, d, y=612)
    s.new_page()
    page_header(s, d, 2, 2)
    s.text(40, 90, "Your Services", 12, bold=True)
    rows2 = [(phone(n, style), "Business Line", _features(d), money(r, 20, 70))
             for n in d.singles()]
    rows2 += [(did_range(f, c, "full_dash", style), f"DID Block ({c})", "", money(r, 5, 40))
              for f, c in d.ranges]
    s.table(40, 110, ("Telephone Number", "Service", "Calling Features", "Amount"), rows2,
            (170, 90, 220, 60), size=7.5, align=("left", "left", "left", "right"))


def _ziply_account(r: random.Random, c: Customer, btn: str) -> str:
    return f"{btn[-10:]}{digits(r, 6)}{r.randint(0, 9)}"


@family("ziply_fiber", carrier="ziply", lines=(1, 4), account=_ziply_account,
        modelled_on="ziplyfiber.com help center: account summary (17-digit account number "
        "beginning with the phone number, billing PIN, billing date), monthly service charges",
        accent="#00857C", font="DejaVuSans")
def ziply_fiber(s: Sheet, d: Draft) -> None:
    d.btn = None  # the account number begins with it, but no label calls it the BTN
    r = s.rng
    style = "dot"
    legal, dba_line = doing_business_as(d, "dba")
    s.wordmark(40, 56, "ziply", 26, "#00857C")
    s.text(108, 56, "fiber", 14, color=GREY)
    s.box(300, 30, 276, 150, stroke=s.accent, radius=4)
    s.text(310, 46, "Account Summary", 11, bold=True, color=s.accent)
    rows = (("Account Number", d.printed_account), ("Billing PIN", digits(r, 4)),
            ("Billing Date", date_text(d.statement_date, "abbr0")),
            ("New Charges Due Date", date_text(d.statement_date, "abbr0")),
            ("Previous Balance", money(r)), ("Payments Received Thru " +
                                             date_text(d.statement_date, "us2"), money(r)),
            ("Balance Forward", "$0.00"), ("New Charges", money(r)),
            ("Total Amount Due", money(r)))
    for i, (label, value) in enumerate(rows):
        s.text(310, 62 + i * 12.5, label, 8, bold=i in (0, 8))
        s.text(566, 62 + i * 12.5, value, 8, bold=i in (0, 8), align="right")
    mailing_block(s, d, 60, 110, name_lines=[legal, dba_line] if dba_line else None)
    assert d.service is not None
    s.text(40, 204, "Service Address:", 8.5, bold=True)
    s.text(124, 204, one_line(d.service, 0), 8.5)
    s.mark("service", address_key(d.service))
    help_lines(s, d, 40, 230, 8, extra=(d.carrier.domain,))
    notices(s, d, 40, 300)
    remit_stub(s, d, y=612)
    s.new_page()
    page_header(s, d, 2, 2)
    s.text(40, 90, "Monthly Service Charges", 12, bold=True)
    y = 110
    for n in d.numbers:
        s.text(40, y, f"Phone Service for {phone(n, style)}", 9, bold=True)
        for label in ("Business Phone Unlimited", _features(d)):
            y += 12
            s.text(60, y, label, 8.5)
            s.text(566, y, money(r, 0, 45), 8.5, align="right")
        y += 18


@family("sasktel", carrier="sasktel", country="CA", region="SK", lines=(1, 5), block=0.2,
        block_size=(5, 10), account=lambda r, c, b: f"{digits(r, 9)}",
        modelled_on="SaskTel business statement: account and telephone number in the header, "
        "service location, business lines with their calling features", accent="#00A7E1",
        font="DejaVuSans")
def sasktel(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "space"
    s.image_logo(40, 28, "SaskTel", 26, "#00A7E1")
    heads = ("Account Number", "Telephone No.", "Statement Date", "Page")
    s.table(230, 40, heads, [(d.printed_account, phone(d.real_btn, style),
                              date_text(d.statement_date, "abbr"), "1 of 2")],
            (90, 90, 90, 40), size=7.5)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 64, 110)
    assert d.service is not None
    s.text(330, 96, "Service Location", 8, bold=True, color=s.accent)
    s.lines(330, 108, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 196, "Business Lines", 11, bold=True, color=s.accent)
    rows = [(phone(n, style), "Individual Business Line", _features(d), money(r, 30, 80))
            for n in d.singles()]
    rows += [(did_range(f, c, "thru", style), "Direct In-Dial Block", "", money(r, 10, 60))
             for f, c in d.ranges]
    y = s.table(40, 214, ("Line", "Service", "Features", "Monthly"), rows, (150, 130, 190, 60),
                size=7.5, align=("left", "left", "left", "right"))
    s.text(40, y + 18, "Summary of Charges", 11, bold=True)
    for i, label in enumerate(("Monthly Services", "Long Distance", "PST", "GST", "Total")):
        s.text(40, y + 34 + i * 12, label, 8.5, bold=i == 4)
        s.text(300, y + 34 + i * 12, money(r, 1, 400), 8.5, align="right", bold=i == 4)
    help_lines(s, d, 330, y + 34, 8, extra=(d.carrier.domain,))
    remit_stub(s, d, y=612)
    call_detail(s, d, 2, 1, "Long Distance Detail", style)
