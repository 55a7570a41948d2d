"""Round 29, Newfoundland and Kansas (held back; truth from the drawn page, the filler never run
on these by their author):

- A Newfoundland paper port request on a Legal sheet that opens with the declaration and the
  signature, drawn as a table 'Signature | Print name | Position | Date' with a customer row and
  a witness row (not ours); the details after it: 'Is this a business account?  Yes [] No []'
  and 'Port all numbers on the account?  Yes [] No []', the contact's name split 'Surname |
  Given name(s)' (the specialist may write it, nobody's error), every telephone number in paper
  comb boxes '( _ _ _ ) _ _ _ - _ _ _ _', the province and the postal code combs, a date of
  birth beside the daytime phone (not ours) and an office-use box inside the customer's section.
- A Kansas fillable request over two pages: hierarchical widget names ('customer.address.street'
  as a tree of fields), widgets that do not sit on their drawn boxes, Yes / No radio groups
  exporting 0 and 1, the current carrier in a drop-down, the ZIP a fillable comb beside a paper
  ZIP+4 comb (not ours), the account name one field with a kid on each page, a numbers table
  whose columns are kinds of number (Main | Additional lines | Fax | DDI range) with rows
  numbered past the case's count, 'Section 4: complete only for business accounts' (both cases
  are businesses), a reseller's block (not ours), the numbers that stay in one multi-line box.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black
from reportlab.lib.pagesizes import LEGAL, LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round24_kit import TWIN, join_twins
from tests.loaforms.round28_kit import choice, tf
from tests.loaforms.round29_kit import (
    comb,
    comb_slot,
    multiline,
    nest_names,
    off_box,
    radio_yes_no,
    sign_table,
    yes_no,
)

Built = tuple[bytes, dict[str, Any]]
PHONE = "(___) ___-____"


def nl_signature_first_paper() -> Built:
    s = Sheet("r29-nl-signature-first-legal-paper", "CA", "en",
              "Paper, Newfoundland, Legal sheet. Declaration and signature table first "
              "(customer row ours, witness row not); Yes/No ticks for business and for all "
              "numbers; contact surname | given names optional; phone numbers in paper combs "
              "(___) ___-____; province and postal code combs; date of birth not ours; office "
              "use box not ours; numbers 1-8 combs, numbers staying two combs; requested date "
              "YYYY-MM-DD.", LEGAL, ["r29-nl", "r29-nl-partial"])
    s.date_formats = ["%Y-%m-%d"]
    w, h = LEGAL
    letterhead(s, w - 40, h - 40, ["Iceberg Alley Communications Inc.",
                                   "215 Water Street, St. John's, NL  A1C 1B3",
                                   "Number transfers: 1-709-555-0100"])
    s.text(40, h - 44, "REQUEST TO TRANSFER TELEPHONE SERVICE", 13, bold=True)
    s.text(40, h - 57, "Sign first, then complete Parts B to E. Print in BLOCK letters, one "
           "character per box.", 7.5)
    s.band(40, h - 82, w - 80, "PART A  -  AUTHORIZATION", 9)
    y = s.para(40, h - 100, "I am / We are (delete as appropriate) the account holder or a person "
               "authorized to act for the account described below, and I/we authorize Iceberg "
               "Alley Communications Inc. to transfer the telephone numbers listed in Part D "
               "from my/our current provider. I/We understand that the service with the current "
               "provider for the transferred numbers ends when the transfer completes.",
               w - 80, 7.5)
    y = sign_table(s, 40, y - 4, [("Signature", 170), ("Print name", 130), ("Position", 100),
                                  ("Date (YYYY-MM-DD)", 70)],
                   [("Customer", ["signature", "authorized_name", "authorized_title",
                                  "date_signed"]),
                    ("Witness", [None, None, None, None])], row_h=30)
    s.band(40, y - 24, w - 80, "PART B  -  ACCOUNT", 9)
    y -= 46
    y = yes_no(s, 40, y, "Is this a business account?", "check:business", "check:residential",
               at=300)
    y = yes_no(s, 40, y, "Port all numbers on the account?", "check:full_port",
               "check:partial_port", at=300)
    s.blank("Name on the account (exactly as on your bill)", 40, y, w - 40, "account_name")
    y -= 22
    s.blank("Account number", 40, y, 300, "account_number")
    s.blank("Current provider", 312, y, w - 40, "carrier")
    y -= 24
    s.text(40, y + 3, "Main billing number", 8)
    comb(s, 140, y, PHONE, "btn", "main billing number")
    s.text(320, y + 3, "Title:  Mr / Mrs / Ms / Dr  (circle)", 7.5)
    y -= 28
    s.text(40, y + 14, "Contact person:", 8)
    s.text(140, y + 14, "Surname", 6.5)
    s.box(140, y, 150, 12, None, "contact surname", optional=True)
    s.text(300, y + 14, "Given name(s)", 6.5)
    s.box(300, y, 150, 12, None, "contact given names", optional=True)
    y -= 26
    s.text(40, y + 3, "Daytime phone", 8)
    comb(s, 140, y, PHONE, "contact_phone", "daytime phone")
    s.text(318, y + 3, "Date of birth (DD/MM/YYYY)", 7.5)
    comb(s, 430, y, "__/__/____", None, "date of birth")
    y -= 22
    s.blank("E-mail", 40, y, 330, "contact_email")
    s.frame(380, y - 26, w - 420, 34)
    s.text(384, y + 0, "OFFICE USE ONLY  Credit check ref.", 6.5)
    s._place((384, y - 24, w - 44, y - 4), None, what="office use credit check")
    y -= 36
    s.band(40, y, w - 80, "PART C  -  SERVICE ADDRESS (where the lines are installed)", 9)
    y -= 24
    s.blank("Street address and unit", 40, y, w - 40, "street")
    y -= 24
    s.blank("City / Town", 40, y, 300, "city")
    s.text(312, y, "Prov.", 8)
    comb(s, 340, y - 3, "__", "state", "province")
    s.text(384, y, "Postal code", 8)
    comb(s, 436, y - 3, "___ ___", "postal_code", "postal code")
    y -= 30
    s.band(40, y, w - 80, "PART D  -  NUMBERS TO TRANSFER", 9)
    y -= 22
    slots = s.slot_group()
    for n in range(8):
        col, row = divmod(n, 4)
        x = 40 + col * 270
        ry = y - row * 22
        s.right_text(x + 14, ry + 3, f"{n + 1}.", 8)
        comb_slot(s, slots, x + 20, ry, PHONE, f"number {n + 1}")
    y -= 4 * 22 + 10
    s.text(40, y, "If you answered No to 'Port all numbers', the numbers that stay with your "
           "current provider:", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    comb_slot(s, stay, 60, y - 22, PHONE, "stays 1")
    comb_slot(s, stay, 330, y - 22, PHONE, "stays 2")
    y -= 48
    s.band(40, y, w - 80, "PART E  -  TIMING", 9)
    y -= 22
    s.blank("Requested transfer date (YYYY-MM-DD)", 40, y, 330, "requested_date")
    y -= 30
    s.band(40, y, w - 80, "FOR ICEBERG ALLEY USE", 8)
    y -= 22
    s.blank("Order no.", 40, y, 220, None)
    s.blank("Sales rep", 240, y, 420, None)
    s.blank("FOC date", 440, y, w - 40, None)
    y -= 40
    s.c.setDash(3, 3)
    s.rule(30, y, w - 30, 0.5)
    s.c.setDash()
    s.text(40, y - 14, "CUSTOMER COPY  -  cut here and keep this part until the transfer "
           "completes", 8, bold=True)
    y -= 36
    s.blank("Name on the account", 40, y, 330, "account_name", size=8)
    s.blank("Account number", 340, y, w - 40, "account_number", size=8)
    y -= 20
    s.blank("Main billing number", 40, y, 230, "btn", size=8)
    s.blank("Transfer requested for", 240, y, 410, "requested_date", size=8)
    s.blank("Signed on", 420, y, w - 40, "date_signed", size=8)
    s.footer("IAC-PT-4 (Legal)  Please keep a copy for your records.")
    return s.build()


def _row_box(s: Sheet, label: str, name: str, x: float, y: float, w: float, fld: str | None,
             dx: float, dy: float, dw: float = 0, dh: float = 0) -> dict[str, Any]:
    s.text(x, y + 16, label, 6.8)
    return off_box(s, name, x, y, w, 14, fld, dx, dy, dw, dh)


def ks_nested_fillable() -> Built:
    s = Sheet("r29-ks-nested-names-fillable", "US", "en",
              "Fillable, Kansas, two Letter pages. Widgets named hierarchically (customer.*, "
              "svc.*, port.*) and drawn off their printed boxes; Yes/No radios exporting 0/1; "
              "carrier drop-down; ZIP comb widget, ZIP+4 paper comb not ours; account name one "
              "field with a kid on each page; numbers table Main | Additional lines | Fax | DDI "
              "range rows 1-8 (main row 1 and additional rows 1-7 one ordered group; fax and "
              "DDI not ours); Section 4 business only (both cases business); reseller block not "
              "ours; numbers staying one multi-line widget; signature without widget.",
              LETTER, ["r29-ks", "r29-ks-partial"])
    s.date_formats = ["%m/%d/%Y"]
    w, h = LETTER
    letterhead(s, w - 40, h - 36, ["Sunflower Fiber & Voice LLC", "900 Massachusetts St, "
                                   "Lawrence, KS 66044", "Porting 785-555-0100"])
    s.text(40, h - 44, "Port Request & LOA", 15, bold=True)
    s.text(40, h - 57, "Section numbers refer to the instructions on page 2.", 7.5)
    y = h - 96
    s.band(40, y + 12, w - 80, "1  Account holder", 8.5)
    y -= 14
    _row_box(s, "Account name (as billed)", "customer.name", 40, y, 330, "account_name", 3, -4)
    _row_box(s, "Account / customer number", "customer.acct", 380, y, 192, "account_number",
             -4, 3, 8, -2)
    y -= 34
    s.text(40, y + 16, "Current carrier", 6.8)
    choice(s, "customer.carrier", 40, y, 180, ["AT and T Kansas", "AT&T Kansas",
                                               "Cox Communications", "Nex-Tech", "Spectrum"],
           "carrier", accept=["AT&T Kansas", "AT and T Kansas"])
    _row_box(s, "Billing telephone number", "customer.btn", 230, y, 140, "btn", 5, -3)
    _row_box(s, "Contact phone", "customer.phone", 380, y, 192, "contact_phone", 0, 4, -10)
    y -= 30
    y = radio_yes_no(s, "customer.isBusiness", 40, y, "Is this a business account?",
                     "check:business", "check:residential", at=260)
    y = radio_yes_no(s, "port.all", 40, y, "Port all numbers on the account?",
                     "check:full_port", "check:partial_port", at=260)
    s.band(40, y, w - 80, "2  Service address (no P.O. boxes)", 8.5)
    y -= 38
    _row_box(s, "Street address, suite", "svc.address.street", 40, y, 330, "street", 4, -3)
    _row_box(s, "City", "svc.address.city", 380, y, 192, "city", -3, 2)
    y -= 34
    _row_box(s, "State", "svc.address.state", 40, y, 40, "state", 2, -3)
    s.text(92, y + 16, "ZIP", 6.8)
    tf(s, "svc.address.zip", 92, y, 70, 14, "postal_code", maxlen=5, comb=True)
    s.text(172, y + 16, "ZIP+4 (optional)", 6.8)
    comb(s, 172, y, "____", None, "ZIP+4")
    _row_box(s, "E-mail for port notices", "customer.email", 230, y, 342, "contact_email",
             -3, -3, 6, 2)
    y -= 30
    s.band(40, y, w - 80, "3  Timing", 8.5)
    y -= 34
    _row_box(s, "Requested port date (mm/dd/yyyy)", "port.date", 40, y, 120, "requested_date",
             6, 2)
    y -= 30
    s.band(40, y, w - 80, "4  Complete only for business accounts", 8.5)
    y -= 34
    _row_box(s, "Business name as registered with the Kansas Secretary of State", "biz.name",
             40, y, 330, "account_name", 0, -4)
    _row_box(s, "Federal tax ID (EIN)", "biz.ein", 380, y, 192, None, 3, 0)
    y -= 34
    _row_box(s, "Authorized signer's title", "biz.title", 40, y, 200, "authorized_title", 4, 3)
    _row_box(s, "Number of employees", "biz.staff", 250, y, 120, None, 0, -3)
    y -= 30
    s.band(40, y, w - 80, "5  Reseller / sales agent (completed by the agent)", 8.5)
    y -= 34
    _row_box(s, "Agent company", "agent.company", 40, y, 200, None, 3, -2)
    _row_box(s, "Agent code", "agent.code", 250, y, 120, None, 0, 0)
    _row_box(s, "Agent phone", "agent.phone", 380, y, 192, None, -2, 3)
    s.footer("SFV-PR-2  page 1 of 2")
    s.next_page()
    s.text(40, h - 46, "Port Request & LOA (continued)", 12, bold=True)
    s.text(40, h - 68, "Account name", 7.5)
    tf(s, f"customer.name{TWIN}", 110, h - 72, 250, 14, "account_name")["widget"] = \
        "customer.name"
    s.text(370, h - 68, "BTN", 7.5)
    tf(s, f"customer.btn{TWIN}", 392, h - 72, 180, 14, "btn")["widget"] = "customer.btn"
    y = h - 96
    s.band(40, y, w - 80, "6  Numbers to port (one per cell; use the column for its kind)", 8.5)
    top = y - 10
    heads = [("#", 24), ("Main (BTN)", 110), ("Additional lines", 130), ("Fax", 110),
             ("DDI range (from - to)", 158)]
    cx = 40.0
    for head, cw in heads:
        s.c.setFillGray(0.88)
        s.c.rect(cx, top - 14, cw, 14, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(cx + 3, top - 10, head, 7, bold=True)
        cx += cw
    slots = s.slot_group()
    for r in range(8):
        ry = top - 14 - (r + 1) * 17
        cx = 40.0
        for k, (head, cw) in enumerate(heads):
            s.frame(cx, ry, cw, 17)
            rect = (cx + 1, ry + 1, cx + cw - 1, ry + 16)
            name = f"num.r{r + 1}.c{k}"
            if k == 0:
                s.right_text(cx + cw - 4, ry + 5, str(r + 1), 7.5)
            elif k == 1 and r > 0:
                pass  # one main number: rows 2-8 of this column are shaded
            else:
                s.c.acroForm.textfield(name=name, tooltip="", x=rect[0], y=rect[1],
                                       width=cw - 2, height=15, fontSize=8, borderWidth=0,
                                       fillColor=None, textColor=black)
                if k == 1:
                    s.slot(slots, rect, "main number", name)
                elif k == 2:
                    s.slot(slots, rect, f"additional row {r + 1}", name)
                else:
                    s._place(rect, None, widget=name, what=f"{head} row {r + 1}")
            if k == 1 and r > 0:
                s.c.setFillGray(0.8)
                s.c.rect(cx, ry, cw, 17, stroke=1, fill=1)
                s.c.setFillGray(0)
            cx += cw
    y = top - 14 - 8 * 17 - 40
    s.text(40, y + 30 - 12, "Partial ports: the numbers that stay on the account (one per line)",
           7.5)
    multiline(s, "port.remaining", 40, y - 26, 250, 40, "remaining_numbers",
              "numbers staying")
    s.text(310, y + 18, "New BTN for what stays (if the BTN ports)", 7.5)
    tf(s, "port.newBtn", 310, y, 150, 14, None)
    y -= 60
    y = s.para(40, y, "By signing I authorize Sunflower Fiber & Voice LLC to act as my agent to "
               "port the numbers in Section 6 and to end service for them with my current "
               "carrier on completion. I am authorized to act for this account.", w - 80, 7.5)
    y -= 34
    s.sign_line("Authorized signature", 40, y, 300, label_below=True)
    s.text(320, y + 30, "Print name", 6.8)
    tf(s, "sig.name", 320, y + 12, 252, 14, "authorized_name")
    s.text(320, y - 4, "Date signed (mm/dd/yyyy)", 6.8)
    tf(s, "sig.date", 440, y - 8, 132, 14, "date_signed")
    s.footer("SFV-PR-2  page 2 of 2")
    pdf, truth = s.build()
    return nest_names(join_twins(pdf)), truth


FORMS = {
    "r29-nl-signature-first-legal-paper": nl_signature_first_paper,
    "r29-ks-nested-names-fillable": ks_nested_fillable,
}
