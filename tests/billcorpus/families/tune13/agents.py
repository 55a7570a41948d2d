"""Open tuning split tune13: Liberty Puerto Rico (in Spanish, bilingual labels), Telnyx (a CPaaS
invoice) and ATMC (the co-operative of Brunswick County, North Carolina, billed by an agent).

Modelled on Liberty Puerto Rico's business bills (every label in Spanish and English on one line,
'Número de cuenta / Account Number'; dates with abbreviated Spanish months, '5 de nov. de 2025';
the service address in Puerto Rico's form, 'Calle Luna 12' over 'Urb. Las Flores'), on Telnyx's
monthly invoices (numbers grouped under 'Area code 312' headings and printed '555-0100' under
them, number blocks with their counts, ten-digit connection and application IDs beside them) and
on statements a billing agent prints for a small co-operative like ATMC (the agent's name and
remittance address large, the carrier in one line 'Billed on behalf of ...'; one account over
two or three service locations).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, csz, date_text, digits, money, phone
from tests.billcorpus.people import REGIONS, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

_MESES = ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.",
          "nov.", "dic.")
_CALLES = ("Calle Luna", "Calle Sol", "Calle Loíza", "Calle Estrella", "Calle Acerina",
           "Calle Tulipán", "Calle Orquídea", "Calle Aurora")
_URBS = ("Urb. Las Flores", "Urb. Villa Fontana", "Urb. Jardines de Caparra",
         "Urb. Santa Juanita", "Urb. Alturas de Río Grande", "Urb. Country Club")
_NEGOCIOS = ("Panadería Nuevo Amanecer", "Farmacia Los Ángeles", "Colmado La Placita",
             "Centro Médico Familiar Vega", "Ferretería Del Valle", "Escuela Montessori El Faro",
             "Iglesia Bautista Emanuel", "Repostería Dulce Coquí")


def _fecha(d: date) -> str:
    return f"{d.day} de {_MESES[d.month - 1]} de {d.year}"


def _boricua(d: Draft) -> None:
    """Puerto Rico's address form (street and number, then the urbanización) and names."""
    r = d.rng
    old = d.customer.service
    service = Address(f"{r.choice(_CALLES)} {r.randint(1, 399)}", r.choice(_URBS), old.city,
                      "PR", f"{old.postal_code[:3]}{r.randint(10, 99)}")
    billing = service
    if r.random() < 0.4:
        billing = Address(f"PO Box {r.randint(100, 99999)}", "", old.city, "PR",
                          f"{old.postal_code[:3]}{r.randint(10, 99)}-{r.randint(1000, 9999)}")
    name = d.customer.name
    if not d.customer.person:
        name = f"{r.choice(_NEGOCIOS)}{r.choice((', Inc.', ' LLC', ', Corp.', ''))}"
    d.customer = replace(d.customer, name=name, service=service, billing=billing)
    d.name, d.service, d.billing = name, service, billing


@family("liberty_pr_bilingue", carrier="liberty_pr", region="PR", lang="es", lines=(1, 4),
        dialed=6, person_share=0.4, account=lambda r, c, b: f"{digits(r, 4)}{digits(r, 5)}",
        modelled_on="facturas de negocio de Liberty Puerto Rico: cada etiqueta en español e "
        "inglés en la misma línea ('Número de cuenta / Account Number'), fechas con el mes "
        "abreviado ('5 de nov. de 2025'), la dirección de servicio en la forma de Puerto Rico "
        "(calle y número, luego la urbanización), IVU, cargo 911", accent="#5B2C83",
        font="DejaVuSans")
def liberty_pr_bilingue(s: Sheet, d: Draft) -> None:
    r = s.rng
    _boricua(d)
    assert d.service is not None
    style = "dash"
    s.wordmark(40, 46, "Liberty", 24, "#5B2C83")
    s.text(40, 58, f"{d.carrier.legal} · Negocios / Business", 7, color=GREY)
    s.text(W - 40, 34, "FACTURA / INVOICE", 12, bold=True, align="right")
    rows = (("Número de cuenta / Account Number", d.printed_account),
            ("Fecha de factura / Bill Date", _fecha(d.statement_date)),
            ("Fecha de vencimiento / Due Date", _fecha(d.statement_date + timedelta(days=21))),
            ("Teléfono principal / Main Phone", phone(d.real_btn, style)),
            ("Total a pagar / Amount Due", money(r, 40, 600)))
    for i, (label, value) in enumerate(rows):
        s.text(300, 52 + i * 12, label, 7.5)
        s.text(W - 40, 52 + i * 12, value, 8, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 130, 9.5)
    s.box(320, 120, 256, 60, fill=LIGHT)
    s.text(328, 132, "Dirección de servicio / Service Address", 7.5, bold=True, color=s.accent)
    s.lines(328, 145, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 210, "Resumen / Summary", 11, bold=True, color=s.accent)
    y = 226.0
    for label in ("Balance anterior / Previous Balance", "Pago recibido / Payment Received",
                  "Cargos del mes / Current Charges", "IVU / Sales Tax 11.5%",
                  "Total a pagar / Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(330, y, money(r, 0, 200), 8.5, align="right")
        y += 12
    with s.roled("help"):
        for k, (label, number) in enumerate(d.carrier.help_lines):
            s.text(360, 226 + k * 12, f"{label}: {number}", 7.5)
    s.text(40, y + 16, "Servicios de voz / Voice Services", 11, bold=True, color=s.accent)
    body = [(phone(n, style), r.choice(("Línea comercial / Business Line", "Fax")),
             money(r, 18, 45)) for n in d.numbers]
    y = s.table(40, y + 34, ("Número / Number", "Servicio / Service", "Cargo / Charge"), body,
                (160, 260, 80), size=8.5, align=("left", "left", "right"))
    s.text(40, y + 14, "Cargo 911 / 911 Charge, CUSF y cargos regulatorios incluidos.", 7,
           color=GREY)
    remit_stub(s, d, y=622, lang="es", account_label="Cuenta / Account")


@family("telnyx_areacode", carrier="telnyx", lines=(3, 8), block=0.6, block_size=(5, 15),
        dialed=6, person_share=0.0, account=lambda r, c, b: f"TX-{digits(r, 7)}",
        modelled_on="monthly invoices of Telnyx's kind (programmable voice and messaging): the "
        "account's numbers across several area codes, grouped under 'Area code 312' headings "
        "and printed '555-0100' under them, number blocks with their counts, ten-digit "
        "connection and application IDs listed beside them, usage by product",
        accent="#00C08B", font="DejaVuSans")
def telnyx_areacode(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None  # an API platform's invoice lists numbers alike; none is named the billing one
    others = [npa for npa in ("312", "415", "617", "206", "303", "404") if npa != d.customer.npa]
    extra = r.sample(others, r.randint(1, 2))
    for npa in extra:
        d.numbers += [d.pool.one(npa) for _ in range(r.randint(1, 3))]
    s.wordmark(40, 46, "telnyx", 24, "#00C08B")
    s.text(40, 60, d.carrier.legal, 7.5, color=GREY)
    s.text(W - 40, 34, "INVOICE", 14, bold=True, align="right")
    facts = (("Account", d.printed_account), ("Invoice", f"INV-{d.invoice_id}"),
             ("Invoice date", date_text(d.statement_date, "abbr")),
             ("Billing period", f"{date_text(d.statement_date - timedelta(days=30), 'abbr')} - "
                                f"{date_text(d.statement_date - timedelta(days=1), 'abbr')}"),
             ("Amount due", money(r, 50, 2500)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 52 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 52 + i * 12, value, 8.5, bold=True, align="right")
    s.text(40, 96, "Bill to", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 108, 9)
    s.text(330, 128, "Service address (E911)", 8, bold=True, color=s.accent)
    s.lines(330, 140, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 196, "Phone numbers", 11, bold=True, color=s.accent)
    y = 212.0
    groups: dict[str, list[str]] = {}
    for n in d.singles():
        groups.setdefault(n[2:5], []).append(n)
    blocks = {first[2:5]: (first, count) for first, count in d.ranges}
    for npa in sorted({*groups, *blocks}):
        s.text(44, y, f"Area code {npa}", 8.5, bold=True)
        y += 11
        for n in sorted(groups.get(npa, [])):
            ten = n[-10:]
            conn = f"{r.randint(2, 9)}{digits(r, 9)}"
            d.dialed.append(f"+1{conn}")  # a connection ID, ten digits, not a number
            s.text(60, y, f"{ten[3:6]}-{ten[6:]}", 8.5)
            s.mark("number", n)  # under its area code heading: the number whole
            s.text(160, y, r.choice(("Local voice", "Local voice + SMS", "Fax")), 8)
            s.text(300, y, f"Connection {conn}", 8, color=GREY)
            s.text(W - 44, y, money(r, 1, 3), 8, align="right")
            y += 11
        if npa in blocks:
            first, count = blocks[npa]
            ten = first[-10:]
            last = f"{int(ten[6:]) + count - 1:04d}"
            s.text(60, y, f"{ten[3:6]}-{ten[6:]} \u2013 {last}", 8.5)
            s.text(160, y, f"Number block ({count} numbers)", 8)
            s.text(W - 44, y, money(r, 5, 30), 8, align="right")
            for k in range(count):
                s.mark("number", f"{first[:-4]}{int(first[-4:]) + k:04d}")
            y += 11
        y += 4
    app = f"{r.randint(2, 9)}{digits(r, 9)}"
    d.dialed.append(f"+1{app}")
    s.text(40, y + 8, "Usage", 11, bold=True, color=s.accent)
    y += 24
    for label in ("Outbound voice minutes", "Inbound voice minutes", "SMS messages",
                  f"Call Control application {app}", "E911 fees", "Regulatory fees"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 1, 300), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 16, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    s.text(40, y + 30, f"Pay online at portal.{d.carrier.domain}. Balances are charged to the "
                       "card on file.", 7.5, color=GREY)


_AGENT = ("Carolina Billing Services, LLC", ("PO Box 61550", "Charlotte, NC 28261-1550"),
          "1-800-555-0199")


@family("atmc_agent", carrier="atmc", region="ATNC", lines=(1, 3), dialed=6, person_share=0.0,
        account=lambda r, c, b: f"{digits(r, 6)}-{digits(r, 3)}",
        modelled_on="statements a billing agent prints for a co-operative like ATMC (Brunswick "
        "County, North Carolina): the agent's name and remittance address large, the carrier "
        "in one line 'Billed on behalf of ...', one account over two or three service "
        "locations each with its own lines", accent="#1B365D", font="Helvetica")
def atmc_agent(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    agent, remit, agent_phone = _AGENT
    d.billing_agent = agent
    d.help_numbers.append("+1" + "".join(c for c in agent_phone if c.isdigit())[-10:])
    city = r.choice(REGIONS["ATNC"])
    sites = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 2)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 2)))
        sites.append(SubAccount(d.printed_account, d.real_btn, us_address(r, city), nums))
    r.shuffle(sites)
    d.sub_accounts = sites
    d.numbers = [d.real_btn] + [n for x in sites for n in x.numbers if n != d.real_btn]
    d.alternatives = {"service_address": tuple(x.service for x in sites)}
    style = r.choice(("dash", "paren"))
    s.text(40, 44, agent, 16, bold=True, color=s.accent)
    s.lines(40, 58, list(remit), 8.5)
    with s.roled("help"):
        s.text(40, 82, f"Billing questions {agent_phone}", 8)
    s.text(40, 96, f"Billed on behalf of {d.carrier.brand} ({d.carrier.legal})", 7.5,
           color=GREY)
    facts = (("Account Number", d.printed_account),
             ("Statement Date", date_text(d.statement_date, "abbr0")),
             ("Billing Telephone Number", phone(d.real_btn, style)),
             ("Please Pay", money(r, 80, 700)))
    s.box(340, 30, 236, 66, stroke=GREY)
    for i, (label, value) in enumerate(facts):
        s.text(348, 44 + i * 14, label, 8)
        s.text(568, 44 + i * 14, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 124, 9.5)
    s.text(40, 200, f"Service Locations ({len(sites)})", 11, bold=True, color=s.accent)
    y = 218.0
    for k, site in enumerate(sites):
        s.text(44, y, f"Location {k + 1}:", 8.5, bold=True)
        s.text(110, y, f"{' '.join(p for p in (site.service.line1, site.service.line2) if p)}, "
                       f"{csz(site.service)}", 8.5)
        s.mark("service", address_key(site.service))
        y += 12
        for n in site.numbers:
            s.text(60, y, phone(n, style), 8)
            s.text(200, y, r.choice(("Business Line", "Fax Line", "Alarm Line")), 8)
            s.text(W - 44, y, money(r, 20, 45), 8, align="right")
            y += 11
        y += 6
    for label in ("Fiber Internet 1 Gig", "Federal Subscriber Line Charge", "NC 911 Charge",
                  "Federal USF"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 1, 120), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 16, f"{d.carrier.brand} service and repair: "
                           + "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 36, count=2, size=7)
    with s.roled("stub"):
        s.rule(36, 630, W - 36, dash=True)
        s.text(40, 642, "Return this portion with your payment to the billing agent.", 7,
               color=GREY)
        s.text(60, 664, agent, 9, bold=True)
        s.lines(60, 676, list(remit), 8)
        s.text(330, 660, "Account Number", 8, bold=True)
        s.text(470, 660, d.printed_account, 8)
        s.text(330, 673, "Amount Due", 8, bold=True)
        s.text(470, 673, money(r, 80, 700), 8)
        mailing_block(s, d, 330, 700, 9)
    with s.roled("scanline"):
        s.text(60, 770, f"{digits(r, 4)} {d.printed_account.replace('-', '')} {digits(r, 8)}",
               10, font="Courier")
