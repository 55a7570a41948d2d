"""Round 7 (held back), Europe: a UK gaining provider's paper Letter of Authority (the losing
provider with its CUPID beside the gaining provider in two boxes, captions in the corner of the
end user's boxes, a numbers table with DDI-range columns that stay empty, the associated numbers
that stay, every page signed and dated), an Irish recipient operator's paper porting request
(Eircode and County, a declaration sentence with blanks, single numbers in four columns numbered
down, a number-block table left empty, a date written as DD / MM / YYYY on three short lines) and
a German fillable Portierungsauftrag (widgets Text1.. and Kontrollkästchen1.., slots numbered down
two columns with widgets named across, the customer's name repeated at the top of page 2, Ort and
Datum beside a signature line with no widget)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import (
    Gap,
    date_parts,
    letterhead,
    numbered_slots,
    numbers_table,
    sentence,
    widget_above,
)
from tests.loaforms.round7_kit import corner_box, range_rows, under

Built = tuple[bytes, dict[str, Any]]
W, H = A4


def _uk_foot(s: Sheet) -> None:
    """UK habit: every page signed and dated by the end user."""
    s.sign_line("Signed (end user):", 40, 62, 320)
    s.blank("Date:", 340, 62, 480, "date_signed")


def uk_loa_flat() -> Built:
    s = a4("r7-uk-loa-flat", "GB", "en", ["r7-uk", "r7-uk-many"],
           "Paper only, 2 pages, modelled on a UK gaining provider's Letter of Authority for "
           "geographic numbers: the Leeds letterhead; LOSING PROVIDER box (name, its CUPID not "
           "ours, account number) beside GAINING PROVIDER box (printed, its order reference "
           "not ours); END USER boxes with captions in their top-left corner (company number "
           "not ours, MBN is the BTN); full/partial ticks; page 2 a table No. | Number (inc. "
           "area code) | Range end | Channels with rows 1-16 (only the number column ours); "
           "associated numbers that stay; split DD / MM / YYYY boxes; print name and position; "
           "every page signed and dated at its foot.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W - 40, H - 46, ["Pennine Voice Ltd", "Wellington Place, 4 Whitehall Road",
                                   "Leeds LS1 4AW", "Company no. 10293847"])
    s.text(40, H - 50, "Letter of Authority", 15, bold=True)
    s.text(40, H - 64, "Number port request - geographic numbers", 9)
    y = H - 110
    for x, head in ((40, "LOSING PROVIDER (current)"), (305, "GAINING PROVIDER (new)")):
        s.frame(x, y - 66, 250, 80)
        s.text(x + 4, y + 2, head, 8.5, bold=True)
    s.blank("Provider:", 44, y - 16, 286, "carrier", size=8.5)
    s.blank("CUPID:", 44, y - 36, 130, None, size=8.5)
    s.blank("Account no.:", 44, y - 56, 286, "account_number", size=8.5)
    s.text(309, y - 16, "Provider: Pennine Voice Ltd", 8.5)
    s.text(309, y - 36, "CUPID: 062", 8.5)
    s.blank("Order reference:", 309, y - 56, 551, None, size=8.5)
    y -= 96
    s.band(40, y, W - 80, "END USER (as registered with the losing provider)", 9)
    y -= 34
    corner_box(s, "Registered company name", 40, y, 345, 28, "account_name")
    corner_box(s, "Company registration no.", 385, y, 170, 28, None)
    y -= 28
    corner_box(s, "Installation address (first line)", 40, y, 345, 28, "street")
    corner_box(s, "Town / city", 385, y, 170, 28, "city")
    y -= 28
    corner_box(s, "Installation postcode", 40, y, 120, 28, "postal_code")
    corner_box(s, "Main billing number (MBN)", 160, y, 150, 28, "btn")
    corner_box(s, "Contact telephone", 310, y, 120, 28, "contact_phone")
    corner_box(s, "Range holder (if known)", 430, y, 125, 28, None, optional=True)
    y -= 28
    corner_box(s, "Contact email", 40, y, 515, 28, "contact_email")
    y -= 26
    s.band(40, y, W - 80, "PORT TYPE", 9)
    s.tick(40, y - 22, "check:full_port", "Full port: every number on the account moves and "
           "the account ceases")
    s.tick(40, y - 38, "check:partial_port", "Partial port: some numbers stay with the losing "
           "provider (list them on page 2)")
    y -= 64
    s.para(40, y, "Numbers to be ported, the numbers that stay and the port date are on page 2. "
           "The losing provider may reject this request if the details above differ from its "
           "records.", W - 80, 8)
    _uk_foot(s)
    s.footer("PV-LOA-GEO v3 (2026)   Page 1 of 2")
    s.next_page()
    y = H - 56
    s.band(40, y, W - 80, "NUMBERS TO BE PORTED", 9)
    slots = s.slot_group()
    y = numbers_table(s, slots, 40, y - 10, [
        ("Number (inc. area code)", 190, "number", False),
        ("Range end (DDI ranges only)", 180, None, False),
        ("Channels", 121, None, False)], rows=16, row_h=17)
    y -= 20
    s.text(40, y, "Associated numbers that are to REMAIN with the losing provider:", 8.5,
           bold=True)
    s.box(40, y - 36, W - 80, 28, "remaining_numbers", "numbers to remain")
    y -= 62
    s.text(40, y, "Requested port date:", 9)
    date_parts(s, 150, y - 5, [("DD", 26, "requested_day"), ("MM", 26, "requested_month"),
                               ("YYYY", 44, "requested_year")])
    y -= 34
    s.band(40, y, W - 80, "AUTHORITY", 9)
    y = s.para(40, y - 20, "I confirm that I am authorised by the end user named on page 1 to "
               "request the port of the numbers above, that the end user wishes to move them to "
               "Pennine Voice Ltd, and that the losing provider may release them.", W - 80, 8.5)
    s.blank("Print name:", 40, y - 14, 300, "authorized_name")
    s.blank("Position:", 320, y - 14, W - 40, "authorized_title")
    _uk_foot(s)
    s.footer("PV-LOA-GEO v3 (2026)   Page 2 of 2")
    return s.build()


def ie_porting_flat() -> Built:
    s = a4("r7-ie-porting-flat", "IE", "en", ["r7-ie", "r7-ie-partial"],
           "Paper only, 1 page, modelled on an Irish recipient operator's number porting "
           "request and letter of authorisation: the Dublin letterhead; current operator, "
           "account number with it and the account holder under lines; address line, Town, "
           "County (the case's Co. Cork), Eircode under lines; VAT / CRO number not ours; "
           "full/partial ticks; single numbers in four columns numbered DOWN (1-16); a "
           "number-block table (first, last, quantity) left empty; numbers remaining with the "
           "current operator; preferred date as DD / MM / YYYY on three short lines captioned "
           "above; a declaration sentence with blanks for the signer and the company; "
           "signature, position and date.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W - 40, H - 46, ["Liffey Connect Ltd", "Block C, Grand Canal Quay",
                                   "Dublin 2, D02 XY45", "porting@liffeyconnect.example"])
    s.text(40, H - 50, "Number Porting Request", 15, bold=True)
    s.text(40, H - 64, "Letter of Authorisation - fixed line numbers", 9)
    y = H - 104
    s.band(40, y, W - 80, "1. CURRENT OPERATOR AND ACCOUNT", 9)
    under(s, "Current operator (donor)", 40, y - 28, 290, "carrier")
    under(s, "Account number with current operator", 305, y - 28, W - 40, "account_number")
    under(s, "Account holder (company name as on the bill)", 40, y - 58, 390, "account_name")
    under(s, "VAT / CRO number", 405, y - 58, W - 40, None)
    under(s, "Address where the numbers are in use", 40, y - 88, W - 40, "street")
    under(s, "Town", 40, y - 118, 220, "city")
    under(s, "County", 235, y - 118, 390, "state")
    under(s, "Eircode", 405, y - 118, W - 40, "postal_code")
    under(s, "Main telephone number on the account", 40, y - 148, 220, "btn")
    under(s, "Contact phone", 235, y - 148, 390, "contact_phone")
    under(s, "Contact email", 405, y - 148, W - 40, "contact_email")
    y -= 176
    s.band(40, y, W - 80, "2. NUMBERS", 9)
    s.tick(40, y - 20, "check:full_port", "Port all numbers on the account")
    s.tick(250, y - 20, "check:partial_port", "Port only the numbers below (partial port)")
    s.text(40, y - 38, "Single numbers (with area code):", 8.5, bold=True)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 58, cols=4, rows=4, col_w=(W - 80) / 4)
    y -= 58 + 4 * 19 + 2
    s.text(40, y, "Number blocks (DDI ranges):", 8.5, bold=True)
    y = range_rows(s, 40, y - 4, [("First number", 190), ("Last number", 190),
                                  ("Quantity", 135)], rows=2, row_h=16)
    y -= 16
    s.text(40, y, "Numbers on the account that will remain with the current operator:", 8.5,
           bold=True)
    s.box(40, y - 30, W - 80, 22, "remaining_numbers", "numbers remaining")
    y -= 56
    s.text(40, y, "Preferred porting date:", 9)
    x = 160
    for caption, w, fld in (("DD", 30, "requested_day"), ("MM", 30, "requested_month"),
                            ("YYYY", 50, "requested_year")):
        s.text(x + w / 2 - 8, y + 10, caption, 6)
        s.line_under(x, y - 2, x + w, fld, caption)
        x += w
        if caption != "YYYY":
            s.text(x + 3, y, "/", 10)
            x += 12
    y -= 34
    s.band(40, y, W - 80, "3. AUTHORISATION", 9)
    y = sentence(s, 40, y - 24, [
        "I,", Gap(170, "authorized_name", "(signer) name"), ", being authorised to act on "
        "behalf of", Gap(200, "account_name", "(company) on behalf of"),
        ", request Liffey Connect Ltd to port the numbers listed above and authorise the "
        "current operator to release them. I understand that ported numbers end their service "
        "with the current operator."], size=9, leading=20, right=W - 40)
    y -= 40
    s.sign_line("Signature", 40, y, 250, label_below=True)
    under(s, "Position", 265, y, 430, "authorized_title")
    under(s, "Date", 445, y, W - 40, "date_signed")
    s.footer("LC-NPR-IE 02/2026")
    return s.build()


def de_portierung_fillable() -> Built:
    s = a4("r7-de-portierung-fillable", "DE", "de", ["r7-de", "r7-de-partial"],
           "Fillable, 2 pages, German, modelled on a German business provider's "
           "Portierungsauftrag (Festnetz): the aufnehmender Anbieter's Hamburg letterhead; "
           "widgets Text1..Text30 with bold labels above; 1. abgebender Anbieter (name, "
           "Kundennummer); 2. Anschlussinhaber (Firma, Straße, PLZ, Ort, Ansprechpartner, "
           "Telefon, E-Mail); 3. aufnehmender Anbieter printed, its Kundennummer and "
           "Auftragsnummer not ours; checkboxes Kontrollkästchen1..7 (Alle / Nur folgende "
           "Rufnummern; Anschlussart ticks not ours; 'zum Vertragsende' not ours, "
           "'zum Wunschtermin' optional); 10 Rufnummer slots numbered DOWN two columns with "
           "widgets named ACROSS; verbleibende Rufnummern; Wunschtermin TT / MM / JJJJ widgets. "
           "Page 2: Anschlussinhaber repeated in a widget, Vollmacht text, Ort (optional), "
           "Datum, a printed signature line with no widget, Name in Druckbuchstaben.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    letterhead(s, W - 40, H - 46, ["Hanse Netz Telekommunikation GmbH", "Am Sandtorkai 48",
                                   "20457 Hamburg", "portierung@hansenetz.example"])
    s.text(40, H - 50, "Portierungsauftrag", 15, bold=True)
    s.text(40, H - 64, "Auftrag zur Rufnummernmitnahme - Festnetz / Geschäftskunden", 9)
    y = H - 100
    s.band(40, y, W - 80, "1. Abgebender Anbieter (bisheriger Anbieter)", 9)
    widget_above(s, "Name des bisherigen Anbieters", "Text1", 40, y - 40, 300, "carrier")
    widget_above(s, "Kundennummer beim bisherigen Anbieter", "Text2", 350, y - 40, 205,
                 "account_number")
    y -= 62
    s.band(40, y, W - 80, "2. Anschlussinhaber (wie beim bisherigen Anbieter hinterlegt)", 9)
    widget_above(s, "Firma / Name", "Text3", 40, y - 40, 515, "account_name")
    widget_above(s, "Straße, Hausnummer", "Text4", 40, y - 74, 300, "street")
    widget_above(s, "PLZ", "Text5", 350, y - 74, 60, "postal_code")
    widget_above(s, "Ort", "Text6", 420, y - 74, 135, "city")
    widget_above(s, "Ansprechpartner", "Text7", 40, y - 108, 170, "authorized_name")
    widget_above(s, "Telefon (Rückruf)", "Text8", 220, y - 108, 120, "contact_phone")
    widget_above(s, "E-Mail", "Text9", 350, y - 108, 205, "contact_email")
    y -= 130
    s.band(40, y, W - 80, "3. Aufnehmender Anbieter", 9)
    s.text(40, y - 20, "Hanse Netz Telekommunikation GmbH, Am Sandtorkai 48, 20457 Hamburg", 8.5)
    widget_above(s, "Kundennummer Hanse Netz", "Text10", 40, y - 54, 200, None)
    widget_above(s, "Auftragsnummer", "Text11", 250, y - 54, 150, None)
    y -= 76
    s.band(40, y, W - 80, "4. Zu portierende Rufnummern", 9)
    s.checkbox("Kontrollkästchen1", 40, y - 20, "check:full_port",
               "Alle Rufnummern des Anschlusses")
    s.checkbox("Kontrollkästchen2", 240, y - 20, "check:partial_port",
               "Nur die folgenden Rufnummern (Teilportierung)")
    s.text(40, y - 36, "Anschlussart:", 8.5)
    for n, (x, label) in enumerate(((110, "Analog"), (190, "ISDN-Mehrgeräteanschluss"),
                                    (350, "SIP-Trunk"))):
        s.checkbox(f"Kontrollkästchen{n + 3}", x, y - 37, None, label)
    s.text(40, y - 54, "Rufnummer mit Ortsvorwahl:", 8.5, bold=True)
    slots = s.slot_group()
    names = [f"Text{n}" for n in range(12, 22)]
    numbered_slots(s, slots, 40, y - 74, cols=2, rows=5, col_w=(W - 80) / 2, names=names,
                   label="{n}.")
    y -= 74 + 5 * 19 + 4
    widget_above(s, "Rufnummern, die beim bisherigen Anbieter verbleiben", "Text22", 40, y - 24,
                 515, "remaining_numbers", h=18)
    y -= 44
    s.band(40, y, W - 80, "5. Portierungstermin", 9)
    s.checkbox("Kontrollkästchen6", 40, y - 20, None, "zum Vertragsende")
    s.checkbox("Kontrollkästchen7", 160, y - 20, None, "zum Wunschtermin:")
    s.places[-1]["optional"] = True
    date_parts(s, 270, y - 23, [("TT", 26, "requested_day"), ("MM", 26, "requested_month"),
                                ("JJJJ", 44, "requested_year")],
               names=["Text23", "Text24", "Text25"])
    s.footer("HNT-PORT-DE 01/2026   Seite 1 von 2")
    s.next_page()
    y = H - 60
    widget_above(s, "Anschlussinhaber (Firma / Name)", "Text26", 40, y - 18, 515,
                 "account_name")
    y -= 44
    s.band(40, y, W - 80, "6. Kündigung und Vollmacht", 9)
    y = s.para(40, y - 20, "Ich beauftrage die Hanse Netz Telekommunikation GmbH, die oben "
               "genannten Rufnummern vom bisherigen Anbieter zu übernehmen, und "
               "bevollmächtige sie, den Vertrag mit dem bisherigen Anbieter für diese "
               "Rufnummern in meinem Namen zu kündigen. Die Angaben zum Anschlussinhaber "
               "stimmen mit den beim bisherigen Anbieter hinterlegten Daten überein.", W - 80, 8.5)
    y -= 30
    widget_above(s, "Ort", "Text27", 40, y, 150, None, optional=True)
    widget_above(s, "Datum (TT.MM.JJJJ)", "Text28", 200, y, 100, "date_signed")
    s.sign_line("Unterschrift des Anschlussinhabers / Firmenstempel", 320, y,
                W - 40, label_below=True)
    y -= 44
    widget_above(s, "Name in Druckbuchstaben", "Text29", 40, y, 260, "authorized_name")
    widget_above(s, "Funktion", "Text30", 320, y, 235, "authorized_title")
    s.footer("HNT-PORT-DE 01/2026   Seite 2 von 2")
    return s.build()


FORMS = {"r7-uk-loa-flat": uk_loa_flat, "r7-ie-porting-flat": ie_porting_flat,
         "r7-de-portierung-fillable": de_portierung_fillable}
