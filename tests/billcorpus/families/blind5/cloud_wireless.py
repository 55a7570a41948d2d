"""FIFTH BLIND SPLIT: not for the reader's author (see families/blind5/__init__.py).

net2phone (a cloud phone system: seats, numbers and an E911 address per location) and Google Fi
(a wireless MVNO: a group plan paid by its owner, no paper stub).

Modelled on cloud phone invoices of net2phone's kind (invoice number, account ID, billing period;
seats and numbers by location, each location with the emergency (E911) address registered for
its numbers; numbers in international form; charges by quantity and unit price; remit-to block
for checks, card on file otherwise) and on Google Fi's billing help (the statement is e-mailed two
days after the cycle ends, paid automatically from the card on file ten days later: autopay is
required; a group plan's owner pays one bill with each member's calls, texts and data; prorated
charges for new members; international calls billed as extras).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from portdesk.domain.case import Address
from tests.billcorpus.blocks import call_detail, help_lines, mailing_block
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    date_text,
    did_range,
    digits,
    extension,
    money,
    one_line,
    phone,
)
from tests.billcorpus.people import person_name, us_address
from tests.billcorpus.truth import Draft, address_key, in_range

WHITE = HexColor("#FFFFFF")
_SEATS = ("UCaaS Pro Seat", "UCaaS Basic Seat", "Common Area Phone", "Fax Line", "Auto Attendant")


def _sites(d: Draft) -> list[tuple[str, Address, list[str]]]:
    """One location, or two: the numbers split between them, each with its E911 address."""
    r = d.rng
    assert d.service is not None
    if len(d.numbers) < 3 or r.random() < 0.5:
        return [("Main Office", d.service, list(d.numbers))]
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    other = us_address(r, city, 0.3)
    block = {n for n in d.numbers for f, c in d.ranges if in_range(n, f, c)}
    cut = [n for n in d.numbers if n not in block][-1]
    first = [n for n in d.numbers if n != cut]
    d.alternatives = {"service_address": (d.service, other)}
    d.traits.add("multi_site")
    return [("Main Office", d.service, first), (r.choice(("Warehouse", "Branch", "Annex")),
                                                 other, [cut])]


@family("net2phone_ucaas", carrier="net2phone", lines=(2, 6), block=0.4, block_size=(5, 20),
        dialed=8, person_share=0.0, account=lambda r, c, b: f"N2P-{digits(r, 7)}",
        modelled_on="net2phone.com UCaaS invoices: invoice number, account ID, billing period; "
        "seats and numbers by location with the E911 address of each; numbers in +1 form; "
        "quantity and unit price; remit-to for checks, card on file otherwise", accent="#FF6B00",
        font="DejaVuSans")
def net2phone_ucaas(s: Sheet, d: Draft) -> None:
    d.btn = None  # a cloud invoice: a main number by type, never a billing number
    r = s.rng
    sites = _sites(d)
    s.wordmark(40, 54, "net2phone", 26, "#FF6B00")
    s.text(W - 40, 46, "INVOICE", 18, bold=True, align="right")
    period = (f"{date_text(d.statement_date, 'us')} - "
              f"{date_text(d.statement_date + timedelta(days=30), 'us')}")
    rows = (("Invoice #", d.invoice_id), ("Invoice Date", date_text(d.statement_date, "us")),
            ("Account ID", d.printed_account), ("Billing Period", period))
    for i, (label, value) in enumerate(rows):
        s.text(360, 66 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 66 + i * 12, value, 8, align="right")
    s.text(40, 104, "Bill To", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 118, 9)
    s.text(40, 190, "Locations and Numbers", 11, bold=True, color=s.accent)
    y = 206.0
    for name, where, nums in sites:
        y = _site(s, d, name, where, nums, y)
    s.text(40, y + 8, "Charges", 11, bold=True, color=s.accent)
    seats = len(d.singles())
    body = [(r.choice(_SEATS[:2]), str(seats), "$24.99", f"${seats * 24.99:.2f}"),
            ("Additional DID", str(sum(c for _, c in d.ranges)), "$1.00",
             f"${sum(c for _, c in d.ranges):.2f}"),
            ("E911 Service Fee", str(len(sites)), "$1.50", f"${len(sites) * 1.5:.2f}"),
            ("Regulatory Recovery Fee", "1", money(r, 2, 9), money(r, 2, 9))]
    y = s.table(40, y + 26, ("Description", "Qty", "Unit Price", "Amount"), body,
                (270, 60, 90, 90), size=8, align=("left", "right", "right", "right"))
    s.text(40, y + 12, "Total Due", 10, bold=True)
    s.text(550, y + 12, money(r, 80, 900), 10, bold=True, align="right")
    s.text(40, y + 30, f"Your card on file ending {digits(r, 4)} is charged on the invoice "
                       f"date unless you pay by check.", 7.5, color=GREY)
    with s.roled("stub"):
        s.text(40, 700, "Remit checks to:", 8, bold=True)
        s.lines(40, 712, [d.carrier.legal, *d.carrier.remit], 8)
    help_lines(s, d, 360, 700, 7.5, extra=(d.carrier.domain,))
    if r.random() < 0.6:
        call_detail(s, d, 2, 1, "Outbound Call Summary", "intl")


def _site(s: Sheet, d: Draft, name: str, where: Address, nums: list[str], y: float) -> float:
    r = s.rng
    s.box(36, y, W - 72, 15, fill=LIGHT)
    s.text(44, y + 11, f"Location: {name}", 8.5, bold=True)
    s.text(44, y + 28, f"E911 Address: {one_line(where, 1)}", 8)
    s.mark("service", address_key(where))
    block = {n for n in nums for f, c in d.ranges if in_range(n, f, c)}
    rows = []
    for n in (x for x in nums if x not in block):
        kind = "Main Number" if n == d.real_btn else r.choice(("User", "Fax", "Common Area"))
        user = person_name(r) + extension(r, "x") if kind == "User" else ""
        rows.append((phone(n, "intl"), kind, user))
    rows += [(did_range(f, c, "slash_dash", "intl"), f"DID Range ({c})", "")
             for f, c in d.ranges if f in nums]
    return s.table(56, y + 46, ("Number", "Type", "User / Ext."), rows, (170, 120, 200),
                   size=8, shade=False) + 8


@family("google_fi", carrier="google_fi", lines=(1, 5), dialed=10, person_share=0.9,
        account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}",
        modelled_on="support.google.com/fi: your billing cycle (statement e-mailed two days "
        "after the cycle ends, autopay from the card on file ten days later), group plans (the "
        "owner pays one bill with each member's calls, texts and data), prorated new members, "
        "international calls as extras", accent="#1A73E8", font="DejaVuSans")
def google_fi(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    r = s.rng
    end = d.statement_date - timedelta(days=2)
    start = end - timedelta(days=30)
    s.text(40, 50, "Google Fi", 20, bold=True, color=s.accent)
    s.text(40, 80, f"Statement for {date_text(start, 'abbr')} - {date_text(end, 'abbr')}", 12,
           bold=True)
    s.text(40, 96, f"Issued {date_text(d.statement_date, 'long')}", 9, color=GREY)
    s.text(420, 36, "Account number", 8, color=GREY)
    s.text(420, 48, d.printed_account, 10, bold=True)
    s.text(420, 64, "Plan owner", 8, color=GREY)
    s.text(420, 76, d.name, 9.5, bold=True)
    s.box(36, 112, W - 72, 44, fill=LIGHT)
    total = money(r, 30, 320)
    s.text(48, 132, "Total", 11, bold=True)
    s.text(W - 48, 132, total, 14, bold=True, align="right")
    card = digits(r, 4)
    s.text(48, 148, f"Autopay will charge your Visa ending in {card} on "
                    f"{date_text(d.statement_date + timedelta(days=10), 'abbr')}.", 8.5)
    s.text(40, 186, "Group plan members", 12, bold=True, color=s.accent)
    body = []
    for i, n in enumerate(d.numbers):
        member = f"{d.name} (owner)" if i == 0 else person_name(r)
        body.append((member, phone(n, "paren"), f"{r.randint(0, 14)}.{r.randint(0, 9)} GB",
                     money(r, 15, 65)))
    y = s.table(40, 204, ("Member", "Phone number", "Data used", "Amount"), body,
                (190, 120, 100, 100), size=9, lead=14, align=("left", "left", "right", "right"))
    y = _fi_extras(s, d, y)
    s.text(40, y + 20, "Billing address", 8, color=GREY)
    mailing_block(s, d, 40, y + 34, 9)
    with s.roled("help"):
        s.text(40, 740, f"Questions about your bill? Visit {d.carrier.domain}/help or call "
                        f"Google Fi support at {d.carrier.help_lines[0][1]}.", 8)
    s.text(40, 756, f"Google Fi Wireless is provided by {d.carrier.legal}.", 7, color=GREY)
    if r.random() < 0.6:
        call_detail(s, d, 2, 1, "Activity details", "paren", wireless=True, rows=30)


def _fi_extras(s: Sheet, d: Draft, y: float) -> float:
    """International calls are the extras of a cycle: dialed numbers beside the member's line."""
    r = s.rng
    s.text(40, y + 18, "Extras this cycle", 11, bold=True, color=s.accent)
    rows = [(phone(r.choice(d.numbers), "paren"), phone(n, "paren"),
             r.choice(("Call while abroad (Canada)", "Call while abroad (Mexico)")),
             f"{r.randint(1, 40)} min",
             f"${r.randint(0, 9)}.{r.randint(0, 99):02d}") for n in r.sample(d.dialed, 3)]
    rows.append(("Prorated member", "", "", "", money(r, 1, 20)))
    return s.table(40, y + 36, ("From", "To", "Type", "Duration", "Amount"), rows,
                   (100, 100, 160, 60, 80), size=8, shade=False,
                   align=("left", "left", "left", "right", "right"))
