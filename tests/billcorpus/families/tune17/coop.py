"""Open tuning split tune17: Stayton Cooperative Telephone (Oregon), a designer's statement.

A statement laid out by a design tool: every heading and the account box are letter-spaced,
each glyph its own positioned text object ('A C C O U N T  N U M B E R'; a text extractor splits
or glues the words), and the content stream is not the reading order: each value is written
before its label, and the right column before the left. The holder is a trust or an estate
('Jane Doe, Trustee of the Doe Family Trust', 'Estate of ...') or two people joined by '&'; the
service address carries a building, floor or unit ('Bldg C', 'Fl 2', 'Unit B').
"""

from __future__ import annotations

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.families.tune17.parts import move_to, rename, tracked
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key


def _holder(d: Draft) -> None:
    r = d.rng
    if not d.customer.person:
        return
    first = d.name
    last = first.split()[-1]
    roll = r.random()
    if roll < 0.35:
        rename(d, f"{first}, Trustee of the {last} Family Trust")
    elif roll < 0.6:
        rename(d, f"Estate of {first}")
    else:
        rename(d, f"{first} & {person_name(r).split()[0]} {last}")


def _premises(d: Draft) -> None:
    r = d.rng
    old = d.customer.service
    unit = r.choice((f"Bldg {r.choice('ABCD')}", f"Fl {r.randint(2, 4)}", f"Unit {r.choice('ABCD')}",
                     f"Bldg {r.choice('ABC')} Unit {r.randint(1, 12)}", ""))
    move_to(d, Address(old.line1, unit, old.city, old.state, old.postal_code))


@family("stayton_designed", carrier="stayton_coop", region="SCOR", lines=(1, 3), dialed=6,
        person_share=0.6, account=lambda r, c, b: f"{digits(r, 5)}-{digits(r, 3)}",
        modelled_on="member statements of a rural Oregon telephone cooperative of Stayton "
        "Cooperative Telephone's kind, laid out by a design tool: letter-spaced headings and "
        "account box (one text object per glyph), a content stream in which each value comes "
        "before its label and the right column before the left; holders that are trusts, "
        "estates or two people with '&'; units 'Bldg C', 'Fl 2', 'Unit B'", accent="#2E6B30",
        font="DejaVuSans")
def stayton_designed(s: Sheet, d: Draft) -> None:
    r = s.rng
    _holder(d)
    _premises(d)
    assert d.service is not None
    style = r.choice(("dash", "dot", "paren"))
    when = d.statement_date
    # right column first, values before labels
    facts = (("ACCOUNT NUMBER", d.printed_account),
             ("STATEMENT DATE", date_text(when, r.choice(("long", "abbr0")))),
             ("BILLING TELEPHONE NUMBER", phone(d.real_btn, style)),
             ("AMOUNT DUE", money(r, 40, 300)))
    s.box(318, 30, 258, 96, fill=LIGHT)
    for i, (_lab, value) in enumerate(facts):
        tracked(s, 330, 62 + i * 20, value, 9, 0.9, bold=True)
    for i, (lab, _value) in enumerate(facts):
        tracked(s, 330, 52 + i * 20, lab, 6.5, 1.6, color="#555555")
    s.mark("btn", d.real_btn)
    s.lines(330, 150, address_lines(d.service), 9.5)  # the value ...
    s.mark("service", address_key(d.service))
    tracked(s, 330, 138, "SERVICE LOCATION", 7, 1.8, bold=True, color="#2E6B30")  # ... its label
    # then the left column
    s.wordmark(40, 50, "Stayton Co-op", 20, "#2E6B30")
    s.text(40, 64, "Cooperative Telephone \u00b7 Member owned since 1904", 7.5, color=GREY)
    mailing_block(s, d, 50, 110, 9.5)
    s.text(40, 186, f"Account {d.printed_account} \u00b7 {d.name}", 8, color=GREY)
    y = 222.0
    for n in d.numbers:
        s.text(44, y + 16, phone(n, style), 9)
        s.text(W - 44, y + 16, money(r, 18, 40), 9, align="right")
        s.text(170, y + 16, r.choice(("Business line", "Residential line", "Fax line")), 8.5)
        y += 13
    tracked(s, 40, 222, "YOUR LINES", 10, 2.4, bold=True, color="#2E6B30")
    y += 30
    charges = ("Broadband 250 Mbps", "Oregon Universal Service", "Federal SLC", "E911 tax")
    for i in range(len(charges)):
        s.text(W - 44, y + 16 + i * 12, money(r, 1, 80), 8.5, align="right")
    for i, lab in enumerate(charges):
        s.text(44, y + 16 + i * 12, lab, 8.5)
    tracked(s, 40, y, "OTHER CHARGES", 10, 2.4, bold=True, color="#2E6B30")
    y += 16 + len(charges) * 12 + 20
    with s.roled("help"):
        s.lines(40, y, [f"{lab}: {num}" for lab, num in d.carrier.help_lines], 7.5)
    s.lines(40, y + 30, [f"Capital credits: member no. {digits(r, 6)}. Annual meeting notice "
                         "enclosed.",
                         "Keep your service active until your new provider confirms your port."],
            7.5, color=GREY)
    remit_stub(s, d, y=630)
