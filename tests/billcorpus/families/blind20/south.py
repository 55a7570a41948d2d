"""TWENTIETH BLIND SPLIT: not for the reader's author (see families/blind20/__init__.py).

Four carriers of the South: Southern Linc (Southern Communications Services, Inc., a business
wireless carrier of Georgia, Alabama, Mississippi and Florida), ETC Communications (Ellijay
Telephone Company, Georgia), Planters Rural Telephone Cooperative (Newington, Georgia) and Big
Bend Telephone (Alpine, Texas).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
southernlinc.com/customersupport/billing ('Your Billing Statement', usage for each line on the
account, the payment slip, remit to P.O. Box 931581, Atlanta GA 31193-1581, 1-800-818-LINC);
solinc.com 'FAQs about billing, taxes and other fees' (federal, state and local taxes by the
service address, the 'primary locale of use'; E911 fees of a state or county; a Regulatory Cost
Recovery Fee; master and sub accounts); southernlinc.com/faqs online bill view (payment history
online); etcnow.com 'Bills, Statements & Payments Support' (billed one month in advance, 'Other
Charges and Credits see detail', the government charges: Federal Access per FCC, Federal
Universal Service Charge); georgiaencyclopedia.org on the Ellijay Telephone Company (known today
simply as ETC); nebnet.net 'About your phone bill' (the payment return portion on top of page 1,
the summary, the detail of recurring charges, messages on the back) for the layout of ETC's
and Planters' statements. No page of Planters' or Big Bend's own bill was found: Planters
follows that common layout; Big Bend its service area in West Texas (Brewster County) and the
Spanish and English emergency notices printed by rural telephone directories (dpsmedia.cld.bz:
'EN CASO DE EMERGENCIA ... MARQUE 9-1-1').
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind20.parts import (
    crease,
    grouped,
    payment_history,
    pin,
    set_billing,
    set_service,
    stamp,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

# --- Southern Linc: a master account over sub accounts, lines by user name, taxes by place --

_DEVICES = ("Sonim XP10", "Kyocera DuraForce", "Samsung XCover6 Pro", "Motorola LEX L11")
_COUNTIES = {"GA": "Bibb County", "AL": "Houston County", "MS": "Harrison County",
             "FL": "Escambia County"}


def _units(d: Draft) -> list[SubAccount]:
    """A master account over sub accounts (individual units): the case's own unit first, the
    same company's other places of use after, each with its own sub account and lines."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    m = d.account_number
    out = [SubAccount(f"{m}-01", d.real_btn, d.service, tuple(d.numbers))]
    for k in range(2, 2 + r.randint(1, 2)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        out.append(SubAccount(f"{m}-{k:02d}", nums[0], us_address(r, city, 0.3), nums))
    d.sub_accounts = out
    d.numbers = [n for x in out for n in x.numbers]
    d.alternatives = {"service_address": tuple(x.service for x in out),
                      "account_number": tuple(x.account_number for x in out)}
    d.traits.add("multi_site")
    return out


@family("southern_linc_master", carrier="southern_linc", region="SLN", lines=(2, 4), dialed=6,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 9)}",
        modelled_on="Southern Linc (Southern Communications Services, Inc.) business wireless "
        "statements (southernlinc.com billing pages, solinc.com billing, taxes and fees FAQ): "
        "a master account over sub accounts (each unit its own primary place of use, the case "
        "one of them); the lines listed by their users (employees' names beside each number "
        "and device, the account held by the company); taxes and fees by jurisdiction ('City "
        "of Macon Telecommunications Tax', 'Bibb County E911 Fee') that read like places; the "
        "small print with the carrier's FCC 499 filer ID and FRN and a ten-digit account PIN; "
        "no billing telephone number printed. Ideas 9, 13 and 15",
        accent="#E05206", font="Helvetica")
def southern_linc_master(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.btn = None  # a wireless statement names no billing telephone number
    units = _units(d)
    day = d.statement_date
    s.vector_mark(40, 30, "swoosh", 22, "#E05206")
    s.wordmark(84, 50, "Southern Linc", 20, "#E05206")
    facts = (("Master Account", d.printed_account), ("Invoice Date", date_text(day, "abbr")),
             ("Billing Period", f"{date_text(day - timedelta(days=29), 'us')} - "
                                f"{date_text(day, 'us')}"),
             ("Amount Due", money(r, 150, 1800)),
             ("Due Date", date_text(day + timedelta(days=20), "abbr")))
    for i, (label, value) in enumerate(facts):
        s.text(340, 40 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 40 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 116, 9.5)
    y = 180.0
    cols = (48, 150, 290, 430)
    for unit in units:
        if y > 540:
            s.new_page()
            s.text(40, 40, f"Southern Linc \u00b7 Master Account {d.printed_account}", 8,
                   color=GREY)
            y = 70.0
        a = unit.service
        s.band(y, 15, LIGHT)
        s.text(44, y + 11, f"Sub Account {unit.account_number}", 9.5, bold=True,
               color=s.accent)
        y += 28
        s.text(48, y, "Primary Place of Use", 7.5, color=GREY)
        s.text(150, y, f"{a.line1} {a.line2}".strip() + f", {a.city}, {a.state} "
               f"{a.postal_code}", 8.5)
        s.mark("service", address_key(a))
        y += 16
        for x0, head in zip(cols, ("Wireless Number", "User", "Device", "Monthly"),
                            strict=True):
            s.text(x0, y, head, 7.5, bold=True)
        y += 13
        for n in unit.numbers:
            cells = (phone(n, "dot"), person_name(r), r.choice(_DEVICES), money(r, 25, 70))
            for x0, cell in zip(cols, cells, strict=True):
                s.text(x0, y, cell, 8.5)
            y += 13
        county = _COUNTIES.get(a.state, "County")
        for label in (f"City of {a.city} Telecommunications Tax",
                      f"{county} E911 Fee ({len(unit.numbers)} units)"):
            s.text(150, y, label, 8)
            s.text(W - 44, y, money(r, 1, 20), 8, align="right")
            y += 11
        y += 12
    for label in ("Federal Universal Service Fund", "Regulatory Cost Recovery Fee"):
        s.text(48, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 40), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 14, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    s.lines(40, y + 44, [
        f"Services provided by {d.carrier.legal} d/b/a Southern Linc. "
        f"FCC Form 499 Filer ID {digits(r, 6)}. FRN {digits(r, 10)}.",
        f"Account PIN (for changes by telephone): {pin(d)}. Keep it private.",
        "Taxes are assessed by each unit's primary place of use. Late fees of 1.5% apply to "
        "overdue amounts."], 6.5, color=GREY)
    if y + 80 > 640:
        s.new_page()
    s.rule(36, 660, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, 680, "Payment Slip", 9, bold=True)
        s.text(340, 680, "Master Account", 8)
        s.text(470, 680, d.printed_account, 8.5)
        s.lines(60, 696, [d.carrier.brand, *d.carrier.remit], 8)


# --- ETC: the BTN only in a sentence, a payment history, services per number --------------

_FEATURES = ("Caller ID", "Call Waiting", "Voice Mail", "Call Forwarding", "3-Way Calling",
             "Unlimited Long Distance")


@family("etc_history", carrier="etc_ga", region="ELJ", lines=(2, 4), dialed=10,
        person_share=0.3, account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 5)}",
        modelled_on="ETC Communications (Ellijay Telephone Company, Georgia) statements "
        "(etcnow.com bills and payments support; nebnet.net 'about your phone bill' for the "
        "return portion, summary and detail): the billing number printed only inside a "
        "sentence ('Your account is billed to 706-555-0123.'); a payment history box with "
        "dates, amounts and ten-digit confirmation numbers; the services of each number in a "
        "table whose rows repeat the number (a feature or the long-distance plan a row); "
        "'Other Charges and Credits see detail'. Ideas 5, 7 and 12",
        accent="#00529B", font="DejaVuSans")
def etc_history(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    d.carrier_printed = d.carrier.legal  # the wordmark is split ('etc' | 'communications')
    s.wordmark(40, 50, "etc", 28, "#00529B")
    s.text(92, 50, "communications", 11, color=GREY)
    s.text(40, 64, d.carrier.legal, 7, color=GREY)
    facts = (("Account Number", d.printed_account), ("Statement Date", date_text(day, "long")),
             ("Amount Due", money(r, 60, 500)), ("Due by", date_text(day, "us")))
    for i, (label, value) in enumerate(facts):
        s.text(340, 40 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 40 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.text(340, 110, "Service Location", 8, bold=True, color=s.accent)
    s.lines(340, 123, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 178, f"Your account is billed to {phone(d.real_btn, 'dash')}. Local service is "
           "billed one month in advance; long distance is billed after you call.", 8)
    s.mark("btn", d.real_btn)
    payment_history(s, d, 44, 204, rows=3)
    y = 280.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Services by Telephone Number", 9.5, bold=True, color=s.accent)
    y += 30
    for x0, head in ((48, "Number"), (160, "Service"), (400, "Amount")):
        s.text(x0, y, head, 7.5, bold=True)
    y += 13
    for n in d.numbers:
        rows = ["Business Line" if not d.customer.person else "Residence Line",
                *r.sample(_FEATURES, r.randint(1, 3))]
        for label in rows:
            s.text(48, y, phone(n, "paren"), 8.5)
            s.text(160, y, label, 8.5)
            s.text(440, y, money(r, 2, 40), 8.5, align="right")
            y += 12
    y += 6
    s.text(48, y, "Other Charges and Credits see detail", 8.5)
    s.text(440, y, money(r, 1, 30), 8.5, align="right")
    with s.roled("help"):
        s.lines(40, y + 24, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 54, count=2, size=7.5)


# --- Planters: the account in spaced groups, a numbers table over two pages, a stamp ---------


def _planters_account(r: object, c: object, b: str) -> str:
    import random

    assert isinstance(r, random.Random)
    return grouped(digits(r, 13), (4, 2, 3, 3, 1))


@family("planters_continued", carrier="planters", region="PRG", lines=(9, 16), dialed=0,
        person_share=0.0, account=_planters_account,
        modelled_on="Planters Rural Telephone Cooperative (Newington, Georgia) business "
        "statements (nebnet.net 'about your phone bill' for the return portion, summary and "
        "detail of recurring charges): the account number printed in spaced groups "
        "('8260 17 123 456 0') beside an invoice number of the same thirteen digits run "
        "together; the telephone numbers table split over pages 1 and 2, its header repeated "
        "under a 'continued' line; a 'PAID' stamp over the header and a fold crease across the "
        "numbers (pixels only; scans and photos from the corpus's scan maker). Ideas 3, 6 "
        "and 16",
        accent="#2E7D32", font="Helvetica")
def planters_continued(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    invoice = digits(r, 13)
    s.vector_mark(40, 26, "bars", 26, "#2E7D32")
    s.text(80, 44, "PLANTERS", 18, bold=True, color=s.accent)
    s.text(80, 56, d.carrier.legal, 7, color=GREY)
    facts = (("Account Number", d.printed_account), ("Invoice Number", invoice),
             ("Bill Date", date_text(day, "abbr")), ("Billing Number", phone(d.real_btn, "dash")),
             ("Total Due", money(r, 120, 1600)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 40 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 40 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    stamp(s, 200, 22, "PAID", angle=r.choice((8, 12, -6)))
    mailing_block(s, d, 60, 118, 9.5)
    s.text(330, 118, "Service Address", 8, bold=True, color=s.accent)
    s.lines(330, 131, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    heads = ("Telephone Number", "Description", "Qty", "Amount")
    cols = (48, 170, 380, 440)
    first = r.randint(4, 6)

    def table(rows: list[str], y: float) -> float:
        for x0, head in zip(cols, heads, strict=True):
            s.text(x0, y, head, 7.5, bold=True)
        y += 13
        for n in rows:
            cells = (phone(n, "dash"), r.choice(("Business Line", "Hunt Line", "Fax Line",
                                                 "Business Line w/ Voice Mail")), "1",
                     money(r, 20, 60))
            for x0, cell in zip(cols, cells, strict=True):
                s.text(x0, y, cell, 8.5)
            y += 13
        return y

    y = 210.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Telephone Numbers", 9.5, bold=True, color=s.accent)
    y = table(d.numbers[:first], y + 30)
    crease(s, 210 + 30 + 13 + 13 * r.randint(0, first - 1) + 3)
    s.text(48, y + 4, "Telephone Numbers continued on next page", 8, bold=True)
    with s.roled("help"):
        s.lines(40, y + 30, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    s.rule(36, 640, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, 660, "Return this portion with your payment", 8, color=GREY)
        s.text(340, 660, "Account Number", 8)
        s.text(460, 660, d.printed_account, 8.5)
        s.text(340, 673, "Invoice Number", 8)
        s.text(460, 673, invoice, 8.5)
        s.lines(60, 676, [d.carrier.legal, *d.carrier.remit], 8)
    s.new_page()
    s.text(40, 40, "PLANTERS", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account {d.printed_account}  \u00b7  Page 2 of 2", 7.5, align="right")
    s.rule(36, 50, W - 36, 0.8, s.accent)
    s.band(70, 15, LIGHT)
    s.text(44, 81, "Telephone Numbers (continued)", 9.5, bold=True, color=s.accent)
    y = table(d.numbers[first:], 100)
    y += 10
    for label in ("Federal Subscriber Line Charge", "Federal Universal Service Fee",
                  "Georgia 911 Charge", "Screven County Sales Tax"):
        s.text(48, y, label, 8.5)
        s.text(440, y, money(r, 1, 40), 8.5, align="right")
        y += 12
    notices(s, d, 40, y + 20, count=2, size=7.5)


# --- Big Bend: every label in English and Spanish, a PO box and a highway address ----------


def _highway(d: Draft) -> None:
    """A service address on a highway or a ranch road with its direction spelled as the
    billing system keeps it ('24100 N State Hwy 118', '100 North 5th St'), the mail to a PO
    box in town."""
    r, a = d.rng, d.customer.service
    kind = r.randrange(3)
    if kind == 0:
        line1 = f"{r.randint(1000, 39000)} {r.choice(('N', 'S'))} State Hwy {r.choice((17, 118, 385, 90))}"
    elif kind == 1:
        line1 = f"{r.randint(100, 900)} {r.choice(('North', 'South', 'East', 'West'))} " \
                f"{r.choice(('1st', '2nd', '5th', 'Third', 'Sixth'))} St"
    else:
        line1 = f"{r.randint(10, 9000)} FM {r.choice((170, 1703, 2627))}"
    set_service(d, replace(a, line1=line1, line2=""), billing_same=False)
    set_billing(d, replace(a, line1=f"PO Box {r.randint(10, 1999)}", line2=""))


@family("bigbend_bilingual", carrier="bigbend", region="BBD", lines=(1, 3), dialed=6,
        person_share=0.5, lang="es", account=lambda r, c, b: f"{digits(r, 6)}-{digits(r, 1)}",
        modelled_on="Big Bend Telephone (Alpine, Texas) statements for its Brewster, "
        "Presidio and Jeff Davis county exchanges (rural directories' bilingual notices, "
        "'EN CASO DE EMERGENCIA ... MARQUE 9-1-1'; nebnet.net for the return portion and the "
        "summary): every label in English and Spanish ('Account Number / Número de cuenta', "
        "'Service Address / Dirección de servicio'); mail to a PO box in town and service on a "
        "state highway, a farm-to-market road or an ordinal street with its direction spelled "
        "out ('N State Hwy 118', 'North 5th St', 'FM 170'). Ideas 8 and 10",
        accent="#8B4513", font="Helvetica")
def bigbend_bilingual(s: Sheet, d: Draft) -> None:
    r = s.rng
    _highway(d)
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 48, "Big Bend Telephone", 18, "#8B4513")
    s.text(40, 62, d.carrier.legal + " \u00b7 Alpine, Texas", 7.5, color=GREY)
    facts = (("Account Number / Número de cuenta", d.printed_account),
             ("Statement Date / Fecha de estado", date_text(day, "us")),
             ("Billing Telephone No. / Teléfono de facturación", phone(d.real_btn, "paren")),
             ("Amount Due / Total a pagar", money(r, 40, 400)))
    for i, (label, value) in enumerate(facts):
        s.text(300, 40 + i * 13, label, 7.5, color=GREY)
        s.text(W - 40, 40 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(60, 104, "Mail to / Enviar a", 7.5, color=GREY)
    mailing_block(s, d, 60, 118, 9.5)
    s.text(330, 104, "Service Address / Dirección de servicio", 7.5, bold=True, color=s.accent)
    s.lines(330, 118, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 200.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Current Charges / Cargos del mes", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "dash"), 8.5)
        s.text(170, y, r.choice(("Local Service / Servicio local",
                                 "Business Line / Línea comercial")), 8.5)
        s.text(W - 44, y, money(r, 18, 45), 8.5, align="right")
        y += 13
    for label in ("Federal Subscriber Line Charge / Cargo federal de línea",
                  "Brewster County 911 / 911 del condado", "Texas USF / Fondo de Texas"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 12), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 20, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    s.text(40, y + 50, "IN AN EMERGENCY DIAL 9-1-1 / EN CASO DE EMERGENCIA MARQUE 9-1-1", 8,
           bold=True)
    s.rule(36, 640, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, 656, "Return this portion / Devuelva esta parte", 7.5, color=GREY)
        s.text(330, 670, "Account / Cuenta", 8)
        s.text(470, 670, d.printed_account, 8.5)
        s.lines(60, 676, [d.carrier.legal, *d.carrier.remit], 8)
        s.lines(330, 690, [d.name, *address_lines(d.billing or d.service)], 8.5)
