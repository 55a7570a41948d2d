"""Round 26, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Ghanaian fillable number portability request over two pages: section letters A-D under
  rules, the porting PIN and the account number at the donor network beside a mobile line's SIM
  serial (ICCID), IMEI and PUK (not ours for a fixed line), a Region drop-down, the GhanaPost GPS
  address not ours, a numbers widget table rows 1-8 continued on page 2 (rows 9-16) under its
  header repeated with an ICCID column (not ours), the date widgets already holding "DD/MM/YYYY",
  a signature widget, the agent's receipt under a cut line (not ours), the network's address,
  phone, short code, web and registration numbers at the head.
- A Cameroonian paper demande de portabilité in French: two columns (the titulaire left, the
  numbers right under "Quels numéros souhaitez-vous porter ?"), a mandataire "si différent du
  titulaire" block, dotted blanks, "(en majuscules)" hints, the B.P., NIU and RCCM not ours,
  ticks right of their words in one group and left in the other, a numbers table 1-10 with the
  operator per row (optional) and "au-delà de 10 numéros, joindre une liste", "Fait à ________,
  le __/__/20__" (place not ours).
- A Skåne fillable begäran om nummerflytt in Swedish under a tear-off: the top part "spara
  denna del" (the operator's instructions and contact), a cut line, the form "returnera denna
  del" under it; labels above widgets in small capitals, an organisation / personal number
  comb widget (not ours), a postcode comb widget of five cells, radio groups, numbers in ten-cell
  comb widgets in two columns with "bifoga en lista", the requested date as ÅÅÅÅ - MM - DD
  widgets, the signing date widget holding "ÅÅÅÅ-MM-DD", a signature without a widget.
- A Moravian partly fillable žádost o přenesení čísla in Czech: numbered sections 1., 1.1 in red
  bands, labels in small capitals above widgets beside labels left of widgets, IČO / DIČ not
  ours, the OKU code (the porting code) beside the SIM card's ICCID (not ours), the numbers in a
  paper table in two halves 1-6 / 7-12, the numbers that stay on dotted lines, a section the
  losing operator fills (not ours), "V ________ dne __.__.20__" on paper, a signature line.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import a4
from tests.loaforms.round5_kit import numbers_table
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import continued_rows
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round20_kit import letterhead
from tests.loaforms.round26_kit import (
    colour_band,
    cut_line,
    dotted,
    hint,
    placeholder_widget,
    slash_date,
    tick_left,
    tick_right,
)

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def _left(s: Any, label: str, name: str, x: float, y: float, wx: float, w: float,
          fld: str | None, tip: str = "") -> None:
    s.text(x, y + 4, label, 8)
    s.widget(name, wx, y, w, 15, fld, tooltip=tip or None)


def _heading(s: Any, y: float, text: str) -> None:
    s.text(40, y, text, 9, bold=True)
    s.rule(40, y - 4, W4 - 40, 0.8)


def gh_port_request_fillable() -> Built:
    s = a4("r26-gh-port-request-fillable", "GH", "en", ["r26-gh", "r26-gh-partial"],
           "Fillable, Ghanaian number portability request, two pages. Sections A-D under rules; "
           "porting PIN and donor account number beside SIM serial (ICCID), IMEI and PUK (not "
           "ours); Region drop-down; GhanaPost GPS address not ours; numbers widget table rows "
           "1-8 continued on page 2 rows 9-16 with the header repeated, ICCID column not ours; "
           "date widgets holding 'DD/MM/YYYY'; signature widget; agent's receipt under a cut "
           "line (not ours).")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 34, ["Volta Connect Ghana Ltd",
                                      "No. 5 Independence Avenue, Ridge, Accra",
                                      "P.O. Box CT 1234, Cantonments  ·  Tel 0302 555 100",
                                      "Short code 100  ·  www.voltaconnect.example",
                                      "Reg. No. CS123456789  ·  TIN C0001234567"])
    s.text(40, H4 - 48, "Number Portability Request", 15, bold=True)
    s.text(40, H4 - 62, "To be completed by the subscriber. BLOCK CAPITALS.", 8)
    y = H4 - 96
    _heading(s, y, "A.  SUBSCRIBER DETAILS")
    y -= 24
    _left(s, "Name / company name", "T1", 40, y, 160, 395, "account_name", "Full name")
    y -= 22
    _left(s, "Service address", "T2", 40, y, 160, 395, "street", "Address")
    y -= 22
    _left(s, "Town / city", "T3", 40, y, 160, 140, "city", "City")
    s.text(320, y + 4, "Region", 8)
    choice_widget(s, "Region", 365, y, 190, ["Ashanti", "Central", "Eastern", "Greater Accra",
                                              "Northern", "Volta", "Western"], "state")
    y -= 22
    _left(s, "GhanaPost GPS address", "T4", 40, y, 160, 140, None, "Postal code")
    hint(s, 162, y - 7, "e.g. GA-123-4567")
    s.text(320, y + 4, "Contact phone", 8)
    s.widget("T5", 385, y, 170, 15, "contact_phone", tooltip="Phone")
    y -= 26
    _left(s, "E-mail", "T6", 40, y, 160, 200, "contact_email", "Email")
    y -= 22
    s.text(40, y + 1, "Subscriber type", 8)
    s.radio("SubType", "Corporate", 160, y, "check:business", "Corporate")
    s.radio("SubType", "Individual", 250, y, "check:residential", "Individual")
    y -= 30
    _heading(s, y, "B.  DONOR NETWORK AND VALIDATION")
    y -= 24
    _left(s, "Donor network", "T7", 40, y, 160, 150, "carrier", "Network")
    _left(s, "Account number at donor", "T8", 320, y, 425, 130, "account_number", "Account")
    y -= 22
    _left(s, "Porting PIN", "T9", 40, y, 160, 80, "pin", "PIN")
    _left(s, "Main number on the account", "T10", 270, y, 395, 160, "btn", "Number")
    y -= 22
    s.text(40, y + 4, "Mobile lines only:", 8, bold=True)
    _left(s, "SIM serial (ICCID)", "T11", 120, y, 200, 120, None, "Serial")
    _left(s, "IMEI", "T12", 330, y, 355, 90, None, "IMEI")
    _left(s, "PUK", "T13", 455, y, 475, 80, None, "PIN")
    y -= 30
    _heading(s, y, "C.  NUMBERS TO PORT")
    y -= 10
    s.checkbox("Check Box1", 40, y - 12, "check:full_port", "All numbers on the account")
    s.checkbox("Check Box2", 220, y - 12, "check:partial_port", "Only the numbers below")
    slots = s.slot_group(ordered=True)
    cols: list[tuple[str, float, str | None]] = [
        ("Telephone number", 170, "number"), ("SIM serial (ICCID) - mobile only", 190, None)]
    y = continued_rows(s, slots, 40, y - 20, cols, 8, row_h=16,
                       names=[f"N{n}" for n in range(1, 17)])
    s.text(40, y - 10, "Continued on page 2.", 7)
    y -= 34
    s.text(40, y + 4, "Numbers staying with the donor:", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        name = f"Stay{n + 1}"
        x = 180 + n * 160
        s.widget(name, x, y, 150, 15, None)
        s.places.pop()
        s.slot(stay, (x, y, x + 150, y + 15), f"stays {n + 1}", name)
    y -= 22
    s.text(40, y + 4, "Preferred porting date", 8)
    placeholder_widget(s, "T14", 160, y, 90, 15, "requested_date", "DD/MM/YYYY")
    cut_line(s, 96, 30, W4 - 30, "cut here - agent's receipt")
    s.text(40, 76, "RECEIPT (to be completed by the agent and handed to the subscriber)", 7.5,
           bold=True)
    _left(s, "Request no.", "R1", 40, 54, 96, 110, None)
    _left(s, "Received by", "R2", 220, 54, 272, 120, None)
    _left(s, "Date", "R3", 405, 54, 430, 90, None)
    s.footer("VCG-MNP-01  page 1 of 2")
    s.next_page()
    s.text(40, H4 - 50, "C.  NUMBERS TO PORT (continued)", 9, bold=True)
    y = continued_rows(s, slots, 40, H4 - 58, cols, 8, first=9, row_h=16,
                       names=[f"N{n}" for n in range(17, 33)])
    y -= 30
    _heading(s, y, "D.  DECLARATION")
    y = s.para(40, y - 20, "I request that the numbers above be ported to Volta Connect Ghana "
               "Ltd. I confirm that I am the subscriber or am authorised by the subscriber and "
               "that the details given match the donor network's records.", W4 - 80, 8) - 20
    _left(s, "Name of signatory", "T15", 40, y, 160, 200, "authorized_name", "Name")
    _left(s, "Designation", "T16", 380, y, 440, 115, "authorized_title", "Position")
    y -= 56
    s.text(40, y + 44, "Signature", 8)
    s.widget("Customer Signature", 40, y, 220, 40, "signature")
    s.text(290, y + 4, "Date", 8)
    placeholder_widget(s, "T17", 316, y, 90, 15, "date_signed", "DD/MM/YYYY")
    s.footer("VCG-MNP-01  page 2 of 2")
    return s.build()


def cm_demande_paper() -> Built:
    s = a4("r26-cm-demande-paper", "CM", "fr", ["r26-cm", "r26-cm-partial"],
           "Paper, Cameroonian demande de portabilité, French. Two columns: titulaire left, "
           "numbers right under 'Quels numéros souhaitez-vous porter ?'; mandataire 'si "
           "différent du titulaire' block; dotted blanks, '(en majuscules)' hints; B.P., NIU, "
           "RCCM not ours; ticks right of words (type) and left (étendue); numbers table 1-10 "
           "with the operator per row (optional), 'au-delà de 10 numéros, joindre une liste'; "
           "'Fait à ______, le __/__/20__' (place not ours).")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 34, ["Sanaga Télécom S.A.", "Boulevard de la Liberté, Akwa",
                                      "B.P. 4321 Douala  ·  Tél. 233 55 51 00",
                                      "RCCM RC/DLA/2015/B/1234  ·  NIU M011500012345A",
                                      "www.sanagatelecom.example"])
    s.text(40, H4 - 48, "DEMANDE DE PORTABILITÉ DU NUMÉRO", 14, bold=True)
    s.text(40, H4 - 62, "Téléphonie fixe - à remplir lisiblement", 8.5)
    left, right = 40, 300
    top = H4 - 90
    s.band(left, top, 245, "LE TITULAIRE DE LA LIGNE", 8.5)
    s.band(right, top, 255, "Quels numéros souhaitez-vous porter ?", 8.5)
    y = top - 24
    dotted(s, "Raison sociale / Nom :", left, y, left + 245, "account_name")
    hint(s, left + 90, y - 8, "(en majuscules)")
    y -= 26
    dotted(s, "Adresse :", left, y, left + 245, "street")
    y -= 20
    dotted(s, "Ville :", left, y, left + 130, "city")
    dotted(s, "Région :", left + 135, y, left + 245, "state")
    y -= 20
    dotted(s, "B.P. :", left, y, left + 100, None)
    dotted(s, "NIU :", left + 105, y, left + 245, None)
    y -= 20
    dotted(s, "RCCM :", left, y, left + 245, None)
    y -= 20
    dotted(s, "Opérateur actuel :", left, y, left + 245, "carrier")
    y -= 20
    dotted(s, "N° de compte client :", left, y, left + 245, "account_number")
    y -= 20
    dotted(s, "Numéro principal :", left, y, left + 245, "btn")
    y -= 22
    x = tick_right(s, left, y, "check:business", "Entreprise")
    tick_right(s, x, y, "check:residential", "Particulier")
    y -= 30
    s.band(left, y, 245, "LE MANDATAIRE (si différent du titulaire)", 8)
    y -= 24
    dotted(s, "Nom et prénom :", left, y, left + 245, "authorized_name")
    hint(s, left + 70, y - 8, "(en majuscules)")
    y -= 26
    dotted(s, "Qualité :", left, y, left + 245, "authorized_title")
    y -= 20
    dotted(s, "Téléphone :", left, y, left + 245, "contact_phone")
    y -= 20
    dotted(s, "E-mail :", left, y, left + 245, "contact_email")
    ry = top - 22
    x = tick_left(s, right, ry, "check:full_port", "Tous les numéros")
    tick_left(s, x, ry, "check:partial_port", "Une partie des numéros")
    slots = s.slot_group(ordered=True)
    ry = numbers_table(s, slots, right, ry - 8, [("Numéro", 130, "number", False),
                                                 ("Opérateur", 101, "carrier", True)], 10,
                       row_h=17, head="N°")
    hint(s, right, ry - 10, "Au-delà de 10 numéros, joindre une liste signée.", 6.5)
    ry -= 30
    s.text(right, ry, "Numéros conservés chez l'opérateur actuel :", 8, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        place = dotted(s, f"{n + 1}.", right, ry - 20 - n * 20, right + 255, None)
        s.places.remove(place)
        s.slot(stay, tuple(place["rect"]), f"conservé {n + 1}")
    ry -= 74
    s.text(right, ry, "Date de portage souhaitée :", 8)
    slash_date(s, right + 112, ry, [(20, "requested_day"), (20, "requested_month"),
                                    (34, "requested_year")], "date souhaitée")
    hint(s, right + 114, ry - 10, "JJ         MM          AAAA")
    y = min(y, ry) - 34
    y = s.para(40, y, "Je soussigné(e) demande la portabilité des numéros ci-dessus vers Sanaga "
               "Télécom S.A. et donne mandat à celle-ci pour effectuer les démarches auprès de "
               "mon opérateur actuel.", W4 - 80, 8) - 24
    dotted(s, "Fait à", 40, y, 200, None)
    s.text(206, y, ", le", 8.5)
    slash_date(s, 226, y, [(18, "date_signed_day"), (18, "date_signed_month"),
                           (18, "date_signed_year2")], "fait le", prefix_year=True)
    y -= 40
    s.sign_line("Signature et cachet du titulaire", 40, y, 300, label_below=True)
    s.footer("ST-PORT-04  ·  Sanaga Télécom S.A., B.P. 4321 Douala")
    return s.build()


def _caps(s: Any, label: str, name: str, x: float, y: float, w: float, fld: str | None,
          tip: str = "") -> None:
    s.text(x, y + 18, label.upper(), 6.5)
    s.widget(name, x, y, w, 15, fld, tooltip=tip or None)


def skane_flytt_fillable() -> Built:
    s = a4("r26-skane-flytt-fillable", "SE", "sv", ["r26-skane", "r26-skane-partial"],
           "Fillable, Skåne begäran om nummerflytt, Swedish, under a tear-off: top part 'spara "
           "denna del' (instructions, operator contact), cut line, the form 'returnera denna "
           "del'. Small-capital labels above Textfält widgets; org./personnummer comb (not "
           "ours); postnummer comb of 5; radio Kundtyp and Flytt; numbers in 10-cell comb "
           "widgets, two columns, 'bifoga en lista'; requested date ÅÅÅÅ - MM - DD widgets; "
           "signing date widget holding 'ÅÅÅÅ-MM-DD'; signature without widget.")
    s.date_formats = ["%Y-%m-%d", "%Y%m%d", "%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 34, ["Öresund Telekom AB", "Hyllie Boulevard 10, 215 32 Malmö",
                                      "Tel 040-555 100  ·  Org.nr 556000-0000",
                                      "www.oresundtelekom.example  ·  flytt@oresundtelekom.example"])
    s.text(40, H4 - 48, "Begäran om nummerflytt", 15, bold=True)
    s.text(40, H4 - 70, "SPARA DENNA DEL", 9, bold=True)
    y = s.para(40, H4 - 84, "Säg inte upp ditt abonnemang hos din nuvarande operatör: det "
               "avslutas automatiskt när flytten är klar. Uppgifterna nedan måste stämma med din "
               "senaste faktura. Frågor? Ring 040-555 100 vardagar 8-17.", W4 - 80, 8)
    cut_line(s, y - 8, 30, W4 - 30, "klipp här")
    y -= 30
    s.text(40, y, "RETURNERA DENNA DEL", 9, bold=True)
    t = (f"Textfält{n}" for n in range(1, 60))
    y -= 36
    _caps(s, "Kundens namn / företagsnamn", next(t), 40, y, 330, "account_name", "Namn")
    s.text(380, y + 18, "ORG.NR / PERSONNUMMER", 6.5)
    comb_widget(s, "OrgNr", 380, y, 11, None, cell_w=15, what="org.nr")
    y -= 36
    _caps(s, "Gatuadress", next(t), 40, y, 280, "street", "Adress")
    s.text(330, y + 18, "POSTNUMMER", 6.5)
    comb_widget(s, "Postnr", 330, y, 5, "postal_code", cell_w=14, what="postnummer (comb)")
    _caps(s, "Ort", next(t), 410, y, 145, "city", "Ort")
    y -= 36
    _caps(s, "Nuvarande operatör", next(t), 40, y, 160, "carrier", "Operatör")
    _caps(s, "Kundnummer hos nuvarande operatör", next(t), 210, y, 170, "account_number",
          "Kundnummer")
    _caps(s, "Huvudnummer", next(t), 390, y, 165, "btn", "Telefonnummer")
    y -= 36
    _caps(s, "Kontaktperson", next(t), 40, y, 200, "authorized_name", "Namn")
    _caps(s, "Befattning", next(t), 250, y, 120, "authorized_title", "Titel")
    _caps(s, "Telefon dagtid", next(t), 380, y, 175, "contact_phone", "Telefon")
    y -= 36
    _caps(s, "E-post", next(t), 40, y, 250, "contact_email", "E-post")
    y -= 22
    s.text(40, y + 1, "Kundtyp:", 8.5)
    s.radio("Kundtyp", "Foretag", 100, y, "check:business", "Företag")
    s.radio("Kundtyp", "Privat", 170, y, "check:residential", "Privatperson")
    s.text(280, y + 1, "Flytta:", 8.5)
    s.radio("Flytt", "Alla", 320, y, "check:full_port", "Alla nummer")
    s.radio("Flytt", "Vissa", 410, y, "check:partial_port", "Vissa nummer")
    y -= 26
    s.band(40, y, W4 - 80, "NUMMER SOM SKA FLYTTAS (riktnummer först, en siffra per ruta)", 8)
    slots = s.slot_group(ordered=True)
    y -= 24
    for n in range(8):
        col, row = divmod(n, 4)
        x, ry = 40 + col * 260, y - row * 20
        s.right_text(x + 14, ry + 4, f"{n + 1}.", 8)
        name = f"Nummer{n + 1}"
        comb_widget(s, name, x + 18, ry, 10, None, cell_w=15)
        s.places.pop()
        s.slot(slots, (x + 18, ry, x + 168, ry + 16), f"nummer {n + 1}", name)
    y -= 4 * 20 - 2
    hint(s, 40, y, "Fler än 8 nummer? Bifoga en lista.", 7)
    y -= 22
    s.text(40, y + 4, "Nummer som ska stanna kvar:", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        name = f"Kvar{n + 1}"
        x = 170 + n * 190
        s.widget(name, x, y, 170, 15, None)
        s.places.pop()
        s.slot(stay, (x, y, x + 170, y + 15), f"kvar {n + 1}", name)
    y -= 26
    s.text(40, y + 1, "Önskat flyttdatum:", 8.5)
    slash_date(s, 130, y + 3, [(36, "requested_year"), (22, "requested_month"),
                               (22, "requested_day")], "önskat datum",
               names=[next(t), next(t), next(t)], sep="-")
    hint(s, 132, y - 9, "ÅÅÅÅ          MM         DD")
    y -= 30
    y = s.para(40, y, "Jag är kontoinnehavare eller behörig att företräda kontoinnehavaren och "
               "ger Öresund Telekom AB fullmakt att flytta numren ovan från min nuvarande "
               "operatör.", W4 - 80, 8) - 30
    s.sign_line("Underskrift", 40, y, 260, label_below=True)
    s.text(290, y + 4, "Datum", 8)
    placeholder_widget(s, next(t), 320, y, 90, 15, "date_signed", "ÅÅÅÅ-MM-DD")
    s.footer("ÖT-NF-2  ·  Öresund Telekom AB, Hyllie Boulevard 10, 215 32 Malmö")
    return s.build()


def _caps_left(s: Any, label: str, name: str, x: float, y: float, w: float,
               fld: str | None) -> None:
    s.text(x, y + 18, label.upper(), 6)
    s.widget(name, x, y, w, 15, fld)


def mor_zadost_partly() -> Built:
    s = unicode_a4("r26-mor-zadost-partly", "CZ", "cs", ["r26-mor", "r26-mor-partial"],
                   "Partly fillable, Moravian žádost o přenesení čísla, Czech. Numbered sections "
                   "1., 1.1 in red bands; small-capital labels above widgets beside labels left "
                   "of widgets; IČO / DIČ not ours; OKU code (pin) beside the SIM's ICCID (not "
                   "ours); numbers in a paper table 1-6 / 7-12; numbers that stay on dotted "
                   "lines; losing operator's section (not ours); 'V ____ dne __.__.20__' on "
                   "paper; signature line.")
    s.date_formats = ["%d.%m.%Y", "%d. %m. %Y", "%d/%m/%Y"]
    red = (0.7, 0.1, 0.15)
    letterhead(s, W4 - 40, H4 - 34, ["Morava Net s.r.o.", "Cejl 12, 602 00 Brno",
                                      "tel. 545 555 100  ·  www.moravanet.example",
                                      "IČO 12345678  ·  DIČ CZ12345678",
                                      "zapsaná u KS v Brně, oddíl C, vložka 12345"])
    s.text(40, H4 - 48, "ŽÁDOST O PŘENESENÍ ČÍSLA", 14, bold=True)
    s.text(40, H4 - 62, "pevná síť", 9)
    t = (f"Text{n}" for n in range(1, 40))
    y = H4 - 92
    colour_band(s, 40, y, W4 - 80, "1.  ÚČASTNÍK", red)
    y -= 34
    _caps_left(s, "1.1 Obchodní firma / jméno a příjmení", next(t), 40, y, 330, "account_name")
    _caps_left(s, "1.2 IČO", next(t), 380, y, 80, None)
    _caps_left(s, "1.3 DIČ", next(t), 470, y, 85, None)
    y -= 24
    s.text(40, y + 4, "1.4 Adresa (ulice, č. p.)", 8)
    s.widget(next(t), 150, y, 405, 15, "street")
    y -= 22
    s.text(40, y + 4, "PSČ", 8)
    s.widget(next(t), 150, y, 60, 15, "postal_code")
    s.text(220, y + 4, "Obec", 8)
    s.widget(next(t), 250, y, 305, 15, "city")
    y -= 34
    _caps_left(s, "1.5 Zástupce (jméno a příjmení)", next(t), 40, y, 230, "authorized_name")
    _caps_left(s, "1.6 Funkce", next(t), 280, y, 120, "authorized_title")
    _caps_left(s, "1.7 Kontaktní telefon", next(t), 410, y, 145, "contact_phone")
    y -= 24
    s.text(40, y + 4, "1.8 E-mail", 8)
    s.widget(next(t), 150, y, 220, 15, "contact_email")
    y -= 22
    x = tick_left(s, 40, y, "check:business", "podnikatel / právnická osoba")
    tick_left(s, x, y, "check:residential", "spotřebitel")
    y -= 30
    colour_band(s, 40, y, W4 - 80, "2.  OPOUŠTĚNÝ OPERÁTOR A OVĚŘENÍ", red)
    y -= 34
    _caps_left(s, "2.1 Opouštěný operátor", next(t), 40, y, 180, "carrier")
    _caps_left(s, "2.2 Číslo smlouvy / zákaznické číslo", next(t), 230, y, 150,
               "account_number")
    _caps_left(s, "2.3 Hlavní číslo", next(t), 390, y, 165, "btn")
    y -= 36
    _caps_left(s, "2.4 Ověřovací kód účastníka (OKU)", next(t), 40, y, 180, "pin")
    _caps_left(s, "2.5 ICCID SIM karty (jen mobilní)", next(t), 230, y, 200, None)
    y -= 30
    colour_band(s, 40, y, W4 - 80, "3.  PŘENÁŠENÁ ČÍSLA", red)
    y -= 16
    x = tick_right(s, 40, y, "check:full_port", "všechna čísla")
    tick_right(s, x, y, "check:partial_port", "jen uvedená čísla")
    slots = s.slot_group(ordered=True)
    cols: list[tuple[str, float, str | None]] = [("Telefonní číslo", 150, "number"),
                                                 ("Poznámka", 80, None)]
    top = y - 8
    continued_rows(s, slots, 40, top, cols, 6, row_h=16)
    continued_rows(s, slots, 300, top, cols, 6, first=7, row_h=16)
    y = top - 16 * 7 - 18
    s.text(40, y, "3.1 Čísla, která zůstávají u opouštěného operátora:", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        place = dotted(s, f"{n + 1})", 260 + n * 150, y, 400 + n * 150, None)
        s.places.remove(place)
        s.slot(stay, tuple(place["rect"]), f"zůstává {n + 1}")
    y -= 22
    s.text(40, y + 4, "3.2 Požadované datum přenesení", 8)
    s.widget(next(t), 180, y, 80, 15, "requested_date")
    hint(s, 266, y + 4, "DD.MM.RRRR")
    y -= 30
    y = s.para(40, y, "Žádám o přenesení výše uvedených čísel k Morava Net s.r.o. a zmocňuji ji "
               "k jednání s opouštěným operátorem.", W4 - 80, 8) - 24
    dotted(s, "V", 40, y, 170, None)
    s.text(176, y, "dne", 8.5)
    slash_date(s, 196, y, [(18, "date_signed_day"), (18, "date_signed_month"),
                           (18, "date_signed_year2")], "dne", prefix_year=True, sep=".")
    s.sign_line("Podpis účastníka / razítko", 340, y - 4, 555, label_below=True)
    y -= 44
    colour_band(s, 40, y, W4 - 80, "4.  VYPLNÍ OPOUŠTĚNÝ OPERÁTOR", (0.45, 0.45, 0.45))
    y -= 24
    dotted(s, "Číslo objednávky", 40, y, 250, None)
    dotted(s, "Datum přijetí", 260, y, 400, None)
    dotted(s, "Podpis", 410, y, 555, None)
    s.footer("MN-PC-01  ·  Morava Net s.r.o., Cejl 12, 602 00 Brno")
    return s.build()


FORMS = {
    "r26-gh-port-request-fillable": gh_port_request_fillable,
    "r26-cm-demande-paper": cm_demande_paper,
    "r26-skane-flytt-fillable": skane_flytt_fillable,
    "r26-mor-zadost-partly": mor_zadost_partly,
}
