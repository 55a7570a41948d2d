"""Open tuning split tune15: Mid-Plains (Wisconsin).

Mid-Plains prints a moved service: 'Service moved from 12 Old Rd on Oct 3, 2025' with the
previous service address and the new one both printed (only the one under 'Service address' is the
account's now), and a 'Registered 911 location' beside it, the same address or another one (a line
registered at another building); the numbers list is by line with its 911 location.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from tests.billcorpus.blocks import help_lines, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.people import REGIONS, us_address
from tests.billcorpus.truth import Draft, address_key


@family("midplains_moved", carrier="mid_plains", region="MPWI", lines=(1, 4), dialed=8,
        person_share=0.4, account=lambda r, c, b: f"{digits(r, 6)}-{digits(r, 3)}",
        modelled_on="statements of Mid-Plains's kind (Wisconsin ILEC): a moved service with the "
        "previous and the new service address both printed under their own labels and the "
        "date of the move, a 'Registered 911 location' beside the service address (the same or "
        "another building), lines listed with their 911 location", accent="#2E5E1E",
        font="DejaVuSerif")
def midplains_moved(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    old = us_address(r, r.choice(REGIONS["MPWI"]), 0.3)
    moved = d.statement_date - timedelta(days=r.randint(5, 40))
    e911_other = r.random() < 0.5
    other = replace(us_address(r, (d.service.city, d.service.state, d.service.postal_code[:3],
                                   d.customer.npa), 0.6), postal_code=d.service.postal_code)
    s.wordmark(40, 46, "Mid-Plains", 24, "#2E5E1E", font="DejaVuSerif-Bold")
    s.text(40, 60, "Telephone - Internet - Business Solutions", 7.5, color=GREY)
    facts = (("Account Number", d.printed_account),
             ("Statement Date", date_text(d.statement_date, r.choice(("long", "abbr0", "us")))),
             ("Billing Telephone Number", phone(d.real_btn, style)),
             ("Amount Due", money(r, 40, 400)))
    s.box(330, 26, 246, 60, stroke=GREY)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 40 + i * 13, lab, 8)
        s.text(568, 40 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 112, 9.5)
    s.box(38, 180, W - 76, 18, fill=LIGHT)
    s.text(44, 192, f"Your service moved from {old.line1} on {date_text(moved, 'abbr')}. "
           "Your new service address is shown below.", 8.5, bold=True)
    s.text(40, 216, "Service Address", 9, bold=True, color=s.accent)
    s.lines(40, 229, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(220, 216, "Previous Service Address", 9, bold=True, color=GREY)
    s.lines(220, 229, [*address_lines(old), f"(until {date_text(moved, 'abbr')})"], 8.5,
            color=GREY)
    e911 = other if e911_other else d.service
    s.text(420, 216, "Registered 911 Location", 9, bold=True, color=s.accent)
    s.lines(420, 229, address_lines(e911), 8.5)
    y = 292.0
    s.text(40, y, "Lines on this account", 10, bold=True, color=s.accent)
    y += 6
    rows = []
    for i, n in enumerate(d.numbers):
        where = e911 if (i == 0 or not e911_other) else r.choice((e911, d.service))
        rows.append((phone(n, style), r.choice(("Business Line", "Residence Line", "Fax Line")),
                     one_line(where, 1)[:48], money(r, 18, 45)))
    s.table(44, y + 12, ("Number", "Service", "911 location", "Monthly"), rows,
            (100, 100, 260, 70), size=7.5, lead=11, align=("left", "left", "left", "right"))
    y += 24 + 11 * len(rows) + 12
    for lab in ("Move / transfer of service charge", "Federal Subscriber Line Charge",
                "WI Universal Service Fund", "911 Surcharge"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 1, 60), 8, align="right")
        y += 11
    help_lines(s, d, 40, y + 14, 7.5)
    notices(s, d, 40, y + 44, count=2, size=7)
    remit_stub(s, d, y=630)
