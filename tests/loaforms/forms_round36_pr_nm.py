"""Round 36, Parma (Emilia-Romagna) and New Mexico (held back; truth from the drawn page, the
filler never run on these by their author):

- A Parma paper richiesta di portabilità in Italian, flat (no widget) on one A4 page. Ideas:
  every caption printed UNDER its blank line (line first, caption below, signature-line style);
  the holder, the signer, the title and the current operator asked inside the legal sentence
  ("Il/La sottoscritto/a ______, in qualità di ______ di ______, autorizza ..."); the numbers
  in a grid of three columns numbered across each row (1 2 3 / 4 5 6 / 7 8 9: the reading
  order is the truth); an "Agente / rivenditore" block (name, code, signature) whose blanks
  stay empty.
- A New Mexico paper letter of authorization in English with Spanish captions, one Letter page
  that is a picture only: the flat form rendered at 150 dpi and stored as a low-quality JPEG
  (block artefacts, no text layer, no widget, no skew). Ideas: the picture-only JPEG page; a
  column-header table "Telephone number | Account number | Service address" over empty cells
  (each row's account number and service address belong only on a row that holds a number);
  captions under the lines for the signer's block; a "Port ALL numbers on this account" tick
  beside the table (a partial port lists its numbers only).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round36_kit import caption_under, grid3, header_table, jpeg_page, sentence

Built = tuple[bytes, dict[str, Any]]


def pr_caption_under_paper() -> Built:
    s = Sheet("r36-pr-caption-under-paper", "IT", "it",
              "Paper, Parma, one A4 page, Italian, flat. Captions under every line; signer, "
              "title, company and current operator inside the legal sentence; address lines "
              "captioned under; numbers 1-9 in a 3-column grid numbered across the rows; "
              "numbers staying; Sì / No ticks (all numbers); agent / reseller block (name, "
              "code, signature) not ours; 'Parma, lì ____' date and signature lines "
              "captioned under.", A4, ["r36-pr", "r36-pr-partial"])
    s.date_formats = ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 40, ["Ducato Rete S.r.l.", "Strada della Repubblica 30, 43121 "
                                   "Parma", "Assistenza 0521 555 100"])
    s.text(40, h - 52, "RICHIESTA DI PORTABILITÀ DEL NUMERO", 14, bold=True)
    s.text(40, h - 65, "Scrivere in stampatello sopra ogni riga.", 7.5)
    y = h - 96
    s.band(40, y, w - 80, "DICHIARAZIONE", 8.5)
    y -= 26
    sentence(s, 40, y, ["Il/La sottoscritto/a", (170, "authorized_name", "sottoscritto"),
                        ", in qualità di", (150, "authorized_title", "in qualità di")])
    y -= 20
    sentence(s, 40, y, ["della ditta / intestatario", (230, "account_name", "ditta"),
                        ", cliente di", (130, "carrier", "operatore")])
    y -= 20
    s.text(40, y, "autorizza Ducato Rete S.r.l. a richiedere la portabilità dei numeri sotto "
           "indicati e la cessazione del relativo contratto.", 8)
    y -= 30
    s.band(40, y, w - 80, "DATI DELL'INTESTATARIO", 8.5)
    y -= 30
    caption_under(s, 40, y, 330, "street", "Indirizzo (via / piazza e numero civico)")
    caption_under(s, 345, y, 555, "account_number", "Codice cliente presso l'operatore attuale")
    y -= 32
    caption_under(s, 40, y, 110, "postal_code", "CAP")
    caption_under(s, 125, y, 330, "city", "Comune")
    caption_under(s, 345, y, 555, None, "Codice fiscale / Partita IVA")
    y -= 32
    caption_under(s, 40, y, 250, "contact_phone", "Telefono di contatto")
    caption_under(s, 265, y, 555, "contact_email", "E-mail")
    y -= 26
    s.band(40, y, w - 80, "NUMERI DA PORTARE", 8.5)
    y -= 6
    slots = s.slot_group()
    y = grid3(s, 40, y, 3, slots, col_w=170)
    y -= 14
    s.text(40, y, "Portare tutti i numeri della linea?", 8)
    s.tick(200, y - 1, "check:full_port", "Sì")
    s.tick(240, y - 1, "check:partial_port", "No, solo quelli indicati")
    y -= 30
    caption_under(s, 40, y, 555, "remaining_numbers", "Numeri che restano all'operatore attuale")
    y -= 34
    s.band(40, y, w - 80, "RISERVATO ALL'AGENTE / RIVENDITORE", 8.5)
    y -= 28
    caption_under(s, 40, y, 260, None, "Nome dell'agente / rivenditore")
    caption_under(s, 275, y, 380, None, "Codice agente")
    caption_under(s, 395, y, 555, None, "Firma dell'agente")
    y -= 44
    s.text(40, y, "Parma, lì", 8)
    caption_under(s, 80, y - 2, 210, "date_signed", "Data (gg/mm/aaaa)")
    s.rule(300, y - 2, 555)
    s.text(300, y - 10.5, "Firma dell'intestatario o del legale rappresentante", 6.5)
    s._place((300, y - 4, 555, y + 28), "signature", what="Firma (under)")
    s.footer("DR-MNP-7  pag. 1/1")
    return s.build()


def nm_jpeg_table_picture() -> Built:
    s = Sheet("r36-nm-jpeg-table-picture", "US", "en",
              "Paper, New Mexico, one Letter page that is a picture only: the flat form "
              "rendered at 150 dpi and stored as a low-quality JPEG (artefacts, no text "
              "layer). English with Spanish captions. Customer block on lines; a column-header "
              "table 'Telephone number | Account number | Service address' rows 1-8 over empty "
              "cells (account and address belong on a number's row only); 'Port ALL numbers' "
              "tick; numbers staying; signer's block captioned under the lines.", LETTER,
              ["r36-nm", "r36-nm-partial"])
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    w, h = LETTER
    letterhead(s, w - 40, h - 40, ["Mesa Verde Voice LLC", "1200 Cerrillos Rd, Santa Fe, NM "
                                   "87505", "Ports 505-555-0100"])
    s.text(40, h - 50, "Letter of Authorization / Carta de autorización", 13, bold=True)
    y = h - 78
    s.band(40, y, w - 80, "Customer / Cliente", 8.5)
    y -= 22
    s.blank("Customer name / Nombre:", 40, y, w - 40, "account_name", 8)
    y -= 20
    s.blank("Street address / Dirección:", 40, y, 380, "street", 8)
    s.blank("City / Ciudad:", 390, y, w - 40, "city", 8)
    y -= 20
    s.blank("State / Estado:", 40, y, 150, "state", 8)
    s.blank("ZIP:", 165, y, 250, "postal_code", 8)
    s.blank("Contact phone / Teléfono:", 265, y, w - 40, "contact_phone", 8)
    y -= 20
    s.blank("Current carrier / Compañía actual:", 40, y, 330, "carrier", 8)
    s.blank("Email:", 340, y, w - 40, "contact_email", 8)
    y -= 26
    s.band(40, y, w - 80, "Numbers to port / Números a transferir", 8.5)
    y -= 18
    s.tick(40, y, "check:full_port", "Port ALL numbers on this account / Todos los números")
    y -= 8
    slots = s.slot_group()
    y = header_table(s, 40, y, [("Telephone number", 130, "number"),
                                ("Account number", 140, "account_number"),
                                ("Service address", w - 80 - 270, "street")], 8, slots)
    y -= 22
    s.blank("Numbers staying / Números que se quedan:", 40, y, w - 40, "remaining_numbers", 8)
    y -= 20
    s.blank("Requested date / Fecha deseada:", 40, y, 260, "requested_date", 8)
    y -= 22
    y = s.para(40, y, "I authorize Mesa Verde Voice LLC to act as my agent to transfer the "
               "numbers above from my current carrier. / Autorizo a Mesa Verde Voice LLC a "
               "transferir los números indicados.", w - 80, 7.5)
    y -= 40
    s.sign_line("Authorized signature / Firma autorizada", 40, y, 300, label_below=True)
    caption_under(s, 330, y, w - 40, "date_signed", "Date / Fecha (MM/DD/YYYY)")
    y -= 40
    caption_under(s, 40, y, 300, "authorized_name", "Printed name / Nombre en letra de molde")
    caption_under(s, 330, y, w - 40, "authorized_title", "Title / Cargo")
    s.footer("MVV-LOA  01/2030")
    pdf, truth = s.build()
    return jpeg_page(pdf), truth


FORMS = {
    "r36-pr-caption-under-paper": pr_caption_under_paper,
    "r36-nm-jpeg-table-picture": nm_jpeg_table_picture,
}
