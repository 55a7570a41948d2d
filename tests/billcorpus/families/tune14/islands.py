"""Open tuning split tune14: IT&E (Guam) and Aeronet (Puerto Rico, in Spanish).

Modelled on IT&E's business statements as their e-bill prints them two-up (two bill pages
shrunk side by side on one landscape sheet: the account's facts on the left half, the lines and
the call detail on the right, domestic numbers in international shapes and calls to the
Philippines and Japan in the detail) and on Aeronet's Spanish business invoices (a building
name before the street, the floor or office spelled out, the invoice named by its month with
the full date under 'Fecha de emisión', numbers written '+1 (787) 555-0100').
"""

from __future__ import annotations

from dataclasses import replace

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money
from tests.billcorpus.truth import Draft, address_key

_K = (H / 2) / W  # a portrait letter page shrunk to half a landscape sheet's width


def _intl(e164: str) -> str:
    t = e164[-10:]
    return f"+1 ({t[:3]}) {t[3:6]}-{t[6:]}"


_ROADS = ("Marine Corps Dr", "Route 16", "Chalan Pale Duenas", "Army Dr", "Route 8")


def _guam(d: Draft) -> None:
    r = d.rng
    service = Address(f"{r.randint(100, 1999)} {r.choice(_ROADS)}",
                      r.choice(("", f"Ste {r.randint(101, 310)}")), r.choice(
                          ("Tamuning", "Hagatna", "Barrigada", "Dededo")), "GU",
                      f"969{r.choice(('10', '13', '21', '29', '32'))}")
    billing = service if r.random() < 0.5 else Address(
        f"PO Box {r.randint(1000, 99999)}", "", service.city, "GU", service.postal_code)
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


@family("ite_twoup", carrier="ite_guam", region="GUAM", lines=(2, 6), dialed=6, person_share=0.1,
        account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 6)}",
        modelled_on="business e-bills of IT&E's kind (Guam) printed two-up: two bill pages "
        "shrunk side by side on one landscape sheet, the account's facts on the left half, "
        "the lines and the call detail on the right, domestic numbers in international shapes "
        "and calls to the Philippines and Japan", accent="#0072BC", font="DejaVuSans")
def ite_twoup(s: Sheet, d: Draft) -> None:
    r = s.rng
    _guam(d)
    assert d.service is not None
    c = s.c
    c.setPageSize((H, W))  # landscape
    top = (W - H * _K) / 2

    # left half: page 1 of the bill
    c.saveState()
    c.translate(0, top)
    c.scale(_K, _K)
    s.wordmark(40, 50, "IT&E", 26, "#0072BC")
    s.text(40, 64, d.carrier.legal, 8, color=GREY)
    s.text(W - 40, 40, "Page 1 of 2", 8, align="right")
    facts = (("Account Number", d.printed_account),
             ("Statement Date", date_text(d.statement_date, r.choice(("long", "abbr0")))),
             ("Main Number", _intl(d.real_btn)), ("Amount Due", money(r, 200, 1500)))
    s.box(330, 80, 246, 60, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 94 + i * 12, lab, 9)
        s.text(568, 94 + i * 12, value, 9.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 110, 11)
    s.text(40, 200, "Service Address", 10, bold=True, color=s.accent)
    s.lines(40, 214, address_lines(d.service), 10)
    s.mark("service", address_key(d.service))
    y = 280.0
    for lab in ("Monthly service", "Long distance", "Guam Gross Receipts Tax", "Federal USF"):
        s.text(44, y, lab, 10)
        s.text(W - 44, y, money(r, 5, 400), 10, align="right")
        y += 14
    with s.roled("help"):
        s.text(40, y + 20, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 8.5)
    remit_stub(s, d, y=600)
    c.restoreState()

    # right half: page 2 of the bill
    c.saveState()
    c.translate(H / 2, top)
    c.scale(_K, _K)
    s.rule(0, 20, 0, 1)
    s.text(40, 50, "IT&E", 14, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account {d.printed_account}   Page 2 of 2", 8, align="right")
    s.text(40, 80, "Lines on this account", 12, bold=True, color=s.accent)
    y = 100.0
    for n in d.numbers:
        s.text(44, y, _intl(n), 10)
        s.text(220, y, r.choice(("Business Line", "Business Line", "Fax Line")), 9.5)
        s.text(W - 44, y, money(r, 20, 60), 9.5, align="right")
        y += 14
    y += 16
    s.text(40, y, "Call detail", 12, bold=True, color=s.accent)
    y += 16
    with s.roled("detail"):
        for i in range(8):
            if i % 3 == 2:
                to = r.choice(("+63 2 8555 ", "+81 3 5555 ", "+63 917 555 ")) + digits(r, 4)
            else:
                to = _intl(r.choice(d.dialed))
            s.text(44, y, f"{d.statement_date:%m}/{i + 3:02d}", 9)
            s.text(110, y, to, 9)
            s.text(320, y, f"{r.randint(1, 40)} min", 9)
            s.text(W - 44, y, money(r, 0, 12), 9, align="right")
            y += 13
    c.restoreState()


_EDIFICIOS = ("Edificio Cobian's Plaza", "Torre Chardón", "Edificio Mercantil Plaza",
              "Centro Internacional de Mercadeo", "Edificio Doral Bank")
_CALLES = ("Ave Ponce de León", "Ave F.D. Roosevelt", "Calle Tabonuco", "Ave Chardón",
           "Carr. 165")


def _pr_address(d: Draft) -> None:
    """'Edificio Mercantil Plaza, 2 Ave Ponce de León' with 'Piso 3' or 'Oficina 301'."""
    r = d.rng
    old = d.customer.service
    street = f"{r.randint(1, 1999)} {r.choice(_CALLES)}"
    line1 = f"{r.choice(_EDIFICIOS)}, {street}" if r.random() < 0.7 else street
    unit = r.choice((f"Piso {r.randint(2, 12)}", f"Oficina {r.randint(101, 1210)}",
                     f"Suite {r.randint(101, 900)}", ""))
    service = Address(line1, unit, old.city, "PR", f"009{r.randint(10, 40)}")
    billing = service if r.random() < 0.6 else Address(
        f"PO Box {r.randint(1000, 99999)}", "", old.city, "PR", service.postal_code)
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")


@family("aeronet_es", carrier="aeronet", lang="es", region="WNT", lines=(1, 5), dialed=6,
        person_share=0.0, account=lambda r, c, b: f"AER-{digits(r, 7)}",
        modelled_on="facturas comerciales de Aeronet (Puerto Rico), en español: el nombre de "
        "un edificio antes de la calle, el piso o la oficina escritos completos, la factura "
        "nombrada por su mes con la fecha completa bajo 'Fecha de emisión', los números "
        "escritos '+1 (787) 555-0100'", accent="#F7941D", font="DejaVuSans")
def aeronet_es(s: Sheet, d: Draft) -> None:
    r = s.rng
    _pr_address(d)
    assert d.service is not None
    sd = d.statement_date
    s.wordmark(40, 46, "Aeronet", 24, "#F7941D")
    s.text(40, 62, f"Factura de {_MESES[sd.month - 1]} de {sd.year}", 11, bold=True)
    fecha = f"{sd.day} de {_MESES[sd.month - 1]} de {sd.year}"
    facts = (("Número de cuenta", d.printed_account), ("Fecha de emisión", fecha),
             ("Número principal", _intl(d.real_btn)), ("Total a pagar", money(r, 80, 900)))
    s.box(322, 26, 254, 60, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(330, 40 + i * 12, lab, 8)
        s.text(570, 40 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 112, 9.5)
    s.text(40, 190, "Dirección de servicio", 9, bold=True, color=s.accent)
    s.lines(40, 203, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 260.0
    s.text(40, y, "Servicios de voz", 10, bold=True, color=s.accent)
    y += 14
    for n in d.numbers:
        s.text(44, y, _intl(n), 8.5)
        s.text(190, y, r.choice(("Línea comercial", "Troncal SIP", "Línea de fax")), 8)
        s.text(W - 44, y, money(r, 15, 60), 8, align="right")
        y += 12
    y += 8
    for lab in ("Internet inalámbrico dedicado 100 Mbps", "IVU estatal", "IVU municipal",
                "Cargo federal (USF)"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 1, 300), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 16, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    s.text(40, y + 34, f"Gracias por preferir a Aeronet. Visite {d.carrier.domain}.", 7.5,
           color=GREY)
    remit_stub(s, d, y=630, lang="es")
