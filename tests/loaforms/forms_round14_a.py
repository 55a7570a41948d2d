"""Round 14, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A US CLEC's two-page fillable Letter of Authorization whose widgets are Text1..TextN: every
  North American number typed into three widgets "( NPA ) NXX - XXXX" (the BTN, the contact's
  phone, the new BTN, twelve numbered slots printed down two columns but created across the
  rows), a radio group exported 0 / 1 asking whether any number remains, a technical contact
  "only if different" (not ours), a CRD box, additional numbers 13-30 and the signature on page 2
  with a carrier's panel of widgets.
- A New Zealand gaining provider's paper Number Port Authority (LSP / GSP wording, captions under
  every line, a suburb line and an account holder "if different" that stay empty, number lines
  1-10 numbered across the rows, Schedule A continuing 11-40 down three columns, morning /
  afternoon ticks not ours).
- A Mexican paper solicitud de portabilidad numérica: the date of the request in DD / MM / AAAA
  boxes at the top, persona física / moral ticks, an RFC comb and a colonia blank, a C.P. comb,
  the NIP in four comb boxes, numbers written as "Lada | Número local" in two tables side by side,
  a Sí / No question on numbers that stay, the desired date in boxes, ID-document ticks not ours.
- A Swedish fillable fullmakt för nummerportering (Text1..TextN, labels above the widgets,
  organisationsnummer and avtalsnummer not ours, a radio group exported 0 / 1 whose 0 means
  "Ja, samtliga nummer", numbers in two tables side by side, ISO dates, the signature line with
  namnförtydligande and befattning under it).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round3_kit import cell, under
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots, numbers_table
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round9_kit import comb_boxes, yes_no
from tests.loaforms.round12_kit import labelled_comb
from tests.loaforms.round14_kit import (
    npa_field,
    npa_widget_slots,
    office_panel,
    radio01,
    sign_block,
)

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER


def _texts() -> Iterator[str]:
    return (f"Text{n}" for n in count(1))


def _row(s: Sheet, t: Iterator[str], label: str, x: float, y: float, w: float, fld: str | None,
         lw: float, optional: bool = False) -> None:
    """A label on the left, its widget after a label column of `lw` points."""
    s.text(x, y + 4, label, 8)
    s.widget(next(t), x + lw, y, w, 15, fld, optional=optional)


def us_clec_npa() -> Built:
    s = letter("r14-us-clec-npa-fillable", "US", "en", ["r14-us-clec", "r14-us-clec-small"],
               "Fillable, two pages, widgets Text1..TextN in creation order (the CRD's is "
               "Text200). Every NANP number in three widgets ( NPA ) NXX - XXXX: the BTN, the "
               "authorized contact's phone, the new BTN and slots 1-12 printed down two columns "
               "(widgets created across the rows); Suite widget optional; technical contact "
               "'only if different' not ours; radio Group1 exported 0 = No / 1 = Yes to 'will "
               "any numbers remain'; remaining numbers widget; page 2: customer name and BTN "
               "repeated, slots 13-30 down three columns, signature line without widget, date, "
               "printed name and title widgets with captions under them, carrier panel.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    t = _texts()
    letterhead(s, WL - 40, HL - 44, ["Keystone Metro Networks, LLC", "1200 Liberty Ave, 9th Fl",
                                      "Pittsburgh, PA 15222", "LNP desk 412-555-0100"])
    s.text(40, HL - 48, "LETTER OF AUTHORIZATION", 15, bold=True)
    s.text(40, HL - 62, "Local Number Portability - business lines", 9)
    y = HL - 96
    s.band(40, y, WL - 80, "1  END USER INFORMATION (exactly as it appears on your current bill)",
           9)
    y -= 24
    _row(s, t, "Customer name", 40, y, 400, "account_name", 132)
    y -= 20
    _row(s, t, "Service address", 40, y, 262, "street", 132)
    _row(s, t, "Suite / Fl", 440, y, 92, None, 40, optional=True)
    y -= 20
    _row(s, t, "City", 40, y, 170, "city", 132)
    _row(s, t, "State", 350, y, 34, "state", 28)
    _row(s, t, "ZIP", 440, y, 92, "postal_code", 40)
    y -= 20
    s.text(40, y + 4, "Billing telephone number (BTN)", 8)
    npa_field(s, 172, y, t, "btn", "BTN")
    y -= 32
    s.band(40, y, WL - 80, "2  CURRENT LOCAL SERVICE PROVIDER", 9)
    y -= 24
    _row(s, t, "Provider name", 40, y, 180, "carrier", 132)
    _row(s, t, "Account #", 360, y, 132, "account_number", 48)
    y -= 20
    _row(s, t, "Account PIN / passcode", 40, y, 90, "pin", 132)
    s.text(270, y + 4, "(if your provider requires one)", 7)
    y -= 32
    s.band(40, y, WL - 80, "3  CONTACTS", 9)
    y -= 22
    s.text(40, y + 4, "Authorized contact", 8, bold=True)
    _row(s, t, "Name", 150, y, 150, "authorized_name", 28)
    y -= 20
    s.text(150, y + 4, "Phone", 8)
    npa_field(s, 178, y, t, "contact_phone", "contact phone")
    _row(s, t, "Email", 330, y, 202, "contact_email", 30)
    y -= 24
    s.text(40, y + 4, "Technical contact", 8, bold=True)
    s.text(40, y - 5, "(only if different)", 6.5)
    _row(s, t, "Name", 150, y, 150, None, 28)
    y -= 20
    _row(s, t, "Phone", 150, y, 110, None, 28)
    _row(s, t, "Email", 330, y, 202, None, 30)
    y -= 32
    s.band(40, y, WL - 80, "4  PORT DETAILS", 9)
    y -= 22
    s.text(40, y + 1, "Will any numbers on this account remain with the current provider?", 8.5)
    radio01(s, "Group1", 352, y, ("No", "check:full_port"), ("Yes", "check:partial_port"))
    y -= 22
    s.text(40, y + 4, "If Yes: new BTN for the remaining numbers", 8)
    npa_field(s, 212, y, t, "new_btn", "new BTN")
    y -= 20
    _row(s, t, "Numbers that remain", 40, y, 360, "remaining_numbers", 132)
    y -= 20
    s.text(40, y + 4, "CRD - Customer Requested Due Date (MM/DD/YYYY)", 8)
    s.widget("Text200", 252, y, 90, 15, "requested_date")
    s.text(350, y + 4, "at least 5 business days from today", 6.5)
    y -= 30
    s.band(40, y, WL - 80, "5  TELEPHONE NUMBERS TO BE PORTED (include the BTN if it ports)", 9)
    slots = s.slot_group(ordered=True)
    npa_widget_slots(s, slots, 40, y - 24, cols=2, rows=6, col_w=(WL - 80) / 2, names=t)
    s.text(40, y - 24 - 6 * 19 + 4, "More than 12 numbers? Continue on page 2.", 7.5)
    s.footer("KMN-LOA-B rev 11/2025    page 1 of 2")
    s.next_page()
    y = HL - 56
    s.text(40, y, "LETTER OF AUTHORIZATION - page 2", 11, bold=True)
    y -= 26
    _row(s, t, "Customer name", 40, y, 260, "account_name", 80)
    s.text(390, y + 4, "BTN", 8)
    npa_field(s, 414, y, t, "btn", "BTN, page 2")
    y -= 30
    s.band(40, y, WL - 80, "6  ADDITIONAL NUMBERS (continued from page 1)", 9)
    npa_widget_slots(s, slots, 40, y - 24, cols=3, rows=6, col_w=(WL - 80) / 3, names=t,
                     first=13)
    y -= 24 + 6 * 19 + 12
    s.band(40, y, WL - 80, "7  AUTHORIZATION", 9)
    y = s.para(40, y - 20, "I, the undersigned, am authorized to act for the customer named "
               "above and authorize Keystone Metro Networks, LLC and its agents to act as the "
               "customer's agent to port the telephone numbers listed on this letter from the "
               "current local service provider, and to order the disconnection of those "
               "numbers' service with that provider when the port completes. I understand that "
               "the current provider may charge for services until the port date, and that "
               "features not ported must be ordered again.", WL - 80, 8) - 44
    s.sign_line("Authorized signature", 40, y, 330, label_below=True)
    s.widget(next(t), 360, y, 110, 15, "date_signed")
    s.text(360, y - 9, "Date (MM/DD/YYYY)", 6.5)
    y -= 40
    s.widget(next(t), 40, y, 290, 15, "authorized_name")
    s.text(40, y - 9, "Printed name", 6.5)
    s.widget(next(t), 360, y, 212, 15, "authorized_title")
    s.text(360, y - 9, "Title", 6.5)
    y -= 90
    office_panel(s, 40, y, WL - 80, "FOR KEYSTONE USE ONLY",
                 ["PON", "LSR version", "FOC date", "Sales rep"], widgets=t)
    s.footer("KMN-LOA-B rev 11/2025    page 2 of 2")
    return s.build()


def nz_port_authority_paper() -> Built:
    s = a4("r14-nz-port-authority-flat", "NZ", "en", ["r14-nz", "r14-nz-small"],
           "Paper, two pages. Gaining provider's letterhead; captions under every line; NZBN, "
           "suburb and 'account holder name if different' not ours; Residential / Business "
           "ticks; LSP name and account number; full / partial ticks; number lines 1-10 in two "
           "columns numbered across the rows; numbers staying on four lines; preferred date "
           "(dd/mm/yyyy) and morning / afternoon ticks (not ours); signature, date, full name "
           "and position under their lines; GSP-use panel; Schedule A (page 2): customer name, "
           "lines 11-40 down three columns.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 44, ["Kowhai Networks Limited", "Level 2, 18 Customs Street East",
                                      "Auckland 1010", "0800 555 010"])
    s.text(40, H4 - 50, "Number Port Authority", 16, bold=True)
    s.text(40, H4 - 64, "Fixed line numbers - residential and business", 8.5)
    y = s.para(40, H4 - 96, "Please complete in BLOCK LETTERS. The details must match your "
               "account with your Losing Service Provider (LSP) exactly or the port will be "
               "rejected. Kowhai Networks is the Gaining Service Provider (GSP).", W4 - 80, 8) - 6
    s.band(40, y, W4 - 80, "A   Customer", 9)
    y -= 30
    under(s, "Customer or trading name", 40, y, 360, "account_name")
    under(s, "NZBN / company number (business only)", 375, y, 555, None)
    y -= 30
    under(s, "Street address where the line is installed", 40, y, 360, "street")
    under(s, "Suburb", 375, y, 555, None)
    y -= 30
    under(s, "Town / City", 40, y, 250, "city")
    under(s, "Postcode", 265, y, 360, "postal_code")
    s.text(375, y + 2, "Account type:", 8)
    s.tick(432, y + 1, "check:residential", "Residential")
    s.tick(496, y + 1, "check:business", "Business")
    y -= 32
    s.band(40, y, W4 - 80, "B   Losing Service Provider (LSP)", 9)
    y -= 30
    under(s, "LSP name", 40, y, 250, "carrier")
    under(s, "Account number with the LSP", 265, y, 555, "account_number")
    y -= 30
    under(s, "Account holder's name at the LSP, if different from A", 40, y, 360, None)
    y -= 32
    s.band(40, y, W4 - 80, "C   Contact for this port", 9)
    y -= 30
    under(s, "Daytime phone", 40, y, 250, "contact_phone")
    under(s, "Email", 265, y, 555, "contact_email")
    y -= 32
    s.band(40, y, W4 - 80, "D   Numbers", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "Port ALL numbers on the LSP account (full port)")
    s.tick(300, y, "check:partial_port", "Port ONLY the numbers below (partial port)")
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 22, cols=2, rows=5, col_w=(W4 - 80) / 2, down=False,
                   row_h=18)
    y -= 22 + 5 * 18
    s.text(40, y + 2, "More than 10 numbers? Continue on Schedule A overleaf.", 7)
    y -= 14
    s.text(40, y, "Partial port: numbers that stay with the LSP", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 230, y - 1, 385, 1, 0, stay, "staying 1")
    lines(s, 400, y - 1, 555, 1, 0, stay, "staying 2")
    lines(s, 230, y - 19, 385, 1, 0, stay, "staying 3")
    lines(s, 400, y - 19, 555, 1, 0, stay, "staying 4")
    y -= 36
    s.band(40, y, W4 - 80, "E   When", 9)
    y -= 30
    under(s, "Preferred port date (dd/mm/yyyy)", 40, y, 200, "requested_date")
    s.text(230, y + 2, "Preferred time:", 8)
    s.tick(300, y + 1, None, "Morning")
    s.tick(360, y + 1, None, "Afternoon")
    y -= 32
    s.band(40, y, W4 - 80, "F   Authority", 9)
    y = s.para(40, y - 18, "I am the account holder or am authorised by the account holder. I "
               "authorise Kowhai Networks Limited to port the numbers above from the LSP, and I "
               "understand that my LSP service for those numbers ends when the port completes.",
               W4 - 80, 7.5) - 22
    sign_block(s, 40, y, [("Signature", "signature"), ("Date", "date_signed")], [300, 201])
    y -= 32
    sign_block(s, 40, y, [("Full name (please print)", "authorized_name"),
                          ("Position / title", "authorized_title")], [300, 201])
    office_panel(s, 40, 38, W4 - 80, "GSP USE ONLY", ["Port ID", "IPMS reference",
                                                      "Checked by"], h=40)
    s.footer("KN-NPA-04  ·  page 1 of 2")
    s.next_page()
    y = H4 - 60
    s.text(40, y, "Schedule A - additional numbers", 13, bold=True)
    y -= 34
    under(s, "Customer or trading name (as on page 1)", 40, y, 360, "account_name")
    y -= 30
    numbered_slots(s, slots, 40, y, cols=3, rows=10, col_w=(W4 - 80) / 3, first=11, down=True,
                   row_h=20)
    s.footer("KN-NPA-04  ·  page 2 of 2")
    return s.build()


def _lada_table(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, first: int,
                rows: int, row_h: float = 17) -> None:
    """'No. | Lada | Número local': each row's area code in its own cell, the number after it in
    the slot (a slot group with `local`)."""
    for head, cx, w in (("No.", x, 24), ("Lada", x + 24, 44), ("Número local", x + 68, 170)):
        s.frame(cx, top - row_h, w, row_h)
        s.text(cx + 3, top - row_h + 5, head, 7.5, bold=True)
    for r in range(rows):
        y = top - row_h * (r + 2)
        s.frame(x, y, 24, row_h)
        s.right_text(x + 18, y + 5, str(first + r), 8)
        place = s.box(x + 24, y, 44, row_h, "area_code", f"Lada row {first + r}")
        place["row"] = first + r - 1
        s.frame(x + 68, y, 170, row_h)
        s.slot(slots, (x + 69, y + 1, x + 237, y + row_h - 1), f"Número local row {first + r}")


def mx_portabilidad_paper() -> Built:
    s = letter("r14-mx-portabilidad-flat", "MX", "es", ["r14-mx", "r14-mx-small"],
               "Paper, Spanish (Mexico). Receiving provider's letterhead with its RFC; 'Fecha de "
               "solicitud' DD / MM / AAAA boxes at the top right (the signing date); persona "
               "física / moral ticks; cells captioned in their corner; RFC comb (13) and Colonia "
               "(optional) not ours; C.P. comb (5); NIP comb (4); Sí / No 'conservará algún "
               "número'; numbers in two tables 'No. | Lada | Número local' (1-6, 7-12) with the "
               "area code per row; numbers staying box; desired date DD / MM / AAAA boxes; "
               "identification ticks and folio not ours; signature, name and cargo under their "
               "lines; receiving provider's panel.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, WL - 40, HL - 40, ["Conecta Metropolitana S.A. de C.V.",
                                      "Av. Insurgentes Sur 1602, Piso 9",
                                      "Col. Crédito Constructor, 03940 CDMX",
                                      "RFC CME180412KT3  ·  800 555 0140"])
    s.text(40, HL - 46, "SOLICITUD DE PORTABILIDAD NUMÉRICA", 14, bold=True)
    s.text(40, HL - 60, "Servicio fijo  ·  Proveedor receptor: Conecta Metropolitana", 8.5)
    s.text(40, HL - 84, "Fecha de solicitud:", 8, bold=True)
    date_parts(s, 130, HL - 90, [("DD", 22, "date_signed_day"), ("MM", 22, "date_signed_month"),
                                 ("AAAA", 40, "date_signed_year")])
    y = HL - 120
    s.band(40, y, WL - 80, "1. DATOS DEL SUSCRIPTOR (titular de la línea)", 9)
    y -= 20
    s.text(40, y, "Tipo de persona:", 8)
    s.tick(120, y - 1, "check:residential", "Física")
    s.tick(180, y - 1, "check:business", "Moral")
    y -= 30
    cell(s, "Nombre, denominación o razón social", 40, y, 532, "account_name")
    y -= 38
    labelled_comb(s, "RFC", 40, y + 6, 13, None, cell=13)
    y -= 30
    cell(s, "Calle, número exterior e interior", 40, y, 330, "street")
    cell(s, "Colonia", 370, y, 202, None, optional=True)
    y -= 24
    cell(s, "Alcaldía o municipio", 40, y, 220, "city")
    cell(s, "Entidad federativa", 260, y, 180, "state")
    s.frame(440, y, 132, 24)
    s.text(443, y + 16.5, "C.P.", 6)
    comb_boxes(s, 470, y + 3, 5, "postal_code", "C.P.", cell=16, h=14)
    y -= 24
    cell(s, "Teléfono de contacto", 40, y, 220, "contact_phone")
    cell(s, "Correo electrónico", 260, y, 312, "contact_email")
    y -= 26
    s.band(40, y, WL - 80, "2. PROVEEDOR DONADOR (compañía actual)", 9)
    y -= 30
    cell(s, "Proveedor donador", 40, y, 220, "carrier")
    cell(s, "Número de cuenta o contrato", 260, y, 312, "account_number")
    y -= 24
    s.text(40, y + 4, "NIP de portabilidad (4 dígitos; márquelo al 051 desde su línea):", 8)
    comb_boxes(s, 310, y, 4, "pin", "NIP", cell=16, h=15)
    y -= 26
    s.band(40, y, WL - 80, "3. NÚMEROS A PORTAR", 9)
    y -= 20
    yes_no(s, "¿Conservará algún número con el proveedor donador?", 40, y, "check:partial_port",
           "check:full_port", at=290, words=("Sí", "No"))
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the number after its area code, which has its column
    _lada_table(s, slots, 40, y - 10, 1, 6)
    _lada_table(s, slots, 322, y - 10, 7, 6)
    y -= 10 + 7 * 17 + 14
    s.text(40, y, "Números que permanecen con el proveedor donador (portabilidad parcial):", 7.5)
    s.box(330, y - 6, 242, 16, "remaining_numbers", "números que permanecen")
    y -= 26
    s.text(40, y + 4, "Fecha deseada para la portabilidad:", 8)
    date_parts(s, 190, y, [("DD", 22, "requested_day"), ("MM", 22, "requested_month"),
                           ("AAAA", 40, "requested_year")])
    y -= 28
    s.band(40, y, WL - 80, "4. IDENTIFICACIÓN Y CONSENTIMIENTO", 9)
    y -= 18
    s.text(40, y, "Identificación oficial:", 8)
    s.tick(140, y - 1, None, "INE")
    s.tick(190, y - 1, None, "Pasaporte")
    s.tick(262, y - 1, None, "Cédula profesional")
    s.blank("Folio:", 380, y, 572, None, size=8)
    y = s.para(40, y - 16, "Solicito la portabilidad de los números indicados y autorizo a "
               "Conecta Metropolitana a tramitarla ante el proveedor donador. Entiendo que los "
               "servicios de esos números con el proveedor donador terminan al concluir la "
               "portabilidad y que los adeudos pendientes siguen a mi cargo.", WL - 80, 7.5) - 28
    sign_block(s, 40, y, [("Firma del suscriptor o representante legal", "signature"),
                          ("Nombre completo", "authorized_name"), ("Cargo", "authorized_title")],
               [190, 190, 124])
    office_panel(s, 40, 34, WL - 80, "USO EXCLUSIVO DEL PROVEEDOR RECEPTOR",
                 ["Folio de portabilidad", "Ejecutivo", "Fecha de recepción"], h=34)
    s.footer("CM-PN-FIJO v3")
    return s.build()


def se_fullmakt_fillable() -> Built:
    s = a4("r14-se-fullmakt-fillable", "SE", "sv", ["r14-se", "r14-se-small"],
           "Fillable, Swedish, widgets Text1..TextN, labels above the widgets. Gaining "
           "operator's letterhead (its org.nr); organisationsnummer and avtalsnummer not ours; "
           "radio Grupp1 exported 0 = 'Ja, samtliga nummer' / 1 = 'Nej, endast nedanstående'; "
           "two tables 'Nr | Telefonnummer | Anmärkning' (1-7, 8-14; Anmärkning not ours); "
           "numbers staying widget; önskat porteringsdatum ÅÅÅÅ-MM-DD; contact phone and "
           "e-mail; signature line without widget, datum, namnförtydligande and befattning "
           "widgets with captions under them, ort optional; internal widgets not ours.")
    s.date_formats = ["%Y-%m-%d"]
    t = _texts()
    letterhead(s, W4 - 40, H4 - 44, ["Fjällnät AB", "Box 1184, 111 91 Stockholm",
                                      "Org.nr 556812-4471", "Företagssupport 08-555 010 00"])
    s.text(40, H4 - 50, "Fullmakt för nummerportering", 16, bold=True)
    s.text(40, H4 - 64, "Fast telefoni och växelnummer", 9)
    y = s.para(40, H4 - 100, "Med denna fullmakt ger kunden Fjällnät AB rätt att för kundens "
               "räkning flytta nedanstående telefonnummer från nuvarande operatör och säga upp "
               "dem där. Uppgifterna ska stämma med nuvarande operatörs faktura.", W4 - 80, 8) - 8
    s.band(40, y, W4 - 80, "1  Kunduppgifter", 9)
    y -= 34
    above(s, "Företagsnamn / Namn", next(t), 40, y, 330, "account_name")
    above(s, "Organisationsnummer / Personnummer", next(t), 385, y, 170, None)
    y -= 32
    above(s, "Utdelningsadress", next(t), 40, y, 330, "street")
    above(s, "Postnummer", next(t), 385, y, 60, "postal_code")
    above(s, "Postort", next(t), 455, y, 100, "city")
    y -= 26
    s.band(40, y, W4 - 80, "2  Nuvarande operatör", 9)
    y -= 34
    above(s, "Operatör", next(t), 40, y, 170, "carrier")
    above(s, "Kundnummer", next(t), 220, y, 150, "account_number")
    above(s, "Avtals-/abonnemangsnummer", next(t), 385, y, 170, None)
    y -= 26
    s.band(40, y, W4 - 80, "3  Nummer som ska porteras", 9)
    y -= 18
    s.text(40, y + 1, "Ska samtliga nummer på kundnumret porteras?", 8.5)
    radio01(s, "Grupp1", 240, y, ("Ja, samtliga nummer", "check:full_port"),
            ("Nej, endast nedanstående", "check:partial_port"), gap=110)
    slots = s.slot_group(ordered=True)
    cols: list[tuple[str, float, str | None, bool]] = [
        ("Telefonnummer", 130, "number", False), ("Anmärkning", 100, None, False)]
    numbers_table(s, slots, 40, y - 8, cols, rows=7, row_h=16,
                  widgets=[next(t) for _ in range(14)], head="Nr")
    numbers_table(s, slots, 301, y - 8, cols, rows=7, first=8, row_h=16,
                  widgets=[next(t) for _ in range(14)], head="Nr")
    y -= 8 + 8 * 16 + 30
    above(s, "Nummer som ska vara kvar hos nuvarande operatör (vid delportering)", next(t), 40,
          y, 515, "remaining_numbers")
    y -= 26
    s.band(40, y, W4 - 80, "4  Datum och kontakt", 9)
    y -= 34
    above(s, "Önskat porteringsdatum (ÅÅÅÅ-MM-DD)", next(t), 40, y, 150, "requested_date")
    above(s, "Telefon dagtid", next(t), 205, y, 140, "contact_phone")
    above(s, "E-post för orderbekräftelse", next(t), 360, y, 195, "contact_email")
    y -= 26
    s.band(40, y, W4 - 80, "5  Underskrift av behörig firmatecknare", 9)
    y -= 48
    s.sign_line("Underskrift", 40, y, 300, label_below=True)
    s.widget(next(t), 330, y, 100, 15, "date_signed")
    s.text(330, y - 9, "Datum", 6.5)
    s.widget(next(t), 445, y, 110, 15, None, optional=True)
    s.text(445, y - 9, "Ort", 6.5)
    y -= 38
    s.widget(next(t), 40, y, 260, 15, "authorized_name")
    s.text(40, y - 9, "Namnförtydligande", 6.5)
    s.widget(next(t), 330, y, 225, 15, "authorized_title")
    s.text(330, y - 9, "Befattning", 6.5)
    office_panel(s, 40, 40, W4 - 80, "Fjällnät internt - fylls i av Fjällnät",
                 ["Ordernummer", "Säljare", "Registrerad"], widgets=t)
    s.footer("FN-NP-F 2026:1")
    return s.build()


FORMS = {
    "r14-us-clec-npa-fillable": us_clec_npa,
    "r14-nz-port-authority-flat": nz_port_authority_paper,
    "r14-mx-portabilidad-flat": mx_portabilidad_paper,
    "r14-se-fullmakt-fillable": se_fullmakt_fillable,
}
