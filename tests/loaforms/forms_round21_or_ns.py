"""Round 21 (held back), Oregon and Nova Scotia: a rural telephone company's fillable number port
authorization whose widgets keep a form designer's XFA-style names
(topmostSubform[0].Page1[0].TextField3[0] ..; one 'Mailing_Address' holding the service address,
'Phone' the BTN, 'Fax' the daytime contact number), labels in the left column of a ruled grid,
a Business / Residence radio group, a State drop-down, the federal tax ID not ours, an
All / Some radio, numbers 1-15 printed down three columns on widgets created across the rows, the
numbers staying in one widget, the gaining company's own order panel of widgets not ours, a
signature widget and a second signer's line not ours; and a Lunenburg CLEC's paper port-in
request in two columns (captions under the lines, the customer left and the current provider
right, an HST number not ours), an agent / dealer block not ours, Business / Residential and
all / only ticks, '# | Telephone number | Features (office use)' tables 1-6 and 7-12 whose
features column is not ours, a DID range table left to others, the requested date inside a
sentence (YYYY-MM-DD), and a signature block with name, title and date under their lines.
Truth from the drawn page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import LETTER

from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import Gap, letterhead, numbered_slots, numbers_table, sentence
from tests.loaforms.round7_kit import range_rows
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import radio_row
from tests.loaforms.round14_kit import office_panel, sign_block, witness_line

Built = tuple[bytes, dict[str, Any]]
W, H = float(LETTER[0]), float(LETTER[1])
_P = "topmostSubform[0].Page1[0]."
_STATES = ["ID", "CA", "NV", "OR", "WA"]


def _grid_row(s: Sheet, y: float, label: str, name: str, fld: str | None, x: float = 40,
              label_w: float = 170, w: float = W - 80 - 170, h: float = 20,
              optional: bool = False) -> None:
    """A ruled grid row: the label in its own left cell, the widget filling the right cell."""
    s.frame(x, y, label_w, h)
    s.frame(x + label_w, y, w, h)
    s.text(x + 4, y + 6.5, label, 8)
    s.widget(_P + name, x + label_w + 2, y + 2, w - 4, h - 4, fld, optional=optional)


def _or_customer(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "1. ACCOUNT HOLDER", 8.5)
    y -= 26
    _grid_row(s, y, "Name on the account (as billed)", "TextField1[0]", "account_name")
    y -= 20
    s.frame(40, y, 170, 20)
    s.frame(210, y, W - 250, 20)
    s.text(44, y + 6.5, "Type of account", 8)
    radio_row(s, _P + "RadioButtonList[0]", 218, y + 5.5,
              [("1", "Business", "check:business"), ("2", "Residence", "check:residential")])
    y -= 20
    _grid_row(s, y, "Service address (no P.O. boxes)", "Mailing_Address[0]", "street")
    y -= 20
    _grid_row(s, y, "City", "TextField4[0]", "city", w=180)
    s.frame(390, y, 40, 20)
    s.text(394, y + 6.5, "State", 8)
    choice_widget(s, _P + "DropDownList1[0]", 432, y + 2, 46, _STATES, "state", h=16)
    s.frame(430, y, 50, 20)
    s.frame(480, y, 30, 20)
    s.text(484, y + 6.5, "ZIP", 8)
    s.frame(510, y, W - 550, 20)
    s.widget(_P + "TextField5[0]", 512, y + 2, W - 554, 16, "postal_code")
    y -= 20
    _grid_row(s, y, "Federal tax ID (business accounts)", "TextField6[0]", None, w=180)
    y -= 20
    _grid_row(s, y, "Daytime contact number", "Fax[0]", "contact_phone", w=180)
    y -= 20
    _grid_row(s, y, "E-mail for port notices", "TextField8[0]", "contact_email")
    return y - 22


def _or_provider(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "2. CURRENT LOCAL OR WIRELESS PROVIDER", 8.5)
    y -= 26
    _grid_row(s, y, "Provider name", "TextField9[0]", "carrier")
    y -= 20
    _grid_row(s, y, "Account number", "TextField10[0]", "account_number", w=180)
    y -= 20
    _grid_row(s, y, "Billing telephone number", "Phone[0]", "btn", w=180)
    y -= 20
    _grid_row(s, y, "Wireless transfer PIN (wireless only)", "TextField12[0]", "pin", w=180,
              optional=True)
    return y - 22


def _or_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "3. NUMBERS TO MOVE TO SIUSLAW VALLEY TELEPHONE", 8.5)
    y -= 20
    s.text(40, y + 1, "Port:", 8)
    radio_row(s, _P + "RadioButtonList[1]", 70, y,
              [("1", "All numbers on this account", "check:full_port"),
               ("2", "Some numbers - list below and the ones that stay", "check:partial_port")])
    y -= 22
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=3, rows=5, col_w=(W - 80) / 3, down=True, row_h=18,
                   names=[f"{_P}TN[{k}]" for k in range(15)])
    y -= 5 * 18 + 6
    s.text(40, y + 3, "Numbers staying with the current provider:", 8)
    s.widget(_P + "TextField13[0]", 220, y, W - 260, 14, "remaining_numbers")
    y -= 20
    s.text(40, y + 3, "Requested port date (MM/DD/YYYY):", 8)
    s.widget(_P + "DateTimeField1[0]", 190, y, 90, 14, "requested_date")
    return y - 22


def _or_sign(s: Sheet, y: float) -> None:
    s.band(40, y, W - 80, "4. AUTHORIZATION", 8.5)
    y = s.para(40, y - 16, "I authorize Siuslaw Valley Telephone Company to act as my agent to "
               "move the numbers above from my current provider. I am the account holder or "
               "authorized to act for the account holder. I will not cancel my current service "
               "until the move is complete.", W - 80, 7.5) - 6
    s.text(40, y - 4, "Signature", 8)
    s.widget(_P + "SignatureField1[0]", 90, y - 14, 220, 24, "signature")
    s.text(330, y - 4, "Date", 8)
    s.widget(_P + "DateTimeField2[0]", 356, y - 8, 90, 14, "date_signed")
    y -= 34
    s.text(40, y + 3, "Print name", 8)
    s.widget(_P + "TextField14[0]", 90, y, 220, 14, "authorized_name")
    s.text(330, y + 3, "Title", 8)
    s.widget(_P + "TextField15[0]", 356, y, W - 396, 14, "authorized_title")
    y -= 36
    witness_line(s, "Second authorized signer (if the account requires two)", 40, y, 300)
    office_panel(s, 40, 40, W - 80, "SIUSLAW VALLEY TELEPHONE USE ONLY",
                 ["Service order", "OCN", "LSR no.", "Rep"],
                 widgets=iter([f"{_P}TextField{k}[0]" for k in range(16, 20)]))


def or_rural_fillable() -> Built:
    s = letter("r21-or-rural-port-authorization-fillable", "US", "en", ["r21-or", "r21-or-home"],
               "Fillable (Oregon rural telephone company). XFA-style designer names "
               "topmostSubform[0].Page1[0].TextFieldN[0]; 'Mailing_Address' holds the service "
               "address, 'Phone' the BTN, 'Fax' the daytime contact number. Labels in the left "
               "column of a ruled grid; Business / Residence radio; State drop-down; ZIP; "
               "federal tax ID not ours; provider, account, BTN, wireless PIN (optional); All / "
               "Some radio; TN[0..14] created across but printed 1-15 down three columns; "
               "remaining numbers widget; requested date MM/DD/YYYY; signature widget, date, "
               "print name, title; a second signer's line and the company's order panel not "
               "ours.")
    s.date_formats = ["%m/%d/%Y"]
    letterhead(s, W - 40, H - 40, ["Siuslaw Valley Telephone Company",
                                   "PO Box 118, Mapleton, OR 97453",
                                   "Business office 541-555-0100"])
    s.text(40, H - 46, "NUMBER PORT AUTHORIZATION", 14, bold=True)
    s.text(40, H - 60, "Local and wireless numbers", 9)
    y = _or_customer(s, H - 84)
    y = _or_provider(s, y)
    y = _or_numbers(s, y)
    _or_sign(s, y)
    s.footer("SVTC-LNP-3 (06/2026)")
    return s.build()


def _ns_left(s: Sheet, y: float) -> None:
    x0, x1 = 40, 296
    s.text(x0, y, "CUSTOMER", 9, bold=True)
    y -= 26
    under(s, "Customer or business name (exactly as on the bill)", x0, y, x1, "account_name")
    y -= 28
    under(s, "Service address - street and unit", x0, y, x1, "street")
    y -= 28
    under(s, "Community", x0, y, 170, "city")
    under(s, "Province", 178, y, 220, "state")
    under(s, "Postal code", 228, y, x1, "postal_code")
    y -= 28
    under(s, "Contact phone", x0, y, 160, "contact_phone")
    under(s, "Contact e-mail", 168, y, x1, "contact_email")
    y -= 22
    s.tick(x0, y, "check:business", "Business")
    s.tick(120, y, "check:residential", "Residential")


def _ns_right(s: Sheet, y: float) -> None:
    x0, x1 = 316, W - 40
    s.text(x0, y, "CURRENT SERVICE PROVIDER", 9, bold=True)
    y -= 26
    under(s, "Provider name", x0, y, x1, "carrier")
    y -= 28
    under(s, "Account number", x0, y, x1, "account_number")
    y -= 28
    under(s, "Billing telephone number (BTN)", x0, y, 460, "btn")
    under(s, "PIN (wireless)", 468, y, x1, "pin", optional=True)
    y -= 28
    under(s, "HST registration no. (business)", x0, y, x1, None)


def _ns_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "NUMBERS TO PORT", 8.5)
    y -= 18
    s.tick(40, y, "check:full_port", "All numbers on the account")
    s.tick(220, y, "check:partial_port", "Only the numbers listed below")
    slots = s.slot_group(ordered=True)
    top = y - 8
    cols: list[tuple[str, float, str | None, bool]] = [
        ("Telephone number", 150, "number", False), ("Features (office use)", 90, None, False)]
    numbers_table(s, slots, 40, top, cols, rows=6, first=1, row_h=17, head="#")
    y = numbers_table(s, slots, 310, top, cols, rows=6, first=7, row_h=17, head="#")
    y -= 22
    under(s, "Numbers that stay with the current provider (partial ports)", 40, y, W - 40,
          "remaining_numbers")
    y -= 24
    s.text(40, y, "DID blocks of 20 numbers or more (office will complete from the CSR):", 7.5)
    y = range_rows(s, 40, y - 4, [("First number", 150), ("Last number", 150), ("Qty", 60)],
                   2, row_h=15)
    return y - 20


def ns_paper() -> Built:
    s = letter("r21-ns-port-in-request-paper", "CA", "en", ["r21-ns", "r21-ns-partial"],
               "Paper (Nova Scotia CLEC). Two columns with captions under the lines: customer "
               "left (name, street and unit, Community / Province / Postal code, contact phone "
               "and e-mail, Business / Residential ticks), current provider right (name, account, "
               "BTN, wireless PIN optional, HST no. not ours); an agent / dealer block not ours; "
               "all / only ticks; '# | Telephone number | Features (office use)' 1-6 and 7-12 "
               "whose features column is not ours; remaining numbers line; DID range rows left "
               "to the office; the requested date inside a sentence (YYYY-MM-DD); signature, "
               "print name, title and date under their lines.")
    s.date_formats = ["%Y-%m-%d"]
    s.text(40, H - 46, "SOUTH SHORE TELECOM", 15, bold=True)
    s.text(40, H - 58, "Port-In Request and Letter of Agency", 10)
    s.text(W - 210, H - 46, "Return by e-mail or fax 902-555-0111", 7.5)
    y = H - 86
    _ns_left(s, y)
    _ns_right(s, y)
    y -= 190
    s.c.setLineWidth(0.4)
    s.c.line(306, H - 80, 306, y + 30)
    s.text(40, y + 12, "SALES AGENT / DEALER (if sold through an agent)", 8, bold=True)
    under(s, "Agent name", 40, y - 6, 220, None)
    under(s, "Dealer code", 230, y - 6, 340, None)
    under(s, "Agent phone", 350, y - 6, W - 40, None)
    y = _ns_numbers(s, y - 34)
    y = sentence(s, 40, y, ["Please port the numbers above on", Gap(90, "requested_date",
                                                                       "requested date"),
                            "(YYYY-MM-DD), or on the first business day the current provider "
                            "confirms after it."], size=8.5, right=W - 40) - 22
    s.para(40, y, "I confirm that I am the customer named above or am authorized to act for "
           "the customer, and I appoint South Shore Telecom Inc. as my agent to port these "
           "numbers. I understand the current provider will end its service on them.",
           W - 80, 7.5)
    y -= 52
    sign_block(s, 40, y, [("Authorized signature", "signature"),
                          ("Print name", "authorized_name")], [250, 268])
    y -= 34
    sign_block(s, 40, y, [("Title", "authorized_title"), ("Date (YYYY-MM-DD)", "date_signed")],
               [250, 120])
    s.footer("SST-PR-07  Page 1 of 1")
    return s.build()


FORMS = {"r21-or-rural-port-authorization-fillable": or_rural_fillable,
         "r21-ns-port-in-request-paper": ns_paper}
