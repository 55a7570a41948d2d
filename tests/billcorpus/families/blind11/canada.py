"""ELEVENTH BLIND SPLIT: not for the reader's author (see families/blind11/__init__.py).

Axion (Câble Axion Digitel of Magog, Eastern Townships, Quebec), in French, and Mornington
Communications (a telephone co-operative of Milverton, Perth County, Ontario).

Modelled on Quebec cable and IP-telephony invoices of Axion's kind (in French: each fact in a
ruled box whose caption sits in its top border -- No de client, Date de facturation, Solde à
payer, Adresse de service with the street, municipality, province and postal code on their own
labelled rows, No de téléphone principal; a services table with the numbers; TPS and TVQ) and
on co-operative statements of Mornington's kind (the service address called the civic address,
the business name spelled out (Incorporated) with an Attn line under it, dates written 'March
3rd, 2025', the lines named 'Primary line', 'Second line' in words, page 2 repeating the
customer's facts as a one-line strip).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import attention_line, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind11.parts import captioned_box, ordinal, spelled_out
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

_NTH = ("Primary line", "Second line", "Third line", "Fourth line", "Fifth line")


@family("axion_fr", carrier="axion", country="CA", lang="fr", region="EST", lines=(1, 4),
        block=0.3, block_size=(5, 10), dialed=8, person_share=0.35,
        account=lambda r, c, b: " ".join(str(r.randint(100, 999)) for _ in range(3)),
        modelled_on="factures de câble et de téléphonie IP d'Axion (Magog, Cantons-de-l'Est) : "
        "chaque renseignement dans une case encadrée dont le libellé coupe le filet du haut "
        "(no de client, date de facturation, solde à payer, adresse de service avec rue, "
        "municipalité, province et code postal sur des lignes libellées, no de téléphone "
        "principal), un tableau des services avec les numéros, TPS et TVQ",
        accent="#E2231A", font="DejaVuSans")
def axion_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("space", "dash"))
    s.wordmark(40, 46, "axion", 26, "#E2231A")
    s.text(40, 60, f"{d.carrier.legal} \u00b7 {d.carrier.domain}", 6.5, color=GREY)
    s.text(W - 40, 40, "Votre facture", 14, bold=True, align="right")
    boxes = (("No de client", d.printed_account),
             ("Date de facturation", date_text(d.statement_date, "fr")),
             ("Solde à payer", money(r, 40, 500, fr=True)),
             ("Payable au plus tard le", date_text(d.statement_date + timedelta(days=21), "fr")))
    for i, (caption, value) in enumerate(boxes):
        x = 40 + i * 136
        captioned_box(s, x, 84, 128, 30, caption)
        s.text(x + 8, 104, value, 9, bold=True)
    mailing_block(s, d, 48, 150, 9.5)
    captioned_box(s, 320, 136, 252, 92, "Adresse de service")
    a = d.service
    rows = [("Rue", a.line1), *([("Bureau/app.", a.line2)] if a.line2 else []),
            ("Municipalité", a.city), ("Province", a.state), ("Code postal", a.postal_code)]
    for i, (label, value) in enumerate(rows):
        s.text(328, 154 + i * 14, label, 7, color=GREY)
        s.text(400, 154 + i * 14, value, 8.5)
    s.mark("service", address_key(a))
    captioned_box(s, 320, 244, 252, 28, "No de téléphone principal")
    s.text(328, 262, phone(d.real_btn, style), 9, bold=True)
    s.mark("btn", d.real_btn)
    body = []
    for k, n in enumerate(d.singles()):
        body.append(("Téléphonie IP" if k == 0 else "Ligne additionnelle", phone(n, style),
                     money(r, 15, 35, fr=True)))
    for f, c in d.ranges:
        body.append((f"Bloc de {c} numéros", f"{phone(f, style)} à {int(f[-4:]) + c - 1:04d}",
                     money(r, 5, 30, fr=True)))
    body += [("Internet 120", "", money(r, 50, 90, fr=True)),
             ("Télé de base", "", money(r, 20, 40, fr=True))]
    s.text(40, 300, "Détail des services", 11, bold=True, color=s.accent)
    y = s.table(40, 318, ("Service", "Numéro", "Montant"), body, (170, 150, 70), size=8,
                align=("left", "left", "right"))
    y = max(y, 420)
    for i, label in enumerate(("Sous-total", "TPS (5 %)", "TVQ (9,975 %)", "Total")):
        s.text(360, y + i * 12, label, 8.5, bold=i == 3)
        s.text(W - 40, y + i * 12, money(r, 1, 400, fr=True), 8.5, bold=i == 3, align="right")
    s.text(40, y, f"TPS : {digits(r, 9)} RT0001  \u00b7  TVQ : {digits(r, 10)} TQ0001", 6.5,
           color=GREY)
    with s.roled("help"):
        s.lines(40, y + 14, [f"{label} : {number}" for label, number in d.carrier.help_lines],
                7.5)
    if y < 520:
        notices(s, d, 40, y + 56, count=1, lang="fr", size=7)
    remit_stub(s, d, y=626, lang="fr", account_label="No de client")


@family("mornington_coop", carrier="mornington", country="CA", region="PTH", lines=(1, 5),
        dialed=8, person_share=0.3,
        account=lambda r, c, b: f"{r.randint(1000, 9999)}{r.randint(10, 99)}",
        modelled_on="co-operative statements of Mornington Communications' kind (Milverton, "
        "Ontario): the service address called the civic address, the business name spelled "
        "out (Incorporated) with an Attn line under it, dates written March 3rd, 2025, the "
        "lines named Primary line, Second line in words, page 2 repeating the customer's "
        "facts as a one-line strip",
        accent="#1D4F91", font="Times-Roman")
def mornington_coop(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    spelled_out(d)
    style = r.choice(("dash", "space"))
    s.wordmark(40, 44, "Mornington", 22, "#1D4F91", font="Times-Bold")
    s.text(40, 58, "Communications Co-operative", 9, color=GREY)
    s.text(W - 40, 34, "Statement of Account", 12, bold=True, align="right")
    facts = (("Customer No.", d.printed_account),
             ("Statement Date", ordinal(d.statement_date, "long")),
             ("Due Date", ordinal(d.statement_date + timedelta(days=20), "long")),
             ("Billing Tel. No.", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(facts):
        s.text(360, 50 + i * 12, label + ":", 8, color=GREY)
        s.text(W - 40, 50 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 118, 9.5, attn=attention_line(d))
    s.box(340, 112, W - 376, 64, fill=LIGHT)
    s.text(348, 126, "Civic Address of Service", 7.5, bold=True, color=s.accent)
    s.lines(348, 140, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 210, "Summary", 11, bold=True, color=s.accent)
    y = 228.0
    for label in ("Previous Balance", "Payment - Thank You", "Local Service", "Internet",
                  "Long Distance", "HST 13%", "Amount Due"):
        s.text(44, y, label, 9, bold=label == "Amount Due")
        s.text(280, y, money(r, 0, 300), 9, align="right", bold=label == "Amount Due")
        y += 13
    s.text(330, 210, "Your Lines", 11, bold=True, color=s.accent)
    yy = 228.0
    for k, n in enumerate(d.numbers):
        s.text(334, yy, _NTH[k], 8.5, color=GREY)
        s.text(430, yy, phone(n, style), 9)
        yy += 13
    with s.roled("help"):
        s.lines(330, max(y, yy) + 12, [f"{label} {number}" for label, number
                                       in d.carrier.help_lines] + [d.carrier.domain], 7.5)
    notices(s, d, 40, max(y, yy) + 56, count=2, size=7)
    remit_stub(s, d, y=620, account_label="Customer No.")
    s.new_page()
    s.box(36, 28, W - 72, 30, fill=LIGHT)
    s.text(44, 40, f"{d.carrier.brand}  \u2022  {d.name}  \u2022  Cust. {d.printed_account}",
           8.5, bold=True)
    s.text(44, 52, f"Statement of {ordinal(d.statement_date, 'long')}  \u2022  page 2 of 2", 7.5)
    s.text(40, 86, "Local Service Detail", 12, bold=True, color=s.accent)
    body = []
    for k, n in enumerate(d.numbers):
        body.append((_NTH[k], phone(n, style), "Business Line" if not d.customer.person
                     else "Residence Line", money(r, 20, 45)))
        body.append(("", "", "Call Display / Voice Mail", money(r, 3, 15)))
    s.table(40, 104, ("Line", "Number", "Service", "Amount"), body, (110, 130, 190, 80),
            size=8, align=("left", "left", "left", "right"))
