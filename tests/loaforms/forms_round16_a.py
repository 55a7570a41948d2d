"""Round 16, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Saskatchewan CLEC's paper Letter of Authorization over two pages: grey label cells beside
  printed value cells, a "legal land location (rural only)" cell and a wireless PIN cell that
  stay empty, a Unit cell that may hold the suite, Business / Residential ticks, a numbers table
  whose line-type and directory-listing columns are not ours, lines for the numbers that stay,
  a cut-over window not ours; page 2 repeats the customer's name, prints three clauses each with
  a "Customer initials" blank (not ours) and the signature block, dates YYYY-MM-DD.
- A Newfoundland and Labrador CLEC's two-page fillable LOA with macOS / Acrobat default widget
  names ("Text Field N", "Check Box N"), labels above the widgets, the service address beside a
  billing address "if different" (empty for these cases), province drop-downs in both, a radio
  group for residential / business, numbered slots 1-10 down two columns and 11-24 on page 2,
  the numbers that stay in one widget, a signature line without a widget.
- An Italian fillable richiesta di portabilità (widgets Testo1.., check boxes "Casella di
  controllo N"): ragione sociale, codice fiscale and partita IVA (not ours), CAP before Comune
  and Prov., the legale rappresentante's document (not ours), the operatore donating with codice
  cliente and codice di migrazione (not ours), line-type boxes not ours, tutte / solo le
  numerazioni indicate, "N. | Prefisso | Numero" tables side by side, a privacy consent radio
  not ours, the signature twice (the request and the clauses approved under artt. 1341-1342
  c.c.), "Luogo" (not ours) and "Data" apart.
- A Hungarian partly fillable számhordozási kérelem in an embedded Unicode font (ő, ű): widgets
  for the subscriber (irányítószám before település, cégjegyzékszám and adószám not ours,
  természetes személy / gazdálkodó szervezet check boxes), the rest on paper: teljes / részleges
  ticks, a "Sorszám | Körzetszám | Hívószám" table, the requested window in éééé / hh / nn boxes,
  "Kelt: ____, ____" (the place not ours), a cégszerű aláírás line with P.H., two witnesses'
  blocks (not ours).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots, numbers_table
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round7_kit import grid_row, initials
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import radio_row
from tests.loaforms.round14_kit import office_panel, sign_block, unicode_a4, witness_line

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER
_PROVINCES = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]


def _names(pattern: str) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(1))


def sk_loa_paper() -> Built:
    s = letter("r16-sk-loa-flat", "CA", "en", ["r16-sk", "r16-sk-partial"],
               "Paper, two pages, Saskatchewan CLEC. Grey label cells with printed value cells; "
               "Unit cell optional; legal land location (rural) and wireless PIN cells empty for "
               "these cases; Business / Residential ticks; all / only listed ticks; numbers table "
               "1-10 whose line-type and directory columns are not ours; four lines for numbers "
               "that stay; requested date YYYY-MM-DD and a cut-over window not ours; page 2: "
               "customer name repeated, three clauses with 'Customer initials' (not ours), "
               "signature and date, print name and title under their lines, office panel.")
    s.date_formats = ["%Y-%m-%d", "%Y/%m/%d"]
    letterhead(s, WL - 40, HL - 40, ["Living Skies Communications Inc.",
                                      "1881 Scarth Street, Suite 700", "Regina, SK  S4P 4B3",
                                      "Porting desk 1-306-555-0100"])
    s.text(40, HL - 46, "LETTER OF AUTHORIZATION", 15, bold=True)
    s.text(40, HL - 60, "Local Number Portability  -  Saskatchewan business and home lines", 8.5)
    y = s.para(40, HL - 84, "Complete every section in ink. The name, address and account "
               "number must match your current bill exactly: a mismatch is the most common "
               "reason a port is rejected by the losing carrier.", WL - 80, 7.5) - 6
    s.band(40, y, WL - 80, "SECTION 1   CUSTOMER (as shown on the current bill)", 9)
    y -= 26
    grid_row(s, 40, y, [("Customer / business name", 120, 412, "account_name")])
    y -= 18
    grid_row(s, 40, y, [("Service street address", 120, 300, "street"), ("Unit", 40, 72, None)],
             optional=("Unit",))
    y -= 18
    grid_row(s, 40, y, [("City / town", 120, 170, "city"), ("Province", 50, 40, "state"),
                        ("Postal code", 60, 92, "postal_code")])
    y -= 18
    grid_row(s, 40, y, [("Legal land location (rural)", 120, 170, None),
                        ("Contact phone", 70, 172, "contact_phone")])
    y -= 18
    grid_row(s, 40, y, [("Contact e-mail", 120, 412, "contact_email")])
    y -= 20
    s.text(40, y + 1, "Account type:", 8.5)
    s.tick(110, y, "check:business", "Business")
    s.tick(180, y, "check:residential", "Residential")
    y -= 26
    s.band(40, y, WL - 80, "SECTION 2   CURRENT SERVICE PROVIDER (losing carrier)", 9)
    y -= 26
    grid_row(s, 40, y, [("Current provider", 120, 170, "carrier"),
                        ("Account number", 80, 162, "account_number")])
    y -= 18
    grid_row(s, 40, y, [("Billing telephone no. (BTN)", 120, 170, "btn"),
                        ("PIN (wireless only)", 80, 162, "pin")])
    y -= 26
    s.band(40, y, WL - 80, "SECTION 3   TELEPHONE NUMBERS TO BE PORTED", 9)
    y -= 20
    s.tick(40, y, "check:full_port", "Port ALL numbers on this account")
    s.tick(250, y, "check:partial_port", "Port ONLY the numbers listed below")
    slots = s.slot_group(ordered=True)
    y = numbers_table(s, slots, 40, y - 6, [
        ("Telephone number", 150, "number", False),
        ("Line type (main / fax / alarm / other)", 170, None, False),
        ("Keep directory listing? Y / N", 120, None, False)], rows=10, row_h=16, head="#")
    y -= 14
    s.text(40, y, "Porting only some numbers? List the numbers that STAY with the current "
           "provider:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 16, 290, 2, 18, stay, "stays, left")
    lines(s, 310, y - 16, 560, 2, 18, stay, "stays, right")
    y -= 66
    s.band(40, y, WL - 80, "SECTION 4   PORT DATE", 9)
    y -= 26
    s.blank("Requested port date (YYYY-MM-DD):", 40, y, 250, "requested_date", size=8.5)
    s.text(270, y, "Cut-over window:", 8.5)
    s.tick(345, y - 1, None, "Business hours")
    s.tick(430, y - 1, None, "After hours (6 - 10 p.m.)")
    s.footer("LSC-LOA-SK  v4.2    page 1 of 2    Please sign page 2.")
    s.next_page()
    y = HL - 56
    s.text(40, y, "LETTER OF AUTHORIZATION (continued)", 12, bold=True)
    y -= 28
    s.blank("Customer / business name:", 40, y, 400, "account_name", size=8.5)
    y -= 26
    s.band(40, y, WL - 80, "SECTION 5   AUTHORIZATION", 9)
    y -= 20
    clauses = [
        "I authorize Living Skies Communications Inc. to act as my agent to port the telephone "
        "numbers listed on this letter from my current service provider, and to request the "
        "disconnection of those numbers' service with that provider once the port completes.",
        "I understand that services not ported (long distance plans, voice mail, features, "
        "directory listings) may end with the port and that the current provider may bill me "
        "until the port date, including any early cancellation charge in my contract.",
        "I confirm that I am the account holder, or an employee or agent authorized to sign for "
        "the account holder, and that the information given on this letter is true."]
    for clause in clauses:
        after = s.para(40, y, clause, 370, 7.5)
        initials(s, 420, y - 4)
        y = after - 12
    y -= 30
    sign_block(s, 40, y, [("Authorized signature", "signature"),
                          ("Date signed (YYYY-MM-DD)", "date_signed")], [306, 210])
    y -= 40
    sign_block(s, 40, y, [("Print name", "authorized_name"), ("Title / position",
                                                              "authorized_title")], [306, 210])
    office_panel(s, 40, 60, WL - 80, "LIVING SKIES USE ONLY",
                 ["Order #", "LSR / PON", "FOC date", "Entered by"])
    s.footer("LSC-LOA-SK  v4.2    page 2 of 2")
    return s.build()


def nl_loa_fillable() -> Built:
    s = letter("r16-nl-loa-fillable", "CA", "en", ["r16-nl", "r16-nl-partial"],
               "Fillable, two pages, Newfoundland and Labrador CLEC. Widgets 'Text Field N', "
               "'Check Box N' (Acrobat / Preview defaults), labels above; service address left, "
               "billing address 'if different' right (empty for these cases), province combo "
               "boxes; radio 'Group 1' Residential / Business; all / some check boxes; slots "
               "1-10 down two columns on page 1, 11-24 down two columns on page 2; numbers "
               "that stay in one widget; requested date and date signed YYYY-MM-DD; signature "
               "line without a widget.")
    s.date_formats = ["%Y-%m-%d", "%Y/%m/%d"]
    t, cb = _names("Text Field {n}"), _names("Check Box {n}")
    letterhead(s, WL - 40, HL - 40, ["Avalon Fibre Networks Ltd.", "140 Water Street",
                                      "St. John's, NL  A1C 1A9", "Number transfers 709-555-0100"])
    s.text(40, HL - 48, "Letter of Authorization", 16, bold=True)
    s.text(40, HL - 62, "Transfer of telephone numbers to Avalon Fibre", 8.5)
    y = HL - 96
    s.band(40, y, WL - 80, "Account holder", 9)
    y -= 34
    above(s, "Name on the account (business or person)", next(t), 40, y, 330, "account_name")
    s.text(390, y + 18, "Account type", 7.5, bold=True)
    radio_row(s, "Group 1", 390, y + 3, [("Res", "Residential", "check:residential"),
                                         ("Bus", "Business", "check:business")])
    y -= 32
    above(s, "Contact name", next(t), 40, y, 200, "authorized_name")
    above(s, "Contact phone", next(t), 250, y, 120, "contact_phone")
    above(s, "Contact e-mail", next(t), 380, y, 192, "contact_email")
    y -= 30
    s.text(40, y, "SERVICE ADDRESS (where the lines are)", 7.5, bold=True)
    s.text(316, y, "BILLING ADDRESS (only if different)", 7.5, bold=True)
    y -= 30
    above(s, "Street", next(t), 40, y, 256, "street")
    above(s, "Street", next(t), 316, y, 256, "billing_street")
    y -= 30
    above(s, "City / town", next(t), 40, y, 130, "city")
    s.text(176, y + 18, "Prov.", 7.5, bold=True)
    choice_widget(s, next(t), 176, y, 44, _PROVINCES, "state")
    above(s, "Postal code", next(t), 226, y, 70, "postal_code")
    above(s, "City / town", next(t), 316, y, 130, "billing_city")
    s.text(452, y + 18, "Prov.", 7.5, bold=True)
    choice_widget(s, next(t), 452, y, 44, _PROVINCES, "billing_state")
    above(s, "Postal code", next(t), 502, y, 70, "billing_postal_code")
    y -= 26
    s.band(40, y, WL - 80, "Current provider", 9)
    y -= 34
    above(s, "Provider name", next(t), 40, y, 170, "carrier")
    above(s, "Account number (from your bill)", next(t), 220, y, 170, "account_number")
    above(s, "Main number on the account", next(t), 400, y, 172, "btn")
    y -= 26
    s.band(40, y, WL - 80, "Numbers to transfer", 9)
    y -= 20
    s.checkbox(next(cb), 40, y, "check:full_port", "All numbers on the account")
    s.checkbox(next(cb), 220, y, "check:partial_port", "Only the numbers listed (the others stay)")
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 22, cols=2, rows=5, col_w=(WL - 80) / 2, row_h=18,
                   names=[next(t) for _ in range(10)])
    y -= 22 + 5 * 18 + 4
    s.text(40, y, "More numbers? Use page 2.", 7)
    y -= 30
    above(s, "Numbers staying with the current provider (partial transfers)", next(t), 40, y,
          532, "remaining_numbers")
    y -= 32
    above(s, "Requested transfer date (YYYY-MM-DD)", next(t), 40, y, 120, "requested_date")
    s.text(180, y + 4, "At least 3 business days after we receive this letter.", 7)
    s.footer("AFN-LOA-01 (2026-03)    Page 1 of 2")
    s.next_page()
    y = HL - 60
    s.text(40, y, "Letter of Authorization - page 2", 12, bold=True)
    y -= 34
    above(s, "Name on the account", next(t), 40, y, 330, "account_name")
    y -= 26
    s.band(40, y, WL - 80, "Additional numbers", 9)
    numbered_slots(s, slots, 40, y - 24, cols=2, rows=7, col_w=(WL - 80) / 2, first=11,
                   row_h=18, names=[next(t) for _ in range(14)])
    y -= 24 + 7 * 18 + 12
    s.band(40, y, WL - 80, "Authorization", 9)
    y = s.para(40, y - 18, "I am the account holder or I am authorized to act for the account "
               "holder. I authorize Avalon Fibre Networks Ltd. to transfer the numbers above "
               "from my current provider and to cancel that provider's service for those "
               "numbers once the transfer is complete. I understand that my current provider "
               "may charge me until the transfer date.", WL - 80, 8) - 40
    s.sign_line("Signature of account holder or authorized person", 40, y, 330,
                label_below=True)
    s.widget(next(t), 360, y, 110, 15, "date_signed")
    s.text(360, y - 9, "Date (YYYY-MM-DD)", 6.5)
    y -= 40
    s.widget(next(t), 40, y, 290, 15, "authorized_name")
    s.text(40, y - 9, "Printed name", 6.5)
    s.widget(next(t), 360, y, 212, 15, "authorized_title")
    s.text(360, y - 9, "Title (business accounts)", 6.5)
    s.footer("AFN-LOA-01 (2026-03)    Page 2 of 2")
    return s.build()


def _prefix_table(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, first: int,
                  rows: int, t: Iterator[str], row_h: float = 17) -> None:
    """'N. | Prefisso | Numero' with widgets: each row's prefix in its own widget (the row's
    area code), the rest of the number in the slot."""
    for head, cx, w in (("N.", x, 22), ("Prefisso", x + 22, 50), ("Numero", x + 72, 170)):
        s.frame(cx, top - row_h, w, row_h)
        s.text(cx + 3, top - row_h + 5, head, 7.5, bold=True)
    for r in range(rows):
        y = top - row_h * (r + 2)
        s.frame(x, y, 22, row_h)
        s.right_text(x + 17, y + 5, str(first + r), 8)
        s.frame(x + 22, y, 50, row_h)
        place = s.widget(next(t), x + 23, y + 1, 48, row_h - 2, "area_code")
        place["row"] = first + r - 1
        s.frame(x + 72, y, 170, row_h)
        name = next(t)
        s.widget(name, x + 73, y + 1, 168, row_h - 2, None)
        s.places.pop()
        s.slot(slots, (x + 73, y + 1, x + 241, y + row_h - 1), f"Numero riga {first + r}", name)


def it_portabilita_fillable() -> Built:
    s = a4("r16-it-portabilita-fillable", "IT", "it", ["r16-it", "r16-it-partial"],
           "Fillable, Italian. Widgets Testo1.. and 'Casella di controllo N'; ragione sociale, "
           "codice fiscale and partita IVA (not ours), address, CAP, Comune, Prov.; contact "
           "phone and e-mail / PEC; legale rappresentante and qualifica, document type and "
           "number (not ours); operatore donating, codice cliente, codice di migrazione (not "
           "ours), line-type boxes (not ours); numero principale; tutte / solo le indicate; "
           "'N. | Prefisso | Numero' tables 1-6 and 7-12 side by side (prefix per row); "
           "numbers that stay; desired date gg/mm/aaaa; privacy radio (not ours); Luogo (not "
           "ours) and Data apart; two signature lines, the second approving the clauses "
           "(artt. 1341-1342 c.c.).")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    t, cb = _names("Testo{n}"), _names("Casella di controllo {n}")
    letterhead(s, W4 - 40, H4 - 40, ["Linea Nord Telecomunicazioni S.p.A.",
                                      "Via Nizza 262, 10126 Torino",
                                      "P.IVA 10994410015  -  Servizio clienti 800 555 014"])
    s.text(40, H4 - 48, "RICHIESTA DI PORTABILITÀ DEL NUMERO", 14, bold=True)
    s.text(40, H4 - 62, "Rete fissa  -  Clienti affari e consumer  (operatore recipient: "
           "Linea Nord)", 8)
    y = H4 - 90
    s.band(40, y, W4 - 80, "A.  DATI DELL'INTESTATARIO DELLA LINEA", 9)
    y -= 32
    above(s, "Ragione sociale / Cognome e Nome", next(t), 40, y, 515, "account_name")
    y -= 30
    above(s, "Codice fiscale", next(t), 40, y, 200, None)
    above(s, "Partita IVA", next(t), 250, y, 150, None)
    above(s, "Telefono di contatto", next(t), 410, y, 145, "contact_phone")
    y -= 30
    above(s, "Indirizzo di installazione (via / piazza, n. civico)", next(t), 40, y, 515,
          "street")
    y -= 30
    above(s, "CAP", next(t), 40, y, 60, "postal_code")
    above(s, "Comune", next(t), 110, y, 200, "city")
    above(s, "Prov.", next(t), 320, y, 35, "state")
    above(s, "E-mail / PEC", next(t), 365, y, 190, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "B.  LEGALE RAPPRESENTANTE / DELEGATO", 9)
    y -= 32
    above(s, "Cognome e Nome", next(t), 40, y, 250, "authorized_name")
    above(s, "Qualifica", next(t), 300, y, 255, "authorized_title")
    y -= 30
    above(s, "Documento di identità (tipo e numero)", next(t), 40, y, 250, None)
    above(s, "Rilasciato da / il", next(t), 300, y, 255, None)
    y -= 24
    s.band(40, y, W4 - 80, "C.  OPERATORE ATTUALE (DONATING)", 9)
    y -= 32
    above(s, "Operatore", next(t), 40, y, 160, "carrier")
    above(s, "Codice cliente", next(t), 210, y, 150, "account_number")
    above(s, "Codice di migrazione / codice segreto", next(t), 370, y, 185, None)
    y -= 22
    s.text(40, y + 1, "Tipo di linea:", 8)
    for label, x in (("PSTN", 110), ("ISDN", 170), ("VoIP", 230)):
        s.checkbox(next(cb), x, y, None, label)
    y -= 24
    s.band(40, y, W4 - 80, "D.  NUMERAZIONI DA PORTARE", 9)
    y -= 32
    above(s, "Numero principale della linea", next(t), 40, y, 160, "btn")
    s.checkbox(next(cb), 220, y + 3, "check:full_port",
               "Tutte le numerazioni associate alla linea")
    s.checkbox(next(cb), 400, y + 3, "check:partial_port", "Solo le numerazioni indicate")
    slots = s.slot_group(ordered=True)
    # the rest of the number in the slot (its prefix has its own cell): truth fix, round 16 tuner
    s._slot_groups[-1]["local"] = True
    _prefix_table(s, slots, 40, y - 10, 1, 6, t)
    _prefix_table(s, slots, 313, y - 10, 7, 6, t)
    y -= 10 + 7 * 17 + 30
    above(s, "Numerazioni che restano attive presso l'operatore attuale", next(t), 40, y, 515,
          "remaining_numbers")
    y -= 30
    above(s, "Data desiderata per il passaggio (gg/mm/aaaa)", next(t), 40, y, 120,
          "requested_date")
    s.text(180, y + 4, "Data indicativa: il passaggio avviene nella prima finestra utile.", 7)
    y -= 24
    s.band(40, y, W4 - 80, "E.  CONSENSO E SOTTOSCRIZIONE", 9)
    y = s.para(40, y - 18, "Il Cliente chiede la portabilità delle numerazioni indicate e "
               "conferisce mandato a Linea Nord Telecomunicazioni S.p.A. per recedere dal "
               "contratto con l'operatore attuale limitatamente alle numerazioni portate. "
               "Trattamento dei dati personali (Reg. UE 2016/679) per finalità commerciali:",
               W4 - 80, 7.5)
    radio_row(s, "Privacy", 40, y - 4, [("Si", "Acconsento", None),
                                        ("No", "Non acconsento", None)])
    y -= 36
    above(s, "Luogo", next(t), 40, y, 150, None)
    above(s, "Data", next(t), 200, y, 90, "date_signed")
    s.sign_line("Timbro e firma del Cliente / legale rappresentante", 310, y, 555,
                label_below=True)
    y -= 44
    s.para(40, y + 8, "Ai sensi degli artt. 1341 e 1342 c.c. il Cliente approva "
           "specificamente le clausole 4 (recesso), 6 (corrispettivi) e 9 (responsabilità).",
           260, 6.5)
    s.sign_line("Firma per approvazione specifica", 310, y, 555, label_below=True)
    s.footer("LNT-NP-F  rev. 07/2026")
    return s.build()


def hu_szamhordozas_partly() -> Built:
    s = unicode_a4("r16-hu-szamhordozas-partly", "HU", "hu", ["r16-hu", "r16-hu-partial"],
                   "Partly fillable, Hungarian, embedded Unicode font. Widgets mezo1..: "
                   "előfizető neve / cégneve, cégjegyzékszám and adószám (not ours), "
                   "irányítószám before település, utca / házszám, telephone, e-mail, átadó "
                   "szolgáltató, ügyfélazonosító, képviselő neve and beosztása; "
                   "természetes személy / gazdálkodó szervezet check boxes. On paper: teljes / "
                   "részleges ticks, 'Sorszám | Körzetszám | Hívószám' rows 1-12 (the area code "
                   "per row), numbers that stay on lines, the requested window in éééé / hh / "
                   "nn boxes, 'Kelt: ____ (helység), ____ (dátum)' (the place not ours), a "
                   "cégszerű aláírás line with P.H., two witnesses (not ours).")
    s.date_formats = ["%Y.%m.%d.", "%Y. %m. %d.", "%Y.%m.%d", "%Y-%m-%d"]
    t = _names("mezo{n}")
    letterhead(s, W4 - 40, H4 - 40, ["Alföld Net Kft.", "6720 Szeged, Kárász utca 9.",
                                      "Ügyfélszolgálat: +36 62 555 010"])
    s.text(40, H4 - 48, "SZÁMHORDOZÁSI KÉRELEM", 15, bold=True)
    s.text(40, H4 - 62, "helyhez kötött telefonszolgáltatás  -  átvevő szolgáltató: "
           "Alföld Net Kft.", 8)
    y = H4 - 90
    s.band(40, y, W4 - 80, "1. Az előfizető adatai", 9)
    y -= 22
    s.text(40, y + 1, "Előfizető típusa:", 8)
    s.checkbox("tipus1", 130, y, "check:residential", "természetes személy")
    s.checkbox("tipus2", 250, y, "check:business", "gazdálkodó szervezet")
    y -= 30
    above(s, "Előfizető neve / cégneve", next(t), 40, y, 515, "account_name")
    y -= 30
    above(s, "Cégjegyzékszám", next(t), 40, y, 160, None)
    above(s, "Adószám", next(t), 210, y, 140, None)
    above(s, "Ügyfélazonosító / szerződésszám", next(t), 360, y, 195, "account_number")
    y -= 30
    above(s, "Irányítószám", next(t), 40, y, 60, "postal_code")
    above(s, "Település", next(t), 110, y, 150, "city")
    above(s, "Utca, házszám", next(t), 270, y, 285, "street")
    y -= 30
    above(s, "Kapcsolattartási telefonszám", next(t), 40, y, 160, "contact_phone")
    above(s, "E-mail cím", next(t), 210, y, 345, "contact_email")
    y -= 30
    above(s, "Képviselő neve", next(t), 40, y, 250, "authorized_name")
    above(s, "Beosztása", next(t), 300, y, 255, "authorized_title")
    y -= 24
    s.band(40, y, W4 - 80, "2. Átadó szolgáltató", 9)
    y -= 30
    above(s, "Átadó szolgáltató neve", next(t), 40, y, 250, "carrier")
    y -= 24
    s.band(40, y, W4 - 80, "3. Hordozandó hívószámok (kézzel kitöltendő)", 9)
    y -= 18
    s.text(40, y, "A hordozás módja:", 8)
    s.tick(125, y - 1, "check:full_port", "teljes (az előfizetés minden hívószáma)")
    s.tick(330, y - 1, "check:partial_port", "részleges (csak az alábbi hívószámok)")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # Hívószám after its Körzetszám: truth fix, round 16 tuner
    top = y - 10
    for first, x in ((1, 40), (7, 300)):
        for head, cx, w in (("Sorszám", x, 40), ("Körzetszám", x + 40, 55),
                            ("Hívószám", x + 95, 160)):
            s.frame(cx, top - 16, w, 16)
            s.text(cx + 3, top - 11, head, 7, bold=True)
        for r in range(6):
            ry = top - 16 * (r + 2)
            s.frame(x, ry, 40, 16)
            s.right_text(x + 30, ry + 5, f"{first + r}.", 8)
            place = s.box(x + 40, ry, 55, 16, "area_code", f"Körzetszám {first + r}")
            place["row"] = first + r - 1
            s.frame(x + 95, ry, 160, 16)
            s.slot(slots, (x + 96, ry + 1, x + 254, ry + 15), f"Hívószám {first + r}")
    y = top - 16 * 7 - 16
    s.text(40, y, "Részleges hordozásnál az átadó szolgáltatónál maradó hívószámok:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 290, 1, 0, stay, "marad 1")
    lines(s, 305, y - 18, 555, 1, 0, stay, "marad 2")
    lines(s, 40, y - 36, 290, 1, 0, stay, "marad 3")
    lines(s, 305, y - 36, 555, 1, 0, stay, "marad 4")
    y -= 62
    s.text(40, y + 4, "Kért számátadási időablak napja:", 8)
    date_parts(s, 200, y, [("éééé", 40, "requested_year"), ("hh", 24, "requested_month"),
                           ("nn", 24, "requested_day")], sep=".")
    s.text(330, y + 4, "(legkorábban a kérelmet követő 3. munkanap, 20-24 óra)", 6.5)
    y -= 28
    s.band(40, y, W4 - 80, "4. Nyilatkozat és aláírás", 9)
    y = s.para(40, y - 18, "Alulírott előfizető kérem a fenti hívószámok hordozását, és "
               "meghatalmazom az átvevő szolgáltatót, hogy nevemben az átadó szolgáltatónál "
               "az előfizetői szerződést a hordozott hívószámok tekintetében megszüntesse. "
               "Tudomásul veszem, hogy a hordozás napján a szolgáltatás átmenetileg szünetelhet.",
               W4 - 80, 7.5) - 26
    end = s.text(40, y, "Kelt:", 8.5) + 4
    under(s, "helység", end, y - 2, end + 120, None)
    under(s, "dátum (éééé.hh.nn.)", end + 130, y - 2, end + 230, "date_signed")
    s.sign_line("cégszerű aláírás / előfizető aláírása", 330, y - 2, 555, label_below=True)
    s.text(300, y + 8, "P.H.", 8)
    y -= 50
    s.text(40, y + 12, "Előttünk mint tanúk előtt:", 7.5, bold=True)
    for k, x in ((1, 40), (2, 300)):
        under(s, f"{k}. tanú neve", x, y - 8, x + 255, None)
        under(s, f"{k}. tanú lakcíme", x, y - 30, x + 255, None)
        witness_line(s, f"{k}. tanú aláírása", x, y - 70, x + 255)
    s.footer("AN-SZH-2 (2026)")
    return s.build()


FORMS = {
    "r16-sk-loa-flat": sk_loa_paper,
    "r16-nl-loa-fillable": nl_loa_fillable,
    "r16-it-portabilita-fillable": it_portabilita_fillable,
    "r16-hu-szamhordozas-partly": hu_szamhordozas_partly,
}
