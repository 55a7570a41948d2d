"""FOURTH BLIND SPLIT: not for the reader's author (see families/blind4/__init__.py).

Consumer Cellular (a wireless MVNO on a national network).

Modelled on Consumer Cellular's service guide (plans with unlimited minutes, data that starts over
on the first day of the billing cycle, usage tracking by the MY CC app or the Usage Hotline
(888) 373-1777, free from the cellphone; plan changes applied to the whole cycle) and on wireless
statements of its kind (account summary with the account number and the bill date, the lines on
the account by their members' names, usage per line, call detail per line).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, masked_phone, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft

_PLANS = ("Unlimited Talk & Text + 5GB", "Unlimited Talk & Text + 15GB", "Unlimited Talk & Text",
          "Unlimited Everything", "Connect Plan (tablet)")


@family("consumer_cellular", carrier="consumer_cellular", lines=(1, 4), dialed=10,
        person_share=0.7, account=lambda r, c, b: digits(r, 8),
        modelled_on="consumercellular.com service guide (unlimited minutes, data restarting each "
        "cycle, Usage Hotline (888) 373-1777, MY CC app); wireless statement: account summary, "
        "lines by member, usage per line, call detail per line", accent="#0F6CB6",
        font="DejaVuSans")
def consumer_cellular(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a wireless bill: no service address, no billing number
    r = s.rng
    private = r.random() < 0.4  # the privacy setting hides the middle digits of added lines
    if private and len(d.numbers) > 1:
        d.masked = d.numbers[1:]
        d.traits.add("masked_numbers")
    s.text(40, 52, "Consumer Cellular", 22, bold=True, color=s.accent)
    s.text(40, 70, "Your Monthly Statement", 11, color=GREY)
    rows = (("Account Number", d.printed_account),
            ("Statement Date", date_text(d.statement_date, "long")),
            ("Billing Cycle", f"{date_text(d.statement_date - timedelta(days=30), 'abbr')} to "
                              f"{date_text(d.statement_date - timedelta(days=1), 'abbr')}"))
    for i, (label, value) in enumerate(rows):
        s.text(330, 40 + i * 16, label, 10)
        s.text(W - 40, 40 + i * 16, value, 10, bold=True, align="right")
    mailing_block(s, d, 60, 118, 11)
    s.box(330, 100, 246, 64, fill=LIGHT)
    s.text(342, 122, "Total Amount Due", 12, bold=True)
    s.text(566, 122, money(r, 25, 220), 14, bold=True, align="right")
    s.text(342, 146, f"Due by {date_text(d.statement_date + timedelta(days=20), 'long')}", 10)
    s.text(40, 206, "Lines on Your Account", 13, bold=True, color=s.accent)
    body = []
    for i, n in enumerate(d.numbers):
        member = d.name if i == 0 and d.customer.person else person_name(r)
        shown = masked_phone(n, "paren", "*") if n in d.masked else phone(n, "paren")
        body.append((shown, member, r.choice(_PLANS), money(r, 15, 60)))
    y = s.table(40, 226, ("Phone Number", "Member", "Plan", "Charges"), body,
                (110, 140, 190, 70), size=9.5, lead=15, align=("left", "left", "left", "right"))
    s.text(40, y + 14, "Usage This Cycle", 13, bold=True, color=s.accent)
    y += 32
    for n in d.numbers:
        shown = masked_phone(n, "paren", "*") if n in d.masked else phone(n, "paren")
        s.text(44, y, f"{shown}   Talk: {r.randint(20, 900)} min   Text: {r.randint(0, 400)}   "
                      f"Data: {r.randint(1, 9)}.{r.randint(0, 9)} GB", 9.5)
        y += 14
    s.text(40, y + 12, "Track your usage any time in the MY CC app or call the Usage Hotline "
                       "(free from your cellphone).", 9)
    help_lines(s, d, 40, y + 30, 9.5, extra=(d.carrier.domain,))
    s.text(40, y + 70, "AARP members save 5% on monthly service and get 30% off accessories.",
           8.5, color=GREY)
    remit_stub(s, d, y=620)
    if not private or r.random() < 0.5:
        call_detail(s, d, 2, r.randint(1, 2), "Call Detail", "paren", wireless=True, rows=34)
