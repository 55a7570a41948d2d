"""NINETEENTH BLIND SPLIT: not for the reader's author (see families/blind19/__init__.py).

Three Canadian independents: DMTS (Dryden Municipal Telephone Service, Dryden, Ontario), NRTC
Communications (North Renfrew Telephone Company Limited, Deep River, Ontario) and Téléphone de
St-Victor (Saint-Victor, Beauce, Québec; its statement in French only).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
the NRTC Communications general tariff (CRTC 25500; 'North Renfrew Telephone Company Limited'
trading as 'NRTC Communications' since December 2006; exchange service, other services and
facilities, terms of service) and hwtproject.ca 'Telephones' (the original North Renfrew
Telephone Company still the main provider around Westmeath and Whitewater); CRTC Telecom Public
Notice 95-15 (the independent telephone companies of Ontario and Québec); cogeco.ca and
nextera.net 'Understanding your bill' pages (billing address versus service address, the
account number for payments, messages and promotions); the municipal telephone service's and
the Beauce company's web sites (a notice mailed before the statement, a business account's
locations, the representative who looks after business accounts).
"""

from __future__ import annotations

from dataclasses import replace

from tests.billcorpus.blocks import mailing_block, notices
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind19.parts import (
    carrier_lines,
    due,
    rep_block,
    set_billing,
    set_service,
    stub,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

_PROVINCE = {"ON": "Ontario", "QC": "Québec"}

# --- DMTS: a cover letter first, the facts on page 2, postal codes both ways, dotted numbers --


def _spaced(n: str, k: int) -> str:
    """One list, two ways: '+1.807.555.0199' and '807 555 0199'."""
    t = n[-10:]
    return f"+1.{t[:3]}.{t[3:6]}.{t[6:]}" if k % 2 else f"{t[:3]} {t[3:6]} {t[6:]}"


@family("dmts_cover", carrier="dmts", region="DMT", lines=(1, 4), dialed=0, person_share=0.4,
        country="CA", account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 6)}",
        modelled_on="DMTS (Dryden Municipal Telephone Service, Ontario) statements: page 1 a "
        "cover letter from the municipal telephone service (a welcome or a rate change) with "
        "the envelope's address only; the account facts from page 2; the mailing address's "
        "postal code without its space and the province spelled out ('Dryden, Ontario P8N2Y5'), "
        "the service address's with it ('P8N 2Y5', 'ON'); the lines in one list written "
        "'+1.807.555.0199' and '807 555 0199'. Ideas 12, 14 and 15",
        accent="#00467F", font="Helvetica")
def dmts_cover(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.billing is not None and d.service is not None
    set_billing(d, replace(d.billing, postal_code=d.billing.postal_code.replace(" ", "")))
    b = d.billing
    day = d.statement_date
    s.wordmark(40, 48, "DMTS", 26, "#00467F")
    s.text(40, 62, d.carrier.legal + " \u00b7 City of Dryden", 7.5, color=GREY)
    s.text(W - 40, 48, date_text(day, "long"), 8.5, align="right")
    with s.roled("mailing"):
        s.lines(60, 118, [d.name, b.line1, *([b.line2] if b.line2 else []),
                          f"{b.city}, {_PROVINCE.get(b.state, b.state)} {b.postal_code}"], 9.5)
    letter = r.choice((
        ["Dear Customer,", "", "Thank you for choosing DMTS, your community's own telephone "
         "company.", "Your first statement is enclosed. Charges for your first partial month "
         "appear", "with your first full month of service, so this statement is higher than "
         "usual."],
        ["Dear Customer,", "", f"Beginning {due(d, 40)}, the rate for basic local service "
         "changes as approved", "by City Council. The new rates are listed on the back of this "
         "letter. Your", "statement follows on the next page."],
    ))
    s.lines(40, 220, [*letter, "", "Yours truly,", "DMTS Customer Service"], 9)
    with s.roled("help"):
        s.lines(40, 360, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    s.new_page()
    s.text(40, 44, "DMTS \u00b7 Statement of Account", 12, bold=True, color=s.accent)
    s.text(W - 40, 44, "Page 2 of 2", 7.5, align="right")
    facts = (("Account Number", d.printed_account), ("Statement Date", date_text(day, "abbr")),
             ("Main Telephone Number", _spaced(d.real_btn, 0)),
             ("Balance Due", money(r, 30, 500)), ("Due Date", due(d, 21, "abbr")))
    for i, (label, value) in enumerate(facts):
        s.text(330, 70 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 70 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(44, 70, "Account Holder", 8, color=GREY)
    s.text(44, 82, d.name, 9.5, bold=True)
    s.text(44, 104, "Service Address", 8, color=GREY)
    s.lines(44, 116, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 160.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Your Telephone Numbers", 9.5, bold=True, color=s.accent)
    y += 30
    for k, n in enumerate(d.numbers):
        s.text(56, y, _spaced(n, k + 1), 8.5)
        s.text(200, y, r.choice(("Individual Line", "Business Line", "Additional Line")), 8.5)
        s.text(W - 44, y, money(r, 20, 50), 8.5, align="right")
        y += 13
    for label in ("Internet 50", "911 Service", "HST 13%"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 80), 8.5, align="right")
        y += 12
    notices(s, d, 40, y + 20, count=2, size=7.5)
    stub(s, d, 620)


# --- NRTC: the service address only in a 'Service locations' table, decoys, an account rep ----


@family("nrtc_locations", carrier="nrtc_on", region="NRT", lines=(1, 4), dialed=0,
        person_share=0.2, country="CA", account=lambda r, c, b: f"{digits(r, 8)}",
        modelled_on="NRTC Communications (North Renfrew Telephone Company Limited, Deep River, "
        "Ontario) business statements: the service address only as a row of a 'Service "
        "locations' table (location ID, street, unit, city, province, postal code in separate "
        "cells); addresses that are not the customer's beside it (a 'Moving? Write your new "
        "address here' blank, the equipment returns 'Ship to' depot, the remit-to box and the "
        "head office in the foot); the business account representative named with a direct "
        "line and an e-mail. Ideas 7, 8 and 10",
        accent="#7A1F2B", font="DejaVuSans")
def nrtc_locations(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    a = d.service
    day = d.statement_date
    s.wordmark(40, 48, "NRTC", 24, "#7A1F2B")
    s.text(40, 62, "Communications \u00b7 " + d.carrier.legal, 7.5, color=GREY)
    facts = (("Account Number", d.printed_account), ("Bill Date", date_text(day, "long")),
             ("Billing Telephone Number", phone(d.real_btn, "paren")),
             ("Amount Due", money(r, 40, 600)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 44 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 118, 9.5)
    rep_block(s, d, 330, 118, "Your Business Representative")
    y = 200.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Service locations", 9.5, bold=True, color=s.accent)
    y += 30
    cols = (44, 110, 260, 320, 430, 470)
    for x0, head in zip(cols, ("Location ID", "Street", "Unit", "City", "Prov.", "Postal Code"),
                        strict=True):
        s.text(x0, y, head, 7.5, bold=True)
    y += 13
    loc = f"L{digits(r, 5)}"
    for x0, cell in zip(cols, (loc, a.line1, a.line2 or "-", a.city, a.state, a.postal_code),
                        strict=True):
        s.text(x0, y, cell, 8.5)
    s.mark("service", address_key(a))
    y += 28
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Services by location", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, loc, 8.5)
        s.text(130, y, phone(n, "dash"), 8.5)
        s.text(250, y, r.choice(("Business Line", "Residence Line", "Extra Line")), 8.5)
        s.text(W - 44, y, money(r, 20, 55), 8.5, align="right")
        y += 13
    y += 10
    s.text(44, y, "Returning equipment? Ship to:", 7.5, bold=True, color=GREY)
    s.text(44, y + 11, f"NRTC Depot, {r.randint(10, 99)} Industrial Ave, Pembroke ON  K8A 6W2",
           7.5, color=GREY)
    carrier_lines(s, d, 330, y)
    stub(s, d, 610)
    s.text(40, 776, f"Head office: {d.carrier.legal}, {r.randint(10, 99)} Ridge Rd, Deep River "
           "ON K0J1P0", 6.5, color=GREY)


# --- Téléphone de St-Victor: French only, a masked account beside the full one, postal forms --


def _fr_units(d: Draft) -> None:
    """The unit as a Québec billing system writes it: 'app. 4', 'bureau 210', '#4'."""
    r, a = d.rng, d.customer.service
    if a.line2:
        unit = a.line2.split()[-1]
        set_service(d, replace(a, line2=r.choice((f"app. {unit}", f"bureau {unit}",
                                                  f"# {unit}", f"local {unit}"))))


@family("stvictor_fr", carrier="stvictor", region="STV", lines=(1, 3), dialed=0,
        person_share=0.5, country="CA", lang="fr",
        account=lambda r, c, b: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 4)}",
        modelled_on="Téléphone de St-Victor (Beauce, Québec) statements, in French only (no "
        "English label): 'Numéro de compte', 'Date de la facture', 'Numéro de téléphone "
        "principal', 'Adresse de service'; the account masked in the summary box ('*** *** "
        "5678') and in full on the payment stub; Québec postal forms (the mailing postal code "
        "without its space, the service one with it, '(Québec)' spelled out or 'QC'), units "
        "'app.', 'bureau', 'local', '#'. Ideas 4, 12 and 13",
        accent="#005A9C", font="DejaVuSans")
def stvictor_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    _fr_units(d)
    assert d.billing is not None and d.service is not None
    if r.random() < 0.6:
        set_billing(d, replace(d.billing, postal_code=d.billing.postal_code.replace(" ", "")))
    day = d.statement_date
    masked = "*** *** " + d.account_number[-4:]
    s.wordmark(40, 48, "St-Victor", 22, "#005A9C")
    s.text(40, 62, d.carrier.legal, 7.5, color=GREY)
    facts = (("Numéro de compte", masked), ("Date de la facture", date_text(day, "fr")),
             ("Numéro de téléphone principal", phone(d.real_btn, "space")),
             ("Montant dû", money(r, 30, 500, fr=True)),
             ("Date d'échéance", due(d, 21, "fr")))
    s.box(320, 34, 256, 80, stroke=s.accent)
    for i, (label, value) in enumerate(facts):
        s.text(328, 50 + i * 13, label, 7.5, color=GREY)
        s.text(W - 44, 50 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 118, 9.5)
    y = 196.0
    s.text(44, y, "Adresse de service", 8, bold=True, color=s.accent)
    a = d.service
    s.text(44, y + 13, f"{a.line1}{', ' + a.line2 if a.line2 else ''}", 9)
    s.text(44, y + 25, f"{a.city} {r.choice(('QC', '(Québec)'))} {a.postal_code}", 9)
    s.mark("service", address_key(a))
    y += 50
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Vos services", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "space"), 8.5)
        s.text(170, y, r.choice(("Ligne résidentielle", "Ligne d'affaires", "Ligne "
                                 "supplémentaire")), 8.5)
        s.text(W - 44, y, money(r, 20, 50, fr=True), 8.5, align="right")
        y += 13
    for label in ("Service 9-1-1", "TPS 5 %", "TVQ 9,975 %"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 20, fr=True), 8.5, align="right")
        y += 12
    s.text(40, y + 16, "Pour nous joindre", 9, bold=True, color=s.accent)
    y = carrier_lines(s, d, 40, y + 29, fr=True)
    notices(s, d, 40, y + 8, count=2, lang="fr", size=7)
    stub(s, d, 620, account_label="Numéro de compte", fr=True)

