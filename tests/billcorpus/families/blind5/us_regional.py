"""FIFTH BLIND SPLIT: not for the reader's author (see families/blind5/__init__.py).

Ritter Communications (an Arkansas telephone company and CLEC) and Shentel Business (Shenandoah
Telephone Company, Virginia's Shenandoah Valley: a corporate account over several locations).

Modelled on Ritter Business's "my bill" page (the invoice number and amount due to set up an online
account, paper or web bill, auto draft with a $1 monthly credit through a representative at
888.336.4466, business account representatives at 844.476.3636, payments to Ritter Communications
LLC, Attn: Payment Processing, PO Box 709, Searcy AR) and on rural telephone companies' bill
guides of its kind (the remittance ticket at the top of page 1 with the company's and the
customer's addresses, account number, invoice number, bill date, due date and amount due; the
account summary and a message center along the right side; a service summary; account level
charges; charge details); and on Shentel's business billing (Shenandoah Telephone Company, LLC
d/b/a Glo Fiber Business; monthly recurring charges billed in advance) with the corporate
statement of a multi-location customer: a summary by location name, then each sub-account with
its service location and its numbers.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block
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
from tests.billcorpus.people import us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key, in_range

WHITE = HexColor("#FFFFFF")


def _ticket(s: Sheet, d: Draft, total: str) -> None:
    """The remittance ticket printed first, at the top of page 1, above a tear line."""
    r = s.rng
    due = d.statement_date + timedelta(days=20)
    with s.roled("stub"):
        s.text(40, 36, "REMITTANCE TICKET", 8, bold=True, color=GREY)
        s.text(40, 52, d.carrier.legal, 9, bold=True)
        s.lines(40, 64, list(d.carrier.remit), 8.5)
        rows = (("Account Number", d.printed_account), ("Invoice Number", d.invoice_id),
                ("Bill Date", date_text(d.statement_date, "us")),
                ("Due Date", date_text(due, "us")), ("Amount Due", total))
        for i, (label, value) in enumerate(rows):
            s.text(340, 36 + i * 12, label, 8, bold=True)
            s.text(W - 40, 36 + i * 12, value, 8, align="right")
        s.text(340, 100, "Amount Enclosed", 8, bold=True)
        s.box(476, 91, 100, 12, stroke=GREY)
        mailing_block(s, d, 60, 118, 9)
    with s.roled("scanline"):
        scan = f"{d.printed_account} {d.invoice_id} {digits(r, 9)} {r.randint(0, 9)}"
        s.text(340, 150, scan, 9, font="Courier")
    s.rule(36, 172, W - 36, dash=True)
    s.text(40, 182, "Please detach the top portion and return it with your payment.", 7,
           color=GREY)


@family("ritter_business", carrier="ritter", region="AR", lines=(1, 5), block=0.35,
        block_size=(5, 20), dialed=12, person_share=0.2, account=lambda r, c, b: digits(r, 7),
        modelled_on="ritterbusiness.com my bill (invoice number and amount due for the online "
        "account, web bill, auto draft credit through 888.336.4466, business representatives "
        "844.476.3636, Attn: Payment Processing, PO Box 709, Searcy AR); rural telco bill guide: "
        "remittance ticket first, account summary and message center on the right, service "
        "summary, account level charges, charge details", accent="#7A2531", font="Times-Roman")
def ritter_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "dash"
    detail = r.randint(1, 2)
    total = money(r, 60, 900)
    _ticket(s, d, total)
    s.vector_mark(40, 200, "swoosh", 18, "#7A2531")
    s.text(76, 214, "Ritter Communications", 14, bold=True, color=s.accent)
    s.text(40, 246, "Service Summary", 11, bold=True, color=s.accent)
    s.text(40, 262, "Billing Telephone Number:", 8.5, bold=True)
    s.text(160, 262, phone(d.real_btn, style), 8.5)
    s.mark("btn", d.real_btn)
    s.text(40, 274, "Location of Service:", 8.5, bold=True)
    s.text(160, 274, one_line(d.service, 1), 8)
    s.mark("service", address_key(d.service))
    body = [(phone(n, style), r.choice(("Business Line", "Business Line w/ Hunting", "Fax Line",
                                        "PRI Voice Channel")), money(r, 20, 65))
            for n in d.singles()]
    body += [(did_range(f, c, "through_full", style), f"DID Numbers ({c})", f"${c * 0.75:.2f}")
             for f, c in d.ranges]
    y = s.table(40, 296, ("Telephone Number", "Service", "Amount"), body, (180, 110, 50),
                size=7.5, align=("left", "left", "right"))
    s.text(40, y + 14, "Account Level Charges Summary", 9, bold=True)
    for i, label in enumerate(("Auto Draft Credit", "E-Statement Rebate", "Federal USF",
                               "Subtotal Current Charges")):
        s.text(44, y + 28 + i * 11, label, 8)
        s.text(380, y + 28 + i * 11, money(r, 1, 40), 8, align="right")
    _ritter_side(s, d, total)
    s.text(40, 760, "Late payment penalty: 1.5% of the unpaid balance after the due date.", 7,
           color=GREY)
    s.new_page()
    _ritter_details(s, d, style, 2 + detail)
    call_detail(s, d, 3, detail, "Long Distance Charge Details", style)


def _ritter_side(s: Sheet, d: Draft, total: str) -> None:
    """Account summary and message center along the right side of page 1."""
    r = s.rng
    s.box(400, 236, 176, 110, fill=LIGHT)
    s.text(408, 250, "Account Summary", 9.5, bold=True)
    for i, label in enumerate(("Previous Balance", "Previous Payments", "Adjustments",
                               "Past Due Balance", "Current Charges", "Amount Due")):
        s.text(408, 266 + i * 12, label, 8, bold=label == "Amount Due")
        s.text(568, 266 + i * 12, total if label == "Amount Due" else money(r, 0, 300), 8,
               align="right")
    s.box(400, 356, 176, 150, stroke=s.accent)
    s.text(408, 370, "Message Center", 9.5, bold=True, color=s.accent)
    with s.roled("help"):
        s.lines(408, 386, ["Sign up for auto draft and get a $1", "monthly bill credit: call",
                           "888.336.4466 to claim it."], 7.5)
    help_lines(s, d, 408, 430, 7.5, extra=(d.carrier.domain,))
    s.lines(408, 470, ["Paperless? Choose \"Web Bill Only\"", "in your online account."], 7.5)


def _ritter_details(s: Sheet, d: Draft, style: str, pages: int) -> None:
    r = s.rng
    s.text(40, 40, "Ritter Communications", 11, bold=True, color=s.accent)
    s.text(W - 40, 36, f"Account Number {d.printed_account}", 7.5, align="right")
    s.text(W - 40, 47, f"Page 2 of {pages}", 7.5, align="right")
    s.text(40, 76, "Charge Details", 13, bold=True)
    y = 96.0
    for n in d.singles():
        s.text(40, y, phone(n, style), 9, bold=True)
        for k, item in enumerate(r.sample(("Access Line", "Caller ID", "Voice Mail Box",
                                           "Call Waiting", "Subscriber Line Charge"), 3)):
            s.text(150, y + k * 11, item, 8)
            s.text(W - 40, y + k * 11, money(r, 1, 40), 8, align="right")
        y += 40


def _sub_accounts(d: Draft) -> list[SubAccount]:
    """A corporate account's two to four locations, each a sub-account with its own lines."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    subs = [SubAccount(f"{d.account_number[:6]}-{1:03d}", d.real_btn, d.service,
                       tuple(d.numbers))]
    for k in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        subs.append(SubAccount(f"{d.account_number[:6]}-{k + 2:03d}", nums[0],
                               us_address(r, city, 0.3), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"service_address": tuple(x.service for x in subs),
                      "btn": tuple(x.btn for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.update({"multi_account", "multi_site"})
    return subs


_SITES = ("Main Office", "Warehouse", "Store #2", "Clinic - North", "Branch Office", "Shop")


@family("shentel_summary", carrier="shentel", region="SHEN", lines=(1, 3), block=0.3,
        block_size=(5, 12), dialed=8, person_share=0.0,
        account=lambda r, c, b: f"{digits(r, 6)}-000",
        modelled_on="shentel.com business billing (Shenandoah Telephone Company, LLC d/b/a Glo "
        "Fiber Business, monthly recurring charges in advance); a corporate statement of a "
        "multi-location customer: summary by location name, then each sub-account with its "
        "service location, main billing number and telephone numbers", accent="#E35205",
        font="DejaVuSans")
def shentel_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    subs = _sub_accounts(d)
    pages = 2
    names = r.sample(_SITES, len(subs))
    s.text(40, 50, "Shentel", 24, bold=True, color=s.accent)
    s.text(48 + s.width("Shentel", 24, bold=True), 50, "Business", 12, color=GREY)
    s.box(330, 26, 246, 62, fill=LIGHT)
    for i, (label, value) in enumerate((("Corporate Account", d.printed_account),
                                        ("Statement Date", date_text(d.statement_date, "abbr")),
                                        ("Total Due", money(r, 200, 3000)),
                                        ("Due Upon Receipt", ""))):
        s.text(338, 40 + i * 13, label, 8.5, bold=not value)
        s.text(568, 40 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 120)
    s.text(40, 206, "Summary by Location", 11, bold=True, color=s.accent)
    body = [(x.account_number, site, money(r, 40, 700)) for x, site in zip(subs, names,
                                                                             strict=True)]
    y = s.table(40, 224, ("Sub-Account", "Location Name", "Current Charges"), body,
                (120, 220, 100), size=8.5, align=("left", "left", "right"))
    for i, label in enumerate(("Previous Balance", "Payments", "Current Charges", "Total Due")):
        s.text(44, y + 16 + i * 12, label, 8.5, bold=i == 3)
        s.text(460, y + 16 + i * 12, money(r), 8.5, align="right")
    help_lines(s, d, 40, y + 76, 8, extra=(d.carrier.domain,))
    s.text(40, 600, f"Services provided by {d.carrier.legal} d/b/a Glo Fiber Business.", 7,
           color=GREY)
    _shentel_stub(s, d)
    s.new_page()
    s.text(40, 40, "Shentel Business", 11, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Corporate Account {d.printed_account} · Page 2 of {pages}", 7.5,
           align="right")
    y = 70.0
    for x, site in zip(subs, names, strict=True):
        y = _location(s, d, x, site, y)


def _location(s: Sheet, d: Draft, x: SubAccount, site: str, y: float) -> float:
    """One sub-account: labels above their values, then its numbers and charges."""
    r = s.rng
    s.box(36, y, W - 72, 16, fill=s.accent)
    s.text(44, y + 11, f"{site.upper()}  ·  Sub-Account {x.account_number}", 8.5, bold=True,
           color=WHITE)
    s.text(44, y + 30, "Service Location", 7, bold=True, color=GREY)
    s.lines(44, y + 42, address_lines(x.service), 8.5)
    s.mark("service", address_key(x.service))
    s.text(230, y + 30, "Main Billing Number", 7, bold=True, color=GREY)
    s.text(230, y + 42, phone(x.btn, "paren"), 9, bold=True)
    s.mark("btn", x.btn)
    block = {n for n in x.numbers for f, c in d.ranges if in_range(n, f, c)}
    cells = [phone(n, "paren") for n in x.numbers if n not in block]
    cells += [did_range(f, c, "thru", "paren") for f, c in d.ranges if f in x.numbers]
    s.text(370, y + 30, "Telephone Numbers", 7, bold=True, color=GREY)
    yy = s.lines(370, y + 42, cells, 8.5)
    s.text(W - 40, y + 42, money(r, 40, 700), 8.5, align="right")
    return max(yy, y + 42 + 3 * 11) + 16


def _shentel_stub(s: Sheet, d: Draft) -> None:
    r = s.rng
    with s.roled("stub"):
        s.rule(36, 620, W - 36, dash=True)
        s.text(40, 634, "Return this portion with your payment. Please do not staple.", 7,
               color=GREY)
        s.text(330, 652, "Corporate Account", 8, bold=True)
        s.text(470, 652, d.printed_account, 8)
        s.text(330, 665, "Total Due", 8, bold=True)
        s.text(470, 665, money(r, 200, 3000), 8)
        s.text(60, 656, d.carrier.brand, 8, bold=True)
        s.lines(60, 668, list(d.carrier.remit), 8)
        mailing_block(s, d, 330, 694, 9)
    with s.roled("scanline"):
        s.text(60, 760, f"{digits(r, 3)}{d.printed_account.replace('-', '')}{digits(r, 10)}", 10,
               font="Courier")
