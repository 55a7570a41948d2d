"""Round 16, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- An Australian gaining provider's fillable Customer Authority for local number portability
  whose widget names are what Acrobat's field detection guessed from the nearest label
  ("Customer legal name", "ABN  ACN", "Suburb", "Date" for the preferred cutover date and
  "Date_2" for the date signed, "Check Box1", table cells "Telephone1..", "Service1.." and a
  number-range table "From1 / To1 / Quantity1" that our cases leave empty), labels right-aligned
  in a label column, the State as a drop-down, an LCSP account holder "if different" and a
  port category radio that are not ours.
- A Hong Kong paper application for fixed number portability in English with its section
  headings printed in Chinese first (an embedded Chinese font; the filler reads no Chinese): a Chinese-name line,
  BR / HKID number and the Region ticks not ours, no postcode, the District apart from the
  address, the DNO (donor network operator) and the account holder's name as registered with
  it, numbers tables 1-6 and 7-12 whose line-type column is not ours, a porting time slot not
  ours, "Authorised signature with company chop" beside a chop box that is not ours.
- An Irish fillable port request with widgets Field1.. carrying honest tooltips, labels in a
  column to their left, CRO and VAT numbers not ours, an optional address line 2, the county as
  a drop-down, the Eircode in a seven-cell comb widget, a port-type radio not ours, a Yes / No
  radio on porting every number on the account, number widgets 1-12 in two columns, the numbers
  that stay in one widget.
- A UK three-page paper Letter of Authority: the company name at the head of every page, the
  losing communications provider and the range holder (not ours), line-type ticks not ours,
  "Customer initials" at the foot of pages 1 and 2 (not ours), numbers 1-30 down three columns
  on page 2 with the numbers that stay, terms, the requested date and the signature on page 3.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round3_kit import table, under
from tests.loaforms.round5_kit import letterhead, numbered_slots, numbers_table
from tests.loaforms.round6_kit import lines
from tests.loaforms.round7_kit import initials
from tests.loaforms.round9_kit import comb_widget, terms_page
from tests.loaforms.round11_kit import choice_widget, right_label
from tests.loaforms.round12_kit import column_slots, radio_row
from tests.loaforms.round14_kit import office_panel, sign_block

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
ZH = "FormHei-HK"  # the headings' Traditional Chinese, embedded (tests/loaforms/fonts/README.md)
ZH_FILE = Path(__file__).with_name("fonts") / "DroidSansFallback-hk-headings.ttf"
_STATES = ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"]
_COUNTIES = ["Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry",
             "Kildare", "Kilkenny", "Laois", "Leitrim", "Limerick", "Longford", "Louth", "Mayo",
             "Meath", "Monaghan", "Offaly", "Roscommon", "Sligo", "Tipperary", "Waterford",
             "Westmeath", "Wexford", "Wicklow"]


def _names(pattern: str) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(1))


def au_customer_authority_fillable() -> Built:
    s = a4("r16-au-customer-authority-fillable", "AU", "en", ["r16-au", "r16-au-partial"],
           "Fillable, Australian gaining CSP's Customer Authority. Widget names guessed by "
           "Acrobat from the nearest label: 'Date' is the preferred cutover date, 'Date_2' the "
           "date signed; check boxes 'Check Box1/2' for all / only listed; labels right-aligned "
           "in a label column; State drop-down; ABN / ACN and LCSP account holder 'if "
           "different' not ours; port category radio not ours; table 'Telephone number | "
           "Service type' rows 1-12 (widgets Telephone1.., Service1..: service type not ours); "
           "range table From / To / Quantity (3 rows) left empty; numbers remaining in one "
           "widget; signature line without a widget; print name and position widgets.")
    letterhead(s, W4 - 40, H4 - 40, ["Southern Cross Voice Pty Ltd", "ABN 51 600 555 014",
                                      "Level 9, 1 Market Street, Sydney NSW 2000",
                                      "porting@southerncrossvoice.com.au"])
    s.text(40, H4 - 48, "Customer Authority", 16, bold=True)
    s.text(40, H4 - 62, "Local number portability (fixed numbers)", 8.5)
    y = s.para(40, H4 - 84, "By signing this Customer Authority you ask Southern Cross Voice "
               "(the Gaining CSP) to port the numbers below from your Losing CSP (LCSP). The "
               "details must match the LCSP's records. This authority is valid for 90 days.",
               W4 - 80, 7.5) - 6
    s.band(40, y, W4 - 80, "1  Customer details", 9)
    y -= 26
    right_label(s, "Customer legal name", "Customer legal name", 150, y, 405, "account_name")
    y -= 20
    right_label(s, "ABN / ACN", "ABN  ACN", 150, y, 160, None)
    y -= 20
    right_label(s, "Service address", "Street address", 150, y, 405, "street")
    y -= 20
    right_label(s, "Suburb", "Suburb", 150, y, 170, "city")
    s.text(340, y + 4, "State", 8)
    choice_widget(s, "State", 365, y, 50, _STATES, "state")
    right_label(s, "Postcode", "Postcode", 470, y, 85, "postal_code")
    y -= 20
    right_label(s, "Authorised representative", "Authorised representative", 150, y, 210,
                "authorized_name")
    right_label(s, "Position", "Position", 415, y, 140, "authorized_title")
    y -= 20
    right_label(s, "Phone", "Phone", 150, y, 140, "contact_phone")
    right_label(s, "Email", "Email", 330, y, 225, "contact_email")
    y -= 28
    s.band(40, y, W4 - 80, "2  Losing CSP (your current provider)", 9)
    y -= 26
    right_label(s, "Losing CSP (LCSP)", "Losing carrier LCSP", 150, y, 170, "carrier")
    right_label(s, "Account number", "Account number", 410, y, 145, "account_number")
    y -= 20
    right_label(s, "Account holder at LCSP", "Account holder if different", 150, y, 250, None)
    s.text(410, y + 4, "(only if different from section 1)", 6.5)
    y -= 28
    s.band(40, y, W4 - 80, "3  Numbers to port", 9)
    y -= 20
    s.checkbox("Check Box1", 40, y, "check:full_port", "All numbers on the LCSP account")
    s.checkbox("Check Box2", 230, y, "check:partial_port", "Only the numbers listed below")
    y -= 18
    s.text(40, y + 1, "Port category:", 8)
    radio_row(s, "Category", 110, y, [("A", "Category A (simple)", None),
                                      ("C", "Category C (complex)", None)])
    y -= 10
    table(s, 40, y, [("Telephone number", 150, "number", False),
                     ("Service type", 100, None, False)], rows=12, row_h=16, widgets="")
    s.text(310, y - 11, "Number ranges (complete only for ranges)", 7.5, bold=True)
    table(s, 310, y - 14, [("From", 90, None, False), ("To", 90, None, False),
                           ("Quantity", 65, None, False)], rows=3, row_h=16, widgets="")
    y -= 16 * 13 + 30
    right_label(s, "Numbers remaining with LCSP", "Numbers remaining with the LCSP", 150, y,
                405, "remaining_numbers")
    y -= 20
    right_label(s, "Preferred cutover date", "Date", 150, y, 90, "requested_date")
    s.text(250, y + 4, "(dd/mm/yyyy)", 7)
    y -= 26
    s.band(40, y, W4 - 80, "4  Authority", 9)
    y = s.para(40, y - 18, "I am the customer, or I am authorised by the customer, and I "
               "authorise Southern Cross Voice to port the numbers above. I understand that my "
               "service with the LCSP for those numbers will end when the port completes.",
               W4 - 80, 7.5) - 30
    s.sign_line("Signature", 40, y, 300, label_below=True)
    right_label(s, "Date", "Date_2", 370, y, 90, "date_signed")
    y -= 36
    right_label(s, "Print name", "Print name", 100, y, 200, "authorized_name")
    right_label(s, "Position", "Position_2", 370, y, 185, "authorized_title")
    s.footer("SCV-CA-LNP  03/2026")
    return s.build()


def _zh_band(s: Sheet, x: float, y: float, w: float, chinese: str, english: str) -> None:
    """A light section bar: the Chinese heading first (its own embedded font), the English
    after it."""
    if ZH not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(ZH, str(ZH_FILE)))
    s.c.setFillGray(0.85)
    s.c.rect(x, y - 4, w, 16, stroke=0, fill=1)
    s.c.setFillGray(0)
    s.c.setFont(ZH, 10)
    s.c.drawString(x + 4, y, chinese)
    s.text(x + 10 + pdfmetrics.stringWidth(chinese, ZH, 10), y, english, 9, bold=True)


def hk_number_portability_paper() -> Built:
    s = a4("r16-hk-portability-flat", "HK", "en", ["r16-hk", "r16-hk-partial"],
           "Paper, Hong Kong, English labels with section headings printed in Chinese first "
           "(an embedded Chinese font). Customer name in English; name in Chinese, BR / HKID "
           "no. and Region ticks not ours; address on one line, District apart, no postcode; "
           "DNO and the account holder's name as registered with the DNO (the customer's "
           "name); tables 'Item | Telephone no. | Type of line' 1-6 and 7-12 (type not ours); "
           "numbers staying on lines; preferred porting date DD/MM/YYYY and a time slot not "
           "ours; signature with a company chop box (not ours), name, position and date.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Victoria Harbour Telecom Limited",
                                      "28/F, 9 Queen's Road Central, Hong Kong",
                                      "Business hotline 2555 0100"])
    s.text(40, H4 - 48, "Application for Fixed Number Portability", 14, bold=True)
    s.text(40, H4 - 62, "Recipient Network Operator (RNO): Victoria Harbour Telecom Limited", 8)
    y = H4 - 88
    _zh_band(s, 40, y, W4 - 80, "第一部分 客戶資料", "Part 1  Customer information")
    y -= 26
    s.blank("Customer name (English):", 40, y, 555, "account_name")
    y -= 22
    s.blank("Customer name (Chinese):", 40, y, 330, None)
    s.blank("BR / HKID no.:", 345, y, 555, None)
    y -= 22
    s.blank("Address (Room / Floor / Block / Building / Street):", 40, y, 555, "street")
    y -= 22
    s.blank("District:", 40, y, 250, "city")
    s.text(265, y, "Region:", 9)
    s.tick(305, y - 1, None, "Hong Kong Island")
    s.tick(390, y - 1, None, "Kowloon")
    s.tick(450, y - 1, None, "New Territories")
    y -= 22
    s.blank("Contact person:", 40, y, 300, "authorized_name")
    s.blank("Title:", 315, y, 555, "authorized_title")
    y -= 22
    s.blank("Contact tel.:", 40, y, 250, "contact_phone")
    s.blank("Email:", 265, y, 555, "contact_email")
    y -= 28
    _zh_band(s, 40, y, W4 - 80, "第二部分 現有網絡營辦商", "Part 2  Donor Network Operator (DNO)")
    y -= 26
    s.blank("Existing operator (DNO):", 40, y, 300, "carrier")
    s.blank("Account no.:", 315, y, 555, "account_number")
    y -= 22
    s.blank("Name of account holder as registered with the DNO:", 40, y, 555, "account_name")
    y -= 28
    _zh_band(s, 40, y, W4 - 80, "第三部分 攜號轉台號碼", "Part 3  Numbers to be ported")
    y -= 22
    s.tick(40, y, "check:full_port", "All numbers under the DNO account")
    s.tick(260, y, "check:partial_port", "Only the numbers listed below")
    slots = s.slot_group(ordered=True)
    cols = [("Telephone no.", 130, "number", False), ("Type of line", 100, None, False)]
    numbers_table(s, slots, 40, y - 8, cols, rows=6, row_h=16, head="Item")
    bottom = numbers_table(s, slots, 300, y - 8, cols, rows=6, row_h=16, first=7, head="Item")
    y = bottom - 16
    s.text(40, y, "Numbers staying with the DNO:", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 175, y - 1, 360, 1, 0, stay, "staying 1")
    lines(s, 375, y - 1, 555, 1, 0, stay, "staying 2")
    y -= 28
    _zh_band(s, 40, y, W4 - 80, "第四部分 轉台日期", "Part 4  Porting date")
    y -= 26
    s.blank("Preferred porting date (DD/MM/YYYY):", 40, y, 300, "requested_date")
    s.text(315, y, "Time slot:", 9)
    s.tick(365, y - 1, None, "00:00 - 06:00")
    s.tick(445, y - 1, None, "10:00 - 16:00")
    y -= 28
    _zh_band(s, 40, y, W4 - 80, "第五部分 聲明及簽署", "Part 5  Declaration and signature")
    y = s.para(40, y - 20, "I/We apply to port the numbers above to the RNO and authorise the "
               "RNO to request the DNO to terminate its service for those numbers on the "
               "porting date. I/We confirm that the account is not suspended and that the "
               "information above is true.", W4 - 80, 7.5) - 36
    s.sign_line("Authorised signature with company chop", 40, y, 300, label_below=True)
    s.box(330, y - 14, 110, 44, None, "company chop")
    s.text(334, y + 22, "Company chop", 6.5)
    y -= 34
    sign_block(s, 40, y, [("Name of authorised person", "authorized_name")], [260])
    y -= 30
    sign_block(s, 40, y, [("Position", "authorized_title"), ("Date", "date_signed")],
               [160, 86])
    s.footer("VHT-FNP-01  (Rev. 2026)")
    return s.build()


def ie_port_request_fillable() -> Built:
    s = a4("r16-ie-port-request-fillable", "IE", "en", ["r16-ie", "r16-ie-partial"],
           "Fillable, Irish. Widgets Field1.. with honest tooltips; labels right-aligned in a "
           "column on their left; CRO and VAT numbers not ours; address line 2 optional; Town / "
           "City; County drop-down; Eircode a 7-cell comb widget; contact name, role, phone, "
           "email; current operator, account number, main billing number; port-type radio not "
           "ours; radio 'port every number on this account?' Yes = full / No = partial; number "
           "widgets 1-12 in two columns; numbers staying in one widget; requested date; date "
           "signed, print name and role widgets; signature line without a widget.")
    t = _names("Field{n}")

    def row(label: str, x: float, y: float, w: float, fld: str | None, optional: bool = False,
            tip: str = "") -> None:
        """A label right-aligned to end at x, its widget after it with the label as tooltip."""
        s.c.setFont("Helvetica", 8)
        s.c.drawRightString(x, y + 4, label)
        s.widget(next(t), x + 5, y, w, 15, fld, tooltip=tip or label, optional=optional)

    letterhead(s, W4 - 40, H4 - 40, ["Shannon Digital Voice DAC", "3 Harbour Row, Cobh, Co. Cork",
                                      "P24 X8K2  -  porting@shannonvoice.ie"])
    s.text(40, H4 - 48, "Number Port Request", 15, bold=True)
    s.text(40, H4 - 62, "Geographic numbers - business customers", 8.5)
    y = H4 - 92
    s.band(40, y, W4 - 80, "Customer", 9)
    y -= 26
    row("Registered business name", 150, y, 405, "account_name")
    y -= 20
    row("CRO number", 150, y, 120, None)
    row("VAT number", 400, y, 155, None)
    y -= 20
    row("Address line 1", 150, y, 405, "street")
    y -= 20
    row("Address line 2", 150, y, 405, None, optional=True)
    y -= 20
    row("Town / City", 150, y, 160, "city")
    s.c.setFont("Helvetica", 8)
    s.c.drawRightString(370, y + 4, "County")
    choice_widget(s, next(t), 375, y, 90, _COUNTIES, "state")
    y -= 22
    s.c.drawRightString(150, y + 4, "Eircode")
    comb_widget(s, next(t), 155, y, 7, "postal_code", cell=14, h=16)
    y -= 22
    row("Contact name", 150, y, 160, "authorized_name")
    row("Role", 400, y, 155, "authorized_title")
    y -= 20
    row("Contact phone", 150, y, 160, "contact_phone")
    row("Email", 400, y, 155, "contact_email")
    y -= 28
    s.band(40, y, W4 - 80, "Current operator", 9)
    y -= 26
    row("Current operator", 150, y, 160, "carrier")
    row("Account number", 400, y, 155, "account_number")
    y -= 20
    row("Main billing number", 150, y, 160, "btn")
    y -= 28
    s.band(40, y, W4 - 80, "Numbers", 9)
    y -= 20
    s.text(40, y + 1, "Port type:", 8)
    radio_row(s, "PortType", 90, y, [("Single", "Single line", None),
                                     ("Multi", "Multi-line", None), ("DDI", "DDI range", None)])
    y -= 20
    s.text(40, y + 1, "Port every number on this account?", 8)
    radio_row(s, "AllNumbers", 200, y, [("Yes", "Yes", "check:full_port"),
                                        ("No", "No - only those below", "check:partial_port")])
    slots = s.slot_group(ordered=True)
    column_slots(s, slots, 40, y - 24, 6, 250, [next(t) for _ in range(6)])
    column_slots(s, slots, 305, y - 24, 6, 250, [next(t) for _ in range(6)], first=7)
    y -= 24 + 6 * 18 + 12
    row("Numbers staying with current operator", 200, y, 355, "remaining_numbers")
    y -= 20
    row("Requested port date (dd/mm/yyyy)", 200, y, 90, "requested_date")
    y -= 28
    s.band(40, y, W4 - 80, "Authorisation", 9)
    y = s.para(40, y - 18, "I confirm I am authorised to act for the customer named above and "
               "I ask Shannon Digital Voice to port the numbers listed from the current "
               "operator. I understand that any services not ported will be ceased by the "
               "current operator when the port completes.", W4 - 80, 7.5) - 30
    s.sign_line("Signature", 40, y, 300, label_below=True)
    row("Date", 370, y, 90, "date_signed")
    y -= 36
    row("Print name", 100, y, 200, "authorized_name")
    row("Role", 370, y, 185, "authorized_title")
    s.footer("SDV-NPR-2 (2026)")
    return s.build()


def _uk_head(s: Sheet, page: int) -> None:
    s.text(40, H4 - 44, "LETTER OF AUTHORITY - number port", 12, bold=True)
    s.right_text(W4 - 40, H4 - 44, f"Page {page} of 3", 8)
    s.blank("Company name:", 40, H4 - 66, 380, "account_name", size=8.5)


def uk_loa_paper() -> Built:
    s = a4("r16-uk-loa-three-page-flat", "GB", "en", ["r16-uk", "r16-uk-partial"],
           "Paper, UK, three pages. 'Company name' at the head of every page; page 1: "
           "installation address, town, postcode, main billing number, losing communications "
           "provider, account number, range holder (not ours), contact details, line-type "
           "ticks (not ours), customer initials (not ours); page 2: all / selected ticks, "
           "numbers 1-30 down three columns, numbers staying on six lines, customer initials; "
           "page 3: terms, requested port date, signature, print name, position and date "
           "under their lines, gaining provider's panel.")
    _uk_head(s, 1)
    letterhead(s, W4 - 40, H4 - 80, ["Thames Gateway Communications Ltd",
                                      "2 Canada Square, London E14 5AB",
                                      "Porting team 020 7946 0100"])
    y = H4 - 130
    s.band(40, y, W4 - 80, "1. Installation details (exactly as your current provider holds them)",
           9)
    y -= 34
    under(s, "Installation address (building, street)", 40, y, 555, "street")
    y -= 34
    under(s, "Town / city", 40, y, 300, "city")
    under(s, "Postcode (must match the line's records)", 315, y, 555, "postal_code")
    y -= 34
    under(s, "Main billing number (MBN)", 40, y, 300, "btn")
    y -= 36
    s.band(40, y, W4 - 80, "2. Your current provider", 9)
    y -= 34
    under(s, "Losing communications provider", 40, y, 300, "carrier")
    under(s, "Account number", 315, y, 555, "account_number")
    y -= 34
    under(s, "Range holder, if the numbers were ported in before (if known)", 40, y, 555, None)
    y -= 30
    s.text(40, y, "Line type:", 8.5)
    for label, x in (("Analogue single line", 95), ("Analogue multi-line", 200),
                     ("ISDN2", 305), ("ISDN30", 355), ("SIP / VoIP", 415)):
        s.tick(x, y - 1, None, label)
    y -= 36
    s.band(40, y, W4 - 80, "3. Contact for this port", 9)
    y -= 34
    under(s, "Contact name", 40, y, 300, "authorized_name")
    under(s, "Position", 315, y, 555, "authorized_title")
    y -= 34
    under(s, "Telephone", 40, y, 300, "contact_phone")
    under(s, "Email", 315, y, 555, "contact_email")
    initials(s, 40, 50)
    s.footer("TGC-LOA-3  v2.1")
    s.next_page()
    _uk_head(s, 2)
    y = H4 - 100
    s.band(40, y, W4 - 80, "4. Numbers to port", 9)
    y -= 20
    s.tick(40, y, "check:full_port", "Port all numbers on the account")
    s.tick(250, y, "check:partial_port", "Port only the numbers listed below")
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 26, cols=3, rows=10, col_w=(W4 - 80) / 3, row_h=20)
    y -= 26 + 10 * 20 + 10
    s.band(40, y, W4 - 80, "5. Numbers staying with your current provider (partial ports)", 9)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((40, 220, 400)):
        lines(s, x, y - 26, x + 155, 2, 22, stay, f"staying column {k + 1}")
    y -= 80
    s.para(40, y, "Numbers not listed in section 4 stay with your current provider, which may "
           "continue to bill you for them. Cancelling the main billing number moves the "
           "account's billing to another number you choose with your current provider.",
           W4 - 80, 7.5)
    initials(s, 40, 50)
    s.footer("TGC-LOA-3  v2.1")
    s.next_page()
    _uk_head(s, 3)
    clauses = [
        "You authorise Thames Gateway Communications Ltd to act for you in porting the numbers "
        "listed in section 4 from your current provider, and to instruct your current provider "
        "to cease its service on those numbers when the port completes.",
        "You confirm that you are the account holder, or are authorised by the account holder, "
        "and that the details given match your current provider's records.",
        "Services on the numbers that are not ported (call barring, voicemail, directory "
        "entries, broadband on the same line) may stop. Your current provider may charge you "
        "early termination fees under your contract with it."]
    y = terms_page(s, "6. Terms of this authority", clauses, W4 - 80, H4 - 100) - 20
    under(s, "Requested port date (dd/mm/yyyy)", 40, y, 220, "requested_date")
    s.text(235, y + 2, "Subject to confirmation by both providers.", 7)
    y -= 50
    sign_block(s, 40, y, [("Signed", "signature"), ("Date", "date_signed")], [320, 180])
    y -= 36
    sign_block(s, 40, y, [("Print name", "authorized_name"), ("Position", "authorized_title")],
               [320, 180])
    office_panel(s, 40, 60, W4 - 80, "THAMES GATEWAY USE ONLY",
                 ["Order ref", "Port date agreed", "Checked by"], h=40)
    s.footer("TGC-LOA-3  v2.1")
    return s.build()


FORMS = {
    "r16-au-customer-authority-fillable": au_customer_authority_fillable,
    "r16-hk-portability-flat": hk_number_portability_paper,
    "r16-ie-port-request-fillable": ie_port_request_fillable,
    "r16-uk-loa-three-page-flat": uk_loa_paper,
}
