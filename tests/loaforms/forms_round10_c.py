"""Round 10, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A US paper LOA for a home phone moving off a cable provider: Residential / Business boxes, the
  account holder apart from an "authorized user" (not ours for a holder signing herself), the
  last four of an SSN (not ours) beside the account PIN, an "Apt / Unit" line, the numbers that
  move and the numbers that stay in two boxes side by side, a requested date on three lines
  captioned Month / Day / Year, an "X" signature line, and a terms page.
- A US UCaaS provider's fillable LOA over two pages: page 1 the account (Address 1 / Address 2),
  the PIN, a signature widget; page 2 a number inventory in two tables side by side numbered
  1-8 and 9-16 with widgets named across the rows, an E911 column not ours, the numbers that stay
  in a multi-line widget, and an initials widget at the foot (not ours).
- A British Columbia partly fillable LOA: the contact block in widgets, the rest on paper; the
  service address in a grid with its headers above the cells; "Are you porting all numbers on
  the account? Yes / No" and "Is the BTN being ported? Yes / No"; twelve number lines numbered
  down three columns (1-4, 5-8, 9-12); date printed (YYYY-MM-DD).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import LETTER

from tests.loaforms.kit import letter
from tests.loaforms.round3_kit import TERMS, under
from tests.loaforms.round5_kit import letterhead, numbered_slots, widget_above
from tests.loaforms.round10_kit import tick_after

Built = tuple[bytes, dict[str, Any]]
W, H = LETTER


def us_cable_home() -> Built:
    s = letter("r10-us-cable-home-flat", "US", "en", ["r10-us-home", "r10-us-home-partial"],
               "Paper, two pages. Residential / Business tick boxes labelled before the box; "
               "account holder name and an 'Authorized user (if not the account holder)' line "
               "(not ours when the holder signs); Last 4 of SSN not ours, account PIN ours; "
               "'Apt / Unit' line (the case has none); numbers moving and numbers staying in two "
               "boxes side by side; requested date on three lines captioned Month / Day / Year; "
               "'X' signature line; page 2 terms, an initials blank not ours.")
    s.date_formats = ["%m/%d/%Y", "%m/%d/%y"]
    letterhead(s, W - 40, H - 44, ["Front Range Fiber", "4700 Table Mesa Dr, Boulder, CO 80305",
                                    "1-303-555-0100  frontrangefiber.example"])
    s.text(40, H - 50, "Phone Number Transfer Authorization", 14, bold=True)
    s.text(40, H - 65, "Keep your number when you switch your home or business phone", 8.5)
    y = H - 104
    x = tick_after(s, "Account type:  Residential", 40, y, "check:residential")
    tick_after(s, "Business", x, y, "check:business")
    y -= 34
    s.text(40, y + 16, "Your current phone provider account", 10, bold=True)
    s.blank("Current provider (e.g. Comcast, Spectrum, Cox):", 40, y, W - 40, "carrier")
    y -= 24
    s.blank("Account holder name:", 40, y, 330, "account_name")
    s.blank("Account number:", 340, y, W - 40, "account_number")
    y -= 24
    s.blank("Authorized user (if not the account holder):", 40, y, 400, None)
    y -= 24
    s.blank("Last 4 of SSN / Tax ID:", 40, y, 220, None)
    s.blank("Account PIN / security code:", 240, y, 420, "pin")
    y -= 36
    s.text(40, y + 16, "Service address (where the phone service is today)", 10, bold=True)
    s.blank("Street:", 40, y, 400, "street")
    s.blank("Apt / Unit:", 410, y, W - 40, None)
    y -= 24
    s.blank("City:", 40, y, 260, "city")
    s.blank("State:", 270, y, 340, "state")
    s.blank("ZIP:", 350, y, 460, "postal_code")
    y -= 24
    s.blank("Best number to reach you:", 40, y, 300, "contact_phone")
    s.blank("Email:", 310, y, W - 40, "contact_email")
    y -= 36
    s.text(40, y, "Phone number(s) to transfer", 9, bold=True)
    s.text(310, y, "Phone number(s) staying with your current provider", 9, bold=True)
    s.box(40, y - 70, 255, 62, "numbers", "numbers to transfer")
    s.box(310, y - 70, W - 350, 62, "remaining_numbers", "numbers staying")
    y -= 100
    s.text(40, y + 2, "Requested transfer date:", 9)
    for x, cap, fld, x1 in ((160, "Month", "requested_month", 190),
                            (200, "Day", "requested_day", 230),
                            (240, "Year", "requested_year", 290)):
        under(s, cap, x, y, x1, fld, size=6.5)
    s.text(192, y, "/", 9)
    s.text(232, y, "/", 9)
    y = s.para(40, y - 30, "By signing, I confirm I am the account holder or authorized to act "
               "on the account, and I authorize Front Range Fiber to transfer the phone numbers "
               "above from my current provider. Service with my current provider for these "
               "numbers will end when the transfer completes.", W - 80, 8) - 34
    s.text(40, y, "X", 14, bold=True)
    s.rule(54, y - 2, 330)
    s._place((54, y - 4, 330, y + 26), "signature", what="X signature line")
    s.text(54, y - 11, "Signature", 7)
    s.blank("Date:", 350, y, W - 40, "date_signed")
    y -= 30
    s.blank("Print name:", 40, y, 330, "authorized_name")
    s.footer("FRF-PORT-1 (page 1 of 2)")
    s.next_page()
    s.text(40, H - 60, "Transfer terms", 12, bold=True)
    y = s.para(40, H - 84, TERMS, W - 80, 8.5) - 10
    s.para(40, y, "Do not cancel your current service until your numbers have transferred. "
           "Equipment rented from your current provider must be returned to it.", W - 80, 8.5)
    s.blank("Customer initials:", 40, 90, 200, None, optional=True)
    s.footer("FRF-PORT-1 (page 2 of 2)")
    return s.build()


def us_ucaas_two_pages() -> Built:
    s = letter("r10-us-ucaas-inventory-fillable", "US", "en", ["r10-us-uc", "r10-us-uc-many"],
               "Fillable, two pages. Page 1: widgets with labels above (Address 1 / Address 2: "
               "line 2 optional), PIN, BTN, a signature widget and date. Page 2: number inventory "
               "in two tables side by side numbered 1-8 and 9-16, widgets Row1Col1..Row8Col6 named across "
               "the rows (left table then right on each row), a Port? column (Y) and an E911 "
               "column not ours; numbers staying in a multi-line widget; initials widget not ours.")
    s.date_formats = ["%m/%d/%Y"]
    fields = iter(f"Field{n}" for n in range(1, 60))
    letterhead(s, W - 40, H - 44, ["Tidewater Cloud PBX, Inc.", "501 Boush St, Norfolk, VA 23510",
                                    "lnp@tidewatercloud.example"])
    s.text(40, H - 50, "Letter of Authorization (LOA)", 15, bold=True)
    s.text(40, H - 65, "Porting your numbers to Tidewater Cloud PBX", 9)
    y = H - 120
    s.band(40, y + 10, W - 80, "Account information (must match your current carrier's records)")
    y -= 30
    widget_above(s, "Company name", next(fields), 40, y, 330, "account_name")
    widget_above(s, "Billing telephone number (BTN)", next(fields), 390, y, 182, "btn")
    y -= 36
    widget_above(s, "Address 1", next(fields), 40, y, 330, "street")
    widget_above(s, "Address 2", next(fields), 390, y, 182, None, optional=True)
    y -= 36
    widget_above(s, "City", next(fields), 40, y, 200, "city")
    widget_above(s, "State", next(fields), 260, y, 50, "state")
    widget_above(s, "Zip", next(fields), 330, y, 80, "postal_code")
    y -= 36
    widget_above(s, "Current carrier", next(fields), 40, y, 200, "carrier")
    widget_above(s, "Account number", next(fields), 260, y, 150, "account_number")
    widget_above(s, "PIN / port-out passcode", next(fields), 430, y, 142, "pin")
    y -= 36
    widget_above(s, "Requested port date", next(fields), 40, y, 120, "requested_date")
    widget_above(s, "Total quantity of numbers", next(fields), 180, y, 80, "number_count")
    y -= 26
    s.text(40, y, "List every number to port on page 2.", 8.5)
    y = s.para(40, y - 24, "The undersigned is authorized to act for the company above and "
               "appoints Tidewater Cloud PBX, Inc. as its agent to port the numbers listed on page "
               "2 from the current carrier. The undersigned understands that services on those "
               "numbers with the current carrier end when the port completes.", W - 80, 8) - 30
    widget_above(s, "Authorized signer (print)", next(fields), 40, y, 260, "authorized_name")
    widget_above(s, "Title", next(fields), 320, y, 252, "authorized_title")
    y -= 50
    widget_above(s, "Signature", "Signature1", 40, y, 260, "signature", h=26)
    widget_above(s, "Date", next(fields), 320, y, 120, "date_signed")
    s.footer("TCP-LOA-2026 page 1 of 2")
    s.next_page()
    s.text(40, H - 50, "Number inventory", 14, bold=True)
    y = H - 80
    row_h = 19
    slots = s.slot_group(ordered=True)
    cells: dict[int, tuple[tuple[float, float, float, float], str]] = {}
    heads = (("#", 22), ("Telephone number", 120), ("Port? (Y/N)", 48),
             ("E911 addr. (Y/N)", 62))
    for x0 in (40.0, 320.0):
        cx = x0
        for head, cw in heads:
            s.frame(cx, y - row_h, cw, row_h)
            s.text(cx + 2, y - row_h + 6, head, 6.5, bold=True)
            cx += cw
    for r in range(8):
        for side, x0 in enumerate((40.0, 320.0)):
            n = side * 8 + r + 1
            ry = y - row_h * (r + 2)
            s.frame(x0, ry, 22, row_h)
            s.right_text(x0 + 17, ry + 6, str(n), 8)
            cx = x0 + 22
            for c, (head, cw) in enumerate(heads[1:], start=1):
                name = f"Row{r + 1}Col{side * 3 + c}"
                s.frame(cx, ry, cw, row_h)
                s.c.acroForm.textfield(name=name, tooltip="", x=cx + 1, y=ry + 1, width=cw - 2,
                                       height=row_h - 2, fontSize=8.5, borderWidth=0,
                                       fillColor=white, textColor=black)
                rect = (cx + 1, ry + 1, cx + cw - 1, ry + row_h - 1)
                if c == 1:
                    cells[n] = (rect, name)
                else:
                    place: dict[str, Any] = {"page": s.page, "rect": [round(v, 1) for v in rect],
                                             "widget": name, "what": f"{head} row {n}"}
                    if c == 2:
                        place.update(field="port_choice", accept=["Y", "Yes"], row=n - 1)
                    else:
                        place.update(field=None)
                    s.places.append(place)
                cx += cw
    for n in sorted(cells):
        s.slot(slots, cells[n][0], f"number {n}", cells[n][1])
    y -= row_h * 9 + 30
    s.text(40, y + 4, "Numbers on the account that are NOT porting (remain with the current "
           "carrier):", 8.5, bold=True)
    name = next(fields)
    s.c.acroForm.textfield(name=name, tooltip="", x=40, y=y - 52, width=W - 80,
                           height=48, fontSize=9, borderWidth=0.5, borderColor=black,
                           fillColor=white, textColor=black, forceBorder=True,
                           fieldFlags="multiline")
    s._place((40, y - 52, W - 40, y - 4), "remaining_numbers", widget=name,
             what="numbers not porting")
    y -= 90
    s.text(40, y + 4, "Customer initials", 8.5)
    s.widget(next(fields), 120, y, 60, 15, None, optional=True)
    s.footer("TCP-LOA-2026 page 2 of 2")
    return s.build()


def bc_partly_fillable() -> Built:
    s = letter("r10-bc-yes-no-partly", "CA", "en", ["r10-bc", "r10-bc-partial"],
               "Partly fillable: the contact block in widgets (Company, Contact, Phone, Email), "
               "the rest on paper. Service address in a grid with the headers above the cells; "
               "'Are you porting all numbers on the account? Yes / No' (full / partial) and 'Is "
               "the BTN being ported? Yes / No'; twelve lines numbered down three columns (1-4, "
               "5-8, 9-12); a 'Numbers remaining' line; date (YYYY-MM-DD); signature line.")
    s.date_formats = ["%Y-%m-%d"]
    letterhead(s, W - 40, H - 44, ["Coastline Telecom Ltd.", "1155 West Pender St, Suite 900",
                                    "Vancouver, BC V6E 2P4", "604-555-0100"])
    s.text(40, H - 50, "Local Number Portability", 14, bold=True)
    s.text(40, H - 65, "Letter of Authorization", 10)
    y = H - 112
    for label, name, fld, x, wd in (("Company", "Company", "account_name", 40, 300),
                                    ("Contact", "Contact", "authorized_name", 360, 212)):
        widget_above(s, label, name, x, y, wd, fld)
    y -= 36
    for label, name, fld, x, wd in (("Phone", "Phone", "contact_phone", 40, 160),
                                    ("Email", "Email", "contact_email", 220, 200),
                                    ("Title", "Title", "authorized_title", 440, 132)):
        widget_above(s, label, name, x, y, wd, fld)
    y -= 40
    s.text(40, y, "Service address", 9.5, bold=True)
    y -= 10
    x = 40.0
    for head, wd, fld in (("Street address", 240, "street"), ("City", 120, "city"),
                          ("Province", 60, "state"), ("Postal code", 112, "postal_code")):
        s.c.setFillGray(0.9)
        s.c.rect(x, y - 14, wd, 14, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(x + 3, y - 10, head, 7.5, bold=True)
        s.box(x, y - 36, wd, 22, fld, head)
        x += wd
    y -= 62
    s.blank("Current service provider:", 40, y, 330, "carrier")
    s.blank("Account #:", 340, y, W - 40, "account_number")
    y -= 24
    s.blank("Billing telephone number (BTN):", 40, y, 330, "btn")
    s.blank("PIN:", 340, y, 460, "pin")
    y -= 30
    s.text(40, y, "Are you porting all numbers on the account?", 9)
    s.tick(300, y - 1, "check:full_port", "Yes")
    s.tick(350, y - 1, "check:partial_port", "No")
    y -= 20
    s.text(40, y, "Is the billing telephone number (BTN) being ported?", 9)
    s.tick(300, y - 1, "check:btn_ported", "Yes")
    s.tick(350, y - 1, "check:btn_stays", "No")
    y -= 30
    s.text(40, y, "Numbers to be ported", 10, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 22, cols=3, rows=4, col_w=177, down=True, row_h=20)
    y -= 22 + 4 * 20 + 10
    s.blank("Numbers remaining with current provider (if any):", 40, y, W - 40,
            "remaining_numbers")
    y -= 24
    s.blank("Requested port date (YYYY-MM-DD):", 40, y, 300, "requested_date")
    y = s.para(40, y - 28, "I authorize Coastline Telecom Ltd. to act as my agent to port the "
               "numbers above and to obtain the customer service records needed to do so.",
               W - 80, 8) - 30
    s.sign_line("Authorized signature:", 40, y, 330)
    s.blank("Date (YYYY-MM-DD):", 350, y, W - 40, "date_signed")
    s.footer("CTL-LNP-LOA 2026.1")
    return s.build()


FORMS = {
    "r10-us-cable-home-flat": us_cable_home,
    "r10-us-ucaas-inventory-fillable": us_ucaas_two_pages,
    "r10-bc-yes-no-partly": bc_partly_fillable,
}
