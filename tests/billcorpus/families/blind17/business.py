"""SEVENTEENTH BLIND SPLIT: not for the reader's author (see families/blind17/__init__.py).

Logix Fiber Networks (a Texas business fibre and voice carrier), Hunter Communications (a
southern Oregon business fibre and telephone company) and Innovattel (a Puerto Rico business
telecommunications provider, its statement in Spanish).

Modelled on Logix's consolidated invoices (a master account over sub-accounts, one per site, each
with its own account number, site ID, main number and lines; the detail of charges runs over
several pages under a running head with 'Page n of m' and a 'continued' header; the sites'
addresses only in a 'Locations' appendix at the end; circuit IDs and order numbers beside the
account; numbers printed with en dashes and figure dashes), on Hunter's statements as a customer
printed two of them on one landscape sheet (this month's beside last month's, the older one
stamped 'COPY' across its values in the text layer; a customer ID as long as a telephone
number) and on Innovattel's Spanish statements (headings and the account box in letter-spaced
type, the services listed by the site's name with its address on the 'Localidades' page, Puerto
Rico addresses with 'Urb.', 'Local', 'Ofic.' and 'Apt.').
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.blind17.parts import glyphs, outside, overlay_text, spaced
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.people import us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

_K = (H / 2) / W  # a portrait letter page shrunk to half a landscape sheet's width
EN, FIG = "\u2013", "\u2012"


# --- Logix: a master account over its sites' sub-accounts -------------------------------------

_FEATURES = ("Unlimited Local Calling", "E911 Service Fee", "Voicemail", "Caller ID Name",
             "Call Recording", "Federal USF Surcharge", "Hunt Group")
_SITES = ("Main Office", "Warehouse", "Clinic North", "Retail Store", "Service Center",
          "Training Center", "Distribution Yard")


def _dashed(n: str, dash: str) -> str:
    t = n[-10:]
    return f"{t[:3]}{dash}{t[3:6]}{dash}{t[6:]}"


def _logix_subs(d: Draft) -> list[SubAccount]:
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    subs = [SubAccount(digits(r, 9), d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(3, 8)))
        subs.append(SubAccount(digits(r, 9), nums[0], us_address(r, city, 0.6), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"service_address": tuple(x.service for x in subs),
                      "btn": tuple(x.btn for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.add("multi_site")
    return subs


Event = tuple[int, float, str, int, str, int]  # page, y, what, sub-account, number, row


def _logix_walk(subs: list[SubAccount], sites: list[tuple[str, str]],
                feats: dict[str, tuple[str, ...]]) -> Iterator[Event]:
    """Where each piece of the detail goes, from page 2 on: a sub-account's table broken by the
    page keeps going on the next under a 'continued' header; each line has its feature rows."""
    page, y, bottom = 2, 96.0, 720.0
    yield page, y - 14, "detail", 0, "", 0
    for k, sub in enumerate(subs):
        if y + 60 > bottom:
            page, y = page + 1, 96.0
        yield page, y, "sub", k, "", 0
        y += 34
        yield page, y, "cols", k, "", 0
        y += 14
        for n in sub.numbers:
            for i in range(1 + len(feats[n])):
                if y > bottom:
                    page, y = page + 1, 96.0
                    yield page, y, "cols", k, "", 1
                    y += 14
                yield page, y, "row" if i == 0 else "feature", k, n, i
                y += 11
        yield page, y + 4, "subtotal", k, "", 0
        y += 26
    page += 1
    yield page, 96.0, "locations", 0, "", 0
    y = 116.0
    for k in range(len(sites)):
        yield page, y, "site", k, "", 0
        y += 30


@family("logix_summary", carrier="logix", region="LGX", lines=(4, 8), dialed=0,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 3)}",
        modelled_on="Logix Fiber Networks consolidated invoices (Texas): a master account over "
        "one sub-account per site (site ID, site name, account number, main number, lines and "
        "subtotal), the detail of charges running over pages under a running head ('Page n of "
        "m', a 'continued' header), the sites' service addresses only in a 'Locations' "
        "appendix, circuit IDs, order numbers and a customer number beside the account, "
        "numbers printed with en dashes and figure dashes",
        accent="#E35205", font="DejaVuSans")
def logix_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    subs = _logix_subs(d)
    names = r.sample(_SITES, len(subs))
    sites = [(f"{d.service.city[:3].upper() if d.service else 'TX'}-{r.randint(100, 999)}",
              name) for name in names]
    amounts = [money(r, 90, 900) for _ in subs]
    total = money(r, 500, 4000)
    feats = {n: tuple(r.sample(_FEATURES, r.randint(1, 3))) for n in d.numbers}
    events = list(_logix_walk(subs, sites, feats))
    pages = events[-1][0]
    customer_no = outside(d)

    def head(page: int) -> None:
        s.text(40, 40, "Logix Fiber Networks", 12, bold=True, color=s.accent)
        s.text(W - 40, 36, f"Page {page} of {pages}", 7.5, align="right")
        s.text(W - 40, 48, f"Master Account {d.printed_account}", 7.5, align="right")
        s.text(W - 40, 60, f"Invoice Date {date_text(d.statement_date, 'us')}", 7.5,
               align="right")
        s.rule(36, 68, W - 36, 0.8, s.accent)

    # page 1: its own header, the summary by sub-account
    s.wordmark(40, 50, "LOGIX", 26, "#E35205")
    s.text(40, 64, "Fiber Networks \u00b7 " + d.carrier.legal, 7.5, color=GREY)
    s.text(W - 40, 36, f"Page 1 of {pages}", 7.5, align="right")
    facts = (("Master Account", d.printed_account), ("Invoice Number", d.invoice_id),
             ("Invoice Date", date_text(d.statement_date, "long")),
             ("Customer No.", customer_no[-10:]), ("Total Amount Due", total))
    for i, (label, value) in enumerate(facts):
        s.text(350, 56 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 56 + i * 12, value, 8.5, bold=True, align="right")
    s.text(40, 96, "Bill To", 8, color=GREY)
    mailing_block(s, d, 40, 110, 9.5)
    s.band(180, 16, LIGHT)
    s.text(44, 191, "Sub-Account Summary", 9.5, bold=True, color=s.accent)
    rows = [(x.account_number, sites[k][0], sites[k][1], _dashed(x.btn, FIG), amounts[k])
            for k, x in enumerate(subs)]
    s.table(44, 214, ("Sub-Account", "Site ID", "Site Name", "Main Number", "Charges"), rows,
            (100, 70, 140, 110, 100), size=8, align=("left", "left", "left", "left", "right"))
    for x in subs:
        s.mark("btn", x.btn)
        s.mark("number", x.btn)
    s.text(44, 230 + 12 * len(subs), f"Order {digits(r, 8)} completed "
           f"{date_text(d.statement_date - timedelta(days=r.randint(3, 30)), 'us')}.", 7.5,
           color=GREY)
    with s.roled("help"):
        s.lines(40, 270 + 12 * len(subs), [f"{lab} {num}" for lab, num in
                                           d.carrier.help_lines], 8)
    notices(s, d, 40, 310 + 12 * len(subs), count=3, size=7.5)
    remit_stub(s, d, y=640, account_label="Master Account")

    current = 1
    for page, y, what, k, n, i in events:
        if page != current:
            s.new_page()
            current = page
            head(page)
        if what == "detail":
            s.text(44, y, "Detail of Charges by Sub-Account", 11, bold=True, color=s.accent)
        elif what == "sub":
            x = subs[k]
            s.band(y, 15)
            s.text(44, y + 11, f"Sub-Account {x.account_number}  \u00b7  Site {sites[k][0]}  "
                   f"\u00b7  {sites[k][1]}", 8.5, bold=True, color=LIGHT)
            s.text(44, y + 27, "Main Number", 7.5, color=GREY)
            s.text(110, y + 27, _dashed(x.btn, FIG), 8.5)
            s.mark("btn", x.btn)
            s.text(260, y + 27, f"Circuit ID {r.randint(10, 99)}.KXGS.{digits(r, 6)}..LGX", 7.5,
                   color=GREY)
        elif what == "cols":
            s.text(60, y, "Telephone Number" + (" (continued)" if i else ""), 7.5,
                   bold=True)
            s.text(220, y, "Service", 7.5, bold=True)
            s.text(W - 44, y, "Amount", 7.5, bold=True, align="right")
        elif what == "row":
            s.text(60, y, _dashed(n, EN), 8.5)
            s.mark("number", n)
            s.text(220, y, "Business Line" if n == subs[k].btn else r.choice(
                ("Business Line", "DID", "Fax Line", "Hunt Group Member")), 8)
            s.text(W - 44, y, money(r, 8, 45), 8, align="right")
        elif what == "feature":
            s.text(232, y, feats[n][i - 1], 7.5, color=GREY)
            s.text(W - 44, y, money(r, 0, 6), 7.5, align="right", color=GREY)
        elif what == "subtotal":
            s.text(60, y, f"Sub-Account {subs[k].account_number} total", 8.5, bold=True)
            s.text(W - 44, y, amounts[k], 8.5, bold=True, align="right")
        elif what == "locations":
            s.text(44, y, "Locations", 11, bold=True, color=s.accent)
            s.text(44, y + 14, "Site ID", 7.5, bold=True)
            s.text(120, y + 14, "Site Name", 7.5, bold=True)
            s.text(260, y + 14, "Service Address", 7.5, bold=True)
        elif what == "site":
            s.text(44, y + 8, sites[k][0], 8.5)
            s.text(120, y + 8, sites[k][1], 8.5)
            s.lines(260, y + 8, address_lines(subs[k].service), 8.5)
            s.mark("service", address_key(subs[k].service))


# --- Hunter: this month's statement beside last month's ---------------------------------------

def _hunter_page(s: Sheet, d: Draft, day: date, customer_no: str, kinds: list[str],
                 copy: bool) -> None:
    r = s.rng
    assert d.service is not None
    s.wordmark(40, 52, "Hunter", 26, "#5C7F2E")
    s.text(40, 68, "Communications \u00b7 Fiber \u00b7 Voice \u00b7 Internet", 8.5, color=GREY)
    s.text(W - 40, 40, "Page 1 of 1", 8.5, align="right")
    facts = (("Account Number", d.printed_account), ("Statement Date", date_text(day, "abbr")),
             ("Customer ID", customer_no[-10:]),
             ("Main Number", phone(d.real_btn, "paren")),
             ("Amount Due", money(r, 80, 600)),
             ("Due Date", date_text(day + timedelta(days=20), "abbr")))
    s.box(330, 78, 246, 90, fill=LIGHT)
    for i, (label, value) in enumerate(facts):
        s.text(338, 94 + i * 13, label, 9.5)
        s.text(568, 94 + i * 13, value, 10, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 120, 11)
    s.text(40, 208, "Service Address", 10, bold=True, color=s.accent)
    s.text(40, 222, one_line(d.service, 1), 10.5)
    s.mark("service", address_key(d.service))
    y = 256.0
    s.text(40, y, "Voice Services", 11, bold=True, color=s.accent)
    for n, kind in zip(d.numbers, kinds, strict=True):
        y += 15
        s.text(44, y, phone(n, "paren"), 10)
        s.text(200, y, kind, 9.5)
        s.text(W - 44, y, money(r, 20, 45), 10, align="right")
    y += 24
    rows = ([("Previous balance", money(r, 80, 600)), ("Payment received", money(r, 80, 600))]
            + [(label, money(r, 2, 300)) for label in ("Fiber Internet 500", "Static IP",
                                                       "Oregon Telephone Assistance",
                                                       "Federal USF")])
    for label, value in rows:
        s.text(44, y, label, 10)
        s.text(W - 44, y, value, 10, align="right")
        y += 14
    with s.roled("help"):
        s.text(40, y + 18, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 8.5)
    s.text(40, y + 34, d.carrier.legal + " \u00b7 " + ", ".join(d.carrier.remit), 8,
           color=GREY)
    if copy:  # the kept copy of last month's statement: 'COPY' across its values
        overlay_text(s, 250, 300, "COPY", 120, 35, color="#9A9A9A", alpha=0.3)


@family("hunter_halves", carrier="hunter", region="HTR", lines=(1, 4), dialed=0,
        person_share=0.2, account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 5)}",
        modelled_on="Hunter Communications business statements (southern Oregon) as a customer "
        "printed two on one landscape sheet: this month's statement shrunk on the left, last "
        "month's beside it with 'COPY' across its values in the text layer; a ten-digit "
        "customer ID beside the account number, the main number and the service address "
        "written on one line",
        accent="#5C7F2E", font="DejaVuSans")
def hunter_halves(s: Sheet, d: Draft) -> None:
    r = s.rng
    c = s.c
    c.setPageSize((H, W))  # landscape
    top = (W - H * _K) / 2
    customer_no = outside(d)
    day = d.statement_date
    last = day - timedelta(days=r.choice((28, 30, 31)))
    kinds = ["Business Line" if k == 0 else r.choice(("Business Line", "Fax Line"))
             for k in range(len(d.numbers))]
    for half, (when, copy) in enumerate(((day, False), (last, True))):
        c.saveState()
        c.translate(half * H / 2, top)
        c.scale(_K, _K)
        if half:
            s.rule(0, 20, 0, 1)
        _hunter_page(s, d, when, customer_no, kinds, copy)
        c.restoreState()


# --- Innovattel: letter-spaced Spanish statement, services by site name ------------------------

_URB = ("Urb. Las Flores", "Urb. Villa Carolina", "Urb. Santa Rosa", "Urb. Los Maestros")
_CALLE = ("Calle Luna", "Calle Sol", "Calle Tabonuco", "Calle Mayagüez", "Calle 3")
_AVE = ("Ave. Ponce de León", "Ave. Muñoz Rivera", "Ave. Domenech", "Carr. 2 Km 8.4")
_NEGOCIOS = ("Farmacia San José, Inc.", "Panadería La Esperanza Corp.", "Colmado Don Luis",
             "Clínica Dental Ríos, CSP", "Taller Hermanos Vega & Co.", "Ferretería El Yunque, LLC",
             "Oficina Legal Torres & Asociados, PSC")
_LOCALES = ("Sucursal Plaza", "Oficina Central", "Tienda Principal", "Almacén", "Clínica")


def _pr(d: Draft) -> str:
    """A Puerto Rico address with 'Urb.', 'Local', 'Ofic.' or 'Apt.'; returns the site's name."""
    r, a = d.rng, d.customer.service
    if r.random() < 0.5:
        line1, line2 = f"{r.choice(_CALLE)} {r.randint(1, 99)}", r.choice(_URB)
    else:
        line1 = f"{r.choice(_AVE)} {r.randint(100, 1999)}"
        line2 = r.choice((f"Local {r.randint(1, 20)}", f"Ofic. {r.randint(101, 905)}",
                          f"Apt. {r.randint(1, 12)}"))
    service = Address(line1, line2, a.city, "PR", a.postal_code[:5])
    billing = service if d.customer.billing == a else replace(
        d.customer.billing, state="PR")
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing
    if not d.customer.person:
        d.name = r.choice(_NEGOCIOS)
    return f"{r.choice(_LOCALES)} {a.city}"


@family("innovattel_es", carrier="innovattel", region="INV", lang="es", lines=(2, 5), dialed=0,
        person_share=0.2, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 6)}",
        modelled_on="estados de cuenta de Innovattel en español (Puerto Rico, servicios de voz "
        "e internet para negocios): encabezados y el recuadro de la cuenta en letras espaciadas, "
        "los servicios por el nombre de la localidad con su dirección en la página "
        "'Localidades', direcciones con 'Urb.', 'Local', 'Ofic.' y 'Apt.', números "
        "nombrados en una oración",
        accent="#00558C", font="DejaVuSans")
def innovattel_es(s: Sheet, d: Draft) -> None:
    r = s.rng
    site = _pr(d)
    assert d.service is not None
    day = d.statement_date
    meses = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")
    fecha = f"{day.day} de {meses[day.month - 1]} de {day.year}"
    track = r.choice((0.4, 0.7, 1.0))
    s.wordmark(40, 50, "innovattel", 24, "#00558C")
    s.text(40, 64, "Voz \u00b7 Internet \u00b7 Fibra para negocios \u00b7 Puerto Rico", 7.5,
           color=GREY)
    spaced(s, 330, 44, "ESTADO DE CUENTA", 12, 3.0)
    s.box(320, 54, W - 356, 86, stroke=s.accent, radius=3)
    box = (("Número de cuenta", d.printed_account), ("Fecha de factura", fecha),
           ("Número principal", phone(d.real_btn, "dash")),
           ("Total a pagar", money(r, 60, 700)))
    for i, (label, value) in enumerate(box):
        glyphs(s, 330, 70 + i * 18, label, 7.5, track=track * 0.6, color=GREY)
        glyphs(s, 425, 70 + i * 18, value, 8.5, track=track, bold=True)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 112, 9.5)
    spaced(s, 44, 188, "SERVICIOS POR LOCALIDAD", 9, 2.2)
    y = 206.0
    for label, x in (("Localidad", 44), ("Número", 200), ("Servicio", 320)):
        s.text(x, y, label, 8, bold=True)
    s.text(W - 44, y, "Cargo", 8, bold=True, align="right")
    for k, n in enumerate(d.numbers):
        y += 13
        if k == 0:
            s.text(44, y, site, 8.5)
        s.text(200, y, phone(n, "dash"), 9)
        s.text(320, y, "Línea comercial" if k == 0 else r.choice(("Línea comercial", "Fax",
                                                                   "Línea de alarma")), 8.5)
        s.text(W - 44, y, money(r, 20, 50), 8.5, align="right")
    y += 20
    for label in ("Internet dedicado 200 Mbps", "Cargo 9-1-1", "Fondo de Servicio Universal",
                  "IVU (11.5%)"):
        s.text(60, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 300), 8.5, align="right")
        y += 12
    s.text(44, y + 8, "Dirección de servicio: vea «Localidades», página 2.", 7.5, color=GREY)
    with s.roled("help"):
        s.lines(40, y + 30, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                8)
    remit_stub(s, d, y=640, lang="es")
    s.new_page()
    s.text(40, 40, "innovattel", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Cuenta {d.printed_account} \u00b7 Página 2 de 2", 7.5, align="right")
    s.rule(36, 50, W - 36, 0.8, s.accent)
    spaced(s, 44, 80, "LOCALIDADES", 11, 3.0)
    s.text(44, 100, "Localidad", 8, bold=True)
    s.text(220, 100, "Dirección de servicio", 8, bold=True)
    s.text(44, 116, site, 9)
    s.lines(220, 116, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(44, 170, d.name, 9, bold=True)
    words = [phone(d.numbers[0], "dash"), *(n[-4:] for n in d.numbers[1:])]
    said = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} y {words[-1]}"
    work = day + timedelta(days=r.randint(10, 30))
    s.lines(44, 196, [
        f"Aviso: sus líneas {said} no se verán afectadas por el mantenimiento",
        f"programado para el {work.day} de {meses[work.month - 1]} entre las 12:00 a.m. y "
        "las 4:00 a.m.",
    ], 8.5)
    for n in d.numbers:
        s.mark("number", n)


