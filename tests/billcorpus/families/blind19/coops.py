"""NINETEENTH BLIND SPLIT: not for the reader's author (see families/blind19/__init__.py).

Four telephone cooperatives: Wabash Communications (Wabash Telephone Cooperative, Louisville,
Illinois), Etex (Etex Telephone Cooperative, Gilmer, Texas), Poka Lambro (Poka Lambro Telephone
Cooperative, Tahoka, Texas) and Green Hills Communications (Green Hills Telephone Corporation,
Breckenridge, Missouri).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
greenhills.net 'Billing and Complaint Procedures' / 'Understanding Your Bill' (all services on one
bill; the total due and summarised charges on page 1 with the remittance slip at its top; the
itemised charges of each service on the following pages) and greenhills.net business support
(a business care and sales line, local account staff); etczone.com billing FAQ and
nebnet.net 'About your phone bill' (the payment return portion at the top, a summary of charges,
detail of recurring and non-recurring charges, messages, long-distance calls itemised and
numbered); a public notice from Etex management in the Gilmer Mirror (27 July 2022: the business
office's local number in the 903 area code); nextera.net 'Understanding your bill' (messages and
promotions beside the account's facts; 'all accounts billed to this number'). Wabash and Poka
Lambro: their web sites' billing and business pages (a cooperative's master account over a
member's locations; itemised long-distance).
"""

from __future__ import annotations

from tests.billcorpus.blocks import call_detail, mailing_block, notices
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind19.parts import (
    carrier_lines,
    carrier_number,
    coffee_ring,
    decoy_line,
    due,
    holder,
    rep_block,
    same_exchange_dialed,
    stub,
    subs,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    date_text,
    did_range,
    digits,
    masked_phone,
    money,
    one_line,
    phone,
)
from tests.billcorpus.truth import Draft, address_key

# --- Wabash: a master account over sister sites, a business holder, a machine stub ----------


@family("wabash_master", carrier="wabash_il", region="WAB", lines=(1, 3), dialed=0,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 7)}",
        modelled_on="Wabash Communications (Wabash Telephone Cooperative, Louisville, Illinois) "
        "business statements: a master account over one sub-account per location ('1234567-001', "
        "'-002'; the case's site is one of them, the others the same member's sister sites), "
        "each with its main number and address; the member a business written with 'd/b/a', "
        "'L.L.C.' or 'Incorporated', '&' or 'and', a department line under the name; a "
        "remittance stub whose scan line runs the account's digits with the amount and a check "
        "digit over a barcode drawn as bars. Ideas 1, 2 and 5",
        accent="#00594F", font="Helvetica")
def wabash_master(s: Sheet, d: Draft) -> None:
    r = s.rng
    name_lines, dept = holder(d)
    sites = subs(d)
    day = d.statement_date
    s.wordmark(40, 48, "Wabash", 22, "#00594F")
    s.text(40, 62, "Communications \u00b7 " + d.carrier.legal, 7.5, color=GREY)
    facts = (("Master Account", d.printed_account), ("Statement Date", date_text(day, "long")),
             ("Accounts on this statement", str(len(sites))),
             ("Total Amount Due", money(r, 150, 1800)), ("Due Date", due(d, 20)))
    for i, (label, value) in enumerate(facts):
        s.text(340, 44 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 118, 9.5, attn=dept, name_lines=name_lines)
    y = 196.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Summary of Accounts", 9.5, bold=True, color=s.accent)
    y += 30
    for x0, head in ((44, "Sub-Account"), (130, "Main Number"), (230, "Service Location")):
        s.text(x0, y, head, 7.5, bold=True)
    s.text(W - 44, y, "Current Charges", 7.5, bold=True, align="right")
    y += 14
    for x in sites:
        s.text(44, y, x.account_number, 8.5)
        s.text(130, y, phone(x.btn, "dash"), 8.5)
        s.mark("btn", x.btn)
        s.text(230, y, one_line(x.service, 1), 8)
        s.mark("service", address_key(x.service))
        s.text(W - 44, y, money(r, 40, 500), 8.5, align="right")
        y += 14
    s.text(44, y + 4, "Main Number: the billing telephone number of each sub-account.", 7,
           color=GREY)
    carrier_lines(s, d, 40, y + 26)
    stub(s, d, 600, account_label="Master Account")
    s.new_page()
    s.text(40, 40, f"{d.carrier.brand} \u00b7 Master Account {d.printed_account}", 9, bold=True,
           color=s.accent)
    s.text(W - 40, 40, "Page 2 of 2", 7.5, align="right")
    y = 70.0
    for x in sites:
        s.band(y, 14, LIGHT)
        s.text(44, y + 10, f"Sub-Account {x.account_number}", 9, bold=True)
        s.text(260, y + 10, f"{x.service.line1} {x.service.line2}".strip(), 8.5)
        y += 28
        for n in x.numbers:
            s.text(60, y, phone(n, "dash"), 8.5)
            s.text(180, y, "Main line" if n == x.btn else r.choice(("Business line",
                                                                  "Fax line", "Alarm line")), 8.5)
            s.text(W - 44, y, money(r, 18, 60), 8.5, align="right")
            y += 13
        y += 10
    notices(s, d, 40, y + 10, count=2, size=7.5)


# --- Etex: two columns (account facts left, news and offers right), the co-op's numbers --------


@family("etex_twocol", carrier="etex", region="ETX", lines=(1, 4), dialed=0,
        person_share=0.3, account=lambda r, c, b: f"{digits(r, 5)}-{digits(r, 3)}",
        modelled_on="Etex Telephone Cooperative (Gilmer, Texas) statements: page 1 in two "
        "columns, the member's account facts on the left and news and offers on the right (a "
        "showroom offer printing its own phone number and a street of its own); the co-op's "
        "numbers everywhere (the business office in the 903 area code, repair, TTY/TRS, 611, pay "
        "by phone, 'text HELP to'); a business member with 'd/b/a', '&' or 'Incorporated' and a "
        "department line. Ideas 2, 6 and 11",
        accent="#B5121B", font="DejaVuSans")
def etex_twocol(s: Sheet, d: Draft) -> None:
    r = s.rng
    name_lines, dept = holder(d)
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 48, "etex", 26, "#B5121B")
    s.text(40, 62, d.carrier.legal, 7.5, color=GREY)
    left = (("Account Number", d.printed_account), ("Statement Date", date_text(day, "abbr")),
            ("Billing Telephone Number", phone(d.real_btn, "paren")),
            ("Amount Due", money(r, 40, 600)), ("Pay By", due(d, 17, "abbr")))
    right = ["NEWS & OFFERS", "Fiber is here! Upgrade to 1 Gig for",
             "$20 off a month for 12 months.",
             f"Call {phone(carrier_number(d, d.customer.npa), 'dash')} or visit our new",
             f"showroom at {r.randint(100, 990)} Pecan Grove Pkwy,",
             "Gilmer, TX 75644", "", "Annual meeting: members vote on",
             "board seats for Districts 2 and 5.", "Capital credits were mailed in",
             "December to eligible members."]
    y = 96.0
    for label, value in left:
        s.text(44, y, label, 8, color=GREY)
        s.text(290, y, value, 8.5, bold=True, align="right")
        y += 14
    s.mark("btn", d.real_btn)
    for k, row in enumerate(right):
        s.text(314, 96 + k * 14, row, 8 if k else 9, bold=k == 0,
               color=s.accent if k == 0 else None)
    y += 10
    s.text(44, y, "Member", 8, bold=True, color=s.accent)
    y = mailing_block(s, d, 44, y + 13, 9, attn=dept, name_lines=name_lines)
    s.text(44, y + 8, "Service Address", 8, bold=True, color=s.accent)
    s.lines(44, y + 21, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    yy = 96 + 14 * len(right) + 16.0
    s.text(314, yy, "Contact the co-op", 9, bold=True, color=s.accent)
    carrier_lines(s, d, 314, yy + 14)
    y = max(y + 60, yy + 110)
    s.c.setLineWidth(0.6)
    s.c.line(300, 792 - 80, 300, 792 - (y - 8))
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Your Lines", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "paren"), 8.5)
        s.text(170, y, r.choice(("Business Line", "Residential Line", "Additional Line")), 8.5)
        s.text(W - 44, y, money(r, 18, 55), 8.5, align="right")
        y += 13
    stub(s, d, 620)


# --- Poka Lambro: a masked BTN on page 1, the full one later, usage pages, a worn copy ------


@family("pokalambro_usage", carrier="pokalambro", region="PKL", lines=(1, 3), dialed=10,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 6)}",
        modelled_on="Poka Lambro Telephone Cooperative (Tahoka, Texas) statements: page 1 "
        "prints the billing number masked ('XXX-XXX-0142') beside the account summary, page 2 "
        "prints it in full under its label with the local service by line; long-distance and "
        "usage pages itemise many dialed numbers, some in the member's own area code and "
        "exchange; the member's kept copy is faint grey print with a coffee cup's ring over a "
        "value. Ideas 4, 9 and 16",
        accent="#6D2077", font="Helvetica")
def pokalambro_usage(s: Sheet, d: Draft) -> None:
    r = s.rng
    same_exchange_dialed(d, r.randint(3, 6))
    assert d.service is not None
    day = d.statement_date
    faint = GREY if r.random() < 0.5 else None
    s.wordmark(40, 48, "Poka Lambro", 20, "#6D2077")
    s.text(40, 62, d.carrier.legal, 7.5, color=GREY)
    facts = (("Account", d.printed_account), ("Billing Tel. No.", masked_phone(d.real_btn,
                                                                               "dash")),
             ("Bill Date", date_text(day, "us")), ("Amount Due", money(r, 30, 400)),
             ("Due Date", due(d, 20, "us")))
    for i, (label, value) in enumerate(facts):
        s.text(340, 44 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, bold=True, align="right", color=faint)
    coffee_ring(s, W - 80, 44 + r.randint(0, 4) * 13)
    mailing_block(s, d, 60, 118, 9.5)
    y = 196.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Summary of Charges", 9.5, bold=True, color=s.accent)
    y += 30
    for label in ("Previous Balance", "Payment Received", "Local Service", "Long Distance",
                  "Internet", "Taxes and Surcharges"):
        s.text(60, y, label, 8.5, color=faint)
        s.text(W - 44, y, money(r, 2, 200), 8.5, align="right", color=faint)
        y += 12
    with s.roled("help"):
        s.lines(40, y + 20, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 50, count=2, size=7.5)
    stub(s, d, 620, moving=False)
    s.new_page()
    s.text(40, 40, f"{d.carrier.brand} \u00b7 Account {d.printed_account}", 9, bold=True,
           color=s.accent)
    s.text(W - 40, 40, "Page 2", 7.5, align="right")
    y = 70.0
    s.text(44, y, "Billing Telephone Number", 8, color=GREY)
    s.text(170, y, phone(d.real_btn, "dash"), 9, bold=True, color=faint)
    s.mark("btn", d.real_btn)
    s.text(44, y + 14, "Service Location", 8, color=GREY)
    s.text(170, y + 14, one_line(d.service, 0), 9, color=faint)
    s.mark("service", address_key(d.service))
    y += 44
    s.text(44, y, "Local Service by Line", 10, bold=True, color=s.accent)
    y += 16
    for n in d.numbers:
        s.text(56, y, phone(n, "dash"), 8.5, color=faint)
        s.text(170, y, r.choice(("1-Party Business", "1-Party Residence", "Extra Line")), 8.5)
        s.text(W - 44, y, money(r, 14, 40), 8.5, align="right")
        y += 13
    call_detail(s, d, 3, 2, "Long Distance and Usage Detail", "dash")


# --- Green Hills: the remittance slip on top, a sales rep, a numbers table with status -------


@family("greenhills_sales", carrier="greenhills", region="GHT", lines=(2, 5), dialed=0,
        person_share=0.2, block=0.6, block_size=(5, 12),
        account=lambda r, c, b: f"{digits(r, 4)}{r.choice(('-', ' '))}{digits(r, 4)}",
        modelled_on="Green Hills Communications (Green Hills Telephone Corporation, "
        "Breckenridge, Missouri) statements (greenhills.net 'Understanding Your Bill'): the "
        "remittance slip at the top of page 1 ('Moving? Write your new address here'), the "
        "summary under it, every service itemised after; the business account's sales "
        "representative named with a direct line and e-mail; a 'Telephone numbers on this "
        "account' table with a count column and a status column (a line disconnected, one with "
        "an order pending), a DID block 'thru'; the equipment 'Ship to' address and the "
        "company's head office apart from the customer's. Ideas 3, 7 and 10",
        accent="#2E7D32", font="DejaVuSans")
def greenhills_sales(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    stub(s, d, 24, account_label="Account Number")
    s.rule(36, 196, W - 36, 1.2, s.accent)
    s.wordmark(40, 222, "Green Hills", 20, "#2E7D32")
    s.text(40, 236, d.carrier.legal + " \u00b7 7926 NE State Route M, Breckenridge, MO 64625",
           7, color=GREY)
    facts = (("Account Number", d.printed_account), ("Bill Date", date_text(day, "long")),
             ("Main Telephone Number", phone(d.real_btn, "paren")),
             ("Total Due", money(r, 60, 900)))
    for i, (label, value) in enumerate(facts):
        s.text(340, 218 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 218 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    y = 284.0
    s.text(44, y, "Service Address", 8, bold=True, color=s.accent)
    s.lines(44, y + 13, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    rep_block(s, d, 340, y, "Your Sales Representative")
    y += 66
    s.text(44, y, "Equipment shipped to (ATTN receiving):", 7.5, bold=True, color=GREY)
    s.text(44, y + 11, f"Green Hills Warehouse, {r.randint(100, 999)} Industrial Dr, "
           "Chillicothe, MO 64601", 7.5, color=GREY)
    y += 34
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Telephone numbers on this account", 9.5, bold=True, color=s.accent)
    y += 30
    for x0, head in ((56, "Number(s)"), (260, "Count"), (310, "Service"), (440, "Status")):
        s.text(x0, y, head, 7.5, bold=True)
    y += 13
    pending = r.choice(d.singles())
    rows = [(phone(n, "dash"), "1", "Business line", "Pending*" if n == pending else "Active")
            for n in d.singles()]
    for first, count in d.ranges:
        rows.append((did_range(first, count, "thru_full", "dash"), str(count), "DID block",
                     "Active"))
    rows.insert(r.randint(1, len(rows)), (phone(decoy_line(d), "dash"), "1", "Business line",
                                           "Disconnected"))
    for row in rows:
        for x0, cell in zip((56, 260, 310, 440), row, strict=True):
            s.text(x0, y, cell, 8.5)
        y += 13
    s.text(56, y + 4, "* Pending: an order on this line is in progress; the line stays in "
           "service. Disconnected lines are no longer on your account.", 7, color=GREY)
    with s.roled("help"):
        s.lines(40, y + 30, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    s.new_page()
    s.text(40, 40, f"{d.carrier.brand} \u00b7 {d.printed_account}", 9, bold=True, color=s.accent)
    s.text(W - 40, 40, "Page 2 of 2", 7.5, align="right")
    y = 70.0
    for label in ("Local Service", "Skitter TV", "Internet 250", "Long Distance",
                  "Federal Universal Service Fund", "Missouri USF", "911 Surcharge"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 150), 8.5, align="right")
        y += 13
    notices(s, d, 40, y + 16, count=3, size=7.5)
