"""Round 20, second batch (tuning material, written from the drawn page; the filler was never
run on these by their author):

- A Costa Rican paper solicitud de portabilidad numérica: the subscriber's details asked inside
  the opening sentence ("Yo, ____, cédula ____, en mi condición de ____ de ____, cédula jurídica
  ____": the two cédulas not ours), Provincia / Cantón / Distrito (the district may stay empty)
  and "Otras señas" for the address, no postcode, the operador donante and número de contrato,
  prepago / pospago ticks not ours, eight-digit numbers 1-12 numbered down three columns, lines
  for the numbers that stay, the fecha sugerida as __ / __ / ____ segments, "Firmado en ____
  (not ours), el día __ de ______ de 20__" with the month in words, firma and a SUTEL panel.
- A Jamaican fillable port request in English: widgets named the way Preview names them ("Text
  Field 12", "Check Box 3"), the TRN in a nine-cell comb not ours, the account number in a comb
  widget, Street / Town / Parish (a drop-down) and no postcode, a table "Mobile number | SIM
  serial (ICCID)" 1-10 whose SIM column is not ours, the numbers that stay in two widgets, the
  preferred date DD/MM/YYYY, a signature line without a widget and a store representative's
  line not ours.
- A Nigerian paper corporate mobile number portability request: RC number and TIN not ours,
  Office address / City / State and no postcode, the donor network and corporate account
  number, all / listed ticks, "S/N | Mobile number | SIM serial number" 1-8 on page 1 (SIM not
  ours) and an Annexure of numbers 9-48 down four columns on page 2, lines for the numbers that
  stay, dates DD/MM/YYYY, two authorised signatories (Director first: ours; Company Secretary
  second: not ours) and a company seal box not ours.
- A Guernsey partly fillable number port request in English over two pages: widgets for the
  customer (Parish is the town, a GY postcode, an island tick set that is not asked of us),
  the numbers on paper after a pre-printed "(01481)" so only the local part is written, the
  numbers that stay, the requested date, and every page signed and dated (page 1 and the terms
  page each with a signature line and a date).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import Gap, numbered_slots, numbers_table, sentence
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round9_kit import comb_widget
from tests.loaforms.round11_kit import choice_widget, seg_date
from tests.loaforms.round14_kit import office_panel, sign_block, witness_line
from tests.loaforms.round20_kit import letterhead

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER
_PARISHES = ["Kingston", "St. Andrew", "St. Catherine", "Clarendon", "Manchester",
             "St. Elizabeth", "Westmoreland", "Hanover", "St. James", "Trelawny", "St. Ann",
             "St. Mary", "Portland", "St. Thomas"]


def _names(pattern: str, first: int = 1) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(first))


def cr_portabilidad_paper() -> Built:
    s = a4("r20-cr-portabilidad-paper", "CR", "es", ["r20-cr", "r20-cr-partial"],
           "Paper, Costa Rican solicitud de portabilidad numérica. Blanks inside the opening "
           "sentence (nombre, cédula not ours, condición, razón social, cédula jurídica not "
           "ours); Provincia / Cantón / Distrito (optional) and Otras señas; no postcode; "
           "operador donante and número de contrato; prepago / pospago ticks not ours; todos / "
           "sólo ticks; numbers 1-12 down three columns; lines for the numbers that stay; fecha "
           "sugerida __ / __ / ____; 'Firmado en ____ (not ours), el día __ de ______ de "
           "20__'; firma; SUTEL / operator panel not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Pura Vida Telecom S.A.", "Paseo Colón, Torre Mercedes",
                                      "San José  -  Centro de servicio 800 555 0140"])
    s.text(40, H4 - 48, "SOLICITUD DE PORTABILIDAD NUMÉRICA", 14, bold=True)
    s.text(40, H4 - 62, "Telefonía fija  -  Operador receptor: Pura Vida Telecom S.A.", 8)
    y = H4 - 92
    s.band(40, y, W4 - 80, "1. DATOS DEL SOLICITANTE", 9)
    y = sentence(s, 40, y - 26, [
        "Yo,", Gap(170, "authorized_name", "nombre"), ", cédula de identidad",
        Gap(90, None, "cédula"), ", en mi condición de", Gap(120, "authorized_title", "condición"),
        "de la empresa", Gap(230, "account_name", "razón social"), ", cédula jurídica",
        Gap(100, None, "cédula jurídica"), ", solicito la portabilidad de los números que se "
        "indican a Pura Vida Telecom S.A."], size=8.5, right=555)
    y -= 30
    under(s, "Provincia", 40, y, 170, "state")
    under(s, "Cantón", 180, y, 330, "city")
    under(s, "Distrito", 340, y, 555, None, optional=True)
    y -= 30
    under(s, "Otras señas (dirección exacta)", 40, y, 555, "street")
    y -= 30
    under(s, "Teléfono de contacto", 40, y, 230, "contact_phone")
    under(s, "Correo electrónico", 240, y, 555, "contact_email")
    y -= 26
    s.band(40, y, W4 - 80, "2. OPERADOR DONANTE", 9)
    y -= 28
    under(s, "Operador donante", 40, y, 250, "carrier")
    under(s, "Número de contrato / cliente", 260, y, 420, "account_number")
    s.tick(430, y + 2, None, "Prepago")
    s.tick(490, y + 2, None, "Pospago")
    y -= 26
    s.band(40, y, W4 - 80, "3. NÚMEROS A PORTAR", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "Todos los números del contrato")
    s.tick(260, y, "check:partial_port", "Sólo los números indicados")
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 24, cols=3, rows=4, col_w=(W4 - 80) / 3, row_h=19)
    y -= 24 + 4 * 19 + 6
    s.text(40, y, "Números que se mantienen con el operador donante:", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 290, 1, 18, stay, "se mantiene, izquierda")
    lines(s, 305, y - 18, 555, 1, 18, stay, "se mantiene, derecha")
    y -= 42
    s.text(40, y, "Fecha sugerida de portación (dd / mm / aaaa):", 8)
    seg_date(s, 240, y, [(24, "requested_day"), (24, "requested_month"),
                         (40, "requested_year")], "fecha sugerida")
    y -= 24
    s.band(40, y, W4 - 80, "4. DECLARACIÓN Y FIRMA", 9)
    y = s.para(40, y - 18, "Declaro que soy el titular de los servicios o su representante y "
               "que la información es correcta. Autorizo al operador receptor a gestionar la "
               "portabilidad ante el operador donante. Entiendo que no debo cancelar el servicio "
               "con el operador donante antes de que la portabilidad se complete.",
               W4 - 80, 7.5) - 20
    sentence(s, 40, y, ["Firmado en", Gap(110, None, "lugar"), ", el día",
                        Gap(24, "date_signed_day", "día"), "de",
                        Gap(80, "date_signed_month", "mes"), "de 20",
                        Gap(20, "date_signed_year2", "año")], size=8.5, right=555)
    y -= 46
    sign_block(s, 40, y, [("Firma del titular o representante legal", "signature")], [260])
    office_panel(s, 40, 50, W4 - 80, "USO EXCLUSIVO DEL OPERADOR RECEPTOR",
                 ["N° de solicitud (SUTEL)", "Agente", "Ventana de portación"], h=40)
    s.footer("PVT-PN-01  rev. 2026")
    return s.build()


def jm_port_request_fillable() -> Built:
    s = letter("r20-jm-port-request-fillable", "JM", "en", ["r20-jm", "r20-jm-partial"],
               "Fillable, Jamaican port request in English. Widgets 'Text Field N' and 'Check Box "
               "N'; TRN nine-cell comb not ours; account number in a ten-cell comb; Street / Town "
               "/ Parish drop-down, no postcode; all / some checkboxes; 'Mobile number | SIM "
               "serial (ICCID)' 1-10 (SIM not ours); numbers staying in two widgets; preferred "
               "date DD/MM/YYYY; signature line without a widget, date widget; store rep's line "
               "and ID not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    t = _names("Text Field {n}", 12)
    b = _names("Check Box {n}", 3)
    letterhead(s, WL - 40, HL - 40, ["Island Mobile Jamaica Ltd.", "14 Ocean Boulevard",
                                      "Kingston  -  1-876-555-0100"])
    s.text(40, HL - 48, "NUMBER PORTABILITY REQUEST", 15, bold=True)
    s.text(40, HL - 62, "Business customers - keep your number when you move to Island Mobile",
           8.5)
    y = HL - 90
    s.band(40, y, WL - 80, "CUSTOMER DETAILS", 9)
    y -= 34
    above(s, "Registered business name (as on your current bill)", next(t), 40, y, 330,
          "account_name")
    s.text(380, y + 18, "TRN", 7.5, bold=True)
    s.frame(380, y, 144, 16)
    comb_widget(s, next(t), 380, y, 9, None, cell=16)
    y -= 30
    above(s, "Authorised person", next(t), 40, y, 200, "authorized_name")
    above(s, "Position", next(t), 250, y, 120, "authorized_title")
    above(s, "Contact number", next(t), 380, y, 192, "contact_phone")
    y -= 30
    above(s, "Street address", next(t), 40, y, 330, "street")
    above(s, "E-mail", next(t), 380, y, 192, "contact_email")
    y -= 30
    above(s, "Town / District", next(t), 40, y, 200, "city")
    s.text(250, y + 18, "Parish", 7.5, bold=True)
    choice_widget(s, next(t), 250, y, 120, _PARISHES, "state")
    y -= 26
    s.band(40, y, WL - 80, "CURRENT SERVICE PROVIDER", 9)
    y -= 34
    above(s, "Current provider", next(t), 40, y, 200, "carrier")
    s.text(250, y + 18, "Account number", 7.5, bold=True)
    s.frame(250, y, 160, 16)
    comb_widget(s, next(t), 250, y, 10, "account_number", cell=16)
    y -= 26
    s.band(40, y, WL - 80, "NUMBERS TO PORT", 9)
    y -= 18
    s.checkbox(next(b), 40, y, "check:full_port", "Port all numbers on the account")
    s.checkbox(next(b), 250, y, "check:partial_port", "Port only the numbers listed")
    slots = s.slot_group(ordered=True)
    y = numbers_table(s, slots, 40, y - 8, [("Mobile number", 200, "number", False),
                                           ("SIM serial (ICCID)", 284, None, False)],
                      rows=10, row_h=17, widgets=[next(t) for _ in range(20)])
    y -= 36
    s.text(40, y + 18, "Numbers staying with the current provider", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for x in (40, 306):
        name = next(t)
        s.widget(name, x, y, 256, 15, None)
        s.places.pop()
        s.slot(stay, (x, y, x + 256, y + 15), name, name)
    y -= 30
    above(s, "Preferred port date (DD/MM/YYYY)", next(t), 40, y, 120, "requested_date")
    y -= 24
    s.band(40, y, WL - 80, "AUTHORISATION", 9)
    y = s.para(40, y - 18, "I confirm that I am authorised to act for the account holder and "
               "I ask Island Mobile Jamaica Ltd. to port the numbers above and to end their "
               "service with my current provider when the port completes.", WL - 80, 8) - 34
    s.sign_line("Customer signature", 40, y, 300, label_below=True)
    s.widget(next(t), 320, y, 100, 15, "date_signed")
    s.text(320, y - 9, "Date (DD/MM/YYYY)", 6.5)
    y -= 44
    witness_line(s, "Island Mobile representative", 40, y, 300)
    s.widget(next(t), 320, y, 100, 15, None)
    s.text(320, y - 9, "Rep ID", 6.5)
    s.footer("IMJ-NPR-B  04/2026")
    return s.build()


def ng_corporate_mnp_paper() -> Built:
    s = a4("r20-ng-corporate-mnp-paper", "NG", "en", ["r20-ng", "r20-ng-partial"],
           "Paper, two pages, Nigerian corporate mobile number portability request. RC number "
           "and TIN not ours; office address, city, state, no postcode; donor network and "
           "corporate account number; all / listed ticks; 'S/N | Mobile number | SIM serial "
           "number' 1-8 (SIM not ours); Annexure A numbers 9-48 down four columns on page 2; "
           "lines for numbers that stay; requested date DD/MM/YYYY; two signatories: Director "
           "(ours) and Company Secretary (not ours); company seal not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Niger Delta Mobile Ltd.", "Plot 1412 Ahmadu Bello Way",
                                      "Victoria Island, Lagos  -  0700 555 0140"])
    s.text(40, H4 - 48, "CORPORATE PORT REQUEST FORM", 14, bold=True)
    s.text(40, H4 - 62, "Mobile Number Portability (MNP)  -  recipient network: Niger Delta "
           "Mobile Ltd.", 8)
    y = H4 - 90
    s.band(40, y, W4 - 80, "A. COMPANY DETAILS", 9)
    y -= 26
    s.blank("Company name (as registered with the donor network):", 40, y, 555,
            "account_name", size=8)
    y -= 22
    s.blank("RC number:", 40, y, 250, None, size=8)
    s.blank("TIN:", 260, y, 555, None, size=8)
    y -= 22
    s.blank("Office address:", 40, y, 555, "street", size=8)
    y -= 22
    s.blank("City:", 40, y, 250, "city", size=8)
    s.blank("State:", 260, y, 555, "state", size=8)
    y -= 22
    s.blank("Contact person's phone:", 40, y, 250, "contact_phone", size=8)
    s.blank("E-mail:", 260, y, 555, "contact_email", size=8)
    y -= 22
    s.band(40, y, W4 - 80, "B. DONOR NETWORK", 9)
    y -= 26
    s.blank("Donor network:", 40, y, 250, "carrier", size=8)
    s.blank("Corporate account number:", 260, y, 555, "account_number", size=8)
    y -= 22
    s.band(40, y, W4 - 80, "C. NUMBERS TO BE PORTED", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "All lines on the corporate account")
    s.tick(280, y, "check:partial_port", "Only the lines listed (this page and Annexure A)")
    slots = s.slot_group(ordered=True)
    y = numbers_table(s, slots, 40, y - 8, [("Mobile number", 200, "number", False),
                                           ("SIM serial number", 291, None, False)],
                      rows=8, row_h=17, head="S/N")
    s.text(40, y - 10, "More than 8 lines: continue on Annexure A.", 7)
    y -= 26
    s.text(40, y, "Lines remaining with the donor network:", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 290, 2, 18, stay, "remaining, left")
    lines(s, 305, y - 18, 555, 2, 18, stay, "remaining, right")
    y -= 60
    s.blank("Requested port date (DD/MM/YYYY):", 40, y, 250, "requested_date", size=8)
    y -= 20
    s.band(40, y, W4 - 80, "D. AUTHORISATION BY THE COMPANY", 9)
    y = s.para(40, y - 16, "We, the undersigned, being duly authorised by the company, request "
               "the porting of the lines above to Niger Delta Mobile Ltd. and confirm that "
               "there is no outstanding debt on them with the donor network.", W4 - 80, 7.5) - 26
    s.text(40, y + 12, "Director", 8, bold=True)
    s.text(300, y + 12, "Company Secretary", 8, bold=True)
    y -= 18
    under(s, "Name", 40, y, 280, "authorized_name")
    under(s, "Name", 300, y, 420, None)
    y -= 42
    s.sign_line("Signature", 40, y, 160, label_below=True)
    under(s, "Date", 170, y, 280, "date_signed")
    witness_line(s, "Signature", 300, y, 420)
    under(s, "Date", 430, y, 480, None)
    s.box(490, y - 6, 65, 50, None, "Company seal")
    s.text(494, y - 14, "Company seal", 6.5)
    s.footer("NDM-MNP-C1  (2026)   Page 1 of 2")
    s.next_page()
    y = H4 - 56
    s.text(40, y, "ANNEXURE A  -  additional lines to be ported", 12, bold=True)
    y -= 28
    s.blank("Company name:", 40, y, 400, "account_name", size=8)
    y -= 30
    numbered_slots(s, slots, 40, y, cols=4, rows=10, col_w=(W4 - 80) / 4, first=9, row_h=20)
    y -= 10 * 20 + 20
    s.para(40, y, "Every page of this request is part of the one signed on page 1.", W4 - 80,
           7.5)
    s.footer("NDM-MNP-C1  (2026)   Page 2 of 2")
    return s.build()


def gg_port_request_partly() -> Built:
    s = a4("r20-gg-port-request-partly", "GG", "en", ["r20-gg", "r20-gg-partial"],
           "Partly fillable, two pages, Guernsey number port request. Widgets for the customer "
           "(Parish is the town; GY postcode); Guernsey / Alderney / Sark ticks not asked of "
           "us; current provider and account number widgets; on paper: all / listed ticks, "
           "numbers 1-10 each after a pre-printed '(01481)' (local part only), lines for the "
           "numbers that stay, the requested date on a line; page 1 and the terms page each "
           "signed and dated.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    f = _names("txt{n}")
    letterhead(s, W4 - 40, H4 - 40, ["Sarnia Telecom Ltd", "Les Banques, St Peter Port",
                                      "Guernsey GY1 3AB  -  01481 555100"])
    s.text(40, H4 - 48, "Number Port Request", 16, bold=True)
    s.text(40, H4 - 62, "Fixed line numbers - please sign and date every page", 8.5)
    y = H4 - 88
    s.band(40, y, W4 - 80, "1  Your details", 9)
    y -= 32
    above(s, "Account holder / company name", next(f), 40, y, 330, "account_name")
    above(s, "Contact telephone", next(f), 380, y, 175, "contact_phone")
    y -= 30
    above(s, "Authorised signatory", next(f), 40, y, 200, "authorized_name")
    above(s, "Position", next(f), 250, y, 120, "authorized_title")
    above(s, "E-mail", next(f), 380, y, 175, "contact_email")
    y -= 30
    above(s, "Address of the line(s)", next(f), 40, y, 330, "street")
    y -= 30
    above(s, "Parish", next(f), 40, y, 170, "city")
    above(s, "Postcode", next(f), 220, y, 80, "postal_code")
    s.text(320, y + 18, "Island", 7.5, bold=True)
    s.tick(320, y + 3, None, "Guernsey")
    s.tick(390, y + 3, None, "Alderney")
    s.tick(460, y + 3, None, "Sark")
    y -= 26
    s.band(40, y, W4 - 80, "2  Your current provider", 9)
    y -= 32
    above(s, "Current provider", next(f), 40, y, 200, "carrier")
    above(s, "Account number", next(f), 250, y, 150, "account_number")
    y -= 24
    s.band(40, y, W4 - 80, "3  Numbers", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "Port every number on the account")
    s.tick(260, y, "check:partial_port", "Port only the numbers below")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the rest of the number after the printed (01481)
    top = y - 22
    for k in range(10):
        col, row = divmod(k, 5)
        x, ly = 40 + col * 258, top - row * 19
        s.right_text(x + 16, ly + 2, f"{k + 1}.", 8)
        s.text(x + 22, ly + 2, "(01481)", 8.5)
        s.rule(x + 60, ly, x + 230)
        s.slot(slots, (x + 60, ly - 2, x + 230, ly + 13), f"number {k + 1}")
    y = top - 5 * 19 - 8
    s.text(40, y, "Numbers to stay with your current provider:", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 290, 2, 18, stay, "stay, left")
    lines(s, 305, y - 18, 555, 2, 18, stay, "stay, right")
    y -= 60
    s.blank("Requested port date (DD/MM/YYYY)", 40, y, 250, "requested_date", size=8)
    y -= 24
    s.band(40, y, W4 - 80, "4  Authority", 9)
    y = s.para(40, y - 18, "I am the account holder or authorised by the account holder. I ask "
               "Sarnia Telecom Ltd to port the numbers above and to tell my current provider to "
               "end its service on them when the port completes. I have read the terms "
               "overleaf.", W4 - 80, 7.5) - 30
    sign_block(s, 40, y, [("Signature", "signature"), ("Date", "date_signed")], [300, 150])
    s.footer("STL-NPR-2026   Page 1 of 2   Sign and date each page")
    s.next_page()
    y = H4 - 56
    s.text(40, y, "Number Port Request  -  terms", 12, bold=True)
    y -= 22
    for clause in ("1. The port is requested of your current provider on your behalf. Your "
                   "service with it for the ported numbers ends when the port completes.",
                   "2. Do not cancel your current service before the port completes: the number "
                   "could be lost.",
                   "3. Features such as call diversion and voicemail are not carried over.",
                   "4. Your current provider may charge for the remainder of any minimum term."):
        y = s.para(40, y, clause, W4 - 80, 8) - 6
    y -= 40
    sign_block(s, 40, y, [("Signature", "signature"), ("Date", "date_signed")], [300, 150])
    y -= 40
    s.widget("office1", 40, y, 150, 15, None)
    s.text(40, y - 9, "Order reference (office use)", 6.5)
    s.footer("STL-NPR-2026   Page 2 of 2   Sign and date each page")
    return s.build()


FORMS = {
    "r20-cr-portabilidad-paper": cr_portabilidad_paper,
    "r20-jm-port-request-fillable": jm_port_request_fillable,
    "r20-ng-corporate-mnp-paper": ng_corporate_mnp_paper,
    "r20-gg-port-request-partly": gg_port_request_partly,
}
