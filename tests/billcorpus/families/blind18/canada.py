"""EIGHTEENTH BLIND SPLIT: not for the reader's author (see families/blind18/__init__.py).

Bruce Telecom (Municipality of Kincardine's telephone company, Ontario) and Ice Wireless
(Yellowknife, Whitehorse and Iqaluit; wireless across the three territories).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
brucetelecom.com support and legal pages (a municipal telephone company; accounts for small
businesses and residents; the account summary beside the charges); icewireless.ca support and
'understanding your bill' pages (lines by user, the account holder and the users, the number
kept when switching from another carrier, mail to a post office box or general delivery in the
north). Read alongside: cogeco.ca 'Understanding your bill' (billing address versus service
address, account number for payments) and nextera.net 'Understanding your bill'.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind18.parts import (
    dark_sidebar,
    mixed,
    running_head,
    set_billing,
    set_service,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name, po_box
from tests.billcorpus.truth import Draft, address_key

# --- Bruce Telecom: a dark account panel, check digit apart, Canadian unit forms -------------


def _unit_forms(d: Draft) -> str:
    """The unit written as Canadian billing systems hold it: '4-123 Main St', '#4 - 123 Main
    St', or on its own line above the street. Returns how the service block prints it: 'line'
    (the unit above the street) or 'one' (in the street line)."""
    r, a = d.rng, d.customer.service
    unit = str(r.randint(1, 40)) if not a.line2 else a.line2.split()[-1]
    kind = r.randrange(3)
    if kind == 0:
        set_service(d, replace(a, line1=f"{unit}-{a.line1}", line2=""))
        return "one"
    if kind == 1:
        set_service(d, replace(a, line1=f"#{unit} - {a.line1}", line2=""))
        return "one"
    set_service(d, replace(a, line2=f"Unit {unit}"))
    return "line"


@family("bruce_panel", carrier="bruce_tel", region="BRC", lines=(1, 4), dialed=0,
        person_share=0.5, country="CA",
        account=lambda r, c, b: f"{digits(r, 9)}{r.choice((' ', '-'))}{digits(r, 1)}",
        modelled_on="Bruce Telecom (Kincardine, Ontario) statements (brucetelecom.com "
        "support pages): the account facts in a panel printed white on dark blue at the right "
        "(the account number with its check digit apart, '123456789 0' or '123456789-0', a "
        "Customer ID and a Billing Account ID beside it); Canadian unit forms ('4-123 Main St', "
        "'#4 - 123 Main St', the unit on its own line above the street). Ideas 4, 8 and 10",
        accent="#003A70", font="Helvetica")
def bruce_panel(s: Sheet, d: Draft) -> None:
    r = s.rng
    how = _unit_forms(d)
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 50, "Bruce Telecom", 22, "#003A70")
    s.text(40, 64, "Your hometown telephone company", 7.5, color=GREY)
    rows = (("Account Number", d.printed_account), ("Customer ID", d.customer_id),
            ("Billing Account ID", f"{r.randint(1, 9)}{digits(r, 9)}"),
            ("Main Number", phone(d.real_btn, "space")),
            ("Bill Date", date_text(day, "long")), ("Amount Due", money(r, 40, 400)))
    bottom = dark_sidebar(s, 392, 80, 184, rows, "Account Summary", fill="#003A70")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 110, 9.5)
    a = d.service
    s.text(44, 190, "Service Address", 8.5, bold=True, color=s.accent)
    block = ([a.line2, a.line1] if how == "line" else [a.line1]) + [address_lines(a)[-1]]
    s.lines(44, 204, block, 9)
    s.mark("service", address_key(a))
    y = max(250.0, bottom + 20)
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Your Services", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "space"), 9)
        s.text(170, y, r.choice(("Business Line", "Residential Line", "Additional Line")), 8.5)
        s.text(W - 44, y, money(r, 20, 48), 8.5, align="right")
        y += 13
    y += 8
    for label in ("Internet 100", "911 Service Fee", "HST 13%"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 90), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 18, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 50, count=2, size=7.5)
    remit_stub(s, d, y=640)


# --- Ice Wireless: the holder and the users, the carrier the numbers came from --------------

_FROM = ("Northwestel", "Bell Mobility", "Latitude Wireless", "Rogers", "TELUS Mobility")


def _north_mail(d: Draft) -> None:
    """Mail in the north: a post office box or general delivery, printed first."""
    r, a = d.rng, d.customer.service
    city = (a.city, a.state, a.postal_code[:3], d.customer.npa)
    if r.random() < 0.5:
        set_billing(d, po_box(r, city, "CA", False))
    else:
        set_billing(d, Address("General Delivery", "", a.city, a.state,
                               a.postal_code[:4] + "0A0", "CA"))


@family("ice_users", carrier="ice_wireless", region="ICE", lines=(2, 6), dialed=0,
        person_share=0.4, country="CA",
        account=lambda r, c, b: f"{digits(r, 10)}",
        modelled_on="Ice Wireless statements (icewireless.ca support pages): the mailing "
        "address first (a post office box or general delivery) and the primary place of use "
        "apart; each line by its user under 'Service for' (not the account holder), numbers "
        "written three ways; a welcome notice naming the carrier a number was ported from "
        "('ported from Northwestel'); a page 2 under a running header that cuts the holder's "
        "name. Ideas 1, 13, 14 and 15",
        accent="#0077C8", font="DejaVuSans")
def ice_users(s: Sheet, d: Draft) -> None:
    r = s.rng
    _north_mail(d)
    d.btn = None  # a wireless statement names no billing telephone number
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 50, "ice wireless", 22, "#0077C8")
    s.text(40, 64, d.carrier.legal, 7.5, color=GREY)
    s.text(40, 88, "Mail to", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 40, 102, 9.5)
    facts = (("Account number", d.printed_account), ("Bill date", date_text(day, "abbr")),
             ("Account holder", d.name), ("Total due", money(r, 60, 600)),
             ("Due date", date_text(day + timedelta(days=21), "abbr")))
    for i, (label, value) in enumerate(facts):
        s.text(330, 88 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 88 + i * 13, value, 8.5, bold=True, align="right")
    y = 176.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Your lines", 9.5, bold=True, color=s.accent)
    y += 30
    for x0, head in ((56, "Number"), (190, "Service for"), (340, "Plan")):
        s.text(x0, y, head, 7.5, bold=True)
    s.text(W - 44, y, "Amount", 7.5, bold=True, align="right")
    y += 13
    for k, n in enumerate(d.numbers):
        s.text(56, y, mixed(n, k + 2), 8.5)
        s.text(190, y, person_name(r), 8.5)
        s.text(340, y, r.choice(("North 10 GB", "Talk & Text", "Unlimited North")), 8.5)
        s.text(W - 44, y, money(r, 25, 90), 8.5, align="right")
        y += 13
    y += 12
    ported = r.choice(d.numbers)
    old = r.choice(_FROM)
    s.text(40, y, f"Welcome to Ice Wireless! {phone(ported, 'dash')} was ported from {old} on "
           f"{date_text(day - timedelta(days=r.randint(10, 40)), 'abbr')}.", 7.5)
    s.text(40, y + 11, f"Your final {old} bill will show a credit for unused days.", 7.5,
           color=GREY)
    with s.roled("help"):
        s.lines(40, y + 32, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    remit_stub(s, d, y=640)
    s.new_page()
    running_head(s, d, 2, 2)
    y = 70.0
    s.text(44, y, "Primary place of use", 9, bold=True, color=s.accent)
    s.lines(60, y + 14, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y += 60
    s.text(44, y, "Usage by line", 9, bold=True, color=s.accent)
    y += 16
    for n in d.numbers:
        s.text(56, y, phone(n, "dash"), 8.5)
        s.text(190, y, f"{r.randint(1, 9)}.{r.randint(0, 99):02d} GB", 8.5)
        s.text(300, y, f"{r.randint(20, 900)} min", 8.5)
        s.text(W - 44, y, money(r, 0, 30), 8.5, align="right")
        y += 13
    notices(s, d, 40, y + 20, count=2, size=7.5)
