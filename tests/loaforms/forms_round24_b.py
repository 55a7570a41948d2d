"""Round 24, second batch (tuning material, written from the drawn page; the filler was never
run on these by their author):

- A Tyrolean fillable Antrag auf Rufnummernportierung in German: labels in a fixed column left
  of widgets "Textfeld N", an Anrede drop-down and the Firmenbuch / UID numbers not ours, a PLZ
  comb widget of four cells, check boxes exporting "Ja" with their box to the RIGHT of the words,
  a radio group "Portierungsumfang" exporting Auswahl1 / Auswahl2, "Nr. | Vorwahl | Rufnummer"
  rows of widgets, an empty Durchwahlbereich table, the numbers that stay in two widgets, the
  receiving operator's grey cells not ours, "Ort" not ours beside "Datum" TT.MM.JJJJ, the
  signature line without a widget.
- A Hamburg paper Auftrag zur Rufnummernmitnahme: a two-row header table (labels above, blanks
  under them), the PLZ in paper comb boxes, a sentence with the old provider, the signer and
  the title as captioned blanks inside it, ticks printed AFTER their words, "zu portierende
  Rufnummern" (Vorwahl per row) and "verbleibende Rufnummern" as two tables, the Wunschtermin
  in comb boxes TT MM JJJJ, an office panel.
- A Valencian fillable solicitud de portabilidad in Spanish: bold labels in grey cells beside
  widgets "Campo de texto N", NIF / CIF not ours, a Provincia drop-down, a C.P. comb widget, check
  boxes exporting "Sí" with the box to the right of the words, numbers in a table on its side
  ("Nº 1 | Nº 2 | ..." across, widgets), the numbers that stay in two widgets, "En ___ a __ de
  ______ de 20__" widgets before the signature (place not ours, the month in words), the
  receiving operator's signature and stamp not ours.
- A Paraguayan partly fillable solicitud de portabilidad numérica: the holder's details in
  widgets with captions under them, the RUC / C.I. not ours, the current carrier on dot
  leaders, "¿Porta todas las líneas?" answered by Sí / No ticks, "N° | Cód. de área | Número"
  rows on paper, the line that stays on a line, an apoderado's section not ours, "En la ciudad
  de ___, a los __ días del mes de ______ de 20__" and an authorised-signatory row (Firma,
  Aclaración, Cargo, Fecha) in four cells.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import a4
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import Gap, numbers_table, sentence, sign_cells
from tests.loaforms.round5_kit import widget_below as below
from tests.loaforms.round7_kit import range_rows
from tests.loaforms.round9_kit import dots, header_table, yes_no
from tests.loaforms.round10_kit import (
    captioned_sentence,
    check_after,
    comb_widget,
    tick_after,
    widget_sentence,
)
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import label_cells, labelled_comb, radio_row
from tests.loaforms.round14_kit import office_panel, sign_block, split_comb, witness_line
from tests.loaforms.round17_kit import left_widget
from tests.loaforms.round20_kit import code_rows, letterhead
from tests.loaforms.round24_kit import bold_grey_cells, export_states, number_columns

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def at_portierung_fillable() -> Built:
    s = a4("r24-at-portierung-fillable", "AT", "de", ["r24-at", "r24-at-partial"],
           "Fillable, Tyrol, German. Labels in a column left of widgets Textfeld N; Anrede "
           "drop-down, Firmenbuchnummer and UID not ours; PLZ comb widget of 4; check boxes "
           "exporting 'Ja', box right of the words; radio Portierungsumfang Auswahl1/Auswahl2; "
           "'Nr. | Vorwahl | Rufnummer' widget rows 1-6; empty Durchwahlbereich; numbers that "
           "stay in two widgets; receiving operator's grey cells not ours; Ort not ours, Datum "
           "TT.MM.JJJJ; signature line without a widget.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    t = (f"Textfeld {n}" for n in range(1, 99))
    letterhead(s, W4 - 40, H4 - 40, ["Inntal Glasfaser GmbH", "Grabenweg 68",
                                      "6020 Innsbruck"])
    s.text(40, H4 - 50, "Antrag auf Rufnummernportierung", 14, bold=True)
    s.text(40, H4 - 63, "Festnetz - Geschäfts- und Privatkunden", 8.5)
    y = H4 - 92
    s.text(40, y + 4, "Anrede", 8)
    choice_widget(s, "Dropdown1", 170, y, 90, ["Herr", "Frau", "Firma"], None)
    y -= 20
    for label, fld, w in (("Name / Firmenwortlaut", "account_name", 385),
                          ("Firmenbuchnummer", None, 150),
                          ("UID-Nummer", None, 150),
                          ("Straße, Hausnummer", "street", 385)):
        left_widget(s, label, next(t), 40, y, 130, w, fld)
        y -= 20
    s.text(40, y + 4, "PLZ", 8)
    comb_widget(s, "PLZ_Kamm", 170, y, 4, "postal_code", what="PLZ (comb)")
    left_widget(s, "Ort", next(t), 250, y, 30, 275, "city")
    y -= 20
    left_widget(s, "Zeichnungsberechtigte/r", next(t), 40, y, 130, 180, "authorized_name")
    left_widget(s, "Funktion", next(t), 360, y, 45, 150, "authorized_title")
    y -= 20
    left_widget(s, "Telefon für Rückfragen", next(t), 40, y, 130, 180, "contact_phone")
    left_widget(s, "E-Mail", next(t), 360, y, 45, 150, "contact_email")
    y -= 24
    x = check_after(s, "KK_Unternehmen", "Unternehmen", 40, y, "check:business")
    check_after(s, "KK_Privat", "Privatperson", x, y, "check:residential")
    y -= 26
    s.band(40, y, W4 - 80, "ABGEBENDER BETREIBER", 8.5)
    y -= 24
    left_widget(s, "Abgebender Betreiber", next(t), 40, y, 130, 385, "carrier")
    y -= 20
    left_widget(s, "Kundennummer", next(t), 40, y, 130, 150, "account_number")
    left_widget(s, "Hauptrufnummer", next(t), 330, y, 75, 150, "btn")
    y -= 22
    s.text(40, y + 1, "Portierungsumfang:", 8, bold=True)
    radio_row(s, "Portierungsumfang", 140, y, [
        ("Auswahl1", "alle Rufnummern des Anschlusses", "check:full_port"),
        ("Auswahl2", "nur die unten angeführten Rufnummern", "check:partial_port")])
    y -= 20
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Rufnummer after its Vorwahl, which has its own cell
    code_rows(s, slots, 40, y, 1, 6, ("Nr.", "Vorwahl", "Rufnummer"), (24, 60, 150),
              widgets=t)
    s.text(310, y + 4, "Durchwahlbereich (nur Anlagenanschluss)", 7.5, bold=True)
    range_rows(s, 310, y, [("von", 100), ("bis", 100), ("Anzahl", 45)], 2)
    s.text(310, y - 70, "Rufnummern, die beim abgebenden Betreiber verbleiben:", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        name = next(t)
        ry = y - 92 - k * 20
        s.widget(name, 310, ry, 180, 15, None)
        s.places.pop()
        s.slot(stay, (310, ry, 490, ry + 15), f"verbleibt {k + 1}", name)
    y -= 7 * 16 + 32
    left_widget(s, "Gewünschter Termin (TT.MM.JJJJ)", next(t), 40, y, 150, 100,
                "requested_date")
    y -= 20
    s.text(40, y, "Vom aufnehmenden Betreiber auszufüllen", 7.5, bold=True)
    label_cells(s, 40, y - 4, [("Aufnehmender Betreiber", None), ("Auftragsnummer", None),
                               ("Bearbeiter/in", None)], 130, 385,
                names=[next(t), next(t), next(t)])
    y -= 4 + 3 * 18 + 16
    y = s.para(40, y, "Ich beauftrage die Inntal Glasfaser GmbH, die oben angeführten Rufnummern "
               "zu portieren und den Vertrag mit dem abgebenden Betreiber für diese Rufnummern "
               "in meinem Namen zu kündigen.", W4 - 80, 8) - 20
    left_widget(s, "Ort", next(t), 40, y, 30, 150, None)
    left_widget(s, "Datum", next(t), 240, y, 35, 90, "date_signed")
    y -= 34
    s.sign_line("Unterschrift / firmenmäßige Zeichnung", 40, y, 300, label_below=True)
    s.footer("IGF-RNP-01  Stand 03/2026")
    pdf, truth = s.build()
    return export_states(pdf, {"KK_Unternehmen": "/Ja", "KK_Privat": "/Ja"}), truth


def hh_mitnahme_paper() -> Built:
    s = a4("r24-hh-mitnahme-paper", "DE", "de", ["r24-hh", "r24-hh-partial"],
           "Paper, Hamburg Auftrag zur Rufnummernmitnahme. Two-row header table (labels above, "
           "blanks under); PLZ comb 5; sentence with captioned blanks (old provider, signer, "
           "Funktion); ticks after their words; zu portierende Rufnummern (Vorwahl per row, "
           "1-8) and verbleibende Rufnummern as two tables; Wunschtermin comb TT MM JJJJ; "
           "office panel.")
    s.date_formats = ["%d.%m.%Y", "%d%m%Y", "%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Alsterwelle Telekommunikation GmbH", "Ballindamm 3",
                                      "20095 Hamburg"])
    s.text(40, H4 - 50, "Auftrag zur Rufnummernmitnahme", 14, bold=True)
    y = H4 - 80
    s.text(40, y, "1. Anschlussinhaber (genau wie beim bisherigen Anbieter)", 8.5, bold=True)
    y = header_table(s, 40, y - 4, [("Firma / Name", 250, "account_name"),
                                    ("Kundennummer beim bisherigen Anbieter", 145,
                                     "account_number"),
                                    ("Telefon für Rückfragen", 120, "contact_phone")])
    y = header_table(s, 40, y - 6, [("Straße und Hausnummer des Anschlusses", 250, "street"),
                                    ("Ort", 145, "city"),
                                    ("E-Mail", 120, "contact_email")])
    y -= 36
    labelled_comb(s, "PLZ", 40, y, 5, "postal_code", cell=13)
    x = tick_after(s, "Geschäftskunde", 140, y + 3, "check:business")
    tick_after(s, "Privatkunde", x, y + 3, "check:residential")
    y -= 26
    s.text(40, y, "2. Auftrag", 8.5, bold=True)
    y = captioned_sentence(s, 40, y - 18, [
        "Hiermit beauftrage ich die Alsterwelle Telekommunikation GmbH, die unten genannten "
        "Rufnummern von meinem bisherigen Anbieter", Gap(150, "carrier", "bisheriger Anbieter"),
        "zu übernehmen und die Verträge für diese Rufnummern dort zu kündigen. Unterzeichnet "
        "von", Gap(150, "authorized_name", "Vor- und Nachname"), "in der Funktion",
        Gap(110, "authorized_title", "Funktion"), "."], size=8.5, leading=24) - 26
    x = tick_after(s, "Alle Rufnummern des Anschlusses", 40, y, "check:full_port")
    tick_after(s, "Nur die folgenden Rufnummern", x + 20, y, "check:partial_port")
    y -= 20
    s.text(40, y, "Zu portierende Rufnummern", 8, bold=True)
    s.text(330, y, "Rufnummern, die beim bisherigen Anbieter verbleiben", 8, bold=True)
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Rufnummer after its Vorwahl
    code_rows(s, slots, 40, y - 4, 1, 8, ("Nr.", "Vorwahl", "Rufnummer"), (24, 60, 170))
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    numbers_table(s, stay, 330, y - 4, [("Rufnummer mit Vorwahl", 200, "number", False)], 3,
                  head="Nr.")
    y -= 4 + 9 * 16 + 24
    s.text(40, y + 4, "Wunschtermin (Werktag):", 8.5)
    split_comb(s, 150, y, [2, 2, 4], "requested_date", "Wunschtermin", cell=12, h=15)
    for cx, cap in ((162, "TT"), (193, "MM"), (236, "JJJJ")):
        s.c.setFont(s.font, 6)
        s.c.drawCentredString(cx, y - 8, cap)
    y -= 40
    sign_block(s, 40, y, [("Ort", None), ("Datum (TT.MM.JJJJ)", "date_signed"),
                          ("Unterschrift des Anschlussinhabers / Stempel", "signature")],
               [120, 110, 257])
    office_panel(s, 40, 50, W4 - 80, "VOM ANBIETER AUSZUFÜLLEN", ["Eingang", "Portierungs-ID",
                                                                 "Bearbeiter"], h=40)
    s.footer("AW-RNM-2  Seite 1 von 1")
    return s.build()


def vlc_portabilidad_fillable() -> Built:
    s = a4("r24-vlc-portabilidad-fillable", "ES", "es", ["r24-vlc", "r24-vlc-partial"],
           "Fillable, Valencia, Spanish. Bold labels in grey cells beside widgets 'Campo de "
           "texto N'; NIF/CIF not ours; Provincia drop-down; C.P. comb widget 5; check boxes "
           "exporting 'Sí' with the box right of the words; numbers on their side (Nº 1-6 "
           "across, widgets; Servicio row not ours); numbers staying in two widgets; 'En ___ a "
           "__ de ______ de 20__' widgets (place not ours, month in words); receiving "
           "operator's signature not ours; signature without a widget.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    t = (f"Campo de texto {n}" for n in range(1, 99))
    letterhead(s, W4 - 40, H4 - 40, ["Llevant Telecomunicacions S.L.", "Avinguda del Port 112",
                                      "46023 València"])
    s.text(40, H4 - 50, "SOLICITUD DE PORTABILIDAD FIJA", 14, bold=True)
    y = H4 - 74
    s.band(40, y, W4 - 80, "DATOS DEL ABONADO", 8.5)
    y = bold_grey_cells(s, 40, y - 6, [
        ("Nombre o razón social", "account_name"), ("NIF / CIF", None),
        ("Domicilio de la instalación", "street"), ("Población", "city"),
        ("Representante (nombre y apellidos)", "authorized_name"), ("Cargo", "authorized_title"),
        ("Teléfono de contacto", "contact_phone"), ("Correo electrónico", "contact_email")],
        170, W4 - 80 - 170, names=[next(t) for _ in range(8)])
    y -= 22
    s.text(40, y + 4, "Provincia", 8, bold=True)
    choice_widget(s, "Lista desplegable 1", 90, y, 100, ["Alicante", "Castellón", "Valencia"],
                  "state")
    s.text(210, y + 4, "C.P.", 8, bold=True)
    comb_widget(s, "CP", 232, y, 5, "postal_code", what="C.P. (comb)")
    x = check_after(s, "Casilla1", "Empresa", 330, y + 2, "check:business")
    check_after(s, "Casilla2", "Particular", x, y + 2, "check:residential")
    y -= 24
    s.band(40, y, W4 - 80, "OPERADOR DONANTE", 8.5)
    y = bold_grey_cells(s, 40, y - 6, [
        ("Operador donante", "carrier"), ("Nº de cliente / contrato", "account_number"),
        ("Número de cabecera", "btn")], 170, W4 - 80 - 170, names=[next(t) for _ in range(3)])
    y -= 20
    x = check_after(s, "Casilla3", "Portabilidad de todos los números", 40, y, "check:full_port")
    check_after(s, "Casilla4", "Portabilidad parcial", x + 10, y, "check:partial_port")
    y -= 12
    slots = s.slot_group(ordered=True)
    y = number_columns(s, slots, 40, y, [("Numeración", "number"), ("Servicio (RTB / RDSI)",
                                                                     None)],
                       6, 105, 68, names=[next(t) for _ in range(12)], head="Nº {n}")
    y -= 18
    s.text(40, y + 4, "Números que permanecen con el operador donante:", 8, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((270, 420)):
        name = next(t)
        s.widget(name, x, y, 135, 15, None)
        s.places.pop()
        s.slot(stay, (x, y, x + 135, y + 15), f"permanece {k + 1}", name)
    y -= 24
    s.text(40, y + 4, "Fecha deseada de portabilidad (dd/mm/aaaa):", 8)
    s.widget(next(t), 240, y, 90, 15, "requested_date")
    y -= 20
    y = s.para(40, y, "El abonado solicita a Llevant Telecomunicacions S.L. que tramite en su "
               "nombre la portabilidad de los números indicados y la baja de los servicios "
               "asociados con el operador donante.", W4 - 80, 8) - 18
    widget_sentence(s, 40, y, ["En", Gap(120, None, "lugar"), "a", Gap(26, "date_signed_day",
                                                                     "día"),
                               "de", Gap(80, "date_signed_month", "mes"), "de 20",
                               Gap(22, "date_signed_year2", "año")],
                    ["Lugar", "Dia", "Mes", "Anio"], size=9)
    y -= 50
    s.sign_line("Firma del abonado", 40, y, 270, label_below=True)
    witness_line(s, "Firma y sello del operador receptor", 310, y, 555)
    s.footer("LLT-PORT-F  v2.1")
    pdf, truth = s.build()
    return export_states(pdf, {f"Casilla{n}": "/Sí" for n in range(1, 5)}), truth


def py_portabilidad_partly() -> Built:
    s = a4("r24-py-portabilidad-partly", "PY", "es", ["r24-py", "r24-py-partial"],
           "Partly fillable, Paraguay, Spanish. Holder's details in widgets with captions "
           "under them; RUC / C.I. not ours; current carrier on dot leaders; Sí / No ticks for "
           "'all lines?'; 'N° | Cód. de área | Número' paper rows 1-8 (two columns); the line "
           "that stays on a line; apoderado not ours; 'En la ciudad de ___, a los __ días del "
           "mes de ______ de 20__'; signatory row Firma / Aclaración / Cargo / Fecha in four "
           "cells.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    u = (f"untitled{n}" for n in range(1, 99))
    letterhead(s, W4 - 40, H4 - 40, ["Guaraní Conecta S.A.", "Avda. España 2150",
                                      "Asunción - Paraguay"])
    s.text(40, H4 - 50, "SOLICITUD DE PORTABILIDAD NUMÉRICA", 13, bold=True)
    s.text(40, H4 - 63, "Telefonía fija", 8.5)
    y = H4 - 96
    below(s, "Nombre o razón social del titular", next(u), 40, y, 330, "account_name")
    below(s, "RUC / C.I. N°", next(u), 380, y, 175, None)
    y -= 32
    below(s, "Dirección de instalación", next(u), 40, y, 330, "street")
    below(s, "Ciudad", next(u), 380, y, 110, "city")
    below(s, "Cód. postal", next(u), 500, y, 55, "postal_code")
    y -= 32
    below(s, "Teléfono de contacto", next(u), 40, y, 160, "contact_phone")
    below(s, "Correo electrónico", next(u), 210, y, 345, "contact_email")
    y -= 30
    x = tick_after(s, "Persona jurídica", 40, y, "check:business")
    tick_after(s, "Persona física", x, y, "check:residential")
    y -= 22
    dots(s, "Prestadora actual (donante):", 40, y, 300, "carrier")
    dots(s, "N° de cuenta / cliente:", 310, y, 555, "account_number")
    y -= 20
    dots(s, "Línea principal de la cuenta:", 40, y, 300, "btn")
    y -= 22
    yes_no(s, "¿Porta todas las líneas de la cuenta?", 40, y, "check:full_port",
           "check:partial_port", 220, words=("Sí", "No"))
    y -= 14
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Número after its Cód. de área
    heads = ("N°", "Cód. de área", "Número")
    code_rows(s, slots, 40, y, 1, 4, heads, (24, 70, 150))
    code_rows(s, slots, 310, y, 5, 4, heads, (24, 70, 150))
    y -= 5 * 16 + 22
    s.text(40, y, "Línea que permanece con la prestadora actual (portabilidad parcial):", 8,
           bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    s.rule(370, y - 2, 555)
    s.slot(stay, (370, y - 4, 555, y + 11), "permanece")
    y -= 26
    s.text(40, y, "Datos del apoderado (solo si firma un apoderado)", 8, bold=True)
    y -= 22
    under(s, "Nombre del apoderado", 40, y, 250, None)
    under(s, "C.I. N°", 260, y, 380, None)
    under(s, "Poder / escritura N°", 390, y, 555, None)
    y -= 30
    y = s.para(40, y, "Autorizo a Guaraní Conecta S.A. a gestionar ante la prestadora actual la "
               "portabilidad de las líneas indicadas, y declaro que los datos consignados son "
               "correctos.", W4 - 80, 8) - 14
    sentence(s, 40, y, ["En la ciudad de", Gap(110, None, "ciudad"), ", a los",
                        Gap(26, "date_signed_day", "día"), "días del mes de",
                        Gap(80, "date_signed_month", "mes"), "de 20",
                        Gap(22, "date_signed_year2", "año")], size=9)
    y -= 60
    sign_cells(s, 40, y, [("Firma", 150, "signature"), ("Aclaración", 150, "authorized_name"),
                          ("Cargo", 110, "authorized_title"),
                          ("Fecha (dd/mm/aaaa)", 105, "date_signed")], h=40)
    s.footer("GC-SPN-04")
    return s.build()


FORMS = {
    "r24-at-portierung-fillable": at_portierung_fillable,
    "r24-hh-mitnahme-paper": hh_mitnahme_paper,
    "r24-vlc-portabilidad-fillable": vlc_portabilidad_fillable,
    "r24-py-portabilidad-partly": py_portabilidad_partly,
}
