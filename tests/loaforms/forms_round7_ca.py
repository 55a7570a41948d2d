"""Round 7 (held back), Canada: an Alberta reseller's partly fillable LNP authorization in English
(captions in the top-left corner of boxes holding widgets named fill_1.., the current provider
beside the new provider in two columns, date widgets in the Canadian YYYY / MM / DD order; page 2
on paper: slots numbered down two columns, the numbers that stay, signature under a line) and a
Québec paper autorisation de transfert in French (an opening sentence with blanks for the signer,
the title and the company, the new provider printed in its own column, slots numbered "1)" down
two columns, AAAA / MM / JJ boxes)."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import letter
from tests.loaforms.round5_kit import Gap, date_parts, letterhead, numbered_slots, sentence
from tests.loaforms.round7_kit import corner_box, under

Built = tuple[bytes, dict[str, Any]]


def ca_lnp_partly() -> Built:
    s = letter("r7-ca-lnp-partly", "CA", "en", ["r7-ca", "r7-ca-many"],
               "Partly fillable, 2 pages, modelled on a Canadian business reseller's Local "
               "Number Portability authorization: page 1 boxes with their caption in the "
               "top-left corner and a widget fill_N in the lower part; CURRENT SERVICE PROVIDER "
               "(name, account, PIN) beside NEW SERVICE PROVIDER (printed; its customer number "
               "and sales rep widgets not ours); Province and Postal code boxes; Unit/Suite "
               "optional; checkbox widgets Check Box1..4; requested date as three widgets "
               "YYYY / MM / DD captioned under. Page 2 flat: slots 1-30 in two columns numbered "
               "DOWN (1-15, 16-30), numbers that stay in a printed box, a signature line with "
               "its caption under, date (YYYY-MM-DD), name and title under lines.")
    s.date_formats = ["%Y-%m-%d", "%Y/%m/%d"]
    letterhead(s, 572, 752, ["Chinook Business Telecom Inc.", "400 3 Ave SW, Suite 1500",
                             "Calgary, AB T2P 4H2", "1-403-555-0100"])
    s.text(40, 748, "Local Number Portability", 15, bold=True)
    s.text(40, 733, "Authorization to Transfer Telephone Numbers", 10)
    s.para(40, 708, "Please complete this form using the information exactly as it appears on "
           "your current telephone bill. Incomplete or mismatched information will delay the "
           "transfer.", 532, 8)
    y = 668
    s.text(40, y, "CUSTOMER", 9, bold=True)
    y -= 34
    corner_box(s, "Legal business name", 40, y, 330, 28, "account_name", "fill_1")
    corner_box(s, "Unit / Suite", 370, y, 80, 28, None, "fill_2", optional=True)
    corner_box(s, "Industry", 450, y, 122, 28, None, "fill_3")
    y -= 28
    corner_box(s, "Service address (street number and name)", 40, y, 330, 28, "street",
               "fill_4")
    corner_box(s, "City", 370, y, 202, 28, "city", "fill_5")
    y -= 28
    corner_box(s, "Province", 40, y, 100, 28, "state", "fill_6")
    corner_box(s, "Postal code", 140, y, 100, 28, "postal_code", "fill_7")
    corner_box(s, "Main telephone number (BTN)", 240, y, 130, 28, "btn", "fill_8")
    corner_box(s, "Contact email", 370, y, 202, 28, "contact_email", "fill_9")
    y -= 26
    s.text(40, y, "CURRENT SERVICE PROVIDER (losing)", 9, bold=True)
    s.text(316, y, "NEW SERVICE PROVIDER (gaining)", 9, bold=True)
    y -= 34
    corner_box(s, "Provider name", 40, y, 256, 28, "carrier", "fill_10")
    s.frame(316, y - 28, 256, 56)
    s.text(320, y + 20, "Provider name", 6.2)
    s.text(322, y + 6, "Chinook Business Telecom Inc.", 10, bold=True)
    corner_box(s, "Account number", 40, y - 28, 156, 28, "account_number", "fill_11")
    corner_box(s, "PIN / security code", 196, y - 28, 100, 28, "pin", "fill_12")
    s.text(320, y - 8, "Customer number (if existing)", 6.2)
    s.widget("fill_13", 320, y - 24, 120, 13, None)
    s.text(446, y - 8, "Sales representative", 6.2)
    s.widget("fill_14", 446, y - 24, 122, 13, None)
    y -= 56
    s.text(40, y, "TRANSFER", 9, bold=True)
    s.checkbox("Check Box1", 40, y - 20, "check:business", "Business")
    s.checkbox("Check Box2", 120, y - 20, "check:residential", "Residential")
    s.checkbox("Check Box3", 40, y - 38, "check:full_port",
               "Transfer ALL numbers on this account (the account will be closed)")
    s.checkbox("Check Box4", 40, y - 54, "check:partial_port",
               "Transfer SOME numbers (list the numbers that stay on page 2)")
    y -= 84
    s.text(40, y, "Requested transfer date:", 9)
    x = 170
    for caption, w, fld, name in (("YYYY", 44, "requested_year", "fill_15"),
                                  ("MM", 26, "requested_month", "fill_16"),
                                  ("DD", 26, "requested_day", "fill_17")):
        s.widget(name, x, y - 4, w, 15, fld)
        s.c.setFont("Helvetica", 6)
        s.c.drawCentredString(x + w / 2, y - 12, caption)
        x += w + 8
    s.para(290, y + 2, "Transfers are scheduled on business days; allow 5 business days.",
           282, 7.5)
    s.footer("CBT-LNP-01 (2026)   Page 1 of 2   Numbers and signature on page 2")
    s.next_page()
    s.text(40, 748, "Telephone numbers to transfer", 12, bold=True)
    s.text(40, 734, "Area code and number, one per line.", 8)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, 706, cols=2, rows=15, col_w=266, row_h=20)
    y = 706 - 15 * 20 - 10
    s.text(40, y, "Numbers on this account that are NOT to be transferred (they stay with the "
           "current provider):", 8.5, bold=True)
    s.box(40, y - 44, 532, 36, "remaining_numbers", "numbers not transferred")
    y -= 74
    s.text(40, y, "AUTHORIZATION", 9, bold=True)
    y = s.para(40, y - 16, "I authorize Chinook Business Telecom Inc. to act as my agent to "
               "transfer the numbers listed above from my current service provider. I confirm "
               "that I am the account holder or authorized to act for the account holder.",
               532, 8.5)
    y -= 34
    s.sign_line("Signature of authorized person", 40, y, 330, label_below=True)
    under(s, "Date (YYYY-MM-DD)", 350, y, 572, "date_signed")
    y -= 36
    under(s, "Name (please print)", 40, y, 330, "authorized_name")
    under(s, "Title", 350, y, 572, "authorized_title")
    y -= 30
    under(s, "Daytime telephone", 40, y, 330, "contact_phone")
    s.footer("CBT-LNP-01 (2026)   Page 2 of 2")
    return s.build()


def qc_autorisation_flat() -> Built:
    s = letter("r7-qc-autorisation-flat", "CA", "fr", ["r7-qc", "r7-qc-partial"],
               "Paper only, 1 page, French (Québec), modelled on a Québec provider's "
               "autorisation de transfert de numéros: the new provider's Laval letterhead; an "
               "opening sentence with blanks for the signer (Nom), the title (Titre) and the "
               "company (Entreprise); FOURNISSEUR ACTUEL beside NOUVEAU FOURNISSEUR (printed, "
               "its 'No de client' not ours); labels left of lines; NIP; 'Numéro de téléphone "
               "principal' is the BTN; ticks Affaires / Résidentiel, Tous les numéros / Certains "
               "numéros; 16 slots '1)'..'16)' in two columns numbered DOWN; numbers kept; AAAA / "
               "MM / JJ boxes; signature, date, courriel and téléphone.")
    s.date_formats = ["%Y-%m-%d", "%Y/%m/%d"]
    letterhead(s, 572, 752, ["Télécom Laurentides inc.", "3100, boulevard Le Carrefour",
                             "Laval (Québec) H7T 2K7", "Service de portabilité : 450 555-0100"])
    s.text(40, 748, "AUTORISATION DE TRANSFERT", 15, bold=True)
    s.text(40, 733, "Portabilité des numéros de téléphone locaux", 10)
    y = sentence(s, 40, 700, [
        "Je, soussigné(e),", Gap(170, "authorized_name", "Nom (soussigné)"), ", à titre de",
        Gap(120, "authorized_title", "Titre"), "de l'entreprise",
        Gap(220, "account_name", "Entreprise"),
        ", autorise Télécom Laurentides inc. à agir en mon nom pour transférer les numéros "
        "ci-dessous et à résilier le service correspondant chez mon fournisseur actuel."],
        size=9, leading=21, right=572)
    y -= 30
    s.band(40, y, 256, "FOURNISSEUR ACTUEL", 9)
    s.band(316, y, 256, "NOUVEAU FOURNISSEUR", 9)
    s.blank("Nom :", 40, y - 22, 296, "carrier")
    s.text(316, y - 22, "Nom : Télécom Laurentides inc.", 9)
    s.blank("No de compte :", 40, y - 42, 296, "account_number")
    s.blank("No de client (s'il y a lieu) :", 316, y - 42, 572, None)
    s.blank("NIP :", 40, y - 62, 160, "pin")
    y -= 92
    s.band(40, y, 532, "RENSEIGNEMENTS SUR LE CLIENT", 9)
    s.blank("Adresse du service :", 40, y - 22, 572, "street")
    s.blank("Ville :", 40, y - 42, 300, "city")
    s.blank("Province :", 310, y - 42, 420, "state")
    s.blank("Code postal :", 430, y - 42, 572, "postal_code")
    s.blank("Numéro de téléphone principal :", 40, y - 62, 300, "btn")
    s.blank("Téléphone (jour) :", 310, y - 62, 572, "contact_phone")
    s.blank("Courriel :", 40, y - 82, 572, "contact_email")
    s.text(40, y - 104, "Type de client :", 8.5)
    s.tick(130, y - 105, "check:business", "Affaires")
    s.tick(200, y - 105, "check:residential", "Résidentiel")
    s.text(40, y - 122, "Transfert :", 8.5)
    s.tick(130, y - 123, "check:full_port", "Tous les numéros du compte")
    s.tick(300, y - 123, "check:partial_port", "Certains numéros seulement")
    y -= 148
    s.band(40, y, 532, "NUMÉROS À TRANSFÉRER (indicatif régional et numéro)", 9)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 24, cols=2, rows=8, col_w=266, label="{n})")
    y -= 24 + 8 * 19 + 4
    s.text(40, y, "Numéros à conserver chez le fournisseur actuel :", 8.5, bold=True)
    s.box(40, y - 34, 532, 26, "remaining_numbers", "numéros à conserver")
    y -= 58
    s.text(40, y, "Date de transfert souhaitée :", 9)
    date_parts(s, 190, y - 5, [("AAAA", 44, "requested_year"), ("MM", 26, "requested_month"),
                               ("JJ", 26, "requested_day")])
    y -= 44
    s.sign_line("Signature :", 40, y, 330)
    s.blank("Date (AAAA-MM-JJ) :", 350, y, 572, "date_signed")
    s.footer("TL-PORT-FR-04 (2026)")
    return s.build()


FORMS = {"r7-ca-lnp-partly": ca_lnp_partly, "r7-qc-autorisation-flat": qc_autorisation_flat}
