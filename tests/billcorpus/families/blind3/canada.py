"""THIRD BLIND SPLIT, now open for tuning (see families/blind3/__init__.py).

EBOX and TELUS Québec (French), Northwestel (Yukon, Northwest Territories, Nunavut).

Modelled on EBOX's « Mieux comprendre ma facture » (head office address, contact number and
email at the top, a client code of letters and digits, the invoice date, a consumption
overview, services by category with the dates each charge covers, discounts, rented equipment,
balance before taxes), TELUS's Québec bill explainer (billing number and account number, current
month and total current month, QC RTI and QT Telecom taxes, payment deadline, detachable
section) and Northwestel's "Understanding your business bill" (invoice information, summary of
charges, important messages, payment stub whose back is page 2 with contacts and payment terms,
then monthly services and usage by phone number with a Phone Total row).
"""

from __future__ import annotations

import random
from datetime import timedelta

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.truth import Draft, address_key


def _client_code(r: random.Random) -> str:
    """A client code of letters and digits, as EBOX gives its customers."""
    letters = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))
    return f"{letters}{digits(r, 4)}"


@family("ebox_fr", carrier="ebox", country="CA", lang="fr", lines=(1, 3), person_share=0.4,
        account=lambda r, c, b: _client_code(r),
        modelled_on="ebox.ca: mieux comprendre ma facture (siège social et contact en haut, code "
        "client de lettres et de chiffres, date de facture, consommation, services par catégorie "
        "avec leurs dates, rabais, équipements, solde hors taxes)", accent="#E30613",
        font="DejaVuSans")
def ebox_fr(s: Sheet, d: Draft) -> None:
    d.btn = None  # the bill lists the lines; none is called the billing number
    r = s.rng
    assert d.service is not None
    with s.roled("help"):
        s.text(40, 30, f"{d.carrier.legal} · {', '.join(d.carrier.remit)} · "
                       f"{d.carrier.help_lines[0][1]} · service@{d.carrier.domain}", 7,
               color=GREY)
    s.wordmark(40, 70, "EBOX", 28, "#E30613")
    s.text(W - 40, 58, "Facture", 16, bold=True, align="right")
    s.text(W - 40, 74, f"Code client : {d.printed_account}", 9, align="right")
    s.text(W - 40, 86, f"Date de la facture : {date_text(d.statement_date, 'fr')}", 9,
           align="right")
    s.text(40, 110, "Adresse de facturation", 8, color=GREY)
    mailing_block(s, d, 40, 122, 9)
    s.text(330, 110, "Adresse d'installation", 8, color=GREY)
    s.text(330, 122, one_line(d.service, 1), 8.5)
    s.mark("service", address_key(d.service))
    s.box(36, 186, W - 72, 30, fill=LIGHT)
    s.text(44, 204, f"Aperçu de votre consommation : Internet {r.randint(40, 900)},"
                    f"{r.randint(0, 9)} Go ce mois-ci", 9)
    start = d.statement_date
    until = start + timedelta(days=30)
    span = f"du {date_text(start, 'fr')} au {date_text(until, 'fr')}"
    y = 240.0
    for title, rows in (("Internet", [("Internet 400 Mbit/s", span, money(r, 40, 90, True))]),
                        ("Téléphonie", [(f"Ligne téléphonique {phone(n, 'space')}", span,
                                         money(r, 10, 30, True)) for n in d.numbers]),
                        ("Rabais", [("Rabais multiproduit", span, "-5,00 $")]),
                        ("Équipements en location", [("Modem", span, "0,00 $")])):
        s.text(40, y, title, 10, bold=True, color=s.accent)
        y = s.table(40, y + 16, ("Service", "Période", "Montant"), rows, (250, 200, 60),
                    size=8, shade=False, align=("left", "left", "right")) + 8
    for label in ("Solde hors taxes", "TPS", "TVQ", "Solde précédent", "Paiements reçus",
                  "Total à payer"):
        s.text(330, y, label, 9, bold=label.startswith("Total"))
        s.text(W - 40, y, money(r, 5, 300, True), 9, align="right")
        y += 13
    s.text(40, 740, "Services prépayés : les frais couvrent la période indiquée pour chaque "
                    "service.", 7, color=GREY)


@family("telus_quebec_fr", carrier="telus_qc", country="CA", lang="fr", lines=(1, 4),
        block=0.3, block_size=(5, 15), dialed=12, account=lambda r, c, b: digits(r, 8),
        modelled_on="telus.com/fr/qc: comprendre votre facture (numéro de facturation et numéro "
        "de compte, mois courant et total mois courant, QC RTI et QT Télécom, date limite de "
        "paiement, partie détachable)", accent="#4B286D", font="DejaVuSerif")
def telus_quebec_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "space"
    assert d.service is not None
    s.wordmark(40, 58, "TELUS", 26, "#4B286D")
    s.text(40, 72, "Société TELUS Communications", 7.5, color=GREY)
    rows = (("Numéro de facturation", f"F{digits(r, 9)}"), ("Numéro de compte", d.printed_account),
            ("Date de facturation", date_text(d.statement_date, "fr")),
            ("Date limite de paiement", date_text(d.statement_date + timedelta(days=21), "fr")))
    for i, (label, value) in enumerate(rows):
        s.text(320, 40 + i * 13, label, 8.5)
        s.text(W - 40, 40 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 112)
    s.box(330, 100, 246, 70, stroke=GREY)
    s.text(340, 114, "Lieu du service", 8.5, bold=True)
    s.lines(340, 127, address_lines(d.service, fr=True), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 198, f"Ligne principale : {phone(d.real_btn, style)}", 9.5, bold=True)
    s.mark("btn", d.real_btn)
    s.text(40, 226, "Sommaire du mois courant", 12, bold=True, color=s.accent)
    y = 244
    for label in ("Services mensuels", "Interurbains", "Mois courant", "TPS", "QC RTI",
                  "QT Télécom", "Total mois courant"):
        s.text(40, y, label, 9, bold=label.startswith("Total"))
        s.text(300, y, money(r, 2, 300, True), 9, align="right")
        y += 13
    help_lines(s, d, 330, 244, 8, extra=(d.carrier.domain,))
    notices(s, d, 40, y + 14, count=2, lang="fr")
    remit_stub(s, d, y=620, lang="fr")
    s.new_page()
    s.text(40, 40, "TELUS", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Numéro de compte {d.printed_account} · Page 2", 7.5, align="right")
    s.text(40, 76, "Services par ligne", 12, bold=True)
    body = [(phone(n, style), r.choice(("Ligne d'affaires", "Ligne télécopieur",
                                        "Messagerie vocale")), money(r, 20, 60, True))
            for n in d.singles()]
    body += [(f"{phone(f, style)} à {int(f[-4:]) + c - 1:04d}", f"Numéros SDA ({c})",
              money(r, 10, 40, True)) for f, c in d.ranges]
    s.table(40, 96, ("Ligne", "Service", "Montant"), body, (200, 200, 80), size=8.5,
            align=("left", "left", "right"))
    call_detail(s, d, 3, r.randint(1, 2), "Détail des interurbains", style, lang="fr")


@family("northwestel", carrier="northwestel", country="CA", region="NORTH", lines=(1, 4),
        person_share=0.3, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 6)}",
        modelled_on="nwtel.ca: understanding your business bill (invoice information, summary of "
        "charges, important messages, payment stub with its back on page 2, monthly services, "
        "usage by phone number with a Phone Total row)", accent="#0067B1", font="Helvetica")
def northwestel(s: Sheet, d: Draft) -> None:
    d.btn = None  # no number on this bill is labelled as the billing number
    r = s.rng
    assert d.service is not None
    s.image_logo(40, 26, "Northwestel", 24, "#0067B1")
    s.text(W - 40, 46, "Invoice", 16, bold=True, align="right")
    total = money(r, 60, 900)
    info = (("Name", d.name), ("Invoice date", date_text(d.statement_date, "long")),
            ("Account number", d.printed_account), ("Invoice number", d.invoice_id),
            ("Service location", one_line(d.service, 0)), ("Total amount due", total))
    s.text(40, 80, "Invoice Information", 10, bold=True, color=s.accent)
    for i, (label, value) in enumerate(info):
        y = 96 + i * 14
        s.rule(40, y + 4, W - 40, 0.3, GREY)
        s.text(44, y, label, 8.5, bold=True)
        s.text(170, y, value, 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 200, "Summary of Charges", 10, bold=True, color=s.accent)
    y = 216
    for label in ("Previous balance", "Payments received", "Balance forward",
                  "Business phone", "Internet", "Long distance", "Current amount due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Current"))
        s.text(300, y, money(r, 0, 300), 8.5, align="right")
        y += 12
    s.text(44, y + 4, f"Due date {date_text(d.statement_date + timedelta(days=21), 'long')}",
           8.5, bold=True)
    notices(s, d, 40, y + 30, count=2, size=7)
    remit_stub(s, d, y=600)
    s.new_page()
    s.text(40, 50, "How to reach us", 12, bold=True, color=s.accent)
    help_lines(s, d, 40, 68, 9, extra=(d.carrier.domain, "Mon-Fri 8:00 am - 8:00 pm"))
    s.text(40, 120, "Ways to pay", 11, bold=True)
    s.lines(40, 136, ["Online banking: use your account number as the reference.",
                      "In person at your bank with the payment stub.",
                      f"By mail: {d.carrier.legal}, {', '.join(d.carrier.remit)}"], 8.5)
    s.text(40, 190, "Payment terms", 11, bold=True)
    s.text(40, 206, "Payment is due on receipt. A late payment charge of 1.25% per month "
                    "applies to overdue balances.", 8.5)
    s.box(36, 560, W - 72, 120, stroke=GREY)
    s.text(44, 578, "Change of address (back of payment stub)", 9, bold=True)
    for i, label in enumerate(("New mailing address", "City / Territory", "Postal code",
                               "Phone")):
        s.text(44, 600 + i * 18, f"{label}: ____________________________", 8.5)
    s.new_page()
    s.text(40, 44, "Northwestel", 12, bold=True, color=s.accent)
    s.text(W - 40, 44, f"Account number {d.printed_account} · Page 3 of 3", 7.5, align="right")
    s.text(40, 80, "Monthly Services", 11, bold=True)
    s.table(40, 98, ("Service", "Amount"), [("Business Phone Line x " + str(len(d.numbers)),
                                             money(r, 30, 200)),
                                            ("Business Internet 100", money(r, 60, 150))],
            (300, 80), size=8.5, align=("left", "right"))
    s.text(40, 160, "Usage", 11, bold=True)
    rows = [(phone(n, "paren"), money(r, 0, 20), money(r, 0, 60), money(r, 0, 80))
            for n in d.numbers]
    rows.append(("Phone Total", "", "", money(r, 10, 200)))
    s.table(40, 178, ("Phone number", "Local", "Long distance", "Total"), rows,
            (140, 80, 100, 80), size=8.5, align=("left", "right", "right", "right"))
