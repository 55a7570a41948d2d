"""Round 22, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Washington State CLEC's fillable port-in LOA: widgets named the way a form designer's export
  tool leaves them ("topmostSubform[0].Page1[0].TextField1[N]"), one whose name lies ("Title"
  holds the company), a state drop-down, a radio group "RadioButtonList" exporting 0 / 1 for
  business / residential and another for all / some numbers, a numbers grid of widgets numbered
  across the rows (1 2 3 / 4 5 6), a ranges table left empty, the gaining carrier's own section
  (OCN, contact) not ours, a co-signer's line not ours, dates MM/DD/YYYY, a signature line
  without a widget.
- A Yukon CLEC's two-page paper LOA in English: labels in the left column of a ruled grid, a
  numbers table whose header is printed at the foot of page 1 and whose rows (1-20, down the
  columns) are on page 2, the numbers that stay on lines, dates YYYY-MM-DD, a witness not ours,
  the customer's GST number not ours.
- A Northern Ireland partly fillable LoA: widgets named Text1.. with captions under them, the
  company registration number not ours, an agent's details (signing for the customer) not ours,
  "Area code | Number" rows on paper with the area code per row, DD/MM/YYYY, every page signed and
  dated (page 2: terms, signature and date again).
- A western Swiss fillable demande de portage in French whose widgets keep German names (Firma,
  Strasse, PLZ, Ort, Kanton as a drop-down), the IDE / UID number not ours, a numbers comb of
  widgets down two columns, a "Du numéro | Au numéro" ranges table left empty, a radio group
  "Umfang" (alle / teilweise), the date JJ.MM.AAAA inside a sentence of widgets, a signature
  widget, a second signature (signature collective à deux) not ours, an office panel.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import Gap, numbered_slots, sentence
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round5_kit import widget_below as below
from tests.loaforms.round6_kit import lines
from tests.loaforms.round7_kit import range_rows
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import label_cells, radio_row
from tests.loaforms.round14_kit import office_panel, sign_block, witness_line
from tests.loaforms.round20_kit import code_rows, letterhead

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER
_STATES = ["ID", "OR", "WA"]
_KANTONE = ["FR", "GE", "JU", "NE", "VD", "VS", "BE"]


def _names(pattern: str) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(1))


def wa_clec_fillable() -> Built:
    s = letter("r22-wa-clec-fillable", "US", "en", ["r22-wa", "r22-wa-partial"],
               "Fillable, Washington State CLEC port-in LOA. Export-tool widget names "
               "topmostSubform[0].Page1[0].TextField1[N]; 'Title' lies (holds the company); "
               "state drop-down; RadioButtonList 0/1 business/residential and all/some; numbers "
               "grid of widgets 1-18 across the rows; ranges table empty; gaining carrier's OCN "
               "and contact not ours; co-signer not ours; MM/DD/YYYY; signature line without a "
               "widget.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    f = _names("topmostSubform[0].Page1[0].TextField1[{n}]")
    letterhead(s, WL - 40, HL - 40, ["Puget Fiber Voice LLC", "1000 2nd Ave, Suite 1700",
                                      "Seattle, WA 98104  -  206-555-0100"])
    s.text(40, HL - 46, "Letter of Agency - Local Number Port", 14, bold=True)
    s.text(40, HL - 60, "Please complete every field exactly as it appears on your current bill.",
           8)
    y = HL - 96
    above(s, "Customer name (as billed)", "Title", 40, y, 330, "account_name")
    above(s, "Authorized person", next(f), 380, y, 192, "authorized_name")
    y -= 32
    above(s, "Service address (no P.O. boxes)", next(f), 40, y, 330, "street")
    above(s, "Authorized person's title", next(f), 380, y, 192, "authorized_title")
    y -= 32
    above(s, "City", next(f), 40, y, 200, "city")
    s.text(250, y + 18, "State", 7.5, bold=True)
    choice_widget(s, next(f), 250, y, 50, _STATES, "state")
    above(s, "ZIP", next(f), 310, y, 60, "postal_code")
    above(s, "Contact phone", next(f), 380, y, 192, "contact_phone")
    y -= 32
    above(s, "Current carrier", next(f), 40, y, 160, "carrier")
    above(s, "Account number", next(f), 210, y, 160, "account_number")
    above(s, "Billing telephone number (BTN)", next(f), 380, y, 192, "btn")
    y -= 24
    s.text(40, y, "Service type:", 8, bold=True)
    radio_row(s, "RadioButtonList", 110, y - 1, [("0", "Business", "check:business"),
                                                   ("1", "Residential", "check:residential")])
    s.text(300, y, "Port:", 8, bold=True)
    radio_row(s, "RadioButtonList2", 330, y - 1,
              [("0", "All numbers on the account", "check:full_port"),
               ("1", "Only the numbers below", "check:partial_port")], gap=10)
    y -= 22
    s.text(40, y, "Telephone numbers to port (NPA-NXX-XXXX)", 8.5, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 20, cols=3, rows=6, col_w=(WL - 80) / 3, down=False,
                   names=[f"topmostSubform[0].Page1[0].NumField[{n}]" for n in range(18)])
    y -= 20 + 6 * 19 + 8
    s.text(40, y, "Or a range of consecutive numbers:", 7.5)
    y = range_rows(s, 40, y - 4, [("From", 140), ("Through", 140), ("Qty", 50)], 2) - 18
    s.text(40, y + 4, "Numbers that stay with the current carrier:", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((240, 410)):
        name = next(f)
        s.widget(name, x, y, 160, 14, None)
        s.places.pop()
        s.slot(stay, (x, y, x + 160, y + 14), f"stays {k + 1}", name)
    y -= 30
    above(s, "Requested port date (MM/DD/YYYY)", next(f), 40, y, 140, "requested_date")
    y -= 12
    s.band(40, y, WL - 80, "GAINING CARRIER (Puget Fiber Voice completes)", 8.5)
    y -= 30
    above(s, "OCN", "OCN_gaining", 40, y, 80, None)
    above(s, "Project manager", "PM_gaining", 130, y, 200, None)
    above(s, "PON", "PON_gaining", 340, y, 232, None)
    y -= 14
    y = s.para(40, y, "By signing, I authorize Puget Fiber Voice LLC to act as my agent to port "
               "the numbers above from my current carrier and to disconnect them there. I am "
               "authorized to act for the account.", WL - 80, 7.5) - 30
    s.sign_line("Authorized signature", 40, y, 340, label_below=True)
    below(s, "Date (MM/DD/YYYY)", next(f), 354, y + 1, 140, "date_signed")
    y -= 40
    s.text(40, y + 8, "Second signer (only if the account requires two):", 7, bold=True)
    witness_line(s, "Co-signer signature", 260, y, 420)
    under(s, "Co-signer name", 430, y, 572, None)
    s.footer("PFV-LOA-WA  rev 01/2026")
    return s.build()


def yt_loa_paper() -> Built:
    s = letter("r22-yt-loa-paper", "CA", "en", ["r22-yt", "r22-yt-partial"],
               "Paper, two pages, Yukon CLEC, English. Labels in the left column of a ruled grid; "
               "GST number not ours; business / residential ticks; the numbers table's header at "
               "the foot of page 1, its rows 1-20 (down the columns) on page 2; numbers staying "
               "on lines; requested date and date signed YYYY-MM-DD; witness not ours; office "
               "panel.")
    s.date_formats = ["%Y-%m-%d", "%Y/%m/%d"]
    letterhead(s, WL - 40, HL - 40, ["Midnight Sun Telecom Inc.", "4190 4th Avenue",
                                      "Whitehorse, YT  Y1A 1J6"])
    s.text(40, HL - 46, "NUMBER TRANSFER AUTHORIZATION", 14, bold=True)
    y = HL - 80
    s.band(40, y, WL - 80, "1. ACCOUNT HOLDER", 9)
    y = label_cells(s, 40, y - 8, [
        ("Name on the account", "account_name"),
        ("Street address of service", "street"),
        ("Community", "city"),
        ("Territory / Province", "state"),
        ("Postal code", "postal_code"),
        ("GST / business number (if any)", None),
        ("Daytime phone", "contact_phone"),
        ("E-mail", "contact_email"),
    ], 170, WL - 80 - 170)
    y -= 18
    s.tick(40, y, "check:business", "Business account")
    s.tick(180, y, "check:residential", "Residential account")
    y -= 20
    s.band(40, y, WL - 80, "2. CURRENT PROVIDER", 9)
    y = label_cells(s, 40, y - 8, [
        ("Current provider", "carrier"),
        ("Account number", "account_number"),
        ("Main (billing) telephone number", "btn"),
    ], 170, WL - 80 - 170)
    y -= 18
    s.text(40, y, "Transfer:", 8, bold=True)
    s.tick(90, y, "check:full_port", "every number on the account")
    s.tick(260, y, "check:partial_port", "only the numbers listed on page 2")
    y -= 24
    s.text(40, y, "Requested transfer date:", 8)
    s.line_under(150, y - 2, 260, "requested_date", "requested transfer date")
    s.text(266, y, "(YYYY-MM-DD)", 7)
    y -= 28
    s.band(40, y, WL - 80, "3. TELEPHONE NUMBERS TO TRANSFER", 9)
    y -= 14
    s.text(40, y, "Write each number as 867-XXX-XXXX; the list is on page 2.", 7.5)
    y -= 20
    for x in (40, 316):
        s.frame(x, y, 256, 16)
        s.text(x + 4, y + 5, "#", 7.5, bold=True)
        s.text(x + 30, y + 5, "Telephone number (area code first)", 7.5, bold=True)
    s.footer("MST-NTA-01   page 1 of 2")
    s.next_page()
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, HL - 60, cols=2, rows=10, col_w=276, down=True, row_h=20)
    y = HL - 60 - 10 * 20 - 16
    s.text(40, y, "Numbers that stay with the current provider (partial transfer only):", 7.5,
           bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 20, 290, 2, 20, stay, "stay left")
    lines(s, 316, y - 20, 572, 2, 20, stay, "stay right")
    y -= 70
    s.band(40, y, WL - 80, "4. AUTHORIZATION", 9)
    y = s.para(40, y - 16, "I authorize Midnight Sun Telecom Inc. to act as my agent to transfer "
               "the numbers listed above from my current provider. I will keep my current "
               "service until the transfer is complete.", WL - 80, 7.5) - 30
    sign_block(s, 40, y, [("Signature", "signature"), ("Date signed (YYYY-MM-DD)", "date_signed")],
               [330, 188])
    y -= 36
    sign_block(s, 40, y, [("Print name", "authorized_name"), ("Position", "authorized_title")],
               [330, 188])
    y -= 40
    witness_line(s, "Witness signature", 40, y, 300)
    under(s, "Witness name (print)", 316, y, 572, None)
    office_panel(s, 40, 44, WL - 80, "OFFICE USE", ["Order no.", "Rep", "FOC"], h=40)
    s.footer("MST-NTA-01   page 2 of 2")
    return s.build()


def _ni_page_sign(s: Any, y: float) -> None:
    sign_block(s, 40, y, [("Signature", "signature"), ("Date (DD/MM/YYYY)", "date_signed")],
               [300, 160])


def ni_loa_partly() -> Built:
    s = a4("r22-ni-loa-partly", "GB", "en", ["r22-ni", "r22-ni-partial"],
           "Partly fillable, Northern Ireland LoA, two pages. Widgets Text1.. with captions "
           "under them; company registration number not ours; an agent's name and firm not ours; "
           "'Area code | Number' rows 1-12 on paper (area code per row); numbers that stay on "
           "lines; DD/MM/YYYY; signature and date on every page (page 2 terms).")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    t = _names("Text{n}")
    letterhead(s, W4 - 40, H4 - 40, ["Foyle Networks Ltd", "Unit 4, Carlisle Road",
                                      "Derry~Londonderry  BT48 6JJ"])
    s.text(40, H4 - 50, "Letter of Authority", 15, bold=True)
    s.text(40, H4 - 64, "Transfer of telephone numbers to Foyle Networks", 8.5)
    y = H4 - 100
    below(s, "Company or customer name", next(t), 40, y, 330, "account_name")
    below(s, "Company registration no.", next(t), 380, y, 175, None)
    y -= 34
    below(s, "Installation address", next(t), 40, y, 330, "street")
    below(s, "Town", next(t), 380, y, 100, "city")
    below(s, "Postcode", next(t), 490, y, 65, "postal_code")
    y -= 34
    below(s, "Current provider", next(t), 40, y, 160, "carrier")
    below(s, "Account number with current provider", next(t), 210, y, 160, "account_number")
    below(s, "Main billing number", next(t), 380, y, 175, "btn")
    y -= 34
    below(s, "Contact telephone", next(t), 40, y, 160, "contact_phone")
    below(s, "Contact e-mail", next(t), 210, y, 345, "contact_email")
    y -= 28
    s.checkbox(next(t), 40, y, "check:full_port", "Port all numbers on this account")
    s.checkbox(next(t), 260, y, "check:partial_port", "Port only the numbers below")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Number after its Area code
    top = y - 8
    heads = ("", "Area code", "Number")
    code_rows(s, slots, 40, top, 1, 6, heads, (22, 60, 173))
    code_rows(s, slots, 300, top, 7, 6, heads, (22, 60, 173))
    y = top - 16 * 7 - 16
    s.text(40, y, "Numbers remaining with the current provider:", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 290, 2, 18, stay, "remaining, left")
    lines(s, 305, y - 18, 555, 2, 18, stay, "remaining, right")
    y -= 60
    below(s, "Name of authorised signatory", next(t), 40, y, 250, "authorized_name")
    below(s, "Position", next(t), 300, y, 255, "authorized_title")
    y -= 30
    s.text(40, y, "Agent (only if someone signs on the customer's behalf):", 7.5, bold=True)
    y -= 22
    under(s, "Agent's name", 40, y, 250, None)
    under(s, "Agent's firm", 300, y, 555, None)
    y -= 40
    _ni_page_sign(s, y)
    s.footer("FN-LOA-NI  page 1 of 2  -  sign and date every page")
    s.next_page()
    s.text(40, H4 - 60, "Terms of transfer", 12, bold=True)
    y = s.para(40, H4 - 80, "1. The customer authorises Foyle Networks Ltd to request the "
               "transfer of the numbers on page 1 from the current provider. 2. The customer "
               "keeps its account with the current provider open until the transfer completes. "
               "3. Charges due to the current provider remain the customer's. 4. Numbers not "
               "listed stay with the current provider.", W4 - 80, 8) - 40
    s.text(40, y + 14, "Signed for the customer on this page too:", 7.5, bold=True)
    _ni_page_sign(s, y - 20)
    s.footer("FN-LOA-NI  page 2 of 2  -  sign and date every page")
    return s.build()


def ch_portage_fillable() -> Built:
    s = a4("r22-ch-portage-fillable", "CH", "fr", ["r22-ch", "r22-ch-partial"],
           "Fillable, western Swiss demande de portage in French with German widget names "
           "(Firma, Strasse, PLZ, Ort, Kanton drop-down); IDE/UID not ours; radio Umfang "
           "alle/teilweise; numbers in widgets Nr_N down two columns 1-16; 'Du numéro | Au "
           "numéro' ranges empty; date JJ.MM.AAAA inside a sentence of widgets; signature "
           "widget; second signature (collective à deux) not ours; office panel.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Romandie Télécom SA", "Chemin de la Gare 7",
                                      "1020 Renens VD"])
    s.text(40, H4 - 50, "Demande de portage de numéros", 15, bold=True)
    s.text(40, H4 - 64, "Procuration en faveur de Romandie Télécom SA (nouveau fournisseur)", 8)
    y = H4 - 96
    s.band(40, y, W4 - 80, "Titulaire du raccordement", 9)
    y -= 32
    above(s, "Raison sociale / nom, prénom", "Firma", 40, y, 330, "account_name")
    above(s, "N° IDE (CHE-xxx.xxx.xxx)", "UID", 380, y, 175, None)
    y -= 30
    above(s, "Rue et numéro", "Strasse", 40, y, 330, "street")
    above(s, "Personne de contact (téléphone)", "Kontakt_Tel", 380, y, 175, "contact_phone")
    y -= 30
    above(s, "NPA", "PLZ", 40, y, 60, "postal_code")
    above(s, "Localité", "Ort", 110, y, 200, "city")
    s.text(320, y + 18, "Canton", 7.5, bold=True)
    choice_widget(s, "Kanton", 320, y, 50, _KANTONE, "state")
    above(s, "E-mail", "EMail", 380, y, 175, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "Fournisseur actuel", 9)
    y -= 32
    above(s, "Fournisseur actuel", "Anbieter_alt", 40, y, 250, "carrier")
    above(s, "N° de client", "Kundennummer", 300, y, 255, "account_number")
    y -= 24
    s.text(40, y, "Portage :", 8, bold=True)
    radio_row(s, "Umfang", 90, y - 1, [("alle", "tous les numéros du raccordement",
                                         "check:full_port"),
                                        ("teilweise", "seulement les numéros ci-dessous",
                                         "check:partial_port")])
    y -= 20
    s.text(40, y, "Numéros à porter (un par ligne, avec l'indicatif : 021 555 01 40)", 8,
           bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 20, cols=2, rows=8, col_w=257, down=True, row_h=18,
                   names=[f"Nr_{n}" for n in range(1, 17)])
    y -= 20 + 8 * 18 + 4
    s.text(40, y, "ou plages de numéros :", 7.5)
    y = range_rows(s, 40, y - 4, [("Du numéro", 170), ("Au numéro", 170), ("Nombre", 60)], 2)
    y -= 16
    s.text(40, y, "Numéros qui restent chez le fournisseur actuel :", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((250, 405)):
        s.widget(f"Verbleib_{k + 1}", x, y - 3, 150, 14, None)
        s.places.pop()
        s.slot(stay, (x, y - 3, x + 150, y + 11), f"reste {k + 1}", f"Verbleib_{k + 1}")
    y -= 26

    def box(sheet: Any, x: float, yy: float, gap: Gap) -> None:
        sheet.widget(gap.what, x, yy - 3, gap.width, 14, gap.fld)

    sentence(s, 40, y, ["Le titulaire demande le portage pour le", Gap(80, "requested_date",
                                                                       "Datum_Portierung"),
                        "(JJ.MM.AAAA) au plus tôt, et donne procuration au nouveau fournisseur "
                        "de résilier les numéros portés auprès du fournisseur actuel."],
             size=8, right=555, leading=16, put_gap=box)
    y -= 48
    s.band(40, y, W4 - 80, "Signature(s)", 9)
    y -= 34
    above(s, "Lieu", "Ort_Unterschrift", 40, y, 110, None)
    above(s, "Date (JJ.MM.AAAA)", "Datum", 160, y, 90, "date_signed")
    above(s, "Nom, prénom", "Name", 260, y, 150, "authorized_name")
    above(s, "Fonction", "Funktion", 420, y, 135, "authorized_title")
    y -= 40
    s.widget("Unterschrift_1", 40, y, 240, 26, "signature")
    s.text(40, y - 9, "Signature du titulaire", 6.5)
    s.widget("Unterschrift_2", 300, y, 255, 26, None)
    s.text(300, y - 9, "2e signature (si signature collective à deux)", 6.5)
    office_panel(s, 40, 46, W4 - 80, "Réservé à Romandie Télécom",
                 ["N° de commande", "Date de portage confirmée", "Visa"],
                 widgets=_names("Intern_{n}"))
    s.footer("RT-PORT-FR  03.2026")
    return s.build()


FORMS = {
    "r22-wa-clec-fillable": wa_clec_fillable,
    "r22-yt-loa-paper": yt_loa_paper,
    "r22-ni-loa-partly": ni_loa_partly,
    "r22-ch-portage-fillable": ch_portage_fillable,
}
