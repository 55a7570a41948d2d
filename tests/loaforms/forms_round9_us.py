"""Round 9 (held back), US: a rural incumbent telephone company's own paper port-out
authorization (its name printed as the company the form goes to, not the customer's; dot leaders;
the service location as a one-row table under grey header cells with a suite cell of its own; a
billing address table under a 'same as service' tick; the new provider's block not ours; comb
boxes for the account number and PIN; a Yes / No question for a full port; slots numbered down
three columns; numbers that stay on dotted lines; a terms page with initials) and a wireless
carrier's fillable port-in request (labels above widgets named like a developer's variables, a
billing address on file with the old carrier beside the E911 service address, a radio group for
business / personal, three ticks of which two mean a partial port, a numbers table that goes on
over the second page, split MM / DD / YYYY widgets, a printed signature line)."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import letter
from tests.loaforms.round5_kit import date_parts, numbered_slots, numbers_table, widget_above
from tests.loaforms.round9_kit import comb_boxes, dots, header_table, terms_page, yes_no

Built = tuple[bytes, dict[str, Any]]
_OVT = "Ozark Valley Telephone Company"


def us_ilec_portout_flat() -> Built:
    s = letter("r9-us-ilec-portout-flat", "US", "en", ["r9-us-ilec", "r9-us-ilec-partial"],
               "Paper only, 3 pages, modelled on a rural ILEC's own port-out authorization: "
               "the ILEC's name and return address printed at the top (it is the current "
               "provider: no blank for it); dot leaders after the labels; account number in 12 "
               "comb boxes and PIN in 4; SERVICE LOCATION as a one-row table under grey header "
               "cells (Street | Apt / Suite (optional) | City | State | ZIP); BILLING ADDRESS "
               "table under a 'Same as service location' tick (optional); NEW SERVICE PROVIDER "
               "block not ours; 'Are you moving every number on this account?' Yes / No; 18 "
               "slots in three columns numbered DOWN; numbers staying on four dotted lines; "
               "page 2: desired due date, signature line with 'X' and no widget, printed name, "
               "title, date, daytime phone, email, office-use block; page 3 terms with an "
               "optional 'Initials' blank.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    s.text(40, 752, _OVT.upper(), 13, bold=True)
    s.text(40, 740, "101 Depot Street  |  Buffalo, MO 65622  |  Business Office (417) 555-0100",
           7.5)
    s.rule(40, 734, 572, 1.2)
    s.text(40, 712, "Authorization to Port Telephone Numbers to Another Provider", 12, bold=True)
    y = s.para(40, 696, f"Complete this form to move one or more of your {_OVT} numbers to a "
               "new local provider. Print clearly in ink. The name, address and account number "
               "must match your most recent bill or the request will be returned.", 532, 8)
    y -= 12
    s.text(40, y, "1.  ACCOUNT HOLDER", 9.5, bold=True)
    dots(s, "Name on account (as billed)", 40, y - 20, 572, "account_name")
    s.text(40, y - 42, "Account number", 8.5)
    comb_boxes(s, 150, y - 46, 12, "account_number", "Account number")
    s.text(330, y - 42, "Account PIN", 8.5)
    comb_boxes(s, 390, y - 46, 4, "pin", "Account PIN")
    dots(s, "Billing telephone number", 40, y - 66, 300, "btn")
    y -= 92
    s.text(40, y, "2.  SERVICE LOCATION (where the lines are installed)", 9.5, bold=True)
    y = header_table(s, 40, y - 6, [("Street address", 200, "street"),
                                    ("Apt / Suite", 70, None), ("City", 130, "city"),
                                    ("State", 50, "state"), ("ZIP", 82, "postal_code")])
    s.places[-4]["optional"] = True  # Apt / Suite: the case's suite may go here or with the street
    y -= 22
    s.text(40, y, "3.  BILLING ADDRESS", 9.5, bold=True)
    s.tick(170, y - 1, None, "Same as service location")
    s.places[-1]["optional"] = True
    y = header_table(s, 40, y - 6, [("Mailing address / PO Box", 270, "billing_street"),
                                    ("City", 130, "billing_city"), ("State", 50, "billing_state"),
                                    ("ZIP", 82, "billing_postal_code")])
    y -= 22
    s.text(40, y, "4.  NEW SERVICE PROVIDER (to be completed by the new provider)", 9.5,
           bold=True)
    dots(s, "Company", 40, y - 20, 330, None)
    dots(s, "SPID / OCN", 340, y - 20, 572, None)
    dots(s, "Porting contact", 40, y - 40, 330, None)
    dots(s, "Phone", 340, y - 40, 572, None)
    y -= 66
    s.text(40, y, "5.  TELEPHONE NUMBERS", 9.5, bold=True)
    yes_no(s, "Are you moving every number on this account?", 40, y - 18, "check:full_port",
           "check:partial_port", 260)
    s.text(40, y - 36, "Numbers to move (10 digits each):", 8.5)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 56, cols=3, rows=6, col_w=532 / 3, label="{n})")
    y -= 56 + 6 * 19
    s.text(40, y, f"Numbers that will STAY with {_OVT}:", 8.5)
    remaining = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(4):
        x = 40 + n * 133
        s.text(x, y - 18, "." * 34, 8.5)
        s.slot(remaining, (x, y - 21, x + 125, y - 7), f"number that stays {n + 1}")
    s.footer(f"{_OVT}  Form PO-1 (rev. 08/2025)   Page 1 of 3")
    s.next_page()
    _ilec_page_two(s)
    s.footer(f"{_OVT}  Form PO-1 (rev. 08/2025)   Page 2 of 3")
    s.next_page()
    terms_page(s, "Terms of this authorization", [
        f"{_OVT} will release the numbers above to the new provider named on page 1 when that "
        "provider submits a valid port request that matches this authorization.",
        "Porting ends the service on each number moved. Features, directory listings and "
        "voicemail on those numbers end on the port date; other services stay on the account "
        "and continue to be billed.",
        "You remain responsible for all charges incurred before the port date, including any "
        "early termination charges under a term agreement.",
        "This authorization is valid for 60 days from the date it is signed. A copy, fax or "
        "scan of the signed form is as valid as the original.",
        "Numbers that stay: if the billing telephone number is moved, one of the numbers that "
        "stay becomes the new billing number unless you tell us otherwise."], 532, 752)
    dots(s, "Customer initials", 400, 60, 560, None, optional=True)
    s.footer(f"{_OVT}  Form PO-1 (rev. 08/2025)   Page 3 of 3")
    return s.build()


def _ilec_page_two(s: Any) -> None:
    y = 748
    s.text(40, y, "6.  TIMING", 9.5, bold=True)
    dots(s, "Desired due date (mm/dd/yyyy)", 40, y - 20, 330, "requested_date")
    y -= 50
    s.text(40, y, "7.  AUTHORIZATION", 9.5, bold=True)
    y = s.para(40, y - 18, f"I am the account holder, or I am authorized by the account holder "
               f"to act on this account. I authorize {_OVT} to release the telephone numbers "
               "listed on page 1 to the new service provider and to disconnect its service on "
               "them on the port date. I have read the terms on page 3.", 532, 8.5)
    y -= 40
    s.text(40, y + 2, "X", 14, bold=True)
    s.sign_line("Signature of account holder or authorized agent", 54, y, 330,
                label_below=True)
    dots(s, "Date", 350, y, 572, "date_signed")
    y -= 40
    dots(s, "Printed name", 40, y, 330, "authorized_name")
    dots(s, "Title", 350, y, 572, "authorized_title")
    y -= 24
    dots(s, "Daytime phone", 40, y, 330, "contact_phone")
    dots(s, "Email", 350, y, 572, "contact_email")
    y -= 40
    s.frame(40, y - 50, 532, 62)
    s.text(46, y + 2, f"{_OVT.upper()} USE ONLY", 7.5, bold=True)
    dots(s, "Received", 46, y - 18, 200, None, size=8)
    dots(s, "By", 210, y - 18, 360, None, size=8)
    dots(s, "LSR / PON", 370, y - 18, 566, None, size=8)
    dots(s, "FOC date", 46, y - 38, 300, None, size=8)


def us_wireless_portin_fillable() -> Built:
    s = letter("r9-us-wireless-portin-fillable", "US", "en",
               ["r9-us-mobile", "r9-us-mobile-many"],
               "Fillable, 2 pages, modelled on a wireless carrier's business port-in request: "
               "the new carrier's wordmark (Lakeshore Mobile); labels above widgets named like "
               "variables (acctHolderNm, ospNm, ospBan, xferPin...); account holder, authorized "
               "user and title; radio acctType Business / Personal; BILLING ADDRESS ON FILE WITH "
               "YOUR CURRENT CARRIER (billing_*) left, SERVICE / E911 ADDRESS right; ticks 'port "
               "all lines', 'port only the lines below', 'lines not listed stay active with my "
               "current carrier' (a partial port) and 'cancel lines not listed' (not ours); a "
               "numbers table No. | Mobile number | Line user | IMEI with rows 1-8 on page 1 and "
               "9-16 on page 2 (only the number column ours); requested port date MM / DD / YYYY "
               "widgets captioned under; page 2: numbers staying (multi-line widget), printed "
               "signature line, print name and date widgets, store-use widgets not ours.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    s.text(40, 748, "lakeshore", 20, bold=True)
    s.text(138, 748, "mobile", 20)
    s.text(40, 732, "Business Port-In Request  |  bring your numbers to Lakeshore Mobile", 9)
    s.text(40, 712, "ACCOUNT WITH YOUR CURRENT WIRELESS CARRIER", 9, bold=True)
    widget_above(s, "Business name exactly as on your wireless bill", "acctHolderNm", 40, 676,
                 330, "account_name")
    widget_above(s, "Current carrier", "ospNm", 380, 676, 192, "carrier")
    widget_above(s, "Account number (BAN)", "ospBan", 40, 642, 200, "account_number")
    widget_above(s, "Number transfer PIN", "xferPin", 250, 642, 120, "pin")
    s.text(380, 660, "Account type", 7.5, bold=True)
    s.radio("acctType", "Biz", 380, 645, "check:business", "Business")
    s.radio("acctType", "Pers", 460, 645, "check:residential", "Personal")
    widget_above(s, "Authorized user on the account", "authUserNm", 40, 608, 250,
                 "authorized_name")
    widget_above(s, "Job title", "authUserTtl", 300, 608, 272, "authorized_title")
    y = 580
    s.text(40, y, "BILLING ADDRESS ON FILE WITH YOUR CURRENT CARRIER", 7.5, bold=True)
    s.text(316, y, "SERVICE / E911 ADDRESS (where the phones are used)", 7.5, bold=True)
    for x, pre, tag in ((40, "billing_", "bill"), (316, "", "e911")):
        widget_above(s, "Street", f"{tag}Addr1", x, y - 34, 256, f"{pre}street")
        widget_above(s, "City", f"{tag}City", x, y - 68, 130, f"{pre}city")
        widget_above(s, "State", f"{tag}St", x + 136, y - 68, 40, f"{pre}state")
        widget_above(s, "ZIP", f"{tag}Zip", x + 182, y - 68, 74, f"{pre}postal_code")
    y -= 96
    s.text(40, y, "WHICH LINES?", 9, bold=True)
    s.checkbox("cbAll", 40, y - 18, "check:full_port", "Port ALL lines on this account")
    s.checkbox("cbSome", 250, y - 18, "check:partial_port", "Port only the lines listed below")
    s.checkbox("cbKeep", 40, y - 34, "check:partial_port",
               "Lines not listed stay active with my current carrier")
    s.checkbox("cbCxl", 330, y - 34, None, "Cancel lines not listed")
    slots = s.slot_group()
    names = [f"{c}{r:02d}" for r in range(1, 9) for c in ("mdn", "lineUser", "imei")]
    y = numbers_table(s, slots, 40, y - 50, [("Mobile number", 170, "number", False),
                                             ("Line user (optional)", 160, None, True),
                                             ("IMEI / serial", 178, None, False)],
                      rows=8, row_h=18, widgets=names)
    s.text(40, y - 14, "More lines? Continue on page 2.", 7.5)
    y -= 44
    s.text(40, y + 4, "Requested port date", 8.5, bold=True)
    date_parts(s, 150, y - 2, [("MM", 28, "requested_month"), ("DD", 28, "requested_day"),
                               ("YYYY", 48, "requested_year")], names=["dueMM", "dueDD", "dueYY"])
    widget_above(s, "Best number to reach you (not one being ported)", "cbrTn", 340, y - 2,
                 232, "contact_phone")
    y -= 40
    widget_above(s, "Email for port status updates", "emailAddr", 40, y, 300, "contact_email")
    s.footer("LSM-BPI-01 (11/2025)   Page 1 of 2")
    s.next_page()
    s.text(40, 748, "LINES TO PORT (continued)", 9, bold=True)
    names = [f"{c}{r:02d}" for r in range(9, 17) for c in ("mdn", "lineUser", "imei")]
    y = numbers_table(s, slots, 40, 738, [("Mobile number", 170, "number", False),
                                          ("Line user (optional)", 160, None, True),
                                          ("IMEI / serial", 178, None, False)],
                      rows=8, row_h=18, first=9, widgets=names)
    y -= 26
    widget_above(s, "Numbers on the account that are NOT porting (they stay with your current "
                 "carrier)", "keepTns", 40, y - 30, 532, "remaining_numbers", h=30)
    y -= 60
    y = s.para(40, y, "By signing I confirm I am authorized on the account above and I ask "
               "Lakeshore Mobile to port the numbers listed to Lakeshore Mobile service. I "
               "understand service with my current carrier ends on each ported number, and "
               "that any balance or device payments owed to it remain mine.", 532, 8.5)
    y -= 36
    s.sign_line("Customer signature:", 40, y, 330)
    widget_above(s, "Date", "sigDt", 350, y - 4, 110, "date_signed")
    widget_above(s, "Print name", "sigPrintNm", 40, y - 42, 290, "authorized_name")
    y -= 80
    s.frame(40, y - 34, 532, 46)
    s.text(46, y + 2, "STORE / SALES USE", 7.5, bold=True)
    widget_above(s, "Rep ID", "repId", 46, y - 28, 120, None, size=6.5)
    widget_above(s, "Store #", "storeNo", 180, y - 28, 120, None, size=6.5)
    widget_above(s, "New account #", "newBan", 314, y - 28, 250, None, size=6.5)
    s.footer("LSM-BPI-01 (11/2025)   Page 2 of 2")
    return s.build()


FORMS = {"r9-us-ilec-portout-flat": us_ilec_portout_flat,
         "r9-us-wireless-portin-fillable": us_wireless_portin_fillable}
