"""SIXTH BLIND SPLIT: not for the reader's author (see families/blind6/__init__.py).

DERYtelecom (a cable operator of Saguenay-Lac-Saint-Jean, the Laurentides and other regions of
Quebec), in French.

Modelled on Quebec cable operators' bills of DERYtelecom's kind: a subscriber number ("Numéro
d'abonné") rather than an account number, labels followed by a spaced colon, the service address
called "Adresse d'installation", the telephone service with its main number ("Numéro principal")
and its other lines, numbers written "418 555-0133", a block written "418 555-0140 à 418 555-0149",
GST and QST with the carrier's registration numbers (digits that are nobody's phone), French
amounts "1 234,56 $", long-distance detail in French and a payment coupon.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, did_range, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

WHITE = HexColor("#FFFFFF")


@family("derytelecom_fr", carrier="derytelecom", country="CA", lang="fr", region="SAG",
        lines=(1, 4), block=0.3, block_size=(5, 15), dialed=8, person_share=0.55,
        account=lambda r, c, b: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
        modelled_on="factures de câblodistributeurs québécois du genre de DERYtelecom : numéro "
        "d'abonné, étiquettes suivies d'un deux-points espacé, « Adresse d'installation », "
        "service de téléphonie avec numéro principal et lignes additionnelles, bloc de numéros "
        "« 418 555-0140 à 418 555-0149 », TPS et TVQ avec numéros d'inscription, montants "
        "« 1 234,56 $ », détail des interurbains, coupon de paiement", accent="#00A0DF",
        font="DejaVuSans")
def derytelecom_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "space"
    s.image_logo(40, 22, "DERYtelecom", 24, "#00A0DF")
    s.text(W - 40, 34, "FACTURE", 14, bold=True, align="right")
    rows = (("Numéro d'abonné", d.printed_account),
            ("Date de la facture", date_text(d.statement_date, "fr")),
            ("Période de service", f"{date_text(d.statement_date, 'fr_abbr')} au "
                                   f"{date_text(d.statement_date + timedelta(days=30), 'fr_abbr')}"),
            ("Date d'échéance", date_text(d.statement_date + timedelta(days=21), "fr")))
    for i, (label, value) in enumerate(rows):
        s.text(300, 52 + i * 12, f"{label} :", 8)
        s.text(W - 40, 52 + i * 12, value, 8, bold=True, align="right")
    mailing_block(s, d, 60, 120)
    s.box(300, 112, 276, 62, fill=LIGHT)
    s.text(308, 124, "Adresse d'installation :", 7.5, bold=True, color=s.accent)
    s.lines(308, 137, address_lines(d.service, fr=True), 8.5)
    s.mark("service", address_key(d.service))
    total = money(r, 40, 600, fr=True)
    s.band(192, 22)
    s.text(44, 207, "MONTANT TOTAL À PAYER", 10, bold=True, color=WHITE)
    s.text(W - 44, 207, total, 12, bold=True, color=WHITE, align="right")
    s.text(40, 240, "Sommaire du compte", 11, bold=True, color=s.accent)
    y = 256.0
    for label in ("Solde de la facture précédente", "Paiement reçu - merci",
                  "Télévision", "Internet", "Téléphonie", "TPS", "TVQ", "Total"):
        s.text(44, y, label, 8.5, bold=label == "Total")
        s.text(290, y, total if label == "Total" else money(r, 0, 200, fr=True), 8.5,
               align="right")
        y += 12
    s.text(44, y + 6, f"TPS : {digits(r, 9)} RT0001   TVQ : {digits(r, 10)} TQ0001", 6.5,
           color=GREY)
    _telephonie(s, d, style)
    help_lines(s, d, 40, 560, 7.5, extra=(d.carrier.domain,))
    remit_stub(s, d, y=604, lang="fr", account_label="Numéro d'abonné")
    if r.random() < 0.6:
        call_detail(s, d, 2, r.randint(1, 2), "Détail des appels interurbains", style, lang="fr")


def _telephonie(s: Sheet, d: Draft, style: str) -> None:
    """The phone service box: the main number by its label, then the other lines."""
    r = s.rng
    s.box(320, 232, 256, 16, fill=s.accent)
    s.text(328, 244, "Téléphonie", 9, bold=True, color=WHITE)
    s.text(328, 264, "Numéro principal :", 8, bold=True)
    s.text(430, 264, phone(d.real_btn, style), 9)
    s.mark("btn", d.real_btn)
    y = 278.0
    others = d.singles()[1:]
    if others:
        s.text(328, y, "Lignes additionnelles :", 8, bold=True)
        for n in others:
            y += 12
            s.text(340, y, phone(n, style), 8.5)
            s.text(W - 48, y, money(r, 15, 30, fr=True), 8, align="right")
        y += 14
    for f, c in d.ranges:
        s.text(328, y, "Bloc de numéros :", 8, bold=True)
        s.text(340, y + 12, did_range(f, c, "to", style).replace(" to ", " à "), 8.5)
        y += 28
    s.text(328, y, "Options : afficheur, boîte vocale, appel en attente", 7, color=GREY)
