"""Round 27 (held back), Lapland and Westphalia: a Rovaniemi operator's fillable siirtopyyntö /
flyttbegäran bilingual Finnish / Swedish (the Swedish in italics after a slash in most rows,
only under the blank in others), dates with an AFDate_FormatEx("dd.mm.yyyy") format action, a
postcode comb, radio groups, a list box of operators in short spellings ('Elisa', 'Telia': an
equivalent spelling, optional either way) beside the operator's own text box, the Y-tunnus /
FO-nummer not ours, a billing address with a 'same as above' box (the case gives none: empty),
a numbers table with a per-row SIM column for the new SIM (not ours), the contact phone beside
the numbers, a hidden widget, and a second signer's line (not ours); and a Münster provider's
paper Auftrag zur Rufnummernmitnahme in German: the address in cells (Straße und Hausnummer |
Zusatz | PLZ | Ort), 'Anschlussart [ ] Analog [ ] ISDN [ ] VoIP [ ] Sonstiges: ___' (not in the
case), register and VAT numbers and the company stamp not ours, single numbers with a per-row
time window column (the provider's), a DDI block row 'Von | Bis | Anzahl' (the cases hold single
numbers: empty), 'Anzahl der Rufnummern: ___', the date as 'den ___. ______________ 20__' with
the month written out, and a second authorised signatory's line (not ours). Truth from the drawn
page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round14_kit import witness_line
from tests.loaforms.round25_kit import sign_widget_box
from tests.loaforms.round27_kit import bi, cells_row, choice, finish, table, widget

Built = tuple[bytes, dict[str, Any]]
W, H = float(A4[0]), float(A4[1])
_PVM = 'AFDate_FormatEx("dd.mm.yyyy");'


# -- Lapland -------------------------------------------------------------------------------------
def _fs(s: Sheet, fi: str, sv: str, x: float, y: float) -> None:
    """Finnish / Swedish after a slash, above the blank."""
    bi(s, fi, sv, x, y + 18, 6.5, under=False)


def _sv_under(s: Sheet, fi: str, sv: str, x: float, y: float) -> None:
    """Finnish above the blank, Swedish only under it."""
    s.text(x, y + 18, fi, 6.5)
    s.c.setFont("Helvetica-Oblique", 6)
    s.c.drawString(x, y - 7, sv)


def _la_customer(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "1  ASIAKAS  /  KUND", 8.5)
    y -= 34
    _fs(s, "Liittymän haltija (nimi laskun mukaan)", "Abonnent (namn enligt fakturan)", 40, y)
    widget(s, "T01", 40, y, 330, 15, "account_name")
    _fs(s, "Y-tunnus", "FO-nummer", 380, y)
    widget(s, "T02", 380, y, W - 40 - 380, 15, None)
    y -= 34
    s.text(40, y + 4, "Asiakastyyppi / Kundtyp:", 7)
    s.radio("R1", "yritys", 140, y + 3, "check:business", "Yritys / Företag")
    s.radio("R1", "yksityinen", 240, y + 3, "check:residential", "Yksityinen / Privat")
    y -= 30
    _sv_under(s, "Katuosoite", "Gatuadress", 40, y)
    widget(s, "T03", 40, y, 240, 15, "street")
    _sv_under(s, "Postinumero", "Postnummer", 290, y)
    widget(s, "T04", 290, y, 5 * 13, 15, "postal_code", flags="comb", maxlen=5)
    _sv_under(s, "Postitoimipaikka", "Postanstalt", 365, y)
    widget(s, "T05", 365, y, W - 40 - 365, 15, "city")
    y -= 40
    s.c.acroForm.checkbox(name="C_sama", tooltip="", x=40, y=y + 18, size=8, buttonStyle="check",
                          borderWidth=0.5, forceBorder=True)
    s._place((40, y + 18, 48, y + 26), None, widget="C_sama", what="same as above",
             optional=True)
    bi(s, "Laskutusosoite, jos eri kuin yllä", "Faktureringsadress, om annan än ovan", 52,
       y + 19, 6.5, under=False)
    widget(s, "T06", 40, y, 240, 15, "billing_street")
    widget(s, "T07", 290, y, 65, 15, "billing_postal_code")
    widget(s, "T08", 365, y, W - 40 - 365, 15, "billing_city")
    return y - 24


def _la_operator(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "2  NYKYINEN OPERAATTORI  /  NUVARANDE OPERATÖR", 8.5)
    y -= 44
    _fs(s, "Valitse", "Välj", 40, y + 14)
    choice(s, "L_oper", 40, y, 90, ["DNA", "Elisa", "Telia", "Moi"], None, h=30,
           list_box=True)
    s.places[-1]["optional"] = True
    _fs(s, "tai operaattorin nimi", "eller operatörens namn", 140, y + 14)
    widget(s, "T09", 140, y + 14, 150, 15, "carrier")
    _fs(s, "Asiakasnumero", "Kundnummer", 300, y + 14)
    widget(s, "T10", 300, y + 14, 110, 15, "account_number")
    _fs(s, "Tunnusluku (PIN)", "PIN-kod", 420, y + 14)
    widget(s, "T11", 420, y + 14, W - 40 - 420, 15, "pin")
    _fs(s, "Päänumero", "Huvudnummer", 140, y - 18)
    widget(s, "T25", 140, y - 18, 150, 15, "btn")
    _fs(s, "Sähköposti", "E-post", 300, y - 18)
    widget(s, "T26", 300, y - 18, W - 40 - 300, 15, "contact_email")
    return y - 40


def _la_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "3  SIIRRETTÄVÄT NUMEROT  /  NUMMER SOM FLYTTAS", 8.5)
    y -= 20
    s.radio("R2", "kaikki", 40, y, "check:full_port", "Kaikki numerot / Alla nummer")
    s.radio("R2", "osa", 200, y, "check:partial_port", "Vain alla olevat / Endast nedanstående")
    slots = s.slot_group(ordered=True)
    bottom = table(s, slots, 40, y - 10, 6, [("#", 18, "no"),
                                              ("Numero\nNummer", 130, "number"),
                                              ("Uusi SIM (operaattori)\nNytt SIM (operatören)",
                                               110, None)],
                   names=[f"T{n}" for n in range(12, 18)], head_h=20)
    x = 318
    _fs(s, "Yhteyshenkilön puhelin", "Kontaktpersonens telefon", x, y - 44)
    widget(s, "T18", x, y - 44, 140, 15, "contact_phone")
    _fs(s, "Jäävät numerot (osasiirto)", "Kvarstående nummer", x, y - 80)
    widget(s, "T19", x, y - 80, W - 40 - x, 15, "remaining_numbers")
    _fs(s, "Toivottu siirtopäivä (pp.kk.vvvv)", "Önskat flyttdatum", x, y - 116)
    widget(s, "T20", x, y - 116, 90, 15, "requested_date")
    return min(bottom, y - 116) - 16


def la_bilingual_fillable() -> Built:
    s = a4("r27-la-siirtopyynto-flyttbegaran-fillable", "FI", "fi", ["r27-la", "r27-la-home"],
           "Fillable, Lapland, Finnish / Swedish on every blank (the Swedish after a slash, or "
           "only under the blank in the address row). AFDate_FormatEx dd.mm.yyyy on the dates; "
           "postcode comb; radio groups; operator list box in short spellings (optional) beside "
           "a text box for the operator's name; Y-tunnus not ours; billing address 'if "
           "different' with a 'same' box (empty, the box optional); numbers 1-6 with a new-SIM "
           "column not ours; contact phone beside the numbers; hidden widget and a second "
           "signer not ours.")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, H - 46, "Tunturiverkko Oy", 14, bold=True)
    s.text(40, H - 58, "Rovakatu 5, 96200 Rovaniemi  -  016 551 0100  -  Y-tunnus 1234567-8",
           7)
    s.c.setFont(s.bold_font, 11)
    s.c.drawRightString(W - 40, H - 46, "NUMERONSIIRTOPYYNTÖ")
    s.c.setFont("Helvetica-Oblique", 9)
    s.c.drawRightString(W - 40, H - 58, "Begäran om nummerflytt")
    y = _la_customer(s, H - 84)
    y = _la_operator(s, y)
    y = _la_numbers(s, y)
    s.band(40, y, W - 80, "4  VALTUUTUS  /  FULLMAKT", 8.5)
    y = s.para(40, y - 16, "Valtuutan Tunturiverkko Oy:n siirtämään yllä olevat numerot. / Jag "
               "befullmäktigar Tunturiverkko Oy att flytta numren ovan.", W - 80, 7.5)
    y -= 40
    sign_widget_box(s, "T21", "Allekirjoitus / Underskrift", 40, y, 200)
    _fs(s, "Nimenselvennys", "Namnförtydligande", 250, y + 15)
    widget(s, "T22", 250, y + 15, 150, 15, "authorized_name")
    _fs(s, "Asema", "Ställning", 410, y + 15)
    widget(s, "T23", 410, y + 15, W - 40 - 410, 15, "authorized_title")
    y -= 24
    _fs(s, "Päiväys (pp.kk.vvvv)", "Datum", 250, y)
    widget(s, "T24", 250, y, 90, 15, "date_signed")
    widget(s, "T99", 360, y, 40, 15, None, what="hidden widget")
    y -= 50
    witness_line(s, "Toinen allekirjoittaja (yhteisö) / Andra undertecknare (sammanslutning)",
                 40, y, 300)
    s.footer("Tunturiverkko Oy  -  NS-2 (2026)")
    pdf, truth = s.build()
    return finish(pdf, formats={"T20": _PVM, "T24": _PVM}, hidden=["T99"]), truth


# -- Westphalia ----------------------------------------------------------------------------------
def _we_customer(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "1  Anschlussinhaber", 8.5)
    y = cells_row(s, 40, y - 34, [("Firma bzw. Name, Vorname (wie auf der Rechnung)", "", 330,
                                   "account_name"),
                                  ("Handelsregister-Nr.", "", W - 80 - 334, None)], h=17)
    y = cells_row(s, 40, y - 22, [("Straße und Hausnummer", "", 220, "street"),
                                  ("Zusatz (z. B. Hinterhaus)", "", 90, None),
                                  ("PLZ", "", 50, "postal_code"),
                                  ("Ort", "", W - 80 - 372, "city")], h=17)
    y = cells_row(s, 40, y - 22, [("Ansprechpartner / Zeichnungsberechtigte(r)", "", 200,
                                   "authorized_name"),
                                  ("Funktion", "", 110, "authorized_title"),
                                  ("Telefon für Rückfragen", "", 100, "contact_phone"),
                                  ("USt-IdNr.", "", W - 80 - 422, None)], h=17)
    y = cells_row(s, 40, y - 22, [("E-Mail für die Auftragsbestätigung", "", 250,
                                   "contact_email")], h=17)
    y -= 14
    s.text(40, y + 1, "Kundentyp:", 8)
    s.tick(100, y, "check:business", "Geschäftskunde")
    s.tick(200, y, "check:residential", "Privatkunde")
    y -= 16
    s.text(40, y + 1, "Anschlussart:", 8)
    x = 100
    for word in ("Analog", "ISDN", "VoIP"):
        s.tick(x, y, None, word)
        x += 60
    s.tick(x, y, None, "Sonstiges:")
    s.rule(x + 58, y - 1, x + 170)
    s._place((x + 58, y - 2, x + 170, y + 11), None, what="Sonstiges: ___")
    return y - 20


def _we_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "2  Abgebender Anbieter und Rufnummern", 8.5)
    y = cells_row(s, 40, y - 34, [("Bisheriger Anbieter", "", 170, "carrier"),
                                  ("Kundennummer beim bisherigen Anbieter", "", 170,
                                   "account_number"),
                                  ("Hauptrufnummer", "", W - 80 - 348, "btn")], h=17)
    y -= 12
    s.tick(40, y, "check:full_port", "alle Rufnummern des Anschlusses")
    s.tick(220, y, "check:partial_port", "nur die folgenden Rufnummern")
    slots = s.slot_group(ordered=True)
    y = table(s, slots, 40, y - 8, 6, [("Nr.", 22, "no"),
                                        ("Rufnummer mit Vorwahl", 160, "number"),
                                        ("Zeitfenster (vom Anbieter)", 120, None)])
    y -= 22
    s.text(40, y + 4, "Rufnummernblock (Anlagenanschluss):", 7.5)
    cells_row(s, 200, y, [("Von", "", 100, None), ("Bis", "", 100, None),
                          ("Anzahl", "", 50, None)], h=15)
    y -= 24
    s.blank("Anzahl der Rufnummern:", 40, y, 160, "number_count", size=8)
    s.blank("Verbleibende Rufnummern (bleiben beim bisherigen Anbieter):", 180, y, W - 40,
            "remaining_numbers", size=8)
    y -= 22
    end = s.text(40, y, "Gewünschter Termin: den", 8.5) + 3
    s.rule(end, y - 2, end + 22)
    s._place((end, y - 3, end + 22, y + 11), "requested_day", what="den __.")
    end = s.text(end + 23, y, ".", 8.5) + 4
    s.rule(end, y - 2, end + 90)
    s._place((end, y - 3, end + 90, y + 11), "requested_month", what="Monat")
    end = s.text(end + 94, y, "20", 8.5) + 1
    s.rule(end, y - 2, end + 18)
    s._place((end, y - 3, end + 18, y + 11), "requested_year2", what="20__")
    s.text(40, y - 11, "(Monat bitte ausschreiben)", 6)
    return y - 26


def we_paper() -> Built:
    s = a4("r27-we-rufnummernmitnahme-paper", "DE", "de", ["r27-we", "r27-we-home"],
           "Paper, Westphalia. Address in cells (Straße und Hausnummer | Zusatz | PLZ | Ort, "
           "Zusatz not ours: no second line in the case); 'Anschlussart ... Sonstiges: ___' not "
           "in the case; register no., USt-IdNr. and the company stamp not ours; single numbers "
           "1-6 with the provider's time-window column; a DDI block row Von | Bis | Anzahl "
           "empty (single numbers); 'Anzahl der Rufnummern'; 'den __. ______ 20__' month in "
           "words; date signed dd.mm.yyyy; a second signatory not ours.")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, H - 46, "Münsterland Netz GmbH", 14, bold=True)
    s.text(40, H - 58, "Albersloher Weg 80, 48155 Münster  -  0251 555 01 00  -  HRB 9912 "
           "AG Münster", 7)
    s.c.setFont(s.bold_font, 11)
    s.c.drawRightString(W - 40, H - 46, "Auftrag zur Rufnummernmitnahme")
    y = _we_customer(s, H - 82)
    y = _we_numbers(s, y)
    s.band(40, y, W - 80, "3  Auftrag", 8.5)
    y = s.para(40, y - 16, "Hiermit beauftrage ich die Münsterland Netz GmbH, die oben genannten "
               "Rufnummern zu portieren und den Vertrag beim bisherigen Anbieter für diese "
               "Rufnummern zu kündigen.", W - 80, 8)
    y = cells_row(s, 40, y - 28, [("Ort", "", 120, None),
                                  ("Datum (TT.MM.JJJJ)", "", 90, "date_signed")], h=17)
    y -= 36
    s.sign_line("Unterschrift Anschlussinhaber / Zeichnungsberechtigte(r)", 40, y, 260,
                label_below=True)
    s.box(280, y - 10, 110, 50, None, "Firmenstempel")
    s.text(280, y - 18, "Firmenstempel", 7)
    witness_line(s, "2. Zeichnungsberechtigte(r), falls erforderlich", 400, y, W - 40)
    s.footer("Münsterland Netz GmbH  -  RNM-07/2026")
    return s.build()


FORMS = {"r27-la-siirtopyynto-flyttbegaran-fillable": la_bilingual_fillable,
         "r27-we-rufnummernmitnahme-paper": we_paper}
