"""Round 5 (all held back), part A: an Australian Porting Authorisation Form on paper (blanks
inside its opening sentence, a numbers table that continues in three columns on page 2), a US
UCaaS provider's fillable LOA (its own name and address printed at the top, labels above the
widgets, split MM / DD / YYYY widgets, a Number | Port or keep | Carrier | Account # table over
two pages) and a Dutch partly fillable nummerbehoud form (captions under the boxes, slots in
three columns numbered down, the new provider printed in its own block)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import a4, letter
from tests.loaforms.round5_kit import (
    Gap,
    box_caption_below,
    date_parts,
    letterhead,
    numbered_slots,
    numbers_table,
    sentence,
    sign_cells,
    widget_above,
)

Built = tuple[bytes, dict[str, Any]]
W, H = A4


def au_paf_flat() -> Built:
    s = a4("r5-au-paf-flat", "AU", "en", ["r5-au", "r5-au-many"],
           "Paper only, 2 pages, modelled on an Australian reseller's Porting Authorisation Form "
           "(LNP, C540 code). The gaining provider's name, ABN and Sydney address are printed top "
           "right. The opening sentence holds three blanks: customer name, the customer's ABN "
           "(not ours) and the current carrier. Two Yes/No questions: the access-provider one is "
           "not ours. Numbers table 1-6 on page 1 (account per row optional, service type "
           "optional), continued as slots 7-24 in three columns numbered down on page 2. Split "
           "DD / MM / YYYY boxes for the preferred date; AM/PM not ours. Signature cells on "
           "page 2; office-use blanks empty.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W - 40, H - 48, ["Southern Cross Voice Pty Ltd", "ABN 51 824 753 556",
                                   "Level 9, 60 Margaret Street", "Sydney NSW 2000",
                                   "porting@southerncrossvoice.example"])
    s.text(40, H - 50, "Porting Authorisation Form (PAF)", 14, bold=True)
    s.text(40, H - 64, "Local Number Portability - porting local numbers", 9)
    y = sentence(s, 40, H - 110, [
        "Pursuant to the agreement between", Gap(190, "account_name", "(Customer) name"),
        "(\"Customer\"), ABN", Gap(95, None, "Customer ABN"), "and",
        Gap(150, "carrier", "current carrier"),
        "(\"Current Carrier\"), the Customer is the legal lessee of the service numbers listed "
        "in this form, or the authorised agent of the lessee."])
    y -= 30
    s.text(40, y, "Is the Current Carrier also the local access provider for these numbers?", 8.5)
    s.tick(400, y - 1, None, "Yes")
    s.tick(450, y - 1, None, "No")
    s.text(40, y - 18, "Are ALL numbers on this account being ported?", 8.5)
    s.tick(400, y - 19, "check:full_port", "Yes")
    s.tick(450, y - 19, "check:partial_port", "No (see page 2)")
    y -= 48
    s.band(40, y, W - 80, "SERVICE LOCATION (where the numbers are connected)")
    y -= 26
    s.blank("Street address:", 40, y, W - 40, "street")
    s.blank("Suburb:", 40, y - 22, 260, "city")
    s.blank("State:", 270, y - 22, 380, "state")
    s.blank("Postcode:", 390, y - 22, W - 40, "postal_code")
    y -= 54
    s.band(40, y, W - 80, "NUMBERS TO BE PORTED (10 digits including area code)")
    slots = s.slot_group()
    y = numbers_table(s, slots, 40, y - 10, [
        ("Number to be ported", 170, "number", False),
        ("Account number with Current Carrier", 180, "account_number", True),
        ("Service type (PSTN / ISDN / VoIP)", 141, None, True)], rows=6)
    s.text(40, y - 12, "More numbers? Continue on page 2.", 8)
    y -= 40
    s.text(40, y, "Preferred porting date:", 9)
    date_parts(s, 160, y - 5, [("DD", 26, "requested_day"), ("MM", 26, "requested_month"),
                               ("YYYY", 44, "requested_year")])
    s.text(330, y, "Preferred time:", 9)
    s.tick(410, y - 1, None, "AM")
    s.tick(455, y - 1, None, "PM")
    s.footer("SCV-PAF-03 (2025)   Page 1 of 2")
    s.next_page()
    y = H - 60
    s.band(40, y, W - 80, "ADDITIONAL NUMBERS TO BE PORTED")
    numbered_slots(s, slots, 40, y - 30, cols=3, rows=6, col_w=(W - 80) / 3, first=7)
    y -= 30 + 6 * 19 + 14
    s.text(40, y, "Numbers on the account that are NOT being ported (they stay with the Current "
           "Carrier):", 8.5, bold=True)
    s.box(40, y - 42, W - 80, 34, "remaining_numbers", "numbers not being ported")
    y -= 72
    s.band(40, y, W - 80, "AUTHORISATION")
    y = s.para(40, y - 22, "I certify that I am authorised to request the porting of the numbers "
               "in this form on behalf of the Customer, and I authorise Southern Cross Voice Pty "
               "Ltd to act for the Customer with the Current Carrier. This authority is valid for "
               "90 days from the date of signing.", W - 80, 8.5)
    sign_cells(s, 40, y - 44, [("Full name of authorised person", 170, "authorized_name"),
                               ("Position", 110, "authorized_title"),
                               ("Signature", 150, "signature"), ("Date signed", 85,
                                                                 "date_signed")])
    sign_cells(s, 40, y - 78, [("Contact phone", 170, "contact_phone"),
                               ("Email", 345, "contact_email")])
    y -= 120
    s.text(40, y, "Office use only", 8, bold=True)
    s.blank("PAF reference:", 40, y - 18, 260, None)
    s.blank("Received by:", 290, y - 18, W - 40, None)
    s.footer("SCV-PAF-03 (2025)   Page 2 of 2")
    return s.build()


def us_ucaas_fillable() -> Built:
    s = letter("r5-us-ucaas-fillable", "US", "en", ["r5-us", "r5-us-many"],
               "Fillable, 2 pages, modelled on a UCaaS provider's LOA (RingCentral / Zoom / 8x8 "
               "style): the provider's own name and San Mateo address printed at the top; labels "
               "in bold above widgets named Text1..Text14 (a few tooltips); Suite optional; the "
               "provider's own account ID (tooltip 'Account ID') is not ours; checkboxes "
               "Field_20..23; split MM / DD / YYYY widgets; a table # | Telephone number | Port or "
               "keep | Carrier | Account # (rows 1-8 on page 1, 9-24 on page 2: only the number "
               "column must be filled); numbers staying in one widget; signature on a printed "
               "line, printed name, title and date widgets on page 2.")
    s.date_formats = ["%m/%d/%Y"]
    s.text(40, 750, "Ridgeline Cloud Voice, Inc.", 12, bold=True)
    s.text(40, 738, "1450 Bayshore Blvd, Suite 210, San Mateo, CA 94402  |  (650) 555-0100  |  "
           "porting@ridgelinevoice.example", 7.5)
    s.text(40, 712, "Letter of Authorization (LOA) - Number Transfer Request", 13, bold=True)
    s.band(40, 688, 532, "1. ACCOUNT INFORMATION - exactly as on your current carrier's bill")
    widget_above(s, "Current carrier (losing carrier)", "Text1", 40, 646, 180, "carrier")
    widget_above(s, "Account number", "Text2", 230, 646, 180, "account_number",
                 tooltip="Account number")
    widget_above(s, "Account PIN / passcode", "Text3", 420, 646, 152, "pin")
    widget_above(s, "Name on the account (business name)", "Text4", 40, 612, 370,
                 "account_name", tooltip="Name on account")
    widget_above(s, "Billing telephone number (BTN)", "Text5", 420, 612, 152, "btn")
    widget_above(s, "Service address (no P.O. boxes)", "Text6", 40, 578, 370, "street")
    widget_above(s, "Suite / floor", "Text7", 420, 578, 152, None, optional=True)
    widget_above(s, "City", "Text8", 40, 544, 230, "city")
    widget_above(s, "State", "Text9", 280, 544, 60, "state")
    widget_above(s, "ZIP code", "Text10", 350, 544, 100, "postal_code")
    widget_above(s, "Authorized user (first and last name)", "Text11", 40, 510, 180,
                 "authorized_name")
    widget_above(s, "Title", "Text12", 230, 510, 110, "authorized_title")
    widget_above(s, "Email", "Text13", 350, 510, 130, "contact_email")
    widget_above(s, "Phone", "Text14", 490, 510, 82, "contact_phone")
    s.band(40, 480, 532, "2. TRANSFER DETAILS")
    s.text(40, 458, "Type of service:", 8.5)
    s.checkbox("Field_20", 130, 457, "check:business", "Business")
    s.checkbox("Field_21", 200, 457, "check:residential", "Residential")
    s.text(40, 440, "Transfer all numbers on this account?", 8.5)
    s.checkbox("Field_22", 200, 439, "check:full_port", "Yes, all numbers")
    s.checkbox("Field_23", 300, 439, "check:partial_port", "No, only those listed (the rest stay)")
    s.text(40, 418, "Requested transfer date:", 8.5)
    date_parts(s, 150, 413, [("MM", 26, "requested_month"), ("DD", 26, "requested_day"),
                             ("YYYY", 44, "requested_year")],
               names=["Field_24", "Field_25", "Field_26"])
    s.text(330, 418, "Ridgeline account ID (existing customers):", 8)
    s.widget("Field_27", 490, 413, 82, 15, None, tooltip="Account ID")
    s.band(40, 386, 532, "3. NUMBERS TO TRANSFER")
    slots = s.slot_group()
    columns: list[tuple[str, float, str | None, bool]] = [
        ("Telephone number", 150, "number", False), ("Port or keep", 80, None, True),
        ("Carrier", 140, "carrier", True), ("Account #", 138, "account_number", True)]
    names = [f"{p}{r}" for r in range(1, 9) for p in ("Num", "PK", "Car", "Acct")]
    numbers_table(s, slots, 40, 376, columns, rows=8, row_h=17, widgets=names)
    s.text(40, 206, "List the numbers to transfer; numbers that stay go in the box on page 2. "
           "More than 8 numbers? Use page 2.", 8)
    s.footer("RCV-LOA-US v5.1   Page 1 of 2")
    s.next_page()
    s.band(40, 750, 532, "ADDITIONAL NUMBERS")
    names = [f"{p}{r}" for r in range(9, 25) for p in ("Num", "PK", "Car", "Acct")]
    y = numbers_table(s, slots, 40, 740, columns, rows=16, first=9, row_h=17, widgets=names)
    s.text(40, y - 16, "Numbers that stay with the current carrier (partial transfers):", 8.5,
           bold=True)
    s.widget("Field_40", 40, y - 58, 532, 34, "remaining_numbers")
    y -= 90
    s.band(40, y, 532, "4. AUTHORIZATION")
    y = s.para(40, y - 22, "I authorize Ridgeline Cloud Voice, Inc. and its carrier partners to "
               "act as my agent to transfer the numbers above from my current carrier. I am the "
               "account holder or authorized to act for the account holder, and the information "
               "above is correct.", 532, 8.5)
    s.rule(40, y - 40, 300)
    s.text(40, y - 50, "Authorized signature", 7)
    s._place((40, y - 43, 300, y - 10), "signature", what="Authorized signature")
    widget_above(s, "Printed name", "Field_41", 320, y - 42, 140, "authorized_name")
    widget_above(s, "Date (MM/DD/YYYY)", "Field_42", 470, y - 42, 102, "date_signed")
    widget_above(s, "Title", "Field_43", 320, y - 78, 140, "authorized_title")
    s.footer("RCV-LOA-US v5.1   Page 2 of 2")
    return s.build()


def nl_overstap_partly() -> Built:
    s = a4("r5-nl-overstap-partly", "NL", "nl", ["r5-nl", "r5-nl-partial"],
           "Partly fillable, 1 page, Dutch, modelled on a Dutch business provider's "
           "nummerbehoud form: the new provider's name, address and KvK printed top right and "
           "again in section 3; section 1 widgets Tekstveld1..5 with captions under them (KvK "
           "not ours); section 2 printed boxes with captions under (Overstapcode empty: the case "
           "has no PIN); section 3 customer number at the new provider not ours; four checkbox "
           "widgets (Selectievakje1..4); 15 printed slots in three columns numbered down (1-5, "
           "6-10, 11-15); split dag / maand / jaar boxes captioned above; Plaats not ours "
           "(optional).")
    s.date_formats = ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"]
    letterhead(s, W - 40, H - 46, ["Polder Telecom B.V.", "Stationsplein 12", "3511 ED Utrecht",
                                   "KvK 81234567"])
    s.text(40, H - 50, "Aanvraagformulier nummerbehoud", 14, bold=True)
    s.text(40, H - 64, "Vaste telefonie - zakelijk", 9)
    y = H - 100
    s.text(40, y, "1. Gegevens abonnee", 10, bold=True)
    rows1: list[tuple[str, str, float, float, str | None]] = [
        ("Bedrijfsnaam", "Tekstveld1", 40, 330, "account_name"),
        ("KvK-nummer", "Tekstveld2", 380, 175, None),
        ("Straat en huisnummer", "Tekstveld3", 40, 330, "street"),
        ("Postcode", "Tekstveld4", 380, 175, "postal_code"),
        ("Plaats", "Tekstveld5", 40, 330, "city")]
    for n, (label, name, x, w, fld) in enumerate(rows1):
        yy = y - 30 - (n // 2) * 34
        s.widget(name, x, yy, w, 16, fld)
        s.text(x + 1, yy - 8, label, 6.5)
    y -= 134
    s.text(40, y, "2. Huidige aanbieder", 10, bold=True)
    box_caption_below(s, "Naam huidige aanbieder", 40, y - 30, 250, "carrier")
    box_caption_below(s, "Klantnummer bij huidige aanbieder", 300, y - 30, 150, "account_number")
    box_caption_below(s, "Overstapcode", 460, y - 30, 95, "pin")
    y -= 62
    s.text(40, y, "3. Nieuwe aanbieder", 10, bold=True)
    s.text(40, y - 16, "Polder Telecom B.V., Stationsplein 12, 3511 ED Utrecht", 9)
    box_caption_below(s, "Klantnummer Polder Telecom (indien bekend)", 380, y - 22, 175, None)
    y -= 48
    s.text(40, y, "4. Nummers", 10, bold=True)
    s.checkbox("Selectievakje1", 40, y - 20, "check:business", "Zakelijk")
    s.checkbox("Selectievakje2", 130, y - 20, "check:residential", "Particulier")
    s.checkbox("Selectievakje3", 40, y - 36, "check:full_port", "Alle nummers op deze aansluiting")
    s.checkbox("Selectievakje4", 250, y - 36, "check:partial_port",
               "Een deel van de nummers (overige blijven)")
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 62, cols=3, rows=5, col_w=(W - 80) / 3)
    y -= 62 + 5 * 19 + 6
    s.text(40, y, "Nummers die bij de huidige aanbieder blijven:", 8.5)
    s.box(40, y - 30, W - 80, 22, "remaining_numbers", "nummers die blijven")
    y -= 54
    s.text(40, y, "Gewenste overstapdatum:", 9)
    date_parts(s, 170, y - 5, [("dag", 26, "requested_day"), ("maand", 26, "requested_month"),
                               ("jaar", 44, "requested_year")], above=True)
    y -= 30
    s.text(40, y, "5. Ondertekening", 10, bold=True)
    y = s.para(40, y - 16, "Ondergetekende verklaart bevoegd te zijn namens de abonnee en geeft "
               "Polder Telecom B.V. opdracht de bovenstaande nummers over te zetten en de "
               "dienst bij de huidige aanbieder voor deze nummers te beeindigen.", W - 80, 8.5)
    box_caption_below(s, "Naam", 40, y - 24, 250, "authorized_name")
    box_caption_below(s, "Functie", 300, y - 24, 255, "authorized_title")
    box_caption_below(s, "Plaats", 40, y - 60, 160, None, optional=True)
    box_caption_below(s, "Datum (dd-mm-jjjj)", 210, y - 60, 100, "date_signed")
    box_caption_below(s, "Handtekening", 320, y - 74, 235, "signature", h=32)
    s.footer("PT-NB-02 (2026)")
    return s.build()


FORMS = {"r5-au-paf-flat": au_paf_flat, "r5-us-ucaas-fillable": us_ucaas_fillable,
         "r5-nl-overstap-partly": nl_overstap_partly}
