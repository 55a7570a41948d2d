"""Round 24, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Mozambican fillable pedido de portabilidade in Portuguese on a landscape page: the holder's
  details in the left half (widgets "Texto N" with labels above, NUIT not ours, a Província
  drop-down), radio groups exporting words of the form's language (Empresarial / Particular,
  Total / Parcial), a numbers table in the right half with a donor-operator column per row and
  a service column not ours, the numbers that stay in two widgets, the receiving operator's
  representative and the company stamp not ours, dd/mm/aaaa, a signature line without a widget.
- A Cabo Verdean paper declaração de autorização: the signer, title, company, account number and
  operator as blanks inside one sentence ("Eu, ___, na qualidade de ___ da empresa ___ ..."),
  the address typed as underscores, each seven-digit number in paper comb boxes, the numbers
  that stay in combs too, the requested date in combs dd mm aaaa, "______, __ de ______ de
  20__" before the signature, the operator's signature and an office panel not ours.
- An Ivorian partly fillable demande de portabilité in French over two pages: page 1 fillable
  ("Champ texte N"), NCC and RCCM not ours, a radio group exporting Entreprise / Particulier,
  check boxes exporting "Oui" with the box to the LEFT of the words, the approved reseller's block
  drawn exactly like the customer's (not ours), ten-digit numbers in comb widgets down one
  column, the numbers kept in a second table; page 2 paper: the company name again on
  underscores (a value shown twice is truth twice), the signer and title on underscores, "Fait à
  ______ le __ / __ / ____", the company stamp not ours.
- A Barbados fillable LOA in English: two widgets whose names lie (swapped: "CustomerName" sits
  on the account-number line, "AccountNo" on the name line), a Parish drop-down, a postcode comb
  widget of seven, a radio group exporting Choice1 / Choice2, numbers to port in a ten-row widget
  table with a service column not ours, the numbers kept in two widgets, the authorised dealer's
  section drawn like the customer's and not ours, DD/MM/YYYY, a signature widget.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, landscape

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round5_kit import Gap, sentence
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import row_table
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round11_kit import choice_widget, seg_date
from tests.loaforms.round12_kit import radio_row
from tests.loaforms.round14_kit import comb_slot, office_panel, split_comb, witness_line
from tests.loaforms.round20_kit import letterhead
from tests.loaforms.round24_kit import export_states, underscores

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER
_PROVINCIAS = ["Cabo Delgado", "Gaza", "Inhambane", "Manica", "Maputo Cidade",
               "Maputo Província", "Nampula", "Niassa", "Sofala", "Tete", "Zambézia"]
_PARISHES = ["Christ Church", "St. Andrew", "St. George", "St. James", "St. John",
             "St. Joseph", "St. Lucy", "St. Michael", "St. Peter", "St. Philip", "St. Thomas"]


def mz_portabilidade_landscape() -> Built:
    s = Sheet("r24-mz-portabilidade-landscape", "MZ", "pt",
              "Fillable, Mozambique, Portuguese, landscape A4. Holder's details left (widgets "
              "Texto N, labels above; NUIT not ours; Província drop-down); radio groups "
              "exporting Empresarial/Particular and Total/Parcial; numbers table right with a "
              "donor-operator column per row and a service column not ours; numbers staying in "
              "two widgets; receiving operator's representative and stamp not ours; dd/mm/aaaa; "
              "signature line without a widget.", landscape(A4), ["r24-mz", "r24-mz-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    w, h = landscape(A4)
    t = (f"Texto{n}" for n in range(1, 99))
    letterhead(s, w - 40, h - 36, ["Índico Comunicações, S.A.", "Avenida 24 de Julho 2096",
                                    "Maputo - Moçambique"])
    s.text(40, h - 44, "PEDIDO DE PORTABILIDADE NUMÉRICA", 14, bold=True)
    y = h - 84
    s.band(40, y, 360, "1. DADOS DO TITULAR", 8.5)
    y -= 36
    above(s, "Nome / denominação social", next(t), 40, y, 240, "account_name")
    above(s, "NUIT", next(t), 290, y, 110, None)
    y -= 32
    above(s, "Endereço de instalação", next(t), 40, y, 360, "street")
    y -= 32
    above(s, "Cidade", next(t), 40, y, 110, "city")
    s.text(160, y + 18, "Província", 7.5, bold=True)
    choice_widget(s, "Lista1", 160, y, 130, _PROVINCIAS, "state")
    above(s, "Código postal", next(t), 300, y, 100, "postal_code")
    y -= 32
    above(s, "Representante legal", next(t), 40, y, 180, "authorized_name")
    above(s, "Cargo", next(t), 230, y, 170, "authorized_title")
    y -= 32
    above(s, "Telefone de contacto", next(t), 40, y, 140, "contact_phone")
    above(s, "E-mail", next(t), 190, y, 210, "contact_email")
    y -= 26
    s.text(40, y + 1, "Cliente:", 8, bold=True)
    radio_row(s, "TipoCliente", 80, y, [("Empresarial", "Empresarial", "check:business"),
                                        ("Particular", "Particular", "check:residential")])
    y -= 28
    s.band(40, y, 360, "2. OPERADOR DOADOR", 8.5)
    y -= 36
    above(s, "Operador actual", next(t), 40, y, 120, "carrier")
    above(s, "N.º de conta / cliente", next(t), 170, y, 110, "account_number")
    above(s, "Número principal", next(t), 290, y, 110, "btn")
    y -= 26
    s.text(40, y + 1, "Portabilidade:", 8, bold=True)
    radio_row(s, "Portabilidade", 110, y, [("Total", "Total (todos os números)", "check:full_port"),
                                           ("Parcial", "Parcial", "check:partial_port")])
    y -= 30
    s.text(40, y + 4, "Data pretendida (dd/mm/aaaa)", 8)
    s.widget(next(t), 160, y, 90, 15, "requested_date")
    rx = 430
    ry = h - 84
    s.band(rx, ry, w - 40 - rx, "3. NÚMEROS A PORTAR", 8.5)
    row_table(s, rx, ry - 8, [("N.º de telefone", 130, "number"),
                              ("Operador doador", 130, "carrier"),
                              ("Tipo de serviço", 112, None)], 8, row_h=18, widgets="Tabela")
    ry -= 8 + 9 * 18 + 16
    s.text(rx, ry, "Números que permanecem no operador doador (portabilidade parcial):", 8,
           bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        name = f"Permanece{k + 1}"
        x = rx + k * 190
        s.widget(name, x, ry - 22, 180, 15, None)
        s.places.pop()
        s.slot(stay, (x, ry - 22, x + 180, ry - 7), f"permanece {k + 1}", name)
    ry -= 44
    s.band(rx, ry, w - 40 - rx, "4. A PREENCHER PELO OPERADOR RECEPTOR", 8.5)
    ry -= 36
    above(s, "Representante do operador receptor", next(t), rx, ry, 220, None)
    above(s, "Código de agente", next(t), rx + 230, ry, 142, None)
    ry -= 20
    s.para(rx, ry, "O titular autoriza a Índico Comunicações, S.A. a solicitar em seu nome a "
           "portabilidade dos números acima indicados e a cessação do respectivo contrato junto "
           "do operador doador.", w - 40 - rx, 7.5)
    ry -= 66
    s.sign_line("Assinatura do titular / representante legal", rx, ry, rx + 200,
                label_below=True)
    s.box(rx + 214, ry - 10, 70, 44, None, "Carimbo")
    s.text(rx + 217, ry + 26, "Carimbo", 6.5)
    above(s, "Data (dd/mm/aaaa)", next(t), rx + 296, ry, 76, "date_signed")
    s.footer("ICSA-PORT-07")
    return s.build()


def cv_autorizacao_paper() -> Built:
    s = a4("r24-cv-autorizacao-paper", "CV", "pt", ["r24-cv", "r24-cv-partial"],
           "Paper, Cabo Verde, Portuguese. Signer, title, company, account number and operator "
           "as blanks in one sentence; address on underscores; seven-digit numbers in comb "
           "boxes 1-8 (two columns), the numbers that stay in combs; requested date in combs "
           "dd mm aaaa; '______, __ de ______ de 20__' (place not ours, month in words); "
           "operator's signature and office panel not ours.")
    s.date_formats = ["%d/%m/%Y", "%d%m%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Sodade Telecom, S.A.", "Achada Santo António",
                                      "Praia - Cabo Verde"])
    s.text(40, H4 - 50, "DECLARAÇÃO DE AUTORIZAÇÃO DE PORTABILIDADE", 13, bold=True)
    y = sentence(s, 40, H4 - 86, [
        "Eu,", Gap(190, "authorized_name", "nome"), ", na qualidade de",
        Gap(130, "authorized_title", "cargo"), "da empresa", Gap(230, "account_name", "empresa"),
        ", titular do contrato n.º", Gap(120, "account_number", "contrato"),
        "junto do operador", Gap(130, "carrier", "operador"),
        ", autorizo a Sodade Telecom, S.A. a pedir a portabilidade dos números abaixo "
        "indicados."], size=9, leading=22) - 30
    underscores(s, "Morada de instalação:", 40, y, 555, "street")
    y -= 22
    underscores(s, "Cidade / localidade:", 40, y, 300, "city")
    underscores(s, "Código postal:", 310, y, 555, "postal_code")
    y -= 22
    underscores(s, "Telefone de contacto:", 40, y, 300, "contact_phone")
    underscores(s, "E-mail:", 310, y, 555, "contact_email")
    y -= 24
    s.tick(40, y, "check:business", "Empresa")
    s.tick(120, y, "check:residential", "Particular")
    s.tick(230, y, "check:full_port", "Todos os números do contrato")
    s.tick(400, y, "check:partial_port", "Apenas os números abaixo")
    y -= 24
    s.text(40, y, "NÚMEROS A PORTAR (um algarismo por quadrado)", 8.5, bold=True)
    slots = s.slot_group(ordered=True)
    y -= 24
    for k in range(8):
        col, row = divmod(k, 4)
        x, ry = 40 + col * 260, y - row * 22
        s.right_text(x + 22, ry + 4, f"{k + 1}.", 8.5)
        comb_slot(s, slots, x + 28, ry, [7], f"número {k + 1}", cell=14, h=16)
    y -= 4 * 22 + 8
    s.text(40, y, "Números que se mantêm no operador actual:", 8.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        x = 40 + k * 260
        s.right_text(x + 22, y - 22 + 4, f"{k + 1}.", 8.5)
        comb_slot(s, stay, x + 28, y - 22, [7], f"mantém {k + 1}", cell=14, h=16)
    y -= 52
    s.text(40, y + 4, "Data pretendida para a portabilidade:", 8.5)
    split_comb(s, 210, y, [2, 2, 4], "requested_date", "data pretendida", cell=12, h=15)
    for cx, cap in ((222, "dd"), (253, "mm"), (296, "aaaa")):
        s.c.setFont(s.font, 6)
        s.c.drawCentredString(cx, y - 8, cap)
    y -= 40
    sentence(s, 40, y, [Gap(120, None, "local"), ",", Gap(26, "date_signed_day", "dia"), "de",
                        Gap(90, "date_signed_month", "mês"), "de 20",
                        Gap(22, "date_signed_year2", "ano")], size=9)
    y -= 50
    s.sign_line("Assinatura do titular (conforme documento de identificação)", 40, y, 290,
                label_below=True)
    witness_line(s, "Recebido por (Sodade Telecom)", 320, y, 555)
    office_panel(s, 40, 50, W4 - 80, "RESERVADO AO OPERADOR", ["N.º do pedido",
                                                              "Data de recepção", "Agente"],
                 h=40)
    s.footer("STSA-DAP-3")
    return s.build()


def ci_portabilite_partly() -> Built:
    s = a4("r24-ci-portabilite-partly", "CI", "fr", ["r24-ci", "r24-ci-partial"],
           "Partly fillable, Côte d'Ivoire, French, two pages. Page 1 widgets 'Champ texte N'; "
           "NCC and RCCM not ours; radio exporting Entreprise/Particulier; check boxes "
           "exporting 'Oui' (box left of the words); the approved reseller's block drawn like "
           "the customer's (not ours); numbers 1-8 in ten-cell comb widgets down one column, "
           "numbers kept in a second table; page 2 paper: company name again on underscores, "
           "signer and title on underscores, 'Fait à ___ le __ / __ / ____', stamp not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    c = (f"Champ texte {n}" for n in range(1, 99))
    letterhead(s, W4 - 40, H4 - 40, ["Lagune Télécom CI", "Boulevard Valéry Giscard d'Estaing",
                                      "Abidjan - Côte d'Ivoire"])
    s.text(40, H4 - 50, "DEMANDE DE PORTABILITÉ DES NUMÉROS", 14, bold=True)
    y = H4 - 76
    s.text(40, y + 1, "Type de client :", 8, bold=True)
    radio_row(s, "TypeClient", 120, y, [("Entreprise", "Entreprise", "check:business"),
                                        ("Particulier", "Particulier", "check:residential")])
    blocks = (("LE CLIENT", ("Raison sociale / Nom", "account_name"),
               ("Adresse (quartier, rue)", "street"), ("Ville / commune", "city"),
               ("Téléphone de contact", "contact_phone"), ("N° de compte contribuable (NCC)", None),
               ("RCCM", None)),
              ("LE REVENDEUR AGRÉÉ", ("Raison sociale / Nom", None),
               ("Adresse (quartier, rue)", None), ("Ville / commune", None),
               ("Téléphone de contact", None), ("Code revendeur", None), ("Agent", None)))
    for n, (title, *rows) in enumerate(blocks):
        x = 40 + n * 262
        by = y - 22
        s.band(x, by, 253, title, 8.5)
        by -= 34
        for label, fld in rows:
            above(s, label, next(c), x, by, 253, fld)
            by -= 30
    y -= 22 + 34 + 6 * 30 + 4
    s.band(40, y, W4 - 80, "OPÉRATEUR ACTUEL ET NUMÉROS", 8.5)
    y -= 36
    above(s, "Opérateur actuel", next(c), 40, y, 160, "carrier")
    above(s, "N° de compte client", next(c), 210, y, 160, "account_number")
    above(s, "Numéro principal du compte", next(c), 380, y, 175, "btn")
    y -= 22
    s.checkbox("Case1", 40, y, "check:full_port", "Portabilité de tous les numéros")
    s.checkbox("Case2", 230, y, "check:partial_port", "Portabilité d'une partie des numéros")
    y -= 24
    s.text(40, y, "Numéros à porter", 8, bold=True)
    s.text(330, y, "Numéros conservés chez l'opérateur actuel", 8, bold=True)
    slots = s.slot_group(ordered=True)
    for k in range(8):
        ry = y - 22 - k * 20
        s.right_text(58, ry + 4, f"{k + 1}.", 8.5)
        name = f"NumPort{k + 1}"
        comb_widget(s, name, 64, ry, 10, None, cell_w=15)
        s.places.pop()
        s.slot(slots, (64, ry, 214, ry + 16), f"numéro {k + 1}", name)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(3):
        ry = y - 22 - k * 20
        s.right_text(348, ry + 4, f"{k + 1}.", 8.5)
        name = f"NumConserve{k + 1}"
        comb_widget(s, name, 354, ry, 10, None, cell_w=15)
        s.places.pop()
        s.slot(stay, (354, ry, 504, ry + 16), f"conservé {k + 1}", name)
    s.footer("LT-DP-05  page 1/2")
    s.next_page()
    s.text(40, H4 - 50, "MANDAT DE PORTABILITÉ", 13, bold=True)
    y = H4 - 80
    underscores(s, "Raison sociale / Nom du client :", 40, y, 555, "account_name", size=9)
    y -= 24
    underscores(s, "Nom et prénoms du signataire :", 40, y, 555, "authorized_name", size=9)
    y -= 24
    underscores(s, "Fonction :", 40, y, 300, "authorized_title", size=9)
    y -= 30
    y = s.para(40, y, "Le client donne mandat à Lagune Télécom CI d'effectuer en son nom auprès "
               "de l'opérateur actuel toutes les démarches de portabilité des numéros listés en "
               "page 1, et de résilier les services correspondants à la date du portage.",
               W4 - 80, 8.5) - 24
    end = s.text(40, y, "Fait à", 9) + 4
    s.line_under(end, y - 2, end + 120, None, "lieu")
    end = s.text(end + 126, y, "le", 9) + 6
    seg_date(s, end, y, [(24, "date_signed_day"), (24, "date_signed_month"),
                         (40, "date_signed_year")], "date de signature")
    y -= 60
    s.sign_line("Signature du client (précédée de « lu et approuvé »)", 40, y, 280,
                label_below=True)
    s.box(330, y - 10, 150, 60, None, "Cachet de l'entreprise")
    s.text(334, y + 42, "Cachet de l'entreprise", 7)
    s.footer("LT-DP-05  page 2/2")
    pdf, truth = s.build()
    return export_states(pdf, {"Case1": "/Oui", "Case2": "/Oui"}), truth


def bb_loa_fillable() -> Built:
    s = letter("r24-bb-loa-fillable", "BB", "en", ["r24-bb", "r24-bb-partial"],
               "Fillable, Barbados LOA. Lying widget names swapped (CustomerName on the account "
               "number line, AccountNo on the name line); Parish drop-down; postcode comb widget "
               "of 7; radio Choice1/Choice2 business/residential; numbers to port in a ten-row "
               "widget table (service column not ours); numbers kept in two widgets; authorised "
               "dealer's section like the customer's, not ours; DD/MM/YYYY; signature widget.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, WL - 40, HL - 40, ["Coralstone Communications Inc.", "Lower Broad Street",
                                      "Bridgetown, St. Michael  BB11000"])
    s.text(40, HL - 46, "Letter of Authorisation - Number Porting", 14, bold=True)
    y = HL - 80
    s.band(40, y, WL - 80, "CUSTOMER DETAILS (as shown on your current bill)", 8.5)
    y -= 30
    above(s, "Customer name", "AccountNo", 40, y, 330, "account_name")
    above(s, "Account number", "CustomerName", 380, y, 192, "account_number")
    y -= 32
    above(s, "Service address", "Address1", 40, y, 330, "street")
    above(s, "Town / district", "Address2", 380, y, 192, "city")
    y -= 32
    s.text(40, y + 18, "Parish", 7.5, bold=True)
    choice_widget(s, "Dropdown2", 40, y, 130, _PARISHES, "state")
    s.text(180, y + 18, "Postcode", 7.5, bold=True)
    comb_widget(s, "Postcode", 180, y, 7, "postal_code", what="postcode (comb)")
    above(s, "Contact number", "Phone", 290, y, 130, "contact_phone")
    above(s, "E-mail", "Email", 430, y, 142, "contact_email")
    y -= 24
    s.text(40, y + 1, "Account type:", 8, bold=True)
    radio_row(s, "Group1", 110, y, [("Choice1", "Business", "check:business"),
                                    ("Choice2", "Residential", "check:residential")])
    y -= 28
    s.band(40, y, WL - 80, "CURRENT PROVIDER", 8.5)
    y -= 30
    above(s, "Current provider", "Provider", 40, y, 200, "carrier")
    above(s, "Main account number (BTN)", "BTN", 250, y, 150, "btn")
    above(s, "Requested port date (DD/MM/YYYY)", "PortDate", 410, y, 162, "requested_date")
    y -= 24
    s.text(40, y, "Numbers to port", 8, bold=True)
    s.text(360, y, "Numbers staying with the current provider", 8, bold=True)
    row_table(s, 40, y - 4, [("Telephone number", 170, "number"),
                             ("Service (voice / fax / alarm)", 120, None)], 10, row_h=16,
              widgets="Row")
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        ry = y - 24 - k * 20
        name = f"Keep{k + 1}"
        s.widget(name, 360, ry, 170, 15, None)
        s.places.pop()
        s.slot(stay, (360, ry, 530, ry + 15), f"keep {k + 1}", name)
    y -= 4 + 11 * 16 + 22
    s.band(40, y, WL - 80, "AUTHORISED DEALER (if the request is made through a dealer)", 8.5)
    y -= 30
    above(s, "Dealer name", "Dealer1", 40, y, 330, None)
    above(s, "Dealer code", "Dealer2", 380, y, 192, None)
    y -= 14
    y = s.para(40, y, "I, the undersigned, authorise Coralstone Communications Inc. to port the "
               "numbers listed above from my current provider and confirm that I am authorised "
               "to act for this account.", WL - 80, 7.5) - 26
    above(s, "Name of authorised person", "SignName", 40, y, 200, "authorized_name")
    above(s, "Position", "SignTitle", 250, y, 150, "authorized_title")
    above(s, "Date (DD/MM/YYYY)", "SignDate", 410, y, 162, "date_signed")
    y -= 44
    s.text(40, y + 32, "Signature", 7.5, bold=True)
    s.widget("Signature1", 40, y, 260, 28, "signature")
    witness_line(s, "Dealer's signature", 330, y, 572)
    s.footer("CCI-LOA-BB  04/2026")
    return s.build()


FORMS = {
    "r24-mz-portabilidade-landscape": mz_portabilidade_landscape,
    "r24-cv-autorizacao-paper": cv_autorizacao_paper,
    "r24-ci-portabilite-partly": ci_portabilite_partly,
    "r24-bb-loa-fillable": bb_loa_fillable,
}
