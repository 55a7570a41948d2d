"""TWELFTH BLIND SPLIT: not for the reader's author (see families/blind12/__init__.py).

MCTV (Massillon Cable TV, a family-owned cable company of north-east Ohio) and Greenlight
Networks (a fibre overbuilder of the Rochester, New York area).

Modelled on the e-mailed bill notices of MCTV's kind, printed from the mail reader (a nav bar,
'Hi Jordan,' with the full name only in a sentence, the service address inside 'Your bill for
service at ... is ready', the account masked 'ending in 4821', buttons, the lines named in a
sentence, no billing number), and on fibre statements of Greenlight's kind (the carrier only in
a raster logo and its legal name in the fine print, letter-spaced headings, each value with its
caption to its right, the account number with a letter prefix, the lines printed as
'585.555.0100', '+1 585 555 0100' or '5855550100').
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind12.parts import WHITE, spaced
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, money, one_line, phone
from tests.billcorpus.truth import Draft, address_key


def _button(s: Sheet, x: float, y: float, label: str) -> None:
    w = s.width(label, 9, bold=True) + 24
    s.box(x, y, w, 20, fill=s.accent, radius=8)
    s.text(x + 12, y + 13.5, label, 9, bold=True, color=WHITE)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


@family("mctv_ebill", carrier="mctv", region="MCT", lines=(1, 3), dialed=8, person_share=0.7,
        account=lambda r, c, b: f"{r.randint(10, 99)}{r.randint(1000000, 9999999)}",
        modelled_on="e-mailed bill notices of MCTV's kind (Massillon, Ohio), printed from the "
        "mail reader: the site's nav bar, 'Hi Jordan,' with the full name only in a sentence, "
        "'Your bill for service at ... is ready', the account masked as 'ending in 4821', View "
        "and Pay buttons, the phone lines named in a sentence, no billing number",
        accent="#C62828", font="Helvetica")
def mctv_ebill(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None  # an e-mail notice names the lines, none of them as the billing number
    d.billing = None  # an e-mail has no envelope: no mailing address is printed
    d.mask_account("*")
    last4 = d.account_number[-4:]
    s.text(40, 30, f"From: MCTV <ebill@{d.carrier.domain}>", 8, color=GREY)
    s.text(40, 41, f"Subject: Your MCTV bill is ready \u2014 {date_text(d.statement_date, 'abbr')}",
           8, color=GREY)
    s.rule(36, 48, W - 36, 0.5, GREY)
    s.band(56, 26)
    s.wordmark(44, 75, "MCTV", 16, "#FFFFFF")
    s.text(130, 73, "Home     TV     Internet     Phone     My Account     Pay My Bill     "
           "Support     Sign Out", 8, color=WHITE)
    first = d.name.split()[0] if d.customer.person else "there"
    due = d.statement_date + timedelta(days=r.choice((17, 20, 21)))
    amount = money(r, 60, 280)
    y = s.lines(56, 120, [
        f"Hi {first},", "",
        f"Your bill for service at {one_line(d.service, 1)} is ready.",
        f"This bill is for {d.name}, account ending in {last4}.",
        f"Your statement dated {date_text(d.statement_date, 'long')} shows {amount} due by "
        f"{date_text(due, 'long')}.",
    ], 10.5, leading=15)
    s.mark("service", address_key(d.service))
    lines = [phone(n, "paren") for n in d.numbers]
    word = "line" if len(lines) == 1 else "lines"
    s.text(56, y + 4, f"It includes MCTV Phone for your {word} {_and(lines)}.", 10.5)
    _button(s, 56, y + 20, "View My Bill")
    _button(s, 170, y + 20, "Pay Now")
    y += 64
    s.box(56, y, 300, 86, fill=LIGHT, radius=6)
    rows = (("Account", d.printed_account), ("Statement date", date_text(d.statement_date, "us")),
            ("Amount due", amount), ("Due date", date_text(due, "us")),
            ("AutoPay", r.choice(("Off", "On \u2014 Visa ending in " + str(r.randint(1000, 9999))))))
    for i, (label, value) in enumerate(rows):
        s.text(66, y + 16 + i * 14, label, 9, color=GREY)
        s.text(180, y + 16 + i * 14, value, 9, bold=True)
    y += 110
    s.text(56, y, "Save with paperless billing and AutoPay \u2014 sign in to My Account to set "
           "it up.", 8.5)
    with s.roled("help"):
        s.text(56, y + 14, f"Questions? Call {d.carrier.help_lines[0][1]} or "
               f"{d.carrier.help_lines[1][1]} (24/7 tech support).", 8.5)
    s.rule(36, y + 34, W - 36, 0.5, GREY)
    s.lines(56, y + 48, [
        "You are receiving this e-mail because you enrolled in paperless billing. Please do "
        "not reply to this message.",
        f"{d.carrier.legal} \u00b7 {d.carrier.remit[0]}, {d.carrier.remit[1]} \u00b7 "
        "Privacy Policy \u00b7 Unsubscribe"], 7, color=GREY)


@family("greenlight_fibre", carrier="greenlight", region="GLN", lines=(1, 3), dialed=8,
        person_share=0.5, account=lambda r, c, b: f"GL{r.randint(100000, 999999)}",
        modelled_on="fibre statements of Greenlight Networks' kind (Rochester, New York): the "
        "carrier only in a raster logo with its legal name in the fine print, letter-spaced "
        "headings, each value with its caption to its right, the account number with a letter "
        "prefix, phone numbers printed 585.555.0100, +1 585 555 0100 or 5855550100",
        accent="#2E7D32", font="DejaVuSans")
def greenlight_fibre(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None and d.billing is not None
    d.carrier_printed = d.carrier.legal  # typed nowhere else: the logo is a picture
    style = r.choice(("dot", "intl", "plain"))
    s.image_logo(40, 26, "greenlight", 26, "#2E7D32", mark="square")
    s.text(W - 40, 40, spaced("STATEMENT"), 12, bold=True, align="right", color=s.accent)
    y = 90.0
    amount = money(r, 70, 260)
    s.lines(60, y, [d.name, *address_lines(d.billing)], 9.5)
    facts = ((d.printed_account, "account number"),
             (date_text(d.statement_date, "abbr"), "statement date"),
             (date_text(d.statement_date + timedelta(days=21), "abbr"), "due date"),
             (amount, "amount due"))
    for i, (value, caption) in enumerate(facts):
        w = s.text(360, y + i * 14, value, 9.5, bold=True)
        s.text(366 + w, y + i * 14, caption, 7, color=GREY)
    s.text(40, 176, spaced("YOUR SERVICE"), 10, bold=True, color=s.accent)
    s.rule(36, 182, W - 36, 0.8, s.accent)
    line = one_line(d.service, 1)
    w = s.text(40, 198, line, 9.5, bold=True)
    s.text(46 + w, 198, "service address", 7, color=GREY)
    s.mark("service", address_key(d.service))
    y = 222.0
    for k, n in enumerate(d.numbers):
        w = s.text(40, y, phone(n, style), 9.5, bold=True)
        s.text(46 + w, y, "main number" if k == 0 else "additional line", 7, color=GREY)
        s.text(W - 40, y, money(r, 10, 30), 9, align="right")
        y += 14
    s.mark("btn", d.real_btn)
    s.text(40, y + 16, spaced("ACCOUNT SUMMARY"), 10, bold=True, color=s.accent)
    s.rule(36, y + 22, W - 36, 0.8, s.accent)
    y += 38
    for label in ("Previous balance", "Payment received \u2014 thank you", "Fiber Internet 1 Gig",
                  "Home Phone", "Equipment", "Taxes and fees", "Total amount due"):
        s.text(40, y, label, 9, bold=label.startswith("Total"))
        s.text(W - 40, y, amount if label.startswith("Total") else money(r, 0, 200), 9,
               align="right", bold=label.startswith("Total"))
        y += 13
    with s.roled("help"):
        s.lines(40, y + 14, [f"{label} {phone('+1' + ''.join(c for c in number if c.isdigit())[-10:], style)}"
                             for label, number in d.carrier.help_lines], 8)
    s.text(40, 606, f"Services provided by {d.carrier.legal}. {d.carrier.remit[0]}, "
           f"{d.carrier.remit[1]}.", 6.5, color=GREY)
    _stub(s, d, amount)


def _stub(s: Sheet, d: Draft, amount: str) -> None:
    """The tear-off: the remit-to under the legal name only (the brand is in the logo)."""
    with s.roled("stub"):
        s.rule(36, 626, W - 36, dash=True)
        s.text(40, 638, "Please return this portion with your payment.", 7, color=GREY)
        s.lines(60, 660, [d.carrier.legal, *d.carrier.remit], 8)
        for i, (value, caption) in enumerate(((d.printed_account, "account number"),
                                              (amount, "amount due"))):
            w = s.text(360, 660 + i * 13, value, 8.5, bold=True)
            s.text(366 + w, 660 + i * 13, caption, 7, color=GREY)
        assert d.billing is not None
        s.lines(360, 700, [d.name, *address_lines(d.billing)], 8.5)
