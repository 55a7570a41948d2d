"""TWENTIETH BLIND SPLIT: not for the reader's author (see families/blind20/__init__.py).

Three carriers of the West: Ponderosa (The Ponderosa Telephone Co., O'Neals, California),
Volcano Communications (Pine Grove, California) and TelAlaska (its local companies Interior
Telephone Company, Inc. and Mukluk Telephone Company, Inc.).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
Ponderosa's directory pages 'Your Monthly Telephone Bill' and 'Helpful Information'
(dpsmedia.cld.bz/Ponderosa2023, Cima-2018, Cima-CA-2020: local service billed one month in
advance, long distance on a separate page, federal and state funds and the 9-1-1 taxes of the
State and the county; 'the Telephone Company reserves the right to change the subscriber's
telephone number'); goponderosa.com regulatory information and its O'Neals and Cima annual
notices (the communities of Auberry, North Fork, Shaver Lake, Prather; 1-800-682-1878 and
559-868-6000). No page of Volcano's own bill was found: its family follows the same California
small-company notices (the California surcharges by name) and the common layout of nebnet.net's
'About your phone bill'; dpsmedia.cld.bz/RuralAlaska2021TelAlaska
('Customer Information': Interior Telephone Company, Inc. and Mukluk Telephone Company, Inc.
named by their exchanges; 'your local Telephone Company may make changes with the telephone
number'; complaints to the Regulatory Commission of Alaska); dpsmedia.cld.bz Copper Valley and
ASTAC consumer guides (billed one month in advance, bills mailed on the first).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from tests.billcorpus.blocks import call_detail, mailing_block, notices
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind20.parts import (
    carrier_toll_free,
    last_first,
    own_toll_free,
    pin,
    set_billing,
    set_service,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

# --- Ponderosa: Premises and Mail to, a rural route or highway, California's taxes -----------

_PON_ROADS = ("Auberry Rd", "Tollhouse Rd", "Hwy 168", "Road 222", "Rd 274", "Hwy 41")


def _rural(d: Draft) -> None:
    """Service on a highway, a county road or a rural route ('RR 2 Box 41', '36128 Hwy 168',
    '1st St N'), mail to a PO box."""
    r, a = d.rng, d.customer.service
    kind = r.randrange(3)
    if kind == 0:
        line1 = f"{r.randint(30000, 49999)} {r.choice(_PON_ROADS)}"
    elif kind == 1:
        line1 = f"RR {r.randint(1, 4)} Box {r.randint(10, 400)}"
    else:
        line1 = f"{r.randint(10, 900)} {r.choice(('1st', '2nd', '3rd', 'Third'))} St " \
                f"{r.choice(('N', 'NE', 'South'))}"
    set_service(d, replace(a, line1=line1, line2=""), billing_same=False)
    set_billing(d, replace(a, line1=f"PO Box {r.randint(10, 999)}", line2=""))


@family("ponderosa_premises", carrier="ponderosa", region="PON", lines=(1, 3), dialed=10,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 3)}",
        modelled_on="Ponderosa (The Ponderosa Telephone Co., O'Neals, California) statements "
        "(its directory's 'Your Monthly Telephone Bill' and 'Helpful Information' pages, "
        "goponderosa.com regulatory notices): the service address labelled 'Premises' and the "
        "mailing address 'Mail to', a PO box for the mail and a highway, county road, rural "
        "route or ordinal street for the service ('Hwy 168', 'RR 2 Box 41', '3rd St NE'); "
        "California's and the county's surcharges named after places ('Fresno County 9-1-1 "
        "Surcharge', 'CA Teleconnect Fund'); local service billed in advance with long distance "
        "on a separate page. Ideas 4, 8 and 13",
        accent="#355E3B", font="Helvetica")
def ponderosa_premises(s: Sheet, d: Draft) -> None:
    r = s.rng
    _rural(d)
    assert d.service is not None and d.billing is not None
    day = d.statement_date
    s.vector_mark(40, 26, "tee", 24, "#355E3B")
    s.wordmark(80, 48, "Ponderosa", 22, "#355E3B")
    s.text(80, 62, d.carrier.legal + " \u00b7 O'Neals, California", 7.5, color=GREY)
    facts = (("Account", d.printed_account), ("Bill Date", date_text(day, "long")),
             ("Billing Telephone Number", phone(d.real_btn, "dash")),
             ("Please Pay", money(r, 40, 400)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 40 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 40 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(60, 104, "Mail to", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 60, 118, 9.5)
    s.text(330, 104, "Premises", 7.5, bold=True, color=s.accent)
    s.lines(330, 118, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 196.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Local Service (billed in advance)", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "dash"), 8.5)
        s.text(170, y, r.choice(("Single Party Business Service", "Single Party Residence "
                                 "Service", "Additional Line")), 8.5)
        s.text(W - 44, y, money(r, 25, 40), 8.5, align="right")
        y += 13
    y += 10
    s.text(44, y, "Taxes and Surcharges", 9.5, bold=True, color=s.accent)
    y += 14
    for label in ("Federal Subscriber Line Charge", "Federal Universal Service Charge",
                  "Fresno County 9-1-1 Surcharge", "CA Teleconnect Fund",
                  "CA High Cost Fund-A", "CA Relay Service and Communications Devices Fund",
                  f"City of {r.choice(('Clovis', 'Fresno'))} Utility Users Tax (not applicable)"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 6), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 18, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 48, count=2, size=7.5)
    call_detail(s, d, 2, 1, "Long Distance Charges", "dash")


# --- Volcano: the customer's own toll-free and fax numbers, services per number, LAST, FIRST -


@family("volcano_features", carrier="volcano", region="VOL", lines=(2, 4), dialed=0,
        person_share=0.6, account=lambda r, c, b: f"{digits(r, 7)}",
        modelled_on="Volcano Communications (Pine Grove, California) statements (California "
        "small telephone companies' directory bill pages; nebnet.net for the layout of the "
        "return portion and summary): the holder's record in capitals as 'LAST, FIRST M.' with "
        "a middle initial; a services table where each number repeats on every row of its "
        "features and long-distance plan; the customer's own toll-free number and a fax line "
        "on the account listed beside the company's own toll-free help lines (customer "
        "service, repair, long distance). Ideas 2, 12 and 14",
        accent="#A52A2A", font="DejaVuSans")
def volcano_features(s: Sheet, d: Draft) -> None:
    r = s.rng
    envelope = last_first(d)
    toll = own_toll_free(d)
    fax = d.numbers[-2] if len(d.numbers) > 2 else ""
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 48, "VOLCANO", 22, "#A52A2A")
    s.text(40, 62, "communications \u00b7 " + d.carrier.legal, 7.5, color=GREY)
    facts = (("ACCOUNT NAME", d.name), ("ACCOUNT NO.", d.printed_account),
             ("MAIN BILLING NO.", phone(d.real_btn, "paren")),
             ("BILL DATE", date_text(day, "upper")), ("AMOUNT DUE", money(r, 40, 500)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 40 + i * 13, label, 7.5, color=GREY)
        s.text(W - 40, 40 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 118, 9.5, name_lines=[envelope])
    s.text(330, 118, "SERVICE ADDRESS", 7.5, bold=True, color=s.accent)
    s.lines(330, 131, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 200.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "SERVICES AND FEATURES", 9.5, bold=True, color=s.accent)
    y += 30
    for x0, head in ((48, "NUMBER"), (170, "SERVICE / FEATURE"), (380, "PLAN"),
                     (W - 44, "AMOUNT")):
        s.text(x0, y, head, 7.5, bold=True, align="right" if x0 > 500 else "left")
    y += 13
    for n in d.numbers:
        if n == toll:
            rows = [("Toll-Free Service (rings to main number)", "800 Basic")]
        elif n == fax:
            rows = [("Fax Line", "Local"), ("Call Blocking", "")]
        else:
            rows = [("Business Line", "Local"), ("Caller ID", ""), ("Long Distance",
                                                                   r.choice(("LD 100", "LD Unlimited")))]
        for service, plan in rows:
            s.text(48, y, phone(n, "one_dash" if n == toll else "dash"), 8.5)
            s.text(170, y, service, 8.5)
            s.text(380, y, plan, 8.5)
            s.text(W - 44, y, money(r, 2, 40), 8.5, align="right")
            y += 12
    y += 14
    own_lines = [f"Your toll-free number: {phone(toll, 'one_dash')}"]
    if fax:
        own_lines.append(f"Your fax number: {phone(fax, 'paren')}")
    s.lines(40, y, own_lines, 8.5)
    y += 13 * len(own_lines) + 8
    extra = carrier_toll_free(d)
    with s.roled("help"):
        s.lines(40, y, [*(f"{lab} {num}" for lab, num in d.carrier.help_lines),
                        f"Long Distance Service {phone(extra, 'one_dash')}"], 8)
    notices(s, d, 40, y + 50, count=2, size=7.5)


# --- TelAlaska: the carrier only in a logo and the fine print, a number change notice -------


def _notice_new_number(d: Draft) -> str:
    """A number the company will assign in place of one of the lines: not the customer's yet
    (printed, never proof of a line on the account)."""
    n = d.pool.one(d.customer.npa)
    d.dialed.append(n)
    return n


@family("telalaska_interior", carrier="telalaska", region="TLA", lines=(1, 3), dialed=6,
        person_share=0.4, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 6)}",
        modelled_on="TelAlaska (Interior Telephone Company, Inc. and Mukluk Telephone Company, "
        "Inc.) statements (the RuralAlaska directory's 'Customer Information' pages; Copper "
        "Valley and ASTAC consumer guides): the brand only in a raster logo and the local "
        "company's legal name in the fine print ('Local service provided by Interior "
        "Telephone Company, Inc., a subsidiary of TelAlaska'), a product brand in the header; "
        "the billing number in the page header line beside the page number and the date "
        "('BTN 907-555-0123 \u00b7 Page 1 of 2 \u00b7 Nov 3, 2025'); a notice that a line's "
        "number will change ('your number will change from ... to ...'). Ideas 1, 5 and 11",
        accent="#003F72", font="Helvetica")
def telalaska_interior(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.carrier_printed = d.carrier.legal  # the brand is only in the picture
    day = d.statement_date
    pages = 2

    def header(page: int) -> None:
        s.text(W - 40, 30, f"BTN {phone(d.real_btn, 'dash')}  \u00b7  Page {page} of {pages}  "
               f"\u00b7  {date_text(day, 'abbr')}", 7.5, align="right")
        s.mark("btn", d.real_btn)

    header(1)
    s.image_logo(40, 34, "TelAlaska", 26, "#003F72")
    s.text(40, 76, r.choice(("ArcticNet Business Voice", "Northern Connect",
                             "Aurora Link Plus")), 10, bold=True, color=s.accent)
    facts = (("Account Number", d.printed_account), ("Statement Date", date_text(day, "us")),
             ("Amount Due", money(r, 60, 600)), ("Due Date", date_text(day, "us")))
    for i, (label, value) in enumerate(facts):
        s.text(340, 52 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 52 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 124, 9.5)
    s.text(340, 124, "Service Location", 8, bold=True, color=s.accent)
    s.lines(340, 137, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 206.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Monthly Service (billed one month in advance)", 9.5, bold=True,
           color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "paren"), 8.5)
        s.text(180, y, r.choice(("Business Line", "Residence Line", "Additional Line")), 8.5)
        s.text(W - 44, y, money(r, 20, 60), 8.5, align="right")
        y += 13
    changing = r.choice(d.numbers)
    new = _notice_new_number(d)
    y += 16
    s.text(40, y, "NOTICE OF NUMBER CHANGE", 9, bold=True, color=s.accent)
    s.lines(40, y + 13, [
        f"Because of central office work in {d.service.city}, your number will change from "
        f"{phone(changing, 'dash')} to {phone(new, 'dash')}",
        f"on {date_text(day + timedelta(days=60), 'long')}. Until then your present number "
        "keeps working. Call us with questions."], 8)
    with s.roled("help"):
        s.lines(40, y + 50, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    s.lines(40, 720, [
        f"Local service provided by {d.carrier.legal}, a subsidiary of TelAlaska. Complaints "
        "not resolved by the company may be filed with the Regulatory Commission of Alaska.",
        f"Customer PIN {pin(d)} \u00b7 rates on file with the RCA."], 6.5, color=GREY)
    s.new_page()
    header(2)
    s.text(40, 50, "Long Distance and Other Charges", 11, bold=True, color=s.accent)
    y = 76.0
    for label in ("Federal Subscriber Line Charge", "Federal Universal Service Fund",
                  "Alaska Universal Service Fund", "E911 Surcharge (Borough)",
                  "Interstate Long Distance"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 25), 8.5, align="right")
        y += 12
    notices(s, d, 40, y + 20, count=2, size=7.5)
