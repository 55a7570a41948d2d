"""Round 23 (held back), Catalonia and Madeira: a Girona operator's two-page partly fillable
solicitud de portabilidad in Spanish whose widgets keep an export tool's names (Campo_de_texto_N,
'Campo_de_texto_4' holding the postcode and 'Fax' the contact phone), the holder's name one field
shown on both pages (both truth), a CIF / NIF not ours, 'Sí / No' checkboxes exporting 'Sí' with
the box to the right of the words ('¿Porta todos los números?' answers full or partial), a
numbers table of widgets with an ICC / SIM column not ours, the numbers that stay in a paper
table, page 2 with the conditions and an authorised signatory row (nombre | cargo | firma on
paper | fecha) and the receiving operator's panel not ours; and a Madeira paper pedido de
portabilidade in Portuguese whose blanks are underscores in the text layer, the postcode in an
eight-box comb, NIF and Cartão de Cidadão not ours, Empresarial / Particular ticks right of
their words, numbers on lines numbered across three columns, numbers to keep as their own
table, dd/mm/aaaa boxes, an authorised signatory row of four cells and a procurador not ours.
Truth from the drawn page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round3_kit import terms_page
from tests.loaforms.round5_kit import date_parts, numbers_table, sign_cells
from tests.loaforms.round9_kit import comb_boxes
from tests.loaforms.round10_kit import check_after, tick_after
from tests.loaforms.round14_kit import office_panel, witness_line
from tests.loaforms.round20_kit import letterhead
from tests.loaforms.round23_kit import export_words, grey_row, twin_fields, underscores

Built = tuple[bytes, dict[str, Any]]
W4, H4 = float(A4[0]), float(A4[1])
_CONDICIONES = (
    "El titular solicita conservar su numeración al cambiar de operador. La portabilidad se "
    "ejecuta en la ventana de cambio acordada entre los operadores; durante la misma puede "
    "haber una breve interrupción del servicio. El titular no debe dar de baja el servicio con "
    "el operador donante antes de la portabilidad. Los datos del titular deben coincidir con "
    "los que constan en el operador donante; en caso contrario la solicitud será denegada. La "
    "baja en el operador donante se produce para los números portados. ")


def _ct_holder(s: Sheet, y: float) -> float:
    s.band(40, y, W4 - 80, "1. DATOS DEL TITULAR", 8.5)
    y -= 22
    grey_row(s, 40, y, [("Nombre / Razón social", 120, W4 - 200, "account_name")],
             names=iter(["Titular"]))
    y -= 18
    grey_row(s, 40, y, [("CIF / NIF", 120, 130, None), ("Teléfono de contacto", 100,
                                                        W4 - 430, "contact_phone")],
             names=iter(["Campo_de_texto_1", "Fax"]))
    y -= 18
    grey_row(s, 40, y, [("Domicilio de instalación", 120, W4 - 200, "street")],
             names=iter(["Campo_de_texto_2"]))
    y -= 18
    grey_row(s, 40, y, [("Población", 120, 130, "city"), ("Provincia", 60, 90, "state"),
                        ("C.P.", 40, W4 - 520, "postal_code")],
             names=iter(["Campo_de_texto_3", "Campo_de_texto_5", "Campo_de_texto_4"]))
    y -= 18
    grey_row(s, 40, y, [("Correo electrónico", 120, W4 - 200, "contact_email")],
             names=iter(["Campo_de_texto_6"]))
    y -= 20
    x = check_after(s, "Casilla1", "Empresa", 40, y, "check:business")
    check_after(s, "Casilla2", "Particular", x, y, "check:residential")
    return y - 22


def _ct_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W4 - 80, "2. OPERADOR DONANTE Y NUMERACIÓN", 8.5)
    y -= 22
    grey_row(s, 40, y, [("Operador donante", 120, 180, "carrier"),
                        ("Nº de cliente", 70, W4 - 490, "account_number")],
             names=iter(["Campo_de_texto_7", "Campo_de_texto_8"]))
    y -= 18
    grey_row(s, 40, y, [("Número de cabecera", 120, 180, "btn")],
             names=iter(["Campo_de_texto_9"]))
    y -= 20
    x = s.text(40, y + 1, "¿Porta todos los números del contrato?", 8.5) + 10
    x = check_after(s, "Casilla3", "Sí", x, y, "check:full_port")
    check_after(s, "Casilla4", "No (sólo los indicados)", x, y, "check:partial_port")
    slots = s.slot_group(ordered=True)
    cols: list[tuple[str, float, str | None, bool]] = [
        ("Número a portar", 150, "number", False), ("ICC / SIM (sólo móviles)", 150, None, False)]
    widgets = [f"Campo_de_texto_{n}" for n in range(10, 22)]
    y = numbers_table(s, slots, 40, y - 8, cols, rows=6, row_h=16, head="Nº",
                      widgets=widgets) - 16
    s.text(40, y, "Numeración que permanece en el operador donante (portabilidad parcial):", 8,
           bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    y = numbers_table(s, stay, 40, y - 4, [("Número", 150, "number", False)], rows=3,
                      row_h=16, head="Nº") - 18
    grey_row(s, 40, y, [("Fecha deseada (dd/mm/aaaa)", 150, 90, "requested_date")],
             names=iter(["Campo_de_texto_22"]))
    return y


def ct_solicitud_partly() -> Built:
    s = a4("r23-ct-solicitud-portabilidad-partly", "ES", "es", ["r23-ct", "r23-ct-partial"],
           "Partly fillable, Catalonia, Spanish, two pages. Export-tool names Campo_de_texto_N "
           "('Campo_de_texto_4' the C.P., 'Fax' the contact phone, 'Titular' the holder's name "
           "shown on both pages); CIF / NIF not ours; checkboxes exporting 'Sí' with the box "
           "right of the words (Empresa / Particular; '¿Porta todos los números?' Sí = full, "
           "No = partial); numbers 1-6 in widgets with an ICC / SIM column not ours; numbers "
           "that stay in a paper table; page 2: conditions, the holder again, an authorised "
           "signatory row nombre | cargo | firma (paper) | fecha, the receiving operator's "
           "panel not ours.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Gironès Xarxa Telecom, S.L.", "Carrer Nou 40, 17001 Girona",
                                     "Atenció al client 972 555 100"])
    s.text(40, H4 - 46, "Solicitud de portabilidad", 15, bold=True)
    s.text(40, H4 - 60, "Telefonía fija y móvil - hoja 1 de 2", 9)
    y = _ct_holder(s, H4 - 86)
    _ct_numbers(s, y)
    s.footer("GXT-PORT-ES v3  -  hoja 1 de 2")
    s.next_page()
    y = terms_page(s, H4 - 50, W4 - 80, heading="Condiciones de la portabilidad", repeat=2,
                   words=_CONDICIONES)
    y -= 10
    grey_row(s, 40, y, [("Titular", 120, W4 - 200, "account_name")], names=iter(["Titular"]))
    y -= 30
    s.text(40, y + 4, "FIRMANTE AUTORIZADO", 7.5, bold=True)
    y -= 38
    sign_cells(s, 40, y, [("Nombre y apellidos", 160, "authorized_name"),
                          ("Cargo", 110, "authorized_title"),
                          ("Firma", 150, "signature"),
                          ("Fecha (dd/mm/aaaa)", W4 - 80 - 420, "date_signed")])
    # the name, title and date cells are widgets laid over the printed cells' lower part
    for place, name in zip(s.places[-4:], ["Campo_de_texto_23", "Campo_de_texto_24", "",
                                           "Campo_de_texto_25"], strict=True):
        if name:
            x0, y0, x1, _ = place["rect"]
            s.c.acroForm.textfield(name=name, tooltip="", x=x0 + 2, y=y0 + 2,
                                   width=x1 - x0 - 4, height=16, fontSize=9, borderWidth=0)
            place["widget"] = name
            place["rect"] = [round(v, 1) for v in (x0 + 2, y0 + 2, x1 - 2, y0 + 18)]
    office_panel(s, 40, 60, W4 - 80, "A RELLENAR POR EL OPERADOR RECEPTOR",
                 ["Código de solicitud", "NRN", "Fecha de ventana", "Agente"],
                 widgets=iter([f"Campo_de_texto_{n}" for n in range(30, 34)]))
    s.footer("GXT-PORT-ES v3  -  hoja 2 de 2")
    pdf, truth = s.build()
    pdf = twin_fields(pdf, ["Titular"])
    return export_words(pdf, {f"Casilla{k}": "Sí" for k in range(1, 5)}), truth


# -- Madeira -------------------------------------------------------------------------------------
def ma_paper() -> Built:
    s = a4("r23-ma-pedido-portabilidade-paper", "PT", "pt", ["r23-ma", "r23-ma-home"],
           "Paper, Madeira, Portuguese. Blanks typed as underscores in the text layer ('Nome / "
           "Denominação: ____'); código postal in an eight-box comb; NIF and Cartão de Cidadão "
           "not ours; Empresarial / Particular and todos / alguns ticks with the box right of "
           "the words; numbers 1-9 on lines numbered across three columns; numbers to keep as "
           "their own table; data pretendida in dd/mm/aaaa boxes; authorised signatory row "
           "nome | cargo | assinatura | data; a procurador's block not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    s.text(40, H4 - 46, "ATLÂNTICO FIBRA, S.A.", 14, bold=True)
    s.text(40, H4 - 60, "Pedido de Portabilidade de Números", 10)
    s.right_text(W4 - 40, H4 - 46, "Avenida do Mar 12, 9000-055 Funchal", 7.5)
    y = H4 - 92
    s.text(40, y, "A. TITULAR DO CONTRATO", 9, bold=True)
    y -= 18
    underscores(s, "Nome / Denominação:", 40, y, 86, "account_name")
    y -= 20
    underscores(s, "Morada de instalação:", 40, y, 84, "street")
    y -= 20
    end = s.text(40, y, "Código postal:", 8.5) + 4
    end = comb_boxes(s, end, y - 4, 8, "postal_code", "código postal", cell=12, h=15) + 12
    underscores(s, "Localidade:", end, y, 40, "city")
    y -= 20
    end = underscores(s, "NIF / NIPC:", 40, y, 24, None)
    underscores(s, "Cartão de Cidadão n.º:", end + 14, y, 30, None)
    y -= 20
    end = underscores(s, "Telefone de contacto:", 40, y, 26, "contact_phone")
    underscores(s, "E-mail:", end + 14, y, 40, "contact_email")
    y -= 22
    x = tick_after(s, "Cliente empresarial", 40, y, "check:business")
    tick_after(s, "Cliente particular", x, y, "check:residential")
    y -= 28
    s.text(40, y, "B. OPERADOR ATUAL", 9, bold=True)
    y -= 18
    end = underscores(s, "Operador doador:", 40, y, 34, "carrier")
    underscores(s, "N.º de cliente:", end + 14, y, 30, "account_number")
    y -= 20
    underscores(s, "Número principal do contrato:", 40, y, 28, "btn")
    y -= 28
    s.text(40, y, "C. NÚMEROS A PORTAR", 9, bold=True)
    y -= 18
    x = tick_after(s, "Todos os números do contrato", 40, y, "check:full_port")
    tick_after(s, "Apenas os números abaixo", x, y, "check:partial_port")
    y -= 24
    slots = s.slot_group(ordered=True)
    col_w = (W4 - 80) / 3
    for k in range(9):
        col, row = k % 3, k // 3  # numbered across: 1 2 3 / 4 5 6 / 7 8 9
        x = 40 + col * col_w
        yy = y - row * 22
        s.text(x, yy, f"{k + 1}.", 8.5)
        s.line_under(x + 16, yy - 2, x + col_w - 14, None, f"número {k + 1}")
        place = s.places.pop()
        r0, r1, r2, r3 = place["rect"]
        s.slot(slots, (r0, r1, r2, r3), place["what"])
    y -= 3 * 22 + 10
    s.text(40, y, "D. NÚMEROS QUE SE MANTÊM NO OPERADOR DOADOR (portabilidade parcial)", 9,
           bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    y = numbers_table(s, stay, 40, y - 6, [("Número", 160, "number", False),
                                           ("Observações (operador)", 160, None, True)],
                      rows=2, row_h=17, head="N.º") - 24
    end = s.text(40, y, "Data pretendida para a portabilidade:", 8.5) + 8
    date_parts(s, end, y - 5, [("dd", 24, "requested_day"), ("mm", 24, "requested_month"),
                               ("aaaa", 40, "requested_year")])
    y -= 30
    s.para(40, y, "Autorizo a Atlântico Fibra, S.A. a pedir ao operador doador a portabilidade "
           "dos números acima e a cessação do contrato quanto a esses números.", W4 - 80, 8)
    y -= 56
    sign_cells(s, 40, y, [("Nome", 170, "authorized_name"), ("Cargo", 110, "authorized_title"),
                          ("Assinatura", 140, "signature"),
                          ("Data (dd/mm/aaaa)", W4 - 80 - 420, "date_signed")])
    y -= 40
    witness_line(s, "Procurador (se aplicável): nome e assinatura", 40, y, 300)
    underscores(s, "Procuração n.º:", 330, y + 2, 26, None)
    s.footer("AF-POR-03  Madeira")
    return s.build()


FORMS = {"r23-ct-solicitud-portabilidad-partly": ct_solicitud_partly,
         "r23-ma-pedido-portabilidade-paper": ma_paper}
