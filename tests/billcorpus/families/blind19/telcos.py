"""NINETEENTH BLIND SPLIT: not for the reader's author (see families/blind19/__init__.py).

Three independent telephone companies: Brandenburg Telephone (Brandenburg, Kentucky), Millington
Telephone (Millington, Tennessee) and Margaretville Telephone (MTC, Margaretville, New York).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
home.bbtel.com legal and consumer pages (the company's own numbers: 270-422-2121 and
270-982-4466, its office at 200 Telco Drive, Brandenburg; CPNI and call detail given only to the
account's holder); nebnet.net 'About your phone bill' (the payment return portion, a summary,
detail of recurring and non-recurring charges, long-distance calls itemised); nextera.net
'Understanding your bill' (the account number, the summary 'for all accounts billed to this
number', the remittance portion and its address, messages and promotions); nttfiber.net
'Billing information' (local service billed in advance, the service representative's local
number); Millington's and Margaretville's web sites' billing pages (a business office in the
local area code; notices mailed with the bill; a business's several locations on one
statement).
"""

from __future__ import annotations

from dataclasses import replace

from tests.billcorpus.blocks import call_detail, mailing_block, notices
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind19.parts import (
    carrier_lines,
    decoy_line,
    dotted,
    due,
    holder,
    same_exchange_dialed,
    set_service,
    stub,
    subs,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, did_range, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

# --- Brandenburg: a numbers table with ranges, counts and status, the company's numbers ------


def _more_blocks(d: Draft, extra: int) -> None:
    """More DID blocks on the account (each printed as a range)."""
    for _ in range(extra):
        nums = d.pool.block(d.customer.npa, d.rng.randint(4, 10))
        d.numbers.extend(nums)
        d.ranges.append((nums[0], len(nums)))


@family("bbtel_numbers", carrier="bbtel", region="BBT", lines=(2, 4), dialed=8,
        person_share=0.1, block=1.0, block_size=(5, 15),
        account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 2)}",
        modelled_on="Brandenburg Telephone (Brandenburg, Kentucky) business statements "
        "(home.bbtel.com consumer and legal pages; nebnet.net and nextera.net 'understand your "
        "bill' pages): a 'Telephone numbers on this account' table with DID ranges written 'to', "
        "'-' and 'thru', a count column and a status column (a line disconnected, a line with an "
        "order pending); the company's own numbers everywhere (customer service, repair, 611, "
        "TTY/TRS, pay by phone, 'text HELP to', a business office in the customer's area code); "
        "itemised long-distance pages with many dialed numbers, some in the customer's own area "
        "code and exchange. Ideas 3, 6 and 9",
        accent="#003B71", font="Helvetica")
def bbtel_numbers(s: Sheet, d: Draft) -> None:
    r = s.rng
    _more_blocks(d, r.randint(1, 2))
    same_exchange_dialed(d, r.randint(2, 5))
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 48, "BBTEL", 24, "#003B71")
    s.text(40, 62, d.carrier.legal + " \u00b7 200 Telco Drive, Brandenburg, KY 40108", 7,
           color=GREY)
    facts = (("Account Number", d.printed_account), ("Bill Date", date_text(day, "abbr")),
             ("Billing Telephone Number", phone(d.real_btn, "dash")),
             ("Total Amount Due", money(r, 80, 1400)), ("Due Date", due(d, 18, "abbr")))
    for i, (label, value) in enumerate(facts):
        s.text(330, 44 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 118, 9.5)
    s.text(330, 118, "Service Address", 8, bold=True, color=s.accent)
    s.lines(330, 131, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 196.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Telephone numbers on this account", 9.5, bold=True, color=s.accent)
    y += 30
    cols = (56, 250, 300, 430)
    for x0, head in zip(cols, ("Telephone Number(s)", "Count", "Type", "Status"), strict=True):
        s.text(x0, y, head, 7.5, bold=True)
    y += 13
    pending = r.choice(d.singles())
    rows = [(phone(n, "dash"), "1", "Business line", "Pending" if n == pending else "Active")
            for n in d.singles()]
    styles = r.sample(("to", "dash", "thru"), len(d.ranges)) if len(d.ranges) <= 3 else \
        ["to"] * len(d.ranges)
    for (first, count), style in zip(d.ranges, styles, strict=True):
        rows.append((did_range(first, count, style, "dash"), str(count), "DID range", "Active"))
    rows.insert(r.randint(1, len(rows)), (phone(decoy_line(d), "dash"), "1", "Business line",
                                           "Disconnected"))
    for row in rows:
        for x0, cell in zip(cols, row, strict=True):
            s.text(x0, y, cell, 8.5)
        y += 13
    s.text(56, y + 4, "Pending: a change ordered on this line is not complete; the line is in "
           "service. Disconnected: no longer on this account.", 7, color=GREY)
    y += 26
    s.text(40, y, "We're here to help", 9, bold=True, color=s.accent)
    carrier_lines(s, d, 40, y + 13)
    stub(s, d, 620)
    call_detail(s, d, 2, 2, "Itemized Long Distance", "dash")


# --- Millington: a stub with its machine line, ZIP+4 and unit spellings, business names -------

_UNITS = ("Ste", "Suite", "#", "Apt", "Unit", "STE")


def _unit_spelling(d: Draft) -> None:
    """The unit spelled as billing systems keep it ('Ste 4', '# 4', 'Apt 4', 'Unit 4') and the
    ZIP with its +4."""
    r, a = d.rng, d.customer.service
    unit = a.line2.split()[-1] if a.line2 else str(r.randint(1, 40))
    kind = r.choice(_UNITS)
    line2 = f"# {unit}" if kind == "#" else f"{kind} {unit}"
    postal = a.postal_code if "-" in a.postal_code else f"{a.postal_code}-{digits(r, 4)}"
    set_service(d, replace(a, line2=line2 if r.random() < 0.8 else "", postal_code=postal))


@family("millington_stub", carrier="millington", region="MLT", lines=(1, 4), dialed=0,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 2)}{b[-7:-4]}{digits(r, 4)}",
        modelled_on="Millington Telephone (Millington, Tennessee) business statements: a "
        "business holder with 'Inc.', 'Incorporated', 'L.L.C.', '&' or 'and' or 'd/b/a' and a "
        "department line under the name; the service address with its unit as the billing "
        "system spells it ('Ste', 'STE', 'Suite', '#', 'Apt', 'Unit') and ZIP+4; a remittance "
        "stub with a machine scan line (the account's digits run together with the amount and "
        "a check digit) over a barcode drawn as bars. Ideas 2, 5 and 12",
        accent="#1F4E79", font="DejaVuSans")
def millington_stub(s: Sheet, d: Draft) -> None:
    r = s.rng
    _unit_spelling(d)
    name_lines, dept = holder(d)
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 48, "Millington Telephone", 18, "#1F4E79")
    s.text(40, 62, d.carrier.legal, 7.5, color=GREY)
    facts = (("Account No.", d.printed_account), ("Statement Date", date_text(day, "us")),
             ("Main Number (BTN)", phone(d.real_btn, "paren")),
             ("Amount Due", money(r, 40, 700)), ("Due Date", due(d, 15, "us")))
    for i, (label, value) in enumerate(facts):
        s.text(340, 44 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 118, 9.5, attn=dept, name_lines=name_lines)
    y = 200.0
    s.text(44, y, "Service Address", 8, bold=True, color=s.accent)
    a = d.service
    s.text(140, y, f"{a.line1} {a.line2}".strip() + f", {a.city}, {a.state} {a.postal_code}", 9)
    s.mark("service", address_key(a))
    y += 22
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Current Charges", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "dash"), 8.5)
        s.text(170, y, r.choice(("Business Line", "Business Line w/ Voicemail", "Fax Line")),
               8.5)
        s.text(W - 44, y, money(r, 20, 60), 8.5, align="right")
        y += 13
    for label in ("Federal Subscriber Line Charge", "TN 911 Charge", "Sales Tax"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 15), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 18, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 48, count=2, size=7.5)
    stub(s, d, 620)


# --- Margaretville: a notice first, a master account over sister sites, dotted numbers -------


@family("margaretville_master", carrier="margaretville", region="MGV", lines=(1, 3), dialed=0,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 6)}",
        modelled_on="Margaretville Telephone Company (Margaretville, New York) statements: page "
        "1 a notice to the customer (a rate change or a 911 address check) with the envelope's "
        "address only, the account facts from page 2; a master account over sub-accounts by "
        "location (the case's site one of them, the others the same customer's sister sites); "
        "numbers in one list written '+1.845.555.0199' and '845 555 0199'. Ideas 1, 14 and 15",
        accent="#4A6B2A", font="Helvetica")
def margaretville_master(s: Sheet, d: Draft) -> None:
    r = s.rng
    sites = subs(d, (1, 2), "{m}-{k:02d}")
    day = d.statement_date
    s.wordmark(40, 48, "MTC", 24, "#4A6B2A")
    s.text(40, 62, d.carrier.legal, 8, color=GREY)
    s.text(40, 74, f"{date_text(day, 'long')}", 8.5)
    mailing_block(s, d, 60, 118, 9.5)
    s.text(40, 210, "IMPORTANT NOTICE ABOUT YOUR SERVICE", 11, bold=True, color=s.accent)
    body = [
        "Dear Customer,",
        "",
        f"Effective {due(d, 45)}, the monthly rate for business lines increases by $2.50 per",
        "line. Please also confirm that the 911 address we hold for each of your locations is",
        "correct; emergency services are sent to that address. Your statement follows on the",
        "next page. Thank you for choosing your hometown telephone company.",
        "",
        "Sincerely,",
        "Customer Relations",
    ]
    s.lines(40, 236, body, 9)
    with s.roled("help"):
        s.lines(40, 400, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    s.new_page()
    s.text(40, 44, "Margaretville Telephone \u00b7 Statement", 12, bold=True, color=s.accent)
    facts = (("Master Account", d.printed_account), ("Statement Date", date_text(day, "abbr")),
             ("Total Due", money(r, 100, 1500)), ("Due Date", due(d, 20, "abbr")))
    for i, (label, value) in enumerate(facts):
        s.text(340, 44 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, bold=True, align="right")
    s.text(40, 66, d.name, 10, bold=True)
    y = 110.0
    k = 0
    for x in sites:
        s.band(y, 15, LIGHT)
        s.text(44, y + 11, f"Sub-Account {x.account_number}", 9, bold=True)
        y += 28
        s.text(56, y, "Location", 7.5, color=GREY)
        s.text(140, y, f"{x.service.line1} {x.service.line2}".strip() + ", "
               + address_lines(x.service)[-1], 8.5)
        s.mark("service", address_key(x.service))
        s.text(56, y + 13, "Billing Number", 7.5, color=GREY)
        s.text(140, y + 13, dotted(x.btn, k), 8.5)
        s.mark("btn", x.btn)
        k += 1
        s.text(56, y + 26, "Lines", 7.5, color=GREY)
        listed = ", ".join(dotted(n, k + i) for i, n in enumerate(x.numbers))
        s.text(140, y + 26, listed, 8.5)
        k += len(x.numbers)
        s.text(W - 44, y, money(r, 30, 500), 8.5, align="right")
        y += 48
    notices(s, d, 40, y + 6, count=2, size=7.5)
    stub(s, d, 620, account_label="Master Account")
