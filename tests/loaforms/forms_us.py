"""US carrier forms: an AT&T-style fillable LOA, a Verizon-style paper form, a Comcast-style partly
fillable one, a toll-free RespOrg change form and a Lumen-style form numbering its slots down the
columns while its widgets are named across the rows."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import Sheet, letter

Built = tuple[bytes, dict[str, Any]]
AUTH = ("I authorize the company named below as Agent to act on my behalf to transfer the "
        "telephone numbers listed on this form from my current carrier, and to obtain my account "
        "information for that purpose. I am the account holder or am authorized to act for it. "
        "I understand that only one carrier may provide local service for a number at a time.")


def _above(s: Sheet, label: str, name: str, x: float, y: float, w: float, fld: str | None,
           h: float = 16, tooltip: str | None = None) -> None:
    """Small label printed above its widget (the common fillable layout)."""
    s.text(x, y + h + 3, label, 7.5)
    s.widget(name, x, y, w, h, fld, tooltip)


def att_letter_of_agency() -> Built:
    s = letter("us-att-letter-of-agency", "US", "en", ["us-att", "us-att-partial"],
               "Fillable, widgets named f1_NN; two columns; split due date; numbers across rows; "
               "signature line without a widget; agent (new provider) and office blanks stay empty.")
    s.text(40, 752, "AT&T", 20, bold=True)
    s.text(110, 756, "Letter of Agency (LOA) - Local Number Portability", 12, bold=True)
    s.para(40, 735, "Complete all fields. Information must match the Customer Service Record "
           "(CSR) exactly or the request will be rejected.", 530)
    s.band(40, 705, 532, "CUSTOMER INFORMATION")
    _above(s, "Business / End User Name (as billed)", "f1_01", 40, 668, 260, "account_name")
    _above(s, "Service Address (Street, Suite) - no P.O. Box", "f1_02", 40, 630, 260, "street")
    _above(s, "City", "f1_04", 40, 592, 130, "city")
    _above(s, "State", "f1_05", 180, 592, 40, "state")
    _above(s, "ZIP Code", "f1_06", 230, 592, 70, "postal_code")
    _above(s, "Billing Telephone Number (BTN)", "f1_07", 320, 668, 252, "btn")
    _above(s, "AT&T Account Number", "f1_08", 320, 630, 252, "account_number")
    _above(s, "Wireless Passcode / PIN (if applicable)", "f1_09", 320, 592, 120, "pin")
    s.text(320, 572, "Customer type:", 8)
    s.radio("f1_rb1", "Bus", 390, 570, "check:business", "Business")
    s.radio("f1_rb1", "Res", 460, 570, "check:residential", "Residential")
    s.band(40, 540, 532, "AUTHORIZED AGENT (NEW SERVICE PROVIDER)")
    _above(s, "Agent company name", "f1_10", 40, 502, 260, None)
    _above(s, "Agent contact and telephone", "f1_11", 320, 502, 252, None)
    s.band(40, 472, 532, "PORT REQUEST")
    s.checkbox("c1_1", 40, 448, "check:full_port", "Port ALL numbers on this account (full port)")
    s.checkbox("c1_2", 300, 448, "check:partial_port",
               "Port ONLY the numbers listed below (partial port)")
    s.text(40, 424, "Desired Due Date", 8.5)
    s.text(130, 424, "MM", 6.5)
    s.widget("f1_12", 126, 410, 26, 14, "requested_month")
    s.text(156, 414, "/", 10)
    s.text(168, 424, "DD", 6.5)
    s.widget("f1_13", 164, 410, 26, 14, "requested_day")
    s.text(194, 414, "/", 10)
    s.text(206, 424, "YYYY", 6.5)
    s.widget("f1_14", 202, 410, 44, 14, "requested_year")
    _above(s, "Partial port only: new BTN for the service that stays", "f1_15", 320, 408, 252,
           "new_btn")
    s.text(40, 382, "TELEPHONE NUMBERS TO BE PORTED (list additional numbers on an attachment)",
           8.5, bold=True)
    slots = s.slot_group()
    n = 0
    for row in range(6):
        y = 356 - row * 24
        for col in range(3):
            n += 1
            x = 40 + col * 180
            s.right_text(x + 16, y + 4, f"{n}.", 8.5)
            s.widget(f"f2_{n:02d}", x + 20, y, 150, 16, None)
            s.places.pop()  # a slot, not a single place
            s.slot(slots, (x + 20, y, x + 170, y + 16), f"slot {n}", f"f2_{n:02d}")
    s.footer("AT&T Proprietary. LOA-LNP rev. 03/2024. Page 1 of 2")
    s.next_page()
    s.band(40, 740, 532, "AUTHORIZATION")
    s.para(40, 716, AUTH, 532, 8.5)
    s.sign_line("Authorized Signature", 40, 630, 330)
    _above(s, "Date", "f3_03", 360, 626, 110, "date_signed")
    _above(s, "Print Name", "f3_01", 40, 580, 260, "authorized_name")
    _above(s, "Title", "f3_02", 320, 580, 252, "authorized_title")
    _above(s, "E-mail", "f3_04", 40, 540, 260, "contact_email")
    _above(s, "Contact Telephone", "f3_05", 320, 540, 252, "contact_phone")
    s.band(40, 500, 532, "FOR AT&T USE ONLY")
    _above(s, "Order number", "f3_06", 40, 462, 160, None)
    _above(s, "Received by", "f3_07", 220, 462, 160, None)
    _above(s, "Date received", "f3_08", 400, 462, 100, None)
    s.footer("AT&T Proprietary. LOA-LNP rev. 03/2024. Page 2 of 2")
    return s.build()


def verizon_paper() -> Built:
    s = letter("us-verizon-paper", "US", "en", ["us-verizon", "us-verizon-res"],
               "Paper only. Numbers 1-10 down the left column, 11-20 down the right. Tax ID and "
               "the office box stay empty.")
    s.text(40, 750, "verizon", 18, bold=True)
    s.text(40, 728, "Customer Authorization to Transfer Telephone Numbers", 12, bold=True)
    s.para(40, 710, "Please print clearly in ink. Incomplete forms will be returned.", 530)
    s.text(40, 684, "Section 1 - Account Holder", 10, bold=True)
    s.blank("Customer name (as it appears on your bill):", 40, 662, 572, "account_name")
    s.blank("Service address:", 40, 640, 572, "street")
    s.blank("City:", 40, 618, 250, "city")
    s.blank("State:", 262, 618, 340, "state")
    s.blank("ZIP code:", 352, 618, 460, "postal_code")
    s.blank("Account number:", 40, 596, 300, "account_number")
    s.blank("Account PIN:", 320, 596, 460, "pin")
    s.blank("Billing telephone number:", 40, 574, 300, "btn")
    s.blank("Federal Tax ID (business accounts):", 320, 574, 572, None)
    s.text(40, 548, "Section 2 - Type of Service", 10, bold=True)
    s.tick(40, 528, "check:business", "Business")
    s.tick(140, 528, "check:residential", "Residential")
    s.text(40, 502, "Section 3 - Telephone Numbers to Transfer", 10, bold=True)
    slots = s.slot_group()
    for n in range(20):
        col, row = divmod(n, 10)
        x, y = 40 + col * 270, 480 - row * 20
        s.right_text(x + 18, y, f"{n + 1}.", 9)
        line = s.line_under(x + 24, y - 2, x + 240, "number", f"slot {n + 1}")
        s.places.remove(line)
        s.slot(slots, tuple(line["rect"]), f"slot {n + 1}")  # type: ignore[arg-type]
    s.text(40, 266, "Section 4 - Authorization", 10, bold=True)
    s.para(40, 250, AUTH, 532, 8)
    s.sign_line("Authorized signature:", 40, 176, 330)
    s.blank("Date:", 350, 176, 572, "date_signed")
    s.blank("Printed name:", 40, 146, 330, "authorized_name")
    s.blank("Title:", 350, 146, 572, "authorized_title")
    s.frame(40, 60, 532, 50)
    s.text(46, 98, "For Verizon use only", 8, bold=True)
    s.blank("Order #:", 46, 74, 250, None, 8)
    s.blank("Rep ID:", 270, 74, 420, None, 8)
    s.blank("Date:", 440, 74, 560, None, 8)
    return s.build()


def comcast_partly() -> Built:
    s = letter("us-comcast-partly-fillable", "US", "en", ["us-comcast", "us-comcast-partial"],
               "Partly fillable: customer widgets Text1..Text11 with labels to their left, numbers "
               "on a printed grid across the rows, Yes/No check boxes, a printed box for the "
               "numbers that stay, signature on a printed line, date in a widget.")
    s.text(40, 748, "COMCAST BUSINESS", 16, bold=True)
    s.text(40, 728, "Port-Out Letter of Authorization", 12)
    s.text(360, 748, "Current provider: Comcast Business", 8.5)
    rows = [("Account holder name", "Text1", "account_name"),
            ("Comcast account number", "Text2", "account_number"),
            ("Service address", "Text3", "street"),
            ("City", "Text4", "city"), ("State", "Text5", "state"),
            ("ZIP", "Text6", "postal_code"),
            ("Main account telephone number", "Text7", "btn"),
            ("Authorized contact name", "Text8", "authorized_name"),
            ("Contact phone", "Text9", "contact_phone")]
    y = 700
    for label, name, fld in rows:
        s.text(40, y + 4, label + ":", 9)
        s.widget(name, 200, y, 250, 16, fld)
        y -= 24
    s.text(40, y + 4, "New service provider:", 9)
    s.widget("Text11", 200, y, 250, 16, None)
    y -= 34
    s.text(40, y, "Are you porting ALL numbers on this account?", 9, bold=True)
    s.checkbox("Check Box1", 300, y - 2, "check:full_port", "Yes")
    s.checkbox("Check Box2", 350, y - 2, "check:partial_port", "No")
    y -= 26
    s.text(40, y, "Numbers to port:", 9, bold=True)
    slots = s.slot_group()
    n = 0
    for row in range(5):
        for col in range(2):
            n += 1
            x, yy = 40 + col * 270, y - 24 - row * 22
            s.text(x, yy + 4, f"{n}", 8)
            box = s.box(x + 14, yy, 230, 16, "number", f"slot {n}")
            s.places.remove(box)
            s.slot(slots, tuple(box["rect"]), f"slot {n}")  # type: ignore[arg-type]
    y -= 24 + 5 * 22 + 10
    s.text(40, y, "Partial ports only - numbers that will REMAIN with Comcast Business:", 8.5)
    s.box(40, y - 40, 532, 32, "remaining_numbers", "numbers that stay")
    y -= 70
    s.para(40, y, AUTH, 532, 8)
    s.sign_line("Customer signature", 40, 118, 330, label_below=True)
    s.text(360, 108, "Date", 8)
    s.widget("Text10", 360, 118, 120, 16, "date_signed")
    return s.build()


def toll_free_resporg() -> Built:
    s = letter("us-toll-free-resporg-change", "US", "en", ["us-tf"],
               "Fillable, widgets named undefined, undefined_2...; one box for all the toll-free "
               "numbers; RespOrg ids stay empty; city, state and ZIP in one widget.")
    s.text(40, 746, "Toll-Free Service Letter of Agency / RespOrg Change Authorization", 13,
           bold=True)
    s.para(40, 726, "This letter authorizes the new Responsible Organization (RespOrg) named below "
           "to assume responsibility for the toll-free numbers listed. Must be signed and dated "
           "within 30 days of submission. Stamped signatures are not accepted.", 532)
    names = iter(["undefined"] + [f"undefined_{n}" for n in range(2, 30)])
    fields: list[tuple[str, str | None]] = [
        ("Customer legal name", "account_name"), ("Street address", "street"),
        ("City, State, ZIP", "locality"), ("Current toll-free service provider", "carrier"),
        ("Current RespOrg ID (if known)", None), ("Customer account number", "account_number"),
        ("Requested effective date", "requested_date"), ("Contact telephone", "contact_phone")]
    y = 670
    for label, fld in fields:
        s.text(40, y + 4, label, 9)
        s.widget(next(names), 230, y, 340, 16, fld)
        y -= 26
    s.text(40, y, "Toll-free number(s) to be moved (one per line or separated by commas):", 9,
           bold=True)
    s.widget(next(names), 40, y - 86, 530, 78, "numbers")
    y -= 112
    s.text(40, y, "New RespOrg", 10, bold=True)
    for label in ("New RespOrg name", "New RespOrg ID"):
        y -= 24
        s.text(40, y + 4, label, 9)
        s.widget(next(names), 230, y, 340, 16, None)
    y -= 36
    s.para(40, y, "I certify that I am authorized to act for the customer named above.", 532)
    s.sign_line("Signature of authorized customer representative:", 40, 150, 420)
    s.text(440, 150, "Date", 9)
    s.widget(next(names), 470, 146, 100, 16, "date_signed")
    s.text(40, 120, "Print name", 9)
    s.widget(next(names), 120, 116, 200, 16, "authorized_name")
    s.text(340, 120, "Title", 9)
    s.widget(next(names), 370, 116, 200, 16, "authorized_title")
    return s.build()


def lumen_down_columns() -> Built:
    s = letter("us-lumen-numbers-down-columns", "US", "en", ["us-lumen", "us-lumen-many"],
               "Fillable; slots printed 1-10 down the left column and 11-20 down the right, "
               "widgets Tel 1..Tel 20 named across the rows; one widget for the whole service "
               "address; the billing address (different only) stays empty.")
    s.text(40, 748, "LUMEN", 18, bold=True)
    s.text(130, 750, "Local Service Request - Letter of Authorization", 12, bold=True)
    s.text(40, 712, "End user information", 10, bold=True)
    _above(s, "End user name", "EU_NAME", 40, 676, 532, "account_name",
           tooltip="Name exactly as on the account")
    _above(s, "Service address (street, city, state, ZIP)", "EU_ADDR", 40, 638, 532, "address")
    _above(s, "Billing address, only if different from the service address", "BILL_ADDR", 40,
           600, 532, None)
    _above(s, "Account number", "ACCT", 40, 562, 250, "account_number")
    _above(s, "Billing telephone number", "ATN", 320, 562, 252, "btn")
    _above(s, "Desired due date", "DDD", 40, 524, 250, "requested_date")
    _above(s, "Current local service provider", "OSP", 320, 524, 252, "carrier")
    s.text(40, 496, "Telephone numbers", 10, bold=True)
    slots = s.slot_group()
    order = []
    for n in range(20):
        col, row = divmod(n, 10)
        order.append((row, col, n + 1))
    widget_no = 0
    rects = {}
    for row, col, printed in sorted(order):
        widget_no += 1
        x, y = 40 + col * 280, 470 - row * 22
        s.right_text(x + 18, y + 4, f"{printed}.", 9)
        s.widget(f"Tel {widget_no}", x + 24, y, 220, 16, None)
        s.places.pop()
        rects[printed] = ((x + 24, y, x + 244, y + 16), f"Tel {widget_no}")
    for printed in range(1, 21):
        rect, name = rects[printed]
        s.slot(slots, rect, f"slot {printed}", name)
    s.para(40, 234, AUTH, 532, 8)
    s.sign_line("Authorized signature", 40, 160, 330, label_below=True)
    _above(s, "Date signed", "SIG_DATE", 360, 156, 120, "date_signed")
    _above(s, "Printed name", "SIG_NAME", 40, 104, 250, "authorized_name")
    _above(s, "Title", "SIG_TITLE", 320, 104, 252, "authorized_title")
    return s.build()


FORMS = {
    "us-att-letter-of-agency": att_letter_of_agency,
    "us-verizon-paper": verizon_paper,
    "us-comcast-partly-fillable": comcast_partly,
    "us-toll-free-resporg-change": toll_free_resporg,
    "us-lumen-numbers-down-columns": lumen_down_columns,
}
