"""Round 17 (held back), the US and Puerto Rico: a CLEC's two-page fillable Letter of Agency
whose numbers go on an attached Telephone Number Inventory (labels in a column left of widgets
named after them, the BTN and an account PIN, Business / Residential and all / only-listed check
boxes, a quantity of numbers, a requested time not ours, a signature line with no widget beside a
Date widget, an office panel of widgets not ours; page 2 repeats the end user's name and BTN over
a 20-row inventory whose line-type, directory-listing and hunt-group columns are not ours, a
widget for the numbers that stay and a 'Customer initials' widget not ours); a Puerto Rico
carrier's paper carta de autorización with every caption in Spanish then English under its
line, merchant registration and SSN (last 4) not ours, 'Puerto Rico' printed in the state blank,
number lines 1-10 down two columns, mm/dd/aaaa, the authorization in two columns ES | EN and an
office box not ours. Truth from the drawn page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import LETTER

from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round5_kit import letterhead, numbered_slots
from tests.loaforms.round14_kit import office_panel
from tests.loaforms.round15_kit import two_tongues
from tests.loaforms.round17_kit import bi_under, left_widget

Built = tuple[bytes, dict[str, Any]]
W, H = float(LETTER[0]), float(LETTER[1])


def _us_page1(s: Sheet) -> None:
    s.text(40, H - 44, "KEYSTONE FIBERLINE", 16, bold=True)
    s.text(40, H - 56, "Keystone Fiberline Communications, Inc.  -  Carrier Services  -  "
           "Two Gateway Center, Pittsburgh, PA 15222", 7.5)
    s.text(40, H - 86, "LETTER OF AGENCY (LOA) - LOCAL NUMBER PORTABILITY", 13, bold=True)
    s.para(40, H - 100, "Complete every section. Information must match the current carrier's "
           "customer service record exactly or the port request will be rejected.", 532, 7.5)
    s.band(40, H - 126, 532, "SECTION 1 - END USER (AS SHOWN ON THE CURRENT CARRIER'S BILL)", 8.5)
    y = H - 152
    left_widget(s, "End user / business name", "EndUserName", 40, y, 150, 382, "account_name")
    y -= 20
    left_widget(s, "Service address (street, suite)", "SvcAddress", 40, y, 150, 382, "street")
    y -= 20
    left_widget(s, "City", "SvcCity", 40, y, 150, 170, "city")
    left_widget(s, "State", "SvcState", 372, y, 30, 40, "state")
    left_widget(s, "ZIP", "SvcZip", 460, y, 24, 88, "postal_code")
    y -= 20
    left_widget(s, "Contact telephone", "ContactTN", 40, y, 150, 140, "contact_phone")
    left_widget(s, "Contact email", "ContactEmail", 350, y, 62, 160, "contact_email")
    y -= 20
    s.text(40, y + 2, "Service type", 8)
    s.checkbox("SvcTypeBus", 190, y, "check:business", "Business")
    s.checkbox("SvcTypeRes", 270, y, "check:residential", "Residential")
    s.band(40, y - 26, 532, "SECTION 2 - CURRENT (LOSING) CARRIER", 8.5)
    y -= 52
    left_widget(s, "Current local service provider", "CurrentCarrier", 40, y, 150, 382,
                "carrier")
    y -= 20
    left_widget(s, "Account number (current carrier)", "AcctNumber", 40, y, 150, 170,
                "account_number")
    left_widget(s, "Account PIN / passcode", "AcctPIN", 372, y, 100, 100, "pin")
    y -= 20
    left_widget(s, "Billing telephone number (BTN)", "BTN", 40, y, 150, 170, "btn")
    s.band(40, y - 26, 532, "SECTION 3 - TELEPHONE NUMBERS TO BE PORTED", 8.5)
    y = s.para(40, y - 46, "List every telephone number to be ported on Attachment A - "
               "Telephone Number Inventory (page 2). Numbers not listed on Attachment A will not "
               "be ported.", 532, 7.5) - 8
    s.checkbox("PortAll", 40, y, "check:full_port",
               "Port ALL telephone numbers on the account (the account will be closed)")
    y -= 16
    s.checkbox("PortPartial", 40, y, "check:partial_port",
               "Port ONLY the numbers listed on Attachment A; all other numbers remain with the "
               "current carrier")
    y -= 22
    left_widget(s, "Quantity of numbers listed on Attachment A", "QtyTNs", 40, y, 190, 50,
                "number_count")
    y -= 20
    left_widget(s, "Requested port date (MM/DD/YYYY)", "DueDate", 40, y, 190, 90,
                "requested_date")
    left_widget(s, "Requested time (ET)", "DueTime", 360, y, 90, 80, None)
    _us_authorize(s, y - 28)


def _us_authorize(s: Sheet, y: float) -> None:
    s.band(40, y, 532, "SECTION 4 - AUTHORIZATION", 8.5)
    y = s.para(40, y - 18, "I, the undersigned, am authorized to act for the end user named "
               "above and authorize Keystone Fiberline Communications, Inc. to act as my agent "
               "to port the telephone numbers listed on Attachment A from the current carrier, "
               "and to request the disconnection of those services. I understand that services "
               "and features not ported may be disconnected by the current carrier and that any "
               "early termination charges remain my responsibility.", 532, 7.5) - 30
    s.sign_line("Authorized signature", 40, y, 330)
    left_widget(s, "Date", "SignDate", 350, y - 4, 30, 100, "date_signed")
    y -= 26
    left_widget(s, "Print name", "PrintName", 40, y, 60, 220, "authorized_name")
    left_widget(s, "Title", "PrintTitle", 350, y, 30, 160, "authorized_title")
    office_panel(s, 40, 60, 532, "FOR KEYSTONE FIBERLINE USE ONLY",
                 ["PON", "Order number", "FOC date", "Sales representative"],
                 widgets=iter(["OfficePON", "OfficeOrder", "OfficeFOC", "OfficeRep"]))
    s.footer("KFC-LOA-02 rev. 03/2026          Page 1 of 2")


def _us_inventory(s: Sheet) -> None:
    s.text(40, H - 50, "ATTACHMENT A - TELEPHONE NUMBER INVENTORY", 13, bold=True)
    s.text(40, H - 63, "Attach to the Letter of Agency. One telephone number per row, 10 digits.",
           7.5)
    y = H - 88
    left_widget(s, "End user name", "InvEndUser", 40, y, 70, 260, "account_name")
    left_widget(s, "BTN", "InvBTN", 392, y, 26, 154, "btn")
    cols = [("#", 24), ("Telephone number", 170), ("Line type (POTS / ISDN / FAX / ALARM)", 150),
            ("Directory listing (Y/N)", 100), ("Hunt group", 88)]
    top, row_h = y - 14, 16
    x = 40
    for head, w in cols:
        s.frame(x, top - row_h, w, row_h)
        s.text(x + 3, top - row_h + 5, head, 7, bold=True)
        x += w
    slots = s.slot_group(ordered=True)
    for r in range(20):
        ry = top - row_h * (r + 2)
        s.frame(40, ry, 24, row_h)
        s.right_text(58, ry + 5, str(r + 1), 8)
        x = 64
        for (_head, w), name in zip(cols[1:], ("InvTN", "InvLineType", "InvDirList", "InvHunt"),
                                   strict=True):
            s.frame(x, ry, w, row_h)
            s.widget(f"{name}{r + 1}", x + 1, ry + 1, w - 2, row_h - 2, None)
            if name == "InvTN":
                s.places.pop()
                s.slot(slots, (x + 1, ry + 1, x + w - 1, ry + row_h - 1), f"row {r + 1}",
                       f"InvTN{r + 1}")
            x += w
    y = top - row_h * 21 - 40
    s.text(40, y + 18, "Telephone numbers that REMAIN with the current carrier (partial ports "
           "only)", 8, bold=True)
    s.widget("InvRemaining", 40, y, 532, 14, "remaining_numbers")
    y -= 34
    left_widget(s, "Customer initials", "InvInitials", 40, y, 80, 60, None)
    s.footer("KFC-LOA-02 rev. 03/2026          Page 2 of 2")


def us_clec_inventory() -> Built:
    s = letter("r17-us-clec-inventory-fillable", "US", "en", ["r17-us", "r17-us-partial"],
               "Fillable, two pages (US CLEC). Page 1: labels in a column left of widgets "
               "named after them (EndUserName, SvcAddress, SvcCity / SvcState / SvcZip, "
               "ContactTN, ContactEmail), Business / Residential check boxes, current carrier, "
               "account number, account PIN, BTN, PortAll / PortPartial check boxes, the "
               "quantity of numbers listed (number_count), requested date MM/DD/YYYY, a "
               "requested time not ours, a signature line with no widget beside a Date widget, "
               "print name and title widgets, an office panel of four widgets not ours. Page 2: "
               "Attachment A repeats end user name and BTN, a 20-row inventory (InvTN1..20 the "
               "slots; line type, directory listing, hunt group columns not ours), remaining "
               "numbers widget, customer initials not ours.")
    s.date_formats = ["%m/%d/%Y"]
    _us_page1(s)
    s.next_page()
    _us_inventory(s)
    return s.build()


def _pr_head(s: Sheet, y: float, es: str, en: str) -> None:
    s.band(40, y, W - 80, f"{es}  /  {en}", 8.5)


def pr_carta_paper() -> Built:
    s = letter("r17-pr-carta-bilingual-paper", "PR", "es", ["r17-pr", "r17-pr-home"],
               "Paper, Puerto Rico, Spanish then English in every caption (English in "
               "italics), captions under the lines. Comercial / Residencial ticks; name; "
               "merchant registration no. not ours; physical address (number, street, "
               "urbanization) on one line; municipio; 'Puerto Rico' printed in the state blank "
               "(not ours); código postal; SSN last 4 not ours; contact phone and e-mail; "
               "current carrier, account number, main number (BTN), PIN; all / only-listed "
               "ticks; number lines 1-10 down two columns; numbers that stay; requested date "
               "mm/dd/aaaa; authorization in two columns ES | EN; signature and date, printed "
               "name and title; office box not ours.")
    s.date_formats = ["%m/%d/%Y"]
    letterhead(s, W - 40, H - 40, ["Borinquen Telecom, LLC", "Ave. Ponce de León 1510, "
                                   "San Juan, PR 00909", "Portabilidad / Porting: "
                                   "portabilidad@borinquentel.example"])
    s.text(40, H - 46, "Carta de Autorización", 14, bold=True)
    s.c.setFont("Helvetica-Oblique", 11)
    s.c.drawString(40, H - 60, "Letter of Authorization - Number Portability")
    y = H - 88
    _pr_head(s, y, "1. Información del cliente", "Customer information")
    y -= 22
    s.tick(40, y, "check:business", "Comercial / Business")
    s.tick(170, y, "check:residential", "Residencial / Residential")
    y -= 26
    bi_under(s, "Nombre del cliente o negocio", "Customer or business name", 40, y, 380,
             "account_name")
    bi_under(s, "Núm. de registro de comerciante", "Merchant reg. no.", 392, y, W - 40, None)
    y -= 30
    bi_under(s, "Dirección física (número, calle, urbanización)",
             "Physical address (number, street, urbanization)", 40, y, W - 40, "street")
    y -= 30
    bi_under(s, "Municipio", "Town", 40, y, 220, "city")
    s.text(236, y + 3, "Puerto Rico", 9, bold=True)
    bi_under(s, "Estado", "State", 232, y, 320, None)
    bi_under(s, "Código postal", "ZIP code", 332, y, 430, "postal_code")
    bi_under(s, "Seguro social (últimos 4)", "SSN (last 4)", 442, y, W - 40, None)
    y -= 30
    bi_under(s, "Teléfono de contacto", "Contact phone", 40, y, 240, "contact_phone")
    bi_under(s, "Correo electrónico", "E-mail", 252, y, W - 40, "contact_email")
    y -= 30
    _pr_head(s, y, "2. Compañía actual", "Current carrier")
    y -= 30
    bi_under(s, "Nombre de la compañía actual", "Current carrier name", 40, y, 300, "carrier")
    bi_under(s, "Número de cuenta", "Account number", 312, y, W - 40, "account_number")
    y -= 30
    bi_under(s, "Número principal de la cuenta", "Main (billing) number", 40, y, 240, "btn")
    bi_under(s, "PIN o código de seguridad", "Account PIN", 252, y, 400, "pin")
    y -= 30
    _pr_head(s, y, "3. Números a portar", "Numbers to port")
    y -= 22
    s.tick(40, y, "check:full_port", "Todos los números de la cuenta / All numbers on the account")
    s.tick(310, y, "check:partial_port", "Sólo los números listados / Only the numbers listed")
    y -= 24
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=2, rows=5, col_w=(W - 80) / 2, down=True, row_h=18)
    y -= 5 * 18 + 14
    bi_under(s, "Números que permanecen con la compañía actual",
             "Numbers that stay with the current carrier", 40, y, W - 40, "remaining_numbers")
    y -= 30
    bi_under(s, "Fecha solicitada (mm/dd/aaaa)", "Requested date (mm/dd/yyyy)", 40, y, 220,
             "requested_date")
    _pr_sign(s, y - 30)
    return s.build()


def _pr_sign(s: Sheet, y: float) -> None:
    col = (W - 96) / 2
    es = ("Autorizo a Borinquen Telecom, LLC a solicitar a mi compañía actual la portabilidad "
          "de los números indicados y la cancelación de esos servicios. Entiendo que los cargos "
          "pendientes con la compañía actual son mi responsabilidad.")
    en = ("I authorize Borinquen Telecom, LLC to request from my current carrier the porting of "
          "the numbers listed and the cancellation of those services. I understand that any "
          "balance owed to the current carrier remains my responsibility.")
    y = min(s.para(40, y, es, col, 7), s.para(56 + col, y, en, col, 7)) - 34
    s.rule(40, y, 300)
    two_tongues(s, 40, y - 9, "Firma del cliente", "Customer signature", size=6.5)
    s._place((40, y - 3, 300, y + 30), "signature", what="Firma del cliente / Customer signature")
    bi_under(s, "Fecha (mm/dd/aaaa)", "Date (mm/dd/yyyy)", 320, y, 460, "date_signed")
    y -= 32
    bi_under(s, "Nombre en letra de molde", "Printed name", 40, y, 300, "authorized_name")
    bi_under(s, "Título", "Title", 320, y, W - 40, "authorized_title")
    office_panel(s, 40, 44, W - 80, "Para uso de Borinquen Telecom / For Borinquen Telecom use "
                 "only", ["Representante / Sales rep", "Núm. de orden / Order no.",
                          "Fecha recibida / Date received"], h=40)
    s.footer("BT-LOA-PR-2026")


FORMS = {"r17-us-clec-inventory-fillable": us_clec_inventory,
         "r17-pr-carta-bilingual-paper": pr_carta_paper}
