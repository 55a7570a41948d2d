"""Round 14, second batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A New Brunswick CLEC's bilingual two-page fillable letter of authorization / lettre
  d'autorisation: every label in bold English over italic French above its widget, widgets named
  fill_1..fill_N as Acrobat names them, radio groups exported 0 / 1 for the customer's kind and
  the port's scope, a numbers table with a "service address if different" column not ours, a
  signature widget, Annex A / Annexe A continuing the numbers 11-40 in two tables side by side.
- A South African partly fillable application to port: subscriber and donor operator in widgets
  (company registration and VAT numbers not ours), numbers on paper in comb boxes of uneven
  groups 0xx | xxx | xxxx numbered down two columns, a YES / NO question on numbers that remain,
  the requested date in CCYY / MM / DD boxes, "Signed at ____ on ____", a designation and a
  witness's signature line that is not the customer's.
- A Brazilian paper solicitação de portabilidade numérica: pessoa física / jurídica ticks, a CPF /
  CNPJ comb not ours, complemento and bairro cells (optional), numbers in DDD | número comb boxes
  down two columns, dates as "__ / __ / ____" segments, Anexo I continuing the numbers 7-36 on
  page 2, a signatory's CPF not ours.
- A Polish fillable wniosek o przeniesienie numeru in an embedded Unicode font, whose widgets keep
  the names of an older residential form ("Imie" holds the company, "PESEL" the customer number,
  "Miejscowosc" the postcode comb), a radio group exported 1 = Tak / 0 = Nie, an "earliest
  possible date" box that stays empty because the customer asks for a date.
"""

from __future__ import annotations

from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round3_kit import cell, under
from tests.loaforms.round5_kit import date_parts, letterhead, numbers_table
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round9_kit import yes_no
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round11_kit import seg_date
from tests.loaforms.round12_kit import labelled_comb
from tests.loaforms.round14_kit import (
    UBOLD,
    comb_slot,
    office_panel,
    radio01,
    sign_block,
    unicode_a4,
    witness_line,
)

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER
Cols = list[tuple[str, float, str | None, bool]]


def _bi_above(s: Sheet, english: str, french: str, name: str, x: float, y: float, w: float,
              fld: str | None, optional: bool = False, h: float = 15) -> None:
    """A widget under its label in two languages: bold English, the French in italics under it."""
    s.text(x, y + h + 10, english, 7.5, bold=True)
    s.c.setFont("Helvetica-Oblique", 7)
    s.c.drawString(x, y + h + 2, french)
    s.widget(name, x, y, w, h, fld, optional=optional)


def nb_bilingual_fillable() -> Built:
    s = letter("r14-nb-bilingual-fillable", "CA", "en", ["r14-nb", "r14-nb-small"],
               "Fillable, two pages, English / French labels above the widgets (bold English, "
               "italic French), widgets fill_1..fill_N. Radio grpType 0 = Business / Affaires, "
               "1 = Residential / Résidentiel; radio grpPort 0 = all / tous, 1 = some / certains; "
               "Unit / App. optional; numbers table rows 1-10 '# | Telephone number | Service "
               "address if different' (not ours); remaining numbers widget; desired date "
               "YYYY-MM-DD; signature widget; Annex A: customer name, rows 11-40 in two tables.")
    s.date_formats = ["%Y-%m-%d"]
    f = (f"fill_{n}" for n in count(1))
    letterhead(s, WL - 40, HL - 42, ["Fundy Fibre Communications Inc.",
                                      "Communications Fibre Fundy inc.",
                                      "400 Main Street, Saint John NB  E2K 4N5",
                                      "1-866-555-0140"])
    s.text(40, HL - 46, "LETTER OF AUTHORIZATION", 14, bold=True)
    s.c.setFont("Helvetica-Oblique", 11)
    s.c.drawString(40, HL - 60, "Lettre d'autorisation")
    s.text(40, HL - 74, "Local number portability  /  Transférabilité des numéros locaux", 8)
    y = HL - 100
    s.band(40, y, WL - 80, "1  CUSTOMER / CLIENT", 9)
    y -= 20
    s.text(40, y + 1, "Customer type / Type de client:", 8)
    radio01(s, "grpType", 180, y, ("Business / Affaires", "check:business"),
            ("Residential / Résidentiel", "check:residential"), gap=120)
    y -= 44
    _bi_above(s, "Legal name of the customer", "Raison sociale ou nom du client", next(f), 40, y,
              532, "account_name")
    y -= 38
    _bi_above(s, "Service address", "Adresse de service", next(f), 40, y, 400, "street")
    _bi_above(s, "Unit", "App. / bureau", next(f), 452, y, 120, None, optional=True)
    y -= 38
    _bi_above(s, "City", "Ville", next(f), 40, y, 250, "city")
    _bi_above(s, "Province", "Province", next(f), 302, y, 120, "state")
    _bi_above(s, "Postal code", "Code postal", next(f), 434, y, 138, "postal_code")
    y -= 30
    s.band(40, y, WL - 80, "2  CURRENT PROVIDER / FOURNISSEUR ACTUEL", 9)
    y -= 44
    _bi_above(s, "Provider", "Fournisseur", next(f), 40, y, 170, "carrier")
    _bi_above(s, "Account number", "Numéro de compte", next(f), 222, y, 170, "account_number")
    _bi_above(s, "Billing telephone number (BTN)", "Numéro de facturation principal", next(f),
              404, y, 168, "btn")
    y -= 38
    _bi_above(s, "Contact telephone", "Téléphone du contact", next(f), 40, y, 170,
              "contact_phone")
    _bi_above(s, "Email", "Courriel", next(f), 222, y, 350, "contact_email")
    y -= 30
    s.band(40, y, WL - 80, "3  NUMBERS TO PORT / NUMÉROS À TRANSFÉRER", 9)
    y -= 18
    radio01(s, "grpPort", 40, y, ("All numbers on the account / Tous les numéros du compte",
                                  "check:full_port"),
            ("Only the numbers below / Seulement les numéros ci-dessous", "check:partial_port"),
            gap=262)
    slots = s.slot_group(ordered=True)
    cols: Cols = [("Telephone number / Numéro de téléphone", 200, "number", False),
                  ("Service address if different / Adresse si différente", 308, None, False)]
    y = numbers_table(s, slots, 40, y - 8, cols, rows=10, row_h=15,
                      widgets=[next(f) for _ in range(20)], head="#")
    s.text(40, y - 10, "More than 10 numbers: complete Annex A.  /  Plus de 10 numéros : "
           "remplir l'annexe A.", 7)
    y -= 44
    _bi_above(s, "Numbers that remain with the current provider",
              "Numéros qui demeurent chez le fournisseur actuel", next(f), 40, y, 352,
              "remaining_numbers")
    _bi_above(s, "Desired port date (YYYY-MM-DD)", "Date souhaitée (AAAA-MM-JJ)",
              next(f), 412, y, 160, "requested_date")
    y -= 26
    s.band(40, y, WL - 80, "4  AUTHORIZATION / AUTORISATION", 9)
    y = s.para(40, y - 16, "I authorize Fundy Fibre Communications Inc. to port the numbers "
               "above. / J'autorise Communications Fibre Fundy inc. à transférer les numéros "
               "ci-dessus.", WL - 80, 7.5) - 40
    _bi_above(s, "Signature", "Signature", next(f), 40, y, 250, "signature", h=24)
    _bi_above(s, "Date (YYYY-MM-DD)", "Date (AAAA-MM-JJ)", next(f), 302, y, 120, "date_signed")
    y -= 40
    _bi_above(s, "Name (please print)", "Nom (lettres moulées)", next(f), 40, y, 250,
              "authorized_name")
    _bi_above(s, "Title", "Titre", next(f), 302, y, 270, "authorized_title")
    s.footer("FFC-LOA-NB 2026-02   1/2")
    s.next_page()
    s.text(40, HL - 56, "ANNEX A - ADDITIONAL NUMBERS", 12, bold=True)
    s.c.setFont("Helvetica-Oblique", 10)
    s.c.drawString(40, HL - 70, "Annexe A - numéros additionnels")
    y = HL - 120
    _bi_above(s, "Legal name of the customer", "Raison sociale ou nom du client", next(f), 40, y,
              532, "account_name")
    y -= 18
    half: Cols = [("Telephone number / Numéro", 240, "number", False)]
    numbers_table(s, slots, 40, y, half, rows=15, first=11, row_h=17,
                  widgets=[next(f) for _ in range(15)], head="#")
    numbers_table(s, slots, 308, y, half, rows=15, first=26, row_h=17,
                  widgets=[next(f) for _ in range(15)], head="#")
    s.footer("FFC-LOA-NB 2026-02   2/2")
    return s.build()


def za_port_application_partly() -> Built:
    s = a4("r14-za-port-application-partly", "ZA", "en", ["r14-za", "r14-za-small"],
           "Partly fillable. Recipient operator's letterhead (its registration number); "
           "subscriber and donor operator in txt* widgets with labels left; company "
           "registration number, VAT number and suburb not ours; numbers on paper in comb "
           "boxes 3 | 3 | 4 numbered 1-12 down two columns; YES / NO 'will any numbers remain'; "
           "two paper lines for the numbers that remain; requested date in CCYY / MM / DD "
           "boxes; contact widgets; 'Signed at ____ (not ours) on ____ (CCYY/MM/DD)'; "
           "signature, full name and designation under their lines; a witness line and the "
           "witness's name (not ours); office panel.")
    s.date_formats = ["%Y/%m/%d", "%Y-%m-%d"]
    letterhead(s, W4 - 40, H4 - 44, ["Table Bay Telecoms (Pty) Ltd", "Reg. No. 2011/004417/07",
                                      "3rd Floor, 2 Long Street, Cape Town 8001",
                                      "Porting desk 021 555 0100"])
    s.text(40, H4 - 50, "APPLICATION TO PORT GEOGRAPHIC NUMBERS", 13, bold=True)
    s.text(40, H4 - 64, "Recipient operator: Table Bay Telecoms", 8.5)
    y = H4 - 96

    def row(label: str, name: str, x: float, y: float, w: float, fld: str | None,
            lw: float = 150) -> None:
        s.text(x, y + 4, label, 8)
        s.widget(name, x + lw, y, w, 15, fld)

    s.band(40, y, W4 - 80, "PART A - SUBSCRIBER", 9)
    y -= 24
    row("Registered company name", "txtCompany", 40, y, 365, "account_name")
    y -= 20
    row("Company registration number", "txtRegNo", 40, y, 130, None)
    row("VAT number", "txtVAT", 330, y, 135, None, lw=50)
    y -= 20
    row("Physical address (numbers in use)", "txtAddress1", 40, y, 365, "street")
    y -= 20
    row("Suburb", "txtSuburb", 40, y, 130, None)
    row("City / Town", "txtCity", 330, y, 135, "city", lw=50)
    y -= 20
    row("Province", "txtProvince", 40, y, 130, "state")
    row("Postal code", "txtCode", 330, y, 60, "postal_code", lw=50)
    y -= 30
    s.band(40, y, W4 - 80, "PART B - DONOR OPERATOR", 9)
    y -= 24
    row("Donor operator", "txtDonor", 40, y, 130, "carrier")
    row("Account no.", "txtAccNo", 330, y, 135, "account_number", lw=50)
    y -= 30
    s.band(40, y, W4 - 80, "PART C - NUMBERS TO BE PORTED (print one digit per box)", 9)
    slots = s.slot_group(ordered=True)
    for n in range(12):
        x, yy = 40 + (n // 6) * 258, y - 26 - (n % 6) * 21
        s.right_text(x + 16, yy + 4, f"{n + 1}.", 8)
        comb_slot(s, slots, x + 22, yy, [3, 3, 4], f"number {n + 1}")
    y -= 26 + 6 * 21 + 4
    yes_no(s, "Will any numbers on the account remain with the donor operator?", 40, y,
           "check:partial_port", "check:full_port", at=330, words=("YES", "NO"))
    y -= 20
    s.text(40, y, "If YES, the numbers that remain:", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 180, y - 2, 360, 1, 0, stay, "remaining 1")
    lines(s, 375, y - 2, 555, 1, 0, stay, "remaining 2")
    y -= 28
    s.text(40, y + 4, "Requested port date:", 8)
    date_parts(s, 150, y, [("CCYY", 40, "requested_year"), ("MM", 24, "requested_month"),
                           ("DD", 24, "requested_day")])
    y -= 30
    s.band(40, y, W4 - 80, "PART D - CONTACT PERSON FOR THE PORT", 9)
    y -= 24
    row("Contact number", "txtTel", 40, y, 130, "contact_phone")
    row("E-mail", "txtEmail", 330, y, 185, "contact_email", lw=40)
    y -= 30
    s.band(40, y, W4 - 80, "PART E - AUTHORISATION", 9)
    y = s.para(40, y - 16, "I, the authorised signatory of the subscriber, request the porting "
               "of the numbers in Part C to Table Bay Telecoms and authorise it to act on the "
               "subscriber's behalf with the donor operator. Amounts owing to the donor operator "
               "remain payable by the subscriber.", W4 - 80, 7.5) - 12
    end = s.text(40, y, "Signed at", 8.5) + 4
    s.rule(end, y - 2, end + 150)
    s._place((end, y - 4, end + 150, y + 11), None, what="Signed at", optional=True)
    end = s.text(end + 156, y, "on", 8.5) + 4
    s.rule(end, y - 2, end + 90)
    s._place((end, y - 4, end + 90, y + 11), "date_signed", what="on (date)")
    s.text(end + 94, y, "(CCYY/MM/DD)", 7)
    y -= 40
    sign_block(s, 40, y, [("Signature of authorised signatory", "signature"),
                          ("Full name", "authorized_name"), ("Designation", "authorized_title")],
               [190, 165, 126])
    y -= 40
    witness_line(s, "Signature of witness", 40, y, 230)
    under(s, "Witness full name", 244, y, 414, None)
    office_panel(s, 40, 36, W4 - 80, "FOR OFFICE USE", ["Port order no.", "NPC reference",
                                                        "Captured by"], h=36)
    s.footer("TBT-PA-03 (2026)")
    return s.build()


def br_portabilidade_paper() -> Built:
    s = a4("r14-br-portabilidade-flat", "BR", "pt", ["r14-br", "r14-br-small"],
           "Paper, Portuguese (Brazil), two pages. Receiving provider's letterhead (its CNPJ); "
           "pessoa física / jurídica ticks; cells captioned in their corner; CPF / CNPJ comb "
           "(14) not ours; Complemento and Bairro optional; total / parcial ticks; slots 1-6 "
           "as DDD (2) | número (8) comb boxes down two columns; numbers staying box; desired "
           "date and signing date as '__ / __ / ____' segments; Local optional; signature, "
           "nome legível, cargo, CPF do signatário (not ours); office panel; Anexo I: razão "
           "social, CNPJ (not ours), items 7-36 in two tables 'Item | DDD + número | "
           "Observação' (not ours).")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 44, ["Paulista Telecom S.A.", "CNPJ 12.345.678/0001-90",
                                      "Av. Paulista 1842, 12º andar - São Paulo/SP",
                                      "Central empresarial 0800 555 0140"])
    s.text(40, H4 - 50, "SOLICITAÇÃO DE PORTABILIDADE NUMÉRICA", 13, bold=True)
    s.text(40, H4 - 64, "Telefonia fixa (STFC)  ·  Prestadora receptora: Paulista Telecom", 8.5)
    y = H4 - 96
    s.band(40, y, W4 - 80, "1. DADOS DO ASSINANTE", 9)
    y -= 18
    s.tick(40, y, "check:residential", "Pessoa física")
    s.tick(130, y, "check:business", "Pessoa jurídica")
    y -= 30
    cell(s, "Nome / Razão social", 40, y, 515, "account_name")
    y -= 38
    labelled_comb(s, "CPF / CNPJ", 40, y + 4, 14, None, cell=13)
    y -= 28
    cell(s, "Logradouro e número", 40, y, 300, "street")
    cell(s, "Complemento", 340, y, 100, None, optional=True)
    cell(s, "Bairro", 440, y, 115, None, optional=True)
    y -= 24
    cell(s, "Município", 40, y, 300, "city")
    cell(s, "UF", 340, y, 50, "state")
    cell(s, "CEP", 390, y, 165, "postal_code")
    y -= 24
    cell(s, "Telefone para contato", 40, y, 200, "contact_phone")
    cell(s, "E-mail", 240, y, 315, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "2. PRESTADORA DOADORA", 9)
    y -= 32
    cell(s, "Prestadora doadora (atual)", 40, y, 250, "carrier")
    cell(s, "Código do assinante / nº do contrato", 290, y, 265, "account_number")
    y -= 24
    s.band(40, y, W4 - 80, "3. NÚMEROS A PORTAR", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "Portabilidade total (todos os números)")
    s.tick(290, y, "check:partial_port", "Portabilidade parcial (somente os números abaixo)")
    y -= 20
    for x in (58, 316):
        s.text(x, y, "DDD", 6.5)
        s.text(x + 30, y, "Número", 6.5)
    slots = s.slot_group(ordered=True)
    for n in range(6):
        x, yy = 40 + (n // 3) * 258, y - 20 - (n % 3) * 21
        s.right_text(x + 14, yy + 4, f"{n + 1}.", 8)
        comb_slot(s, slots, x + 18, yy, [2, 8], f"número {n + 1}")
    y -= 20 + 3 * 21 + 2
    s.text(40, y + 4, "Mais de 6 números? Preencha o Anexo I (página 2).", 7)
    y -= 18
    s.text(40, y + 4, "Números que permanecem na prestadora doadora:", 8)
    s.box(240, y, 315, 16, "remaining_numbers", "números que permanecem")
    y -= 24
    s.text(40, y, "Data desejada para a portabilidade (dd/mm/aaaa):", 8)
    seg_date(s, 250, y, [(22, "requested_day"), (22, "requested_month"), (40, "requested_year")],
             "data desejada")
    y -= 24
    s.band(40, y, W4 - 80, "4. DECLARAÇÃO E ASSINATURA", 9)
    y = s.para(40, y - 16, "Declaro que sou o titular (ou representante legal do titular) dos "
               "números acima e solicito sua portabilidade para a Paulista Telecom, ciente de "
               "que os serviços desses números na prestadora doadora serão encerrados ao final "
               "do processo e que eventuais débitos permanecem sob minha responsabilidade.",
               W4 - 80, 7.5) - 10
    s.blank("Local:", 40, y, 240, None, size=8, optional=True)
    s.text(260, y, "Data:", 8)
    seg_date(s, 286, y, [(22, "date_signed_day"), (22, "date_signed_month"),
                         (40, "date_signed_year")], "data")
    y -= 42
    sign_block(s, 40, y, [("Assinatura do titular ou representante legal", "signature"),
                          ("Nome legível", "authorized_name"), ("Cargo", "authorized_title")],
               [190, 175, 112])
    y -= 30
    under(s, "CPF do signatário", 40, y, 230, None)
    office_panel(s, 40, 36, W4 - 80, "USO EXCLUSIVO DA PRESTADORA RECEPTORA",
                 ["Protocolo", "Bilhete de portabilidade", "Atendente"], h=36)
    s.footer("PT-SPN-F 04/2026  ·  página 1 de 2")
    s.next_page()
    y = H4 - 56
    s.text(40, y, "ANEXO I - RELAÇÃO DE NÚMEROS A PORTAR", 12, bold=True)
    y -= 40
    cell(s, "Razão social", 40, y, 330, "account_name")
    cell(s, "CNPJ", 370, y, 185, None)
    y -= 14
    cols: Cols = [("DDD + número", 130, "number", False), ("Observação", 103, None, False)]
    numbers_table(s, slots, 40, y, cols, rows=15, first=7, row_h=18, head="Item")
    numbers_table(s, slots, 298, y, cols, rows=15, first=22, row_h=18, head="Item")
    s.footer("PT-SPN-F 04/2026  ·  página 2 de 2")
    return s.build()


def pl_przeniesienie_fillable() -> Built:
    s = unicode_a4("r14-pl-przeniesienie-fillable", "PL", "pl", ["r14-pl", "r14-pl-small"],
                   "Fillable, Polish, embedded Unicode font, labels above the widgets. Widget "
                   "names from an older residential form: 'Imie' holds the company or name, "
                   "'Nazwisko' the NIP / PESEL (not ours), 'PESEL' the customer number, "
                   "'Miejscowosc' the postcode (comb of 6), 'Poczta' the town. Check boxes "
                   "Firma / Klient indywidualny; radio 'Zakres' exported 1 = Tak (all numbers) "
                   "/ 0 = Nie; table 'Lp. | Numer telefonu | Uwagi' (not ours) rows 1-12; "
                   "numbers staying widget; 'najwcześniejszy możliwy termin' box not ours, 'w "
                   "dniu' box optional, its date dd.mm.rrrr; contact; date, printed signature "
                   "line, name and stanowisko; operator's widgets not ours.")
    s.date_formats = ["%d.%m.%Y", "%d-%m-%Y"]
    s.c.setFont(UBOLD, 10)
    s.c.drawRightString(W4 - 40, H4 - 44, "Warta Telekom Sp. z o.o.")
    for n, line in enumerate(["ul. Grunwaldzka 182", "60-166 Poznań", "NIP 779-24-11-873"]):
        s.right_text(W4 - 40, H4 - 56.5 - n * 9.5, line, 7.5)
    s.text(40, H4 - 50, "Wniosek o przeniesienie numeru", 15, bold=True)
    s.text(40, H4 - 64, "usługi stacjonarne – klienci biznesowi i indywidualni", 8.5)
    y = s.para(40, H4 - 98, "Proszę wypełnić drukowanymi literami. Dane muszą być zgodne z "
               "umową zawartą z obecnym dostawcą usług (dawcą).", W4 - 80, 8) - 6
    s.band(40, y, W4 - 80, "1. Dane abonenta", 9)
    y -= 18
    s.checkbox("CheckBox1", 40, y, "check:business", "Firma")
    s.checkbox("CheckBox2", 110, y, "check:residential", "Klient indywidualny")
    y -= 30
    above(s, "Nazwa firmy / imię i nazwisko abonenta", "Imie", 40, y, 340, "account_name")
    above(s, "NIP / PESEL", "Nazwisko", 395, y, 160, None)
    y -= 32
    above(s, "Ulica, nr domu / lokalu", "Ulica", 40, y, 300, "street")
    s.text(355, y + 18, "Kod pocztowy", 7.5, bold=True)
    comb_widget(s, "Miejscowosc", 355, y, 6, "postal_code", cell_w=12, h=15)
    above(s, "Miejscowość", "Poczta", 440, y, 115, "city")
    y -= 26
    s.band(40, y, W4 - 80, "2. Obecny dostawca usług (dawca)", 9)
    y -= 32
    above(s, "Nazwa dostawcy", "Operator", 40, y, 250, "carrier")
    above(s, "Numer klienta / numer umowy", "PESEL", 305, y, 250, "account_number")
    y -= 26
    s.band(40, y, W4 - 80, "3. Numery do przeniesienia", 9)
    y -= 18
    s.text(40, y + 1, "Czy wszystkie numery przypisane do umowy mają zostać przeniesione?", 8.5)
    s.radio("Zakres", "1", 375, y, "check:full_port", "Tak")
    s.radio("Zakres", "0", 425, y, "check:partial_port", "Nie")
    slots = s.slot_group(ordered=True)
    cols: Cols = [("Numer telefonu", 140, "number", False), ("Uwagi", 86, None, False)]
    names = iter([f"Numer{n}" if k == 0 else f"Uwagi{n}" for n in range(1, 13) for k in (0, 1)])
    numbers_table(s, slots, 40, y - 8, cols, rows=6, row_h=16,
                  widgets=[next(names) for _ in range(12)], head="Lp.")
    numbers_table(s, slots, 305, y - 8, cols, rows=6, first=7, row_h=16,
                  widgets=[next(names) for _ in range(12)], head="Lp.")
    y -= 8 + 7 * 16 + 30
    above(s, "Numery, które pozostają u dawcy (przeniesienie części numerów)", "Pozostale", 40,
          y, 515, "remaining_numbers")
    y -= 26
    s.band(40, y, W4 - 80, "4. Termin przeniesienia i kontakt", 9)
    y -= 20
    s.checkbox("CheckBox3", 40, y, None, "najwcześniejszy możliwy termin")
    s.checkbox("CheckBox4", 220, y, None, "w dniu:")
    s.places[-1]["optional"] = True  # ticking it beside the date is right, leaving it too
    s.widget("Data1", 276, y - 3, 90, 15, "requested_date")
    s.text(372, y + 1, "(dd.mm.rrrr)", 7)
    y -= 40
    above(s, "Telefon kontaktowy", "Telefon", 40, y, 200, "contact_phone")
    above(s, "Adres e-mail", "Email", 255, y, 300, "contact_email")
    y -= 26
    s.band(40, y, W4 - 80, "5. Oświadczenie i podpis", 9)
    y = s.para(40, y - 16, "Wnoszę o przeniesienie powyższych numerów do Warta Telekom Sp. z "
               "o.o. i upoważniam ją do złożenia w moim imieniu wypowiedzenia umowy u dawcy w "
               "zakresie przenoszonych numerów.", W4 - 80, 7.5) - 40
    s.widget("Data2", 40, y, 100, 15, "date_signed")
    s.text(40, y - 9, "Data (dd.mm.rrrr)", 6.5)
    s.sign_line("Czytelny podpis abonenta / osoby upoważnionej", 170, y, 555, label_below=True)
    y -= 36
    s.widget("Osoba", 40, y, 300, 15, "authorized_name")
    s.text(40, y - 9, "Imię i nazwisko osoby upoważnionej", 6.5)
    s.widget("Stanowisko", 355, y, 200, 15, "authorized_title")
    s.text(355, y - 9, "Stanowisko", 6.5)
    office_panel(s, 40, 40, W4 - 80, "Wypełnia Warta Telekom",
                 ["Nr zamówienia", "Data przyjęcia", "Pracownik"],
                 widgets=iter(["Biuro1", "Biuro2", "Biuro3"]))
    s.footer("WT-NP-02/2026")
    return s.build()


FORMS = {
    "r14-nb-bilingual-fillable": nb_bilingual_fillable,
    "r14-za-port-application-partly": za_port_application_partly,
    "r14-br-portabilidade-flat": br_portabilidade_paper,
    "r14-pl-przeniesienie-fillable": pl_przeniesienie_fillable,
}
