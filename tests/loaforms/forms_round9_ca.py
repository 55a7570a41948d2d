"""Round 9 (held back), Canada: a British Columbia gaining provider's partly fillable LOA (the
current provider typed after a printed 'TO:', widgets with captions under them, a billing address
the customer may leave empty, a paper numbers table with a Port / Keep column, split YYYY / MM /
DD boxes, a signature row on paper with captions under the lines) and a New Brunswick paper
authorization in French (the company and its representative inside the opening sentence in that
order, the postal code in comb boxes, sixteen slots numbered across four columns, the numbers that
stay, AAAA / MM / JJ boxes, a block reserved for the provider)."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import letter
from tests.loaforms.round5_kit import (
    Gap,
    date_parts,
    letterhead,
    numbered_slots,
    sentence,
    widget_below,
)
from tests.loaforms.round6_kit import row_table
from tests.loaforms.round7_kit import under
from tests.loaforms.round9_kit import captioned_group, comb_boxes, dots

Built = tuple[bytes, dict[str, Any]]


def bc_loa_partly() -> Built:
    s = letter("r9-bc-loa-partly", "CA", "en", ["r9-bc", "r9-bc-partial"],
               "Partly fillable, 1 page, modelled on a BC business provider's Letter of "
               "Authorization for local number portability: Coastline Networks' Vancouver "
               "letterhead; a 'TO:' widget for the current provider; widgets captioned UNDER "
               "(legal business name, service address, city, province, postal code, account "
               "number, PIN, main number, contact phone and email); a BILLING ADDRESS (if "
               "different) group the case leaves empty; ticks on paper for full / partial and "
               "business / residential; a paper table Telephone number | Port or Keep (P / K) | "
               "Features with rows 1-10 (P on the rows holding a number to port); the numbers "
               "staying listed apart; a requested date in YYYY / MM / DD boxes captioned above; "
               "a signature row on paper: signature, name, title, date (YYYY-MM-DD) under lines.")
    s.date_formats = ["%Y-%m-%d", "%Y/%m/%d"]
    letterhead(s, 572, 750, ["Coastline Networks Inc.", "1055 West Georgia St, Suite 1400",
                             "Vancouver, BC  V6E 3P3", "lnp@coastlinenetworks.example"])
    s.text(40, 746, "Letter of Authorization", 16, bold=True)
    s.text(40, 731, "Local Number Portability - Business", 9)
    s.text(40, 700, "TO:", 10, bold=True)
    s.widget("Text_To", 66, 696, 240, 16, "carrier")
    s.text(66, 688, "(current local service provider)", 6.5)
    s.text(330, 700, "FROM: Coastline Networks Inc. (new provider)", 9)
    captioned_group(s, "Customer", 40, 528, 532, 150)
    widget_below(s, "Legal business name", "Text1", 50, 650, 512, "account_name")
    widget_below(s, "Service address (street)", "Text2", 50, 620, 250, "street")
    widget_below(s, "City", "Text3", 310, 620, 120, "city")
    widget_below(s, "Province", "Text4", 440, 620, 40, "state")
    widget_below(s, "Postal code", "Text5", 490, 620, 72, "postal_code")
    widget_below(s, "Account number with current provider", "Text6", 50, 590, 200,
                 "account_number")
    widget_below(s, "PIN / security code", "Text7", 260, 590, 110, "pin")
    widget_below(s, "Main number on the account", "Text8", 380, 590, 182, "btn")
    widget_below(s, "Contact phone", "Text9", 50, 560, 200, "contact_phone")
    widget_below(s, "Contact email", "Text10", 260, 560, 302, "contact_email")
    s.text(50, 537, "Type:", 8)
    s.tick(80, 536, "check:business", "Business")
    s.tick(150, 536, "check:residential", "Residential")
    captioned_group(s, "Billing address (only if different from the service address)", 40,
                    470, 532, 46)
    widget_below(s, "Street / PO Box", "Text11", 50, 488, 250, "billing_street")
    widget_below(s, "City", "Text12", 310, 488, 120, "billing_city")
    widget_below(s, "Province", "Text13", 440, 488, 40, "billing_state")
    widget_below(s, "Postal code", "Text14", 490, 488, 72, "billing_postal_code")
    s.text(40, 450, "Numbers", 10, bold=True)
    s.tick(100, 449, "check:full_port", "Port every number on the account")
    s.tick(300, 449, "check:partial_port", "Port some numbers; the rest stay (partial)")
    y = row_table(s, 40, 440, [("Telephone number", 190, "number"),
                               ("Port or Keep (P / K)", 110, ("port_choice", ["P", "Port"])),
                               ("Features (voicemail, hunt...)", 232, None)], rows=10,
                  row_h=16)
    y -= 16
    s.text(40, y, "Numbers staying with the current provider (partial port):", 8, bold=True)
    s.box(40, y - 28, 532, 22, "remaining_numbers", "numbers staying")
    y -= 50
    s.text(40, y, "Requested port date:", 8.5)
    date_parts(s, 150, y - 6, [("YYYY", 44, "requested_year"), ("MM", 26, "requested_month"),
                               ("DD", 26, "requested_day")], above=True)
    y -= 24
    y = s.para(40, y, "The customer named above authorizes Coastline Networks Inc. to act as its "
               "agent to port the numbers above from the current local service provider, and "
               "confirms that the signer has authority to bind the customer. Porting ends the "
               "current provider's service on each ported number.", 532, 8)
    y -= 30
    s.rule(40, y, 200)
    s._place((40, y - 3, 200, y + 28), "signature", what="Authorized signature")
    s.text(41, y - 8, "Authorized signature", 6.5)
    under(s, "Name (print)", 212, y, 352, "authorized_name")
    under(s, "Title", 364, y, 464, "authorized_title")
    under(s, "Date (YYYY-MM-DD)", 476, y, 572, "date_signed")
    s.footer("Coastline Networks LOA-LNP-BC v4.1")
    return s.build()


def nb_autorisation_flat() -> Built:
    s = letter("r9-nb-autorisation-flat", "CA", "fr", ["r9-nb", "r9-nb-many"],
               "Paper only, 1 page, in French, modelled on a New Brunswick provider's "
               "autorisation de transfert de numéros: Télécom Acadie's Moncton letterhead; an "
               "opening sentence with blanks for the company (first) and its representative "
               "and title (after 'représentée par'), then the current provider; labels ABOVE "
               "lines for account number, NIP, main number, street, city, province; the postal "
               "code in six comb boxes; billing address 'si différente' (the case has none); "
               "ticks transfert complet / partiel and entreprise / résidentiel; 16 slots in "
               "four columns numbered ACROSS the rows; numbers kept; AAAA / MM / JJ boxes "
               "captioned under; signature, date, téléphone, courriel with dot leaders; a "
               "block 'Réservé à Télécom Acadie' not ours.")
    s.date_formats = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, 572, 752, ["Télécom Acadie inc.", "140, rue Main, bureau 300",
                             "Moncton (N.-B.)  E1C 1B8", "transfert@telecomacadie.example"])
    s.text(40, 748, "Autorisation de transfert", 15, bold=True)
    s.text(40, 733, "de numéros de téléphone (transférabilité des numéros locaux)", 9)
    y = sentence(s, 40, 700, [
        "La société", Gap(220, "account_name", "La société (nom)"),
        "(ci-après « le client »), représentée par", Gap(150, "authorized_name", "représentée par"),
        ", en sa qualité de", Gap(130, "authorized_title", "en sa qualité de"),
        ", autorise Télécom Acadie inc. à demander à", Gap(160, "carrier", "fournisseur actuel"),
        "(le fournisseur actuel) le transfert des numéros de téléphone énumérés ci-dessous."],
        size=9, leading=21, right=572)
    y -= 34
    s.band(40, y, 532, "RENSEIGNEMENTS SUR LE COMPTE ACTUEL", 9)
    y -= 26
    for label, x, x1, fld in (("Numéro de compte", 40, 230, "account_number"),
                              ("NIP du compte", 245, 340, "pin"),
                              ("Numéro de téléphone principal", 355, 572, "btn")):
        s.text(x, y, label, 7.5)
        s.line_under(x, y - 16, x1, fld, label)
    y -= 38
    for label, x, x1, fld in (("Adresse du service (numéro et rue)", 40, 300, "street"),
                              ("Ville", 315, 470, "city"), ("Province", 485, 572, "state")):
        s.text(x, y, label, 7.5)
        s.line_under(x, y - 16, x1, fld, label)
    y -= 40
    s.text(40, y, "Code postal", 7.5)
    comb_boxes(s, 100, y - 5, 6, "postal_code", "Code postal")
    dots(s, "Adresse de facturation (si différente)", 200, y, 572, "billing_street")
    y -= 28
    s.tick(40, y, "check:business", "Entreprise")
    s.tick(130, y, "check:residential", "Résidentiel")
    y -= 18
    s.tick(40, y, "check:full_port", "Transfert complet : tous les numéros du compte")
    s.tick(300, y, "check:partial_port", "Transfert partiel : seulement les numéros ci-dessous")
    y -= 24
    s.band(40, y, 532, "NUMÉROS À TRANSFÉRER (indicatif régional et numéro)", 9)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 24, cols=4, rows=4, col_w=133, down=False, label="{n}")
    y -= 24 + 4 * 19 + 6
    s.text(40, y, "Numéros conservés chez le fournisseur actuel :", 8.5, bold=True)
    s.box(40, y - 30, 532, 22, "remaining_numbers", "Numéros conservés")
    y -= 50
    s.text(40, y, "Date de transfert souhaitée :", 8.5)
    date_parts(s, 180, y - 5, [("AAAA", 44, "requested_year"), ("MM", 26, "requested_month"),
                               ("JJ", 26, "requested_day")])
    y -= 34
    s.para(40, y, "Le client reconnaît que le transfert met fin au service du fournisseur "
           "actuel pour chaque numéro transféré et que les sommes dues à ce fournisseur "
           "demeurent exigibles.", 532, 8)
    y -= 46
    s.sign_line("Signature du représentant :", 40, y, 330)
    dots(s, "Date", 350, y, 572, "date_signed")
    y -= 26
    dots(s, "Téléphone (pour vous joindre)", 40, y, 330, "contact_phone")
    dots(s, "Courriel", 350, y, 572, "contact_email")
    y -= 30
    s.frame(40, y - 36, 532, 44)
    s.text(46, y, "Réservé à Télécom Acadie", 7.5, bold=True)
    dots(s, "N° de commande", 46, y - 22, 300, None, size=8)
    dots(s, "Reçu le", 310, y - 22, 566, None, size=8)
    s.footer("Télécom Acadie  TA-TN-02 (2026)")
    return s.build()


FORMS = {"r9-bc-loa-partly": bc_loa_partly, "r9-nb-autorisation-flat": nb_autorisation_flat}
