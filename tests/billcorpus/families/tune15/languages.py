"""Open tuning split tune15: Téléphone Drummond (Québec, in French) and Neptuno Networks (Puerto
Rico, in Spanish).

Drummond's statement carries a 'Comment lire votre facture' panel whose sample values (an account
number of the same shape, '819 555-01XX', a made-up name and street) are help, never the
customer's; its usage lines hold amounts and counts built from the customer's own digits
('8 195,55 $', '5550142 impulsions'), which look like values a case needs and are not.
Neptuno's e-bill was made from a template: a covered old service address and phone number sit
under a white box, and the template's sample account number is drawn white on white; only what the
page shows counts. Its summary table has narrow cells: the holder's name over two or three lines,
the address broken mid-street, the number broken after its area code.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, csz, date_text, digits, money, phone
from tests.billcorpus.people import person_name, us_address
from tests.billcorpus.truth import Draft, address_key

_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")


def _drummond_account(r: object) -> str:
    import random

    assert isinstance(r, random.Random)
    return f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 2)}"


@family("drummond_guide", carrier="drummond", country="CA", lang="fr", region="DRUM",
        lines=(1, 4), dialed=6, person_share=0.5,
        account=lambda r, c, b: _drummond_account(r),
        modelled_on="factures de Téléphone Drummond (Centre-du-Québec): un encadré « Comment "
        "lire votre facture » aux valeurs d'exemple inventées (numéro de compte de même forme, "
        "« 819 555-01XX », nom et rue fictifs), des montants et des compteurs faits des chiffres "
        "du client à côté des vraies valeurs", accent="#00693E", font="DejaVuSans")
def drummond_guide(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    s.wordmark(40, 46, "Téléphone Drummond", 18, "#00693E")
    s.text(40, 62, "Votre facture mensuelle", 10, bold=True)
    rows = (("Numéro de compte", d.printed_account),
            (r.choice(("Date de facturation", "Date de la facture")),
             date_text(d.statement_date, r.choice(("fr", "fr_abbr")))),
            ("Montant à payer", money(r, 30, 300, fr=True)))
    s.box(322, 26, 254, 50, fill=LIGHT)
    for i, (lab, value) in enumerate(rows):
        s.text(330, 40 + i * 12, lab, 7.5)
        s.text(570, 40 + i * 12, value, 8, bold=i == 0, align="right")
    mailing_block(s, d, 50, 110, 9.5)
    s.text(40, 190, "Adresse de service", 9, bold=True, color=s.accent)
    s.lines(40, 203, [d.service.line1, *([d.service.line2] if d.service.line2 else []),
                      csz(d.service, fr=True)], 9)
    s.mark("service", address_key(d.service))
    s.text(330, 190, "Numéro de téléphone principal", 9, bold=True, color=s.accent)
    s.text(330, 203, phone(d.real_btn, "space"), 9)
    s.mark("btn", d.real_btn)
    # the guide: made-up values in the account's own shapes (help, never the customer's)
    sample_account = d.printed_account
    while sample_account == d.printed_account:
        sample_account = _drummond_account(r)
    sample_line = d.pool.one(d.customer.npa)
    d.dialed.append(sample_line)
    s.box(322, 224, 254, 74, stroke=GREY)
    with s.roled("help"):
        s.text(330, 236, "Comment lire votre facture", 8.5, bold=True, color=s.accent)
        s.lines(330, 248, [f"1  Votre numéro de compte ressemble à ceci : {sample_account}",
                           f"2  Exemple de ligne : {phone(sample_line, 'space')}",
                           "3  Exemple de titulaire : Jean Exemple, 123, rue Principale",
                           "4  Inscrivez les 9 chiffres de votre compte sur votre chèque."],
                6.8, leading=10.5)
    # look-alikes: an amount, a count and a date made of the customer's own digits
    t = d.real_btn[-10:]
    y = 316.0
    s.text(40, y, "Vos services", 10, bold=True, color=s.accent)
    y += 14
    for n in d.numbers:
        s.text(44, y, phone(n, "space"), 8.5)
        s.text(170, y, r.choice(("Ligne résidentielle", "Ligne d'affaires", "Afficheur")), 8)
        s.text(W - 44, y, money(r, 15, 45, fr=True), 8, align="right")
        y += 12
    y += 8
    for lab, value in (("Paiement reçu, merci", f"{t[0]} {t[1:3]}5,55 $"),
                       (f"Interurbain : {t[3:]} impulsions", money(r, 1, 20, fr=True)),
                       (f"Crédit promotionnel (réf. {t[6:8]}/{t[3:5]}/{t[8:]})",
                        f"-{money(r, 1, 9, fr=True)}"),
                       ("Frais 911 (Québec)", money(r, 0, 1, fr=True)),
                       ("TPS", money(r, 1, 12, fr=True)), ("TVQ", money(r, 1, 20, fr=True))):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, value, 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 14, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5,
               color=GREY)
    notices(s, d, 40, y + 32, count=2, lang="fr", size=7)
    remit_stub(s, d, y=630, lang="fr")


def _cell(s: Sheet, x: float, y: float, parts: list[str], size: float = 7.5) -> float:
    """A narrow table cell: the value broken over lines, drawn one after the other."""
    for i, part in enumerate(parts):
        s.text(x, y + i * 9, part, size)
    return y + len(parts) * 9


def _wrap(text: str, width: int) -> list[str]:
    """Break at spaces so each piece is at most about `width` characters (a cell's wrap)."""
    out: list[str] = []
    for word in text.split():
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    return out


@family("neptuno_template", carrier="neptuno", lang="es", region="PR", lines=(1, 4), dialed=6,
        person_share=0.0, account=lambda r, c, b: f"NPT{digits(r, 8)}",
        modelled_on="facturas electrónicas de Neptuno Networks (Puerto Rico), en español, "
        "hechas de una plantilla: una dirección y un teléfono antiguos tapados por un recuadro "
        "blanco, el número de cuenta de muestra de la plantilla en blanco sobre blanco, y un "
        "resumen de celdas estrechas (el nombre en dos o tres renglones, la dirección partida, "
        "el número partido tras el código de área)", accent="#0A6FB5", font="DejaVuSans")
def neptuno_template(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    sd = d.statement_date
    s.wordmark(40, 46, "Neptuno Networks", 20, "#0A6FB5")
    s.text(40, 62, f"Factura de {_MESES[sd.month - 1]} de {sd.year}", 11, bold=True)
    fecha = f"{sd.day} de {_MESES[sd.month - 1]} de {sd.year}"
    # the template's sample account, white on white: in the text layer, not on the page
    sample = f"NPT{digits(r, 8)}"
    s.c.setFillColor(HexColor("#FFFFFF"))
    s.c.setFont("Helvetica", 8)
    s.c.drawString(330, H - 30, f"Cuenta {sample}")
    s.c.setFillColor(HexColor("#000000"))
    facts = (("Número de cuenta", d.printed_account), ("Fecha de emisión", fecha),
             ("Total a pagar", money(r, 80, 900)))
    s.box(322, 34, 254, 48, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(330, 48 + i * 12, lab, 8)
        s.text(570, 48 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 50, 112, 9.5)
    # a covered old address and number: drawn, then a white box over them
    old = us_address(r, (d.service.city, "PR", d.service.postal_code[:3], d.customer.npa))
    old_line = d.pool.one(d.customer.npa)
    d.dialed.append(old_line)
    s.c.setFont("Helvetica", 9)
    for i, row in enumerate([*address_lines(old), phone(old_line, "paren")]):
        s.c.drawString(330, H - (128 + i * 12), row)
    s.box(326, 116, 250, 54, fill=HexColor("#FFFFFF"))
    s.text(40, 196, "Resumen de la cuenta", 10, bold=True, color=s.accent)
    heads = (("Titular", 40), ("Dirección de servicio", 150), ("Teléfono principal", 290),
             ("Cuenta", 380), ("Cargos", 500))
    s.box(38, 202, W - 76, 12, fill=LIGHT)
    for head, x in heads:
        s.text(x, 211, head, 7.5, bold=True)
    y0 = 226.0
    ends = [_cell(s, 40, y0, _wrap(d.name, r.choice((12, 16)))),
            _cell(s, 150, y0, [*_wrap(d.service.line1, 14),
                               *([d.service.line2] if d.service.line2 else []),
                               csz(d.service)]),
            _cell(s, 290, y0, [f"({d.real_btn[2:5]})", f"{d.real_btn[5:8]}-{d.real_btn[8:]}"]),
            _cell(s, 380, y0, [d.printed_account]),
            _cell(s, 500, y0, [money(r, 80, 900)])]
    s.mark("service", address_key(d.service))
    s.mark("btn", d.real_btn)
    s.mark("number", d.real_btn)
    y = max(ends) + 16
    s.text(40, y, "Servicios de voz", 10, bold=True, color=s.accent)
    y += 14
    for n in d.numbers:
        s.text(44, y, phone(n, "paren"), 8.5)
        s.text(190, y, r.choice(("Línea comercial", "Troncal SIP", "Línea de fax")), 8)
        s.text(W - 44, y, money(r, 15, 60), 8, align="right")
        y += 12
    y += 8
    for lab in ("Internet por fibra 200 Mbps", "IVU estatal", "IVU municipal",
                "Cargo federal (USF)"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 1, 300), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 16, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    s.text(40, y + 32, f"Contacto autorizado: {person_name(r)}", 7.5, color=GREY)
    remit_stub(s, d, y=630, lang="es")
