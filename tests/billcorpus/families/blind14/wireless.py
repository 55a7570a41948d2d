"""FOURTEENTH BLIND SPLIT: not for the reader's author (see families/blind14/__init__.py).

Mobi (a wireless carrier of Hawaii) and Open Mobile (a wireless carrier of Puerto Rico, its bill in
Spanish).

Modelled on Mobi's statements (a summary per line with each user's nickname and device, 'Kai's
iPhone 15', one line marked as the account owner's, the device's IMEI and the SIM's ICCID of 19
or 20 digits on the line's row, an O'ahu address with a hyphenated house number, a primary place
of use, the port-out PIN masked) and on Open Mobile's Spanish bills ('Factura de noviembre de
2026' with the billing date elsewhere, line nicknames, a status column where a line ported to
another company stays listed, a suspended line, the PIN masked, a Puerto Rico address with a lot
number 'B-12' and an urbanización).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind14.parts import move_to, outside
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

_NICKS = ("Kai", "Leilani", "Makoa", "Noelani", "Keoni", "Malia", "Ikaika", "Tutu", "Grandpa",
          "Work phone", "Kids tablet")
_DEVICES = ("iPhone 15", "iPhone 13", "Galaxy S24", "Galaxy A15", "Pixel 8", "iPad", "moto g")
_HI_STREETS = ("Kaiau Ave", "Kamehameha Hwy", "Farrington Hwy", "Kunia Rd", "Hanakoa St",
               "Leokane St", "Waipahu Depot St", "Lipoa Pl")


def _hawaii(d: Draft) -> Address:
    """O'ahu addresses: a hyphenated house number ('94-1234 Kaiau Ave'), sometimes an unit."""
    r = d.rng
    assert d.service is not None
    number = f"{r.choice((91, 92, 94, 95, 98))}-{r.randint(100, 1399)}"
    unit = r.choice(("", "", f"Apt {r.randint(1, 40)}{r.choice('ABC')}", f"Unit {r.randint(100, 900)}"))
    return Address(f"{number} {r.choice(_HI_STREETS)}", unit, d.service.city, d.service.state,
                   d.service.postal_code)


def _iccid(d: Draft) -> str:
    return f"8901{digits(d.rng, d.rng.choice((15, 16)))}"


@family("mobi_line_users", carrier="mobi", region="OAHU", lines=(2, 6), dialed=8,
        person_share=0.8, account=lambda r, c, b: f"{r.randint(100000000, 999999999)}",
        modelled_on="wireless statements of Mobi's kind (Honolulu, Hawaii): a summary per line "
        "with each user's nickname and device ('Kai's iPhone 15'), one line marked as the "
        "account owner's, the IMEI and the SIM's ICCID of 19 or 20 digits on the line's row, "
        "an O'ahu address with a hyphenated house number as the primary place of use, the "
        "port-out PIN masked",
        accent="#00A19A", font="DejaVuSans")
def mobi_line_users(s: Sheet, d: Draft) -> None:
    r = s.rng
    move_to(d, _hawaii(d))
    assert d.service is not None
    d.btn = None  # 'account owner' marks a user, not a billing telephone number
    bill = d.statement_date
    s.wordmark(40, 48, "mobi", 28, "#00A19A")
    s.text(W - 40, 40, "Your Mobi bill", 13, bold=True, align="right")
    facts = (("Account", d.printed_account), ("Statement date", date_text(bill, "abbr")),
             ("Service period", f"{date_text(bill - timedelta(days=30), 'abbr')} - "
              f"{date_text(bill - timedelta(days=1), 'abbr')}"),
             ("Autopay on", date_text(bill + timedelta(days=15), "abbr")),
             ("Port-out PIN", "\u2022\u2022\u2022\u2022 (set in the app)"))
    for i, (label, value) in enumerate(facts):
        s.text(330, 60 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 60 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.text(40, 180, "Primary place of use", 8, bold=True, color=s.accent)
    s.text(40, 193, ", ".join(address_lines(d.service)), 8.5)
    s.mark("service", address_key(d.service))
    s.band(212, 16, LIGHT)
    s.text(44, 223, "Lines on your plan", 9.5, bold=True, color=s.accent)
    nicks = r.sample(_NICKS, len(d.numbers))
    owner = r.randrange(len(d.numbers))
    y = 246.0
    for k, (n, nick) in enumerate(zip(d.numbers, nicks, strict=True)):
        device = r.choice(_DEVICES)
        label = f"{nick}'s {device}" if nick[0].isupper() and " " not in nick else \
            f"{nick} \u2013 {device}"
        s.text(44, y, label, 9, bold=True)
        s.text(250, y, phone(n, "paren"), 9)
        if k == owner:
            s.text(340, y, "Account owner", 7.5, color=s.accent)
        s.text(W - 44, y, money(r, 25, 70), 9, align="right")
        s.text(60, y + 11, f"IMEI {r.choice('35')}{digits(r, 14)}   SIM {_iccid(d)}", 7,
               color=GREY)
        y += 28
    for label in ("Unlimited plans", "Device installments", "Hawaii GET", "Federal USF",
                  "Total due"):
        s.text(60, y + 6, label, 8.5, bold=label.startswith("Total"))
        s.text(W - 44, y + 6, money(r, 1, 300), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 24, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    s.text(40, y + 48, f"{d.carrier.legal} \u00b7 {d.carrier.domain}", 6.5, color=GREY)
    remit_stub(s, d, y=626, account_label="Account")


_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")
_APODOS = ("Línea de Carlos", "Cel de Mami", "Tablet de Ana", "Trabajo", "Línea de Papi",
           "Cel de Yadiel", "Abuela", "Negocio")
_URBS = ("Urb. Villa Fontana", "Urb. Los Dominicos", "Urb. Country Club", "Urb. Santa Juanita",
         "Urb. Sierra Bayamón")


def _es(day: date) -> str:
    return f"{day.day} de {_MESES[day.month - 1]} de {day.year}"


@family("openmobile_estado", carrier="openmobile", region="OPM", lang="es", lines=(2, 5),
        dialed=8, person_share=0.8, account=lambda r, c, b: f"{r.randint(1000000, 9999999)}",
        modelled_on="facturas de Open Mobile (Puerto Rico, en español): 'Factura de noviembre "
        "de 2026' con la fecha de facturación aparte, apodos de las líneas ('Línea de "
        "Carlos'), una columna de estado donde una línea portada a otra compañía sigue "
        "listada y otra está suspendida, el PIN de portabilidad oculto, la dirección "
        "'Calle 5 B-12' sobre la urbanización",
        accent="#E4007C", font="DejaVuSans")
def openmobile_estado(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    block = f"{r.choice('ABCDEFGHJK')}-{r.randint(1, 40)}"
    home = Address(f"Calle {r.randint(1, 30)} {block}", r.choice(_URBS), d.service.city,
                   d.service.state, d.service.postal_code)
    move_to(d, home)
    d.customer = replace(d.customer, billing=home)  # the bill goes to the home
    d.billing = home
    d.service, d.btn = None, None  # a wireless bill: no service address, no billing number
    bill = d.statement_date
    s.wordmark(40, 48, "OPEN mobile", 24, "#E4007C")
    s.text(40, 62, f"Open Mobile \u00b7 {d.carrier.domain}", 8, color=GREY)
    s.text(W - 40, 40, f"Factura de {_MESES[bill.month - 1]} de {bill.year}", 13, bold=True,
           align="right")
    facts = (("Número de cuenta", d.printed_account), ("Fecha de facturación", _es(bill)),
             ("Fecha de vencimiento", _es(bill + timedelta(days=21))),
             ("Total a pagar", money(r, 40, 260)),
             ("PIN de portabilidad", "****"))
    for i, (label, value) in enumerate(facts):
        s.text(320, 60 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 60 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 112, 9.5)
    s.band(190, 16, LIGHT)
    s.text(44, 201, "Resumen por línea", 9.5, bold=True, color=s.accent)
    rows: list[tuple[str, str, str, str, bool]] = []
    apodos = r.sample(_APODOS, len(d.numbers))
    for k, (n, apodo) in enumerate(zip(d.numbers, apodos, strict=True)):
        estado = "Suspendida" if k and r.random() < 0.25 else "Activa"
        rows.append((apodo + (" (titular)" if k == 0 else ""), phone(n, "paren"), estado,
                     money(r, 20, 60), False))
    if r.random() < 0.7:
        away = outside(d)
        day = bill - timedelta(days=r.randint(4, 25))
        rows.append((r.choice(_APODOS), phone(away, "paren"),
                     f"Portada a otra compañía el {day:%d/%m/%Y}", "$0.00", True))
    y = 224.0
    for head, x in (("Línea", 44), ("Número", 200), ("Estado", 300), ("Cargo", 540)):
        s.text(x, y, head, 8, bold=True, align="right" if head == "Cargo" else "left")
    y += 14
    for apodo, number, estado, cargo, gone in rows:
        s.text(44, y, apodo, 8.5)
        with s.roled("help" if gone else ""):
            s.text(200, y, number, 8.5)
        s.text(300, y, estado, 8.5)
        s.text(540, y, cargo, 8.5, align="right")
        y += 13
    s.text(44, y + 4, "Una línea portada a otra compañía ya no forma parte de esta cuenta.", 7,
           color=GREY)
    for label in ("Planes", "Equipos", "IVU", "Cargo 911", "Total"):
        s.text(60, y + 20, label, 8.5, bold=label == "Total")
        s.text(W - 44, y + 20, money(r, 1, 200), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 36, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    s.text(40, y + 60, f"{d.carrier.legal} \u00b7 {date_text(bill, 'iso')}", 6.5, color=GREY)
    remit_stub(s, d, y=626, lang="es", account_label="Núm. de cuenta")
