"""THIRD BLIND SPLIT, now open for tuning (see families/blind3/__init__.py).

TPx (a consolidated invoice over several accounts) and Teliax (a wholesale SIP statement).

Modelled on TPx's "About Your Bill" (service billed a month in advance, Customer Care
877-487-8722) and its billing summary (invoice summary, services and features by account,
reports of frequently called numbers), and on Teliax's statement guide (bill to / pay to,
statement number, date, ending balance, service interval, plan utilisation with phone numbers
as recurring charges, call detail records).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, money, one_line, phone
from tests.billcorpus.people import us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key, in_range

_TPX_SERVICES = ("UCx Seat", "SmartVoice Line", "Analog Line", "Fax to Email", "Auto Attendant")


def _accounts(d: Draft) -> list[SubAccount]:
    """Two to four accounts of one customer, each at its own location with its own main TN."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    base = digits(r, 7)
    subs = [SubAccount(f"{base}-01", d.real_btn, d.service, tuple(d.numbers))]
    for k in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        subs.append(SubAccount(f"{base}-{k + 2:02d}", nums[0], us_address(r, city), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"service_address": tuple(x.service for x in subs),
                      "btn": tuple(x.btn for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.update({"multi_account", "multi_site"})
    return subs


def _footer(s: Sheet, d: Draft, page: int, pages: int) -> None:
    with s.roled("help"):
        s.text(40, 770, f"Customer Care {d.carrier.help_lines[0][1]}  ·  {d.carrier.domain}", 7,
               color=GREY)
    s.text(W - 40, 770, f"Page {page} of {pages}", 7, color=GREY, align="right")


@family("tpx_summary", carrier="tpx", lines=(1, 3), block=0.35, block_size=(5, 20), dialed=12,
        person_share=0.0, account=lambda r, c, b: f"M{digits(r, 8)}",
        modelled_on="tpx.com support: about your bill and the billing summary (invoice summary, "
        "services and features by account, frequently called numbers), several accounts on one "
        "consolidated invoice", accent="#00A3AD", font="DejaVuSans")
def tpx_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "paren"
    subs = _accounts(d)
    pages = 1 + len(subs)
    s.text(40, 54, "TPx", 28, bold=True, color=s.accent)
    s.text(104, 54, "Consolidated Invoice", 12, color=GREY)
    rows = (("Master Account", d.printed_account), ("Invoice Number", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "long")),
            ("Due Date", date_text(d.statement_date + timedelta(days=25), "long")))
    for i, (label, value) in enumerate(rows):
        s.text(350, 36 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 36 + i * 12, value, 8, align="right")
    mailing_block(s, d, 60, 104)
    s.text(40, 196, "Accounts on this Invoice", 11, bold=True, color=s.accent)
    body = [(x.account_number, one_line(x.service, 3), phone(x.btn, style), money(r, 40, 600))
            for x in subs]
    y = s.table(40, 214, ("Account", "Location", "Main TN", "Current Charges"), body,
                (82, 268, 90, 72), size=7.5, align=("left", "left", "left", "right"))
    for x in subs:
        s.mark("service", address_key(x.service))
        s.mark("btn", x.btn)
    s.text(40, y + 16, "Invoice Summary", 10, bold=True)
    for i, label in enumerate(("Previous Balance", "Payments", "Monthly Recurring Charges",
                               "Usage", "Taxes, Fees and Surcharges", "Total Amount Due")):
        s.text(40, y + 30 + i * 12, label, 8.5, bold=i == 5)
        s.text(270, y + 30 + i * 12, money(r), 8.5, align="right", bold=i == 5)
    s.box(320, y + 6, 256, 92, fill=LIGHT)
    s.text(330, y + 20, "Frequently Called Numbers", 9, bold=True)
    for i, n in enumerate(d.dialed[:5]):
        s.text(330, y + 34 + i * 11, phone(n, style), 8)
        s.text(566, y + 34 + i * 11, f"{r.randint(8, 90)} calls", 8, align="right")
    s.text(40, y + 112, "Services are billed one month in advance; usage is billed for the "
                        "previous month.", 7.5, color=GREY)
    remit_stub(s, d, y=600, account_label="Master Account")
    _footer(s, d, 1, pages)
    for k, x in enumerate(subs):
        s.new_page()
        _account_page(s, d, x, k == 0, style)
        _footer(s, d, k + 2, pages)


def _account_page(s: Sheet, d: Draft, x: SubAccount, first: bool, style: str) -> None:
    r = s.rng
    s.text(40, 44, "TPx", 14, bold=True, color=s.accent)
    s.text(W - 40, 44, f"Master Account {d.printed_account}", 7.5, align="right")
    s.text(40, 76, f"Account {x.account_number}", 12, bold=True)
    s.text(40, 92, f"Location: {one_line(x.service, 1)}", 9)
    s.mark("service", address_key(x.service))
    s.text(40, 106, f"Main TN: {phone(x.btn, style)}", 9)
    s.mark("btn", x.btn)
    block = {n for n in x.numbers for f, c in d.ranges if in_range(n, f, c)}
    body = [(phone(n, style), r.choice(_TPX_SERVICES), "1", money(r, 15, 60))
            for n in x.numbers if n not in block]
    y = s.table(40, 128, ("Telephone Number", "Service / Feature", "Qty", "Amount"), body,
                (120, 220, 40, 80), size=8, align=("left", "left", "right", "right"))
    if first and d.ranges:
        rows = []
        for f, c in d.ranges:
            last = f[:-4] + f"{int(f[-4:]) + c - 1:04d}"
            rows.append((phone(f, style), phone(last, style), str(c), money(r, 10, 80)))
        s.text(40, y + 14, "DID Number Blocks", 9, bold=True)
        s.table(40, y + 30, ("From TN", "To TN", "Qty", "Amount"), rows, (120, 120, 40, 80),
                size=8, align=("left", "left", "right", "right"))


@family("teliax_sip", carrier="teliax", lines=(2, 6), block=0.6, block_size=(8, 24),
        dialed=16, person_share=0.0, account=lambda r, c, b: f"TX-{digits(r, 6)}",
        modelled_on="teliax.github.io Ivy user guide, statements: bill to / pay to, statement "
        "number, date, ending balance, service interval, plan utilisation (phone numbers as "
        "recurring charges), call detail records", accent="#1F6FB2", font="Courier")
def teliax_sip(s: Sheet, d: Draft) -> None:
    d.btn = None  # a trunk statement names no billing number
    r = s.rng
    assert d.service is not None
    s.wordmark(40, 56, "teliax", 26, "#1F6FB2")
    s.text(W - 40, 50, "STATEMENT", 16, bold=True, align="right")
    start = d.statement_date - timedelta(days=30)
    heads = ("Statement Number", "Date", "Ending Balance", "Service Interval")
    s.table(170, 84, heads, [(d.invoice_id, date_text(d.statement_date, "iso"), money(r),
                              f"{start.isoformat()} - {d.statement_date.isoformat()}")],
            (100, 70, 80, 150), size=7, shade=False)
    s.text(40, 126, "Bill To", 9, bold=True)
    s.text(40, 138, f"Account {d.printed_account}", 8)
    mailing_block(s, d, 40, 152, 8.5)
    s.text(330, 126, "Pay To", 9, bold=True)
    s.lines(330, 138, [d.carrier.legal, *d.carrier.remit], 8)
    help_lines(s, d, 330, 174, 8, extra=(f"billing@{d.carrier.domain}",))
    s.text(40, 226, "Registered E911 Address", 8, color=GREY)
    s.text(40, 238, one_line(d.service, 2), 8.5)
    s.mark("service", address_key(d.service))
    body = [("SIP Channel", str(r.randint(4, 40)), str(r.randint(4, 40)), money(r, 20, 400)),
            ("Interstate Call", f"{r.randint(100, 9000)} min", "0", money(r, 5, 90)),
            ("Intrastate Call", f"{r.randint(100, 9000)} min", "0", money(r, 5, 90)),
            ("Phone Number (DID)", str(len(d.numbers)), "0", money(r, 5, 60))]
    body += [(f"DID Block {f[-11:]}-{f[-11:-4]}{int(f[-4:]) + c - 1:04d} ({c})", str(c), "0",
              money(r, 10, 80)) for f, c in d.ranges]
    y = s.table(40, 266, ("Plan Item", "Usage", "Included", "Recurring Charge"), body,
                (250, 90, 70, 100), size=7.5, align=("left", "right", "right", "right"))
    y = _did_grid(s, d, y + 14)
    s.text(40, y + 14, "Top Terminating Numbers", 9, bold=True)
    for i, n in enumerate(d.dialed[:4]):
        s.text(40 + (i % 2) * 250, y + 28 + (i // 2) * 11, f"{phone(n, 'plain')}  "
               f"{r.randint(20, 400)} min", 8)
    call_detail(s, d, 2, r.randint(2, 3), "Call Detail Records", "plain", rows=50)


def _did_grid(s: Sheet, d: Draft, y: float) -> float:
    """The DIDs not in a block, by exchange: 'NPA-NXX' then the last four digits in columns."""
    singles = d.singles()
    s.text(40, y, "DID Inventory", 9, bold=True)
    s.text(40, y + 14, "NPA-NXX", 7.5, bold=True)
    y += 26
    by_exchange: dict[str, list[str]] = {}
    for n in singles:
        by_exchange.setdefault(n[2:8], []).append(n)
    for exchange, nums in sorted(by_exchange.items()):
        nums.sort()
        for row in range(0, len(nums), 8):
            s.text(40, y, f"{exchange[:3]}-{exchange[3:]}", 8)
            for i, n in enumerate(nums[row:row + 8]):
                s.text(100 + i * 52, y, n[-4:], 8)
                s.mark("number", n)
            y += 11
    return y
