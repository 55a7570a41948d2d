"""Round 18, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A US wireless carrier's business port-in request, fillable over two pages: widgets named the
  way a forms designer names them in camel case ("BusName", "AcctPIN", "MDN1".."MDN20"), the
  business's federal tax ID and the last four of the responsible party's SSN (not ours), the
  address as it appears on the current wireless bill with a state drop-down, the current
  carrier's account number and account PIN / passcode, a lines table "Mobile number | Device
  IMEI | New SIM (ICCID)" whose other columns are not ours, a "port all lines / only these"
  radio, lines staying on the current account, a rate plan and a sales code not ours, the
  signature line without a widget.
- A Northwest Territories CLEC's paper LOA in English with French captions in italics under each
  (the territory's two official languages on a government-contract carrier's form): a civic
  address beside a mailing address (P.O. Box) that stays empty, Community / Territory / Postal
  code, the current provider, a numbers table 1-12 with a service-type column not ours, lines for
  the numbers that stay, the requested date in YYYY / MM / DD boxes, the signature block.
- A Chilean fillable solicitud de portabilidad numérica (telefonía fija): RUT of the subscriber
  and of the representative not ours, Comuna and Región (a drop-down), the compañía donante with
  the número de cliente and the Código de Activación de la Portabilidad (not ours), the numbers
  with their area code in one widget each, Total / Parcial radio, the numbers that stay, the
  fecha de la solicitud and a signature line.
- A Croatian partly fillable zahtjev za prijenos broja in an embedded Unicode font (č, ć, đ, š,
  ž): widgets "Polje N" for the subscriber (OIB in an eleven-cell comb widget, not ours), the
  davatelj broja, then on paper: svi / samo navedeni ticks, a "R.br. | Pozivni broj | Broj
  telefona" table with the area code per row, a HAKOM time window (08-11 / 12-15) not ours, the
  requested date in dd / mm / gggg boxes, "U ____, dana ____" (the place not ours), a signature
  with M.P.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round4_kit import ITALIC, bilingual_line
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots, numbers_table
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round9_kit import comb_widget
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import radio_row
from tests.loaforms.round14_kit import office_panel, sign_block, unicode_a4

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER
_STATES = ["AK", "AZ", "CA", "CO", "ID", "MT", "NV", "OR", "UT", "WA", "WY"]
_REGIONES = ["Arica y Parinacota", "Tarapacá", "Antofagasta", "Atacama", "Coquimbo",
             "Valparaíso", "Metropolitana", "O'Higgins", "Maule", "Ñuble", "Biobío",
             "La Araucanía", "Los Ríos", "Los Lagos", "Aysén", "Magallanes"]


def _names(pattern: str) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(1))


def us_wireless_business_fillable() -> Built:
    s = letter("r18-us-wireless-business-fillable", "US", "en", ["r18-us", "r18-us-partial"],
               "Fillable, two pages, a US wireless carrier's business port-in request. Camel-case "
               "widget names; federal tax ID and last four of SSN (not ours); the address on the "
               "current wireless bill with a state drop-down; current carrier, account number, "
               "account PIN / passcode; radio PortScope all / only; lines table 'Mobile number "
               "| Device IMEI | New SIM (ICCID)' 1-8 on page 1 and 9-20 on page 2 (IMEI and SIM "
               "not ours); lines staying in four widgets; requested port date MM/DD/YYYY; "
               "rate plan and sales code not ours; signature line without a widget.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    letterhead(s, WL - 40, HL - 40, ["Cascade Wireless for Business",
                                      "Business Activations, PO Box 3400",
                                      "Bellevue, WA 98009  -  1-800-555-0177"])
    s.text(40, HL - 48, "Business Port-In Request", 16, bold=True)
    s.text(40, HL - 62, "Bring your business mobile numbers to Cascade Wireless", 8.5)
    y = s.para(40, HL - 82, "Fill in every field exactly as it appears on your current wireless "
               "carrier's bill. Your current carrier will reject the port if the account number, "
               "PIN / passcode or billing address do not match its records.", WL - 80, 7.5) - 4
    s.band(40, y, WL - 80, "1  BUSINESS INFORMATION", 9)
    y -= 34
    above(s, "Business legal name", "BusName", 40, y, 330, "account_name")
    above(s, "Federal Tax ID (EIN)", "BusTaxID", 380, y, 192, None)
    y -= 30
    above(s, "Authorized contact", "ContactName", 40, y, 170, "authorized_name")
    above(s, "Title", "ContactTitle", 220, y, 110, "authorized_title")
    above(s, "Contact phone", "ContactPhone", 340, y, 100, "contact_phone")
    above(s, "Contact email", "ContactEmail", 450, y, 122, "contact_email")
    y -= 26
    s.band(40, y, WL - 80, "2  CURRENT WIRELESS CARRIER (as on your bill)", 9)
    y -= 34
    above(s, "Current carrier", "OldCarrier", 40, y, 170, "carrier")
    above(s, "Account number", "OldAcctNum", 220, y, 150, "account_number")
    above(s, "Account PIN / passcode", "AcctPIN", 380, y, 90, "pin")
    above(s, "Last 4 of SSN (resp. party)", "SSN4", 480, y, 92, None)
    y -= 30
    above(s, "Billing street address on the wireless account", "BillAddr", 40, y, 330, "street")
    above(s, "Suite / floor", "BillAddr2", 380, y, 192, None, optional=True)
    y -= 30
    above(s, "City", "BillCity", 40, y, 200, "city")
    s.text(250, y + 18, "State", 7.5, bold=True)
    choice_widget(s, "BillState", 250, y, 50, _STATES, "state")
    above(s, "ZIP code", "BillZip", 310, y, 80, "postal_code")
    y -= 26
    s.band(40, y, WL - 80, "3  LINES TO PORT", 9)
    y -= 20
    radio_row(s, "PortScope", 40, y, [("All", "Port ALL lines on the account", "check:full_port"),
                                      ("Some", "Port ONLY the lines below", "check:partial_port")])
    slots = s.slot_group(ordered=True)
    cols: list[tuple[str, float, str | None, bool]] = [
        ("Mobile number", 160, "number", False), ("Device IMEI (if known)", 170, None, False),
        ("New SIM (ICCID)", 178, None, False)]
    y = numbers_table(s, slots, 40, y - 8, cols, rows=8, row_h=17, head="Line",
                      widgets=[f"{c}{n}" for n in range(1, 9) for c in ("MDN", "IMEI", "SIM")])
    s.text(40, y - 10, "More than 8 lines? Continue on page 2.", 7)
    s.footer("CW-BPI-2 (04/2026)   Page 1 of 2")
    s.next_page()
    y = HL - 56
    s.text(40, y, "Business Port-In Request  -  continued", 12, bold=True)
    y -= 34
    above(s, "Business legal name", "BusName_p2", 40, y, 330, "account_name")
    y -= 14
    y = numbers_table(s, slots, 40, y, cols, rows=12, first=9, row_h=17, head="Line",
                      widgets=[f"{c}{n}" for n in range(9, 21) for c in ("MDN", "IMEI", "SIM")])
    y -= 16
    s.text(40, y, "Lines that will STAY with your current carrier (partial ports only):", 7.5,
           bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((40, 175, 310, 445)):
        s.widget(f"StayMDN{k + 1}", x, y - 22, 125, 14, None)
        s.places.pop()
        s.slot(stay, (x, y - 22, x + 125, y - 8), f"staying {k + 1}", f"StayMDN{k + 1}")
    y -= 56
    above(s, "Requested port date (MM/DD/YYYY)", "PortDate", 40, y, 120, "requested_date")
    above(s, "Rate plan", "RatePlan", 180, y, 200, None)
    above(s, "Sales code", "SalesCode", 390, y, 90, None)
    y -= 26
    s.band(40, y, WL - 80, "4  AUTHORIZATION", 9)
    y = s.para(40, y - 18, "I am authorized to act for the business named above. I authorize "
               "Cascade Wireless to port the lines listed to its network and to act as my agent "
               "with my current carrier for that purpose. I understand my current carrier may "
               "charge early termination or device balance fees and that the lines ported will "
               "be cancelled with it.", WL - 80, 8) - 36
    s.sign_line("Authorized signature", 40, y, 300, label_below=True)
    s.widget("SignDate", 320, y, 100, 15, "date_signed")
    s.text(320, y - 9, "Date (MM/DD/YYYY)", 6.5)
    y -= 40
    s.widget("PrintName", 40, y, 260, 15, "authorized_name")
    s.text(40, y - 9, "Printed name", 6.5)
    s.widget("PrintTitle", 320, y, 252, 15, "authorized_title")
    s.text(320, y - 9, "Title", 6.5)
    office_panel(s, 40, 60, WL - 80, "CASCADE USE ONLY", ["Order ID", "BAN", "Dealer"],
                 widgets=_names("Office{n}"))
    s.footer("CW-BPI-2 (04/2026)   Page 2 of 2")
    return s.build()


def _fr_caption(s: Sheet, x: float, y: float, english: str, french: str) -> None:
    """An English caption in bold with its French in italics after a slash (one line)."""
    end = s.text(x, y, english, 7, bold=True) + 3
    s.c.setFont(ITALIC, 6.5)
    s.c.drawString(end, y, f"/ {french}")


def nt_loa_bilingual_paper() -> Built:
    s = letter("r18-nt-loa-bilingual-paper", "CA", "en", ["r18-nt", "r18-nt-partial"],
               "Paper, Northwest Territories CLEC, English with French captions in italics under "
               "each line. Civic address beside a mailing address (P.O. Box) that stays empty; "
               "Community / Territory / Postal code; current provider, account, BTN; all / "
               "listed ticks; numbers table 1-12 with a service-type column not ours; four lines "
               "for the numbers that stay; requested date in YYYY / MM / DD boxes; signature, "
               "date, name and title under their lines; office box.")
    s.date_formats = ["%Y-%m-%d", "%Y/%m/%d"]
    letterhead(s, WL - 40, HL - 40, ["Aurora Northern Telecom Ltd.", "4910 50th Avenue",
                                      "Yellowknife, NT  X1A 1S5", "867-555-0100"])
    s.text(40, HL - 46, "LETTER OF AUTHORIZATION", 14, bold=True)
    s.c.setFont(ITALIC, 10)
    s.c.drawString(40, HL - 59, "Lettre d'autorisation - transfert de numéros")
    y = HL - 86
    s.band(40, y, WL - 80, "1. CUSTOMER / CLIENT", 9)
    y -= 30
    bilingual_line(s, "Name on account", "Nom inscrit au compte", 40, y, 572, "account_name")
    y -= 36
    bilingual_line(s, "Civic address (street, lot)", "Adresse municipale (rue, lot)", 40, y, 300,
                   "street")
    bilingual_line(s, "Mailing address (P.O. Box) if different", "Adresse postale (C.P.) si "
                   "différente", 316, y, 572, None)
    y -= 36
    bilingual_line(s, "Community", "Collectivité", 40, y, 170, "city")
    bilingual_line(s, "Territory", "Territoire", 180, y, 230, "state")
    bilingual_line(s, "Postal code", "Code postal", 240, y, 300, "postal_code")
    bilingual_line(s, "Contact telephone", "Téléphone de la personne-ressource", 316, y, 430,
                   "contact_phone")
    bilingual_line(s, "E-mail", "Courriel", 440, y, 572, "contact_email")
    y -= 30
    s.text(40, y, "Account type /", 7.5, bold=True)
    s.c.setFont(ITALIC, 7)
    s.c.drawString(98, y, "Type de compte:")
    s.tick(160, y - 1, "check:business", "Business / Entreprise")
    s.tick(270, y - 1, "check:residential", "Residential / Résidentiel")
    y -= 22
    s.band(40, y, WL - 80, "2. CURRENT PROVIDER / FOURNISSEUR ACTUEL", 9)
    y -= 30
    bilingual_line(s, "Provider", "Fournisseur", 40, y, 220, "carrier")
    bilingual_line(s, "Account number", "Numéro de compte", 230, y, 400, "account_number")
    bilingual_line(s, "Billing telephone number", "Numéro de facturation", 410, y, 572, "btn")
    y -= 28
    s.band(40, y, WL - 80, "3. NUMBERS TO TRANSFER / NUMÉROS À TRANSFÉRER", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "All numbers on the account / Tous les numéros du compte")
    s.tick(310, y, "check:partial_port", "Only those listed / Seulement ceux indiqués")
    slots = s.slot_group(ordered=True)
    top = y - 8
    for first, x in ((1, 40), (7, 310)):
        numbers_table(s, slots, x, top, [("Telephone no. / No de téléphone", 130, "number",
                                          False), ("Service type / Type", 108, None, False)],
                      rows=6, first=first, row_h=16, head="#")
    y = top - 16 * 7 - 14
    _fr_caption(s, 40, y, "Numbers staying with the current provider",
                "Numéros conservés chez le fournisseur actuel")
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 300, 2, 18, stay, "stays, left")
    lines(s, 316, y - 18, 572, 2, 18, stay, "stays, right")
    y -= 62
    _fr_caption(s, 40, y + 4, "Requested date", "Date demandée")
    date_parts(s, 200, y, [("YYYY / AAAA", 44, "requested_year"), ("MM", 26, "requested_month"),
                           ("DD / JJ", 26, "requested_day")])
    y -= 28
    s.band(40, y, WL - 80, "4. AUTHORIZATION / AUTORISATION", 9)
    y = s.para(40, y - 16, "I authorize Aurora Northern Telecom Ltd. to transfer the numbers "
               "above from my current provider and to cancel those numbers' service with it. "
               "I am the account holder or authorized to sign for the account holder.",
               WL - 80, 7.5)
    s.c.setFont(ITALIC, 7)
    y = s.para(40, y, "J'autorise Aurora Northern Telecom Ltd. à transférer les numéros "
               "ci-dessus et à annuler leur service auprès de mon fournisseur actuel.",
               WL - 80, 7) - 30
    sign_block(s, 40, y, [("Signature", "signature"), ("Date (YYYY-MM-DD / AAAA-MM-JJ)",
                                                      "date_signed")], [300, 218])
    y -= 38
    sign_block(s, 40, y, [("Print name / Nom en lettres moulées", "authorized_name"),
                          ("Title / Titre", "authorized_title")], [300, 218])
    office_panel(s, 40, 50, WL - 80, "OFFICE USE / RÉSERVÉ AU BUREAU",
                 ["PON", "Due date / Échéance", "Rep"], h=40)
    s.footer("ANT-LOA-B  2026-05")
    return s.build()


def cl_portabilidad_fillable() -> Built:
    s = a4("r18-cl-portabilidad-fillable", "CL", "es", ["r18-cl", "r18-cl-partial"],
           "Fillable, Chilean solicitud de portabilidad numérica (telefonía fija). Widgets with "
           "Spanish snake-case names; RUT of the subscriber and of the representante legal not "
           "ours; dirección, comuna, región drop-down; contact phone and e-mail; compañía "
           "donante, número de cliente, CAP (not ours); radio total / parcial; numbers with "
           "their area code in one widget, 1-10 down two columns; four widgets for the numbers "
           "that stay; fecha de la solicitud dd-mm-aaaa; signature line without a widget; "
           "'uso exclusivo de la compañía' panel not ours.")
    s.date_formats = ["%d-%m-%Y", "%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Andina Telecomunicaciones SpA",
                                      "Av. Apoquindo 4501, piso 9, Las Condes",
                                      "Mesa de ayuda empresas 600 555 0140"])
    s.text(40, H4 - 48, "SOLICITUD DE PORTABILIDAD NUMÉRICA", 14, bold=True)
    s.text(40, H4 - 62, "Telefonía local (fija)  -  Compañía receptora: Andina "
           "Telecomunicaciones SpA", 8)
    y = H4 - 88
    s.band(40, y, W4 - 80, "I.  IDENTIFICACIÓN DEL SUSCRIPTOR", 9)
    y -= 32
    above(s, "Nombre o razón social", "razon_social", 40, y, 370, "account_name")
    above(s, "RUT", "rut_suscriptor", 420, y, 135, None)
    y -= 30
    above(s, "Representante legal", "rep_legal", 40, y, 250, "authorized_name")
    above(s, "Cargo", "rep_cargo", 300, y, 110, "authorized_title")
    above(s, "RUT representante", "rut_rep", 420, y, 135, None)
    y -= 30
    above(s, "Dirección de instalación (calle, número, oficina)", "direccion", 40, y, 515,
          "street")
    y -= 30
    above(s, "Comuna", "comuna", 40, y, 170, "city")
    s.text(220, y + 18, "Región", 7.5, bold=True)
    choice_widget(s, "region", 220, y, 130, _REGIONES, "state")
    above(s, "Teléfono de contacto", "fono_contacto", 360, y, 195, "contact_phone")
    y -= 30
    above(s, "Correo electrónico", "correo", 40, y, 310, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "II.  COMPAÑÍA DONANTE (ACTUAL)", 9)
    y -= 32
    above(s, "Compañía donante", "donante", 40, y, 200, "carrier")
    above(s, "N° de cliente / contrato", "n_cliente", 250, y, 150, "account_number")
    above(s, "Código de Activación de Portabilidad (CAP)", "cap", 410, y, 145, None)
    y -= 24
    s.band(40, y, W4 - 80, "III.  NÚMEROS A PORTAR", 9)
    y -= 18
    radio_row(s, "tipo_portabilidad", 40, y, [
        ("total", "Total: todos los números del servicio", "check:full_port"),
        ("parcial", "Parcial: sólo los números indicados", "check:partial_port")])
    slots = s.slot_group(ordered=True)
    s.text(40, y - 16, "Indique cada número con su código de área (ej. 2 2XXX XXXX).", 7)
    numbered_slots(s, slots, 40, y - 34, cols=2, rows=5, col_w=(W4 - 80) / 2, row_h=18,
                   names=[f"numero_{n}" for n in (1, 6, 2, 7, 3, 8, 4, 9, 5, 10)])
    y -= 34 + 5 * 18 + 8
    s.text(40, y, "Portabilidad parcial: números que permanecen en la compañía donante", 7.5,
           bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((40, 170, 300, 430)):
        s.widget(f"permanece_{k + 1}", x, y - 20, 125, 14, None)
        s.places.pop()
        s.slot(stay, (x, y - 20, x + 125, y - 6), f"permanece {k + 1}", f"permanece_{k + 1}")
    y -= 40
    s.band(40, y, W4 - 80, "IV.  DECLARACIÓN Y FIRMA", 9)
    y = s.para(40, y - 18, "El suscriptor solicita a la compañía receptora portar los números "
               "indicados y la faculta para requerir a la compañía donante el término del "
               "servicio telefónico asociado a dichos números, conforme al Reglamento de "
               "Portabilidad Numérica. Declara que su cuenta se encuentra al día y que los datos "
               "informados son verídicos.", W4 - 80, 7.5) - 34
    above(s, "Fecha de la solicitud (dd-mm-aaaa)", "fecha", 40, y, 120, "date_signed")
    s.sign_line("Firma del suscriptor o representante legal", 300, y, 555, label_below=True)
    office_panel(s, 40, 50, W4 - 80, "USO EXCLUSIVO DE LA COMPAÑÍA RECEPTORA",
                 ["N° de solicitud", "Ejecutivo", "Fecha de portación"], widgets=_names("uso_{n}"))
    s.footer("ATS-PN-01  v3")
    return s.build()


def _pozivni_table(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, first: int,
                   rows: int) -> None:
    """'R.br. | Pozivni broj | Broj telefona' on paper: the area code of each row in its own box,
    the rest of the number in the slot."""
    for head, cx, w in (("R.br.", x, 34), ("Pozivni broj", x + 34, 62),
                        ("Broj telefona", x + 96, 160)):
        s.frame(cx, top - 16, w, 16)
        s.text(cx + 3, top - 11, head, 7, bold=True)
    for r in range(rows):
        ry = top - 16 * (r + 2)
        s.frame(x, ry, 34, 16)
        s.right_text(x + 26, ry + 5, f"{first + r}.", 8)
        place = s.box(x + 34, ry, 62, 16, "area_code", f"Pozivni broj {first + r}")
        place["row"] = first + r - 1
        s.frame(x + 96, ry, 160, 16)
        s.slot(slots, (x + 97, ry + 1, x + 255, ry + 15), f"Broj telefona {first + r}")


def hr_prijenos_partly() -> Built:
    s = unicode_a4("r18-hr-prijenos-partly", "HR", "hr", ["r18-hr", "r18-hr-partial"],
                   "Partly fillable, Croatian, embedded Unicode font. Widgets 'Polje N': naziv "
                   "tvrtke / ime i prezime, OIB comb widget (not ours), ulica i kućni broj, "
                   "poštanski broj before mjesto, kontakt telefon, e-pošta, ovlaštena osoba and "
                   "funkcija, davatelj broja, broj ugovora / korisnički broj. On paper: svi / "
                   "samo navedeni ticks, 'R.br. | Pozivni broj | Broj telefona' rows 1-12 (area "
                   "code per row), numbers that stay on lines, the requested date in dd / mm / "
                   "gggg boxes, a time window 08-11 / 12-15 (not ours), 'U ____, dana ____' "
                   "(the place not ours), signature with M.P.")
    s.date_formats = ["%d.%m.%Y.", "%d.%m.%Y", "%d. %m. %Y."]
    t = _names("Polje {n}")
    letterhead(s, W4 - 40, H4 - 40, ["Jadran Telekom d.o.o.", "Ulica grada Vukovara 269",
                                      "10000 Zagreb  -  0800 555 014"])
    s.text(40, H4 - 48, "ZAHTJEV ZA PRIJENOS BROJA", 15, bold=True)
    s.text(40, H4 - 62, "u nepokretnoj mreži  -  primatelj broja: Jadran Telekom d.o.o.", 8)
    y = H4 - 88
    s.band(40, y, W4 - 80, "1. PODACI O PRETPLATNIKU", 9)
    y -= 32
    above(s, "Naziv tvrtke / Ime i prezime pretplatnika", next(t), 40, y, 515, "account_name")
    y -= 32
    s.text(40, y + 18, "OIB", 7.5, bold=True)
    comb_widget(s, next(t), 40, y, 11, None, cell=14)
    above(s, "Ulica i kućni broj", next(t), 210, y, 345, "street")
    y -= 30
    above(s, "Poštanski broj", next(t), 40, y, 70, "postal_code")
    above(s, "Mjesto", next(t), 120, y, 180, "city")
    above(s, "Kontakt telefon", next(t), 310, y, 245, "contact_phone")
    y -= 30
    above(s, "E-pošta", next(t), 40, y, 260, "contact_email")
    y -= 30
    above(s, "Ovlaštena osoba (ime i prezime)", next(t), 40, y, 260, "authorized_name")
    above(s, "Funkcija", next(t), 310, y, 245, "authorized_title")
    y -= 24
    s.band(40, y, W4 - 80, "2. DAVATELJ BROJA (dosadašnji operator)", 9)
    y -= 32
    above(s, "Naziv operatora", next(t), 40, y, 260, "carrier")
    above(s, "Broj ugovora / korisnički broj", next(t), 310, y, 245, "account_number")
    y -= 24
    s.band(40, y, W4 - 80, "3. BROJEVI ZA PRIJENOS (popunjava pretplatnik)", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "svi brojevi pretplatničkog priključka")
    s.tick(260, y, "check:partial_port", "samo niže navedeni brojevi")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # Broj telefona after its Pozivni broj
    top = y - 10
    _pozivni_table(s, slots, 40, top, 1, 6)
    _pozivni_table(s, slots, 300, top, 7, 6)
    y = top - 16 * 7 - 16
    s.text(40, y, "Brojevi koji ostaju kod davatelja broja (djelomični prijenos):", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 290, 2, 18, stay, "ostaje, lijevo")
    lines(s, 305, y - 18, 555, 2, 18, stay, "ostaje, desno")
    y -= 64
    s.text(40, y + 4, "Željeni datum prijenosa:", 8)
    date_parts(s, 160, y, [("dd", 24, "requested_day"), ("mm", 24, "requested_month"),
                           ("gggg", 40, "requested_year")], sep=".")
    s.text(320, y + 4, "Vremenski okvir:", 8)
    s.tick(390, y + 3, None, "08 - 11 h")
    s.tick(460, y + 3, None, "12 - 15 h")
    y -= 28
    s.band(40, y, W4 - 80, "4. IZJAVA PRETPLATNIKA", 9)
    y = s.para(40, y - 18, "Ovim zahtjevom ovlašćujem primatelja broja da u moje ime davatelju "
               "broja podnese zahtjev za prijenos gore navedenih brojeva, što se smatra i "
               "zahtjevom za raskid pretplatničkog odnosa kod davatelja broja za te brojeve. "
               "Obvezu plaćanja usluga davatelju broja imam do trenutka prijenosa broja.",
               W4 - 80, 7.5) - 28
    end = s.text(40, y, "U", 8.5) + 4
    under(s, "mjesto", end, y - 2, end + 110, None)
    end = s.text(end + 116, y, "dana", 8.5) + 4
    under(s, "datum (dd.mm.gggg.)", end, y - 2, end + 90, "date_signed")
    s.text(330, y + 10, "M.P.", 8)
    s.sign_line("Potpis pretplatnika / ovlaštene osobe", 360, y - 2, 555, label_below=True)
    s.footer("JT-PB-NM  03/2026")
    return s.build()


FORMS = {
    "r18-us-wireless-business-fillable": us_wireless_business_fillable,
    "r18-nt-loa-bilingual-paper": nt_loa_bilingual_paper,
    "r18-cl-portabilidad-fillable": cl_portabilidad_fillable,
    "r18-hr-prijenos-partly": hr_prijenos_partly,
}
