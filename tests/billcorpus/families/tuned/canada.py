"""Canadian carriers: Bell (English and Quebec French), TELUS, Cogeco (bilingual), Eastlink.

Modelled on Bell's bill explainer (summary page: company name, bill date, account number and
electronic banking ID in the header; "Summary of your account"; "Questions?"; fixed monthly
charges by phone line) and its French edition "Voici votre nouvelle facture" (Page sommaire,
Frais mensuels fixes), TELUS's bill overview, Cogeco's bilingual statements and Eastlink's
business bill. Postal codes are Canadian; Quebec bills are in French with French dates and money.
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
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.people import Customer
from tests.billcorpus.truth import Draft, address_key

BELL_BLUE = "#00549A"


def _bell_account(r: random.Random, c: Customer, btn: str) -> str:
    return f"{digits(r, 9)}"


def _bell_page1(s: Sheet, d: Draft, fr: bool) -> None:
    r = s.rng
    words = (("Date de la facture", "Numéro de compte", "Code de facture électronique",
              "Sommaire de votre compte", "Des questions?", "Solde précédent", "Paiement reçu",
              "Frais du mois", "Montant total dû") if fr else
             ("Bill date", "Account number", "Electronic banking ID", "Summary of your account",
              "Questions?", "Previous balance", "Payment received", "Current charges",
              "Total amount due"))
    s.image_logo(40, 26, "Bell", 30, "#FFFFFF", bg=BELL_BLUE)
    s.text(120, 44, d.name, 11, bold=True)
    for i, (label, value) in enumerate(((words[0], date_text(d.statement_date,
                                                             "fr" if fr else "abbr")),
                                        (words[1], d.printed_account),
                                        (words[2], digits(r, 12)))):
        s.text(120 + i * 150, 62, label, 7.5, color=GREY)
        s.text(120 + i * 150, 74, value, 9, bold=i == 1)
    mailing_block(s, d, 64, 118)
    s.box(320, 104, 256, 92, fill=LIGHT)
    s.text(330, 120, words[3], 10, bold=True, color=s.accent)
    for i, label in enumerate(words[5:9]):
        s.text(330, 136 + i * 13, label, 8.5, bold=i == 3)
        s.text(566, 136 + i * 13, money(r, fr=fr), 8.5, bold=i == 3, align="right")
    s.text(40, 230, words[4], 10, bold=True, color=s.accent)
    help_lines(s, d, 40, 244, 8, extra=(d.carrier.domain + ("/entreprise" if fr else
                                                               "/business"),))


@family("bell_business", carrier="bell", account=_bell_account, country="CA", lines=(1, 5),
        modelled_on="Bell Business bill explainer (smbguides.tmtx.ca): summary page, fixed "
        "monthly charges by phone line", accent=BELL_BLUE)
def bell_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    style = "space"
    _bell_page1(s, d, fr=False)
    notices(s, d, 40, 330)
    remit_stub(s, d)
    s.new_page()
    page_header(s, d, 2, 3, account_label="Account number")
    s.text(40, 92, "Fixed monthly charges", 12, bold=True)
    assert d.service is not None
    s.text(40, 110, f"Service address: {one_line(d.service, 1)}", 8.5)
    s.mark("service", address_key(d.service))
    y = 130
    for n in d.numbers:
        s.text(40, y, phone(n, style), 9, bold=True)
        s.text(180, y, "Business line - Complete Office", 8.5)
        s.text(566, y, money(r, 30, 80), 8.5, align="right")
        y += 13
    call_detail(s, d, 3, 1, "Usage charges - Long distance", style)


@family("bell_qc_fr", carrier="bell_qc", account=_bell_account, country="CA", lang="fr",
        lines=(1, 4), modelled_on="Bell « Voici votre nouvelle facture téléphonique »: page "
        "sommaire, frais mensuels fixes, frais d'utilisation", accent=BELL_BLUE)
def bell_qc_fr(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    style = "space"
    _bell_page1(s, d, fr=True)
    notices(s, d, 40, 330, lang="fr")
    remit_stub(s, d, lang="fr")
    s.new_page()
    page_header(s, d, 2, 3, lang="fr", account_label="Numéro de compte")
    s.text(40, 92, "Frais mensuels fixes", 12, bold=True)
    assert d.service is not None
    s.text(40, 110, "Adresse de service", 8.5, bold=True)
    s.lines(40, 122, address_lines(d.service, fr=True), 9)
    s.mark("service", address_key(d.service))
    y = 166
    for n in d.numbers:
        s.text(40, y, phone(n, style), 9, bold=True)
        s.text(180, y, "Ligne d'affaires", 8.5)
        s.text(566, y, money(r, 30, 80, fr=True), 8.5, align="right")
        y += 13
    call_detail(s, d, 3, 1, "Frais d'utilisation - Interurbains", style, lang="fr")


@family("telus_business", carrier="telus", country="CA", lines=(1, 8),
        account=lambda r, c, b: f"{digits(r, 8)}",
        modelled_on="TELUS business bill overview: account information, service details by "
        "service, numbers", accent="#4B286D", font="DejaVuSans")
def telus_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    style = "dash"
    if r.random() < 0.3:  # e-bill copies show only the last digits
        d.mask_account("*", 4)
    s.wordmark(40, 58, "TELUS", 26, "#4B286D")
    s.text(130, 58, "Business", 12, color=GREY)
    s.text(40, 96, "Account number", 8, bold=True)
    s.text(40, 108, d.printed_account, 10)
    s.text(170, 96, "Bill date", 8, bold=True)
    s.text(170, 108, date_text(d.statement_date, "long"), 10)
    s.text(40, 132, "Billing address", 8, bold=True)
    mailing_block(s, d, 40, 145)
    assert d.service is not None
    s.text(320, 132, "Service address", 8, bold=True)
    s.lines(320, 145, address_lines(d.service), 9.5)
    s.mark("service", address_key(d.service))
    s.text(40, 224, "Your TELUS numbers", 11, bold=True, color=s.accent)
    for i, n in enumerate(d.numbers):
        s.text(40 + (i % 3) * 130, 240 + (i // 3) * 13, phone(n, style), 9)
    y = 240 + ((len(d.numbers) + 2) // 3) * 13 + 12
    s.box(36, y, W - 72, 60, fill=LIGHT)
    s.text(46, y + 18, "Total due", 11, bold=True)
    s.text(566, y + 18, money(r), 11, bold=True, align="right")
    help_lines(s, d, 46, y + 34, 8)
    remit_stub(s, d)


@family("cogeco_bilingual", carrier="cogeco", country="CA", lines=(1, 3), person_share=0.3,
        account=lambda r, c, b: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
        modelled_on="Cogeco bilingual statement (English / français labels)", accent="#00A3E0")
def cogeco_bilingual(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    d.upper()
    style = "dash"
    s.image_logo(40, 28, "COGECO", 24, "#00A3E0")
    pairs = (("Account number / Numéro de compte", d.printed_account),
             ("Statement date / Date du relevé", date_text(d.statement_date, "iso")),
             ("Account holder / Titulaire", d.name))
    for i, (label, value) in enumerate(pairs):
        s.text(300, 40 + i * 24, label, 7.5, color=GREY)
        s.text(300, 51 + i * 24, value, 9.5)
    mailing_block(s, d, 64, 130)
    assert d.service is not None
    s.text(40, 210, "Service address / Adresse de service", 8, bold=True)
    s.text(40, 222, one_line(d.service, 1), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 248, "Home phone / Téléphonie", 10, bold=True)
    for i, n in enumerate(d.numbers):
        s.text(40, 262 + i * 12, f"{phone(n, style)}   Ligne / Line {i + 1}", 9)
    s.text(320, 248, "Balance / Solde", 10, bold=True)
    s.text(566, 262, money(r), 11, bold=True, align="right")
    help_lines(s, d, 320, 284, 7.5)
    notices(s, d, 40, 360)
    remit_stub(s, d)


@family("eastlink_business", carrier="eastlink", country="CA", lines=(1, 6),
        account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 6)}-{digits(r, 2)}",
        modelled_on="Atlantic Canada cable/phone business statement: account box, service "
        "address above, phone numbers as a comma list", accent="#C4262E")
def eastlink_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # no billing-number label on this bill
    r = s.rng
    style = "dash"
    s.image_logo(40, 28, "Eastlink", 26, "#C4262E")
    s.text(W - 40, 40, "Statement", 16, bold=True, align="right")
    s.box(320, 56, 256, 46, stroke=GREY)
    s.text(330, 72, f"Account Number  {d.printed_account}", 9)
    s.text(330, 88, f"Statement Date  {date_text(d.statement_date, 'abbr')}", 9)
    mailing_block(s, d, 64, 120)
    assert d.service is not None
    s.text(40, 196, "SERVICE ADDRESS", 7.5, bold=True, color=GREY)
    s.text(40, 208, one_line(d.service, 0), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 232, "Phone numbers:", 9, bold=True)
    s.text(120, 232, ", ".join(phone(n, style) for n in d.numbers[:4]), 9)
    if len(d.numbers) > 4:
        s.text(120, 244, ", ".join(phone(n, style) for n in d.numbers[4:]), 9)
    s.text(40, 272, "Account Summary", 11, bold=True)
    for i, label in enumerate(("Previous Balance", "Payments", "Current Charges", "Amount Due")):
        s.text(40, 288 + i * 13, label, 9)
        s.text(300, 288 + i * 13, money(r), 9, align="right")
    help_lines(s, d, 320, 288, 8)
    s.text(40, 604, f"Eastlink is a trademark of {d.carrier.legal}. Thank you for choosing "
           "Eastlink.", 7, color=GREY)
    remit_stub(s, d, y=612)
