"""TWENTY-FIRST BLIND SPLIT: not for the reader's author (see families/blind21/__init__.py).

FirstLight (FirstLight Fiber, Inc., Albany, New York), a fiber carrier of business voice and
data across New York and northern New England.

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
accesspointinc.com 'Billing tutorial' (a business carrier's invoice sections: invoice
information, summary of charges, remittance section, important messages, a sub account summary,
detail of new charges); mynextlight.com 'How to read your bill' (the account number and invoice
date at the top of every page, the service address with the line items of each address, a total
per service address); support.sitestar.net 'How do I read my invoice' (a customer number beside
the invoice number). No page of FirstLight's own invoice was found: it follows that layout.
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind21.parts import facts, running
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, money, one_line, phone
from tests.billcorpus.people import us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

_SITES = ("Main Office", "Warehouse", "Clinic", "Branch", "Service Center", "Annex")


def _subs(d: Draft) -> list[tuple[SubAccount, str]]:
    """A master account over sub-accounts, each with its own number of the master's length,
    a location name and its lines; the case's own location first."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    seen = {d.account_number}
    out: list[tuple[SubAccount, str]] = []
    sites = r.sample(_SITES, 3)
    for k in range(r.randint(2, 3)):
        acct = f"{r.choice('123456789')}{digits(r, 7)}"
        while acct in seen:
            acct = f"{r.choice('123456789')}{digits(r, 7)}"
        seen.add(acct)
        suffix = f"{acct}-{k + 1:03d}"
        if k == 0:
            nums, a = tuple(d.numbers), d.service
        else:
            nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
            a = us_address(r, city, 0.5)
        out.append((SubAccount(suffix, nums[0], a, nums), sites[k]))
    d.sub_accounts = [x for x, _ in out]
    d.numbers = [n for x, _ in out for n in x.numbers]
    d.alternatives = {"service_address": tuple(x.service for x, _ in out),
                      "account_number": tuple(x.account_number for x, _ in out)}
    d.traits.add("multi_site")
    return out


@family("firstlight_master", carrier="firstlight", region="FLF", lines=(2, 4), dialed=0,
        person_share=0.0, account=lambda r, c, b: f"{r.choice('123456789')}{digits(r, 7)}",
        modelled_on="FirstLight (FirstLight Fiber, Inc., Albany, New York) business invoices "
        "(no page of its own invoice found: accesspointinc.com's billing tutorial for a "
        "business carrier's invoice sections with a sub account summary, mynextlight.com for "
        "the account at the top of every page and the charges per service address): a "
        "master account over two or three sub-accounts, each with its own eight-digit number "
        "(the master's length) printed with a '-001' suffix, its location name and its "
        "service address; the case is one sub-account; a tiny running header on every page "
        "('Master 12345678 | Page 1 of 2'); no billing telephone number labelled. Ideas 1, 9 "
        "and 15",
        accent="#00857C", font="Helvetica")
def firstlight_master(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.btn = None
    subs = _subs(d)
    day = d.statement_date
    pages = 2
    running(s, d, 1, pages, "Master")
    s.wordmark(40, 52, "FirstLight", 22, "#00857C")
    s.text(40, 65, d.carrier.legal, 7, color=GREY)
    facts(s, (("Master Account", d.printed_account),
              ("Invoice Number", f"INV{digits(r, 8)}"),
              ("Invoice Date", date_text(day, "abbr")), ("Amount Due", money(r, 300, 4000)),
              ("Due Date", date_text(day + timedelta(days=30), "abbr"))))
    mailing_block(s, d, 60, 124, 9.5)
    y = 200.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Sub Account Summary", 9.5, bold=True, color=s.accent)
    y += 30
    for x0, head in ((48, "Sub Account"), (150, "Location"), (300, "Service Address"),
                     (500, "Charges")):
        s.text(x0, y, head, 7.5, bold=True)
    y += 13
    for sub, site in subs:
        s.text(48, y, sub.account_number, 8)
        s.text(150, y, f"{d.name[:22]} - {site}", 8)
        s.text(300, y, one_line(sub.service, 1)[:44], 7.5)
        s.text(W - 44, y, money(r, 80, 900), 8, align="right")
        y += 13
    s.lines(40, y + 24, [
        "Each sub-account is billed on this master account. Pay the master total; remittance "
        "must reference the master",
        "account number. Questions: call the number below or write to us."], 7.5, color=GREY)
    with s.roled("help"):
        s.lines(40, y + 54, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    s.rule(36, 660, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, 678, "Remittance", 9, bold=True)
        s.text(340, 678, "Master Account", 8)
        s.text(470, 678, d.printed_account, 8.5)
        s.lines(60, 694, [d.carrier.legal, *d.carrier.remit], 8)
    s.new_page()
    running(s, d, 2, pages, "Master")
    y = 50.0
    for sub, site in subs:
        a = sub.service
        s.band(y, 15, LIGHT)
        s.text(44, y + 11, f"Sub Account {sub.account_number}  \u00b7  {site}", 9.5, bold=True,
               color=s.accent)
        y += 30
        s.text(48, y, "Service Address", 7.5, color=GREY)
        s.text(150, y, one_line(a, 1), 8.5)
        s.mark("service", address_key(a))
        y += 16
        for n in sub.numbers:
            s.text(60, y, phone(n, "dash"), 8.5)
            s.text(200, y, r.choice(("SIP Trunk DID", "Hosted Voice Seat", "Analog Line")), 8.5)
            s.text(W - 44, y, money(r, 15, 60), 8.5, align="right")
            y += 13
        for label in ("Federal USF Recovery", "State 911 Surcharge"):
            s.text(200, y, label, 8)
            s.text(W - 44, y, money(r, 1, 20), 8, align="right")
            y += 11
        y += 16
