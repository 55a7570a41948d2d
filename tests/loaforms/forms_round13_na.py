"""Round 13 (held back), US and Canada: an Austin CLEC's fillable Letter of Agency whose widgets
are Text1.. in the order a form tool made them (down the columns), with every number typed in
three widgets NPA | NXX | LINE and the BTN the same way; a Boston provider's paper LOA over three
pages whose numbers all go on an Attachment A that runs on from page 2 to page 3 (a count of them
on page 1, captions under the boxes, Month / Day / Year boxes); a Nova Scotia fillable LOA in two
columns whose widget names come from an older version of the form and lie (CompanyName holds the
signer, Fax the postal code), numbers printed across three columns and named down them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tests.loaforms.kit import letter
from tests.loaforms.round5_kit import box_caption_below, date_parts, letterhead, widget_above
from tests.loaforms.round9_kit import dots
from tests.loaforms.round12_kit import right_label_widget
from tests.loaforms.round13_kit import annex_slots, npa_widgets

Built = tuple[bytes, dict[str, Any]]


def _texts() -> Iterator[str]:
    n = 0
    while True:
        n += 1
        yield f"Text{n}"


def us_npa_fillable() -> Built:
    s = letter("r13-us-npa-fillable", "US", "en", ["r13-us-tx", "r13-us-tx-partial"],
               "Fillable, 1 page, modelled on a Texas CLEC's Letter of Agency: LoneStar FiberNet's "
               "letterhead (the new provider); every widget named Text1.. (checkboxes Check "
               "Box1..); labels ABOVE the widgets; Suite optional; Business / Residential "
               "checkboxes; the BTN in three widgets NPA | NXX | LINE; full / partial "
               "checkboxes; ten numbers in two tables 1-5 and 6-10 side by side, each row "
               "NPA | NXX | LINE | Features, widgets created across the rows; numbers staying "
               "in one widget; desired due date MM/DD/YYYY; a technical contact block not ours; "
               "the signer's name and title again beside an X signature line without a widget; "
               "an office-use row not ours.")
    s.date_formats = ["%m/%d/%Y"]
    t = _texts()
    s.text(40, 748, "LoneStar", 18, bold=True)
    s.text(122, 748, "FIBERNET", 11)
    letterhead(s, 572, 752, ["LoneStar FiberNet LLC", "600 Congress Ave, Austin, TX 78701",
                             "Porting desk (512) 555-0100"])
    s.text(40, 716, "LETTER OF AGENCY  -  LOCAL NUMBER PORTABILITY", 12, bold=True)
    y: float = 692
    s.band(40, y, 532, "1. END USER", 9)
    y -= 36
    widget_above(s, "Business or end user name (exactly as on the bill)", next(t), 40, y, 300,
                 "account_name")
    widget_above(s, "Authorized person", next(t), 350, y, 222, "authorized_name")
    y -= 30
    widget_above(s, "Service address", next(t), 40, y, 230, "street")
    widget_above(s, "Suite / floor", next(t), 280, y, 60, None, optional=True)
    widget_above(s, "Title", next(t), 350, y, 222, "authorized_title")
    y -= 30
    widget_above(s, "City", next(t), 40, y, 160, "city")
    widget_above(s, "State", next(t), 210, y, 40, "state")
    widget_above(s, "ZIP", next(t), 260, y, 80, "postal_code")
    widget_above(s, "Phone", next(t), 350, y, 100, "contact_phone")
    widget_above(s, "E-mail", next(t), 460, y, 112, "contact_email")
    y -= 22
    s.text(40, y + 1, "Service type:", 8.5)
    s.checkbox("Check Box1", 110, y, "check:business", "Business")
    s.checkbox("Check Box2", 180, y, "check:residential", "Residential")
    y -= 26
    s.band(40, y, 532, "2. CURRENT (LOSING) CARRIER", 9)
    y -= 36
    widget_above(s, "Carrier name", next(t), 40, y, 200, "carrier")
    widget_above(s, "Account number", next(t), 250, y, 150, "account_number")
    widget_above(s, "PIN / passcode", next(t), 410, y, 60, "pin")
    s.text(40, y - 16, "Billing telephone number (BTN):", 8)
    rect = npa_widgets(s, 170, y - 20, (next(t), next(t), next(t)))
    s._place(rect, "btn", what="BTN (NPA NXX LINE)")
    s.c.setFont("Helvetica", 6)
    for dx, cap in ((170, "NPA"), (208, "NXX"), (246, "LINE")):
        s.c.drawString(dx + 1, y - 27, cap)
    y -= 50
    s.band(40, y, 532, "3. NUMBERS TO PORT", 9)
    y -= 20
    s.checkbox("Check Box3", 40, y, "check:full_port", "Full port: all numbers on the account")
    s.checkbox("Check Box4", 300, y, "check:partial_port",
               "Partial port: only the numbers listed below")
    y -= 22
    slots = s.slot_group()
    rects: dict[int, tuple[float, float, float, float]] = {}
    for c in range(2):
        x = 40 + c * 270
        s.text(x, y, "#", 7, bold=True)
        s.text(x + 18, y, "NPA     NXX       LINE", 7, bold=True)
        s.text(x + 150, y, "Features (hunt, fax, DID)", 7, bold=True)
    for r in range(5):
        for c in range(2):
            x, ry = 40 + c * 270, y - 18 - r * 18
            s.text(x, ry + 4, f"{c * 5 + r + 1}", 8)
            rects[c * 5 + r + 1] = npa_widgets(s, x + 18, ry, (next(t), next(t), next(t)))
            s.widget(next(t), x + 150, ry, 100, 14, None)
    for n in sorted(rects):
        s.slot(slots, rects[n], f"row {n} (NPA NXX LINE)")
    y -= 18 * 5 + 26
    s.text(40, y + 4, "Partial port: numbers that STAY with the current carrier", 7.5, bold=True)
    s.widget(next(t), 40, y - 20, 532, 20, "remaining_numbers")
    y -= 50
    widget_above(s, "Desired due date (MM/DD/YYYY)", next(t), 40, y, 110, "requested_date")
    s.text(170, y + 18, "Technical contact for cut-over (if not the authorized person)", 7.5,
           bold=True)
    s.widget(next(t), 170, y, 150, 15, None)
    s.widget(next(t), 325, y, 100, 15, None)
    s.widget(next(t), 430, y, 142, 15, None)
    s.c.setFont("Helvetica", 6)
    for dx, cap in ((170, "Name"), (325, "Phone"), (430, "E-mail")):
        s.c.drawString(dx + 1, y - 7, cap)
    y -= 30
    y = s.para(40, y, "I authorize LoneStar FiberNet LLC to act as my agent to port the telephone "
               "numbers above from my current carrier and to obtain my customer service record. "
               "I am authorized to sign for the end user named above and understand that service "
               "on these numbers with the current carrier ends when the port completes.", 532,
               7.5)
    y -= 26
    s.text(40, y, "X", 12, bold=True)
    s.rule(52, y - 2, 300)
    s._place((52, y - 4, 300, y + 24), "signature", what="X signature line")
    s.text(52, y - 10, "Authorized signature", 6.5)
    right_label_widget(s, "Date:", next(t), 360, y - 4, 90, "date_signed")
    y -= 30
    right_label_widget(s, "Print name:", next(t), 90, y, 200, "authorized_name")
    right_label_widget(s, "Title:", next(t), 360, y, 212, "authorized_title")
    y -= 26
    s.frame(40, y - 18, 532, 30)
    s.text(44, y + 4, "LONESTAR USE ONLY", 6.5, bold=True)
    for n, cap in enumerate(("PON", "FOC date", "Order rep")):
        right_label_widget(s, f"{cap}:", next(t), 100 + n * 170, y - 14, 100, None)
    s.footer("LSF-LOA-04  rev 2026-11")
    return s.build()


def us_annex_paper() -> Built:
    s = letter("r13-us-annex-paper", "US", "en", ["r13-us-ma-home", "r13-us-ma-law"],
               "Paper only, 3 pages, modelled on a New England provider's LOA with a numbers "
               "attachment: Harborline Voice's letterhead; boxes with captions UNDER them; "
               "Residential / Business ticks; 'how many numbers are listed on Attachment A' "
               "(a count); all / only ticks; numbers staying on three lines; desired port date "
               "in Month / Day / Year boxes captioned under; X signature line, print name, title "
               "(empty for the household), date signed as MM / DD / YYYY boxes; a cut-over "
               "contact not ours; office box not ours; pages 2-3: Attachment A, numbers 1-30 "
               "down two columns on page 2 and 31-60 on page 3, the account name repeated at the "
               "top of each page, customer initials not ours.")
    s.date_formats = ["%m/%d/%Y"]
    s.text(40, 752, "HARBORLINE VOICE", 15, bold=True)
    s.text(40, 740, "Letter of Authorization to Port Telephone Numbers", 10)
    letterhead(s, 572, 752, ["Harborline Voice, Inc.", "200 State St, Boston, MA 02109",
                             "Fax completed forms to (617) 555-0110"])
    s.rule(40, 718, 572, 1.2)
    y = s.para(40, 704, "Print clearly in ink. The name, address and account number must be "
               "exactly as they appear on the bill from your current provider. List EVERY "
               "number you want to move on Attachment A (pages 2 and 3).", 532, 8)
    s.text(40, y - 6, "PART 1  -  ACCOUNT HOLDER", 9, bold=True)
    y -= 34
    box_caption_below(s, "Name on the account (person or business)", 40, y, 330, "account_name")
    box_caption_below(s, "Account number with current provider", 380, y, 192, "account_number")
    y -= 32
    box_caption_below(s, "Service address (street)", 40, y, 250, "street")
    box_caption_below(s, "City / town", 300, y, 150, "city")
    box_caption_below(s, "State", 460, y, 36, "state")
    box_caption_below(s, "ZIP", 506, y, 66, "postal_code")
    y -= 26
    s.tick(40, y, "check:residential", "Residential")
    s.tick(130, y, "check:business", "Business")
    s.tick(210, y, None, "Non-profit / government (attach exemption)")
    y -= 26
    s.text(40, y, "PART 2  -  CURRENT PROVIDER", 9, bold=True)
    y -= 30
    box_caption_below(s, "Current phone company", 40, y, 230, "carrier")
    box_caption_below(s, "Main / billing number", 280, y, 150, "btn")
    box_caption_below(s, "Account PIN or passcode", 440, y, 132, "pin")
    y -= 28
    s.text(40, y, "PART 3  -  NUMBERS", 9, bold=True)
    y -= 18
    s.tick(40, y, "check:full_port", "Move ALL numbers on the account")
    s.tick(240, y, "check:partial_port", "Move ONLY the numbers on Attachment A")
    y -= 20
    end = s.text(40, y, "How many numbers are listed on Attachment A?", 8.5) + 6
    s.box(end, y - 4, 40, 15, "number_count", "count on Attachment A")
    y -= 20
    s.text(40, y, "Numbers that will STAY with the current provider (partial moves only):", 8.5)
    staying = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(3):
        x = 40 + n * 178
        s.rule(x, y - 20, x + 165)
        s.slot(staying, (x, y - 22, x + 165, y - 7), f"staying {n + 1}")
    y -= 52
    s.text(40, y + 4, "Desired port date:", 8.5)
    date_parts(s, 130, y, [("Month", 30, "requested_month"), ("Day", 30, "requested_day"),
                           ("Year", 46, "requested_year")])
    s.text(300, y + 4, "Cut-over contact (name / phone):", 8.5)
    s.rule(440, y + 2, 572)
    s._place((440, y, 572, y + 15), None, what="cut-over contact")
    y -= 30
    y = s.para(40, y, "I am the account holder, or authorized to act for the account holder, "
               "for the numbers on Attachment A. I authorize Harborline Voice, Inc. and its "
               "carrier partners to notify my current provider of my decision to change "
               "providers and to port those numbers. I understand that my current provider may "
               "bill me for services ordered before the port and that the numbers listed "
               "should not be disconnected before the port completes.", 532, 8)
    y -= 34
    s.text(40, y, "X", 12, bold=True)
    s.sign_line("Signature of account holder or authorized agent", 52, y - 2, 300,
                label_below=True)
    s.text(330, y + 2, "Date signed", 7)
    date_parts(s, 380, y - 2, [("MM", 24, "date_signed_month"), ("DD", 24, "date_signed_day"),
                               ("YYYY", 40, "date_signed_year")])
    y -= 34
    s.line_under(40, y, 250, "authorized_name", "print name")
    s.text(40, y - 9, "Print name", 6.5)
    s.line_under(270, y, 420, "authorized_title", "title")
    s.text(270, y - 9, "Title (business accounts)", 6.5)
    s.line_under(440, y, 572, "contact_phone", "daytime phone")
    s.text(440, y - 9, "Daytime phone", 6.5)
    y -= 34
    s.line_under(40, y, 300, "contact_email", "email")
    s.text(40, y - 9, "E-mail for port updates", 6.5)
    y -= 50
    s.frame(40, y - 14, 532, 32)
    s.text(44, y + 10, "HARBORLINE USE ONLY", 6.5, bold=True)
    dots(s, "Received", 44, y - 8, 200, None, size=7)
    dots(s, "PON", 210, y - 8, 380, None, size=7)
    dots(s, "FOC", 390, y - 8, 566, None, size=7)
    s.footer("HV-LOA-2  (page 1 of 3)")
    slots = s.slot_group()
    for page, first in ((2, 1), (3, 31)):
        s.next_page()
        s.text(40, 752, "ATTACHMENT A  -  TELEPHONE NUMBERS TO BE PORTED", 11, bold=True)
        s.text(460, 752, f"Sheet {page - 1} of 2", 8)
        dots(s, "Name on the account", 40, 730, 360, "account_name")
        dots(s, "Customer initials", 400, 730, 572, None)
        s.text(40, 708, "Ten-digit numbers, one per line (area code first).", 8)
        annex_slots(s, slots, first, rows=15, cols=2, top=684, col_w=266, row_h=19)
        s.footer(f"HV-LOA-2  (page {page} of 3)")
    return s.build()


def ns_lying_fillable() -> Built:
    s = letter("r13-ns-lying-fillable", "CA", "en", ["r13-ns", "r13-ns-partial"],
               "Fillable, 1 page, modelled on a Nova Scotia provider's LOA in two columns: "
               "Bluenose Telecom's letterhead; left column CUSTOMER, right column CURRENT SERVICE "
               "PROVIDER, labels left of the widgets; widget names left over from an older form "
               "and WRONG (CompanyName holds the signer, ContactName the company, Fax the postal "
               "code, Country the province, Phone the account number, Email the title, "
               "Address2 the email); customer-type and port-type radios with export values "
               "Choice1 / Choice2; twelve numbers printed 1-2-3 ACROSS three columns with "
               "widgets Tel1.. named DOWN them; BTN; three 'numbers staying' widgets; desired "
               "date in YYYY / MM / DD widgets; a technical contact block not ours; a signature "
               "widget and a date signed widget (YYYY-MM-DD); office use not ours.")
    s.date_formats = ["%Y-%m-%d", "%Y/%m/%d"]
    s.text(40, 748, "BLUENOSE TELECOM", 16, bold=True)
    letterhead(s, 572, 752, ["Bluenose Telecom Inc.", "1800 Argyle St, Halifax NS B3J 3N8",
                             "1-902-555-0100"])
    s.text(40, 722, "Letter of Authorization  -  Local Number Portability", 12, bold=True)
    y: float = 698
    s.band(40, y, 260, "CUSTOMER", 9)
    s.band(312, y, 260, "CURRENT SERVICE PROVIDER", 9)
    left = [("Company name:", "ContactName", "account_name"),
            ("Authorized signer:", "CompanyName", "authorized_name"),
            ("Title:", "Email", "authorized_title"),
            ("Street address:", "Address1", "street"),
            ("City:", "City", "city"),
            ("Province:", "Country", "state"),
            ("Postal code:", "Fax", "postal_code"),
            ("Contact phone:", "Phone2", "contact_phone"),
            ("Contact e-mail:", "Address2", "contact_email")]
    for n, (label, name, fld) in enumerate(left):
        right_label_widget(s, label, name, 118, y - 24 - n * 20, 180, fld)
    right: list[tuple[str, str | None, str | None]] = [("Provider name:", "NewProvider", "carrier"),
             ("Account number:", "Phone", "account_number"),
             ("PIN / passcode:", "PIN", "pin"),
             ("Billing telephone no.:", "BTN", "btn"),
             ("Service type:", None, None)]
    for n, (label, wname, wfld) in enumerate(right):
        if wname:
            right_label_widget(s, label, wname, 400, y - 24 - n * 20, 172, wfld)
    ry = y - 24 - 4 * 20
    s.text(318, ry + 4, "Service type:", 8)
    s.radio("Group3", "Choice1", 380, ry + 2, "check:business", "Business")
    s.radio("Group3", "Choice2", 450, ry + 2, "check:residential", "Residential")
    s.text(318, ry - 22, "Port:", 8)
    s.radio("Group4", "Choice1", 350, ry - 24, "check:full_port", "All numbers")
    s.radio("Group4", "Choice2", 430, ry - 24, "check:partial_port", "Some numbers")
    y -= 24 + 9 * 20 + 10
    s.band(40, y, 532, "TELEPHONE NUMBERS TO PORT", 9)
    slots = s.slot_group()
    made: dict[int, tuple[float, float, str]] = {}
    names = iter(f"Tel{k}" for k in range(1, 13))
    for c in range(3):
        for r in range(4):
            n = r * 3 + c + 1
            x, sy = 40 + c * 178, y - 24 - r * 19
            made[n] = (x + 22, sy, next(names))
    for n in sorted(made):
        sx, sy, name = made[n]
        s.right_text(sx - 4, sy + 4, f"{n}.", 8)
        s.widget(name, sx, sy, 140, 14, None)
        s.places.pop()
        s.slot(slots, (sx, sy, sx + 140, sy + 14), f"printed {n}", name)
    y -= 24 + 4 * 19 + 8
    s.text(40, y, "Numbers staying with the current provider (partial port):", 8)
    staying = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(3):
        s.widget(f"Keep{k + 1}", 40 + k * 178, y - 20, 150, 14, None)
        s.places.pop()
        s.slot(staying, (40 + k * 178, y - 20, 190 + k * 178, y - 6), f"staying {k + 1}",
               f"Keep{k + 1}")
    y -= 46
    s.text(40, y + 4, "Desired port date:", 8.5)
    date_parts(s, 130, y, [("YYYY", 44, "requested_year"), ("MM", 26, "requested_month"),
                           ("DD", 26, "requested_day")], names=["date1", "date2", "date3"])
    s.text(300, y + 4, "Technical contact:", 8.5)
    s.widget("TechName", 380, y, 100, 15, None)
    s.widget("TechPhone", 485, y, 87, 15, None)
    s.text(381, y - 7, "Name", 6)
    s.text(486, y - 7, "Phone", 6)
    y -= 34
    y = s.para(40, y, "The customer named above authorizes Bluenose Telecom Inc. to act as its "
               "agent to port the telephone numbers listed from the current service provider, "
               "and confirms that the signer has authority to bind the customer.", 532, 7.5)
    y -= 30
    right_label_widget(s, "Signature:", "Sig", 90, y, 230, "signature", h=22)
    right_label_widget(s, "Date (YYYY-MM-DD):", "Date", 430, y, 110, "date_signed")
    y -= 36
    s.frame(40, y - 8, 532, 26)
    s.text(44, y + 8, "OFFICE USE", 6.5, bold=True)
    right_label_widget(s, "Order #:", "Order", 110, y - 4, 120, None)
    right_label_widget(s, "Received:", "Received", 330, y - 4, 120, None)
    s.footer("BNT-LNP-LOA v2.1")
    return s.build()


FORMS = {"r13-us-npa-fillable": us_npa_fillable, "r13-us-annex-paper": us_annex_paper,
         "r13-ns-lying-fillable": ns_lying_fillable}
