"""Accounts over several locations: Granite (consolidated multi-location bill) and Lingo.

Modelled on Granite's billing options page (one consolidated bill at the corporate level, or bills
by location, department or cost centre; call detail and usage itemised by location) with each
location's own billing telephone number, and on Lingo's small-business statement (account name with
a c/o line, services listed line by line with the service location repeated on every line).
"""

from __future__ import annotations

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
from tests.billcorpus.formats import date_text, did_range, digits, money, one_line, phone
from tests.billcorpus.people import us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key, in_range

_PRODUCTS = ("POTS Line", "Fax Line", "Alarm Line", "Elevator Line", "Hunt Group Line")


def _locations(d: Draft, low: int, high: int, upper: bool) -> list[SubAccount]:
    """Locations of one account, each with its own lines and its own billing number."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    locs = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(low, high) - 1):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        addr = us_address(r, city)
        if upper:
            addr = addr.__class__(addr.line1.upper(), addr.line2.upper(), addr.city.upper(),
                                  addr.state, addr.postal_code)
        locs.append(SubAccount(d.printed_account, nums[0], addr, nums))
    d.sub_accounts = locs
    d.numbers = [n for x in locs for n in x.numbers]
    d.alternatives = {"btn": tuple(x.btn for x in locs),
                      "service_address": tuple(x.service for x in locs)}
    d.traits.add("multi_site")
    return locs


@family("granite", carrier="granite", lines=(1, 3), block=0.2, block_size=(5, 10),
        account=lambda r, c, b: f"{digits(r, 8)}",
        modelled_on="granitenet.com billing options: consolidated bill at the corporate level, "
        "charges and call detail itemised by location, each location with its own BTN",
        accent="#C8102E", font="DejaVuSans")
def granite(s: Sheet, d: Draft) -> None:
    r = s.rng
    doing_business_as(d, "DBA")
    d.upper()
    style = "dash"
    locs = _locations(d, 2, 4, upper=True)
    s.wordmark(40, 58, "GRANITE", 24, "#C8102E")
    s.text(W - 40, 40, "Consolidated Invoice", 13, bold=True, align="right")
    rows = (("Corporate Account", d.printed_account), ("Invoice Number", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "us")), ("Locations", str(len(locs))))
    for i, (label, value) in enumerate(rows):
        s.text(380, 58 + i * 12, label, 8, bold=True)
        s.text(W - 40, 58 + i * 12, value, 8, align="right")
    s.text(40, 96, "Customer", 8, color=GREY)
    mailing_block(s, d, 40, 108, 9, attn=attention_line(d).upper())
    s.text(40, 190, "Summary by Location", 12, bold=True, color=s.accent)
    rows2 = [(f"{k + 1:04d}", one_line(x.service, 1), phone(x.btn, style), money(r, 40, 600))
             for k, x in enumerate(locs)]
    y = s.table(40, 208, ("Location", "Service Address", "BTN", "Charges"), rows2,
                (50, 310, 90, 70), size=7.5, align=("left", "left", "left", "right"))
    for x in locs:
        s.mark("btn", x.btn)
        s.mark("service", address_key(x.service))
    s.text(380, y + 14, "Total Amount Due", 9, bold=True)
    s.text(566, y + 14, money(r, 200, 3000), 9, bold=True, align="right")
    help_lines(s, d, 40, y + 30, 8, extra=(f"{d.carrier.domain}/Support",))
    remit_stub(s, d, y=612, account_label="Corporate Account")
    for k, x in enumerate(locs):
        if k % 2 == 0:
            s.new_page()
            s.text(40, 40, "GRANITE", 12, bold=True, color=s.accent)
            s.text(W - 40, 40, f"Corporate Account {d.printed_account}", 7.5, align="right")
            top = 70
        s.box(36, top, W - 72, 16, fill=LIGHT)
        s.text(42, top + 11, f"Location {k + 1:04d}  {one_line(x.service, 1)}", 8.5, bold=True)
        s.mark("service", address_key(x.service))
        s.text(42, top + 30, f"Location BTN: {phone(x.btn, style)}", 8.5)
        s.mark("btn", x.btn)
        singles = [n for n in x.numbers if not any(in_range(n, f, c) for f, c in d.ranges)]
        body = [(phone(n, style), r.choice(_PRODUCTS), "Local + LD bundle", money(r, 25, 60))
                for n in singles]
        if k == 0:
            body += [(did_range(f, c, "through", style), "DID Block", f"{c} numbers",
                      money(r, 5, 40)) for f, c in d.ranges]
        top = s.table(42, top + 48, ("Telephone Number", "Product", "Plan", "Amount"), body,
                      (170, 120, 140, 70), size=8, align=("left", "left", "left", "right"))
        top += 20


@family("lingo", carrier="lingo", lines=(1, 4), person_share=0.15,
        account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 7)}",
        modelled_on="small-business voice statement: account name with a c/o line, services line "
        "by line with the service location on each line, main TN", accent="#00A3AD")
def lingo(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "paren"
    s.image_logo(40, 28, "lingo", 26, "#00A3AD")
    s.text(W - 40, 40, "Monthly Statement", 13, bold=True, align="right")
    rows = (("Account Number", d.printed_account), ("Statement Date",
                                                    date_text(d.statement_date, "long")),
            ("Main TN", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(rows):
        s.text(360, 62 + i * 13, label, 8.5, color=GREY)
        s.text(W - 40, 62 + i * 13, value, 8.5, align="right")
    s.mark("btn", d.real_btn)
    s.text(40, 96, "Account Name", 8, color=GREY)
    s.text(40, 108, d.name, 10, bold=True)
    mailing_block(s, d, 60, 132, 9, attn=attention_line(d))
    assert d.service is not None
    s.text(40, 220, "Services", 12, bold=True, color=s.accent)
    loc = one_line(d.service, 1)
    rows2 = [(phone(n, style), loc, r.choice(("Business Line", "Unlimited Local", "Fax")),
              money(r, 20, 55)) for n in d.numbers]
    y = s.table(40, 238, ("Telephone Number", "Service Location", "Plan", "Amount"), rows2,
                (100, 280, 90, 60), size=7.3, align=("left", "left", "left", "right"))
    s.mark("service", address_key(d.service))
    s.box(330, y + 10, 246, 56, fill=LIGHT)
    for i, label in enumerate(("Current Charges", "Taxes and Surcharges", "Total Due")):
        s.text(340, y + 26 + i * 14, label, 9, bold=i == 2)
        s.text(566, y + 26 + i * 14, money(r), 9, bold=i == 2, align="right")
    help_lines(s, d, 40, y + 26, 8, extra=(d.carrier.domain,))
    notices(s, d, 40, y + 90, count=2)
    remit_stub(s, d, y=612)
