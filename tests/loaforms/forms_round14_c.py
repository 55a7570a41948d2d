"""Round 14, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Norwegian paper fullmakt for nummeroverføring: captions under every line, the receiving
  provider printed in its own cell, a postnummer comb, Ja / Nei on whether all numbers move, the
  main number on its own line, number lines 1-16 down two columns, dd.mm.åååå dates.
- A Swiss fillable Portierungsauftrag in German: labels of two lines in a narrow column beside
  widgets named untitled1..N with tooltips, "PLZ / Ort" in one widget, a radio group exported
  0 / 1 for the port's scope, a technical contact (IT partner) block not ours, morning /
  afternoon boxes not ours, and a second signatory's line (Kollektivunterschrift zu zweien) that
  is not the customer's one signer.
- A Portuguese paper pedido de portabilidade: a NIF / NIPC comb not ours, a billing address "if
  different" that stays empty, numbers on lines numbered across three columns, Sim / Não on
  keeping numbers, the desired date in DD / MM / AAAA boxes captioned above, a signatory's
  Cartão de Cidadão number not ours.
- A Singapore partly fillable number porting form whose widget names are shifted by one (each
  widget carries the name of the label before its own), a postal code comb widget, service-type
  ticks not ours, a numbers table with a "range end" column that stays empty, Annex B continuing
  the numbers 13-42, a "Signature & Company Stamp" box.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots, numbers_table
from tests.loaforms.round9_kit import comb_boxes, comb_widget, yes_no
from tests.loaforms.round12_kit import labelled_comb
from tests.loaforms.round14_kit import office_panel, radio01, sign_block

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
Cols = list[tuple[str, float, str | None, bool]]


def no_fullmakt_paper() -> Built:
    s = a4("r14-no-fullmakt-flat", "NO", "nb", ["r14-no", "r14-no-small"],
           "Paper, Norwegian (bokmål). Receiving provider's letterhead (org.nr); captions under "
           "every line; organisasjonsnummer / fødselsnummer not ours; postnummer in 4 comb "
           "boxes; avgivende tilbyder and kundenummer; mottakende tilbyder printed in its cell; "
           "Ja / Nei 'skal alle numre overføres'; hovednummer line (BTN); number lines 1-16 "
           "down two columns; numbers staying box; ønsket dato dd.mm.åååå; contact phone and "
           "e-mail; sted (optional) and dato, underskrift, navn med blokkbokstaver, stilling; "
           "office panel.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 44, ["Fjordnett AS", "Strandgaten 19, 5013 Bergen",
                                      "Org.nr. 918 447 120 MVA", "Bedriftsservice 55 55 01 00"])
    s.text(40, H4 - 50, "Fullmakt for nummeroverføring", 16, bold=True)
    s.text(40, H4 - 64, "Fasttelefoni - bedrift og privat", 8.5)
    y = s.para(40, H4 - 96, "Fyll ut med blokkbokstaver. Opplysningene må stemme med det som er "
               "registrert hos avgivende tilbyder, ellers kan overføringen bli avvist.",
               W4 - 80, 8) - 6
    s.band(40, y, W4 - 80, "1  Kunde (abonnent)", 9)
    y -= 30
    under(s, "Firmanavn / navn", 40, y, 360, "account_name")
    under(s, "Organisasjonsnummer / fødselsnummer", 375, y, 555, None)
    y -= 32
    under(s, "Gateadresse", 40, y, 300, "street")
    comb_boxes(s, 315, y - 1, 4, "postal_code", "Postnr.", cell=14, h=15)
    s.text(315, y - 9, "Postnr.", 7)
    under(s, "Poststed", 385, y, 555, "city")
    y -= 36
    s.band(40, y, W4 - 80, "2  Avgivende og mottakende tilbyder", 9)
    y -= 30
    under(s, "Avgivende tilbyder (nåværende)", 40, y, 230, "carrier")
    under(s, "Kundenummer hos avgivende tilbyder", 245, y, 400, "account_number")
    s.frame(415, y - 2, 140, 17)
    s.text(419, y + 3, "Fjordnett AS", 9, bold=True)
    s.text(415, y - 9, "Mottakende tilbyder", 7)
    y -= 36
    s.band(40, y, W4 - 80, "3  Numre", 9)
    y -= 20
    yes_no(s, "Skal alle numre på kundeforholdet overføres?", 40, y, "check:full_port",
           "check:partial_port", at=260, words=("Ja", "Nei - bare numrene nedenfor"))
    y -= 30
    under(s, "Hovednummer (nummeret kundeforholdet faktureres på)", 40, y, 230, "btn")
    y -= 24
    s.text(40, y, "Numre som skal overføres:", 8, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 20, cols=2, rows=8, col_w=(W4 - 80) / 2, down=True,
                   row_h=18)
    y -= 20 + 8 * 18 + 6
    s.text(40, y, "Numre som blir værende hos avgivende tilbyder:", 8)
    s.box(230, y - 5, 325, 16, "remaining_numbers", "numre som blir værende")
    y -= 34
    under(s, "Ønsket dato for overføring (dd.mm.åååå)", 40, y, 200, "requested_date")
    under(s, "Telefon kontaktperson", 215, y, 340, "contact_phone")
    under(s, "E-post", 355, y, 555, "contact_email")
    y -= 36
    s.band(40, y, W4 - 80, "4  Fullmakt og underskrift", 9)
    y = s.para(40, y - 16, "Undertegnede gir Fjordnett AS fullmakt til å si opp abonnementet hos "
               "avgivende tilbyder for numrene ovenfor og til å overføre dem til Fjordnett AS.",
               W4 - 80, 7.5) - 20
    sign_block(s, 40, y, [("Sted", None), ("Dato", "date_signed")], [150, 110])
    s.places[-2]["optional"] = True  # the place where it is signed: the customer may write it
    y -= 40
    sign_block(s, 40, y, [("Underskrift", "signature"),
                          ("Navn med blokkbokstaver", "authorized_name"),
                          ("Stilling", "authorized_title")], [180, 180, 127])
    office_panel(s, 40, 36, W4 - 80, "Fylles ut av Fjordnett", ["Ordrenummer", "Mottatt dato",
                                                                "Saksbehandler"], h=36)
    s.footer("FN-NO-FULLMAKT 1/2026")
    return s.build()


def _side(s: Sheet, label: list[str], name: str, tooltip: str, x: float, y: float, w: float,
          fld: str | None, lw: float = 100, optional: bool = False) -> None:
    """A label of one or two lines in a narrow column beside its widget."""
    top = y + 5 if len(label) == 1 else y + 9.5
    for k, line in enumerate(label):
        s.text(x, top - k * 8.5, line, 7.5)
    s.widget(name, x + lw, y, w, 16, fld, tooltip=tooltip, optional=optional)


def ch_portierung_fillable() -> Built:
    s = a4("r14-ch-portierung-fillable", "CH", "de", ["r14-ch", "r14-ch-small"],
           "Fillable, Swiss German, widgets untitled1..N with tooltips; labels of one or two "
           "lines in a narrow column to the left; UID not ours; 'PLZ / Ort' one widget "
           "(locality); radio Umfang exported 0 = alle / 1 = nur aufgeführte; Hauptnummer "
           "(BTN); numbers table 1-12 'Nr. | Rufnummer | Bemerkung' (not ours) in two tables; "
           "numbers staying; Wunschdatum TT.MM.JJJJ; morning / afternoon boxes not ours; "
           "contact phone and e-mail; technical contact (IT partner) not ours; Ort (optional), "
           "Datum, signature line, Name in Druckschrift, Funktion; second signatory's line and "
           "name not ours.")
    s.date_formats = ["%d.%m.%Y"]
    n = iter(range(1, 80))

    def nm() -> str:
        return f"untitled{next(n)}"

    letterhead(s, W4 - 40, H4 - 44, ["Limmatnet AG", "Hardturmstrasse 161, 8005 Zürich",
                                      "CHE-412.887.019 MWST", "Geschäftskunden 044 555 01 00"])
    s.text(40, H4 - 50, "Portierungsauftrag und Vollmacht", 15, bold=True)
    s.text(40, H4 - 64, "Festnetz-Rufnummern - Wechsel zu Limmatnet", 8.5)
    y = H4 - 100
    s.band(40, y, W4 - 80, "A  Anschlussinhaber/in", 9)
    y -= 26
    _side(s, ["Firma / Name", "(gemäss Rechnung)"], nm(), "Firma", 40, y, 415, "account_name")
    y -= 24
    _side(s, ["UID-Nummer"], nm(), "UID", 40, y, 150, None)
    y -= 24
    _side(s, ["Strasse, Nr."], nm(), "Strasse", 40, y, 415, "street")
    y -= 24
    _side(s, ["PLZ / Ort"], nm(), "PLZ Ort", 40, y, 250, "locality")
    y -= 30
    s.band(40, y, W4 - 80, "B  Bisherige Anbieterin", 9)
    y -= 26
    _side(s, ["Anbieterin"], nm(), "Anbieterin", 40, y, 200, "carrier")
    y -= 24
    _side(s, ["Kundennummer bei", "der Anbieterin"], nm(), "Kundennummer", 40, y, 160,
          "account_number")
    _side(s, ["Hauptnummer"], nm(), "Hauptnummer", 320, y, 135, "btn", lw=60)
    y -= 30
    s.band(40, y, W4 - 80, "C  Rufnummern", 9)
    y -= 18
    s.text(40, y + 1, "Umfang:", 8)
    radio01(s, "Umfang", 80, y, ("alle Rufnummern des Anschlusses", "check:full_port"),
            ("nur die aufgeführten Rufnummern", "check:partial_port"), gap=170)
    slots = s.slot_group(ordered=True)
    cols: Cols = [("Rufnummer", 140, "number", False), ("Bemerkung", 86, None, False)]
    numbers_table(s, slots, 40, y - 8, cols, rows=6, row_h=16,
                  widgets=[nm() for _ in range(12)], head="Nr.")
    numbers_table(s, slots, 305, y - 8, cols, rows=6, first=7, row_h=16,
                  widgets=[nm() for _ in range(12)], head="Nr.")
    y -= 8 + 7 * 16 + 24
    _side(s, ["Rufnummern, die bei der", "bisherigen Anbieterin bleiben"], nm(), "Verbleibend",
          40, y, 400, "remaining_numbers", lw=115)
    y -= 26
    _side(s, ["Wunschdatum", "(TT.MM.JJJJ)"], nm(), "Wunschdatum", 40, y, 90,
          "requested_date")
    s.checkbox("Vormittag", 260, y + 3, None, "Vormittag")
    s.checkbox("Nachmittag", 330, y + 3, None, "Nachmittag")
    y -= 30
    s.band(40, y, W4 - 80, "D  Kontakt", 9)
    y -= 26
    _side(s, ["Telefon"], nm(), "Telefon", 40, y, 150, "contact_phone")
    _side(s, ["E-Mail"], nm(), "E-Mail", 300, y, 155, "contact_email", lw=40)
    y -= 24
    s.text(40, y + 4, "Technische Kontaktperson (z. B. IT-Partner), falls abweichend:", 7.5,
           bold=True)
    y -= 22
    _side(s, ["Name"], nm(), "Technik Name", 40, y, 150, None)
    _side(s, ["Telefon"], nm(), "Technik Telefon", 300, y, 155, None, lw=40)
    y -= 30
    s.band(40, y, W4 - 80, "E  Unterschrift(en) - gemäss Handelsregister", 9)
    y -= 36
    s.widget(nm(), 40, y, 140, 15, None, tooltip="Ort", optional=True)
    s.text(40, y - 9, "Ort", 6.5)
    s.widget(nm(), 195, y, 100, 15, "date_signed", tooltip="Datum")
    s.text(195, y - 9, "Datum", 6.5)
    y -= 40
    s.sign_line("Rechtsgültige Unterschrift", 40, y, 280, label_below=True)
    s.rule(315, y, 555)
    s.text(315, y - 10, "Zweite Unterschrift (bei Kollektivunterschrift zu zweien)", 8)
    s._place((315, y - 3, 555, y + 30), None, what="second signatory")
    y -= 36
    s.widget(nm(), 40, y, 240, 15, "authorized_name", tooltip="Name")
    s.text(40, y - 9, "Name in Druckschrift", 6.5)
    s.widget(nm(), 40, y - 28, 240, 15, "authorized_title", tooltip="Funktion")
    s.text(40, y - 37, "Funktion", 6.5)
    s.widget(nm(), 315, y, 240, 15, None, tooltip="Name 2")
    s.text(315, y - 9, "Name in Druckschrift (zweite Person)", 6.5)
    s.widget(nm(), 315, y - 28, 240, 15, None, tooltip="Funktion 2")
    s.text(315, y - 37, "Funktion (zweite Person)", 6.5)
    s.footer("LN-PORT-CH 03.2026")
    return s.build()


def pt_portabilidade_paper() -> Built:
    s = a4("r14-pt-portabilidade-flat", "PT", "pt", ["r14-pt", "r14-pt-small"],
           "Paper, Portuguese (Portugal). Receiving operator's letterhead (its NIPC); labels "
           "left of lines; NIF / NIPC comb (9) not ours; código postal and localidade on one "
           "line; billing address 'se diferente' not ours; particular / empresa ticks; "
           "operador doador and nº de cliente; numbers on lines 1-15 numbered across three "
           "columns; Sim / Não 'manter algum número'; numbers staying box; desired date in DD / "
           "MM / AAAA boxes captioned above; signature, nome, qualidade, data (dd-mm-aaaa), "
           "Cartão de Cidadão nº not ours; operator's panel.")
    s.date_formats = ["%d-%m-%Y", "%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 44, ["Atlântico Comunicações, S.A.",
                                      "Rua Castilho 39, 1250-068 Lisboa", "NIPC 509 114 872",
                                      "Apoio empresas 800 555 014"])
    s.text(40, H4 - 50, "PEDIDO DE PORTABILIDADE", 15, bold=True)
    s.text(40, H4 - 64, "Declaração de autorização - serviço telefónico fixo", 8.5)
    y = H4 - 96
    s.band(40, y, W4 - 80, "1. Identificação do cliente", 9)
    y -= 20
    s.text(40, y, "Tipo de cliente:", 8)
    s.tick(110, y - 1, "check:residential", "Particular")
    s.tick(180, y - 1, "check:business", "Empresa")
    y -= 24
    s.blank("Nome / denominação social:", 40, y, 555, "account_name", size=8.5)
    y -= 40
    labelled_comb(s, "NIF / NIPC", 40, y, 9, None, cell=14)
    y -= 26
    s.blank("Morada da instalação:", 40, y, 555, "street", size=8.5)
    y -= 22
    s.blank("Código postal:", 40, y, 200, "postal_code", size=8.5)
    s.blank("Localidade:", 215, y, 555, "city", size=8.5)
    y -= 22
    s.blank("Morada de faturação (apenas se diferente):", 40, y, 555, None, size=8.5)
    y -= 22
    s.blank("Telefone de contacto:", 40, y, 280, "contact_phone", size=8.5)
    s.blank("E-mail:", 295, y, 555, "contact_email", size=8.5)
    y -= 28
    s.band(40, y, W4 - 80, "2. Operador doador", 9)
    y -= 22
    s.blank("Operador atual (doador):", 40, y, 290, "carrier", size=8.5)
    s.blank("N.º de cliente:", 305, y, 555, "account_number", size=8.5)
    y -= 28
    s.band(40, y, W4 - 80, "3. Números a portar", 9)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 26, cols=3, rows=5, col_w=(W4 - 80) / 3, down=False,
                   row_h=19)
    y -= 26 + 5 * 19 + 6
    yes_no(s, "Pretende manter algum número no operador doador?", 40, y, "check:partial_port",
           "check:full_port", at=270, words=("Sim", "Não"))
    y -= 22
    s.text(40, y + 4, "Se sim, indique os números que se mantêm:", 8)
    s.box(220, y, 335, 16, "remaining_numbers", "números que se mantêm")
    y -= 34
    s.text(40, y + 4, "Data pretendida para a portabilidade:", 8)
    date_parts(s, 200, y, [("DD", 22, "requested_day"), ("MM", 22, "requested_month"),
                           ("AAAA", 40, "requested_year")], above=True)
    y -= 28
    s.band(40, y, W4 - 80, "4. Autorização", 9)
    y = s.para(40, y - 16, "Autorizo a Atlântico Comunicações, S.A. a solicitar em meu nome ao "
               "operador doador a portabilidade dos números acima indicados e a denúncia do "
               "respetivo contrato quanto a esses números.", W4 - 80, 7.5) - 30
    sign_block(s, 40, y, [("Assinatura (conforme documento de identificação)", "signature"),
                          ("Data (dd-mm-aaaa)", "date_signed")], [300, 120])
    y -= 34
    sign_block(s, 40, y, [("Nome", "authorized_name"), ("Qualidade / cargo", "authorized_title"),
                          ("Cartão de Cidadão n.º", None)], [200, 160, 127])
    office_panel(s, 40, 36, W4 - 80, "A preencher pelo operador recetor",
                 ["N.º do pedido", "Data de receção", "Colaborador"], h=36)
    s.footer("AC-PORT-F v2.3")
    return s.build()


_SG_LABELS = ["Company name (as registered with ACRA)", "UEN", "Block / house no. and street",
              "Unit no.", "Postal code", "Current service provider", "Account no.",
              "Desired porting date (DD/MM/YYYY)", "Contact number", "Email",
              "Name (as in NRIC / passport)", "Designation", "Date"]


def sg_porting_partly() -> Built:
    s = a4("r14-sg-number-porting-partly", "SG", "en", ["r14-sg", "r14-sg-small"],
           "Partly fillable, two pages. Widget names shifted by one (each widget carries the "
           "previous label's text; the first is 'Header'); UEN and unit no. not ours (unit "
           "optional); postal code comb widget (6); service-type ticks not ours; full / "
           "partial check boxes; numbers on paper in a table 'S/N | Telephone number | Range "
           "end (if a range)' rows 1-12 (range end not ours); numbers staying on two paper "
           "lines; desired date and contact widgets; porting-window ticks not ours; name, "
           "designation, NRIC last 4 (paper, not ours), Signature & Company Stamp box, date "
           "widget; office panel; Annex B: company name on paper, numbers 13-42 down three "
           "columns.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    shifted = iter(["Header", *_SG_LABELS])
    letterhead(s, W4 - 40, H4 - 44, ["Merlion Connect Pte. Ltd.", "UEN 201812345K",
                                      "71 Robinson Road #14-01, Singapore 068895",
                                      "Business hotline 6555 0140"])
    s.text(40, H4 - 50, "Number Porting Request Form", 15, bold=True)
    s.text(40, H4 - 64, "Fixed-line numbers - business customers", 8.5)
    y = H4 - 96

    def row(label: str, x: float, y: float, w: float, fld: str | None, lw: float = 170,
            optional: bool = False) -> None:
        s.text(x, y + 4, label, 8)
        s.widget(next(shifted), x + lw, y, w, 15, fld, optional=optional)

    s.band(40, y, W4 - 80, "PART 1  CUSTOMER PARTICULARS", 9)
    y -= 24
    row(_SG_LABELS[0], 40, y, 345, "account_name")
    y -= 20
    row(_SG_LABELS[1], 40, y, 140, None)
    y -= 20
    row(_SG_LABELS[2], 40, y, 345, "street")
    y -= 20
    row(_SG_LABELS[3], 40, y, 80, None, optional=True)
    s.text(330, y + 4, _SG_LABELS[4], 8)
    comb_widget(s, next(shifted), 390, y, 6, "postal_code", cell=14, h=15)
    y -= 30
    s.band(40, y, W4 - 80, "PART 2  CURRENT SERVICE PROVIDER", 9)
    y -= 24
    row(_SG_LABELS[5], 40, y, 140, "carrier")
    row(_SG_LABELS[6], 360, y, 115, "account_number", lw=60)
    y -= 20
    s.text(40, y, "Service type:", 8)
    s.tick(210, y - 1, None, "Fixed line (PSTN / ISDN)")
    s.tick(330, y - 1, None, "Fixed VoIP")
    s.tick(400, y - 1, None, "Fibre voice")
    y -= 28
    s.band(40, y, W4 - 80, "PART 3  NUMBERS TO BE PORTED", 9)
    y -= 18
    s.checkbox("chkFull", 40, y, "check:full_port", "Full porting (all numbers on the account)")
    s.checkbox("chkPartial", 290, y, "check:partial_port", "Partial porting (only the numbers "
               "below)")
    slots = s.slot_group(ordered=True)
    cols: Cols = [("Telephone number", 130, "number", False),
                  ("Range end (if a range)", 96, None, False)]
    numbers_table(s, slots, 40, y - 8, cols, rows=6, row_h=16, head="S/N")
    numbers_table(s, slots, 305, y - 8, cols, rows=6, first=7, row_h=16, head="S/N")
    y -= 8 + 7 * 16 + 12
    s.text(40, y + 2, "More than 12 numbers? Continue in Annex B.", 7)
    y -= 16
    s.text(40, y + 2, "Partial porting - numbers that stay:", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    s.rule(210, y, 375)
    s.slot(stay, (210, y - 2, 375, y + 13), "staying 1")
    s.rule(390, y, 555)
    s.slot(stay, (390, y - 2, 555, y + 13), "staying 2")
    y -= 24
    row(_SG_LABELS[7], 40, y, 90, "requested_date")
    s.text(310, y + 4, "Window:", 8)
    s.tick(350, y + 3, None, "12am - 6am")
    s.tick(420, y + 3, None, "6am - 12pm")
    y -= 20
    row(_SG_LABELS[8], 40, y, 110, "contact_phone")
    row(_SG_LABELS[9], 330, y, 185, "contact_email", lw=40)
    y -= 30
    s.band(40, y, W4 - 80, "PART 4  AUTHORISED SIGNATORY", 9)
    y = s.para(40, y - 16, "I declare that I am authorised to sign on behalf of the customer and "
               "request Merlion Connect Pte. Ltd. to port the numbers above from the current "
               "service provider.", W4 - 80, 7.5) - 10
    row(_SG_LABELS[10], 40, y, 200, "authorized_name", lw=130)
    y -= 20
    row(_SG_LABELS[11], 40, y, 200, "authorized_title", lw=130)
    y -= 22
    s.blank("NRIC / FIN (last 4 characters)", 40, y, 240, None, size=8)
    s.text(390, y + 58, "Signature & Company Stamp", 7.5, bold=True)
    s.box(390, y - 4, 165, 58, "signature", "Signature & Company Stamp")
    y -= 24
    row(_SG_LABELS[12], 40, y, 90, "date_signed", lw=130)
    office_panel(s, 40, 36, W4 - 80, "FOR MERLION CONNECT USE", ["Order ref.", "Checked by",
                                                                 "Port date confirmed"], h=36)
    s.footer("MC-NP-01 (2026)  page 1 of 2")
    s.next_page()
    y = H4 - 60
    s.text(40, y, "Annex B - additional numbers", 13, bold=True)
    y -= 34
    s.blank("Company name:", 40, y, 400, "account_name", size=8.5)
    y -= 34
    numbered_slots(s, slots, 40, y, cols=3, rows=10, col_w=(W4 - 80) / 3, first=13, down=True,
                   row_h=20)
    s.footer("MC-NP-01 (2026)  page 2 of 2")
    return s.build()


FORMS = {
    "r14-no-fullmakt-flat": no_fullmakt_paper,
    "r14-ch-portierung-fillable": ch_portierung_fillable,
    "r14-pt-portabilidade-flat": pt_portabilidade_paper,
    "r14-sg-number-porting-partly": sg_porting_partly,
}
