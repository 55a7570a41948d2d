"""Open tuning split tune10: ALLO Communications (fibre of Lincoln and western Nebraska), Intulse
(a hosted PBX sold over Bandwidth's network) and Fonality (a hosted UC provider).

Modelled on ALLO's business statements for customers with several locations (one customer
number over one account per location; page 1 stacks the locations, each with its address in
bold above its account number and main number; page 2 the lines of each location), on Intulse's
invoices (numbers in E.164 in a table of user, extension and direct number, the registered 911
location as the service location, ISO dates, the support line boxed beside the account's main
number) and on Fonality's UC invoices (the account number masked but for its last digits, the company
under 'Company' and a billing contact under 'Bill To', the service site and the 'Billed
Telephone #' beside them, phone numbers as ranges and singles).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices, page_header, remit_stub
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
from tests.billcorpus.people import REGIONS, person_name, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key


def _allo_sites(d: Draft) -> list[SubAccount]:
    r = d.rng
    assert d.service is not None
    subs = [SubAccount(digits(r, 8), d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 2)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        subs.append(SubAccount(digits(r, 8), nums[0],
                               us_address(r, r.choice(REGIONS["NEB"]), 0.3), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"btn": tuple(x.btn for x in subs),
                      "service_address": tuple(x.service for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.update({"multi_account", "multi_site"})
    return subs


@family("allo_locations_summary", carrier="allo", region="NEB", lines=(1, 4), block=0.3,
        block_size=(5, 10), dialed=8, person_share=0.0,
        account=lambda r, c, b: f"C{digits(r, 7)}",
        modelled_on="ALLO business statements for several locations: a customer number over "
        "one account per location; page 1 stacks the locations, each address in bold above its "
        "account number and main number; page 2 the lines of each location",
        accent="#00A1DE", font="DejaVuSans")
def allo_locations_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    subs = _allo_sites(d)
    style = r.choice(("paren", "dash"))
    s.wordmark(40, 46, "ALLO", 30, "#00A1DE")
    s.text(40, 60, "ALLO Communications · Business", 8, color=GREY)
    heads = ("Customer Number", "Statement Date", "Total Due")
    total = money(r, 200, 4000)
    for i, (head, value) in enumerate(zip(heads, (d.printed_account,
                                                  date_text(d.statement_date, "abbr0"), total),
                                          strict=True)):
        s.text(330 + i * 84, 36, head, 7, color=GREY)
        s.text(330 + i * 84, 48, value, 9, bold=True)
    with s.roled("help"):
        s.text(330, 64, f"Pay by phone {d.carrier.help_lines[1][1]}  ·  "
                        f"Support {d.carrier.help_lines[0][1]}", 7, color=s.accent)
    mailing_block(s, d, 60, 110, 9.5)
    s.text(40, 190, "YOUR LOCATIONS", 10, bold=True, color=s.accent)
    y = 208.0
    for x in subs:
        s.text(44, y, one_line(x.service, 1), 8.5, bold=True)
        s.mark("service", address_key(x.service))
        s.text(60, y + 12, f"Account {x.account_number}", 7.5)
        s.text(200, y + 12, f"Main Number {phone(x.btn, style)}", 7.5)
        s.mark("btn", x.btn)
        s.text(W - 44, y + 12, money(r, 80, 1500), 7.5, align="right")
        s.rule(40, y + 18, W - 40, 0.3, GREY)
        y += 30
    notices(s, d, 40, y + 14, count=2, size=7)
    remit_stub(s, d, y=622, account_label="Customer Number")
    s.new_page()
    page_header(s, d, 2, 2, account_label="Customer Number")
    y = 90.0
    for x in subs:
        s.band(y - 11, 15)
        s.text(44, y, f"Account {x.account_number}", 8.5, bold=True, color=LIGHT)
        y += 18
        singles = [n for n in x.numbers if n in d.singles()]
        for n in singles:
            s.text(60, y, "Fiber Voice Line", 7.5)
            s.text(200, y, phone(n, style), 7.5)
            s.text(W - 44, y, money(r, 20, 35), 7.5, align="right")
            y += 11
        if x is subs[0]:
            for f, c in d.ranges:
                s.text(60, y, f"DID Numbers ({c})", 7.5)
                s.text(200, y, did_range(f, c, "to", style), 7.5)
                s.text(W - 44, y, money(r, 5, 25), 7.5, align="right")
                y += 11
        s.text(60, y, "Fiber Internet 1 Gig", 7.5)
        s.text(W - 44, y, money(r, 70, 150), 7.5, align="right")
        y += 22


@family("intulse_e164", carrier="intulse", lines=(2, 8), block=0.3, block_size=(5, 10),
        dialed=8, person_share=0.0, account=lambda r, c, b: f"INT-{digits(r, 6)}",
        modelled_on="hosted PBX invoices of Intulse's kind (resold over Bandwidth's network): "
        "numbers in E.164 in a table of user, extension and direct number, the registered 911 "
        "location as the service location, ISO dates, the support line boxed beside the main "
        "number",
        accent="#3B4A9C", font="Helvetica")
def intulse_e164(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "intl"
    s.wordmark(40, 46, "Intulse", 24, "#3B4A9C")
    s.text(W - 40, 34, "Invoice", 16, bold=True, align="right")
    for i, (label, value) in enumerate((("Customer ID", d.printed_account),
                                        ("Invoice #", d.invoice_id),
                                        ("Invoice Date", date_text(d.statement_date, "iso")),
                                        ("Due Date", date_text(d.statement_date
                                                               + timedelta(days=15), "iso")))):
        s.text(380, 52 + i * 11, label, 7.5, color=GREY)
        s.text(W - 40, 52 + i * 11, value, 8, bold=True, align="right")
    s.text(40, 100, "Bill To", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 112, 9)
    s.box(330, 104, 246, 58, stroke=GREY)
    s.text(338, 118, "Account Main Number", 7, color=GREY)
    s.text(338, 130, phone(d.real_btn, style), 9.5, bold=True)
    s.mark("btn", d.real_btn)
    with s.roled("help"):
        s.text(468, 118, "Support", 7, color=GREY)
        s.text(468, 130, d.carrier.help_lines[0][1], 8.5)
        s.text(338, 150, f"Billing questions {d.carrier.help_lines[1][1]}", 7)
    s.text(40, 186, "Registered 911 Location", 8, bold=True, color=s.accent)
    s.lines(40, 198, address_lines(d.service, unit_on_line1=True), 8.5)
    s.mark("service", address_key(d.service))
    body = []
    for k, n in enumerate(d.singles()):
        body.append((person_name(r) if k else "Main Auto Attendant", str(100 + k),
                     phone(n, style), r.choice(("Seat - Pro", "Seat - Basic", "Fax to Email"))
                     if k else "Auto Attendant", money(r, 15, 35)))
    for f, c in d.ranges:
        body.append(("DID Range", "-", did_range(f, c, "en_dash", style), f"{c} numbers",
                     money(r, 5, 25)))
    s.text(40, 250, "Users and Numbers", 10, bold=True, color=s.accent)
    y = s.table(40, 268, ("User", "Ext", "Direct Number", "Plan", "Amount"), body,
                (150, 40, 150, 110, 80), size=7.5, align=("left",) * 4 + ("right",))
    for label in ("E911 Service Fee", "Federal USF Recovery", "Regulatory Recovery Fee"):
        s.text(44, y + 6, label, 7.5)
        s.text(W - 44, y + 6, money(r, 1, 25), 7.5, align="right")
        y += 11
    s.text(40, y + 16, "Total Due", 9, bold=True)
    s.text(W - 44, y + 16, money(r, 60, 900), 9, bold=True, align="right")
    s.text(40, y + 40, f"{d.carrier.legal} · {d.carrier.domain} · "
                       f"{', '.join(d.carrier.remit)}", 6.5, color=GREY)


@family("fonality_masked", carrier="fonality", lines=(1, 5), block=0.45, block_size=(10, 20),
        dialed=10, person_share=0.0, account=lambda r, c, b: digits(r, 9),
        modelled_on="hosted UC invoices of Fonality's kind: the account number masked but "
        "for its last four digits, the company under 'Company' and a billing contact under "
        "'Bill To', the phone numbers as ranges and singles under 'Telephone Numbers', "
        "dates like 'Mar 04, 2025'", accent="#6C2C91", font="DejaVuSans")
def fonality_masked(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.mask_account("*")
    style = r.choice(("dot", "dash"))
    s.wordmark(40, 46, "Fonality", 24, "#6C2C91")
    with s.roled("help"):
        s.lines(40, 62, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7)
    s.text(330, 36, "Account", 7.5, color=GREY)
    s.text(330, 48, d.printed_account, 10, bold=True)
    s.text(460, 36, "Invoice Date", 7.5, color=GREY)
    s.text(460, 48, date_text(d.statement_date, "abbr0"), 10, bold=True)
    s.text(40, 104, "Company", 8, bold=True, color=s.accent)
    s.text(40, 116, d.name, 9.5)
    s.text(40, 136, "Bill To", 8, bold=True, color=s.accent)
    s.lines(40, 148, [f"Attn: {person_name(r)}", *address_lines(d.billing or d.service)], 9)
    s.text(330, 104, "Service Site", 8, bold=True, color=s.accent)
    s.lines(330, 116, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    label = "Billed Telephone #"
    s.text(330, 160, label, 8, bold=True, color=s.accent)
    s.text(336 + s.width(label, 8, bold=True), 160, phone(d.real_btn, style), 9)
    s.mark("btn", d.real_btn)
    s.text(40, 210, "Telephone Numbers", 10, bold=True, color=s.accent)
    y = 226.0
    for n in d.singles():
        s.text(44, y, phone(n, style), 8)
        s.text(200, y, "Local DID", 8)
        y += 11
    for f, c in d.ranges:
        s.text(44, y, did_range(f, c, "through_full", style), 8)
        s.text(300, y, f"DID block ({c})", 8)
        y += 11
    y = s.table(40, y + 16, ("Description", "Qty", "Unit", "Amount"),
                [("UC Pro Seat", str(r.randint(2, 30)), money(r, 20, 35), money(r, 100, 900)),
                 ("Local DIDs", str(len(d.numbers)), "$1.50", money(r, 2, 60)),
                 ("Taxes & Regulatory Fees", "", "", money(r, 10, 90))],
                (260, 60, 90, 120), size=8, align=("left", "right", "right", "right"))
    s.text(40, y + 20, f"Remit to: {d.carrier.legal}, {', '.join(d.carrier.remit)}", 7.5,
           color=GREY)
