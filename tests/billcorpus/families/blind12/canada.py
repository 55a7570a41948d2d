"""TWELFTH BLIND SPLIT: not for the reader's author (see families/blind12/__init__.py).

CCAP (Coopérative de câblodistribution de l'arrière-pays, a cable co-operative of Portneuf,
Québec; in French) and Quadro Communications (a telephone co-operative of Perth and Huron
counties, Ontario).

Modelled on co-operative statements of CCAP's kind (labels in white on a dark band with the value
to their right, several dates on page 1 each labelled, 'app. 4' units, postal codes printed with
or without their space, the lines as '418 555-0123'), and on co-operative statements of Quadro's
kind (the account holder in the window as a legal name over its trade name ('d/b/a') or a person
with a 'c/o' line, the name broken with a hyphen at the window's edge and printed whole in the
account box, a PO Box mailing address beside the street service address, a notice naming a
number that left the account).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from tests.billcorpus.blocks import doing_business_as, mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind12.parts import move_to, postal_unspaced, reverse_label
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, money, phone
from tests.billcorpus.people import REGIONS, person_name, po_box
from tests.billcorpus.truth import Draft, address_key


@family("ccap_fr", carrier="ccap", country="CA", lang="fr", region="PRT", lines=(1, 3),
        block=0.0, dialed=8, person_share=0.6,
        account=lambda r, c, b: f"{r.randint(100000, 999999)}",
        modelled_on="relevés de la coopérative CCAP (Saint-Raymond, Portneuf) : les libellés en "
        "blanc sur une bande foncée, la valeur à leur droite ; plusieurs dates en page 1 "
        "(facture, période, échéance, dernier paiement), chacune libellée ; 'app. 4' ; le code "
        "postal avec ou sans espace ; les lignes écrites 418 555-0123",
        accent="#004D40", font="DejaVuSans")
def ccap_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    if d.customer.person and r.random() < 0.7:
        move_to(d, replace(d.service, line2=f"app. {r.randint(1, 24)}"))
    if r.random() < 0.5:
        d.service, d.billing = postal_unspaced(d.service), postal_unspaced(d.billing)
        d.traits.add("postal_unspaced")
    assert d.service is not None
    s.wordmark(40, 48, "CCAP", 28, "#004D40")
    s.text(40, 62, "Coopérative de câblodistribution de l'arrière-pays", 7.5, color=GREY)
    s.text(W - 40, 40, "Votre relevé de compte", 13, bold=True, align="right")
    mailing_block(s, d, 60, 104, 9.5)
    bill = d.statement_date
    due = bill + timedelta(days=21)
    paid = bill - timedelta(days=r.randint(10, 24))
    rows = (("NO DE COMPTE", d.printed_account), ("DATE DE LA FACTURE", date_text(bill, "fr")),
            ("PÉRIODE", f"du {date_text(bill, 'fr_abbr')} au "
             f"{date_text(bill + timedelta(days=29), 'fr_abbr')}"),
            ("DATE D'ÉCHÉANCE", date_text(due, "fr")),
            ("DERNIER PAIEMENT", f"{money(r, 30, 200, fr=True)} reçu le {date_text(paid, 'fr')}"))
    for i, (label, value) in enumerate(rows):
        reverse_label(s, 300, 96 + i * 16, 110, label, 7)
        s.text(416, 96 + i * 16, value, 8.5)
    y = 196.0
    reverse_label(s, 40, y, 150, "ADRESSE DE SERVICE", 7)
    s.lines(196, y, address_lines(d.service, fr=True), 9)
    s.mark("service", address_key(d.service))
    y += 40
    reverse_label(s, 40, y, 150, "TÉLÉPHONE PRINCIPAL", 7)
    s.text(196, y, phone(d.real_btn, "space"), 9)
    s.mark("btn", d.real_btn)
    y += 30
    s.band(y, 16, LIGHT)
    s.text(44, y + 11, "Détail de vos services", 9.5, bold=True, color=s.accent)
    body = []
    for k, n in enumerate(d.numbers):
        body.append((phone(n, "space"), "Téléphonie résidentielle" if d.customer.person
                     else "Téléphonie affaires", "ligne principale" if k == 0 else "ligne "
                     "additionnelle", money(r, 15, 40, fr=True)))
    body += [("", "Internet Fibre 300", "", money(r, 40, 90, fr=True)),
             ("", "Télévision de base", "", money(r, 20, 60, fr=True)),
             ("", "TPS / TVQ", "", money(r, 5, 30, fr=True))]
    s.table(40, y + 34, ("Numéro", "Service", "", "Montant"), body, (110, 190, 130, 90),
            size=8.5, shade=False, align=("left", "left", "left", "right"))
    with s.roled("help"):
        s.lines(40, 560, [f"{label} : {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    s.text(300, 560, d.carrier.legal, 6.5, color=GREY)
    remit_stub(s, d, y=626, lang="fr", account_label="No de compte")


def _hyphenated(name: str, width: int) -> list[str]:
    """A name broken at the window's edge inside a word, three letters at least on each side
    ('Maple Leaf Fit-' / 'ness Corp.'); the whole name when no word is long enough."""
    for cut in range(min(width, len(name) - 3), 2, -1):
        if name[cut - 3:cut].isalpha() and name[cut:cut + 3].isalpha():
            return [name[:cut] + "-", name[cut:]]
    return [name]


@family("quadro_coop", carrier="quadro", country="CA", region="HUR", lines=(1, 4), dialed=8,
        person_share=0.4, account=lambda r, c, b: f"{r.randint(100, 999)}{r.randint(1000, 9999)}",
        modelled_on="co-operative statements of Quadro Communications' kind (Kirkton, Ontario): "
        "the window naming a business over its trade name (d/b/a) or a person with a c/o "
        "line, a long name broken with a hyphen at the window's edge and printed whole in the "
        "account box, a PO Box mailing address beside the street service address, a notice "
        "naming a number that left the account",
        accent="#6A1B9A", font="Helvetica")
def quadro_coop(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    if d.billing == d.service and r.random() < 0.7:
        city = next(c for c in REGIONS["HUR"] if c[0] == d.service.city)
        d.billing = po_box(r, city, "CA", False)
        d.customer = replace(d.customer, billing=d.billing)
    assert d.billing is not None
    s.wordmark(40, 46, "Quadro", 26, "#6A1B9A")
    s.text(40, 60, d.carrier.legal, 7.5, color=GREY)
    s.text(W - 40, 40, "Statement", 14, bold=True, align="right")
    legal, trade = doing_business_as(d, "d/b/a") if r.random() < 0.5 else (d.name, "")
    if trade:
        window = [legal, trade]
    elif d.customer.person:
        window = [d.name, f"c/o {person_name(r)}"]
    else:
        window = _hyphenated(d.name, len(d.name) // 2 + 2)
    with s.roled("mailing"):
        s.lines(60, 100, [*window, *address_lines(d.billing)], 9.5)
    s.box(320, 84, 252, 104, stroke=s.accent, radius=4)
    facts = (("Account Name", d.name), ("Account Number", d.printed_account),
             ("Statement Date", date_text(d.statement_date, "long")),
             ("Telephone Number", phone(d.real_btn, "dash")))
    for i, (label, value) in enumerate(facts):
        s.text(330, 100 + i * 24, label, 7, bold=True, color=s.accent)
        s.text(330, 110 + i * 24, value, 8.5 if len(value) < 40 else 7)
    s.mark("btn", d.real_btn)
    s.text(40, 206, "Service Address", 8, bold=True, color=s.accent)
    s.lines(40, 220, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(320, 206, "Mailing Address", 8, bold=True, color=s.accent)
    s.lines(320, 220, address_lines(d.billing), 9)
    y = 270.0
    body = [(phone(n, "dash"), "Residence Line" if d.customer.person else "Business Line",
             money(r, 20, 45)) for n in d.numbers]
    body += [("", "Fibre Internet 100", money(r, 50, 90)), ("", "HST", money(r, 5, 20))]
    y = s.table(40, y, ("Number", "Service", "Amount"), body, (140, 280, 100), size=8.5,
                align=("left", "left", "right"))
    left = d.pool.one(d.customer.npa)
    d.help_numbers.append(left)
    with s.roled("help"):
        s.lines(40, y + 18, [
            f"Notice: {phone(left, 'dash')} was removed from this account at your request on "
            f"{date_text(d.statement_date - timedelta(days=r.randint(5, 25)), 'long')}.",
            *(f"{label}: {number}" for label, number in d.carrier.help_lines)], 8)
    remit_stub(s, d, y=626, account_label="Account Number", window=False)
    with s.roled("stub"):
        s.lines(330, 718, [*window, *address_lines(d.billing)], 8.5)
