"""NINTH BLIND SPLIT: not for the reader's author (see families/blind9/__init__.py).

Xittel (a telecommunications company of Trois-Rivières, Mauricie, selling IP telephony and
internet to businesses), in French; Westman (Westman Communications Group, the cable, phone and
internet company of Brandon and western Manitoba).

Modelled on Quebec regional business invoices of Xittel's kind (in French; 'No client' and
'No facture', ISO dates as Quebec billing systems print them, the service address under its
label beside the window address, the main number by 'Numéro principal', a services table of
service, number, quantity and price with a block of numbers 'à', TPS and TVQ with the
registration numbers, a French payment stub) and on Westman's bills as its 'How to read your
bill' page describes them (page 1: the customer's name and account number, how to contact us,
the account summary with monthly services and payments, the detachable account summary to
return; page 2: the account details with the billing period and each service, the name and
account number repeated, payment methods; phone lines itemised under the phone service with
the service address and the primary line named; GST and Manitoba RST).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import attention_line, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    date_text,
    did_range,
    digits,
    money,
    phone,
)
from tests.billcorpus.truth import Draft, address_key


@family("xittel_fr", carrier="xittel", country="CA", lang="fr", region="MAUR", lines=(1, 6),
        block=0.35, block_size=(5, 20), dialed=8, person_share=0.1,
        account=lambda r, c, b: f"{r.randint(10000, 99999)}",
        modelled_on="factures d'affaires de Xittel (Trois-Rivières, Mauricie) : no client et no "
        "facture, dates AAAA-MM-JJ, adresse de service sous son libellé à côté de l'adresse "
        "postale, « Numéro principal », tableau des services (service, numéro, quantité, "
        "prix) avec un bloc de numéros « à », TPS et TVQ avec les numéros d'inscription, "
        "talon de paiement en français", accent="#0A6EB4", font="DejaVuSans")
def xittel_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "space"
    s.image_logo(40, 22, "XITTEL", 24, "#0A6EB4")
    s.text(40, 62, f"{d.carrier.legal} · {', '.join(d.carrier.remit)}", 6.5, color=GREY)
    s.text(W - 40, 34, "FACTURE", 16, bold=True, align="right")
    rows = (("No client", d.printed_account), ("No facture", d.invoice_id[:8]),
            ("Date de facturation", date_text(d.statement_date, "iso")),
            ("Date d'échéance", date_text(d.statement_date + timedelta(days=30), "iso")))
    for i, (label, value) in enumerate(rows):
        s.text(370, 52 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 52 + i * 12, value, 8.5, bold=True, align="right")
    care = attention_line(d).replace("ATTN: ", "a/s ").replace("Attn: ", "a/s ") \
        .replace("c/o ", "a/s ").replace("C/O ", "a/s ") \
        if not d.customer.person and r.random() < 0.4 else ""
    s.text(40, 108, "Facturé à", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 122, 9, attn=care)
    s.text(330, 108, "Adresse de service", 8, bold=True, color=s.accent)
    s.lines(330, 122, address_lines(d.service, fr=True), 9)
    s.mark("service", address_key(d.service))
    label = "Numéro principal :"
    s.text(330, 170, label, 8.5, bold=True)
    s.text(336 + s.width(label, 8.5, bold=True), 170, phone(d.real_btn, style), 8.5)
    s.mark("btn", d.real_btn)
    body = []
    for k, n in enumerate(d.singles()):
        what = "Ligne principale IP" if k == 0 else r.choice(
            ("Ligne téléphonique IP", "Ligne de télécopieur", "Poste virtuel"))
        body.append((what, phone(n, style), "1", money(r, 15, 45, fr=True)))
    for f, c in d.ranges:
        body.append(("Bloc de numéros (SDA)",
                     did_range(f, c, "to", style).replace(" to ", " à "), str(c),
                     money(r, 10, 60, fr=True)))
    body += [("Internet fibre 500/500", "", "1", money(r, 80, 180, fr=True)),
             ("Frais 9-1-1 (Québec)", "", str(len(d.singles())), money(r, 1, 8, fr=True))]
    s.text(40, 212, "Détail des services", 11, bold=True, color=s.accent)
    y = s.table(40, 230, ("Service", "Numéro", "Qté", "Prix"), body, (200, 190, 50, 90),
                size=8, align=("left", "left", "right", "right"))
    total = money(r, 80, 1500, fr=True)
    for i, label in enumerate(("Sous-total", "TPS (5 %)", "TVQ (9,975 %)", "Total à payer")):
        s.text(330, y + 12 + i * 12, label, 8.5, bold=i == 3)
        s.text(W - 40, y + 12 + i * 12, total if i == 3 else money(r, 5, 900, fr=True), 8.5,
               bold=i == 3, align="right")
    s.text(40, y + 64, f"TPS : {digits(r, 9)} RT0001    TVQ : {digits(r, 10)} TQ0001", 6.5,
           color=GREY)
    with s.roled("help"):
        s.text(40, y + 12, "Pour nous joindre", 8.5, bold=True, color=s.accent)
        s.lines(40, y + 24, [f"{label} : {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    if y < 480:
        notices(s, d, 40, y + 86, count=1, lang="fr", size=7)
    remit_stub(s, d, y=622, lang="fr", account_label="No client")


@family("westman_business", carrier="westman", country="CA", region="WMB", lines=(1, 5),
        block=0.2, block_size=(5, 10), dialed=8, person_share=0.4,
        account=lambda r, c, b: f"{r.randint(100000, 999999)}",
        modelled_on="Westman Communications Group's bills as its 'How to read your bill' page "
        "describes them: page 1 the name and account number, how to contact us, the account "
        "summary with monthly services and payments, a detachable account summary; page 2 the "
        "account details with the billing period and each service, name and account number "
        "repeated, payment methods; phone lines under the phone service with the service "
        "address and the primary line named; GST and Manitoba RST", accent="#00467F",
        font="Helvetica")
def westman_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "paren"))
    s.wordmark(40, 46, "Westman", 26, "#00467F", font="Helvetica-Bold")
    s.text(40, 60, "Communications Group", 8, color=GREY)
    s.box(330, 22, 246, 44, fill=LIGHT)
    s.text(338, 36, d.name, 8.5, bold=True)
    s.text(338, 50, f"Account # {d.printed_account}", 8.5)
    s.text(338, 62, f"Bill Date {date_text(d.statement_date, 'long')}", 7.5, color=GREY)
    s.text(40, 92, "Customer Information", 9, bold=True, color=s.accent)
    notices(s, d, 40, 106, count=2, size=7)
    mailing_block(s, d, 60, 150, 9.5)
    with s.roled("help"):
        s.text(340, 150, "How To Contact Us", 9, bold=True, color=s.accent)
        s.lines(340, 164, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7.5)
    total = money(r, 60, 700)
    s.text(40, 228, "Account Summary", 11, bold=True, color=s.accent)
    y = 244.0
    for label in ("Previous Balance", "Payment - Thank You", "Balance Forward", "Cable",
                  "Internet", "Phone", "GST 5%", "RST 7%", "Total Balance Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(300, y, total if label.startswith("Total") else money(r, 0, 250), 8.5,
               align="right", bold=label.startswith("Total"))
        y += 12
    s.text(44, y + 6, f"Payment Due Date: {date_text(d.statement_date + timedelta(days=21), 'long')}",
           8.5, bold=True)
    s.text(40, 600, f"{d.carrier.legal} · GST Registration {digits(r, 9)} RT0001", 6.5,
           color=GREY)
    remit_stub(s, d, y=612, account_label="Account #")
    _westman_details(s, d, style)


def _westman_details(s: Sheet, d: Draft, style: str) -> None:
    r = s.rng
    assert d.service is not None
    s.new_page()
    s.wordmark(40, 44, "Westman", 18, "#00467F", font="Helvetica-Bold")
    s.text(W - 40, 34, d.name, 8, bold=True, align="right")
    s.text(W - 40, 46, f"Account # {d.printed_account}", 8, align="right")
    s.text(W - 40, 58, "Page 2 of 2", 7, align="right")
    s.rule(36, 66, W - 36, 0.8, s.accent)
    end = d.statement_date + timedelta(days=30)
    s.text(40, 90, "Account Details", 12, bold=True, color=s.accent)
    s.text(40, 104, f"Billing Period: {date_text(d.statement_date, 'abbr')} to "
                    f"{date_text(end, 'abbr')}", 8)
    s.text(40, 124, "Service Address:", 8.5, bold=True)
    s.lines(130, 124, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    y = 172.0
    s.box(36, y - 10, W - 72, 14, fill=LIGHT)
    s.text(44, y, "Phone", 9, bold=True)
    y += 16
    for k, n in enumerate(d.singles()):
        what = "Primary Line" if k == 0 else r.choice(("Additional Line", "Fax Line"))
        s.text(60, y, f"{what}  {phone(n, style)}", 8)
        s.text(W - 44, y, money(r, 20, 45), 8, align="right")
        y += 11
    s.mark("btn", d.real_btn)
    for f, c in d.ranges:
        s.text(60, y, f"DID Numbers {did_range(f, c, 'dash', style)}", 8)
        s.text(W - 44, y, money(r, 5, 30), 8, align="right")
        y += 11
    for item in ("Voice Mail", "Call Display", "Long Distance"):
        s.text(60, y, item, 8)
        s.text(W - 44, y, money(r, 0, 25), 8, align="right")
        y += 11
    y += 8
    for section, items in (("Internet", ("Business Fibre 250", "Static IP")),
                           ("Cable", ("Business Basic", "Digital Terminal Rental"))):
        s.box(36, y - 10, W - 72, 14, fill=LIGHT)
        s.text(44, y, section, 9, bold=True)
        y += 16
        for item in items:
            s.text(60, y, item, 8)
            s.text(W - 44, y, money(r, 5, 120), 8, align="right")
            y += 11
        y += 8
    s.text(40, y + 10, "Payment Methods", 9, bold=True, color=s.accent)
    s.lines(40, y + 24, ["Pre-Authorized Debit (PAD) · My Westman portal · your bank "
                         "(payee: Westman Communications)", "In person at 1906 Park Avenue, "
                         "Brandon"], 7.5)
