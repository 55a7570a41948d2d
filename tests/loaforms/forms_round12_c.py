"""Round 12, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Brussels gaining operator's paper lettre d'autorisation with bilingual labels ("Nom de la
  société / Naam van de onderneming"), particulier / professionnel and connection-type ticks (the
  latter not ours), numbers 1-15 down three columns continued as 16-45 on an annex page, a
  "Fait à ____ le __ / __ / ____" line (the place not ours) and a signature box asking for
  "lu et approuvé", with an operator's box in the corner.
- A Dutch partly fillable overstapformulier: widgets named fld_001.. whose tooltips say what they
  are, a KvK-nummer comb widget that is not ours, a help sidebar beside the form with example
  values printed in it, check-box widgets for the scope, numbers and the numbers staying on
  paper lines, a wensdatum in paper DD / MM / JJJJ boxes and a paper signature box.
- A US rural ILEC's own paper port-out authorization: the losing carrier's name is the form's
  letterhead (no blank asks for it), the new provider's name and OCN are not ours, City / State /
  ZIP on one line, a ten-box account number comb, "Is this every number on the account?" Yes /
  No, a numbers table with a "P = port / D = disconnect" column, the signature on page 2 with
  an X line and MM / DD / YYYY boxes, and a telephone-company-use block.
- A Québec cable company's fillable autorisation in French with radio groups for the customer's
  kind, the scope and whether the main billing number moves (the partial case keeps it), numbers
  1-12 printed down three columns with widgets named across the rows, a "Ville" widget that holds
  the province, a requested date in AAAA / MM / JJ widgets and a printed signature line.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots, widget_above
from tests.loaforms.round6_kit import lines, row_table
from tests.loaforms.round9_kit import comb_boxes, comb_widget, yes_no
from tests.loaforms.round12_kit import numbered_label, radio_row

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER


def be_fr_bilingual_paper() -> Built:
    s = a4("r12-be-fr-bilingue-flat", "BE", "fr", ["r12-be-fr", "r12-be-fr-partial"],
           "Paper, two pages, labels in French / Dutch. Gaining operator's letterhead and name in "
           "the authorization sentence; particulier / professionnel ticks; Easy Switch ID and "
           "numéro d'entreprise not ours; connection-type ticks not ours; tous / uniquement ticks; "
           "numbers 1-15 down three columns, annex page 16-45 down three columns; numbers staying "
           "on two lines; 'Fait à ____ le __ / __ / ____' (place not ours, date signed in parts); "
           "signature box ('lu et approuvé'); operator's box not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 44, ["Bruxelles Connect SA", "Boulevard du Régent 37",
                                      "1000 Bruxelles", "Tél. 02 555 01 00"])
    s.text(40, H4 - 50, "Lettre d'autorisation de portage", 14, bold=True)
    s.text(40, H4 - 64, "Machtigingsbrief nummeroverdracht", 10)
    y = H4 - 104
    s.text(40, y, "Client / Klant :", 8.5, bold=True)
    s.tick(120, y - 1, "check:residential", "Particulier / Particulier")
    s.tick(260, y - 1, "check:business", "Professionnel / Professioneel")
    y -= 36
    for row in (
            [("Nom de la société ou du titulaire / Naam van de onderneming of titularis",
              "account_name", 40, 555)],
            [("Numéro d'entreprise / Ondernemingsnummer", None, 40, 290)],
            [("Rue et numéro / Straat en nummer", "street", 40, 555)],
            [("Code postal / Postcode", "postal_code", 40, 160),
             ("Commune / Gemeente", "city", 180, 555)],
            [("Opérateur actuel / Huidige operator", "carrier", 40, 290),
             ("Numéro de client / Klantnummer", "account_number", 305, 555)],
            [("Easy Switch ID", None, 40, 290),
             ("Téléphone de contact / Contacttelefoon", "contact_phone", 305, 555)]):
        for label, fld, left, right in row:
            s.text(left, y + 13, label, 6.8)
            s.line_under(left, y, right, fld, label)
        y -= 30
    y -= 10
    s.text(40, y, "Raccordement / Aansluiting :", 8, bold=True)
    for n, label in enumerate(("analogique / analoog", "RNIS / ISDN", "VoIP")):
        s.tick(175 + n * 110, y - 1, None, label)
    y -= 20
    s.tick(40, y, "check:full_port", "Tous les numéros du raccordement / Alle nummers")
    s.tick(305, y, "check:partial_port", "Uniquement / Enkel de nummers ci-dessous")
    y -= 12
    s.text(40, y - 8, "Numéros à porter / Over te dragen nummers (suite en annexe / vervolg in "
           "bijlage)", 7.5, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 30, cols=3, rows=5, col_w=171.7, down=True, row_h=19)
    y -= 30 + 5 * 19 + 4
    s.text(40, y, "Numéros conservés chez l'opérateur actuel / Nummers die bij de huidige "
           "operator blijven :", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 20, 270, 1, 0, stay, "conservé 1")
    lines(s, 305, y - 20, 555, 1, 0, stay, "conservé 2")
    y = s.para(40, y - 44, "Le titulaire autorise Bruxelles Connect SA à demander en son nom le "
               "portage des numéros ci-dessus et la résiliation des services correspondants "
               "chez l'opérateur actuel. / De titularis machtigt Bruxelles Connect SA om in zijn "
               "naam de overdracht van bovenstaande nummers aan te vragen.", W4 - 80, 7.5) - 14
    x = s.text(40, y, "Fait à / Opgemaakt te", 8.5) + 4
    s.rule(x, y - 2, x + 120)
    s._place((x, y - 4, x + 120, y + 11), None, what="Fait à", optional=True)
    x = s.text(x + 126, y, "le / op", 8.5) + 6
    date_parts(s, x, y - 4, [("JJ/DD", 24, "date_signed_day"), ("MM", 24, "date_signed_month"),
                             ("AAAA/JJJJ", 40, "date_signed_year")])
    y -= 34
    widget_y = y - 58
    s.text(40, y, "Signature précédée de « lu et approuvé » / Handtekening", 7.5)
    s.box(40, widget_y, 280, 50, "signature", "Signature")
    s.blank("Nom / Naam", 40, widget_y - 22, 320, "authorized_name", size=8)
    s.blank("Qualité / Hoedanigheid", 40, widget_y - 42, 320, "authorized_title", size=8)
    s.frame(340, widget_y - 46, 215, 96)
    s.text(346, widget_y + 40, "Cadre réservé à l'opérateur / Voorbehouden", 7, bold=True)
    s.blank("Réf. commande", 346, widget_y + 18, 548, None, size=7.5)
    s.blank("Vendeur", 346, widget_y - 4, 548, None, size=7.5)
    s.blank("Reçu le", 346, widget_y - 26, 548, None, size=7.5)
    s.footer("BC-LA-FR/NL 2026-01 - 1/2")
    s.next_page()
    s.text(40, H4 - 56, "Annexe - numéros supplémentaires / Bijlage - bijkomende nummers", 11,
           bold=True)
    numbered_slots(s, slots, 40, H4 - 90, cols=3, rows=10, col_w=171.7, first=16, down=True,
                   row_h=20)
    s.footer("BC-LA-FR/NL 2026-01 - 2/2")
    return s.build()


def nl_sidebar_partly() -> Built:
    s = a4("r12-nl-overstap-sidebar-partly", "NL", "nl", ["r12-nl", "r12-nl-partial"],
           "Partly fillable, Dutch. Gaining provider's letterhead; widgets named fld_001.. with "
           "tooltips that say what they are; KvK-nummer comb widget not ours; a grey help "
           "sidebar on the right with example values printed in it (no blanks); check-box "
           "widgets alle / alleen deze nummers; numbers 1-8 on paper lines numbered down the "
           "column; numbers staying on paper lines; hoofdnummer widget; wensdatum in paper "
           "DD / MM / JJJJ boxes; Plaats widget not ours; Datum widget; paper signature box.")
    s.date_formats = ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"]
    n = iter(range(1, 80))

    def fld(label: str, x: float, y: float, w: float, truth: str | None, tip: str,
            optional: bool = False) -> None:
        widget_above(s, label, f"fld_{next(n):03d}", x, y, w, truth, tooltip=tip,
                     optional=optional)

    letterhead(s, W4 - 40, H4 - 44, ["Maasstad Telecom B.V.", "Wilhelminakade 91",
                                      "3072 AP Rotterdam", "Tel. 010 555 0100"])
    s.text(40, H4 - 50, "Overstapformulier nummerbehoud", 15, bold=True)
    s.text(40, H4 - 64, "Zakelijke vaste telefonie", 9)
    # the help sidebar: example values, nothing to fill
    s.c.setFillGray(0.92)
    s.c.rect(420, 120, 135, H4 - 230, stroke=0, fill=1)
    s.c.setFillGray(0)
    s.text(426, H4 - 126, "Hulp bij invullen", 9, bold=True)
    yy = H4 - 144
    for para in ("Neem de gegevens over van uw laatste factuur van uw huidige aanbieder.",
                 "Uw klantnummer staat rechtsboven op de factuur, bijvoorbeeld: 1.2345.678.",
                 "Het hoofdnummer is het nummer waarop de rekening staat, bijvoorbeeld "
                 "010 123 4567.",
                 "Vul bij een gedeeltelijke overstap ook de nummers in die bij uw huidige "
                 "aanbieder blijven.",
                 "Zeg uw abonnement niet zelf op: wij regelen de opzegging voor de "
                 "overgezette nummers."):
        yy = s.para(426, yy, para, 124, 7) - 8
    y = H4 - 118
    s.band(40, y, 370, "1. Bedrijfsgegevens", 9)
    y -= 32
    fld("Bedrijfsnaam (zoals op de factuur)", 40, y, 370, "account_name", "Bedrijfsnaam")
    y -= 30
    s.text(40, y + 18, "KvK-nummer", 7.5, bold=True)
    comb_widget(s, f"fld_{next(n):03d}", 40, y, 8, None, tooltip="KvK-nummer")
    y -= 30
    fld("Straat en huisnummer", 40, y, 370, "street", "Adres")
    y -= 30
    fld("Postcode", 40, y, 80, "postal_code", "Postcode")
    fld("Plaats", 130, y, 280, "city", "Woonplaats")
    y -= 30
    fld("Contactpersoon", 40, y, 180, "authorized_name", "Naam contactpersoon")
    fld("Functie", 230, y, 180, "authorized_title", "Functie contactpersoon")
    y -= 30
    fld("Telefoon", 40, y, 130, "contact_phone", "Telefoonnummer contactpersoon")
    fld("E-mail", 180, y, 230, "contact_email", "E-mailadres")
    y -= 24
    s.band(40, y, 370, "2. Huidige aanbieder", 9)
    y -= 32
    fld("Naam huidige aanbieder", 40, y, 180, "carrier", "Huidige aanbieder")
    fld("Klantnummer", 230, y, 180, "account_number", "Klantnummer huidige aanbieder")
    y -= 30
    fld("Hoofdnummer", 40, y, 180, "btn", "Hoofdnummer")
    y -= 24
    s.band(40, y, 370, "3. Nummers", 9)
    y -= 20
    s.checkbox(f"fld_{next(n):03d}", 40, y, "check:full_port", "Alle nummers overzetten",
               tooltip="Alle nummers")
    s.checkbox(f"fld_{next(n):03d}", 210, y, "check:partial_port", "Alleen deze nummers:",
               tooltip="Gedeeltelijk")
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 22, cols=2, rows=4, col_w=185, down=True, row_h=19)
    y -= 22 + 4 * 19 + 2
    s.text(40, y, "Nummers die bij de huidige aanbieder blijven:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 20, 215, 1, 0, stay, "blijft 1")
    lines(s, 235, y - 20, 410, 1, 0, stay, "blijft 2")
    y -= 44
    s.text(40, y + 4, "Wensdatum overstap", 8.5, bold=True)
    date_parts(s, 150, y, [("DD", 24, "requested_day"), ("MM", 24, "requested_month"),
                           ("JJJJ", 40, "requested_year")], sep="-")
    y -= 30
    s.band(40, y, 370, "4. Ondertekening", 9)
    y -= 32
    fld("Plaats", 40, y, 150, None, "Plaats", optional=True)
    fld("Datum", 200, y, 100, "date_signed", "Datum")
    y -= 12
    s.text(40, y - 6, "Handtekening", 7.5, bold=True)
    s.box(40, y - 56, 260, 44, "signature", "Handtekening")
    s.footer("MT-OVS-Z 2026.1")
    return s.build()


def us_ilec_port_out_paper() -> Built:
    s = letter("r12-us-ilec-portout-flat", "US", "en", ["r12-us-ilec", "r12-us-ilec-partial"],
               "Paper, two pages: the losing ILEC's own port-out authorization (its name and "
               "address are the letterhead; no blank for the current carrier); new provider "
               "name and OCN not ours; Business / Residence ticks; City / State / ZIP on one "
               "line; account number in ten comb boxes; 'Is this every number on the account?' "
               "Yes / No; numbers table Telephone number | P or D (P = port) | Remarks (not "
               "ours); lines that remain; page 2: terms, X signature line, print name, title, "
               "date in MM / DD / YYYY boxes; telephone-company-use block not ours.")
    s.date_formats = ["%m/%d/%Y"]
    s.text(40, HL - 48, "LAMOILLE VALLEY TELEPHONE CO.", 14, bold=True)
    s.text(40, HL - 61, "74 Portland Street, Morrisville, VT 05661  -  Business Office "
           "(802) 555-0100", 8)
    s.rule(40, HL - 68, WL - 40, 1.2)
    s.text(40, HL - 90, "Customer Authorization to Port Telephone Numbers", 12, bold=True)
    y = s.para(40, HL - 106, "Use this form to move numbers from your Lamoille Valley "
               "Telephone account to another provider. Print clearly. The name, address and "
               "account number must match our records.", WL - 80, 8) - 10
    numbered_label(s, 40, y, "1.", "Service type:")
    s.tick(130, y - 1, "check:business", "Business")
    s.tick(200, y - 1, "check:residential", "Residence")
    y -= 26
    numbered_label(s, 40, y, "2.", "")
    s.blank("Name on account:", 56, y, WL - 40, "account_name")
    y -= 24
    s.blank("Service address:", 56, y, WL - 40, "street")
    y -= 24
    s.blank("City / State / ZIP:", 56, y, 400, "locality")
    y -= 28
    numbered_label(s, 40, y, "3.", "Account number (10 digits, top right of your bill):")
    comb_boxes(s, 290, y - 4, 10, "account_number", "Account number", cell=14)
    y -= 24
    s.blank("Billing telephone number:", 56, y, 300, "btn")
    y -= 28
    numbered_label(s, 40, y, "4.", "")
    s.blank("New service provider:", 56, y, 330, None)
    s.blank("OCN (if known):", 350, y, WL - 40, None)
    y -= 28
    numbered_label(s, 40, y, "5.", "")
    yes_no(s, "Is this every number on the account?", 56, y, "check:full_port",
           "check:partial_port", at=260)
    y -= 16
    s.para(56, y, "If No, the numbers not listed stay on your account with us.", 400, 7)
    y -= 22
    s.text(40, y, "Numbers", 9, bold=True)
    y = row_table(s, 40, y - 6, [("Telephone number", 180, "number"),
                                 ("P or D (P = port, D = disconnect)", 170,
                                  ("port_choice", ["P"])),
                                 ("Remarks", WL - 80 - 350, None)], rows=8, row_h=18) - 20
    s.text(40, y, "Lines that remain on this account:", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 200, y - 2, 370, 1, 0, stay, "remain 1")
    lines(s, 390, y - 2, WL - 40, 1, 0, stay, "remain 2")
    s.footer("LVT 6-114 (rev. 3/26)   Page 1 of 2")
    s.next_page()
    y = HL - 60
    s.text(40, y, "Authorization", 12, bold=True)
    y = s.para(40, y - 20, "I am the customer of record or am authorized to act for the "
               "customer. I ask Lamoille Valley Telephone Co. to release the numbers listed on "
               "page 1 to my new service provider. I understand that service on the released "
               "numbers ends when the port completes, that features such as directory "
               "listings and voice mail end with it, and that charges owed remain due.",
               WL - 80, 8.5) - 40
    s.text(40, y, "X", 14, bold=True)
    s.rule(54, y - 2, 330)
    s.text(54, y - 12, "Customer signature", 7)
    s._place((54, y - 4, 330, y + 26), "signature", what="X Customer signature")
    s.text(360, y + 22, "Date", 7)
    date_parts(s, 360, y - 2, [("MM", 26, "date_signed_month"), ("DD", 26, "date_signed_day"),
                               ("YYYY", 44, "date_signed_year")])
    y -= 46
    sign_name = s.blank("Print name:", 40, y, 330, "authorized_name")
    sign_name["what"] = "Print name"
    s.blank("Title:", 360, y, WL - 40, "authorized_title")
    y -= 60
    s.frame(40, y - 64, WL - 80, 80)
    s.text(46, y + 4, "FOR TELEPHONE COMPANY USE", 8, bold=True)
    for k, label in enumerate(("Order #", "Received by", "Date received", "PON")):
        s.blank(label, 46 + (k % 2) * 270, y - 22 - (k // 2) * 26, 300 + (k % 2) * 270, None,
                size=8)
    s.footer("LVT 6-114 (rev. 3/26)   Page 2 of 2")
    return s.build()


def qc_radios_fillable() -> Built:
    s = letter("r12-qc-cable-radios-fillable", "CA", "fr", ["r12-qc", "r12-qc-partial"],
               "Fillable, French. Gaining cable company's letterhead; radio groups Affaires / "
               "Résidentiel, complet / partiel, 'Le numéro de facturation principal est-il "
               "transféré ?' Oui / Non (the partial case keeps it); English widget names with "
               "one lie ('City' holds the province); numbers 1-12 printed down three columns, "
               "widgets NumberN named across the rows; numbers kept; requested date AAAA / MM / "
               "JJ widgets; printed signature line without widget; office block not ours.")
    s.date_formats = ["%Y-%m-%d"]
    letterhead(s, WL - 40, HL - 44, ["Câblo-Laurentides inc.", "1200, boulevard Labelle",
                                      "Blainville (Québec) J7C 3N7", "Tél. : 450 555-0100"])
    s.text(40, HL - 48, "AUTORISATION DE TRANSFERT", 14, bold=True)
    s.text(40, HL - 62, "de numéros de téléphone (portabilité locale)", 9)
    y = HL - 100
    s.text(40, y + 1, "Type de client :", 8.5, bold=True)
    radio_row(s, "CustomerType", 130, y, [("b", "Affaires", "check:business"),
                                         ("r", "Résidentiel", "check:residential")])
    y -= 34
    widget_above(s, "Nom du client (tel qu'il figure sur la facture)", "CustomerName", 40, y,
                 532, "account_name")
    y -= 32
    widget_above(s, "Adresse du service", "Address", 40, y, 300, "street")
    widget_above(s, "Ville", "Town", 350, y, 222, "city")
    y -= 32
    widget_above(s, "Province", "City", 40, y, 60, "state")
    widget_above(s, "Code postal", "PostalCode", 110, y, 90, "postal_code")
    widget_above(s, "Téléphone pour vous joindre", "ContactPhone", 210, y, 150, "contact_phone")
    widget_above(s, "Courriel", "Email", 370, y, 202, "contact_email")
    y -= 32
    widget_above(s, "Fournisseur actuel", "CurrentProvider", 40, y, 200, "carrier")
    widget_above(s, "Numéro de compte", "AccountNumber", 250, y, 180, "account_number")
    widget_above(s, "NIP", "PIN", 440, y, 132, "pin")
    y -= 32
    widget_above(s, "Numéro de facturation principal (NFP)", "BTN", 40, y, 200, "btn")
    y -= 24
    s.text(40, y + 1, "Transfert :", 8.5, bold=True)
    radio_row(s, "Scope", 110, y, [("f", "complet (tous les numéros du compte)",
                                    "check:full_port"),
                                   ("p", "partiel (seulement les numéros ci-dessous)",
                                    "check:partial_port")])
    y -= 20
    s.text(40, y + 1, "Le NFP est-il transféré ?", 8.5, bold=True)
    radio_row(s, "BTNMoves", 180, y, [("o", "Oui", "check:btn_ported"),
                                     ("n", "Non", "check:btn_stays")])
    y -= 24
    s.text(40, y, "Numéros à transférer", 9, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 22, cols=3, rows=4, col_w=177.3, down=True, row_h=19,
                   names=[f"Number{k + 1}" for k in range(12)])
    y -= 22 + 4 * 19 + 18
    widget_above(s, "Numéros conservés chez le fournisseur actuel (transfert partiel)",
                 "KeptNumbers", 40, y, 532, "remaining_numbers", h=18)
    y -= 34
    s.text(40, y + 4, "Date souhaitée du transfert :", 8.5, bold=True)
    date_parts(s, 190, y, [("AAAA", 44, "requested_year"), ("MM", 26, "requested_month"),
                           ("JJ", 26, "requested_day")],
               names=["DueYear", "DueMonth", "DueDay"], sep="-")
    y = s.para(40, y - 28, "Je déclare être le titulaire du compte ou être autorisé à agir en "
               "son nom, et j'autorise Câblo-Laurentides inc. à demander le transfert des "
               "numéros ci-dessus. Le service de mon fournisseur actuel prend fin pour ces "
               "numéros lorsque le transfert est complété.", WL - 80, 8) - 30
    s.sign_line("Signature :", 40, y, 320)
    widget_above(s, "Date (AAAA-MM-JJ)", "SignDate", 350, y - 4, 120, "date_signed")
    y -= 34
    widget_above(s, "Nom en lettres moulées", "PrintName", 40, y, 280, "authorized_name")
    widget_above(s, "Fonction", "Title", 350, y, 222, "authorized_title")
    y -= 40
    s.c.setFillGray(0.9)
    s.c.rect(40, y - 30, WL - 80, 40, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(46, y, "Réservé au bureau", 7.5, bold=True)
    s.widget("OfficeOrder", 140, y - 22, 150, 14, None)
    s.text(140, y - 2, "No de commande", 6.5)
    s.widget("OfficeAgent", 320, y - 22, 150, 14, None)
    s.text(320, y - 2, "Agent", 6.5)
    s.footer("CL-ATN-03")
    return s.build()


FORMS = {
    "r12-be-fr-bilingue-flat": be_fr_bilingual_paper,
    "r12-nl-overstap-sidebar-partly": nl_sidebar_partly,
    "r12-us-ilec-portout-flat": us_ilec_port_out_paper,
    "r12-qc-cable-radios-fillable": qc_radios_fillable,
}
