"""FIFTEENTH BLIND SPLIT: not for the reader's author (see families/blind15/__init__.py).

Téléphone Upton (an independent telephone company of Upton, Québec, its bill in French) and KPU
Telecommunications (Ketchikan Public Utilities' cable, internet and phone service, Alaska).

Modelled on Téléphone Upton's French bills (the account box drawn as a picture at the top of the
page, its words seen by the eye and by OCR only, the same account number in type on the stub; a
'Comment lire votre facture' panel with a specimen account number and a specimen phone number;
the main line marked 'ligne principale' in the services table) and on KPU's municipal telecom
statements (a service location and a premise ID, cable TV, internet and phone on one bill, a
previous balance and usage figures whose digits look like the customer's; here a printed bill
the customer marked before sending it: a 'PAID' stamp across the amount due and a note written
in the margin naming another number).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind15.parts import outside, picture
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


@family("upton_encadre_image", carrier="upton", region="UPT", country="CA", lang="fr",
        lines=(1, 3), dialed=0, person_share=0.6,
        account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{r.randint(1, 9)}",
        modelled_on="factures de Téléphone Upton (Upton, Québec, en français) : l'encadré du "
        "compte dessiné comme une image en haut de page (vu à l'oeil et par l'OCR seulement), le "
        "même numéro de compte en texte sur le talon, un panneau 'Comment lire votre facture' "
        "avec un numéro de compte et un numéro de téléphone types, la ligne principale marquée "
        "dans le tableau des services",
        accent="#1B4F8A", font="Helvetica")
def upton_encadre_image(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 50, "Téléphone Upton", 20, "#1B4F8A")
    s.text(40, 64, "Votre compagnie de téléphone locale depuis 1906", 7.5, color=GREY)
    # the account box: a picture (no text layer)
    picture(s, 340, 30, 232, 70, [
        "Numéro de compte", d.printed_account,
        f"Date de facturation : {date_text(day, 'fr')}",
        f"Montant à payer : {money(r, 35, 180, fr=True)}"], 8.5, bg="#EEF3FA",
        border="#1B4F8A", bold_first=True)
    s.text(340, 112, "Facture", 12, bold=True)
    s.text(W - 40, 112, date_text(day, "fr"), 9, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.text(44, 178, "Adresse de service", 8, bold=True, color=s.accent)
    s.text(44, 190, ", ".join(address_lines(d.service, fr=True)), 9)
    s.mark("service", address_key(d.service))
    s.band(206, 16, LIGHT)
    s.text(44, 217, "Vos services", 9.5, bold=True, color=s.accent)
    rows = [(phone(n, "space"), "Ligne principale" if k == 0 else "Ligne additionnelle",
             money(r, 22, 40, fr=True)) for k, n in enumerate(d.numbers)]
    # 'Ligne principale' in the table's Service column is the line's type, and no label on the
    # page (the account box is a picture of account, date and amount) says which number is
    # billed: the page does not prove the BTN, the class decided in rounds 8 and 14 (a 'Main
    # number' or 'Primary' type cell names no BTN: blind5 net2phone, blind8 citywest, blind12
    # grasshopper)
    d.btn = None
    y = s.table(44, 238, ("Numéro", "Service", "Montant"), rows, (140, 260, 120), size=8.5,
                align=("left", "left", "right"))
    for label in ("Internet 50 Mbit/s", "Frais 9-1-1", "TPS", "TVQ", "Total"):
        s.text(60, y + 8, label, 8.5, bold=label == "Total")
        s.text(W - 44, y + 8, money(r, 1, 70, fr=True), 8.5, align="right")
        y += 12
    sample = outside(d)
    panel = y + 20
    s.box(40, panel, W - 80, 60, fill=LIGHT)
    with s.roled("help"):
        s.text(50, panel + 14, "Comment lire votre facture", 9, bold=True)
        s.lines(50, panel + 28, [
            "Votre numéro de compte ressemble à ceci : 123-4567-8 (en haut à droite).",
            f"Un numéro de téléphone s'écrit ainsi : {phone(sample, 'space')} (indicatif "
            "régional, puis sept chiffres).",
            "Pour transférer votre numéro, ayez votre numéro de compte en main."], 7.5)
    with s.roled("help"):
        s.lines(40, panel + 78, [f"{label} : {number}" for label, number in
                                 d.carrier.help_lines], 8)
    remit_stub(s, d, y=630, lang="fr")


@family("kpu_marked_copy", carrier="kpu", region="KTN", lines=(1, 2), dialed=0,
        person_share=0.7, account=lambda r, c, b: f"{digits(r, 5)}-{digits(r, 3)}",
        modelled_on="KPU Telecommunications statements (Ketchikan Public Utilities, Alaska): a "
        "service location and a premise ID, cable TV, internet and phone on one bill, a "
        "previous balance and usage figures whose digits look like the customer's; a printed "
        "copy the customer marked: a 'PAID' stamp across the amount due, a note in the margin "
        "naming another number",
        accent="#0B5563", font="Helvetica")
def kpu_marked_copy(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    first = d.numbers[0][-10:]
    s.image_logo(40, 28, "KPU", 30, "#0B5563")
    s.text(110, 44, "KPU Telecommunications", 12, bold=True, color=s.accent)
    s.text(110, 56, f"{d.carrier.legal} \u00b7 {', '.join(d.carrier.remit)}", 7.5,
           color=GREY)
    facts = (("Account Number", d.printed_account), ("Premise ID", digits(r, 8)),
             ("Statement Date", date_text(day, "us")),
             ("Previous Balance", f"${first[3]},{first[4:7]}.{first[-2:]}"),
             ("Payment Received - Thank You", f"-${first[3]},{first[4:7]}.{first[-2:]}"))
    for i, (label, value) in enumerate(facts):
        s.text(330, 84 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 84 + i * 12, value, 8.5, bold=True, align="right")
    s.box(330, 148, W - 370, 26, fill=LIGHT)
    s.text(340, 165, "Amount Due", 10, bold=True)
    amount = money(r, 60, 260)
    s.text(W - 46, 165, amount, 11, bold=True, align="right")
    s.text(330, 188, f"Due {date_text(day + timedelta(days=21), 'us')}", 8)
    mailing_block(s, d, 60, 110, 9.5)
    s.text(44, 206, "Service Location", 8, bold=True, color=s.accent)
    s.text(140, 206, ", ".join(address_lines(d.service)), 9)
    s.mark("service", address_key(d.service))
    s.band(222, 16, LIGHT)
    s.text(44, 233, "Current Services", 9.5, bold=True, color=s.accent)
    rows = [("Basic Cable TV", "", money(r, 30, 70)), ("Internet 300", "", money(r, 50, 90))]
    for k, n in enumerate(d.numbers):
        rows.append(("Home Phone" if k == 0 else "Additional Line", phone(n, "paren"),
                     money(r, 20, 35)))
    rows.append(("Long distance minutes", f"{first[3:6]}", money(r, 1, 9)))
    rows.append(("Equipment: cable box serial", f"{first[:3]}{digits(r, 7)}", "$0.00"))
    y = s.table(44, 254, ("Service", "Detail", "Amount"), rows, (230, 180, 110), size=8.5,
                align=("left", "left", "right"))
    s.text(44, y + 6, f"Telephone number on the account: {phone(d.real_btn, 'paren')}", 8.5)
    s.mark("btn", d.real_btn)
    with s.roled("help"):
        s.lines(40, y + 30, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    remit_stub(s, d, y=640, account_label="Account Number")
    # the customer's own marks on the printed copy (pixels only; never proof)
    paid = d.statement_date + timedelta(days=r.randint(5, 15))
    picture(s, 420, 140, 150, 44, [f"PAID {paid.month}/{paid.day}"], 22, color="#C0392B",
            border="#C0392B", angle=8, transparent=True)
    note = outside(d)
    picture(s, 40, 188 - 36, 250, 20, [f"new cell {phone(note, 'dash')} - call Dave"], 9,
            color="#1F3A93", italic=True, transparent=True)
