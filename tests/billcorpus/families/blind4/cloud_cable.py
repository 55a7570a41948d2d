"""FOURTH BLIND SPLIT: not for the reader's author (see families/blind4/__init__.py).

WOW! Business (cable business voice), Intermedia Unite (UCaaS) and Momentum Telecom (a hosted
voice and toll-free reseller).

Modelled on WOW!'s business statements (an account information column beside the bill, the
services' address on one line, phone numbers and number blocks listed under the phone service),
on Intermedia's knowledge base "Explanation of Charges" (page 1: current charges, one-time
charges such as porting fees, recurring service charges for service numbers, lines and user
licences, hardware, usage, surcharges and fees, taxes; page 2: charges by line of service,
service number and location) and on hosted-voice reseller invoices (remit-to printed above the
customer's address, a service inventory of local and toll-free numbers with where they ring).
"""

from __future__ import annotations

from datetime import timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, notices, remit_stub
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
from tests.billcorpus.people import person_name, us_address
from tests.billcorpus.truth import Draft, address_key


@family("wow_business", carrier="wow", lines=(2, 6), block=0.45, block_size=(5, 15), dialed=8,
        person_share=0.1, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 2)}",
        modelled_on="WOW! Business statement: account information column beside the bill, "
        "services address on one line, business phone numbers and number blocks under the phone "
        "service", accent="#6A1B9A", font="DejaVuSans")
def wow_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    s.box(36, 30, 170, 560, fill=LIGHT)
    s.box(36, 30, 170, 20, fill=s.accent)
    s.text(44, 44, "ACCOUNT INFORMATION", 8, bold=True, color=LIGHT)
    period = (f"{date_text(d.statement_date, 'abbr')} - "
              f"{date_text(d.statement_date + timedelta(days=30), 'abbr')}")
    info = (("Account Number", d.printed_account),
            ("Statement Date", date_text(d.statement_date, "dot")),
            ("Service Period", period), ("Primary Phone", phone(d.real_btn, "paren")),
            ("Customer Since", str(d.statement_date.year - r.randint(1, 12))))
    y = 68.0
    for label, value in info:
        s.text(44, y, label, 7.5, color=GREY)
        s.text(44, y + 12, value, 8.5 if len(value) > 22 else 9.5, bold=True)
        y += 32
    s.mark("btn", d.real_btn)
    s.text(44, y + 6, "Questions? We're here 24/7", 8, bold=True)
    help_lines(s, d, 44, y + 20, 7, extra=(d.carrier.domain,), lead=10)
    s.text(230, 52, "WOW!", 30, bold=True, color=s.accent)
    s.text(238 + s.width("WOW!", 30, bold=True), 52, "Business", 16, color=s.accent)
    mailing_block(s, d, 240, 96, 9.5)
    s.text(230, 176, "Your Bill at a Glance", 12, bold=True, color=s.accent)
    y = 194.0
    for label in ("Previous Balance", "Payment Received", "Internet", "Business Phone",
                  "Taxes, Fees and Surcharges", "Total Due"):
        s.text(236, y, label, 8.5, bold=label == "Total Due")
        s.text(560, y, money(r, 5, 500), 8.5, align="right", bold=label == "Total Due")
        y += 12
    s.text(230, y + 14, f"Services provided at: {one_line(d.service, 1)}", 8)
    s.mark("service", address_key(d.service))
    s.text(230, y + 38, "Business Phone", 11, bold=True, color=s.accent)
    s.text(230, y + 52, "Phone numbers on this account:", 8)
    y += 66
    singles = d.singles()
    for i, n in enumerate(singles):
        s.text(236 + (i % 3) * 110, y + (i // 3) * 12, phone(n, "dash"), 8.5)
    y += ((len(singles) + 2) // 3) * 12
    for first, count in d.ranges:
        style = r.choice(("to", "through_full", "full_dash"))
        s.text(236, y, f"Number block: {did_range(first, count, style, 'dash')} ({count} numbers)",
               8.5)
        y += 12
    s.text(230, y + 14, f"Thank you for choosing WOW! Business. {d.carrier.legal}.", 7, color=GREY)
    remit_stub(s, d, y=610)
    s.new_page()
    s.text(40, 40, "WOW! Business", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account {d.printed_account} · Page 2 of 2", 7.5, align="right")
    s.text(40, 76, "Statement Details", 12, bold=True)
    body = [("Business Internet 500", period, money(r, 60, 160)),
            (f"Business Phone Line ({len(singles)})", period, money(r, 25, 180)),
            *((f"Number block ({c})", period, money(r, 5, 40)) for _, c in d.ranges),
            ("Equipment: eMTA", period, "$0.00")]
    y = s.table(40, 96, ("Service", "Period", "Amount"), body, (240, 200, 70), size=8.5,
                align=("left", "left", "right"))
    notices(s, d, 40, y + 20, count=3)


def _second_site(d: Draft) -> tuple[Address | None, list[str]]:
    """A second office of the same company, with its own numbers (multi-site UCaaS)."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    site = us_address(r, city)
    nums = [d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3))]
    d.numbers.extend(nums)
    d.alternatives["service_address"] = (d.service, site)
    d.traits.add("multi_site")
    return site, nums


@family("intermedia_unite", carrier="intermedia", lines=(2, 7), block=0.2, block_size=(5, 10),
        dialed=6, person_share=0.0, account=lambda r, c, b: digits(r, 7),
        modelled_on="kb.intermedia.net: Explanation of Charges (page 1 current, one-time, "
        "recurring service charges for service numbers, lines and user licences; page 2 charges "
        "by line of service: service number and location)", accent="#1B75BB", font="Helvetica")
def intermedia_unite(s: Sheet, d: Draft) -> None:
    d.btn = None  # user licences and service numbers; none is a billing number
    r = s.rng
    assert d.service is not None
    site, site_numbers = _second_site(d) if r.random() < 0.6 else (None, [])
    s.text(40, 50, "Intermedia", 22, bold=True, color=s.accent)
    s.text(40, 66, "Intermedia Unite · Explanation of Charges", 9, color=GREY)
    for i, (label, value) in enumerate((("Account ID", d.printed_account),
                                        ("Statement Date", date_text(d.statement_date, "dmy")),
                                        ("Transaction ID", d.invoice_id),
                                        ("Billing Day of Month", str(d.statement_date.day)))):
        s.text(360, 40 + i * 12, f"{label}:", 8, bold=True)
        s.text(470, 40 + i * 12, value, 8)
    s.text(40, 100, "Customer", 8, bold=True, color=GREY)
    mailing_block(s, d, 40, 112, 9)
    users = len(d.numbers) + r.randint(0, 4)
    sections = (
        ("Current Charges", [("Adjustments (credits/debits)", "$0.00"),
                             ("Current monthly charges", money(r, 100, 900)),
                             ("Total of this bill", money(r, 100, 900))]),
        ("One-Time Charges", [(f"Number porting fee ({r.randint(1, 4)} numbers)", "$0.00"),
                              ("Shipping", money(r, 8, 30))]),
        ("Recurring Service Charges", [(f"Unite Pro user licence x {users}", money(r, 90, 600)),
                                       (f"Service numbers x {len(d.numbers)}", money(r, 5, 60)),
                                       ("Resource line x 1", "$9.99")]),
        ("Usage Charges", [("Long distance", money(r, 0, 20)),
                           ("Inbound toll-free", money(r, 0, 20))]),
        ("Surcharges and Other Fees", [("Regulatory Cost Recovery Surcharge", money(r, 2, 20)),
                                       ("Emergency Services Surcharge", money(r, 1, 9))]),
        ("Government Taxes and Fees", [("Federal, state and local taxes", money(r, 3, 40))]))
    y = 186.0
    for title, rows in sections:
        s.text(40, y, title, 9.5, bold=True, color=s.accent)
        y = s.table(48, y + 14, ("Description", "Amount"), rows, (380, 90), size=8, shade=False,
                    align=("left", "right")) + 4
    s.text(40, y + 10, "Charges by line of service are on page 2. Paid by credit card on file; "
                       "no payment is required.", 8)
    help_lines(s, d, 40, y + 28, 8, extra=(f"{d.carrier.domain}/support",))
    s.new_page()
    s.text(40, 44, "Intermedia", 12, bold=True, color=s.accent)
    s.text(W - 40, 44, f"Account ID {d.printed_account} · Page 2 of 2", 7.5, align="right")
    s.text(40, 76, "Charges by Line of Service", 12, bold=True)
    main = [n for n in d.numbers if n not in site_numbers]
    y = _location_block(s, d, d.service, main, 96)
    if site is not None:
        _location_block(s, d, site, site_numbers, y + 12)


def _location_block(s: Sheet, d: Draft, where: Address, numbers: list[str], y: float) -> float:
    """One location of the account: its address as the heading, then its lines of service."""
    r = s.rng
    s.text(40, y, f"Location: {one_line(where, 2)}", 9, bold=True)
    s.mark("service", address_key(where))
    rows = []
    for n in numbers:
        ranged = next(((f, c) for f, c in d.ranges if f == n), None)
        if any(n != f and f[:-4] == n[:-4] and 0 < int(n[-4:]) - int(f[-4:]) < c
               for f, c in d.ranges):
            continue
        if ranged:
            last = int(n[-4:]) + ranged[1] - 1
            rows.append((f"{n} - {n[:-4]}{last:04d}", "Service numbers", "", money(r, 2, 20),
                         money(r, 0, 5)))
        else:
            rows.append((n, person_name(r), str(r.randint(100, 399)), money(r, 20, 40),
                         money(r, 1, 6)))
    return s.table(48, y + 16, ("Service Number", "User", "Extension", "Charges",
                                "Taxes & Fees"), rows, (170, 130, 60, 70, 70), size=8,
                   align=("left", "left", "left", "right", "right"))


@family("momentum_telecom", carrier="momentum", lines=(1, 4), block=0.3, block_size=(5, 10),
        dialed=10, person_share=0.0, account=lambda r, c, b: f"C{digits(r, 7)}",
        modelled_on="hosted voice reseller invoice (Momentum Telecom): remit-to above the "
        "customer's address, customer number, main TN, a service inventory of local and "
        "toll-free numbers with where each rings, E911 service location, toll-free call detail",
        accent="#00857C", font="DejaVuCond")
def momentum_telecom(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    free = [d.pool.one(r.choice(("888", "877", "866"))) for _ in range(r.randint(1, 2))]
    d.numbers.extend(free)  # the customer's own toll-free numbers: ported like any other
    style = "one_dash"
    s.text(40, 48, "Momentum Telecom", 18, bold=True, color=s.accent)
    s.text(40, 70, "Remit Payment To:", 7.5, bold=True, color=GREY)
    with s.roled("stub"):
        s.lines(40, 81, [d.carrier.legal, *d.carrier.remit], 8)
    mailing_block(s, d, 40, 128, 9.5)
    rows = (("Customer Number", d.printed_account), ("Invoice Number", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "iso")),
            ("Payment Due", date_text(d.statement_date + timedelta(days=30), "iso")),
            ("Main TN", phone(d.real_btn, style)))
    y = 40
    for label, value in rows:
        s.text(360, y, label, 8.5, color=GREY)
        s.text(W - 40, y, value, 8.5, bold=True, align="right")
        y += 13
    s.mark("btn", d.real_btn)
    s.box(340, 116, 236, 58, stroke=GREY)
    s.text(348, 130, "E911 Service Location", 8, bold=True)
    s.lines(348, 143, address_lines(d.service, unit_on_line1=True), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 206, "Service Inventory", 11, bold=True, color=s.accent)
    body = [(phone(n, style), "Hosted Seat" if i else "Main Line", "Desk phone", "")
            for i, n in enumerate(d.singles()) if n not in free]
    body += [(did_range(f, c, "full_dash", style), f"DID Range ({c})", "Auto Attendant", "")
             for f, c in d.ranges]
    body += [(phone(n, style), "Toll-Free", f"Rings to {phone(d.real_btn, style)}",
              f"RespOrg MTC{r.randint(10, 99)}") for n in free]
    y = s.table(40, 224, ("Telephone Number", "Type", "Routing", "Notes"), body,
                (170, 110, 150, 100), size=8)
    s.text(40, y + 14, "Invoice Summary", 10, bold=True)
    for i, label in enumerate(("Previous Balance", "Payments Applied", "Monthly Recurring",
                               "Toll-Free Usage", "Taxes & Surcharges", "Amount Due")):
        s.text(44, y + 28 + i * 12, label, 8.5, bold=label == "Amount Due")
        s.text(280, y + 28 + i * 12, money(r), 8.5, align="right")
    help_lines(s, d, 340, y + 28, 8, extra=(d.carrier.domain,))
    remit_stub(s, d, y=620, account_label="Customer Number")
    call_detail(s, d, 2, 1, "Toll-Free Inbound and Long Distance Detail", style, rows=40)
