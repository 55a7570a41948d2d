"""FIFTH BLIND SPLIT: not for the reader's author (see families/blind5/__init__.py).

Sogetel (an independent telephone company of Centre-du-Québec, Nicolet), in French.

Modelled on Quebec independent telephone companies' bills of Sogetel's kind: a narrow account
column on the left (numéro de compte, date de facturation, période, numéro de téléphone
principal, the service place under its own heading "Lieu de service"), the mailing address and
the amount to pay on the right, services by line with a block of numbers written "819 555-0133 à
0152", GST and QST, long-distance detail in French on the following pages, a coupon de remise.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

WHITE = HexColor("#FFFFFF")


def _bloc(first: str, count: int) -> str:
    """A block of numbers as French bills write it: '819 555-0133 à 0152'."""
    return f"{phone(first, 'space')} à {int(first[-4:]) + count - 1:04d}"


@family("sogetel_fr", carrier="sogetel", country="CA", lang="fr", region="CDQ", lines=(1, 4),
        block=0.35, block_size=(5, 20), dialed=10, person_share=0.35,
        account=lambda r, c, b: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
        modelled_on="Quebec independent telephone company bills (Sogetel, Nicolet): colonne du "
        "compte à gauche (numéro de compte, date de facturation, période, numéro de téléphone "
        "principal, lieu de service), adresse postale et montant à payer à droite, services par "
        "ligne, bloc de numéros « 819 555-0133 à 0152 », TPS et TVQ, détail des appels "
        "interurbains, coupon de remise", accent="#0066A1", font="DejaVuSans")
def sogetel_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "space"
    detail = r.randint(1, 2)
    s.image_logo(40, 22, "Sogetel", 26, "#0066A1")
    s.box(36, 62, 200, 260, fill=LIGHT)
    s.text(44, 78, "VOTRE COMPTE", 8.5, bold=True, color=s.accent)
    rows = (("Numéro de compte", d.printed_account),
            ("Date de facturation", date_text(d.statement_date, "fr")),
            ("Période", f"{date_text(d.statement_date, 'fr_abbr')} au "
                        f"{date_text(d.statement_date + timedelta(days=30), 'fr_abbr')}"))
    y = 96.0
    for label, value in rows:
        s.text(44, y, label, 7, color=GREY)
        s.text(44, y + 11, value, 8.5, bold=True)
        y += 28
    s.text(44, y, "No de téléphone principal :", 7.5, bold=True)
    s.text(44, y + 12, phone(d.real_btn, style), 10, bold=True)
    s.mark("btn", d.real_btn)
    s.text(44, y + 36, "Lieu de service", 7.5, bold=True, color=s.accent)
    s.lines(44, y + 48, address_lines(d.service, fr=True), 8.5)
    s.mark("service", address_key(d.service))
    mailing_block(s, d, 290, 96)
    total = money(r, 40, 700, fr=True)
    s.box(280, 180, 296, 50, stroke=s.accent)
    s.text(290, 200, "Montant à payer", 11, bold=True)
    s.text(566, 200, total, 13, bold=True, align="right")
    s.text(290, 218, f"Date d'échéance : {date_text(d.statement_date + timedelta(days=21), 'fr')}",
           8.5)
    s.text(280, 254, "Sommaire", 11, bold=True, color=s.accent)
    yy = 270.0
    for label in ("Solde antérieur", "Paiement reçu, merci", "Services mensuels",
                  "Interurbains", "TPS 5 %", "TVQ 9,975 %", "Total"):
        s.text(284, yy, label, 8.5, bold=label == "Total")
        s.text(566, yy, total if label == "Total" else money(r, 0, 300, fr=True), 8.5,
               align="right")
        yy += 12
    _services(s, d, style)
    s.text(40, 546, f"{d.carrier.legal} · {' '.join(d.carrier.remit)}", 6.5, color=GREY)
    help_lines(s, d, 40, 560, 7.5, extra=(d.carrier.domain,))
    s.text(W - 40, 590, f"Page 1 de {1 + detail}", 7, align="right")
    remit_stub(s, d, y=606, lang="fr", account_label="Numéro de compte")
    call_detail(s, d, 2, detail, "Détail des appels interurbains", style, lang="fr")


def _services(s: Sheet, d: Draft, style: str) -> None:
    r = s.rng
    s.text(40, 346, "Vos services", 11, bold=True, color=s.accent)
    body = [(phone(n, style), r.choice(("Ligne d'affaires", "Ligne résidentielle",
                                        "Télécopieur", "Ligne multiple")),
             money(r, 20, 60, fr=True)) for n in d.singles()]
    body += [(_bloc(f, c), f"Bloc de numéros SDA ({c})", money(r, 5, 40, fr=True))
             for f, c in d.ranges]
    body.append(("", "Afficheur, messagerie vocale", money(r, 3, 15, fr=True)))
    s.table(40, 364, ("Numéro", "Description", "Montant"), body, (180, 250, 100), size=8,
            align=("left", "left", "right"))
