"""Round 31, Yukon and Montana (held back; truth from the drawn page, the filler never run on
these by their author):

- A Yukon fillable transfer authorization: the form's reference and the new provider's name
  already typed into read-only widgets (not ours), the name's blank with 'Example: John Smith'
  printed grey under it, widgets with lying names ('txtField1'...), the main number in ten
  one-character widgets 'tel1_1'..'tel1_10' beside ordinary widgets, abbreviated labels ('Acct #',
  'Svc. Addr.', 'Prov.', 'P/C'), a billing address 'leave blank if the same as the service
  address', a transposed numbers table (columns 'Example | Number 1..6', rows telephone number /
  line type / features; the example column printed grey, only the number row ours), 'Tick if
  you do NOT want all numbers transferred', a porting window tick row (not ours), and the
  signature box beside a same-sized 'Company stamp / Official use' box with a 'Sign here' tab.
- A Montana paper request on two pages, each with a header band 'Acct # | Customer name | Page
  n of 2' (each asked again), three account blocks side by side 'Account 1 | Account 2 |
  Account 3' (the case is one account: 2 and 3 stay empty), abbreviated labels ('Tel. No(s).',
  'Cust. Ref.', 'DOB', 'Auth. Sig.'), a 'Physical address' and a 'Postal address (only if
  different)', 'Not before ____ / Not after ____' with a weekday tick row, initials boxes in the
  margin of each page (not a value we hold) and a witness line not ours.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import witness_line
from tests.loaforms.round28_kit import choice, tf
from tests.loaforms.round29_kit import multiline, yes_no
from tests.loaforms.round31_kit import char_widgets, grey, vtext

Built = tuple[bytes, dict[str, Any]]


def _lab(s: Sheet, x: float, y: float, text: str) -> None:
    s.text(x, y + 15, text, 6.8)


def yk_transposed_fillable() -> Built:
    s = Sheet("r31-yk-transposed-fillable", "CA", "en",
              "Fillable, Yukon, one Letter page. Read-only form ref and new provider prefilled "
              "(not ours); 'Example: John Smith' grey under the name; lying widget names; BTN in "
              "ten one-character widgets tel1_1..tel1_10; Acct #, Svc. Addr., Prov., P/C; "
              "billing address blank when the same; transposed numbers table (Example column "
              "grey, Number 1-6 columns, only the telephone row ours); 'Tick if you do NOT want "
              "all numbers transferred'; porting window ticks not ours; signature box beside a "
              "same-sized company stamp box; date YYYY-MM-DD.", LETTER,
              ["r31-yk", "r31-yk-partial"])
    s.date_formats = ["%Y-%m-%d"]
    w, h = LETTER
    letterhead(s, w - 40, h - 36, ["Klondike Fibre Networks Ltd.", "2107 2nd Avenue, "
                                   "Whitehorse, YT  Y1A 1C4", "Transfers 1-867-555-0100"])
    s.text(40, h - 44, "Number Transfer Authorization", 15, bold=True)
    s.text(40, h - 58, "Complete in capitals. Fields marked * are required.", 7.5)
    s.text(40, h - 76, "Form ref.", 7)
    tf(s, "FormRef", 78, h - 80, 100, 12, None, flags="readOnly", value="KFN-LOA-31-0047")
    s.text(196, h - 76, "New provider", 7)
    tf(s, "NewProv", 246, h - 80, 170, 12, None, value="Klondike Fibre Networks Ltd.")
    y = h - 104
    s.band(40, y, w - 80, "1  CUSTOMER", 8.5)
    y -= 34
    _lab(s, 40, y, "Customer name (exactly as on your bill) *")
    tf(s, "txtField1", 40, y, 300, 14, "account_name")
    grey(s, 42, y - 9, "Example: John Smith", 6.5)
    _lab(s, 350, y, "Acct # *")
    tf(s, "txtField2", 350, y, 222, 14, "account_number")
    y -= 40
    _lab(s, 40, y, "Current provider *")
    choice(s, "Dropdown3", 40, y, 150, ["Bell Canada", "Northwestel Inc.", "Rogers",
                                        "TELUS", "Other"], "carrier", accept=["Northwestel Inc."])
    _lab(s, 200, y, "Main number (BTN) *  one digit per box")
    char_widgets(s, "tel1", 200, y, 10, "btn", "main number", cell=12)
    _lab(s, 340, y, "Account type *")
    s.radio("grpType", "B", 340, y + 2, "check:business", "Business")
    s.radio("grpType", "R", 410, y + 2, "check:residential", "Residential")
    y -= 36
    _lab(s, 40, y, "Authorized person *")
    tf(s, "txtField4", 40, y, 200, 14, "authorized_name")
    _lab(s, 250, y, "Title (business accounts)")
    tf(s, "txtField5", 250, y, 130, 14, "authorized_title")
    _lab(s, 390, y, "Contact tel.")
    tf(s, "tel2", 390, y, 182, 14, "contact_phone")
    y -= 36
    _lab(s, 40, y, "E-mail for transfer updates")
    tf(s, "txtField7", 40, y, 300, 14, "contact_email")
    y -= 26
    s.band(40, y, w - 80, "2  SERVICE LOCATION", 8.5)
    y -= 34
    _lab(s, 40, y, "Svc. Addr. (street, unit) *")
    tf(s, "txtField8", 40, y, 260, 14, "street")
    _lab(s, 310, y, "City / Town *")
    tf(s, "txtField9", 310, y, 130, 14, "city")
    _lab(s, 450, y, "Prov.")
    tf(s, "txtField10", 450, y, 40, 14, "state")
    _lab(s, 500, y, "P/C")
    tf(s, "txtField11", 500, y, 72, 14, "postal_code")
    y -= 32
    s.text(40, y + 12, "Billing address  -  leave blank if the same as the service address", 7,
           bold=True)
    tf(s, "txtField12", 40, y - 4, 260, 14, "billing_street", tooltip="Billing street")
    tf(s, "txtField13", 310, y - 4, 130, 14, "billing_city", tooltip="Billing city")
    tf(s, "txtField14", 450, y - 4, 40, 14, "billing_state", tooltip="Billing province")
    tf(s, "txtField15", 500, y - 4, 72, 14, "billing_postal_code", tooltip="Billing P/C")
    s.text(40, y - 12, "Street / PO Box", 6)
    s.text(310, y - 12, "City", 6)
    s.text(450, y - 12, "Prov.", 6)
    s.text(500, y - 12, "P/C", 6)
    y -= 34
    s.band(40, y, w - 80, "3  NUMBERS TO TRANSFER  (international format, +1 ...)", 8.5)
    top = y - 8
    heads = ["", "Example", *[f"Number {n}" for n in range(1, 7)]]
    rows = [("Telephone number", "+1 867 555 0100"), ("Line type (home / business / fax)",
                                                      "Business"),
            ("Features (hunt, alarm, DSL)", "none")]
    first, col = 104.0, 58.0
    s.c.setFillGray(0.88)
    s.c.rect(40, top - 14, first + col * 7, 14, stroke=1, fill=1)
    s.c.setFillGray(0)
    for k, head in enumerate(heads):
        cx = 40 + (first + (k - 1) * col if k else 0)
        s.text(cx + 3, top - 10, head, 6.8, bold=True)
    slots = s.slot_group()
    for r, (label, sample) in enumerate(rows):
        ry = top - 14 - (r + 1) * 18
        s.frame(40, ry, first, 18)
        s.text(43, ry + 6, label, 6.2)
        s.frame(40 + first, ry, col, 18)
        grey(s, 40 + first + 3, ry + 6, sample, 6.2)
        for n in range(6):
            cx = 40 + first + col * (n + 1)
            s.frame(cx, ry, col, 18)
            name = f"T{r + 1}C{n + 1}"
            s.c.acroForm.textfield(name=name, tooltip="", x=cx + 1, y=ry + 1, width=col - 2,
                                   height=16, fontSize=7, borderWidth=0, fillColor=None)
            if r == 0:
                s.slot(slots, (cx + 1, ry + 1, cx + col - 1, ry + 17), f"number {n + 1}", name)
            else:
                s._place((cx + 1, ry + 1, cx + col - 1, ry + 17), None, widget=name,
                         what=f"{label} {n + 1}")
    y = top - 14 - 3 * 18 - 20
    s.checkbox("chkA", 40, y, "check:partial_port",
               "Tick if you do NOT want all numbers on the account transferred")
    y -= 16
    s.text(40, y, "If ticked, the numbers that stay with your current provider:", 7)
    multiline(s, "txtField16", 260, y - 12, 312, 22, "remaining_numbers", "numbers staying")
    y -= 34
    s.band(40, y, w - 80, "4  TIMING", 8.5)
    y -= 30
    _lab(s, 40, y, "Requested transfer date (YYYY-MM-DD)")
    tf(s, "txtField17", 40, y, 140, 14, "requested_date")
    s.text(200, y + 4, "Preferred window:", 7.5)
    s.checkbox("chkAM", 270, y + 2, None, "08:00-12:00")
    s.checkbox("chkPM", 340, y + 2, None, "12:00-17:00")
    s.checkbox("chkEve", 410, y + 2, None, "after 17:00 (fee applies)")
    y -= 24
    y = s.para(40, y, "I confirm that I am the account holder or authorized to act for the "
               "account, and I authorize Klondike Fibre Networks Ltd. to transfer the numbers "
               "above and to end their service with my current provider when the transfer is "
               "complete.", w - 80, 7)
    y -= 56
    s.c.setFillGray(0.2)
    p = s.c.beginPath()
    p.moveTo(28, y + 30)
    p.lineTo(40, y + 24)
    p.lineTo(28, y + 18)
    p.close()
    s.c.drawPath(p, stroke=0, fill=1)
    s.c.setFillGray(0)
    vtext(s, 36, y + 2, "SIGN HERE", 5.5, bold=True)
    s.box(44, y, 250, 50, "signature", "signature box")
    s.text(46, y - 9, "Signature of the authorized person", 6.5)
    s.box(322, y, 250, 50, None, "company stamp box")
    s.text(324, y - 9, "Company stamp / Official use", 6.5)
    y -= 34
    _lab(s, 40, y, "Print name")
    tf(s, "txtField18", 40, y, 250, 14, "authorized_name")
    _lab(s, 322, y, "Date signed (YYYY-MM-DD)")
    tf(s, "txtField19", 322, y, 120, 14, "date_signed")
    s.footer("KFN-LOA-31  Rev. 03/2029")
    return s.build()


def _header_band(s: Sheet, page: int) -> None:
    w, h = LETTER
    s.c.setFillGray(0.9)
    s.c.rect(40, h - 62, w - 80, 22, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.blank("Acct #", 46, h - 54, 200, "account_number", size=7.5)
    s.blank("Customer name", 210, h - 54, 470, "account_name", size=7.5)
    s.text(490, h - 54, f"Page {page} of 2", 7.5, bold=True)


def _initials(s: Sheet) -> None:
    w, _ = LETTER
    s.frame(w - 32, 60, 22, 22)
    vtext(s, w - 14, 86, "Initials", 6)
    s._place((w - 32, 60, w - 10, 82), None, what="initials box", optional=True)


def mt_accounts_paper() -> Built:
    s = Sheet("r31-mt-three-accounts-paper", "US", "en",
              "Paper, Montana, two Letter pages. Header band Acct # | Customer name | Page n of "
              "2 on both pages (asked twice each); three account blocks (Account 1 ours, 2 and 3 "
              "empty) with Tel. No(s). lines; Cust. Ref. and DOB not ours; Physical address and "
              "Postal address only if different; Not before (ours) / Not after (not) and a "
              "weekday tick row; initials boxes in the margin (optional, not ours); numbers "
              "staying on page 2; Auth. Sig. line, witness not ours.", LETTER,
              ["r31-mt", "r31-mt-partial"])
    s.date_formats = ["%m/%d/%Y"]
    w, h = LETTER
    _header_band(s, 1)
    s.text(40, h - 84, "BIG SKY RURAL TELEPHONE COOPERATIVE", 12, bold=True)
    s.text(40, h - 96, "Request to Port Service Away  -  please print clearly in ink", 8)
    y = h - 120
    s.band(40, y, w - 80, "A.  ACCOUNT HOLDER", 8.5)
    y -= 22
    s.blank("Acct. holder name", 40, y, 380, "account_name", size=8)
    s.blank("Cust. Ref.", 390, y, w - 40, None, size=8)
    y -= 20
    s.blank("Auth. name", 40, y, 300, "authorized_name", size=8)
    s.blank("Title", 310, y, 460, "authorized_title", size=8)
    s.blank("DOB", 470, y, w - 40, None, size=8)
    y -= 20
    s.text(40, y, "Acct. type:", 8)
    s.tick(90, y - 1, "check:business", "Bus.")
    s.tick(130, y - 1, "check:residential", "Res.")
    s.blank("Contact Tel.", 200, y, 380, "contact_phone", size=8)
    s.blank("E-mail", 390, y, w - 40, "contact_email", size=8)
    y -= 26
    s.band(40, y, w - 80, "B.  ADDRESSES", 8.5)
    y -= 22
    s.text(40, y, "Physical address (where the service is)", 7.5, bold=True)
    y -= 16
    s.blank("Svc. Addr.", 40, y, 330, "street", size=8)
    s.blank("City", 340, y, 460, "city", size=8)
    s.blank("St.", 470, y, 505, "state", size=8)
    s.blank("ZIP", 512, y, w - 40, "postal_code", size=8)
    y -= 20
    s.text(40, y, "Postal address  (only if different from the physical address)", 7.5, bold=True)
    y -= 16
    s.blank("Addr. / PO Box", 40, y, 330, "billing_street", size=8)
    s.blank("City", 340, y, 460, "billing_city", size=8)
    s.blank("St.", 470, y, 505, "billing_state", size=8)
    s.blank("ZIP", 512, y, w - 40, "billing_postal_code", size=8)
    y -= 26
    s.band(40, y, w - 80, "C.  ACCOUNTS AND NUMBERS  (use one block per account)", 8.5)
    y -= 18
    bw = (w - 80) / 3
    slots = s.slot_group()
    for a in range(3):
        bx = 40 + a * bw
        s.frame(bx, y - 150, bw, 158)
        s.text(bx + 4, y - 4, f"Account {a + 1}", 8, bold=True)
        s.blank("Acct #", bx + 4, y - 20, bx + bw - 6, "account_number" if a == 0 else None,
                size=7.5)
        s.blank("PIN", bx + 4, y - 38, bx + bw - 6, "pin" if a == 0 else None, size=7.5)
        s.text(bx + 4, y - 54, "Tel. No(s).", 7.5)
        for n in range(6):
            ly = y - 70 - n * 14
            s.right_text(bx + 16, ly, f"{n + 1}", 7)
            if a == 0:
                s.rule(bx + 20, ly - 2, bx + bw - 6)
                s.slot(slots, (bx + 20, ly - 4, bx + bw - 6, ly + 9), f"account 1 line {n + 1}")
            else:
                s.line_under(bx + 20, ly - 2, bx + bw - 6, None, f"account {a + 1} line {n + 1}",
                             height=9)
    y -= 168
    yes_no(s, 40, y, "Port ALL numbers listed above?", "check:full_port", "check:partial_port",
           at=220)
    y -= 22
    s.band(40, y, w - 80, "D.  WHEN", 8.5)
    y -= 22
    s.blank("Not before (mm/dd/yyyy)", 40, y, 250, "requested_date", size=8)
    s.blank("Not after (mm/dd/yyyy)", 270, y, 470, None, size=8)
    y -= 20
    s.text(40, y, "Days we may port:", 8)
    x = 120.0
    for day in ("Mon", "Tue", "Wed", "Thu", "Fri"):
        s.tick(x, y - 1, None, day)
        x += 46
    _initials(s)
    s.footer("BSR-PORT-1  page 1 of 2   Initial each page in the box at the right edge.")
    s.next_page()
    _header_band(s, 2)
    y = h - 90
    s.band(40, y, w - 80, "E.  NUMBERS STAYING WITH BIG SKY (partial ports only)", 8.5)
    y -= 22
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(3):
        s.right_text(60, y, f"{n + 1}.", 8)
        s.rule(64, y - 2, 250)
        s.slot(stay, (64, y - 4, 250, y + 11), f"staying {n + 1}")
        y -= 18
    y -= 10
    s.band(40, y, w - 80, "F.  TERMS AND AUTHORIZATION", 8.5)
    y -= 20
    y = s.para(40, y, "1. Porting ends Big Sky service on the ported numbers; features such as "
               "directory listing and voicemail end with it. 2. Any balance remains due. "
               "3. Equipment must be returned within 30 days. 4. I am the account holder or am "
               "authorized by the account holder to request this port, and the information above "
               "is correct.", w - 80, 7.5)
    y -= 44
    s.sign_line("Auth. Sig.", 40, y, 300)
    s.blank("Date", 320, y, 460, "date_signed", size=8)
    y -= 30
    s.blank("Print name", 40, y, 300, "authorized_name", size=8)
    y -= 50
    witness_line(s, "Witness (Big Sky office staff only)", 40, y, 300)
    s.blank("Employee #", 320, y, 460, None, size=8)
    _initials(s)
    s.footer("BSR-PORT-1  page 2 of 2")
    return s.build()


FORMS = {
    "r31-yk-transposed-fillable": yk_transposed_fillable,
    "r31-mt-three-accounts-paper": mt_accounts_paper,
}
