"""Round 28, second batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- An Andalusian paper solicitud de portabilidad: labels RIGHT of their blank in the holder's
  rows, the address in cells "Calle | Número | Piso / Puerta | C.P. | Localidad | Provincia",
  a narrow box for the holder's name (a long name must fit it), a numbers table with per-row
  columns not ours (ICCID, hora de portabilidad), "Otro: ____" beside the reason ticks (not
  ours), "Portabilidad parcial, números que se mantienen: ____" after its tick, the contact
  phone under the numbers, "En ______, a ___ de __________ de 20__" (the place not ours) and
  "Iniciales" at the foot (not ours).
- A Tuscan fillable richiesta di portabilità: a company signing through its legale
  rappresentante (P.IVA comb, codice fiscale with a validate action and the company stamp not
  ours), the address in cells "Via | Civico | CAP (comb) | Comune | Prov.", three address blocks
  (sede legale not ours, installation, fatturazione with a "come sopra" box), a ranges table
  "Dal numero | Al numero | Quantità" with "Numero di linee da portare", a fax and a recapito
  beside the numbers, date widgets formatted AFDate_FormatEx("dd/mm/yyyy").
- A Provençal mandat de portabilité, paper, two pages: the letterhead and some captions drawn
  as a picture (the blank under a caption only in the picture not ours), the RIO not ours (the
  case has none), "Portabilité partielle - numéros conservés : ____" after its tick, the
  numbers in two columns, "Fait le ___ __________ 20__", "Paraphe" at each page's foot, and
  page 2 the same fields twice one under the other ("Exemplaire client" / "Exemplaire
  opérateur"), the operator's representative signing not ours.
- A Zealand fillable anmodning om nummerflytning, every caption Danish / English after a slash
  (the English in italics) or only under the blank in English, a provider drop-down ("TDC",
  "Telia": the case's carrier in another spelling), a service-type list box (not in the case),
  numbers in widgets of /MaxLen 8 (the eight digits fit, "+45 ..." does not), the CVR number in
  a comb not ours, per-row columns for a SIM card and a porting time not ours, a read-only
  reference, a date widget formatted AFDate_FormatEx("dd-mm-yyyy") and a signature widget-less.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import a4
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import witness_line
from tests.loaforms.round26_kit import hint, tick_left
from tests.loaforms.round28_kit import bi, cell, choice, finish, picture, ranges, span, tf

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def _right_label(s: Any, x: float, y: float, x1: float, fld: str | None, label: str) -> None:
    """A line with its label printed after it, to its RIGHT."""
    s.line_under(x, y, x1, fld, label)
    s.text(x1 + 4, y + 2, label, 8)


def and_right_labels_paper() -> Built:
    s = a4("r28-and-right-labels-paper", "ES", "es", ["r28-and", "r28-and-partial"],
           "Paper, Andalusian solicitud. Holder's rows with labels right of their lines; "
           "narrow name box; address cells Calle | Número | Piso/Puerta (one street) | C.P. | "
           "Localidad | Provincia; business/residential ticks; reason ticks with 'Otro: ____' "
           "(not ours); full / partial ticks, 'números que se mantienen: ____' after partial; "
           "numbers table Nº | Número | ICCID (not ours) | Hora de portabilidad (not ours); "
           "contact phone under it; 'En ____, a __ de ______ de 20__' (place not ours); "
           "signature line; Iniciales at the foot (not ours).")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Guadalinfo Telecom S.L.", "Avenida de la Constitución 20, "
                                     "41004 Sevilla", "Atención al cliente 954 555 000"])
    s.text(40, H4 - 46, "Solicitud de portabilidad fija", 14, bold=True)
    s.text(40, H4 - 60, "Rellene en MAYÚSCULAS. El nombre debe coincidir con el de la factura.",
           7.5)
    y = H4 - 92
    s.box(40, y - 4, 190, 18, "account_name", "nombre / razón social (narrow box)")
    s.text(236, y + 2, "Nombre y apellidos / Razón social", 8)
    _right_label(s, 390, y - 2, 480, None, "NIF / CIF")
    y -= 26
    _right_label(s, 40, y, 190, "account_number", "Nº de cliente")
    _right_label(s, 260, y, 380, "btn", "Teléfono principal")
    y -= 24
    _right_label(s, 40, y, 190, "carrier", "Operador donante")
    _right_label(s, 260, y, 380, "contact_email", "Correo electrónico")
    y -= 20
    x: float = s.text(40, y, "Cliente:", 8.5) + 8
    x = tick_left(s, x, y - 1, "check:business", "Empresa")
    tick_left(s, x, y - 1, "check:residential", "Particular")
    y -= 36
    cells = (("Calle", 190, None), ("Número", 44, None), ("Piso / Puerta", 60, None),
             ("C.P.", 50, "postal_code"), ("Localidad", 95, "city"), ("Provincia", 76, "state"))
    cx = 40.0
    for head, w, fld in cells:
        s.frame(cx, y, w, 26)
        s.text(cx + 2, y + 19, head, 6.5)
        s._place((cx + 1, y + 1, cx + w - 1, y + 17), fld, what=head)
        cx += w
    moved = [s.places.pop() for _ in range(3)]
    span(s, 3, "street", "Calle | Número | Piso / Puerta")
    s.places.extend(reversed(moved))
    y -= 20
    x = s.text(40, y, "Motivo:", 8.5) + 8
    x = tick_left(s, x, y - 1, None, "Mejor tarifa")
    x = tick_left(s, x, y - 1, None, "Cobertura")
    x = tick_left(s, x, y - 1, None, "Otro:")
    s.line_under(x - 10, y - 2, W4 - 40, None, "otro motivo")
    y -= 20
    x = tick_left(s, 40, y - 1, "check:full_port", "Portabilidad total")
    tick_left(s, x, y - 1, "check:partial_port", "Portabilidad parcial, números que se "
              "mantienen:")
    s.line_under(390, y - 2, W4 - 40, "remaining_numbers", "números que se mantienen")
    y -= 24
    slots = s.slot_group(ordered=True)
    heads = (("Nº", 24), ("Número a portar", 140), ("ICCID (sólo móvil)", 170),
             ("Hora de portabilidad", 120))
    cx = 40
    for head, w in heads:
        s.frame(cx, y - 16, w, 16)
        s.text(cx + 2, y - 11, head, 7, bold=True)
        cx += w
    for r in range(8):
        ry = y - 16 * (r + 2)
        cx = 40
        for k, (head, w) in enumerate(heads):
            s.frame(cx, ry, w, 16)
            if k == 0:
                s.text(cx + 6, ry + 5, str(r + 1), 7.5)
            elif k == 1:
                s.slot(slots, (cx + 1, ry + 1, cx + w - 1, ry + 15), f"row {r + 1}")
            else:
                s._place((cx + 1, ry + 1, cx + w - 1, ry + 15), None, what=f"{head} {r + 1}")
            cx += w
    y -= 16 * 9 + 18
    _right_label(s, 40, y, 190, "contact_phone", "Teléfono de contacto (no se porta)")
    _right_label(s, 360, y, 440, "requested_date", "Fecha deseada")
    hint(s, 362, y - 8, "dd/mm/aaaa")
    y -= 26
    y = s.para(40, y, "El abonado solicita causar baja en el operador donante y mantener su "
               "numeración, y autoriza a Guadalinfo Telecom S.L. a tramitar la portabilidad en "
               "su nombre.", W4 - 80, 7.5) - 12
    x = s.text(40, y, "En", 9) + 4
    s.line_under(x, y - 2, x + 110, None, "lugar de firma")
    x = s.text(x + 114, y, ", a", 9) + 4
    s.line_under(x, y - 2, x + 28, "date_signed_day", "día")
    x = s.text(x + 32, y, "de", 9) + 4
    s.line_under(x, y - 2, x + 90, "date_signed_month", "mes en letra")
    x = s.text(x + 94, y, "de 20", 9) + 1
    s.line_under(x, y - 2, x + 20, "date_signed_year2", "año (dos cifras)")
    y -= 44
    s.sign_line("Firma del abonado", 40, y, 260, label_below=True)
    s.line_under(300, y, W4 - 40, "authorized_name", "nombre del firmante")
    s.text(300, y - 10, "Nombre del firmante", 8)
    s.blank("Iniciales:", W4 - 140, 40, W4 - 40, None, optional=True)
    s.footer("GT-PORT-F 02/2026")
    return s.build()


def _it(s: Any, cap: str, name: str, x: float, y: float, w: float, fld: str | None,
        **kw: Any) -> dict[str, Any]:
    return cell(s, cap, "", x, y, w, 26, fld, name=name, **kw)


def tos_officer_ranges_fillable() -> Built:
    s = a4("r28-tos-officer-ranges-fillable", "IT", "it", ["r28-tos", "r28-tos-partial"],
           "Fillable Tuscan richiesta. Company through its legale rappresentante: P.IVA comb 11 "
           "and codice fiscale (validate action) not ours, timbro not ours. Sede legale block "
           "not ours (optional); installation address Via | Civico (one street) | CAP comb 5 | "
           "Comune | Prov.; fatturazione block with a 'come sopra' box (optional; the case has "
           "no billing address). Ranges table Dal | Al | Quantità (row 1 one block), 'Numero "
           "di linee da portare'; fax and recapito beside the numbers; date widgets "
           "AFDate_FormatEx dd/mm/yyyy; signature on paper.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Arno Connect S.p.A.", "Lungarno Corsini 4, 50123 "
                                     "Firenze", "Servizio clienti 055 555 0000"])
    s.text(40, H4 - 46, "Richiesta di portabilità del numero", 13, bold=True)
    s.text(40, H4 - 58, "Clienti affari - da compilare a cura del legale rappresentante", 8)
    y = H4 - 96
    _it(s, "Ragione sociale", "RS", 40, y, 300, "account_name")
    _it(s, "Partita IVA", "PIVA", 340, y, 215, None, maxlen=11, comb=True)
    y -= 30
    _it(s, "Codice fiscale del legale rappresentante", "CF", 40, y, 200, None, maxlen=16)
    _it(s, "Codice cliente", "CC", 240, y, 150, "account_number")
    _it(s, "Operatore attuale", "OP", 390, y, 165, "carrier")
    y -= 22
    s.text(40, y, "Sede legale", 8.5, bold=True)
    y -= 30
    for cap, name, x, w in (("Via", "SL1", 40, 220), ("Civico", "SL2", 260, 50),
                            ("CAP", "SL3", 310, 60), ("Comune", "SL4", 370, 140),
                            ("Prov.", "SL5", 510, 45)):
        _it(s, cap, name, x, y, w, None, optional=True)
    y -= 20
    s.text(40, y, "Indirizzo di installazione delle linee", 8.5, bold=True)
    y -= 30
    _it(s, "Via", "IN1", 40, y, 220, None)
    _it(s, "Civico", "IN2", 260, y, 50, None)
    span(s, 2, "street", "Via | Civico (two widgets)")
    _it(s, "CAP", "IN3", 310, y, 60, "postal_code", maxlen=5, comb=True)
    _it(s, "Comune", "IN4", 370, y, 140, "city")
    _it(s, "Prov.", "IN5", 510, y, 45, "state", maxlen=2)
    y -= 20
    s.text(40, y, "Indirizzo di fatturazione", 8.5, bold=True)
    s.checkbox("ComeSopra", 200, y - 2, None, "come sopra")
    s.places[-1]["optional"] = True
    y -= 30
    _it(s, "Via", "FA1", 40, y, 220, None)
    _it(s, "Civico", "FA2", 260, y, 50, None)
    span(s, 2, "billing_street", "billing Via | Civico")
    _it(s, "CAP", "FA3", 310, y, 60, "billing_postal_code", maxlen=5, comb=True)
    _it(s, "Comune", "FA4", 370, y, 140, "billing_city")
    _it(s, "Prov.", "FA5", 510, y, 45, "billing_state", maxlen=2)
    y -= 22
    s.text(40, y, "Numeri da portare (un intervallo per riga)", 8.5, bold=True)
    rows = [(f"DA{r}", f"AL{r}", f"QT{r}") for r in range(1, 5)]
    bottom = ranges(s, 40, y - 4, 4, (130, 130, 60), names=rows,
                    headers=("Dal numero", "Al numero", "Quantità"))
    s.text(380, y - 16, "Numero di linee da portare", 7.5)
    tf(s, "NL", 380, y - 34, 60, 14, "number_count")
    s.text(380, y - 52, "Recapito telefonico", 7.5)
    tf(s, "REC", 380, y - 70, 175, 14, "contact_phone")
    s.text(380, y - 88, "Fax", 7.5)
    tf(s, "FAX", 400, y - 92, 155, 14, None)
    y = bottom - 24
    s.text(40, y + 4, "Numeri che restano all'operatore attuale", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        sx = 230 + k * 165
        tf(s, f"RESTA{k + 1}", sx, y, 155, 14, None)
        s.places.pop()
        s.slot(stay, (sx, y, sx + 155, y + 14), f"resta {k + 1}", f"RESTA{k + 1}")
    y -= 32
    _it(s, "Data desiderata", "DATA1", 40, y, 120, "requested_date")
    _it(s, "Il legale rappresentante (nome e cognome)", "LR", 160, y, 230, "authorized_name")
    _it(s, "Qualifica", "QU", 390, y, 165, "authorized_title")
    y -= 16
    y = s.para(40, y, "Il sottoscritto, in qualità di legale rappresentante, chiede la "
               "portabilità dei numeri indicati e delega Arno Connect S.p.A. a richiederla "
               "all'operatore attuale.", W4 - 80, 7.5) - 34
    s.sign_line("Firma del legale rappresentante", 40, y, 260, label_below=True)
    s.box(290, y - 14, 110, 40, None, "timbro")
    s.text(294, y + 19, "Timbro della società", 6.5)
    _it(s, "Data", "DATA2", 420, y, 135, "date_signed")
    s.footer("AC-MNP-B 2026")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("dd/mm/yyyy");', "K": 'AFDate_KeystrokeEx("dd/mm/yyyy");'}
    return finish(pdf, {"DATA1": fmt, "DATA2": fmt,
                        "CF": {"V": "event.rc = /^[A-Z0-9]{16}$/.test(event.value);"},
                        "NL": {"C": 'AFSimple_Calculate("SUM", new Array("QT1", "QT2", '
                                    '"QT3", "QT4"));'}}), truth


def _copy(s: Any, y: float, title: str) -> float:
    s.band(40, y, W4 - 80, title, 9)
    y -= 24
    s.blank("Titulaire", 40, y, 320, "account_name")
    s.blank("N° de client", 330, y, W4 - 40, "account_number")
    y -= 22
    s.blank("Numéro principal", 40, y, 250, "btn")
    s.blank("Date de portage souhaitée", 260, y, W4 - 40, "requested_date")
    y -= 40
    s.sign_line("Signature du titulaire", 40, y, 260, label_below=True)
    witness_line(s, "Pour l'opérateur (nom, signature)", 300, y, W4 - 40)
    return y - 30


def prv_picture_two_copies() -> Built:
    s = a4("r28-prv-picture-two-copies", "FR", "fr", ["r28-prv", "r28-prv-partial"],
           "Paper, two pages, Provençal mandat de portabilité. Letterhead and the caption "
           "'Référence du dossier' only in a picture (its line not ours). RIO not ours (the "
           "case has none). 'Portabilité partielle - numéros conservés : ____' after its tick. "
           "Numbers in two columns 1-5 / 6-10. 'Fait le ___ ______ 20__'. Paraphe at each "
           "page's foot (not ours). Page 2: Exemplaire client and Exemplaire opérateur one "
           "under the other, both asked; operator's representative not ours.")
    s.date_formats = ["%d/%m/%Y"]
    picture(s, 40, H4 - 110, W4 - 80, 74, [
        ("CALANQUES TÉLÉCOM", 15), ("Mandat de portabilité - lignes fixes", 10),
        ("Référence du dossier :", 8)], (244, 238, 226))
    s.line_under(132, H4 - 80, 300, None, "line after a caption only in the picture")
    y = H4 - 136
    s.blank("Raison sociale / Nom du titulaire", 40, y, W4 - 40, "account_name")
    y -= 22
    s.blank("Adresse d'installation", 40, y, W4 - 40, "street")
    y -= 22
    s.blank("Code postal", 40, y, 180, "postal_code")
    s.blank("Commune", 190, y, W4 - 40, "city")
    y -= 22
    s.blank("Opérateur actuel", 40, y, 300, "carrier")
    s.blank("N° de client", 310, y, W4 - 40, "account_number")
    y -= 22
    s.blank("RIO (relevé d'identité opérateur)", 40, y, 330, None)
    hint(s, 335, y, "obtenu au 3179", 7)
    y -= 22
    s.blank("Téléphone de contact", 40, y, 300, "contact_phone")
    s.blank("Courriel", 310, y, W4 - 40, "contact_email")
    y -= 24
    x = tick_left(s, 40, y - 1, "check:full_port", "Portabilité de tous les numéros")
    tick_left(s, x, y - 1, "check:partial_port", "Portabilité partielle - numéros conservés :")
    y -= 16
    s.line_under(260, y, W4 - 40, "remaining_numbers", "numéros conservés")
    y -= 22
    s.text(40, y, "Numéros à porter", 9, bold=True)
    slots = s.slot_group(ordered=True)
    for col in range(2):
        for r in range(5):
            n = col * 5 + r + 1
            ry = y - 18 - r * 17
            x0 = 40 + col * 260
            s.text(x0, ry + 2, f"{n}.", 8)
            s.rule(x0 + 16, ry, x0 + 230)
            s.slot(slots, (x0 + 16, ry - 2, x0 + 230, ry + 12), f"numéro {n}")
    y -= 18 + 5 * 17 + 8
    s.blank("Date de portage souhaitée", 40, y, 260, "requested_date")
    hint(s, 150, y - 10, "JJ/MM/AAAA")
    y -= 26
    y = s.para(40, y, "Le titulaire donne mandat à Calanques Télécom pour effectuer en son nom "
               "la demande de portabilité et résilier l'abonnement auprès de l'opérateur "
               "actuel pour les numéros portés.", W4 - 80, 7.5) - 14
    s.blank("Nom du signataire", 40, y, 300, "authorized_name")
    s.blank("Qualité", 310, y, W4 - 40, "authorized_title")
    y -= 26
    x = s.text(40, y, "Fait le", 9) + 4
    s.line_under(x, y - 2, x + 28, "date_signed_day", "jour")
    s.line_under(x + 34, y - 2, x + 130, "date_signed_month", "mois en lettres")
    x = s.text(x + 136, y, "20", 9) + 1
    s.line_under(x, y - 2, x + 20, "date_signed_year2", "année")
    y -= 42
    s.sign_line("Signature du titulaire", 40, y, 300, label_below=True)
    s.blank("Paraphe :", W4 - 140, 40, W4 - 40, None, optional=True)
    s.footer("CT-MANDAT-03  page 1/2")
    s.next_page()
    s.text(40, H4 - 50, "Accusé du mandat (à compléter en deux exemplaires)", 12, bold=True)
    y = _copy(s, H4 - 80, "Exemplaire client")
    _copy(s, y - 10, "Exemplaire opérateur")
    s.blank("Paraphe :", W4 - 140, 40, W4 - 40, None, optional=True)
    s.footer("CT-MANDAT-03  page 2/2")
    return s.build()


def _dk(s: Any, da: str, en: str, name: str, x: float, y: float, w: float, fld: str | None,
        under: bool = False, **kw: Any) -> dict[str, Any]:
    """Danish caption / English in italics after it; or (`under`) only the English, in italics,
    under the blank."""
    if under:
        place = tf(s, name, x, y, w, 14, fld, **kw)
        s.c.setFont("Helvetica-Oblique", 6.5)
        s.c.drawString(x, y - 8, en)
        return place
    bi(s, x, y + 18, da, en, 7, under=False)
    return tf(s, name, x, y, w, 14, fld, **kw)


def dk_slash_captions_fillable() -> Built:
    s = a4("r28-dk-slash-captions-fillable", "DK", "da", ["r28-dk", "r28-dk-partial"],
           "Fillable Zealand anmodning. Captions 'Danish / English' (English italic) above the "
           "widgets, some blanks captioned only under them in English. Provider drop-down "
           "'TDC' / 'Telia' (the case's carrier spelt otherwise); service-type list box (not in "
           "the case); CVR comb 8 not ours; numbers in widgets /MaxLen 8 with per-row SIM and "
           "porting-time widgets not ours; read-only reference; business/private radio; "
           "full/partial radio; dates AFDate_FormatEx dd-mm-yyyy; signature without widget.")
    s.date_formats = ["%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Øresund Net A/S", "Havnegade 3, 4000 Roskilde",
                                     "Kundeservice 46 55 00 00"])
    s.text(40, H4 - 46, "Anmodning om nummerflytning", 14, bold=True)
    s.c.setFont("Helvetica-Oblique", 9)
    s.c.drawString(40, H4 - 58, "Request to move numbers")
    tf(s, "Ref", 40, H4 - 80, 110, 12, None, flags="readOnly", value="ØN-NF-2026")
    y = H4 - 116
    _dk(s, "Navn / firmanavn", "Name / company name", "f1", 40, y, 330, "account_name")
    _dk(s, "CVR-nr.", "Company reg. no.", "f2", 380, y, 175, None, maxlen=8, comb=True)
    y -= 34
    _dk(s, "", "Street and house number", "f3", 40, y, 250, "street", under=True)
    _dk(s, "", "Postcode", "f4", 300, y, 60, "postal_code", under=True, maxlen=4)
    _dk(s, "", "Town", "f5", 370, y, 185, "city", under=True)
    y -= 44
    bi(s, 40, y + 18, "Nuværende udbyder", "Current provider", 7, under=False)
    choice(s, "f6", 40, y, 150, ["TDC", "Telia", "Telenor", "3", "Andet"], "carrier",
           accept=["TDC", "Telia"])
    _dk(s, "Kundenummer", "Customer no.", "f7", 200, y, 150, "account_number")
    bi(s, 360, y + 18, "Tjenestetype", "Service type", 7, under=False)
    choice(s, "f8", 360, y - 26, 195, ["Fastnet", "Mobil", "IP-telefoni"], None, listbox=True)
    y -= 24
    bi(s, 40, y, "Kundetype", "Customer type", 7, under=False)
    s.radio("kt", "1", 40, y - 16, "check:business", "Erhverv / Business")
    s.radio("kt", "2", 150, y - 16, "check:residential", "Privat / Private")
    y -= 38
    bi(s, 40, y, "Omfang", "Scope", 7, under=False)
    s.radio("om", "1", 40, y - 16, "check:full_port", "Alle numre / All numbers")
    s.radio("om", "2", 170, y - 16, "check:partial_port", "Udvalgte numre / Some numbers")
    y -= 40
    bi(s, 40, y, "Numre der flyttes (8 cifre)", "Numbers to move (8 digits)", 7.5,
       under=False)
    slots = s.slot_group(ordered=True)
    heads = (("Nummer / Number", 110), ("SIM-kort / SIM card", 170),
             ("Flyttetidspunkt / Port time", 130))
    cx = 60
    for head, w in heads:
        s.text(cx, y - 14, head, 6.5, bold=True)
        cx += w + 6
    for r in range(8):
        ry = y - 32 - r * 17
        s.text(40, ry + 4, f"{r + 1}.", 8)
        tf(s, f"nr{r + 1}", 60, ry, 110, 14, None, maxlen=8)
        s.places.pop()
        s.slot(slots, (60, ry, 170, ry + 14), f"nummer {r + 1}", f"nr{r + 1}")
        tf(s, f"sim{r + 1}", 176, ry, 170, 14, None)
        tf(s, f"tid{r + 1}", 352, ry, 130, 14, None)
    y -= 32 + 8 * 17 + 10
    bi(s, 40, y, "Numre der bliver hos nuværende udbyder",
       "Numbers staying with the current provider", 7, under=False)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        sx = 40 + k * 120
        tf(s, f"bliv{k + 1}", sx, y - 20, 110, 14, None, maxlen=8)
        s.places.pop()
        s.slot(stay, (sx, y - 20, sx + 110, y - 6), f"bliver {k + 1}", f"bliv{k + 1}")
    y -= 54
    _dk(s, "Ønsket flyttedato", "Requested date", "dato1", 40, y, 110, "requested_date")
    _dk(s, "Kontakttelefon", "Contact phone", "f9", 170, y, 130, "contact_phone")
    _dk(s, "E-mail", "E-mail", "f10", 320, y, 235, "contact_email")
    y -= 24
    y = s.para(40, y, "Jeg giver Øresund Net A/S fuldmagt til at opsige mit abonnement hos min "
               "nuværende udbyder for de numre, der flyttes. / I authorise Øresund Net to end "
               "my subscription with my current provider for the numbers moved.", W4 - 80,
               7.5) - 22
    _dk(s, "Navn (blokbogstaver)", "Name (block capitals)", "f11", 40, y, 220,
        "authorized_name")
    _dk(s, "Dato", "Date", "dato2", 280, y, 100, "date_signed")
    y -= 40
    s.sign_line("Underskrift / Signature", 40, y, 330, label_below=True)
    s.footer("ØN-NF-2026")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("dd-mm-yyyy");', "K": 'AFDate_KeystrokeEx("dd-mm-yyyy");'}
    return finish(pdf, {"dato1": fmt, "dato2": fmt}), truth


FORMS = {
    "r28-and-right-labels-paper": and_right_labels_paper,
    "r28-tos-officer-ranges-fillable": tos_officer_ranges_fillable,
    "r28-prv-picture-two-copies": prv_picture_two_copies,
    "r28-dk-slash-captions-fillable": dk_slash_captions_fillable,
}
