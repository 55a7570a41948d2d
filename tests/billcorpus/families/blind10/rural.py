"""TENTH BLIND SPLIT: not for the reader's author (see families/blind10/__init__.py).

Mid-Rivers (Mid-Rivers Telephone Cooperative of Circle, eastern Montana) and Wilkes
Communications (Wilkes Telephone Membership Corporation of Wilkesboro, North Carolina).

Modelled on rural co-op statements of Mid-Rivers' kind (the member's facts in a shaded left
sidebar, each label over its value: member number, billing telephone number, service location,
statement date; the envelope window and the summary to the right of it; capital credits noted;
local service by line on page 2) and on co-op statements of Wilkes' kind as its bill guide
describes them (an account information block where each value is printed first and its label
after it, right of the value; the statement date, the billing period and the due date in three
different forms; the service address beside the window address with its label after it).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices, page_header, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


@family("midrivers_coop", carrier="midrivers", region="MTE", lines=(1, 4), dialed=8,
        person_share=0.4, account=lambda r, c, b: f"{r.randint(10000, 99999)}-{r.randint(1, 9)}",
        modelled_on="rural co-op statements of Mid-Rivers' kind (eastern Montana): the "
        "member's facts in a shaded left sidebar, each label over its value (member number, "
        "billing telephone number, service location, statement date), the window and summary "
        "to its right, capital credits noted, local service by line on page 2",
        accent="#1B5E20", font="Helvetica")
def midrivers_coop(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "paren"))
    s.image_logo(40, 22, "MID-RIVERS", 22, "#1B5E20")
    s.text(W - 40, 34, "Member Statement", 14, bold=True, align="right")
    s.text(W - 40, 48, d.carrier.legal, 7, color=GREY, align="right")
    s.box(36, 70, 150, 520, fill=LIGHT)
    y = 88.0
    side = (("Member Number", [d.printed_account]),
            ("Billing Telephone No.", [phone(d.real_btn, style)]),
            ("Service Location", address_lines(d.service)),
            ("Statement Date", [date_text(d.statement_date, "us2")]),
            ("Amount Due", [money(r, 40, 600)]),
            ("Due Date", [date_text(d.statement_date + timedelta(days=20), "us2")]))
    for label, values in side:
        s.text(44, y, label, 7, bold=True, color=s.accent)
        y = s.lines(44, y + 11, values, 8)
        if label.startswith("Billing"):
            s.mark("btn", d.real_btn)
        if label.startswith("Service"):
            s.mark("service", address_key(d.service))
        y += 8
    with s.roled("help"):
        s.text(44, y + 4, "Call Us", 7, bold=True, color=s.accent)
        s.lines(44, y + 15, [f"{label}" for label, _ in d.carrier.help_lines], 6.5)
        s.lines(44, y + 40, [n for _, n in d.carrier.help_lines], 7)
    mailing_block(s, d, 210, 100, 9.5)
    s.text(210, 190, "Summary of Account", 11, bold=True, color=s.accent)
    yy = 206.0
    for label in ("Previous Balance", "Payments Received", "Balance Forward", "Local Service",
                  "Long Distance", "Internet", "Taxes and Surcharges", "Total Amount Due"):
        s.text(214, yy, label, 8.5, bold=label.startswith("Total"))
        s.text(W - 44, yy, money(r, 0, 400), 8.5, align="right", bold=label.startswith("Total"))
        yy += 12
    s.text(210, yy + 14, f"Capital credits allocated to your membership: {money(r, 5, 90)}", 7.5)
    notices(s, d, 210, yy + 36, count=2, size=6.5)
    remit_stub(s, d, y=612, account_label="Member Number")
    s.new_page()
    page_header(s, d, 2, 2, account_label="Member Number")
    s.text(40, 90, "Local Service", 12, bold=True, color=s.accent)
    y = 108.0
    for k, n in enumerate(d.numbers):
        s.box(36, y - 10, W - 72, 14, fill=LIGHT)
        s.text(44, y, phone(n, style), 9, bold=True)
        s.text(160, y, "Business Line" if not d.customer.person else "Residential Line", 8)
        y += 16
        for item in (("Basic Local Service", "Touch Tone", "Caller ID") if k == 0 else
                     ("Basic Local Service", "Voice Mail")):
            s.text(60, y, item, 8)
            s.text(W - 44, y, money(r, 1, 30), 8, align="right")
            y += 11
        y += 6
    s.text(40, y + 10, "Taxes, Fees and Surcharges", 10, bold=True, color=s.accent)
    for i, item in enumerate(("Federal Subscriber Line Charge", "Montana 9-1-1 Fee",
                              "Federal Universal Service Fund", "TAP Fee")):
        s.text(60, y + 24 + i * 11, item, 8)
        s.text(W - 44, y + 24 + i * 11, money(r, 0, 10), 8, align="right")


@family("wilkes_business", carrier="wilkes", region="WLK", lines=(1, 5), dialed=8,
        person_share=0.3, account=lambda r, c, b: digits(r, 9),
        modelled_on="co-op statements of Wilkes Communications' kind (Wilkesboro, NC) as its "
        "bill guide describes them: an account information block with each value printed "
        "first and its label after it, the statement date, billing period and due date in "
        "three forms, the service address beside the window address with its label after it",
        accent="#00558C", font="Times-Roman")
def wilkes_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "dot"))
    s.wordmark(40, 44, "Wilkes", 24, "#00558C", font="Times-Bold")
    s.text(40, 58, "Communications", 9, color=GREY)
    end = d.statement_date + timedelta(days=29)
    facts = ((d.printed_account, "Account Number"),
             (date_text(d.statement_date, "long"), "Statement Date"),
             (f"{date_text(d.statement_date, 'us2')} - {date_text(end, 'us2')}", "Billing Period"),
             (date_text(d.statement_date + timedelta(days=21), "dash"), "Payment Due"),
             (phone(d.real_btn, style), "Billing Telephone Number"))
    for i, (value, label) in enumerate(facts):
        s.text(470, 34 + i * 12, value, 8.5, bold=True, align="right")
        s.text(476, 34 + i * 12, label, 7, color=GREY)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 112, 10)
    s.lines(320, 112, address_lines(d.service), 9)
    s.text(W - 40, 112, "Service Address", 7, color=GREY, align="right")
    s.mark("service", address_key(d.service))
    s.rule(36, 170, W - 36, 0.8, s.accent)
    s.text(40, 190, "Your Account at a Glance", 12, bold=True, color=s.accent)
    y = 208.0
    for label in ("Previous Balance", "Payment(s) - Thank You", "Current Services",
                  "Long Distance & Toll", "Taxes, Fees & Surcharges", "Total Due"):
        s.text(300, y, money(r, 0, 500), 9, align="right", bold=label == "Total Due")
        s.text(310, y, label, 9, bold=label == "Total Due")
        y += 13
    s.text(40, y + 14, "Current Services", 11, bold=True, color=s.accent)
    body = [(phone(n, style), "Business Line" if k else "Business Line - Main",
             money(r, 20, 45)) for k, n in enumerate(d.numbers)]
    body += [("", "Fiber Internet 500 Mbps", money(r, 60, 120)),
             ("", "Static IP Address", money(r, 5, 15))]
    y = s.table(40, y + 32, ("Telephone Number", "Service", "Amount"), body, (140, 290, 100),
                size=8.5, align=("left", "left", "right"))
    with s.roled("help"):
        s.text(40, y + 12, "Questions? " + "   ".join(
            f"{label} {number}" for label, number in d.carrier.help_lines), 7.5)
    s.text(40, y + 26, f"{d.carrier.legal} is a member-owned cooperative.", 6.5, color=GREY)
    remit_stub(s, d, y=612, account_label="Account Number")
