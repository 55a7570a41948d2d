"""SECOND BLIND SPLIT, now open for tuning (see families/blind2/__init__.py).

Allstream (Canada), Fusion Connect, Hawaiian Telcom summary billing, GCI (Alaska).

Modelled on Allstream's invoice guide (account information in a dedicated box top right, a
high-level summary of monthly charges on page 1 with the individual charges on the following
pages, a remittance slip; six-digit account numbers since 2019), Fusion Connect's multi-location
business invoices, Hawaiian Telcom's summary billing ("a Summary Bill Master account" carrying the
billed amounts of its subordinate accounts, the payment stub at the bottom of page 1) and GCI's
business statement.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.billcorpus.blocks import (
    attention_line,
    doing_business_as,
    help_lines,
    mailing_block,
    notices,
    remit_stub,
)
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    block_cells,
    date_text,
    did_range,
    digits,
    money,
    one_line,
    phone,
    short_list,
)
from tests.billcorpus.people import ca_address, two_lines, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key, in_range

_SERVICES = ("Business Line", "SIP Trunk Channel", "Hosted Seat", "Fax Line", "Analog Line")


def _more_sites(d: Draft, most: int, same_account: bool, upper: bool = False,
                site_btn: bool = True) -> list[SubAccount]:
    """Sites of one account (or subordinate accounts); each site's own BTN, or the account's."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    sites = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(0, most - 1)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 4)))
        a = us_address(r, city) if d.customer.country == "US" else ca_address(r, city, False)
        if upper:
            a = a.__class__(a.line1.upper(), a.line2.upper(), a.city.upper(), a.state,
                            a.postal_code, a.country)
        account = d.printed_account if same_account else f"{digits(r, 3)}-{digits(r, 7)}"
        sites.append(SubAccount(account, nums[0] if site_btn else d.real_btn, a, nums))
    if len(sites) > 1:
        d.sub_accounts = sites
        d.numbers = [n for x in sites for n in x.numbers]
        d.alternatives = {"service_address": tuple(x.service for x in sites)}
        if site_btn:
            d.alternatives["btn"] = tuple(x.btn for x in sites)
        if not same_account:
            d.alternatives["account_number"] = tuple(x.account_number for x in sites)
        d.traits.add("multi_site")
    return sites


@family("allstream_business", carrier="allstream", country="CA", lines=(1, 4), block=0.4,
        block_size=(10, 30), account=lambda r, c, b: digits(r, 6),
        modelled_on="Allstream invoice guide: account information box top right, summary of "
        "monthly charges on page 1, charges by service location on the following pages",
        accent="#E4002B", font="DejaVuSans")
def allstream_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "dash"
    sites = _more_sites(d, 3, same_account=True)
    s.wordmark(40, 58, "allstream", 24, "#E4002B")
    s.box(330, 30, 246, 78, stroke=GREY)
    rows = (("Account Number", d.printed_account), ("Invoice Number", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "long")),
            ("Payment Due Date", date_text(d.statement_date, "long")))
    for i, (label, value) in enumerate(rows):
        s.text(340, 48 + i * 15, label, 8.5, bold=True)
        s.text(566, 48 + i * 15, value, 8.5, align="right")
    mailing_block(s, d, 60, 120, attn=attention_line(d))
    s.text(40, 210, "Summary of Account Charges", 12, bold=True, color=s.accent)
    body = [("Monthly Recurring Charges", money(r, 100, 900)),
            ("Long Distance Usage", money(r, 5, 90)), ("Other Charges and Credits", "$0.00"),
            ("HST", money(r, 10, 120)), ("Total Current Charges", money(r, 150, 1200))]
    s.table(40, 230, ("Description", "Amount"), body, (380, 120), size=8.5,
            align=("left", "right"))
    help_lines(s, d, 40, 340, 8, extra=("Support: allstream.com/support",))
    remit_stub(s, d, y=612)
    s.new_page()
    s.text(40, 40, "allstream", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account Number {d.printed_account}  ·  Page 2", 7.5, align="right")
    y = 70
    for k, x in enumerate(sites):
        s.text(40, y + 10, f"Service Location: {one_line(x.service, 1)}", 9, bold=True)
        s.mark("service", address_key(x.service))
        s.text(40, y + 24, f"Main Billing Number: {phone(x.btn, style)}", 8.5)
        s.mark("btn", x.btn)
        lines = [n for n in x.numbers if n not in _block(d)]
        body2 = [(phone(n, style), r.choice(_SERVICES), money(r, 20, 60)) for n in lines]
        if k == 0:
            body2 += [(did_range(f, c, "plain_full", style), f"DID Range ({c})",
                       money(r, 10, 60)) for f, c in d.ranges]
        y = s.table(40, y + 42, ("Telephone Number", "Service", "Amount"), body2,
                    (220, 200, 80), size=8, align=("left", "left", "right")) + 16


def _block(d: Draft) -> set[str]:
    return {n for n in d.numbers for f, c in d.ranges if in_range(n, f, c)}


@family("fusion_connect", carrier="fusion", lines=(2, 5), block=0.5, block_size=(5, 20),
        account=lambda r, c, b: f"FC{digits(r, 7)}",
        modelled_on="multi-location business invoice (Fusion Connect): customer name with its "
        "d/b/a, sites with their addresses, account telephone number, number blocks in a table",
        accent="#00205B", font="DejaVuCond")
def fusion_connect(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "dash"
    legal, dba_line = doing_business_as(d, "Doing Business As")
    d.upper()
    legal, dba_line = legal.upper(), dba_line.upper()
    sites = _more_sites(d, 2, same_account=True, upper=True, site_btn=False)
    s.text(40, 52, "FUSION", 22, bold=True, color=s.accent)
    s.text(40, 66, "CONNECT", 9, color=GREY)
    heads = ("Account #", "Invoice #", "Invoice Date", "Sites")
    s.table(250, 36, heads, [(d.printed_account, d.invoice_id,
                              date_text(d.statement_date, "us"), str(len(sites)))],
            (90, 90, 90, 50), size=7.5, shade=False)
    s.text(250, 80, f"Account Telephone Number {phone(d.real_btn, style)}", 8.5)
    s.mark("btn", d.real_btn)
    s.text(40, 104, "Customer Name", 8, color=GREY)
    s.lines(40, 116, [legal, dba_line] if dba_line else [legal], 9.5)
    s.text(330, 104, "Remit Payment To", 8, color=GREY)
    s.lines(330, 116, [d.carrier.legal, *d.carrier.remit], 8.5)
    mailing_block(s, d, 60, 164)
    s.text(40, 246, "Invoice Summary", 12, bold=True)
    for i, label in enumerate(("Previous Balance", "Payments", "Current Charges",
                               "Total Amount Due")):
        s.text(40, 262 + i * 13, label, 9, bold=i == 3)
        s.text(300, 262 + i * 13, money(r), 9, bold=i == 3, align="right")
    help_lines(s, d, 330, 262, 8)
    notices(s, d, 40, 340, count=2)
    for k, x in enumerate(sites):
        s.new_page()
        s.text(40, 40, "FUSION CONNECT", 10, bold=True, color=s.accent)
        s.text(W - 40, 40, f"Account # {d.printed_account}  Page {k + 2} of {len(sites) + 1}",
               7.5, align="right")
        s.text(40, 74, f"Site {k + 1}", 12, bold=True)
        s.text(40, 90, "Site Address", 8, color=GREY)
        s.lines(40, 102, address_lines(x.service), 9)
        s.mark("service", address_key(x.service))
        singles = [n for n in x.numbers if n not in _block(d)]
        s.text(40, 150, "Telephone Numbers:", 8.5, bold=True)
        s.text(140, 150, short_list(singles, style, sep="/"), 8.5)
        for n in singles:
            s.mark("number", n)
        y = 170
        if k == 0 and d.ranges:
            rows = [block_cells(f, c) for f, c in d.ranges]
            y = s.table(40, 176, ("NPA-NXX", "Start", "End", "Count"), rows, (90, 70, 70, 50),
                        size=8.5)
            for f, c in d.ranges:
                for j in range(c):
                    s.mark("number", f[:-4] + f"{int(f[-4:]) + j:04d}")
        s.table(40, y + 16, ("Service", "Qty", "Amount"),
                [(r.choice(_SERVICES), str(len(x.numbers)), money(r, 30, 300))],
                (300, 60, 90), size=8.5, align=("left", "right", "right"))


def _ht_sub(r: random.Random) -> str:
    return f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}-{digits(r, 3)}"


@family("hawaiian_telcom_summary", carrier="hawaiian_telcom", region="HI", lines=(1, 3),
        account=lambda r, c, b: f"SBM-{digits(r, 9)}",
        modelled_on="Hawaiian Telcom summary billing: a Summary Bill Master account carrying "
        "its subordinate accounts' charges; payment stub at the bottom of page 1",
        accent="#003DA5", font="DejaVuSans")
def hawaiian_telcom_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "paren"
    d.upper()
    sites = _more_sites(d, 4, same_account=False, upper=True)
    if len(sites) == 1:  # always a summary bill: the master account and one subordinate
        sites = [SubAccount(_ht_sub(r), d.real_btn, sites[0].service, sites[0].numbers)]
        d.sub_accounts = sites
        d.alternatives = {"account_number": (sites[0].account_number,)}
    else:
        sites[0] = replace(sites[0], account_number=_ht_sub(r))
        d.sub_accounts = sites
        d.alternatives["account_number"] = tuple(x.account_number for x in sites)
    d.traits.add("multi_account")
    s.image_logo(40, 28, "Hawaiian Telcom", 22, "#003DA5")
    s.text(W - 40, 40, "SUMMARY BILL", 13, bold=True, align="right")
    s.text(W - 40, 56, f"Summary Bill Master {d.printed_account}", 8.5, align="right")
    s.text(W - 40, 68, f"Bill Date {date_text(d.statement_date, 'upper')}", 8.5, align="right")
    mailing_block(s, d, 64, 110)
    s.text(40, 196, "Subordinate Accounts", 12, bold=True, color=s.accent)
    rows = [(x.account_number, money(r, 30, 400)) for x in sites]
    y = s.table(40, 214, ("Account", "Current Charges"), rows, (200, 100), size=8.5,
                align=("left", "right"))
    s.text(40, y + 12, "Each subordinate account is detailed on the pages that follow.", 8,
           color=GREY)
    help_lines(s, d, 330, 214, 8, extra=(d.carrier.domain,))
    remit_stub(s, d, y=612, account_label="Summary Bill Master")
    for k, x in enumerate(sites):
        s.new_page()
        s.text(40, 40, "Hawaiian Telcom", 11, bold=True, color=s.accent)
        s.text(W - 40, 40, f"Page {k + 2} of {len(sites) + 1}", 7.5, align="right")
        s.text(40, 74, "Account", 8, color=GREY)
        s.text(40, 86, x.account_number, 10, bold=True)
        s.text(200, 74, "Billing Number", 8, color=GREY)
        s.text(200, 86, phone(x.btn, style), 10)
        s.mark("btn", x.btn)
        s.text(340, 74, "Service Address", 8, color=GREY)
        s.lines(340, 86, address_lines(x.service), 9)
        s.mark("service", address_key(x.service))
        lines = [n for n in x.numbers if n not in _block(d)]
        body = [(phone(n, style), r.choice(_SERVICES), money(r, 20, 60)) for n in lines]
        s.table(40, 140, ("Number", "Service", "Amount"), body, (160, 240, 80), size=8.5,
                align=("left", "left", "right"))


@family("gci_business", carrier="gci", region="AK", lines=(2, 9), person_share=0.1,
        account=lambda r, c, b: f"{digits(r, 8)}",
        modelled_on="GCI business statement (Alaska): account and billing telephone number, "
        "service location beside the address, lines in a grid, features by line",
        accent="#0079C1", font="DejaVuSans")
def gci_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "dot"
    name_lines = two_lines(d.name) if len(d.name) > 28 else (d.name,)
    s.image_logo(40, 28, "GCI", 28, "#0079C1")
    s.text(110, 50, "Business", 12, color=GREY)
    rows = (("Account #", d.printed_account), ("Billing Telephone #", phone(d.real_btn, style)),
            ("Statement Date", date_text(d.statement_date, "dot")))
    for i, (label, value) in enumerate(rows):
        s.text(330, 40 + i * 13, label, 8.5, bold=True)
        s.text(W - 40, 40 + i * 13, value, 8.5, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 40, 110, name_lines=name_lines, attn=attention_line(d))
    assert d.service is not None
    s.box(320, 96, 256, 60, fill=LIGHT)
    s.text(330, 112, "Service Location", 8.5, bold=True)
    s.lines(330, 125, address_lines(d.service, unit_on_line1=True), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 204, "Your Lines", 11, bold=True, color=s.accent)
    for i, n in enumerate(d.numbers):
        s.text(40 + (i % 4) * 130, 220 + (i // 4) * 12, phone(n, style), 8.5)
    y = 220 + ((len(d.numbers) + 3) // 4) * 12 + 10
    feats = [(phone(n, style), r.choice(("Voicemail", "Hunt group member", "Caller ID",
                                         "Call forwarding", "Long distance plan")))
             for n in d.numbers[: r.randint(1, len(d.numbers))]]
    y = s.table(40, y, ("Line", "Feature"), feats, (130, 250), size=8, shade=False)
    s.text(40, y + 16, "Account Summary", 11, bold=True)
    for i, label in enumerate(("Previous Balance", "Payments", "Current Charges", "Amount Due")):
        s.text(40, y + 30 + i * 12, label, 8.5, bold=i == 3)
        s.text(300, y + 30 + i * 12, money(r), 8.5, bold=i == 3, align="right")
    help_lines(s, d, 330, y + 30, 8, extra=(d.carrier.domain,))
    remit_stub(s, d, y=620)
