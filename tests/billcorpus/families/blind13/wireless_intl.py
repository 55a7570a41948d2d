"""THIRTEENTH BLIND SPLIT: not for the reader's author (see families/blind13/__init__.py).

Cellular One of North East Arizona (Smith Bagley's wireless service of the Navajo Nation and the
White Mountains), WorldNet (a business carrier of Puerto Rico, bilingual) and Bell Aliant (Atlantic
Canada, here a French bill from New Brunswick).

Modelled on wireless bills of Cellular One's kind (symbol-font phone icons before each line,
footnote daggers glued to numbers, dates written '5 Nov 26', confirmation and ticket numbers of
ten digits, a vanity help line, no service address and no billing telephone number), on WorldNet
invoices (labels in Spanish and English on one line, 'Calle Luna 12' over 'Urb. Las Flores',
Spanish abbreviated months '5 de nov. de 2026') and on Bell Aliant's French statements (a civic
number with a comma and 'bureau', day-first dates with their order given in the label, a second
page repeating the account number in its header with the lines 'suite').
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind13.parts import icon_number, move_to
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

_MESES = ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.",
          "nov.", "dic.")


def _short(day: date) -> str:
    """'5 Nov 26'."""
    return f"{day.day} {day:%b} {day:%y}"


def _es(day: date) -> str:
    """'5 de nov. de 2026'."""
    return f"{day.day} de {_MESES[day.month - 1]} de {day.year}"


def _ten_digits(d: Draft) -> str:
    """A confirmation or ticket number of ten digits, never one of the 555 lines."""
    while True:
        n = f"{d.rng.randint(2, 9)}{digits(d.rng, 9)}"
        if n[3:6] != "555":
            return n


@family("cellone_icons", carrier="cellone_nea", region="C1A", lines=(1, 5), dialed=10,
        person_share=0.7, account=lambda r, c, b: f"{r.randint(10000000, 99999999)}",
        modelled_on="wireless bills of Cellular One of North East Arizona's kind (Smith Bagley, "
        "Show Low): a phone icon in a symbol font before each line, a dagger glued to a line "
        "on a device plan, dates written '5 Nov 26', a payment confirmation and a trouble "
        "ticket of ten digits, a vanity help line, no service address, no billing telephone "
        "number",
        accent="#C0392B", font="Helvetica")
def cellone_icons(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None
    bill = d.statement_date
    s.wordmark(40, 46, "CellularOne", 24, "#C0392B")
    s.text(40, 60, "Cellular One \u00b7 " + d.carrier.domain, 8, color=GREY)
    s.text(W - 40, 40, "Your Wireless Bill", 13, bold=True, align="right")
    facts = (("Account", d.printed_account), ("Bill Date", _short(bill)),
             ("Bill Period", f"{_short(bill - timedelta(days=30))} - "
              f"{_short(bill - timedelta(days=1))}"),
             ("Due", _short(bill + timedelta(days=21))))
    for i, (label, value) in enumerate(facts):
        s.text(360, 60 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 60 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.band(180, 16, LIGHT)
    s.text(44, 191, "Your Lines", 9.5, bold=True, color=s.accent)
    y = 214.0
    plan = r.randrange(len(d.numbers))
    for k, n in enumerate(d.numbers):
        printed = phone(n, "dash") + ("\u2020" if k == plan else "")
        icon_number(s, 50, y, printed, 9)
        s.text(220, y, r.choice(("Unlimited Talk & Text", "Unlimited Plus", "Basic 5GB")), 8.5)
        s.text(460, y, money(r, 20, 80), 8.5, align="right")
        y += 14
    s.text(50, y + 4, "\u2020 Includes a device payment plan installment.", 7, color=GREY)
    y += 26
    for label in ("Plans & Services", "Device Payments", "Navajo Nation Sales Tax",
                  "Federal USF", "Total Due"):
        s.text(60, y, label, 8.5, bold=label.startswith("Total"))
        s.text(460, y, money(r, 1, 200), 8.5, align="right", bold=label.startswith("Total"))
        y += 12
    s.text(40, y + 14, f"Payment received {_short(bill - timedelta(days=r.randint(8, 20)))} - "
           f"confirmation {_ten_digits(d)}. Thank you!", 8)
    s.text(40, y + 26, f"Trouble ticket {_ten_digits(d)} was closed on "
           f"{_short(bill - timedelta(days=r.randint(2, 9)))}.", 8)
    with s.roled("help"):
        s.text(40, y + 46, PHONE_LINE, 8)
        s.lines(40, y + 58, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                8)
    d.help_numbers.append("+18002355663")
    s.text(40, y + 84, f"Service provided by {d.carrier.legal}", 6.5, color=GREY)
    remit_stub(s, d, y=626, account_label="Account")


PHONE_LINE = "Call 1-800-CELL-ONE (1-800-235-5663) or dial 611 from your phone"

_NEGOCIOS = ("Panadería La Esperanza, Inc.", "Farmacia San Rafael, Corp.",
             "Colmado Los Hermanos", "Ferretería Del Valle, LLC", "Clínica Dental Ríos, PSC",
             "Taller Mecánico Ortiz, Inc.")
_CALLES = ("Calle Luna", "Calle Sol", "Calle Flamboyán", "Calle Ceiba", "Calle Las Rosas")
_URBS = ("Urb. Las Flores", "Urb. Villa Carolina", "Urb. Santa Rosa", "Urb. Los Maestros")


@family("worldnet_bilingue", carrier="worldnet", region="WNT", lang="es", lines=(1, 5),
        block=0.3, block_size=(5, 10), dialed=8, person_share=0.3,
        account=lambda r, c, b: f"{r.randint(100, 999)}-{r.randint(100000, 999999)}",
        modelled_on="business invoices of WorldNet's kind (San Juan, Puerto Rico): every label "
        "in Spanish and English on one line ('Número de cuenta / Account Number'), the "
        "service address as 'Calle Luna 12' over 'Urb. Las Flores', Spanish abbreviated "
        "months ('5 de nov. de 2026'), the lines and a DID block in a bilingual table",
        accent="#1F618D", font="DejaVuSans")
def worldnet_bilingue(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    if not d.customer.person:
        d.name = r.choice(_NEGOCIOS)
    service = replace(d.service, line1=f"{r.choice(_CALLES)} {r.randint(1, 99)}",
                      line2=r.choice(_URBS))
    move_to(d, service)
    assert d.service is not None and d.billing is not None
    bill = d.statement_date
    s.wordmark(40, 46, "WorldNet", 24, "#1F618D")
    s.text(40, 60, d.carrier.legal, 7.5, color=GREY)
    s.text(W - 40, 40, "Factura / Invoice", 13, bold=True, align="right")
    facts = (("Número de cuenta / Account Number", d.printed_account),
             ("Fecha de factura / Invoice Date", _es(bill)),
             ("Fecha de vencimiento / Due Date", _es(bill + timedelta(days=25))),
             ("Total a pagar / Amount Due", money(r, 80, 900)))
    for i, (label, value) in enumerate(facts):
        s.text(300, 62 + i * 12, label, 7.5, color=GREY)
        s.text(W - 40, 62 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 120, 9.5)
    s.text(300, 124, "Dirección de servicio / Service Address", 8, bold=True, color=s.accent)
    s.lines(300, 138, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(300, 178, "Teléfono principal / Main Number", 8, bold=True, color=s.accent)
    s.text(300, 191, phone(d.real_btn, "paren"), 9)
    s.mark("btn", d.real_btn)
    s.band(206, 16, LIGHT)
    s.text(44, 217, "Detalle de servicios / Service Detail", 9.5, bold=True, color=s.accent)
    body = []
    for f, c in d.ranges:
        body.append((f"{phone(f, 'paren')} a {phone(f[:-4] + f'{int(f[-4:]) + c - 1:04d}', 'paren')}",
                     f"Bloque DID / DID block ({c})", money(r, 10, 60)))
    for k, n in enumerate(d.singles()):
        body.append((phone(n, "paren"), "Línea principal / Main line" if k == 0
                     else "Línea adicional / Additional line", money(r, 20, 45)))
    body += [("", "Internet dedicado / Dedicated Internet", money(r, 80, 300)),
             ("", "IVU / Sales tax", money(r, 5, 40))]
    y = s.table(40, 240, ("Número / Number", "Servicio / Service", "Cargo / Charge"), body,
                (220, 220, 90), size=8, align=("left", "left", "right"))
    with s.roled("help"):
        s.lines(40, y + 20, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    remit_stub(s, d, y=626, lang="es", account_label="Núm. de cuenta")


@family("bell_aliant_fr", carrier="bell_aliant", country="CA", lang="fr", region="BAL",
        lines=(2, 7), dialed=8, person_share=0.5,
        account=lambda r, c, b: f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
        modelled_on="relevés de Bell Aliant en français (Nouveau-Brunswick) : le numéro civique "
        "suivi d'une virgule et d'un bureau, des dates jour-mois-année dont l'ordre est donné "
        "par le libellé (JJ/MM/AAAA), une deuxième page qui répète le numéro de compte en "
        "en-tête avec la suite des lignes",
        accent="#005A9C", font="DejaVuSans")
def bell_aliant_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    bill = d.statement_date

    def dmy(day: date) -> str:
        return f"{day:%d/%m/%Y}"

    s.wordmark(40, 46, "Bell Aliant", 24, "#005A9C")
    s.text(W - 40, 40, "Votre facture", 13, bold=True, align="right")
    s.text(W - 40, 54, "Page 1 de 2", 7.5, align="right")
    facts = (("Numéro de compte", d.printed_account),
             ("Date de facturation (JJ/MM/AAAA)", dmy(bill)),
             ("Date d'échéance (JJ/MM/AAAA)", dmy(bill + timedelta(days=21))),
             ("Montant à payer", money(r, 40, 300, fr=True)))
    for i, (label, value) in enumerate(facts):
        s.text(310, 70 + i * 12, label, 7.5, color=GREY)
        s.text(W - 40, 70 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.text(40, 190, "Adresse de service", 8, bold=True, color=s.accent)
    svc = d.service
    s.lines(40, 204, [svc.line1, *([svc.line2] if svc.line2 else []),
                      f"{svc.city} (N.-B.)  {svc.postal_code}"], 9)
    s.mark("service", address_key(svc))
    s.text(320, 190, "Numéro de téléphone principal", 8, bold=True, color=s.accent)
    s.text(320, 204, phone(d.real_btn, "space"), 9)
    s.mark("btn", d.real_btn)
    s.band(250, 16, LIGHT)
    s.text(44, 261, "Services résidentiels" if d.customer.person else "Services d'affaires",
           9.5, bold=True, color=s.accent)
    rows = [(phone(n, "space"), "Ligne principale" if k == 0 else "Ligne additionnelle",
             money(r, 20, 45, fr=True)) for k, n in enumerate(d.numbers)]
    cut = min(2, len(rows) - 1)
    y = s.table(40, 284, ("Numéro", "Service", "Montant"), rows[:cut], (150, 260, 100),
                size=8.5, align=("left", "left", "right"))
    s.text(40, y + 4, "Suite à la page 2", 8, color=GREY)
    with s.roled("help"):
        s.lines(40, y + 30, [f"{label} : {number}" for label, number in d.carrier.help_lines],
                7.5)
    s.text(40, y + 56, d.carrier.legal, 6.5, color=GREY)
    remit_stub(s, d, y=626, lang="fr", account_label="Numéro de compte")
    s.new_page()
    s.text(40, 40, "Bell Aliant", 11, bold=True, color=s.accent)
    s.text(W - 40, 36, "Page 2 de 2", 7.5, align="right")
    s.text(W - 40, 48, f"Numéro de compte {d.printed_account}", 7.5, align="right")
    s.rule(36, 56, W - 36, 0.8, s.accent)
    s.text(40, 80, "Services (suite)", 9.5, bold=True, color=s.accent)
    y = s.table(40, 100, ("Numéro", "Service", "Montant"), rows[cut:], (150, 260, 100),
                size=8.5, align=("left", "left", "right"))
    for label in ("Internet Fibe 100", "TVH", "Frais 911 (N.-B.)"):
        s.text(60, y + 10, label, 8.5)
        s.text(440, y + 10, money(r, 1, 90, fr=True), 8.5, align="right")
        y += 12
