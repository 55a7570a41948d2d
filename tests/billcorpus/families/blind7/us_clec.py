"""SEVENTH BLIND SPLIT: not for the reader's author (see families/blind7/__init__.py).

MetTel (Manhattan Telecommunications Corporation, a CLEC that bills multi-location businesses'
copper lines, POTS replacements and alarm lines on one invoice) and Socket (Socket Telecom, a CLEC
of Missouri selling business lines, PRI and SIP trunks with blocks of DIDs).

Modelled on CLEC consolidated invoices of MetTel's kind (a customer ID and an invoice number, the
legal name with its trade name under it, an "Attn:" line for the accounts payable department, a
summary by location, each location with its own main billing number and its address in a table
whose street and city cells sit side by side, an account manager on a direct line, line-level
charges per location) and on Socket's business statements (account and invoice numbers, no
billing number named, a telephone number inventory of lines and DID ranges with their counts in a
table that runs over to the next page, trunk and PRI charges, Missouri taxes and surcharges).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import (
    attention_line,
    doing_business_as,
    mailing_block,
    page_header,
    remit_stub,
)
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import csz, date_text, digits, money, phone
from tests.billcorpus.people import person_name, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

_TAXES = ("Federal Universal Service Fund", "Federal Subscriber Line Charge",
          "Missouri Universal Service Fund", "Missouri Relay Service Surcharge",
          "Boone County 911 Tax", "City License Tax", "Sales Tax - State of Missouri")
_POTS = ("POTS Line", "Alarm Line", "Elevator Line", "Fax Line", "Fire Panel Line",
         "POTS Replacement")


def _sites(d: Draft, low: int, high: int) -> list[SubAccount]:
    """Locations of one customer, each with its own lines and its own main billing number."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    sites = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(low, high) - 1):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        sites.append(SubAccount(d.printed_account, nums[0], us_address(r, city), nums))
    d.sub_accounts = sites
    d.numbers = [n for x in sites for n in x.numbers]
    d.alternatives = {"btn": tuple(x.btn for x in sites),
                      "service_address": tuple(x.service for x in sites)}
    d.traits.add("multi_site")
    return sites


@family("mettel_summary", carrier="mettel", lines=(1, 3), dialed=0, person_share=0.0,
        account=lambda r, c, b: f"{digits(r, 7)}",
        modelled_on="CLEC consolidated invoices of MetTel's kind: customer ID, invoice number, "
        "legal name with the trade name under it and an Attn line, summary by location with "
        "each location's main billing number, location address in side-by-side street and "
        "city cells, an account manager's direct line, line charges per location",
        accent="#002D72", font="DejaVuSans")
def mettel_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    legal, trade = doing_business_as(d, r.choice(("DBA", "d/b/a")))
    sites = _sites(d, 2, 4)
    style = "dash"
    s.wordmark(40, 50, "MetTel", 26, "#002D72")
    s.text(40, 64, d.carrier.legal, 7, color=GREY)
    s.text(W - 40, 36, "INVOICE", 14, bold=True, align="right")
    rows = (("Customer ID", d.printed_account), ("Invoice No.", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "abbr")),
            ("Billing Period", f"{date_text(d.statement_date, 'us')} - "
                               f"{date_text(d.statement_date + timedelta(days=30), 'us')}"),
            ("Locations", str(len(sites))))
    for i, (label, value) in enumerate(rows):
        s.text(360, 54 + i * 11, label, 7.5, color=GREY)
        s.text(W - 40, 54 + i * 11, value, 8, bold=True, align="right")
    mailing_block(s, d, 60, 124, 9.5, name_lines=[legal, *([trade] if trade else [])],
                  attn="Attn: Accounts Payable")
    manager = f"+1212607{r.randint(2000, 2999)}"
    d.help_numbers.append(manager)
    with s.roled("help"):
        s.text(360, 132, "Your Account Manager", 8, bold=True, color=s.accent)
        s.text(360, 144, f"{person_name(r)} · direct {phone(manager, 'dot')}", 8)
        s.text(360, 156, f"{d.carrier.help_lines[0][0]} {d.carrier.help_lines[0][1]}", 8)
        s.text(360, 168, f"{d.carrier.help_lines[1][0]} {d.carrier.help_lines[1][1]}", 8)
    s.text(40, 212, "Summary by Location", 11, bold=True, color=s.accent)
    body = []
    for k, x in enumerate(sites):
        street = " ".join(p for p in (x.service.line1, x.service.line2) if p)
        body.append((f"{k + 1:03d}", street, csz(x.service), phone(x.btn, style),
                     money(r, 40, 400)))
        s.mark("btn", x.btn)
        s.mark("service", address_key(x.service))
    y = s.table(40, 230, ("Loc", "Location Address", "City / State / ZIP", "Main Billing Number",
                          "Charges"), body, (30, 170, 130, 110, 60), size=7.5,
                align=("left", "left", "left", "left", "right"))
    total = money(r, 200, 2500)
    for i, (label, value) in enumerate((("Previous Balance", money(r, 200, 2500)),
                                        ("Payments Received", money(r, 200, 2500)),
                                        ("Current Charges", total), ("Total Amount Due", total))):
        s.text(340, y + 16 + i * 12, label, 8.5, bold=i == 3)
        s.text(W - 40, y + 16 + i * 12, value, 8.5, bold=i == 3, align="right")
    remit_stub(s, d, y=616, account_label="Customer ID")
    _site_pages(s, d, sites, style)


def _site_pages(s: Sheet, d: Draft, sites: list[SubAccount], style: str) -> None:
    """Line charges of each location: its address split in two cells, then its lines."""
    r = s.rng
    top = 0.0
    for k, x in enumerate(sites):
        if k % 2 == 0:
            s.new_page()
            page_header(s, d, s.page, s.page, account_label="Customer ID")
            top = 84.0
        s.box(36, top, W - 72, 30, fill=LIGHT)
        s.text(42, top + 12, f"Location {k + 1:03d}", 8.5, bold=True, color=s.accent)
        s.text(150, top + 12, x.service.line1 + (f", {x.service.line2}" if x.service.line2
                                                 else ""), 8.5)
        s.text(380, top + 12, csz(x.service), 8.5)
        s.mark("service", address_key(x.service))
        s.text(42, top + 24, f"Main Billing Number: {phone(x.btn, style)}", 8)
        s.mark("btn", x.btn)
        rows = [(phone(n, style), r.choice(_POTS), "Unlimited Local/LD", money(r, 29, 65))
                for n in x.numbers]
        top = s.table(42, top + 48, ("Line", "Service", "Plan", "Amount"), rows,
                      (120, 150, 160, 100), size=8, align=("left", "left", "left", "right"))
        top += 22


@family("socket_inventory", carrier="socket", region="MO", lines=(3, 8), block=0.85,
        block_size=(6, 16), dialed=6, person_share=0.0, account=lambda r, c, b: f"{digits(r, 8)}",
        modelled_on="Socket Telecom business statements: account and invoice numbers, no billing "
        "number named, a telephone number inventory of lines and DID ranges with counts that "
        "runs over to the next page, SIP trunk and PRI charges, Missouri taxes and surcharges",
        accent="#F47920", font="DejaVuSans")
def socket_inventory(s: Sheet, d: Draft) -> None:
    d.btn = None  # the inventory lists every number alike; none is named the billing number
    r = s.rng
    assert d.service is not None
    attn = attention_line(d) if r.random() < 0.5 else ""  # an Attn line on the envelope
    s.image_logo(40, 22, "socket", 26, "#F47920")
    s.text(W - 40, 32, "Statement", 13, bold=True, align="right")
    rows = (("Account #", d.printed_account), ("Invoice #", d.invoice_id),
            ("Statement Date", date_text(d.statement_date, "us")),
            ("Due Date", date_text(d.statement_date + timedelta(days=20), "us")))
    for i, (label, value) in enumerate(rows):
        s.text(400, 50 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 50 + i * 12, value, 8, bold=True, align="right")
    mailing_block(s, d, 60, 120, 9.5, attn=attn)
    s.text(330, 120, "Service Location", 8, bold=True, color=s.accent)
    s.lines(330, 132, [d.service.line1 + (f" {d.service.line2}" if d.service.line2 else ""),
                       csz(d.service)], 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 196, "Account Summary", 11, bold=True, color=s.accent)
    y = 212.0
    for label in ("Previous Balance", "Payments", "Recurring Charges", "Usage Charges",
                  "Taxes, Fees & Surcharges", "Total Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(300, y, money(r, 0, 1500), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.text(340, 196, "Contact Us", 9, bold=True, color=s.accent)
        for k, (label, number) in enumerate(d.carrier.help_lines):
            s.text(340, 210 + k * 12, f"{label} {number}", 8)
    s.text(340, 234, "socket.net · support@socket.net", 8)
    s.text(340, 246, "Thank you for choosing Socket, your local Missouri provider.", 7,
           color=GREY)
    s.text(40, y + 16, "Recurring Charges", 11, bold=True, color=s.accent)
    trunks = r.randint(4, 23)
    y = s.table(40, y + 34, ("Service", "Qty", "Amount"),
                [("SIP Trunk Channels", str(trunks), money(r, 100, 400)),
                 ("Hosted Voicemail", str(r.randint(1, 9)), money(r, 5, 40)),
                 ("Dedicated Internet 100 Mbps", "1", money(r, 200, 500))], (300, 60, 100),
                size=8.5, align=("left", "right", "right"))
    s.text(40, y + 16, "Taxes, Fees & Surcharges", 11, bold=True, color=s.accent)
    y = s.table(40, y + 34, ("Description", "Amount"),
                [(t, money(r, 1, 60)) for t in _TAXES], (360, 100), size=8,
                align=("left", "right"))
    _inventory(s, d, max(y + 18, 640.0))


def _inventory(s: Sheet, d: Draft, y: float) -> None:
    """'Telephone Number Inventory': singles and ranges with their counts; it runs over the page
    foot onto page 2 with its header repeated."""
    r = s.rng
    rows = [(phone(n, "dash"), "1", r.choice(("Business Line", "SIP DID", "Fax DID")), n)
            for n in d.singles()]
    for f, c in d.ranges:
        last = f[:-4] + f"{int(f[-4:]) + c - 1:04d}"
        rows.insert(r.randint(0, len(rows)), (f"{phone(f, 'dash')} - {phone(last, 'dash')}",
                                              str(c), "DID Range", f))
    heads = ("Telephone Number / Range", "Qty", "Type")
    widths = (220, 50, 150)
    s.text(40, y, "Telephone Number Inventory", 11, bold=True, color=s.accent)
    y += 18
    done = 0
    while done < len(rows):
        room = max(1, int((736 - y) // 12) - 1)
        chunk = rows[done:done + room]
        s.table(40, y, heads, [row[:3] for row in chunk], widths, size=8,
                align=("left", "right", "left"))
        done += len(chunk)
        if done < len(rows):
            s.text(40, 748, "Telephone Number Inventory continued on next page", 7, color=GREY)
            s.new_page()
            page_header(s, d, 2, 2, account_label="Account #")
            s.text(40, 88, "Telephone Number Inventory (continued)", 11, bold=True,
                   color=s.accent)
            y = 106.0
