"""Round 23 (held back), Lower Saxony and Aruba: an Oldenburg regional carrier's fillable Auftrag
zur Rufnummernportierung on one A4 LANDSCAPE page, the customer's block on the left and the new
provider's block on the right drawn exactly alike (not ours), a two-row header table for the
address (labels in one row, widgets under them), a PLZ comb widget, checkboxes exporting 'Ja'
with their boxes to the RIGHT of their words, Handelsregister and USt-IdNr not ours, numbers to
port and numbers that stay as two widget tables, TT.MM.JJJJ, a signature widget and a second
Zeichnungsberechtigter not ours; and an Aruban paper verzoek tot nummerbehoud in Dutch whose
signer, title and company sit inside one sentence ('Ondergetekende ____, in de hoedanigheid
van ____, namens ____'), captions under the lines, KvK-nummer and persoonsnummer (ID) not
ours, the numbers in paper comb boxes (3 + 4) down two columns, numbers to keep on lines of
their own, the requested date in dd-mm-jjjj boxes, a witness and an office-use panel not ours.
Truth from the drawn page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, landscape

from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import Gap, date_parts, numbers_table
from tests.loaforms.round9_kit import comb_widget, header_table
from tests.loaforms.round10_kit import captioned_sentence, check_after
from tests.loaforms.round14_kit import comb_slot, office_panel, witness_line
from tests.loaforms.round20_kit import letterhead
from tests.loaforms.round23_kit import export_words, grey_row

Built = tuple[bytes, dict[str, Any]]
WL, HL = landscape(A4)
W, H = float(LETTER[0]), float(LETTER[1])


def _ni_block(s: Sheet, x: float, y: float, title: str, ours: bool, first: int) -> float:
    """One party's block: name, the two-row address table, contact; the new provider's block is
    drawn by the same code and holds nothing of ours."""
    def fld(name: str) -> str | None:
        return name if ours else None

    names = iter([f"Textfeld {n}" for n in range(first, first + 10)])
    s.band(x, y, 370, title, 8.5)
    y -= 22
    grey_row(s, x, y, [("Name / Firma", 90, 280, fld("account_name"))], names=names)
    y = header_table(s, x, y - 4, [("Straße, Hausnummer", 170, fld("street")),
                                   ("PLZ", 80, None), ("Ort", 120, fld("city"))],
                     widgets=[next(names), "", next(names)])
    # the PLZ cell's widget is a comb (5 cells) placed by hand in the header table's value cell
    s.places.pop(-2)
    comb_widget(s, f"PLZ{'' if ours else '_2'}", x + 173, y + 2, 5, fld("postal_code"),
                cell=14, h=16)
    y -= 18
    grey_row(s, x, y, [("Telefon", 90, 110, fld("contact_phone")),
                       ("E-Mail", 50, 120, fld("contact_email"))], names=names)
    return y


def ni_landscape_fillable() -> Built:
    s = Sheet("r23-ni-rufnummernportierung-quer-fillable", "DE", "de",
              "Fillable, Lower Saxony, one A4 landscape page. Left: the customer (Name / Firma, "
              "a two-row header table Straße | PLZ | Ort with a PLZ comb widget, Telefon, "
              "E-Mail, Handelsregister and USt-IdNr not ours); right: the new provider's block "
              "drawn exactly alike, not ours. Checkboxes exporting 'Ja' with the box right of "
              "the words (Geschäftskunde / Privatkunde, alle / nur folgende); bisheriger Anbieter, "
              "Kundennummer, Hauptrufnummer; numbers to port 1-8 and numbers that stay 1-3 as "
              "two widget tables; Wunschtermin TT.MM.JJJJ; signature widget, date, name, "
              "Funktion; a second Zeichnungsberechtigter not ours.",
              landscape(A4), ["r23-ni", "r23-ni-partial"])
    s.date_formats = ["%d.%m.%Y"]
    letterhead(s, WL - 30, HL - 30, ["Hunte-Ems Netz GmbH", "Stau 44, 26122 Oldenburg",
                                     "Geschäftskundenservice 0441 5550 100"])
    s.text(30, HL - 38, "Auftrag zur Rufnummernportierung", 15, bold=True)
    s.text(30, HL - 52, "zu Hunte-Ems Netz (Festnetz)", 9)
    top = HL - 74
    _ni_block(s, 30, top, "1. Kunde (Anschlussinhaber)", True, 1)
    _ni_block(s, 440, top, "1a. Neuer Anbieter (wird von Hunte-Ems Netz ausgefüllt)", False, 40)
    y = top - 100
    grey_row(s, 30, y, [("Handelsregister-Nr.", 90, 100, None), ("USt-IdNr.", 60, 120, None)],
             names=iter(["Textfeld 6", "Textfeld 7"]))
    y -= 16
    x = check_after(s, "Kontrollkästchen1", "Geschäftskunde", 30, y, "check:business")
    check_after(s, "Kontrollkästchen2", "Privatkunde", x, y, "check:residential")
    y -= 24
    s.band(30, y, 370, "2. Bisheriger Anbieter", 8.5)
    y -= 22
    grey_row(s, 30, y, [("Anbieter", 90, 280, "carrier")], names=iter(["Textfeld 8"]))
    y -= 18
    grey_row(s, 30, y, [("Kundennummer", 90, 100, "account_number"),
                        ("Hauptrufnr.", 60, 120, "btn")],
             names=iter(["Textfeld 9", "Textfeld 10"]))
    y -= 26
    s.band(30, y, 370, "3. Unterschrift", 8.5)
    y -= 14
    s.para(30, y, "Ich beauftrage Hunte-Ems Netz GmbH, die unten genannten Rufnummern zu "
           "portieren und den Vertrag beim bisherigen Anbieter für diese Rufnummern zu kündigen.",
           370, 7)
    y -= 50
    s.widget("Unterschrift1", 30, y, 170, 26, "signature")
    s.text(30, y - 9, "Unterschrift", 6.5)
    s.widget("Datum1", 210, y, 70, 14, "date_signed")
    s.text(210, y - 9, "Datum (TT.MM.JJJJ)", 6.5)
    s.widget("Textfeld 11", 290, y, 110, 14, "authorized_name")
    s.text(290, y - 9, "Name in Druckbuchstaben", 6.5)
    y -= 34
    s.widget("Textfeld 12", 30, y, 170, 14, "authorized_title")
    s.text(30, y - 9, "Funktion", 6.5)
    s.widget("Unterschrift2", 210, y - 4, 190, 22, None)
    s.text(210, y - 13, "zweite(r) Zeichnungsberechtigte(r) (falls erforderlich)", 6.5)
    # right half, under the new provider's block: the numbers
    y = top - 120
    x0 = 440
    s.band(x0, y, 370, "4. Zu portierende Rufnummern", 8.5)
    y -= 16
    x = check_after(s, "Kontrollkästchen3", "alle Rufnummern des Anschlusses", x0, y,
                    "check:full_port")
    check_after(s, "Kontrollkästchen4", "nur folgende", x, y, "check:partial_port")
    slots = s.slot_group(ordered=True)
    cols: list[tuple[str, float, str | None, bool]] = [("Rufnummer mit Vorwahl", 150, "number",
                                                       False)]
    top2 = y - 6
    numbers_table(s, slots, x0, top2, cols, rows=4, first=1, row_h=16, head="Nr.",
                  widgets=[f"Rufnummer {k}" for k in range(1, 5)])
    y = numbers_table(s, slots, x0 + 190, top2, cols, rows=4, first=5, row_h=16, head="Nr.",
                      widgets=[f"Rufnummer {k}" for k in range(5, 9)])
    y -= 18
    s.text(x0, y, "Diese Rufnummern verbleiben beim bisherigen Anbieter:", 8, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    y = numbers_table(s, stay, x0, y - 4, cols, rows=3, first=1, row_h=16, head="Nr.",
                      widgets=[f"Verbleibend {k}" for k in range(1, 4)]) - 20
    s.text(x0, y + 3, "Wunschtermin (TT.MM.JJJJ):", 8)
    s.widget("Datum2", x0 + 120, y, 80, 14, "requested_date")
    s.footer("HEN-PORT-Q 01/26")
    pdf, truth = s.build()
    return export_words(pdf, {f"Kontrollkästchen{k}": "Ja" for k in range(1, 5)}), truth


# -- Aruba ---------------------------------------------------------------------------------------
def aw_paper() -> Built:
    s = letter("r23-aw-nummerbehoud-paper", "AW", "nl", ["r23-aw", "r23-aw-home"],
               "Paper, Aruba, Dutch. Signer, title and company inside 'Ondergetekende ____, in "
               "de hoedanigheid van ____, namens ____' (captions under the blanks); address "
               "and district lines with captions under them; KvK-nummer and persoonsnummer (ID) "
               "not ours; Zakelijk / Particulier ticks; current operator, klantnummer and "
               "hoofdnummer; numbers 1-8 in paper comb boxes 3 + 4 down two columns; numbers "
               "to keep on lines of their own; dd-mm-jjjj boxes; signature, date; a witness "
               "and an office panel not ours.")
    s.date_formats = ["%d-%m-%Y"]
    s.text(40, H - 46, "AMIGO MOBIEL & VAST N.V.", 14, bold=True)
    s.text(40, H - 60, "Verzoek tot nummerbehoud (portering)", 10)
    s.right_text(W - 40, H - 46, "L.G. Smith Boulevard 60, Oranjestad", 7.5)
    y = H - 92
    y = captioned_sentence(s, 40, y, ["Ondergetekende", Gap(170, "authorized_name", "naam"),
                            ", in de hoedanigheid van", Gap(120, "authorized_title", "functie"),
                            ", namens", Gap(230, "account_name", "naam klant / bedrijf"),
                            ", verzoekt Amigo Mobiel & Vast N.V. de hieronder vermelde nummers "
                            "over te nemen van de huidige aanbieder."],
                           size=9, leading=26, right=W - 40) - 36
    under(s, "Adres (straat en huisnummer)", 40, y, 330, "street")
    under(s, "Plaats / district", 345, y, W - 40, "city")
    y -= 30
    under(s, "Telefoon overdag", 40, y, 200, "contact_phone")
    under(s, "E-mail", 215, y, 400, "contact_email")
    under(s, "KvK-nummer (bedrijven)", 415, y, W - 40, None)
    y -= 30
    under(s, "Persoonsnummer (ID-kaart)", 40, y, 200, None)
    s.tick(230, y + 2, "check:business", "Zakelijk")
    s.tick(310, y + 2, "check:residential", "Particulier")
    y -= 30
    under(s, "Huidige aanbieder", 40, y, 220, "carrier")
    under(s, "Klantnummer bij huidige aanbieder", 235, y, 400, "account_number")
    under(s, "Hoofdnummer", 415, y, W - 40, "btn")
    y -= 30
    s.band(40, y, W - 80, "NUMMERS DIE OVERGAAN", 8.5)
    y -= 18
    s.tick(40, y, "check:full_port", "Alle nummers")
    s.tick(140, y, "check:partial_port", "Alleen de nummers hieronder")
    y -= 24
    slots = s.slot_group(ordered=True)
    for k in range(8):
        col, row = k // 4, k % 4  # 1-4 down the left column, 5-8 down the right
        x = 40 + col * 270
        yy = y - row * 22
        s.right_text(x + 14, yy + 4, f"{k + 1}.", 8.5)
        s.text(x + 18, yy + 4, "+297", 8.5)
        comb_slot(s, slots, x + 42, yy, [3, 4], f"nummer {k + 1}", cell=12)
    y -= 4 * 22 + 8
    s.text(40, y, "Nummers die bij de huidige aanbieder blijven:", 8.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        x = 290 + k * 140
        s.line_under(x, y - 2, x + 125, None, f"blijft {k + 1}")
        place = s.places.pop()
        r0, r1, r2, r3 = place["rect"]
        s.slot(stay, (r0, r1, r2, r3), place["what"])
    y -= 30
    end = s.text(40, y, "Gewenste datum van overgang:", 8.5) + 8
    date_parts(s, end, y - 5, [("dd", 24, "requested_day"), ("mm", 24, "requested_month"),
                               ("jjjj", 40, "requested_year")], sep="-")
    y -= 46
    s.sign_line("Handtekening:", 40, y, 300)
    s.blank("Datum (dd-mm-jjjj):", 330, y, W - 40, "date_signed")
    y -= 44
    witness_line(s, "Getuige (medewerker winkel): naam en handtekening", 40, y, 300)
    office_panel(s, 40, 50, W - 80, "UITSLUITEND VOOR AMIGO",
                 ["Ordernummer", "Ontvangen door", "Datum ontvangst", "Goedgekeurd"])
    s.footer("AMV-NB-04")
    return s.build()


FORMS = {"r23-ni-rufnummernportierung-quer-fillable": ni_landscape_fillable,
         "r23-aw-nummerbehoud-paper": aw_paper}
