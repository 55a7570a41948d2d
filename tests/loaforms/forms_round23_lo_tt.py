"""Round 23 (held back), Lombardy and Trinidad and Tobago: a Bergamo operator's fillable richiesta
di portabilità in Italian whose widgets keep an office suite's names (Casella di testo N;
'Casella di testo 7' holding the street and 'Telefono2' the contact phone), a Provincia
drop-down, a CAP comb widget and a codice fiscale comb not ours, a radio group exporting
Azienda / Privato, the numbers in two-row header tables ('Numero 1 | Numero 2 | ...' over a row
of widgets), the codice di migrazione and the Partita IVA not ours, the numbers that stay in one
widget, gg/mm/aaaa, 'Luogo' (not ours) and 'Data' side by side, a signature widget beside a
Timbro box not ours and the receiving operator's own section not ours; and a Trinidad and Tobago
paper letter of authorisation whose signer and company sit inside a sentence, the address in a
two-row header table of printed cells, the BIR number and a Justice of the Peace not ours, a
sales agent's block drawn exactly like the customer's and not ours, 'No. | Telephone number |
Service type (office use)' rows, numbers to keep on their own lines, an authorised signatory row
in four columns and DD/MM/YYYY. Truth from the drawn page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round5_kit import Gap, numbers_table, sentence, sign_cells
from tests.loaforms.round9_kit import comb_widget, header_table
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import radio_row
from tests.loaforms.round14_kit import office_panel, witness_line
from tests.loaforms.round20_kit import letterhead
from tests.loaforms.round23_kit import grey_bold, grey_row, underscore_gap, underscores

Built = tuple[bytes, dict[str, Any]]
W4, H4 = float(A4[0]), float(A4[1])
W, H = float(LETTER[0]), float(LETTER[1])
_PROVINCE = ["BG", "BS", "CO", "CR", "LC", "LO", "MB", "MI", "MN", "PV", "SO", "VA"]


def _lo_cliente(s: Sheet, y: float) -> float:
    s.band(40, y, W4 - 80, "1. DATI DEL CLIENTE (intestatario della linea)", 8.5)
    y -= 22
    grey_row(s, 40, y, [("Ragione sociale / Nome e cognome", 150, W4 - 230, "account_name")],
             names=iter(["Casella di testo 1"]))
    y -= 18
    grey_bold(s, 40, y, 150, 18, "Codice fiscale")
    s.frame(190, y, W4 - 230, 18)
    comb_widget(s, "CF", 194, y + 1, 16, None, cell=13, h=16)
    y -= 18
    grey_row(s, 40, y, [("Partita IVA", 150, 140, None),
                        ("Tipo cliente", 70, W4 - 440, None)],
             names=iter(["Casella di testo 3", ""]))
    s.places.pop()  # the radio cell is no blank: its buttons are the places
    radio_row(s, "Tipo", 406, y + 4.5, [("Azienda", "Azienda", "check:business"),
                                         ("Privato", "Privato", "check:residential")])
    y -= 18
    grey_row(s, 40, y, [("Indirizzo di attivazione", 150, W4 - 230, "street")],
             names=iter(["Casella di testo 7"]))
    y -= 18
    grey_row(s, 40, y, [("Comune", 150, 150, "city")], names=iter(["Casella di testo 8"]))
    grey_bold(s, 340, y, 40, 18, "Prov.")
    s.frame(380, y, 50, 18)
    choice_widget(s, "Provincia", 382, y + 1, 46, _PROVINCE, "state", h=16)
    grey_bold(s, 430, y, 34, 18, "CAP")
    s.frame(464, y, W4 - 504, 18)
    comb_widget(s, "CAP", 468, y + 1, 5, "postal_code", cell=14, h=16)
    y -= 18
    grey_row(s, 40, y, [("Telefono di contatto", 150, 140, "contact_phone"),
                        ("E-mail", 70, W4 - 440, "contact_email")],
             names=iter(["Telefono2", "Casella di testo 10"]))
    return y - 24


def _lo_numeri(s: Sheet, y: float) -> float:
    s.band(40, y, W4 - 80, "2. OPERATORE ATTUALE (donating) E NUMERI", 8.5)
    y -= 22
    grey_row(s, 40, y, [("Operatore attuale", 150, 150, "carrier"),
                        ("Codice cliente", 70, W4 - 450, "account_number")],
             names=iter(["Casella di testo 11", "Casella di testo 12"]))
    y -= 18
    grey_row(s, 40, y, [("Numero principale (capofila)", 150, 150, "btn"),
                        ("Codice di migrazione", 90, W4 - 470, None)],
             names=iter(["Casella di testo 13", "Casella di testo 14"]))
    y -= 20
    s.text(40, y + 1, "Portabilità:", 8)
    radio_row(s, "Portabilita", 100, y, [("Totale", "Totale", "check:full_port"),
                                         ("Parziale", "Parziale (solo i numeri indicati)",
                                          "check:partial_port")])
    slots = s.slot_group(ordered=True)
    cw = (W4 - 80) / 4
    y = header_table(s, 40, y - 8, [(f"Numero {k}", cw, "number") for k in range(1, 5)],
                     widgets=[f"Numero{k}" for k in range(1, 5)])
    y = header_table(s, 40, y - 4, [(f"Numero {k}", cw, "number") for k in range(5, 9)],
                     widgets=[f"Numero{k}" for k in range(5, 9)])
    for place in [p for p in s.places if p.get("field") == "number"]:
        s.places.remove(place)
        r0, r1, r2, r3 = place["rect"]
        s.slot(slots, (r0, r1, r2, r3), place["widget"], widget=place["widget"])
    y -= 22
    grey_row(s, 40, y, [("Numeri che restano all'operatore attuale", 200, W4 - 280,
                         "remaining_numbers")], names=iter(["Casella di testo 15"]))
    y -= 18
    grey_row(s, 40, y, [("Data richiesta (gg/mm/aaaa)", 150, 100, "requested_date")],
             names=iter(["Casella di testo 16"]))
    return y - 24


def lo_richiesta_fillable() -> Built:
    s = a4("r23-lo-richiesta-portabilita-fillable", "IT", "it", ["r23-lo", "r23-lo-partial"],
           "Fillable, Lombardy, Italian. Office-suite names 'Casella di testo N' ('Casella di "
           "testo 7' the street, 'Telefono2' the contact phone); codice fiscale comb (16) and "
           "Partita IVA not ours; radio Tipo Azienda / Privato; Provincia drop-down; CAP comb "
           "(5); codice di migrazione not ours; radio Portabilita Totale / Parziale; numbers "
           "1-8 in two two-row header tables of widgets (Numero1..8); numbers that stay in one "
           "widget; data richiesta gg/mm/aaaa; Luogo (not ours) and Data; a signature widget "
           "beside a Timbro box not ours; the receiving operator's section not ours.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Orobica Telecomunicazioni S.p.A.",
                                     "Via Paleocapa 3, 24122 Bergamo", "Servizio clienti 035 555 100"])
    s.text(40, H4 - 46, "Richiesta di portabilità", 15, bold=True)
    s.text(40, H4 - 60, "del numero fisso (Number Portability)", 9)
    y = _lo_cliente(s, H4 - 86)
    y = _lo_numeri(s, y)
    s.band(40, y, W4 - 80, "3. SOTTOSCRIZIONE", 8.5)
    y = s.para(40, y - 16, "Il sottoscritto chiede a Orobica Telecomunicazioni S.p.A. di "
               "richiedere all'operatore attuale la portabilità dei numeri indicati e il recesso "
               "dal contratto per tali numeri.", W4 - 80, 7.5) - 8
    grey_row(s, 40, y, [("Nome del firmatario", 110, 160, "authorized_name"),
                        ("Qualifica", 60, W4 - 410, "authorized_title")],
             names=iter(["Casella di testo 17", "Casella di testo 18"]))
    y -= 18
    grey_row(s, 40, y, [("Luogo", 110, 160, None), ("Data", 60, 90, "date_signed")],
             names=iter(["Casella di testo 19", "Casella di testo 20"]))
    y -= 40
    s.widget("Firma", 40, y, 250, 30, "signature")
    s.text(40, y - 9, "Firma del cliente / legale rappresentante", 6.5)
    s.box(330, y - 12, 120, 44, None, "Timbro")
    s.text(334, y + 24, "Timbro", 6.5)
    y -= 34
    s.band(40, y, W4 - 80, "4. RISERVATO ALL'OPERATORE RECIPIENT", 8.5)
    y -= 22
    grey_row(s, 40, y, [("Codice ordine", 150, 140, None), ("Agente", 70, W4 - 440, None)],
             names=iter(["Casella di testo 21", "Casella di testo 22"]))
    s.footer("OTS-MNP-FISSO rev. 5")
    return s.build()


# -- Trinidad and Tobago ---------------------------------------------------------------------------
def _tt_party(s: Sheet, y: float, title: str, ours: bool) -> float:
    """The customer's block; the sales agent's block is drawn by the same code, not ours."""
    def fld(name: str) -> str | None:
        return name if ours else None

    s.text(40, y, title, 9, bold=True)
    y = header_table(s, 40, y - 6, [("Name of account holder / company", 250,
                                     fld("account_name")),
                                    ("Contact telephone", 130, fld("contact_phone")),
                                    ("E-mail", W - 80 - 380, fld("contact_email"))])
    y = header_table(s, 40, y, [("Service address (street and number)", 250, fld("street")),
                                ("Town / city", 130, fld("city")),
                                ("BIR no. (companies)", W - 80 - 380, None)])
    return y


def tt_paper() -> Built:
    s = letter("r23-tt-letter-of-authorisation-paper", "TT", "en", ["r23-tt", "r23-tt-home"],
               "Paper, Trinidad and Tobago. A sentence with blanks typed as underscores (signer, "
               "company, current provider); the customer's details in two-row header tables "
               "(labels over printed cells), BIR no. not ours; a sales agent's block drawn "
               "exactly alike, not ours; Business / Residential ticks; account number and "
               "main number; 'No. | Telephone number | Service type (office use)' rows 1-8; "
               "numbers to keep on lines of their own; requested date DD/MM/YYYY; an authorised "
               "signatory row (name | title | signature | date); a Justice of the Peace / "
               "Commissioner of Affidavits not ours.")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, H - 46, "CARONI CONNECT LIMITED", 14, bold=True)
    s.text(40, H - 60, "Letter of Authorisation - Number Portability", 10)
    s.right_text(W - 40, H - 46, "Southern Main Road, Couva  |  (868) 555-0100", 7.5)
    y = sentence(s, 40, H - 90, [
        "I,", Gap(170, "authorized_name", "signer"), ", being authorised to act for",
        Gap(230, "account_name", "account holder"), ", request that Caroni Connect Limited "
        "port the numbers listed below from", Gap(140, "carrier", "current provider"),
        "and I authorise Caroni Connect Limited to act as my agent for that purpose."],
        size=9, leading=20, right=W - 40, put_gap=underscore_gap) - 26
    y = _tt_party(s, y, "CUSTOMER", True) - 16
    s.tick(40, y, "check:business", "Business")
    s.tick(120, y, "check:residential", "Residential")
    end = underscores(s, "Account no. with current provider:", 220, y + 1, 22, "account_number")
    underscores(s, "Main no.:", end + 8, y + 1, 16, "btn")
    y -= 22
    s.tick(40, y, "check:full_port", "All numbers on the account")
    s.tick(200, y, "check:partial_port", "Only the numbers below")
    slots = s.slot_group(ordered=True)
    cols: list[tuple[str, float, str | None, bool]] = [
        ("Telephone number", 130, "number", False), ("Service type (office use)", 100, None,
                                                     False)]
    top = y - 10
    numbers_table(s, slots, 40, top, cols, rows=4, first=1, row_h=16)
    y = numbers_table(s, slots, 310, top, cols, rows=4, first=5, row_h=16) - 18
    s.text(40, y, "Numbers staying with the current provider:", 8.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        x = 250 + k * 160
        s.line_under(x, y - 2, x + 145, None, f"staying {k + 1}")
        place = s.places.pop()
        r0, r1, r2, r3 = place["rect"]
        s.slot(stay, (r0, r1, r2, r3), place["what"])
    y -= 24
    underscores(s, "Requested port date (DD/MM/YYYY):", 40, y, 22, "requested_date")
    y -= 20
    y = _tt_party(s, y, "SALES AGENT / DEALER (if any) - agent completes", False) - 20
    s.text(40, y + 4, "AUTHORISED SIGNATORY", 7.5, bold=True)
    y -= 38
    sign_cells(s, 40, y, [("Name", 150, "authorized_name"), ("Title", 110, "authorized_title"),
                          ("Signature", 160, "signature"),
                          ("Date (DD/MM/YYYY)", W - 80 - 420, "date_signed")])
    y -= 40
    witness_line(s, "Justice of the Peace / Commissioner of Affidavits (if required)", 40, y, 300)
    office_panel(s, 40, 40, W - 80, "CARONI CONNECT USE ONLY",
                 ["Port order no.", "Received by", "Date received", "Approved"])
    s.footer("CCL-LOA-TT 2026")
    return s.build()


FORMS = {"r23-lo-richiesta-portabilita-fillable": lo_richiesta_fillable,
         "r23-tt-letter-of-authorisation-paper": tt_paper}
