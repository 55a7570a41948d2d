"""FIFTEENTH BLIND SPLIT: not for the reader's author (see families/blind15/__init__.py).

Whidbey Telecom (an independent telephone company on Whidbey Island, Washington), Alpine
Communications (a rural telephone company of northeast Iowa) and Pinpoint Communications (a rural
telephone company of southwest Nebraska).

Modelled on Whidbey Telecom's statements (a move printed as 'Service moved from ... on ...' with
the previous and the new service address both shown, a registered 911 location beside the service
address, a template's sample values and an overprinted old mailing address left in the text layer
under white boxes), on Alpine's statements as a customer downloads them from the portal (three
months in one PDF, the newest first; the oldest still under a former account name, a mailing
address since changed and a line since removed; each with a bar code over a line running the
account, the amount and the due date together) and on Pinpoint's business statements (mailed to
the party that pays them: a property manager or a parent company's accounts payable, the account
holder under 'Service for' in a narrow table where a long name wraps over two or three lines and
the address breaks mid-street; the authorized contacts listed).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from reportlab.lib.colors import HexColor

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind15.parts import barcode, bill_to, covered, outside
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, csz, date_text, digits, money, phone
from tests.billcorpus.people import REGIONS, business_name, person_name, us_address
from tests.billcorpus.truth import Draft, address_key


@family("whidbey_moved", carrier="whidbey", region="WHD", lines=(1, 3), dialed=0,
        person_share=0.6, account=lambda r, c, b: f"{r.randint(10, 99)}-{digits(r, 5)}",
        modelled_on="Whidbey Telecom statements (Langley, Washington): a move printed as "
        "'Service moved from ... on ...' with the previous and the new service address both "
        "shown, a registered 911 location beside the service address, a template's sample "
        "values and an overprinted old mailing address left in the text layer under white boxes",
        accent="#00607A", font="Helvetica")
def whidbey_moved(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None and d.billing is not None
    old = us_address(r, r.choice(REGIONS["WHD"]), 0.2)
    moved = d.statement_date - timedelta(days=r.randint(8, 25))
    s.wordmark(40, 50, "Whidbey Telecom", 20, "#00607A")
    s.text(40, 64, "Whidbey Telephone Company \u00b7 Langley, Washington", 7.5, color=GREY)
    # the template's sample block, blanked by the billing system (text layer only)
    sample = d.pool.one(d.customer.npa)
    covered(s, 330, 40, ["JOHN Q SAMPLE", "123 ANY STREET", "ANYTOWN WA 98000",
                         phone(sample, "paren")], 7)
    facts = (("Account Number", d.printed_account),
             ("Statement Date", date_text(d.statement_date, "long")),
             ("Billing Telephone Number", phone(d.real_btn, "paren")),
             ("Amount Due", money(r, 40, 260)),
             ("Due Date", date_text(d.statement_date + timedelta(days=20), "long")))
    for i, (label, value) in enumerate(facts):
        s.text(330, 96 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 96 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 110)
    s.band(176, 16, LIGHT)
    s.text(44, 187, "Your Service Location", 9.5, bold=True, color=s.accent)
    s.text(44, 208, "Service address", 8, color=GREY)
    s.lines(150, 208, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(330, 208, "Registered 911 location", 8, color=GREY)
    s.lines(440, 208, address_lines(d.service), 8)
    box = 256.0
    s.box(40, box, W - 80, 30, fill=HexColor("#FFF8E1"))
    s.text(50, box + 12, f"Service moved from {old.line1}, {old.city} on "
           f"{date_text(moved, 'us')}.", 8.5, bold=True)
    s.text(50, box + 24, f"Previous service address: {', '.join(address_lines(old))} "
           "(final charges below)", 8)
    rows = []
    for k, n in enumerate(d.numbers):
        what = "Residence line" if d.customer.person else "Business line"
        rows.append((phone(n, "paren"), what + (" (billing number)" if k == 0 else ""),
                     money(r, 18, 45)))
    y = s.table(44, box + 56, ("Telephone Number", "Service", "Monthly"), rows,
                (130, 300, 90), size=8.5, align=("left", "left", "right"))
    for label in ("Move order: connect at new location", "Final partial month, previous "
                  "address", "Federal Universal Service Fund", "WA 911 tax", "Total"):
        s.text(60, y + 8, label, 8.5, bold=label == "Total")
        s.text(W - 44, y + 8, money(r, 1, 90), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 22, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    # the old mailing address the system overprinted, still in the text layer under a box
    covered(s, 330, y + 22, [d.name, *address_lines(old)], 7)
    remit_stub(s, d, y=630, account_label="Account Number")


@family("alpine_three_months", carrier="alpine_ia", region="ALP", lines=(1, 3), dialed=0,
        person_share=0.6, account=lambda r, c, b: f"{digits(r, 6)}-{r.randint(1, 9)}",
        modelled_on="Alpine Communications statements (Elkader, Iowa) as downloaded from the "
        "portal: three months in one PDF, the newest first, the oldest still under a former "
        "account name, a mailing address since changed and a line since removed; each month "
        "with a bar code over a line running the account, the amount and the due date together",
        accent="#2E6B30", font="Helvetica")
def alpine_three_months(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None and d.billing is not None
    former = person_name(r) if d.customer.person else business_name(r, "US", False)
    old_mail = us_address(r, r.choice(REGIONS["ALP"]), 0.2)
    removed = outside(d)
    months = [(0, d.name, d.billing, d.numbers), (1, d.name, d.billing, [*d.numbers, removed]),
              (2, former, old_mail, [*d.numbers, removed])]
    for k, (back, name, mail, numbers) in enumerate(months):
        if k:
            s.new_page()
        _alpine_month(s, d, d.statement_date - timedelta(days=30 * back), name, mail,
                      numbers, first=k == 0)


def _alpine_month(s: Sheet, d: Draft, day: date, name: str, mail: Address,
                  numbers: list[str], first: bool) -> None:
    assert d.service is not None
    r = s.rng
    s.wordmark(40, 50, "Alpine", 24, "#2E6B30")
    s.text(40, 64, "Alpine Communications", 9, bold=True)
    s.text(W - 40, 40, "Page 1 of 1", 7, align="right")
    s.text(W - 40, 56, "MONTHLY STATEMENT", 12, bold=True, align="right")
    due = day + timedelta(days=20)
    amount = money(r, 45, 220)
    facts = (("Account", d.printed_account), ("Billing Number", phone(d.real_btn, "dash")),
             ("Bill Date", date_text(day, "us")), ("Due Date", date_text(due, "us")),
             ("Amount Due", amount))
    for i, (label, value) in enumerate(facts):
        s.text(360, 76 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 76 + i * 12, value, 8.5, bold=True, align="right")
    with s.roled("mailing"):
        s.lines(60, 100, [name, *address_lines(mail)], 9.5)
    s.text(44, 170, "Service Address", 8, bold=True, color=s.accent)
    s.text(44, 182, ", ".join(address_lines(d.service)), 9)
    if first:
        s.mark("service", address_key(d.service))
        s.mark("btn", d.real_btn)
    rows = [(phone(n, "dash"), "Local Access Line", money(r, 15, 40)) for n in numbers]
    y = s.table(44, 210, ("Number", "Description", "Charge"), rows, (120, 300, 100), size=8.5,
                align=("left", "left", "right"))
    for label in ("Internet 100 Mbps", "Access Recovery Charge", "Iowa Sales Tax",
                  "Current Charges"):
        s.text(60, y + 8, label, 8.5)
        s.text(W - 44, y + 8, money(r, 1, 80), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 24, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    stub = 600.0
    s.rule(36, stub, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, stub + 20, d.carrier.legal, 8, bold=True)
        s.lines(60, stub + 32, list(d.carrier.remit), 8)
        s.text(330, stub + 20, f"Account {d.printed_account}", 8)
        s.text(330, stub + 32, f"Amount Due {amount}", 8)
        s.lines(330, stub + 56, [name, *address_lines(mail)], 8.5)
    account = "".join(c for c in d.printed_account if c.isdigit())
    line = f"{account}{''.join(c for c in amount if c.isdigit()).rjust(8, '0')}{due:%m%d%y}"
    barcode(s, 60, stub + 110, line[:14], 24)
    with s.roled("scanline"):
        s.text(60, stub + 150, line, 10, font="Courier")


_PAYERS = ("Prairie Land Property Management", "High Plains Holdings, Inc. Accounts Payable",
           "Republican Valley Management Co.", "Frenchman Valley Cooperative AP Dept",
           "Sandhills Realty Group")
_LONG = ("Southwest Nebraska Veterinary Clinic of Cambridge P.C.",
         "Medicine Creek Lodge and Campground Association",
         "Harlan County Grain & Agronomy Services, LLC",
         "Furnas County Community Development Foundation",
         "Red Willow Valley Family Dental Associates")


def _wrap(s: Sheet, text: str, width: float, size: float) -> list[str]:
    out: list[str] = []
    for word in text.split():
        if out and s.width(f"{out[-1]} {word}", size) <= width:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


@family("pinpoint_paid_by", carrier="pinpoint", region="PPT", lines=(2, 4), dialed=0,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 2)}",
        modelled_on="Pinpoint Communications business statements (Cambridge, Nebraska), mailed "
        "to the party that pays them (a property manager or a parent company's accounts "
        "payable), the account holder under 'Service for' in a narrow table where a long name "
        "wraps over two or three lines and the address breaks mid-street, the authorized "
        "contacts listed",
        accent="#B3282D", font="Helvetica")
def pinpoint_paid_by(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.name = r.choice(_LONG)
    d.customer = replace(d.customer, name=d.name)
    payer = r.choice(_PAYERS)
    pay_city = r.choice((("McCook", "NE", "690", "308"), ("Kearney", "NE", "688", "308"),
                         ("North Platte", "NE", "691", "308")))
    pay_addr = us_address(r, pay_city, 0.4)
    bill_to(d, pay_addr)
    s.wordmark(40, 50, "Pinpoint", 24, "#B3282D")
    s.text(40, 64, "Pinpoint Communications", 9, bold=True)
    s.text(W - 40, 44, "BUSINESS STATEMENT", 12, bold=True, align="right")
    s.text(W - 40, 58, date_text(d.statement_date, "abbr"), 9, align="right")
    s.text(60, 96, "Invoice to:", 7.5, color=GREY)
    mailing_block(s, d, 60, 108, 9.5, name_lines=[payer, "Attn: Accounts Payable"])
    s.text(360, 96, "Amount Due", 8, color=GREY)
    s.text(W - 40, 96, money(r, 150, 900), 10, bold=True, align="right")
    s.text(360, 110, "Paid by", 8, color=GREY)
    s.text(W - 40, 110, payer, 7.5, align="right")
    # the narrow 'Service for' table
    top = 186.0
    s.band(top - 12, 16, LIGHT)
    widths = (96, 110, 82, 92, 120)
    heads = ("Service for", "Service address", "Account", "Main number", "Authorized contacts")
    x = 44.0
    for head, w in zip(heads, widths, strict=True):
        s.text(x, top, head, 7.5, bold=True)
        x += w
    size = 8.0
    name_rows = _wrap(s, d.name, widths[0] - 6, size)
    street = f"{d.service.line1} {d.service.line2}".strip()
    addr_rows = [*_wrap(s, street, widths[1] - 6, size), csz(d.service)]
    contacts = [f"{person_name(r)} ({r.choice(('Owner', 'Office Mgr', 'Treasurer'))})"
                for _ in range(2)]
    y0 = top + 16
    s.lines(44, y0, name_rows, size)
    s.lines(44 + widths[0], y0, addr_rows, size)
    s.mark("service", address_key(d.service))
    s.text(44 + sum(widths[:2]), y0, d.printed_account, size)
    btn = phone(d.real_btn, "paren")
    s.lines(44 + sum(widths[:3]), y0, [btn[:5], btn[6:]], size)
    s.mark("btn", d.real_btn)
    s.mark("number", d.real_btn)
    s.lines(44 + sum(widths[:4]), y0, contacts, 7.5)
    y = y0 + 13 * max(len(name_rows), len(addr_rows), 2) + 16
    rows = [(phone(n, "dash"), r.choice(("Business line", "Fax line", "Hunting line")),
             money(r, 25, 60)) for n in d.numbers]
    y = s.table(44, y, ("Telephone number", "Service", "Charge"), rows, (130, 280, 100),
                size=8.5, align=("left", "left", "right"))
    with s.roled("help"):
        s.lines(40, y + 24, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    remit_stub(s, d, y=640, account_label="Account", window=False)
