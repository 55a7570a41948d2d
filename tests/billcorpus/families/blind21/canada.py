"""TWENTY-FIRST BLIND SPLIT: not for the reader's author (see families/blind21/__init__.py).

Three Canadian carriers: North Frontenac Telephone (North Frontenac Telephone Corporation,
Sharbot Lake, Ontario), Cochrane Telecom Services (the Town of Cochrane's telephone utility,
Ontario) and Câblevision du Nord de Québec (Val-d'Or, Québec; in French only).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
crtc.gc.ca/eng/archive/1995/PT95-15.HTM (the regulatory framework for the independent telephone
companies of Quebec and Ontario) and crtc.gc.ca/fra/archive/2006/dt2006-52.htm (the consumers'
bill of rights the small incumbents print for their subscribers); nebnet.net 'About your phone
bill' for the small companies' return portion, summary and detail; sogetel.com 'Droits du
consommateur' and support.cogeco.ca 'Facturation en ligne' for the words of a Québec telephone
bill in French; cityofcarrollton.dpnetbill.com 'How to read your bill' and radfordva.gov 'Read
your bill' for a municipal utility's bill (account information box, service address apart from
the mailing one, payment coupon). No page of these three carriers' own bills was found: each
follows that common layout with the habits named in its family.
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind21.parts import (
    decoy,
    facts,
    hyphen_cut,
    pin_line,
    with_unit,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, csz, date_text, digits, money, phone
from tests.billcorpus.people import ca_address, person_name
from tests.billcorpus.truth import Draft, address_key

_MON = ("JAN", "FEB/FÉV", "MAR", "APR/AVR", "MAY/MAI", "JUN/JUIN", "JUL/JUIL", "AUG/AOÛT",
        "SEP", "OCT", "NOV", "DEC/DÉC")

# --- North Frontenac: the unit above the street, a name cut with a hyphen, day-month dates --


@family("nftc_unit_first", carrier="nftc", region="NFT", lines=(1, 3), dialed=6,
        person_share=0.3, country="CA", account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 4)}",
        modelled_on="North Frontenac Telephone (North Frontenac Telephone Corporation, Sharbot "
        "Lake, Ontario) statements (no page of its own bill found: nebnet.net for a small "
        "company's layout, the CRTC's framework and consumers' bill of rights for the small "
        "Ontario incumbents): the holder's name in a fixed-width field, cut inside a word "
        "with a hyphen ('... Hospi-' / 'tality Ltd.') when it is long (the stub prints it "
        "whole); the service address's unit ('Unit 4', 'Apt 12', 'Bldg B') on its own line "
        "above the street; dates written day first ('04/11/2025', 'DD/MM/YYYY') and months "
        "in both languages ('04 NOV 2025', '12 DEC/DÉC 2025'). Ideas 2, 4 and 13",
        accent="#37474F", font="Courier")
def nftc_unit_first(s: Sheet, d: Draft) -> None:
    r = s.rng
    service = with_unit(d, ("Unit", "Apt", "Bldg"))
    day = d.statement_date
    dmy = f"{day:%d/%m/%Y}"
    bil = f"{day:%d} {_MON[day.month - 1]} {day.year}"
    s.text(40, 44, "NORTH FRONTENAC TELEPHONE", 15, bold=True, color=s.accent)
    s.text(40, 57, d.carrier.legal, 7, color=GREY)
    facts(s, (("ACCOUNT NO", d.printed_account), ("BILL DATE (DD/MM/YYYY)", dmy),
              ("STATEMENT / RELEVÉ", bil), ("AMOUNT DUE", money(r, 30, 260))), size=8)
    s.text(40, 96, "CUSTOMER NAME:", 7.5, color=GREY)
    s.lines(130, 96, hyphen_cut(d.name, 24), 8.5, leading=10)
    s.text(40, 124, "BILLING TEL NO:", 7.5, color=GREY)
    s.text(130, 124, phone(d.real_btn, "space"), 8.5)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 150, 9)
    s.text(330, 150, "SERVICE LOCATION", 7.5, bold=True, color=s.accent)
    s.lines(330, 163, [service.line2, service.line1, csz(service)], 8.5)
    s.mark("service", address_key(service))
    y = 218.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "MONTHLY CHARGES", 9, bold=True, color=s.accent)
    y += 30
    start = day - timedelta(days=30)
    for n in d.numbers:
        s.text(56, y, phone(n, "space"), 8.5)
        s.text(170, y, f"LOCAL LINE {start:%d/%m}-{day:%d/%m}", 8.5)
        s.text(W - 44, y, money(r, 25, 50), 8.5, align="right")
        y += 13
    for label in ("911 SERVICE", "HST 13%"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 10), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 16, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 46, count=2, size=7.5)
    s.rule(36, 650, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, 668, "RETURN THIS PORTION WITH PAYMENT", 7.5, color=GREY)
        s.text(60, 684, d.name, 8.5, bold=True)
        s.text(360, 668, f"ACCOUNT {d.printed_account}", 8.5)
        due = day + timedelta(days=21)
        s.text(360, 684, f"DUE {due:%d/%m/%Y}", 8.5)
        s.lines(60, 700, [d.carrier.legal, *d.carrier.remit], 8)


# --- Cochrane: an account with a check digit, a previous address, a long scan line ---------


def _check(base: str) -> str:
    """A mod-10 check digit of the billing system (Luhn)."""
    total = 0
    for i, c in enumerate(reversed(base)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


@family("cochrane_check_digit", carrier="cochrane", region="CTS", lines=(1, 3), dialed=6,
        person_share=0.5, country="CA", account=lambda r, c, b: f"{digits(r, 8)}",
        modelled_on="Cochrane Telecom Services (the Town of Cochrane's telephone utility, "
        "Ontario) statements (no page of its own bill found: a municipal utility's bill as "
        "cityofcarrollton.dpnetbill.com and radfordva.gov describe it, an account box, the "
        "service address apart from the mailing one, a payment coupon; nebnet.net for the "
        "telephone summary): the account printed with a check digit after a hyphen "
        "('12345678-9'; half the customers' records hold it without the check digit, and the "
        "bill cannot settle that the shorter number is the account: unverifiable); a "
        "'Previous service address' line for a customer who moved; the coupon's long scan "
        "line holding the account's digits between others. Ideas 7, 9 and 14",
        accent="#00695C", font="Helvetica")
def cochrane_check_digit(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    check = _check(d.account_number)
    full = f"{d.account_number}-{check}"
    if r.random() < 0.5:
        d.account_number = full  # the record holds the check digit: typed whole
    d.printed_account = full
    s.wordmark(40, 50, "Cochrane Telecom Services", 16, "#00695C")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    facts(s, (("Account Number", full), ("Billing Date", date_text(day, "abbr")),
              ("Telephone Number", phone(d.real_btn, "dash")),
              ("Amount Due", money(r, 30, 280))))
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 116, 9.5)
    s.text(330, 116, "Service Address", 8, bold=True, color=s.accent)
    s.lines(330, 129, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    old = ca_address(r, (d.service.city, d.service.state, d.service.postal_code[:3],
                         d.customer.npa), False, 0.2)
    s.text(330, 176, f"Previous service address: {old.line1}, {old.city}", 7.5, color=GREY)
    y = 204.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Telephone Services", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "dash"), 8.5)
        s.text(180, y, r.choice(("Individual Line", "Business Line", "Touch-Tone Line")), 8.5)
        s.text(W - 44, y, money(r, 20, 48), 8.5, align="right")
        y += 13
    for label in ("Ontario 911 Fee", "HST 13%"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 10), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 16, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 46, count=2, size=7.5)
    s.rule(36, 640, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, 656, "PAYMENT COUPON", 8.5, bold=True)
        s.text(330, 656, "Account Number", 8)
        s.text(470, 656, full, 8.5)
        s.lines(60, 672, [d.carrier.legal, *d.carrier.remit], 8)
    scan = f"{digits(r, 5)}{full.replace('-', '')}{digits(r, 8)}{digits(r, 4)}{r.randint(0, 9)}"
    with s.roled("scanline"):
        s.text(60, 740, scan, 10.5, font="Courier")


# --- Câblevision du Nord de Québec: in French, authorised persons, a masked NIP ------------


@family("cnq_facture", carrier="cablevision_nord", region="CNQ", lines=(1, 3), dialed=6,
        person_share=0.6, country="CA", lang="fr",
        account=lambda r, c, b: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
        modelled_on="Câblevision du Nord de Québec (Val-d'Or, Québec) telephone and cable "
        "statements, in French only (no page of its own bill found: sogetel.com and "
        "support.cogeco.ca for the words of a Québec telephone bill): dates in day-month "
        "order ('04/11/2025', '4 novembre 2025'); a 'Personnes autorisées' box naming people "
        "who may act on the account, with their numbers (none the holder); the account's NIP "
        "printed masked ('NIP au dossier : ****'). Ideas 6, 10 and 13",
        accent="#C62828", font="DejaVuSans")
def cnq_facture(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 48, "CNQ", 24, "#C62828")
    s.text(108, 48, "Câblevision du Nord de Québec", 11, color=GREY)
    s.text(40, 62, d.carrier.legal, 7, color=GREY)
    facts(s, (("Numéro de compte", d.printed_account), ("Date de facturation", f"{day:%d/%m/%Y}"),
              ("Numéro de téléphone principal", phone(d.real_btn, "space")),
              ("Montant à payer", money(r, 40, 300, fr=True)),
              ("Date d'échéance", date_text(day + timedelta(days=21), "fr"))))
    s.mark("btn", d.real_btn)
    s.text(60, 116, "Adresse postale", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 60, 130, 9.5)
    s.text(330, 116, "Adresse de service", 7.5, bold=True, color=s.accent)
    s.lines(330, 130, address_lines(d.service, fr=True), 9)
    s.mark("service", address_key(d.service))
    s.text(330, 178, pin_line(d, fr=True), 7.5, color=GREY)
    y = 204.0
    s.box(40, y - 10, W - 80, 16 + 13 * 2, stroke=GREY)
    s.text(46, y, "Personnes autorisées au dossier", 8, bold=True, color=s.accent)
    y += 14
    for role in r.sample(("Conjoint(e)", "Comptable", "Gérant(e)", "Fils / fille"), 2):
        s.text(52, y, person_name(r), 8.5)
        s.text(220, y, role, 8.5)
        s.text(360, y, phone(decoy(d, r.choice(("819", d.customer.npa))), "space"), 8.5)
        y += 13
    y += 24
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Services mensuels", 9.5, bold=True, color=s.accent)
    y += 30
    start = day - timedelta(days=30)
    for n in d.numbers:
        s.text(56, y, phone(n, "space"), 8.5)
        s.text(170, y, f"Ligne téléphonique du {start:%d/%m} au {day:%d/%m}", 8.5)
        s.text(W - 44, y, money(r, 22, 48, fr=True), 8.5, align="right")
        y += 13
    for label in ("Frais 9-1-1", "TPS 5 %", "TVQ 9,975 %"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 12, fr=True), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 16, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 46, count=2, lang="fr", size=7.5)
    s.rule(36, 650, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, 668, "Veuillez joindre ce coupon à votre paiement.", 7.5, color=GREY)
        s.text(340, 668, "Numéro de compte", 8)
        s.text(460, 668, d.printed_account, 8.5)
        s.lines(60, 684, [d.carrier.legal, *d.carrier.remit], 8)
