"""EIGHTH BLIND SPLIT: not for the reader's author (see families/blind8/__init__.py).

Télébec (the telephone company of Abitibi-Témiscamingue and northern Quebec, of the Bell group),
in French; Hay Communications (a telephone co-operative of Huron County, Ontario); CityWest (the
cable and telephone company of Prince Rupert and north-west British Columbia).

Modelled on Quebec regional telephone companies' bills of Télébec's kind (in French; the account
number made of the main telephone number and three more digits, as Bell-group companies write
it; the billing number by its French label, the service address beside its label; a summary with
TPS and TVQ; the lines on page 2 each under 'Ligne', a block of DID numbers ('numéros SDA')
written with 'à'; a French payment stub), on Ontario telephone co-operatives' statements of Hay's
kind (a row of boxes whose value sits above a small caption, the service location under its
heading, the account telephone number, further lines of the exchange written after the first by
their last four digits, HST) and on north-west BC carriers' invoices of CityWest's kind (page 1
a summary only, with the GST registration; page 2 the service details by location, the location
on one line and the primary line marked as such in a line-type column; GST and PST).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import (
    attention_line,
    call_detail,
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
    short_list,
)
from tests.billcorpus.truth import Draft, address_key


@family("telebec_fr", carrier="telebec", country="CA", lang="fr", region="ABT", lines=(1, 4),
        block=0.3, block_size=(5, 20), dialed=8, person_share=0.4,
        account=lambda r, c, b: f"{b[2:5]} {b[5:8]}-{b[8:]} {digits(r, 3)}",
        modelled_on="factures de Télébec (groupe Bell, Abitibi-Témiscamingue) : numéro de compte "
        "formé du numéro de téléphone principal et de trois chiffres, numéro de téléphone de "
        "facturation, adresse du service à côté de son libellé, sommaire avec TPS et TVQ, "
        "lignes en page 2 sous « Ligne », bloc de numéros SDA « à », talon de paiement",
        accent="#00549A", font="DejaVuSans")
def telebec_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "space"
    pages = 3 if r.random() < 0.4 else 2
    s.image_logo(40, 22, "Télébec", 26, "#00549A")
    s.text(W - 40, 34, "Votre facture", 14, bold=True, align="right")
    rows = (("Numéro de compte", d.printed_account),
            ("Date de facturation", date_text(d.statement_date, "fr")),
            ("Date d'échéance", date_text(d.statement_date + timedelta(days=21), "fr")),
            ("Page", f"1 de {pages}"))
    for i, (label, value) in enumerate(rows):
        s.text(330, 54 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 54 + i * 12, value, 8.5, bold=True, align="right")
    care = attention_line(d).replace("ATTN: ", "a/s ").replace("Attn: ", "a/s ") \
        if not d.customer.person and r.random() < 0.4 else ""
    mailing_block(s, d, 60, 120, 9.5, attn=care)
    s.text(40, 200, "Numéro de téléphone de facturation :", 8.5, bold=True)
    s.text(236, 200, phone(d.real_btn, style), 8.5)
    s.mark("btn", d.real_btn)
    s.text(40, 214, "Adresse du service :", 8.5, bold=True)
    s.lines(236, 214, address_lines(d.service, fr=True), 8.5)
    s.mark("service", address_key(d.service))
    total = money(r, 40, 600, fr=True)
    s.band(262, 20)
    s.text(44, 276, "Sommaire du compte", 10, bold=True, color=LIGHT)
    y = 298.0
    for label in ("Solde de la facture précédente", "Paiement reçu - merci",
                  "Services de téléphonie", "Internet", "Frais d'interurbains",
                  "TPS (5 %)", "TVQ (9,975 %)", "Montant total à payer"):
        s.text(44, y, label, 8.5, bold=label.startswith("Montant"))
        s.text(330, y, total if label.startswith("Montant") else money(r, 0, 200, fr=True),
               8.5, align="right", bold=label.startswith("Montant"))
        y += 12
    s.text(44, y + 4, f"No TPS : {digits(r, 9)} RT0001    No TVQ : {digits(r, 10)} TQ0001",
           6.5, color=GREY)
    with s.roled("help"):
        s.text(370, 298, "Pour nous joindre", 9, bold=True, color=s.accent)
        s.lines(370, 312, [f"{label} : {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    notices(s, d, 40, 430, count=2, lang="fr", size=7)
    remit_stub(s, d, y=604, lang="fr", account_label="Numéro de compte")
    _telebec_lines(s, d, style, pages)
    if pages == 3:
        call_detail(s, d, 3, 1, "Détail des appels interurbains", style, lang="fr", rows=36)


def _telebec_lines(s: Sheet, d: Draft, style: str, pages: int) -> None:
    r = s.rng
    s.new_page()
    page_header(s, d, 2, pages, lang="fr", account_label="Numéro de compte")
    s.text(40, 90, "Services de téléphonie", 12, bold=True, color=s.accent)
    y = 112.0
    for n in d.singles():
        s.box(36, y - 10, W - 72, 14, fill=LIGHT)
        s.text(44, y, f"Ligne {phone(n, style)}", 8.5, bold=True)
        y += 14
        for item in r.sample(("Service de base - affaires", "Afficheur", "Messagerie vocale",
                              "Renvoi automatique", "Frais du service 911"), 3):
            s.text(60, y, item, 7.5)
            s.text(W - 44, y, money(r, 1, 45, fr=True), 7.5, align="right")
            y += 10
        y += 8
    for f, c in d.ranges:
        s.box(36, y - 10, W - 72, 14, fill=LIGHT)
        s.text(44, y, f"Numéros SDA {did_range(f, c, 'to', style).replace(' to ', ' à ')}",
               8.5, bold=True)
        s.text(W - 44, y, f"{c} numéros  {money(r, 10, 80, fr=True)}", 8, align="right")
        y += 20


@family("hay_coop", carrier="hay", country="CA", region="HURON", lines=(1, 5), block=0.2,
        block_size=(5, 10), dialed=8, person_share=0.5,
        account=lambda r, c, b: f"{digits(r, 6)}-{digits(r, 2)}",
        modelled_on="Ontario telephone co-operatives' statements of Hay Communications' kind: "
        "boxes whose value sits above a small caption, the service location under its heading, "
        "the account telephone number, further lines of the exchange by their last four digits, "
        "HST, a remittance portion", accent="#2E7D32", font="DejaVuSans")
def hay_coop(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "dash"
    s.wordmark(40, 44, "Hay", 28, "#2E7D32")
    s.text(104, 44, "Communications", 14, color=s.accent)
    s.text(40, 58, f"{d.carrier.legal} · 72 Main Street South · Zurich ON", 6.5, color=GREY)
    total = money(r, 40, 500)
    boxes = ((d.printed_account, "ACCOUNT NUMBER"),
             (date_text(d.statement_date, "abbr0"), "STATEMENT DATE"),
             (date_text(d.statement_date + timedelta(days=20), "abbr0"), "DUE DATE"),
             (total, "AMOUNT DUE"))
    for i, (value, caption) in enumerate(boxes):
        x = 40 + i * 134
        s.box(x, 72, 126, 34, stroke=s.accent)
        s.text(x + 63, 88, value, 10, bold=True, align="center")
        s.text(x + 63, 100, caption, 6.5, color=GREY, align="center")
    mailing_block(s, d, 60, 136, 9.5)
    s.text(340, 130, "SERVICE LOCATION", 8, bold=True, color=s.accent)
    s.lines(340, 142, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 214, "Account Telephone No.", 8.5, bold=True)
    s.text(160, 214, phone(d.real_btn, style), 8.5)
    s.mark("btn", d.real_btn)
    s.text(40, 244, "Current Charges", 11, bold=True, color=s.accent)
    y = 260.0
    for label in ("Local Service", "Internet Service", "Long Distance", "HST 13%",
                  "Total Current Charges", "Previous Balance", "Payments - Thank You",
                  "Amount Due"):
        s.text(44, y, label, 8.5, bold=label == "Amount Due")
        s.text(300, y, total if label == "Amount Due" else money(r, 0, 250), 8.5,
               align="right", bold=label == "Amount Due")
        y += 12
    with s.roled("help"):
        s.text(340, 260, "Contact Us", 9, bold=True, color=s.accent)
        s.lines(340, 274, [f"{label} {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    s.text(40, y + 16, "Local Service Detail", 10, bold=True, color=s.accent)
    singles = d.singles()
    s.text(44, y + 32, f"Lines: {short_list(singles, style)}", 8.5)
    for n in singles:  # '519-555-0101, -0104': the exchange once, then each line's last digits
        s.mark("number", n)
    yy = y + 46
    for k, n in enumerate(singles):
        kind = "Main Line" if k == 0 else r.choice(("Business Line", "Residential Line", "Fax"))
        s.text(60, yy, f"{n[-4:]}  {kind}", 7.5)
        s.text(300, yy, money(r, 20, 45), 7.5, align="right")
        yy += 10
    for f, c in d.ranges:
        s.text(44, yy + 4, f"Direct In-Dial block {did_range(f, c, 'to', style)}", 8.5)
        yy += 16
    s.text(40, yy + 14, "As a member of the Co-operative you share in its earnings through "
                        "patronage returns.", 7, color=GREY)
    remit_stub(s, d, y=616, account_label="Account Number")
    if r.random() < 0.4:
        call_detail(s, d, 2, 1, "Long Distance Calls", style)


@family("citywest_business", carrier="citywest", country="CA", region="NWBC", lines=(1, 6),
        block=0.25, block_size=(5, 10), dialed=8, person_share=0.2,
        account=lambda r, c, b: f"{digits(r, 7)}-{digits(r, 2)}",
        modelled_on="north-west BC carriers' invoices of CityWest's kind: page 1 a summary with "
        "the GST registration and the window address; page 2 the service details by location, "
        "the location on one line, the primary line marked in a line-type column; GST and PST",
        accent="#0076A8", font="Helvetica")
def citywest_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "paren"))
    s.wordmark(40, 48, "CityWest", 26, "#0076A8", font="Helvetica-Bold")
    s.text(40, 62, f"{d.carrier.legal} · GST Reg. No. {digits(r, 9)} RT0001", 6.5, color=GREY)
    rows = (("Account Number", d.printed_account), ("Invoice Number", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "long")),
            ("Due Date", date_text(d.statement_date + timedelta(days=21), "long")))
    for i, (label, value) in enumerate(rows):
        s.text(340, 36 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 36 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 120, 9.5)
    total = money(r, 60, 900)
    s.box(36, 200, W - 72, 24, fill=LIGHT)
    s.text(44, 216, "Total Amount Due", 11, bold=True)
    s.text(W - 44, 216, total, 12, bold=True, align="right")
    s.text(40, 250, "Invoice Summary", 11, bold=True, color=s.accent)
    y = 266.0
    for label in ("Previous Balance", "Payment Received", "Phone", "Internet", "TV",
                  "GST 5%", "PST 7%", "Current Charges"):
        s.text(44, y, label, 8.5)
        s.text(300, y, money(r, 0, 300), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.text(340, 250, "Need help?", 9, bold=True, color=s.accent)
        s.lines(340, 264, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    s.text(40, y + 14, "Service details for each location are on page 2.", 8, color=GREY)
    remit_stub(s, d, y=612, account_label="Account Number")
    _citywest_details(s, d, style)


def _citywest_details(s: Sheet, d: Draft, style: str) -> None:
    r = s.rng
    assert d.service is not None
    s.new_page()
    page_header(s, d, 2, 2)
    s.text(40, 90, "Service Details", 12, bold=True, color=s.accent)
    s.text(40, 110, f"Location: {one_line(d.service, r.choice((0, 1)))}", 9, bold=True)
    s.mark("service", address_key(d.service))
    body = []
    for n in d.singles():
        kind = "Primary" if n == d.real_btn else r.choice(("Additional Line", "Fax Line",
                                                            "Alarm Line"))
        body.append((phone(n, style), kind, r.choice(("Voicemail", "Call Display", "-")),
                     money(r, 20, 50)))
    # a "Primary" cell in a Line Type column marks the main line, not the billing number: no
    # label says which number is billed, and a type cell names no BTN anywhere else either
    # (round 8: "Main Number" as a type cell); so the bill does not prove the BTN (round 10)
    d.btn = None
    body += [(did_range(f, c, "through", style), "DID Block", f"{c} numbers", money(r, 5, 40))
             for f, c in d.ranges]
    y = s.table(40, 130, ("Phone Number", "Line Type", "Features", "Monthly"), body,
                (160, 120, 150, 90), size=8, align=("left", "left", "left", "right"))
    for i, item in enumerate(("Business Internet 100", "911 Levy (BC)", "GST 5%", "PST 7%")):
        s.text(44, y + 12 + i * 11, item, 8)
        s.text(W - 44, y + 12 + i * 11, money(r, 1, 120), 8, align="right")
