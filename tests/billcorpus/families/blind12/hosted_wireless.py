"""TWELFTH BLIND SPLIT: not for the reader's author (see families/blind12/__init__.py).

Grasshopper (a virtual phone system for small businesses), Bluegrass Cellular (a regional
wireless carrier of central Kentucky) and Nitel (an enterprise network and voice aggregator of
Chicago billing multi-location customers).

Modelled on web invoices of Grasshopper's kind (an Attn line under the company, the numbers in a
table with a block written '... to -0119 (20 numbers)' or '...0100..0119 (20 numbers)', credits
and notices naming numbers that are not the customer's lines: a disconnected number, one ported
away, a toll-free number removed from the plan), on wireless statements of Bluegrass Cellular's
kind (page 1 a cover with the remittance stub only, the account number grouped by spaces, the
account and its lines from page 2 on), and on consolidated invoices of Nitel's kind (one account
over two to four locations, each with its own address, main number and lines; a case is one of
them; the page drawn right column first, so the text layer's order is not the eye's).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import attention_line, mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, money, one_line, phone
from tests.billcorpus.people import REGIONS, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key


def _block_text(first: str, count: int, style: str, how: str) -> str:
    last4 = f"{int(first[-4:]) + count - 1:04d}"
    if how == "to":
        return f"{phone(first, style)} to -{last4} ({count} numbers)"
    return f"{phone(first, style)}..{last4} ({count} numbers)"


@family("grasshopper_invoice", carrier="grasshopper", lines=(1, 3), block=0.5,
        block_size=(5, 20), dialed=6, person_share=0.1,
        account=lambda r, c, b: f"{r.randint(1000000, 9999999)}",
        modelled_on="web invoices of Grasshopper's kind (virtual phone system): an Attn line "
        "under the company, the numbers in a table with a block written '... to -0119 (20 "
        "numbers)' or '...0100..0119 (20 numbers)', credits and notices naming numbers that are "
        "not the customer's lines (a disconnected number, one ported away, a toll-free number "
        "removed from the plan), no service address",
        accent="#2BB24C", font="Helvetica")
def grasshopper_invoice(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service = None  # a virtual phone system bills a company, not a premises
    style = r.choice(("dash", "dot", "paren"))
    how = r.choice(("to", "dots"))
    s.wordmark(40, 46, "grasshopper", 24, "#2BB24C")
    s.text(W - 40, 34, "Invoice", 16, bold=True, align="right")
    facts = (("Invoice #", d.invoice_id), ("Invoice date", date_text(d.statement_date, "abbr")),
             ("Account ID", d.printed_account), ("Billing period",
              f"{date_text(d.statement_date, 'abbr')} \u2013 "
              f"{date_text(d.statement_date + timedelta(days=30), 'abbr')}"))
    for i, (label, value) in enumerate(facts):
        s.text(360, 56 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 56 + i * 12, value, 8.5, bold=True, align="right")
    s.text(40, 96, "Bill to", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 110, 9.5, attn=attention_line(d))
    s.text(40, 196, "Your Grasshopper numbers", 11, bold=True, color=s.accent)
    rows = []
    singles = d.singles()
    for n in singles:
        kind = "Main number" if n == d.real_btn else r.choice(("Additional number", "Fax line"))
        rows.append((phone(n, style), kind, money(r, 10, 30)))
    for first, count in d.ranges:
        rows.append((_block_text(first, count, style, how), "Number block", money(r, 20, 90)))
    y = s.table(40, 214, ("Number", "Type", "Monthly"), rows, (270, 150, 90), size=8.5,
                align=("left", "left", "right"))
    # a "Main number" cell in the table's Type column marks the account's main line, and no
    # label on the page says which number is billed: the page does not prove the BTN, the same
    # class as blind5's net2phone ("Main Number" type cell) and blind8's "Primary" line type
    # (round 8's test_a_rows_type_cell_is_no_caption); decided in round 14 (reader14)
    d.btn = None
    gone, away, free = (d.pool.one(d.customer.npa), d.pool.one(d.customer.npa),
                        d.pool.one(r.choice(("833", "844", "855"))))
    d.help_numbers += [gone, away, free]
    day = d.statement_date - timedelta(days=r.randint(3, 20))
    s.text(40, y + 16, "Credits and notices", 11, bold=True, color=s.accent)
    with s.roled("help"):
        s.lines(40, y + 32, [
            f"Credit: number {phone(gone, style)} disconnected on {date_text(day, 'abbr')} "
            f"(prorated)  -{money(r, 2, 12)}",
            f"Number {phone(away, style)} was ported to another carrier on "
            f"{date_text(day, 'abbr')}; its final charges are included.",
            f"Toll-free number {phone(free, 'one_dash')} removed from your plan  "
            f"-{money(r, 2, 12)}",
            *(f"{label}: {number}" for label, number in d.carrier.help_lines)], 8.5, leading=13)
    y += 110
    for label in ("Plan: Grasshopper Small Business", "Numbers and blocks", "Credits",
                  "Taxes and fees", "Total charged"):
        s.text(40, y, label, 9, bold=label.startswith("Total"))
        s.text(400, y, money(r, 0, 120), 9, align="right", bold=label.startswith("Total"))
        y += 12
    s.text(40, y + 12, f"Charged to Visa ending in {r.randint(1000, 9999)}. "
           f"{d.carrier.legal} \u00b7 {d.carrier.remit[0]}, {d.carrier.remit[1]}", 7,
           color=GREY)


@family("bluegrass_cover", carrier="bluegrass", region="BGC", lines=(1, 5), dialed=8,
        person_share=0.6,
        account=lambda r, c, b: " ".join(f"{r.randint(1000, 9999)}" for _ in range(3)),
        modelled_on="wireless statements of Bluegrass Cellular's kind (central Kentucky): page "
        "1 a cover with the remittance stub only, the account number grouped by spaces, the "
        "account and its lines from page 2 on, mobile numbers printed 270.555.0100",
        accent="#1565C0", font="Helvetica")
def bluegrass_cover(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    style = r.choice(("dot", "paren"))
    due = d.statement_date + timedelta(days=22)
    s.wordmark(40, 60, "Bluegrass Cellular", 26, "#1565C0")
    s.text(40, 140, "Thank you for being a Bluegrass Cellular customer.", 12)
    s.text(40, 170, f"Your statement dated {date_text(d.statement_date, 'long')} is enclosed.",
           10, color=GREY)  # a scan of the cover alone still holds the statement date
    s.box(40, 200, 250, 70, fill=LIGHT, radius=6)
    s.text(52, 222, "Pay online, by phone or with the stub below.", 9, color=GREY)
    s.text(52, 248, "Your account summary starts on page 2.", 11, bold=True)
    with s.roled("help"):
        s.lines(330, 210, [f"{label} {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 9)
    remit_stub(s, d, y=470, account_label="Account Number")
    s.new_page()
    s.text(40, 40, "Bluegrass Cellular", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account {d.printed_account} \u00b7 Page 2 of 2", 8, align="right")
    s.rule(36, 48, W - 36, 0.8, s.accent)
    s.text(40, 76, "Account Summary", 13, bold=True, color=s.accent)
    facts = (("Account name", d.name), ("Account number", d.printed_account),
             ("Bill date", date_text(d.statement_date, "long")),
             ("Bill period", f"{date_text(d.statement_date - timedelta(days=30), 'us')} - "
              f"{date_text(d.statement_date - timedelta(days=1), 'us')}"),
             ("Due date", date_text(due, "long")))
    for i, (label, value) in enumerate(facts):
        s.text(40, 96 + i * 13, label, 8.5, color=GREY)
        s.text(150, 96 + i * 13, value, 9, bold=True)
    body = []
    for n in d.numbers:
        user = r.choice(("", d.name.split()[0] if d.customer.person else "Line"))
        body.append((phone(n, style), user, r.choice(("Unlimited Talk & Text", "Share 10GB",
                                                      "Unlimited Plus")), money(r, 25, 70)))
    y = s.table(40, 190, ("Mobile number", "User", "Plan", "Charges"), body, (130, 120, 180, 90),
                size=8.5, align=("left", "left", "left", "right"))
    for label in ("Plans", "Equipment installments", "Kentucky 911 fee", "Taxes and surcharges",
                  "Total current charges"):
        s.text(40, y + 16, label, 9, bold=label.startswith("Total"))
        s.text(400, y + 16, money(r, 2, 300), 9, align="right", bold=label.startswith("Total"))
        y += 12
    s.text(40, y + 40, d.carrier.legal, 7, color=GREY)


_SITE_NAMES = ("Headquarters", "Warehouse", "Branch Office", "Clinic", "Plant", "Store #2")


def _sites(d: Draft) -> list[SubAccount]:
    """Two to four locations on one account, each with its own main number and lines."""
    r = d.rng
    assert d.service is not None
    subs = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 3)):
        city = r.choice(REGIONS["NTL"])
        nums = tuple(d.pool.one(city[3]) for _ in range(r.randint(1, 3)))
        subs.append(SubAccount(d.printed_account, nums[0], us_address(r, city, 0.5), nums))
    r.shuffle(subs)
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"btn": tuple(x.btn for x in subs),
                      "service_address": tuple(x.service for x in subs)}
    d.traits.update({"multi_site"})
    return subs


@family("nitel_location_summary", carrier="nitel", region="NTL", lines=(1, 3), block=0.35,
        block_size=(5, 15), dialed=8, person_share=0.0,
        account=lambda r, c, b: f"NTL{r.randint(100000, 999999)}",
        modelled_on="consolidated invoices of Nitel's kind (Chicago): one account over two to "
        "four locations, page 1 a summary by location, page 2 each location with its own "
        "address, main number and lines; the page drawn right column first, so the text "
        "layer's order differs from the eye's",
        accent="#37474F", font="Helvetica")
def nitel_location_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    subs = _sites(d)
    names = r.sample(_SITE_NAMES, len(subs))
    style = r.choice(("dash", "paren"))
    # the right column first: the invoice facts are drawn before the logo and the customer
    facts = (("Account Number", d.printed_account), ("Invoice Number", d.invoice_id),
             ("Invoice Date", date_text(d.statement_date, "abbr0")),
             ("Due Date", date_text(d.statement_date + timedelta(days=30), "abbr0")))
    for i, (label, value) in enumerate(reversed(facts)):
        fy = 40 + (len(facts) - 1 - i) * 12
        s.text(W - 40, fy, value, 8.5, bold=True, align="right")
        s.text(380, fy, label, 8, color=GREY)
    mailing_block(s, d, 40, 110, 9.5)
    s.text(40, 96, "Bill To", 8, bold=True, color=s.accent)
    s.wordmark(40, 50, "nitel", 26, "#37474F")
    s.text(40, 190, "Summary by Location", 11, bold=True, color=s.accent)
    y = 208.0
    s.box(38, y - 10, W - 76, 14, fill=LIGHT)
    heads = ((40, "Location"), (140, "Service Address"), (400, "Main Number"), (490, "Charges"))
    for x, head in reversed(heads):
        s.text(x, y, head, 8, bold=True)
    y += 14
    for x_sub, name in zip(subs, names, strict=True):
        s.text(W - 44, y, money(r, 200, 4000), 8, align="right")
        s.text(400, y, phone(x_sub.btn, style), 8)
        s.text(140, y, one_line(x_sub.service, 1), 8)
        s.text(40, y, name, 8)
        s.mark("service", address_key(x_sub.service))
        s.mark("btn", x_sub.btn)
        y += 12
    with s.roled("help"):
        s.lines(40, y + 20, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    s.text(40, y + 46, f"{d.carrier.legal} \u00b7 {d.carrier.domain}", 6.5, color=GREY)
    remit_stub(s, d, y=624, account_label="Account Number", window=False)
    s.new_page()
    s.text(W - 40, 40, f"Account {d.printed_account} \u00b7 Page 2 of 2", 8, align="right")
    s.text(40, 40, "Nitel", 12, bold=True, color=s.accent)
    s.rule(36, 48, W - 36, 0.8, s.accent)
    y = 76.0
    ranges = dict(d.ranges)
    for x_sub, name in zip(subs, names, strict=True):
        rows = []
        for n in x_sub.numbers:
            if not any(n[:-4] == f[:-4] and 0 <= int(n[-4:]) - int(f[-4:]) < c
                       for f, c in ranges.items()):
                rows.append(phone(n, style) + ("  (Main)" if n == x_sub.btn else ""))
        for f, c in ranges.items():
            if f in x_sub.numbers:
                rows.append(f"{phone(f, style)} - {int(f[-4:]) + c - 1:04d} (DID block)")
        # the numbers (right) are drawn before the location and its address (left)
        end = s.lines(330, y + 14, rows, 8.5)
        s.text(330, y, "Numbers", 8, bold=True, color=GREY)
        s.lines(40, y + 14, address_lines(x_sub.service), 8.5)
        s.text(40, y, f"{name} \u2014 Service Address", 8, bold=True, color=s.accent)
        s.mark("service", address_key(x_sub.service))
        y = max(end, y + 14 + 3 * 11) + 16
    s.text(40, y + 10, "Charges by location are itemized on your online portal.", 8, color=GREY)
