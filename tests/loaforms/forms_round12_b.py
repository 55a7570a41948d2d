"""Round 12, second batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- An Ontario UCaaS provider's three-page fillable LOA: labels set flush right against their
  widgets, a postal code in a six-cell comb widget, a "Toll-free (1-8XX)" service box that is not
  this customer's, a numbers table "# | Telephone number | BTN | Features" with rows 1-6 on page 1
  continued as rows 7-30 on page 2, an initials blank at the foot of pages 1 and 2 (not ours), a
  requested date in YYYY / MM / DD widgets and a signature widget on page 3.
- A Spanish paper solicitud de portabilidad in two columns (titular on the left, installation
  address and donor operator on the right), NIF / CIF comb boxes (not ours), a C.P. comb, slots
  1-10 numbered down two columns, and the date signed written into "En ____, a __ de ____ de
  20__" (place not ours, day, month by name, the year's last two digits).
- A UK two-page fillable port request whose widget names come from an older form (the company
  name's widget is "Surname", the postcode comb's "PostTown", the town's "County", the email's
  "Fax"), a line-type radio that is not ours, a Yes / No radio for the main number porting, full
  / partial radio, slots 1-20 down two columns, and a signature and date widget on each page.
- A German fillable Auftrag whose widgets carry honest names, an internal-use block at the top of
  the page, Geschäftskunde / Privatkunde and scope radios, an Anschlussart radio that is not ours,
  a PLZ comb widget, numbers 1-10 down two columns, a Wunschtermin in TT / MM / JJJJ widgets and a
  printed signature line without a widget.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round3_kit import sign_under
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots, widget_above
from tests.loaforms.round9_kit import comb_boxes
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round12_kit import continued_rows, radio_row, right_label_widget

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER


def on_ucaas_three_pages() -> Built:
    s = letter("r12-on-ucaas-three-page-fillable", "CA", "en", ["r12-on", "r12-on-many"],
               "Fillable, three pages, widgets 'Text Field N'. Gaining UCaaS provider's "
               "letterhead; labels flush right against the widgets; 'Operating as' and "
               "'Unit / Suite' optional; postal code comb widget (6 cells); Business / "
               "Residential / Toll-free boxes; all / some numbers; numbers table # | Telephone "
               "number | BTN | Features (not ours), rows 1-6 on page 1 and 7-30 on page 2; "
               "initials blanks on pages 1-2 not ours; numbers remaining and a new BTN on page "
               "2; page 3: requested date YYYY / MM / DD widgets, signature widget, name, title, "
               "date signed (YYYY-MM-DD), contact phone and email.")
    s.date_formats = ["%Y-%m-%d"]
    field = iter(f"Text Field {n}" for n in range(1, 200))
    letterhead(s, WL - 40, HL - 44, ["Lakeshore Cloud Voice Inc.", "100 Queens Quay E, Suite 1800",
                                      "Toronto, ON M5E 1V3", "Tel 416-555-0100"])
    s.text(40, HL - 48, "Letter of Authorization", 16, bold=True)
    s.text(40, HL - 63, "Local number portability - Canada", 9)
    y = HL - 104
    s.band(40, y, WL - 80, "Customer")
    y -= 26
    right_label_widget(s, "Customer legal name:", next(field), 190, y, 382, "account_name")
    y -= 21
    right_label_widget(s, "Operating as:", next(field), 190, y, 382, None, optional=True)
    y -= 21
    right_label_widget(s, "Service address:", next(field), 190, y, 250, "street")
    right_label_widget(s, "Unit / Suite:", next(field), 502, y, 70, None, optional=True)
    y -= 21
    right_label_widget(s, "City:", next(field), 190, y, 150, "city")
    right_label_widget(s, "Province:", next(field), 392, y, 40, "state")
    s.text(446, y + 4, "Postal code:", 8)
    comb_widget(s, next(field), 496, y - 1, 6, "postal_code", cell_w=12.5)
    y -= 34
    s.band(40, y, WL - 80, "Current service provider")
    y -= 26
    right_label_widget(s, "Provider name:", next(field), 190, y, 200, "carrier")
    y -= 21
    right_label_widget(s, "Account number:", next(field), 190, y, 200, "account_number")
    right_label_widget(s, "PIN (if any):", next(field), 472, y, 100, "pin")
    y -= 21
    right_label_widget(s, "Billing telephone number:", next(field), 190, y, 200, "btn")
    y -= 24
    s.text(40, y + 1, "Service type:", 8, bold=True)
    s.checkbox(next(field), 120, y, "check:business", "Business")
    s.checkbox(next(field), 200, y, "check:residential", "Residential")
    s.checkbox(next(field), 290, y, "check:toll_free", "Toll-free (1-8XX)")
    y -= 18
    s.checkbox(next(field), 40, y, "check:full_port",
               "Port ALL numbers on the account (the account will be closed)")
    y -= 16
    s.checkbox(next(field), 40, y, "check:partial_port",
               "Port SOME numbers (the account stays open for the others)")
    y -= 22
    s.text(40, y, "Numbers to port (continue on page 2)", 9, bold=True)
    slots = s.slot_group(ordered=True)
    columns: list[tuple[str, float, str | None]] = [
        ("Telephone number", 180, "number"), ("BTN", 150, "btn"),
        ("Features (hunt, fax, alarm)", 176, None)]
    continued_rows(s, slots, 40, y - 6, columns, rows=6, first=1,
                   names=[next(field) for _ in range(18)])
    s.text(430, 30, "Customer initials:", 7.5)
    s.widget(next(field), 500, 26, 72, 14, None, optional=True)
    s.footer("LCV-LOA-CA v3 - page 1 of 3")
    s.next_page()
    y = HL - 50
    s.text(40, y, "Numbers to port (continued)", 9, bold=True)
    y = continued_rows(s, slots, 40, y - 6, columns, rows=24, first=7,
                       names=[next(field) for _ in range(72)]) - 30
    s.text(40, y + 6, "Numbers remaining with the current provider (partial ports):", 8)
    s.widget(next(field), 40, y - 26, 532, 26, "remaining_numbers")
    y -= 50
    right_label_widget(s, "New BTN for the remaining numbers:", next(field), 200, y, 150,
                       "new_btn")
    s.text(430, 30, "Customer initials:", 7.5)
    s.widget(next(field), 500, 26, 72, 14, None, optional=True)
    s.footer("LCV-LOA-CA v3 - page 2 of 3")
    s.next_page()
    y = HL - 60
    s.text(40, y, "Authorization", 12, bold=True)
    y = s.para(40, y - 20, "The undersigned is the customer named on page 1, or is authorized "
               "to act for it, and authorizes Lakeshore Cloud Voice Inc. to act as its agent to "
               "port the numbers listed on pages 1 and 2 from its current service provider. "
               "Services on the ported numbers with the current provider end when the port "
               "completes; the customer remains responsible for any amount owed to it.",
               WL - 80, 8.5) - 34
    s.text(40, y + 4, "Requested port date:", 8.5, bold=True)
    date_parts(s, 150, y, [("YYYY", 46, "requested_year"), ("MM", 30, "requested_month"),
                           ("DD", 30, "requested_day")],
               names=[next(field) for _ in range(3)], above=True, sep="-")
    y -= 50
    widget_above(s, "Signature", "Signature", 40, y, 300, "signature", h=28)
    widget_above(s, "Date signed (YYYY-MM-DD)", next(field), 360, y + 6, 130, "date_signed")
    y -= 40
    widget_above(s, "Name (print)", next(field), 40, y, 300, "authorized_name")
    widget_above(s, "Title", next(field), 360, y, 212, "authorized_title")
    y -= 36
    widget_above(s, "Contact phone", next(field), 40, y, 150, "contact_phone")
    widget_above(s, "Email", next(field), 210, y, 362, "contact_email")
    s.footer("LCV-LOA-CA v3 - page 3 of 3")
    return s.build()


def _above(s: Any, label: str, x: float, y: float, x1: float, fld: str | None,
           optional: bool = False) -> None:
    """A line to write on with its small label printed above it."""
    s.text(x, y + 13, label, 7)
    place = s.line_under(x, y, x1, fld, label)
    if optional:
        place["optional"] = True


def es_two_columns_paper() -> Built:
    s = a4("r12-es-portabilidad-twocol-flat", "ES", "es", ["r12-es", "r12-es-partial"],
           "Paper, Spanish, two columns. Receiving operator's letterhead and name printed; "
           "left: titular (razón social, NIF / CIF comb not ours, representante, cargo, "
           "teléfono, correo), labels above lines; right: domicilio de instalación (calle, C.P. "
           "comb, población, provincia) and operador donante (operador, nº de cliente, línea de "
           "cabecera); total / parcial ticks; slots 1-10 down two columns; lines staying; "
           "fecha deseada; 'En ____, a __ de ____ de 20__' (place not ours, day, month name, "
           "two-digit year); signature box; operator's box not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 44, ["Mediterránea Telecom S.L.", "Avinguda Diagonal 640",
                                      "08017 Barcelona", "CIF B-12345678", "Tel. 93 555 01 00"])
    s.text(40, H4 - 50, "SOLICITUD DE PORTABILIDAD", 15, bold=True)
    s.text(40, H4 - 64, "Numeración fija - Operador receptor: Mediterránea Telecom S.L.", 8.5)
    top = H4 - 104
    s.band(40, top, 250, "1. DATOS DEL ABONADO", 9)
    y = top - 30
    _above(s, "Nombre o razón social del titular", 40, y, 290, "account_name")
    y -= 32
    s.text(40, y + 18, "NIF / CIF", 7)
    comb_boxes(s, 40, y, 9, None, "NIF / CIF", cell=14)
    y -= 30
    _above(s, "Representante legal (nombre y apellidos)", 40, y, 290, "authorized_name")
    y -= 30
    _above(s, "Cargo", 40, y, 290, "authorized_title")
    y -= 30
    _above(s, "Teléfono de contacto", 40, y, 160, "contact_phone")
    _above(s, "Correo electrónico", 170, y, 290, "contact_email")
    s.band(305, top, 250, "2. DOMICILIO DE INSTALACIÓN", 9)
    y = top - 30
    _above(s, "Calle, número, piso", 305, y, 555, "street")
    y -= 32
    s.text(305, y + 18, "C.P.", 7)
    comb_boxes(s, 305, y, 5, "postal_code", "C.P.", cell=14)
    _above(s, "Población", 385, y, 555, "city")
    y -= 30
    _above(s, "Provincia", 305, y, 555, "state")
    y -= 28
    s.band(305, y, 250, "3. OPERADOR DONANTE", 9)
    y -= 30
    _above(s, "Operador actual", 305, y, 555, "carrier")
    y -= 30
    _above(s, "Nº de cliente / contrato", 305, y, 430, "account_number")
    _above(s, "Línea de cabecera", 440, y, 555, "btn")
    y -= 34
    s.band(40, y, W4 - 80, "4. NUMERACIÓN A PORTAR", 9)
    y -= 22
    s.tick(40, y, "check:full_port", "Portabilidad total (todas las líneas del contrato)")
    s.tick(305, y, "check:partial_port", "Portabilidad parcial (solo las indicadas)")
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 26, cols=2, rows=5, col_w=265, down=True, row_h=20)
    y -= 26 + 5 * 20 + 4
    s.text(40, y, "Líneas que permanecen con el operador donante (solo portabilidad parcial):",
           7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        left = 64 + k * 265
        s.rule(left, y - 22, left + 231)
        s.slot(stay, (left, y - 24, left + 231, y - 9), f"permanece {k + 1}")
    y -= 50
    s.blank("Fecha deseada de la portabilidad (dd/mm/aaaa):", 40, y, 320, "requested_date")
    y = s.para(40, y - 26, "El abonado solicita la baja en el operador donante de las líneas "
               "indicadas, con conservación de la numeración, y autoriza a Mediterránea Telecom "
               "S.L. a tramitarla en su nombre.", W4 - 80, 8) - 16
    x = s.text(40, y, "En", 9) + 4
    s.blank("", x, y, x + 120, None, optional=True)
    x = s.text(x + 126, y, ", a", 9) + 4
    s.blank("", x, y, x + 30, "date_signed_day")
    x = s.text(x + 36, y, "de", 9) + 4
    s.blank("", x, y, x + 100, "date_signed_month")
    x = s.text(x + 106, y, "de 20", 9)
    s.blank("", x, y, x + 24, "date_signed_year2")
    y -= 20
    s.text(40, y, "Firma del titular o representante y sello de la empresa", 7.5)
    s.box(40, y - 56, 260, 50, "signature", "Firma del titular o representante")
    s.frame(320, y - 56, 235, 60)
    s.text(326, y - 4, "A cumplimentar por Mediterránea Telecom", 7, bold=True)
    s.blank("Código de solicitud", 326, y - 24, 548, None)
    s.blank("Comercial", 326, y - 44, 548, None)
    s.footer("MT-PORT-F 02/2026")
    return s.build()


def uk_old_names_two_pages() -> Built:
    s = a4("r12-uk-oldnames-two-page-fillable", "GB", "en", ["r12-uk", "r12-uk-partial"],
           "Fillable, two pages, widget names from an older form ('Surname' holds the company "
           "name, 'PostTown' the postcode comb, 'County' the town, 'Fax' the email). Gaining "
           "provider's letterhead; account number comb widget; line-type radio not ours; Yes / "
           "No radio 'Is the main billing number being ported?'; full / partial radio; page 2 "
           "slots 1-20 down two columns (NumA1.. / NumB1..), 4 numbers remaining, preferred "
           "date, name, position; a signature and a date widget on each page.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 44, ["Irwell Networks Ltd", "Unit 9, Sovereign Point",
                                      "Salford Quays M50 3XE", "Tel 0161 496 0100"])
    s.text(40, H4 - 50, "Number Port Request", 15, bold=True)
    s.text(40, H4 - 64, "and Letter of Authority", 10)
    y = H4 - 108
    s.band(40, y, W4 - 80, "Your details", 9)
    y -= 34
    widget_above(s, "Company name (as on your current bill)", "Surname", 40, y, 515,
                 "account_name")
    y -= 32
    widget_above(s, "Site address", "Address1", 40, y, 300, "street")
    widget_above(s, "Town", "County", 350, y, 205, "city")
    y -= 32
    s.text(40, y + 18, "Postcode", 7.5, bold=True)
    comb_widget(s, "PostTown", 40, y, 8, "postal_code", cell_w=14)
    widget_above(s, "Email", "Fax", 200, y, 200, "contact_email")
    widget_above(s, "Telephone", "Tel", 410, y, 145, "contact_phone")
    y -= 30
    s.band(40, y, W4 - 80, "Your current (losing) provider", 9)
    y -= 34
    widget_above(s, "Losing provider", "Provider", 40, y, 240, "carrier")
    widget_above(s, "Main billing number", "CLI", 300, y, 160, "btn")
    y -= 32
    s.text(40, y + 18, "Account number", 7.5, bold=True)
    comb_widget(s, "AccNo", 40, y, 12, "account_number", cell_w=14)
    y -= 28
    s.text(40, y + 1, "Line type:", 8, bold=True)
    radio_row(s, "LineType", 100, y, [("pstn", "Analogue (PSTN)", None), ("isdn2", "ISDN2", None),
                                     ("isdn30", "ISDN30", None), ("sip", "SIP trunk", None)])
    y -= 22
    s.text(40, y + 1, "Is the main billing number being ported?", 8, bold=True)
    radio_row(s, "MainPorted", 260, y, [("yes", "Yes", "check:btn_ported"),
                                       ("no", "No", "check:btn_stays")])
    y -= 22
    s.text(40, y + 1, "Type of port:", 8, bold=True)
    radio_row(s, "PortType", 120, y, [
        ("full", "Full port (all numbers; the account closes)", "check:full_port"),
        ("partial", "Partial port", "check:partial_port")])
    y = s.para(40, y - 30, "Please list every number to port on page 2. Do not cancel your "
               "service with your current provider: the port ends it for the ported numbers.",
               W4 - 80, 8) - 30
    s.widget("Sig1", 40, 90, 260, 24, "signature")
    s.text(40, 82, "Signature", 7)
    s.widget("Date1", 330, 94, 120, 16, "date_signed")
    s.text(330, 86, "Date (DD/MM/YYYY)", 7)
    s.footer("IN-NPR v5 - page 1 of 2")
    s.next_page()
    y = H4 - 60
    s.band(40, y, W4 - 80, "Numbers to port", 9)
    slots = s.slot_group(ordered=True)
    names = [f"Num{'AB'[k % 2]}{k // 2 + 1}" for k in range(20)]
    numbered_slots(s, slots, 40, y - 28, cols=2, rows=10, col_w=257, down=True, row_h=19,
                   names=names)
    y -= 28 + 10 * 19 + 12
    s.band(40, y, W4 - 80, "Numbers staying with the losing provider (partial port)", 9)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(4):
        x = 40 + (k % 2) * 260
        yy = y - 30 - (k // 2) * 22
        s.widget(f"Remain{k + 1}", x, yy, 240, 15, None)
        s.places.pop()
        s.slot(stay, (x, yy, x + 240, yy + 15), f"staying {k + 1}", f"Remain{k + 1}")
    y -= 90
    widget_above(s, "Preferred port date (DD/MM/YYYY)", "PortDate", 40, y, 150,
                 "requested_date")
    y -= 30
    s.band(40, y, W4 - 80, "Declaration", 9)
    y = s.para(40, y - 22, "I confirm that I am authorised by the account holder to request "
               "the port of the numbers listed above to Irwell Networks Ltd, and that the "
               "details given are those held by the losing provider.", W4 - 80, 8) - 24
    widget_above(s, "Name", "Name", 40, y, 250, "authorized_name")
    widget_above(s, "Position", "Position", 310, y, 245, "authorized_title")
    s.widget("Sig2", 40, 90, 260, 24, "signature")
    s.text(40, 82, "Signature", 7)
    s.widget("Date2", 330, 94, 120, 16, "date_signed")
    s.text(330, 86, "Date (DD/MM/YYYY)", 7)
    s.footer("IN-NPR v5 - page 2 of 2")
    return s.build()


def de_honest_names() -> Built:
    s = a4("r12-de-mitnahme-fillable", "DE", "de", ["r12-de", "r12-de-partial"],
           "Fillable, German, honest widget names. Internal-use block at the top right (not "
           "ours), the gaining provider's name and address under the title; radio "
           "Geschäftskunde / Privatkunde; Anschlussinhaber with PLZ comb widget; Ansprechpartner; "
           "bisheriger Anbieter, Kundennummer, Kundenkennwort; Anschlussart radio not ours; "
           "scope radio; slots 1-10 down two columns; numbers staying; Wunschtermin TT / MM / "
           "JJJJ widgets captioned under; Ort (not ours), Datum; printed signature line without "
           "widget; name in Druckbuchstaben and Funktion.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"]
    s.frame(370, H4 - 96, 185, 62)
    s.text(376, H4 - 44, "Nur für interne Zwecke", 7.5, bold=True)
    s.text(376, H4 - 62, "Auftragsnr.", 7)
    s.widget("Auftragsnummer", 430, H4 - 66, 118, 14, None)
    s.text(376, H4 - 84, "Partner-ID", 7)
    s.widget("PartnerID", 430, H4 - 88, 118, 14, None)
    s.text(40, H4 - 50, "Auftrag zur Rufnummernmitnahme", 15, bold=True)
    s.text(40, H4 - 64, "an Spree Kommunikation GmbH, Holzmarktstraße 12, 10179 Berlin", 8)
    y = H4 - 118
    s.text(40, y + 1, "Kundentyp:", 8.5, bold=True)
    radio_row(s, "Kundentyp", 100, y, [("gk", "Geschäftskunde", "check:business"),
                                      ("pk", "Privatkunde", "check:residential")])
    y -= 22
    s.band(40, y, W4 - 80, "Anschlussinhaber (wie beim bisherigen Anbieter hinterlegt)", 9)
    y -= 32
    widget_above(s, "Firma / Name", "Firma", 40, y, 515, "account_name")
    y -= 30
    widget_above(s, "Straße, Hausnummer", "Strasse", 40, y, 320, "street")
    s.text(375, y + 18, "PLZ", 7.5, bold=True)
    comb_widget(s, "PLZ", 375, y, 5, "postal_code", cell_w=13)
    widget_above(s, "Ort", "Ort", 450, y, 105, "city")
    y -= 30
    widget_above(s, "Ansprechpartner", "Ansprechpartner", 40, y, 200, "authorized_name")
    widget_above(s, "Telefon tagsüber", "TelefonTags", 250, y, 130, "contact_phone")
    widget_above(s, "E-Mail", "EMail", 390, y, 165, "contact_email")
    y -= 26
    s.band(40, y, W4 - 80, "Bisheriger Anbieter", 9)
    y -= 32
    widget_above(s, "Name des abgebenden Anbieters", "AbgebenderAnbieter", 40, y, 200, "carrier")
    widget_above(s, "Kundennummer", "Kundennummer", 250, y, 150, "account_number")
    widget_above(s, "Kundenkennwort (falls vereinbart)", "Kennwort", 410, y, 145, "pin")
    y -= 24
    s.text(40, y + 1, "Anschlussart:", 8.5, bold=True)
    radio_row(s, "Anschlussart", 110, y, [("mga", "Mehrgeräteanschluss", None),
                                         ("aa", "Anlagenanschluss (Durchwahl)", None)])
    y -= 20
    s.text(40, y + 1, "Mitnahme:", 8.5, bold=True)
    radio_row(s, "Umfang", 110, y, [("alle", "alle Rufnummern des Anschlusses",
                                    "check:full_port"),
                                   ("teil", "nur die folgenden Rufnummern", "check:partial_port")])
    y -= 24
    s.text(40, y, "Rufnummern (mit Vorwahl)", 8.5, bold=True)
    slots = s.slot_group(ordered=True)
    names = [f"Rufnummer{1 + (k % 2) * 5 + k // 2}" for k in range(10)]
    numbered_slots(s, slots, 40, y - 22, cols=2, rows=5, col_w=257, down=True, row_h=19,
                   names=names)
    y -= 22 + 5 * 19 + 16
    widget_above(s, "Diese Rufnummern verbleiben beim bisherigen Anbieter", "Verbleib", 40,
                 y - 6, 515, "remaining_numbers", h=20)
    y -= 46
    s.text(40, y + 4, "Wunschtermin", 8.5, bold=True)
    date_parts(s, 120, y, [("TT", 26, "requested_day"), ("MM", 26, "requested_month"),
                           ("JJJJ", 44, "requested_year")],
               names=["WunschTag", "WunschMonat", "WunschJahr"], sep=".")
    y = s.para(40, y - 30, "Ich beauftrage Spree Kommunikation GmbH, die oben genannten "
               "Rufnummern zu übernehmen und den Vertrag beim bisherigen Anbieter für diese "
               "Rufnummern zu kündigen.", W4 - 80, 8) - 26
    widget_above(s, "Ort", "OrtUnterschrift", 40, y, 150, None, optional=True)
    widget_above(s, "Datum", "Datum", 200, y, 100, "date_signed")
    sign_under(s, "Unterschrift des Anschlussinhabers / Firmenstempel", 320, y, 555)
    y -= 50
    widget_above(s, "Name in Druckbuchstaben", "NameDruck", 40, y, 260, "authorized_name")
    widget_above(s, "Funktion", "Funktion", 320, y, 235, "authorized_title")
    s.footer("SK-RNM 1.4")
    return s.build()


FORMS = {
    "r12-on-ucaas-three-page-fillable": on_ucaas_three_pages,
    "r12-es-portabilidad-twocol-flat": es_two_columns_paper,
    "r12-uk-oldnames-two-page-fillable": uk_old_names_two_pages,
    "r12-de-mitnahme-fillable": de_honest_names,
}
