"""Round 11 (held back), Canada: a Manitoba business provider's partly fillable LNP authorization
(widgets named field_a1.., the province in a drop-down, a billing address 'if different' the case
leaves empty, a question whose Yes means a partial port, numbers on paper slots numbered across
three columns, YYYY / MM / DD boxes, a PIN for wireless lines only, an account manager block not
ours) and a Québec cable company's paper lettre d'autorisation in French over two pages (the
customer type ticks, the address in captioned cells, numbers in "( ) -" boxes numbered down three
columns, a release by 'tous' / 'partiel', JJ / MM / AAAA segments, 'Nom en lettres moulées' under
the signature, a block reserved to the company)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots
from tests.loaforms.round9_kit import yes_no
from tests.loaforms.round11_kit import choice_widget, label_box_row, npa_slots, seg_date

Built = tuple[bytes, dict[str, Any]]
W, H = A4
_PROVINCES = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]


def _w(s: Sheet, label: str, name: str, x: float, y: float, lw: float, w: float,
       fld: str | None, optional: bool = False) -> None:
    s.text(x, y + 4, label, 8)
    s.widget(name, x + lw, y, w, 15, fld, optional=optional)


def mb_lnp_partly() -> Built:
    s = letter("r11-mb-lnp-partly", "CA", "en", ["r11-mb", "r11-mb-partial"],
               "Partly fillable, 1 page, modelled on a Manitoba business provider's Local Number "
               "Portability authorization: Red River Networks' Winnipeg letterhead; widgets "
               "field_a1.. with labels LEFT; Province as a DROP-DOWN (combo box) in the service "
               "address and again in a billing address 'if different' (empty for the case); "
               "current provider, account number, PIN; 'Will any "
               "numbers on this account stay with your current provider?' Yes = partial, No = "
               "full (printed ticks); 12 numbers on paper lines numbered ACROSS three columns; "
               "numbers staying in a printed box; requested date in YYYY / MM / DD printed boxes "
               "captioned above; contact phone and email widgets; signature and date (YYYY-MM-DD) "
               "on printed lines; account manager and order blocks not ours.")
    s.date_formats = ["%Y-%m-%d"]
    letterhead(s, 572, 752, ["RED RIVER NETWORKS", "201 Portage Ave, 18th Floor",
                             "Winnipeg MB  R3B 3K6", "lnp@redrivernetworks.example"])
    s.text(40, 748, "Local Number Portability", 14, bold=True)
    s.text(40, 733, "Letter of Authorization (business)", 10)
    names = iter(f"field_a{n}" for n in range(1, 40))
    y: float = 700
    s.band(40, y, 532, "1  CUSTOMER (as shown on your current provider's bill)", 9)
    _w(s, "Business name", next(names), 40, y - 26, 90, 442, "account_name")
    _w(s, "Authorized person", next(names), 40, y - 46, 90, 200, "authorized_name")
    _w(s, "Title", next(names), 340, y - 46, 30, 202, "authorized_title")
    _w(s, "Service address", next(names), 40, y - 66, 90, 300, "street")
    _w(s, "Unit", next(names), 440, y - 66, 25, 107, None, optional=True)
    _w(s, "City", next(names), 40, y - 86, 90, 170, "city")
    s.text(310, y - 82, "Province", 8)
    choice_widget(s, next(names), 350, y - 86, 50, _PROVINCES, "state")
    _w(s, "Postal code", next(names), 420, y - 86, 50, 102, "postal_code")
    y -= 108
    s.text(40, y, "Billing address (only if different from the service address)", 8, bold=True)
    _w(s, "Address", next(names), 40, y - 22, 90, 442, "billing_street")
    _w(s, "City", next(names), 40, y - 42, 90, 170, "billing_city")
    s.text(310, y - 38, "Province", 8)
    choice_widget(s, next(names), 350, y - 42, 50, _PROVINCES, "billing_state")
    _w(s, "Postal code", next(names), 420, y - 42, 50, 102, "billing_postal_code")
    y -= 66
    s.band(40, y, 532, "2  CURRENT PROVIDER", 9)
    _w(s, "Provider name", next(names), 40, y - 26, 90, 200, "carrier")
    _w(s, "Account number", next(names), 340, y - 26, 70, 162, "account_number")
    _w(s, "PIN (if your provider gave you one)", next(names), 40, y - 46, 150, 90, "pin")
    y -= 72
    s.band(40, y, 532, "3  NUMBERS TO PORT", 9)
    yes_no(s, "Will any numbers on this account stay with your current provider?", 40, y - 22,
           "check:partial_port", "check:full_port", 360)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 46, cols=3, rows=4, col_w=532 / 3, down=False)
    y -= 46 + 4 * 19
    s.text(40, y, "If Yes, the numbers that stay:", 8)
    s.box(40, y - 30, 532, 24, "remaining_numbers", "numbers that stay")
    y -= 56
    s.text(40, y + 4, "Requested port date", 8.5, bold=True)
    date_parts(s, 160, y, [("YYYY", 44, "requested_year"), ("MM", 26, "requested_month"),
                           ("DD", 26, "requested_day")], above=True, sep="-")
    y -= 28
    _w(s, "Contact phone", next(names), 40, y, 90, 160, "contact_phone")
    _w(s, "Contact email", next(names), 300, y, 70, 202, "contact_email")
    y -= 26
    y = s.para(40, y, "I confirm that I am authorized to act for the customer named above and "
               "I authorize Red River Networks to request the transfer of the numbers listed "
               "from the current provider. Service with the current provider ends on each "
               "number when it is transferred.", 532, 8)
    y -= 34
    s.sign_line("Authorized signature", 40, y, 330)
    s.blank("Date (YYYY-MM-DD)", 350, y, 572, "date_signed")
    y -= 30
    s.frame(40, y - 28, 532, 40)
    s.text(46, y + 2, "RED RIVER NETWORKS USE ONLY", 7, bold=True)
    _w(s, "Account manager", next(names), 46, y - 20, 75, 150, None)
    _w(s, "Order no.", next(names), 290, y - 20, 45, 100, None)
    _w(s, "Date received", next(names), 445, y - 20, 60, 60, None)
    s.footer("RRN-LNP-BUS  rev. 2026-01")
    return s.build()


def qc_lettre_flat() -> Built:
    s = a4("r11-qc-lettre-flat", "CA", "fr", ["r11-qc", "r11-qc-many"],
           "Papier, 2 pages, en français, modelled on a Québec cable company's lettre "
           "d'autorisation de transfert de numéros (business): Câblo-Estrie's Sherbrooke "
           "letterhead (the customer is in Sherbrooke too); 'Type de client' ticks Affaires / "
           "Résidentiel; labels LEFT with colons on underlines; address in cells captioned in "
           "capitals inside their top edge (No et rue | Bureau (optional) | Ville | Prov. | Code "
           "postal); 'Adresse de facturation (si différente)' empty; fournisseur actuel, no de "
           "compte, NIP; 12 numbers in ( ) - boxes numbered DOWN three columns; 'tous les "
           "numéros' / 'partiel' ticks; two lines for numbers that stay; page 2: Date souhaitée "
           "as bare JJ / MM / AAAA segments after '(jj/mm/aaaa)'; personne-ressource phone and "
           "courriel; signature line, date, 'Nom en lettres moulées' and 'Fonction' UNDER the "
           "signature; a block reserved to Câblo-Estrie (its own date not ours).")
    s.date_formats = ["%d/%m/%Y", "%Y-%m-%d"]
    letterhead(s, W - 40, H - 44, ["Câblo-Estrie inc.", "1255, rue Galt Ouest",
                                   "Sherbrooke (Québec)  J1H 2B2", "Service aux entreprises : "
                                   "819 555-0100"])
    s.text(40, H - 50, "Lettre d'autorisation", 15, bold=True)
    s.text(40, H - 65, "Transfert de numéros de téléphone vers Câblo-Estrie", 9.5)
    y = H - 100
    s.text(40, y, "Type de client :", 8.5)
    s.tick(120, y - 1, "check:business", "Affaires")
    s.tick(190, y - 1, "check:residential", "Résidentiel")
    y -= 26
    s.band(40, y, W - 80, "1. Renseignements sur le client", 9)
    s.blank("Raison sociale :", 40, y - 24, W - 40, "account_name", size=8.5)
    s.blank("Nom du signataire autorisé :", 40, y - 44, 340, "authorized_name", size=8.5)
    s.blank("Titre :", 350, y - 44, W - 40, "authorized_title", size=8.5)
    y -= 52
    s.text(40, y - 8, "Adresse du service", 8.5, bold=True)
    label_box_row(s, 40, y - 40, [("No et rue", 210, "street"), ("Bureau / app.", 70, None),
                                  ("Ville", 120, "city"), ("Prov.", 40, "state"),
                                  ("Code postal", 75, "postal_code")])
    s.places[-4]["optional"] = True
    y -= 60
    s.blank("Adresse de facturation (si différente) :", 40, y, W - 40, "billing_street",
            size=8.5)
    y -= 28
    s.band(40, y, W - 80, "2. Fournisseur actuel", 9)
    s.blank("Nom du fournisseur actuel :", 40, y - 24, 330, "carrier", size=8.5)
    s.blank("NIP (s'il y a lieu) :", 340, y - 24, W - 40, "pin", size=8.5)
    s.blank("No de compte chez le fournisseur actuel :", 40, y - 44, 380, "account_number",
            size=8.5)
    y -= 72
    s.band(40, y, W - 80, "3. Numéros à transférer", 9)
    s.tick(40, y - 22, "check:full_port", "Transfert de tous les numéros du compte")
    s.tick(290, y - 22, "check:partial_port", "Transfert partiel (numéros ci-dessous seulement)")
    slots = s.slot_group()
    npa_slots(s, slots, 40, y - 48, cols=3, rows=4, col_w=(W - 80) / 3)
    y -= 48 + 4 * 20 + 8
    s.text(40, y, "Numéros qui demeurent chez le fournisseur actuel (transfert partiel) :", 8.5)
    remaining = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        x = 40 + n * 260
        s.rule(x, y - 20, x + 240)
        s.slot(remaining, (x, y - 22, x + 240, y - 7), f"demeure {n + 1}")
    s.footer("CE-LA-02  (2026-02)                                                Page 1 de 2")
    s.next_page()
    _qc_page_two(s)
    s.footer("CE-LA-02  (2026-02)                                                Page 2 de 2")
    return s.build()


def _qc_page_two(s: Sheet) -> None:
    y = H - 60
    s.band(40, y, W - 80, "4. Date et personne-ressource", 9)
    end = s.text(40, y - 26, "Date souhaitée du transfert (jj/mm/aaaa) :", 8.5) + 8
    seg_date(s, end, y - 26, [(26, "requested_day"), (26, "requested_month"),
                              (44, "requested_year")], "date souhaitée")
    s.blank("Téléphone de la personne-ressource :", 40, y - 50, 330, "contact_phone", size=8.5)
    s.blank("Courriel :", 340, y - 50, W - 40, "contact_email", size=8.5)
    y -= 80
    s.band(40, y, W - 80, "5. Autorisation", 9)
    y = s.para(40, y - 22, "Je, soussigné(e), déclare être autorisé(e) à agir au nom du client "
               "ci-dessus et j'autorise Câblo-Estrie inc. à demander au fournisseur actuel le "
               "transfert des numéros indiqués à la section 3. Je comprends que le service du "
               "fournisseur actuel prend fin pour chaque numéro transféré et que les sommes "
               "dues à ce fournisseur demeurent à ma charge.", W - 80, 8.5)
    y -= 44
    s.sign_line("Signature", 40, y, 300, label_below=True)
    s.blank("Date :", 330, y, W - 40, "date_signed", size=8.5)
    y -= 36
    s.rule(40, y, 300)
    s.text(40, y - 9, "Nom en lettres moulées", 7)
    s._place((40, y - 2, 300, y + 13), "authorized_name", what="Nom en lettres moulées")
    s.rule(330, y, W - 40)
    s.text(330, y - 9, "Fonction", 7)
    s._place((330, y - 2, W - 40, y + 13), "authorized_title", what="Fonction")
    y -= 44
    s.frame(40, y - 46, W - 80, 58)
    s.text(46, y + 2, "RÉSERVÉ À CÂBLO-ESTRIE", 7.5, bold=True)
    s.blank("No de commande :", 46, y - 18, 280, None, size=8)
    s.blank("Reçu le :", 290, y - 18, W - 46, None, size=8)
    s.blank("Conseiller :", 46, y - 38, 280, None, size=8)
    s.blank("Date de transfert confirmée :", 290, y - 38, W - 46, None, size=8)


FORMS = {"r11-mb-lnp-partly": mb_lnp_partly, "r11-qc-lettre-flat": qc_lettre_flat}
