"""Round 19 (held back), Cyprus and Liechtenstein: a Nicosia provider's paper number portability
request in Greek and English printed in an embedded Unicode font (every caption under its line,
the Greek first in bold and the English in italics; company registration number, tax
identification code and district not ours; the donor provider, account and main number; all /
only ticks; a number range 'Από / From - Έως / To' block left to others, single numbers 1-10
across two columns, a line for the numbers that stay, the requested date ΗΗ/ΜΜ/ΕΕΕΕ, the
signature, name, capacity and date under their lines beside a company stamp box not ours); and a
Vaduz provider's fillable Auftrag zur Rufnummernportierung with Acrobat's German widget names
(Textfeld 1.., Kontrollkästchen 1 / 2 for Geschäfts- / Privatkunde, Optionsfeld 1 Auswahl1 /
Auswahl2 for the whole / part of the connection; the commercial-register and VAT numbers not
ours; the PLZ in a four-cell comb; number blocks von / bis not ours; single numbers printed
across two columns on widgets named 'Rufnummer 1, 6, 2, 7..' as if down; Ort not ours beside the
Datum widget; the first signature a line with no widget, the second signer's (collective
signature) line, name and function not ours; an internal panel not ours). Truth from the drawn
page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import numbered_slots
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round14_kit import office_panel, unicode_a4, witness_line
from tests.loaforms.round15_kit import two_tongues
from tests.loaforms.round17_kit import bi_under, left_widget

Built = tuple[bytes, dict[str, Any]]
W4, H4 = float(A4[0]), float(A4[1])


def _cy_head(s: Sheet, y: float, greek: str, english: str) -> None:
    s.band(40, y, W4 - 80, f"{greek}  /  {english}", 8.5)


def _cy_subscriber(s: Sheet, y: float) -> float:
    _cy_head(s, y, "1. Στοιχεία συνδρομητή", "Subscriber details")
    y -= 22
    s.tick(40, y, "check:business", "Νομικό πρόσωπο / Company")
    s.tick(200, y, "check:residential", "Φυσικό πρόσωπο / Individual")
    y -= 28
    bi_under(s, "Ονοματεπώνυμο ή επωνυμία", "Name or company name", 40, y, 360, "account_name")
    bi_under(s, "Αρ. εγγραφής εταιρείας", "Company reg. no.", 372, y, W4 - 40, None)
    y -= 30
    bi_under(s, "Διεύθυνση (οδός, αριθμός)", "Address (street, number)", 40, y, 360, "street")
    bi_under(s, "Αρ. φορολογικού μητρώου", "Tax ID code", 372, y, W4 - 40, None)
    y -= 30
    bi_under(s, "Πόλη / Κοινότητα", "Town", 40, y, 200, "city")
    bi_under(s, "Ταχ. κώδικας", "Postcode", 212, y, 300, "postal_code")
    bi_under(s, "Επαρχία", "District", 312, y, W4 - 40, None, optional=True)
    y -= 30
    bi_under(s, "Τηλέφωνο επικοινωνίας", "Contact telephone", 40, y, 240, "contact_phone")
    bi_under(s, "Ηλ. ταχυδρομείο", "E-mail", 252, y, W4 - 40, "contact_email")
    return y - 28


def _cy_numbers(s: Sheet, y: float) -> float:
    _cy_head(s, y, "2. Πάροχος δότης και αριθμοί", "Donor provider and numbers")
    y -= 30
    bi_under(s, "Πάροχος δότης", "Donor provider", 40, y, 220, "carrier")
    bi_under(s, "Αρ. λογαριασμού", "Account no.", 232, y, 380, "account_number")
    bi_under(s, "Κύριος αριθμός", "Main number", 392, y, W4 - 40, "btn")
    y -= 26
    s.tick(40, y, "check:full_port", "Όλοι οι αριθμοί του λογαριασμού / All numbers on the account")
    y -= 16
    s.tick(40, y, "check:partial_port", "Μόνο οι αριθμοί πιο κάτω / Only the numbers below")
    y -= 22
    two_tongues(s, 40, y, "Σειρά αριθμών (DDI)", "Number range (DDI)", size=7)
    for k in range(2):
        ry = y - 18 - k * 18
        s.text(40, ry + 2, "Από / From", 7.5)
        s.line_under(92, ry, 250, None, f"range {k + 1} from")["optional"] = True
        s.text(262, ry + 2, "Έως / To", 7.5)
        s.line_under(304, ry, 460, None, f"range {k + 1} to")["optional"] = True
    y -= 58
    two_tongues(s, 40, y, "Μεμονωμένοι αριθμοί", "Single numbers", size=7)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 20, cols=2, rows=5, col_w=(W4 - 80) / 2, down=False,
                   row_h=18)
    y -= 20 + 5 * 18 + 12
    bi_under(s, "Αριθμοί που παραμένουν στον πάροχο δότη", "Numbers that stay with the donor",
             40, y, W4 - 40, "remaining_numbers")
    y -= 30
    bi_under(s, "Επιθυμητή ημερομηνία (ΗΗ/ΜΜ/ΕΕΕΕ)", "Requested date (DD/MM/YYYY)", 40, y, 260,
             "requested_date")
    return y - 28


def cy_bilingual_paper() -> Built:
    s = unicode_a4("r19-cy-portability-greek-paper", "CY", "el", ["r19-cy", "r19-cy-partial"],
                   "Paper, Cyprus, Greek and English in an embedded Unicode font, captions under "
                   "the lines (Greek bold, English italic). Company / individual ticks; name; "
                   "company reg. no. and tax ID not ours; street, town, postcode; district not "
                   "ours (optional); contact phone, e-mail; donor provider, account, main number; "
                   "all / only ticks; two 'Από / From - Έως / To' range rows left to others "
                   "(optional); single numbers 1-10 printed across two columns; numbers that "
                   "stay; requested date DD/MM/YYYY; signature, name, capacity, date under their "
                   "lines; company stamp box not ours; provider panel not ours.")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, H4 - 46, "Αίτηση φορητότητας αριθμού", 14, bold=True)
    s.c.setFont("Helvetica-Oblique", 10.5)
    s.c.drawString(40, H4 - 60, "Number Portability Request - fixed telephony")
    s.c.setFont("Helvetica-Bold", 10)
    s.c.drawRightString(W4 - 40, H4 - 46, "Kypros Fibre Ltd")
    s.c.setFont("Helvetica", 7.5)
    s.c.drawRightString(W4 - 40, H4 - 57, "2 Archbishop Makarios III Ave, 1065 Nicosia")
    y = _cy_subscriber(s, H4 - 86)
    y = _cy_numbers(s, y)
    _cy_head(s, y, "3. Εξουσιοδότηση", "Authorisation")
    y = s.para(40, y - 16, "Εξουσιοδοτώ την Kypros Fibre Ltd να υποβάλει αίτηση φορητότητας "
               "των πιο πάνω αριθμών στον πάροχο δότη. / I authorise Kypros Fibre Ltd to request "
               "the porting of the numbers above from the donor provider.", W4 - 80, 7.5) - 30
    s.rule(40, y, 240)
    two_tongues(s, 40, y - 9, "Υπογραφή", "Signature", size=6.5)
    s._place((40, y - 3, 240, y + 30), "signature", what="Υπογραφή / Signature")
    bi_under(s, "Ονοματεπώνυμο", "Full name", 252, y, 420, "authorized_name")
    s.box(436, y - 12, W4 - 476, 50, None, "Σφραγίδα / Stamp")
    s.text(440, y + 30, "Σφραγίδα εταιρείας / Company stamp", 5.5)
    y -= 32
    bi_under(s, "Ιδιότητα", "Capacity", 40, y, 240, "authorized_title")
    bi_under(s, "Ημερομηνία", "Date", 252, y, 420, "date_signed")
    office_panel(s, 40, 44, W4 - 80, "Για χρήση του παρόχου / For provider use only",
                 ["Αρ. αίτησης / Request no.", "Ημ. παραλαβής / Received", "Λειτουργός / Officer"],
                 h=40)
    return s.build()


def _li_customer(s: Sheet, y: float, t: Any) -> float:
    s.band(40, y, W4 - 80, "1. Kunde (Anschlussinhaber)", 8.5)
    y -= 22
    s.checkbox("Kontrollkästchen 1", 40, y, "check:business", "Geschäftskunde")
    s.checkbox("Kontrollkästchen 2", 160, y, "check:residential", "Privatkunde")
    y -= 22
    left_widget(s, "Firma / Name, Vorname", next(t), 40, y, 120, 395, "account_name")
    y -= 20
    left_widget(s, "Handelsregister-Nr.", next(t), 40, y, 120, 140, None)
    left_widget(s, "MWST-Nr.", next(t), 320, y, 50, 145, None)
    y -= 20
    left_widget(s, "Strasse, Hausnummer", next(t), 40, y, 120, 395, "street")
    y -= 20
    s.text(40, y + 4, "PLZ / Ort", 8)
    comb_widget(s, next(t), 160, y, 4, "postal_code", cell_w=13, h=14, what="PLZ")
    s.widget(next(t), 218, y, 200, 14, "city")
    s.text(428, y + 4, "Fürstentum Liechtenstein", 8)
    y -= 20
    left_widget(s, "Telefon (Kontakt)", next(t), 40, y, 120, 140, "contact_phone")
    left_widget(s, "E-Mail", next(t), 320, y, 50, 185, "contact_email")
    return y - 28


def _li_numbers(s: Sheet, y: float, t: Any) -> float:
    s.band(40, y, W4 - 80, "2. Bisheriger Anbieter und Rufnummern", 8.5)
    y -= 24
    left_widget(s, "Bisheriger Anbieter", next(t), 40, y, 120, 395, "carrier")
    y -= 20
    left_widget(s, "Kundennummer", next(t), 40, y, 120, 140, "account_number")
    left_widget(s, "Hauptrufnummer", next(t), 320, y, 78, 157, "btn")
    y -= 22
    s.radio("Optionsfeld 1", "Auswahl1", 40, y, "check:full_port",
            "ganzer Anschluss (alle Rufnummern)")
    s.radio("Optionsfeld 1", "Auswahl2", 260, y, "check:partial_port",
            "nur die folgenden Rufnummern")
    y -= 22
    s.text(40, y + 4, "Rufnummernblock", 8, bold=True)
    for k in range(2):
        ry = y - 18 * k
        s.text(140, ry + 4, "von", 8)
        s.widget(next(t), 162, ry, 150, 14, None, optional=True)
        s.text(322, ry + 4, "bis", 8)
        s.widget(next(t), 340, ry, 150, 14, None, optional=True)
    y -= 46
    s.text(40, y + 4, "Einzelrufnummern", 8, bold=True)
    slots = s.slot_group(ordered=True)
    names = [f"Rufnummer {n}" for r in range(5) for n in (r + 1, r + 6)]
    numbered_slots(s, slots, 40, y - 18, cols=2, rows=5, col_w=(W4 - 80) / 2, down=False,
                   row_h=18, names=names)
    y -= 18 + 5 * 18 + 8
    s.text(40, y + 4, "Beim bisherigen Anbieter verbleibende Rufnummern", 7.5)
    s.widget(next(t), 262, y, W4 - 302, 14, "remaining_numbers")
    y -= 20
    left_widget(s, "Gewünschter Portierungstermin (TT.MM.JJJJ)", next(t), 40, y, 196, 90,
                "requested_date")
    return y - 26


def li_fillable() -> Built:
    s = unicode_a4("r19-li-auftrag-fillable", "LI", "de", ["r19-li", "r19-li-partial"],
                   "Fillable (Liechtenstein), Acrobat's German widget names: Kontrollkästchen 1 "
                   "Geschäftskunde / 2 Privatkunde, Textfeld 1.. in creation order, Handelsregister"
                   " and MWST numbers not ours, PLZ comb (4) and Ort, 'Fürstentum Liechtenstein' "
                   "printed; bisheriger Anbieter, Kundennummer, Hauptrufnummer; Optionsfeld 1 "
                   "Auswahl1 whole / Auswahl2 part; two von / bis number blocks not ours "
                   "(optional); Einzelrufnummern 1-10 printed across two columns on widgets named "
                   "'Rufnummer 1, 6, 2, 7..' (as if down); remaining numbers; Wunschtermin "
                   "TT.MM.JJJJ; Ort not ours, Datum; first signature a line with no widget, name "
                   "and Funktion widgets; the second signer (Kollektivzeichnung) not ours; an "
                   "internal panel not ours.")
    s.date_formats = ["%d.%m.%Y"]
    t = iter(f"Textfeld {n}" for n in range(1, 60))
    s.text(40, H4 - 46, "Auftrag zur Rufnummernportierung", 14, bold=True)
    s.text(40, H4 - 59, "Festnetz  -  Portierung zu Alpenrhein Kommunikation AG", 8.5)
    s.c.setFont(s.bold_font, 10)
    s.c.drawRightString(W4 - 40, H4 - 46, "Alpenrhein Kommunikation AG")
    s.c.setFont(s.font, 7.5)
    s.c.drawRightString(W4 - 40, H4 - 57, "Landstrasse 60, 9490 Vaduz")
    y = _li_customer(s, H4 - 86, t)
    y = _li_numbers(s, y, t)
    s.band(40, y, W4 - 80, "3. Unterschrift(en)", 8.5)
    y = s.para(40, y - 16, "Der Kunde beauftragt Alpenrhein Kommunikation AG, die oben genannten "
               "Rufnummern beim bisherigen Anbieter zu kündigen und zu portieren. Bei "
               "Kollektivzeichnung unterschreiben zwei zeichnungsberechtigte Personen.", W4 - 80,
               7.5) - 10
    left_widget(s, "Ort", next(t), 40, y, 24, 150, None, optional=True)
    left_widget(s, "Datum", next(t), 240, y, 32, 100, "date_signed")
    y -= 40
    s.sign_line("Unterschrift 1", 40, y, 270, label_below=True)
    witness_line(s, "Unterschrift 2 (bei Kollektivzeichnung)", 300, y, W4 - 40)
    y -= 34
    left_widget(s, "Name", next(t), 40, y, 44, 186, "authorized_name")
    left_widget(s, "Name", next(t), 300, y, 44, 211, None)
    y -= 20
    left_widget(s, "Funktion", next(t), 40, y, 44, 186, "authorized_title")
    left_widget(s, "Funktion", next(t), 300, y, 44, 211, None)
    office_panel(s, 40, 44, W4 - 80, "Interne Vermerke Alpenrhein", ["Auftragsnr.",
                                                                      "Eingang", "Bearbeiter"],
                 widgets=t)
    return s.build()


FORMS = {"r19-cy-portability-greek-paper": cy_bilingual_paper,
         "r19-li-auftrag-fillable": li_fillable}
