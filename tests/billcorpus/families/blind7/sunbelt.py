"""SEVENTH BLIND SPLIT: not for the reader's author (see families/blind7/__init__.py).

Claro Puerto Rico (the former Puerto Rico Telephone Company), in Spanish, and Hotwire
Communications (a fibre provider of Florida communities: condominiums, HOAs and their offices).

Modelled on Claro Puerto Rico's bills (in Spanish: "Número de cuenta", "Fecha de factura" written
in words, "Teléfono principal", "Dirección de servicio" with the urbanization ("Urb.") on its own
line, a PO box ("Apartado") for mail, numbers "787-555-0101", a number block "787-555-0140 al
787-555-0149", IVU sales tax, the 911 charge, customer service numbers in the customers' own area
code) and on Hotwire's community statements (the account holder with a "c/o" management company
line, the account number printed beside a barcode only at the top of the page and on the coupon,
the statement date in words with an ordinal day ("March 5th, 2025"), the phone number of the
Fision Voice service, the service address labelled by the community, bulk services).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import csz, did_range, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")
_CALLES = ("Calle Luna", "Calle Sol", "Calle Loíza", "Ave. Ponce de León", "Calle Mayagüez",
           "Ave. Muñoz Rivera", "Calle Las Flores", "Calle Acosta")
_URBS = ("Urb. Santa Rosa", "Urb. Villa Carolina", "Urb. Los Caobos", "Urb. Río Hondo",
         "Urb. El Señorial", "Cond. Torre del Mar Apt 804")
_NEGOCIOS = ("Panadería La Esperanza", "Farmacia San Miguel", "Colmado Borinquen",
             "Clínica Dental Ortiz", "Ferretería El Progreso", "Restaurante El Coquí",
             "Oficina Legal Rivera & Asociados", "Taller Mecánico Hermanos Cruz")


def _fecha(d: date) -> str:
    return f"{d.day} de {_MESES[d.month - 1]} de {d.year}"


def _puerto_rico(d: Draft) -> None:
    """Addresses and names as Puerto Rico writes them: 'Calle Luna 123', 'Urb. ...', 'Apartado'."""
    r = d.rng
    s = d.customer.service
    service = Address(f"{r.choice(_CALLES)} {r.randint(1, 1999)}", r.choice(_URBS), s.city,
                      s.state, s.postal_code, s.country)
    billing = service
    if r.random() < 0.5:
        billing = Address(f"Apartado {r.randint(100, 9999)}", "", s.city, s.state,
                          f"009{r.randint(10, 40)}", s.country)
    name = d.customer.name
    if not d.customer.person:
        name = f"{r.choice(_NEGOCIOS)}{r.choice((', Inc.', ' Inc', ', LLC', ', Corp.', ''))}"
    d.customer = replace(d.customer, name=name, service=service, billing=billing)
    d.name, d.service, d.billing = name, service, billing


@family("claro_pr_es", carrier="claro_pr", region="PR", lang="es", lines=(1, 4), block=0.25,
        block_size=(5, 10), dialed=8, person_share=0.5,
        account=lambda r, c, b: f"{digits(r, 9)}",
        modelled_on="facturas de Claro Puerto Rico: número de cuenta, fecha de factura en "
        "palabras, teléfono principal, dirección de servicio con la urbanización en su propia "
        "línea, apartado postal, bloque de números 'al', IVU, cargo 911, servicio al cliente en "
        "el mismo código de área", accent="#DA291C", font="DejaVuSans")
def claro_pr_es(s: Sheet, d: Draft) -> None:
    r = s.rng
    _puerto_rico(d)
    assert d.service is not None
    style = "dash"
    s.image_logo(40, 20, "Claro", 28, "#DA291C")
    s.text(40, 60, f"{d.carrier.legal} · Empresas", 7, color=GREY)
    s.text(W - 40, 34, "FACTURA", 14, bold=True, align="right")
    rows = (("Número de cuenta", d.printed_account),
            ("Fecha de factura", _fecha(d.statement_date)),
            ("Fecha de vencimiento", _fecha(d.statement_date + timedelta(days=20))),
            ("Teléfono principal", phone(d.real_btn, style)),
            ("Total a pagar", money(r, 40, 600)))
    for i, (label, value) in enumerate(rows):
        s.text(320, 52 + i * 12, f"{label}:", 8)
        s.text(W - 40, 52 + i * 12, value, 8, bold=True, align="right")
    s.mark("btn", d.real_btn)
    with s.roled("mailing"):
        s.lines(60, 128, [d.name, d.billing.line1, *([d.billing.line2] if d.billing.line2 else []),
                          csz(d.billing)], 9.5)
    s.box(320, 120, 256, 58, fill=LIGHT)
    s.text(328, 132, "Dirección de servicio", 7.5, bold=True, color=s.accent)
    s.lines(328, 145, [d.service.line1, d.service.line2, csz(d.service)], 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 210, "Resumen de cuenta", 11, bold=True, color=s.accent)
    y = 226.0
    for label in ("Balance anterior", "Pagos recibidos - gracias", "Cargos del mes",
                  "Cargo por servicio 911", "IVU estatal 10.5%", "IVU municipal 1%",
                  "Total a pagar"):
        s.text(44, y, label, 8.5, bold=label == "Total a pagar")
        s.text(300, y, money(r, 0, 200), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.text(340, 210, "¿Preguntas sobre su factura?", 8.5, bold=True, color=s.accent)
        for k, (label, number) in enumerate(d.carrier.help_lines):
            s.text(340, 224 + k * 12, f"{label}: {number}", 8)
    s.text(340, 264, "claropr.com · Mi Claro", 8)
    s.text(40, y + 16, "Servicios de telefonía", 11, bold=True, color=s.accent)
    body = [(phone(n, style), r.choice(("Línea comercial", "Línea residencial", "Fax")),
             money(r, 18, 45)) for n in d.singles()]
    body += [(did_range(f, c, "to", style).replace(" to ", " al "), f"Bloque DID ({c} números)",
              money(r, 5, 30)) for f, c in d.ranges]
    y = s.table(40, y + 34, ("Número", "Servicio", "Cargo mensual"), body, (200, 220, 80),
                size=8.5, align=("left", "left", "right"))
    s.text(40, y + 16, "Pague su factura a tiempo y evite cargos por mora de 1.5% mensual.", 7,
           color=GREY)
    remit_stub(s, d, y=616, lang="es", window=False)


@family("hotwire_community", carrier="hotwire", region="SEFL", lines=(1, 2), dialed=8,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 10)}",
        modelled_on="Hotwire Communications community statements: account holder with a c/o "
        "management line, the account number beside a barcode at the top and on the coupon "
        "only, the statement date in words with an ordinal day, the Fision Voice phone "
        "number, the service address labelled by the community, bulk services",
        accent="#F26522", font="DejaVuSans")
def hotwire_community(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    community = r.choice(("Palm Isles", "Coral Lakes", "Bayview Towers", "Sawgrass Pointe",
                          "Heron Bay"))
    s.wordmark(40, 46, "hotwire", 26, "#F26522")
    s.text(40, 60, "COMMUNICATIONS", 7.5, color=GREY)
    _barcode(s, 360, 24)
    s.text(360, 58, f"Acct {d.printed_account}", 7.5, font="Courier")
    s.text(W - 40, 80, f"Statement Date: {_ordinal(d.statement_date)}", 8.5, bold=True,
           align="right")
    care = ""
    if not d.customer.person:
        care = f"c/o {r.choice(('Castle Group', 'FirstService Residential', 'KW Property'))}"
        d.name = f"{community} Condominium Association, Inc."
    mailing_block(s, d, 60, 118, 9.5, attn=care)
    s.text(330, 118, f"Service Address - {community}", 7.5, bold=True, color=s.accent)
    s.lines(330, 130, [" ".join(p for p in (d.service.line1, d.service.line2) if p),
                       csz(d.service)], 8.5)
    s.mark("service", address_key(d.service))
    s.band(180, 20)
    total = money(r, 60, 400)
    s.text(44, 194, "Amount Due", 10, bold=True, color=LIGHT)
    s.text(W - 44, 194, total, 11, bold=True, color=LIGHT, align="right")
    s.text(40, 226, "Your Services", 11, bold=True, color=s.accent)
    rows = [("Fision Internet 1 Gig (Bulk)", "Included"), ("Fision TV (Bulk)", "Included")]
    rows += [(f"Fision Voice · Phone Number {phone(n, 'paren')}", money(r, 20, 35))
             for n in d.numbers]
    rows += [("Equipment: Fision Home Wi-Fi", money(r, 0, 10)), ("Taxes & Fees", money(r, 2, 20))]
    for k, (label, amount) in enumerate(rows):
        s.text(44, 242 + k * 12, label, 8.5)
        s.text(400, 242 + k * 12, amount, 8.5, align="right")
    if len(d.numbers) == 1 or r.random() < 0.5:
        s.text(44, 254 + len(rows) * 12, f"Primary Line: {phone(d.real_btn, 'paren')}", 8.5,
               bold=True)
        s.mark("btn", d.real_btn)
    else:
        d.btn = None  # two voice lines, neither named the billing number
    with s.roled("help"):
        s.text(420, 226, "Need help?", 9, bold=True, color=s.accent)
        for k, (label, number) in enumerate(d.carrier.help_lines):
            s.text(420, 240 + k * 24, label, 7.5)
            s.text(420, 250 + k * 24, number, 8.5, bold=True)
    notices(s, d, 40, 420, count=2, size=7)
    remit_stub(s, d, y=616, account_label="Account Number")


def _ordinal(d: date) -> str:
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d:%B} {d.day}{suffix}, {d.year}"


def _barcode(s: Sheet, x: float, y: float) -> None:
    """A barcode of bars (vector art, no text): the account is only in the small print beside."""
    r = s.rng
    s.c.setFillColorRGB(0, 0, 0)
    xx = x
    for _ in range(60):
        w = r.choice((0.8, 1.2, 2.0))
        s.c.rect(xx, 792 - y - 22, w, 22, stroke=0, fill=1)
        xx += w + r.choice((0.8, 1.4))
