"""TENTH BLIND SPLIT: not for the reader's author (see families/blind10/__init__.py).

Telesystem (Telesystem Network Services of Toledo, Ohio: hosted voice and UCaaS for businesses),
Chat Mobility (the regional wireless carrier of central Iowa and northern Missouri) and
Everstream (Everstream Solutions of Cleveland, an enterprise fibre network of the Midwest).

Modelled on hosted-voice invoices of Telesystem's kind (the pilot number under its label, the
service location under its own; seats and numbers in a three-column grid, each number with its
extension; a DID block by first and last number; help lines in the header band), on regional
wireless statements of Chat Mobility's kind (the account number and the bill date in a header
box, the billing period in another date form, a line summary with each user before the mobile
number, usage detail pages; no service address, no billing number) and on enterprise summary
invoices of Everstream's kind (one invoice for a master account over several accounts; page 1 a
card per account with the location's address and main number under their labels; page 2 the
circuits and numbers by account, with circuit IDs).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import call_detail, mailing_block, notices, page_header, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import REGIONS, person_name, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key


@family("telesystem_hosted", carrier="telesystem", region="NWOH", lines=(3, 9), block=0.4,
        block_size=(5, 12), dialed=6, person_share=0.0,
        account=lambda r, c, b: f"{r.randint(100, 999)}{digits(r, 4)}",
        modelled_on="hosted-voice invoices of Telesystem's kind (Toledo, Ohio): the pilot "
        "number and the service location under their labels, seats and numbers in a "
        "three-column grid each with its extension, a DID block by first and last number, "
        "help lines in the header band",
        accent="#0072BC", font="Helvetica")
def telesystem_hosted(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "dot"))
    s.band(20, 50)
    s.text(44, 50, "TELESYSTEM", 20, bold=True, color=LIGHT)
    with s.roled("help"):
        s.lines(W - 44, 36, [f"{label} {number}" for label, number in d.carrier.help_lines],
                7.5, color=LIGHT, align="right")
    s.text(40, 92, "Invoice", 14, bold=True, color=s.accent)
    rows = (("Account No.", d.printed_account), ("Invoice No.", d.invoice_id[:8]),
            ("Invoice Date", date_text(d.statement_date, "us")),
            ("Due Date", date_text(d.statement_date + timedelta(days=25), "us")))
    for i, (label, value) in enumerate(rows):
        s.text(380, 92 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 92 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 120, 9.5)
    s.text(40, 190, "Service Location", 8, bold=True, color=s.accent)
    s.lines(40, 202, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(300, 190, "Pilot Number", 8, bold=True, color=s.accent)
    s.text(300, 202, phone(d.real_btn, style), 8.5)
    s.mark("btn", d.real_btn)
    s.text(40, 250, "Cloud Voice Seats & Numbers", 11, bold=True, color=s.accent)
    cells = []
    for k, n in enumerate(d.singles()):
        what = "Auto Attendant" if k == 0 else f"x{100 + k * r.randint(1, 3)}"
        cells.append(f"{phone(n, style)}  {what}")
    for i, cell in enumerate(cells):
        s.text(44 + (i % 3) * 178, 268 + (i // 3) * 12, cell, 8)
    y = 268.0 + ((len(cells) + 2) // 3) * 12 + 6
    for f, c in d.ranges:
        last = f[:-4] + f"{int(f[-4:]) + c - 1:04d}"
        s.text(44, y, f"DID Block: {phone(f, style)} through {phone(last, style)} ({c} numbers)",
               8)
        y += 12
    body = [("Cloud Voice Seat - Standard", str(max(1, len(cells) - 1)), money(r, 20, 30)),
            ("Auto Attendant", "1", money(r, 10, 25)),
            ("DID Numbers", str(len(d.numbers)), money(r, 1, 3)),
            ("SIP Trunk Access", "1", money(r, 30, 90)),
            ("E911 Service Fee", str(len(cells)), money(r, 1, 2))]
    y = s.table(40, y + 20, ("Product", "Qty", "Extended"), body, (330, 80, 120), size=8,
                align=("left", "right", "right"))
    total = money(r, 150, 1500)
    for i, label in enumerate(("Recurring", "Taxes & Regulatory Fees", "Amount Due")):
        s.text(360, y + 12 + i * 12, label, 8.5, bold=i == 2)
        s.text(W - 40, y + 12 + i * 12, total if i == 2 else money(r, 5, 900), 8.5,
               bold=i == 2, align="right")
    s.text(40, y + 60, f"{d.carrier.legal} \u00b7 {d.carrier.domain}", 6.5, color=GREY)
    remit_stub(s, d, y=620, account_label="Account No.")


@family("chat_mobility_wireless", carrier="chat_mobility", region="CHAT", lines=(2, 7),
        dialed=12, person_share=0.3, account=lambda r, c, b: f"{digits(r, 7)}-{digits(r, 2)}",
        modelled_on="regional wireless statements of Chat Mobility's kind (central Iowa): "
        "account number and bill date in a header box, the billing period in another date "
        "form, a line summary with each user before the mobile number, usage detail pages, no "
        "service address and no billing number",
        accent="#E4002B", font="DejaVuSans")
def chat_mobility_wireless(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    r = s.rng
    style = r.choice(("paren", "dot"))
    s.image_logo(40, 22, "chat mobility", 24, "#E4002B")
    s.text(40, 62, f"{d.carrier.legal} d/b/a {d.carrier.brand}", 6.5, color=GREY)
    s.box(360, 22, 216, 50, stroke=GREY)
    s.text(368, 36, "Account", 7.5, color=GREY)
    s.text(W - 48, 36, d.printed_account, 9, bold=True, align="right")
    s.text(368, 50, "Bill Date", 7.5, color=GREY)
    s.text(W - 48, 50, date_text(d.statement_date, "dmy"), 9, bold=True, align="right")
    end = d.statement_date - timedelta(days=1)
    start = end - timedelta(days=29)
    s.text(368, 64, f"Billing Period {start:%m/%d/%y} - {end:%m/%d/%y}", 7, align="left")
    mailing_block(s, d, 60, 110, 9.5)
    with s.roled("help"):
        s.text(360, 100, "Need help?", 8.5, bold=True, color=s.accent)
        s.lines(360, 112, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + ["Dial 611 from your Chat phone", d.carrier.domain], 7.5)
    s.text(40, 186, "Line Summary", 11, bold=True, color=s.accent)
    body = []
    for n in d.numbers:
        who = d.name if d.customer.person and n == d.numbers[0] else person_name(r)
        body.append((who, phone(n, style), r.choice(("Unlimited Talk & Text", "Shared 20GB",
                                                    "Hotspot 10GB", "Smartwatch")),
                     money(r, 10, 70)))
    y = s.table(40, 204, ("User", "Mobile Number", "Plan", "Charges"), body,
                (160, 120, 160, 90), size=8, align=("left", "left", "left", "right"))
    total = money(r, 60, 600)
    for i, label in enumerate(("Previous Balance", "Payment Received", "Current Charges",
                               "Total Amount Due")):
        s.text(340, y + 14 + i * 12, label, 8.5, bold=i == 3)
        s.text(W - 40, y + 14 + i * 12, total if i == 3 else money(r, 0, 400), 8.5,
               bold=i == 3, align="right")
    notices(s, d, 40, y + 14, count=1, size=6.5)
    remit_stub(s, d, y=612, account_label="Account")
    call_detail(s, d, 2, r.randint(1, 2), "Usage Details", style, wireless=True, rows=38)


_LOCS = ("Corporate Office", "Data Center", "Plant", "Branch", "Warehouse", "Medical Office")


def _everstream_accounts(d: Draft) -> list[SubAccount]:
    """Two to four accounts under the master account, each a location with its main number."""
    r = d.rng
    assert d.service is not None
    subs = [SubAccount(f"{r.randint(100000, 999999)}", d.real_btn, d.service,
                       tuple(d.numbers))]
    for _ in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        subs.append(SubAccount(f"{r.randint(100000, 999999)}", nums[0],
                               us_address(r, r.choice(REGIONS["EVS"]), 0.5), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"btn": tuple(x.btn for x in subs),
                      "service_address": tuple(x.service for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.update({"multi_account", "multi_site"})
    return subs


@family("everstream_summary", carrier="everstream", region="EVS", lines=(1, 3), block=0.4,
        block_size=(10, 20), dialed=8, person_share=0.0,
        account=lambda r, c, b: f"M-{r.randint(10000, 99999)}",
        modelled_on="enterprise summary invoices of Everstream's kind (Midwest fibre): one "
        "invoice for a master account over several accounts; page 1 a card per account with "
        "the location's address and main number under their labels; page 2 the circuits and "
        "numbers by account with circuit IDs",
        accent="#00338D", font="Helvetica")
def everstream_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    subs = _everstream_accounts(d)
    locs = r.sample(_LOCS, len(subs))
    style = r.choice(("dash", "plain"))
    s.wordmark(40, 46, "everstream", 24, "#00338D")
    s.text(W - 40, 30, "Summary Invoice", 13, bold=True, align="right")
    rows = (("Master Account", d.printed_account), ("Invoice", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "abbr")),
            ("Due Date", date_text(d.statement_date + timedelta(days=45), "us")))
    for i, (label, value) in enumerate(rows):
        s.text(360, 46 + i * 11, label, 7.5, color=GREY)
        s.text(W - 40, 46 + i * 11, value, 8, bold=True, align="right")
    mailing_block(s, d, 60, 112, 9.5)
    s.text(40, 186, "Accounts on this Invoice", 11, bold=True, color=s.accent)
    for k, (x, loc) in enumerate(zip(subs, locs, strict=True)):
        cx, cy = 40 + (k % 2) * 272, 200 + (k // 2) * 118
        s.box(cx - 4, cy, 264, 110, stroke=GREY)
        s.text(cx + 4, cy + 14, f"Account {x.account_number}", 9, bold=True, color=s.accent)
        s.text(cx + 150, cy + 14, loc, 8, color=GREY)
        s.text(cx + 4, cy + 30, "Location Address", 7, bold=True)
        s.lines(cx + 4, cy + 41, address_lines(x.service), 8)
        s.mark("service", address_key(x.service))
        s.text(cx + 150, cy + 30, "Main Number", 7, bold=True)
        s.text(cx + 150, cy + 41, phone(x.btn, style), 8)
        s.mark("btn", x.btn)
        s.text(cx + 4, cy + 98, "Current Charges", 7.5)
        s.text(cx + 252, cy + 98, money(r, 200, 4000), 8, bold=True, align="right")
    y = 200 + ((len(subs) + 1) // 2) * 118 + 10
    s.text(330, y, "Total Amount Due", 9, bold=True)
    s.text(W - 40, y, money(r, 1000, 15000), 9, bold=True, align="right")
    with s.roled("help"):
        s.lines(40, y, [f"{label}: {number}" for label, number in d.carrier.help_lines], 7.5)
    s.text(40, y + 28, f"{d.carrier.legal} \u00b7 {d.carrier.domain}", 6.5, color=GREY)
    remit_stub(s, d, y=624, account_label="Master Account", window=False)
    s.new_page()
    page_header(s, d, 2, 2, account_label="Master Account")
    s.text(40, 90, "Services by Account", 12, bold=True, color=s.accent)
    body = []
    singles = d.singles()
    for x in subs:
        for n in x.numbers:
            if n in singles:
                body.append((x.account_number, f"{digits(r, 2)}/KQXA/{digits(r, 6)}/EVS",
                             f"Voice Line {phone(n, style)}", money(r, 20, 60)))
        body.append((x.account_number, f"{digits(r, 2)}/L1XN/{digits(r, 6)}/EVS",
                     r.choice(("Dedicated Internet 1G", "Ethernet WAN 500M",
                               "Dark Fiber IRU")), money(r, 400, 3000)))
    for f, c in d.ranges:
        last = f[:-4] + f"{int(f[-4:]) + c - 1:04d}"
        body.append((subs[0].account_number, f"{digits(r, 2)}/PRI/{digits(r, 6)}/EVS",
                     f"DID {phone(f, style)}-{last[-4:]}", money(r, 10, 40)))
    s.table(40, 108, ("Account", "Circuit ID", "Service", "Amount"), body,
            (80, 160, 210, 80), size=7.5, align=("left", "left", "left", "right"))
