"""Round 8: four forms of the countries the product is judged on (US, Canada, Ireland, Germany),
drawn in layouts of their own and written with their truth before the filler ran on them.

- A US CLEC's paper Letter of Agency: 'Label: ____' lines, City / State / ZIP side by side, the
  long-distance provider (PIC) that is not ours, a wireless PIN, tick boxes for all or some
  numbers, unnumbered lines in two columns, lines for the numbers that stay, and a signer's row
  "Print Name | Title | Phone" (a bare "Phone" beside the signer's name and title).
- A Canadian (Ontario) fillable LOA in English and French: bilingual labels above the widgets,
  a radio group for the whole account or some numbers, multi-line boxes for the numbers to port
  and the numbers that remain, YYYY-MM-DD dates, a contact block.
- An Irish partly fillable porting request: a grey label column in table cells beside widgets
  (some labels wrapped on two lines), a trading name that is not ours, an Eircode, a printed
  numbers table with a Port or Keep (P / K) column, DD / MM / YYYY boxes, and a flat second
  page with the declaration.
- A German paper Portierungsauftrag: 'Label: ____' lines in German, PLZ and Ort side by side,
  "Ansprechpartner" and a bare "Telefon" on one row, slots numbered 1-4 and 5-8 down two
  columns, a box for the numbers that stay, "Ort, Datum" and the signature captioned under
  their lines.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round6_kit import lines, row_table

Built = tuple[bytes, dict[str, Any]]


def us_flat_agency() -> Built:
    s = letter("r8-us-agency-flat", "US", "en", ["r8-us", "r8-us-partial"],
               "Paper. 'Label: ____' lines under dark bands; City / State / ZIP side by side; "
               "the long-distance provider (PIC) is not ours; wireless PIN; tick boxes all / "
               "only listed; 10 unnumbered lines in two columns for the numbers to port, 2 lines "
               "for the numbers NOT ported; requested date MM/DD/YYYY; signature and date, then "
               "Print Name | Title | Phone on one row (the signer's phone is the contact's), "
               "Email.")
    s.date_formats = ["%m/%d/%Y"]
    w = LETTER[0]
    s.text(40, 742, "LETTER OF AGENCY (LOA)", 15, bold=True)
    s.right_text(w - 40, 744, "Gateway Fiber Voice, LLC", 9)
    s.right_text(w - 40, 733, "1 Market Plaza, St. Louis, MO 63101", 8)
    y = s.para(40, 716, "This Letter of Agency authorizes Gateway Fiber Voice, LLC to act as the "
               "customer's agent to transfer the local service of the telephone numbers below "
               "from the current local service provider. Print clearly; the details must match "
               "the current provider's bill.", w - 80, 8.5)
    y -= 10
    s.band(40, y, w - 80, "CUSTOMER INFORMATION")
    y -= 26
    s.blank("Business Name:", 40, y, w - 40, "account_name")
    y -= 22
    s.blank("Service Address:", 40, y, w - 40, "street")
    y -= 22
    s.blank("City:", 40, y, 250, "city")
    s.blank("State:", 262, y, 340, "state")
    s.blank("ZIP:", 352, y, 450, "postal_code")
    y -= 22
    s.blank("Billing Telephone Number (BTN):", 40, y, 330, "btn")
    y -= 30
    s.band(40, y, w - 80, "CURRENT PROVIDER")
    y -= 26
    s.blank("Current Local Service Provider:", 40, y, 330, "carrier")
    s.blank("Long Distance Provider (PIC):", 342, y, w - 40, None)
    y -= 22
    s.blank("Account Number:", 40, y, 300, "account_number")
    s.blank("Wireless PIN / Passcode:", 312, y, w - 40, "pin")
    y -= 30
    s.band(40, y, w - 80, "NUMBERS TO BE PORTED")
    y -= 22
    s.tick(40, y, "check:full_port", "Port ALL numbers on this account")
    s.tick(260, y, "check:partial_port", "Port ONLY the numbers listed below")
    y -= 20
    s.text(40, y, "List each telephone number, area code first (attach a list for more):", 8.5)
    slots = s.slot_group(ordered=False)
    top = y - 20
    left = lines(s, 40, top, 290, 5, 19, slots, "to port, left")
    lines(s, 322, top, w - 40, 5, 19, slots, "to port, right")
    y = left - 6
    s.text(40, y, "Numbers on the account that will NOT be ported (they stay with the current "
           "provider):", 8.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 20, 290, 1, 19, stay, "not ported, left")
    lines(s, 322, y - 20, w - 40, 1, 19, stay, "not ported, right")
    y -= 46
    s.blank("Requested Port Date (MM/DD/YYYY):", 40, y, 330, "requested_date")
    y -= 30
    s.band(40, y, w - 80, "AUTHORIZATION")
    y = s.para(40, y - 18, "I certify that I am authorized to act for the customer named above "
               "and to change the provider of the numbers listed, and that the information "
               "given is correct.", w - 80, 8.5)
    y -= 26
    s.sign_line("Authorized Signature:", 40, y, 360)
    s.blank("Date:", 380, y, w - 40, "date_signed")
    y -= 26
    s.blank("Print Name:", 40, y, 250, "authorized_name")
    s.blank("Title:", 262, y, 420, "authorized_title")
    s.blank("Phone:", 432, y, w - 40, "contact_phone")
    y -= 22
    s.blank("Email:", 40, y, 330, "contact_email")
    s.footer("GFV-LOA-2026.1")
    return s.build()


def _area(s: Sheet, name: str, x: float, y: float, w: float, h: float, fld: str | None,
          label: str) -> None:
    """A multi-line widget with its bilingual label above it."""
    s.text(x, y + h + 4, label, 7.5)
    s.c.acroForm.textfield(name=name, tooltip="", x=x, y=y, width=w, height=h, fontSize=9,
                           borderWidth=0.5, borderColor=black, fillColor=white, textColor=black,
                           forceBorder=True, fieldFlags="multiline")
    s.places.append({"page": s.page, "rect": [round(v, 1) for v in (x, y, x + w, y + h)],
                     "field": fld, "widget": name, "what": label})


def ca_bilingual_fillable() -> Built:
    s = letter("r8-ca-bilingual-fillable", "CA", "en", ["r8-ca", "r8-ca-partial"],
               "Fillable, Ontario. Bilingual labels (English / French) above widgets 'Text Field "
               "N'; numbered section headings; the gaining provider printed; radio group entire "
               "account / some numbers; multi-line boxes for the numbers to port and the numbers "
               "that remain; dates YYYY-MM-DD; contact block Name / Telephone / Email; "
               "signature widget, title and date.")
    s.date_formats = ["%Y-%m-%d"]
    w = LETTER[0]
    names = iter(f"Text Field {n}" for n in range(1, 40))
    s.text(40, 742, "Letter of Authorization / Lettre d'autorisation", 14, bold=True)
    s.text(40, 727, "Local Number Portability / Transférabilité des numéros locaux", 9)
    s.right_text(w - 40, 744, "Northern Lights Telecom Inc.", 9)
    s.right_text(w - 40, 733, "Gaining provider / Nouveau fournisseur", 7)
    y = 700

    def heading(title: str) -> None:
        nonlocal y
        s.text(40, y, title, 10.5, bold=True)
        s.rule(40, y - 4, w - 40, 1.0)
        y -= 34

    def field(label: str, x: float, width: float, fld: str | None) -> None:
        s.text(x, y + 19, label, 7.5)
        s.widget(next(names), x, y, width, 15, fld)

    heading("1. Customer / Client")
    field("Legal business name / Raison sociale", 40, 330, "account_name")
    field("Account number / Numéro de compte", 380, w - 420, "account_number")
    y -= 36
    field("Civic address / Adresse municipale", 40, w - 80, "street")
    y -= 36
    field("City / Ville", 40, 220, "city")
    field("Province", 270, 80, "state")
    field("Postal code / Code postal", 360, 110, "postal_code")
    y -= 40
    heading("2. Current service provider / Fournisseur de services actuel")
    field("Name / Nom", 40, 250, "carrier")
    field("Billing telephone number / Numéro de facturation", 300, w - 340, "btn")
    y -= 40
    heading("3. Numbers / Numéros")
    s.radio("Scope", "All", 40, y + 14, "check:full_port", "Entire account / Tout le compte")
    s.radio("Scope", "Some", 260, y + 14, "check:partial_port",
            "Some numbers only / Certains numéros seulement")
    y -= 62
    _area(s, next(names), 40, y, w - 80, 50, "numbers",
          "Numbers to port (one per line) / Numéros à transférer (un par ligne)")
    y -= 52
    _area(s, next(names), 40, y, w - 80, 28, "remaining_numbers",
          "Numbers that remain with the current provider / Numéros qui demeurent chez le "
          "fournisseur actuel")
    y -= 36
    field("Requested date (YYYY-MM-DD) / Date demandée (AAAA-MM-JJ)", 40, 160, "requested_date")
    y -= 40
    heading("4. Contact")
    field("Name / Nom", 40, 200, "authorized_name")
    field("Telephone / Téléphone", 250, 130, "contact_phone")
    field("Email / Courriel", 390, w - 430, "contact_email")
    y -= 40
    heading("5. Authorization / Autorisation")
    y = s.para(40, y + 20, "I am authorized to request the transfer of the numbers above to "
               "Northern Lights Telecom Inc. / Je suis autorisé(e) à demander le transfert des "
               "numéros ci-dessus.", w - 80, 8) - 30
    s.text(40, y + 26, "Signature", 7.5)
    s.widget("Signature", 40, y, 230, 22, "signature")
    s.text(280, y + 26, "Title / Titre", 7.5)
    s.widget(next(names), 280, y, 150, 15, "authorized_title")
    s.text(440, y + 26, "Date (YYYY-MM-DD)", 7.5)
    s.widget(next(names), 440, y, w - 480, 15, "date_signed")
    s.footer("NLT-LOA-ON 03/2026")
    return s.build()


def ie_partly_fillable() -> Built:
    s = a4("r8-ie-request-partly", "IE", "en", ["r8-ie", "r8-ie-partial"],
           "Partly fillable, two pages. Page 1: a grey label column in table cells beside "
           "widgets 'Text1..' (two labels wrapped on two lines in taller rows); trading name "
           "not ours; County (the case has none); Eircode; a printed numbers table Number | "
           "Geographic / Non-geographic (not ours) | Port or Keep (P / K) (ours per row: P), "
           "6 rows; requested date in DD / MM / YYYY boxes. Page 2 flat: declaration, Signed / "
           "Date, name in block capitals, position, contact phone number, email address.")
    s.date_formats = ["%d/%m/%Y"]
    w = A4[0]
    names = iter(f"Text{n}" for n in range(1, 40))
    top = A4[1] - 50
    s.text(40, top, "Number Porting Request", 15, bold=True)
    s.text(40, top - 15, "Fixed line numbers (geographic and non-geographic)", 9)
    s.right_text(w - 40, top, "Liffey Cloud Telecom Ltd", 9)
    s.right_text(w - 40, top - 11, "CRO 612345", 8)
    y = top - 44

    def band(title: str) -> None:
        nonlocal y
        s.band(40, y, w - 80, title)
        y -= 6

    def row(label: str, fld: str | None, wrapped: bool = False) -> None:
        nonlocal y
        h = 28 if wrapped else 18
        y -= h
        s.c.setFillGray(0.88)
        s.c.rect(40, y, 200, h, stroke=1, fill=1)
        s.c.setFillColor(black)
        s.frame(240, y, w - 280, h)
        if wrapped:
            first, second = label.split("|")
            s.text(44, y + 16, first, 8.5)
            s.text(44, y + 6, second, 8.5)
        else:
            s.text(44, y + 6, label, 8.5)
        s.widget(next(names), 242, y + (h - 15) / 2, w - 284, 15, fld)

    band("A. Account holder")
    row("Account holder name", "account_name")
    row("Trading name (if different)", None)
    row("Address line 1", "street")
    row("Town / City", "city")
    row("County", "state")
    row("Eircode", "postal_code")
    y -= 16
    band("B. Current operator")
    row("Current operator", "carrier")
    row("Account number with your|current operator", "account_number", wrapped=True)
    row("Main telephone number on|the account", "btn", wrapped=True)
    y -= 22
    band("C. Numbers to be ported")
    y = row_table(s, 40, y - 4, [("Number (incl. area code)", 200, "number"),
                                 ("Geographic / Non-geographic", 160, None),
                                 ("Port or Keep (P / K)", 155, ("port_choice", ["P", "Port"]))],
                  rows=6) - 24
    s.text(40, y, "Requested porting date:", 9)
    for x, part, cap in ((170, "requested_day", "DD"), (210, "requested_month", "MM"),
                         (250, "requested_year", "YYYY")):
        width = 50 if cap == "YYYY" else 32
        s.box(x, y - 5, width, 17, part, f"requested {cap}")
        s.text(x + 4, y - 14, cap, 6.5)
    s.footer("LCT-NPR-IE v2 - page 1 of 2")
    s.next_page()
    top = A4[1] - 50
    s.text(40, top, "Declaration", 13, bold=True)
    y = s.para(40, top - 22, "I confirm that I am authorised by the account holder named on page "
               "1 to request that the numbers listed are moved from the current operator to "
               "Liffey Cloud Telecom Ltd, and that services on those numbers with the current "
               "operator will end when they move.", w - 80, 9)
    y -= 30
    s.sign_line("Signed:", 40, y, 300)
    s.blank("Date:", 330, y, 480, "date_signed")
    y -= 30
    s.blank("Name (block capitals):", 40, y, 330, "authorized_name")
    y -= 24
    s.blank("Position in company:", 40, y, 330, "authorized_title")
    y -= 24
    s.blank("Contact phone number:", 40, y, 330, "contact_phone")
    y -= 24
    s.blank("Email address:", 40, y, 400, "contact_email")
    s.footer("LCT-NPR-IE v2 - page 2 of 2")
    return s.build()


def de_flat_auftrag() -> Built:
    s = a4("r8-de-auftrag-flat", "DE", "de", ["r8-de", "r8-de-partial"],
           "Papier. 'Beschriftung: ____' in German under dark bands; PLZ and Ort side by side; "
           "'Ansprechpartner' and a bare 'Telefon' on one row (the contact's); the current "
           "provider's name and a bare 'Kundennummer' under 'Bisheriger Anbieter'; tick boxes "
           "alle / nur folgende; 8 slots numbered 1-4 down the left column and 5-8 down the "
           "right; a box for the numbers that stay; Wunschtermin TT.MM.JJJJ; 'Ort, Datum' and "
           "the signature captioned under their lines; name in Druckbuchstaben.")
    s.date_formats = ["%d.%m.%Y"]
    w = A4[0]
    top = A4[1] - 50
    s.text(40, top, "Portierungsauftrag Festnetz", 15, bold=True)
    s.text(40, top - 15, "Mitnahme Ihrer Rufnummern zu Spree Telekom", 9)
    s.right_text(w - 40, top, "Spree Telekom GmbH", 9)
    s.right_text(w - 40, top - 11, "Friedrichstraße 80, 10117 Berlin", 8)
    y = s.para(40, top - 40, "Bitte füllen Sie den Auftrag vollständig und in Druckbuchstaben "
               "aus. Die Angaben müssen mit den Daten bei Ihrem bisherigen Anbieter "
               "übereinstimmen.", w - 80, 8.5) - 12
    s.band(40, y, w - 80, "1. Anschlussinhaber")
    y -= 26
    s.blank("Firma / Name:", 40, y, w - 40, "account_name")
    y -= 22
    s.blank("Straße, Hausnummer:", 40, y, w - 40, "street")
    y -= 22
    s.blank("PLZ:", 40, y, 140, "postal_code")
    s.blank("Ort:", 152, y, w - 40, "city")
    y -= 22
    s.blank("Ansprechpartner:", 40, y, 330, "authorized_name")
    s.blank("Telefon:", 342, y, w - 40, "contact_phone")
    y -= 22
    s.blank("E-Mail:", 40, y, 330, "contact_email")
    y -= 30
    s.band(40, y, w - 80, "2. Bisheriger Anbieter")
    y -= 26
    s.blank("Name des Anbieters:", 40, y, 330, "carrier")
    s.blank("Kundennummer:", 342, y, w - 40, "account_number")
    y -= 30
    s.band(40, y, w - 80, "3. Zu portierende Rufnummern")
    y -= 22
    s.tick(40, y, "check:full_port", "alle Rufnummern des Anschlusses")
    s.tick(260, y, "check:partial_port", "nur die folgenden Rufnummern")
    y -= 24
    slots = s.slot_group(ordered=True)
    for col, x in enumerate((40, 310)):
        for r in range(4):
            n = col * 4 + r + 1
            ly = y - r * 20
            s.text(x, ly, f"{n}.", 9)
            s.rule(x + 16, ly - 2, x + 240)
            s.slot(slots, (x + 16, ly - 4, x + 240, ly + 11), f"Rufnummer {n}")
    y -= 92
    s.text(40, y, "Diese Rufnummern verbleiben beim bisherigen Anbieter:", 9)
    s.box(40, y - 34, w - 80, 26, "remaining_numbers", "verbleibende Rufnummern")
    y -= 58
    s.blank("Gewünschter Portierungstermin (TT.MM.JJJJ):", 40, y, 330, "requested_date")
    y -= 30
    s.band(40, y, w - 80, "4. Auftrag")
    y = s.para(40, y - 18, "Ich beauftrage Spree Telekom GmbH, die oben genannten Rufnummern zu "
               "portieren, und kündige insoweit den Vertrag mit meinem bisherigen Anbieter.",
               w - 80, 8.5) - 36
    s.line_under(40, y, 240, "date_signed", "Ort, Datum")
    s.text(40, y - 10, "Ort, Datum", 8)
    s.sign_line("Unterschrift des Anschlussinhabers / Firmenstempel", 280, y, w - 40,
                label_below=True)
    y -= 40
    s.blank("Name in Druckbuchstaben:", 40, y, 330, "authorized_name")
    s.footer("SPT-PA-FN 2026/02")
    return s.build()


FORMS = {
    "r8-us-agency-flat": us_flat_agency,
    "r8-ca-bilingual-fillable": ca_bilingual_fillable,
    "r8-ie-request-partly": ie_partly_fillable,
    "r8-de-auftrag-flat": de_flat_auftrag,
}
