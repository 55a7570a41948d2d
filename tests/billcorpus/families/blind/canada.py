"""FIRST BLIND SPLIT, now open for tuning (see families/blind/__init__.py).

Rogers (wireless business), Shaw Business, Vidéotron Affaires (Quebec, French).

Modelled on Rogers's "Detailed guide to your paper bill" (account number of 9 or 12 digits,
invoice date, your last bill / your current bill, wireless number with the subscriber's name on
each line's page), Shaw Business statements, and Vidéotron's business invoice description (No de
compte 000000000-001-6 style account number top right, billing date, billing period, invoice
summary, remittance C.P. 11078 succ. Centre-ville Montréal).
"""

from __future__ import annotations

import random

from tests.billcorpus.blocks import (
    call_detail,
    help_lines,
    mailing_block,
    notices,
    page_header,
    remit_stub,
)
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    date_text,
    did_range,
    digits,
    money,
    one_line,
    phone,
)
from tests.billcorpus.people import Customer
from tests.billcorpus.truth import Draft, address_key


@family("rogers_business", carrier="rogers", country="CA", lines=(2, 7), dialed=12,
        account=lambda r, c, b: digits(r, r.choice((9, 12))),
        modelled_on="Rogers detailed guide to your paper bill: account summary, wireless "
        "number and subscriber per line", accent="#DA291C", font="DejaVuSans")
def rogers_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None
    style = "dash"
    if r.random() < 0.25:
        d.mask_account("X", 4)
    s.image_logo(40, 30, "ROGERS", 26, "#DA291C")
    s.text(W - 40, 40, "Invoice", 16, bold=True, align="right")
    rows = (("Account Number", d.printed_account), ("Invoice Date",
                                                    date_text(d.statement_date, "long")),
            ("Invoice Number", d.invoice_id))
    for i, (label, value) in enumerate(rows):
        s.text(330, 62 + i * 13, label, 8.5, bold=True)
        s.text(W - 40, 62 + i * 13, value, 8.5, align="right")
    mailing_block(s, d, 40, 120)
    s.box(330, 110, 246, 96, fill=LIGHT)
    s.text(340, 126, "Your Last Bill", 10, bold=True)
    for i, label in enumerate(("Previous balance", "Payment received", "Balance forward")):
        s.text(340, 140 + i * 12, label, 8)
        s.text(566, 140 + i * 12, money(r), 8, align="right")
    s.text(340, 184, "Your Current Bill", 10, bold=True)
    s.text(566, 198, money(r, 80, 1500), 11, bold=True, align="right")
    s.text(40, 236, "Wireless Summary", 12, bold=True)
    rows2 = [(phone(n, style), f"{r.choice(('J.', 'M.', 'A.', 'S.'))} "
              f"{r.choice(('TREMBLAY', 'SINGH', 'WONG', 'MACDONALD'))}", money(r, 30, 120))
             for n in d.numbers]
    y = s.table(40, 254, ("Wireless Number", "Subscriber", "Total"), rows2, (160, 220, 100),
                size=8.5, align=("left", "left", "right"))
    s.text(40, y + 18, f"Questions? {d.carrier.help_lines[0][1]} or *611 from your phone.", 8)
    s.text(40, y + 30, f"Pay by phone {d.carrier.help_lines[1][1]} · {d.carrier.domain}", 8)
    remit_stub(s, d)
    for k, n in enumerate(d.numbers[:2]):
        s.new_page()
        page_header(s, d, k + 2, 3)
        s.text(40, 90, f"Wireless Number: {phone(n, style)}", 11, bold=True)
        s.text(40, 106, "Regular Charges", 9, bold=True)
        s.text(40, 120, "Business Infinite Plan", 8.5)
        s.text(566, 120, money(r, 40, 90), 8.5, align="right")
    call_detail(s, d, 4, 1, "Usage Details", style, wireless=True)


def _shaw_account(r: random.Random, c: Customer, btn: str) -> str:
    return f"{digits(r, 8)}-{digits(r, 4)}"


@family("shaw_business", carrier="shaw", account=_shaw_account, country="CA", lines=(1, 4),
        block=0.4, modelled_on="Shaw Business statement: account number, statement date, "
        "service address, business phone lines and DID ranges", accent="#0097D6")
def shaw_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    style = "dash"
    s.wordmark(40, 56, "Shaw", 26, "#0097D6", font="DejaVuSerif-Bold")
    s.text(116, 56, "Business", 12, color=GREY)
    s.text(330, 40, "Account Number", 8, color=GREY)
    s.text(450, 40, d.printed_account, 9)
    s.text(330, 54, "Statement Date", 8, color=GREY)
    s.text(450, 54, date_text(d.statement_date, "abbr"), 9)
    s.text(330, 68, "Primary Number", 8, color=GREY)
    s.text(450, 68, phone(d.real_btn, style), 9)
    s.mark("btn", d.real_btn)
    s.text(330, 82, "Amount Due", 8, color=GREY)
    s.text(450, 82, money(r), 9, bold=True)
    mailing_block(s, d, 64, 110)
    assert d.service is not None
    s.text(330, 110, "Service Address:", 9, bold=True)
    s.text(330, 124, one_line(d.service, 1), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 200, "Business Phone Lines", 11, bold=True, color=s.accent)
    y = 216
    for n in d.singles():
        s.text(40, y, phone(n, style), 9)
        y += 12
    for f, c in d.ranges:
        s.text(40, y, did_range(f, c, "dash", style), 9)
        y += 12
    s.text(330, 200, "Contact Us", 11, bold=True, color=s.accent)
    help_lines(s, d, 330, 216, 8, extra=(f"business.{d.carrier.domain}",))
    s.text(40, 604, f"Shaw Business is a division of {d.carrier.legal}.", 7, color=GREY)
    remit_stub(s, d, y=612)


def _videotron_account(r: random.Random, c: Customer, btn: str) -> str:
    return f"{digits(r, 9)}-{digits(r, 3)}-{r.randint(0, 9)}"


@family("videotron_affaires", carrier="videotron", account=_videotron_account, country="CA",
        lang="fr", lines=(1, 4), block=0.25, block_size=(5, 10),
        modelled_on="Vidéotron Affaires « Description de votre facture »: no de compte et date de "
        "facturation en haut à droite, sommaire de la facture, talon de paiement",
        accent="#FFD200", font="DejaVuSans")
def videotron_affaires(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    style = "space"
    s.image_logo(40, 28, "vidéotron", 24, "#000000", bg="#FFD200")
    s.text(40, 72, "SOLUTIONS AFFAIRES", 8, bold=True, color=GREY)
    s.table(330, 40, ("No de compte", "Date de facturation"),
            [(d.printed_account, date_text(d.statement_date, "fr_abbr"))], (130, 110), size=8)
    s.text(330, 76, f"Période de facturation : du {date_text(d.statement_date, 'fr')} au mois "
           "suivant", 7.5)
    s.text(40, 100, "Client", 8, color=GREY)
    mailing_block(s, d, 40, 112)
    assert d.service is not None
    s.text(330, 100, "Adresse de service", 8, color=GREY)
    s.lines(330, 112, address_lines(d.service, fr=True), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 190, "SOMMAIRE DE LA FACTURE", 11, bold=True)
    for i, label in enumerate(("Solde précédent", "Paiement reçu – Merci", "Services courants",
                               "Taxes", "Total à payer")):
        s.text(40, 206 + i * 13, label, 8.5, bold=i == 4)
        s.text(300, 206 + i * 13, money(r, fr=True), 8.5, bold=i == 4, align="right")
    s.box(330, 186, 246, 90, fill=LIGHT)
    s.text(340, 202, "Téléphonie", 10, bold=True)
    y = 216
    for n in d.singles():
        s.text(340, y, phone(n, style), 8.5)
        y += 11
    for f, c in d.ranges:
        s.text(340, y, did_range(f, c, "to", style).replace(" to ", " à "), 8.5)
        y += 11
    help_lines(s, d, 40, 290, 8)
    notices(s, d, 40, 340, lang="fr")
    s.text(40, 604, f"{d.carrier.legal} · {d.carrier.remit[0]}, {d.carrier.remit[1]}", 7,
           color=GREY)
    remit_stub(s, d, y=612, lang="fr")
    call_detail(s, d, 2, 1, "Détail des appels interurbains", style, lang="fr")
