"""Round 39, Veneto and Saarland (held back; truth from the drawn page, the filler never run on
these by their author):

- A Veneto paper richiesta di portabilità in Italian on one A4 page. Ideas: tick boxes printed
  as "[   ]" characters in the text layer (Privato / Azienda, Tutti i numeri / Solo i numeri
  indicati), no drawn box; a postal address block ("Indirizzo postale, solo se diverso") above
  the installation address block with the same sub-labels (Via e n. civico | CAP | Comune |
  Prov.): only the installation block is ours, the postal one stays empty; labels printed
  AFTER their lines in brackets ("____________ (cognome e nome o ragione sociale)"). The
  codice fiscale / partita IVA line is not ours.
- A Saarland partly fillable Auftrag zur Rufnummernmitnahme in German over two A4 pages. Ideas:
  a numbers table whose columns come in an unusual order, "Nr. | Kunden-PIN | Kundenkonto |
  Rufnummer", the PIN and the account before the number (both optional per row: the case's
  PIN and account number or nothing); placeholder hints printed grey inside the boxes
  ("0000 000 000" in the contact phone widget, "TT.MM.JJJJ" in the paper date boxes), the
  form's words, never values; page 2 (paper) repeats "Kundennummer" and "Name / Firma" in its
  header band, to be written again.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round33_kit import ph_box, ph_widget
from tests.loaforms.round34_kit import label_after
from tests.loaforms.round39_kit import bracket_tick

Built = tuple[bytes, dict[str, Any]]


def ve_brackets_postal_paper() -> Built:
    s = UnicodeSheet("r39-ve-brackets-postal-paper", "IT", "it",
                     "Paper, Veneto, one A4 page, Italian (embedded font). '[   ]' ticks in the "
                     "text layer (Privato / Azienda; Tutti / Solo i numeri indicati); a postal "
                     "address block 'solo se diverso' (not ours, empty) above the installation "
                     "address block with the same sub-labels (ours); labels after their lines "
                     "in brackets; CF / P.IVA not ours; numbers 1-6 on lines; numbers staying; "
                     "requested date gg/mm/aaaa; date and signature with labels after.", A4,
                     ["r39-ve", "r39-ve-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Laguna Fibra S.r.l.", 10, bold=True)
    s.text(w - 200, h - 51, "Via Torino 110, 30172 Mestre (VE)", 7)
    s.text(40, h - 48, "Richiesta di portabilità del numero", 14, bold=True)
    s.text(40, h - 62, "Scrivere in stampatello sopra le linee; segnare con una X tra le "
           "parentesi quadre.", 7.5)
    y = h - 90
    s.text(40, y, "Tipo di cliente:", 8.5, bold=True)
    x = bracket_tick(s, 125, y, "check:residential", "Privato")
    bracket_tick(s, x + 20, y, "check:business", "Azienda")
    y -= 24
    s.band(40, y, w - 80, "1. Intestatario", 8.5)
    y -= 24
    label_after(s, 40, y, 330, "(cognome e nome o ragione sociale)", "account_name")
    y -= 22
    label_after(s, 40, y, 220, "(codice fiscale / partita IVA)", None)
    y -= 26
    for title, fields in (("Indirizzo postale (solo se diverso dall'indirizzo di installazione)",
                           (None, None, None, None)),
                          ("Indirizzo di installazione della linea",
                           ("street", "postal_code", "city", "state"))):
        s.text(40, y, title, 8, bold=True)
        y -= 20
        s.blank("Via e n. civico", 40, y, 555, fields[0], size=8)
        y -= 20
        s.blank("CAP", 40, y, 110, fields[1], size=8)
        s.blank("Comune", 120, y, 440, fields[2], size=8)
        s.blank("Prov.", 450, y, 555, fields[3], size=8)
        y -= 26
    s.band(40, y, w - 80, "2. Firmatario e contatti", 8.5)
    y -= 24
    label_after(s, 40, y, 260, "(nome e cognome del firmatario)", "authorized_name")
    label_after(s, 400, y, 480, "(qualifica, aziende)", "authorized_title")
    y -= 22
    label_after(s, 40, y, 180, "(telefono di contatto)", "contact_phone")
    label_after(s, 290, y, 480, "(e-mail)", "contact_email")
    y -= 28
    s.band(40, y, w - 80, "3. Operatore attuale e numeri", 8.5)
    y -= 24
    label_after(s, 40, y, 200, "(operatore attuale)", "carrier")
    label_after(s, 290, y, 450, "(codice cliente)", "account_number")
    y -= 24
    slots = s.slot_group()
    for n in range(6):
        col, r = divmod(n, 3)
        x0 = 40 + col * 262
        yy = y - r * 22
        s.text(x0, yy, f"{n + 1}.", 8)
        s.rule(x0 + 14, yy - 2, x0 + 240)
        s.slot(slots, (x0 + 14, yy - 4, x0 + 240, yy + 11), f"numero {n + 1}")
    y -= 3 * 22 + 4
    x = bracket_tick(s, 40, y, "check:full_port", "Tutti i numeri del contratto")
    bracket_tick(s, 262, y, "check:partial_port", "Solo i numeri indicati sopra")
    y -= 24
    label_after(s, 40, y, 330, "(numeri che restano all'operatore attuale)",
                "remaining_numbers")
    y -= 22
    label_after(s, 40, y, 130, "(data richiesta, gg/mm/aaaa)", "requested_date")
    y -= 26
    y = s.para(40, y, "Il sottoscritto, intestatario o suo rappresentante, chiede a Laguna "
               "Fibra S.r.l. di portare i numeri indicati e di recedere, in tale misura, dal "
               "contratto con l'operatore attuale.", w - 80, 7.5)
    y -= 40
    label_after(s, 40, y, 130, "(data)", "date_signed")
    s.rule(230, y - 2, 470)
    s._place((230, y - 4, 470, y + 28), "signature", what="____ (firma)")
    s.text(474, y, "(firma)", 8)
    s.footer("LF-RP-4  1/1")
    return s.build()


def sl_pin_column_partly() -> Built:
    s = UnicodeSheet("r39-sl-pin-column-partly", "DE", "de",
                     "Partly fillable, Saarland, two A4 pages, German (embedded font). Page 1 "
                     "widgets (contact phone with a grey '0000 000 000' inside its box) and a "
                     "paper numbers table 'Nr. | Kunden-PIN | Kundenkonto | Rufnummer' (PIN and "
                     "account per row optional, the number the slot); all / some check boxes. "
                     "Page 2 paper: header band repeating Kundennummer and Name / Firma (ours "
                     "again), numbers staying, Wunschtermin and Datum boxes with a grey "
                     "'TT.MM.JJJJ', Ort not ours, signature line.", A4,
                     ["r39-sl", "r39-sl-partial"])
    s.date_formats = ["%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Saar-Netz GmbH", 10, bold=True)
    s.text(w - 200, h - 51, "Dudweilerstraße 2, 66111 Saarbrücken", 7)
    s.text(40, h - 48, "Auftrag zur Rufnummernmitnahme", 14, bold=True)
    s.text(40, h - 62, "Seite 1 von 2. Graue Angaben in den Feldern zeigen nur das Format.", 7.5)
    y = h - 92
    s.band(40, y, w - 80, "1. Anschlussinhaber", 8.5)
    y -= 24

    def row(label: str, name: str, lx: float, x0: float, x1: float, fld: str | None) -> None:
        s.text(lx, y + 4, label, 8)
        tf(s, name, x0, y, x1 - x0, 15, fld)

    row("Name / Firma:", "name", 40, 125, 555, "account_name")
    y -= 22
    row("Straße, Hausnr.:", "strasse", 40, 125, 555, "street")
    y -= 22
    row("PLZ:", "plz", 40, 70, 120, "postal_code")
    row("Ort:", "ort", 130, 150, 360, "city")
    row("Bundesland:", "land", 370, 425, 555, "state")
    y -= 22
    row("Ansprechpartner:", "ansprechpartner", 40, 125, 340, "authorized_name")
    row("Funktion:", "funktion", 350, 395, 555, "authorized_title")
    y -= 22
    s.text(40, y + 4, "Telefon:", 8)
    ph_widget(s, "telefon", 125, y, 120, 15, "contact_phone", "0000 000 000")
    row("E-Mail:", "email", 255, 290, 555, "contact_email")
    y -= 28
    s.band(40, y, w - 80, "2. Bisheriger Anbieter", 8.5)
    y -= 24
    row("Anbieter:", "anbieter", 40, 125, 300, "carrier")
    row("Kundennummer:", "kundennummer", 310, 380, 555, "account_number")
    y -= 28
    s.band(40, y, w - 80, "3. Zu portierende Rufnummern", 8.5)
    y -= 10
    cols = [("Nr.", 30, "no"), ("Kunden-PIN", 80, "pin"), ("Kundenkonto", 150, "account"),
            ("Rufnummer (mit Vorwahl)", 255, "number")]
    row_h = 17
    s.c.setFillGray(0.88)
    x = 40.0
    for _head, cw, _ in cols:
        s.c.rect(x, y - row_h, cw, row_h, stroke=1, fill=1)
        x += cw
    s.c.setFillGray(0)
    x = 40.0
    for head, cw, _ in cols:
        s.text(x + 3, y - row_h + 5.5, head, 7, bold=True)
        x += cw
    slots = s.slot_group()
    for r in range(8):
        ry = y - row_h * (r + 2)
        x = 40.0
        for _, cw, kind in cols:
            s.frame(x, ry, cw, row_h)
            rect = (x + 1, ry + 1, x + cw - 1, ry + row_h - 1)
            if kind == "no":
                s.text(x + 4, ry + 5.5, f"{r + 1}", 7.5)
            elif kind == "pin":
                s._place(rect, "pin", what=f"Kunden-PIN row {r + 1}", optional=True)
            elif kind == "account":
                s._place(rect, "account_number", what=f"Kundenkonto row {r + 1}",
                         optional=True)
            else:
                s.slot(slots, rect, f"Rufnummer {r + 1}")
            x += cw
    y -= row_h * 10 + 14
    s.checkbox("alle", 40, y, "check:full_port", "Alle Rufnummern des Anschlusses")
    s.checkbox("teil", 280, y, "check:partial_port", "Nur die oben aufgeführten Rufnummern")
    s.text(40, y - 24, "Bitte Seite 2 ausfüllen und unterschreiben.", 7.5, bold=True)
    s.footer("SN-RM-5  Seite 1 von 2")
    s.next_page()
    top = h - 40
    s.c.setFillGray(0.9)
    s.c.rect(40, top - 28, w - 80, 34, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.blank("Kundennummer:", 46, top - 16, 230, "account_number", size=8)
    s.blank("Name / Firma:", 240, top - 16, 470, "account_name", size=8)
    s.text(480, top - 16, "Seite 2 von 2", 7.5)
    y = top - 64
    s.band(40, y, w - 80, "4. Verbleibende Rufnummern und Termin", 8.5)
    y -= 26
    s.blank("Rufnummern, die beim bisherigen Anbieter bleiben:", 40, y, 555,
            "remaining_numbers", size=8)
    y -= 28
    s.text(40, y + 4, "Wunschtermin:", 8)
    ph_box(s, 110, y - 1, 80, 16, "requested_date", "TT.MM.JJJJ")
    y -= 30
    y = s.para(40, y, "Ich beauftrage die Saar-Netz GmbH, die auf Seite 1 aufgeführten "
               "Rufnummern vom bisherigen Anbieter zu übernehmen und den Vertrag in diesem "
               "Umfang zu kündigen. Ich bin Anschlussinhaber oder zur Vertretung befugt.",
               w - 80, 7.5)
    y -= 34
    s.blank("Ort:", 40, y, 200, None, size=8)
    s.text(215, y, "Datum:", 8)
    ph_box(s, 248, y - 4, 80, 16, "date_signed", "TT.MM.JJJJ")
    y -= 44
    s.sign_line("Unterschrift:", 40, y, 330)
    s.footer("SN-RM-5  Seite 2 von 2")
    return s.build()


FORMS = {
    "r39-ve-brackets-postal-paper": ve_brackets_postal_paper,
    "r39-sl-pin-column-partly": sl_pin_column_partly,
}
