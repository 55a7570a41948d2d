"""Round 21 (held back), Scotland and Queensland: an Edinburgh provider's two-page paper Letter
of Authority in the UK manner (labels printed inside the top of every box, Companies House and VAT
numbers not ours, Business / Residential with the tick after the word, 'Will any numbers on this
account stay with your current provider?' Yes = partial / No = full, the numbers table's header
printed at the foot of page 1 and its rows 1-12 on page 2 without a header, a line-type column
not ours, page 2 repeating the customer name, the requested date in DD / MM / YYYY boxes, every
page signed and dated at its foot); and a Sunshine Coast provider's partly fillable customer
authority (widgets named like a Mac editor's 'Text Field N' with labels above them, ABN and ACN
not ours, a State drop-down and a four-cell postcode comb; on paper an authority sentence whose
blanks carry bracketed captions under them (full name, position, customer), Full / Partial ticks,
'Item | Area code | Number' rows 1-5 and 6-10 with the area code per row, the date signed in
DD / MM / YYYY boxes, a witness's signature and name not ours). Truth from the drawn page; the
filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import Gap, date_parts, widget_above
from tests.loaforms.round9_kit import yes_no
from tests.loaforms.round10_kit import captioned_sentence, comb_widget, page_foot_sign, tick_after
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round14_kit import witness_line
from tests.loaforms.round20_kit import code_rows, label_in_box, letterhead

Built = tuple[bytes, dict[str, Any]]
W, H = float(A4[0]), float(A4[1])
_AU_STATES = ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"]


def _sco_details(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "Section 1 - Your details", 9)
    y -= 32
    label_in_box(s, "Company or customer name (as shown on your bill)", 40, y, 330,
                 "account_name")
    label_in_box(s, "Companies House registration no.", 370, y, W - 410, None)
    y -= 26
    label_in_box(s, "Installation address", 40, y, 330, "street")
    label_in_box(s, "VAT number", 370, y, W - 410, None)
    y -= 26
    label_in_box(s, "Town / city", 40, y, 200, "city")
    label_in_box(s, "Postcode", 240, y, 130, "postal_code")
    label_in_box(s, "Contact telephone", 370, y, W - 410, "contact_phone")
    y -= 26
    label_in_box(s, "Contact e-mail address", 40, y, 330, "contact_email")
    y -= 18
    x = tick_after(s, "Customer type:   Business", 40, y, "check:business")
    tick_after(s, "Residential", x, y, "check:residential")
    return y - 24


def _sco_provider(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "Section 2 - Your current provider", 9)
    y -= 32
    label_in_box(s, "Current provider", 40, y, 200, "carrier")
    label_in_box(s, "Account number", 240, y, 160, "account_number")
    label_in_box(s, "Main billing number", 400, y, W - 440, "btn")
    y -= 22
    yes_no(s, "Will any numbers on this account stay with your current provider?", 40, y,
           "check:partial_port", "check:full_port", at=360)
    y -= 14
    s.para(40, y, "If yes, list the numbers that stay on page 2. Your current provider may "
           "close the account once every number has moved.", W - 80, 7.5)
    return y - 22


def _sco_table_head(s: Sheet, y: float) -> None:
    s.band(40, y, W - 80, "Section 3 - Numbers to transfer (list continues overleaf)", 9)
    y -= 22
    for head, x, w in (("Ref.", 40, 40), ("Telephone number (incl. STD code)", 80, 260),
                       ("Line type (PSTN / ISDN / VoIP) - office use", 340, W - 380)):
        s.frame(x, y, w, 16)
        s.text(x + 3, y + 5, head, 7.5, bold=True)


def _sco_rows(s: Sheet, slots: list[dict[str, Any]], top: float, rows: int) -> float:
    """The table's rows with no header of their own: the header sits on page 1."""
    for r in range(rows):
        y = top - 16 * (r + 1)
        s.frame(40, y, 40, 16)
        s.right_text(66, y + 5, str(r + 1), 8)
        s.frame(80, y, 260, 16)
        s.slot(slots, (81, y + 1, 339, y + 15), f"row {r + 1}")
        s.box(340, y, W - 380, 16, None, f"Line type row {r + 1}")
    return top - 16 * rows


def sco_letter_paper() -> Built:
    s = a4("r21-sco-letter-of-authority-paper", "GB", "en", ["r21-sco", "r21-sco-home"],
           "Paper, two pages (Edinburgh provider, UK-style LoA). Labels inside the top of every "
           "box; Companies House no. and VAT no. not ours; 'Customer type: Business [ ] "
           "Residential [ ]' with the box after the word; current provider, account number, "
           "main billing number; 'Will any numbers ... stay?' Yes = partial / No = full; the "
           "numbers table's header at the foot of page 1, its rows 1-12 on page 2 with no "
           "header, line-type column not ours; page 2 repeats the customer name; numbers that "
           "stay; requested date DD / MM / YYYY boxes; name and position in boxes; every page "
           "signed and dated at its foot (DD/MM/YYYY).")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W - 40, H - 40, ["Forth & Clyde Telecom Ltd", "9 Semple Street, Edinburgh "
                                   "EH3 8BL", "Switching team 0131 496 0000"])
    s.text(40, H - 48, "Letter of Authority", 16, bold=True)
    s.text(40, H - 62, "Transfer of telephone numbers", 9)
    y = _sco_details(s, H - 90)
    y = _sco_provider(s, y)
    s.para(40, y, "I authorise Forth & Clyde Telecom Ltd to act on my behalf to arrange the "
           "transfer of the telephone numbers listed overleaf from my current provider. I "
           "confirm that I am the account holder or am authorised by the account holder to "
           "sign this letter.", W - 80, 8)
    _sco_table_head(s, y - 46)
    page_foot_sign(s, 70, "Signed", "Date (DD/MM/YYYY)")
    s.footer("Page 1 of 2   F&CT LoA v4")
    s.next_page()
    s.text(40, H - 48, "Letter of Authority - page 2", 12, bold=True)
    label_in_box(s, "Company or customer name", 40, H - 84, W - 80, "account_name")
    slots = s.slot_group(ordered=True)
    y = _sco_rows(s, slots, H - 100, 12) - 54
    label_in_box(s, "Numbers staying with your current provider (if any)", 40, y, W - 80,
                 "remaining_numbers", h=34)
    y -= 26
    s.text(40, y, "Requested transfer date", 8.5)
    date_parts(s, 160, y - 5, [("DD", 24, "requested_day"), ("MM", 24, "requested_month"),
                               ("YYYY", 44, "requested_year")])
    y -= 56
    label_in_box(s, "Name of person authorising", 40, y, 260, "authorized_name")
    label_in_box(s, "Position", 300, y, W - 340, "authorized_title")
    page_foot_sign(s, 70, "Signed", "Date (DD/MM/YYYY)")
    s.footer("Page 2 of 2   F&CT LoA v4")
    return s.build()


def _qld_customer(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "PART A  CUSTOMER DETAILS", 8.5)
    y -= 34
    widget_above(s, "Customer name (as on your current bill)", "Text Field 1", 40, y, 300,
                 "account_name")
    widget_above(s, "ABN", "Text Field 2", 352, y, 100, None)
    widget_above(s, "ACN", "Text Field 3", 462, y, W - 502, None)
    y -= 34
    widget_above(s, "Service address (street)", "Text Field 4", 40, y, W - 80, "street")
    y -= 34
    widget_above(s, "Suburb / town", "Text Field 5", 40, y, 250, "city")
    s.text(302, y + 18, "State", 7.5, bold=True)
    choice_widget(s, "Pop Up Button 1", 302, y, 60, _AU_STATES, "state")
    s.text(376, y + 19, "Postcode", 7.5, bold=True)
    comb_widget(s, "Text Field 6", 376, y, 4, "postal_code", what="Postcode")
    y -= 34
    widget_above(s, "Contact phone", "Text Field 7", 40, y, 200, "contact_phone")
    widget_above(s, "Contact e-mail", "Text Field 8", 252, y, W - 292, "contact_email")
    y -= 34
    widget_above(s, "Current carrier", "Text Field 9", 40, y, 200, "carrier")
    widget_above(s, "Account number with current carrier", "Text Field 10", 252, y, 160,
                 "account_number")
    widget_above(s, "Main number on the account", "Text Field 11", 424, y, W - 464, "btn")
    return y - 22


def _qld_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "PART B  NUMBERS TO PORT (write on paper)", 8.5)
    y -= 18
    s.tick(40, y, "check:full_port", "Full port - every number on the account")
    s.tick(270, y, "check:partial_port", "Partial port - only the numbers below")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Number after its Area code
    top = y - 8
    heads = ("Item", "Area code", "Number")
    code_rows(s, slots, 40, top, 1, 5, heads, (30, 56, 170))
    y = code_rows(s, slots, 300, top, 6, 5, heads, (30, 56, W - 386))
    y -= 24
    s.text(40, y, "Numbers remaining with the current carrier:", 8)
    s.line_under(214, y - 2, W - 40, "remaining_numbers", "numbers remaining")
    return y - 22


def qld_partly_fillable() -> Built:
    s = a4("r21-qld-customer-authority-partly", "AU", "en", ["r21-qld", "r21-qld-partial"],
           "Partly fillable (Queensland provider). Widgets 'Text Field N' with labels above: "
           "customer name, ABN and ACN not ours, street, suburb, State drop-down ('Pop Up "
           "Button 1'), postcode comb (4), contact phone and e-mail, current carrier, account, "
           "main number. On paper: Full / Partial ticks, 'Item | Area code | Number' rows 1-5 "
           "and 6-10 with the area code per row, a line for numbers remaining, an authority "
           "sentence whose blanks carry bracketed captions (full name, position, customer, "
           "requested date DD/MM/YYYY), a signature line, the date signed in DD / MM / YYYY "
           "boxes, a witness's signature and name not ours.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W - 40, H - 40, ["Hinterland Connect Pty Ltd", "PO Box 212, Nambour QLD "
                                   "4560", "Porting 07 5550 0100"])
    s.text(40, H - 48, "Customer Authority", 15, bold=True)
    s.text(40, H - 61, "to port fixed-line numbers", 9)
    y = _qld_customer(s, H - 86)
    y = _qld_numbers(s, y)
    s.band(40, y, W - 80, "PART C  CUSTOMER AUTHORITY (write on paper)", 8.5)
    y = captioned_sentence(s, 40, y - 22, [
        "I,", Gap(140, "authorized_name", "full name"), ",",
        Gap(110, "authorized_title", "position"), "of",
        Gap(190, "account_name", "customer"),
        "authorise Hinterland Connect Pty Ltd to port the numbers above from my current "
        "carrier on", Gap(80, "requested_date", "DD/MM/YYYY"),
        "or as soon as possible after. I confirm I am authorised to make this request."],
        size=8.5, right=W - 40) - 42
    s.sign_line("Signature", 40, y, 280)
    s.text(300, y, "Date", 8.5)
    date_parts(s, 330, y - 4, [("DD", 22, "date_signed_day"), ("MM", 22, "date_signed_month"),
                               ("YYYY", 40, "date_signed_year")])
    y -= 50
    witness_line(s, "Witness signature", 40, y, 250)
    s.rule(270, y, W - 40)
    s.text(270, y - 9, "Witness name", 7)
    s._place((270, y - 2, W - 40, y + 13), None, what="Witness name")
    s.footer("HC-CA-02  Keep a copy for your records")
    return s.build()


FORMS = {"r21-sco-letter-of-authority-paper": sco_letter_paper,
         "r21-qld-customer-authority-partly": qld_partly_fillable}
