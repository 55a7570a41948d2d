"""NINTH BLIND SPLIT: not for the reader's author (see families/blind9/__init__.py).

Lightyear (Lightyear Network Solutions, a CLEC of Louisville, Kentucky, reselling local lines
to small businesses) and Segra (a fiber and voice carrier of the Mid-Atlantic and the
Carolinas billing enterprises with many locations).

Modelled on reseller CLEC invoices of Lightyear's kind, whose lines are resold incumbent lines
billed by working telephone number (a customer number and an invoice number, the billing
telephone number written 'BTN' with its expansion, the service address under its label on the
right; from page 2 the charges by WTN: a table of WTN, USOC, description, quantity and amount,
the WTN printed only on the first row of its group) and on enterprise invoices of Segra's kind
(a billing account number over sub-accounts, page 1 a summary of charges by sub-account with
each location's name and address on one line, then a page per location: the sub-account, the
service address under its label, the location's main number, its telephone numbers in a grid
and a PRI's DID range).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import doing_business_as, mailing_block, page_header, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    date_text,
    did_range,
    digits,
    money,
    one_line,
    phone,
)
from tests.billcorpus.people import REGIONS, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

_USOC = (("1FB", "Business Line - Flat Rate"), ("9ZR", "Federal Subscriber Line Charge"),
         ("ESX", "Call Waiting"), ("NSY", "Caller ID - Name and Number"),
         ("ESM", "Three-Way Calling"), ("MVVBX", "Voice Mail Box"))


@family("lightyear_clec", carrier="lightyear", lines=(1, 6), block=0.2, block_size=(5, 10),
        dialed=10, person_share=0.2, account=lambda r, c, b: f"LY{digits(r, 7)}",
        modelled_on="reseller CLEC invoices of Lightyear Network Solutions' kind (Kentucky): "
        "customer and invoice numbers, 'BTN' with its expansion, the service address under "
        "its label on the right; from page 2 charges by WTN in a table of WTN, USOC, "
        "description, quantity and amount, the WTN on the first row of its group only",
        accent="#1B365D", font="Helvetica")
def lightyear_clec(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "plain", "paren"))
    s.vector_mark(40, 22, "swoosh", 22, "#F2A900")
    s.text(82, 44, "LIGHTYEAR", 20, bold=True, color=s.accent)
    s.text(82, 56, "Network Solutions", 8, color=GREY)
    rows = (("Customer Number", d.printed_account), ("Invoice Number", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "us")),
            ("Due Date", date_text(d.statement_date + timedelta(days=22), "us")),
            ("Billing Telephone Number (BTN)", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(rows):
        s.text(320, 30 + i * 12, label, 7.5, color=GREY)
        s.text(W - 40, 30 + i * 12, value, 8, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 116, 9.5)
    s.text(320, 104, "SERVICE ADDRESS", 7.5, bold=True, color=s.accent)
    s.lines(320, 116, [d.name.upper() if r.random() < 0.5 else d.name,
                       *address_lines(d.service)], 8.5)
    s.mark("service", address_key(d.service))
    total = money(r, 60, 900)
    s.text(40, 196, "Account Summary", 11, bold=True, color=s.accent)
    for i, label in enumerate(("Previous Balance", "Payments Received", "Balance Forward",
                               "Monthly Service Charges", "Usage Charges",
                               "Taxes, Surcharges & Fees", "Total Amount Due")):
        s.text(44, 212 + i * 12, label, 8.5, bold=i == 6)
        s.text(300, 212 + i * 12, total if i == 6 else money(r, 0, 400), 8.5, align="right",
               bold=i == 6)
    with s.roled("help"):
        s.text(340, 196, "Customer Care", 9, bold=True, color=s.accent)
        s.lines(340, 210, [f"{label} {number}" for label, number in d.carrier.help_lines]
                + [f"www.{d.carrier.domain}"], 7.5)
    s.text(40, 316, f"{d.carrier.legal} · 1901 Eastpoint Parkway · Louisville, KY 40223",
           6.5, color=GREY)
    remit_stub(s, d, y=614, account_label="Customer Number")
    _wtn_pages(s, d, style)


def _wtn_pages(s: Sheet, d: Draft, style: str) -> None:
    r = s.rng
    s.new_page()
    page_header(s, d, 2, 2, account_label="Customer Number")
    s.text(40, 90, "Monthly Service Charges by WTN", 11, bold=True, color=s.accent)
    body = []
    for n in d.singles():
        picks = [_USOC[0], _USOC[1], *r.sample(_USOC[2:], r.randint(1, 3))]
        for k, (usoc, what) in enumerate(picks):
            body.append((phone(n, style) if k == 0 else "", usoc, what, "1", money(r, 1, 40)))
    for f, c in d.ranges:
        body.append((did_range(f, c, "thru_full", style), "ND4", f"DID Numbers ({c})", str(c),
                     money(r, 5, 30)))
    y = s.table(40, 108, ("WTN", "USOC", "Description", "Qty", "Amount"), body,
                (170, 50, 200, 40, 70), size=7.5, lead=11,
                align=("left", "left", "left", "right", "right"))
    s.text(40, y + 14, "Taxes, Surcharges & Fees", 10, bold=True, color=s.accent)
    for i, item in enumerate(("Federal Universal Service Fund", "State 911 Fee",
                              "State Sales Tax", "Regulatory Cost Recovery")):
        s.text(44, y + 28 + i * 11, item, 8)
        s.text(W - 44, y + 28 + i * 11, money(r, 0, 25), 8, align="right")


def _segra_sites(d: Draft) -> list[SubAccount]:
    """Two to four locations, each a sub-account of the billing account, with its main number."""
    r = d.rng
    assert d.service is not None
    base = d.printed_account
    subs = [SubAccount(f"{base}-{1:03d}", d.real_btn, d.service, tuple(d.numbers))]
    for k in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 4)))
        subs.append(SubAccount(f"{base}-{k + 2:03d}", nums[0],
                               us_address(r, r.choice(REGIONS["SEGRA"]), 0.4), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"btn": tuple(x.btn for x in subs),
                      "service_address": tuple(x.service for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.update({"multi_account", "multi_site"})
    return subs


_SITES = ("HEADQUARTERS", "WAREHOUSE", "BRANCH OFFICE", "CLINIC", "DISTRIBUTION CENTER",
          "SALES OFFICE")


@family("segra_summary", carrier="segra", region="SEGRA", lines=(2, 4), block=0.5,
        block_size=(10, 20), dialed=8, person_share=0.0,
        account=lambda r, c, b: str(r.randint(1000000, 9999999)),
        modelled_on="enterprise invoices of Segra's kind: a billing account number over "
        "sub-accounts; page 1 a summary of charges by sub-account with each location's name "
        "and address on one line; a page per location with the service address under its "
        "label, the location's main number, its numbers in a grid and a PRI DID range",
        accent="#00A3AD", font="DejaVuSans")
def segra_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    legal, trade = doing_business_as(d, r.choice(("DBA", "d/b/a"))) if r.random() < 0.3 \
        else (d.name, "")
    subs = _segra_sites(d)
    names = r.sample(_SITES, len(subs))
    pages = 1 + len(subs)
    style = r.choice(("dash", "dot"))
    s.wordmark(40, 46, "segra", 28, "#00A3AD")
    s.text(W - 40, 30, "INVOICE", 14, bold=True, align="right")
    rows = (("Billing Account Number", d.printed_account), ("Invoice Number", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "dot")),
            ("Due Date", date_text(d.statement_date + timedelta(days=30), "dot")),
            ("Page", f"1 of {pages}"))
    for i, (label, value) in enumerate(rows):
        s.text(340, 46 + i * 11, label, 7.5, color=GREY)
        s.text(W - 40, 46 + i * 11, value, 8, bold=True, align="right")
    mailing_block(s, d, 60, 118, 9.5, name_lines=[legal, *([trade] if trade else [])])
    s.text(40, 200, "SUMMARY OF CHARGES BY ACCOUNT", 10, bold=True, color=s.accent)
    body = [(x.account_number, f"{name} - {one_line(x.service, 3)}", money(r, 150, 3000))
            for x, name in zip(subs, names, strict=True)]
    for x in subs:  # each location's address, on one line, is printed on page 1 too
        s.mark("service", address_key(x.service))
    y = s.table(40, 218, ("Sub-Account", "Location", "Current Charges"), body,
                (90, 360, 80), size=7.5, align=("left", "left", "right"))
    total = money(r, 600, 12000)
    for i, label in enumerate(("Previous Balance", "Payments Received", "Current Charges",
                               "Total Amount Due")):
        s.text(330, y + 10 + i * 12, label, 8.5, bold=i == 3)
        s.text(W - 40, y + 10 + i * 12, total if i == 3 else money(r, 0, 9000), 8.5,
               bold=i == 3, align="right")
    with s.roled("help"):
        s.text(40, y + 10, "Questions about your invoice?", 8, bold=True, color=s.accent)
        s.lines(40, y + 22, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    s.text(40, y + 66, f"Services provided by {d.carrier.legal}.", 6.5, color=GREY)
    remit_stub(s, d, y=620, account_label="Billing Account Number")
    for k, (x, name) in enumerate(zip(subs, names, strict=True)):
        _segra_location(s, d, x, name, k + 2, pages, style, with_ranges=k == 0)


def _segra_location(s: Sheet, d: Draft, x: SubAccount, name: str, page: int, pages: int,
                    style: str, with_ranges: bool) -> None:
    r = s.rng
    s.new_page()
    page_header(s, d, page, pages, account_label="Billing Account Number")
    s.band(78, 18)
    s.text(44, 91, f"SUB-ACCOUNT {x.account_number}   {name}", 9, bold=True, color=LIGHT)
    s.text(40, 116, "Service Address", 8, bold=True, color=s.accent)
    s.lines(40, 128, address_lines(x.service, comma=False), 8.5)
    s.mark("service", address_key(x.service))
    s.text(330, 116, "Main Number", 8, bold=True, color=s.accent)
    s.text(330, 128, phone(x.btn, style), 8.5)
    s.mark("btn", x.btn)
    s.text(40, 178, "Telephone Numbers", 9, bold=True)
    singles = [n for n in x.numbers if n in d.singles()]
    for k, n in enumerate(singles):
        s.text(44 + (k % 4) * 130, 192 + (k // 4) * 12, phone(n, style), 8)
    y = 192 + ((len(singles) + 3) // 4) * 12 + 8
    if with_ranges:
        for f, c in d.ranges:
            s.text(44, y, f"PRI DID Range {did_range(f, c, 'dash', style)}  ({c})", 8)
            y += 12
    s.text(40, y + 14, "Monthly Recurring Charges", 9, bold=True)
    y += 28
    for item in r.sample(("Dedicated Internet Access 1 Gbps", "PRI Voice Service",
                          "SIP Trunk - 20 Sessions", "Business Lines", "Long Distance Plan",
                          "Managed Router"), 3):
        s.text(44, y, item, 8)
        s.text(W - 44, y, money(r, 30, 1200), 8, align="right")
        y += 11
    for item in ("Federal USF", "E911 Fee", "State Sales Tax"):
        s.text(44, y, item, 7.5, color=GREY)
        s.text(W - 44, y, money(r, 0, 60), 7.5, align="right", color=GREY)
        y += 10
