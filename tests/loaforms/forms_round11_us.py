"""Round 11 (held back), US: a telephone cooperative's own paper release form for porting its
members' numbers away (its name printed as the addressee, captions inside the top edge of boxes,
numbers written "( NPA ) NXX - XXXX" in three boxes numbered down two columns, a release date and
a signing date as bare "__ / __ / ____" segments, an office block with a date not ours), a cable
company's partly fillable home-phone port-in form (widgets named like a document service's
fields, labels right-aligned in a label column, residential / business radios whose export values
say nothing, numbers on paper, a signature widget) and a UCaaS provider's two-page fillable LOA
(dotted widget names, a Full / Partial radio, 'Is the BTN porting?', a new BTN, a number
inventory with a Port (Y/N) column, an IT contact not ours)."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round5_kit import letterhead, widget_above
from tests.loaforms.round7_kit import corner_box
from tests.loaforms.round9_kit import dots
from tests.loaforms.round11_kit import npa_slots, right_label, seg_date

Built = tuple[bytes, dict[str, Any]]
_PW = "Prairie Wind Telephone Cooperative"


def us_coop_release_flat() -> Built:
    s = letter("r11-us-coop-release-flat", "US", "en", ["r11-us-coop", "r11-us-coop-partial"],
               "Paper only, 2 pages, modelled on a rural telephone cooperative's own 'release "
               "of numbers' form for members porting away: the cooperative's name, PO box and "
               "phone printed at the top (the current provider: no blank for it); boxes with "
               "their caption in small capitals inside the top edge; Fed tax ID / SSN not ours; "
               "account password (the case has none); Business / Residential / Government ticks; "
               "all / only these ticks; 12 numbers as ( NPA ) NXX - XXXX boxes numbered DOWN two "
               "columns; 'Is the BTN among them?' Yes / No; three lines for numbers staying; page "
               "2: new provider block not ours, release date as bare __ / __ / ____ segments "
               "after '(month / day / year)', signature line captioned under, printed name, "
               "title, date signed as segments, phone and email on dot leaders, cooperative-use "
               "block with its own 'Date received' not ours.")
    s.date_formats = ["%m/%d/%Y"]
    s.text(40, 752, _PW.upper() + ", INC.", 12, bold=True)
    s.text(40, 740, "PO Box 40  -  Elm Creek, NE 68836  -  Member Services (308) 555-0100  -  "
           "Fax (308) 555-0101", 7.5)
    s.rule(40, 734, 572, 1.4)
    s.text(40, 712, "Member Request to Release Telephone Numbers", 13, bold=True)
    s.text(40, 699, "(port-out authorization)", 8.5)
    y = s.para(40, 684, f"Use this form when you are moving one or more of your {_PW} numbers "
               "to another telephone company. Print in ink. Every box must match the name and "
               "account on your monthly statement from the Cooperative.", 532, 8)
    y -= 10
    s.text(40, y, "A   MEMBER ACCOUNT", 9.5, bold=True)
    y -= 32
    corner_box(s, "MEMBER / BUSINESS NAME AS ON STATEMENT", 40, y, 340, 26, "account_name")
    corner_box(s, "MEMBER ACCOUNT NO.", 380, y, 192, 26, "account_number")
    y -= 26
    corner_box(s, "SERVICE ADDRESS (NUMBER AND STREET)", 40, y, 250, 26, "street")
    corner_box(s, "CITY", 290, y, 140, 26, "city")
    corner_box(s, "STATE", 430, y, 50, 26, "state")
    corner_box(s, "ZIP CODE", 480, y, 92, 26, "postal_code")
    y -= 26
    corner_box(s, "BILLING TELEPHONE NO. (BTN)", 40, y, 170, 26, "btn")
    corner_box(s, "FED. TAX ID OR LAST 4 OF SSN", 210, y, 170, 26, None)
    corner_box(s, "ACCOUNT PASSWORD (IF ANY)", 380, y, 192, 26, "pin")
    y -= 18
    s.text(40, y, "Account type:", 8.5)
    s.tick(110, y - 1, "check:business", "Business")
    s.tick(180, y - 1, "check:residential", "Residential")
    s.tick(265, y - 1, None, "Government / school")
    y -= 30
    s.text(40, y, "B   NUMBERS TO RELEASE", 9.5, bold=True)
    s.tick(40, y - 18, "check:full_port", "Release ALL numbers on this account")
    s.tick(250, y - 18, "check:partial_port", "Release ONLY the numbers written below")
    slots = s.slot_group()
    npa_slots(s, slots, 40, y - 44, cols=2, rows=6, col_w=266)
    y -= 44 + 6 * 20 + 6
    s.text(40, y, "Is the billing telephone number (BTN) one of the numbers above?", 8.5)
    s.tick(340, y - 1, "check:btn_ported", "Yes")
    s.tick(390, y - 1, "check:btn_stays", "No")
    y -= 20
    s.text(40, y, "Numbers that will STAY in service with the Cooperative:", 8.5)
    remaining = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(3):
        x = 40 + n * 178
        s.rule(x, y - 20, x + 165)
        s.slot(remaining, (x, y - 22, x + 165, y - 7), f"staying {n + 1}")
    s.footer("PWTC Form MR-7  (rev. 03/2026)                                    Page 1 of 2")
    s.next_page()
    _coop_page_two(s)
    s.footer("PWTC Form MR-7  (rev. 03/2026)                                    Page 2 of 2")
    return s.build()


def _coop_page_two(s: Sheet) -> None:
    y: float = 748
    s.text(40, y, "C   COMPANY YOU ARE MOVING TO (the new company may complete this part)", 9.5,
           bold=True)
    dots(s, "New company name", 40, y - 20, 330, None)
    dots(s, "SPID", 340, y - 20, 450, None)
    dots(s, "Order / PON", 460, y - 20, 572, None)
    y -= 54
    s.text(40, y, "D   RELEASE DATE", 9.5, bold=True)
    end = s.text(40, y - 20, "Requested release date (month / day / year):", 8.5) + 8
    seg_date(s, end, y - 20, [(28, "requested_month"), (28, "requested_day"),
                              (44, "requested_year")], "requested release date")
    y -= 52
    s.text(40, y, "E   MEMBER AUTHORIZATION", 9.5, bold=True)
    y = s.para(40, y - 18, f"I am the member of record, or an officer authorized to act for "
               f"the member, for the account above. I ask {_PW} to release the numbers in "
               "part B to the company named in part C on the date requested. I understand that "
               "service on each released number ends with the Cooperative on that date, that "
               "my capital credits are not affected, and that charges owed before the release "
               "remain due.", 532, 8.5)
    y -= 40
    s.sign_line("Signature of member or authorized officer", 40, y, 330, label_below=True)
    s.text(350, y + 2, "Date signed", 8)
    seg_date(s, 400, y + 2, [(26, "date_signed_month"), (26, "date_signed_day"),
                             (40, "date_signed_year")], "date signed")
    y -= 40
    dots(s, "Printed name", 40, y, 330, "authorized_name")
    dots(s, "Title", 340, y, 572, "authorized_title")
    y -= 22
    dots(s, "Daytime phone", 40, y, 330, "contact_phone")
    dots(s, "Email", 340, y, 572, "contact_email")
    y -= 34
    s.frame(40, y - 62, 532, 74)
    s.text(46, y + 2, "FOR COOPERATIVE USE ONLY", 7.5, bold=True)
    dots(s, "Date received", 46, y - 18, 250, None, size=8)
    dots(s, "Received by", 260, y - 18, 566, None, size=8)
    dots(s, "CSR verified by", 46, y - 38, 250, None, size=8)
    dots(s, "Released on", 260, y - 38, 566, None, size=8)
    dots(s, "Final bill account", 46, y - 56, 566, None, size=8)


def us_cable_home_partly() -> Built:
    s = letter("r11-us-cable-home-partly", "US", "en", ["r11-us-home", "r11-us-home-partial"],
               "Partly fillable, 1 page, modelled on a cable company's home phone 'keep your "
               "number' port-in form: Riverbend Cable's letterhead and its own customer care "
               "number; widgets named like a document service's fields (dhFormfield-NNNNNNN); "
               "labels RIGHT-ALIGNED in a label column ending at the widget; current service "
               "type checkboxes not ours; account type radios with export values 0 / 1; current "
               "company, account number, PIN, name on the account; 'Authorized user (if not the "
               "account holder)' not ours; Apt / Unit optional; four numbers on PAPER lines "
               "numbered across two columns; scope radios with export values 0 / 1; numbers "
               "staying in a multi-line widget; a signature WIDGET, printed name and date; "
               "installer-use widgets (work order, install date, tech ID) not ours.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    s.text(40, 748, "Riverbend", 20, bold=True)
    s.text(140, 748, "CABLE", 11)
    letterhead(s, 572, 752, ["Riverbend Cable Co.", "900 Levee Road, Alton, IL 62002",
                             "Customer care (618) 555-0142"])
    s.text(40, 722, "Home Phone  -  Keep Your Number", 13, bold=True)
    s.text(40, 709, "Fill in the form on screen or print it. Details must match your current "
           "phone bill exactly.", 8)
    ids = iter(range(3391071, 3391200, 3))

    def fid() -> str:
        return f"dhFormfield-{next(ids)}"

    y = 686
    s.text(40, y, "What kind of phone service do you have today?", 8.5, bold=True)
    for n, label in enumerate(("Landline (copper)", "Digital / VoIP phone", "Cell phone")):
        s.checkbox(fid(), 40 + n * 150, y - 18, None, label)
    s.text(40, y - 38, "This account is for", 8.5, bold=True)
    s.radio("dhRadio-77120", "0", 150, y - 39, "check:residential", "my home")
    s.radio("dhRadio-77120", "1", 230, y - 39, "check:business", "a business")
    y -= 66
    s.band(40, y, 532, "YOUR CURRENT PHONE COMPANY", 9)
    col = 200
    right_label(s, "Phone company name:", fid(), col, y - 24, 300, "carrier")
    right_label(s, "Account number on your bill:", fid(), col, y - 44, 200, "account_number")
    right_label(s, "Account PIN or passcode:", fid(), col, y - 64, 120, "pin")
    right_label(s, "Name on the account:", fid(), col, y - 84, 300, "account_name")
    right_label(s, "Authorized user (if not the account holder):", fid(), col, y - 104, 300,
                None)
    y -= 130
    s.band(40, y, 532, "WHERE THE PHONE SERVICE IS", 9)
    right_label(s, "Street address:", fid(), col, y - 24, 300, "street")
    right_label(s, "Apt / Unit:", fid(), col, y - 44, 80, None, optional=True)
    right_label(s, "City:", fid(), col, y - 64, 170, "city")
    right_label(s, "State:", fid(), 420, y - 64, 40, "state")
    right_label(s, "ZIP:", fid(), 490, y - 64, 77, "postal_code")
    y -= 90
    s.band(40, y, 532, "NUMBERS", 9)
    s.text(40, y - 20, "Print each number you want to bring to Riverbend:", 8.5)
    slots = s.slot_group()
    for n in range(4):
        x, ly = 40 + (n % 2) * 266, y - 40 - (n // 2) * 20
        s.right_text(x + 14, ly + 2, f"{n + 1}.", 8.5)
        s.rule(x + 20, ly, x + 240)
        s.slot(slots, (x + 20, ly - 2, x + 240, ly + 13), f"number {n + 1}")
    y -= 90
    s.radio("dhRadio-77121", "0", 40, y, "check:full_port",
                 "Move ALL the numbers on my account")
    s.radio("dhRadio-77121", "1", 260, y, "check:partial_port",
                 "Move only these numbers; my others stay")
    s.text(40, y - 18, "Numbers that stay with your current phone company:", 8.5)
    s.widget(fid(), 40, y - 50, 532, 26, "remaining_numbers")
    y -= 70
    right_label(s, "Best phone to reach you:", fid(), col, y, 160, "contact_phone")
    right_label(s, "Email:", fid(), 400, y, 167, "contact_email")
    y -= 20
    right_label(s, "Preferred switch date (MM/DD/YYYY):", fid(), col, y, 100, "requested_date")
    y -= 26
    s.para(40, y, "I authorize Riverbend Cable Co. to act as my agent to move the numbers above "
           "from my current phone company. I am the account holder or am authorized on the "
           "account. I will keep my current service until Riverbend confirms the move.", 532,
           7.5)
    y -= 40
    right_label(s, "Signature:", fid(), 100, y, 220, "signature", h=22)
    right_label(s, "Date:", fid(), 400, y, 100, "date_signed")
    y -= 24
    right_label(s, "Printed name:", fid(), 100, y, 220, "authorized_name")
    y -= 30
    s.frame(40, y - 30, 532, 42)
    s.text(46, y + 2, "RIVERBEND INSTALLER USE", 7, bold=True)
    right_label(s, "Work order #", fid(), 100, y - 22, 100, None, size=7)
    right_label(s, "Install date", fid(), 280, y - 22, 90, None, size=7)
    right_label(s, "Tech ID", fid(), 440, y - 22, 100, None, size=7)
    s.footer("RC-HP-LNP 02/2026")
    return s.build()


def us_ucaas_loa_fillable() -> Built:
    s = letter("r11-us-ucaas-loa-fillable", "US", "en", ["r11-us-uc", "r11-us-uc-partial"],
               "Fillable, 2 pages, modelled on a UCaaS provider's Letter of Authorization: Nimbus "
               "Voice's own name and Austin address printed; widgets with dotted names "
               "(customer.legalName, losing.ban, ...) and bold capital labels above; radio "
               "portType Full / Partial; 'Is the BTN porting?' Yes / No checkboxes; 'New BTN "
               "for the service that stays'; authorized signer with email and phone; an IT "
               "contact for cut-over not ours; page 2: number inventory (# | Telephone number | "
               "Port (Y/N) | Caller ID name (optional) | Carrier if different (optional)) rows "
               "1-12 with widgets inv.rN.*; numbers staying in three widgets; requested FOC "
               "date; a printed 'Sign here' line and a date widget; Nimbus-use widgets.")
    s.date_formats = ["%m/%d/%Y", "%Y-%m-%d"]
    s.text(40, 748, "NIMBUS", 18, bold=True)
    s.text(118, 748, "voice", 18)
    letterhead(s, 572, 752, ["Nimbus Voice, Inc.", "600 Congress Ave, Suite 1400",
                             "Austin, TX 78701", "porting@nimbusvoice.example"])
    s.text(40, 716, "Letter of Authorization  -  Number Porting", 13, bold=True)
    y = s.para(40, 700, "Complete one LOA for each account with your current carrier. Names, "
               "addresses and numbers must match that carrier's records (Customer Service "
               "Record) exactly.", 532, 8)

    def above(label: str, name: str, x: float, yy: float, w: float, fld: str | None) -> None:
        widget_above(s, label.upper(), name, x, yy, w, fld, size=6.5)

    y -= 34
    above("Company legal name", "customer.legalName", 40, y, 330, "account_name")
    above("Current carrier", "losing.carrierName", 380, y, 192, "carrier")
    y -= 34
    above("Account number (BAN)", "losing.ban", 40, y, 180, "account_number")
    above("Account PIN", "losing.pin", 230, y, 90, "pin")
    above("Billing telephone number (BTN)", "losing.btn", 330, y, 242, "btn")
    y -= 34
    above("Service address", "svc.addr1", 40, y, 260, "street")
    above("Suite / floor", "svc.addr2", 310, y, 80, None)
    s.places[-1]["optional"] = True
    above("City", "svc.city", 400, y, 172, "city")
    y -= 34
    above("State", "svc.state", 40, y, 60, "state")
    above("ZIP", "svc.zip", 110, y, 90, "postal_code")
    y -= 30
    s.text(40, y, "PORT TYPE", 7.5, bold=True)
    s.radio("portType", "Full", 110, y - 1, "check:full_port", "Full (every number on the BAN)")
    s.radio("portType", "Partial", 300, y - 1, "check:partial_port", "Partial (some numbers)")
    y -= 20
    s.text(40, y, "Is the BTN porting?", 8.5)
    s.checkbox("btn.porting.yes", 150, y - 1, "check:btn_ported", "Yes")
    s.checkbox("btn.porting.no", 200, y - 1, "check:btn_stays", "No")
    y -= 34
    above("New BTN for the service that stays (partial ports only)", "losing.newBtn", 40,
          y, 300, "new_btn")
    y -= 34
    s.text(40, y, "AUTHORIZED SIGNER", 9, bold=True)
    y -= 30
    above("Name", "signer.name", 40, y, 260, "authorized_name")
    above("Title", "signer.title", 310, y, 262, "authorized_title")
    y -= 34
    above("Email", "signer.email", 40, y, 260, "contact_email")
    above("Direct phone", "signer.phone", 310, y, 262, "contact_phone")
    y -= 30
    s.text(40, y, "IT CONTACT FOR CUT-OVER (if different)", 9, bold=True)
    y -= 30
    above("Name", "it.name", 40, y, 170, None)
    above("Phone", "it.phone", 220, y, 150, None)
    above("Email", "it.email", 380, y, 192, None)
    s.footer("Nimbus Voice LOA v4.2                                               Page 1 of 2")
    s.next_page()
    _ucaas_page_two(s)
    s.footer("Nimbus Voice LOA v4.2                                               Page 2 of 2")
    return s.build()


def _ucaas_page_two(s: Sheet) -> None:
    s.text(40, 748, "NUMBER INVENTORY", 10, bold=True)
    s.text(40, 736, "List the numbers to port, one a row, each marked Y. Numbers staying with "
           "your current carrier go in the boxes under the table.", 8)
    heads = [("#", 22), ("Telephone number", 150), ("Port (Y/N)", 60),
             ("Caller ID name (optional)", 150), ("Carrier if different (optional)", 150)]
    top, row_h, x0 = 726.0, 19.0, 40.0
    x = x0
    for head, w in heads:
        s.frame(x, top - row_h, w, row_h)
        s.text(x + 3, top - row_h + 6, head, 7, bold=True)
        x += w
    slots = s.slot_group()
    for r in range(12):
        y = top - row_h * (r + 2)
        x = x0
        for c, (_, w) in enumerate(heads):
            s.frame(x, y, w, row_h)
            rect = (x + 1.5, y + 1.5, x + w - 1.5, y + row_h - 1.5)
            if c == 0:
                s.right_text(x + 17, y + 6, str(r + 1), 8)
            elif c == 1:
                s.widget(f"inv.r{r + 1}.tn", rect[0], rect[1], w - 3, row_h - 3, None)
                s.places.pop()
                s.slot(slots, rect, f"inventory row {r + 1}", f"inv.r{r + 1}.tn")
            elif c == 2:
                s.widget(f"inv.r{r + 1}.port", rect[0], rect[1], w - 3, row_h - 3, "port_choice")
                s.places[-1].update(accept=["Y", "Yes"], row=r)
            else:
                key = "cnam" if c == 3 else "carrier"
                s.widget(f"inv.r{r + 1}.{key}", rect[0], rect[1], w - 3, row_h - 3, None,
                         optional=True)
            x += w
    y = top - row_h * 13 - 24
    s.text(40, y, "Numbers on the account that are NOT porting:", 8.5, bold=True)
    remaining = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(3):
        x = 40 + n * 178
        s.widget(f"keep.{n + 1}", x, y - 24, 165, 15, None)
        s.places.pop()
        s.slot(remaining, (x, y - 24, x + 165, y - 9), f"keep {n + 1}", f"keep.{n + 1}")
    y -= 56
    widget_above(s, "REQUESTED PORT (FOC) DATE  MM/DD/YYYY", "foc.requested", 40, y, 140,
                 "requested_date", size=6.5)
    y -= 24
    y = s.para(40, y, "I authorize Nimbus Voice, Inc. and its carrier partners to act as my "
               "agent to port the numbers marked Y from my current carrier, and to obtain my "
               "Customer Service Record for that purpose. I am authorized to sign for the "
               "company above. I will not cancel service with my current carrier before the "
               "port completes.", 532, 8)
    y -= 40
    s.sign_line("Sign here:", 40, y, 330)
    widget_above(s, "DATE", "signer.date", 360, y - 4, 120, "date_signed", size=6.5)
    y -= 50
    s.frame(40, y - 30, 532, 42)
    s.text(46, y + 2, "NIMBUS USE", 7, bold=True)
    widget_above(s, "Order ID", "ops.order", 46, y - 26, 150, None, size=6)
    widget_above(s, "Received", "ops.received", 210, y - 26, 120, None, size=6)
    widget_above(s, "Porting analyst", "ops.analyst", 344, y - 26, 220, None, size=6)


FORMS = {"r11-us-coop-release-flat": us_coop_release_flat,
         "r11-us-cable-home-partly": us_cable_home_partly,
         "r11-us-ucaas-loa-fillable": us_ucaas_loa_fillable}
