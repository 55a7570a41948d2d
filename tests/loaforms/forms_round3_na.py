"""Round 3, North America: a wireless transfer form with the customer's and the new provider's
blocks side by side under the same labels, a bilingual Canadian form whose labels sit under their
widgets, a partly fillable US form with its labels printed inside the boxes, and a three-page
Canadian wireless form (blocks side by side, a numbers table with device columns, a terms page)."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round3_kit import (
    placeholder_box,
    sign_under,
    table,
    terms_page,
    under,
    widget_under,
)

Built = tuple[bytes, dict[str, Any]]
AUTH = ("By signing below I confirm that I am the account holder or am authorized by the account "
        "holder, and I authorize the new service provider named on this form to transfer the "
        "numbers listed from my current carrier and to obtain the account details needed to do "
        "so.")


def _above(s: Sheet, label: str, name: str, x: float, y: float, w: float, fld: str | None,
           optional: bool = False) -> None:
    s.text(x, y + 18, label, 7.5)
    s.widget(name, x, y, w, 15, fld, optional=optional)


def us_wireless_two_column() -> Built:
    s = letter("r3-us-wireless-two-column", "US", "en", ["r3-us-wireless", "r3-us-wireless-partial"],
               "Fillable, widgets named after their labels by Adobe's field detection (Name, "
               "Name_2...). The customer's block and the new provider's sit side by side with the "
               "same labels; the right one stays empty. Numbers in a table Number | Carrier | "
               "Account | IMEI | Keep/Port: on each row holding a number the carrier and account "
               "cells hold the account's and Keep/Port says Port (scored since round 6; free "
               "before), IMEI stays empty. Page 2 is terms, then the signature.")
    s.text(40, 752, "Wireless Number Transfer Authorization", 14, bold=True)
    s.para(40, 734, "Use this form to move mobile numbers from your current wireless carrier. "
           "The account details must match your carrier's records exactly.", 532)
    for x, head in ((40, "CURRENT ACCOUNT HOLDER (as shown on your wireless bill)"),
                    (316, "NEW SERVICE PROVIDER (company receiving the numbers)")):
        s.frame(x, 560, 256, 150)
        s.text(x + 6, 698, head, 7.5, bold=True)
    mine = {"Name": "account_name", "Address": "street", "City": "city", "State": "state",
            "ZIP": "postal_code", "Contact phone": "contact_phone"}
    for x, suffix, own in ((46, "", True), (322, "_2", False)):
        _above(s, "Name", f"Name{suffix}", x, 662, 244, mine["Name"] if own else None)
        _above(s, "Address", f"Address{suffix}", x, 626, 244, mine["Address"] if own else None)
        _above(s, "City", f"City{suffix}", x, 590, 120, mine["City"] if own else None)
        _above(s, "State", f"State{suffix}", x + 126, 590, 36, mine["State"] if own else None)
        _above(s, "ZIP", f"ZIP{suffix}", x + 168, 590, 76, mine["ZIP"] if own else None)
        s.text(x, 570, "Contact phone", 7.5)
        s.widget(f"Contact phone{suffix}", x + 60, 566, 184, 14,
                 mine["Contact phone"] if own else None)
    s.band(40, 536, 532, "ACCOUNT DETAILS")
    _above(s, "Wireless account number", "Wireless account number", 40, 498, 170,
           "account_number")
    _above(s, "Account PIN / Passcode", "Account PIN  Passcode", 220, 498, 100, "pin")
    _above(s, "Authorized user", "Authorized user", 330, 498, 150, "authorized_name")
    _above(s, "Last 4 of SSN / Tax ID", "Last 4 of SSN  Tax ID", 490, 498, 82, None)
    s.text(40, 478, "Account type:", 8)
    s.radio("Account type", "Business", 100, 476, "check:business", "Business")
    s.radio("Account type", "Personal", 170, 476, "check:residential", "Personal")
    s.text(260, 478, "Are you porting all numbers on the account?", 8)
    s.checkbox("Yes", 440, 476, "check:full_port", "Yes")
    s.checkbox("No", 490, 476, "check:partial_port", "No")
    s.text(40, 454, "NUMBERS TO TRANSFER", 9, bold=True)
    table(s, 40, 448, [("Mobile number", 120, "number", False),
                       ("Carrier", 110, "carrier", False),
                       ("Account", 110, "account_number", False),
                       ("IMEI (device)", 120, None, False),
                       ("Keep / Port", 72, ("port_choice", ["Port"]), False)], rows=8,
          widgets="Row")
    s.footer("WNT-LOA rev 2025-06   Page 1 of 2")
    s.next_page()
    y = terms_page(s, 740, 532)
    s.band(40, y - 10, 532, "AUTHORIZATION")
    s.para(40, y - 34, AUTH, 532, 8.5)
    sign_under(s, "Signature of account holder or authorized user", 40, y - 110, 330)
    widget_under(s, "Date", "Date", 360, y - 112, 120, "date_signed")
    widget_under(s, "Printed name", "Printed name", 40, y - 150, 250, "authorized_name")
    widget_under(s, "Title", "Title", 320, y - 150, 200, "authorized_title")
    s.footer("WNT-LOA rev 2025-06   Page 2 of 2")
    return s.build()


def ca_bilingual_labels_under() -> Built:
    s = letter("r3-ca-bilingual-labels-under", "CA", "en", ["r3-ca-wireless", "r3-ca-quebec-partial"],
               "Fillable, widgets 'Champ de texte N'; each English / French caption printed under "
               "its widget; suite, IMEI/ESN and the new provider's reference stay empty (suite "
               "may hold the unit); one box for the numbers that stay; date YYYY-MM-DD.")
    s.date_formats = ["%Y-%m-%d"]
    names = iter(f"Champ de texte {n}" for n in range(1, 60))
    s.text(40, 752, "Letter of Authorization - Number Transfer", 13, bold=True)
    s.text(40, 736, "Lettre d'autorisation - Transfert de numéros", 13, bold=True)
    s.band(40, 706, 532, "Customer information / Renseignements sur le client")
    rows: list[list[tuple[str, float, str | None, bool]]] = [
        [("Company or account holder name / Nom de l'entreprise ou du titulaire", 532,
          "account_name", False)],
        [("Street address / Adresse (numéro et rue)", 400, "street", False),
         ("Suite / Bureau", 122, None, True)],
        [("City / Ville", 250, "city", False), ("Province", 90, "state", False),
         ("Postal code / Code postal", 172, "postal_code", False)],
        [("Current service provider / Fournisseur de services actuel", 260, "carrier", False),
         ("Account number / Numéro de compte", 262, "account_number", False)],
        [("Wireless PIN / NIP sans fil", 120, "pin", False),
         ("IMEI / ESN", 150, None, False),
         ("Main billing number / Numéro de facturation principal", 242, "btn", False)],
    ]
    y = 672
    for row in rows:
        x = 40.0
        for label, w, fld, optional in row:
            widget_under(s, label, next(names), x, y, w, fld, optional=optional)
            x += w + 10
        y -= 36
    s.text(40, y + 6, "Type of service / Type de service:", 8)
    s.radio("Groupe1", "Affaires", 200, y + 4, "check:business", "Business / Affaires")
    s.radio("Groupe1", "Residentiel", 320, y + 4, "check:residential",
            "Residential / Résidentiel")
    y -= 30
    widget_under(s, "Requested transfer date (YYYY-MM-DD) / Date de transfert demandée "
                 "(AAAA-MM-JJ)", next(names), 40, y, 160, "requested_date")
    y -= 30
    s.band(40, y, 532, "Numbers to transfer / Numéros à transférer")
    slots = s.slot_group()
    y -= 30
    for n in range(10):
        row, col = divmod(n, 2)
        x, yy = 40 + col * 270, y - row * 30
        name = next(names)
        s.widget(name, x, yy, 240, 15, None)
        s.places.pop()
        s.text(x, yy - 8, f"Number {n + 1} / Numéro {n + 1}", 6.5)
        s.slot(slots, (x, yy, x + 240, yy + 15), f"slot {n + 1}", name)
    y -= 5 * 30 + 12
    s.widget(next(names), 40, y - 24, 532, 30, "remaining_numbers")
    s.text(40, y - 32, "Numbers that stay with the current provider (partial transfer only) / "
           "Numéros qui demeurent chez le fournisseur actuel (transfert partiel seulement)", 6.5)
    s.footer("Page 1 / 2")
    s.next_page()
    s.band(40, 740, 532, "Authorization / Autorisation")
    y = s.para(40, 716, AUTH, 532, 8.5)
    y = s.para(40, y - 6, "En signant ci-dessous, je confirme être le titulaire du compte ou être "
               "autorisé par celui-ci, et j'autorise le nouveau fournisseur à transférer les "
               "numéros indiqués.", 532, 8.5)
    sign_under(s, "Signature of authorized person / Signature de la personne autorisée", 40,
               y - 60, 330)
    widget_under(s, "Date (YYYY-MM-DD / AAAA-MM-JJ)", next(names), 360, y - 62, 140,
                 "date_signed")
    widget_under(s, "Name (print) / Nom (en lettres moulées)", next(names), 40, y - 100, 280,
                 "authorized_name")
    widget_under(s, "Title / Titre", next(names), 340, y - 100, 200, "authorized_title")
    widget_under(s, "New provider reference / Référence du nouveau fournisseur", next(names), 40,
                 y - 150, 280, None)
    s.footer("Page 2 / 2")
    return s.build()


def us_placeholder_partly() -> Built:
    s = letter("r3-us-placeholder-partly", "US", "en", ["r3-us-frontier", "r3-us-frontier-partial"],
               "Partly fillable. The customer's details go in printed boxes whose label is "
               "printed in grey inside the box; Yes/No questions on printed tick boxes (all "
               "numbers? BTN ported?); numbers in widgets Phone1..Phone12 numbered down three "
               "columns; page 2 is terms, then a signature line captioned below and a date "
               "widget. The agent code box stays empty.")
    s.text(40, 752, "Port Out Request - Letter of Authorization", 14, bold=True)
    s.text(40, 736, "Please complete every box. Write each value exactly as it appears on your "
           "bill.", 8.5)
    boxes: list[list[tuple[str, float, str | None]]] = [
        [("Business or customer name", 532, "account_name")],
        [("Service street address", 532, "street")],
        [("City", 250, "city"), ("State", 80, "state"), ("ZIP code", 192, "postal_code")],
        [("Account number", 260, "account_number"),
         ("Billing telephone number (BTN)", 262, "btn")],
        [("Authorized contact", 260, "authorized_name"), ("Title", 262, "authorized_title")],
        [("Contact email", 260, "contact_email"), ("Sales agent code", 262, None)],
    ]
    y = 700
    for row in boxes:
        x = 40.0
        for label, w, fld in row:
            placeholder_box(s, label, x, y, w, fld)
            x += w + 10
        y -= 28
    y -= 8
    s.text(40, y, "Are you porting all numbers on the account?", 8.5)
    s.tick(300, y - 1, "check:full_port", "Yes")
    s.tick(350, y - 1, "check:partial_port", "No")
    s.text(40, y - 20, "Is the billing telephone number (BTN) being ported?", 8.5)
    s.tick(300, y - 21, "check:btn_ported", "Yes")
    s.tick(350, y - 21, "check:btn_stays", "No")
    y -= 46
    s.text(40, y, "Telephone numbers to port", 9, bold=True)
    slots = s.slot_group()
    for n in range(12):
        col, row = divmod(n, 4)
        x, yy = 40 + col * 180, y - 26 - row * 22
        s.right_text(x + 14, yy + 4, f"{n + 1}", 8)
        s.widget(f"Phone{n + 1}", x + 18, yy, 150, 15, None, tooltip=f"Phone number {n + 1}")
        s.places.pop()
        s.slot(slots, (x + 18, yy, x + 168, yy + 15), f"Phone{n + 1}", f"Phone{n + 1}")
    y -= 26 + 4 * 22 + 14
    s.text(40, y, "If the BTN is ported and other lines stay, the new BTN for the remaining "
           "service:", 8)
    placeholder_box(s, "New BTN", 40, y - 26, 200, "new_btn")
    s.footer("Form PO-LOA-7   Page 1 of 2")
    s.next_page()
    y = terms_page(s, 740, 532, "Terms of the port out request", repeat=4)
    s.para(40, y - 6, AUTH, 532, 8.5)
    sign_under(s, "Authorized signature", 40, y - 80, 320)
    s.text(360, y - 66, "Date signed", 7.5)
    s.widget("Date Signed", 360, y - 84, 110, 15, "date_signed")
    s.footer("Form PO-LOA-7   Page 2 of 2")
    return s.build()


def ca_wireless_terms() -> Built:
    s = letter("r3-ca-wireless-terms", "CA", "en", ["r3-ca-wireless", "r3-ca-wireless-partial"],
               "Three pages, partly fillable. Page 1: the customer's block (widgets, labels "
               "above) beside the current carrier's block (printed lines, ours: carrier, "
               "account, PIN, authorized user); a printed numbers table # | Mobile number | "
               "IMEI / ESN | SIM (ICCID): device columns stay empty. Page 2 terms with a "
               "'Customer initials' line (empty). Page 3: signature, date and name on lines "
               "captioned below; the office box stays empty.")
    s.date_formats = ["%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y"]
    s.text(40, 752, "Mobile Number Transfer Request", 14, bold=True)
    s.text(40, 736, "Complete both blocks exactly as on the current carrier's invoice.", 8.5)
    s.frame(40, 560, 256, 160)
    s.text(46, 708, "Customer", 9, bold=True)
    _above(s, "Customer / company name", "cust_name", 46, 672, 244, "account_name")
    _above(s, "Street address", "cust_street", 46, 636, 244, "street")
    _above(s, "City", "cust_city", 46, 600, 120, "city")
    _above(s, "Province", "cust_prov", 172, 600, 40, "state")
    _above(s, "Postal code", "cust_pc", 218, 600, 72, "postal_code")
    s.frame(316, 560, 256, 160)
    s.text(322, 708, "Current wireless carrier", 9, bold=True)
    s.blank("Carrier name:", 322, 684, 566, "carrier", 8)
    s.blank("Account number:", 322, 660, 566, "account_number", 8)
    s.blank("Account PIN or password:", 322, 636, 566, "pin", 8)
    s.blank("Authorized user:", 322, 612, 566, "authorized_name", 8)
    s.blank("Device financing balance:", 322, 588, 566, None, 8)
    s.text(40, 536, "Numbers to transfer", 10, bold=True)
    table(s, 40, 530, [("#", 24, None, True), ("Mobile number", 180, "number", False),
                       ("IMEI / ESN", 170, None, False), ("SIM (ICCID)", 158, None, False)],
          rows=8)
    for r in range(8):
        s.text(46, 530 - 18 * (r + 2) + 5, f"{r + 1}", 8)
    s.footer("MNT-1 (2025)   1 / 3")
    s.next_page()
    y = terms_page(s, 740, 532, repeat=5)
    under(s, "Customer initials", 440, y - 30, 560, None)
    s.footer("MNT-1 (2025)   2 / 3")
    s.next_page()
    s.text(40, 740, "Authorization", 11, bold=True)
    y = s.para(40, 720, AUTH, 532, 8.5)
    sign_under(s, "Signature of account holder", 40, y - 60, 320)
    under(s, "Date (YYYY-MM-DD)", 350, y - 60, 500, "date_signed")
    under(s, "Name of authorized person (print)", 40, y - 100, 320, "authorized_name")
    under(s, "Contact phone", 350, y - 100, 560, "contact_phone")
    s.frame(40, y - 200, 532, 60)
    s.text(46, y - 152, "Office use only", 8, bold=True)
    s.blank("Port request ID:", 46, y - 176, 300, None, 8)
    s.blank("Agent:", 320, y - 176, 560, None, 8)
    s.footer("MNT-1 (2025)   3 / 3")
    return s.build()


FORMS = {
    "r3-us-wireless-two-column": us_wireless_two_column,
    "r3-ca-bilingual-labels-under": ca_bilingual_labels_under,
    "r3-us-placeholder-partly": us_placeholder_partly,
    "r3-ca-wireless-terms": ca_wireless_terms,
}
