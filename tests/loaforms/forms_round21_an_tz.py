"""Round 21 (held back), Andalusia and Tanzania: a Seville provider's partly fillable solicitud de
portabilidad in Spanish (Acrobat's Spanish names 'Campo de texto N' and 'Casilla de verificación
N', one 'DomicilioFiscal' holding the installation address, the CIF / NIF not ours, a Provincia
drop-down, a five-cell C.P. comb; on paper a sentence of blanks 'D./Dña. ____, con DNI / NIE ____
(not ours), en calidad de ____ de ____', Total / Parcial ticks, numbers 1-12 printed across four
columns, a line for the numbering that stays, dd / mm / aaaa boxes, the receiving operator's
panel not ours, 'En ____ (not ours), a __ de ______ de 20__' with the month in words and the
year's last two digits, Firma over 'Fdo.:', the receiving operator's signature not ours); and a
Dar es Salaam operator's paper bilingual Swahili / English number portability form (captions
under every line in both languages, TIN, NIDA number and P.O. Box not ours, Mkoa / Region,
Binafsi / Kampuni ticks, 'Na. | Namba ya simu / Mobile number | Mtumiaji / Line user | SIM mpya /
New SIM serial' rows 1-10 whose last two columns are not ours, a preferred date DD / MM / YYYY
boxes, signature, name, Cheo / Designation and date under their lines, a witness and a company
stamp not ours). Truth from the drawn page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import (
    Gap,
    date_parts,
    letterhead,
    numbered_slots,
    numbers_table,
    sentence,
    widget_above,
)
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round14_kit import office_panel, witness_line
from tests.loaforms.round15_kit import two_tongues
from tests.loaforms.round17_kit import bi_under

Built = tuple[bytes, dict[str, Any]]
W, H = float(A4[0]), float(A4[1])
_PROVINCIAS = ["Almería", "Cádiz", "Córdoba", "Granada", "Huelva", "Jaén", "Málaga", "Sevilla"]


def _an_widgets(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "1. DATOS DEL TITULAR DE LA LÍNEA", 8.5)
    y -= 16
    s.checkbox("Casilla de verificación 1", 40, y, "check:residential", "Particular")
    s.checkbox("Casilla de verificación 2", 130, y, "check:business", "Empresa / autónomo")
    y -= 30
    widget_above(s, "Nombre y apellidos o razón social", "Campo de texto 1", 40, y, 340,
                 "account_name")
    widget_above(s, "CIF / NIF", "Campo de texto 2", 392, y, W - 432, None)
    y -= 30
    widget_above(s, "Domicilio de instalación de la línea", "DomicilioFiscal", 40, y, W - 80,
                 "street")
    y -= 30
    widget_above(s, "Localidad", "Campo de texto 4", 40, y, 200, "city")
    s.text(252, y + 18, "Provincia", 7.5, bold=True)
    choice_widget(s, "Lista desplegable 1", 252, y, 90, _PROVINCIAS, "state")
    s.text(354, y + 18, "C.P.", 7.5, bold=True)
    comb_widget(s, "Campo de texto 5", 354, y, 5, "postal_code", what="C.P.")
    y -= 30
    widget_above(s, "Teléfono de contacto", "Campo de texto 6", 40, y, 160, "contact_phone")
    widget_above(s, "Correo electrónico", "Campo de texto 7", 212, y, W - 252, "contact_email")
    y -= 30
    widget_above(s, "Operador donante (actual)", "Campo de texto 8", 40, y, 200, "carrier")
    widget_above(s, "Nº de cliente en el operador donante", "Campo de texto 9", 252, y, 160,
                 "account_number")
    widget_above(s, "Número de cabecera", "Campo de texto 10", 424, y, W - 464, "btn")
    return y - 22


def _an_paper(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "2. SOLICITUD (a rellenar a mano)", 8.5)
    y = sentence(s, 40, y - 20, [
        "D./Dña.", Gap(150, "authorized_name", "nombre del firmante"), ", con DNI / NIE",
        Gap(80, None, "DNI / NIE"), ", en calidad de", Gap(100, "authorized_title", "cargo"),
        "de", Gap(200, "account_name", "titular"),
        "solicita a Guadalvía Telecom, S.L. la portabilidad de los números siguientes:"],
        size=8.5, right=W - 40) - 20
    s.tick(40, y, "check:full_port", "Total (todos los números del titular)")
    s.tick(260, y, "check:partial_port", "Parcial (sólo los números indicados)")
    y -= 24
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=4, rows=3, col_w=(W - 80) / 4, down=False, row_h=18)
    y -= 3 * 18 + 4
    s.text(40, y, "Numeración que permanece en el operador donante:", 8)
    s.line_under(236, y - 2, W - 40, "remaining_numbers", "numeración que permanece")
    y -= 24
    s.text(40, y + 4, "Fecha deseada de portabilidad", 8)
    date_parts(s, 170, y, [("dd", 22, "requested_day"), ("mm", 22, "requested_month"),
                           ("aaaa", 40, "requested_year")])
    return y - 26


def an_partly_fillable() -> Built:
    s = a4("r21-an-solicitud-portabilidad-partly", "ES", "es", ["r21-an", "r21-an-home"],
           "Partly fillable (Seville provider, Spanish). Widgets with labels above: Acrobat's "
           "'Campo de texto N' / 'Casilla de verificación 1' Particular / 2 Empresa; "
           "'DomicilioFiscal' holds the installation address; CIF / NIF not ours; Provincia "
           "drop-down; C.P. comb (5); contact phone and e-mail; operador donante, nº de cliente, "
           "número de cabecera. On paper: 'D./Dña. __ con DNI / NIE __ (not ours) en calidad de "
           "__ de __'; Total / Parcial ticks; numbers 1-12 across four columns; numbering that "
           "stays; requested date dd / mm / aaaa boxes; the receiving operator's panel not "
           "ours; 'En __ (not ours), a __ de ____ de 20__' (month in words, year2); firma and "
           "'Fdo.:'; the receiving operator's signature not ours.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W - 40, H - 40, ["Guadalvía Telecom, S.L.", "C/ Luis Montoto 107, 41007 "
                                   "Sevilla", "Atención al cliente 954 555 100"])
    s.text(40, H - 48, "SOLICITUD DE PORTABILIDAD", 14, bold=True)
    s.text(40, H - 62, "de numeración fija", 9)
    y = _an_widgets(s, H - 86)
    y = _an_paper(s, y)
    office_panel(s, 40, y - 36, W - 80, "A RELLENAR POR EL OPERADOR RECEPTOR",
                 ["Código de operador", "Nº de solicitud", "Ventana de cambio"])
    y -= 66
    s.text(40, y, "En", 9)
    s.blank("", 54, y, 160, None)
    s.text(164, y, ", a", 9)
    s.blank("", 176, y, 200, "date_signed_day")
    s.text(204, y, "de", 9)
    s.blank("", 216, y, 300, "date_signed_month")
    s.text(304, y, "de 20", 9)
    s.blank("", 328, y, 350, "date_signed_year2")
    y -= 52
    s.sign_line("Firma del titular", 40, y, 260, label_below=True)
    witness_line(s, "Firma y sello del operador receptor", 310, y, W - 40)
    y -= 30
    s.blank("Fdo.:", 40, y, 260, "authorized_name")
    s.footer("GT-SP-03  Ley 11/2022 General de Telecomunicaciones")
    return s.build()


def _tz_customer(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "SEHEMU A / PART A - TAARIFA ZA MTEJA / CUSTOMER DETAILS", 8.5)
    y -= 18
    s.text(40, y + 1, "Aina ya mteja / Customer type:", 8)
    s.tick(180, y, "check:residential", "Binafsi / Individual")
    s.tick(300, y, "check:business", "Kampuni / Company")
    y -= 26
    bi_under(s, "Jina kamili au jina la kampuni", "Full name or company name", 40, y, 360,
             "account_name")
    bi_under(s, "Namba ya TIN", "TIN", 372, y, W - 40, None)
    y -= 28
    bi_under(s, "Namba ya NIDA", "National ID no.", 40, y, 200, None)
    bi_under(s, "Mtaa na namba ya kiwanja", "Street and plot", 212, y, W - 40, "street")
    y -= 28
    bi_under(s, "Mji", "City / town", 40, y, 180, "city")
    bi_under(s, "Mkoa", "Region", 192, y, 320, "state")
    bi_under(s, "Postikodi", "Postcode", 332, y, 420, "postal_code")
    bi_under(s, "Sanduku la Posta", "P.O. Box", 432, y, W - 40, None)
    y -= 28
    bi_under(s, "Simu ya mawasiliano", "Contact phone", 40, y, 240, "contact_phone")
    bi_under(s, "Barua pepe", "E-mail", 252, y, W - 40, "contact_email")
    y -= 30
    s.band(40, y, W - 80, "SEHEMU B / PART B - MTOA HUDUMA WA SASA / CURRENT OPERATOR", 8.5)
    y -= 26
    bi_under(s, "Mtoa huduma wa sasa", "Current operator", 40, y, 240, "carrier")
    bi_under(s, "Namba ya akaunti", "Account number", 252, y, 420, "account_number")
    bi_under(s, "Namba kuu", "Main number", 432, y, W - 40, "btn")
    return y - 30


def _tz_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "SEHEMU C / PART C - NAMBA ZA KUHAMISHA / NUMBERS TO PORT", 8.5)
    y -= 18
    s.tick(40, y, "check:full_port", "Namba zote / All numbers")
    s.tick(220, y, "check:partial_port", "Baadhi tu / Only those listed")
    slots = s.slot_group(ordered=True)
    cols: list[tuple[str, float, str | None, bool]] = [
        ("Namba ya simu / Mobile number", 170, "number", False),
        ("Mtumiaji / Line user", 150, None, False),
        ("SIM mpya / New SIM serial", W - 80 - 24 - 320, None, False)]
    y = numbers_table(s, slots, 40, y - 8, cols, rows=10, row_h=16, head="Na.") - 26
    bi_under(s, "Namba zitakazobaki kwa mtoa huduma wa sasa", "Numbers staying with the "
             "current operator", 40, y, W - 40, "remaining_numbers")
    y -= 30
    end = two_tongues(s, 40, y + 4, "Tarehe inayopendekezwa", "Preferred date", size=8)
    date_parts(s, end + 4, y, [("DD", 22, "requested_day"), ("MM", 22, "requested_month"),
                               ("YYYY", 40, "requested_year")])
    return y - 28


def tz_bilingual_paper() -> Built:
    s = a4("r21-tz-fomu-kuhamisha-namba-paper", "TZ", "sw", ["r21-tz", "r21-tz-partial"],
           "Paper (Dar es Salaam mobile operator), Swahili with English after a slash. "
           "Captions under every line in both languages; Binafsi / Kampuni ticks; TIN, NIDA "
           "number and P.O. Box not ours; street and plot, Mji, Mkoa / Region, Postikodi; "
           "current operator, account, main number; Namba zote / Baadhi tu ticks; 'Na. | "
           "Mobile number | Line user | New SIM serial' rows 1-10 whose last two columns are "
           "not ours; a line for numbers staying; preferred date DD / MM / YYYY boxes; "
           "signature, name, Cheo / Designation and date (DD/MM/YYYY) under their lines; a "
           "witness's signature and name and a company stamp box not ours.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W - 40, H - 40, ["Pwani Mobile Tanzania Limited", "Plot 18, Bagamoyo Road, "
                                   "Dar es Salaam", "Huduma kwa wateja 0754 555 100"])
    s.text(40, H - 46, "FOMU YA KUHAMISHA NAMBA", 13, bold=True)
    s.text(40, H - 60, "Number portability request form", 9)
    y = _tz_customer(s, H - 84)
    y = _tz_numbers(s, y)
    s.band(40, y, W - 80, "SEHEMU D / PART D - IDHINI / AUTHORISATION", 8.5)
    y = s.para(40, y - 16, "Ninaidhinisha Pwani Mobile kuhamisha namba zilizoorodheshwa hapo "
               "juu. / I authorise Pwani Mobile to port the numbers listed above from my "
               "current operator.", W - 80, 7.5) - 24
    s.rule(40, y, 220)
    two_tongues(s, 40, y - 9, "Sahihi", "Signature", size=6.5)
    s._place((40, y - 3, 220, y + 30), "signature", what="Sahihi / Signature")
    bi_under(s, "Tarehe (DD/MM/YYYY)", "Date", 232, y, 330, "date_signed")
    s.box(430, y - 30, W - 470, 56, None, "Muhuri / Company stamp")
    two_tongues(s, 433, y + 18, "Muhuri", "Company stamp", size=6.5)
    y -= 30
    bi_under(s, "Jina", "Name", 40, y, 220, "authorized_name")
    bi_under(s, "Cheo", "Designation", 232, y, 410, "authorized_title")
    y -= 40
    witness_line(s, "Sahihi ya shahidi / Witness signature", 40, y, 220)
    bi_under(s, "Jina la shahidi", "Witness name", 232, y, 410, None)
    s.footer("PMT-MNP-01  TCRA number portability")
    return s.build()


FORMS = {"r21-an-solicitud-portabilidad-partly": an_partly_fillable,
         "r21-tz-fomu-kuhamisha-namba-paper": tz_bilingual_paper}
