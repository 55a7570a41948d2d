"""Round 17 (held back), Prince Edward Island and Colombia: a Charlottetown CLEC's partly fillable
Letter of Authorization in English (widgets named after their labels, printed above them, for the
customer and the current provider; 'operating as (if different)' and a wireless-only account PIN
not ours; the rest on paper: all / only ticks, number lines 1-12 numbered ACROSS three columns,
the numbers that stay, a requested due date YYYY-MM-DD, an AM / PM cut-over window not ours,
captions under the signature, name, title and date lines); a Medellín provider's paper solicitud
de portación de números fijos (the request date in DD / MM / AAAA boxes at the top beside a
radicado number not ours, persona natural / jurídica ticks, cells captioned in their top-left
corner, document type and number, barrio and estrato not ours, municipio and departamento, the
receiving provider printed in its own cell, a SÍ / NO question on porting every number, a table
'No. | Número a portar | Tipo de línea' whose type column is not ours, the numbers that stay in a
tall cell beside it, the desired date in DD / MM / AAAA boxes, a signature cell beside a
fingerprint box not ours, C.C. of the signer not ours). Truth from the drawn page; the filler
never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import LETTER

from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round3_kit import cell, under
from tests.loaforms.round5_kit import date_parts, numbered_slots, numbers_table, widget_above
from tests.loaforms.round9_kit import yes_no

Built = tuple[bytes, dict[str, Any]]
W, H = float(LETTER[0]), float(LETTER[1])


def _pe_fillable_part(s: Sheet) -> float:
    s.text(40, H - 44, "Island Coastal Networks", 15, bold=True)
    s.text(40, H - 56, "Island Coastal Networks Inc.  -  97 Queen Street, Charlottetown, PE "
           "C1A 4A9  -  lnp@islandcoastal.example", 7.5)
    s.text(40, H - 84, "Letter of Authorization - Local Number Portability (LNP)", 13, bold=True)
    s.band(40, H - 110, W - 80, "CUSTOMER INFORMATION (exactly as on your current bill)", 8.5)
    y = H - 146
    widget_above(s, "Legal Name of Business or Customer", "Legal Name of Business or Customer",
                 40, y, 300, "account_name")
    widget_above(s, "Operating as (if different)", "Operating as if different", 352, y, 220,
                 None)
    y -= 34
    widget_above(s, "Street Address", "Street Address", 40, y, 300, "street")
    widget_above(s, "Community", "Community", 352, y, 220, "city")
    y -= 34
    widget_above(s, "Province", "Province", 40, y, 60, "state")
    widget_above(s, "Postal Code", "Postal Code", 112, y, 90, "postal_code")
    widget_above(s, "Contact Phone", "Contact Phone", 214, y, 126, "contact_phone")
    widget_above(s, "Contact E-mail", "Contact Email", 352, y, 220, "contact_email")
    s.band(40, y - 24, W - 80, "CURRENT SERVICE PROVIDER", 8.5)
    y -= 60
    widget_above(s, "Current Service Provider", "Current Service Provider", 40, y, 200,
                 "carrier")
    widget_above(s, "Account Number", "Account Number", 252, y, 150, "account_number")
    widget_above(s, "Main Billing Telephone Number", "Main Billing Telephone Number", 414, y,
                 158, "btn")
    y -= 34
    widget_above(s, "Account PIN (wireless accounts only)", "Account PIN", 40, y, 120, None)
    return y - 26


def _pe_paper_part(s: Sheet, y: float) -> None:
    s.band(40, y, W - 80, "NUMBERS TO BE PORTED (please print)", 8.5)
    y -= 22
    s.tick(40, y, "check:full_port", "Port all numbers on the account")
    s.tick(230, y, "check:partial_port", "Port only the numbers listed below")
    y -= 24
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=3, rows=4, col_w=(W - 80) / 3, down=False, row_h=19)
    y -= 4 * 19 + 12
    s.blank("Numbers that will remain with the current service provider:", 40, y, W - 40,
            "remaining_numbers", size=8)
    y -= 24
    s.blank("Requested due date (YYYY-MM-DD):", 40, y, 260, "requested_date", size=8)
    s.text(300, y, "Preferred cut-over window:", 8)
    s.tick(410, y - 1, None, "AM (8-12)")
    s.tick(480, y - 1, None, "PM (13-17)")
    y -= 22
    y = s.para(40, y, "I authorize Island Coastal Networks Inc. to act as my agent to port the "
               "telephone numbers listed above from my current service provider and to "
               "disconnect the corresponding services with that provider. I confirm that I am "
               "the account holder or am authorized to act on the account holder's behalf, and "
               "that any amounts owing to the current service provider remain my "
               "responsibility.", W - 80, 7.5) - 34
    s.sign_line("Authorized Signature", 40, y, 300, label_below=True)
    under(s, "Date (YYYY-MM-DD)", 330, y, 460, "date_signed")
    y -= 36
    under(s, "Print Name", 40, y, 300, "authorized_name")
    under(s, "Title", 330, y, W - 40, "authorized_title")
    s.footer("ICN-LNP-PE  rev. 2026-02")


def pe_loa_partly() -> Built:
    s = letter("r17-pe-loa-partly", "CA", "en", ["r17-pe", "r17-pe-partial"],
               "Partly fillable, Prince Edward Island, English. Widgets named after their "
               "labels (printed above them, bold): legal name, 'Operating as (if different)' "
               "not ours, street, Community (the town), Province, Postal Code, contact phone "
               "and e-mail; current service provider, account number, main billing number; "
               "an account PIN for wireless accounts only (not ours: a landline port). On "
               "paper: all / only ticks, lines 1-12 numbered ACROSS three columns, numbers "
               "that remain, requested due date YYYY-MM-DD, an AM / PM cut-over window not "
               "ours, signature / date / print name / title with captions under the lines.")
    s.date_formats = ["%Y-%m-%d"]
    _pe_paper_part(s, _pe_fillable_part(s))
    return s.build()


def _co_head(s: Sheet) -> None:
    s.text(40, H - 46, "CONECTA ANDES", 16, bold=True)
    s.text(40, H - 58, "Conecta Andes S.A.S. E.S.P.  -  NIT 901.448.120-3  -  Medellín, "
           "Antioquia", 7.5)
    s.blank("Radicado No.", 400, H - 40, W - 40, None, size=8)
    s.text(400, H - 62, "Fecha de solicitud", 8)
    date_parts(s, 478, H - 70, [("DD", 20, "date_signed_day"), ("MM", 20, "date_signed_month"),
                                ("AAAA", 34, "date_signed_year")], above=True, h=14)
    s.text(40, H - 94, "SOLICITUD DE PORTACIÓN DE NÚMERO(S) FIJO(S)", 13, bold=True)
    s.para(40, H - 107, "Diligencie en letra clara. Los datos deben coincidir con los "
           "registrados ante el proveedor donante.", W - 80, 7.5)


def _co_user(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "1. DATOS DEL USUARIO SOLICITANTE", 8.5)
    y -= 20
    s.tick(40, y, "check:residential", "Persona natural")
    s.tick(160, y, "check:business", "Persona jurídica")
    y -= 30
    cell(s, "Nombre completo o razón social", 40, y, 330, "account_name")
    cell(s, "Tipo y número de documento (C.C. / C.E. / NIT)", 370, y, 202, None)
    y -= 24
    cell(s, "Dirección de instalación del servicio", 40, y, 330, "street")
    cell(s, "Barrio", 370, y, 130, None)
    cell(s, "Estrato", 500, y, 72, None)
    y -= 24
    cell(s, "Municipio", 40, y, 170, "city")
    cell(s, "Departamento", 210, y, 160, "state")
    cell(s, "Código postal", 370, y, 202, "postal_code")
    y -= 24
    cell(s, "Teléfono de contacto", 40, y, 200, "contact_phone")
    cell(s, "Correo electrónico", 240, y, 332, "contact_email")
    return y - 22


def _co_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "2. PROVEEDORES", 8.5)
    y -= 30
    cell(s, "Proveedor donante (operador actual)", 40, y, 200, "carrier")
    cell(s, "No. de contrato o cuenta con el donante", 240, y, 160, "account_number")
    cell(s, "Proveedor receptor", 400, y, 172, None)
    s.text(404, y + 5, "Conecta Andes S.A.S. E.S.P.", 8.5, bold=True)
    y -= 22
    s.band(40, y, W - 80, "3. NÚMEROS A PORTAR", 8.5)
    y -= 20
    yes_no(s, "¿Solicita portar todos los números asociados al contrato?", 40, y,
           "check:full_port", "check:partial_port", at=300, words=("SÍ", "NO"))
    y -= 10
    slots = s.slot_group(ordered=True)
    bottom = numbers_table(s, slots, 40, y, [("Número a portar (10 dígitos)", 150, "number",
                                               False),
                                              ("Tipo de línea (básica / RDSI / SIP)", 130,
                                               None, False)], rows=8, row_h=17)
    cell(s, "Números que permanecen con el proveedor donante", 350, bottom, 222,
         "remaining_numbers", h=y - bottom)
    y = bottom - 24
    s.text(40, y + 4, "Fecha deseada para la portación", 8)
    date_parts(s, 180, y, [("DD", 20, "requested_day"), ("MM", 20, "requested_month"),
                           ("AAAA", 34, "requested_year")], h=14)
    return y - 32


def co_solicitud_paper() -> Built:
    s = letter("r17-co-solicitud-portacion-paper", "CO", "es", ["r17-co", "r17-co-home"],
               "Paper, Colombia, Spanish. The request date (fecha de solicitud) in DD / MM / "
               "AAAA boxes at the top beside a radicado number not ours; persona natural / "
               "jurídica ticks; cells captioned in their top-left corner: nombre o razón "
               "social, document type and number (not ours), dirección de instalación, barrio "
               "and estrato (not ours), municipio, departamento, código postal, contact phone "
               "and e-mail; proveedor donante and contrato; the receiving provider printed in "
               "its own cell (not ours); SÍ / NO on porting every number; 'No. | Número a "
               "portar | Tipo de línea' rows 1-8 (type not ours); numbers that stay in a tall "
               "cell beside the table; fecha deseada in DD / MM / AAAA boxes; a signature cell "
               "beside a fingerprint box (not ours); nombre, C.C. (not ours) and cargo.")
    s.date_formats = ["%d/%m/%Y"]
    _co_head(s)
    y = _co_numbers(s, _co_user(s, H - 130))
    s.band(40, y, W - 80, "4. DECLARACIÓN Y FIRMA", 8.5)
    y = s.para(40, y - 18, "Declaro que soy el titular de los números indicados o su "
               "representante legal, que la información suministrada es veraz y que autorizo a "
               "Conecta Andes S.A.S. E.S.P. a adelantar ante el proveedor donante el proceso de "
               "portación y la terminación del contrato respecto de los números portados.",
               W - 80, 7.5) - 50
    cell(s, "Firma del usuario o representante legal", 40, y, 300, "signature", h=44)
    cell(s, "Huella índice derecho", 352, y - 16, 70, None, h=60)
    y -= 30
    cell(s, "Nombre", 40, y, 300, "authorized_name")
    y -= 24
    cell(s, "C.C. No.", 40, y, 140, None)
    cell(s, "Cargo", 180, y, 160, "authorized_title")
    s.footer("CA-PORT-FIJO-F01  v3  -  Original: Conecta Andes  /  Copia: usuario")
    return s.build()


FORMS = {"r17-pe-loa-partly": pe_loa_partly,
         "r17-co-solicitud-portacion-paper": co_solicitud_paper}
