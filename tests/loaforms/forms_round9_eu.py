"""Round 9 (held back), Ireland and Germany: an Irish recipient operator's partly fillable porting
form (labels inside the frames of fieldsets, the Eircode in a comb widget, an optional second
address line, 'Are all numbers being ported?' answered by Yes / No checkboxes, the numbers that
remain on paper lines, a paper numbers table with a line-type column not ours, DD / MM / YYYY
widgets captioned above, a printed signature line and a paper date) and a German gaining
provider's paper Portierungsauftrag over two pages (the company's representative asked by his
role, 'PLZ / Ort' on one blank, an other billing address the case leaves empty, Anschlussart ticks
not ours, two number tables side by side numbered 1-5 and 6-10, the numbers that stay, a tick
for keeping them with the old provider, Tag / Monat / Jahr boxes, Ort and Datum apart)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import date_parts, letterhead, numbers_table
from tests.loaforms.round9_kit import captioned_group, comb_widget, dots, terms_page

Built = tuple[bytes, dict[str, Any]]
W, H = A4


def _left(s: Sheet, label: str, name: str, x: float, y: float, lw: float, w: float,
          fld: str | None, optional: bool = False) -> None:
    s.text(x, y + 4, label, 8)
    s.widget(name, x + lw, y, w, 15, fld, optional=optional)


def ie_porting_partly() -> Built:
    s = a4("r9-ie-porting-partly", "IE", "en", ["r9-ie", "r9-ie-partial"],
           "Partly fillable, 1 page, modelled on an Irish recipient operator's porting request "
           "form: Shannon Fibre's Limerick letterhead; fieldsets with their caption in the "
           "frame's top edge (Your current operator / Account holder / Contact); widgets with "
           "labels LEFT (plain names fld01..); Address line 2 optional; County; Eircode in a "
           "7-cell comb widget; CRO number not ours; 'Are ALL the numbers on this account "
           "being ported?' Yes / No checkboxes; numbers that remain on three paper lines; a "
           "paper table No. | Number incl. area code | Line type (single / ISDN / multi-line) "
           "rows 1-8; preferred date DD / MM / YYYY widgets captioned above; printed signature "
           "line, name in block capitals and position widgets, a paper date line.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W - 40, H - 44, ["Shannon Fibre Ltd", "Raheen Business Park, Limerick",
                                   "V94 R2C8", "port@shannonfibre.example"])
    s.text(40, H - 50, "Porting Request Form", 15, bold=True)
    s.text(40, H - 64, "Fixed line numbers - business customers", 9)
    y = H - 100
    captioned_group(s, "Your current operator", 40, y - 46, W - 80, 46)
    _left(s, "Operator name", "fld01", 50, y - 22, 90, 160, "carrier")
    _left(s, "Account no.", "fld02", 310, y - 22, 60, 175, "account_number")
    s.text(50, y - 38, "(as printed on your latest bill from that operator)", 6.5)
    y -= 62
    captioned_group(s, "Account holder", 40, y - 124, W - 80, 124)
    _left(s, "Registered name", "fld03", 50, y - 22, 90, 405, "account_name")
    _left(s, "Address line 1", "fld04", 50, y - 42, 90, 405, "street")
    _left(s, "Address line 2", "fld05", 50, y - 62, 90, 405, None, optional=True)
    _left(s, "Town", "fld06", 50, y - 82, 90, 150, "city")
    _left(s, "County", "fld07", 310, y - 82, 50, 185, "state")
    s.text(50, y - 98, "Eircode", 8)
    comb_widget(s, "fld08", 140, y - 102, 7, "postal_code", cell=15)
    _left(s, "CRO no.", "fld09", 310, y - 102, 50, 185, None)
    y -= 140
    captioned_group(s, "Contact", 40, y - 46, W - 80, 46)
    _left(s, "Mobile / phone", "fld10", 50, y - 22, 90, 160, "contact_phone")
    _left(s, "Email", "fld11", 310, y - 22, 35, 200, "contact_email")
    y -= 66
    s.text(40, y, "Are ALL the numbers on this account being ported?", 8.5, bold=True)
    s.checkbox("cbYes", 300, y - 1, "check:full_port", "Yes")
    s.checkbox("cbNo", 350, y - 1, "check:partial_port", "No - list those that remain:")
    remaining = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(3):
        x = 40 + n * 172
        s.rule(x, y - 20, x + 160)
        s.slot(remaining, (x, y - 22, x + 160, y - 7), f"remaining {n + 1}")
    y -= 38
    s.text(40, y, "Numbers to be ported", 8.5, bold=True)
    slots = s.slot_group()
    y = numbers_table(s, slots, 40, y - 6, [("Number incl. area code", 200, "number", False),
                                            ("Line type (single / ISDN / multi-line)", 291, None,
                                             False)], rows=8, row_h=16)
    y -= 30
    s.text(40, y + 4, "Preferred porting date", 8.5)
    date_parts(s, 160, y, [("DD", 26, "requested_day"), ("MM", 26, "requested_month"),
                           ("YYYY", 44, "requested_year")], names=["fld12", "fld13", "fld14"],
               above=True)
    y -= 30
    y = s.para(40, y, "I request Shannon Fibre Ltd to port the numbers above and authorise my "
               "current operator to release them. I understand that any contract with my "
               "current operator for these numbers is not cancelled by this request unless "
               "all numbers are ported.", W - 80, 8)
    y -= 30
    s.sign_line("Signed:", 40, y, 280)
    dots(s, "Date", 300, y, W - 40, "date_signed")
    y -= 26
    _left(s, "Name (BLOCK CAPITALS)", "fld15", 40, y, 110, 150, "authorized_name")
    _left(s, "Position", "fld16", 310, y, 45, 200, "authorized_title")
    s.footer("SF-PRF-01 (2026)")
    return s.build()


def de_portierung_flat() -> Built:
    s = a4("r9-de-portierung-flat", "DE", "de", ["r9-de", "r9-de-many"],
           "Paper only, 2 pages, German, modelled on a regional gaining provider's "
           "Portierungsauftrag Festnetz: Elbtal Netz's Dresden letterhead; labels LEFT with "
           "dot leaders; 1. bisheriger Anbieter and Kundennummer; 2. Anschlussinhaber: Firma, "
           "vertretungsberechtigte Person, Funktion, Straße und Hausnummer, 'PLZ / Ort' on one "
           "blank (locality), Telefon für Rückfragen, E-Mail; abweichende Rechnungsanschrift "
           "(billing, empty for the case); 3. Umfang: alle / nur folgende Rufnummern, "
           "Anschlussart ticks not ours; two tables Nr. | Rufnummer (mit Vorwahl) side by side "
           "numbered 1-5 and 6-10; page 2: Rufnummern, die beim bisherigen Anbieter "
           "verbleiben; 'verbleiben beim bisherigen Anbieter' (a partial port) / 'sollen "
           "gekündigt werden' (not ours); Wunschtermin Tag / Monat / Jahr boxes; Ort "
           "(optional) and Datum under lines; signature line captioned under; a provider "
           "block not ours; Hinweise (terms) under it.")
    s.date_formats = ["%d.%m.%Y", "%d.%m.%y"]
    letterhead(s, W - 40, H - 44, ["Elbtal Netz GmbH", "Bautzner Straße 118, 01099 Dresden",
                                   "Amtsgericht Dresden HRB 41207"])
    s.text(40, H - 50, "Portierungsauftrag", 15, bold=True)
    s.text(40, H - 64, "Rufnummernmitnahme Festnetz zu Elbtal Netz", 9)
    y = H - 96
    s.band(40, y, W - 80, "1. Bisheriger Anbieter (abgebender Anbieter)", 9)
    dots(s, "Name des bisherigen Anbieters", 40, y - 22, W - 40, "carrier")
    dots(s, "Kundennummer beim bisherigen Anbieter", 40, y - 42, 380, "account_number")
    y -= 70
    s.band(40, y, W - 80, "2. Anschlussinhaber (wie beim bisherigen Anbieter registriert)", 9)
    rows = [("Firma", "account_name"), ("Vertretungsberechtigte Person", "authorized_name"),
            ("Funktion", "authorized_title"), ("Straße und Hausnummer", "street"),
            ("PLZ / Ort", "locality"), ("Telefon für Rückfragen", "contact_phone"),
            ("E-Mail", "contact_email")]
    for n, (label, fld) in enumerate(rows):
        dots(s, label, 40, y - 22 - 20 * n, W - 40, fld)
    y -= 22 + 20 * len(rows)
    s.text(40, y, "Abweichende Rechnungsanschrift (nur ausfüllen, falls abweichend):", 8,
           bold=True)
    dots(s, "Straße, Hausnummer", 40, y - 20, 330, "billing_street")
    dots(s, "PLZ", 340, y - 20, 420, "billing_postal_code")
    dots(s, "Ort", 430, y - 20, W - 40, "billing_city")
    y -= 46
    s.band(40, y, W - 80, "3. Umfang der Portierung", 9)
    s.tick(40, y - 22, "check:full_port", "Alle Rufnummern des Anschlusses")
    s.tick(260, y - 22, "check:partial_port", "Nur die folgenden Rufnummern")
    s.text(40, y - 40, "Anschlussart:", 8.5)
    for n, kind in enumerate(("Analog", "ISDN-Mehrgeräte", "ISDN-Anlage", "SIP-Trunk")):
        s.tick(110 + 105 * n, y - 41, None, kind)
    slots = s.slot_group()
    top = y - 60
    numbers_table(s, slots, 40, top, [("Rufnummer (mit Vorwahl)", 226, "number", False)],
                  rows=5, row_h=18, head="Nr.")
    numbers_table(s, slots, 307, top, [("Rufnummer (mit Vorwahl)", 224, "number", False)],
                  rows=5, row_h=18, first=6, head="Nr.")
    s.footer("Elbtal Netz  PA-FN 03/2026   Seite 1 von 2")
    s.next_page()
    _de_page_two(s)
    s.footer("Elbtal Netz  PA-FN 03/2026   Seite 2 von 2")
    return s.build()


def _de_page_two(s: Sheet) -> None:
    y = H - 56
    s.text(40, y, "Rufnummern, die beim bisherigen Anbieter verbleiben:", 8.5, bold=True)
    s.box(40, y - 32, W - 80, 24, "remaining_numbers", "verbleibende Rufnummern")
    s.text(40, y - 50, "Die nicht portierten Rufnummern", 8.5)
    s.tick(180, y - 51, "check:partial_port", "verbleiben beim bisherigen Anbieter")
    s.tick(360, y - 51, None, "sollen gekündigt werden")
    y -= 80
    s.text(40, y, "Gewünschter Portierungstermin:", 8.5)
    date_parts(s, 190, y - 6, [("Tag", 26, "requested_day"), ("Monat", 26, "requested_month"),
                               ("Jahr", 44, "requested_year")], sep=".")
    y -= 36
    y = s.para(40, y, "Hiermit beauftrage ich Elbtal Netz GmbH, die oben genannten Rufnummern "
               "zu portieren, und kündige den Vertrag mit dem bisherigen Anbieter für diese "
               "Rufnummern zum Portierungstermin. Ich bin berechtigt, für den Anschlussinhaber "
               "zu unterschreiben.", W - 80, 8.5)
    y -= 40
    for caption, x, x1, fld in (("Ort", 40, 160, None), ("Datum", 175, 290, "date_signed")):
        place = s.line_under(x, y, x1, fld, caption)
        if fld is None:
            place["optional"] = True
        s.text(x + 1, y - 9, caption, 7)
    s.rule(305, y, W - 40)
    s._place((305, y - 3, W - 40, y + 30), "signature", what="Unterschrift")
    s.text(306, y - 9, "Unterschrift des Anschlussinhabers / Firmenstempel", 7)
    y -= 40
    s.frame(40, y - 40, W - 80, 50)
    s.text(46, y, "Wird von Elbtal Netz ausgefüllt", 7.5, bold=True)
    dots(s, "Auftragsnummer", 46, y - 18, 290, None, size=8)
    dots(s, "Bestätigter Termin", 300, y - 18, W - 46, None, size=8)
    terms_page(s, "Hinweise", [
        "Die Portierung ist nur möglich, wenn die Angaben zum Anschlussinhaber mit den Daten "
        "des bisherigen Anbieters übereinstimmen.",
        "Der bisherige Anbieter darf für die Mitnahme ein Entgelt verlangen.",
        "Rufnummern, die nicht portiert werden, bleiben beim bisherigen Anbieter geschaltet, "
        "sofern oben nichts anderes angegeben ist."], W - 80, y - 70)


FORMS = {"r9-ie-porting-partly": ie_porting_partly, "r9-de-portierung-flat": de_portierung_flat}
