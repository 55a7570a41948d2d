"""Open tuning split tune11: Hamilton Telecommunications (Aurora, Nebraska), Otelco (telephone
companies of Maine and New England) and Service Electric Cablevision (Pennsylvania's Lehigh
Valley and Sunbury).

Modelled on Hamilton's statements (page 1 the account facts and the summary, page 2 a header
band that repeats the customer, the account and the date in another form, then the service
location and each line counted, DID blocks as '402-555-0100/0119'), on Otelco's (the
customer's authorised agent, with the agent's own address and telephone number, printed beside
the customer's window; the legal name written out, 'Incorporated') and on Service Electric's
(abbreviated captions in capitals, 'ACCT NBR', 'SVC ADR', 'PRIM PH', dates '03-MAR-25', the
customer's facts in a right-hand column and the services in the left).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import (
    attention_line,
    call_detail,
    mailing_block,
    notices,
    remit_stub,
)
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
from tests.billcorpus.people import REGIONS, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key, upper_address

_AGENTS = (
    ("Pine Tree Business Systems", "48 Lisbon Street", "Lewiston, ME 04240", "207-786-4410"),
    ("Casco Bay Telecom Partners", "120 Exchange Street", "Portland, ME 04101", "207-874-2230"),
    ("Kennebec Office Solutions", "7 Water Street", "Augusta, ME 04330", "207-623-8815"),
)


@family("hamilton_repeat", carrier="hamilton", region="AUR", lines=(1, 4), block=0.5,
        block_size=(8, 20), dialed=10, person_share=0.15,
        account=lambda r, c, b: f"{digits(r, 6)}",
        modelled_on="independent telephone company statements of Hamilton's kind (Aurora, "
        "NE): page 1 the account facts ('Acct', 'Stmt', 'Billing No.') with an Attn line in "
        "the window and the summary; page 2 a header band repeating the customer, the account "
        "and the date in another form, the service location, each line 'Line 1 of 3', DID "
        "blocks written '402-555-0100/0119'", accent="#004B87", font="DejaVuSans")
def hamilton_repeat(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "paren"))
    s.wordmark(40, 44, "Hamilton", 24, "#004B87")
    s.text(40, 58, "Telecommunications", 9, color=GREY)
    for i, (label, value) in enumerate((("Acct:", d.printed_account),
                                        ("Stmt:", date_text(d.statement_date, "us2")),
                                        ("Billing No.:", phone(d.real_btn, style)))):
        s.text(400, 36 + i * 13, label, 8, color=GREY)
        s.text(470, 36 + i * 13, value, 9, bold=True)
    s.mark("btn", d.real_btn)
    attn = attention_line(d) if not d.customer.person else ""
    mailing_block(s, d, 60, 120, 9.5, attn=attn)
    s.box(330, 110, 246, 78, fill=LIGHT)
    s.text(340, 126, "Account Summary", 9, bold=True)
    for i, label in enumerate(("Previous Balance", "Payment Received", "Current Charges",
                               "Total Due")):
        s.text(340, 140 + i * 11, label, 8, bold=label.startswith("Total"))
        s.text(568, 140 + i * 11, money(r, 0, 500), 8, align="right")
    notices(s, d, 40, 230, count=3, size=7)
    with s.roled("help"):
        s.lines(40, 300, [f"{lab}: {num}" for lab, num in d.carrier.help_lines], 7.5)
    remit_stub(s, d, y=622, account_label="Acct")
    pages = 2 + (1 if r.random() < 0.4 else 0)
    s.new_page()
    s.band(30, 24)
    s.text(44, 46, f"{d.name}   \u2022   Account {d.printed_account}   \u2022   "
                   f"{date_text(d.statement_date, 'long')}", 8.5, color=LIGHT)
    s.text(W - 44, 46, f"Pg 2/{pages}", 8, color=LIGHT, align="right")
    s.text(40, 84, "Service Location", 8, color=GREY)
    y = s.lines(40, 96, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, y + 14, "LOCAL SERVICE", 10, bold=True, color=s.accent)
    y += 32
    singles = d.singles()
    for k, n in enumerate(singles):
        s.text(44, y, f"Line {k + 1} of {len(singles)}", 8, bold=True)
        s.text(130, y, phone(n, style), 8.5)
        s.text(260, y, "Business Line" if k else "Business Line (billing)", 8)
        s.text(W - 44, y, money(r, 20, 40), 8, align="right")
        y += 12
    for f, c in d.ranges:
        s.text(44, y, f"DID Block ({c})", 8, bold=True)
        s.text(130, y, did_range(f, c, "slash", style), 8.5)
        s.text(W - 44, y, money(r, 5, 30), 8, align="right")
        y += 12
    for label in ("Subscriber Line Charge", "NE Universal Service", "911 Surcharge"):
        s.text(44, y + 4, label, 8)
        s.text(W - 44, y + 4, money(r, 0, 12), 8, align="right")
        y += 11
    if pages == 3:
        call_detail(s, d, 3, 1, "Long Distance Calls", style)


@family("otelco_agent", carrier="otelco", region="MAINE", lines=(1, 5), dialed=8,
        person_share=0.1, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 2)}",
        modelled_on="telephone company statements of Otelco's kind (Maine): the customer's "
        "authorised agent with its own address and telephone number boxed beside the window, "
        "'Incorporated' written out in the account name, 'Acct. No.' and 'Main Tel' top right, "
        "the service address under its caption, dates like 'Mar. 3, 2025'",
        accent="#0A6E5C", font="Helvetica")
def otelco_agent(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    for short in (" Inc.", " Inc"):
        if d.name.endswith(short):
            d.name = d.name[: -len(short)] + " Incorporated"
            break
    style = r.choice(("dash", "dot"))
    s.wordmark(40, 46, "OTELCO", 24, "#0A6E5C")
    s.text(40, 60, d.carrier.legal, 7.5, color=GREY)
    for i, (label, value) in enumerate((("Acct. No.", d.printed_account),
                                        ("Bill Date", date_text(d.statement_date, "dot")),
                                        ("Main Tel", phone(d.real_btn, style)))):
        s.text(360, 36 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 36 + i * 13, value, 9, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 120, 9.5)
    agent = r.choice(_AGENTS)
    d.help_numbers.append("+1" + "".join(c for c in agent[3] if c.isdigit()))
    s.box(330, 104, 246, 66, stroke=GREY)
    with s.roled("help"):
        s.text(338, 116, "Your Authorized Otelco Agent", 7, bold=True, color=GREY)
        s.lines(338, 128, [agent[0], agent[1], agent[2], f"Tel {agent[3]}"], 8)
    s.text(40, 200, "Service Address", 8, bold=True, color=s.accent)
    s.lines(40, 212, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 262, "Monthly Services", 10, bold=True, color=s.accent)
    y = 278.0
    for k, n in enumerate(d.numbers):
        s.text(44, y, phone(n, style), 8)
        s.text(160, y, "Main Line" if k == 0 else "Additional Line", 8)
        s.text(W - 44, y, money(r, 20, 45), 8, align="right")
        y += 11
    for label in ("High Speed Internet", "ME Universal Service Fund", "E911", "State Tax"):
        s.text(44, y + 4, label, 8)
        s.text(W - 44, y + 4, money(r, 0, 80), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 20, f"{d.carrier.help_lines[0][0]} {d.carrier.help_lines[0][1]}   "
                           f"{d.carrier.domain}", 7.5)
    remit_stub(s, d, y=622, account_label="Acct. No.")




def _secv_sites(d: Draft) -> list[SubAccount]:
    r = d.rng
    assert d.service is not None
    subs = [SubAccount(f"{digits(r, 3)}-{digits(r, 5)}", d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 2)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        subs.append(SubAccount(f"{digits(r, 3)}-{digits(r, 5)}", nums[0],
                               us_address(r, r.choice(REGIONS["LEHV"]), 0.3), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"btn": tuple(x.btn for x in subs),
                      "service_address": tuple(x.service for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.update({"multi_account", "multi_site"})
    return subs


@family("secv_summary", carrier="serviceelectric", region="LEHV", lines=(1, 3), dialed=8,
        person_share=0.0, account=lambda r, c, b: f"M{digits(r, 8)}",
        modelled_on="cable company summary statements of Service Electric's kind (Lehigh "
        "Valley, PA): a master account over one sub-account per location; abbreviated captions "
        "in capitals ('MSTR ACCT', 'STMT DT', 'SUB ACCT', 'SVC ADR', 'PRIM PH'); the customer's "
        "facts in a right-hand column and the summary by sub-account in the left; dates like "
        "'03-MAR-25'; page 2 each location's lines under a header that names the customer",
        accent="#C8102E", font="Helvetica")
def secv_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    subs = _secv_sites(d)
    if r.random() < 0.5:
        d.upper()
        subs = [SubAccount(x.account_number, x.btn, upper_address(x.service) or x.service,
                           x.numbers) for x in subs]
        d.sub_accounts = subs
        d.alternatives["service_address"] = tuple(x.service for x in subs)
    style = r.choice(("dash", "plain"))
    s.wordmark(40, 46, "Service Electric", 20, "#C8102E")
    s.text(40, 60, "CABLEVISION \u00b7 BROADBAND \u00b7 PHONE", 7.5, color=GREY)
    s.box(392, 24, 184, 196, fill=LIGHT)
    x0 = 400
    for i, (label, value) in enumerate((("MSTR ACCT", d.printed_account),
                                        ("STMT DT", date_text(d.statement_date, "dmon2")),
                                        ("DUE DT", date_text(d.statement_date
                                                             + timedelta(days=21), "dmon2")),
                                        ("AMT DUE", money(r, 150, 2500)))):
        s.text(x0, 40 + i * 22, label, 6.5, color=GREY)
        s.text(x0, 50 + i * 22, value, 9, bold=True)
    s.text(x0, 138, "BILLED TO", 6.5, color=GREY)
    mailing_block(s, d, x0, 150, 8)
    with s.roled("help"):
        s.lines(40, 74, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7)
    s.text(40, 110, "SUMMARY BY SUB ACCOUNT", 9.5, bold=True, color=s.accent)
    y = 128.0
    for x in subs:
        s.text(44, y, "SUB ACCT", 6.5, color=GREY)
        s.text(100, y, x.account_number, 8, bold=True)
        s.text(44, y + 11, "SVC ADR", 6.5, color=GREY)
        s.text(100, y + 11, one_line(x.service, 3), 8)
        s.mark("service", address_key(x.service))
        s.text(44, y + 22, "PRIM PH", 6.5, color=GREY)
        s.text(100, y + 22, phone(x.btn, style), 8)
        s.mark("btn", x.btn)
        s.text(380, y + 22, money(r, 60, 900), 8, align="right")
        s.rule(40, y + 28, 382, 0.3, GREY)
        y += 38
    remit_stub(s, d, y=622, account_label="MSTR ACCT", window=False)
    s.new_page()
    s.text(40, 40, "Service Electric Cablevision", 10, bold=True, color=s.accent)
    s.text(40, 52, f"{d.name}  /  MSTR ACCT {d.printed_account}", 8)
    s.text(W - 40, 40, f"STMT DT {date_text(d.statement_date, 'dmon2')}  PG 2", 8, align="right")
    s.rule(36, 60, W - 36, 0.8)
    y = 84.0
    for x in subs:
        s.band(y - 11, 15)
        s.text(44, y, f"SUB ACCT {x.account_number}", 8.5, bold=True, color=LIGHT)
        y += 18
        for k, n in enumerate(x.numbers):
            s.text(60, y, "Digital Phone" + (" (Primary)" if k == 0 else ""), 7.5)
            s.text(200, y, phone(n, style), 7.5)
            s.text(W - 44, y, money(r, 20, 40), 7.5, align="right")
            y += 11
        s.text(60, y, "Business Internet 300", 7.5)
        s.text(W - 44, y, money(r, 60, 140), 7.5, align="right")
        y += 22
