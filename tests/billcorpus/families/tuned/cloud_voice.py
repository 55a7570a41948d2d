"""Cloud phone systems billed per seat: Zoom Phone, Dialpad, GoTo Connect.

Modelled on Zoom's "Understanding your invoice" (invoice date, INV number, payment terms, account
number, account legal name, sold-to and bill-to contacts, charge details with service periods; the
phone numbers and their emergency addresses kept per site), Dialpad's invoice (company, billing
contact, licences per user, office main line) and GoTo Connect's billing guide (invoices on the 1st
for the month, DIDs and devices itemised, remit to PO Box 412252 Boston).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import attention_line, doing_business_as, help_lines, mailing_block
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    block_cells,
    date_text,
    did_range,
    digits,
    extension,
    money,
    one_line,
    phone,
    short_list,
)
from tests.billcorpus.people import person_name, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key


def _sites(d: Draft, most: int) -> list[SubAccount]:
    """A multi-site account: one account number, each site with its own numbers and address."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    sites = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(0, most - 1)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        sites.append(SubAccount(d.printed_account, d.real_btn, us_address(r, city), nums))
    if len(sites) > 1:
        d.sub_accounts = sites
        d.numbers = [n for x in sites for n in x.numbers]
        d.alternatives = {"service_address": tuple(x.service for x in sites)}
        d.traits.add("multi_site")
    return sites


@family("zoom_phone", carrier="zoom", lines=(2, 7), person_share=0.0,
        account=lambda r, c, b: f"{r.randint(10, 99)}{digits(r, 7)}",
        modelled_on="support.zoom.com: understanding your Zoom invoice (invoice details top left, "
        "account legal name, sold to / bill to, charge details); numbers by site on page 2",
        accent="#0B5CFF", font="DejaVuSans")
def zoom_phone(s: Sheet, d: Draft) -> None:
    d.btn = None  # Zoom Phone has no billing telephone number
    r = s.rng
    style = "intl"
    sites = _sites(d, 2)
    s.wordmark(40, 58, "zoom", 30, "#0B5CFF")
    s.text(W - 40, 48, "INVOICE", 20, bold=True, align="right")
    due = d.statement_date + timedelta(days=30)
    rows = (("Invoice Date", date_text(d.statement_date, "us")),
            ("Invoice #", f"INV{d.invoice_id}"), ("Payment Terms", "Net 30"),
            ("Due Date", date_text(due, "us")), ("Account Number", d.printed_account),
            ("Currency", "USD"))
    for i, (label, value) in enumerate(rows):
        s.text(40, 92 + i * 12, label, 8, bold=True)
        s.text(140, 92 + i * 12, value, 8)
    s.text(40, 176, "Account Legal Name", 8, bold=True)
    s.text(40, 188, d.name, 9.5)
    s.text(40, 212, "Bill To", 8, bold=True)
    mailing_block(s, d, 40, 224, 8.5, attn=attention_line(d))
    s.text(320, 212, "Sold To", 8, bold=True)
    s.lines(320, 224, [person_name(r), f"it@{d.customer.name.split()[0].lower()}.example"], 8.5)
    s.text(320, 92, "Remit To", 8, bold=True)
    s.lines(320, 104, [d.carrier.legal, *d.carrier.remit], 8)
    s.text(40, 300, "Charge Details", 12, bold=True, color=s.accent)
    period = f"{date_text(d.statement_date, 'us')} - {date_text(due, 'us')}"
    body = [("Zoom Phone Business", period, str(len(d.numbers)), money(r, 10, 300)),
            ("Zoom Phone Metered Calling", period, "1", money(r, 0, 40)),
            ("Additional Phone Number", period, str(len(d.numbers) - 1), money(r, 0, 60)),
            ("Taxes, fees and surcharges", "", "", money(r, 5, 90))]
    y = s.table(40, 320, ("Product", "Service Period", "Qty", "Amount"), body,
                (210, 170, 40, 90), size=8, align=("left", "left", "right", "right"))
    s.text(380, y + 16, "Invoice Balance", 9, bold=True)
    s.text(566, y + 16, money(r, 50, 900), 9, bold=True, align="right")
    s.text(40, y + 40, "Phone numbers and their emergency addresses are on page 2.", 8, color=GREY)
    help_lines(s, d, 40, y + 56, 8, extra=(f"{d.carrier.domain}/billing",))
    s.new_page()
    s.text(40, 40, "zoom", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"INV{d.invoice_id}  ·  Page 2 of 2", 7.5, align="right")
    s.text(40, 76, "Sites and Emergency Addresses", 12, bold=True)
    rows2 = [(f"Site {k + 1}", one_line(x.service, 1)) for k, x in enumerate(sites)]
    y = s.table(40, 96, ("Site", "Emergency Address"), rows2, (80, 420), size=8)
    for x in sites:
        s.mark("service", address_key(x.service))
    s.text(40, y + 14, "Phone Numbers", 12, bold=True)
    body2 = []
    for k, x in enumerate(sites):
        for n in x.numbers:
            body2.append((phone(n, style), person_name(r), extension(r, "x").strip(),
                          f"Site {k + 1}"))
    s.table(40, y + 34, ("Number", "Assigned To", "Extension", "Site"), body2,
            (140, 160, 90, 80), size=8)


@family("dialpad", carrier="dialpad", lines=(2, 8), person_share=0.0,
        account=lambda r, c, b: f"{digits(r, 16)}",
        modelled_on="Dialpad invoice: company and billing contact, licences per user, office "
        "with its main line and address, additional numbers", accent="#7C52FF",
        font="DejaVuSans")
def dialpad(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "paren"
    legal, dba_line = doing_business_as(d, r.choice(("DBA", "d/b/a")))
    s.image_logo(40, 30, "dialpad", 24, "#7C52FF")
    s.text(W - 40, 44, "Invoice", 18, bold=True, align="right")
    rows = (("Invoice number", f"DP-{d.invoice_id}"), ("Invoice date",
                                                         date_text(d.statement_date, "long")),
            ("Company ID", d.printed_account))
    for i, (label, value) in enumerate(rows):
        s.text(340, 66 + i * 13, label, 8.5, color=GREY)
        s.text(W - 40, 66 + i * 13, value, 8.5, align="right")
    s.text(40, 110, "Company", 8, color=GREY)
    mailing_block(s, d, 40, 122, 9, name_lines=[legal, dba_line] if dba_line else None)
    assert d.service is not None
    s.box(320, 112, 256, 78, fill=LIGHT)
    s.text(330, 128, f"Office: {d.service.city} Office", 9, bold=True)
    s.text(330, 142, f"Office main line: {phone(d.real_btn, style)}", 8.5)
    s.mark("btn", d.real_btn)
    s.text(330, 156, "Office address:", 8.5)
    s.text(330, 168, one_line(d.service, 1), 7.5)
    s.mark("service", address_key(d.service))
    s.text(40, 214, "Users", 12, bold=True, color=s.accent)
    singles = d.singles()
    body = [(person_name(r), phone(n, style), r.choice(("Standard", "Pro", "Contact Center")),
             money(r, 15, 35)) for n in singles[:-1] or singles]
    y = s.table(40, 232, ("User", "Direct line", "Licence", "Amount"), body,
                (180, 140, 120, 80), size=8.5, align=("left", "left", "left", "right"))
    extra = singles[len(body):]
    if extra or d.ranges:
        s.text(40, y + 12, "Additional numbers", 9, bold=True)
        y += 24
        if extra:
            s.text(40, y, short_list(extra, "dash"), 8.5)
            for n in extra:
                s.mark("number", n)
            y += 12
        for first, count in d.ranges:
            s.text(40, y, did_range(first, count, r.choice(("en_dash", "slash")), "dash"), 8.5)
            y += 12
    s.text(380, y + 18, "Amount due", 10, bold=True)
    s.text(566, y + 18, money(r, 40, 800), 10, bold=True, align="right")
    s.text(40, y + 40, f"Questions: {d.carrier.help_lines[0][1]} · help.{d.carrier.domain}", 8)
    s.text(40, 740, f"{d.carrier.legal} · {', '.join(d.carrier.remit)}", 7, color=GREY)


@family("goto_connect", carrier="goto", lines=(1, 4), block=0.7, block_size=(8, 25),
        account=lambda r, c, b: f"{digits(r, 7)}",
        modelled_on="GoTo Connect billing user guide (US): invoice on the 1st for the month, "
        "service location, DID inventory by number block, remit to PO Box 412252 Boston",
        accent="#1F2A44", font="DejaVuCond")
def goto_connect(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    d.upper()
    d.carrier_printed = "GoTo"
    s.wordmark(40, 56, "GoTo", 26, "#1F2A44")
    s.text(118, 56, "Connect", 13, color=GREY)
    heads = ("Account #", "Invoice #", "Invoice Date", "Terms")
    s.table(300, 40, heads, [(d.printed_account, d.invoice_id, date_text(d.statement_date, "us"),
                              "Due on receipt")], (70, 80, 70, 60), size=7.5)
    s.text(40, 96, "Bill To:", 8.5, bold=True)
    mailing_block(s, d, 40, 108, 9)
    assert d.service is not None
    s.text(320, 96, "Service Location:", 8.5, bold=True)
    s.lines(320, 108, [f"LOCATION 1 - {d.service.city}", *address_lines(d.service)], 9)
    s.mark("service", address_key(d.service))
    s.text(40, 190, "Invoice Summary", 12, bold=True)
    for i, label in enumerate(("Monthly Recurring Charges", "Usage", "Taxes & Fees",
                               "Total Due")):
        s.text(40, 206 + i * 13, label, 9, bold=i == 3)
        s.text(300, 206 + i * 13, money(r, 10, 600), 9, bold=i == 3, align="right")
    s.text(40, 276, "Phone Number Inventory", 11, bold=True, color=s.accent)
    singles = d.singles()
    for i, n in enumerate(singles):
        s.text(40 + (i % 3) * 150, 292 + (i // 3) * 12, phone(n, "dash"), 8.5)
    y = 292 + ((len(singles) + 2) // 3) * 12 + 8
    if d.ranges:
        rows = [block_cells(f, c) for f, c in d.ranges]
        y = s.table(40, y + 10, ("NPA-NXX", "From", "To", "Qty"), rows, (90, 70, 70, 50),
                    size=8.5)
        for first, count in d.ranges:
            for k in range(count):
                s.mark("number", first[:-4] + f"{int(first[-4:]) + k:04d}")
    s.text(40, y + 20, "Remit to: " + ", ".join((d.carrier.legal, *d.carrier.remit)), 8)
    help_lines(s, d, 40, y + 34, 8, extra=(f"support.{d.carrier.domain}",))
