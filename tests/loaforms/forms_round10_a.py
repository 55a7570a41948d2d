"""Round 10, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A US CLEC's fillable LOA for a customer leaving its ILEC: the gaining carrier's own name,
  address and phone in its letterhead; a party grid with the current provider's cells (ours) beside
  the new provider's (its name printed, the rest for its office); Business / Residential check
  boxes labelled before the box; a numbers table "Telephone number | Port? (Y/N) | BTN"; the
  numbers that stay and a new BTN for them; requested date in split MM / DD / YYYY widgets; a
  printed signature line (no widget) with its caption under it; widgets named Text1.., fill_..,
  and two whose names lie (the printed-name widget is "Customer_Name", the title's is "Phone").
- A Québec paper mandate in French whose opening sentence holds the signer's name, title, the
  company, the current provider and the account number, each blank captioned in brackets under
  it; the service address on lines with captions under them; "Affaires / Résidentiel" and
  "complet / partiel" tick boxes; twelve number lines numbered 1-6 down the left and 7-12 down
  the right; the numbers kept; a date in boxes with JJ / MM / AAAA printed grey inside them; a
  terms page with an initials blank.
- A UK three-page paper LoA signed and dated at the foot of every page: labels printed grey
  inside the boxes (placeholders), a company registration and VAT number that are not ours, the
  gaining provider's letterhead, a numbers table with a line-type column that is not ours, the
  numbers staying on lines, and a declaration page.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import FONT, a4, letter
from tests.loaforms.round3_kit import TERMS, placeholder_box, sign_under, under
from tests.loaforms.round5_kit import Gap, date_parts, letterhead, numbered_slots, widget_above
from tests.loaforms.round6_kit import lines, row_table
from tests.loaforms.round10_kit import (
    captioned_sentence,
    check_after,
    page_foot_sign,
    party_grid,
    tick_after,
)

Built = tuple[bytes, dict[str, Any]]


def us_ilec_party_grid() -> Built:
    s = letter("r10-us-clec-grid-fillable", "US", "en", ["r10-us-ilec", "r10-us-ilec-partial"],
               "Fillable (Text1.., fill_.., Check Box..). Gaining CLEC letterhead with its own "
               "address and phone; party grid CURRENT PROVIDER (ours) | NEW PROVIDER (name "
               "printed, the rest office use); Business / Residential boxes labelled before the "
               "box; full / partial; numbers table Telephone number | Port? (Y/N) | BTN (8 rows); "
               "numbers staying and new BTN; requested date MM / DD / YYYY widgets with captions "
               "above; signature line without widget, caption under; printed-name widget named "
               "'Customer_Name' and title widget named 'Phone' (names that lie).")
    s.date_formats = ["%m/%d/%Y"]
    w, h = LETTER
    text = iter(f"Text{n}" for n in range(1, 40))
    letterhead(s, w - 40, h - 44, ["Kettle Moraine Networks LLC", "W228 N745 Westmound Dr",
                                    "Waukesha, WI 53186", "Tel (262) 555-0100",
                                    "porting@kmnetworks.example"])
    s.text(40, h - 48, "LETTER OF AGENCY", 16, bold=True)
    s.text(40, h - 64, "Local Service Number Port Request", 10)
    y = s.para(40, h - 104, "Complete every field exactly as it appears on your current "
               "telephone bill. Missing or mismatched information is the most common reason a "
               "port is rejected.", w - 80, 8) - 10
    x = check_after(s, "Check Box1", "Business", 40, y, "check:business")
    check_after(s, "Check Box2", "Residential", x, y, "check:residential")
    y -= 40
    widget_above(s, "Customer / business name (as billed)", next(text), 40, y, 330,
                 "account_name")
    widget_above(s, "Contact phone", next(text), 390, y, 182, "contact_phone")
    y -= 34
    widget_above(s, "Service address (no P.O. boxes)", next(text), 40, y, 250, "street")
    widget_above(s, "City", next(text), 300, y, 130, "city")
    widget_above(s, "State", next(text), 440, y, 40, "state")
    widget_above(s, "ZIP", next(text), 490, y, 82, "postal_code")
    y = party_grid(s, 40, y - 16, ("CURRENT PROVIDER (losing)", "NEW PROVIDER (office use)"), [
        ("Provider name", "carrier", "=Kettle Moraine Networks LLC"),
        ("Account number", "account_number", None),
        ("Account PIN / passcode", "pin", None),
        ("Billing telephone # (BTN)", "btn", None),
    ], label_w=132, col_w=200, names=[f"fill_{n}" for n in range(1, 8)]) - 20
    s.checkbox("Check Box3", 40, y, "check:full_port", "Port ALL numbers on this account")
    s.checkbox("Check Box4", 300, y, "check:partial_port", "Port ONLY the numbers listed below")
    y -= 22
    s.text(40, y, "Numbers to port", 10, bold=True)
    y = row_table(s, 40, y - 6, [("Telephone number", 190, "number"),
                                 ("Port? (Y/N)", 80, ("port_choice", ["Y", "Yes"])),
                                 ("BTN", 190, "btn")], rows=8, row_h=17, widgets="fill_") - 28
    s.text(40, y + 14, "If not all numbers on the account are ported:", 8.5, bold=True)
    y -= 14
    widget_above(s, "Numbers remaining with current provider", next(text), 40, y, 330,
                 "remaining_numbers")
    widget_above(s, "New BTN for remaining service", next(text), 390, y, 182, "new_btn")
    y -= 40
    s.text(40, y + 4, "Requested port date", 9, bold=True)
    date_parts(s, 160, y, [("MM", 30, "requested_month"), ("DD", 30, "requested_day"),
                           ("YYYY", 46, "requested_year")], names=[next(text) for _ in range(3)],
               above=True)
    y = s.para(40, y - 22, "I am the account holder or am authorized by the account holder to "
               "act on its behalf. I authorize Kettle Moraine Networks LLC to act as my agent to "
               "transfer the numbers above from my current provider and to obtain my customer "
               "service record for that purpose.", w - 80, 7.5) - 34
    sign_under(s, "Authorized signature", 40, y, 300)
    s.widget(next(text), 330, y, 110, 15, "date_signed")
    s.text(330, y - 8, "Date", 6.5)
    y -= 34
    s.widget("Customer_Name", 40, y, 260, 15, "authorized_name")
    s.text(40, y - 8, "Print name of authorized person", 6.5)
    s.widget("Phone", 330, y, 242, 15, "authorized_title")
    s.text(330, y - 8, "Title", 6.5)
    s.footer("KMN-LOA-LNP rev. 11/2026")
    return s.build()


def qc_sentence_paper() -> Built:
    s = letter("r10-qc-mandat-flat", "CA", "fr", ["r10-qc", "r10-qc-partial"],
               "Paper, French. Gaining provider's letterhead (its own address and phone). "
               "Affaires / Résidentiel tick boxes labelled before the box; an opening sentence "
               "with five blanks (name, title, company, current provider, account number), each "
               "captioned in brackets under it; service address on lines with captions under "
               "them; main number and NIP; complet / partiel; twelve number lines numbered 1-6 "
               "down the left and 7-12 down the right; numbers kept in a box; requested date in "
               "three boxes with JJ / MM / AAAA printed grey inside; signature line and date "
               "(AAAA-MM-JJ) captioned under; page 2 terms with an initials blank (not ours).")
    s.date_formats = ["%Y-%m-%d"]
    w, h = LETTER
    letterhead(s, w - 40, h - 44, ["Télécom Rivière-des-Prairies inc.",
                                    "12 100, boulevard Gouin Est", "Montréal (Québec) H1C 1B5",
                                    "Tél. : 514 555-0100"])
    s.text(40, h - 48, "MANDAT DE TRANSFERT DE NUMÉROS", 14, bold=True)
    s.text(40, h - 64, "Portabilité locale", 9)
    y = h - 110
    x = tick_after(s, "Client : Affaires", 40, y, "check:business")
    tick_after(s, "Résidentiel", x, y, "check:residential")
    y -= 34
    y = captioned_sentence(s, 40, y, [
        "Je, soussigné(e)", Gap(160, "authorized_name", "nom en lettres moulées"), ",",
        Gap(120, "authorized_title", "fonction"), ", dûment autorisé(e) par",
        Gap(220, "account_name", "raison sociale ou nom du client"),
        ", autorise Télécom Rivière-des-Prairies inc. à demander le transfert des numéros "
        "ci-dessous, actuellement desservis par", Gap(130, "carrier", "fournisseur actuel"),
        ", au compte numéro", Gap(130, "account_number", "numéro de compte"), "."],
        size=9, leading=26, right=w - 40) - 40
    s.text(40, y, "Adresse du service", 10, bold=True)
    y -= 26
    under(s, "Numéro et rue", 40, y, 380, "street")
    y -= 30
    under(s, "Ville", 40, y, 250, "city")
    under(s, "Province", 262, y, 330, "state")
    under(s, "Code postal", 342, y, 440, "postal_code")
    y -= 30
    under(s, "Numéro de téléphone principal du compte", 40, y, 250, "btn")
    under(s, "NIP / mot de passe du compte (s'il y a lieu)", 262, y, 480, "pin")
    y -= 30
    x = tick_after(s, "Transfert : complet (tous les numéros du compte)", 40, y,
                   "check:full_port")
    tick_after(s, "partiel", x, y, "check:partial_port")
    y -= 26
    s.text(40, y, "Numéros à transférer", 10, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 22, cols=2, rows=6, col_w=266, down=True, row_h=19)
    y -= 22 + 6 * 19 + 8
    s.text(40, y, "Transfert partiel : numéros conservés chez le fournisseur actuel", 8.5)
    s.box(40, y - 34, w - 80, 28, "remaining_numbers", "numéros conservés")
    y -= 60
    s.text(40, y + 4, "Date de transfert souhaitée", 9)
    for x, fld, cap, bw in ((180, "requested_day", "JJ", 30), (220, "requested_month", "MM", 30),
                            (260, "requested_year", "AAAA", 48)):
        s.box(x, y, bw, 17, fld, cap)
        s.c.setFillGray(0.6)
        s.c.setFont(FONT, 8)
        s.c.drawCentredString(x + bw / 2, y + 5, cap)
        s.c.setFillGray(0)
    y -= 50
    sign_under(s, "Signature du client ou de son représentant autorisé", 40, y, 300)
    under(s, "Date (AAAA-MM-JJ)", 340, y, 480, "date_signed")
    s.footer("TRDP-MT-03 — page 1 de 2")
    s.next_page()
    s.text(40, h - 60, "Conditions du mandat", 12, bold=True)
    y = h - 84
    for n, para in enumerate(_TERMES_FR, start=1):
        y = s.para(40, y, f"{n}. {para}", w - 80, 8.5) - 8
    s.blank("Initiales du client :", 40, 80, 200, None, optional=True)
    s.footer("TRDP-MT-03 — page 2 de 2")
    return s.build()


_TERMES_FR = [
    "Le client reconnaît que le transfert met fin au service de son fournisseur actuel pour les "
    "numéros transférés, et que tout solde ou frais de résiliation demeure payable à celui-ci.",
    "Les renseignements fournis doivent correspondre exactement au dossier du fournisseur "
    "actuel; à défaut, la demande peut être refusée ou retardée.",
    "Le client ne doit pas annuler lui-même son service actuel avant la fin du transfert, sous "
    "peine de perdre ses numéros.",
    "Les services optionnels (messagerie vocale, renvoi d'appels, inscription à l'annuaire) ne "
    "sont pas transférés et doivent être demandés de nouveau.",
]


def uk_three_pages() -> Built:
    s = a4("r10-uk-three-page-flat", "GB", "en", ["r10-uk", "r10-uk-partial"],
           "Paper, three pages, every page signed and dated at its foot (page 3 in its "
           "declaration block). Gaining provider's letterhead with its own address; labels "
           "printed grey inside the boxes (placeholders); company registration and VAT number "
           "not ours; a numbers table with a line-type column and a notes column not ours; the "
           "numbers staying on four lines; 'Preferred port date' box with DD/MM/YYYY inside.")
    w, h = A4

    def head(page: int) -> None:
        s.text(40, h - 50, "Letter of Authority", 15, bold=True)
        s.text(40, h - 64, "Porting your telephone numbers to Pennine Voice", 9)
        s.right_text(w - 40, 24, f"Page {page} of 3", 8)

    letterhead(s, w - 40, h - 40, ["Pennine Voice Ltd", "Unit 4, Aspley Wharf",
                                    "Huddersfield HD1 6SB", "Tel 01484 900 100"])
    head(1)
    y = h - 112
    full = w - 80
    half = (full - 10) / 2
    for title, rows in (
            ("1. Your business", [[("Registered company name", full, "account_name")],
                                  [("Company registration no.", half, None),
                                   ("VAT number", half, None)]]),
            ("2. Installation address", [[("Address", full, "street")],
                                         [("Town / city", half, "city"),
                                          ("Postcode", half, "postal_code")]]),
            ("3. Your current provider", [[("Current provider", half, "carrier"),
                                           ("Account number with current provider", half,
                                            "account_number")],
                                          [("Main billing number", half, "btn"),
                                           ("Preferred port date  DD/MM/YYYY", half,
                                            "requested_date")]]),
            ("4. Contact", [[("Contact name", half, "authorized_name"),
                             ("Contact telephone", half, "contact_phone")],
                            [("Email", full, "contact_email")]])):
        s.band(40, y, full, title)
        y -= 30
        for row in rows:
            x = 40.0
            for label, bw, fld in row:
                placeholder_box(s, label, x, y, bw, fld, h=20)
                x += bw + 10
            y -= 26
        y -= 10
    page_foot_sign(s, 70, right=w - 40)
    s.footer("PV-LOA v4.2")
    s.next_page()
    head(2)
    y = h - 112
    s.band(40, y, w - 80, "5. Numbers to port")
    y = row_table(s, 40, y - 12, [("Telephone number", 190, "number"),
                                  ("Line type (analogue / ISDN / VoIP)", 170, None),
                                  ("Notes (Pennine Voice use)", w - 80 - 360, None)],
                  rows=10, row_h=18) - 30
    s.band(40, y, w - 80, "6. Numbers staying with your current provider (partial port only)")
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    y -= 30
    lines(s, 40, y, 270, 2, 24, stay, "staying, left")
    lines(s, 300, y, w - 40, 2, 24, stay, "staying, right")
    page_foot_sign(s, 70, right=w - 40)
    s.footer("PV-LOA v4.2")
    s.next_page()
    head(3)
    y = h - 112
    s.band(40, y, w - 80, "7. Declaration")
    y = s.para(40, y - 24, "I confirm that I am authorised to sign on behalf of the business "
               "named on page 1, that the numbers on page 2 are on its account with the current "
               "provider, and I ask Pennine Voice Ltd to port them. I understand that the "
               "service on the ported numbers with the current provider ends when the port "
               "completes.", w - 80, 8.5) - 10
    y = s.para(40, y, TERMS, w - 80, 7.5) - 40
    s.sign_line("Signed for and on behalf of the customer", 40, y, 400)
    y -= 30
    s.blank("Print name", 40, y, 300, "authorized_name")
    s.blank("Position", 320, y, w - 40, "authorized_title")
    y -= 30
    s.blank("Date", 40, y, 200, "date_signed")
    s.footer("PV-LOA v4.2")
    return s.build()


FORMS = {
    "r10-us-clec-grid-fillable": us_ilec_party_grid,
    "r10-qc-mandat-flat": qc_sentence_paper,
    "r10-uk-three-page-flat": uk_three_pages,
}
