"""Round 11 (held back), UK, Ireland and Germany: a UK hosted-voice provider's fillable CLoA over
two pages (widgets named with the trade's abbreviations: LCP_Acc, MBN, Site_PC, CRD; labels
right-aligned against them; an order-type radio not ours; numbers numbered down two columns with
widgets named across; both pages signed on a printed line and dated in a widget), an Irish
operator's paper porting request (the account holder and the authorised person side by side
under captions above their lines, the Eircode in comb boxes, bill pay / prepay ticks not ours,
all numbers including the main one, a DD / MM / YYYY date in bare segments) and a German
fillable Auftrag zur Rufnummernmitnahme (widget names Acrobat guessed from nearby words, some of
them wrong, one Ortsnetzkennzahl widget for every number, the numbers without it numbered down
two columns, a widget named 'Bemerkungen' for the numbers that stay, a terms page)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import letterhead, numbered_slots, widget_above
from tests.loaforms.round9_kit import comb_boxes, terms_page
from tests.loaforms.round11_kit import right_label, seg_date

Built = tuple[bytes, dict[str, Any]]
W, H = A4


def _uk_foot(s: Sheet, page: int) -> None:
    s.sign_line("Signed:", 40, 70, 300)
    s.text(330, 70, "Date:", 9)
    s.widget(f"Sig_Date{page}", 360, 66, 120, 15, "date_signed")
    s.footer(f"Severn Hosted Voice CLoA v3.1 - page {page} of 2 - each page must be signed "
             "and dated")


def uk_cloa_fillable() -> Built:
    s = a4("r11-uk-cloa-fillable", "GB", "en", ["r11-uk", "r11-uk-partial"],
           "Fillable, 2 pages, modelled on a UK hosted-voice provider's Customer Letter of "
           "Authority for geographic numbers: Severn Hosted Voice's Bristol letterhead and "
           "company number (the customer is in Bristol too); widgets named with the trade's "
           "abbreviations (LCP_Name, LCP_Acc, MBN, Cust_Name, CRN, Site_Addr1/2, Site_Town, "
           "Site_PC, Bill_PC, CRD, DDI_N, Req_*); labels RIGHT-ALIGNED against the widgets; "
           "company registration no. not ours; billing postcode 'if different' (empty); "
           "order-type radio (single / multi-line / ISDN / VoIP) not ours; scope checkboxes; 12 "
           "numbers printed 1-6 down the left column and 7-12 down the right, widgets DDI_1.. "
           "named ACROSS the rows; numbers remaining with the LCP in one widget; customer "
           "required date; page 2: requester block, declaration, provider-use widgets; both "
           "pages signed on a printed line and dated in a widget.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W - 40, H - 44, ["Severn Hosted Voice Ltd", "Temple Gate House, Bristol "
                                   "BS1 6PL", "Registered in England no. 09912345"])
    s.text(40, H - 50, "Customer Letter of Authority (CLoA)", 14, bold=True)
    s.text(40, H - 64, "Geographic number port - single line and multi-line", 9)
    col, y = 200, H - 96
    s.band(40, y, W - 80, "1  LOSING COMMUNICATIONS PROVIDER (LCP)", 9)
    right_label(s, "Current provider (LCP):", "LCP_Name", col, y - 24, 250, "carrier")
    right_label(s, "Account number with the LCP:", "LCP_Acc", col, y - 44, 200, "account_number")
    right_label(s, "Main billing number (MBN):", "MBN", col, y - 64, 160, "btn")
    y -= 90
    s.band(40, y, W - 80, "2  CUSTOMER AND INSTALLATION", 9)
    right_label(s, "Registered company name:", "Cust_Name", col, y - 24, 350, "account_name")
    right_label(s, "Company registration no.:", "CRN", col, y - 44, 120, None)
    right_label(s, "Installation address:", "Site_Addr1", col, y - 64, 350, "street")
    right_label(s, "Address line 2:", "Site_Addr2", col, y - 84, 350, None, optional=True)
    right_label(s, "Town / city:", "Site_Town", col, y - 104, 180, "city")
    right_label(s, "Postcode:", "Site_PC", 440, y - 104, 70, "postal_code")
    right_label(s, "Billing postcode (if different):", "Bill_PC", col, y - 124, 80,
                "billing_postal_code")
    y -= 150
    s.band(40, y, W - 80, "3  ORDER", 9)
    s.text(40, y - 22, "Line type:", 8.5)
    for n, label in enumerate(("Single line", "Multi-line", "ISDN2e / ISDN30e", "VoIP / SIP")):
        s.radio("LineType", f"Choice{n + 1}", 100 + n * 110, y - 23, None, label)
    s.checkbox("Scope_All", 40, y - 42, "check:full_port",
               "Port ALL numbers on this installation")
    s.checkbox("Scope_Part", 290, y - 42, "check:partial_port",
               "Partial port - numbers not listed stay with the LCP")
    s.text(40, y - 62, "Numbers to port (full national format, e.g. 0117 496 0000):", 8.5)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 84, cols=2, rows=6, col_w=(W - 80) / 2, down=True,
                   names=[f"DDI_{n}" for n in range(1, 13)], row_h=20)
    y -= 84 + 6 * 20 + 8
    s.text(40, y, "Numbers remaining with the LCP (partial port):", 8.5)
    s.widget("Remain", 40, y - 30, W - 80, 24, "remaining_numbers")
    y -= 52
    right_label(s, "Customer required date (CRD) DD/MM/YYYY:", "CRD", col + 30, y, 100,
                "requested_date")
    _uk_foot(s, 1)
    s.next_page()
    y = H - 60
    s.band(40, y, W - 80, "4  REQUESTER (authorised signatory of the customer)", 9)
    right_label(s, "Full name:", "Req_Name", col, y - 24, 250, "authorized_name")
    right_label(s, "Position:", "Req_Pos", col, y - 44, 250, "authorized_title")
    right_label(s, "Telephone:", "Req_Tel", col, y - 64, 160, "contact_phone")
    right_label(s, "Email:", "Req_Email", col, y - 84, 250, "contact_email")
    y -= 112
    s.band(40, y, W - 80, "5  DECLARATION", 9)
    y = s.para(40, y - 22, "We authorise Severn Hosted Voice Ltd to act on our behalf to port the "
               "numbers listed on page 1 from the Losing Communications Provider, and we "
               "authorise the LCP to give Severn Hosted Voice Ltd the information it needs to "
               "do so. We are the legal owner of the service and entitled to port the numbers. "
               "We understand that services on the ported numbers with the LCP end on the port "
               "date and that any contract terms with the LCP (notice, early termination "
               "charges) remain our responsibility. Numbers not listed stay with the LCP.",
               W - 80, 8.5)
    y -= 24
    s.frame(40, y - 40, W - 80, 50)
    s.text(46, y, "FOR SEVERN HOSTED VOICE USE", 7.5, bold=True)
    right_label(s, "Order ref:", "SHV_Ref", 100, y - 28, 120, None, size=7.5)
    right_label(s, "Port date agreed:", "SHV_PortDate", 320, y - 28, 100, None, size=7.5)
    _uk_foot(s, 2)
    return s.build()


def _above_line(s: Sheet, label: str, x: float, y: float, x1: float, fld: str | None,
                optional: bool = False) -> None:
    s.text(x, y + 14, label.upper(), 6.5, bold=True)
    place = s.line_under(x, y, x1, fld, label)
    if optional:
        place["optional"] = True


def ie_request_flat() -> Built:
    s = a4("r11-ie-request-flat", "IE", "en", ["r11-ie", "r11-ie-partial"],
           "Paper only, 1 page, modelled on an Irish operator's number porting request and "
           "letter of authorisation: Rebel Telecom's Cork letterhead and CRO number; two boxes "
           "side by side, ACCOUNT HOLDER (company, address line 1, line 2 optional, town, "
           "county, Eircode in 7 comb boxes) and AUTHORISED PERSON (name, position, contact "
           "number, email, date of birth for residential customers not ours), each label in "
           "small capitals ABOVE its line; current operator and account number; Bill Pay / "
           "Prepay ticks not ours; 'all numbers including the main number' on 8 lines numbered "
           "ACROSS two columns; 'Port every number on the account?' Yes / No; two lines for the "
           "numbers that stay; preferred date as bare DD / MM / YYYY segments; signature line "
           "captioned under and a date blank; operator-use blanks not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W - 40, H - 44, ["Rebel Telecom DAC", "Penrose Wharf, Cork T23 KW81",
                                   "CRO 712340  -  porting@rebeltelecom.example"])
    s.text(40, H - 50, "Number Porting Request", 15, bold=True)
    s.text(40, H - 64, "and Letter of Authorisation - fixed line", 9)
    top = H - 90
    s.frame(40, top - 186, 255, 186)
    s.frame(300, top - 186, 255, 186)
    s.text(46, top - 12, "ACCOUNT HOLDER", 8.5, bold=True)
    s.text(306, top - 12, "AUTHORISED PERSON", 8.5, bold=True)
    rows = [("Company name", "account_name", "Full name", "authorized_name"),
            ("Address line 1", "street", "Position", "authorized_title"),
            ("Address line 2", None, "Contact number", "contact_phone"),
            ("Town", "city", "Email", "contact_email"),
            ("County", "state", "Date of birth (residential only)", None)]
    for n, (left, lf, right, rf) in enumerate(rows):
        y = top - 44 - n * 28
        _above_line(s, left, 48, y, 287, lf, optional=lf is None)
        _above_line(s, right, 308, y, 547, rf)
    s.text(48, top - 178, "EIRCODE", 6.5, bold=True)
    comb_boxes(s, 100, top - 182, 7, "postal_code", "Eircode", cell=14)
    y = top - 216
    _above_line(s, "Current operator", 40, y, 280, "carrier")
    _above_line(s, "Account number with current operator", 300, y, 555, "account_number")
    s.text(40, y - 20, "Account type with current operator:", 8)
    s.tick(190, y - 21, None, "Bill Pay")
    s.tick(250, y - 21, None, "Prepay")
    y -= 46
    s.text(40, y, "ALL NUMBERS TO BE PORTED (including the main number)", 8.5, bold=True)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 22, cols=2, rows=4, col_w=(W - 80) / 2, down=False,
                   row_h=20)
    y -= 22 + 4 * 20 + 6
    s.text(40, y, "Port every number on the account?", 8.5)
    s.tick(220, y - 1, "check:full_port", "Yes")
    s.tick(270, y - 1, "check:partial_port", "No - these numbers stay with my current operator:")
    remaining = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        x = 40 + n * 260
        s.rule(x, y - 20, x + 240)
        s.slot(remaining, (x, y - 22, x + 240, y - 7), f"stays {n + 1}")
    y -= 44
    end = s.text(40, y, "Preferred porting date (DD/MM/YYYY):", 8.5) + 8
    seg_date(s, end, y, [(24, "requested_day"), (24, "requested_month"), (40, "requested_year")],
             "preferred porting date")
    y -= 22
    y = s.para(40, y, "I confirm that I am the account holder or am authorised by the account "
               "holder, and I ask Rebel Telecom DAC to port the numbers above from my current "
               "operator. I understand that my contract with my current operator for these "
               "numbers ends when they are ported and that any charges due to it remain "
               "payable.", W - 80, 8)
    y -= 36
    s.sign_line("Signature of account holder / authorised person", 40, y, 300, label_below=True)
    s.blank("Date", 330, y, W - 40, "date_signed")
    y -= 40
    s.text(40, y, "Office use:", 7.5, bold=True)
    s.blank("Port ref.", 100, y, 260, None, size=7.5)
    s.blank("NP date", 280, y, 420, None, size=7.5)
    s.blank("Agent", 430, y, W - 40, None, size=7.5)
    s.footer("RT-NPR-03 (01/2026)")
    return s.build()


def de_auftrag_fillable() -> Built:
    s = a4("r11-de-auftrag-fillable", "DE", "de", ["r11-de", "r11-de-many"],
           "Ausfüllbar, 2 pages, German, modelled on a Hamburg provider's Auftrag zur "
           "Rufnummernmitnahme: Hansewelle's letterhead and HRB; widget names Acrobat guessed "
           "from nearby words (Name = Firma, Name_2 = the representative, Telefon = the "
           "contact's phone, Datum = Wunschtermin, Datum_2 = the signing date, Bemerkungen = "
           "the numbers that stay); labels ABOVE the widgets; Kundentyp radio (Auswahl1 Privat / "
           "Auswahl2 Geschäft); USt-IdNr not ours; Kundenkennwort (the case has none); one "
           "'Ortsnetzkennzahl (Vorwahl)' widget for all numbers, then 10 'Rufnummer (ohne "
           "Vorwahl)' widgets printed 1-5 down the left and 6-10 down the right, named "
           "Rufnummer, Rufnummer_2.. across the rows; alle / nur diese checkboxes; a "
           "termination checkbox not ours; 'frühestmöglich' optional; Ort (optional) and Datum "
           "widgets over a signature line captioned under; page 2 Hinweise and provider-use "
           "widgets.")
    s.date_formats = ["%d.%m.%Y"]
    letterhead(s, W - 40, H - 44, ["Hansewelle Telekommunikation GmbH", "Ballindamm 27, 20095 "
                                   "Hamburg", "Amtsgericht Hamburg HRB 181442"])
    s.text(40, H - 50, "Auftrag zur Rufnummernmitnahme", 14, bold=True)
    s.text(40, H - 64, "Festnetz - Geschäfts- und Privatkunden", 9)
    y = H - 92
    s.text(40, y, "Kundentyp:", 8.5, bold=True)
    s.radio("Kundentyp", "Auswahl1", 100, y - 1, "check:residential", "Privatkunde")
    s.radio("Kundentyp", "Auswahl2", 190, y - 1, "check:business", "Geschäftskunde")
    y -= 22
    s.band(40, y, W - 80, "1. Anschlussinhaber", 9)
    y -= 36
    widget_above(s, "Firma / Name des Anschlussinhabers", "Name", 40, y, 330, "account_name")
    widget_above(s, "USt-IdNr.", "USt-IdNr", 380, y, 175, None)
    y -= 34
    widget_above(s, "Vertretungsberechtigte Person", "Name_2", 40, y, 250, "authorized_name")
    widget_above(s, "Funktion", "Funktion", 300, y, 255, "authorized_title")
    y -= 34
    widget_above(s, "Straße, Hausnummer", "Straße", 40, y, 300, "street")
    widget_above(s, "PLZ", "PLZ", 350, y, 60, "postal_code")
    widget_above(s, "Ort", "Ort", 420, y, 135, "city")
    y -= 34
    widget_above(s, "Telefon (tagsüber)", "Telefon", 40, y, 200, "contact_phone")
    widget_above(s, "E-Mail", "EMail", 250, y, 305, "contact_email")
    y -= 28
    s.band(40, y, W - 80, "2. Bisheriger Anbieter (abgebender Anbieter)", 9)
    y -= 36
    widget_above(s, "Anbieter", "Anbieter", 40, y, 200, "carrier")
    widget_above(s, "Kundennummer", "Kundennummer", 250, y, 160, "account_number")
    widget_above(s, "Kundenkennwort (falls vereinbart)", "Kennwort", 420, y, 135, "pin")
    y -= 28
    s.band(40, y, W - 80, "3. Rufnummern", 9)
    y -= 36
    widget_above(s, "Ortsnetzkennzahl (Vorwahl)", "Vorwahl", 40, y, 90, "area_code")
    s.places[-1]["row"] = 0  # one area code for all the numbers: the first number's
    s.text(150, y + 4, "Rufnummern ohne Vorwahl:", 8)
    slots = s.slot_group()
    names = ["Rufnummer"] + [f"Rufnummer_{n}" for n in range(2, 11)]
    numbered_slots(s, slots, 40, y - 26, cols=2, rows=5, col_w=(W - 80) / 2, down=True,
                   names=names, row_h=19)
    s._slot_groups[-1]["local"] = True  # the numbers are written after their area code
    y -= 26 + 5 * 19 + 4
    s.checkbox("Kontrollkästchen1", 40, y, "check:full_port",
               "Alle Rufnummern des Anschlusses mitnehmen")
    s.checkbox("Kontrollkästchen2", 300, y, "check:partial_port",
               "Nur die oben genannten Rufnummern mitnehmen")
    s.checkbox("Kontrollkästchen3", 40, y - 16, None,
               "Den Vertrag für die übrigen Rufnummern beim bisherigen Anbieter kündigen")
    y -= 34
    widget_above(s, "Rufnummern, die beim bisherigen Anbieter bleiben (mit Vorwahl)",
                 "Bemerkungen", 40, y - 26, W - 80, "remaining_numbers", h=26)
    y -= 64
    widget_above(s, "Wunschtermin (TT.MM.JJJJ)", "Datum", 40, y, 110, "requested_date")
    s.checkbox("Kontrollkästchen4", 170, y + 3, None, "frühestmöglicher Termin")
    s.places[-1]["optional"] = True
    y -= 26
    y = s.para(40, y, "Ich beauftrage die Hansewelle Telekommunikation GmbH, die oben genannten "
               "Rufnummern vom bisherigen Anbieter zu übernehmen, und bevollmächtige sie, die "
               "dafür nötigen Erklärungen gegenüber dem bisherigen Anbieter abzugeben.", W - 80,
               8)
    y -= 30
    widget_above(s, "Ort", "Ort_2", 40, y, 150, None, optional=True)
    widget_above(s, "Datum", "Datum_2", 200, y, 100, "date_signed")
    s.sign_line("Unterschrift des Anschlussinhabers / Firmenstempel", 320, y, W - 40,
                label_below=True)
    s.footer("HW-RNM-01 (03/2026)   Seite 1 von 2")
    s.next_page()
    y = terms_page(s, "Hinweise zur Rufnummernmitnahme", [
        "Die Angaben zum Anschlussinhaber müssen genau mit den beim bisherigen Anbieter "
        "gespeicherten Daten übereinstimmen; sonst lehnt dieser die Mitnahme ab.",
        "Bitte kündigen Sie Ihren Vertrag nicht selbst, solange die Portierung nicht "
        "abgeschlossen ist.",
        "Der bisherige Anbieter kann für die Mitnahme ein Entgelt erheben.",
        "Am Tag der Umschaltung kann der Anschluss für einige Stunden nicht erreichbar sein."],
        W - 80, H - 60)
    y -= 20
    s.frame(40, y - 40, W - 80, 52)
    s.text(46, y + 2, "Nur von Hansewelle auszufüllen", 7.5, bold=True)
    widget_above(s, "Auftragsnummer", "Auftragsnummer", 46, y - 32, 150, None, size=6.5)
    widget_above(s, "Eingangsdatum", "Eingangsdatum", 210, y - 32, 100, None, size=6.5)
    widget_above(s, "Portierungsdatum bestätigt", "Portierungsdatum", 324, y - 32, 120, None,
                 size=6.5)
    s.footer("HW-RNM-01 (03/2026)   Seite 2 von 2")
    return s.build()


FORMS = {"r11-uk-cloa-fillable": uk_cloa_fillable, "r11-ie-request-flat": ie_request_flat,
         "r11-de-auftrag-fillable": de_auftrag_fillable}
