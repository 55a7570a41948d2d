"""FOURTEENTH BLIND SPLIT: not for the reader's author (see families/blind14/__init__.py).

Start.ca (an internet and home phone provider of London, Ontario), Téléphone Milot (a small
independent telephone company of the Centre-du-Québec, its bill in French) and Viya (the cable,
internet and telephone company of the U.S. Virgin Islands).

Modelled on Start.ca's bills ('Bill for Nov 2026' with the date issued elsewhere, letter-spaced
headings and a label whose word changes font midway, the home phone among internet items with a
modem's MAC address, serial numbers and order numbers, some on the phone line's own row, the
phone number written in international and slashed shapes), on Téléphone Milot's relevés ('Relevé
de novembre 2026' and a date of issue, the detail of the lines on a second page printed sideways,
/Rotate 90 with its text layer turned, accented names and 'et Fils', the French civic address)
and on Viya's bills (TV, internet and phone in one bundle with set-top box serials and an eMTA's
MAC on the phone's row, numbers written 1-340-555-0100, a past-due notice with a disconnection
date, international calls to foreign numbers in the call detail, an Estate address of St.
Thomas or St. Croix, legal forms spelled out or abbreviated).
"""

from __future__ import annotations

from datetime import timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind14.parts import move_to, spaced, split_word
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, csz, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


def _mac(d: Draft) -> str:
    return ":".join(f"{d.rng.randint(0, 255):02X}" for _ in range(6))


def _shape(n: str, k: int) -> str:
    """The same kind of number in the shapes one bill mixes: '+1 (519) 555-0100',
    '1-519-555-0100', '519/555-0100', '(519)5550100'."""
    t = n[-10:]
    return (f"+1 ({t[:3]}) {t[3:6]}-{t[6:]}", f"1-{t[:3]}-{t[3:6]}-{t[6:]}",
            f"{t[:3]}/{t[3:6]}-{t[6:]}", f"({t[:3]}){t[3:]}")[k % 4]


@family("startca_bundle", carrier="startca", country="CA", region="LDN", lines=(1, 2),
        dialed=6, person_share=0.7,
        account=lambda r, c, b: f"{r.randint(100000, 999999)}",
        modelled_on="bills of Start.ca's kind (London, Ontario): 'Bill for Nov 2026' with the "
        "issue date elsewhere, letter-spaced headings and a label whose word changes font "
        "midway, the home phone among internet items with a modem's MAC address, serial and "
        "order numbers (some on the phone line's own row), the phone number written "
        "'+1 (519) 555-0100', '1-519-555-0100', '519/555-0100' or '(519)5550100'",
        accent="#E85D04", font="Helvetica")
def startca_bundle(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None  # a 'Home Phone' item names a service, not the account's billing number
    bill = d.statement_date
    s.wordmark(40, 48, "Start.ca", 24, "#E85D04")
    s.text(W - 40, 40, f"Bill for {bill:%b %Y}", 13, bold=True, align="right")
    split_word(s, 330, 62, (("Acc", True), ("ount number", False)), 8)
    s.text(W - 40, 62, d.printed_account, 8.5, bold=True, align="right")
    s.text(330, 74, "Issued", 8, color=GREY)
    s.text(W - 40, 74, date_text(bill, "long"), 8.5, bold=True, align="right")
    s.text(330, 86, "Automatic payment on", 8, color=GREY)
    s.text(W - 40, 86, date_text(bill + timedelta(days=14), "long"), 8.5, bold=True,
           align="right")
    mailing_block(s, d, 60, 110, 9.5)
    spaced(s, 40, 190, "SERVICE ADDRESS", 8, 1.6)
    s.lines(40, 204, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.band(244, 16, LIGHT)
    spaced(s, 44, 255, "YOUR SERVICES", 9, 2.0)
    y = 278.0
    s.text(44, y, f"Cable 75 Internet  \u00b7  modem MAC {_mac(d)}", 8.5)
    s.text(W - 44, y, money(r, 45, 80), 8.5, align="right")
    s.text(60, y + 11, f"Modem S/N {digits(r, 12)}   Order #{digits(r, 10)}", 7, color=GREY)
    y += 28
    shapes = r.sample(range(4), 4)
    for k, n in enumerate(d.numbers):
        printed = _shape(n, shapes[k])
        s.text(44, y, f"Home Phone {printed}   ATA S/N {digits(r, 11)}", 8.5)
        if "/" in printed:
            s.mark("number", n)  # 'NPA/NXX-LINE': no hyphen the number finder takes
        s.text(W - 44, y, money(r, 15, 30), 8.5, align="right")
        s.text(60, y + 11, "Voicemail, Call Display, 911 fee"
               + (f"   Port order #{digits(r, 10)}" if r.random() < 0.4 else ""), 7, color=GREY)
        y += 28
    for label in ("Modem rental", "HST 13%", "Total this bill"):
        s.text(60, y, label, 8.5, bold=label.startswith("Total"))
        s.text(W - 44, y, money(r, 1, 120), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 22, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    s.text(40, y + 46, f"{d.carrier.legal} \u00b7 HST # {digits(r, 9)} RT0001", 6.5,
           color=GREY)


_MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre")
_FERMES = ("Ferme Laitière Côté et Fils inc.", "Érablière Hébert & Fils enr.",
           "Garage J.-P. Lemay inc.", "Boucherie Bélanger ltée", "Coopérative agricole "
           "de Villeroy", "Les Serres Provencher et Associés inc.")
_GENS = ("Réjean Côté", "Josée Bélanger-Nadeau", "Gaétan Lévesque", "Francine St-Onge",
         "Hélène Beaudoin")


@family("milot_releve", carrier="milot", country="CA", lang="fr", region="MIL", lines=(1, 4),
        dialed=6, person_share=0.5,
        account=lambda r, c, b: f"{r.randint(1000, 9999)}-{r.randint(10, 99)}",
        modelled_on="relevés de Téléphone Milot (Centre-du-Québec) : « Relevé de novembre "
        "2026 » et une date d'émission, le détail des lignes sur une deuxième page imprimée "
        "de côté (/Rotate 90, la couche texte tournée), des noms accentués et « et Fils », "
        "l'adresse civique à la française",
        accent="#7B1FA2", font="DejaVuSans")
def milot_releve(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.name = r.choice(_GENS) if d.customer.person else r.choice(_FERMES)
    bill = d.statement_date
    s.wordmark(40, 48, "Téléphone Milot", 22, "#7B1FA2")
    s.text(40, 62, d.carrier.legal + " \u00b7 " + d.carrier.domain, 7.5, color=GREY)
    s.text(W - 40, 40, f"Relevé de {_MOIS[bill.month - 1]} {bill.year}", 13, bold=True,
           align="right")
    facts = (("Numéro de compte", d.printed_account),
             ("Date d'émission", date_text(bill, "fr")),
             ("À payer au plus tard le", date_text(bill + timedelta(days=21), "fr")),
             ("Montant dû", money(r, 30, 250, fr=True)))
    for i, (label, value) in enumerate(facts):
        s.text(320, 62 + i * 12, label, 7.5, color=GREY)
        s.text(W - 40, 62 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 112, 9.5)
    s.text(40, 190, "Adresse de service", 8, bold=True, color=s.accent)
    s.lines(40, 203, address_lines(d.service, fr=True), 9)
    s.mark("service", address_key(d.service))
    s.text(320, 190, "Numéro de téléphone principal", 8, bold=True, color=s.accent)
    s.text(320, 203, phone(d.real_btn, "space"), 9)
    s.mark("btn", d.real_btn)
    s.band(244, 16, LIGHT)
    s.text(44, 255, "Sommaire", 9.5, bold=True, color=s.accent)
    y = 276.0
    for label in ("Solde précédent", "Paiement reçu — merci", "Services locaux (voir page 2)",
                  "Internet", "TPS", "TVQ", "Montant dû"):
        s.text(60, y, label, 8.5, bold=label == "Montant dû")
        s.text(W - 60, y, money(r, 1, 200, fr=True), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 20, [f"{label} : {number}" for label, number in d.carrier.help_lines],
                7.5)
    remit_stub(s, d, y=626, lang="fr", account_label="Numéro de compte")
    s.new_page()
    # the detail printed across a landscape sheet and stored with /Rotate 90: reportlab then
    # lays the page out 792 wide and 612 high (MediaBox swapped), so the drawing starts 180pt
    # down the portrait canvas; a viewer or scanner shows it turned a quarter
    s.c.setPageRotation(90)
    top, right = 180.0, 752.0
    s.text(40, top + 40, "Téléphone Milot", 11, bold=True, color=s.accent)
    s.text(right, top + 36, "Page 2 de 2", 7.5, align="right")
    s.text(right, top + 48, f"Compte {d.printed_account}", 7.5, align="right")
    s.rule(36, top + 56, right + 4, 0.8, s.accent)
    s.text(40, top + 80, "Détail des services par ligne", 10, bold=True, color=s.accent)
    rows = [(phone(n, "space"), "Ligne principale" if k == 0 else "Ligne additionnelle",
             r.choice(("Afficheur", "Boîte vocale", "Appel en attente")),
             date_text(bill - timedelta(days=30), "fr") + " au " + date_text(bill, "fr"),
             money(r, 20, 45, fr=True)) for k, n in enumerate(d.numbers)]
    y = s.table(40, top + 100, ("Numéro", "Service", "Option", "Période", "Montant"), rows,
                (120, 140, 120, 230, 90), size=8.5,
                align=("left", "left", "left", "left", "right"))
    s.text(40, y + 12, f"Frais 911 et frais d'aide aux services de télécommunication "
           f"facturés pour {csz(d.service, fr=True)}.", 7.5, color=GREY)


_VI_ESTATES = ("Estate Tutu", "Estate Thomas", "Estate Bovoni", "Estate Anna's Retreat",
               "Estate Sion Farm", "Estate La Grande Princesse", "Estate Contant")
_VI_ZIPS = {"Charlotte Amalie": "00802", "Christiansted": "00820", "Frederiksted": "00840",
            "Cruz Bay": "00830"}  # each town's own ZIP (the region table draws only the first 3)
_VI_BIZ = ("Island Marine Supply Company", "Caribbean Dive Co.", "Red Hook Bakery, Incorporated",
           "St. Thomas Auto Parts Inc.", "Cruz Bay Realty, Limited", "Sapphire Villas L.L.C.")


@family("viya_bundle", carrier="viya", region="USVI", lines=(1, 3), dialed=10,
        person_share=0.5, account=lambda r, c, b: f"{r.randint(1, 9)}{digits(r, 8)}",
        modelled_on="bills of Viya's kind (U.S. Virgin Islands): TV, internet and phone in one "
        "bundle, set-top box serial numbers and the eMTA's MAC address on the phone line's row, "
        "numbers written 1-340-555-0100, a past-due notice with a disconnection date, "
        "international calls to foreign numbers in the call detail, an Estate address of St. "
        "Thomas or St. Croix, legal forms spelled out or abbreviated",
        accent="#00539F", font="Helvetica")
def viya_bundle(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    if not d.customer.person:
        d.name = r.choice(_VI_BIZ)
    home = Address(f"{r.randint(1, 300)}{r.choice(('', '-A', '-B'))} {r.choice(_VI_ESTATES)}",
                   d.service.line2, d.service.city, d.service.state,
                   _VI_ZIPS.get(d.service.city, d.service.postal_code))
    move_to(d, home)
    assert d.service is not None
    d.btn = None  # a 'Home Phone' item names a service, not the account's billing number
    bill = d.statement_date
    s.wordmark(40, 48, "viya", 26, "#00539F")
    s.text(40, 62, f"Viya \u00b7 {d.carrier.domain}", 8, color=GREY)
    s.text(W - 40, 40, "Statement", 13, bold=True, align="right")
    facts = (("Account Number", d.printed_account), ("Statement Date", date_text(bill, "abbr")),
             ("Due Date", date_text(bill + timedelta(days=20), "abbr")),
             ("Amount Due", money(r, 120, 500)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 60 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 60 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.text(40, 180, "Service Location", 8, bold=True, color=s.accent)
    s.lines(40, 193, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 236.0
    if r.random() < 0.6:
        cut = bill + timedelta(days=r.randint(10, 16))
        s.box(36, y - 12, W - 72, 32, fill=LIGHT)
        s.text(44, y, f"PAST DUE: pay {money(r, 60, 300)} by {date_text(cut, 'abbr')} to avoid "
               f"disconnection.", 9, bold=True, color=s.accent)
        s.text(44, y + 12, f"Previous statement {date_text(bill - timedelta(days=30), 'abbr')}"
               f"  \u00b7  last payment {date_text(bill - timedelta(days=41), 'abbr')}", 7.5)
        y += 36
    s.band(y, 16, LIGHT)
    s.text(44, y + 11, "Your Viya Bundle", 9.5, bold=True, color=s.accent)
    y += 34
    s.text(44, y, "Viya TV Select", 8.5)
    s.text(W - 44, y, money(r, 60, 110), 8.5, align="right")
    s.text(60, y + 11, "  ".join(f"Set-top box S/N M{digits(r, 11)}"
                                 for _ in range(r.randint(1, 2))), 7, color=GREY)
    y += 26
    s.text(44, y, f"Internet 200  \u00b7  cable modem MAC {_mac(d)}", 8.5)
    s.text(W - 44, y, money(r, 50, 90), 8.5, align="right")
    y += 16
    for n in d.numbers:
        s.text(44, y, f"Home Phone {phone(n, 'one_dash')}   eMTA MAC {_mac(d)}", 8.5)
        s.text(W - 44, y, money(r, 20, 35), 8.5, align="right")
        y += 14
    for label in ("Gross receipts tax", "911 surcharge", "Total current charges"):
        s.text(60, y + 4, label, 8.5, bold=label.startswith("Total"))
        s.text(W - 44, y + 4, money(r, 1, 60), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 20, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    s.text(40, y + 44, d.carrier.legal, 6.5, color=GREY)
    remit_stub(s, d, y=626, account_label="Account Number")
    s.new_page()
    s.text(40, 40, "Viya", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account Number {d.printed_account}  \u00b7  Page 2 of 2", 7.5,
           align="right")
    s.rule(36, 50, W - 36, 0.8, s.accent)
    own = d.numbers[0]
    s.text(40, 76, f"Long distance and international calls from {phone(own, 'one_dash')}", 10,
           bold=True)
    foreign = ("+44 20 7946 0321", "011 52 55 5123 4567", "+33 1 70 18 99 00",
               "011 63 2 8123 4567")
    body = []
    with s.roled("detail"):
        for i in range(r.randint(10, 16)):
            day = bill - timedelta(days=30 - i * 2)
            called = r.choice(foreign) if r.random() < 0.35 else phone(r.choice(d.dialed),
                                                                      "one_dash")
            body.append((f"{day:%m/%d}", called, str(r.randint(1, 40)), f"{r.random() * 9:.2f}"))
        s.table(40, 96, ("Date", "Number called", "Min", "Amount"), body, (70, 200, 60, 70),
                size=8, align=("left", "left", "right", "right"))
