"""Open tuning split tune17: Zito Media (rural Pennsylvania cable) and Seaside Communications
(Cape Breton, Nova Scotia), both printed two pages to a landscape sheet.

Zito's four-page statement is printed as a booklet: the first sheet carries page 4 (the back
cover: notices, an offer, the office) on its left and page 1 on its right, the second sheet
pages 2 and 3; a red 'PAST DUE' stamp crosses the amount and the account box; beside the account
a work order number, a ten-digit customer number that reads like a local line and an account
PIN; the service address a mobile-home lot ('Lot 7') or an apartment ('Apt. 3').
Seaside's sheet holds two statements of the same holder side by side, each page shrunk to half
(two accounts: say the home and the shop, each with its own account, address and lines); the
holder trades under another name ('... O/A Harbour Grill'); a notice thanks the customer for
calling from a number that is not on either account; the copy carries the customer's pen: a
circled line, a tick, 'pd' and a date written in the margin.
"""

from __future__ import annotations

from datetime import timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.families.tune17.parts import (
    circle,
    handwriting,
    move_to,
    rename,
    stamp,
    tick,
)
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import REGIONS, ca_address, trade_name
from tests.billcorpus.truth import Draft, SubAccount, address_key

_K = (H / 2) / W  # a portrait letter page shrunk to half a landscape sheet's width


def _half(s: Sheet, right: bool) -> None:
    c = s.c
    c.saveState()
    c.translate(H / 2 if right else 0, (W - H * _K) / 2)
    c.scale(_K, _K)


_PARKS = ("Pine Hollow Estates", "Maple Glen Mobile Home Park", "Cowanesque Village")


def _zito_premises(d: Draft) -> None:
    r = d.rng
    old = d.customer.service
    if r.random() < 0.5:
        line1 = f"{r.randint(10, 4999)} {r.choice(('Route 6', 'Route 49', 'Main St', 'Oak Rd'))}"
        line2 = f"Lot {r.randint(1, 60)}"
        if r.random() < 0.4:
            line1 = f"{r.choice(_PARKS)}, {line1}"
    else:
        line1 = f"{r.randint(10, 999)} {r.choice(('N Main St', 'E 2nd St', 'Water St'))}"
        line2 = f"Apt. {r.randint(1, 12)}"
    move_to(d, Address(line1, line2, old.city, old.state, old.postal_code))


@family("zito_booklet", carrier="zito", region="ZTPA", lines=(1, 3), dialed=6,
        person_share=0.7, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 6)}",
        modelled_on="cable, internet and phone statements of a rural Pennsylvania cable company "
        "of Zito Media's kind, printed as a booklet (page 4 beside page 1 on one landscape "
        "sheet, pages 2 and 3 on the next), with a 'PAST DUE' stamp crossing the amount and the "
        "account box, a work order number, a ten-digit customer number and an account PIN, "
        "the service address a mobile-home lot or an apartment", accent="#E87722",
        font="Helvetica")
def zito_booklet(s: Sheet, d: Draft) -> None:
    r = s.rng
    _zito_premises(d)
    assert d.service is not None
    d.btn = None  # the lines are listed; none is named the billing number
    style = r.choice(("paren", "dash"))
    when = d.statement_date
    customer_no = d.pool.one(d.customer.npa)  # ten digits that read like a local line
    d.help_numbers.append(customer_no)
    s.c.setPageSize((H, W))  # landscape
    # sheet 1, left half: page 4, the back cover
    _half(s, right=False)
    s.text(40, 50, "Zito Media", 16, bold=True, color=s.accent)
    s.text(W - 40, 40, "Page 4 of 4", 9, align="right")
    s.text(40, 90, "Important information", 13, bold=True)
    s.lines(40, 110, [
        "Keeping your phone number? Do not cancel your service before your new",
        "provider confirms the port. Outages: check zitomedia.net/status.",
        "Your local office: 102 S Main St, Coudersport, PA 16915.",
        "Refer a friend and get $25: use code ZM" + digits(r, 8) + ".",
        "Work orders are not invoices; keep your statement for your records.",
    ], 10, leading=14)
    with s.roled("help"):
        s.lines(40, 210, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 10)
    s.c.restoreState()
    # sheet 1, right half: page 1
    _half(s, right=True)
    s.rule(0, 20, 0, 1)
    s.wordmark(40, 52, "Zito Media", 26, "#E87722")
    s.text(W - 40, 40, "Page 1 of 4", 9, align="right")
    facts = (("Account number", d.printed_account),
             ("Statement date", date_text(when, r.choice(("long", "abbr0", "us")))),
             ("Customer no.", customer_no[-10:]),
             ("Account PIN", digits(r, 4)),
             ("Work order", f"WO{digits(r, 7)}"),
             ("Amount due", money(r, 80, 320)))
    s.box(320, 70, 256, 92, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(328, 86 + i * 13, lab, 9)
        s.text(568, 86 + i * 13, value, 9.5, bold=True, align="right")
    mailing_block(s, d, 50, 120, 11)
    s.text(40, 220, "Service address", 11, bold=True, color=s.accent)
    s.lines(40, 236, address_lines(d.service), 10.5)
    s.mark("service", address_key(d.service))
    s.text(40, 300, "Summary", 12, bold=True, color=s.accent)
    y = 318.0
    for lab in ("Previous balance", "Payments", "Past due", "Current charges (page 2)",
                "Taxes and fees (page 3)"):
        s.text(44, y, lab, 10)
        s.text(W - 44, y, money(r, 5, 200), 10, align="right")
        y += 14
    remit_stub(s, d, y=600)
    stamp(s, 390, 170, "PAST DUE", 26, angle=14, sub=f"SINCE {when - timedelta(days=30):%m/%d/%y}")
    s.c.restoreState()
    # sheet 2: pages 2 and 3
    s.new_page()
    s.c.setPageSize((H, W))
    _half(s, right=False)
    s.text(40, 50, "Zito Media", 14, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account {d.printed_account}   Page 2 of 4", 9, align="right")
    s.text(40, 90, "Current charges", 13, bold=True)
    y = 112.0
    for lab in ("Basic Cable", "Internet 100", "Modem lease"):
        s.text(44, y, lab, 10)
        s.text(W - 44, y, money(r, 10, 90), 10, align="right")
        y += 14
    s.text(40, y + 10, "Digital Phone", 11, bold=True, color=s.accent)
    y += 28
    for n in d.numbers:
        s.text(44, y, f"Phone line {phone(n, style)}", 10)
        s.text(W - 44, y, money(r, 20, 40), 10, align="right")
        y += 14
    s.c.restoreState()
    _half(s, right=True)
    s.rule(0, 20, 0, 1)
    s.text(40, 50, "Zito Media", 14, bold=True, color=s.accent)
    s.text(W - 40, 40, "Page 3 of 4", 9, align="right")
    s.text(40, 90, "Taxes, fees and messages", 13, bold=True)
    y = 112.0
    for lab in ("Federal USF", "PA Gross Receipts Tax", "911 fee", "Franchise fee"):
        s.text(44, y, lab, 10)
        s.text(W - 44, y, money(r, 1, 12), 10, align="right")
        y += 14
    s.lines(40, y + 20, [f"Order your next service change by phone; quote work order "
                         f"WO{digits(r, 7)}.",
                         "Returned checks are charged $35."], 9.5, leading=13)
    s.c.restoreState()


def _seaside_accounts(d: Draft) -> list[SubAccount]:
    r = d.rng
    home = SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))  # type: ignore[arg-type]
    where = ca_address(r, r.choice(REGIONS["SSNS"]), False, 0.4)
    nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
    shop = SubAccount(str(int(d.printed_account) + r.randint(11, 9000)), nums[0], where, nums)
    return [home, shop]


@family("seaside_two_statements", carrier="seaside_comm", country="CA", region="SSNS",
        lines=(1, 2), dialed=6, person_share=0.5,
        account=lambda r, c, b: str(r.randint(1000000, 8999999)),
        modelled_on="statements of a Cape Breton cable and phone company of Seaside "
        "Communications' kind, two of the same holder's statements (two accounts) printed side "
        "by side on one landscape sheet, each page shrunk to half; the holder operating under "
        "another name ('O/A'), a notice thanking the customer for calling from a number that is "
        "not on either account, and the customer's pen: a circled line, a tick, 'pd' and a date "
        "in the margin", accent="#0067A5", font="Helvetica")
def seaside_two_statements(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    legal = d.name
    word = r.choice(("O/A", "o/a", "Operating as"))
    rename(d, f"{legal} {word} {trade_name(r)}")
    d.traits.add("dba")
    accounts = _seaside_accounts(d)
    d.sub_accounts = accounts
    d.numbers = [n for x in accounts for n in x.numbers]
    d.alternatives = {"account_number": tuple(x.account_number for x in accounts),
                      "btn": tuple(x.btn for x in accounts),
                      "service_address": tuple(x.service for x in accounts)}
    d.traits.update({"multi_account", "multi_site"})
    caller = d.pool.one(d.customer.npa)
    d.dialed.append(caller)  # the number the customer called from: on neither account
    when = d.statement_date
    style = r.choice(("paren", "dash", "dot"))
    s.c.setPageSize((H, W))
    circled = r.randrange(2)
    for k, acct in enumerate(accounts):
        _half(s, right=k == 1)
        if k:
            s.rule(0, 20, 0, 1)
        s.wordmark(40, 50, "Seaside", 24, "#0067A5")
        s.text(40, 64, "Communications", 9, color=GREY)
        s.text(W - 40, 40, "Page 1 of 1", 9, align="right")
        facts = (("Account Number", acct.account_number),
                 ("Statement Date", date_text(when, "abbr0")),
                 ("Main Telephone Number", phone(acct.btn, style)),
                 ("Amount Due", money(r, 60, 260)))
        s.box(320, 76, 256, 62, fill=LIGHT)
        for i, (lab, value) in enumerate(facts):
            s.text(328, 92 + i * 13, lab, 9)
            s.text(568, 92 + i * 13, value, 9.5, bold=True, align="right")
        s.mark("btn", acct.btn)
        mailing_block(s, d, 50, 152, 11)
        s.text(40, 226, "Service Address", 11, bold=True, color=s.accent)
        s.lines(40, 242, address_lines(acct.service), 10.5)
        s.mark("service", address_key(acct.service))
        y = 304.0
        s.text(40, y, "Your services", 12, bold=True, color=s.accent)
        y += 18
        for j, n in enumerate(acct.numbers):
            s.text(44, y, f"Home Phone {phone(n, style)}", 10)
            s.text(W - 44, y, money(r, 25, 45), 10, align="right")
            if k == circled and j == 0:
                circle(s, 40, y - 10, 170, 13)
            y += 15
        for lab in ("Internet 75", "Basic TV", "HST 14%"):
            s.text(44, y, lab, 10)
            s.text(W - 44, y, money(r, 3, 90), 10, align="right")
            y += 15
        s.text(44, y + 4, "Total", 10.5, bold=True)
        s.text(W - 44, y + 4, money(r, 60, 260), 10.5, bold=True, align="right")
        tick(s, W - 34, y + 6, 12)
        if k == 0:
            s.lines(40, y + 36, [
                f"Thank you for calling us on {date_text(when - timedelta(days=9), 'long')} from "
                f"{phone(caller, 'dash')}.",
                "Your reference for that call is " + digits(r, 8) + ".",
            ], 9, leading=12)
        with s.roled("help"):
            s.lines(40, y + 72, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 9)
        remit_stub(s, d, y=600, account_value=acct.account_number)
        if k == 1:
            handwriting(s, 380, 560, f"pd {(when + timedelta(days=12)):%b %d}", size=18)
        s.c.restoreState()
