"""Round 25 (held back), Liège and Bolivia: a Liège provider's partly fillable demande de portage
on two A4 pages in French (page 1 in two columns: the holder, the authorised person and the
current operator left, the numbers right, each section with its own numbered heading; labels in
small capitals above widgets mixed with labels left of them; designer names that lie,
'adresse_facturation' holding the installation address and 'gsm' the contact phone; BCE number,
Easy Switch ID and SIM card not ours; type ticks left of their words, scope ticks right of them;
numbers 1-8 with a paper tick per number for fixe / fax / RNIS; page 2 on paper: the numbers that
stay as a table of their own, 'Fait à ____ le __ / __ / ____' with the date in three boxes, the
signer's name under the signature line, a second signer as the statutes may require, and a
section reserved for the losing operator, all not ours); and a La Paz provider's paper solicitud
de portabilidad numérica in Spanish on US Letter (questions as labels, '¿A nombre de quién está
la línea?'; blanks typed as dots; customer-type ticks left of their words and the scope ticks
right of them; NIT / C.I., ICCID and IMEI not ours; numbers 1-6 with 'Fijo [ ] Móvil [ ]' in the
cells; the requested date as Día / Mes / Año; 'Lugar y fecha: ....., .. de ...... de 20..' with
the month in words; a witness, a fingerprint box and the provider's staff not ours; a tear-off
stub the customer keeps, repeating the holder and the main number). Truth from the drawn page;
the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round25_kit import (
    carrier_head,
    check_left,
    check_right,
    colour_band,
    cut_line,
    date3,
    dotted,
    number_rows,
    text_widget,
    tick_left,
    tick_right,
)

Built = tuple[bytes, dict[str, Any]]
AW, AH = float(A4[0]), float(A4[1])
LW, LH = float(LETTER[0]), float(LETTER[1])
_GREEN = (0.0, 0.45, 0.35)


# -- Liège ---------------------------------------------------------------------------------------
def _caps(s: Sheet, label: str, x: float, y: float) -> None:
    s.text(x, y + 17, label.upper(), 5.8)


def _be_left(s: Sheet, x: float, y: float, w: float) -> float:
    colour_band(s, x, y, w, "1. TITULAIRE DE LA LIGNE", rgb=_GREEN)
    y -= 34
    _caps(s, "1.1 Nom / raison sociale (tel qu'indiqué sur la facture)", x, y)
    text_widget(s, "nom_titulaire", x, y, w, 15, "account_name")
    y -= 32
    _caps(s, "1.2 N° d'entreprise (BCE)", x, y)
    text_widget(s, "bce", x, y, w * 0.6, 15, None)
    y -= 32
    _caps(s, "1.3 Adresse d'installation (rue, n°, boîte)", x, y)
    text_widget(s, "adresse_facturation", x, y, w, 15, "street")
    y -= 22
    end = s.text(x, y + 4, "Code postal", 7.5) + 4
    text_widget(s, "cp", end, y, 40, 15, "postal_code")
    end = s.text(end + 48, y + 4, "Localité", 7.5) + 4
    text_widget(s, "localite", end, y, x + w - end, 15, "city")
    y -= 20
    s.text(x, y + 1, "1.4 Client :", 7.5)
    nx = check_left(s, "CaseACocher1", "professionnel", x + 48, y, "check:business")
    check_left(s, "CaseACocher2", "résidentiel", nx, y, "check:residential")
    y -= 24
    colour_band(s, x, y, w, "3. PERSONNE HABILITÉE (si différente du titulaire)", 8,
                rgb=_GREEN)
    y -= 34
    _caps(s, "3.1 Nom et prénom", x, y)
    text_widget(s, "signataire", x, y, w * 0.62 - 4, 15, "authorized_name")
    _caps(s, "Fonction", x + w * 0.62, y)
    text_widget(s, "fonction", x + w * 0.62, y, w * 0.38, 15, "authorized_title")
    y -= 22
    end = s.text(x, y + 4, "3.2 Téléphone / GSM", 7.5) + 4
    text_widget(s, "gsm", end, y, x + w - end, 15, "contact_phone")
    y -= 20
    end = s.text(x, y + 4, "3.3 E-mail", 7.5) + 4
    text_widget(s, "email", end, y, x + w - end, 15, "contact_email")
    y -= 24
    colour_band(s, x, y, w, "4. OPÉRATEUR ACTUEL (DONNEUR)", rgb=_GREEN)
    y -= 34
    _caps(s, "4.1 Opérateur", x, y)
    text_widget(s, "operateur", x, y, w, 15, "carrier")
    y -= 32
    _caps(s, "4.2 N° de client (tel qu'indiqué sur votre facture)", x, y)
    text_widget(s, "num_client", x, y, w, 15, "account_number")
    y -= 32
    _caps(s, "4.3 Easy Switch ID (internet)", x, y)
    text_widget(s, "easy_switch", x, y, w * 0.5 - 4, 15, None)
    _caps(s, "N° de carte SIM (mobile)", x + w * 0.5, y)
    text_widget(s, "sim", x + w * 0.5, y, w * 0.5, 15, None)
    return y


def _be_right(s: Sheet, x: float, y: float, w: float) -> float:
    colour_band(s, x, y, w, "2. NUMÉROS À TRANSFÉRER", rgb=_GREEN)
    y -= 20
    check_right(s, "CaseACocher3", "Tous les numéros du contrat", x, y, "check:full_port")
    y -= 15
    check_right(s, "CaseACocher4", "Uniquement les numéros ci-dessous", x, y,
                "check:partial_port")
    y -= 22
    end = s.text(x, y + 4, "Numéro principal (de facturation)", 7.5) + 4
    text_widget(s, "num_principal", end, y, x + w - end, 15, "btn")
    y -= 8
    slots = s.slot_group(ordered=True)
    y = number_rows(s, slots, x, y, 1, 8,
                    [("N°", 18, "no"), ("Numéro (9 chiffres)", w - 18 - 3 * 28, "number"),
                     ("Fixe", 28, "tick"), ("Fax", 28, "tick"), ("RNIS", 28, "tick")],
                    row_h=17, names=iter([f"numero{k}" for k in range(1, 9)]))
    s.text(x, y - 9, "Plus de 8 numéros : joindre une liste signée.", 6.5)
    y -= 36
    _caps(s, "Date souhaitée du portage", x, y)
    text_widget(s, "date_portage", x, y, 90, 15, "requested_date")
    s.text(x + 96, y + 4, "JJ/MM/AAAA", 6)
    return y


def _be_page2(s: Sheet) -> None:
    s.text(36, AH - 46, "Demande de portage - page 2", 10, bold=True)
    colour_band(s, 36, AH - 72, AW - 72, "5. NUMÉROS CONSERVÉS CHEZ L'OPÉRATEUR ACTUEL "
                "(portage partiel uniquement)", rgb=_GREEN)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    y = number_rows(s, stay, 36, AH - 82, 1, 4,
                    [("N°", 24, "no"), ("Numéro conservé", 220, "number"),
                     ("Remarque", AW - 72 - 244, None)], row_h=18)
    y -= 30
    colour_band(s, 36, y, AW - 72, "6. SIGNATURE(S)", rgb=_GREEN)
    y = s.para(36, y - 18, "Le soussigné demande le portage des numéros indiqués vers Meuse "
               "Télécom SRL et la mandate pour résilier, auprès de l'opérateur donneur, les "
               "services liés à ces numéros à la date du portage.", AW - 72, 8) - 16
    x = s.text(36, y + 4, "Fait à", 8.5) + 4
    s.rule(x, y + 2, x + 120)
    s._place((x, y + 1, x + 120, y + 16), None, what="Fait à", optional=True)
    x = s.text(x + 126, y + 4, "le", 8.5) + 6
    date3(s, x, y, [("JJ", 24, "date_signed_day"), ("MM", 24, "date_signed_month"),
                    ("AAAA", 40, "date_signed_year")])
    y -= 66
    s.sign_line("Signature du titulaire ou de la personne habilitée", 36, y, 270,
                label_below=True)
    s.rule(300, y, AW - 36)
    s.text(300, y - 10, "Deuxième signataire (si les statuts l'exigent)", 8)
    s._place((300, y - 3, AW - 36, y + 30), None, what="deuxième signataire")
    y -= 44
    s.text(36, y + 16, "NOM EN MAJUSCULES", 5.8)
    s.rule(36, y - 2, 270)
    s._place((36, y - 3, 270, y + 11), "authorized_name", what="nom sous la signature")
    s.text(300, y + 16, "NOM EN MAJUSCULES", 5.8)
    s.rule(300, y - 2, AW - 36)
    s._place((300, y - 3, AW - 36, y + 11), None, what="nom du deuxième signataire")
    y -= 40
    colour_band(s, 36, y, AW - 72, "7. RÉSERVÉ À L'OPÉRATEUR DONNEUR", rgb=(0.6, 0.12, 0.12))
    y -= 40
    for k, (label, w) in enumerate([("Date de réception", 140), ("Référence", 160),
                                    ("Cachet", AW - 72 - 300)]):
        bx = 36 + (0, 140, 300)[k]
        s.box(bx, y, w, 30, None, label)
        s.text(bx + 3, y + 22, label, 6)


def be_two_column_partly() -> Built:
    s = a4("r25-be-demande-portage-partly", "BE", "fr", ["r25-be", "r25-be-partial"],
           "Partly fillable, Liège, French, two A4 pages. Page 1 in two columns (holder, "
           "authorised person if different and current operator left; numbers right) under "
           "numbered green bands; small-capital labels above widgets and labels left of them; "
           "designer names 'adresse_facturation' on the installation address and 'gsm' on the "
           "contact phone; BCE, Easy Switch ID and SIM not ours; type checkboxes left of their "
           "words, scope checkboxes right of them; numbers 1-8 widgets with paper fixe / fax / "
           "RNIS ticks per row (optional); requested date JJ/MM/AAAA widget. Page 2 paper: "
           "numbers that stay as their own table, 'Fait à ___ (optional) le JJ / MM / AAAA' "
           "boxes, signature with the name in capitals under it, a second signer and the losing "
           "operator's section not ours.")
    s.date_formats = ["%d/%m/%Y"]
    carrier_head(s, AW - 36, AH - 40, "MEUSE TÉLÉCOM SRL",
                 ["Quai de la Batte 10, 4000 Liège  -  Tél. 04 355 01 00  -  Fax 04 355 01 01",
                  "BCE / TVA BE 0712.345.678  -  www.meusetelecom.example  -  "
                  "portage@meusetelecom.example"], right=True)
    s.text(36, AH - 44, "DEMANDE DE PORTAGE", 14, bold=True)
    s.text(36, AH - 58, "de numéro(s) de téléphonie fixe", 9)
    half = (AW - 72 - 14) / 2
    _be_left(s, 36, AH - 84, half)
    _be_right(s, 36 + half + 14, AH - 84, half)
    s.footer("Meuse Télécom SRL  -  MT-PORT-F (2026)  -  page 1/2")
    s.next_page()
    _be_page2(s)
    s.footer("Meuse Télécom SRL  -  MT-PORT-F (2026)  -  page 2/2")
    return s.build()


# -- Bolivia -------------------------------------------------------------------------------------
def _bo_customer(s: Sheet, y: float) -> float:
    s.band(36, y, LW - 72, "DATOS DEL TITULAR", 8.5)
    y -= 22
    dotted(s, "¿A nombre de quién está la línea? (como figura en su factura)", 36, y, LW - 36,
           "account_name")
    y -= 20
    x = dotted(s, "NIT / C.I.", 36, y, 220, None)
    s.text(x + 12, y, "Tipo de cliente:", 8.5)
    nx = tick_left(s, "Persona jurídica (empresa)", x + 80, y - 1, "check:business")
    tick_left(s, "Persona natural", nx, y - 1, "check:residential")
    y -= 20
    dotted(s, "¿Dónde está instalada la línea? (calle o avenida, número, zona)", 36, y, LW - 36,
           "street")
    y -= 20
    x = dotted(s, "Ciudad", 36, y, 300, "city")
    dotted(s, "Departamento", x + 8, y, LW - 36, "state")
    y -= 20
    x = dotted(s, "Teléfono de contacto", 36, y, 260, "contact_phone")
    dotted(s, "Correo electrónico", x + 8, y, LW - 36, "contact_email")
    y -= 20
    x = dotted(s, "¿Quién firma esta solicitud?", 36, y, 360, "authorized_name")
    dotted(s, "¿En calidad de?", x + 8, y, LW - 36, "authorized_title")
    return y - 24


def _bo_line(s: Sheet, y: float) -> float:
    s.band(36, y, LW - 72, "SU OPERADOR ACTUAL Y SUS NÚMEROS", 8.5)
    y -= 22
    dotted(s, "¿Con qué operador tiene hoy el servicio?", 36, y, LW - 36, "carrier")
    y -= 20
    x = dotted(s, "¿Cuál es su número de cuenta o contrato?", 36, y, 360, "account_number")
    s.text(190, y - 9, "(figura en su factura)", 5.5)
    dotted(s, "ICCID", x + 8, y, LW - 36, None)
    y -= 22
    x = dotted(s, "¿Cuál es el número principal de la cuenta?", 36, y, 360, "btn")
    dotted(s, "IMEI", x + 8, y, LW - 36, None)
    y -= 22
    s.text(36, y, "¿Porta todos los números de la cuenta?", 8.5)
    x = tick_right(s, "Sí, todos", 210, y - 1, "check:full_port")
    tick_right(s, "No, solo los indicados abajo", x + 6, y - 1, "check:partial_port")
    y -= 14
    s.text(36, y, "¿Qué números desea portar? (8 dígitos cada uno)", 8.5)
    slots = s.slot_group(ordered=True)
    y = number_rows(s, slots, 36, y - 6, 1, 6,
                    [("N°", 22, "no"), ("Número", 220, "number"), ("Fijo", 40, "tick"),
                     ("Móvil", 40, "tick"), ("Observaciones (uso del operador)", LW - 72 - 322,
                                             None)], row_h=16)
    y -= 20
    dotted(s, "¿Desea conservar algún número con su operador actual? ¿Cuál(es)?", 36, y,
           LW - 36, "remaining_numbers")
    y -= 22
    x = s.text(36, y, "¿Cuándo desea que se realice la portabilidad?", 8.5) + 8
    x = dotted(s, "Día", x, y, x + 44, "requested_day")
    x = dotted(s, "Mes", x + 8, y, x + 52, "requested_month")
    dotted(s, "Año", x + 8, y, x + 66, "requested_year")
    return y - 24


def _bo_sign(s: Sheet, y: float) -> float:
    y = s.para(36, y, "Declaro que los datos son verdaderos y autorizo a Altiplano Telecom "
               "S.R.L. a gestionar ante mi operador actual la portabilidad de los números "
               "indicados, conforme al reglamento de portabilidad numérica de la ATT.",
               LW - 72, 7.5) - 12
    x = dotted(s, "Lugar y fecha:", 36, y, 190, None, optional=True)
    x = dotted(s, ",", x + 2, y, x + 34, "date_signed_day")
    x = dotted(s, "de", x + 4, y, x + 96, "date_signed_month")
    x = dotted(s, "de 20", x + 4, y, x + 50, "date_signed_year2")
    y -= 44
    dot = s.c.stringWidth(".", s.font, 8.5)
    for x0, caption, fld in [(36, "Firma del titular o representante legal", "signature"),
                             (300, "Firma del testigo", None)]:
        count = int(200 / dot)
        s.text(x0, y, "." * count, 8.5)
        s.text(x0, y - 10, caption, 7)
        s._place((x0, y - 3, x0 + count * dot, y + 30), fld, what=caption)
    s.box(LW - 36 - 70, y - 14, 70, 56, None, "Huella dactilar")
    s.text(LW - 36 - 68, y + 34, "Huella dactilar", 6)
    y -= 24
    dotted(s, "Aclaración de firma", 36, y, 236, "authorized_name")
    dotted(s, "C.I.", 300, y, 460, None)
    return y - 18


def bo_questions_paper() -> Built:
    s = letter("r25-bo-solicitud-portabilidad-paper", "BO", "es", ["r25-bo", "r25-bo-home"],
               "Paper, Bolivia, Spanish, US Letter. Questions as labels ('¿A nombre de quién "
               "está la línea?', '¿Qué números desea portar?') on dots typed in the text layer; "
               "customer-type ticks left of their words, scope ticks right of them; NIT / C.I., "
               "ICCID, IMEI not ours; numbers 1-6 with Fijo / Móvil ticks per row (optional) "
               "and an operator's column not ours; requested date Día / Mes / Año; 'Lugar y "
               "fecha: ....., .. de ...... de 20..' (place optional); signature and a witness "
               "(not ours), fingerprint box not ours, 'Aclaración de firma'; letterhead with NIT, "
               "fax, web, e-mail; a tear-off stub the customer keeps, repeating the holder and "
               "the main number, the operator's request number and receiver not ours.")
    s.date_formats = ["%d/%m/%Y"]
    carrier_head(s, 36, LH - 40, "ALTIPLANO TELECOM S.R.L.",
                 ["Av. Arce 2631, Edif. Multicentro, piso 4, La Paz  -  NIT 1028877024",
                  "Tel. (2) 255 0100  -  Fax (2) 255 0101  -  www.altiplanotel.example  -  "
                  "portabilidad@altiplanotel.example"])
    s.c.setFont(s.bold_font, 12)
    s.c.drawRightString(LW - 36, LH - 40, "SOLICITUD DE PORTABILIDAD")
    s.c.setFont(s.font, 8)
    s.c.drawRightString(LW - 36, LH - 52, "numérica - telefonía fija")
    y = _bo_customer(s, LH - 86)
    y = _bo_line(s, y)
    y = _bo_sign(s, y)
    cut_line(s, y, "corte aquí  -  CONSERVE ESTA PARTE")
    y -= 22
    s.text(36, y, "CONSTANCIA PARA EL CLIENTE", 8.5, bold=True)
    y -= 18
    x = dotted(s, "Titular", 36, y, 330, "account_name")
    dotted(s, "Número principal", x + 8, y, LW - 36, "btn")
    y -= 18
    x = dotted(s, "N° de solicitud (lo llena el operador)", 36, y, 330, None)
    dotted(s, "Recibido por", x + 8, y, LW - 36, None)
    s.footer("Altiplano Telecom S.R.L.  -  formulario AT-PN-01 (2026)")
    return s.build()


FORMS = {"r25-be-demande-portage-partly": be_two_column_partly,
         "r25-bo-solicitud-portabilidad-paper": bo_questions_paper}
