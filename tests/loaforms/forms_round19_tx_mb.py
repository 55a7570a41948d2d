"""Round 19 (held back), Texas and Manitoba: a rural telephone cooperative's fillable transfer
request whose widgets keep an export tool's names (Text1.., one named 'Billing Address' holding
the service address, 'Phone' the contact's, Check Box1 / 2), a Business / Residence radio group
(Group1 = Choice1 / Choice2), a membership number and a tax ID not ours, numbers 1-12 printed
across three columns, a signature widget, a joint member's signature line and name not ours and
a cooperative-use panel; and a Winnipeg CLEC's partly fillable port request (widgets with their
captions under them, an 'operating as' name not ours, a Province drop-down, the postal code in
a six-cell comb; on paper a GST number not ours, all / only ticks, 'Line | Area code | Number'
rows 1-10 with the area code per row, a line for the numbers that stay, the requested date in
YYYY / MM / DD boxes, a signature line with name, title and date under their lines). Truth from
the drawn page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import LETTER

from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots, widget_below
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import radio_row
from tests.loaforms.round14_kit import office_panel, sign_block, witness_line
from tests.loaforms.round17_kit import left_widget

Built = tuple[bytes, dict[str, Any]]
W, H = float(LETTER[0]), float(LETTER[1])


def _tx_customer(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "PART A - MEMBER / CUSTOMER INFORMATION", 8.5)
    y -= 22
    s.text(40, y + 1, "Type of service:", 8)
    radio_row(s, "Group1", 150, y, [("Choice1", "Business", "check:business"),
                                    ("Choice2", "Residence", "check:residential")])
    y -= 22
    left_widget(s, "Name exactly as on current bill", "Member_Name", 40, y, 150, 230,
                "account_name")
    left_widget(s, "Membership no.", "Text2", 430, y, 62, 80, None)
    y -= 20
    left_widget(s, "Service address (where installed)", "Billing Address", 40, y, 150, 382,
                "street")
    y -= 20
    left_widget(s, "City", "Text4", 40, y, 150, 150, "city")
    left_widget(s, "State", "Text5", 350, y, 28, 34, "state")
    left_widget(s, "ZIP", "Text6", 420, y, 22, 92, "postal_code")
    y -= 20
    left_widget(s, "Federal Tax ID or last 4 of SSN", "Text7", 40, y, 150, 150, None)
    y -= 20
    left_widget(s, "Daytime phone", "Phone", 40, y, 150, 150, "contact_phone")
    left_widget(s, "E-mail", "Text9", 350, y, 36, 186, "contact_email")
    return y - 28


def _tx_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "PART B - PRESENT LOCAL SERVICE PROVIDER", 8.5)
    y -= 24
    left_widget(s, "Present provider", "Text10", 40, y, 150, 382, "carrier")
    y -= 20
    left_widget(s, "Account number", "Text11", 40, y, 150, 150, "account_number")
    left_widget(s, "Port-out PIN", "Text12", 350, y, 60, 100, "pin")
    y -= 20
    left_widget(s, "Billing telephone number (BTN)", "Text13", 40, y, 150, 150, "btn")
    y -= 26
    s.band(40, y, W - 80, "PART C - NUMBERS TO TRANSFER TO THE COOPERATIVE", 8.5)
    y -= 20
    s.checkbox("Check Box1", 40, y, "check:full_port", "All numbers on the account")
    s.checkbox("Check Box2", 230, y, "check:partial_port",
               "Only the numbers below (the rest stay with the present provider)")
    y -= 24
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=3, rows=4, col_w=(W - 80) / 3, down=False, row_h=19,
                   names=[f"Text{14 + k}" for k in range(12)])
    y -= 4 * 19 + 8
    s.text(40, y, "Numbers remaining with the present provider:", 8)
    s.widget("Text26", 236, y - 4, W - 276, 14, "remaining_numbers")
    y -= 22
    left_widget(s, "Requested transfer date (MM/DD/YYYY)", "Date1", 40, y, 170, 90,
                "requested_date")
    return y - 26


def _tx_sign(s: Sheet, y: float) -> None:
    s.band(40, y, W - 80, "PART D - AUTHORIZATION", 8.5)
    y = s.para(40, y - 18, "I authorize Llano Estacado Telephone Cooperative, Inc. to act as my "
               "agent to transfer the numbers listed above from my present provider and I "
               "understand that the present provider may bill me for any outstanding balance. "
               "Joint memberships: both members sign.", W - 80, 7.5) - 8
    s.text(40, y, "Member signature", 8)
    s.widget("Signature1", 130, y - 12, 220, 26, "signature")
    left_widget(s, "Date", "Date2", 370, y - 8, 26, 96, "date_signed")
    y -= 34
    left_widget(s, "Printed name", "Text27", 40, y, 90, 220, "authorized_name")
    left_widget(s, "Title", "Text28", 370, y, 26, 176, "authorized_title")
    y -= 40
    witness_line(s, "Joint member signature (if any)", 40, y, 300)
    under(s, "Joint member printed name", 330, y, W - 40, None)
    office_panel(s, 40, 44, W - 80, "COOPERATIVE USE ONLY",
                 ["Work order", "Member no. verified", "CSR rep", "Date received"],
                 widgets=iter(["Text29", "Text30", "Text31", "Text32"]))


def tx_coop_fillable() -> Built:
    s = letter("r19-tx-coop-transfer-fillable", "US", "en", ["r19-tx", "r19-tx-home"],
               "Fillable (Texas rural telephone cooperative). Widgets named by an export tool "
               "(Text1.., 'Member_Name', 'Billing Address' = the service address, 'Phone' = the "
               "contact's), radio Group1 Choice1 Business / Choice2 Residence, membership no. "
               "and tax ID / SSN not ours, present provider, account, PIN, BTN, Check Box1 all / "
               "Check Box2 only, TN slots 1-12 printed across three columns (Text14..25), "
               "remaining numbers widget, requested date MM/DD/YYYY, a signature widget "
               "(Signature1), Date2, printed name and title; a joint member's signature and name "
               "not ours; a cooperative-use panel of four widgets not ours.")
    s.date_formats = ["%m/%d/%Y"]
    letterhead(s, W - 40, H - 40, ["Llano Estacado Telephone Cooperative, Inc.",
                                   "P.O. Box 417, Fort Stockton, TX 79735",
                                   "Member Services 432-555-0100"])
    s.text(40, H - 46, "REQUEST TO TRANSFER", 14, bold=True)
    s.text(40, H - 60, "TELEPHONE SERVICE AND NUMBERS", 14, bold=True)
    y = _tx_customer(s, H - 90)
    y = _tx_numbers(s, y)
    _tx_sign(s, y)
    s.footer("LETC Form 114-P (rev. 2026)")
    return s.build()


def _mb_area_rows(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, first: int,
                  rows: int) -> None:
    """'Line | Area code | Number' rows: the row's area code in its own box, the rest after."""
    for head, cx, w in (("Line", x, 30), ("Area code", x + 30, 56), ("Number", x + 86, 170)):
        s.frame(cx, top - 16, w, 16)
        s.text(cx + 3, top - 11, head, 7, bold=True)
    for r in range(rows):
        ry = top - 16 * (r + 2)
        s.frame(x, ry, 30, 16)
        s.right_text(x + 22, ry + 5, str(first + r), 8)
        place = s.box(x + 30, ry, 56, 16, "area_code", f"Area code line {first + r}")
        place["row"] = first + r - 1
        s.frame(x + 86, ry, 170, 16)
        s.slot(slots, (x + 87, ry + 1, x + 255, ry + 15), f"Number line {first + r}")


def mb_partly_fillable() -> Built:
    s = letter("r19-mb-port-request-partly", "CA", "en", ["r19-mb", "r19-mb-partial"],
               "Partly fillable (Winnipeg CLEC). Widgets with captions under them: legal name, "
               "'operating as' not ours, street and unit, city, Province drop-down, postal code "
               "comb (6 cells), contact phone and e-mail. On paper: current provider, account, "
               "PIN, BTN, GST/HST number not ours, all / only ticks, 'Line | Area code | Number' "
               "rows 1-5 and 6-10 side by side (area code per row, local number after), a line "
               "for the numbers that stay, requested date YYYY / MM / DD boxes, signature line, "
               "name, title and date (YYYY-MM-DD) under their lines; an office panel not ours.")
    s.date_formats = ["%Y-%m-%d"]
    s.text(40, H - 46, "PRAIRIE CROCUS NETWORKS", 15, bold=True)
    s.text(40, H - 58, "Local Number Portability - Customer Port Request", 10)
    s.text(W - 200, H - 46, "Fax to Porting Desk 204-555-0111", 7.5)
    y = H - 84
    s.band(40, y, W - 80, "1  CUSTOMER (type or print as on your current bill)", 8.5)
    y -= 30
    widget_below(s, "Legal name on account", "txtLegal", 40, y, 300, "account_name")
    widget_below(s, "Operating as (if different)", "txtOpAs", 352, y, 220, None, optional=True)
    y -= 32
    widget_below(s, "Service address - street and unit", "txtStreet", 40, y, 532, "street")
    y -= 32
    widget_below(s, "City / Town", "txtCity", 40, y, 240, "city")
    choice_widget(s, "ddProv", 292, y, 70, ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU",
                                             "ON", "PE", "QC", "SK", "YT"], "state")
    s.text(292, y - 8, "Province", 6.5)
    comb_widget(s, "txtPC", 380, y, 6, "postal_code", what="Postal code")
    s.text(380, y - 8, "Postal code", 6.5)
    y -= 32
    widget_below(s, "Contact phone", "txtCPhone", 40, y, 200, "contact_phone")
    widget_below(s, "Contact e-mail", "txtCMail", 252, y, 320, "contact_email")
    y -= 26
    s.band(40, y, W - 80, "2  CURRENT PROVIDER", 8.5)
    y -= 28
    under(s, "Current local provider", 40, y, 300, "carrier")
    under(s, "Account number", 312, y, W - 40, "account_number")
    y -= 28
    under(s, "Billing telephone number (BTN)", 40, y, 200, "btn")
    under(s, "Account PIN (wireless only)", 212, y, 360, "pin")
    under(s, "GST / HST registration no.", 372, y, W - 40, None)
    y -= 24
    s.band(40, y, W - 80, "3  NUMBERS TO PORT", 8.5)
    y -= 18
    s.tick(40, y, "check:full_port", "All numbers on the account")
    s.tick(220, y, "check:partial_port", "Only the numbers listed below")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Number after its Area code
    top = y - 8
    _mb_area_rows(s, slots, 40, top, 1, 5)
    _mb_area_rows(s, slots, 316, top, 6, 5)
    y = top - 16 * 6 - 22
    under(s, "Numbers that stay with the current provider (partial port)", 40, y, W - 40,
          "remaining_numbers")
    y -= 30
    s.text(40, y + 4, "Requested port date", 8)
    date_parts(s, 150, y, [("YYYY", 40, "requested_year"), ("MM", 24, "requested_month"),
                           ("DD", 24, "requested_day")])
    y -= 24
    s.band(40, y, W - 80, "4  AUTHORIZATION", 8.5)
    y = s.para(40, y - 16, "I am authorized to act for the customer named above and I appoint "
               "Prairie Crocus Networks Inc. as agent to port the numbers listed from the current "
               "provider. Services on ported numbers will be cancelled by the current provider.",
               W - 80, 7.5) - 30
    sign_block(s, 40, y, [("Authorized signature", "signature"), ("Print name",
                                                                  "authorized_name")],
               [250, 268])
    y -= 32
    sign_block(s, 40, y, [("Title", "authorized_title"), ("Date (YYYY-MM-DD)", "date_signed")],
               [250, 120])
    office_panel(s, 40, 40, W - 80, "PORTING DESK USE", ["PON", "LSR sent", "FOC"])
    return s.build()


FORMS = {"r19-tx-coop-transfer-fillable": tx_coop_fillable,
         "r19-mb-port-request-partly": mb_partly_fillable}
