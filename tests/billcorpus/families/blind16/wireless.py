"""SIXTEENTH BLIND SPLIT: not for the reader's author (see families/blind16/__init__.py).

Mint Mobile (a US prepaid MVNO), Sinch (a CPaaS and voice carrier's invoice for SIP trunking and
numbers) and Critical Hub Networks (a Puerto Rico internet and voice provider, its bill in
Spanish).

Modelled on Mint Mobile's account statements (the numbers called 'MDN' and 'CTN'), here saved by
the customer with their pages out of order: page 2 of 2 first, a blank page, then page 1; on
Sinch's invoices (E.164 numbers under 'MSISDN', a number range with its count, amounts and usage
figures in the group billing system's European form '1.234,56' and '10 555,01') and on Critical
Hub's Spanish bills (the lines printed with the area code and exchange once, then only the last
four digits, 'y' before the last; a welcome note naming the carrier the numbers were ported from
and its number, a 9-1-1 notice).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind16.parts import outside
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


@family("mint_pages_shuffled", carrier="mint_mobile", region="MNT", lines=(1, 4), dialed=0,
        person_share=0.95, account=lambda r, c, b: digits(r, 9),
        modelled_on="Mint Mobile account statements (a US prepaid MVNO): a summary page with the "
        "account holder, account number, statement date and billing address, a line details "
        "page listing each line by 'MDN (CTN)' with its plan and data; saved by the customer "
        "out of order: page 2 of 2 first, a blank page, then page 1 of 2",
        accent="#2E8B57", font="Helvetica")
def mint_pages_shuffled(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # a wireless account: no premises, no billed number named
    day = d.statement_date

    def head(page: int) -> None:
        s.wordmark(40, 48, "Mint Mobile", 20, "#2E8B57")
        s.text(W - 40, 36, f"Page {page} of 2", 7.5, align="right")
        s.text(W - 40, 48, f"Account {d.printed_account}", 7.5, align="right")
        s.text(W - 40, 60, f"Statement {date_text(day, 'abbr')}", 7.5, align="right")
        s.rule(36, 68, W - 36, 0.8, s.accent)

    # what the customer's PDF holds first: page 2 of 2, the line details
    head(2)
    s.text(44, 92, "Line details", 12, bold=True)
    plans = ("Unlimited", "15GB", "5GB", "20GB")
    rows = [(phone(n, "dash"), r.choice(plans), f"{r.randint(1, 30)}.{r.randint(0, 9)} GB",
             f"{r.randint(40, 900)} min", money(r, 15, 30)) for n in d.numbers]
    y = s.table(44, 116, ("MDN (CTN)", "Plan", "Data used", "Talk", "Amount"), rows,
                (130, 110, 90, 90, 100), size=8.5,
                align=("left", "left", "left", "left", "right"))
    s.text(44, y + 14, "MDN: mobile directory number. CTN: cellular telephone number. Both "
           "name the line.", 7.5, color=GREY)
    with s.roled("help"):
        s.lines(44, y + 40, [f"{label} {number}" for label, number in d.carrier.help_lines],
                8)
    s.new_page()  # a blank page the scanner kept
    s.text(W / 2, 400, "This page intentionally left blank.", 8, color=GREY, align="center")
    s.new_page()
    head(1)
    s.text(44, 92, "Your statement", 14, bold=True)
    card = (("Account holder", d.name), ("Account number", d.printed_account),
            ("Statement date", date_text(day, "long")),
            ("Plan renews", date_text(day + timedelta(days=r.choice((30, 90, 180))), "long")),
            ("Lines on this account", f"{len(d.numbers)} (see line details)"))
    for i, (label, value) in enumerate(card):
        s.text(50, 118 + i * 15, label, 8.5, color=GREY)
        s.text(200, 118 + i * 15, value, 9.5, bold=True)
    s.text(360, 118, "Billing address", 8.5, color=GREY)
    mailing_block(s, d, 360, 132, 9)
    s.band(208, 16, LIGHT)
    s.text(44, 219, "Summary", 9.5, bold=True, color=s.accent)
    y = 240.0
    for label in ("Plan charges", "Add-ons", "Taxes and fees", "Total charged to card "
                  f"ending {digits(r, 4)}"):
        s.text(60, y, label, 9, bold=label.startswith("Total"))
        s.text(W - 44, y, money(r, 5, 160), 9, align="right")
        y += 14
    with s.roled("help"):
        s.text(44, y + 20, f"Questions? {d.carrier.help_lines[0][0]} "
               f"{d.carrier.help_lines[0][1]} \u00b7 {d.carrier.domain}", 8)


def _euro(value: float) -> str:
    """1234.5 -> '1.234,50' (the group billing system's form)."""
    whole, cents = f"{value:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents}"


@family("sinch_msisdn_invoice", carrier="sinch", region="SNC", lines=(2, 5), dialed=0,
        person_share=0.0, block=1.0, block_size=(5, 20),
        account=lambda r, c, b: f"{digits(r, 8)}",
        modelled_on="Sinch invoices for voice (SIP trunking) and messaging numbers: an account "
        "ID and an invoice number, the customer's numbers in E.164 under 'MSISDN', a number "
        "range with its count, amounts and usage in the group billing system's European form "
        "('1.234,56', '10 555,01'); billed to the customer's address, no service location",
        accent="#0D2C54", font="Helvetica")
def sinch_msisdn_invoice(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # numbers on a platform: no premises, no billed number
    day = d.statement_date
    s.wordmark(40, 50, "sinch", 26, "#0D2C54")
    s.text(40, 64, d.carrier.legal, 8, color=GREY)
    s.text(W - 40, 44, "INVOICE", 15, bold=True, align="right")
    facts = (("Account ID", d.printed_account), ("Invoice no.", d.invoice_id),
             ("Invoice date", day.isoformat()),
             ("Due date", (day + timedelta(days=30)).isoformat()), ("Currency", "USD"))
    for i, (label, value) in enumerate(facts):
        s.text(360, 62 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 62 + i * 12, value, 8.5, bold=True, align="right")
    s.text(40, 96, "Bill to", 8, color=GREY)
    mailing_block(s, d, 40, 110, 9.5)
    s.band(176, 16, LIGHT)
    s.text(44, 187, "Numbers", 9.5, bold=True, color=s.accent)
    rows = [(f"+{n[1:]}", r.choice(("Voice + SMS", "Voice", "SMS")), "Local",
             _euro(r.randint(100, 300) / 100)) for n in d.singles()]
    for first, count in d.ranges:
        last = f"{int(first[-4:]) + count - 1:04d}"
        rows.append((f"+{first[1:]} \u2013 {last}", f"Number range ({count} numbers)",
                     "Local", _euro(count * 0.85)))
    y = s.table(44, 208, ("MSISDN", "Service", "Type", "Monthly (USD)"), rows,
                (190, 150, 70, 110), size=8.5, align=("left", "left", "left", "right"))
    minutes = r.randint(10000, 99999) + r.randint(0, 99) / 100
    usage = (("SIP trunking, outbound minutes", f"{minutes:,.2f}".replace(",", " ").replace(".", ","),
              _euro(minutes * 0.006)),
             ("SIP trunking, inbound minutes", f"{r.randint(1000, 9999)} {r.randint(100, 999)},"
              f"{r.randint(0, 99):02d}", _euro(r.randint(2000, 90000) / 100)),
             ("SMS outbound", f"{r.randint(1, 99)} {r.randint(100, 999)}",
              _euro(r.randint(1000, 50000) / 100)),
             ("E911 registrations", str(len(d.numbers)), _euro(len(d.numbers) * 1.5)))
    y = s.table(44, y + 18, ("Usage", "Quantity", "Amount (USD)"), usage, (260, 150, 110),
                size=8.5, align=("left", "right", "right"))
    s.text(44, y + 10, "Total due (USD)", 10, bold=True)
    s.text(W - 44, y + 10, _euro(r.randint(50000, 900000) / 100), 10, bold=True,
           align="right")
    with s.roled("help"):
        s.lines(40, y + 36, [f"{label}: {number}" for label, number in d.carrier.help_lines], 8)
    s.text(40, y + 64, "Remit to: " + ", ".join(d.carrier.remit) + f" \u00b7 {d.carrier.domain}",
           7.5, color=GREY)


@family("critical_hub_es", carrier="critical_hub", region="CHN", lang="es", lines=(2, 5),
        dialed=0, person_share=0.5,
        account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 6)}",
        modelled_on="facturas de Critical Hub Networks en español (Puerto Rico, internet y voz): "
        "'Líneas: 787-555-0100, -0101 y 0105' con el código de área y el intercambio una sola "
        "vez; una nota de bienvenida que nombra a la compañía de la que se portaron los números "
        "y su teléfono; un aviso del 9-1-1",
        accent="#C8102E", font="DejaVuSans")
def critical_hub_es(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    meses = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")
    s.wordmark(40, 50, "Critical Hub Networks", 18, "#C8102E")
    s.text(40, 64, "Internet y voz empresarial \u00b7 San Juan, Puerto Rico", 7.5, color=GREY)
    facts = (("Número de cuenta", d.printed_account),
             ("Fecha de factura", f"{day.day} de {meses[day.month - 1]} de {day.year}"),
             ("Total a pagar", money(r, 80, 600)),
             ("Fecha de vencimiento", f"{(day + timedelta(days=20)).day} de "
              f"{meses[(day + timedelta(days=20)).month - 1]}"))
    for i, (label, value) in enumerate(facts):
        s.text(340, 84 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 84 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.text(44, 190, "Dirección de servicio:", 8.5, bold=True, color=s.accent)
    s.text(150, 190, ", ".join(address_lines(d.service)), 8.5)
    s.mark("service", address_key(d.service))
    s.text(44, 204, "Número principal (facturación):", 8.5, bold=True, color=s.accent)
    s.text(200, 204, phone(d.real_btn, "dash"), 8.5)
    s.mark("btn", d.real_btn)
    tails = [n[-4:] for n in d.numbers[1:]]
    listed = phone(d.numbers[0], "dash")
    if len(tails) > 1:
        listed += ", " + ", ".join(f"-{t}" for t in tails[:-1])
    listed += f" y {tails[-1]}"
    s.text(44, 218, f"Líneas: {listed}", 8.5)
    for n in d.numbers:
        s.mark("number", n)
    s.band(234, 16, LIGHT)
    s.text(44, 245, "Cargos del mes", 9.5, bold=True, color=s.accent)
    rows = [("Internet dedicado 100 Mbps", money(r, 150, 400)),
            (f"Líneas de voz ({len(d.numbers)})", money(r, 30, 120)),
            ("Cargo 9-1-1", money(r, 1, 5)), ("IVU", money(r, 5, 40))]
    y = s.table(44, 266, ("Descripción", "Cantidad"), rows, (380, 140), size=8.5,
                align=("left", "right"))
    old = outside(d, "787")
    with s.roled("help"):
        s.box(40, y + 8, W - 80, 56, fill=HexColor("#FBEAEC"))
        s.lines(50, y + 24, [
            "¡Bienvenido a Critical Hub Networks! Sus números fueron portados desde Liberty.",
            f"Para preguntas sobre su cuenta anterior, llame a Liberty al {phone(old, 'dash')}.",
            "El servicio 9-1-1 lo provee el Negociado de Sistemas de Emergencias 9-1-1 de "
            "Puerto Rico."], 7.5)
        s.lines(40, y + 84, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                8)
    remit_stub(s, d, y=640, lang="es")
