"""Round 22, second batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Monaco paper demande de portabilité in French, in two columns: the subscriber on the left,
  the receiving operator's own block on the right (not ours); the signer, the title and the
  company inside "Je soussigné(e) ____, agissant en qualité de ____ pour le compte de ____"; the
  RCI number not ours; numbers on lines numbered across the rows; "Fait à ______, le
  __ / __ / ____" with the place not ours and the date in three boxes; a company stamp box not
  ours.
- A Saxon fillable Antrag auf Rufnummernmitnahme: widgets named Textfeld 1.., a Postleitzahl
  comb widget, Vorwahl and Rufnummer widgets per row, a Rufnummernblock table (Kopfnummer /
  Durchwahl von / bis) left empty, the Handelsregister and USt-IdNr not ours, the bisheriger
  Anbieter in a drop-down, TT.MM.JJJJ, the new provider's own section of widgets not ours, a
  signature line without a widget beside a Firmenstempel box not ours.
- A Guatemalan partly fillable solicitud de portabilidad: widgets campo1.. (DPI and NIT not
  ours), a Departamento drop-down, "No. | Número telefónico | Tipo de servicio" rows 1-5 on
  page 1 continued by an Anexo on page 2 (rows 6-25, numbered down the columns), the service type
  column not ours, "______, ___ de ___________ de 20__" (place not ours, day, month in words or
  digits, two-digit year), a signature line without a widget.
- A Jersey fillable port request as Acrobat's field detection names it ("Name of Account
  Holder", "undefined", "undefined_2", "Text3", "Signature1"), a Parish drop-down (the parish
  is the town), the social security number not ours, the numbers in one multi-line widget and
  those that stay in another, the requested date in DD / MM / YYYY widgets, an agent's section
  not ours, a signature widget.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import a4
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import Gap, date_parts, numbered_slots, numbers_table, sentence
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round7_kit import range_rows
from tests.loaforms.round9_kit import comb_widget
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round13_kit import annex_slots
from tests.loaforms.round14_kit import office_panel, sign_block
from tests.loaforms.round20_kit import code_rows, label_in_box, letterhead

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
_ANBIETER = ["Deutsche Telekom AG", "Vodafone GmbH", "Telefónica Germany GmbH & Co. OHG",
             "1&1 Versatel GmbH", "envia TEL GmbH"]
_DEPARTAMENTOS = ["Alta Verapaz", "Escuintla", "Guatemala", "Huehuetenango", "Izabal",
                  "Petén", "Quetzaltenango", "Sacatepéquez"]
_PARISHES = ["Grouville", "St Brelade", "St Clement", "St Helier", "St John", "St Lawrence",
             "St Martin", "St Mary", "St Ouen", "St Peter", "St Saviour", "Trinity"]


def _names(pattern: str) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(1))


def mc_portabilite_paper() -> Built:
    s = a4("r22-mc-portabilite-paper", "MC", "fr", ["r22-mc", "r22-mc-partial"],
           "Paper, Monaco, French, two columns: the subscriber left, the receiving operator's "
           "block right (not ours). Signer, title and company inside 'Je soussigné(e) ..., "
           "agissant en qualité de ... pour le compte de ...'; RCI not ours; numbers on lines "
           "1-12 across the rows; 'Fait à ____, le __ / __ / ____' (place not ours, date in "
           "three boxes); company stamp not ours.")
    s.date_formats = ["%d/%m/%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Riviera Telecom S.A.M.", "7 rue du Gabian",
                                      "98000 Monaco"])
    s.text(40, H4 - 50, "DEMANDE DE PORTABILITÉ DES NUMÉROS FIXES", 13, bold=True)
    y = H4 - 84
    mid = W4 / 2
    s.band(40, y, mid - 50, "LE TITULAIRE DE LA LIGNE", 8.5)
    s.band(mid + 10, y, W4 - 50 - mid, "L'OPÉRATEUR RECEVEUR", 8.5)
    y -= 28
    rows: list[tuple[str, str | None, str]] = [
        ("Dénomination / nom", "account_name", "Code opérateur"),
        ("Adresse d'installation", "street", "Référence du dossier"),
        ("Code postal", "postal_code", "Date de réception"),
        ("Ville", "city", "Nom du conseiller"),
        ("N° RCI", None, "Date de portage prévue"),
        ("Opérateur actuel", "carrier", "Visa"),
        ("N° de compte client", "account_number", ""),
        ("Téléphone de contact", "contact_phone", ""),
    ]
    for left, fld, right in rows:
        under(s, left, 40, y, mid - 10, fld)
        if right:
            under(s, right, mid + 10, y, W4 - 40, None)
        y -= 26
    y -= 4
    sentence(s, 40, y, ["Je soussigné(e)", Gap(150, "authorized_name", "nom du signataire"),
                        ", agissant en qualité de", Gap(120, "authorized_title", "qualité"),
                        "pour le compte de", Gap(220, "account_name", "société"),
                        ", demande la portabilité vers Riviera Telecom des numéros "
                        "ci-dessous et mandate Riviera Telecom pour résilier ces numéros "
                        "auprès de mon opérateur actuel."], size=8.5, right=555)
    y -= 64
    s.text(40, y, "Portage :", 8, bold=True)
    s.tick(90, y, "check:full_port", "de tous les numéros de la ligne")
    s.tick(270, y, "check:partial_port", "des seuls numéros ci-dessous")
    y -= 24
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=3, rows=4, col_w=(W4 - 80) / 3, down=False)
    y -= 4 * 19 + 10
    s.text(40, y, "Numéros conservés chez l'opérateur actuel :", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 220, y - 2, 380, 1, 18, stay, "conservé 1")
    lines(s, 395, y - 2, 555, 1, 18, stay, "conservé 2")
    y -= 36
    s.text(40, y + 4, "Fait à", 9)
    s.line_under(72, y + 2, 190, None, "lieu")
    s.text(196, y + 4, ", le", 9)
    date_parts(s, 220, y, [("JJ", 24, "date_signed_day"), ("MM", 24, "date_signed_month"),
                           ("AAAA", 40, "date_signed_year")])
    y -= 50
    s.sign_line("Signature du titulaire (précédée de « lu et approuvé »)", 40, y, 300,
                label_below=True)
    s.box(340, y - 6, 215, 50, None, "Cachet de la société")
    s.text(344, y - 14, "Cachet de la société", 6.5)
    s.footer("RT-PORT-01  Riviera Telecom S.A.M.")
    return s.build()


def de_sachsen_mitnahme_fillable() -> Built:
    s = a4("r22-de-sachsen-mitnahme-fillable", "DE", "de", ["r22-sax", "r22-sax-partial"],
           "Fillable, Saxony, German. Widgets Textfeld N; PLZ comb widget; Handelsregister and "
           "USt-IdNr not ours; bisheriger Anbieter drop-down; Vorwahl | Rufnummer widgets per "
           "row 1-8; Rufnummernblock (Kopfnummer / Durchwahl von / bis) empty; Wunschtermin "
           "TT.MM.JJJJ; the new provider's section of widgets not ours; signature line without "
           "a widget; Firmenstempel box not ours.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    f = _names("Textfeld {n}")
    letterhead(s, W4 - 40, H4 - 40, ["Elbtal Netz GmbH", "Königsbrücker Straße 96",
                                      "01099 Dresden"])
    s.text(40, H4 - 50, "Antrag auf Rufnummernmitnahme", 15, bold=True)
    s.text(40, H4 - 64, "Portierungsauftrag und Kündigung beim bisherigen Anbieter", 8.5)
    y = H4 - 92
    s.band(40, y, W4 - 80, "1  Anschlussinhaber", 9)
    y -= 32
    above(s, "Firma / Name, Vorname (wie beim bisherigen Anbieter)", next(f), 40, y, 330,
          "account_name")
    above(s, "Handelsregister-Nr.", next(f), 380, y, 175, None)
    y -= 30
    above(s, "Straße, Hausnummer", next(f), 40, y, 330, "street")
    above(s, "USt-IdNr.", next(f), 380, y, 175, None)
    y -= 30
    s.text(40, y + 18, "PLZ", 7.5, bold=True)
    comb_widget(s, next(f), 40, y, 5, "postal_code")
    above(s, "Ort", next(f), 115, y, 255, "city")
    above(s, "Telefon für Rückfragen", next(f), 380, y, 175, "contact_phone")
    y -= 30
    above(s, "Ansprechpartner (Name)", next(f), 40, y, 200, "authorized_name")
    above(s, "Funktion", next(f), 250, y, 120, "authorized_title")
    above(s, "E-Mail", next(f), 380, y, 175, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "2  Bisheriger Anbieter", 9)
    y -= 32
    s.text(40, y + 18, "Bisheriger Anbieter", 7.5, bold=True)
    choice_widget(s, next(f), 40, y, 230, _ANBIETER, "carrier")
    above(s, "Kundennummer beim bisherigen Anbieter", next(f), 280, y, 275, "account_number")
    y -= 22
    s.checkbox(next(f), 40, y, "check:full_port", "alle Rufnummern des Anschlusses")
    s.checkbox(next(f), 240, y, "check:partial_port", "nur die folgenden Rufnummern")
    y -= 6
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Rufnummer after its Vorwahl
    heads = ("Nr.", "Vorwahl", "Rufnummer")
    code_rows(s, slots, 40, y, 1, 4, heads, (24, 60, 171), widgets=_names("Vorwahl_Nr_{n}"))
    code_rows(s, slots, 300, y, 5, 4, heads, (24, 60, 171), widgets=_names("Vorwahl_Nr_b{n}"))
    y -= 16 * 5 + 14
    s.text(40, y, "oder Rufnummernblock (Anlagenanschluss):", 7.5)
    y = range_rows(s, 40, y - 4, [("Vorwahl", 60), ("Kopfnummer", 120), ("Durchwahl von", 90),
                                  ("bis", 90)], 1) - 16
    s.text(40, y + 3, "Beim bisherigen Anbieter verbleiben:", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((200, 380)):
        name = next(f)
        s.widget(name, x, y, 170, 14, None)
        s.places.pop()
        s.slot(stay, (x, y, x + 170, y + 14), f"verbleibt {k + 1}", name)
    y -= 30
    above(s, "Wunschtermin (TT.MM.JJJJ)", next(f), 40, y, 110, "requested_date")
    y -= 14
    y = s.para(40, y, "Ich beauftrage die Elbtal Netz GmbH, die oben genannten Rufnummern zu "
               "portieren und den Vertrag für diese Rufnummern beim bisherigen Anbieter zum "
               "Portierungstermin zu kündigen.", W4 - 80, 7.5) - 30
    above(s, "Ort", next(f), 40, y, 120, None)
    above(s, "Datum (TT.MM.JJJJ)", next(f), 170, y, 90, "date_signed")
    s.sign_line("Unterschrift des Anschlussinhabers", 270, y, 430, label_below=True)
    s.box(445, y - 6, 110, 44, None, "Firmenstempel")
    s.text(449, y - 14, "Firmenstempel", 6.5)
    y -= 40
    s.band(40, y, W4 - 80, "3  Wird von Elbtal Netz ausgefüllt", 8.5)
    y -= 30
    above(s, "Auftragsnummer", "EN_Auftrag", 40, y, 150, None)
    above(s, "Portierungs-ID", "EN_PortID", 200, y, 150, None)
    above(s, "Bestätigter Termin", "EN_Termin", 360, y, 195, None)
    s.footer("ELN-RNM-03/2026")
    return s.build()


def gt_portabilidad_partly() -> Built:
    s = a4("r22-gt-portabilidad-partly", "GT", "es", ["r22-gt", "r22-gt-partial"],
           "Partly fillable, Guatemala, two pages. Widgets campoN (DPI and NIT not ours); "
           "Departamento drop-down; 'No. | Número telefónico | Tipo de servicio' rows 1-5 on "
           "page 1 (service type not ours), Anexo rows 6-25 on page 2 down the columns; place "
           "not ours, '___ de ______ de 20__' day / month / two-digit year; signature line "
           "without a widget.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    f = _names("campo{n}")
    letterhead(s, W4 - 40, H4 - 40, ["Quetzal Comunicaciones, S.A.", "6a. Avenida 9-18, Zona 10",
                                      "Ciudad de Guatemala"])
    s.text(40, H4 - 50, "SOLICITUD DE PORTABILIDAD NUMÉRICA", 14, bold=True)
    s.text(40, H4 - 64, "Telefonía fija  -  operador receptor: Quetzal Comunicaciones, S.A.", 8)
    y = H4 - 92
    s.band(40, y, W4 - 80, "DATOS DEL USUARIO", 9)
    y -= 32
    above(s, "Nombre o razón social del usuario", next(f), 40, y, 330, "account_name")
    above(s, "NIT", next(f), 380, y, 175, None)
    y -= 30
    above(s, "Representante legal", next(f), 40, y, 200, "authorized_name")
    above(s, "Cargo", next(f), 250, y, 120, "authorized_title")
    above(s, "DPI del representante", next(f), 380, y, 175, None)
    y -= 30
    above(s, "Dirección", next(f), 40, y, 515, "street")
    y -= 30
    above(s, "Municipio", next(f), 40, y, 200, "city")
    s.text(250, y + 18, "Departamento", 7.5, bold=True)
    choice_widget(s, next(f), 250, y, 120, _DEPARTAMENTOS, "state")
    above(s, "Teléfono de contacto", next(f), 380, y, 175, "contact_phone")
    y -= 30
    above(s, "Operador donante", next(f), 40, y, 200, "carrier")
    above(s, "No. de cuenta o contrato", next(f), 250, y, 305, "account_number")
    y -= 24
    s.band(40, y, W4 - 80, "NÚMEROS A PORTAR", 9)
    y -= 18
    s.checkbox(next(f), 40, y, "check:full_port", "Todos los números del contrato")
    s.checkbox(next(f), 250, y, "check:partial_port", "Sólo los números listados")
    slots = s.slot_group(ordered=True)
    y = numbers_table(s, slots, 40, y - 8, [("Número telefónico", 200, "number", False),
                                             ("Tipo de servicio (uso del operador)", 291, None,
                                              False)], 5, head="No.")
    s.text(40, y - 12, "Más números: continúe en el Anexo (página 2).", 7.5)
    y -= 34
    s.text(40, y, "Números que se quedan con el operador donante:", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 290, 2, 18, stay, "se queda, izq.")
    lines(s, 305, y - 18, 555, 2, 18, stay, "se queda, der.")
    y -= 70
    y = s.para(40, y, "Autorizo al operador receptor a gestionar ante el operador donante la "
               "portabilidad de los números indicados en esta solicitud y en su anexo. Declaro "
               "que los datos consignados son verdaderos.", W4 - 80, 7.5) - 22
    s.line_under(40, y, 140, None, "lugar")
    s.text(144, y + 2, ",", 9)
    s.box(152, y - 2, 26, 16, "date_signed_day", "día")
    s.text(184, y + 2, "de", 9)
    s.box(200, y - 2, 80, 16, "date_signed_month", "mes")
    s.text(286, y + 2, "de 20", 9)
    s.box(312, y - 2, 22, 16, "date_signed_year2", "año")
    s.c.setFont("Helvetica", 6)
    for x, cap in ((40, "(lugar)"), (152, "(día)"), (200, "(mes)"), (312, "(año)")):
        s.c.drawString(x, y - 10, cap)
    y -= 54
    s.sign_line("Firma del usuario o representante legal", 40, y, 300, label_below=True)
    s.footer("QC-SPN-GT  página 1 de 2")
    s.next_page()
    s.text(40, H4 - 56, "ANEXO  -  números adicionales a portar", 12, bold=True)
    above(s, "Nombre o razón social del usuario", next(f), 40, H4 - 96, 330, "account_name")
    annex_slots(s, slots, 6, 10, 2, H4 - 130, col_w=257)
    sign_block(s, 40, H4 - 360, [("Firma", "signature"), ("Fecha (dd/mm/aaaa)", "date_signed")],
               [300, 160])
    s.footer("QC-SPN-GT  página 2 de 2")
    return s.build()


def je_port_request_fillable() -> Built:
    s = a4("r22-je-port-request-fillable", "JE", "en", ["r22-je", "r22-je-partial"],
           "Fillable, Jersey, with Acrobat-detected widget names ('Name of Account Holder', "
           "'undefined', 'undefined_2', 'Text3', 'Signature1'); Parish drop-down (the parish "
           "is the town); social security number not ours; labels inside boxes for the "
           "address; numbers in one multi-line widget, those that stay in another; requested "
           "date in DD / MM / YYYY widgets; an agent's section not ours; signature widget.")
    s.date_formats = ["%d/%m/%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Islands Connect Limited", "3 Bath Street",
                                      "St Helier, Jersey  JE2 4ST"])
    s.text(40, H4 - 50, "Number Port Request", 15, bold=True)
    s.text(40, H4 - 64, "Fixed-line numbers moving to Islands Connect", 8.5)
    y = H4 - 100
    above(s, "Name of Account Holder", "Name of Account Holder", 40, y, 330, "account_name")
    above(s, "Social Security No. (individuals)", "undefined", 380, y, 175, None)
    y -= 40
    label_in_box(s, "House name / number and road", 40, y, 330, None)
    s.places.pop()
    s.widget("undefined_2", 42, y + 2, 326, 14, "street")
    s.text(380, y + 18, "Parish", 7.5, bold=True)
    choice_widget(s, "Text3", 380, y, 100, _PARISHES, "city")
    label_in_box(s, "Postcode", 488, y, 67, None)
    s.places.pop()
    s.widget("Text4", 490, y + 2, 63, 14, "postal_code")
    y -= 34
    above(s, "Current provider", "Text5", 40, y, 160, "carrier")
    above(s, "Account no.", "Text6", 210, y, 160, "account_number")
    above(s, "Contact number", "Text7", 380, y, 175, "contact_phone")
    y -= 30
    above(s, "Authorised person", "Text8", 40, y, 200, "authorized_name")
    above(s, "Job title", "Text9", 250, y, 120, "authorized_title")
    above(s, "Email", "Text10", 380, y, 175, "contact_email")
    y -= 24
    s.checkbox("Check Box1", 40, y, "check:full_port", "Port every number on the account")
    s.checkbox("Check Box2", 260, y, "check:partial_port", "Port only the numbers below")
    y -= 76
    s.text(40, y + 64, "Numbers to port (one per line, 01534 ...)", 7.5, bold=True)
    s.widget("undefined_3", 40, y, 250, 58, "numbers")
    s.text(305, y + 64, "Numbers that stay with the current provider", 7.5, bold=True)
    s.widget("undefined_4", 305, y, 250, 58, "remaining_numbers")
    y -= 30
    s.text(40, y + 4, "Requested port date:", 8)
    date_parts(s, 140, y, [("DD", 24, "requested_day"), ("MM", 24, "requested_month"),
                           ("YYYY", 40, "requested_year")],
               names=["Text11", "Text12", "Text13"])
    y -= 30
    y = s.para(40, y, "I confirm I am authorised to request the transfer of the numbers above "
               "to Islands Connect Limited and that the account will stay open with the current "
               "provider until the transfer completes.", W4 - 80, 7.5) - 36
    s.widget("Signature1", 40, y, 250, 26, "signature")
    s.text(40, y - 9, "Signature", 6.5)
    s.widget("Date1_af_date", 305, y, 110, 15, "date_signed")
    s.text(305, y - 9, "Date (DD/MM/YYYY)", 6.5)
    y -= 40
    s.band(40, y, W4 - 80, "If an agent completes this form for the customer", 8.5)
    y -= 30
    above(s, "Agent's name", "Text14", 40, y, 200, None)
    above(s, "Agent's company", "Text15", 250, y, 150, None)
    above(s, "Agent's phone", "Text16", 410, y, 145, None)
    office_panel(s, 40, 46, W4 - 80, "Islands Connect use only",
                 ["Order ref", "Port date agreed", "Checked by"], h=40)
    s.footer("ICL-NPR  v2")
    return s.build()


FORMS = {
    "r22-mc-portabilite-paper": mc_portabilite_paper,
    "r22-de-sachsen-mitnahme-fillable": de_sachsen_mitnahme_fillable,
    "r22-gt-portabilidad-partly": gt_portabilidad_partly,
    "r22-je-port-request-fillable": je_port_request_fillable,
}
