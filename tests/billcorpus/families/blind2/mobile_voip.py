"""SECOND BLIND SPLIT, now open for tuning (see families/blind2/__init__.py).

Freedom Mobile (Canada), Xfinity Mobile, Crexendo.

Modelled on Freedom Mobile's postpaid billing pages (a bill generated on the account's bill date
each month: monthly plan and add-ons for the next 30 days, pay-per-use charges, total amount owed;
several phone numbers on one account), Xfinity Mobile's bill (lines by their owners' names, a
privacy option that hides digits) and Crexendo's hosted-voice invoice (numbers with extensions and
an E911 location for each).
"""

from __future__ import annotations

from tests.billcorpus.blocks import help_lines, mailing_block, notices, page_header, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, extension, money, one_line, phone
from tests.billcorpus.people import person_name, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

_PLANS = ("Unlimited+ 60GB", "Canada-US-Mexico 100GB", "Talk & Text", "Unlimited Plus",
          "By the Gig 3GB", "Unlimited Intro")


@family("freedom_mobile", carrier="freedom", country="CA", lines=(2, 9), dialed=12,
        account=lambda r, c, b: digits(r, 9),
        modelled_on="freedommobile.ca postpaid billing: bill on the account's bill date, monthly "
        "plan and add-ons, pay-per-use charges, several phone numbers per account",
        accent="#CD5C08", font="DejaVuSans")
def freedom_mobile(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None
    r = s.rng
    style = r.choice(("paren", "dash"))
    s.wordmark(40, 58, "freedom", 26, "#CD5C08")
    s.text(150, 58, "mobile", 12, color=GREY)
    for i, (label, value) in enumerate((("Account Number", d.printed_account),
                                        ("Bill Date", date_text(d.statement_date, "abbr")),
                                        ("Payment Due", date_text(d.statement_date, "abbr")))):
        s.text(360, 40 + i * 13, label, 8.5, color=GREY)
        s.text(W - 40, 40 + i * 13, value, 8.5, align="right")
    mailing_block(s, d, 40, 100)
    s.box(320, 92, 256, 56, fill=LIGHT)
    s.text(330, 112, "Total amount owed", 10, bold=True)
    s.text(566, 136, money(r, 50, 900), 16, bold=True, align="right")
    s.text(40, 180, "Your lines", 12, bold=True)
    shown = d.numbers[:4]
    for k, n in enumerate(shown):
        x, y = 40 + (k % 2) * 270, 200 + (k // 2) * 48
        s.text(x, y, person_name(r), 9.5, bold=True)
        s.text(x, y + 12, phone(n, style), 9)
        s.text(x, y + 24, r.choice(_PLANS), 8, color=GREY)
    y = 200 + ((len(shown) + 1) // 2) * 48
    if len(d.numbers) > 4:
        s.text(40, y, f"{len(d.numbers) - 4} more lines are listed on page 2.", 8.5, color=GREY)
    s.text(40, y + 20, f"Questions? {d.carrier.help_lines[0][1]} · {d.carrier.domain}", 8)
    remit_stub(s, d)
    if len(d.numbers) > 4:
        s.new_page()
        page_header(s, d, 2, 2)
        s.text(40, 90, "Your lines (continued)", 12, bold=True)
        rows = [(phone(n, style), person_name(r), r.choice(_PLANS), money(r, 25, 90))
                for n in d.numbers[4:]]
        s.table(40, 110, ("Phone number", "User", "Plan", "Total"), rows, (120, 150, 150, 70),
                size=8.5, align=("left", "left", "left", "right"))


@family("xfinity_mobile", carrier="xfinity_mobile", lines=(1, 6), person_share=0.7,
        account=lambda r, c, b: f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)}",
        modelled_on="Xfinity Mobile bill: lines by their owners' names, devices and plans; the "
        "privacy option hides the middle digits of each line", accent="#6138F5",
        font="DejaVuSans")
def xfinity_mobile(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None
    r = s.rng
    masked = r.random() < 0.3
    if masked:
        d.masked = list(d.numbers)
        d.traits.add("masked_numbers")
    s.wordmark(40, 56, "xfinity", 24, "#000000")
    s.text(136, 56, "mobile", 12, color=GREY)
    rows = (("Account number", d.printed_account),
            ("Billing date", date_text(d.statement_date, "long")))
    for i, (label, value) in enumerate(rows):
        s.text(330, 44 + i * 13, label, 8.5, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, align="right")
    s.text(40, 90, f"Hello {d.customer.name.split()[0]}," if d.customer.person else "Hello,", 12)
    mailing_block(s, d, 40, 112)
    s.text(40, 196, "Lines", 12, bold=True, color=s.accent)
    body = []
    for n in d.numbers:
        shown = f"(•••) •••-{n[-4:]}" if masked else phone(n, "dash")
        body.append((person_name(r), shown, r.choice(("iPhone 16", "Galaxy S25", "Pixel 9")),
                     r.choice(_PLANS), money(r, 15, 80)))
    y = s.table(40, 214, ("Line owner", "Number", "Device", "Plan", "Amount"), body,
                (130, 100, 90, 120, 60), size=8,
                align=("left", "left", "left", "left", "right"))
    s.text(40, y + 18, f"Pay by phone {d.carrier.help_lines[1][1]} · {d.carrier.domain}", 8)
    notices(s, d, 40, y + 44, count=2)
    s.text(40, 604, f"Xfinity Mobile is provided by {d.carrier.legal}.", 7, color=GREY)
    remit_stub(s, d, y=612)


@family("crexendo", carrier="crexendo", lines=(2, 8), person_share=0.0,
        account=lambda r, c, b: f"{digits(r, 6)}",
        modelled_on="hosted-voice invoice (Crexendo): account ID, numbers with extensions and "
        "an E911 location for each, possibly at several sites", accent="#F26522",
        font="DejaVuSans")
def crexendo(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    sites = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    if r.random() < 0.4:
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        sites.append(SubAccount(d.printed_account, d.real_btn, us_address(r, city), nums))
        d.sub_accounts = sites
        d.numbers = [n for x in sites for n in x.numbers]
        d.alternatives = {"service_address": tuple(x.service for x in sites)}
    s.image_logo(40, 30, "crexendo", 24, "#F26522")
    s.text(W - 40, 44, "INVOICE", 18, bold=True, align="right")
    rows = (("Account ID", d.printed_account), ("Invoice", d.invoice_id),
            ("Date", date_text(d.statement_date, "us")))
    for i, (label, value) in enumerate(rows):
        s.text(380, 64 + i * 12, label, 8.5, bold=True)
        s.text(W - 40, 64 + i * 12, value, 8.5, align="right")
    s.text(40, 96, "Customer", 8, color=GREY)
    mailing_block(s, d, 40, 108, 9)
    s.text(40, 196, "Numbers and E911 Locations", 12, bold=True, color=s.accent)
    body = []
    for x in sites:
        for n in x.numbers:
            body.append((phone(n, "paren") + extension(r, r.choice(("x", "Ext"))),
                         person_name(r), one_line(x.service, 1)))
        s.mark("service", address_key(x.service))
    y = s.table(40, 214, ("Number", "User", "E911 Location"), body, (150, 120, 270), size=7.3)
    s.text(40, y + 18, "Charges", 11, bold=True)
    for i, label in enumerate(("Hosted seats", "Additional DIDs", "E911 fees", "Total")):
        s.text(40, y + 32 + i * 12, label, 8.5, bold=i == 3)
        s.text(300, y + 32 + i * 12, money(r, 5, 400), 8.5, bold=i == 3, align="right")
    help_lines(s, d, 330, y + 32, 8, extra=(d.carrier.domain,))
    s.text(40, 740, f"{d.carrier.legal} · {', '.join(d.carrier.remit)}", 7, color=GREY)
