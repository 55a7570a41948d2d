"""Open tuning split tune15: Visible (US, wireless, one line).

Visible's one-line statement is paid by someone else: 'Paid by' a card of another name, the
account holder printed apart as 'Account holder'; party members listed by first name with masked
numbers; the call detail masks the numbers it lists ('***-***-0142', '608-555-XXXX') and the usage
counts and a date are made of the line's own digits ('Data used: 5550142 KB').
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft


@family("visible_paidby", carrier="visible", lines=(1, 1), dialed=8, person_share=1.0,
        account=lambda r, c, b: f"V{digits(r, 9)}",
        modelled_on="one-line statements of Visible's kind (US, wireless): the account holder "
        "printed apart from the card that pays ('Paid by card ending 4821, cardholder ...'), "
        "party members by first name with masked numbers, call detail with masked dialed "
        "numbers, usage counts made of the line's own digits", accent="#1800FF",
        font="DejaVuSans")
def visible_paidby(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # one wireless line: no service address, no billing number
    line = d.numbers[0]
    s.wordmark(40, 46, "visible", 26, "#1800FF")
    s.text(40, 60, "Your monthly statement", 9, color=GREY)
    payer = person_name(r)
    while payer.split()[-1] == d.name.split()[-1]:
        payer = person_name(r)
    facts = (("Account holder", d.name), ("Account number", d.printed_account),
             ("Statement date", date_text(d.statement_date, r.choice(("long", "abbr", "us")))),
             ("Your number", phone(line, r.choice(("paren", "dash")))),
             ("Paid by", f"Visa ending {digits(r, 4)} ({payer})"))
    s.box(300, 26, 276, 74, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(308, 40 + i * 13, lab, 8)
        s.text(568, 40 + i * 13, value, 8.5, bold=i < 4, align="right")
    mailing_block(s, d, 50, 120, 9.5)
    t = line[-10:]
    y = 200.0
    s.text(40, y, "This month", 11, bold=True, color=s.accent)
    y += 16
    for lab, value in (("Visible+ plan, 1 line", money(r, 25, 45)),
                       (f"Data used: {t[3:]} KB", "included"),
                       (f"Talk: {t[4:]} seconds", "included"),
                       (f"Hotspot sessions since {t[6:8]}/{t[3:5]}/{t[8:]}", "included"),
                       ("Taxes and fees", money(r, 1, 9))):
        s.text(44, y, lab, 8.5)
        s.text(W - 44, y, value, 8.5, align="right")
        y += 12
    y += 10
    s.text(40, y, "Your party (each member pays for their own line)", 9, bold=True)
    y += 13
    for _ in range(r.randint(1, 3)):
        other = d.pool.one(d.customer.npa)
        s.text(44, y, person_name(r).split()[0], 8)
        s.text(200, y, f"***-***-{other[-4:]}", 8)
        y += 11
    y += 12
    s.text(40, y, "Call and text detail", 10, bold=True, color=s.accent)
    y += 6
    rows = []
    for i in range(10):
        called = r.choice(d.dialed)[-10:]
        shown = r.choice((f"{called[:3]}-{called[3:6]}-XXXX", f"***-***-{called[6:]}"))
        when = d.statement_date - timedelta(days=28 - i * 2)
        rows.append((f"{when:%m/%d}", shown, r.choice(("Call", "Text", "Call")),
                     str(r.randint(1, 40))))
    with s.roled("detail"):
        s.table(44, y + 12, ("Date", "Number (masked)", "Type", "Min"), rows, (70, 150, 80, 60),
                size=7.5, lead=11)
    with s.roled("help"):
        s.text(40, 600, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5,
               color=GREY)
    remit_stub(s, d, y=630)
