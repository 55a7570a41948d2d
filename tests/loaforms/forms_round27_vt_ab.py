"""Round 27 (held back), Vermont and Alberta: a Vermont fiber provider's fillable port request
with lying widget names (the service street in 'addr_billing', the BTN in 'tn_fax'), a business
name widget whose /MaxLen (24) is shorter than the name on the bill (a cut name is wrong: the
widget stays empty and the name goes in full on the line the form gives for long names), a
provider drop-down whose options hold the case's provider among near spellings, a state
drop-down, a ZIP comb, business / residential and full / partial radio groups, a ranges table
'From number | To number | Quantity' (one number a row; To and Quantity for DID blocks only),
'Number of lines to port' with a calculate action, a callback number beside the numbers (not a
number to port), dates with an AFDate_FormatEx("mm/dd/yyyy") format action, an initials box by
the clause, the company's federal tax ID and the provider's acceptance not ours, a read-only
order number and a hidden widget not ours, and an XFA stream beside the AcroForm (a hybrid form);
and an Alberta paper request bilingual English / French on every blank (the French in italics
under the English), the service address in cells (civic number and street | unit | city | prov.
| postal code), the billing and correspondence blocks with 'same as service address' ticks (the
case gives no billing address: they stay empty), 'Other / Autre: ___' beside the customer type,
'Partial port, these numbers stay: ___' after its tick, a numbers table with a per-row port time
column for the provider (not ours), the requested date as 'the ___ day of ________, 20__' and a
witness's signature line (not ours). Truth from the drawn page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import LETTER

from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round14_kit import witness_line
from tests.loaforms.round27_kit import cells_row, choice, finish, initials, table, widget

Built = tuple[bytes, dict[str, Any]]
W, H = float(LETTER[0]), float(LETTER[1])
_DATE_JS = 'AFDate_FormatEx("mm/dd/yyyy");'


# -- Vermont -------------------------------------------------------------------------------------
def _cap(s: Sheet, text: str, x: float, y: float) -> None:
    s.text(x, y + 17, text, 6.8)


def _vt_holder(s: Sheet, y: float) -> float:
    s.band(36, y, W - 72, "1. ACCOUNT HOLDER", 8.5)
    y -= 32
    _cap(s, "Business name (max. 24 characters)", 36, y)
    widget(s, "cust.nm", 36, y, 170, 15, None, maxlen=24,
           what="business name widget, /MaxLen 24: shorter than the name on the bill")
    _cap(s, "Federal tax ID (EIN)", 216, y)
    widget(s, "cust.ein", 216, y, 110, 15, None)
    s.text(336, y + 17, "Account type:", 6.8)
    s.radio("rb1", "B", 336, y + 2, "check:business", "Business")
    s.radio("rb1", "R", 410, y + 2, "check:residential", "Residential")
    y -= 22
    s.blank("If the name on your bill is longer than 24 characters, print it in full here:",
            36, y, W - 36, "account_name", size=7)
    y -= 30
    _cap(s, "Service address (street)", 36, y)
    widget(s, "addr_billing", 36, y, 250, 15, "street", tooltip="Billing address")
    _cap(s, "City / town", 294, y)
    widget(s, "addr_city", 294, y, 130, 15, "city")
    _cap(s, "State", 432, y)
    choice(s, "addr_st", 432, y, 40, ["MA", "NH", "NY", "VT"], "state")
    _cap(s, "ZIP", 480, y)
    widget(s, "addr_zip", 480, y, 5 * 13, 15, "postal_code", flags="comb", maxlen=5)
    return y - 16


def _vt_provider(s: Sheet, y: float) -> float:
    s.band(36, y, W - 72, "2. CURRENT PROVIDER", 8.5)
    y -= 32
    _cap(s, "Current local provider", 36, y)
    choice(s, "prov_dd", 36, y, 170, ["Comcast Business", "Consolidated Comm.",
                                      "Consolidated Communications", "FairPoint Communications",
                                      "Waitsfield Telecom", "Other"], "carrier")
    _cap(s, "Account number (as on your bill)", 216, y)
    widget(s, "acct", 216, y, 130, 15, "account_number", maxlen=20)
    _cap(s, "Main billing number (BTN)", 354, y)
    widget(s, "tn_fax", 354, y, 110, 15, "btn", tooltip="Fax")
    _cap(s, "Port-out PIN", 472, y)
    widget(s, "pin_code", 472, y, W - 36 - 472, 15, "pin")
    return y - 16


def _vt_numbers(s: Sheet, y: float) -> float:
    s.band(36, y, W - 72, "3. NUMBERS", 8.5)
    y -= 18
    s.radio("rb2", "all", 36, y, "check:full_port", "Port all numbers on the account")
    s.radio("rb2", "some", 220, y, "check:partial_port", "Port only the numbers below")
    y -= 8
    s.text(36, y - 2, "One number a row. 'To number' and 'Quantity' only for a DID block.", 6.5)
    slots = s.slot_group(ordered=True)
    bottom = table(s, slots, 36, y - 6, 6, [("#", 18, "no"), ("From number", 120, "number"),
                                            ("To number", 100, "optional"),
                                            ("Quantity", 50, "optional")],
                   names=[f"rng_from_{k}" for k in range(6)])
    x = 340
    _cap(s, "Number of lines to port", x, y - 30)
    widget(s, "qty_total", x, y - 30, 60, 15, "number_count")
    _cap(s, "Callback number during the port", x, y - 62)
    widget(s, "cb_tn", x, y - 62, 130, 15, "contact_phone")
    _cap(s, "Numbers NOT porting (partial port only)", x, y - 94)
    widget(s, "keep_tns", x, y - 94, W - 36 - x, 15, "remaining_numbers")
    _cap(s, "Requested port date", x, y - 126)
    widget(s, "dt_req", x, y - 126, 90, 15, "requested_date")
    s.text(x + 96, y - 122, "mm/dd/yyyy", 6)
    return min(bottom, y - 126) - 14


def vt_hybrid_fillable() -> Built:
    s = letter("r27-vt-port-request-hybrid", "US", "en", ["r27-vt", "r27-vt-partial"],
               "Fillable hybrid (AcroForm + XFA stream), Vermont. Lying names (addr_billing = "
               "service street, tn_fax = BTN); business-name widget /MaxLen 24 shorter than the "
               "name (empty; the name in full on the long-name line); provider drop-down with "
               "the case's spelling among near spellings; state drop-down; ZIP comb; radio "
               "groups; ranges table From | To | Quantity (To, Quantity optional); count widget "
               "with a calculate action; callback number beside the numbers; AFDate_FormatEx "
               "dates; initials box optional; EIN, the provider's acceptance, a read-only order "
               "no. and a hidden widget not ours.")
    s.date_formats = ["%m/%d/%Y"]
    s.text(36, H - 42, "NORTHERN LIGHT FIBER", 13, bold=True)
    s.text(36, H - 53, "44 Elm Street, Montpelier, VT 05602  -  802-555-0100  -  fax "
           "802-555-0101", 7)
    s.c.setFont(s.bold_font, 12)
    s.c.drawRightString(W - 36, H - 42, "Local Number Port Request")
    s.c.setFont(s.font, 7)
    s.c.drawRightString(W - 36, H - 53, "Fill in on screen or print clearly.")
    _cap(s, "Order no. (office)", 440, H - 84)
    widget(s, "ord_no", 440, H - 84, W - 36 - 440, 14, None, flags="readOnly")
    y = _vt_holder(s, H - 104)
    y = _vt_provider(s, y)
    y = _vt_numbers(s, y)
    s.band(36, y, W - 72, "4. AUTHORIZATION", 8.5)
    y = s.para(36, y - 16, "I am an officer of the company named above or its authorized "
               "agent. I authorize Northern Light Fiber to port the numbers above from my current "
               "provider and to act for me in doing so. I will keep my current service active "
               "until the port completes.", W - 130, 7.5)
    initials(s, W - 88, y + 8, "Initials")
    y -= 40
    s.sign_line("Signature of authorized officer", 36, y, 300, label_below=True)
    _cap(s, "Name of authorized officer", 316, y)
    widget(s, "sig_name_2", 316, y, 150, 15, "authorized_name")
    _cap(s, "Position", 474, y)
    widget(s, "sig_pos", 474, y, W - 36 - 474, 15, "authorized_title")
    y -= 32
    _cap(s, "Date signed (mm/dd/yyyy)", 316, y)
    widget(s, "dt_sig", 316, y, 100, 15, "date_signed")
    y -= 46
    s.band(36, y, W - 72, "FOR NORTHERN LIGHT FIBER USE", 8.5)
    y -= 34
    witness_line(s, "Accepted by (Northern Light Fiber)", 36, y, 250)
    _cap(s, "Date received", 280, y)
    widget(s, "dt_rcv", 280, y, 100, 15, None)
    widget(s, "calc_tmp", 400, y, 60, 15, None, what="hidden widget")
    s.footer("Northern Light Fiber, LLC  -  NLF-LNP-2 (03/2026)  -  VT PUC CPG No. 8120")
    pdf, truth = s.build()
    pdf = finish(pdf, formats={"dt_req": _DATE_JS, "dt_sig": _DATE_JS, "dt_rcv": _DATE_JS},
                 calculate={"qty_total": "var n = 0; for (var k = 0; k < 6; k++) { if "
                            "(this.getField('rng_from_' + k).value) n++; } event.value = n;"},
                 hidden=["calc_tmp"], xfa=True)
    return pdf, truth


# -- Alberta -------------------------------------------------------------------------------------
def _ab_address_block(s: Sheet, y: float, title: str, titre: str, prefix: str | None) -> float:
    s.band(36, y, W - 72, f"{title}  /  {titre}", 8)
    if prefix is not None:
        s.c.setFillColorRGB(1, 1, 1)
        s.c.rect(W - 250, y - 1, 8, 8, stroke=1, fill=1)
        s._place((W - 250, y - 1, W - 242, y + 7), None, what="same as service address",
                 optional=True)
        s.c.setFont(s.bold_font, 6.5)
        s.c.drawString(W - 238, y + 0.5, "Same as service address / Identique à l'adresse de "
                       "service")
        s.c.setFillColorRGB(0, 0, 0)
    y -= 40

    def f(key: str) -> str | None:
        if prefix is None:
            return key
        return f"billing_{key}" if prefix == "billing" else None

    return cells_row(s, 36, y, [("Civic no. and street", "No civique et rue", 210, f("street")),
                                ("Unit", "Unité", 50, None),
                                ("City", "Ville", 130, f("city")),
                                ("Prov.", "Prov.", 40, f("state")),
                                ("Postal code", "Code postal", W - 36 - 36 - 210 - 50 - 130 - 40
                                 - 16, f("postal_code"))], h=17) - 6


def _ab_tick(s: Sheet, x: float, y: float, fld: str | None, en: str, fr: str) -> float:
    s.frame(x, y, 8, 8)
    s._place((x, y, x + 8, y + 8), fld, what=f"[ ] {en}")
    end = s.text(x + 12, y + 0.5, en, 7.5)
    s.c.setFont("Helvetica-Oblique", 7)
    s.c.drawString(end, y + 0.5, f" / {fr}")
    return end + 14 + float(s.c.stringWidth(f" / {fr}", "Helvetica-Oblique", 7))


def _ab_page1(s: Sheet) -> float:
    s.text(36, H - 42, "AURORA PRAIRIE NETWORKS", 13, bold=True)
    s.c.setFont("Helvetica-Oblique", 8)
    s.c.drawString(36, H - 52, "Réseaux Aurora Prairie")
    s.c.setFont(s.bold_font, 11)
    s.c.drawRightString(W - 36, H - 42, "Port-in request / Demande de transfert")
    s.c.setFont(s.font, 7)
    s.c.drawRightString(W - 36, H - 52, "815 8 Avenue SW, Calgary, AB T2P 1H7  -  "
                        "403-555-0100  -  fax 403-555-0101")
    s.band(36, H - 76, W - 72, "1  CUSTOMER  /  CLIENT", 8)
    y = cells_row(s, 36, H - 116, [("Customer name (exactly as on your bill)",
                                    "Nom du client (tel qu'il figure sur la facture)", W - 72,
                                    "account_name")], h=17)
    y = cells_row(s, 36, y - 30, [("Authorized person", "Personne autorisée", 250,
                                   "authorized_name"),
                                  ("Title", "Titre", 120, "authorized_title"),
                                  ("GST / business number", "No d'entreprise (TPS)", W - 72 - 378,
                                   None)], h=17)
    y -= 12
    x = _ab_tick(s, 36, y, "check:business", "Business", "Entreprise")
    x = _ab_tick(s, x, y, "check:residential", "Residential", "Résidentiel")
    end = _ab_tick(s, x, y, None, "Other", "Autre") - 10
    s.rule(end, y - 1, end + 90)
    s._place((end, y - 2, end + 90, y + 11), None, what="Other / Autre: ___")
    y = _ab_address_block(s, y - 24, "2  SERVICE ADDRESS", "ADRESSE DE SERVICE", None)
    y = _ab_address_block(s, y - 4, "3  BILLING ADDRESS", "ADRESSE DE FACTURATION", "billing")
    y = _ab_address_block(s, y - 4, "4  CORRESPONDENCE", "CORRESPONDANCE", "mail")
    s.band(36, y - 4, W - 72, "5  CURRENT PROVIDER  /  FOURNISSEUR ACTUEL", 8)
    y = cells_row(s, 36, y - 44, [("Current provider", "Fournisseur actuel", 150, "carrier"),
                                  ("Account number", "Numéro de compte", 140, "account_number"),
                                  ("Main number (BTN)", "Numéro principal", 120, "btn"),
                                  ("Contact phone", "Téléphone de contact", W - 72 - 422,
                                   "contact_phone")], h=17)
    return y


def _ab_page2(s: Sheet) -> None:
    s.band(36, H - 50, W - 72, "6  NUMBERS  /  NUMÉROS", 8)
    y = H - 68
    x = _ab_tick(s, 36, y, "check:full_port", "Full port, all numbers",
                 "Transfert complet, tous les numéros")
    y -= 16
    end = _ab_tick(s, 36, y, "check:partial_port", "Partial port, these numbers stay with my "
                   "provider", "Transfert partiel, ces numéros restent") - 10
    s.text(end, y + 0.5, ":", 8)
    s.rule(end + 6, y - 1, W - 36)
    s._place((end + 6, y - 2, W - 36, y + 11), "remaining_numbers", what="these numbers stay")
    del x
    slots = s.slot_group(ordered=True)
    y = table(s, slots, 36, y - 16, 8, [("No", 22, "no"),
                                         ("Number to port\nNuméro à transférer", 200, "number"),
                                         ("Port time (Aurora)\nHeure du transfert", 110, None),
                                         ("New routing (Aurora)\nNouveau routage", W - 72 - 332,
                                          None)], head_h=20)
    y -= 26
    end = s.text(36, y, "Requested date: the", 8.5) + 3
    s.rule(end, y - 2, end + 26)
    s._place((end, y - 3, end + 26, y + 11), "requested_day", what="the ___ day")
    end = s.text(end + 29, y, "day of", 8.5) + 3
    s.rule(end, y - 2, end + 80)
    s._place((end, y - 3, end + 80, y + 11), "requested_month", what="of ______")
    end = s.text(end + 83, y, ", 20", 8.5) + 1
    s.rule(end, y - 2, end + 18)
    s._place((end, y - 3, end + 18, y + 11), "requested_year2", what="20__")
    s.c.setFont("Helvetica-Oblique", 7.5)
    s.c.drawString(36, y - 11, "Date demandée : le ___ jour de ________ 20__")
    y -= 34
    s.band(36, y, W - 72, "7  AUTHORIZATION  /  AUTORISATION", 8)
    y = s.para(36, y - 16, "I authorize Aurora Prairie Networks to transfer the numbers above "
               "to its service. / J'autorise Réseaux Aurora Prairie à transférer les numéros "
               "ci-dessus à son service.", W - 72, 7.5)
    y -= 34
    s.sign_line("Signature", 36, y, 230, label_below=True)
    s.c.setFont("Helvetica-Oblique", 7)
    s.c.drawString(36, y - 18, "Signature du client")
    cells_row(s, 250, y, [("Print name", "Nom en lettres moulées", 170, "authorized_name"),
                          ("Date (YYYY-MM-DD)", "Date (AAAA-MM-JJ)", W - 36 - 250 - 174,
                           "date_signed")], h=17)
    y -= 64
    witness_line(s, "Witness / Témoin", 36, y, 230)
    witness_line(s, "Witness's name / Nom du témoin", 250, y, W - 36)
    s.footer("Aurora Prairie Networks Inc.  -  APN-PORT-B (2026)  -  page 2 / 2")


def ab_bilingual_paper() -> Built:
    s = letter("r27-ab-port-request-bilingual-paper", "CA", "en", ["r27-ab", "r27-ab-home"],
               "Paper, Alberta, two pages, English / French on every blank (French in italics "
               "under the English). Service address in cells (civic no. and street | unit | "
               "city | prov. | postal code); billing and correspondence blocks with 'same as "
               "service address' ticks (no billing address in the case: empty; the ticks "
               "optional); 'Other / Autre: ___' beside the customer type (not ours); 'Partial "
               "port, these numbers stay: ___' after its tick; numbers table with the "
               "provider's port time and routing columns (not ours); 'the ___ day of ______, "
               "20__'; GST number and the witness not ours.")
    s.date_formats = ["%Y-%m-%d"]
    _ab_page1(s)
    s.footer("Aurora Prairie Networks Inc.  -  APN-PORT-B (2026)  -  page 1 / 2")
    s.next_page()
    _ab_page2(s)
    return s.build()


FORMS = {"r27-vt-port-request-hybrid": vt_hybrid_fillable,
         "r27-ab-port-request-bilingual-paper": ab_bilingual_paper}
