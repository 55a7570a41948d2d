"""Open tuning split tune14: Téléphone St-Éphrem (Beauce, Québec), in French.

Modelled on Téléphone St-Éphrem's statements: the bill named by its month in the heading
('FACTURE DE NOVEMBRE 2026') with the full date under 'Date de facturation' or 'Émise le'; the
holder's name with its accents, hyphens and apostrophes, a company's legal form written out
('Incorporée', 'Limitée') or abbreviated; the company's GST and QST registration numbers beside
the account number, a masked transfer PIN.
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import csz, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

_MOIS = ("JANVIER", "FÉVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOÛT", "SEPTEMBRE",
         "OCTOBRE", "NOVEMBRE", "DÉCEMBRE")
_PRENOMS = ("Hélène", "Jérôme", "François", "Geneviève", "Josée", "André", "Émilie", "Noël")
_NOMS = ("Bélanger-Côté", "O'Neil", "Gagné", "Lévesque", "Poulin-Thériault", "D'Amours",
         "Mégré", "Dupré")


def _nom(d: Draft) -> None:
    """A person's name with its accents and hyphens; a company's legal form spelled out."""
    r = d.rng
    if d.customer.person:
        d.name = f"{r.choice(_PRENOMS)} {r.choice(_NOMS)}"
    else:
        d.name = (d.name.replace(" inc.", " Incorporée").replace(" Inc.", " Incorporée")
                  .replace(" ltée", " Limitée").replace(" Ltée", " Limitée"))
    d.traits.add("name_shape")


@family("stephrem_mois", carrier="st_ephrem", country="CA", lang="fr", region="STEP",
        lines=(1, 4), dialed=6, person_share=0.5,
        account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 2)}",
        modelled_on="factures de Téléphone St-Éphrem (Beauce, Québec): le mois seul en titre, "
        "la date complète sous « Date de facturation » ou « Émise le », le nom du titulaire "
        "avec accents, traits d'union et apostrophes, la forme juridique écrite au long, les "
        "numéros de TPS et de TVQ à côté du numéro de compte, le NIP de transfert masqué",
        accent="#1D4F91", font="DejaVuSans")
def stephrem_mois(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    _nom(d)
    s.wordmark(40, 46, "Téléphone St-Éphrem", 18, "#1D4F91")
    s.text(40, 62, f"FACTURE DE {_MOIS[d.statement_date.month - 1]} {d.statement_date.year}", 11,
           bold=True)
    label = r.choice(("Date de facturation", "Émise le", "Date de la facture"))
    tvq = digits(r, 10)
    d.dialed.append(f"+1{tvq}")  # the QST number has ten digits: it looks like a line, is not
    rows = (("Numéro de compte", d.printed_account),
            (label, date_text(d.statement_date, r.choice(("fr", "fr_abbr")))),
            ("No TPS", f"{digits(r, 9)} RT0001"),
            ("No TVQ", f"{tvq} TQ0001"),
            ("NIP de transfert", "****"),
            ("Montant à payer", money(r, 30, 300, fr=True)))
    s.box(322, 26, 254, 86, fill=LIGHT)
    for i, (lab, value) in enumerate(rows):
        s.text(330, 40 + i * 12, lab, 7.5)
        s.text(570, 40 + i * 12, value, 8, bold=i == 0, align="right")
    mailing_block(s, d, 50, 120, 9.5)
    s.text(40, 200, "Adresse de service", 9, bold=True, color=s.accent)
    s.lines(40, 213, [d.service.line1, *([d.service.line2] if d.service.line2 else []),
                      csz(d.service, fr=True)], 9)
    s.mark("service", address_key(d.service))
    s.text(330, 200, "Ligne principale", 9, bold=True, color=s.accent)
    s.text(330, 213, phone(d.real_btn, "space"), 9)
    s.mark("btn", d.real_btn)
    y = 266.0
    s.text(40, y, "Vos services", 10, bold=True, color=s.accent)
    y += 14
    for n in d.numbers:
        s.text(44, y, phone(n, "space"), 8.5)
        s.text(170, y, r.choice(("Ligne résidentielle", "Ligne d'affaires", "Afficheur")), 8)
        s.text(W - 44, y, money(r, 15, 45, fr=True), 8, align="right")
        y += 12
    y += 8
    for lab in ("Internet fibre 300", "Frais 911 (Québec)", "TPS", "TVQ"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 1, 60, fr=True), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 16, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5,
               color=GREY)
    notices(s, d, 40, y + 34, count=2, lang="fr", size=7)
    remit_stub(s, d, y=630, lang="fr")
