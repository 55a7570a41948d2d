"""Open tuning split tune13: Téléphone Guèvremont (a local telephone company of the Richelieu
valley, Québec), in French.

Modelled on Guèvremont's statements: page 1 the amounts only (summary of charges, the dates in
French with abbreviated months, the due date written day first under a label that says so, the
window and the return portion without the account's facts); page 2 the charges by line, and at
its end a table 'Renseignements sur le compte' with the account number, the holder, the service
address on one line in the French civic form ('1234, rue Principale, bureau 200, ...') and the
main number.
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import csz, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


def _espace(e164: str) -> str:
    """'450 555-0123', as Québec prints numbers."""
    return phone(e164, "space")


@family("guevremont_fin", carrier="guevremont", country="CA", lang="fr", region="GUEV",
        lines=(1, 4), dialed=6, person_share=0.4,
        account=lambda r, c, b: f"{digits(r, 2)} {digits(r, 5)} {digits(r, 1)}",
        modelled_on="relevés de Téléphone Guèvremont (vallée du Richelieu, Québec): page 1 les "
        "montants seulement (sommaire, dates en français aux mois abrégés, échéance écrite "
        "jour d'abord sous une étiquette qui le dit, fenêtre et coupon sans le numéro de "
        "compte); page 2 les frais par ligne puis, à la fin, un tableau « Renseignements sur "
        "le compte » (numéro de compte, titulaire, adresse de service sur une ligne à la forme "
        "civique française, numéro principal)", accent="#8A1538", font="DejaVuSans")
def guevremont_fin(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    due = d.statement_date + timedelta(days=r.choice((20, 21, 25)))
    s.wordmark(40, 46, "Téléphone Guèvremont", 18, "#8A1538")
    s.text(40, 58, d.carrier.legal, 7.5, color=GREY)
    s.text(W - 40, 40, "Page 1 de 2", 7.5, align="right")
    s.text(W - 40, 52, f"Facture du {date_text(d.statement_date, 'fr_abbr')}", 9, bold=True,
           align="right")
    mailing_block(s, d, 60, 100, 9.5)
    s.box(330, 88, 246, 52, fill=LIGHT)
    s.text(338, 102, "Montant à payer", 9, bold=True)
    total = money(r, 40, 400, fr=True)  # one amount due, on the summary and the coupon too
    s.text(568, 102, total, 11, bold=True, align="right")
    s.text(338, 118, "Date d'échéance (jj/mm/aaaa)", 8)
    s.text(568, 118, f"{due:%d/%m/%Y}", 9, bold=True, align="right")
    s.text(338, 132, "Période", 8)
    s.text(568, 132, f"{date_text(d.statement_date - timedelta(days=30), 'fr_abbr')} au "
                     f"{date_text(d.statement_date - timedelta(days=1), 'fr_abbr')}", 8,
           align="right")
    s.text(40, 190, "Sommaire de la facture", 12, bold=True, color=s.accent)
    y = 208.0
    for label in ("Solde précédent", "Paiement reçu — merci", "Solde reporté",
                  "Frais de services du mois", "TPS (5 %)", "TVQ (9,975 %)",
                  "Total des nouveaux frais", "Montant à payer"):
        bold = label in ("Montant à payer", "Total des nouveaux frais")
        s.text(44, y, label, 9, bold=bold)
        amount = money(r, 0, 300, fr=True)  # drawn for every row: the draws stay as before
        amount = total if label == "Montant à payer" else amount
        s.text(360, y, amount, 9, bold=bold, align="right")
        y += 14
    s.text(40, y + 10, "Le détail des frais et les renseignements sur votre compte sont à la "
                       "page 2.", 7.5, color=GREY)
    with s.roled("help"):
        s.lines(380, 208, [f"{lab} : {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 34, count=2, lang="fr", size=7)
    _coupon(s, d, total)
    s.new_page()
    s.text(40, 40, "Téléphone Guèvremont", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, "Page 2 de 2", 7.5, align="right")
    s.rule(36, 50, W - 36, 0.8, s.accent)
    s.text(40, 76, "Détail des frais", 12, bold=True, color=s.accent)
    y = 96.0
    for n in d.numbers:
        s.text(44, y, f"Ligne {_espace(n)}", 9, bold=True)
        y += 12
        for label in ("Service de base", "Afficheur", "Messagerie vocale", "Frais 911"):
            if label != "Service de base" and r.random() < 0.4:
                continue
            s.text(60, y, label, 8.5)
            s.text(W - 44, y, money(r, 1, 40, fr=True), 8.5, align="right")
            y += 11
        y += 4
    s.text(44, y + 4, "Internet fibre 100", 8.5)
    s.text(W - 44, y + 4, money(r, 40, 90, fr=True), 8.5, align="right")
    y += 40
    s.text(40, y, "Renseignements sur le compte", 12, bold=True, color=s.accent)
    a = d.service
    street = ", ".join(p for p in (a.line1, a.line2) if p)
    rows = (("Numéro de compte", d.printed_account),
            ("Titulaire", d.name),
            ("Adresse de service", f"{street}, {csz(a, fr=True)}"),
            ("Numéro principal", _espace(d.real_btn)),
            ("Nombre de lignes", str(len(d.numbers))))
    y += 10
    for label, value in rows:
        s.box(40, y, W - 80, 16, stroke=GREY)
        s.text(48, y + 11, label, 8.5, bold=True)
        s.text(200, y + 11, value, 8.5)
        y += 16
    s.mark("service", address_key(a))
    s.mark("btn", d.real_btn)


def _coupon(s: Sheet, d: Draft, total: str) -> None:
    """The return portion of page 1: the amounts and the window, not the account number."""
    r = s.rng
    y = 640
    with s.roled("stub"):
        s.rule(36, y, W - 36, dash=True)
        s.text(40, y + 12, "Veuillez retourner cette partie avec votre paiement.", 7, color=GREY)
        s.text(60, y + 34, d.carrier.legal, 8, bold=True)
        s.lines(60, y + 46, list(d.carrier.remit), 8)
        s.text(330, y + 30, "Montant à payer", 8, bold=True)
        s.text(470, y + 30, total, 8)
        money(r, 40, 400, fr=True)  # the draw the coupon's amount once took
        s.text(330, y + 43, "Montant versé", 8, bold=True)
        s.box(470, y + 35, 80, 12, stroke=GREY)
        mailing_block(s, d, 330, y + 70, 9)
    with s.roled("scanline"):
        s.text(60, y + 130, f"{digits(r, 6)} {digits(r, 10)} {digits(r, 6)} {r.randint(0, 9)}",
               10, font="Courier")
