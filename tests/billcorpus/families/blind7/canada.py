"""SEVENTH BLIND SPLIT: not for the reader's author (see families/blind7/__init__.py).

Beanfield (a fibre carrier of Toronto and Montreal selling business internet and voice) and
Maskatel (a cable and telephone company of the Montérégie in Quebec), in French.

Modelled on Toronto business fibre invoices of Beanfield's kind (dates written day first with the
format in the label, "DD/MM/YYYY", an account number and an invoice number, the primary number of
the voice service, the service address as a small label/value table whose street, unit, city and
postal code each sit on their own row, voice lines and a DID block written "416-555-0140 to
416-555-0149", HST with the carrier's business number); and on Quebec regional cable operators'
bills of Maskatel's kind (a client number, ISO dates, the envelope name with an "a/s" (care of)
line, the main telephone number by its French label, the service location on one line, TPS and TVQ
with registration numbers, French amounts and a payment coupon).
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import call_detail, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, did_range, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

WHITE = HexColor("#FFFFFF")


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


@family("beanfield_business", carrier="beanfield", country="CA", region="GTA", lines=(2, 6),
        block=0.4, block_size=(5, 20), dialed=8, person_share=0.1,
        account=lambda r, c, b: f"BF{digits(r, 7)}",
        modelled_on="Toronto business fibre invoices of Beanfield's kind: day-first dates with "
        "'DD/MM/YYYY' in the label, account and invoice numbers, the voice service's primary "
        "number, the service address as a label/value table (street, unit, city, postal code "
        "each on a row), voice lines and a DID block 'to', HST with a business number",
        accent="#00A9A5", font="DejaVuSans")
def beanfield_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "dash"
    s.wordmark(40, 48, "beanfield", 26, "#00A9A5")
    s.text(40, 62, f"{d.carrier.legal} · HST/BN {digits(r, 9)} RT0001", 7, color=GREY)
    s.text(W - 40, 34, "Invoice", 15, bold=True, align="right")
    rows = (("Account No.", d.printed_account), ("Invoice No.", d.invoice_id),
            ("Invoice Date (DD/MM/YYYY)", _dmy(d.statement_date)),
            ("Due Date (DD/MM/YYYY)", _dmy(d.statement_date + timedelta(days=30))),
            ("Amount Due (CAD)", money(r, 150, 2500)))
    for i, (label, value) in enumerate(rows):
        s.text(340, 52 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 52 + i * 12, value, 8, bold=True, align="right")
    mailing_block(s, d, 60, 126, 9.5)
    s.text(40, 204, "Service Address", 9, bold=True, color=s.accent)
    cells = [("Street", d.service.line1), ("Unit", d.service.line2 or "-"),
             ("City / Province", f"{d.service.city}, {d.service.state}"),
             ("Postal Code", d.service.postal_code)]
    for i, (label, value) in enumerate(cells):
        s.text(44, 220 + i * 12, label, 8, color=GREY)
        s.text(140, 220 + i * 12, value, 8.5)
    s.mark("service", address_key(d.service))
    with s.roled("help"):
        s.box(340, 196, 236, 54, fill=LIGHT)
        s.text(348, 210, "Questions? We're here 24/7", 8.5, bold=True, color=s.accent)
        for k, (label, number) in enumerate(d.carrier.help_lines):
            s.text(348, 224 + k * 12, f"{label}: {number}", 8)
    s.text(40, 288, "Voice Services", 11, bold=True, color=s.accent)
    s.text(44, 304, "Primary Number:", 8.5, bold=True)
    s.text(130, 304, phone(d.real_btn, style), 8.5)
    s.mark("btn", d.real_btn)
    body = [(phone(n, style), r.choice(("SIP Line", "Hosted Seat", "Fax to Email")),
             money(r, 15, 40, fr=False)) for n in d.singles()]
    body += [(did_range(f, c, "to", style), f"DID Block ({c})", money(r, 10, 40))
             for f, c in d.ranges]
    y = s.table(40, 324, ("Number", "Service", "Monthly (CAD)"), body, (220, 200, 80), size=8.5,
                align=("left", "left", "right"))
    s.text(40, y + 14, "Charges", 11, bold=True, color=s.accent)
    for i, label in enumerate(("Fibre Internet 1 Gbps", "Voice Services", "Long Distance",
                               "HST 13%", "Total Current Charges")):
        s.text(44, y + 30 + i * 12, label, 8.5, bold=i == 4)
        s.text(400, y + 30 + i * 12, money(r, 5, 900), 8.5, bold=i == 4, align="right")
    remit_stub(s, d, y=630, account_label="Account No.")


def _care_of(d: Draft) -> str:
    """'a/s Comptes fournisseurs': the French care-of line on the envelope, never the name."""
    r = d.rng
    who = r.choice(("Comptes fournisseurs", "Service de la comptabilité", person_name(r)))
    return r.choice(("a/s ", "A/S ", "À l'attention de : ")) + who


@family("maskatel_fr", carrier="maskatel", country="CA", lang="fr", region="MASK",
        lines=(1, 3), block=0.2, block_size=(5, 10), dialed=8, person_share=0.5,
        account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 6)}",
        modelled_on="factures de câblodistributeurs régionaux du Québec du genre de Maskatel : "
        "numéro de client, dates AAAA-MM-JJ, ligne « a/s » sous le nom, numéro de téléphone "
        "principal, lieu de service sur une ligne, TPS et TVQ avec numéros d'inscription, "
        "montants « 1 234,56 $ », coupon de paiement", accent="#E2001A", font="DejaVuSans")
def maskatel_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "space"
    s.image_logo(40, 22, "maskatel", 24, "#E2001A")
    s.text(W - 40, 34, "VOTRE FACTURE", 13, bold=True, align="right")
    rows = (("Numéro de client", d.printed_account),
            ("Date de facturation", date_text(d.statement_date, "iso")),
            ("Payable avant le", date_text(d.statement_date + timedelta(days=21), "iso")),
            ("Numéro de téléphone principal", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(rows):
        s.text(300, 52 + i * 12, f"{label} :", 8)
        s.text(W - 40, 52 + i * 12, value, 8, bold=True, align="right")
    s.mark("btn", d.real_btn)
    care = _care_of(d) if not d.customer.person else ""
    mailing_block(s, d, 60, 124, 9.5, attn=care)
    s.text(300, 124, "Lieu de service :", 7.5, bold=True, color=s.accent)
    street = d.service.line1 + (f", {d.service.line2}" if d.service.line2 else "")
    s.text(300, 136, f"{street}, {d.service.city} (Québec) {d.service.postal_code}", 8)
    s.mark("service", address_key(d.service))
    total = money(r, 40, 500, fr=True)
    s.band(192, 22)
    s.text(44, 207, "TOTAL À PAYER", 10, bold=True, color=WHITE)
    s.text(W - 44, 207, total, 12, bold=True, color=WHITE, align="right")
    s.text(40, 240, "Sommaire", 11, bold=True, color=s.accent)
    y = 256.0
    for label in ("Solde antérieur", "Paiement reçu - merci", "Internet", "Télévision",
                  "Téléphonie", "TPS 5 %", "TVQ 9,975 %", "Total"):
        s.text(44, y, label, 8.5, bold=label == "Total")
        s.text(290, y, total if label == "Total" else money(r, 0, 150, fr=True), 8.5,
               align="right")
        y += 12
    s.text(44, y + 6, f"No TPS : {digits(r, 9)} RT0001   No TVQ : {digits(r, 10)} TQ0001", 6.5,
           color=GREY)
    s.text(320, 240, "Téléphonie", 11, bold=True, color=s.accent)
    yy = 256.0
    for n in d.singles():
        s.text(324, yy, phone(n, style), 8.5)
        s.text(420, yy, r.choice(("Ligne résidentielle", "Ligne d'affaires", "Télécopieur")),
               8)
        s.text(W - 40, yy, money(r, 15, 35, fr=True), 8, align="right")
        yy += 12
    for f, c in d.ranges:
        s.text(324, yy, did_range(f, c, "to", style).replace(" to ", " à "), 8.5)
        s.text(W - 40, yy, f"{c} numéros", 8, align="right")
        yy += 12
    with s.roled("help"):
        s.text(40, 560, "Service à la clientèle", 8, bold=True, color=s.accent)
        s.text(40, 572, "  ·  ".join(f"{label} {number}" for label, number
                                     in d.carrier.help_lines), 8)
    notices(s, d, 40, 590 - 60, count=1, lang="fr", size=7)
    remit_stub(s, d, y=604, lang="fr", account_label="Numéro de client")
    if r.random() < 0.5:
        call_detail(s, d, 2, 1, "Détail des appels interurbains", style, lang="fr", rows=30)
