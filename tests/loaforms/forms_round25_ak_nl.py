"""Round 25 (held back), Alaska and Newfoundland and Labrador: an Anchorage provider's fillable
number port request in two columns (the customer's block left, the numbers right) whose widgets
keep Acrobat's generic names (Text1..Text35, Check Box1..40, Dropdown1, Radio1/Radio2 exporting
Choice1/Choice2), with tooltips that help in some fields and lie in others ('Billing address' on
the service address, 'Contact number' on the BTN, 'Fax' on the contact phone), the account-name
widget already holding 'Enter name', a hint to write in BLOCK CAPITALS, the wireless SIM / ICCID,
IMEI and PUK beside the port-out PIN (not ours), a numbers table numbered 1-10 with a service-type
tick per number (landline / mobile / fax / ISDN) and 'attach a list for more than 10 numbers', the
requested date as three widgets MM / DD / YYYY, a signature widget, a sales agent's boxes not
ours and the provider's own footer; and a St. John's provider's paper request on two pages whose
boxes carry their label small in the top-left corner (the value under it), asked as questions
('What name is on the account?', 'Which numbers do you want to move?') with hints ('10 digits',
'as shown on your bill'), an account-holder block and an 'authorised person (if different)'
block, a date as YYYY / MM / DD boxes, and a tear-off on page 2: 'keep this part' above a cut
line and 'return this part' under it, repeating the account holder, the main number, the
authorised person, the signature and the date (all truth again). Truth from the drawn page; the
filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import LETTER

from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round25_kit import (
    carrier_head,
    corner_box,
    cut_line,
    date3,
    number_rows,
    sign_widget_box,
    text_widget,
    tick_left,
)

Built = tuple[bytes, dict[str, Any]]
W, H = float(LETTER[0]), float(LETTER[1])


# -- Alaska ------------------------------------------------------------------------------------
def _ak_label(s: Sheet, label: str, x: float, y: float) -> None:
    s.text(x, y + 17, label, 6.8)


def _ak_customer(s: Sheet, x: float, y: float, w: float) -> float:
    s.band(x, y, w, "1. CUSTOMER INFORMATION", 8.5)
    y -= 32
    _ak_label(s, "Name on account (as shown on your bill)", x, y)
    text_widget(s, "Text1", x, y, w, 15, "account_name", tooltip="Account name",
                value="Enter name")
    y -= 30
    _ak_label(s, "Authorized person (print)", x, y)
    text_widget(s, "Text2", x, y, w * 0.6 - 6, 15, "authorized_name", tooltip="Print name")
    _ak_label(s, "Title", x + w * 0.6, y)
    text_widget(s, "Text3", x + w * 0.6, y, w * 0.4, 15, "authorized_title", tooltip="Title")
    y -= 30
    _ak_label(s, "Service address (street; no P.O. boxes)", x, y)
    text_widget(s, "Text4", x, y, w, 15, "street", tooltip="Billing address")
    y -= 30
    _ak_label(s, "City", x, y)
    text_widget(s, "Text5", x, y, w * 0.5 - 6, 15, "city", tooltip="City")
    _ak_label(s, "State", x + w * 0.5, y)
    choice_widget(s, "Dropdown1", x + w * 0.5, y, 44, ["AK", "HI", "WA"], "state")
    _ak_label(s, "ZIP", x + w * 0.5 + 52, y)
    text_widget(s, "Text7", x + w * 0.5 + 52, y, w * 0.5 - 52, 15, "postal_code",
                tooltip="Zip/Postal")
    y -= 30
    _ak_label(s, "Contact phone", x, y)
    text_widget(s, "Text8", x, y, w * 0.45 - 6, 15, "contact_phone", tooltip="Fax")
    _ak_label(s, "E-mail", x + w * 0.45, y)
    text_widget(s, "Text9", x + w * 0.45, y, w * 0.55, 15, "contact_email", tooltip="Email")
    y -= 20
    s.text(x, y + 1, "Account type:", 7.5)
    s.radio("Radio1", "Choice1", x + 56, y, "check:business", "Business")
    s.radio("Radio1", "Choice2", x + 120, y, "check:residential", "Residential")
    y -= 26
    s.band(x, y, w, "2. CURRENT PROVIDER", 8.5)
    y -= 32
    _ak_label(s, "Current provider (company name)", x, y)
    text_widget(s, "Text10", x, y, w, 15, "carrier", tooltip="Provider")
    y -= 30
    _ak_label(s, "Account number with current provider", x, y)
    text_widget(s, "Text11", x, y, w * 0.55 - 6, 15, "account_number", tooltip="Acct #")
    _ak_label(s, "Billing telephone no. (BTN)", x + w * 0.55, y)
    text_widget(s, "Text12", x + w * 0.55, y, w * 0.45, 15, "btn", tooltip="Contact number")
    y -= 30
    _ak_label(s, "Port-out PIN / passcode", x, y)
    text_widget(s, "Text13", x, y, w * 0.3 - 6, 15, "pin", tooltip="PIN")
    _ak_label(s, "SIM / ICCID (wireless only)", x + w * 0.3, y)
    text_widget(s, "Text14", x + w * 0.3, y, w * 0.4 - 6, 15, None, tooltip="ICCID")
    _ak_label(s, "IMEI", x + w * 0.7, y)
    text_widget(s, "Text15", x + w * 0.7, y, w * 0.3, 15, None, tooltip="IMEI")
    y -= 30
    _ak_label(s, "PUK (wireless only)", x, y)
    text_widget(s, "Text16", x, y, w * 0.3 - 6, 15, None, tooltip="PUK")
    return y - 10


def _ak_numbers(s: Sheet, x: float, y: float, w: float) -> float:
    s.band(x, y, w, "3. NUMBERS TO PORT", 8.5)
    y -= 20
    s.radio("Radio2", "Choice1", x, y, "check:full_port", "All numbers on the account")
    y -= 14
    s.radio("Radio2", "Choice2", x, y, "check:partial_port", "Only the numbers listed below")
    y -= 8
    slots = s.slot_group(ordered=True)
    names = iter([f"Text{k}" for k in range(17, 27)])
    ticks = iter([f"Check Box{k}" for k in range(1, 41)])
    y = number_rows(s, slots, x, y, 1, 10,
                    [("No.", 20, "no"), ("Telephone number (10 digits)", w - 20 - 4 * 30,
                                         "number"),
                     ("Land", 30, "tick"), ("Mobile", 30, "tick"), ("Fax", 30, "tick"),
                     ("ISDN", 30, "tick")], row_h=17, names=names, ticks=ticks)
    s.text(x, y - 9, "More than 10 numbers? Attach a list on your letterhead, signed.", 6.5)
    y -= 40
    _ak_label(s, "Numbers staying with your current provider (partial port)", x, y)
    text_widget(s, "Text27", x, y, w, 15, "remaining_numbers", tooltip="Remaining numbers")
    y -= 34
    _ak_label(s, "Requested port date", x, y + 4)
    date3(s, x, y, [("MM", 30, "requested_month"), ("DD", 30, "requested_day"),
                    ("YYYY", 46, "requested_year")], names=["Text28", "Text29", "Text30"])
    return y - 20


def ak_two_column_fillable() -> Built:
    s = letter("r25-ak-port-request-fillable", "US", "en", ["r25-ak", "r25-ak-home"],
               "Fillable, Alaska, two columns (customer left, numbers right). Generic widget "
               "names Text1..Text35, Check Box1..40, Dropdown1, Radio1/Radio2 exporting "
               "Choice1/Choice2; tooltips help (Account name, Print name) or lie ('Billing "
               "address' on the service address, 'Contact number' on the BTN, 'Fax' on the "
               "contact phone); Text1 holds 'Enter name'; BLOCK CAPITALS hint; SIM/ICCID, IMEI, "
               "PUK beside the port-out PIN, not ours; numbers 1-10 with a service-type tick per "
               "number (optional) and 'attach a list'; requested date MM / DD / YYYY widgets; "
               "signature widget; sales agent code and name not ours; provider's footer.")
    s.date_formats = ["%m/%d/%Y"]
    carrier_head(s, 36, H - 42, "MIDNIGHT SUN TELECOM, INC.",
                 ["3100 C Street, Suite 400, Anchorage, AK 99503",
                  "Tel 907-555-0100  |  Fax 907-555-0101  |  midnightsuntel.example"])
    s.c.setFont(s.bold_font, 13)
    s.c.drawRightString(W - 36, H - 42, "NUMBER PORT REQUEST")
    s.c.setFont(s.font, 7.5)
    s.c.drawRightString(W - 36, H - 54, "Letter of Authorization - local number portability")
    s.c.drawRightString(W - 36, H - 64, "Please type or print in BLOCK CAPITALS.")
    col_w = (W - 72 - 14) / 2
    y_left = _ak_customer(s, 36, H - 92, col_w)
    y_right = _ak_numbers(s, 36 + col_w + 14, H - 92, col_w)
    y = min(y_left, y_right) - 6
    s.band(36, y, W - 72, "4. AUTHORIZATION", 8.5)
    y = s.para(36, y - 16, "I am the account holder or am authorized by the account holder to "
               "act for it. I authorize Midnight Sun Telecom, Inc. to act as my agent to port the "
               "numbers above from my current provider. I understand that features and services "
               "on the ported numbers end with the current provider when the port completes.",
               W - 72, 7.5)
    y -= 38
    sign_widget_box(s, "Text31", "Signature of authorized person", 36, y, 230, h=30)
    _ak_label(s, "Print name", 280, y)
    text_widget(s, "Text32", 280, y, 160, 15, "authorized_name", tooltip="Name")
    _ak_label(s, "Date signed", 452, y)
    text_widget(s, "Text33", 452, y, W - 36 - 452, 15, "date_signed", tooltip="Date")
    s.text(452, y - 8, "MM/DD/YYYY", 5.5)
    y -= 40
    s.band(36, y, W - 72, "5. FOR AUTHORIZED SALES AGENTS ONLY", 8.5)
    y -= 34
    _ak_label(s, "Agent / dealer code", 36, y)
    text_widget(s, "Text34", 36, y, 120, 15, None, tooltip="Agent code")
    _ak_label(s, "Agent name", 170, y)
    text_widget(s, "Text35", 170, y, 200, 15, None, tooltip="Name")
    s.footer("Midnight Sun Telecom, Inc.  -  3100 C Street, Suite 400, Anchorage, AK 99503  -  "
             "Tel 907-555-0100  -  Fax 907-555-0101  -  ports@midnightsuntel.example")
    s.text(36, 15, "RCA Certificate No. 741  -  Form MST-LNP-7 (02/2026)", 7)
    return s.build()


# -- Newfoundland and Labrador --------------------------------------------------------------------
def _nl_holder(s: Sheet, y: float) -> float:
    s.band(36, y, W - 72, "1  ACCOUNT HOLDER", 8.5)
    y -= 34
    corner_box(s, "What name is on the account? (exactly as shown on your bill)", 36, y,
               W - 72, 28, "account_name")
    y -= 30
    corner_box(s, "Where is the service installed? Street address (no P.O. boxes)", 36, y, 300,
               28, "street")
    corner_box(s, "Town / city", 338, y, 120, 28, "city")
    corner_box(s, "Prov.", 460, y, 36, 28, "state")
    corner_box(s, "Postal code (A1A 1A1)", 498, y, W - 36 - 498, 28, "postal_code")
    y -= 30
    s.frame(36, y, 300, 28)
    s.text(38.5, y + 20.7, "Is this a business or a residence?", 5.8)
    tick_left(s, "Business", 44, y + 5, "check:business")
    tick_left(s, "Residence", 130, y + 5, "check:residential")
    corner_box(s, "Business number (CRA BN, 9 digits)", 338, y, W - 36 - 338, 28, None)
    return y - 22


def _nl_person(s: Sheet, y: float) -> float:
    s.band(36, y, W - 72, "2  AUTHORISED PERSON (if different from the account holder)", 8.5)
    y -= 34
    corner_box(s, "Name (BLOCK CAPITALS)", 36, y, 260, 28, "authorized_name")
    corner_box(s, "Position / title", 298, y, W - 36 - 298, 28, "authorized_title")
    y -= 30
    corner_box(s, "Daytime phone (10 digits)", 36, y, 200, 28, "contact_phone")
    corner_box(s, "E-mail", 238, y, W - 36 - 238, 28, "contact_email")
    return y - 22


def _nl_provider(s: Sheet, y: float) -> float:
    s.band(36, y, W - 72, "3  YOUR CURRENT PROVIDER", 8.5)
    y -= 34
    corner_box(s, "Who provides your phone service today?", 36, y, 200, 28, "carrier")
    corner_box(s, "What is your account number with them? (as shown on your bill)", 238, y,
               190, 28, "account_number")
    corner_box(s, "What is the main (billing) number? (10 digits)", 430, y, W - 36 - 430, 28,
               "btn")
    return y - 22


def _nl_numbers(s: Sheet, y: float) -> float:
    s.band(36, y, W - 72, "4  NUMBERS", 8.5)
    y -= 20
    s.text(36, y + 1, "Are you moving all the numbers on the account?", 8)
    tick_left(s, "Yes, all of them", 250, y, "check:full_port")
    tick_left(s, "No, only the numbers below", 350, y, "check:partial_port")
    y -= 14
    s.text(36, y, "Which numbers do you want to move? (10 digits each)", 8)
    slots = s.slot_group(ordered=True)
    box_w = (W - 72 - 6) / 4
    for k in range(8):
        row, col = k // 4, k % 4
        bx = 36 + col * (box_w + 2)
        by = y - 30 - row * 28
        place = corner_box(s, f"{k + 1}", bx, by, box_w, 26, "number")
        s.places.pop()
        s.slot(slots, (place["rect"][0], place["rect"][1], place["rect"][2], place["rect"][3]),
               f"number {k + 1}")
    y -= 88
    corner_box(s, "Which numbers stay with your current provider? (partial moves only)", 36, y,
               W - 72, 28, "remaining_numbers")
    y -= 16
    s.text(36, y, "When would you like the move to happen? (at least 10 business days away)", 8)
    date3(s, 330, y - 6, [("YYYY", 44, "requested_year"), ("MM", 26, "requested_month"),
                          ("DD", 26, "requested_day")])
    return y - 26


def _nl_keep_return(s: Sheet) -> None:
    s.text(36, H - 44, "AVALON FIBRE", 14, bold=True)
    s.text(36, H - 58, "Request to transfer your phone numbers - page 2", 8.5)
    s.band(36, H - 84, W - 72, "KEEP THIS PART", 8.5)
    y = s.para(36, H - 102, "What happens next: we send your request to your current provider "
               "within one business day. They confirm a transfer date (usually 5 to 10 business "
               "days). Keep your current service until we tell you the transfer is complete: "
               "cancelling first can lose your numbers. Questions: 709-555-0100 or "
               "ports@avalonfibre.example.", W - 72, 8)
    y -= 10
    corner_box(s, "Your Avalon Fibre order no. (we write it here)", 36, y - 28, 220, 28, None)
    y -= 60
    cut_line(s, y, "cut here  -  return the part below with page 1")
    y -= 30
    s.band(36, y, W - 72, "RETURN THIS PART", 8.5)
    y -= 34
    corner_box(s, "Account holder (as on page 1)", 36, y, 300, 28, "account_name")
    corner_box(s, "Main (billing) number", 338, y, W - 36 - 338, 28, "btn")
    y -= 30
    corner_box(s, "Authorised person", 36, y, 300, 28, "authorized_name")
    y -= 40
    corner_box(s, "Signature", 36, y, 300, 38, "signature")
    corner_box(s, "Date (YYYY-MM-DD)", 338, y, 120, 38, "date_signed")
    corner_box(s, "Received by (Avalon Fibre)", 460, y, W - 36 - 460, 38, None)


def nl_corner_box_paper() -> Built:
    s = letter("r25-nl-transfer-request-paper", "CA", "en", ["r25-nl", "r25-nl-partial"],
               "Paper, Newfoundland and Labrador, two pages. Every box carries its label small in "
               "the top-left corner, the value under it; labels asked as questions with hints "
               "('exactly as shown on your bill', '10 digits'); account holder block and an "
               "'authorised person (if different)' block; CRA BN not ours; Yes-all / No-only "
               "ticks left of their words; numbers 1-8 in corner-numbered boxes; requested date "
               "YYYY / MM / DD boxes; the provider's representative and 'received by' boxes not "
               "ours; page 2 a tear-off, 'keep this part' (order no. not ours) over a cut line "
               "and 'return this part' repeating account holder, main number, authorised person, "
               "signature and date (all truth again).")
    s.date_formats = ["%Y-%m-%d"]
    carrier_head(s, W - 36, H - 40, "AVALON FIBRE",
                 ["Avalon Fibre Inc., 70 Kenmount Road, St. John's, NL A1B 3N8",
                  "709-555-0100  -  fax 709-555-0101  -  avalonfibre.example"], right=True)
    s.text(36, H - 44, "Request to transfer your", 13, bold=True)
    s.text(36, H - 60, "phone numbers to Avalon Fibre", 13, bold=True)
    s.text(36, H - 74, "Please print clearly. Every box must match your current provider's "
           "records.", 7.5)
    y = _nl_holder(s, H - 96)
    y = _nl_person(s, y)
    y = _nl_provider(s, y)
    y = _nl_numbers(s, y)
    s.band(36, y, W - 72, "5  AUTHORIZATION", 8.5)
    y = s.para(36, y - 16, "I confirm that I am the account holder or am authorised to act for "
               "it, and I authorise Avalon Fibre Inc. to transfer the numbers above from my "
               "current provider.", W - 72, 7.5)
    y -= 36
    corner_box(s, "Signature of authorised person", 36, y, 300, 38, "signature")
    corner_box(s, "Date (YYYY-MM-DD)", 338, y, 120, 38, "date_signed")
    corner_box(s, "Avalon Fibre representative", 460, y, W - 36 - 460, 38, None)
    s.footer("Avalon Fibre Inc.  -  AF-PORT-3 (01/2026)  -  page 1 of 2")
    s.next_page()
    _nl_keep_return(s)
    s.footer("Avalon Fibre Inc.  -  AF-PORT-3 (01/2026)  -  page 2 of 2")
    return s.build()


FORMS = {"r25-ak-port-request-fillable": ak_two_column_fillable,
         "r25-nl-transfer-request-paper": nl_corner_box_paper}
