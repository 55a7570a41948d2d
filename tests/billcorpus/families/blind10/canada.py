"""TENTH BLIND SPLIT: not for the reader's author (see families/blind10/__init__.py).

Targo (Targo Communications of Montréal, a co-operative internet and IP telephony provider), in
French; Nexicom (the independent telephone company of Millbrook and the Kawarthas, Ontario).

Modelled on Quebec IP-telephony invoices of Targo's kind (in French: the customer's facts in a
right-hand column, each label over its value: 'Numéro de compte', 'Date de facturation' in
words, 'Période' in abbreviated months, 'Adresse de service', 'Numéro principal'; the window on
the left; a services table with the numbers; TPS and TVQ; a French payment stub) and on
independent telephone company bills of Nexicom's kind (an account number made of the billing
telephone number and a customer code; a summary where each amount comes first and its label
after; page 2 the local service by line, each line's heading carrying the service address; GST
and HST in Ontario).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices, page_header, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.truth import Draft, address_key


@family("targo_fr", carrier="targo", country="CA", lang="fr", region="MTL", lines=(1, 5),
        block=0.3, block_size=(5, 10), dialed=8, person_share=0.25,
        account=lambda r, c, b: f"TG-{r.randint(100000, 999999)}",
        modelled_on="factures de téléphonie IP de Targo (Montréal) : les renseignements du "
        "client dans une colonne de droite, chaque libellé au-dessus de sa valeur (numéro de "
        "compte, date de facturation en toutes lettres, période en mois abrégés, adresse de "
        "service, numéro principal), la fenêtre à gauche, un tableau des services avec les "
        "numéros, TPS et TVQ, talon de paiement en français",
        accent="#2E7D32", font="DejaVuSans")
def targo_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("space", "dash"))
    s.wordmark(40, 46, "targo", 26, "#2E7D32")
    s.text(40, 60, f"{d.carrier.legal} \u00b7 {d.carrier.domain}", 6.5, color=GREY)
    s.text(40, 84, "FACTURE", 14, bold=True)
    mailing_block(s, d, 40, 110, 9.5)
    s.box(372, 70, 204, 250, fill=LIGHT)
    end = d.statement_date + timedelta(days=30)
    col = (("Numéro de compte", [d.printed_account]),
           ("Date de facturation", [date_text(d.statement_date, "fr")]),
           ("Période", [f"{date_text(d.statement_date, 'fr_abbr')} au "
                        f"{date_text(end, 'fr_abbr')}"]),
           ("Adresse de service", address_lines(d.service, fr=True)),
           ("Numéro principal", [phone(d.real_btn, style)]),
           ("Date d'échéance", [date_text(d.statement_date + timedelta(days=21), "iso")]))
    y = 86.0
    for label, values in col:
        s.text(380, y, label, 7, bold=True, color=s.accent)
        y = s.lines(380, y + 11, values, 8.5) + 6
        if label == "Adresse de service":
            s.mark("service", address_key(d.service))
        if label == "Numéro principal":
            s.mark("btn", d.real_btn)
    with s.roled("help"):
        s.text(380, y + 4, "Pour nous joindre", 7, bold=True, color=s.accent)
        s.lines(380, y + 15, [f"{label} : {number}" for label, number in d.carrier.help_lines],
                7)
    body = []
    for k, n in enumerate(d.singles()):
        what = "Ligne principale" if k == 0 else r.choice(("Ligne supplémentaire",
                                                            "Ligne de télécopieur"))
        body.append((what, phone(n, style), money(r, 12, 35, fr=True)))
    for f, c in d.ranges:
        last = f[:-4] + f"{int(f[-4:]) + c - 1:04d}"
        body.append((f"Bloc de {c} numéros", f"{phone(f, style)} à {last[-4:]}",
                     money(r, 5, 30, fr=True)))
    body += [("Internet fibre 1 Gbit/s", "", money(r, 60, 110, fr=True)),
             ("Frais 9-1-1", "", money(r, 1, 5, fr=True))]
    s.text(40, 200, "Vos services", 11, bold=True, color=s.accent)
    y = s.table(40, 218, ("Service", "Numéro", "Montant"), body, (150, 110, 60), size=8,
                align=("left", "left", "right"))
    y = max(y, 340)
    total = money(r, 50, 600, fr=True)
    for i, label in enumerate(("Sous-total", "TPS (5 %)", "TVQ (9,975 %)", "Total à payer")):
        s.text(330, y + 12 + i * 12, label, 8.5, bold=i == 3)
        s.text(W - 40, y + 12 + i * 12, total if i == 3 else money(r, 1, 400, fr=True), 8.5,
               bold=i == 3, align="right")
    s.text(40, y + 12, f"TPS : {digits(r, 9)} RT0001", 6.5, color=GREY)
    s.text(40, y + 22, f"TVQ : {digits(r, 10)} TQ0001", 6.5, color=GREY)
    if y < 480:
        notices(s, d, 40, y + 70, count=1, lang="fr", size=7)
    remit_stub(s, d, y=622, lang="fr", account_label="Numéro de compte")


@family("nexicom_business", carrier="nexicom", country="CA", region="KAW", lines=(1, 4),
        dialed=8, person_share=0.4,
        account=lambda r, c, b: f"{b[-10:-7]} {b[-7:-4]}-{b[-4:]} {r.randint(100, 999)}",
        modelled_on="independent telephone company bills of Nexicom's kind (Millbrook, "
        "Ontario): an account number made of the billing telephone number and a customer "
        "code, a summary with each amount first and its label after, local service by line "
        "on page 2 with the service address in each line's heading, GST and HST",
        accent="#8C1D40", font="Helvetica")
def nexicom_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "space"
    s.wordmark(40, 46, "Nexicom", 24, "#8C1D40", font="Helvetica-Bold")
    s.text(W - 40, 32, "Your Monthly Statement", 11, bold=True, align="right")
    s.text(W - 40, 46, f"Account Number {d.printed_account}", 8.5, align="right")
    s.text(W - 40, 58, f"Statement Date {date_text(d.statement_date, 'abbr0')}", 8,
           align="right")
    mailing_block(s, d, 60, 112, 9.5)
    with s.roled("help"):
        s.text(340, 104, "Contact Us", 8.5, bold=True, color=s.accent)
        s.lines(340, 116, [f"{label} {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain, "Mon-Fri 8:30 a.m. - 5:00 p.m."], 7.5)
    s.text(40, 196, "Account Summary", 11, bold=True, color=s.accent)
    y = 214.0
    for label in ("Previous Statement", "Payments Received - Thank You", "Balance Forward",
                  "Local Services", "Internet Services", "Long Distance", "GST/HST",
                  "Total Amount Due"):
        s.text(140, y, money(r, 0, 300), 9, align="right", bold=label.startswith("Total"))
        s.text(150, y, label, 9, bold=label.startswith("Total"))
        y += 13
    s.text(40, y + 10, f"Payment due by {date_text(d.statement_date + timedelta(days=20), 'long')}"
                       " \u00b7 late payment charge 1.5% per month", 7.5)
    s.text(40, y + 24, f"{d.carrier.legal} \u00b7 GST/HST Registration {digits(r, 9)} RT0001",
           6.5, color=GREY)
    remit_stub(s, d, y=612, account_label="Account Number")
    s.new_page()
    page_header(s, d, 2, 2, account_label="Account Number")
    s.text(40, 90, "Local Services", 12, bold=True, color=s.accent)
    y = 110.0
    where = one_line(d.service, 1)
    for k, n in enumerate(d.numbers):
        s.box(36, y - 10, W - 72, 14, fill=LIGHT)
        s.text(44, y, f"{phone(n, style)}  \u2013  {where}", 8.5, bold=True)
        y += 16
        items = (("Business Line", "Call Display", "Voice Mail") if k == 0 else
                 ("Business Line", "Touch-Tone"))
        for item in items:
            s.text(60, y, item, 8)
            s.text(W - 44, y, money(r, 2, 40), 8, align="right")
            y += 11
        y += 6
    s.text(40, y + 10, "Billing Telephone Number", 8, bold=True, color=s.accent)
    s.text(180, y + 10, phone(d.real_btn, style), 8.5)
    s.mark("btn", d.real_btn)
    s.text(40, y + 24, "Service Address", 8, bold=True, color=s.accent)
    s.text(180, y + 24, where, 8.5)
    s.mark("service", address_key(d.service))
