"""Round 38, Gauteng and Vorarlberg (held back; truth from the drawn page, the filler never run
on these by their author):

- A Gauteng fillable porting request in English over two A4 pages. Ideas: the signature field
  (an unsigned /Sig) alone on page 2 under the terms while every other blank, the signing date
  too, is on page 1; blanks PortDesk never has (date of birth, the last 4 digits of the SA ID
  number, a mother's maiden name as a security question: all stay empty); example values
  printed grey beside the blanks ("e.g. Thabo Mokoena", "e.g. 011 555 0123"), the form's own
  words, never copied into a blank.
- A Vorarlberg paper Auftrag zur Rufnummernportierung in German on one A4 page. Ideas: every
  blank a row of dots after its label ("Name / Firma ..........") instead of a line; the
  address in Austria's order, the house number in its own dots after the street (one street
  place over both) and the postcode before the town ("PLZ .... Ort ........"); the requested
  date as three boxes "Tag | Monat | Jahr"; "Vollportierung / Teilportierung" ticks with "Bei
  Teilportierung: restlichen Anschluss behalten? Ja / Nein" (Ja on a partial port; Nein is
  nothing of ours, left alone on a full port).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round25_kit import dotted
from tests.loaforms.round28_kit import span, tf
from tests.loaforms.round36_kit import finish
from tests.loaforms.round38_kit import date_widgets, example

Built = tuple[bytes, dict[str, Any]]


def ga_sig_page2_fillable() -> Built:
    s = Sheet("r38-ga-sig-page2-fillable", "ZA", "en",
              "Fillable, Gauteng, two A4 pages. Page 1: customer widgets with grey 'e.g.' "
              "examples beside them (never values); date of birth, ID number's last 4 digits "
              "and mother's maiden name (never ours, empty); current provider and account; "
              "numbers 1-8 in widgets; all / some check boxes; numbers staying; requested "
              "date; the signing date. Page 2: terms and an unsigned /Sig signature field.",
              A4, ["r38-ga", "r38-ga-partial"])
    s.date_formats = ["%Y-%m-%d", "%d/%m/%Y", "%Y/%m/%d"]
    w, h = A4
    s.text(w - 200, h - 40, "Highveld Voice (Pty) Ltd", 10, bold=True)
    s.text(w - 200, h - 51, "44 Rivonia Rd, Sandton 2196", 7)
    s.text(40, h - 48, "Number Porting Request", 15, bold=True)
    s.text(40, h - 62, "Complete page 1 and sign page 2. The grey examples show the format; "
           "do not copy them.", 7.5)
    y = h - 92
    s.band(40, y, w - 80, "A. ACCOUNT HOLDER", 8.5)
    y -= 24

    def row(label: str, name: str, x0: float, x1: float, fld: str | None, eg: str = "",
            lx: float = 40) -> None:
        s.text(lx, y + 4, label, 8)
        tf(s, name, x0, y, x1 - x0, 15, fld)
        if eg:
            example(s, x1 + 4, y + 4, eg)

    row("Account holder name:", "holder", 150, 420, "account_name", "e.g. Thabo Mokoena")
    y -= 22
    row("Street address:", "street", 150, 420, "street", "e.g. 7 Oxford Rd")
    y -= 22
    row("City / town:", "city", 150, 250, "city", "e.g. Randburg")
    row("Postal code:", "postcode", 375, 420, "postal_code", "e.g. 2194", lx=320)
    y -= 22
    row("Province:", "province", 150, 290, "state", "e.g. Western Cape")
    y -= 22
    row("Authorised person:", "auth_name", 150, 420, "authorized_name", "e.g. Lerato Dlamini")
    y -= 22
    row("Designation:", "auth_title", 150, 420, "authorized_title", "e.g. Financial Manager")
    y -= 22
    row("Contact number:", "contact", 150, 290, "contact_phone", "e.g. 011 555 0123")
    y -= 22
    row("E-mail address:", "email", 150, 420, "contact_email", "e.g. thabo@example.co.za")
    y -= 28
    s.band(40, y, w - 80, "B. SECURITY (individuals only)", 8.5)
    y -= 24
    row("Date of birth:", "dob", 150, 250, None, "e.g. 1984-07-21")
    row("ID number (last 4 digits):", "id_last4", 440, 490, None, "", lx=330)
    y -= 22
    row("Mother's maiden name:", "maiden", 150, 330, None, "e.g. Nkosi")
    y -= 28
    s.band(40, y, w - 80, "C. CURRENT SERVICE PROVIDER", 8.5)
    y -= 24
    row("Current provider:", "provider", 150, 330, "carrier", "e.g. Telkom")
    y -= 22
    row("Account number:", "account", 150, 330, "account_number", "e.g. 4400 1234 567")
    y -= 28
    s.band(40, y, w - 80, "D. NUMBERS TO PORT", 8.5)
    y -= 24
    slots = s.slot_group()
    for n in range(8):
        col, r = divmod(n, 4)
        bx = 40 + col * 260
        by = y - r * 20
        s.right_text(bx + 14, by + 4, f"{n + 1}.", 8)
        tf(s, f"number{n + 1}", bx + 18, by, 200, 15, "number")
        place = s.places.pop()
        s.slot(slots, tuple(place["rect"]), f"number {n + 1}", f"number{n + 1}")
    example(s, 300, y - 4 * 20 - 2, "e.g. 012 345 6789")
    y -= 4 * 20 + 16
    s.checkbox("all", 40, y, "check:full_port", "Port all numbers on the account")
    s.checkbox("some", 260, y, "check:partial_port", "Port only the numbers above")
    y -= 22
    row("Numbers staying with the current provider:", "staying", 230, 555, "remaining_numbers")
    y -= 22
    row("Requested porting date (YYYY-MM-DD):", "port_date", 230, 320, "requested_date",
        "e.g. 2031-01-15")
    y -= 22
    row("Date signed (YYYY-MM-DD):", "signed_date", 230, 320, "date_signed")
    s.text(40, y - 20, "Sign on page 2.", 7.5, bold=True)
    s.footer("HV-NPR-4  page 1 of 2")
    s.next_page()
    s.text(40, h - 50, "Terms and authority", 13, bold=True)
    y = s.para(40, h - 70, "1. I authorise Highveld Voice (Pty) Ltd to request the porting of "
               "the numbers on page 1 from my current provider and to act as my agent for "
               "this purpose. 2. I understand that services on the ported numbers with my "
               "current provider will end when the port completes. 3. I confirm that I am the "
               "account holder or that I am authorised to sign for the account holder. "
               "4. Porting may take up to three business days after the current provider "
               "accepts the request.", w - 80, 8)
    y -= 40
    s.text(40, y + 36, "Signature of account holder or authorised person:", 8)
    sig_rect = (40.0, y - 2, 300.0, y + 30)
    s.frame(40, y - 2, 260, 32, 0.5)
    s._place(sig_rect, "signature", widget="Signature1", what="Signature (/Sig, page 2)")
    s.footer("HV-NPR-4  page 2 of 2")
    pdf, truth = s.build()
    return finish(pdf, (), (("Signature1", 2, sig_rect),)), truth


def vo_dotted_paper() -> Built:
    s = UnicodeSheet("r38-vo-dotted-paper", "AT", "de",
                     "Paper, Vorarlberg, one A4 page, German (embedded font). Every blank dots "
                     "after its label; street dots then house-number dots (one street place); "
                     "PLZ dots before Ort dots; requested date as Tag | Monat | Jahr boxes; "
                     "Vollportierung / Teilportierung ticks and 'restlichen Anschluss "
                     "behalten? Ja / Nein' (Ja on a partial port; Nein nothing of ours); "
                     "numbers 1-6 on dots; Ort and Datum dots and the signature on dots.", A4,
                     ["r38-vo", "r38-vo-partial"])
    s.date_formats = ["%d.%m.%Y", "%d.%m.%y"]
    w, h = A4
    s.text(w - 200, h - 40, "Ländle Netz GmbH", 10, bold=True)
    s.text(w - 200, h - 51, "Rathausstraße 4, 6900 Bregenz", 7)
    s.text(40, h - 48, "Auftrag zur Rufnummernportierung", 14, bold=True)
    s.text(40, h - 62, "Bitte in Blockschrift auf den punktierten Linien ausfüllen.", 7.5)
    y = h - 94
    s.band(40, y, w - 80, "1. Anschlussinhaber", 8.5)
    y -= 26
    dotted(s, "Name / Firma", 40, y, 555, "account_name")
    y -= 22
    dotted(s, "Straße", 40, y, 420, "street")
    dotted(s, "Hausnr.", 428, y, 555, "street")
    span(s, 2, "street", "Straße | Hausnr. (one street)")
    y -= 22
    dotted(s, "PLZ", 40, y, 120, "postal_code")
    dotted(s, "Ort", 128, y, 555, "city")
    y -= 22
    dotted(s, "Firmenbuchnummer / Geburtsdatum", 40, y, 555, None)
    y -= 22
    dotted(s, "Vertretungsbefugte Person", 40, y, 360, "authorized_name")
    dotted(s, "Funktion", 368, y, 555, "authorized_title")
    y -= 22
    dotted(s, "Telefon für Rückfragen", 40, y, 290, "contact_phone")
    dotted(s, "E-Mail", 298, y, 555, "contact_email")
    y -= 28
    s.band(40, y, w - 80, "2. Bisheriger Betreiber", 8.5)
    y -= 26
    dotted(s, "Bisheriger Betreiber", 40, y, 300, "carrier")
    dotted(s, "Kundennummer", 308, y, 555, "account_number")
    y -= 28
    s.band(40, y, w - 80, "3. Zu portierende Rufnummern", 8.5)
    y -= 24
    slots = s.slot_group()
    for n in range(6):
        col, r = divmod(n, 3)
        x = 40 + col * 262
        yy = y - r * 20
        dotted(s, f"{n + 1}.", x, yy, x + 250, "number")
        place = s.places.pop()
        s.slot(slots, tuple(place["rect"]), f"Rufnummer {n + 1}")
    y -= 3 * 20 + 8
    s.tick(40, y, "check:full_port", "Vollportierung (alle Rufnummern des Anschlusses)")
    s.tick(300, y, "check:partial_port", "Teilportierung (nur die oben angeführten)")
    y -= 20
    s.text(40, y + 0.5, "Bei Teilportierung: restlichen Anschluss beim bisherigen Betreiber "
           "behalten?", 8)
    s.tick(370, y, "check:partial_port", "Ja")
    s.tick(410, y, None, "Nein")
    s.places[-1]["optional"] = True
    y -= 22
    dotted(s, "Verbleibende Rufnummern", 40, y, 555, "remaining_numbers")
    y -= 30
    s.text(40, y + 4, "Gewünschter Portierungstermin:", 8)
    date_widgets(s, 175, y, "requested", [("Tag", "day", 24), ("Monat", "month", 24),
                                          ("Jahr", "year", 40)], sep=".")
    y -= 28
    y = s.para(40, y, "Ich beauftrage die Ländle Netz GmbH, die oben angeführten Rufnummern "
               "vom bisherigen Betreiber zu portieren und den Vertrag in diesem Umfang zu "
               "kündigen. Ich bin Anschlussinhaber oder zur Vertretung befugt.", w - 80, 7.5)
    y -= 30
    dotted(s, "Ort", 40, y, 200, None)
    dotted(s, "Datum", 208, y, 340, "date_signed")
    y -= 34
    dotted(s, "Unterschrift", 40, y, 340, "signature")
    s.places[-1]["rect"][3] += 18  # the ink goes above the dots
    s.footer("LN-RP-6  1/1")
    return s.build()


FORMS = {
    "r38-ga-sig-page2-fillable": ga_sig_page2_fillable,
    "r38-vo-dotted-paper": vo_dotted_paper,
}
