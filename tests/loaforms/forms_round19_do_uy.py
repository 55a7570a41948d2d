"""Round 19 (held back), the Dominican Republic and Uruguay: a Santo Domingo provider's paper
solicitud de portabilidad numérica whose first paragraph is a sentence with blanks captioned in
brackets under them (nombre, cédula not ours, cargo, razón social, RNC not ours), persona jurídica
/ física ticks, Municipio / Provincia / Código postal, the donor provider and its contract
number, total / parcial ticks, a 'No. | Número telefónico | Servicio' table 1-8 whose service
column is not ours, a line for the numbers that stay, the desired date in dd / mm / aaaa boxes,
a signature beside a company stamp box not ours and the receiving provider's signature not ours;
and a Montevideo mobile operator's fillable solicitud de portación (widgets named in Spanish
without accents: 'Nombre' holding the razón social, RUT and CI not ours, a TipoCliente radio
Opcion1 / Opcion2, a Departamento drop-down, the código postal in a five-cell comb, the donor
operator chosen from a drop-down, a Portacion radio Total / Parcial, Linea1..10 created across and
printed down two columns, a Fecha widget dd/mm/aaaa, a signature line with no widget over
'Aclaración', a Lugar widget not ours, an operator panel not ours). Truth from the drawn page;
the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import Gap, date_parts, letterhead, numbered_slots, numbers_table
from tests.loaforms.round10_kit import captioned_sentence, comb_widget
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import radio_row
from tests.loaforms.round14_kit import office_panel, witness_line
from tests.loaforms.round17_kit import left_widget

Built = tuple[bytes, dict[str, Any]]
W, H = float(LETTER[0]), float(LETTER[1])
W4, H4 = float(A4[0]), float(A4[1])


def _do_client(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "I. DATOS DEL CLIENTE", 8.5)
    y -= 22
    s.text(40, y + 0.5, "Tipo de cliente:", 8.5)
    s.tick(120, y, "check:business", "Persona jurídica")
    s.tick(230, y, "check:residential", "Persona física")
    y -= 26
    y = captioned_sentence(s, 40, y, [
        "Yo,", Gap(170, "authorized_name", "nombre completo"), ", portador(a) de la cédula "
        "No.", Gap(110, None, "cédula de identidad y electoral"), ", en calidad de",
        Gap(120, "authorized_title", "cargo"), "de", Gap(230, "account_name",
                                                       "nombre o razón social del titular"),
        ", RNC No.", Gap(90, None, "RNC"), ", solicito la portabilidad de los números "
        "indicados en esta solicitud a Caribe Enlace, S.A.", ], size=8.5, right=W - 40)
    y -= 30
    under(s, "Dirección (calle, número, sector)", 40, y, W - 40, "street")
    y -= 28
    under(s, "Municipio", 40, y, 220, "city")
    under(s, "Provincia", 232, y, 420, "state")
    under(s, "Código postal", 432, y, W - 40, "postal_code")
    y -= 28
    under(s, "Teléfono de contacto", 40, y, 220, "contact_phone")
    under(s, "Correo electrónico", 232, y, W - 40, "contact_email")
    return y - 24


def _do_lines(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "II. PRESTADORA DONANTE Y NÚMEROS A PORTAR", 8.5)
    y -= 28
    under(s, "Prestadora donante (compañía actual)", 40, y, 260, "carrier")
    under(s, "No. de cuenta o contrato", 272, y, 420, "account_number")
    under(s, "Número principal de la cuenta", 432, y, W - 40, "btn")
    y -= 24
    s.tick(40, y, "check:full_port", "Portabilidad total (todos los números de la cuenta)")
    s.tick(300, y, "check:partial_port", "Portabilidad parcial (sólo los indicados)")
    slots = s.slot_group(ordered=True)
    y = numbers_table(s, slots, 40, y - 8, [("Número telefónico", 230, "number", False),
                                            ("Servicio (voz / fax / central)", 160, None,
                                             False)], rows=8, row_h=16)
    y -= 26
    under(s, "Números que se quedan con la prestadora donante (portabilidad parcial)", 40, y,
          W - 40, "remaining_numbers")
    y -= 30
    s.text(40, y + 4, "Fecha deseada para la portabilidad:", 8.5)
    date_parts(s, 200, y, [("dd", 24, "requested_day"), ("mm", 24, "requested_month"),
                           ("aaaa", 40, "requested_year")])
    return y - 22


def do_paper() -> Built:
    s = letter("r19-do-solicitud-paper", "DO", "es", ["r19-do", "r19-do-home"],
               "Paper (Dominican Republic). Persona jurídica / física ticks; a sentence with "
               "blanks captioned in brackets under them (nombre, cédula not ours, cargo, razón "
               "social, RNC not ours); dirección, municipio, provincia, código postal under "
               "their lines; contact phone and e-mail; prestadora donante, cuenta / contrato, "
               "número principal; total / parcial ticks; 'No. | Número telefónico | Servicio' "
               "rows 1-8 (service column not ours); numbers that stay; desired date dd / mm / "
               "aaaa boxes; signature line, a stamp box not ours, date dd/mm/aaaa; the receiving "
               "provider's representative's signature not ours; solicitud no. not ours.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W - 40, H - 40, ["Caribe Enlace, S.A.", "Av. Winston Churchill No. 1099, "
                                   "Santo Domingo, D.N.", "RNC 1-31-55501-2"])
    s.text(40, H - 46, "SOLICITUD DE PORTABILIDAD NUMÉRICA", 13, bold=True)
    s.text(40, H - 59, "Servicio de telefonía fija - Reglamento de Portabilidad Numérica", 8.5)
    s.blank("Solicitud No.", 40, H - 76, 200, None)
    y = _do_client(s, H - 96)
    y = _do_lines(s, y)
    y = s.para(40, y, "Declaro que los datos suministrados son correctos y que la cuenta con la "
               "prestadora donante se mantiene activa hasta completarse la portabilidad.",
               W - 80, 7.5) - 30
    s.sign_line("Firma del titular o representante legal", 40, y, 280, label_below=True)
    s.box(300, y - 10, 110, 46, None, "Sello de la empresa")
    s.text(304, y + 28, "Sello de la empresa", 6.5)
    under(s, "Fecha (dd/mm/aaaa)", 430, y, W - 40, "date_signed")
    y -= 50
    witness_line(s, "Recibido por (representante de Caribe Enlace)", 40, y, 280)
    s.footer("CE-PN-01 / 2026")
    return s.build()


def _uy_client(s: Sheet, y: float) -> float:
    s.band(40, y, W4 - 80, "DATOS DEL TITULAR DEL SERVICIO", 8.5)
    y -= 22
    s.text(40, y + 1, "Tipo de cliente", 8)
    radio_row(s, "TipoCliente", 150, y, [("Opcion1", "Empresa", "check:business"),
                                         ("Opcion2", "Particular", "check:residential")])
    y -= 22
    left_widget(s, "Nombre o razón social", "Nombre", 40, y, 110, 405, "account_name")
    y -= 20
    left_widget(s, "RUT", "RUT", 40, y, 110, 150, None)
    left_widget(s, "C.I. del titular o representante", "CI", 310, y, 125, 120, None)
    y -= 20
    left_widget(s, "Dirección", "Direccion", 40, y, 110, 405, "street")
    y -= 20
    left_widget(s, "Localidad", "Localidad", 40, y, 110, 150, "city")
    s.text(310, y + 4, "Departamento", 8)
    choice_widget(s, "Departamento", 370, y, 100, [
        "Artigas", "Canelones", "Cerro Largo", "Colonia", "Durazno", "Flores", "Florida",
        "Lavalleja", "Maldonado", "Montevideo", "Paysandú", "Río Negro", "Rivera", "Rocha",
        "Salto", "San José", "Soriano", "Tacuarembó", "Treinta y Tres"], "state", h=14)
    s.text(480, y + 4, "C.P.", 8)
    comb_widget(s, "CP", 498, y, 5, "postal_code", cell_w=11.4, h=14, what="Código postal")
    y -= 20
    left_widget(s, "Teléfono de contacto", "Telefono", 40, y, 110, 150, "contact_phone")
    left_widget(s, "Correo electrónico", "Mail", 310, y, 80, 165, "contact_email")
    return y - 28


def _uy_lines(s: Sheet, y: float) -> float:
    s.band(40, y, W4 - 80, "OPERADOR DONANTE Y LÍNEAS A PORTAR", 8.5)
    y -= 24
    s.text(40, y + 4, "Operador actual", 8)
    choice_widget(s, "Operador", 150, y, 120, ["Antel", "Claro", "Movistar"], "carrier", h=14)
    left_widget(s, "Nro. de cliente / cuenta", "NroCuenta", 310, y, 100, 145, "account_number")
    y -= 22
    s.text(40, y + 1, "Portación", 8)
    radio_row(s, "Portacion", 150, y, [("Total", "Total (todas las líneas del contrato)",
                                        "check:full_port"),
                                       ("Parcial", "Parcial (sólo las líneas indicadas)",
                                        "check:partial_port")])
    y -= 24
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=2, rows=5, col_w=(W4 - 80) / 2, down=True, row_h=19,
                   names=[f"Linea{k + 1}" for k in range(10)], label="{n})")
    y -= 5 * 19 + 22
    s.text(40, y + 18, "Líneas que permanecen en el operador actual (portación parcial)", 7.5)
    s.widget("Permanecen", 40, y, W4 - 80, 14, "remaining_numbers")
    y -= 22
    left_widget(s, "Fecha preferida (dd/mm/aaaa)", "Fecha1", 40, y, 130, 90, "requested_date")
    return y - 26


def uy_fillable() -> Built:
    s = a4("r19-uy-portacion-movil-fillable", "UY", "es", ["r19-uy", "r19-uy-home"],
           "Fillable (Uruguay, mobile). Widgets named in Spanish without accents: TipoCliente "
           "radio Opcion1 Empresa / Opcion2 Particular, 'Nombre' = nombre o razón social, RUT and "
           "CI not ours, Direccion, Localidad, Departamento drop-down, CP comb (5), Telefono, "
           "Mail; Operador drop-down (Antel / Claro / Movistar) = the donor; NroCuenta; "
           "Portacion radio Total / Parcial; Linea1..10 created across, printed 1-5 and 6-10 "
           "down two columns; Permanecen; Fecha1 dd/mm/aaaa; a signature line with no widget, "
           "Aclaracion (printed name), Cargo, Fecha2 (date signed), Lugar not ours; an operator "
           "panel of widgets not ours (NIP, SIM, fecha de ventana).")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, H4 - 48, "celeste", 20, bold=True)
    s.text(40, H4 - 60, "Celeste Móvil S.A.  -  Portabilidad numérica", 8)
    s.text(W4 - 250, H4 - 48, "SOLICITUD DE PORTACIÓN", 13, bold=True)
    s.text(W4 - 250, H4 - 60, "de líneas móviles a Celeste Móvil", 8.5)
    y = _uy_client(s, H4 - 90)
    y = _uy_lines(s, y)
    s.band(40, y, W4 - 80, "CONSENTIMIENTO", 8.5)
    y = s.para(40, y - 16, "Solicito la portación de las líneas indicadas a Celeste Móvil S.A. y "
               "la baja de esas líneas con el operador actual una vez concretada la portación. "
               "Declaro ser el titular de las líneas o su representante con facultades "
               "suficientes.", W4 - 80, 7.5) - 34
    s.sign_line("Firma del titular", 40, y, 280, label_below=True)
    left_widget(s, "Aclaración", "Aclaracion", 300, y - 2, 56, 199, "authorized_name")
    y -= 36
    left_widget(s, "Cargo", "Cargo", 40, y, 40, 200, "authorized_title")
    left_widget(s, "Lugar", "Lugar", 300, y, 30, 90, None, optional=True)
    left_widget(s, "Fecha", "Fecha2", 430, y, 30, 95, "date_signed")
    office_panel(s, 40, 50, W4 - 80, "USO EXCLUSIVO DE CELESTE MÓVIL",
                 ["NIP de portabilidad", "SIM (ICCID)", "Ventana de portación", "Vendedor"],
                 widgets=iter(["UsoNIP", "UsoSIM", "UsoVentana", "UsoVendedor"]))
    return s.build()


FORMS = {"r19-do-solicitud-paper": do_paper, "r19-uy-portacion-movil-fillable": uy_fillable}
