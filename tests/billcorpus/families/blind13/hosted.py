"""THIRTEENTH BLIND SPLIT: not for the reader's author (see families/blind13/__init__.py).

Bandwidth (a CPaaS carrier of Raleigh, North Carolina), ClearlyIP (a hosted PBX / UCaaS provider
of Appleton, Wisconsin) and South Slope (a co-operative of eastern Iowa, here its business bill
over several locations after a billing-system conversion).

Modelled on CPaaS invoices of Bandwidth's kind (a number inventory with E911 addresses, ISO dates
and an en dash between them, numbers written +1 with non-breaking or thin spaces, ligatures and
soft hyphens in the text layer, port-in order numbers of ten digits that look like telephone
numbers, no BTN), on UCaaS invoices of ClearlyIP's kind (a user and extension directory: users'
names that are not the account's, extensions, devices, the main number as the auto attendant,
the unit printed before the street, vanity help lines), and on co-operative business statements of
South Slope's kind (a new account number beside the former one after a conversion, a summary by
location, each location's lines on the following pages under a repeated header, a list running
over the page break with 'continued').
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind13.parts import move_to, unit_first
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.people import REGIONS, person_name, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key, in_range

NBSP, THIN, SHY = "\u00a0", "\u2009", "\u00ad"


def _spaced(n: str, sep: str) -> str:
    """'+1 919 555 0142' with another space character between its groups."""
    return phone(n, "intl").replace(" ", sep)


def _order_number(r: random.Random) -> str:
    """A port-in order number of ten digits: it reads like a telephone number and is not one."""
    while True:
        n = f"{r.randint(2, 9)}{digits(r, 9)}"
        if n[3:6] != "555":
            return n


@family("bandwidth_inventory", carrier="bandwidth", region="BWD", lines=(2, 6), block=0.6,
        block_size=(5, 16), dialed=0, person_share=0.0,
        account=lambda r, c, b: f"{r.randint(5000000, 9999999)}",
        modelled_on="CPaaS invoices of Bandwidth's kind (Raleigh, North Carolina): an account ID, "
        "ISO dates with an en dash between the period's ends, a telephone number inventory with "
        "each number's E911 address, numbers written +1 with non-breaking or thin spaces, "
        "ligatures and soft hyphens in headings, port-in order numbers of ten digits, messaging "
        "and voice usage, no billing telephone number",
        accent="#0A7AFF", font="DejaVuSans")
def bandwidth_inventory(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None
    sep = r.choice((NBSP, THIN))
    bill = d.statement_date
    s.wordmark(40, 48, "bandwidth", 26, "#0A7AFF")
    s.text(W - 40, 40, "Invoice", 14, bold=True, align="right")
    facts = (("Account ID", d.printed_account), ("Invoice Number", d.invoice_id),
             ("Invoice Date", date_text(bill, "iso")),
             ("Service Period", f"{date_text(bill - timedelta(days=30), 'iso')} \u2013 "
              f"{date_text(bill - timedelta(days=1), 'iso')}"),
             ("Payment Due", date_text(bill + timedelta(days=30), "iso")))
    for i, (label, value) in enumerate(facts):
        s.text(360, 62 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 62 + i * 12, value, 8.5, align="right")
    s.text(40, 96, "Bill To", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 110, 9.5)
    s.band(180, 16, LIGHT)
    s.text(44, 191, "Charges Summary", 9.5, bold=True, color=s.accent)
    y = 214.0
    for label in ("Voice \u2013 Outbound Minutes", "Messaging Tra\ufb03c (SMS/MMS)",
                  "Telephone Number Rental", "E911 Service", "Regulatory Recovery Fees",
                  "Total Due"):
        s.text(60, y, label, 8.5, bold=label.startswith("Total"))
        s.text(460, y, money(r, 2, 900), 8.5, align="right", bold=label.startswith("Total"))
        y += 12
    s.text(40, y + 16, "Port-in Orders Completed", 9.5, bold=True, color=s.accent)
    y += 30
    for _ in range(r.randint(1, 3)):
        done = bill - timedelta(days=r.randint(3, 28))
        s.text(60, y, f"Order {_order_number(r)}   completed {date_text(done, 'iso')}", 8.5)
        y += 12
    with s.roled("help"):
        s.lines(40, y + 18, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + [f"{d.carrier.legal} \u00b7 {d.carrier.domain}"], 7.5)
    remit_stub(s, d, y=626, account_label="Account ID")
    s.new_page()
    s.text(40, 40, "bandwidth", 14, bold=True, color=s.accent)
    s.text(W - 40, 36, "Page 2 of 2", 7.5, align="right")
    s.text(W - 40, 48, f"Account ID {d.printed_account}", 7.5, align="right")
    s.rule(36, 56, W - 36, 0.8, s.accent)
    s.text(40, 80, "Telephone Number Inventory", 11, bold=True, color=s.accent)
    s.lines(40, 96, [f"{d.carrier.brand} sends a 911 call from each tele{SHY}",
                     "phone number below to this E911 Certi\ufb01ed Address:"], 8, color=GREY)
    s.lines(60, 124, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    rows = []
    for f, c in d.ranges:
        last = f"{int(f[-4:]) + c - 1:04d}"
        rows.append((f"{_spaced(f, sep)} \u2013 {last}", f"Voice + Messaging ({c} numbers)",
                     money(r, 5, 40)))
    for n in d.singles():
        rows.append((_spaced(n, sep), r.choice(("Voice", "Voice + Messaging", "Messaging")),
                     money(r, 1, 5)))
    s.table(40, 174, ("Number", "Features", "Monthly"), rows, (200, 220, 90), size=8.5,
            align=("left", "left", "right"))


_DEVICES = ("Yealink T54W", "Poly VVX 450", "Grandstream GRP2614", "Softphone (iOS)",
            "Softphone (Desktop)", "Yealink W76P")


@family("clearlyip_directory", carrier="clearlyip", region="CIP", lines=(2, 7), dialed=6,
        person_share=0.0, account=lambda r, c, b: f"CIP-{r.randint(10000, 99999)}",
        modelled_on="hosted PBX invoices of ClearlyIP's kind (Appleton, Wisconsin): a user and "
        "extension directory (users' names that are not the account holder's, extensions, "
        "devices, the main number as the auto attendant), numbers with 'x' extensions, the "
        "service address with its unit before the street, vanity help lines",
        accent="#5B2C6F", font="Helvetica")
def clearlyip_directory(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    if not d.service.line2:
        move_to(d, replace(d.service, line2=f"Unit {r.randint(1, 9)}{r.choice('ABC')}"))
    assert d.service is not None
    move_to(d, unit_first(d.service, dash=r.random() < 0.5))
    assert d.service is not None
    s.wordmark(40, 46, "ClearlyIP", 24, "#5B2C6F")
    s.text(W - 40, 40, "Monthly Invoice", 13, bold=True, align="right")
    facts = (("Customer Account", d.printed_account),
             ("Invoice Date", date_text(d.statement_date, "abbr")),
             ("Main Number", phone(d.real_btn, "paren")))
    for i, (label, value) in enumerate(facts):
        s.text(360, 62 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 62 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 40, 100, 9.5)
    s.text(330, 112, "Service Location", 8, bold=True, color=s.accent)
    s.lines(330, 126, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.band(176, 16, LIGHT)
    s.text(44, 187, "User & Extension Directory", 9.5, bold=True, color=s.accent)
    body = []
    ext = r.randint(1, 6) * 100
    for k, n in enumerate(d.numbers):
        if k == 0:
            body.append(("Auto Attendant (main)", "x" + str(ext), "Virtual",
                         phone(n, "paren")))
            continue
        ext += r.randint(1, 9)
        body.append((person_name(r), "x" + str(ext), r.choice(_DEVICES),
                     phone(n, "paren") + f" x{ext}"))
    for _ in range(r.randint(1, 3)):
        ext += r.randint(1, 9)
        body.append((person_name(r), "x" + str(ext), r.choice(_DEVICES), "(no direct number)"))
    y = s.table(40, 208, ("User", "Extension", "Device", "Direct Number"), body,
                (150, 70, 140, 170), size=8)
    s.band(y + 8, 16, LIGHT)
    s.text(44, y + 19, "Charges", 9.5, bold=True, color=s.accent)
    y += 40
    for label in ("UCaaS Seats", "Hosted PBX Platform", "Toll-Free Minutes", "E911 Fees",
                  "Taxes & Surcharges", "Total Due"):
        s.text(60, y, label, 8.5, bold=label.startswith("Total"))
        s.text(460, y, money(r, 2, 600), 8.5, align="right", bold=label.startswith("Total"))
        y += 12
    with s.roled("help"):
        s.lines(40, y + 18, ["Support: 1-844-TO-CLEAR (1-844-862-5327)",
                             f"Billing: {d.carrier.help_lines[1][1]}"], 7.5)
    d.help_numbers.append("+18448625327")
    s.text(40, y + 44, f"{d.carrier.legal} \u00b7 {d.carrier.domain}", 6.5, color=GREY)
    remit_stub(s, d, y=626, account_label="Customer Account")


_LOCATIONS = ("Main Office", "Shop", "Clinic", "Warehouse", "Branch")


def _locations(d: Draft) -> list[SubAccount]:
    """Two or three locations of the one business: each its own address, main number, lines."""
    r = d.rng
    assert d.service is not None
    subs = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 2)):
        city = r.choice(REGIONS["SSL"])
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(2, 4)))
        subs.append(SubAccount(d.printed_account, nums[0], us_address(r, city, 0.4), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"btn": tuple(x.btn for x in subs),
                      "service_address": tuple(x.service for x in subs)}
    d.traits.add("multi_site")
    return subs


@family("southslope_summary", carrier="southslope", region="SSL", lines=(2, 4), block=0.3,
        block_size=(5, 10), dialed=0, person_share=0.0,
        account=lambda r, c, b: f"{r.randint(1000, 9999)}-{r.randint(10000, 99999)}",
        modelled_on="co-operative business statements of South Slope's kind (North Liberty, "
        "Iowa) after a billing-system conversion: the new account number beside the former "
        "one, each labelled; a summary by location on page 1; each location's address, main "
        "number and lines on the next pages under a header repeating the account and 'Page n "
        "of m', a location's list running over the page break with 'continued'",
        accent="#B03A2E", font="Helvetica")
def southslope_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    subs = _locations(d)
    names = r.sample(_LOCATIONS, len(subs))
    former = f"{r.randint(10, 99)}{r.randint(1000, 9999)}"
    s.wordmark(40, 46, "South Slope", 22, "#B03A2E")
    s.text(40, 60, d.carrier.legal, 7.5, color=GREY)
    s.text(W - 40, 40, "Business Statement", 13, bold=True, align="right")
    s.text(W - 40, 54, "Page 1 of 3", 7.5, align="right")
    mailing_block(s, d, 60, 100, 9.5)
    facts = (("Account Number", d.printed_account), ("Former Account Number", former),
             ("Statement Date", date_text(d.statement_date, "us")),
             ("Amount Due", money(r, 200, 2400)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 100 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 100 + i * 13, value, 8.5, bold=True, align="right")
    s.text(40, 170, "We have moved to a new billing system. Your account number changed; use "
           "the new number above on payments and when you call us.", 7.5, color=GREY)
    s.band(186, 16, LIGHT)
    s.text(44, 197, "Summary by Location", 9.5, bold=True, color=s.accent)
    y = 220.0
    for sub, name in zip(subs, names, strict=True):
        s.text(40, y, name, 8.5, bold=True)
        s.text(140, y, one_line(sub.service, 1), 8.5)
        s.text(420, y, phone(sub.btn, "dash"), 8.5)
        s.text(W - 40, y, money(r, 60, 800), 8.5, align="right")
        s.mark("service", address_key(sub.service))
        s.mark("btn", sub.btn)
        y += 13
    with s.roled("help"):
        s.lines(40, y + 24, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    remit_stub(s, d, y=626, account_label="Account Number")
    rows: list[tuple[int, str]] = []
    for i, sub in enumerate(subs):
        rows.append((i, f"@{names[i]}"))
        for n in sub.numbers:
            block = next(((f, c) for f, c in d.ranges if f == n), None)
            if block:
                f, c = block
                rows.append((i, f"{phone(f, 'dash')} through {int(f[-4:]) + c - 1:04d}"
                             f"   DID block ({c} numbers)"))
            elif not any(in_range(n, f, c) for f, c in d.ranges):
                rows.append((i, f"{phone(n, 'dash')}   "
                             + ("Main line" if n == sub.btn else "Business line")))
    half = max(2, len(rows) // 2)
    for page, chunk in ((2, rows[:half]), (3, rows[half:])):
        s.new_page()
        s.text(40, 40, "South Slope", 11, bold=True, color=s.accent)
        s.text(W - 40, 36, f"Page {page} of 3", 7.5, align="right")
        s.text(W - 40, 48, f"Account Number {d.printed_account}", 7.5, align="right")
        s.rule(36, 56, W - 36, 0.8, s.accent)
        y = 80.0
        if page == 3 and chunk and not chunk[0][1].startswith("@"):
            s.text(40, y, f"{names[chunk[0][0]]} (continued)", 9.5, bold=True, color=s.accent)
            y += 16
        for i, row in chunk:
            if row.startswith("@"):
                sub = subs[i]
                s.text(40, y + 6, row[1:], 9.5, bold=True, color=s.accent)
                s.text(40, y + 20, "Service Address", 7.5, color=GREY)
                y = s.lines(120, y + 20, address_lines(sub.service), 8.5)
                s.mark("service", address_key(sub.service))
                s.text(40, y, "Main Number", 7.5, color=GREY)
                s.text(120, y, phone(sub.btn, "dash"), 8.5)
                s.mark("btn", sub.btn)
                y += 16
            else:
                s.text(60, y, row, 8.5)
                y += 12
        if page == 2:
            s.text(40, y + 10, "(continued on next page)", 8, color=GREY)
