"""Round 34, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Cebu fillable porting form whose customer block is a table labelled in its header row
  ('Account name | Account no. | Current provider' over a row of widgets), one wide street
  widget under two column headers ('House no. / street | Barangay'), the representative's name
  in two widgets under one header (First name | Last name), and a numbers table 1-25 continued
  on page 2 as 26-50 ('continued').
- A Belize paper letter of authorisation whose reseller's block comes first with the same
  labels as the customer's (Company name, Address, Phone), the customer's captions under the
  lines, 'e.g.' values, 'Signed this ____ day of __________, 20__' and two signature blocks:
  the account holder's (ours) and the reseller's agent's (not ours).
- A Suva fillable request copied from another form (widgets Text7, Text7_1.. in no order) with
  two repeating location sections (Location 1 ours, Location 2 empty), each with its address
  and numbers, and grey 'e.g.' placeholders typed into some widgets.
- A Samoa flat paper form in English with Samoan under each caption: check boxes printed as ☐
  glyphs, section titles turned 90 degrees in the margin, labels after their blanks and the
  signing date in split boxes '__ / __ / 20__'.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import witness_line
from tests.loaforms.round26_kit import hint, placeholder_widget
from tests.loaforms.round28_kit import span, tf
from tests.loaforms.round32_kit import own_letterhead
from tests.loaforms.round34_kit import (
    glyph_tick,
    head_row,
    label_after,
    margin_title,
    split_boxes,
    unicode_a4,
    words_date,
)

Built = tuple[bytes, dict[str, Any]]
WL, HL = LETTER
W4, H4 = A4


def _numbers_grid(s: Sheet, slots: list[dict[str, Any]], top: float, first: int,
                  rows: int, cols: int = 5) -> float:
    """Numbered widgets down each column (first.. first+rows*cols-1); returns the y under."""
    for c in range(cols):
        for r in range(rows):
            n = first + c * rows + r
            bx, by = 40 + c * 107, top - 18 * (r + 1)
            s.right_text(bx + 14, by + 4, f"{n}.", 7)
            tf(s, f"No{n}", bx + 17, by, 86, 14, None)
            s.places.pop()
            s.slot(slots, (bx + 17, by, bx + 103, by + 14), f"number {n}", f"No{n}")
    return top - 18 * rows


def ceb_header_row_continued_fillable() -> Built:
    s = letter("r34-ceb-header-row-continued-fillable", "PH", "en",
               ["r34-ceb", "r34-ceb-partial"],
               "Fillable Cebu form. Customer block as a table labelled in its header row "
               "(Account name | Account no. | Current provider, then House no. / street | "
               "Barangay over ONE wide street widget | City / municipality | Province | ZIP). "
               "Representative's name in two widgets under one header (First name | Last "
               "name: one place). TIN not ours. Numbers 1-25 on page 1 (down five columns), "
               "continued 26-50 on page 2. Remaining numbers in one multiline widget. "
               "Signature box on page 2.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    letterhead(s, WL - 40, HL - 36, ["Visayas Fiber Link Inc.", "Gorordo Avenue, Cebu City",
                                     "Porting hotline (032) 555 0100"])
    s.text(40, HL - 50, "Number Portability Request", 15, bold=True)
    y = HL - 76
    s.band(40, y, WL - 80, "A. Subscriber", 9)
    y -= 6
    y = head_row(s, 40, y, [("Account name", 230), ("Account no.", 120),
                            ("Current provider", 182)])
    tf(s, "acct_name", 40, y - 16, 230, 16, "account_name")
    tf(s, "acct_no", 270, y - 16, 120, 16, "account_number")
    tf(s, "provider", 390, y - 16, 182, 16, "carrier")
    y -= 24
    y = head_row(s, 40, y, [("House no. / street", 140), ("Barangay", 110),
                            ("City / municipality", 120), ("Province", 90), ("ZIP", 72)])
    tf(s, "addr1", 40, y - 16, 250, 16, "street", what="one widget under two headers")
    tf(s, "city", 290, y - 16, 120, 16, "city")
    tf(s, "prov", 410, y - 16, 90, 16, "state")
    tf(s, "zip", 500, y - 16, 72, 16, "postal_code")
    y -= 24
    y = head_row(s, 40, y, [("Authorized representative", 250), ("Position", 120),
                            ("TIN", 162)])
    tf(s, "rep_first", 40, y - 16, 125, 16, None)
    tf(s, "rep_last", 165, y - 16, 125, 16, None)
    span(s, 2, "authorized_name", "representative: first name | last name widgets")
    hint(s, 42, y - 23, "First name", 5.5)
    hint(s, 167, y - 23, "Last name", 5.5)
    tf(s, "position", 290, y - 16, 120, 16, "authorized_title")
    tf(s, "tin", 410, y - 16, 162, 16, None)
    y -= 30
    y = head_row(s, 40, y, [("Contact number", 180), ("E-mail", 352)])
    tf(s, "contact", 40, y - 16, 180, 16, "contact_phone")
    tf(s, "email", 220, y - 16, 352, 16, "contact_email")
    y -= 30
    s.checkbox("corp", 40, y, "check:business", "Corporate")
    s.checkbox("indiv", 120, y, "check:residential", "Individual")
    s.checkbox("all", 230, y, "check:full_port", "Port all numbers")
    s.checkbox("some", 350, y, "check:partial_port", "Port selected numbers only")
    y -= 24
    s.band(40, y, WL - 80, "B. Numbers to port (continue on page 2 if more than 25)", 9)
    slots = s.slot_group(ordered=True)
    y = _numbers_grid(s, slots, y - 6, 1, 5)
    y -= 30
    s.text(40, y + 18, "Numbers that will stay with the current provider", 7)
    tf(s, "remain", 40, y - 10, 300, 26, "remaining_numbers", flags="multiline")
    s.text(360, y + 18, "Requested porting date (MM/DD/YYYY)", 7)
    tf(s, "portdate", 360, y + 2, 110, 14, "requested_date")
    s.footer("VFL-NPR 2030  page 1 of 2")
    s.next_page()
    s.text(40, HL - 50, "Number Portability Request (continued)", 12, bold=True)
    y = HL - 66
    s.band(40, y, WL - 80, "B. Numbers to port (continued)", 9)
    y = _numbers_grid(s, slots, y - 6, 26, 5)
    y -= 30
    s.band(40, y, WL - 80, "C. Authorization", 9)
    y = s.para(40, y - 18, "I authorize Visayas Fiber Link Inc. to port the numbers listed on "
               "pages 1 and 2 and confirm that I am the subscriber or authorized by the "
               "subscriber.", WL - 80, 7.5)
    y -= 60
    s.frame(40, y, 260, 46)
    s.text(44, y + 38, "Signature over printed name", 7)
    s._place((41, y + 1, 299, y + 35), "signature", what="signature box")
    s.text(320, y + 38, "Date signed (MM/DD/YYYY)", 7)
    tf(s, "signed", 320, y + 20, 110, 14, "date_signed")
    s.footer("VFL-NPR 2030  page 2 of 2")
    return s.build()


def blz_reseller_first_words_date_paper() -> Built:
    s = letter("r34-blz-reseller-first-words-date-paper", "BZ", "en",
               ["r34-blz", "r34-blz-partial"],
               "Paper Belize letter of authorisation. The reseller's block first (Company "
               "name, Address, Phone, Agent ID) with the same captions as the customer's: not "
               "ours. Customer captions under the lines, 'e.g.' values in grey. Numbers 1-8 on "
               "lines; numbers remaining on two lines. 'Signed this ____ day of "
               "__________, 20__' (day, month, two-digit year). Two signature blocks: the "
               "account holder's (ours: signature, print name, title) and the reseller "
               "agent's (not ours).")
    s.date_formats = ["%d/%m/%Y", "%m/%d/%Y"]
    letterhead(s, WL - 40, HL - 36, ["Jaguar Net Belize Ltd.", "Coney Drive 22, Belize City",
                                     "Porting 222-0100"])
    s.text(40, HL - 50, "Letter of Authorisation", 15, bold=True)
    y = HL - 76
    s.band(40, y, WL - 80, "Reseller / sales agent", 9)
    y -= 26
    under(s, "Company name", 40, y, 300, None)
    under(s, "Phone", 320, y, 440, None)
    under(s, "Agent ID", 460, y, 572, None)
    y -= 30
    under(s, "Address", 40, y, 572, None)
    y -= 28
    s.band(40, y, WL - 80, "Customer", 9)
    y -= 26
    under(s, "Company name (or your full name)", 40, y, 400, "account_name")
    hint(s, 250, y - 9, "e.g. Blue Hole Divers Ltd.", 6)
    under(s, "Account number", 420, y, 572, "account_number")
    y -= 30
    under(s, "Address", 40, y, 300, "street")
    under(s, "Town / city", 320, y, 450, "city")
    under(s, "District", 470, y, 572, "state")
    y -= 30
    under(s, "Phone", 40, y, 200, "contact_phone")
    hint(s, 80, y - 9, "e.g. 222-0140", 6)
    under(s, "E-mail", 220, y, 420, "contact_email")
    under(s, "Current provider", 440, y, 572, "carrier")
    y -= 28
    s.tick(40, y, "check:business", "Business")
    s.tick(110, y, "check:residential", "Residential")
    s.tick(220, y, "check:full_port", "All numbers on the account")
    s.tick(400, y, "check:partial_port", "Only the numbers below")
    y -= 22
    s.text(40, y, "Numbers to port", 8.5, bold=True)
    hint(s, 120, y, "e.g. 222-0140 (7 digits)", 6.5)
    slots = s.slot_group(ordered=False)
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 40 + col * 170, y - 20 - row * 18
        s.right_text(bx + 12, by, f"{k + 1}.", 8)
        s.rule(bx + 16, by - 2, bx + 150)
        s.slot(slots, (bx + 16, by - 4, bx + 150, by + 11), f"number {k + 1}")
    s.text(390, y - 8, "Numbers remaining with", 7)
    s.text(390, y - 17, "the current provider", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        by = y - 38 - k * 18
        s.rule(390, by - 2, 572)
        s.slot(stay, (390, by - 4, 572, by + 11), f"remaining {k + 1}")
    y -= 20 + 4 * 18 + 10
    under(s, "Requested port date (DD/MM/YYYY)", 40, y, 200, "requested_date")
    y -= 32
    y = s.para(40, y, "I, the account holder, authorise Jaguar Net Belize Ltd. and its "
               "reseller named above to port the numbers listed from my current provider.",
               WL - 80, 7.5)
    y -= 8
    words_date(s, 40, y, ["Signed this", "day of", ","],
               [(30, "date_signed_day"), (100, "date_signed_month"),
                (22, "date_signed_year2")])
    y -= 60
    s.text(40, y + 40, "Account holder", 8, bold=True)
    s.sign_line("Signature", 40, y, 280, label_below=True)
    s.text(320, y + 40, "Reseller's agent", 8, bold=True)
    witness_line(s, "Agent's signature", 320, y, 572)
    y -= 34
    under(s, "Print name", 40, y, 170, "authorized_name")
    under(s, "Title", 180, y, 280, "authorized_title")
    under(s, "Agent's name", 320, y, 572, None)
    s.footer("JNB-LOA-2030")
    return s.build()


def _fji_location(s: Sheet, n: int, top: float, names: list[str], ours: bool,
                  slots: list[dict[str, Any]]) -> float:
    s.c.setFillGray(0.9)
    s.c.rect(36, top - 12, W4 - 72, 14, stroke=0, fill=1)
    s.c.setFillGray(0)
    s.text(40, top - 8, f"Location {n}", 8.5, bold=True)
    y = top - 40
    it = iter(names)
    for label, x, w, fld in (("Street address", 36, 250, "street"), ("Town", 296, 120, "city"),
                             ("Division", 426, 133, "state")):
        s.text(x, y + 17, label, 7)
        tf(s, next(it), x, y, w, 14, fld if ours else None, what=f"location {n} {label}")
    y -= 20
    s.text(36, y, f"Numbers at location {n}", 7)
    for k in range(4):
        bx, by = 36 + k * 131, y - 20
        s.right_text(bx + 10, by + 4, f"{k + 1}.", 7.5)
        name = next(it)
        if ours:
            tf(s, name, bx + 14, by, 110, 14, None)
            s.places.pop()
            s.slot(slots, (bx + 14, by, bx + 124, by + 14), f"location {n} number {k + 1}",
                   name)
        else:
            tf(s, name, bx + 14, by, 110, 14, None, what=f"location {n} number {k + 1}")
    for k in range(4):
        bx, by = 36 + k * 131, y - 38
        s.right_text(bx + 10, by + 4, f"{k + 5}.", 7.5)
        name = next(it)
        if ours:
            tf(s, name, bx + 14, by, 110, 14, None)
            s.places.pop()
            s.slot(slots, (bx + 14, by, bx + 124, by + 14), f"location {n} number {k + 5}",
                   name)
        else:
            tf(s, name, bx + 14, by, 110, 14, None, what=f"location {n} number {k + 5}")
    return y - 62


def fji_locations_text7_fillable() -> Built:
    s = a4("r34-fji-locations-text7-fillable", "FJ", "en", ["r34-fji", "r34-fji-partial"],
           "Fillable Suva request copied from another form: widgets Text7, Text7_1.. in no "
           "order the page follows. Two repeating location sections (Location 1: address "
           "and numbers 1-8, ours; Location 2: the same, empty). Grey 'e.g.' placeholders "
           "typed into the contact phone and requested date widgets (the value replaces "
           "them). TIN not ours. Remaining numbers in one widget. Signature box on paper.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 36, H4 - 36, ["Bula Telecom Pte Limited", "Victoria Parade 100, Suva",
                                     "Porting 331 0100"])
    s.text(36, H4 - 52, "Porting Request", 15, bold=True)
    y = H4 - 86
    for label, x, w, name, fld in (("Customer / company name", 36, 300, "Text7", "account_name"),
                                   ("TIN", 346, 213, "Text7_14", None)):
        s.text(x, y + 17, label, 7)
        tf(s, name, x, y, w, 14, fld)
    y -= 32
    s.text(36, y + 17, "Contact phone", 7)
    placeholder_widget(s, "Text7_3", 36, y, 140, 14, "contact_phone", "e.g. 331 0140")
    s.text(186, y + 17, "E-mail", 7)
    tf(s, "Text7_22", 186, y, 200, 14, "contact_email")
    s.text(396, y + 17, "Current provider", 7)
    tf(s, "Text7_9", 396, y, 163, 14, "carrier")
    y -= 32
    s.text(36, y + 17, "Account number", 7)
    tf(s, "Text7_31", 36, y, 160, 14, "account_number")
    s.checkbox("Text7_40", 220, y + 3, "check:business", "Business")
    s.checkbox("Text7_41", 300, y + 3, "check:residential", "Private")
    s.checkbox("Text7_42", 380, y + 3, "check:full_port", "All numbers")
    s.checkbox("Text7_43", 460, y + 3, "check:partial_port", "Some numbers")
    y -= 24
    slots = s.slot_group(ordered=False)
    y = _fji_location(s, 1, y, ["Text7_5", "Text7_2", "Text7_18"]
                      + [f"Text7_{n}" for n in (50, 52, 54, 56, 51, 53, 55, 57)], True, slots)
    y = _fji_location(s, 2, y - 6, ["Text7_6", "Text7_4", "Text7_19"]
                      + [f"Text7_{n}" for n in range(60, 68)], False, slots)
    y -= 10
    s.text(36, y + 17, "Numbers remaining with the current provider", 7)
    tf(s, "Text7_8", 36, y, 250, 14, "remaining_numbers")
    s.text(306, y + 17, "Requested porting date", 7)
    placeholder_widget(s, "Text7_1", 306, y, 110, 14, "requested_date", "e.g. 15/02/2030")
    y -= 30
    s.band(36, y, W4 - 72, "Authorisation", 9)
    y -= 30
    s.text(36, y + 17, "Authorised person", 7)
    tf(s, "Text7_10", 36, y, 200, 14, "authorized_name")
    s.text(246, y + 17, "Title", 7)
    tf(s, "Text7_11", 246, y, 150, 14, "authorized_title")
    s.text(406, y + 17, "Date", 7)
    tf(s, "Text7_12", 406, y, 100, 14, "date_signed")
    y -= 60
    s.frame(36, y, 260, 44)
    s.text(40, y + 36, "Signature", 7)
    s._place((37, y + 1, 295, y + 33), "signature", what="signature box")
    s.footer("BT-PR-FJ 2030")
    return s.build()


def _en_sm(s: Sheet, en: str, sm: str, x: float, y: float, x1: float, fld: str | None,
           optional: bool = False) -> dict[str, Any]:
    place = under(s, en, x, y, x1, fld, optional=optional)
    s.text(x, y - 17, sm, 6.5)
    return place


def sam_glyph_margin_paper() -> Built:
    s = unicode_a4("r34-sam-glyph-margin-paper", "WS", "en", ["r34-sam", "r34-sam-partial"],
                   "Flat paper Samoa form in English, Samoan under each caption. Check boxes "
                   "printed as ☐ glyphs in the text layer. Section titles turned 90 degrees "
                   "in the left margin (CUSTOMER / TAGATA, NUMBERS / NUMERA, SIGN / SAINI). "
                   "The account number and the current provider with their labels after the "
                   "blank. Numbers 1-6 on lines; numbers staying on one line. Requested date on "
                   "a line; the signing date in split boxes '__ / __ / 20__' (day, month, "
                   "two-digit year).")
    s.date_formats = ["%d/%m/%Y"]
    own_letterhead(s, W4 - 36, H4 - 36, ["Vailima Connect Ltd", "Beach Road, Apia",
                                         "Porting 20100"])
    s.text(54, H4 - 52, "Number Transfer Form", 15, bold=True)
    s.text(54, H4 - 65, "Pepa mo le siitia o numera", 9)
    top = H4 - 90
    y = top - 20
    _en_sm(s, "Customer or business name", "Igoa o le tagata po o le pisinisi", 54, y, 380,
           "account_name")
    y -= 40
    _en_sm(s, "Street / village", "Auala / nu'u", 54, y, 300, "street")
    _en_sm(s, "Town", "Taulaga", 320, y, 460, "city")
    y -= 40
    label_after(s, 54, y, 200, "account number / numera o le teugatupe", "account_number")
    y -= 26
    label_after(s, 54, y, 200, "current provider / kamupani o lo'o i ai nei", "carrier")
    y -= 34
    _en_sm(s, "Contact phone", "Telefoni", 54, y, 200, "contact_phone")
    _en_sm(s, "E-mail", "Imeli", 220, y, 460, "contact_email")
    y -= 34
    glyph_tick(s, 54, y, "check:business", "Business / Pisinisi")
    glyph_tick(s, 200, y, "check:residential", "Household / Aiga")
    y -= 10
    margin_title(s, 36, y, top, "CUSTOMER / TAGATA")
    y -= 20
    ntop = y + 6
    glyph_tick(s, 54, y, "check:full_port", "All numbers / Numera uma")
    glyph_tick(s, 220, y, "check:partial_port", "Some numbers only / Nisi numera")
    y -= 22
    slots = s.slot_group(ordered=False)
    for k in range(6):
        col, row = divmod(k, 3)
        bx, by = 54 + col * 240, y - row * 20
        s.right_text(bx + 12, by, f"{k + 1}.", 8)
        s.rule(bx + 16, by - 2, bx + 200)
        s.slot(slots, (bx + 16, by - 4, bx + 200, by + 11), f"number {k + 1}")
    y -= 3 * 20 + 6
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    s.rule(54, y - 2, 250)
    s.slot(stay, (54, y - 4, 250, y + 11), "staying 1")
    s.text(254, y, "numbers staying / numera e tumau", 7.5)
    y -= 30
    _en_sm(s, "Requested transfer date (DD/MM/YYYY)", "Aso e mana'o ai", 54, y, 220,
           "requested_date")
    y -= 28
    margin_title(s, 36, y, ntop, "NUMBERS / NUMERA")
    y -= 20
    stop = y + 6
    y = s.para(54, y, "I authorise Vailima Connect to transfer the numbers above. Ou te faataga "
               "Vailima Connect e siitia numera o loo i luga.", W4 - 100, 7.5)
    y -= 30
    _en_sm(s, "Authorised name", "Igoa", 54, y, 250, "authorized_name")
    _en_sm(s, "Title", "Tofiga", 270, y, 420, "authorized_title")
    y -= 56
    s.sign_line("Signature / Saini", 54, y, 300, label_below=True)
    s.text(320, y + 4, "Date / Aso", 7.5)
    split_boxes(s, 365, y, [22, 22, 22], ["/", "/ 20"],
                fields=["date_signed_day", "date_signed_month", "date_signed_year2"],
                what="date signed")
    y -= 24
    margin_title(s, 36, y, stop, "SIGN / SAINI")
    s.footer("VC-NTF 2030")
    return s.build()


FORMS = {
    "r34-ceb-header-row-continued-fillable": ceb_header_row_continued_fillable,
    "r34-blz-reseller-first-words-date-paper": blz_reseller_first_words_date_paper,
    "r34-fji-locations-text7-fillable": fji_locations_text7_fillable,
    "r34-sam-glyph-margin-paper": sam_glyph_margin_paper,
}
