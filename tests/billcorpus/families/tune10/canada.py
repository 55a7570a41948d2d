"""Open tuning split tune10: Novus (Novus Entertainment, Vancouver's fibre carrier, its business
phone lines resold over TELUS's network) and Oricom (Oricom Internet, Québec City), in French.

Modelled on Novus business invoices (a band of captions with the values under them, the
'Billing Telephone No.' among them, the service address under its caption beside the window,
phone lines as a range 'to' and singles, GST and PST) and on Oricom's French invoices
('No de compte' and 'Date de facturation' stacked right of the logo, dates '4 mars 2025', the
'Adresse desservie' written on one line inside the services table's first row, the billing
number named 'No de facturation' under the numbers grid, TPS and TVQ, a French payment stub).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import attention_line, mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, did_range, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


@family("novus_band", carrier="novus", country="CA", region="LMBC", lines=(1, 6), block=0.3,
        block_size=(5, 10), dialed=8, person_share=0.1,
        account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 5)}",
        modelled_on="business invoices of Novus's kind (Vancouver; lines resold over TELUS's "
        "network): a band of captions with values under them including 'Billing Telephone "
        "No.', the service address beside the window, phone lines as a range and singles, "
        "GST and PST", accent="#D71920", font="Helvetica")
def novus_band(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "space"))
    s.wordmark(40, 44, "Novus", 26, "#D71920")
    s.text(40, 58, "Business", 9, color=GREY)
    s.band(76, 34, LIGHT)
    cols = (("Account No.", d.printed_account), ("Bill Date", date_text(d.statement_date, "dmy")),
            ("Billing Telephone No.", phone(d.real_btn, style)),
            ("Amount Due", money(r, 60, 900)),
            ("Due Date", date_text(d.statement_date + timedelta(days=21), "dmy")))
    for i, (cap, value) in enumerate(cols):
        s.text(44 + i * 108, 88, cap, 7, color=GREY)
        s.text(44 + i * 108, 102, value, 8.5, bold=True)
    s.mark("btn", d.real_btn)
    attn = attention_line(d) if not d.customer.person and r.random() < 0.3 else ""
    mailing_block(s, d, 60, 134, 9.5, attn=attn)
    s.text(330, 134, "Service Address", 8, bold=True, color=s.accent)
    s.lines(330, 146, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 220, "Business Phone", 10, bold=True, color=s.accent)
    y = 236.0
    for k, n in enumerate(d.singles()):
        s.text(44, y, "Primary line" if k == 0 else "Additional line", 8)
        s.text(180, y, phone(n, style), 8)
        s.text(W - 44, y, money(r, 25, 45), 8, align="right")
        y += 11
    for f, c in d.ranges:
        s.text(44, y, f"Number block ({c})", 8)
        s.text(180, y, did_range(f, c, "to", style), 8)
        s.text(W - 44, y, money(r, 10, 40), 8, align="right")
        y += 11
    for label in ("Business Internet 1G", "GST 5%", "PST 7%"):
        s.text(44, y + 8, label, 8)
        s.text(W - 44, y + 8, money(r, 2, 160), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 24, "Local phone service is provided over the TELUS network. "
                           f"Questions: {d.carrier.help_lines[0][1]}", 7, color=GREY)
        s.lines(330, 200, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7.5)
    remit_stub(s, d, y=622, account_label="Account No.")


@family("oricom_fr", carrier="oricom", country="CA", lang="fr", region="QUEB", lines=(1, 8),
        block=0.25, block_size=(5, 10), dialed=8, person_share=0.1,
        account=lambda r, c, b: f"{r.randint(100000, 999999)}",
        modelled_on="factures d'Oricom Internet (Québec) : no de compte et date de "
        "facturation empilés à droite du logo, dates « 4 mars 2025 », l'adresse desservie sur "
        "une ligne dans la première rangée du tableau des services, le « No de facturation » "
        "sous la grille des numéros, TPS et TVQ, talon de paiement en français",
        accent="#F28C00", font="DejaVuSans")
def oricom_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "space"
    s.wordmark(40, 46, "Oricom", 26, "#F28C00")
    s.text(40, 60, d.carrier.legal, 7.5, color=GREY)
    for i, (label, value) in enumerate((("No de compte", d.printed_account),
                                        ("Date de facturation",
                                         date_text(d.statement_date, "fr")),
                                        ("No de facture", d.invoice_id[:7]))):
        s.text(300, 34 + i * 12, f"{label} :", 8, color=GREY)
        s.text(400, 34 + i * 12, value, 8.5, bold=True)
    with s.roled("help"):
        for i, (lab, num) in enumerate(d.carrier.help_lines):
            s.text(W - 40, 78 + i * 10, f"{lab} {num}", 7, align="right")
    mailing_block(s, d, 60, 118, 9.5)
    where = f"{d.service.line1}{', ' + d.service.line2 if d.service.line2 else ''}, " \
            f"{d.service.city} (Québec) {d.service.postal_code}"
    s.text(40, 200, "Services du mois", 10, bold=True, color=s.accent)
    s.box(36, 206, W - 72, 14, fill=LIGHT)
    s.text(40, 216, f"Adresse desservie : {where}", 7.5, bold=True)
    s.mark("service", address_key(d.service))
    y = 234.0
    for label in ("Téléphonie IP affaires", "Internet fibre 300", "Frais 9-1-1"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 1, 150, fr=True), 8, align="right")
        y += 11
    s.text(40, y + 12, "Numéros de téléphone", 9, bold=True, color=s.accent)
    nums = d.singles()
    for k, n in enumerate(nums):
        s.text(44 + (k % 3) * 170, y + 26 + (k // 3) * 11, phone(n, style), 8)
    y += 26 + ((len(nums) + 2) // 3) * 11
    for f, c in d.ranges:
        s.text(44, y, f"Bloc de numéros : {did_range(f, c, 'to', style).replace(' to ', ' au ')}",
               8)
        y += 11
    label = "No de facturation :"
    s.text(40, y + 6, label, 8.5, bold=True)
    s.text(46 + s.width(label, 8.5, bold=True), y + 6, phone(d.real_btn, style), 8.5)
    s.mark("btn", d.real_btn)
    for i, tax in enumerate(("TPS 5 % (no 81234 5678 RT0001)", "TVQ 9,975 % (no 1234567890 TQ0001)",
                             "Total à payer")):
        s.text(330, y + 30 + i * 12, tax, 8, bold=i == 2)
        s.text(W - 44, y + 30 + i * 12, money(r, 3, 600, fr=True), 8, bold=i == 2,
               align="right")
    remit_stub(s, d, y=622, lang="fr")
