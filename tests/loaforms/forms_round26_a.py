"""Round 26, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- An Idaho telephone cooperative's fillable port-out authorization: questions as labels left of
  generic widgets Text1..Text29 ("What name is on the account?", with the name widget already
  holding "Enter name"), hints under the blanks ("(10 digits)", "as shown on your bill"),
  tooltips that help on some widgets and mislead on others (the state widget says "ZIP code"),
  a radio group Choice1/Choice2, a numbers table 1-10 with a service type ticked in each row's
  cells (Check Box widgets, not ours) and "attach a list for more than 10 numbers", dates as
  three widgets MM / DD / YYYY with printed slashes, a signature without a widget, the
  cooperative's address, phone, fax, web and e-mail at the head and the foot.
- A Prince Edward Island paper LOA in two columns: the account holder's block on the left as
  boxes with their labels inside the top-left corner, the "authorised person (if different from
  the account holder)" block under it, the numbers block on the right ("( ___ ) ___ - ____"
  rows 1-10, attach a list for more), tick boxes left of their words for the account type and
  right of their words for the transfer kind, the requested date as Day / Month / Year boxes;
  page 2 a tear-off: "keep this part" above a cut line, "return this part" under it repeating
  the account holder, the account number, the main number, a signature and the date.
- A Cornish UK LoA, partly fillable, over two pages: numbered sections in coloured bands with
  white text, labels above their widgets in small capitals beside labels left of them, the
  numbers in a paper table rows 1-6 continued on page 2 (rows 7-12) under its header repeated,
  the numbers that stay on dotted lines, ticks left and right of their words, a section "to be
  completed by the losing provider only" (not ours), every page signed and dated (page 1 on
  paper with the year's "20" printed, page 2 widgets and a signature without one), the gaining
  provider's company number, VAT number, phone, web and e-mail in the letterhead.
- A Transylvanian fillable cerere de portare in Romanian: boxes with their labels inside the
  top-left corner over widgets, the company's fiscal code not ours, a Județ drop-down, radio
  groups for the customer type and the port kind, hints "(10 cifre)" and "MAJUSCULE", dates as
  ZZ / LL / AAAA widgets, a signature widget; the numbers on an annex page after the signature
  (widgets numbered across, the numbers that stay under them) signed again on paper.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round5_kit import date_parts
from tests.loaforms.round11_kit import choice_widget, npa_slots
from tests.loaforms.round12_kit import continued_rows
from tests.loaforms.round14_kit import office_panel, unicode_a4
from tests.loaforms.round20_kit import across_widgets, letterhead
from tests.loaforms.round26_kit import (
    boxed_widget,
    colour_band,
    cut_line,
    dotted,
    hint,
    placeholder_widget,
    slash_date,
    tick_cells,
    tick_left,
    tick_right,
)

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER


def _question(s: Any, question: str, name: str, y: float, w: float, fld: str | None,
              tip: str, hint_text: str = "", x: float = 40, wx: float = 250) -> None:
    s.text(x, y + 4, question, 8.5)
    s.widget(name, wx, y, w, 15, fld, tooltip=tip)
    if hint_text:
        hint(s, wx + 2, y - 7, hint_text)


def id_coop_fillable() -> Built:
    s = letter("r26-id-coop-fillable", "US", "en", ["r26-id", "r26-id-partial"],
               "Fillable, Idaho telephone cooperative port-out authorization. Questions as "
               "labels left of Text1..Text29; Text1 holds 'Enter name'; hints under blanks; "
               "tooltips mislead on state/ZIP/street; radio Group1 Choice1/Choice2; Check Box1/2 "
               "full/partial; numbers table 1-10 with service-type ticks in the cells (not ours), "
               "attach a list for more; numbers that stay in two widgets; MM / DD / YYYY as three "
               "widgets; signature without widget; the cooperative's address/phone/fax/web/e-mail "
               "at head and foot.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y", "%m%d%Y"]
    letterhead(s, WL - 40, HL - 36, ["Salmon River Telephone Cooperative",
                                      "PO Box 180, 201 Main Street, Challis, ID 83226",
                                      "Phone 208-555-0100   Fax 208-555-0101",
                                      "www.salmonrivertel.example   ports@salmonrivertel.example"])
    s.text(40, HL - 46, "Number Port-Out Authorization", 14, bold=True)
    s.text(40, HL - 60, "Please answer every question. Type or print in BLOCK CAPITALS.", 8)
    y = HL - 96
    placeholder_widget(s, "Text1", 250, y, 320, 15, "account_name", "Enter name",
                       tooltip="Name on the account")
    s.text(40, y + 4, "What name is on the account?", 8.5)
    hint(s, 252, y - 7, "exactly as shown on your bill")
    y -= 28
    _question(s, "What is your account number?", "Text2", y, 160, "account_number",
              "Account number", "as shown on your bill, top right")
    s.text(420, y + 4, "Main number:", 8.5)
    s.widget("Text3", 476, y, 94, 15, "btn", tooltip="Telephone")
    hint(s, 478, y - 7, "(10 digits)")
    y -= 28
    _question(s, "Where is the service installed?", "Text4", y, 320, "street",
              "Billing address", "street and suite - not a PO Box")
    y -= 28
    s.text(40, y + 4, "City", 8.5)
    s.widget("Text5", 64, y, 170, 15, "city", tooltip="City")
    s.text(246, y + 4, "State", 8.5)
    s.widget("Text6", 272, y, 40, 15, "state", tooltip="ZIP code")
    s.text(326, y + 4, "ZIP", 8.5)
    s.widget("Text7", 346, y, 70, 15, "postal_code", tooltip="State")
    y -= 28
    _question(s, "Who can we call about this request?", "Text8", y, 120, "contact_phone",
              "Phone", "(10 digits)")
    s.text(384, y + 4, "E-mail", 8.5)
    s.widget("Text9", 414, y, 156, 15, "contact_email", tooltip="Email")
    y -= 26
    s.text(40, y + 1, "Is this a business or a residential account?", 8.5)
    s.radio("Group1", "Choice1", 250, y, "check:business", "Business")
    s.radio("Group1", "Choice2", 330, y, "check:residential", "Residential")
    y -= 20
    s.text(40, y + 1, "Which numbers do you want to move?", 8.5)
    s.checkbox("Check Box1", 250, y, "check:full_port", "Every number on the account")
    s.checkbox("Check Box2", 410, y, "check:partial_port", "Only the numbers below")
    y -= 14
    slots = s.slot_group(ordered=True)
    top, row_h = y, 16
    s.frame(40, top - row_h, 24, row_h)
    s.text(44, top - row_h + 5, "#", 7, bold=True)
    s.frame(64, top - row_h, 170, row_h)
    s.text(67, top - row_h + 5, "Telephone number (10 digits)", 7, bold=True)
    for k, word in enumerate(("Landline", "Fax", "DSL / data", "Alarm line")):
        s.frame(234 + k * 62, top - row_h, 62, row_h)
        s.text(237 + k * 62, top - row_h + 5, word, 7, bold=True)
    for r in range(10):
        ry = top - row_h * (r + 2)
        s.frame(40, ry, 24, row_h)
        s.right_text(58, ry + 5, str(r + 1), 8)
        s.frame(64, ry, 170, row_h)
        name = f"Text{10 + r}"
        s.widget(name, 65, ry + 1, 168, row_h - 2, None)
        s.places.pop()
        s.slot(slots, (65, ry + 1, 233, ry + row_h - 1), f"number row {r + 1}", name)
        tick_cells(s, 234, ry, ["Landline", "Fax", "DSL / data", "Alarm line"], 62, row_h,
                   names=[f"Check Box{3 + r * 4 + k}" for k in range(4)])
    y = top - row_h * 11 - 12
    hint(s, 40, y, "More than 10 numbers? Attach a list on your letterhead, signed and dated, "
         "with every number to be moved.", 7)
    y -= 22
    s.text(40, y + 4, "Which numbers stay with Salmon River?", 8.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, name in enumerate(("Text20", "Text21")):
        x = 250 + k * 162
        s.widget(name, x, y, 150, 15, None)
        s.places.pop()
        s.slot(stay, (x, y, x + 150, y + 15), f"stays {k + 1}", name)
    y -= 28
    s.text(40, y + 1, "When would you like the numbers to move?", 8.5)
    slash_date(s, 250, y + 3, [(24, "requested_month"), (24, "requested_day"),
                               (40, "requested_year")], "requested", names=[
                                   "Text22", "Text23", "Text24"])
    hint(s, 252, y - 9, "MM      /      DD     /      YYYY")
    y -= 30
    y = s.para(40, y, "I am the account holder or am authorized by the account holder to act "
               "for this account. I authorize Salmon River Telephone Cooperative to release the "
               "numbers listed above to my new provider. Services on the numbers moved end when "
               "the port completes.", WL - 80, 7.5) - 26
    s.sign_line("Signature of account holder or authorized person", 40, y, 300,
                label_below=True)
    s.text(320, y + 4, "Date", 8.5)
    slash_date(s, 344, y + 3, [(22, "date_signed_month"), (22, "date_signed_day"),
                               (36, "date_signed_year")], "signed", names=[
                                   "Text27", "Text28", "Text29"])
    y -= 36
    s.text(40, y + 4, "Printed name", 8.5)
    s.widget("Text25", 100, y, 200, 15, "authorized_name", tooltip="Account holder")
    s.text(320, y + 4, "Title", 8.5)
    s.widget("Text26", 344, y, 160, 15, "authorized_title", tooltip="Title (if business)")
    s.footer("SRTC-POA-11 rev. 03/2026  |  Salmon River Telephone Cooperative, PO Box 180, "
             "Challis, ID 83226  |  Ph 208-555-0100  Fax 208-555-0101")
    return s.build()


def _boxes(s: Any, x: float, y: float, cells: list[tuple[str, float, str | None]],
           h: float = 26) -> float:
    for label, w, fld in cells:
        boxed_widget(s, label, None, x, y, w, fld, h=h)
        x += w
    return y - h


def pei_two_column_paper() -> Built:
    s = letter("r26-pei-two-column-paper", "CA", "en", ["r26-pei", "r26-pei-partial"],
               "Paper, two pages, Prince Edward Island. Two columns: account holder block left "
               "(boxes with labels inside the top-left corner) with an 'authorised person (if "
               "different)' block under it, numbers block right ('( ___ ) ___ - ____' rows "
               "1-10, attach a list for more). Ticks left of words for the account type, right "
               "of words for the transfer kind; requested date as Day / Month / Year boxes. "
               "Page 2 a tear-off: keep this part (carrier's reference not ours) / cut line / "
               "return this part repeating holder, account number, main number, signature, date.")
    s.date_formats = ["%d/%m/%Y", "%Y-%m-%d"]
    letterhead(s, WL - 40, HL - 36, ["Gulf Shore Telecom Inc.", "45 Queen Street, "
                                      "Charlottetown, PE  C1A 4A2",
                                      "Tel 902-555-0100  |  Fax 902-555-0101",
                                      "gulfshoretelecom.example  |  switch@gulfshore.example"])
    s.text(40, HL - 46, "Letter of Authorization", 14, bold=True)
    s.text(40, HL - 60, "Transfer of local telephone numbers to Gulf Shore Telecom", 8.5)
    left, right, colw = 40, 322, 250
    top = HL - 86
    s.text(left, top, "1  ACCOUNT HOLDER", 9, bold=True)
    s.text(right, top, "2  NUMBERS TO TRANSFER", 9, bold=True)
    y = _boxes(s, left, top - 30, [("Account holder name (as on your bill)", colw,
                                    "account_name")])
    y = _boxes(s, left, y - 4, [("Service address", colw, "street")])
    y = _boxes(s, left, y - 4, [("City / town", 130, "city"), ("Province", 50, "state"),
                                ("Postal code  A1A 1A1", 70, "postal_code")])
    y = _boxes(s, left, y - 4, [("Current provider", colw, "carrier")])
    y = _boxes(s, left, y - 4, [("Account number with current provider", colw,
                                 "account_number")])
    y = _boxes(s, left, y - 4, [("Main telephone number on the account", colw, "btn")])
    y += 10
    x = tick_left(s, left, y, "check:business", "Business")
    tick_left(s, x, y, "check:residential", "Residential")
    y -= 22
    s.text(left, y, "AUTHORISED PERSON", 9, bold=True)
    s.text(left, y - 10, "(if different from the account holder)", 7.5)
    y = _boxes(s, left, y - 42, [("Name", 150, "authorized_name"),
                                 ("Title / position", 100, "authorized_title")])
    y = _boxes(s, left, y - 4, [("Daytime phone", 110, "contact_phone"),
                                 ("E-mail", 140, "contact_email")])
    slots = s.slot_group(ordered=True)
    npa_slots(s, slots, right, top - 24, 1, 10, colw, row_h=20)
    ry = top - 24 - 10 * 20
    hint(s, right, ry, "For more than 10 numbers attach a list (same format), signed.", 6.5)
    ry -= 20
    x = tick_right(s, right, ry, "check:full_port", "Transfer all numbers")
    tick_right(s, x, ry, "check:partial_port", "Transfer only those listed")
    ry -= 22
    s.text(right, ry, "Numbers staying with the current provider:", 8, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        s.right_text(right + 12, ry - 22 - k * 20 + 3, f"{k + 1}.", 8)
        s.frame(right + 18, ry - 22 - k * 20, 160, 15)
        s.slot(stay, (right + 18, ry - 22 - k * 20, right + 178, ry - 7 - k * 20),
               f"stays {k + 1}")
    ry -= 84
    s.text(right, ry + 24, "Requested transfer date", 8, bold=True)
    date_parts(s, right, ry, [("Day", 30, "requested_day"), ("Month", 30, "requested_month"),
                              ("Year", 50, "requested_year")])
    y = min(y, ry - 20) - 14
    y = s.para(40, y, "I, the undersigned, am the account holder or am authorised by the account "
               "holder, and I authorise Gulf Shore Telecom Inc. to act as my agent to transfer "
               "the numbers above from my current provider.", WL - 80, 7.5) - 28
    s.sign_line("Signature", 40, y, 280, label_below=True)
    s.text(300, y + 4, "Date signed", 8)
    slash_date(s, 350, y + 4, [(22, "date_signed_day"), (22, "date_signed_month"),
                               (36, "date_signed_year")], "date signed")
    hint(s, 352, y - 8, "DD / MM / YYYY")
    s.footer("GST-LOA-4  page 1 of 2  |  Gulf Shore Telecom Inc., 45 Queen Street, "
             "Charlottetown PE C1A 4A2")
    s.next_page()
    s.text(40, HL - 50, "KEEP THIS PART", 11, bold=True)
    y = s.para(40, HL - 68, "Your transfer usually completes within 10 business days. Keep your "
               "service with your current provider until we confirm the transfer date. Quote "
               "the reference below when you call us at 902-555-0100.", WL - 80, 8) - 12
    dotted(s, "Your reference (given by Gulf Shore):", 40, y, 330, None)
    dotted(s, "Agent:", 340, y, 572, None)
    cut_line(s, y - 40, 30, WL - 30, "cut here")
    y -= 70
    s.text(40, y, "RETURN THIS PART", 11, bold=True)
    s.text(40, y - 12, "Return with page 1 to Gulf Shore Telecom, 45 Queen Street, "
           "Charlottetown PE C1A 4A2 or switch@gulfshore.example", 7.5)
    y = _boxes(s, 40, y - 50, [("Account holder name", 260, "account_name"),
                               ("Account number", 140, "account_number"),
                               ("Main number", 132, "btn")])
    y -= 40
    s.sign_line("Signature", 40, y, 300, label_below=True)
    s.text(320, y + 4, "Date", 8)
    slash_date(s, 346, y + 4, [(22, "date_signed_day"), (22, "date_signed_month"),
                               (36, "date_signed_year")], "date signed (return part)")
    hint(s, 348, y - 8, "DD / MM / YYYY")
    s.footer("GST-LOA-4  page 2 of 2")
    return s.build()


def _caps_above(s: Any, label: str, name: str, x: float, y: float, w: float,
                fld: str | None) -> None:
    s.text(x, y + 18, label.upper(), 6.5)
    s.widget(name, x, y, w, 15, fld)


def _kw_page_sign(s: Any, y: float) -> None:
    dotted(s, "Customer's signature", 40, y, 260, "signature")["rect"][3] = y + 24
    s.text(280, y, "Date", 8.5)
    slash_date(s, 306, y, [(20, "date_signed_day"), (20, "date_signed_month"),
                           (20, "date_signed_year2")], "date signed", prefix_year=True)


def kw_loa_banded() -> Built:
    s = a4("r26-kw-loa-banded", "GB", "en", ["r26-kw", "r26-kw-partial"],
           "Partly fillable, two pages, Cornish UK LoA. Numbered sections in coloured bands "
           "(white text); small-capital labels above widgets beside labels left of widgets; "
           "numbers in a paper table rows 1-6 continued on page 2 rows 7-12 with the header "
           "repeated; numbers staying on dotted lines; ticks left and right of their words; "
           "section 3 for the losing provider only (not ours); every page signed and dated "
           "(page 1 paper '__/__/20__', page 2 widgets, signature without widget); gaining "
           "provider's company and VAT numbers in the letterhead.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    teal = (0.0, 0.42, 0.45)
    letterhead(s, W4 - 40, H4 - 34, ["Kernow Voice Ltd", "Pool Innovation Centre, Trevenson "
                                      "Road, Redruth TR15 3PL",
                                      "T 01209 960000  |  www.kernowvoice.example  |  "
                                      "porting@kernowvoice.example",
                                      "Registered in England No. 09876543  |  VAT GB 123 4567 89"])
    s.text(40, H4 - 46, "Letter of Authority", 15, bold=True)
    s.text(40, H4 - 60, "Number porting - to your current communications provider", 8.5)
    y = H4 - 92
    colour_band(s, 40, y, W4 - 80, "1.  CUSTOMER DETAILS", teal)
    y -= 36
    _caps_above(s, "1.1 Company or customer name", "CustName", 40, y, 300, "account_name")
    _caps_above(s, "1.2 Main billing number", "MBN", 360, y, 195, "btn")
    y -= 26
    s.text(40, y + 4, "1.3 Installation address", 8)
    s.widget("Addr1", 140, y, 415, 15, "street")
    y -= 22
    s.text(40, y + 4, "Town", 8)
    s.widget("Addr2", 140, y, 200, 15, "city")
    s.text(360, y + 4, "Postcode", 8)
    s.widget("PCode", 400, y, 80, 15, "postal_code")
    y -= 36
    _caps_above(s, "1.4 Current provider", "LCP", 40, y, 200, "carrier")
    _caps_above(s, "1.5 Account number with current provider", "AccNo", 260, y, 180,
                "account_number")
    y -= 24
    x = tick_left(s, 40, y, "check:business", "Business")
    tick_left(s, x, y, "check:residential", "Residential")
    y -= 30
    colour_band(s, 40, y, W4 - 80, "2.  NUMBERS TO BE TRANSFERRED", teal)
    y -= 16
    x = tick_right(s, 40, y, "check:full_port", "2.1  All numbers on the account")
    tick_right(s, x + 20, y, "check:partial_port", "Some numbers only (list those staying at 2.3)")
    y -= 8
    slots = s.slot_group(ordered=True)
    cols: list[tuple[str, float, str | None]] = [
        ("Telephone number (with area code)", 190, "number"), ("Line type", 100, None),
        ("Notes", 150, None)]
    y = continued_rows(s, slots, 40, y, cols, 6, row_h=17)
    s.text(40, y - 10, "Table continues overleaf (rows 7-12).", 7)
    y -= 28
    s.text(40, y, "2.2  Preferred transfer date", 8)
    s.widget("PortDate", 160, y - 4, 80, 15, "requested_date")
    hint(s, 246, y, "DD/MM/YYYY")
    y -= 22
    s.text(40, y, "2.3  Numbers that remain with the current provider:", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        place = dotted(s, f"({k + 1})", 260 + k * 150, y, 400 + k * 150, None)
        s.places.remove(place)
        s.slot(stay, tuple(place["rect"]), f"stays {k + 1}")
    y -= 40
    _kw_page_sign(s, y)
    y -= 40
    colour_band(s, 40, y, W4 - 80, "3.  TO BE COMPLETED BY THE LOSING PROVIDER ONLY",
                (0.55, 0.1, 0.1))
    y -= 24
    dotted(s, "Order reference", 40, y, 250, None)
    dotted(s, "Date received", 260, y, 400, None)
    dotted(s, "Checked by", 410, y, 555, None)
    s.footer("KV-LOA-2  page 1 of 2  -  please sign and date every page")
    s.next_page()
    s.text(40, H4 - 50, "Letter of Authority (continued)", 12, bold=True)
    s.text(40, H4 - 66, "2.  NUMBERS TO BE TRANSFERRED (continued)", 8.5, bold=True)
    y = continued_rows(s, slots, 40, H4 - 72, cols, 6, first=7, row_h=17)
    y -= 24
    colour_band(s, 40, y, W4 - 80, "4.  AUTHORISATION", teal)
    y = s.para(40, y - 22, "I confirm that I am authorised to act for the customer named in "
               "section 1 and I authorise Kernow Voice Ltd to transfer the numbers listed to "
               "its network. I understand that services on those numbers with the current "
               "provider will end and that any termination charges remain with me.",
               W4 - 80, 8) - 26
    _caps_above(s, "Full name", "Text1", 40, y, 200, "authorized_name")
    _caps_above(s, "Position", "Text2", 260, y, 140, "authorized_title")
    _caps_above(s, "Date", "Text3", 420, y, 90, "date_signed")
    hint(s, 422, y - 8, "DD/MM/YYYY")
    y -= 50
    s.sign_line("Signature", 40, y, 260, label_below=True)
    y -= 34
    s.text(40, y + 4, "Contact telephone", 8)
    s.widget("Text4", 130, y, 130, 15, "contact_phone")
    s.text(280, y + 4, "E-mail", 8)
    s.widget("Text5", 314, y, 200, 15, "contact_email")
    s.footer("KV-LOA-2  page 2 of 2  -  please sign and date every page")
    return s.build()


def tr_cerere_fillable() -> Built:
    s = unicode_a4("r26-tr-cerere-fillable", "RO", "ro", ["r26-tr", "r26-tr-partial"],
                   "Fillable, Transylvanian cerere de portare, Romanian, two pages. Boxes with "
                   "labels inside the top-left corner over Text widgets; CUI/CNP not ours; "
                   "Județ drop-down; radio TipClient / TipPortare; hints '(10 cifre)', "
                   "'MAJUSCULE'; ZZ / LL / AAAA widgets; signature widget; numbers on an annex "
                   "page after the signature (widgets across, numbers staying under them), "
                   "annex signed again on paper.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 34, ["Carpatnet Telecom S.R.L.",
                                      "Bd. Revoluției 1989 nr. 5, 510010 Alba Iulia",
                                      "Tel. 0258 555 100  ·  Fax 0258 555 101",
                                      "CUI RO12345678  ·  J01/1234/2010",
                                      "www.carpatnet.example  ·  portare@carpatnet.example"])
    s.text(40, H4 - 48, "CERERE DE PORTARE", 15, bold=True)
    s.text(40, H4 - 62, "a numerelor de telefonie fixă", 9)
    t = (f"Text{n}" for n in range(1, 60))
    y = H4 - 110
    boxed_widget(s, "Denumire titular / Nume și prenume", next(t), 40, y, 330, "account_name",
                 tooltip="Nume")
    hint(s, 42, y - 7, "MAJUSCULE, exact ca pe factură")
    boxed_widget(s, "CUI / CNP", next(t), 380, y, 175, None, tooltip="Cod fiscal")
    y -= 40
    boxed_widget(s, "Adresa de instalare (stradă, număr)", next(t), 40, y, 330, "street",
                 tooltip="Adresa")
    boxed_widget(s, "Localitate", next(t), 380, y, 175, "city", tooltip="Oraș")
    y -= 34
    s.frame(40, y, 160, 26)
    s.text(43, y + 18.5, "Județ", 6)
    choice_widget(s, "Judet", 42, y + 2, 156, ["Alba", "Bihor", "Brașov", "Cluj", "Covasna",
                                                "Harghita", "Hunedoara", "Mureș", "Sălaj",
                                                "Sibiu"], "state", h=14)
    boxed_widget(s, "Cod poștal", next(t), 210, y, 80, "postal_code", tooltip="Cod")
    boxed_widget(s, "Telefon de contact", next(t), 300, y, 120, "contact_phone",
                 tooltip="Telefon")
    boxed_widget(s, "E-mail", next(t), 430, y, 125, "contact_email", tooltip="E-mail")
    y -= 34
    boxed_widget(s, "Furnizor actual (donor)", next(t), 40, y, 160, "carrier",
                 tooltip="Furnizor")
    boxed_widget(s, "Număr cont client la furnizorul donor", next(t), 210, y, 180,
                 "account_number", tooltip="Cont")
    boxed_widget(s, "Număr principal (de facturare)", next(t), 400, y, 155, "btn",
                 tooltip="Număr")
    hint(s, 402, y - 7, "(10 cifre)")
    y -= 26
    s.text(40, y + 1, "Tip client:", 8.5, bold=True)
    s.radio("TipClient", "PJ", 110, y, "check:business", "Persoană juridică")
    s.radio("TipClient", "PF", 220, y, "check:residential", "Persoană fizică")
    y -= 20
    s.text(40, y + 1, "Portare:", 8.5, bold=True)
    s.radio("TipPortare", "Totala", 110, y, "check:full_port", "Totală (toate numerele)")
    s.radio("TipPortare", "Partiala", 250, y, "check:partial_port",
            "Parțială (unele numere rămân la donor)")
    y -= 22
    s.para(40, y, "Numerele de portat se completează în Anexa 1 (pagina 2). Pentru mai mult de "
           "10 numere atașați o listă semnată.", W4 - 80, 8)
    y -= 30
    s.text(40, y + 1, "Data portării dorite:", 8.5)
    slash_date(s, 150, y + 3, [(22, "requested_day"), (22, "requested_month"),
                               (36, "requested_year")], "data dorită",
               names=[next(t), next(t), next(t)])
    hint(s, 152, y - 9, "ZZ        LL           AAAA")
    y -= 34
    y = s.para(40, y, "Subsemnatul, în calitate de titular sau reprezentant legal al "
               "titularului, solicit portarea numerelor din Anexa 1 la Carpatnet Telecom S.R.L. "
               "și împuternicesc Carpatnet să încheie în numele meu procedura de portare cu "
               "furnizorul donor.", W4 - 80, 8) - 26
    boxed_widget(s, "Nume și prenume reprezentant", next(t), 40, y, 200, "authorized_name",
                 tooltip="Reprezentant")
    boxed_widget(s, "Funcția", next(t), 250, y, 130, "authorized_title", tooltip="Funcția")
    s.text(390, y + 19, "Data:", 7.5)
    slash_date(s, 390, y + 5, [(20, "date_signed_day"), (20, "date_signed_month"),
                               (34, "date_signed_year")], "data semnării",
               names=[next(t), next(t), next(t)])
    y -= 56
    s.text(40, y + 44, "Semnătura și ștampila", 7.5)
    s.widget("Semnatura", 40, y, 220, 40, "signature")
    office_panel(s, 290, y, 265, "REZERVAT FURNIZORULUI", ["Nr. cerere", "Data primirii"],
                 h=44, widgets=(f"Rez{n}" for n in range(1, 3)))
    s.footer("CT-PORT-F1  pagina 1 din 2  ·  Carpatnet Telecom S.R.L., Alba Iulia")
    s.next_page()
    s.text(40, H4 - 50, "ANEXA 1 - Lista numerelor de portat", 13, bold=True)
    s.text(40, H4 - 64, "Un număr pe rând, cu prefix (de ex. 0264 555 140).", 8)
    slots = s.slot_group(ordered=True)
    y = across_widgets(s, slots, 40, H4 - 96, 2, 5, 257, 1, (f"Nr{n}" for n in range(1, 11)),
                       row_h=22)
    y -= 20
    s.text(40, y, "Numere care rămân la furnizorul donor (portare parțială):", 8.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        name = f"Ramane{k + 1}"
        x = 64 + k * 257
        s.right_text(x - 4, y - 24 + 4, f"{k + 1}.", 8)
        s.widget(name, x, y - 24, 223, 14, None)
        s.places.pop()
        s.slot(stay, (x, y - 24, x + 223, y - 10), f"rămâne {k + 1}", name)
    y -= 80
    s.sign_line("Semnătura titularului / reprezentantului", 40, y, 300, label_below=True)
    s.footer("CT-PORT-F1  pagina 2 din 2  ·  Anexa 1")
    return s.build()


FORMS = {
    "r26-id-coop-fillable": id_coop_fillable,
    "r26-pei-two-column-paper": pei_two_column_paper,
    "r26-kw-loa-banded": kw_loa_banded,
    "r26-tr-cerere-fillable": tr_cerere_fillable,
}
