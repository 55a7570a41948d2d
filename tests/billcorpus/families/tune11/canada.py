"""Open tuning split tune11: Fizz (Vidéotron's mobile brand, Montréal), in French, and
Tuckersmith Communications (the telephone co-operative of Seaforth, Ontario).

Modelled on Fizz's monthly statements (no mailing window: 'Facturé à' with the member's name and
address in a column on the right, 'Numéro de compte' and 'Date du relevé' on the left, each
line headed 'Ligne 1 de 2' with its number, no service address and no billing number) and on
Tuckersmith's co-op statements (the member's facts down the left with dotted leaders to the
values, 'Member No.', 'Main Listing', the premises under their own caption, number blocks
'to', GST and HST, day-month-year dates).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, did_range, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key


@family("fizz_fr", carrier="fizz", country="CA", lang="fr", region="MTL", lines=(1, 4),
        dialed=8, person_share=0.7, account=lambda r, c, b: f"FZ{digits(r, 8)}",
        modelled_on="relevés mensuels de Fizz (Montréal) : pas de fenêtre, « Facturé à » avec "
        "le nom et l'adresse du membre dans une colonne à droite, « Numéro de compte » et "
        "« Date du relevé » à gauche, chaque ligne sous « Ligne 1 de 2 » avec son numéro, ni "
        "adresse de service ni numéro de facturation, TPS et TVQ",
        accent="#2B2C7C", font="DejaVuSans")
def fizz_fr(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a mobile statement: no service address, no billing number
    r = s.rng
    style = "space"
    s.wordmark(40, 50, "fizz", 32, "#2B2C7C")
    s.text(40, 64, d.carrier.legal, 7.5, color=GREY)
    for i, (label, value) in enumerate((("Numéro de compte", d.printed_account),
                                        ("Date du relevé", date_text(d.statement_date, "fr")),
                                        ("Période", f"{date_text(d.statement_date, 'fr_abbr')}"
                                                    " au " + date_text(d.statement_date
                                                                       + timedelta(days=29),
                                                                       "fr_abbr")))):
        s.text(40, 96 + i * 24, label, 7.5, color=GREY)
        s.text(40, 107 + i * 24, value, 9.5, bold=True)
    s.text(360, 96, "Facturé à", 7.5, color=GREY)
    mailing_block(s, d, 360, 108, 9)
    s.band(176, 2)
    total = len(d.numbers)
    y = 204.0
    for k, n in enumerate(d.numbers):
        who = d.name if d.customer.person and k == 0 else person_name(r)
        s.box(36, y - 12, W - 72, 16, fill=LIGHT)
        s.text(44, y, f"Ligne {k + 1} de {total}", 8.5, bold=True)
        s.text(140, y, phone(n, style), 9, bold=True)
        s.text(260, y, who, 8)
        y += 16
        for label in ("Forfait mensuel", "Données supplémentaires", "Récompenses de fidélité"):
            s.text(60, y, label, 7.5)
            s.text(W - 44, y, money(r, 0, 40, fr=True), 7.5, align="right")
            y += 10
        y += 8
    for label in ("TPS (5 %)", "TVQ (9,975 %)", "Total"):
        s.text(44, y, label, 8, bold=label == "Total")
        s.text(W - 44, y, money(r, 2, 200, fr=True), 8, align="right", bold=label == "Total")
        y += 11
    s.text(44, y + 10, "Paiement automatique par carte de crédit le "
                       f"{date_text(d.statement_date + timedelta(days=5), 'fr')}", 7.5)
    with s.roled("help"):
        s.text(44, y + 24, f"{d.carrier.help_lines[0][0]} : {d.carrier.help_lines[0][1]}  "
                           f"\u2022  {d.carrier.domain}", 7.5, color=GREY)
    notices(s, d, 40, y + 48, count=2, lang="fr", size=7)


@family("tuckersmith_leaders", carrier="tuckersmith", country="CA", region="HURON2",
        lines=(1, 4), block=0.35, block_size=(5, 10), dialed=8, person_share=0.35,
        account=lambda r, c, b: f"{r.randint(10000, 99999)}",
        modelled_on="co-operative statements of Tuckersmith's kind (Seaforth, Ontario): the "
        "member's facts down the left with dotted leaders to their values ('Member No.', "
        "'Statement Date', 'Main Listing'), the window to the right, the premises under their "
        "own caption, number blocks 'to', GST and HST, day-month-year dates",
        accent="#3C6E2F", font="DejaVuSans")
def tuckersmith_leaders(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "space"))
    s.wordmark(40, 44, "Tuckersmith", 22, "#3C6E2F")
    s.text(40, 58, "Communications Co-operative", 8.5, color=GREY)
    facts = (("Member No.", d.printed_account),
             ("Statement Date", date_text(d.statement_date, "dmy")),
             ("Main Listing", phone(d.real_btn, style)),
             ("Amount Due", money(r, 40, 400)),
             ("Due Date", date_text(d.statement_date + timedelta(days=20), "dmy")))
    for i, (label, value) in enumerate(facts):
        y = 92 + i * 14
        s.text(40, y, label, 8)
        left = 42 + s.width(label, 8)
        right = 250 - s.width(value, 8.5, bold=True) - 4
        dots = "." * max(3, int((right - left) / s.width(".", 8)))
        s.text(left, y, dots, 8, color=GREY)
        s.text(250, y, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 330, 100, 9.5)
    s.text(40, 178, "Premises", 8, bold=True, color=s.accent)
    y = s.lines(40, 190, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    with s.roled("help"):
        s.lines(330, 178, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7.5)
    s.text(40, y + 16, "Local Service", 10, bold=True, color=s.accent)
    y += 32
    for n in d.singles():
        s.text(44, y, phone(n, style), 8)
        s.text(170, y, "Individual Business Line" if not d.customer.person else "Residence Line",
               8)
        s.text(W - 44, y, money(r, 20, 40), 8, align="right")
        y += 11
    for f, c in d.ranges:
        s.text(44, y, did_range(f, c, "to", style), 8)
        s.text(300, y, f"Number Block ({c})", 8)
        s.text(W - 44, y, money(r, 5, 20), 8, align="right")
        y += 11
    for label in ("Internet 100", "Long Distance", "GST/HST 13%"):
        s.text(44, y + 4, label, 8)
        s.text(W - 44, y + 4, money(r, 1, 80), 8, align="right")
        y += 11
    notices(s, d, 40, y + 20, count=2, size=7)
    remit_stub(s, d, y=622, account_label="Member No.")
