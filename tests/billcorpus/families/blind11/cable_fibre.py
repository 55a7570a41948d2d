"""ELEVENTH BLIND SPLIT: not for the reader's author (see families/blind11/__init__.py).

Vyve Broadband (rural cable in Oklahoma and the South) and GoNetspeed (a fibre overbuilder of
Connecticut, Maine and upstate New York).

Modelled on small-system cable statements of Vyve's kind (labels cut short: Acct#, Stmt Dt, Svc
Loc, Main Tel#; the account number printed in groups on page 1, and page 2 repeating the header
in another form, a band with the account number run together and the service location on one
line; the phone lines inside the services list) and on fibre statements of GoNetspeed's kind
(the service address only in a 'Your Location' card drawn like a map tile; the billing number
only in a 'Summary by Number' table, typed 'BTN' in its row; an Attn line in the window; the
statement date with its weekday).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import attention_line, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, money, one_line, phone
from tests.billcorpus.truth import Draft, address_key


@family("vyve_cable", carrier="vyve", region="VYV", lines=(1, 3), dialed=8, person_share=0.4,
        account=lambda r, c, b: f"{r.randint(8100, 8499)} {r.randint(10, 99)} "
        f"{r.randint(100, 999)} {r.randint(1000000, 9999999)}",
        modelled_on="small-system cable statements of Vyve Broadband's kind (Oklahoma): labels "
        "cut short (Acct#, Stmt Dt, Svc Loc, Main Tel#), the account number in groups on page "
        "1, page 2 repeating the header in another form (a band with the account number run "
        "together and the service location on one line), phone lines inside the services list",
        accent="#5B2C83", font="Helvetica")
def vyve_cable(s: Sheet, d: Draft) -> None:
    r = s.rng
    if r.random() < 0.6:
        d.upper()
    assert d.service is not None
    style = r.choice(("dot", "paren"))
    compact = d.printed_account.replace(" ", "")
    s.wordmark(40, 46, "vyve", 28, "#5B2C83")
    s.text(40, 60, d.carrier.brand + " \u00b7 " + d.carrier.domain, 7, color=GREY)
    facts = (("Acct#", d.printed_account), ("Stmt Dt", date_text(d.statement_date, "us")),
             ("Pmt Due", date_text(d.statement_date + timedelta(days=18), "us")),
             ("Main Tel#", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(facts):
        s.text(370, 34 + i * 12, label, 7.5, bold=True, color=s.accent)
        s.text(W - 40, 34 + i * 12, value, 8.5, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 112, 9.5)
    s.text(330, 104, "Svc Loc", 7.5, bold=True, color=s.accent)
    s.lines(330, 116, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.band(180, 18)
    s.text(44, 192, "Your Bill at a Glance", 10, bold=True, color=LIGHT)
    y = 214.0
    for label in ("Prev Bal", "Pmt Rcvd - Thank You", "Video", "Internet", "Phone",
                  "Taxes/Fees/Surch", "Total Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(280, y, money(r, 0, 250), 8.5, align="right", bold=label.startswith("Total"))
        y += 12
    notices(s, d, 320, 214, count=2, size=6.5)
    with s.roled("help"):
        s.lines(320, 290, [f"{label} {number}" for label, number in d.carrier.help_lines], 7.5)
    remit_stub(s, d, y=612, account_label="Acct#")
    s.new_page()
    s.band(30, 30)
    s.text(44, 44, f"VYVE BROADBAND  |  Acct#: {compact}  |  Pg 2 of 2", 8.5, bold=True,
           color=LIGHT)
    s.text(44, 56, f"Svc Loc: {one_line(d.service, 1)}", 8, color=LIGHT)
    s.mark("service", address_key(d.service))
    s.text(40, 90, "Services & Charges", 12, bold=True, color=s.accent)
    body = [("Video", "Basic Cable", "", money(r, 30, 70)),
            ("Internet", "Vyve 300 Mbps", "", money(r, 40, 80))]
    for k, n in enumerate(d.numbers):
        body.append(("Phone", "Unlimited Nationwide" if k == 0 else "Additional Line",
                     phone(n, style), money(r, 15, 35)))
    body += [("Equipment", "Modem Lease", "", money(r, 5, 12)),
             ("Taxes/Fees", "E911 Fee", "", money(r, 1, 3))]
    s.table(40, 110, ("Category", "Description", "Tel#", "Amount"), body, (90, 180, 140, 100),
            size=8, align=("left", "left", "left", "right"))


@family("gonetspeed_location_card", carrier="gonetspeed", region="GNS", lines=(1, 5),
        dialed=8, person_share=0.2, account=lambda r, c, b: f"GN{r.randint(1000000, 9999999)}",
        modelled_on="fibre statements of GoNetspeed's kind (Connecticut and Maine): the service "
        "address only in a 'Your Location' card drawn like a map tile, the billing number only "
        "in a 'Summary by Number' table with 'BTN' typed in its row, an Attn line in the "
        "window, the statement date with its weekday",
        accent="#00A3AD", font="DejaVuSans")
def gonetspeed_location_card(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "paren"))
    s.wordmark(40, 46, "GoNetspeed", 24, "#00A3AD")
    s.text(W - 40, 32, "Statement", 13, bold=True, align="right")
    s.text(W - 40, 46, f"{d.statement_date:%A}, {date_text(d.statement_date, 'long')}", 8,
           align="right")
    s.text(W - 40, 58, f"Account {d.printed_account}", 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 112, 9.5, attn=attention_line(d))
    # the location card: a map tile (street grid and a pin) with the address under it
    s.box(340, 90, 232, 130, stroke=s.accent, radius=6)
    s.box(348, 98, 216, 64, fill=LIGHT)
    for i in range(1, 4):
        s.rule(348, 98 + i * 16, 564, 1.2, GREY)
        s.rule(348 + i * 54, 98, 348 + i * 54, 1.2, GREY)
    s.box(452, 118, 10, 10, fill=s.accent, radius=5)
    s.text(348, 176, "Your Location", 8, bold=True, color=s.accent)
    s.lines(348, 189, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 246, "Summary by Number", 11, bold=True, color=s.accent)
    body = []
    for k, n in enumerate(d.numbers):
        body.append((phone(n, style), "BTN" if k == 0 else "Line",
                     "Unlimited Calling" if k == 0 else r.choice(("Unlimited Calling",
                                                                  "Fax Line")),
                     str(r.randint(0, 300)), money(r, 20, 40)))
    y = s.table(40, 264, ("Number", "Type", "Plan", "Minutes", "Amount"), body,
                (120, 60, 170, 70, 90), size=8, align=("left", "left", "left", "right", "right"))
    s.mark("btn", d.real_btn)
    s.text(40, y + 14, "Account Summary", 11, bold=True, color=s.accent)
    y += 30
    for label in ("Previous Balance", "Payment Received", "Fiber Internet 1 Gig",
                  "Voice Services", "Taxes & Regulatory Fees", "Amount Due"):
        s.text(44, y, label, 8.5, bold=label == "Amount Due")
        s.text(300, y, money(r, 0, 300), 8.5, align="right", bold=label == "Amount Due")
        y += 12
    with s.roled("help"):
        s.lines(340, y - 60, [f"{label} {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    s.text(340, y - 20, d.carrier.legal, 6.5, color=GREY)
    remit_stub(s, d, y=626, account_label="Account")
