"""Open tuning split tune16: Fibernetics (Ontario, bilingual) and Nextlink (Texas, in Spanish).

Fibernetics' enterprise SIP trunk invoice is bilingual, French first: every label twice
('Numéro de compte / Account number'), the invoice date printed twice in two shapes ('7 déc.
2026 / Dec 7, 2026'), amounts with comma decimals and spaces for thousands ('1 234,56 $'),
French times ('12 h 30') in the usage summary; the sites table has merged cells: each site's
address printed once in a cell spanning the rows of its numbers, and a row header turned 90
degrees ('SITES') down the table's left edge.
Nextlink's statement is in Spanish and full of codes that look like dates or numbers: 'Ciclo
14', 'Periodo de facturación 2611', a Julian date '26335', 'Estado de cuenta núm. 0112'; the
statement date is only the one under its own label; a mailing-code line runs down the right
margin, turned 90 degrees, carrying the account number (a scan line, never proof).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import REGIONS, ca_address
from tests.billcorpus.truth import Draft, SubAccount, address_key, in_range

_ABBR_FR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.",
            "nov.", "déc.")
_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")


def turned(s: Sheet, x: float, y: float, text: str, size: float = 8, angle: float = 90,
           bold: bool = False, role: str = "") -> None:
    """Text printed turned by `angle` degrees around (x, y) (top-left origin): on the page and
    in its text layer, read sideways or upside down."""
    name = s.font if not bold else {"DejaVuSans": "DejaVuSans-Bold"}.get(s.font, "Helvetica-Bold")
    s.c.saveState()
    s.c.translate(x, H - y)
    s.c.rotate(angle)
    s.c.setFont(name, size)
    s.c.drawString(0, 0, text)
    s.c.restoreState()
    s.drawn.append((s.page, role or s.role, text))


def _money_fr(r: object, low: int, high: int) -> str:
    value = r.randint(low * 100, high * 100) / 100  # type: ignore[attr-defined]
    return f"{value:,.2f} $".replace(",", " ").replace(".", ",")


@family("fibernetics_trunk_summary", carrier="fibernetics", country="CA", lang="fr",
        region="FBON", lines=(1, 3), dialed=8, person_share=0.0, block=0.7,
        block_size=(10, 20), account=lambda r, c, b: f"FN{digits(r, 7)}",
        modelled_on="factures bilingues de services SIP d'entreprise du genre de Fibernetics "
        "(Ontario): chaque libellé en français puis en anglais, la date de facture imprimée deux "
        "fois sous deux formes, montants à virgule décimale et espaces des milliers, heures "
        "'12 h 30'; un tableau des emplacements aux cellules fusionnées (l'adresse d'un site "
        "une seule fois pour toutes ses lignes) et un en-tête de rangée tourné à 90 degrés",
        accent="#E2231A", font="DejaVuSans")
def fibernetics_trunk_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "space"
    singles = [n for n in d.numbers if not any(in_range(n, f, c) for f, c in d.ranges)]
    sites = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 2)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        sites.append(SubAccount(d.printed_account, nums[0],
                                ca_address(r, r.choice(REGIONS["FBON"]), True, 0.4), nums))
    d.sub_accounts = sites
    d.numbers = [*d.numbers, *(n for x in sites[1:] for n in x.numbers)]
    d.alternatives = {"service_address": tuple(x.service for x in sites)}
    when = d.statement_date
    s.wordmark(40, 46, "Fibernetics", 24, "#E2231A")
    s.text(40, 60, "Facture de services d'entreprise / Business Services Invoice", 8, color=GREY)
    facts = (("Numéro de compte / Account number", d.printed_account),
             ("Date de facture / Invoice date",
              f"{when.day} {_ABBR_FR[when.month - 1]} {when.year} / {date_text(when, 'abbr')}"),
             ("Numéro principal / Main number (BTN)", phone(d.real_btn, style)),
             ("Total à payer / Amount due", _money_fr(r, 1200, 9800)))
    s.box(300, 24, 276, 62, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(306, 38 + i * 13, lab, 7)
        s.text(570, 38 + i * 13, value, 8, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(50, 104, "Facturer à / Bill to", 7.5, bold=True, color=GREY)
    mailing_block(s, d, 50, 116, 9.5)
    y = 196.0
    s.text(40, y, "Sommaire des emplacements / Summary of locations", 10.5, bold=True,
           color=s.accent)
    y += 10
    s.box(60, y, W - 100, 14, fill=LIGHT)
    for x, head in ((64, "Emplacement de service / Service location"),
                    (300, "Numéro / Number"), (400, "Type"), (W - 44, "Mensuel / Monthly")):
        s.text(x, y + 10, head, 7, bold=True, align="right" if x > 500 else "left")
    y += 14
    top = y
    for k, site in enumerate(sites):
        rows: list[tuple[str, str]] = []
        if k == 0:
            rows.append((phone(d.real_btn, style), "Numéro pilote / Pilot"))
            rows += [(phone(n, style), "DID") for n in singles if n != d.real_btn]
            rows += [(f"{phone(f, style)} à {int(f[-4:]) + c - 1:04d}",
                      f"Bloc DID / DID block ({c} numéros)") for f, c in d.ranges]
        else:
            rows.append((phone(site.numbers[0], style), "Numéro pilote / Pilot"))
            rows += [(phone(n, style), "DID") for n in site.numbers[1:]]
        h = max(len(rows), 3) * 12 + 6
        s.box(60, y, W - 100, h, stroke=GREY, line=0.5)
        s.c.setLineWidth(0.5)  # merged cell: one address for all the site's rows
        s.c.line(296, H - y, 296, H - y - h)
        s.lines(64, y + 11, address_lines(site.service, fr=True), 7.5, leading=10)
        s.mark("service", address_key(site.service))
        for i, (number, kind) in enumerate(rows):
            s.text(300, y + 11 + i * 12, number, 7.5)
            s.text(400, y + 11 + i * 12, kind, 7)
            s.text(W - 44, y + 11 + i * 12, _money_fr(r, 2, 60), 7.5, align="right")
        y += h
    turned(s, 52, y - 4, "SITES", 8, bold=True)  # the row header, turned 90 degrees
    s.box(40, top, 20, y - top, stroke=GREY, line=0.5)
    y += 16
    s.text(40, y, "Utilisation / Usage", 9.5, bold=True, color=s.accent)
    y += 13
    for lab in (f"Appels interurbains / Long distance ({r.randint(2, 9)} h {r.randint(10, 59)} min)",
                f"Heure de pointe / Peak hour : {r.randint(9, 15)} h {r.choice(('00', '15', '30'))}",
                f"Canaux SIP / SIP channels ({r.choice((10, 23, 46))})"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, _money_fr(r, 10, 2400), 8, align="right")
        y += 11
    with s.roled("help"):
        s.lines(40, y + 14, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7.5)
    remit_stub(s, d, y=640, lang="fr", account_label="Numéro de compte / Account",
               window=False)


@family("nextlink_ciclo", carrier="nextlink", lang="es", region="NXTX", lines=(1, 2), dialed=6,
        person_share=0.6, account=lambda r, c, b: digits(r, 7),
        modelled_on="estados de cuenta en español del tipo de Nextlink (internet inalámbrico fijo "
        "y voz, Texas): códigos de ciclo y números de serie que parecen fechas ('Ciclo 14', "
        "'Periodo de facturación 2611', fecha juliana '26335', 'Estado de cuenta núm. 0112'), la "
        "fecha del estado de cuenta sólo bajo su propia etiqueta, una línea de código postal "
        "impresa de lado en el margen con el número de cuenta", accent="#00A3E0",
        font="DejaVuSans")
def nextlink_ciclo(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    when = d.statement_date
    s.wordmark(40, 46, "Nextlink", 26, "#00A3E0")
    s.text(40, 60, "Internet de alta velocidad y telefonía", 8, color=GREY)
    codes = (("Ciclo", str(r.randint(1, 28))),
             ("Periodo de facturación", f"{when:%y%m}"),
             ("Fecha juliana", f"{when:%y}{when.timetuple().tm_yday:03d}"),
             ("Estado de cuenta núm.", f"{r.randint(1, 400):04d}"))
    facts = (("Número de cuenta", d.printed_account),
             ("Fecha del estado de cuenta", f"{when.day} de {_MESES[when.month - 1]} de "
                                            f"{when.year}"),
             ("Teléfono principal de la cuenta", phone(d.real_btn, style)),
             ("Total a pagar", money(r, 50, 220)))
    s.box(320, 24, 256, 58, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(326, 38 + i * 13, lab, 7.5)
        s.text(570, 38 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(40, 74, "   ".join(f"{lab} {value}" for lab, value in codes), 7, color=GREY)
    mailing_block(s, d, 50, 112, 9.5)
    s.text(320, 120, "Dirección de servicio", 9, bold=True, color=s.accent)
    s.lines(320, 133, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 200.0
    s.text(40, y, "Sus servicios", 11, bold=True, color=s.accent)
    y += 16
    s.text(44, y, "Internet inalámbrico fijo 100 Mbps", 8.5)
    s.text(W - 44, y, money(r, 40, 90), 8.5, align="right")
    y += 13
    for n in d.numbers:
        s.text(44, y, f"Línea de voz {phone(n, style)}", 8.5)
        s.text(W - 44, y, money(r, 15, 30), 8.5, align="right")
        y += 13
    for lab in ("Renta de equipo (antena)", "Cargo 911 de Texas", "Fondo de Servicio Universal"):
        s.text(44, y, lab, 8.5)
        s.text(W - 44, y, money(r, 1, 15), 8.5, align="right")
        y += 13
    y += 12
    s.text(40, y, "Avisos", 9, bold=True)
    y += 12
    s.lines(44, y, [
        f"Su próximo ciclo comienza el {(when + timedelta(days=1)):%d/%m}. El ciclo y el periodo "
        "no son la fecha de su estado de cuenta.",
        f"Pague en línea en {d.carrier.domain} o por teléfono; no cancele su servicio antes de "
        "que su nuevo proveedor confirme la portabilidad.",
    ], 7.5)
    with s.roled("help"):
        s.lines(40, y + 34, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7.5)
    remit_stub(s, d, y=628, lang="es")
    route = (f"{r.randint(10, 99)}-{r.randint(1000, 9999)}  {d.printed_account}  "
             f"C{codes[0][1]}  {digits(r, 5)}")
    turned(s, W - 18, 560, route, 7, angle=90, role="scanline")  # mailing-code line, sideways
