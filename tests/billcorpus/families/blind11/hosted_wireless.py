"""ELEVENTH BLIND SPLIT: not for the reader's author (see families/blind11/__init__.py).

OpenPhone (a business phone app, UCaaS for small teams), Inland Cellular (regional wireless of
Lewiston, Idaho and the Palouse) and Masergy (enterprise SD-WAN and cloud voice, Plano, Texas).

Modelled on app-style UCaaS invoices of OpenPhone's kind (a receipt: the workspace's numbers
listed 'Number 1 of 3' with the users on them, 'Billed to' with an Attn line, the business name
as the billing profile spells it ('Incorporated'), no billing number; the service address
in the workspace panel), on regional wireless statements of Inland Cellular's kind (abbreviated
labels, dates written 3/12/25, the local authorized agent's shop name and address printed
beside the customer's window, lines as 'Line 1 of 3' under each user) and on enterprise
consolidated invoices of Masergy's kind (one invoice over several locations; page 1 a summary
by location with each site's address and main TN in a table row; the channel partner's name,
address and phone printed next to the customer's; page 2 a summary by number).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import attention_line, call_detail, mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind11.parts import spelled_out
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.people import REGIONS, person_name, trade_name, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key


@family("openphone_receipt", carrier="openphone", lines=(1, 5), dialed=6, person_share=0.2,
        account=lambda r, c, b: f"AC{r.randint(10000000, 99999999)}",
        modelled_on="app-style UCaaS invoices of OpenPhone's kind: a receipt with the "
        "workspace's numbers listed 'Number 1 of 3' with their users, 'Billed to' with an Attn "
        "line, the business name as the billing profile spells it (Incorporated), no billing "
        "number, the service address in the workspace panel",
        accent="#6C47FF", font="DejaVuSans")
def openphone_receipt(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    spelled_out(d)
    d.btn = None  # an app's workspace has numbers, none of them a billing number
    style = r.choice(("paren", "intl"))
    s.wordmark(40, 48, "OpenPhone", 22, "#6C47FF")
    s.text(W - 40, 36, "Invoice", 16, bold=True, align="right")
    facts = (("Invoice number", f"{d.invoice_id[:4]}-{d.invoice_id[4:8]}"),
             ("Date of issue", date_text(d.statement_date, "long")),
             ("Date due", date_text(d.statement_date, "long")),
             ("Account No.", d.printed_account))
    for i, (label, value) in enumerate(facts):
        s.text(360, 58 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 58 + i * 12, value, 8.5, align="right")
    s.text(40, 80, d.carrier.legal, 8, bold=True)
    s.lines(40, 92, [*d.carrier.remit, d.carrier.domain], 7.5, color=GREY)
    s.text(40, 140, "Billed to", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 154, 9, attn=attention_line(d))
    s.box(330, 132, W - 366, 80, fill=LIGHT, radius=6)
    s.text(340, 148, "Workspace", 8, bold=True, color=s.accent)
    s.text(420, 148, d.name if len(d.name) < 30 else d.name[:28] + "\u2026", 8)
    s.text(340, 162, "Service address", 8, bold=True, color=s.accent)
    s.lines(340, 174, address_lines(d.service), 8)
    s.mark("service", address_key(d.service))
    total = money(r, 15, 400)
    s.text(40, 236, f"{total} due {date_text(d.statement_date, 'long')}", 13, bold=True)
    s.text(40, 252, "Pay online or update your card in Settings \u203a Billing.", 8,
           color=GREY)
    s.text(40, 284, "Phone numbers", 11, bold=True, color=s.accent)
    y = 302.0
    for k, n in enumerate(d.numbers):
        users = ", ".join(person_name(r) for _ in range(r.randint(1, 3)))
        s.text(40, y, f"Number {k + 1} of {len(d.numbers)}", 8, color=GREY)
        s.text(140, y, phone(n, style), 9, bold=True)
        s.text(260, y, users, 8)
        y += 14
    s.rule(36, y, W - 36, 0.5)
    body = [("Business plan seats", str(r.randint(1, 12)), money(r, 15, 23), money(r, 20, 300)),
            ("Additional numbers", str(max(0, len(d.numbers) - 1)), "$5.00", money(r, 0, 25)),
            ("International calling credits", "1", money(r, 5, 20), money(r, 5, 20))]
    y = s.table(40, y + 22, ("Description", "Qty", "Unit price", "Amount"), body,
                (250, 60, 90, 100), size=8, shade=False,
                align=("left", "right", "right", "right"))
    for i, label in enumerate(("Subtotal", "Tax", "Total", "Amount due")):
        s.text(360, y + 10 + i * 12, label, 8.5, bold=i == 3)
        s.text(W - 40, y + 10 + i * 12, total if i >= 2 else money(r, 0, 30), 8.5,
               bold=i == 3, align="right")
    with s.roled("help"):
        s.text(40, y + 70, "Questions? " + " \u00b7 ".join(
            f"{label} {number}" for label, number in d.carrier.help_lines), 7.5)


@family("inland_wireless", carrier="inland", region="LCV", lines=(1, 5), dialed=10,
        person_share=0.45, account=lambda r, c, b: f"{r.randint(100000, 999999)}-{r.randint(1, 9)}",
        modelled_on="regional wireless statements of Inland Cellular's kind (Lewiston, ID): "
        "abbreviated labels (Acct No, Bill Dt, Pmt Due), dates written 3/12/25, the local "
        "authorized agent's shop name and address beside the customer's window, each line "
        "listed 'Line 1 of 3' under its user, usage detail after",
        accent="#004B87", font="Helvetica")
def inland_wireless(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    style = r.choice(("dot", "dash"))
    sd = d.statement_date
    short = f"{sd.month}/{sd.day}/{sd:%y}"
    due = sd + timedelta(days=17)
    s.image_logo(40, 24, "INLAND", 26, "#004B87")
    s.text(40, 64, "Cellular", 9, bold=True, color=s.accent)
    s.text(W - 40, 34, "Wireless Statement", 12, bold=True, align="right")
    facts = (("Acct No", d.printed_account), ("Bill Dt", short),
             ("Pmt Due", f"{due.month}/{due.day}/{due:%y}"), ("Amt Due", money(r, 40, 400)))
    for i, (label, value) in enumerate(facts):
        s.text(390, 50 + i * 12, label, 7.5, bold=True)
        s.text(W - 40, 50 + i * 12, value, 8.5, align="right")
    mailing_block(s, d, 60, 112, 9.5)
    agent = us_address(r, r.choice(REGIONS["LCV"]), 0.0)
    s.box(330, 104, W - 366, 64, stroke=GREY)
    s.text(338, 116, "Your Authorized Agent", 7, bold=True, color=s.accent)
    agent_phone = d.pool.one(d.customer.npa)
    d.help_numbers.append(agent_phone)
    with s.roled("help"):
        s.lines(338, 128, [f"{trade_name(r)} Wireless", *address_lines(agent),
                           phone(agent_phone, style)], 7.5)
    s.text(40, 200, "Lines on Your Acct", 11, bold=True, color=s.accent)
    y = 218.0
    for k, n in enumerate(d.numbers):
        who = d.name.upper() if k == 0 and d.customer.person else person_name(r).upper()
        s.box(36, y - 10, W - 72, 14, fill=LIGHT)
        s.text(44, y, who, 8.5, bold=True)
        s.text(W - 44, y, f"Line {k + 1} of {len(d.numbers)}", 7.5, align="right")
        y += 14
        s.text(60, y, phone(n, style), 9)
        s.text(180, y, r.choice(("Unlimited Talk/Text/Data", "Shared 10GB", "Talk & Text")), 8)
        s.text(W - 44, y, money(r, 25, 75), 8, align="right")
        y += 18
    s.text(40, y + 8, "Acct Summary", 11, bold=True, color=s.accent)
    y += 24
    for label in ("Prev Bal", "Pmts", "Monthly Chgs", "Usage Chgs", "Taxes/Surch", "Total"):
        s.text(44, y, label, 8.5)
        s.text(260, y, money(r, 0, 300), 8.5, align="right")
        y += 11
    with s.roled("help"):
        s.lines(330, y - 55, [f"{label} {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    remit_stub(s, d, y=620, account_label="Acct No")
    call_detail(s, d, 2, 1, "Usage Detail", style, wireless=True, rows=36)


_SITES = ("HQ", "Distribution Center", "Branch", "Regional Office", "Call Center", "Clinic")


def _masergy_sites(d: Draft) -> list[SubAccount]:
    """Two to four locations, each its own account with its main TN and its lines."""
    r = d.rng
    assert d.service is not None
    subs = [SubAccount(f"{r.randint(1000000, 9999999)}", d.real_btn, d.service,
                       tuple(d.numbers))]
    for _ in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        subs.append(SubAccount(f"{r.randint(1000000, 9999999)}", nums[0],
                               us_address(r, r.choice(REGIONS["DFW"]), 0.5), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"btn": tuple(x.btn for x in subs),
                      "service_address": tuple(x.service for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.update({"multi_account", "multi_site"})
    return subs


@family("masergy_summary", carrier="masergy", region="DFW", lines=(1, 3), block=0.4,
        block_size=(10, 20), dialed=8, person_share=0.0,
        account=lambda r, c, b: f"MSG-{r.randint(100000, 999999)}",
        modelled_on="enterprise consolidated invoices of Masergy's kind: one invoice over "
        "several locations, page 1 a summary by location (each site's account, address and "
        "main TN in a table row), the channel partner's name, address and phone next to the "
        "customer's, the business name spelled out (Incorporated); page 2 a summary by number "
        "with a DID block",
        accent="#E35205", font="Helvetica")
def masergy_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    spelled_out(d)
    subs = _masergy_sites(d)
    sites = r.sample(_SITES, len(subs))
    style = r.choice(("dash", "plain"))
    s.wordmark(40, 46, "MASERGY", 22, "#E35205")
    s.text(W - 40, 30, "Consolidated Invoice", 13, bold=True, align="right")
    facts = (("Billing Account", d.printed_account), ("Invoice No.", d.invoice_id),
             ("Invoice Date", date_text(d.statement_date, "abbr0")),
             ("Payment Terms", "Net 30"))
    for i, (label, value) in enumerate(facts):
        s.text(360, 46 + i * 11, label, 7.5, color=GREY)
        s.text(W - 40, 46 + i * 11, value, 8, bold=True, align="right")
    s.text(40, 100, "Customer", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 40, 114, 9.5)
    s.text(300, 100, "Channel Partner", 7.5, bold=True, color=s.accent)
    partner = us_address(r, r.choice(REGIONS["DFW"]), 0.5)
    partner_phone = d.pool.one(d.customer.npa)
    d.help_numbers.append(partner_phone)
    with s.roled("help"):
        s.lines(300, 114, [f"{trade_name(r)} Telecom Advisors LLC", *address_lines(partner),
                           phone(partner_phone, style)], 8.5)
    s.text(40, 196, "Summary by Location", 11, bold=True, color=s.accent)
    body = []
    for x, site in zip(subs, sites, strict=True):
        body.append((site, x.account_number, one_line(x.service, 1), phone(x.btn, style),
                     money(r, 300, 6000)))
    y = s.table(40, 214, ("Location", "Account", "Site Address", "Main TN", "Amount"), body,
                (80, 62, 250, 80, 64), size=7, align=("left", "left", "left", "left", "right"))
    for x in subs:
        s.mark("service", address_key(x.service))
        s.mark("btn", x.btn)
    s.text(330, y + 14, "Total Current Charges", 9, bold=True)
    s.text(W - 40, y + 14, money(r, 1000, 20000), 9, bold=True, align="right")
    with s.roled("help"):
        s.lines(40, y + 14, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    s.text(40, y + 42, f"{d.carrier.legal} \u00b7 {d.carrier.domain}", 6.5, color=GREY)
    remit_stub(s, d, y=624, account_label="Billing Account", window=False)
    s.new_page()
    s.text(40, 40, "Masergy", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Billing Account {d.printed_account} \u00b7 Page 2 of 2", 7.5,
           align="right")
    s.rule(36, 50, W - 36, 0.8, s.accent)
    s.text(40, 76, "Summary by Number", 12, bold=True, color=s.accent)
    rows = []
    singles = d.singles()
    for x, site in zip(subs, sites, strict=True):
        for n in x.numbers:
            if n in singles:
                rows.append((phone(n, style), site, "Cloud Voice Seat", money(r, 18, 40)))
    for f, c in d.ranges:
        rows.append((f"{phone(f, style)} thru {int(f[-4:]) + c - 1:04d}", sites[0],
                     f"DID Block ({c})", money(r, 10, 40)))
    s.table(40, 94, ("Number", "Location", "Service", "Amount"), rows, (160, 140, 150, 80),
            size=7.5, align=("left", "left", "left", "right"))
    s.text(40, 700, f"Circuit reference {digits(r, 3)}/{digits(r, 6)}/MSG", 6.5, color=GREY)
