"""Round 5 (all held back), part B: a Spanish flat solicitud de portabilidad (labels above the
lines, the operador receptor printed with its address, an annex page whose slots are numbered
across the rows), an Austrian fillable Portierungsauftrag (a label column beside a widget column,
German tooltips, a Rufnummernmitnahme code that is not ours, slots numbered down two columns
with widgets named across) and a French fillable mandat de portabilité (captions under the
widgets, split JJ / MM / AAAA, a terms page with "Fait à ____ le ____")."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import FONT, Sheet, a4
from tests.loaforms.round5_kit import (
    Gap,
    date_parts,
    letterhead,
    numbered_slots,
    numbers_table,
    sentence,
    widget_below,
)

Built = tuple[bytes, dict[str, Any]]
W, H = A4


def _above(s: Sheet, label: str, x: float, y: float, x1: float, fld: str | None,
           optional: bool = False) -> None:
    """A line to write on with its label in small bold capitals above it."""
    s.text(x, y + 12, label.upper(), 6.5, bold=True)
    s.line_under(x, y, x1, fld, label)
    if optional:
        s.places[-1]["optional"] = True


def es_portabilidad_flat() -> Built:
    s = a4("r5-es-portabilidad-flat", "ES", "es", ["r5-es", "r5-es-many"],
           "Paper only, 2 pages, Spanish, modelled on a Spanish business operator's solicitud "
           "de portabilidad fija: labels in small bold capitals above the lines; NIF/CIF, the "
           "signer's DNI and the ICC-ID column not ours; Provincia optional (the case has none); "
           "the operador receptor printed with its Madrid address; numbers table rows 1-8, then "
           "an annex of slots 9-30 in two columns numbered ACROSS the rows (9 left, 10 right); "
           "split día / mes / año boxes (a month in words is right too); signature box with name, "
           "cargo and fecha lines.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W - 40, H - 46, ["Ibérica Voz Empresas S.L.U.", "CIF B-87654321",
                                   "Paseo de la Castellana 95", "28046 Madrid"])
    s.text(40, H - 50, "SOLICITUD DE PORTABILIDAD", 14, bold=True)
    s.text(40, H - 64, "Numeración fija - clientes empresa", 9)
    y = H - 104
    s.band(40, y, W - 80, "OPERADORES")
    _above(s, "Operador donante (operador actual)", 40, y - 34, 290, "carrier")
    s.text(310, y - 22, "OPERADOR RECEPTOR", 6.5, bold=True)
    s.text(310, y - 34, "Ibérica Voz Empresas S.L.U.", 9)
    y -= 58
    s.band(40, y, W - 80, "DATOS DEL ABONADO")
    _above(s, "Nombre y apellidos o razón social", 40, y - 34, 380, "account_name")
    _above(s, "NIF / CIF", 400, y - 34, W - 40, None)
    _above(s, "Domicilio de la instalación (calle, número, piso)", 40, y - 64, W - 40, "street")
    _above(s, "Código postal", 40, y - 94, 140, "postal_code")
    _above(s, "Población", 160, y - 94, 380, "city")
    _above(s, "Provincia", 400, y - 94, W - 40, None, optional=True)
    _above(s, "Teléfono de contacto", 40, y - 124, 200, "contact_phone")
    _above(s, "Correo electrónico", 220, y - 124, W - 40, "contact_email")
    _above(s, "Nº de cliente en el operador donante", 40, y - 154, 290, "account_number")
    y -= 180
    s.text(40, y, "Tipo de cliente:", 8.5)
    s.tick(130, y - 1, "check:business", "Empresa")
    s.tick(200, y - 1, "check:residential", "Particular (persona física)")
    s.text(40, y - 18, "Alcance:", 8.5)
    s.tick(130, y - 19, "check:full_port", "Toda la numeración asociada")
    s.tick(290, y - 19, "check:partial_port", "Portabilidad parcial (ver anexo)")
    s.text(40, y - 40, "Fecha deseada de la portabilidad:", 8.5)
    date_parts(s, 200, y - 45, [("día", 26, "requested_day"), ("mes", 60, "requested_month"),
                                ("año", 44, "requested_year")])
    y -= 70
    s.band(40, y, W - 80, "NUMERACIÓN A PORTAR")
    slots = s.slot_group()
    numbers_table(s, slots, 40, y - 10, [
        ("Número de teléfono", 180, "number", False),
        ("Tipo (fijo / RDSI / VoIP)", 140, None, True),
        ("ICC-ID (solo móvil)", 171, None, False)], rows=8, row_h=17)
    s.footer("IVE-PORT-F 01/2026   Página 1 de 2")
    s.next_page()
    y = H - 60
    s.band(40, y, W - 80, "ANEXO: NUMERACIÓN ADICIONAL")
    numbered_slots(s, slots, 40, y - 30, cols=2, rows=11, col_w=(W - 80) / 2, first=9,
                   down=False)
    y -= 30 + 11 * 19 + 10
    s.text(40, y, "NÚMEROS QUE PERMANECEN EN EL OPERADOR DONANTE", 6.5, bold=True)
    s.box(40, y - 36, W - 80, 30, "remaining_numbers", "números que permanecen")
    y -= 62
    s.band(40, y, W - 80, "CONSENTIMIENTO")
    y = s.para(40, y - 22, "El abonado solicita la portabilidad de la numeración indicada al "
               "operador receptor y consiente la baja del servicio en el operador donante para "
               "dicha numeración, sin perjuicio de las obligaciones pendientes con éste.",
               W - 80, 8.5)
    s.box(40, y - 70, 240, 56, "signature", "Firma del titular o representante")
    s.text(43, y - 22, "Firma del titular o representante", 6.5)
    _above(s, "Nombre del firmante", 300, y - 30, W - 40, "authorized_name")
    _above(s, "Cargo", 300, y - 58, 440, "authorized_title")
    _above(s, "DNI / NIE del firmante", 450, y - 58, W - 40, None)
    _above(s, "Fecha (dd/mm/aaaa)", 300, y - 86, 440, "date_signed")
    s.footer("IVE-PORT-F 01/2026   Página 2 de 2")
    return s.build()


def at_portierung_fillable() -> Built:
    s = a4("r5-at-portierung-fillable", "AT", "de", ["r5-at", "r5-at-partial"],
           "Fillable, 1 page, German (Austria), modelled on an Austrian operator's "
           "Portierungsauftrag Festnetz: a grey label column beside widgets named Field_1.. "
           "(some with German tooltips); Firmenbuchnummer, UID and the NÜV/Portierungscode are "
           "not ours; the aufnehmender Betreiber printed with its Vienna address; four "
           "checkboxes; ten slots numbered 1-5 down the left column and 6-10 down the right, "
           "widgets named across the rows; split TT / MM / JJJJ widgets; Datum widget, "
           "signature box 'Unterschrift / Firmenstempel'.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W - 40, H - 46, ["Donau Netz Telekom GmbH", "Praterstraße 31", "1020 Wien",
                                   "FN 412345x"])
    s.text(40, H - 50, "Portierungsauftrag Festnetz", 14, bold=True)
    s.text(40, H - 64, "Rufnummernmitnahme zu Donau Netz Telekom", 9)
    names = iter(f"Field_{n}" for n in range(1, 60))
    rows: list[tuple[str, str | None, str | None]] = [
        ("Firmenwortlaut / Name", "account_name", "Firmenwortlaut"),
        ("Firmenbuchnummer", None, None),
        ("UID-Nummer", None, "UID"),
        ("Straße, Hausnummer", "street", None),
        ("PLZ", "postal_code", None),
        ("Ort", "city", "Ort"),
        ("Abgebender Betreiber", "carrier", "bisheriger Betreiber"),
        ("Kundennummer beim abgebenden Betreiber", "account_number", "Kundennummer"),
        ("Portierungscode (NÜV-Code)", None, "Code"),
        ("Ansprechperson", "authorized_name", None),
        ("Telefon (tagsüber)", "contact_phone", None),
        ("E-Mail", "contact_email", None)]
    y = H - 100
    for label, fld, tip in rows:
        s.c.setFillGray(0.88)
        s.c.rect(40, y, 200, 18, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(44, y + 5.5, label, 8)
        s.frame(240, y, W - 280, 18)
        s.widget(next(names), 242, y + 1.5, W - 284, 15, fld, tooltip=tip)
        y -= 18
    y -= 14
    s.text(40, y, "Aufnehmender Betreiber: Donau Netz Telekom GmbH, Praterstraße 31, 1020 Wien", 8.5)
    y -= 22
    s.checkbox(next(names), 40, y, "check:business", "Unternehmen")
    s.checkbox(next(names), 150, y, "check:residential", "Privatkunde")
    s.checkbox(next(names), 40, y - 16, "check:full_port", "Alle Rufnummern des Anschlusses")
    s.checkbox(next(names), 250, y - 16, "check:partial_port",
               "Nur die folgenden Rufnummern (übrige bleiben)")
    y -= 40
    s.text(40, y, "Zu portierende Rufnummern (mit Vorwahl)", 9, bold=True)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 24, cols=2, rows=5, col_w=(W - 80) / 2,
                   names=[next(names) for _ in range(10)])
    y -= 24 + 5 * 19 + 8
    s.text(40, y, "Beim abgebenden Betreiber verbleibende Rufnummern:", 8.5)
    s.widget(next(names), 40, y - 30, W - 80, 22, "remaining_numbers")
    y -= 54
    s.text(40, y, "Gewünschter Portierungstermin:", 9)
    date_parts(s, 200, y - 5, [("TT", 26, "requested_day"), ("MM", 26, "requested_month"),
                               ("JJJJ", 44, "requested_year")],
               names=[next(names) for _ in range(3)], above=True)
    y -= 30
    y = s.para(40, y, "Ich beauftrage Donau Netz Telekom GmbH, die oben angeführten Rufnummern "
               "vom abgebenden Betreiber zu übernehmen, und bestätige, zur Abgabe dieser "
               "Erklärung berechtigt zu sein.", W - 80, 8.5)
    s.text(40, y - 14, "Name in Blockbuchstaben", 7.5)
    s.widget(next(names), 40, y - 34, 200, 16, "authorized_name")
    s.text(250, y - 14, "Funktion", 7.5)
    s.widget(next(names), 250, y - 34, 130, 16, "authorized_title")
    s.text(390, y - 14, "Datum", 7.5)
    s.widget(next(names), 390, y - 34, 165, 16, "date_signed", tooltip="Datum")
    s.box(40, y - 90, 340, 46, "signature", "Unterschrift / Firmenstempel")
    s.text(43, y - 54, "Unterschrift / Firmenstempel", 6.5)
    s.footer("DNT-PA-FN 2026/01")
    return s.build()


def fr_mandat_fillable() -> Built:
    s = a4("r5-fr-mandat-fillable", "FR", "fr", ["r5-fr", "r5-fr-partial"],
           "Fillable, 2 pages, French, modelled on a French business operator's mandat de "
           "portabilité: the operator's own name and Lyon address printed top right (the "
           "customer is in Lyon too); widgets 'Champ de texte N' with captions under them; "
           "SIRET and RIO not ours (RIO has a tooltip); checkboxes 'Case N'; a table Numéro | "
           "Tête de ligne (O/N) | Conserver (O/N), the last two optional; split JJ / MM / AAAA "
           "widgets captioned under; page 2: conditions, then 'Fait à ____ le ____' (Fait à "
           "optional), name and qualité widgets, signature box 'Signature et cachet'.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W - 40, H - 46, ["Rhône Télécom Services SAS", "45 quai Rambaud",
                                   "69002 Lyon", "RCS Lyon 812 345 678"])
    s.text(40, H - 50, "MANDAT DE PORTABILITÉ", 14, bold=True)
    s.text(40, H - 64, "Numéros fixes - clients professionnels", 9)
    names = iter(f"Champ de texte {n}" for n in range(1, 80))
    boxes = iter(f"Case {n}" for n in range(1, 9))
    y = H - 100
    s.text(40, y, "Le client soussigné", 10, bold=True)
    grid: list[tuple[str, int, float, float, str | None, str | None]] = [
        ("Raison sociale", 0, 40, 340, "account_name", None),
        ("SIRET", 0, 390, 165, None, None),
        ("Adresse d'installation", 1, 40, 340, "street", None),
        ("Code postal", 1, 390, 165, "postal_code", None),
        ("Ville", 2, 40, 340, "city", None),
        ("Téléphone du contact", 2, 390, 165, "contact_phone", None),
        ("Courriel", 3, 40, 340, "contact_email", None),
        ("Opérateur actuel (opérateur donneur)", 4, 40, 250, "carrier", None),
        ("Référence client / n° de compte", 4, 300, 130, "account_number", None),
        ("RIO", 4, 440, 115, None, "Relevé d'identité opérateur")]
    for label, row, x, w, fld, tip in grid:
        widget_below(s, label, next(names), x, y - 28 - row * 30, w, fld, tooltip=tip)
    y -= 28 + 5 * 30
    s.text(40, y, "Type de portabilité", 10, bold=True)
    s.checkbox(next(boxes), 40, y - 20, "check:full_port", "Portabilité totale (tous les numéros)")
    s.checkbox(next(boxes), 280, y - 20, "check:partial_port", "Portabilité partielle")
    s.checkbox(next(boxes), 40, y - 36, "check:business", "Professionnel")
    s.checkbox(next(boxes), 160, y - 36, "check:residential", "Particulier")
    y -= 62
    s.text(40, y, "Numéros à porter", 10, bold=True)
    slots = s.slot_group()
    widgets = [next(names) for _ in range(24)]
    y = numbers_table(s, slots, 40, y - 8, [
        ("Numéro", 200, "number", False), ("Tête de ligne (O/N)", 120, None, True),
        ("Conserver chez l'opérateur actuel (O/N)", 171, None, True)], rows=8, row_h=17,
        widgets=widgets)
    s.text(40, y - 22, "Date souhaitée de portage :", 9)
    date_parts(s, 180, y - 27, [("JJ", 26, "requested_day"), ("MM", 26, "requested_month"),
                                ("AAAA", 44, "requested_year")],
               names=[next(names) for _ in range(3)])
    s.footer("RTS-MP-01   page 1/2")
    s.next_page()
    y = H - 60
    s.text(40, y, "Conditions", 11, bold=True)
    y = s.para(40, y - 20, "Le client donne mandat à Rhône Télécom Services SAS d'effectuer en son "
               "nom et pour son compte les démarches nécessaires à la portabilité des numéros "
               "désignés au recto. La demande de portabilité vaut demande de résiliation du "
               "contrat auprès de l'opérateur donneur pour les numéros portés, sans préjudice "
               "des obligations contractuelles restant dues (durée minimale, frais de "
               "résiliation). Les services associés aux numéros (renvois, messagerie, annuaire) "
               "ne sont pas transférés.", W - 80, 8.5)
    y = s.para(40, y - 8, "Le client reconnaît avoir été informé que les informations fournies "
               "doivent correspondre exactement à celles connues de l'opérateur donneur et que "
               "toute erreur peut entraîner le rejet de la demande.", W - 80, 8.5)
    y -= 30
    sentence(s, 40, y, ["Fait à", Gap(160, None, "Fait à (lieu)", optional=True), ", le",
                        Gap(110, "date_signed", "le (date)")])
    y -= 46
    widget_below(s, "Nom du signataire", next(names), 40, y, 240, "authorized_name")
    widget_below(s, "Qualité du signataire", next(names), 300, y, 255, "authorized_title")
    y -= 80
    s.box(40, y, 300, 56, "signature", "Signature et cachet de l'entreprise")
    s.c.setFont(FONT, 6.5)
    s.c.drawString(43, y + 48, "Signature et cachet de l'entreprise")
    s.footer("RTS-MP-01   page 2/2")
    return s.build()


FORMS = {"r5-es-portabilidad-flat": es_portabilidad_flat,
         "r5-at-portierung-fillable": at_portierung_fillable,
         "r5-fr-mandat-fillable": fr_mandat_fillable}
