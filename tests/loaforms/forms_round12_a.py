"""Round 12, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Belgian gaining operator's fillable "machtigingsbrief" in Dutch, laid out in two columns: the
  subscriber and the current operator in label cells on the left (the postcode widget is named
  "Gemeente" and the town's "Postcode"), the numbers on the right in one column numbered 1-10
  whose widgets are named Nummer10..Nummer1 (the names run against the printed numbering), radio
  groups for the customer's kind and the port's scope, an Easy Switch ID and a company number
  that are not ours, a signature widget and a staff block.
- A US wireless carrier's two-page fillable transfer authorization with Acrobat/XFA-style widget
  names (topmostSubform[0].Page1[0].f1_01[0]..), radio groups for business / personal and all /
  some lines, a lines table "Mobile number | IMEI | BTN", the lines that stay on page 2, a
  printed X signature line (no widget) and a store-use block.
- An Italian paper "richiesta di portabilità" with grey label cells, a codice fiscale / partita
  IVA and a codice di migrazione in comb boxes (not ours), CAP and Prov. in comb boxes, numbers
  numbered 1-8 across the rows of four columns, a "numero principale", and a second page whose
  privacy consent is signed too.
- An Irish partly fillable porting request: customer and operator widgets (two of whose names
  swap: 'AccountNo' holds the main number, 'MainNumber' the account), an Eircode in paper comb
  boxes, paper number lines numbered across three columns, numbers staying and a new main number
  for them on paper, a date signed in DD / MM / YYYY boxes and an office-use block.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round3_kit import sign_under
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots, widget_above
from tests.loaforms.round6_kit import lines, row_table
from tests.loaforms.round9_kit import comb_boxes, terms_page
from tests.loaforms.round12_kit import (
    column_slots,
    label_cells,
    labelled_comb,
    radio_row,
)

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER


def be_nl_two_columns() -> Built:
    s = a4("r12-be-nl-twocol-fillable", "BE", "nl", ["r12-be-nl", "r12-be-nl-partial"],
           "Fillable, Dutch, two columns. Gaining operator's letterhead (its address, phone and "
           "VAT number); radio Professioneel / Residentieel; left: subscriber and current "
           "operator in grey label cells (Tekstveld N; the postcode widget named 'Gemeente', "
           "the town's 'Postcode'; Ondernemingsnummer and Easy Switch ID not ours); right: radio "
           "all / only these numbers, slots 1-10 down one column with widgets Nummer10..Nummer1 "
           "against the printed numbering, numbers staying; below: desired date, signer, "
           "capacity, date, signature widget; staff block not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    field = iter(f"Tekstveld {n}" for n in range(1, 40))
    letterhead(s, W4 - 40, H4 - 44, ["Scheldenet BV", "Dok Noord 7", "9000 Gent",
                                      "Tel. 09 330 12 40", "BTW BE 0712.345.678"])
    s.text(40, H4 - 50, "Machtigingsbrief nummeroverdracht", 15, bold=True)
    s.text(40, H4 - 64, "Vaste telefonie - professionele en residentiële klanten", 8.5)
    y = s.para(40, H4 - 110, "Vul dit formulier in met de gegevens zoals ze op uw laatste "
               "factuur van uw huidige operator staan. Scheldenet regelt de overdracht en de "
               "opzegging van uw contract bij de huidige operator voor de overgedragen nummers.",
               W4 - 80, 8) - 8
    s.text(40, y, "Klanttype:", 8.5, bold=True)
    radio_row(s, "Klanttype", 100, y - 1, [("prof", "Professioneel", "check:business"),
                                          ("res", "Residentieel", "check:residential")])
    top = y - 18
    s.band(40, top, 250, "1. Abonnee (zoals op de factuur)", 9)
    names = [next(field), next(field), next(field), "Gemeente", "Postcode", next(field),
             next(field)]
    y = label_cells(s, 40, top - 6, [
        ("Naam / firmanaam", "account_name"), ("Ondernemingsnummer", None),
        ("Straat en nummer", "street"), ("Postcode", "postal_code"), ("Gemeente", "city"),
        ("Telefoon contactpersoon", "contact_phone"), ("E-mail", "contact_email")],
        label_w=92, value_w=158, names=names)
    s.band(40, y - 18, 250, "2. Huidige operator", 9)
    label_cells(s, 40, y - 24, [("Operator", "carrier"), ("Klantnummer", "account_number"),
                                ("Easy Switch ID", None)],
                label_w=92, value_w=158, names=[next(field) for _ in range(3)])
    s.band(310, top, 245, "3. Over te dragen nummers", 9)
    s.text(310, top - 20, "Wat wilt u overdragen?", 8, bold=True)
    s.radio("Overdracht", "alle", 310, top - 36, "check:full_port",
            "Alle nummers op dit klantnummer")
    s.radio("Overdracht", "enkel", 310, top - 52, "check:partial_port",
            "Enkel de nummers hieronder")
    slots = s.slot_group(ordered=True)
    y = column_slots(s, slots, 310, top - 76, 10, 200,
                     [f"Nummer{10 - n}" for n in range(10)], row_h=18)
    s.text(310, y + 2, "Nummers die bij de huidige operator blijven:", 7.5)
    s.widget(next(field), 310, y - 30, 245, 26, "remaining_numbers")
    y = min(y - 56, 330)
    s.band(40, y, W4 - 80, "4. Ondertekening", 9)
    y -= 34
    widget_above(s, "Gewenste overdrachtsdatum (dd/mm/jjjj)", next(field), 40, y, 160,
                 "requested_date")
    widget_above(s, "Naam ondertekenaar", next(field), 215, y, 170, "authorized_name")
    widget_above(s, "Hoedanigheid", next(field), 400, y, 155, "authorized_title")
    y -= 44
    widget_above(s, "Datum", next(field), 40, y + 8, 110, "date_signed")
    widget_above(s, "Handtekening", "Handtekening", 215, y, 340, "signature", h=28)
    y -= 60
    s.frame(40, y - 40, W4 - 80, 56)
    s.text(46, y + 6, "Voorbehouden aan Scheldenet - niet invullen", 7.5, bold=True)
    for n, label in enumerate(("Ordernummer", "Verkoper", "Datum ontvangst")):
        widget_above(s, label, f"intern{n + 1}", 46 + n * 170, y - 30, 150, None, size=6.5)
    s.footer("SN-MB-NL 03/2026 - Scheldenet BV, Dok Noord 7, 9000 Gent")
    return s.build()


def _xfa(page: int, n: int) -> str:
    return f"topmostSubform[0].Page{page}[0].f{page}_{n:02d}[0]"


def us_wireless_transfer() -> Built:
    s = letter("r12-us-wireless-xfa-fillable", "US", "en", ["r12-us-wl", "r12-us-wl-partial"],
               "Fillable, two pages, widgets named topmostSubform[0].PageN[0].fN_NN[0]. Gaining "
               "wireless carrier's letterhead; radio Business / Personal; labels left of the "
               "widgets; Suite / Bldg widget optional; Number Transfer PIN; SSN / Tax ID last 4 "
               "not ours; radio all lines / only these lines; table Mobile number | IMEI "
               "(not ours) | BTN, 6 rows; page 2: 4 lines staying, X signature line without "
               "widget, printed name, title, date; store-use block not ours. No requested date.")
    s.date_formats = ["%m/%d/%Y"]
    n = iter(range(1, 60))
    letterhead(s, WL - 40, HL - 44, ["Prairie Sky Wireless", "1800 N Dearborn Ave",
                                      "Wichita, KS 67203", "Business Care 316-555-0100"])
    s.text(40, HL - 48, "Wireless Number Transfer Authorization", 15, bold=True)
    s.text(40, HL - 62, "Business accounts - bring your numbers to Prairie Sky", 9)
    y = HL - 100

    def row(label: str, x: float, y: float, w: float, fld: str | None, lw: float = 150,
            optional: bool = False) -> None:
        s.text(x, y + 4, label, 8)
        s.widget(_xfa(1, next(n)), x + lw, y, w, 15, fld, optional=optional)

    s.text(40, y, "A   ACCOUNT HOLDER", 10, bold=True)
    y -= 20
    s.text(40, y + 1, "Account type:", 8)
    radio_row(s, "topmostSubform[0].Page1[0].RadioButtonList[0]", 190, y, [
        ("1", "Business", "check:business"), ("2", "Personal", "check:residential")])
    y -= 22
    row("Name on the wireless account", 40, y, 382, "account_name")
    y -= 22
    row("Street address on the account", 40, y, 230, "street")
    row("Suite / Bldg", 430, y, 82, None, lw=50, optional=True)
    y -= 22
    row("City", 40, y, 150, "city")
    row("State", 350, y, 40, "state", lw=30)
    row("ZIP", 430, y, 82, "postal_code", lw=50)
    y -= 36
    s.text(40, y, "B   CURRENT WIRELESS CARRIER", 10, bold=True)
    y -= 22
    row("Carrier you are leaving", 40, y, 382, "carrier")
    y -= 22
    row("Wireless account number", 40, y, 180, "account_number")
    y -= 22
    row("Number Transfer PIN (NTP)", 40, y, 110, "pin")
    row("SSN / Tax ID (last 4)", 320, y, 80, None, lw=92)
    y -= 36
    s.text(40, y, "C   LINES TO TRANSFER", 10, bold=True)
    y -= 20
    radio_row(s, "topmostSubform[0].Page1[0].RadioButtonList[1]", 40, y, [
        ("1", "Transfer ALL lines on this account", "check:full_port"),
        ("2", "Transfer ONLY the lines below (the others stay)", "check:partial_port")])
    y = row_table(s, 40, y - 8, [("Mobile number", 180, "number"),
                                 ("IMEI / device ID (optional)", 170, None),
                                 ("BTN (account's main number)", 182, "btn")],
                  rows=6, row_h=18, widgets="topmostSubform[0].Page1[0].Table1[0].Cell") - 30
    row("Best number to reach you", 40, y, 150, "contact_phone", lw=120)
    row("Email for port updates", 320, y, 150, "contact_email", lw=100)
    s.footer("PSW-NTA-B 2026.2    page 1 of 2")
    s.next_page()
    y = HL - 60
    s.text(40, y, "D   LINES STAYING WITH YOUR CURRENT CARRIER (partial transfers only)", 10,
           bold=True)
    y -= 30
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(4):
        x = 40 + (k % 2) * 270
        yy = y - (k // 2) * 24
        s.widget(_xfa(2, k + 1), x, yy, 230, 15, None)
        s.places.pop()
        s.slot(stay, (x, yy, x + 230, yy + 15), f"staying {k + 1}", _xfa(2, k + 1))
    y -= 70
    s.text(40, y, "E   AUTHORIZATION", 10, bold=True)
    y = s.para(40, y - 18, "I am the account holder or an authorized user of the account named "
               "on page 1. I authorize Prairie Sky Wireless and its agents to transfer the lines "
               "listed on page 1 from my current carrier, and understand that service with my "
               "current carrier ends for each line when its transfer completes. Balances and "
               "device installments owed to my current carrier remain my responsibility.",
               WL - 80, 8) - 40
    s.text(40, y, "X", 14, bold=True)
    s.rule(54, y - 2, 330)
    s.text(54, y - 12, "Signature of account holder or authorized user", 7)
    s._place((54, y - 4, 330, y + 26), "signature", what="X signature line")
    s.widget(_xfa(2, 10), 360, y - 2, 120, 15, "date_signed")
    s.text(360, y - 12, "Date (MM/DD/YYYY)", 7)
    y -= 40
    s.widget(_xfa(2, 11), 54, y, 276, 15, "authorized_name")
    s.text(54, y - 10, "Printed name", 7)
    s.widget(_xfa(2, 12), 360, y, 212, 15, "authorized_title")
    s.text(360, y - 10, "Title", 7)
    y -= 60
    s.c.setFillGray(0.9)
    s.c.rect(40, y - 50, WL - 80, 66, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(46, y + 4, "FOR STORE USE ONLY", 8, bold=True)
    for k, label in enumerate(("Rep ID", "Store #", "New account #", "Activation date")):
        x = 46 + k * 132
        s.widget(_xfa(2, 20 + k), x, y - 30, 120, 15, None)
        s.text(x, y - 40, label, 7)
    s.footer("PSW-NTA-B 2026.2    page 2 of 2")
    return s.build()


def it_portabilita_paper() -> Built:
    s = a4("r12-it-portabilita-flat", "IT", "it", ["r12-it", "r12-it-partial"],
           "Paper, Italian, two pages. Gaining operator's letterhead (its address, P.IVA and "
           "phone); grey label cells with the value cell beside; codice fiscale / P.IVA (11 comb "
           "boxes) and codice di migrazione (18 comb boxes) not ours; CAP (5) and Prov. (2) comb "
           "boxes; tutte / solo le numerazioni indicate; numero principale; slots 1-8 numbered "
           "across the rows of four columns; numbers staying in a box; requested date "
           "gg/mm/aaaa; Luogo (not ours) and Data; signature box; page 2 privacy consent with "
           "acconsento / non acconsento ticks (not ours) and a second signature line.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 44, ["Aurelia Fibra S.p.A.", "Via Ostiense 131/L",
                                      "00154 Roma", "P.IVA 01234567890",
                                      "Assistenza business 06 5550 1200"])
    s.text(40, H4 - 50, "RICHIESTA DI PORTABILITÀ DEL NUMERO", 14, bold=True)
    s.text(40, H4 - 64, "Linea fissa - Number Portability (NP)", 9)
    y = H4 - 112
    s.band(40, y, W4 - 80, "DATI DELL'INTESTATARIO DELLA LINEA", 9)
    y = label_cells(s, 40, y - 6, [
        ("Ragione sociale / Nome e cognome", "account_name"),
        ("Legale rappresentante", "authorized_name"), ("Qualifica", "authorized_title"),
        ("Telefono di contatto", "contact_phone"), ("E-mail / PEC", "contact_email")],
        label_w=160, value_w=W4 - 240, row_h=17)
    labelled_comb(s, "Codice fiscale / Partita IVA", 40, y - 26, 11, None)
    y -= 58
    s.band(40, y, W4 - 80, "INDIRIZZO DI INSTALLAZIONE DELLA LINEA", 9)
    y = label_cells(s, 40, y - 6, [("Via / Piazza e numero civico", "street")],
                    label_w=160, value_w=W4 - 240, row_h=17) - 26
    labelled_comb(s, "CAP", 40, y, 5, "postal_code")
    s.text(120, y + 18, "Comune", 7)
    s.line_under(120, y + 1, 420, "city", "Comune")
    labelled_comb(s, "Prov.", 440, y, 2, "state")
    y -= 28
    s.band(40, y, W4 - 80, "OPERATORE ATTUALE (DONATING)", 9)
    y = label_cells(s, 40, y - 6, [("Operatore", "carrier"), ("Codice cliente", "account_number")],
                    label_w=160, value_w=W4 - 240, row_h=17) - 26
    labelled_comb(s, "Codice di migrazione (se presente in fattura)", 40, y, 18, None)
    y -= 28
    s.band(40, y, W4 - 80, "NUMERAZIONI DA PORTARE", 9)
    y -= 20
    s.tick(40, y, "check:full_port", "Tutte le numerazioni associate alla linea")
    s.tick(280, y, "check:partial_port", "Solo le numerazioni indicate sotto")
    y -= 24
    s.blank("Numero principale (capofila):", 40, y, 260, "btn")
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 24, cols=4, rows=2, col_w=128.75, down=False, row_h=20)
    y -= 70
    s.text(40, y, "Numerazioni che restano all'operatore attuale (portabilità parziale):", 7.5)
    s.box(40, y - 30, W4 - 80, 24, "remaining_numbers", "numerazioni che restano")
    y -= 54
    s.blank("Data di attivazione richiesta (gg/mm/aaaa):", 40, y, 300, "requested_date")
    y -= 30
    s.blank("Luogo", 40, y, 200, None, optional=True)
    s.blank("Data", 220, y, 330, "date_signed")
    s.text(350, y + 4, "Timbro e firma del legale rappresentante", 7)
    s.box(350, y - 46, 205, 44, "signature", "Timbro e firma")
    s.footer("AF-NP-FIS rev. 7 - pagina 1 di 2")
    s.next_page()
    y = terms_page(s, "Informativa sul trattamento dei dati personali", _PRIVACY, W4 - 80,
                   H4 - 60) - 20
    s.text(40, y, "Consenso al trattamento per finalità commerciali:", 8.5)
    s.tick(300, y - 1, None, "acconsento")
    s.tick(390, y - 1, None, "non acconsento")
    y -= 50
    sign_under(s, "Firma dell'intestatario per presa visione", 40, y, 300)
    s.footer("AF-NP-FIS rev. 7 - pagina 2 di 2")
    return s.build()


_PRIVACY = [
    "I dati personali forniti sono trattati da Aurelia Fibra S.p.A. per dare seguito alla "
    "richiesta di portabilità e per la gestione del contratto, anche tramite l'operatore "
    "attuale, nel rispetto del Regolamento (UE) 2016/679.",
    "La portabilità comporta la cessazione del contratto con l'operatore attuale per le sole "
    "numerazioni portate; eventuali servizi aggiuntivi non sono trasferiti.",
    "L'intestatario non deve chiedere la cessazione della linea all'operatore attuale prima del "
    "completamento della portabilità, pena la perdita del numero.",
    "Il conferimento dei dati è necessario: senza di essi la richiesta non può essere evasa.",
]


def ie_partly_fillable() -> Built:
    s = a4("r12-ie-porting-partly", "IE", "en", ["r12-ie", "r12-ie-partial"],
           "Partly fillable. Gaining operator's letterhead; customer and operator as widgets "
           "with labels left ('AccountNo' holds the main number, 'MainNumber' the account "
           "number); Address line 2 optional; Eircode in 7 paper comb boxes; paper ticks all / "
           "only these; paper number lines 1-12 numbered across three columns; numbers "
           "remaining on three lines and a new main number for them; preferred date widget; "
           "paper signature line; date signed in DD / MM / YYYY paper boxes; office-use "
           "block (paper) not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 44, ["Lee Valley Telecom Ltd",
                                      "Unit 3, Carrigtwohill Business Park",
                                      "Co. Cork T45 HX21", "Tel 021 555 0100"])
    s.text(40, H4 - 50, "Number Porting Request", 15, bold=True)
    s.text(40, H4 - 64, "Geographic numbers - business customers", 9)
    y = H4 - 104

    def row(label: str, name: str, x: float, y: float, w: float, fld: str | None,
            lw: float = 130, optional: bool = False) -> None:
        s.text(x, y + 4, label, 8)
        s.widget(name, x + lw, y, w, 15, fld, optional=optional)

    s.band(40, y, W4 - 80, "1  Customer", 9)
    y -= 26
    row("Registered business name", "CustomerName", 40, y, 385, "account_name")
    y -= 21
    row("Authorised person", "Contact", 40, y, 150, "authorized_name")
    row("Position", "Position", 330, y, 175, "authorized_title", lw=50)
    y -= 21
    row("Contact phone", "Phone", 40, y, 150, "contact_phone")
    row("Email", "Email", 330, y, 175, "contact_email", lw=50)
    y -= 30
    s.band(40, y, W4 - 80, "2  Installation address", 9)
    y -= 26
    row("Address line 1", "Addr1", 40, y, 385, "street")
    y -= 21
    row("Address line 2", "Addr2", 40, y, 385, None, optional=True)
    y -= 21
    row("Town", "Town", 40, y, 150, "city")
    row("County", "County", 330, y, 175, "state", lw=50)
    y -= 26
    s.text(40, y + 4, "Eircode", 8)
    comb_boxes(s, 170, y, 7, "postal_code", "Eircode")
    y -= 30
    s.band(40, y, W4 - 80, "3  Losing operator", 9)
    y -= 26
    row("Current operator", "Operator", 40, y, 150, "carrier")
    y -= 21
    row("Account number", "MainNumber", 40, y, 150, "account_number")
    row("Main number", "AccountNo", 330, y, 125, "btn", lw=75)
    y -= 30
    s.band(40, y, W4 - 80, "4  Numbers to port", 9)
    y -= 22
    s.tick(40, y, "check:full_port", "All numbers on the account")
    s.tick(250, y, "check:partial_port", "Only the numbers below")
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 24, cols=3, rows=4, col_w=171.7, down=False, row_h=19)
    y -= 24 + 4 * 19 + 6
    s.text(40, y, "Numbers remaining with the losing operator:", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 240, y - 2, 400, 1, 0, stay, "remaining 1")
    lines(s, 40, y - 24, 200, 1, 0, stay, "remaining 2")
    lines(s, 240, y - 24, 400, 1, 0, stay, "remaining 3")
    y -= 46
    s.blank("New main number for the remaining lines:", 40, y, 330, "new_btn")
    y -= 30
    s.band(40, y, W4 - 80, "5  Authorisation", 9)
    y = s.para(40, y - 22, "I confirm I am authorised to request the porting of the numbers "
               "above to Lee Valley Telecom Ltd and that the details given match the losing "
               "operator's records.", W4 - 80, 8) - 12
    row("Preferred porting date (DD/MM/YYYY)", "PortDate", 40, y, 110, "requested_date",
        lw=160)
    y -= 44
    sign_under(s, "Signature", 40, y, 300)
    s.text(330, y + 22, "Date", 7)
    date_parts(s, 330, y, [("DD", 26, "date_signed_day"), ("MM", 26, "date_signed_month"),
                           ("YYYY", 44, "date_signed_year")])
    y -= 46
    s.frame(40, y - 34, W4 - 80, 46)
    s.text(46, y + 2, "OFFICE USE ONLY", 7.5, bold=True)
    for k, label in enumerate(("Date received", "Checked by", "Port ref")):
        x = 46 + k * 170
        s.text(x, y - 14, label, 7)
        s.box(x + 58, y - 26, 100, 16, None, label)
    s.footer("LVT-NPR-02")
    return s.build()


FORMS = {
    "r12-be-nl-twocol-fillable": be_nl_two_columns,
    "r12-us-wireless-xfa-fillable": us_wireless_transfer,
    "r12-it-portabilita-flat": it_portabilita_paper,
    "r12-ie-porting-partly": ie_partly_fillable,
}
