"""Round 3, Europe: a three-page UK company form on paper with its captions under the lines
(Postcode, company registration number, signed and dated on every page), a German paper form
whose labels sit in the top corner of each cell, an Irish fillable form with the account holder
and the gaining operator side by side and an Eircode, and a partly fillable German form (one
"Anschrift" widget, Ja / Nein, numbered lines down the columns, "Ort, Datum" under the line)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round3_kit import TERMS_DE, cell, sign_under, table, terms_page, under

Built = tuple[bytes, dict[str, Any]]
W, H = A4
UK_DECL = ("I confirm that I am authorised to sign on behalf of the company named above, that the "
           "details given are correct, and I authorise the gaining communications provider to "
           "port the numbers listed from the losing provider.")


def _uk_foot(s: Sheet) -> None:
    """Signature and date at the foot of the page, captioned under the lines."""
    sign_under(s, "Signature", 40, 70, 300)
    under(s, "Date (DD/MM/YYYY)", 330, 70, 470, "date_signed")


def uk_company_paper() -> Built:
    s = a4("r3-uk-company-paper", "GB", "en", ["r3-uk-no-country", "r3-uk-partial"],
           "Paper only, three pages, captions under the lines. Company registration number and "
           "VAT stay empty; the registered office may hold the installation address or "
           "nothing. Pages 1 and 2 carry a signature and date at the foot, page 3 the "
           "declaration. Numbers in a table No. | Telephone number | Line type (free).")
    s.date_formats = ["%d/%m/%Y"]
    top = H - 50
    s.text(40, top, "Letter of Authority - Number Port", 14, bold=True)
    s.text(40, top - 16, "Gaining provider: Meridian Unified Comms Ltd, 22 Wharf Street, Bristol "
           "BS1 4RN", 8.5)
    y = top - 46
    s.text(40, y, "Part A - Your business", 10, bold=True)
    under(s, "Registered company name", 40, y - 26, W - 40, "account_name")
    under(s, "Company registration number", 40, y - 56, 290, None)
    under(s, "VAT number", 310, y - 56, W - 40, None)
    under(s, "Registered office address", 40, y - 86, W - 40, "street", optional=True)
    under(s, "Installation address (where the lines are)", 40, y - 116, W - 40, "street")
    under(s, "Town", 40, y - 146, 290, "city")
    under(s, "Postcode", 310, y - 146, W - 40, "postal_code")
    under(s, "Losing provider", 40, y - 176, 290, "carrier")
    under(s, "Account number with the losing provider", 310, y - 176, W - 40, "account_number")
    under(s, "Main billing number", 40, y - 206, 290, "btn")
    y -= 246
    s.text(40, y, "Part B - Contact", 10, bold=True)
    under(s, "Name of authorised signatory", 40, y - 26, 290, "authorized_name")
    under(s, "Position", 310, y - 26, W - 40, "authorized_title")
    under(s, "Telephone", 40, y - 56, 290, "contact_phone")
    under(s, "Email", 310, y - 56, W - 40, "contact_email")
    _uk_foot(s)
    s.footer("LoA-NP v4   Page 1 of 3")
    s.next_page()
    y = H - 60
    s.text(40, y, "Part C - Numbers", 10, bold=True)
    s.text(40, y - 22, "Are all numbers on the account being ported?", 9)
    s.tick(280, y - 23, "check:full_port", "Yes")
    s.tick(330, y - 23, "check:partial_port", "No")
    table(s, 40, y - 40, [("No.", 30, None, True), ("Telephone number", 220, "number", False),
                          ("Line type (PSTN / ISDN / VoIP)", 180, None, True)], rows=10)
    for r in range(10):
        s.text(46, y - 40 - 18 * (r + 2) + 5, f"{r + 1}", 8)
    y -= 40 + 18 * 11 + 30
    s.text(40, y, "If No: numbers that will stay with the losing provider", 9)
    s.box(40, y - 44, W - 80, 36, "remaining_numbers", "numbers that stay")
    under(s, "Preferred port date (DD/MM/YYYY)", 40, y - 80, 290, "requested_date")
    _uk_foot(s)
    s.footer("LoA-NP v4   Page 2 of 3")
    s.next_page()
    y = terms_page(s, H - 60, W - 80, "Part D - Terms", repeat=3)
    s.text(40, y - 10, "Declaration", 10, bold=True)
    s.para(40, y - 28, UK_DECL, W - 80, 8.5)
    sign_under(s, "Signature of authorised signatory", 40, y - 90, 300)
    under(s, "Date", 330, y - 90, 470, "date_signed")
    under(s, "Print name", 40, y - 126, 300, "authorized_name")
    s.footer("LoA-NP v4   Page 3 of 3")
    return s.build()


def de_cells_paper() -> Built:
    s = a4("r3-de-cells-paper", "DE", "de", ["r3-de-cells", "r3-de-cells-partial"],
           "Paper only, a grid of cells each captioned in its top left corner. Birth date and "
           "'Vertragsende' stay empty; the 'Wunschtermin' tick is free. Numbers in eight cells "
           "numbered across the rows. 'Ort, Datum' and the signature captioned under the lines.")
    top = H - 50
    s.text(40, top, "Portierungsauftrag für Festnetzrufnummern", 14, bold=True)
    s.text(40, top - 16, "Neuer Anbieter: Nordlicht Telefonie GmbH, Hafenstraße 1, 20457 "
           "Hamburg", 8.5)
    y = top - 44
    s.text(40, y, "1. Angaben zum Anschlussinhaber", 10, bold=True)
    rows: list[list[tuple[str, float, str | None]]] = [
        [("Firma / Name", W - 80, "account_name")],
        [("Ansprechpartner", 300, "authorized_name"), ("Funktion", W - 380, "authorized_title")],
        [("Anschrift (Straße, Hausnummer)", W - 80, "street")],
        [("PLZ", 90, "postal_code"), ("Ort", W - 170, "city")],
        [("Kundennummer beim abgebenden Anbieter", 300, "account_number"),
         ("Geburtsdatum (nur Privatkunden)", W - 380, None)],
    ]
    y -= 32
    for row in rows:
        x = 40.0
        for label, w, fld in row:
            cell(s, label, x, y, w, fld)
            x += w
        y -= 24
    y -= 16
    s.text(40, y, "2. Abgebender Anbieter", 10, bold=True)
    cell(s, "Name des bisherigen Anbieters", 40, y - 30, W - 80, "carrier")
    y -= 60
    s.text(40, y, "3. Rufnummern (mit Vorwahl)", 10, bold=True)
    s.tick(40, y - 20, "check:full_port", "alle Rufnummern des Anschlusses")
    s.tick(250, y - 20, "check:partial_port", "nur die folgenden Rufnummern")
    slots = s.slot_group()
    for n in range(8):
        row, col = divmod(n, 2)
        x, yy = 40 + col * (W - 80) / 2, y - 54 - row * 24
        place = cell(s, f"Rufnummer {n + 1}", x, yy, (W - 80) / 2, "number")
        s.places.remove(place)
        s.slot(slots, tuple(place["rect"]), f"Rufnummer {n + 1}")  # type: ignore[arg-type]
    y -= 54 + 4 * 24 + 10
    s.text(40, y, "4. Portierung zum", 10, bold=True)
    s.tick(40, y - 20, None, "Vertragsende")
    s.tick(150, y - 20, None, "Wunschtermin:")
    s.places[-1]["optional"] = True
    s.rule(240, y - 21, 360)
    s._place((240, y - 23, 360, y - 8), "requested_date", what="Wunschtermin")
    y -= 50
    s.para(40, y, "Ich beauftrage den neuen Anbieter, die oben genannten Rufnummern zu "
           "portieren und den Vertrag beim abgebenden Anbieter in meinem Namen zu kündigen.",
           W - 80, 8.5)
    under(s, "Ort, Datum", 40, 110, 240, "date_signed")
    sign_under(s, "Unterschrift des Anschlussinhabers / Firmenstempel", 280, 110, W - 40)
    return s.build()


def ie_eircode_two_column() -> Built:
    s = a4("r3-ie-eircode-two-column", "IE", "en", ["r3-ie", "r3-ie-partial"],
           "Fillable, widgets Field_1.. with tooltips. The account holder's block (Eircode, "
           "County) beside the gaining operator's (same labels: stays empty). Address line 2 "
           "and County may hold the second line / nothing. Numbers in a widget table "
           "Number | Number type | Port? (type and Port? free). Yes/No radios; signature on a "
           "printed line; date and print name widgets.")
    names = iter(f"Field_{n}" for n in range(1, 90))
    top = H - 50
    s.text(40, top, "Number Port Authorisation Form", 14, bold=True)
    s.text(40, top - 16, "All fields marked * are required. Use the details on your current "
           "operator's bill.", 8.5)
    half = (W - 90) / 2
    labels = [("Name *", "account_name"), ("Address line 1 *", "street"),
              ("Address line 2", None), ("Town *", "city"), ("County", None),
              ("Eircode *", "postal_code"), ("Contact number", "contact_phone")]
    for x, head, own in ((40, "Account holder", True), (50 + half, "Gaining operator", False)):
        s.band(x, top - 44, half, head)
        y = top - 72
        for label, fld in labels:
            s.text(x, y + 4, label, 8)
            optional = own and label in ("Address line 2", "County")
            s.widget(next(names), x + 80, y, half - 80, 15, fld if own else None,
                     tooltip=label.rstrip(" *"), optional=optional)
            y -= 22
    y = top - 72 - 22 * len(labels) - 10
    s.text(40, y + 4, "Account number *", 8)
    s.widget(next(names), 120, y, 170, 15, "account_number", tooltip="Account number")
    s.text(310, y + 4, "Current operator *", 8)
    s.widget(next(names), 400, y, W - 440, 15, "carrier", tooltip="Current operator")
    y -= 30
    s.text(40, y + 3, "Are you porting all numbers on this account?", 8.5)
    s.radio("AllNumbers", "Yes", 300, y + 1, "check:full_port", "Yes")
    s.radio("AllNumbers", "No", 350, y + 1, "check:partial_port", "No")
    s.text(40, y - 22, "Numbers to port", 10, bold=True)
    table(s, 40, y - 28, [("Number", 200, "number", False),
                          ("Number type", 150, None, True),
                          ("Port? (Y/N)", 80, ("port_choice", ["Y", "Yes"]), False)], rows=8,
          widgets="Tbl")
    y -= 28 + 18 * 9 + 30
    s.para(40, y, "I confirm that I am the account holder or authorised by the account holder "
           "and request that the numbers above be ported to the gaining operator.", W - 80, 8.5)
    s.sign_line("Signature of account holder:", 40, y - 44, 320)
    s.text(340, y - 44, "Date", 8)
    s.widget(next(names), 370, y - 48, 120, 15, "date_signed", tooltip="Date")
    s.text(40, y - 74, "Print name", 8)
    s.widget(next(names), 110, y - 78, 200, 15, "authorized_name", tooltip="Print name")
    s.text(330, y - 74, "Position", 8)
    s.widget(next(names), 380, y - 78, W - 420, 15, "authorized_title", tooltip="Position")
    return s.build()


def de_anschrift_partly() -> Built:
    s = a4("r3-de-anschrift-partly", "DE", "de", ["r3-de", "r3-de-partial"],
           "Partly fillable, widgets 'Textfeld N'. One 'Anschrift' widget for street, PLZ and "
           "Ort; the new provider's customer number stays empty; Ja / Nein check boxes; "
           "numbers on printed lines 1-5 down the left column, 6-10 down the right; 'Ort, "
           "Datum' and 'Unterschrift' captioned under the lines; page 2 notes only.")
    names = iter(f"Textfeld {n}" for n in range(1, 40))
    top = H - 50
    s.text(40, top, "Antrag auf Rufnummernmitnahme", 14, bold=True)
    s.text(40, top - 16, "Neuer Anbieter: Südwest Kommunikation GmbH, Königstraße 40, 70173 "
           "Stuttgart", 8.5)
    rows: list[tuple[str, str | None]] = [
        ("Name / Firma", "account_name"), ("Anschrift", "address"),
        ("Ansprechpartner", "authorized_name"), ("Bisheriger Anbieter", "carrier"),
        ("Kundennummer beim bisherigen Anbieter", "account_number"),
        ("Kundennummer beim neuen Anbieter", None)]
    y = top - 50
    for label, fld in rows:
        s.text(40, y + 4, label, 8.5)
        s.widget(next(names), 230, y, W - 270, 15, fld)
        y -= 24
    y -= 10
    s.text(40, y + 3, "Sollen alle Rufnummern des Anschlusses portiert werden?", 8.5)
    s.checkbox("Kontrollkästchen 1", 330, y + 1, "check:full_port", "Ja")
    s.checkbox("Kontrollkästchen 2", 380, y + 1, "check:partial_port", "Nein")
    y -= 30
    s.text(40, y, "Rufnummern", 10, bold=True)
    slots = s.slot_group()
    for n in range(10):
        col, row = divmod(n, 5)
        x, yy = 40 + col * 260, y - 26 - row * 22
        s.right_text(x + 16, yy, f"{n + 1}.", 9)
        line = s.line_under(x + 22, yy - 2, x + 230, "number", f"Rufnummer {n + 1}")
        s.places.remove(line)
        s.slot(slots, tuple(line["rect"]), f"Rufnummer {n + 1}")  # type: ignore[arg-type]
    y -= 26 + 5 * 22 + 14
    s.text(40, y + 4, "Wunschtermin (TT.MM.JJJJ)", 8.5)
    s.widget(next(names), 230, y, 110, 15, "requested_date")
    y -= 40
    s.para(40, y, "Ich beauftrage den neuen Anbieter mit der Mitnahme der oben genannten "
           "Rufnummern und bevollmächtige ihn, die Kündigung beim bisherigen Anbieter zu "
           "erklären.", W - 80, 8.5)
    under(s, "Ort, Datum", 40, 120, 240, "date_signed")
    sign_under(s, "Unterschrift", 280, 120, W - 40)
    s.footer("Seite 1 von 2")
    s.next_page()
    terms_page(s, H - 60, W - 80, "Hinweise zur Rufnummernmitnahme", repeat=3, words=TERMS_DE)
    s.footer("Seite 2 von 2")
    return s.build()


FORMS = {
    "r3-uk-company-paper": uk_company_paper,
    "r3-de-cells-paper": de_cells_paper,
    "r3-ie-eircode-two-column": ie_eircode_two_column,
    "r3-de-anschrift-partly": de_anschrift_partly,
}
