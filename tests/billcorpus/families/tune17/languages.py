"""Open tuning split tune17: Téléphone de Warwick (Québec, in French) and Valley Telephone
Cooperative (South Texas, in Spanish).

Téléphone de Warwick's statement is stamped 'COPIE' across the page by a diagonal watermark that
crosses the values under it (in the text layer, between them); the unit is written before the
street the Canadian way ('12-345, rue Principale') or as 'app. 5' / 'bureau 210'; the holder may
be an estate ('Succession de ...') or a company with 'ltée', with an 'a/s' (care of) line on the
envelope; beside the account sit tax registrations (TPS/TVH, TVQ: ten digits), a CRTC number and
a ten-digit customer number that reads like a local telephone number.
Valley's statement is in Spanish: the lines are named in sentences ('sus líneas (956) 555-0133,
555-0134 y 555-0140', the area code said once) with non-breaking spaces, non-breaking hyphens,
figure dashes and minus signs inside the numbers and a soft hyphen where a word is cut, and the copy
is the one the member kept: a number circled in pen, a tick by the total, a handwritten note
naming another number, a sticky note over a notice.
"""

from __future__ import annotations

from datetime import timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.families.tune17.parts import (
    circle,
    handwriting,
    move_to,
    rename,
    sticky,
    tick,
    watermark,
)
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

_RUES = ("rue Principale", "rue de l'Hôtel-de-Ville", "route 116", "rang des Bouleaux",
         "rue Saint-Louis", "chemin du Lac")


def _warwick_premises(d: Draft) -> None:
    """Unit before the street ('12-345, rue Principale'), or 'app. 5' / 'bureau 210' after it."""
    r = d.rng
    old = d.customer.service
    number = r.randint(10, 2999)
    street = r.choice(_RUES)
    roll = r.random()
    if roll < 0.45:
        line1, line2 = f"{r.randint(1, 24)}-{number}, {street}", ""
    elif roll < 0.75:
        line1, line2 = f"{number}, {street}", f"app. {r.randint(1, 12)}"
    else:
        line1, line2 = f"{number}, {street}", f"bureau {r.randint(100, 320)}"
    move_to(d, Address(line1, line2, old.city, old.state, old.postal_code, "CA"))


@family("warwick_copie_fr", carrier="warwick_tel", country="CA", lang="fr", region="WRQC",
        lines=(1, 3), dialed=8, person_share=0.45,
        account=lambda r, c, b: f"{digits(r, 3)} {digits(r, 4)} {digits(r, 1)}",
        modelled_on="relevés d'une petite compagnie de téléphone du Québec du genre de Téléphone "
        "de Warwick (Centre-du-Québec), en français : un filigrane 'COPIE' en diagonale qui "
        "croise les valeurs, le numéro d'unité avant la rue ('12-345, rue Principale'), 'app.' "
        "et 'bureau', un titulaire qui est une succession ou une société 'ltée' avec une ligne "
        "'a/s' sur l'enveloppe, les numéros de TPS/TVH et de TVQ, un numéro CRTC et un numéro de "
        "client à dix chiffres", accent="#00573F", font="DejaVuSans")
def warwick_copie_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    _warwick_premises(d)
    assert d.service is not None
    attn = ""
    if d.customer.person and r.random() < 0.5:
        rename(d, f"Succession de {d.name}")
        attn = f"a/s {person_name(r)}, liquidateur"
    elif not d.customer.person:
        attn = r.choice(("a/s ", "A/S ", "À l'attention de ")) + r.choice(
            ("Comptes fournisseurs", person_name(r)))
    style = r.choice(("space", "dash", "paren"))
    when = d.statement_date
    s.wordmark(40, 46, "Téléphone de Warwick", 19, "#00573F")
    s.text(40, 60, d.carrier.legal, 7.5, color=GREY)
    s.text(W - 40, 36, "RELEVÉ DE COMPTE", 11, bold=True, align="right")
    client = d.pool.one(d.customer.npa)  # a ten-digit customer number that reads as a line
    d.help_numbers.append(client)
    facts = (("Numéro de compte", d.printed_account),
             ("Date du relevé", date_text(when, r.choice(("fr", "fr_abbr")))),
             ("Numéro de téléphone principal", phone(d.real_btn, style)),
             ("No de client", client[-10:]),
             ("Montant à payer", money(r, 40, 400, fr=True)))
    s.box(322, 50, 254, 74, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(328, 64 + i * 13, lab, 7.5)
        s.text(570, 64 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 104, 9.5, attn=attn)
    y = 182.0
    s.text(40, y, "Adresse de service", 9, bold=True, color=s.accent)
    end = s.lines(40, y + 13, address_lines(d.service, fr=True), 9)
    s.mark("service", address_key(d.service))
    s.text(322, y, "Renseignements fiscaux", 8, bold=True, color=GREY)
    s.lines(322, y + 12, [f"No TPS/TVH {digits(r, 9)} RT0001",
                          f"No TVQ {digits(r, 10)} TQ0001",
                          f"Enregistrement CRTC {r.randint(2000, 2026)}-{digits(r, 4)}"],
            7.5, color=GREY)
    y = max(end, y + 50) + 22
    s.text(40, y, "Vos services", 11, bold=True, color=s.accent)
    y += 16
    for n in d.numbers:
        s.text(44, y, phone(n, style), 8.5)
        s.text(170, y, r.choice(("Ligne d'affaires", "Ligne résidentielle", "Ligne de télécopieur")),
               8)
        s.text(W - 44, y, money(r, 20, 60, fr=True), 8.5, align="right")
        y += 12
    for lab in ("Accès Internet 50 Mbit/s", "Frais 911", "TPS", "TVQ"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 1, 80, fr=True), 8, align="right")
        y += 11
    y += 10
    with s.roled("help"):
        s.lines(40, y, [f"{lab} : {num}" for lab, num in d.carrier.help_lines], 7.5)
    notices(s, d, 40, y + 34, count=2, lang="fr", size=7)
    remit_stub(s, d, y=630, lang="fr")
    watermark(s, "COPIE", size=120)


_CALLES = ("Calle Hidalgo", "Avenida Juárez", "Calle Morelos", "FM 490", "Calle Cano",
           "Avenida Sur")


def _nb(text: str, r: object) -> str:
    """A number with unicode inside it: a no-break space, a non-breaking hyphen, a figure dash
    or a minus sign where the ASCII space or hyphen was."""
    dash = r.choice(("\u2011", "\u2012", "\u2212", "\u2013"))  # type: ignore[attr-defined]
    return text.replace(" ", "\u00a0").replace("-", dash)


@family("valley_prosa_es", carrier="valley_tel", lang="es", region="VTTX", lines=(2, 4),
        dialed=6, person_share=0.6, account=lambda r, c, b: f"{digits(r, 5)}-{digits(r, 3)}",
        modelled_on="estados de cuenta en español de una cooperativa telefónica del sur de "
        "Texas del tipo de Valley Telephone Cooperative: las líneas nombradas en frases ('sus "
        "líneas (956) 555-0133, 555-0134 y 555-0140', el código de área una vez) con espacios "
        "de no separación, guiones no separables, rayas y signos menos dentro de los números y "
        "guiones suaves en las etiquetas; la copia que guardó el socio: un número encerrado en "
        "un círculo, una palomita junto al total, una nota a mano con otro número, una nota "
        "adhesiva sobre un aviso", accent="#7A1F2B", font="DejaVuSans")
def valley_prosa_es(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    when = d.statement_date
    s.wordmark(40, 46, "Valley Telephone Cooperative", 14, "#7A1F2B")
    s.text(40, 60, "Telefonía, internet y video para el Valle", 7.5, color=GREY)
    facts = (("Número de cuenta", d.printed_account),
             ("Fecha del estado de cuenta", f"{when.day} de {_MES[when.month - 1]} de {when.year}"),
             ("Teléfono principal de la cuenta", _nb(phone(d.real_btn, "space"), r)),
             ("Total a pagar", money(r, 40, 260)))
    s.box(306, 24, 270, 60, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(312, 38 + i * 13, lab, 7.5)
        s.text(570, 38 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 104, 9.5)
    s.text(320, 112, "Dirección del servicio", 9, bold=True, color=s.accent)
    s.lines(320, 125, [a.replace(" ", "\u00a0", 1) for a in address_lines(d.service)], 9)
    s.mark("service", address_key(d.service))
    y = 196.0
    s.text(40, y, "Sus servicios", 11, bold=True, color=s.accent)
    y += 15
    npa = d.real_btn[2:5]
    rest = [n for n in d.numbers if n != d.real_btn]
    first = f"({npa}) {_nb(phone(d.real_btn, 'space')[4:], r)}"
    tail = [_nb(f"{n[5:8]}-{n[8:]}", r) for n in rest]
    spoken = first if not tail else (f"{first}, {', '.join(tail[:-1])} y {tail[-1]}"
                                     if len(tail) > 1 else f"{first} y {tail[0]}")
    sentence = (f"Su cuenta incluye {len(d.numbers)} líneas de voz: {spoken}. El cargo mensual "
                "de cada línea aparece abajo.")
    words, row = sentence.split(" "), ""
    for w in words:  # wrapped as a paragraph, a long word hyphenated at a soft hyphen
        if s.width(f"{row} {w}", 8.5) > W - 100:
            if w.isalpha() and len(w) > 6 and s.width(f"{row} {w[:4]}-", 8.5) <= W - 100:
                row, w = f"{row} {w[:4]}\u00ad", w[4:]
            s.text(44, y, row, 8.5)
            y += 11
            row = w
        else:
            row = f"{row} {w}".strip()
    s.text(44, y, row, 8.5)
    for n in d.numbers:
        s.mark("number", n)  # named in a sentence, with the area code said once
    y += 18
    circled_y = y
    for i, n in enumerate(d.numbers):
        s.text(44, y, f"Línea {i + 1} (terminación {n[-4:]})", 8.5)
        s.text(W - 44, y, money(r, 18, 35), 8.5, align="right")
        y += 12
    for lab in ("Internet 100 Mbps", "Cargo 911 de Texas", "Fondo de Servicio Universal"):
        s.text(44, y, lab, 8.5)
        s.text(W - 44, y, money(r, 1, 60), 8.5, align="right")
        y += 12
    s.text(44, y + 4, "Total", 9, bold=True)
    s.text(W - 44, y + 4, money(r, 60, 260), 9, bold=True, align="right")
    tick(s, W - 36, y + 4)
    y += 26
    with s.roled("help"):
        s.lines(40, y, [f"{lab}: {num}" for lab, num in d.carrier.help_lines], 7.5)
    s.text(40, y + 30, "Avisos", 9, bold=True)
    s.lines(44, y + 42, [
        f"Su próximo ciclo comienza el {(when + timedelta(days=1)):%d/%m}. Pague en línea en "
        f"{d.carrier.domain}.",
        "No cancele su servicio antes de que su nuevo proveedor confirme la portabilidad.",
        "Asamblea anual de socios: consulte la fecha en la oficina de la cooperativa.",
    ], 7.5)
    # the member's marks: never the cooperative's print, never proof
    circle(s, 40, circled_y - 9, 150, 11)
    other = d.pool.one(d.customer.npa)
    d.dialed.append(other)
    handwriting(s, 330, 170, f"llamar a {r.choice(('Rosa', 'Beto', 'Lupita'))} "
                f"{phone(other, 'dash')}")
    sticky(s, 300, y + 32, 150, 36, "¡pagado!")
    remit_stub(s, d, y=630, lang="es")


_MES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre")
