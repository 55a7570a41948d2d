"""German forms: a Telekom-style paper Portierungsauftrag with split date boxes, an IBAN block and
the new provider printed, and a Vodafone-style fillable form with widgets Text1..TextN where the
same labels ("Anbieter", "Kundennummer") appear under the old and the new provider."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import a4

Built = tuple[bytes, dict[str, Any]]
W = A4[0]


def telekom_paper() -> Built:
    s = a4("de-portierungsauftrag-paper", "DE", "de", ["de-telekom", "de-telekom-partial"],
           "Paper only. Numbers 1-5 down the left column, 6-10 down the right; requested date in "
           "printed TT / MM / JJJJ boxes; birth date, VAT id and the bank block stay empty.")
    top = A4[1] - 50
    s.text(40, top, "Auftrag zur Rufnummernmitnahme (Portierungsauftrag)", 13, bold=True)
    s.text(40, top - 16, "Aufnehmender Anbieter: Nordwind Telefonie GmbH, Kaiserstraße 5, "
           "60311 Frankfurt am Main", 8.5)
    y = top - 44
    s.text(40, y, "1. Abgebender Anbieter (bisheriger Anbieter)", 10, bold=True)
    s.blank("Name des Anbieters:", 40, y - 22, W - 40, "carrier")
    s.blank("Kundennummer beim bisherigen Anbieter:", 40, y - 44, 380, "account_number")
    y -= 76
    s.text(40, y, "2. Anschlussinhaber", 10, bold=True)
    s.blank("Firma / Name:", 40, y - 22, W - 40, "account_name")
    s.blank("Ansprechpartner:", 40, y - 44, 320, "authorized_name")
    s.blank("Funktion:", 340, y - 44, W - 40, "authorized_title")
    s.blank("Straße, Hausnummer:", 40, y - 66, W - 40, "street")
    s.blank("PLZ:", 40, y - 88, 160, "postal_code")
    s.blank("Ort:", 180, y - 88, W - 40, "city")
    s.blank("Geburtsdatum (nur Privatkunden):", 40, y - 110, 320, None)
    s.blank("USt-IdNr.:", 340, y - 110, W - 40, None)
    y -= 142
    s.text(40, y, "3. Rufnummern", 10, bold=True)
    s.tick(40, y - 22, "check:full_port", "Alle Rufnummern des Anschlusses portieren")
    s.tick(300, y - 22, "check:partial_port", "Nur die folgenden Rufnummern portieren")
    slots = s.slot_group()
    for n in range(10):
        col, row = divmod(n, 5)
        x, yy = 40 + col * 260, y - 50 - row * 20
        s.right_text(x + 16, yy, f"{n + 1}.", 9)
        line = s.line_under(x + 22, yy - 2, x + 230, "number", f"Rufnummer {n + 1}")
        s.places.remove(line)
        s.slot(slots, tuple(line["rect"]), f"Rufnummer {n + 1}")  # type: ignore[arg-type]
    y -= 170
    s.text(40, y + 4, "Gewünschter Portierungstermin:", 9)
    for label, x, w, fld in (("TT", 200, 24, "requested_day"), ("MM", 234, 24, "requested_month"),
                             ("JJJJ", 268, 44, "requested_year")):
        s.box(x, y, w, 16, fld, label)
        s.text(x + 2, y - 9, label, 6.5)
    s.text(228, y + 4, ".", 10)
    s.text(262, y + 4, ".", 10)
    y -= 40
    s.text(40, y, "4. Bankverbindung für Gutschriften (freiwillig)", 10, bold=True)
    s.blank("Kontoinhaber:", 40, y - 22, W - 40, None)
    s.blank("IBAN:", 40, y - 44, 360, None)
    s.blank("BIC:", 380, y - 44, W - 40, None)
    y -= 76
    s.para(40, y, "Hiermit beauftrage ich den aufnehmenden Anbieter, die oben genannten "
           "Rufnummern zu portieren und den bestehenden Vertrag für diese Rufnummern beim "
           "abgebenden Anbieter zu kündigen.", W - 80, 8)
    s.blank("Datum:", 40, 110, 220, "date_signed")
    s.sign_line("Unterschrift des Anschlussinhabers", 250, 110, W - 40, label_below=True)
    return s.build()


def vodafone_text_widgets() -> Built:
    s = a4("de-fillable-text-widgets", "DE", "de", ["de-vodafone"],
           "Fillable, widgets Text1..Text23; the new provider's Anbieter/Kundennummer beside the "
           "old provider's stay empty; numbers 1-4 down the left column and 5-8 down the right "
           "with widgets named across the rows; signature, date and name widgets; IBAN empty.")
    top = A4[1] - 50
    s.text(40, top, "Portierungsformular Festnetz", 14, bold=True)
    y = top - 40
    half = (W - 90) / 2
    for x, heading, names, fields in (
            (40, "Bisheriger Anbieter", ("Text1", "Text2"), ("carrier", "account_number")),
            (50 + half, "Neuer Anbieter", ("Text3", "Text4"), (None, None))):
        s.band(x, y, half, heading)
        s.text(x, y - 22, "Anbieter", 8)
        s.widget(names[0], x, y - 42, half, 16, fields[0])
        s.text(x, y - 56, "Kundennummer", 8)
        s.widget(names[1], x, y - 76, half, 16, fields[1])
    y -= 108
    s.band(40, y, W - 80, "Anschlussinhaber")
    rows: list[tuple[str, str, str | None]] = [
        ("Firma", "Text5", "account_name"), ("Straße und Hausnummer", "Text6", "street"),
        ("PLZ", "Text7", "postal_code"), ("Ort", "Text8", "city"),
        ("Telefon für Rückfragen", "Text9", "contact_phone"), ("E-Mail", "Text10", "contact_email")]
    y -= 28
    for label, name, fld in rows:
        s.text(40, y + 4, label, 9)
        s.widget(name, 190, y, 300, 16, fld)
        y -= 24
    y -= 8
    s.band(40, y, W - 80, "Zu portierende Rufnummern")
    s.checkbox("Kontrollkästchen1", 40, y - 24, "check:full_port", "alle Rufnummern")
    s.checkbox("Kontrollkästchen2", 200, y - 24, "check:partial_port", "einzelne Rufnummern")
    slots = s.slot_group()
    rects: dict[int, tuple[tuple[float, float, float, float], str]] = {}
    widget_no = 10
    for row in range(4):
        for col in range(2):
            widget_no += 1
            printed = col * 4 + row + 1
            x, yy = 40 + col * 260, y - 52 - row * 22
            s.right_text(x + 14, yy + 4, f"{printed}.", 8.5)
            s.widget(f"Text{widget_no}", x + 20, yy, 220, 16, None)
            s.places.pop()
            rects[printed] = ((x + 20, yy, x + 240, yy + 16), f"Text{widget_no}")
    for printed in range(1, 9):
        rect, name = rects[printed]
        s.slot(slots, rect, f"Rufnummer {printed}", name)
    y -= 52 + 4 * 22 + 10
    s.text(40, y + 4, "Portierungstermin (TT.MM.JJJJ)", 9)
    s.widget("Text19", 220, y, 120, 16, "requested_date")
    s.text(40, y - 22, "IBAN", 9)
    s.widget("Text23", 220, y - 26, 270, 16, None)
    s.text(40, 150, "Name des Unterzeichners", 8)
    s.widget("Text22", 40, 128, 230, 16, "authorized_name")
    s.text(300, 150, "Datum", 8)
    s.widget("Text21", 300, 128, 120, 16, "date_signed")
    s.text(40, 108, "Unterschrift", 8)
    s.widget("Text20", 40, 78, 230, 26, "signature")
    return s.build()


FORMS = {
    "de-portierungsauftrag-paper": telekom_paper,
    "de-fillable-text-widgets": vodafone_text_widgets,
}
