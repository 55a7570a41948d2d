"""Round 22, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Surinamese paper verzoek tot nummerportering in Dutch, in two columns: the applicant on the
  left (labels with dotted leaders: Plaats the town, District the district), the current
  provider on the right; the KKF-nummer and ID-nummer not ours; a "Van nummer | Tot en met |
  Aantal" ranges table left empty above a list of single numbers down two columns; dd-mm-jjjj;
  a signature line and a "Gezien door (medewerker)" line and stamp not ours.
- An Angolan fillable pedido de portabilidade in Portuguese: widgets "Caixa de texto N", the NIF
  not ours, a Província drop-down and Município the town, a radio group "Tipo" exporting
  Opção1 / Opção2 for empresa / particular, every number in a nine-cell comb widget, the date
  dd/mm/aaaa, a signature line without a widget beside a carimbo box, the receiving operator's
  representative's signature not ours.
- A Bermuda paper LOA in English: the signer, title, company, carrier and account number inside
  one sentence with captions in brackets under each blank, the parish and postcode in boxes with
  their labels inside, numbers on lines after a printed "441-" (the local part only), the
  numbers that stay likewise, DD/MM/YYYY, a witness (Justice of the Peace or notary) not ours.
- A Senegalese fillable demande de portabilité in French over two pages: widgets Champ N, the
  NINEA and RCCM not ours, a Région drop-down, a radio group "Choix" (Oui / Non) answering
  "Portabilité de tous les numéros ?", numbers 1-10 in widgets down one column and an annex page
  of widgets 11-40 numbered across the rows, the signer's ID card number and an agent
  (mandataire) not ours, JJ/MM/AAAA, a signature widget beside a cachet box, an office panel.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import Gap, numbered_slots
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round7_kit import range_rows
from tests.loaforms.round9_kit import comb_widget, dots
from tests.loaforms.round10_kit import captioned_sentence
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import column_slots, radio_row
from tests.loaforms.round14_kit import office_panel, sign_block, witness_line
from tests.loaforms.round20_kit import across_widgets, label_in_box, letterhead

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER
_PROVINCIAS = ["Bengo", "Benguela", "Cabinda", "Huambo", "Huíla", "Luanda", "Malanje",
               "Namibe", "Uíge"]
_REGIONS = ["Dakar", "Diourbel", "Fatick", "Kaolack", "Louga", "Saint-Louis", "Thiès",
            "Ziguinchor"]


def _names(pattern: str) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(1))


def sr_portering_paper() -> Built:
    s = a4("r22-sr-portering-paper", "SR", "nl", ["r22-sr", "r22-sr-partial"],
           "Paper, Suriname, Dutch, two columns: applicant left (dotted leaders; Plaats the "
           "town, District the district; KKF-nummer and ID-nummer not ours), current provider "
           "right; ranges table 'Van nummer | Tot en met | Aantal' empty; single numbers 1-16 "
           "down two columns; numbers that stay on lines; dd-mm-jjjj; signature line; 'Gezien "
           "door' and stamp not ours.")
    s.date_formats = ["%d-%m-%Y", "%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Saramacca Connect N.V.", "Kernkampweg 21",
                                      "Paramaribo"])
    s.text(40, H4 - 50, "VERZOEK TOT NUMMERPORTERING", 14, bold=True)
    s.text(40, H4 - 64, "Vaste telefonie  -  behoud van uw nummer(s)", 8.5)
    y = H4 - 92
    mid = W4 / 2
    s.band(40, y, mid - 50, "Gegevens aanvrager", 8.5)
    s.band(mid + 10, y, W4 - 50 - mid, "Huidige aanbieder", 8.5)
    y -= 24
    left: list[tuple[str, str | None]] = [
        ("Naam / bedrijfsnaam", "account_name"), ("Adres", "street"), ("Plaats", "city"),
        ("District", "state"), ("KKF-nummer", None), ("Contactpersoon", "authorized_name"),
        ("Functie", "authorized_title"), ("ID-nummer contactpersoon", None),
        ("Telefoon", "contact_phone"), ("E-mail", "contact_email")]
    right: list[tuple[str, str | None]] = [
        ("Naam aanbieder", "carrier"), ("Klantnummer", "account_number"),
        ("Hoofdnummer", "btn")]
    for k, (label, fld) in enumerate(left):
        dots(s, label, 40, y - k * 20, mid - 10, fld)
    for k, (label, fld) in enumerate(right):
        dots(s, label, mid + 10, y - k * 20, W4 - 40, fld)
    ry = y - len(right) * 20 - 6
    s.tick(mid + 10, ry, "check:full_port", "alle nummers van de aansluiting")
    s.tick(mid + 10, ry - 18, "check:partial_port", "alleen de nummers hieronder")
    y -= len(left) * 20 + 8
    s.band(40, y, W4 - 80, "Te porteren nummers", 8.5)
    y -= 16
    s.text(40, y, "Nummerreeks:", 7.5)
    y = range_rows(s, 40, y - 4, [("Van nummer", 150), ("Tot en met", 150), ("Aantal", 60)], 1)
    y -= 14
    s.text(40, y, "Losse nummers:", 7.5)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 20, cols=2, rows=8, col_w=257, down=True, row_h=18)
    y -= 20 + 8 * 18 + 4
    s.text(40, y, "Nummers die bij de huidige aanbieder blijven:", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 250, y - 2, 400, 1, 18, stay, "blijft 1")
    lines(s, 410, y - 2, 555, 1, 18, stay, "blijft 2")
    y -= 24
    y = s.para(40, y, "Ondergetekende verzoekt Saramacca Connect N.V. de bovenstaande nummers "
               "over te zetten en machtigt haar het abonnement voor deze nummers bij de huidige "
               "aanbieder op te zeggen.", W4 - 80, 7.5) - 12
    dots(s, "Datum (dd-mm-jjjj)", 40, y, 220, "date_signed")
    y -= 44
    s.sign_line("Handtekening aanvrager", 40, y, 300, label_below=True)
    s.box(340, y - 6, 215, 48, None, "Stempel / gezien door")
    s.text(344, y + 34, "Gezien door (medewerker) en stempel", 6.5)
    s.footer("SC-NP-01  2026")
    return s.build()


def ao_portabilidade_fillable() -> Built:
    s = a4("r22-ao-portabilidade-fillable", "AO", "pt", ["r22-ao", "r22-ao-partial"],
           "Fillable, Angola, Portuguese. Widgets 'Caixa de texto N'; NIF not ours; Província "
           "drop-down, Município the town; radio Tipo Opção1 (empresa) / Opção2 (particular); "
           "numbers 1-10 in nine-cell comb widgets; numbers that stay in two combs; dd/mm/aaaa; "
           "signature line without a widget, carimbo not ours; the receiving operator's "
           "representative's signature not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    f = _names("Caixa de texto {n}")
    letterhead(s, W4 - 40, H4 - 40, ["Kianda Telecom, S.A.", "Avenida 4 de Fevereiro, n.º 42",
                                      "Luanda"])
    s.text(40, H4 - 50, "PEDIDO DE PORTABILIDADE DE NÚMERO", 14, bold=True)
    s.text(40, H4 - 64, "Serviço fixo  -  operador receptor: Kianda Telecom, S.A.", 8)
    y = H4 - 90
    s.text(40, y, "Tipo de cliente:", 8, bold=True)
    radio_row(s, "Tipo", 120, y - 1, [("Opção1", "Empresa", "check:business"),
                                        ("Opção2", "Particular", "check:residential")])
    y -= 34
    above(s, "Nome / denominação social", next(f), 40, y, 330, "account_name")
    above(s, "NIF", next(f), 380, y, 175, None)
    y -= 30
    above(s, "Morada (rua, n.º, andar)", next(f), 40, y, 515, "street")
    y -= 30
    above(s, "Município", next(f), 40, y, 180, "city")
    s.text(230, y + 18, "Província", 7.5, bold=True)
    choice_widget(s, next(f), 230, y, 120, _PROVINCIAS, "state")
    above(s, "Telefone de contacto", next(f), 360, y, 195, "contact_phone")
    y -= 30
    above(s, "Nome do representante", next(f), 40, y, 250, "authorized_name")
    above(s, "Cargo", next(f), 300, y, 255, "authorized_title")
    y -= 30
    above(s, "Operador doador", next(f), 40, y, 250, "carrier")
    above(s, "N.º de cliente / contrato", next(f), 300, y, 255, "account_number")
    y -= 22
    s.checkbox(next(f), 40, y, "check:full_port", "Todos os números do contrato")
    s.checkbox(next(f), 250, y, "check:partial_port", "Apenas os números abaixo")
    y -= 10
    s.text(40, y, "Números a portar (nove algarismos, sem o 244):", 7.5, bold=True)
    slots = s.slot_group(ordered=True)
    for n in range(10):
        col, row = divmod(n, 5)
        x, yy = 40 + col * 260, y - 22 - row * 22
        s.right_text(x + 16, yy + 5, f"{n + 1}.", 8)
        name = next(f)
        comb_widget(s, name, x + 22, yy, 9, None)
        s.places.pop()
        s.slot(slots, (x + 22, yy, x + 22 + 9 * 13, yy + 16), f"número {n + 1}", name)
    y -= 22 + 5 * 22
    s.text(40, y + 4, "Números que ficam no operador doador:", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((200, 380)):
        name = next(f)
        comb_widget(s, name, x, y, 9, None)
        s.places.pop()
        s.slot(stay, (x, y, x + 9 * 13, y + 16), f"fica {k + 1}", name)
    y -= 22
    y = s.para(40, y, "Autorizo a Kianda Telecom, S.A. a solicitar ao operador doador a "
               "portabilidade dos números indicados e a cessação do respectivo serviço.",
               W4 - 80, 7.5) - 34
    above(s, "Local", next(f), 40, y, 110, None)
    above(s, "Data (dd/mm/aaaa)", next(f), 160, y, 90, "date_signed")
    s.sign_line("Assinatura do cliente", 270, y, 430, label_below=True)
    s.box(445, y - 6, 110, 44, None, "Carimbo")
    s.text(449, y - 14, "Carimbo da empresa", 6.5)
    y -= 50
    witness_line(s, "Representante do operador receptor (assinatura)", 40, y, 270)
    under(s, "Nome do representante do operador", 300, y, 555, None)
    s.footer("KT-PP-AO  v1")
    return s.build()


def bm_loa_paper() -> Built:
    s = letter("r22-bm-loa-paper", "BM", "en", ["r22-bm", "r22-bm-partial"],
               "Paper, Bermuda, English. Signer, title, company, carrier and account number "
               "inside one sentence, each blank captioned in brackets under it; street line; "
               "Parish and Postcode boxes with labels inside; numbers 1-12 on lines after a "
               "printed '441-' (local part only), those that stay likewise; DD/MM/YYYY; "
               "witness (JP or notary) not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, WL - 40, HL - 40, ["Somers Isles Telecom Ltd.", "22 Church Street",
                                      "Hamilton HM 11, Bermuda"])
    s.text(40, HL - 46, "LETTER OF AUTHORISATION", 14, bold=True)
    s.text(40, HL - 60, "Transfer of fixed-line telephone numbers", 8.5)
    y = HL - 96
    captioned_sentence(s, 40, y, [
        "I,", Gap(140, "authorized_name", "print name"), ",",
        Gap(110, "authorized_title", "title"), "of", Gap(200, "account_name", "company"),
        ", authorise Somers Isles Telecom Ltd. to transfer the numbers below from",
        Gap(150, "carrier", "current carrier"), ", account number",
        Gap(120, "account_number", "account number"),
        ", and to end their service with that carrier once the transfer is complete."],
        size=9, right=572)
    y -= 96
    under(s, "Service address (building, street)", 40, y, 330, "street")
    under(s, "Town", 340, y, 440, "city")
    label_in_box(s, "Parish", 450, y - 8, 60, "state")
    label_in_box(s, "Postcode", 514, y - 8, 58, "postal_code")
    y -= 36
    under(s, "Contact telephone", 40, y, 200, "contact_phone")
    under(s, "E-mail", 210, y, 440, "contact_email")
    y -= 26
    s.tick(40, y, "check:full_port", "All numbers on the account")
    s.tick(220, y, "check:partial_port", "Only the numbers listed")
    y -= 24
    s.text(40, y, "Numbers to transfer:", 8, bold=True)
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # written after the printed 441-
    for n in range(12):
        col, row = divmod(n, 4)
        x, yy = 40 + col * 178, y - 22 - row * 20
        s.right_text(x + 16, yy + 2, f"{n + 1}.", 8)
        s.text(x + 20, yy + 2, "441-", 8.5)
        s.rule(x + 40, yy, x + 160)
        s.slot(slots, (x + 40, yy - 2, x + 160, yy + 13), f"441- line {n + 1}")
    y -= 22 + 4 * 20 + 6
    s.text(40, y, "Numbers staying with the current carrier:", 8, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    stay_group = s._slot_groups[-1]
    stay_group["local"] = True
    for k, x in enumerate((250, 420)):
        s.text(x - 20, y, "441-", 8.5)
        s.rule(x, y - 2, x + 140)
        s.slot(stay, (x, y - 4, x + 140, y + 11), f"staying 441- {k + 1}")
    y -= 46
    sign_block(s, 40, y, [("Signature", "signature"), ("Date (DD/MM/YYYY)", "date_signed")],
               [330, 188])
    y -= 46
    witness_line(s, "Witness (Justice of the Peace or notary public)", 40, y, 330)
    under(s, "Witness name and commission no.", 344, y, 572, None)
    office_panel(s, 40, 44, WL - 80, "SOMERS ISLES TELECOM USE", ["Work order", "Port date",
                                                                   "Agent"], h=40)
    s.footer("SIT-LOA  01/2026")
    return s.build()


def sen_portabilite_fillable() -> Built:
    s = a4("r22-sen-portabilite-fillable", "SN", "fr", ["r22-sen", "r22-sen-partial"],
           "Fillable, Senegal, French, two pages. Widgets Champ N; NINEA and RCCM not ours; "
           "Région drop-down, Commune the town; radio Choix Oui / Non to 'Portabilité de tous "
           "les numéros ?'; numbers 1-10 in widgets down one column; annex page of widgets "
           "11-40 across the rows; the signer's ID card number and a mandataire not ours; "
           "JJ/MM/AAAA; signature widget; cachet box; office panel.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    f = _names("Champ {n}")
    letterhead(s, W4 - 40, H4 - 40, ["Baobab Télécom SA", "Route des Almadies, lot 12",
                                      "Dakar"])
    s.text(40, H4 - 50, "DEMANDE DE PORTABILITÉ", 15, bold=True)
    s.text(40, H4 - 64, "Numéros fixes  -  opérateur receveur : Baobab Télécom SA", 8)
    y = H4 - 96
    above(s, "Raison sociale / nom et prénom", next(f), 40, y, 330, "account_name")
    above(s, "NINEA", next(f), 380, y, 80, None)
    above(s, "RCCM", next(f), 470, y, 85, None)
    y -= 30
    above(s, "Adresse", next(f), 40, y, 330, "street")
    above(s, "Commune", next(f), 380, y, 175, "city")
    y -= 30
    s.text(40, y + 18, "Région", 7.5, bold=True)
    choice_widget(s, next(f), 40, y, 110, _REGIONS, "state")
    above(s, "Téléphone de contact", next(f), 160, y, 150, "contact_phone")
    above(s, "E-mail", next(f), 320, y, 235, "contact_email")
    y -= 30
    above(s, "Signataire (nom et prénom)", next(f), 40, y, 200, "authorized_name")
    above(s, "Qualité", next(f), 250, y, 140, "authorized_title")
    above(s, "N° CNI / passeport du signataire", next(f), 400, y, 155, None)
    y -= 30
    above(s, "Opérateur donneur", next(f), 40, y, 200, "carrier")
    above(s, "N° de compte client", next(f), 250, y, 305, "account_number")
    y -= 24
    s.text(40, y, "Portabilité de tous les numéros du compte ?", 8, bold=True)
    radio_row(s, "Choix", 260, y - 1, [("Oui", "Oui", "check:full_port"),
                                         ("Non", "Non (seulement ceux listés)",
                                          "check:partial_port")])
    y -= 24
    s.text(40, y, "Numéros à porter (suite en annexe, page 2) :", 8, bold=True)
    slots = s.slot_group(ordered=True)
    column_slots(s, slots, 40, y - 20, 10, 220, [f"Champ num {n}" for n in range(1, 11)])
    s.text(300, y - 6, "Numéros conservés chez l'opérateur donneur :", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    column_slots(s, stay, 300, y - 20, 2, 200, ["Champ reste 1", "Champ reste 2"])
    above(s, "Date de portage souhaitée (JJ/MM/AAAA)", next(f), 300, y - 90, 120,
          "requested_date")
    y -= 20 + 10 * 18 + 10
    s.text(40, y, "Mandataire (si la demande est déposée par un tiers) :", 7.5, bold=True)
    y -= 26
    above(s, "Nom du mandataire", next(f), 40, y, 250, None)
    above(s, "N° CNI du mandataire", next(f), 300, y, 255, None)
    y -= 24
    y = s.para(40, y, "Le titulaire donne mandat à Baobab Télécom SA pour effectuer auprès de "
               "l'opérateur donneur les démarches de portabilité et de résiliation des numéros "
               "portés.", W4 - 80, 7.5) - 34
    above(s, "Fait le (JJ/MM/AAAA)", next(f), 40, y, 100, "date_signed")
    s.widget(next(f), 160, y - 10, 240, 26, "signature")
    s.text(160, y - 19, "Signature du titulaire", 6.5)
    s.box(420, y - 12, 135, 46, None, "Cachet")
    s.text(424, y - 20, "Cachet de l'entreprise", 6.5)
    office_panel(s, 40, 50, W4 - 80, "Réservé à Baobab Télécom",
                 ["N° de demande", "Date de portage", "Agent"], widgets=_names("Reserve {n}"))
    s.footer("BT-DP-SN  page 1/2")
    s.next_page()
    s.text(40, H4 - 56, "Annexe  -  numéros à porter (suite)", 12, bold=True)
    above(s, "Raison sociale / nom et prénom", next(f), 40, H4 - 96, 330, "account_name")
    across_widgets(s, slots, 40, H4 - 130, cols=3, rows=10, col_w=(W4 - 80) / 3, first=11,
                   names=_names("Annexe {n}"))
    s.footer("BT-DP-SN  page 2/2")
    return s.build()


FORMS = {
    "r22-sr-portering-paper": sr_portering_paper,
    "r22-ao-portabilidade-fillable": ao_portabilidade_fillable,
    "r22-bm-loa-paper": bm_loa_paper,
    "r22-sen-portabilite-fillable": sen_portabilite_fillable,
}
