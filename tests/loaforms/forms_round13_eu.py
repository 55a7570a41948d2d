"""Round 13 (held back), Switzerland, Portugal, Sweden: a Lausanne operator's paper demande de
portage in French (labels in grey strips above their boxes, 'NPA' that is the Swiss postcode and
not an area code, a canton box the case cannot fill, numbers 1-10 down two columns, 'Lieu' and
'Date' apart under the declaration, a signature-and-stamp box, an operator's block), a Portuguese
fillable pedido de portabilidade (widgets Texto1.. and Caixa de verificação1.., the NIF and the
ID document number not ours, a numbers table with a fixo / móvel column not ours, dd-mm-aaaa
dates) and a Swedish partly fillable fullmakt för nummerflytt (Swedish widget names, an
organisationsnummer not ours, the postnummer in paper comb boxes, 'Ska alla nummer flyttas?'
whose Nej is a partial port, numbers on paper lines, ÅÅÅÅ-MM-DD, a firmatecknare's signature
with namnförtydligande under it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tests.loaforms.kit import a4
from tests.loaforms.round5_kit import letterhead, numbered_slots, widget_above
from tests.loaforms.round9_kit import comb_boxes, dots
from tests.loaforms.round12_kit import right_label_widget
from tests.loaforms.round13_kit import strip_box

Built = tuple[bytes, dict[str, Any]]
R = 555.0  # right margin on A4


def ch_portage_paper() -> Built:
    s = a4("r13-ch-portage-paper", "CH", "fr", ["r13-ch", "r13-ch-partial"],
           "Paper only, 1 page, modelled on a Swiss operator's 'demande de portage' in French: "
           "Léman Connect SA's letterhead (the new operator); labels in GREY STRIPS above white "
           "boxes; 'NPA' is the Swiss postcode; Canton not in the case; N° IDE not ours; "
           "opérateur actuel, n° de client, mot de passe client; client commercial / privé "
           "ticks; portage total / partiel ticks; numéro principal; numbers 1-10 down two "
           "columns; three lines for numbers staying; date souhaitée jj.mm.aaaa; technical "
           "contact (installateur) not ours; 'Lieu' (the town: optional) and 'Date' lines; a "
           "signature-and-stamp box; 'Réservé à Léman Connect' not ours.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    s.text(40, 800, "léman", 20, bold=True)
    s.text(100, 800, "connect", 20)
    letterhead(s, R, 806, ["Léman Connect SA", "Rue du Petit-Chêne 38, 1003 Lausanne",
                           "Service portage 021 555 01 00"])
    s.text(40, 768, "Demande de portage de numéro(s)", 14, bold=True)
    s.text(40, 754, "Transfert de numéros fixes vers Léman Connect (portabilité des numéros)", 8.5)
    y: float = 730
    s.band(40, y, R - 40, "1  ABONNÉ(E)", 9)
    y -= 36
    strip_box(s, "Raison sociale / nom et prénom de l'abonné(e)", 40, y, 330, "account_name")
    strip_box(s, "N° IDE (entreprises)", 380, y, R - 380, None)
    y -= 32
    strip_box(s, "Personne autorisée à signer", 40, y, 250, "authorized_name")
    strip_box(s, "Fonction", 300, y, R - 300, "authorized_title")
    y -= 32
    strip_box(s, "Rue, n°", 40, y, 230, "street")
    strip_box(s, "NPA", 280, y, 50, "postal_code")
    strip_box(s, "Localité", 340, y, 150, "city")
    strip_box(s, "Canton", 500, y, R - 500, None)
    y -= 32
    strip_box(s, "Téléphone (joignable de jour)", 40, y, 200, "contact_phone")
    strip_box(s, "E-mail", 250, y, R - 250, "contact_email")
    y -= 18
    s.tick(40, y, "check:business", "Client commercial")
    s.tick(160, y, "check:residential", "Client privé")
    y -= 22
    s.band(40, y, R - 40, "2  OPÉRATEUR ACTUEL", 9)
    y -= 36
    strip_box(s, "Opérateur actuel", 40, y, 200, "carrier")
    strip_box(s, "N° de client chez l'opérateur actuel", 250, y, 180, "account_number")
    strip_box(s, "Mot de passe client (si existant)", 440, y, R - 440, "pin")
    y -= 22
    s.band(40, y, R - 40, "3  NUMÉROS À PORTER", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "Portage de tous les numéros du raccordement")
    s.tick(300, y, "check:partial_port", "Portage partiel (seulement les numéros ci-dessous)")
    y -= 32
    strip_box(s, "Numéro principal du raccordement", 40, y, 180, "btn")
    s.text(240, y + 4, "Format : 0XX XXX XX XX", 7.5)
    y -= 20
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y, cols=2, rows=5, col_w=258, row_h=19)
    y -= 5 * 19 + 8
    s.text(40, y, "Numéros qui restent chez l'opérateur actuel (portage partiel) :", 8)
    staying = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(3):
        x = 40 + n * 172
        s.rule(x, y - 18, x + 160)
        s.slot(staying, (x, y - 20, x + 160, y - 5), f"reste {n + 1}")
    y -= 50
    strip_box(s, "Date de portage souhaitée (jj.mm.aaaa)", 40, y, 160, "requested_date")
    strip_box(s, "Contact technique / installateur (nom, téléphone)", 210, y, R - 210, None)
    y -= 16
    y = s.para(40, y, "Par sa signature, l'abonné(e) mandate Léman Connect SA de résilier les "
               "numéros indiqués auprès de l'opérateur actuel et de les porter sur son "
               "raccordement. Les services non portés restent soumis au contrat avec "
               "l'opérateur actuel. L'abonné(e) confirme l'exactitude des données ci-dessus.",
               R - 40, 7.5)
    y -= 22
    dots(s, "Lieu", 40, y, 200, "city", optional=True)
    dots(s, "Date", 210, y, 330, "date_signed")
    s.box(340, y - 40, R - 340, 52, "signature", "signature et timbre")
    s.text(343, y + 4, "Signature(s) autorisée(s) et timbre", 6.5)
    y -= 60
    s.frame(40, y - 22, R - 40, 34)
    s.text(44, y + 4, "RÉSERVÉ À LÉMAN CONNECT", 6.5, bold=True)
    dots(s, "Reçu le", 44, y - 14, 200, None, size=7)
    dots(s, "N° de commande", 210, y - 14, 390, None, size=7)
    dots(s, "Date de portage confirmée", 400, y - 14, R - 4, None, size=7)
    s.footer("LC-POR-F  06/2026")
    return s.build()


def _pt_names() -> Iterator[str]:
    n = 0
    while True:
        n += 1
        yield f"Texto{n}"


def pt_pedido_fillable() -> Built:
    s = a4("r13-pt-pedido-fillable", "PT", "pt", ["r13-pt-home", "r13-pt-biz"],
           "Fillable, 1 page, modelled on a Portuguese operator's 'pedido de portabilidade': "
           "Atlântica Telecom's letterhead; widgets named Texto1.. and Caixa de verificação1..; "
           "labels LEFT of the widgets; NIF / NIPC not ours; Particular / Empresarial "
           "checkboxes; a representante legal block (nome, cargo, n.º de documento not ours); "
           "operador doador, n.º de cliente, código de validação; Total / Parcial checkboxes; "
           "numbers table N.º | Número | Fixo / Móvel (not ours), 8 rows; numbers staying in "
           "one widget; data pretendida dd-mm-aaaa; a printed signature line; 'A preencher "
           "pelo operador' not ours.")
    s.date_formats = ["%d-%m-%Y", "%d/%m/%Y"]
    t = _pt_names()
    s.text(40, 800, "ATLÂNTICA", 18, bold=True)
    s.text(148, 800, "telecom", 12)
    letterhead(s, R, 806, ["Atlântica Telecom, S.A.", "Av. da Liberdade 190, 1250-147 Lisboa",
                           "Apoio ao cliente 210 555 000"])
    s.text(40, 768, "Pedido de Portabilidade de Números", 14, bold=True)
    s.text(40, 755, "Preencha em maiúsculas. Os dados devem coincidir com os da fatura do "
           "operador doador.", 8)
    y: float = 732
    s.band(40, y, R - 40, "A. DADOS DO TITULAR", 9)
    rows = [("Nome / Denominação social:", "account_name", 120, 395),
            ("NIF / NIPC:", None, 120, 140),
            ("Morada:", "street", 120, 395),
            ("Código postal:", "postal_code", 120, 80),
            ("Telefone de contacto:", "contact_phone", 120, 140),
            ("E-mail:", "contact_email", 120, 240)]
    for n, (label, fld, at, w) in enumerate(rows):
        right_label_widget(s, label, next(t), 40 + at - 5, y - 24 - n * 20, w, fld)
    right_label_widget(s, "Localidade:", next(t), 300, y - 24 - 3 * 20, 190, "city")
    y -= 24 + 6 * 20
    s.text(40, y + 1, "Tipo de cliente:", 8.5)
    s.checkbox("Caixa de verificação1", 120, y, "check:residential", "Particular")
    s.checkbox("Caixa de verificação2", 200, y, "check:business", "Empresarial")
    y -= 24
    s.band(40, y, R - 40, "B. REPRESENTANTE LEGAL / PESSOA AUTORIZADA", 9)
    right_label_widget(s, "Nome:", next(t), 155, y - 24, 180, "authorized_name")
    right_label_widget(s, "Cargo:", next(t), 380, y - 24, 175, "authorized_title")
    right_label_widget(s, "N.º doc. identificação:", next(t), 155, y - 44, 140, None)
    y -= 68
    s.band(40, y, R - 40, "C. OPERADOR DOADOR", 9)
    right_label_widget(s, "Operador atual:", next(t), 155, y - 24, 180, "carrier")
    right_label_widget(s, "N.º de cliente:", next(t), 400, y - 24, 155, "account_number")
    right_label_widget(s, "Código de validação:", next(t), 155, y - 44, 100, "pin")
    right_label_widget(s, "N.º principal:", next(t), 400, y - 44, 155, "btn")
    y -= 68
    s.band(40, y, R - 40, "D. NÚMEROS A PORTAR", 9)
    y -= 20
    s.text(40, y + 1, "Portabilidade:", 8.5)
    s.checkbox("Caixa de verificação3", 120, y, "check:full_port", "Total (todos os números)")
    s.checkbox("Caixa de verificação4", 260, y, "check:partial_port",
               "Parcial (apenas os números indicados)")
    y -= 20
    slots = s.slot_group()
    s.text(40, y, "N.º", 7, bold=True)
    s.text(70, y, "Número", 7, bold=True)
    s.text(220, y, "Fixo / Móvel", 7, bold=True)
    s.text(300, y, "N.º", 7, bold=True)
    s.text(330, y, "Número", 7, bold=True)
    s.text(480, y, "Fixo / Móvel", 7, bold=True)
    made: dict[int, tuple[float, float, str]] = {}
    for r in range(4):
        for c in range(2):
            x, ry = 40 + c * 260, y - 18 - r * 18
            n = c * 4 + r + 1
            s.text(x + 4, ry + 4, str(n), 8)
            name = next(t)
            s.c.acroForm.textfield(name=name, tooltip="", x=x + 30, y=ry, width=140, height=14,
                                   fontSize=9, borderWidth=0.5, forceBorder=True)
            made[n] = (x + 30, ry, name)
            s.widget(next(t), x + 180, ry, 70, 14, None)
    for n in sorted(made):
        sx, sy, name = made[n]
        s.slot(slots, (sx, sy, sx + 140, sy + 14), f"linha {n}", name)
    y -= 18 * 4 + 28
    s.text(40, y + 4, "Números que permanecem no operador doador (portabilidade parcial):", 8)
    s.widget(next(t), 40, y - 18, R - 40, 18, "remaining_numbers")
    y -= 42
    right_label_widget(s, "Data pretendida (dd-mm-aaaa):", next(t), 165, y, 90,
                       "requested_date")
    right_label_widget(s, "Contacto técnico:", next(t), 340, y, 215, None)
    y -= 24
    y = s.para(40, y, "O titular declara que pretende manter os números acima indicados ao "
               "mudar para a Atlântica Telecom e autoriza-a a pedir a portabilidade junto do "
               "operador doador, que cessa o serviço nesses números na data da portabilidade.",
               R - 40, 7.5)
    y -= 16
    right_label_widget(s, "Data:", next(t), 70, y, 90, "date_signed")
    y -= 34
    s.sign_line("Assinatura do titular ou representante (conforme documento de identificação)",
                40, y, 340, label_below=True)
    s.frame(360, y - 30, R - 360, 54)
    s.text(364, y + 16, "A PREENCHER PELO OPERADOR", 6.5, bold=True)
    right_label_widget(s, "Pedido n.º:", next(t), 410, y, 140, None, size=7)
    right_label_widget(s, "Recebido:", next(t), 410, y - 22, 140, None, size=7)
    s.footer("ATL-PORT-01  v4")
    return s.build()


def se_fullmakt_partly() -> Built:
    s = a4("r13-se-fullmakt-partly", "SE", "sv", ["r13-se", "r13-se-partial"],
           "Partly fillable, 1 page, modelled on a Swedish operator's 'fullmakt för "
           "nummerflytt': Skärgårdsnät AB's letterhead; widgets with Swedish names (some "
           "honest, Kundnr for the account number); labels ABOVE the widgets; organisationsnummer "
           "not ours; postnummer in five PAPER comb boxes; Företag / Privat checkboxes; 'Ska "
           "alla nummer flyttas?' Ja (full) / Nej (partial); huvudnummer; ten numbers on PAPER "
           "lines numbered down two columns; two lines for numbers that stay; önskat "
           "flyttdatum ÅÅÅÅ-MM-DD widget; kontaktperson block ours, teknisk kontakt not ours; "
           "paper Datum line, firmatecknare signature line with 'Namnförtydligande' line under "
           "it; 'Fylls i av Skärgårdsnät' not ours.")
    s.date_formats = ["%Y-%m-%d"]
    s.text(40, 800, "Skärgårdsnät", 18, bold=True)
    letterhead(s, R, 806, ["Skärgårdsnät AB", "Hamngatan 12, 111 47 Stockholm",
                           "Kundservice 08-555 010 00"])
    s.text(40, 768, "Fullmakt för nummerflytt", 14, bold=True)
    s.text(40, 755, "Flytt av fasta telefonnummer till Skärgårdsnät", 8.5)
    y: float = 730
    s.band(40, y, R - 40, "KUND", 9)
    y -= 32
    widget_above(s, "Företagsnamn / namn (som på fakturan)", "Foretag", 40, y, 320,
                 "account_name")
    widget_above(s, "Organisationsnummer / personnummer", "Orgnr", 370, y, R - 370, None)
    y -= 30
    widget_above(s, "Gatuadress", "Adress", 40, y, 250, "street")
    s.text(300, y + 18, "Postnummer", 7.5, bold=True)
    comb_boxes(s, 300, y, 5, "postal_code", "Postnummer", cell=14, h=15)
    widget_above(s, "Postort", "Ort", 380, y, R - 380, "city")
    y -= 22
    s.text(40, y + 1, "Kundtyp:", 8.5)
    s.checkbox("Kundtyp1", 90, y, "check:business", "Företag")
    s.checkbox("Kundtyp2", 160, y, "check:residential", "Privat")
    y -= 22
    s.band(40, y, R - 40, "NUVARANDE OPERATÖR", 9)
    y -= 32
    widget_above(s, "Nuvarande operatör", "Operator", 40, y, 200, "carrier")
    widget_above(s, "Kundnummer hos nuvarande operatör", "Kundnr", 250, y, 170, "account_number")
    widget_above(s, "Huvudnummer", "Huvudnr", 430, y, R - 430, "btn")
    y -= 22
    s.band(40, y, R - 40, "NUMMER SOM SKA FLYTTAS", 9)
    y -= 18
    s.text(40, y, "Ska alla nummer på abonnemanget flyttas?", 8.5)
    s.tick(240, y - 1, "check:full_port", "Ja")
    s.tick(280, y - 1, "check:partial_port", "Nej, endast nummer nedan")
    y -= 22
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y, cols=2, rows=5, col_w=258, row_h=19)
    y -= 5 * 19 + 6
    s.text(40, y, "Nummer som ska stanna kvar hos nuvarande operatör:", 8)
    staying = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        x = 300 + n * 128
        s.rule(x, y - 2, x + 120)
        s.slot(staying, (x, y - 4, x + 120, y + 11), f"kvar {n + 1}")
    y -= 34
    widget_above(s, "Önskat flyttdatum (ÅÅÅÅ-MM-DD)", "Datum1", 40, y, 110, "requested_date")
    y -= 24
    s.band(40, y, R - 40, "KONTAKTPERSON", 9)
    y -= 32
    widget_above(s, "Namn", "Kontakt", 40, y, 160, "authorized_name")
    widget_above(s, "Telefon", "Telefon", 210, y, 120, "contact_phone")
    widget_above(s, "E-post", "Epost", 340, y, R - 340, "contact_email")
    y -= 30
    widget_above(s, "Teknisk kontakt (installatör), namn och telefon", "Tekniker", 40, y,
                 R - 40, None)
    y -= 18
    y = s.para(40, y, "Undertecknad firmatecknare ger Skärgårdsnät AB fullmakt att säga upp "
               "ovanstående nummer hos nuvarande operatör och flytta dem till Skärgårdsnät. "
               "Övriga tjänster hos nuvarande operatör påverkas inte av denna fullmakt.",
               R - 40, 7.5)
    y -= 36
    s.line_under(40, y, 160, "date_signed", "datum")
    s.text(40, y - 9, "Datum", 6.5)
    s.sign_line("Underskrift (firmatecknare)", 180, y, 400, label_below=True)
    y -= 30
    s.line_under(180, y, 400, "authorized_name", "namnförtydligande")
    s.text(180, y - 9, "Namnförtydligande", 6.5)
    s.frame(420, y - 12, R - 420, 52)
    s.text(424, y + 32, "FYLLS I AV SKÄRGÅRDSNÄT", 6.5, bold=True)
    dots(s, "Mottaget", 424, y + 14, R - 4, None, size=7)
    dots(s, "Order", 424, y - 4, R - 4, None, size=7)
    s.footer("SGN-NF-3  2026-09")
    return s.build()


FORMS = {"r13-ch-portage-paper": ch_portage_paper, "r13-pt-pedido-fillable": pt_pedido_fillable,
         "r13-se-fullmakt-partly": se_fullmakt_partly}
