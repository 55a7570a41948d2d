"""Round 7 (held back), US: a CLEC's paper Letter of Agency to move local lines off the ILEC
(captions under the lines, a service-address column beside a billing-address column under the
same captions, an opening sentence with three blanks, slots numbered down three columns, a BTN
Yes/No question, initials at each page's foot, a carrier-use block) and a toll-free RespOrg change
LOA on paper (the new RespOrg's letterhead and ID, a label-cell grid, the controlling RespOrg's ID
that is not ours, a toll-free table whose ring-to and RespOrg-ID columns stay empty, a row of
signature cells)."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import letter
from tests.loaforms.round5_kit import (
    Gap,
    date_parts,
    letterhead,
    numbered_slots,
    sentence,
    sign_cells,
)
from tests.loaforms.round6_kit import row_table
from tests.loaforms.round7_kit import grid_row, initials, under

Built = tuple[bytes, dict[str, Any]]


def us_lec_loa_flat() -> Built:
    s = letter("r7-us-lec-loa-flat", "US", "en", ["r7-us-lec", "r7-us-lec-many"],
               "Paper only, 2 pages, modelled on a CLEC's Letter of Agency for porting local "
               "lines off an ILEC: the CLEC's Omaha letterhead; an opening sentence with blanks "
               "for the signer, the customer and the current local provider; captions under the "
               "lines; SERVICE ADDRESS and BILLING ADDRESS columns side by side under the same "
               "captions (Street / City / State / ZIP); BTN, account number and PIN under lines; "
               "full/partial ticks and a 'Is the BTN being ported?' Yes/No; business/residential; "
               "requested due date in MM / DD / YYYY boxes (the 'after hours' ticks not ours); "
               "24 slots in three columns numbered DOWN; 'Customer initials' at each page's foot "
               "(optional, no value); page 2: numbers that stay, signature/date/name/title under "
               "lines, a carrier-use block (PON, order #, FOC) not ours.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    s.text(40, 748, "LETTER OF AGENCY", 16, bold=True)
    s.text(40, 734, "Local Service Transfer and Local Number Portability", 9)
    letterhead(s, 572, 750, ["Great Plains Fiber Communications, LLC", "1299 Farnam Street, "
                             "Suite 800", "Omaha, NE 68102", "LNP desk (402) 555-0100"])
    y = sentence(s, 40, 690, [
        "I,", Gap(150, "authorized_name", "(authorized person) name"),
        ", the undersigned, hereby authorize Great Plains Fiber Communications, LLC to act as "
        "agent for", Gap(210, "account_name", "(the Customer) name"),
        "(\"Customer\") in transferring the telephone numbers listed in this letter from",
        Gap(150, "carrier", "current local service provider"),
        "(current local service provider) and to obtain the Customer Service Record for them."],
        size=9, leading=21, right=572)
    y -= 30
    s.band(40, y, 532, "A. CUSTOMER INFORMATION (exactly as on the current bill)", 9)
    y -= 22
    s.text(40, y, "SERVICE ADDRESS (where the lines are installed)", 7.5, bold=True)
    s.text(316, y, "BILLING ADDRESS (if different from service address)", 7.5, bold=True)
    for x, pre in ((40, ""), (316, "billing_")):
        under(s, "Street address", x, y - 22, x + 256, f"{pre}street")
        under(s, "City", x, y - 50, x + 130, f"{pre}city")
        under(s, "State", x + 140, y - 50, x + 180, f"{pre}state")
        under(s, "ZIP", x + 190, y - 50, x + 256, f"{pre}postal_code")
    y -= 84
    under(s, "Billing telephone number (BTN)", 40, y, 200, "btn")
    under(s, "Account number with current provider", 214, y, 420, "account_number")
    under(s, "Account PIN / passcode", 434, y, 572, "pin")
    y -= 30
    under(s, "Contact telephone", 40, y, 200, "contact_phone")
    under(s, "Contact email", 214, y, 420, "contact_email")
    y -= 32
    s.band(40, y, 532, "B. PORT DETAILS", 9)
    y -= 20
    s.text(40, y, "Type of service:", 8.5)
    s.tick(140, y - 1, "check:business", "Business")
    s.tick(220, y - 1, "check:residential", "Residential")
    s.text(40, y - 17, "Port type:", 8.5)
    s.tick(140, y - 18, "check:full_port", "All numbers on the account (full port)")
    s.tick(340, y - 18, "check:partial_port", "Only the numbers listed (partial port)")
    s.text(40, y - 34, "Is the BTN being ported?", 8.5)
    s.tick(180, y - 35, "check:btn_ported", "Yes")
    s.tick(230, y - 35, "check:btn_stays", "No - give the new BTN on page 2")
    s.text(40, y - 56, "Requested due date:", 8.5)
    date_parts(s, 140, y - 61, [("MM", 26, "requested_month"), ("DD", 26, "requested_day"),
                                ("YYYY", 44, "requested_year")])
    s.text(330, y - 56, "Cut-over window:", 8.5)
    s.tick(410, y - 57, None, "Business hours")
    s.tick(490, y - 57, None, "After hours")
    y -= 92
    s.band(40, y, 532, "C. TELEPHONE NUMBERS TO BE PORTED (area code + number)", 9)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 24, cols=3, rows=8, col_w=532 / 3, label="{n}")
    s.text(40, y - 24 - 8 * 19 + 4, "More than 24 numbers? Attach a list signed on each page.",
           7.5)
    initials(s, 440, 40)
    s.footer("GPF-LOA-LNP rev. 11/2025   Page 1 of 2")
    s.next_page()
    y = 748
    s.band(40, y, 532, "D. NUMBERS STAYING WITH THE CURRENT PROVIDER (partial ports only)", 9)
    s.text(40, y - 20, "List every number on the account that is NOT being ported; these lines "
           "stay active with the current provider.", 8)
    s.box(40, y - 66, 532, 38, "remaining_numbers", "numbers staying")
    under(s, "New BTN for the lines that stay (if the BTN ports)", 40, y - 90, 300, None,
          optional=True)
    y -= 124
    s.band(40, y, 532, "E. AUTHORIZATION", 9)
    y = s.para(40, y - 20, "I understand that only one local service provider may serve a "
               "telephone number at a time, that porting the numbers above ends those lines' "
               "service with the current provider, and that I may be charged by the current "
               "provider for services not yet billed. I am authorized to sign for the Customer. A "
               "copy of this letter is as valid as the original.", 532, 8.5)
    y -= 40
    s.sign_line("Signature of authorized representative", 40, y, 330, label_below=True)
    under(s, "Date signed (MM/DD/YYYY)", 350, y, 572, "date_signed")
    y -= 38
    under(s, "Printed name", 40, y, 330, "authorized_name")
    under(s, "Title", 350, y, 572, "authorized_title")
    y -= 50
    s.frame(40, y - 48, 532, 62)
    s.text(46, y + 4, "FOR CARRIER USE ONLY", 7.5, bold=True)
    s.blank("PON:", 46, y - 16, 220, None, size=8)
    s.blank("Order #:", 232, y - 16, 400, None, size=8)
    s.blank("FOC date:", 412, y - 16, 566, None, size=8)
    s.blank("Received by:", 46, y - 38, 300, None, size=8)
    initials(s, 440, 40)
    s.footer("GPF-LOA-LNP rev. 11/2025   Page 2 of 2")
    return s.build()


def us_resporg_loa_flat() -> Built:
    s = letter("r7-us-resporg-loa-flat", "US", "en", ["r7-us-tf", "r7-us-tf-partial"],
               "Paper only, 1 page, modelled on a RespOrg change Letter of Agency for toll-free "
               "numbers (Somos standard LOA elements): the new RespOrg's Pittsburgh letterhead "
               "and its own RespOrg ID printed; a grid of grey label cells beside value cells "
               "(Address 2 and Ext. optional, the customer has none); the controlling RespOrg's "
               "5-character ID not ours, its company name is the carrier; all / only-listed "
               "ticks; a table Toll-free number | Ring-to number | Controlling RespOrg ID with "
               "rows 1-10 (only the first column ours); effective date in MM / DD / YYYY boxes "
               "captioned above; signature cells (signature, printed name, title, date).")
    s.date_formats = ["%m/%d/%Y"]
    letterhead(s, 572, 752, ["Keystone Toll-Free Services, Inc.", "RespOrg ID: KYT01",
                             "600 Grant Street, Floor 31", "Pittsburgh, PA 15219",
                             "roc@keystonetollfree.example"])
    s.text(40, 748, "RESPORG CHANGE", 16, bold=True)
    s.text(40, 732, "Letter of Agency - Toll-Free Number Transfer", 10)
    y = s.para(40, 690, "Complete every field as it appears on the toll-free subscriber's "
               "current invoice. The Letter of Agency must be signed and dated by the "
               "subscriber within 30 days of the requested effective date. Stamped signatures "
               "are not accepted.", 532, 8)
    y -= 16
    s.band(40, y, 532, "TOLL-FREE SUBSCRIBER", 9)
    y -= 26
    grid_row(s, 40, y, [("Subscriber (company) name", 120, 412, "account_name")])
    grid_row(s, 40, y - 18, [("Address 1", 120, 412, "street")])
    grid_row(s, 40, y - 36, [("Address 2", 120, 412, None)], optional=("Address 2",))
    grid_row(s, 40, y - 54, [("City", 120, 150, "city"), ("State", 40, 50, "state"),
                             ("ZIP code", 60, 112, "postal_code")])
    grid_row(s, 40, y - 72, [("Authorized contact", 120, 150, "authorized_name"),
                             ("Title", 40, 222, "authorized_title")])
    grid_row(s, 40, y - 90, [("Contact telephone #", 120, 150, "contact_phone"),
                             ("Ext.", 40, 50, None), ("Email", 60, 112, "contact_email")],
             optional=("Ext.",))
    y -= 120
    s.band(40, y, 532, "CONTROLLING (CURRENT) RESPORG", 9)
    y -= 26
    grid_row(s, 40, y, [("Company name", 120, 200, "carrier"),
                        ("RespOrg ID", 70, 142, None)])
    grid_row(s, 40, y - 18, [("Account number", 120, 200, "account_number")])
    y -= 40
    s.tick(40, y, "check:full_port", "Move ALL toll-free numbers on this account")
    s.tick(300, y, "check:partial_port", "Move ONLY the numbers listed below")
    y -= 16
    s.band(40, y, 532, "TOLL-FREE NUMBERS", 9)
    row_table(s, 40, y - 8, [("Toll-free number", 180, "number"),
                             ("Ring-to number (optional)", 180, None),
                             ("Controlling RespOrg ID", 172, None)], rows=10, row_h=16)
    y -= 8 + 11 * 16 + 22
    s.text(40, y, "Requested effective date:", 8.5)
    date_parts(s, 160, y - 6, [("MM", 26, "requested_month"), ("DD", 26, "requested_day"),
                               ("YYYY", 44, "requested_year")], above=True)
    y -= 30
    y = s.para(40, y, "By signing below, the subscriber authorizes Keystone Toll-Free Services, "
               "Inc. (RespOrg ID KYT01) to act as its agent and Responsible Organization for the "
               "toll-free numbers above, and to instruct the controlling RespOrg to release them. "
               "The subscriber understands that only one RespOrg may manage a toll-free number "
               "at a time.", 532, 8)
    sign_cells(s, 40, y - 40, [("Authorized signature", 190, "signature"),
                               ("Printed name", 140, "authorized_name"),
                               ("Title", 112, "authorized_title"),
                               ("Date (MM/DD/YYYY)", 90, "date_signed")])
    s.footer("KTF-ROC-LOA 2026.1")
    return s.build()


FORMS = {"r7-us-lec-loa-flat": us_lec_loa_flat, "r7-us-resporg-loa-flat": us_resporg_loa_flat}
