"""Open tuning split tune14: Lucky Mobile (Canada, prepaid and postpaid wireless).

Modelled on Lucky Mobile's account summaries: the lines of a shared plan under the users'
nicknames and devices ("Jordan's iPhone 15"), one line labelled the account owner's, a status
column (Active, Suspended, Ported out on a date: a number ported away is not on the account any
more), and the numbers written in international shapes ('+1 (204) 555-0100', '1-204-555-0100',
'204/555-0100', '(204)5550100'); no service address and no billing number, as wireless bills go.
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, money
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft

_DEVICES = ("iPhone 15", "iPhone 13", "Galaxy S23", "Galaxy A15", "Pixel 8", "Moto G Power",
            "iPad")


def _intl(e164: str, shape: str) -> str:
    t = e164[-10:]
    return {"plus": f"+1 ({t[:3]}) {t[3:6]}-{t[6:]}", "one": f"1-{t[:3]}-{t[3:6]}-{t[6:]}",
            "slash": f"{t[:3]}/{t[3:6]}-{t[6:]}", "tight": f"({t[:3]}){t[3:]}"}[shape]


@family("lucky_lines", carrier="lucky", country="CA", lines=(2, 5), dialed=6, person_share=0.8,
        account=lambda r, c, b: digits(r, 9),
        modelled_on="account summaries of Lucky Mobile's kind (Canada): the lines of a shared "
        "plan under users' nicknames and devices, one labelled the account owner's, a status "
        "column with suspended and ported-out lines, numbers in international shapes, no "
        "service address and no billing number", accent="#E8412C", font="DejaVuSans")
def lucky_lines(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    shape = r.choice(("plus", "one", "slash", "tight"))
    s.wordmark(40, 46, "Lucky Mobile", 22, "#E8412C")
    s.text(40, 58, "luckymobile.ca", 7.5, color=GREY)
    label = r.choice(("Bill date", "Invoice date", "Billing date"))
    facts = (("Account number", d.printed_account),
             (label, date_text(d.statement_date, r.choice(("long", "abbr", "iso")))),
             ("Due", date_text(d.statement_date + timedelta(days=21), "abbr")),
             ("Balance", money(r, 40, 260)))
    s.box(330, 26, 246, 58, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 40 + i * 12, lab, 8)
        s.text(568, 40 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 50, 110, 9.5)
    s.text(40, 186, "Your lines", 11, bold=True, color=s.accent)
    s.box(38, 192, W - 76, 12, fill=LIGHT)
    for x, head in ((44, "Line"), (250, "Number"), (380, "Status"), (W - 44, "Charges")):
        s.text(x, 201, head, 8, bold=True, align="right" if x > 500 else "left")
    rows: list[tuple[str, str, str]] = []
    owner = d.name.split()[0]
    for i, n in enumerate(d.numbers):
        who = owner if i == 0 else person_name(r).split()[0]
        nick = f"{who}'s {r.choice(_DEVICES)}"
        if i == 0:
            nick += r.choice(("  (account owner)", "  - Primary", "  (Primary line)"))
        status = "Active" if r.random() < 0.8 or i == 0 else "Suspended"
        rows.append((nick, _intl(n, shape), status))
        s.mark("number", n)  # '204/555-0100' and '(204)5550100' are lines too
    for _ in range(r.choice((0, 1, 1))):
        gone = d.pool.one(d.customer.npa)
        d.dialed.append(gone)  # printed, ported away: not on the account today
        when = d.statement_date - timedelta(days=r.randint(3, 25))
        rows.append((f"{person_name(r).split()[0]}'s {r.choice(_DEVICES)}", _intl(gone, shape),
                     f"Ported out {date_text(when, 'abbr')}"))
    y = 218.0
    for nick, number, status in rows:
        s.text(44, y, nick, 8.5)
        s.text(250, y, number, 8.5)
        s.text(380, y, status, 8, color=GREY if status != "Active" else None)
        s.text(W - 44, y, money(r, 0, 65), 8.5, align="right")
        y += 12
        s.text(58, y, r.choice(("Plan: 40 GB Canada-wide", "Plan: Talk & Text Unlimited",
                                "Plan: 5 GB + Calling to US")), 7, color=GREY)
        y += 12
    y += 8
    s.text(40, y, "Long distance and roaming", 9, bold=True)
    y += 12
    for _ in range(2):
        call = f"+{r.choice(('44 20 7946', '63 2 8555', '52 55 5555'))} {digits(r, 4)}"
        s.text(44, y, f"Call to {call}", 7.5)
        s.text(W - 44, y, money(r, 0, 9), 7.5, align="right")
        y += 11
    for lab in ("GST/HST", "PST", "911 fee"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 0, 20), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 16, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 34, count=2, size=7)
    remit_stub(s, d, y=630)
