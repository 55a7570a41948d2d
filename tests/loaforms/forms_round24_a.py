"""Round 24, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Colorado mountain telephone company's fillable port request: two-row header tables (labels
  in a grey row, widgets in the row under it) for the customer, the service address and, drawn
  exactly the same, the installer (not ours); a ZIP comb widget of five cells; check boxes named
  "Check Box1".."4"; "numbers to port" and "numbers to keep" as two widget tables side by side;
  an authorised-signatory row in four columns (name, title, signature without a widget, date);
  MM/DD/YYYY; an office-use panel of widgets.
- A Saskatchewan paper LOA over two pages: page 1 instructions only (no blanks), the form on
  page 2 with its blanks typed as underscores in the text layer; a postal code in paper comb
  boxes (3 + 3); a table turned on its side ("Number 1 | Number 2 | ..." across, rows Area code /
  Telephone number / Directory listing down the left); the requested date in comb boxes
  YYYY MM DD; captions under the signature lines.
- A Lancashire LoA over two pages: page 1 a landscape form on a portrait page turned by /Rotate
  90, paper, labels in bold inside grey cells, the gaining provider's block drawn exactly like the
  customer's (not ours), the postcode and every number in comb boxes, the numbers that stay in
  their own comb rows, signed and dated at its foot (date DD MM YYYY in combs); page 2 portrait
  and fillable: terms, an authorised-signatory row of widgets (signature without one), dated
  again.
- A Breton fillable demande de portabilité in French: the customer's name widget shown on both
  pages (one field, two widgets), check boxes exporting "Oui" with their box to the RIGHT of the
  words, "Je soussigné(e) ___ agissant en qualité de ___" widgets in a sentence, numbers in
  ten-cell comb widgets in two columns, the numbers kept in two comb widgets, the requested date
  as a JJ/MM/AAAA comb widget, "Fait à ___ le ___" (place not ours), a signature widget, an
  operator's panel not ours.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round5_kit import Gap, numbers_table
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round9_kit import header_table
from tests.loaforms.round10_kit import check_after, comb_widget, widget_sentence
from tests.loaforms.round14_kit import comb_slot, office_panel, sign_block, split_comb
from tests.loaforms.round20_kit import letterhead
from tests.loaforms.round24_kit import (
    TWIN,
    bold_grey_cells,
    export_states,
    join_twins,
    number_columns,
    rotate_pages,
    turn_page,
    underscores,
    unturn_places,
)

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER


def co_mountain_fillable() -> Built:
    s = letter("r24-co-mountain-fillable", "US", "en", ["r24-co", "r24-co-partial"],
               "Fillable, Colorado mountain telephone company port request. Two-row header "
               "tables (grey labels above, widgets fill_N below) for customer, address and the "
               "installer (installer not ours); ZIP comb widget of 5; Check Box1-4; numbers to "
               "port and numbers to keep as two widget tables; authorised-signatory row name / "
               "title / signature (no widget) / date; MM/DD/YYYY; office panel of widgets.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    f = (f"fill_{n}" for n in range(1, 99))
    letterhead(s, WL - 40, HL - 40, ["Red Cliff Mountain Telephone Co.", "PO Box 88",
                                      "Red Cliff, CO 81649  -  970-555-0100"])
    s.text(40, HL - 46, "Telephone Number Port Request", 14, bold=True)
    s.text(40, HL - 60, "Letter of Agency - complete in full; incomplete requests are returned.",
           8)
    y = HL - 84
    s.text(40, y, "CUSTOMER", 8.5, bold=True)
    y = header_table(s, 40, y - 4, [("Customer name (exactly as billed)", 232, "account_name"),
                                    ("Account number", 130, "account_number"),
                                    ("Billing telephone number", 170, "btn")],
                     widgets=[next(f), next(f), next(f)])
    y = header_table(s, 40, y - 6, [("Service address (street, unit)", 232, "street"),
                                    ("City / town", 130, "city"), ("State", 40, "state"),
                                    ("Contact phone", 130, "contact_phone")],
                     widgets=[next(f), next(f), next(f), next(f)])
    y -= 22
    s.text(40, y + 4, "ZIP code", 7.5, bold=True)
    comb_widget(s, "Zip5", 80, y, 5, "postal_code", what="ZIP (comb)")
    s.checkbox("Check Box1", 180, y + 3, "check:business", "Business")
    s.checkbox("Check Box2", 250, y + 3, "check:residential", "Residence")
    s.checkbox("Check Box3", 340, y + 3, "check:full_port", "Port all numbers")
    s.checkbox("Check Box4", 450, y + 3, "check:partial_port", "Partial port")
    y -= 16
    s.text(40, y, "NUMBERS TO PORT", 8.5, bold=True)
    s.text(316, y, "NUMBERS TO KEEP (stay with Red Cliff)", 8.5, bold=True)
    port = s.slot_group(ordered=True)
    numbers_table(s, port, 40, y - 4, [("Telephone number (NPA-NXX-XXXX)", 150, "number", False),
                                       ("Line type", 76, None, False)], 6,
                  widgets=[next(f) for _ in range(12)], head="#")
    keep = s.slot_group(ordered=False, fld="remaining_numbers")
    numbers_table(s, keep, 316, y - 4, [("Telephone number (NPA-NXX-XXXX)", 150, "number", False),
                                        ("Line type", 62, None, False)], 4,
                  widgets=[next(f) for _ in range(8)], head="#")
    y -= 4 + 7 * 18 + 36
    above(s, "Requested port date (MM/DD/YYYY)", next(f), 40, y, 150, "requested_date")
    y -= 20
    s.text(40, y, "INSTALLER / NEW SERVICE PROVIDER", 8.5, bold=True)
    y = header_table(s, 40, y - 4, [("Company name", 232, None), ("Contact name", 130, None),
                                    ("Contact phone", 170, None)],
                     widgets=[next(f), next(f), next(f)])
    y = s.para(40, y - 14, "I authorize the new service provider named above to act as my agent "
               "to port the numbers listed from Red Cliff Mountain Telephone Co. and I am "
               "authorized to make this request for the account.", WL - 80, 7.5) - 4
    s.text(40, y, "AUTHORIZED SIGNATORY", 8.5, bold=True)
    header_table(s, 40, y - 4, [("Printed name", 160, "authorized_name"),
                                ("Title", 110, "authorized_title"),
                                ("Signature", 170, "signature"),
                                ("Date (MM/DD/YYYY)", 92, "date_signed")],
                 row_h=28, widgets=[next(f), next(f), "", next(f)])
    office_panel(s, 40, 44, WL - 80, "FOR TELEPHONE COMPANY USE", ["Received", "Order no.",
                                                                   "Due date"],
                 h=40, widgets=(f"office_{n}" for n in range(1, 4)))
    s.footer("RCMT-PR-3  10/2025")
    return s.build()


def sk_loa_paper() -> Built:
    s = letter("r24-sk-loa-paper", "CA", "en", ["r24-sk", "r24-sk-partial"],
               "Paper, two pages, Saskatchewan. Page 1 instructions only (no blanks); page 2: "
               "blanks typed as underscores in the text layer; postal code comb 3+3; numbers "
               "table on its side (Number 1..7 across; rows Area code / Telephone number / "
               "Directory listing (not ours)); numbers staying on underscore lines; requested "
               "date comb YYYY MM DD; captions under the signature lines.")
    s.date_formats = ["%Y-%m-%d", "%Y%m%d", "%Y/%m/%d"]
    letterhead(s, WL - 40, HL - 40, ["Coteau Valley Communications", "210 Central Avenue N",
                                      "Swift Current, SK  S9H 0L4"])
    s.text(40, HL - 50, "Letter of Authorization - Local Number Portability", 13, bold=True)
    s.text(40, HL - 80, "BEFORE YOU START", 10, bold=True)
    y = HL - 98
    for n, line in enumerate([
            "Have your most recent bill from your current provider in front of you. Every detail "
            "on page 2 must match that bill exactly, or your current provider will refuse the "
            "transfer.",
            "Do not cancel your service with your current provider. It ends on its own when the "
            "transfer is complete.",
            "List every number you want to transfer on page 2, one per column. If some numbers "
            "stay with your current provider, list them on the lines below the table.",
            "Dates are written year, month, day: for example 2028 08 14.",
            "The person who signs must be authorized on the account with the current provider.",
            "Return page 2 only, by e-mail to ports@coteauvalley.example or at any office."],
            start=1):
        s.text(40, y, f"{n}.", 8.5, bold=True)
        y = s.para(56, y, line, WL - 100, 8.5) - 6
    s.footer("CVC-LOA-2  page 1 of 2 (keep this page)")
    s.next_page()
    s.text(40, HL - 50, "Letter of Authorization", 13, bold=True)
    s.text(40, HL - 64, "Print clearly in ink.", 8)
    y = HL - 92
    underscores(s, "Customer name (as on the bill):", 40, y, 572, "account_name")
    y -= 22
    underscores(s, "Service address:", 40, y, 380, "street")
    underscores(s, "City / town:", 388, y, 572, "city")
    y -= 22
    underscores(s, "Province:", 40, y, 120, "state")
    s.text(130, y, "Postal code:", 8.5)
    split_comb(s, 184, y - 4, [3, 3], "postal_code", "postal code", cell=13, h=15)
    underscores(s, "Daytime phone:", 290, y, 572, "contact_phone")
    y -= 22
    underscores(s, "Current provider:", 40, y, 300, "carrier")
    underscores(s, "Account number:", 308, y, 572, "account_number")
    y -= 22
    underscores(s, "Main number on the account:", 40, y, 300, "btn")
    underscores(s, "E-mail:", 308, y, 572, "contact_email")
    y -= 22
    s.tick(40, y, "check:business", "Business")
    s.tick(120, y, "check:residential", "Residential")
    s.tick(230, y, "check:full_port", "Transfer every number")
    s.tick(380, y, "check:partial_port", "Transfer only the numbers below")
    y -= 14
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the number after its area code, which has its own row
    y = number_columns(s, slots, 40, y, [("Area code", "area_code"),
                                         ("Telephone number", "number"),
                                         ("Directory listing", None)], 7, 82, 64)
    y -= 20
    s.text(40, y, "Numbers that stay with the current provider (partial transfer only):", 8.5,
           bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((40, 316)):
        place = underscores(s, f"{k + 1}.", x, y - 18, x + 250, None)
        s.places.remove(place)
        s.slot(stay, tuple(place["rect"]), f"stays {k + 1}")
    y -= 42
    s.text(40, y, "Requested transfer date:", 8.5)
    split_comb(s, 150, y - 4, [4, 2, 2], "requested_date", "requested date", cell=12, h=15)
    for cx, cap in ((174, "YYYY"), (217, "MM"), (248, "DD")):
        s.c.setFont(s.font, 6)
        s.c.drawCentredString(cx, y - 12, cap)
    y -= 30
    y = s.para(40, y, "I authorize Coteau Valley Communications to act as my agent to transfer "
               "the numbers above from my current provider. I am authorized on the account.",
               WL - 80, 8) - 30
    sign_block(s, 40, y, [("Signature of authorized person", "signature"),
                          ("Date signed (YYYY-MM-DD)", "date_signed")], [330, 188])
    y -= 36
    sign_block(s, 40, y, [("Name (print)", "authorized_name"),
                          ("Position (if business)", "authorized_title")], [330, 188])
    office_panel(s, 40, 44, WL - 80, "OFFICE USE ONLY", ["Rep", "PON", "FOC"], h=40)
    s.footer("CVC-LOA-2  page 2 of 2")
    return s.build()


def _lancs_sign(s: Any, x: float, y: float) -> None:
    s.sign_line("Signed", x, y, x + 220, label_below=True)
    s.text(x + 240, y + 4, "Date", 8)
    split_comb(s, x + 262, y, [2, 2, 4], "date_signed", "date signed", cell=11, h=14)
    for cx, cap in ((x + 273, "DD"), (x + 302, "MM"), (x + 342, "YYYY")):
        s.c.setFont(s.font, 5.5)
        s.c.drawCentredString(cx, y - 8, cap)


def lancs_loa_turned() -> Built:
    s = a4("r24-lancs-loa-turned", "GB", "en", ["r24-lancs", "r24-lancs-partial"],
           "Two pages, Lancashire LoA. Page 1 a landscape design on a portrait page with "
           "/Rotate 90, paper: bold labels in grey cells, the gaining provider's block drawn "
           "like the customer's (not ours), postcode and numbers in comb boxes (5 + 6), numbers "
           "staying in comb rows, signed and dated at its foot (date combs DD MM YYYY). Page 2 "
           "portrait, fillable: authorised-signatory widgets, signature without a widget, "
           "dated again.")
    s.date_formats = ["%d/%m/%Y", "%d%m%Y", "%d-%m-%Y", "%d.%m.%Y"]
    w, h = turn_page(s)
    letterhead(s, w - 40, h - 36, ["Red Rose Telecom Ltd", "Brockholes Business Park",
                                    "Preston PR5 0AG"])
    s.text(40, h - 44, "Letter of Authority - Transfer of Telephone Numbers", 14, bold=True)
    y = h - 66
    half = (w - 100) / 2
    for x, title, flds in ((40, "THE CUSTOMER", ("account_name", "street", "city", "carrier",
                                                  "account_number", "btn")),
                           (60 + half, "GAINING COMMUNICATIONS PROVIDER",
                            (None, None, None, None, None, None))):
        s.text(x, y, title, 9, bold=True)
        bold_grey_cells(s, x, y - 4, [("Company name", flds[0]), ("Installation address",
                                                                    flds[1]),
                                      ("Town", flds[2]), ("Current provider" if flds[0] else
                                                          "Provider", flds[3]),
                                      ("Account number" if flds[0] else "Reseller ID", flds[4]),
                                      ("Main billing number" if flds[0] else "Contact number",
                                       flds[5])],
                        120, half - 120, row_h=18)
        s.c.setFillGray(0.82)
        s.c.rect(x, y - 4 - 7 * 18, 120, 18, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(x + 4, y - 4 - 7 * 18 + 6.5, "Postcode", 7.5, bold=True)
        s.frame(x + 120, y - 4 - 7 * 18, half - 120, 18)
        split_comb(s, x + 124, y - 4 - 7 * 18 + 2, [4, 3], "postal_code" if flds[0] else None,
                   "postcode", cell=12, h=14)
    y -= 4 + 7 * 18 + 22
    s.text(40, y, "NUMBERS TO TRANSFER (one digit per box, area code first)", 8.5, bold=True)
    s.text(60 + half, y, "NUMBERS THAT STAY WITH THE CURRENT PROVIDER", 8.5, bold=True)
    slots = s.slot_group(ordered=True)
    for k in range(8):
        col, row = divmod(k, 4)
        x, ry = 40 + col * 190, y - 22 - row * 20
        s.right_text(x + 14, ry + 4, f"{k + 1}", 8)
        comb_slot(s, slots, x + 18, ry, [5, 6], f"number {k + 1}", cell=13, h=15)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        x, ry = 60 + half, y - 22 - k * 20
        s.right_text(x + 14, ry + 4, f"{k + 1}", 8)
        comb_slot(s, stay, x + 18, ry, [5, 6], f"stays {k + 1}", cell=13, h=15)
    s.para(60 + half, y - 70, "Numbers not listed on either side will be ceased by the current "
           "provider when the transfer completes.", half, 7)
    y -= 22 + 4 * 20 + 30
    _lancs_sign(s, 40, y)
    s.footer("RRT-LOA-6  page 1 of 2  -  each page must be signed and dated")
    unturn_places(s, 1)
    s.next_page()
    s.text(40, H4 - 50, "Letter of Authority - declaration", 13, bold=True)
    y = s.para(40, H4 - 74, "I confirm that I am authorised to act for the customer named on "
               "page 1, that the numbers listed there are on the customer's account with the "
               "current provider, and I authorise Red Rose Telecom Ltd to arrange their transfer. "
               "I understand that services not transferred may be ceased and that early "
               "termination charges are a matter between the customer and the current provider.",
               W4 - 80, 8.5) - 20
    s.text(40, y, "AUTHORISED SIGNATORY", 9, bold=True)
    y = header_table(s, 40, y - 4, [("Full name", 150, "authorized_name"),
                                    ("Position", 110, "authorized_title"),
                                    ("Signature", 160, "signature"),
                                    ("Date (DD/MM/YYYY)", 95, "date_signed")],
                     row_h=30, widgets=["Name of signatory", "Position held", "", "Date_2"])
    y -= 30
    s.widget("Email for confirmation", 180, y, 200, 15, "contact_email")
    s.text(40, y + 4, "E-mail for the confirmation:", 8.5)
    s.footer("RRT-LOA-6  page 2 of 2")
    pdf, truth = s.build()
    return rotate_pages(pdf, {1}), truth


def bzh_portabilite_fillable() -> Built:
    s = a4("r24-bzh-portabilite-fillable", "FR", "fr", ["r24-bzh", "r24-bzh-partial"],
           "Fillable, Breton demande de portabilité, two pages, French. NomClient shown on both "
           "pages (one field, two widgets: both truth); check boxes exporting 'Oui' with the box "
           "to the right of the words; 'Je soussigné(e) ... agissant en qualité de ...' widgets "
           "in a sentence; numbers in 10-cell comb widgets in two columns, the numbers kept in "
           "two comb widgets; requested date as a JJ/MM/AAAA comb widget; 'Fait à ___ le ___' "
           "(place not ours); signature widget; operator's panel not ours.")
    s.date_formats = ["%d/%m/%Y", "%d%m%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Armor Télécom SAS", "2 rue de la Carrière",
                                      "29200 Brest"])
    s.text(40, H4 - 50, "DEMANDE DE PORTABILITÉ", 15, bold=True)
    s.text(40, H4 - 64, "Conservation de vos numéros fixes", 9)
    y = H4 - 96
    above(s, "Raison sociale ou nom du titulaire", "NomClient", 40, y, 320, "account_name")
    above(s, "Téléphone de contact", "TelContact", 370, y, 185, "contact_phone")
    y -= 32
    above(s, "Adresse d'installation", "Adr1", 40, y, 320, "street")
    above(s, "Code postal", "CP", 370, y, 60, "postal_code")
    above(s, "Commune", "Ville", 440, y, 115, "city")
    y -= 32
    above(s, "Opérateur actuel", "OpActuel", 40, y, 150, "carrier")
    above(s, "N° de client / compte", "RefClient", 200, y, 160, "account_number")
    above(s, "Numéro principal (tête de ligne)", "NDI", 370, y, 185, "btn")
    y -= 26
    x = check_after(s, "CB_pro", "Professionnel", 40, y, "check:business")
    x = check_after(s, "CB_part", "Particulier", x, y, "check:residential")
    x = check_after(s, "CB_totale", "Portabilité de tous les numéros", x + 20, y,
                    "check:full_port")
    check_after(s, "CB_partielle", "Portabilité partielle", x, y, "check:partial_port")
    y -= 24
    s.band(40, y, W4 - 80, "NUMÉROS À PORTER (un chiffre par case)", 8.5)
    slots = s.slot_group(ordered=True)
    y -= 26
    for k in range(8):
        col, row = divmod(k, 4)
        x, ry = 40 + col * 260, y - row * 22
        s.text(x, ry + 4, f"Numéro {k + 1}", 8)
        name = f"Num_{k + 1:02d}"
        comb_widget(s, name, x + 50, ry, 10, None, cell_w=14)
        s.places.pop()
        s.slot(slots, (x + 50, ry, x + 50 + 140, ry + 16), f"Numéro {k + 1}", name)
    y -= 4 * 22 + 10
    s.text(40, y, "Numéros conservés chez l'opérateur actuel (portabilité partielle) :", 8,
           bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        x = 40 + k * 260
        name = f"Conserve_{k + 1}"
        comb_widget(s, name, x + 50, y - 24, 10, None, cell_w=14)
        s.places.pop()
        s.slot(stay, (x + 50, y - 24, x + 190, y - 8), f"conservé {k + 1}", name)
    y -= 50
    s.text(40, y + 4, "Date de portage souhaitée (JJ/MM/AAAA) :", 8.5)
    comb_widget(s, "DatePortage", 230, y, 10, "requested_date", cell_w=13,
                what="date souhaitée (comb)")
    office_panel(s, 40, 60, W4 - 80, "CADRE RÉSERVÉ À ARMOR TÉLÉCOM", ["N° RIO reçu",
                                                                      "Date de traitement",
                                                                      "Conseiller"], h=40,
                 widgets=(f"Reserve_{n}" for n in range(1, 4)))
    s.footer("AT-PORT-02  page 1/2")
    s.next_page()
    s.text(40, H4 - 50, "MANDAT DE PORTABILITÉ", 13, bold=True)
    s.text(40, H4 - 74, "Client :", 9, bold=True)
    s.widget(f"NomClient{TWIN}", 84, H4 - 78, 300, 15, "account_name")["widget"] = "NomClient"
    y = widget_sentence(s, 40, H4 - 106, [
        "Je soussigné(e)", Gap(170, "authorized_name", "nom du signataire"),
        "agissant en qualité de", Gap(130, "authorized_title", "qualité"),
        "donne mandat à Armor Télécom SAS pour effectuer en mon nom la demande de portabilité "
        "des numéros listés en page 1 et la résiliation des services correspondants auprès de "
        "mon opérateur actuel."], ["Soussigne", "Qualite"], size=9) - 40
    s.text(40, y + 4, "Fait à", 9)
    s.widget("Lieu", 72, y, 130, 15, None)
    s.text(208, y + 4, "le", 9)
    s.widget("DateSignature", 222, y, 90, 15, "date_signed")
    y -= 26
    s.text(40, y, "Signature précédée de la mention « Bon pour mandat »", 8)
    s.widget("Signature", 40, y - 48, 260, 40, "signature")
    s.footer("AT-PORT-02  page 2/2")
    pdf, truth = s.build()
    pdf = export_states(pdf, {n: "/Oui" for n in ("CB_pro", "CB_part", "CB_totale",
                                                  "CB_partielle")})
    return join_twins(pdf), truth


FORMS = {
    "r24-co-mountain-fillable": co_mountain_fillable,
    "r24-sk-loa-paper": sk_loa_paper,
    "r24-lancs-loa-turned": lancs_loa_turned,
    "r24-bzh-portabilite-fillable": bzh_portabilite_fillable,
}
