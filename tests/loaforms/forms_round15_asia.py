"""Round 15 (held back), India and the Philippines: an Indian recipient operator's fillable
corporate porting request and letter of authorisation (widgets "Text Field N" as a Mac form tool
names them, labels left in a label column, CIN, GSTIN and PAN not ours, "PIN Code" the postcode,
a licensed service area and a connection-type pair not ours, a numbers table whose UPC and
validity columns are not ours, "Place" not ours, a signature-and-seal widget); a Philippine
recipient provider's two-page paper porting application (Individual / Corporate ticks, TIN and
barangay not ours, a numbers table 1-10 whose USC and postpaid / prepaid columns are not ours,
an Annex A continuing rows 11-30 on page 2, the numbers that stay, a valid-ID block not ours, an
MM/DD/YYYY date of application beside the signature)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round9_kit import terms_page, yes_no
from tests.loaforms.round12_kit import continued_rows, right_label_widget
from tests.loaforms.round14_kit import sign_block

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def _fields() -> Iterator[str]:
    n = 0
    while True:
        n += 1
        yield f"Text Field {n}"


def _row(s: Sheet, t: Iterator[str], label: str, y: float, fld: str | None, x: float = 222,
         w: float = 333, optional: bool = False) -> None:
    right_label_widget(s, label, next(t), x, y, w, fld, optional=optional, size=7.5)


def in_corporate_fillable() -> Built:
    s = a4("r15-in-corporate-fillable", "IN", "en", ["r15-in", "r15-in-partial"],
           "Fillable, India, 1 page: the recipient operator's letterhead (CIN); widgets 'Text "
           "Field N'; labels flush right against their widgets; company name, CIN, GSTIN, PAN "
           "(not ours); registered office address line 1 (ours), line 2 optional, city, "
           "state, 'PIN Code' (the postcode); authorised signatory name, designation, mobile, "
           "e-mail; donor operator, licensed service area (not ours), corporate account "
           "number; postpaid / prepaid boxes not ours; all / listed boxes; numbers table 1-15 "
           "(Mobile Number ours; UPC and UPC valid till not ours); connections retained; "
           "preferred porting date DD/MM/YYYY; Place (optional) and Date; signature-and-seal "
           "widget.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    t = _fields()
    letterhead(s, W4 - 36, H4 - 36, ["Sahyadri Telecom Limited", "Sahyadri House, Senapati "
                                      "Bapat Marg, Pune 411016", "CIN U64200MH2016PLC281147",
                                      "Enterprise care 1800 266 0100"])
    s.text(36, H4 - 44, "CORPORATE PORTING REQUEST", 13, bold=True)
    s.text(36, H4 - 58, "and Letter of Authorisation (Mobile Number Portability)", 8.5)
    y = H4 - 84
    w = W4 - 72
    s.band(36, y, w, "A. COMPANY DETAILS", 8.5)
    y -= 22
    _row(s, t, "Company name (as per Certificate of Incorporation):", y, "account_name")
    y -= 19
    _row(s, t, "Corporate Identification Number (CIN):", y, None, w=150)
    right_label_widget(s, "GSTIN:", next(t), 415, y, 140, None, size=7.5)
    y -= 19
    _row(s, t, "PAN of the company:", y, None, w=150)
    y -= 19
    _row(s, t, "Registered office address, line 1:", y, "street")
    y -= 19
    _row(s, t, "Address line 2:", y, None, optional=True)
    y -= 19
    _row(s, t, "City:", y, "city", w=150)
    right_label_widget(s, "State:", next(t), 415, y, 140, "state", size=7.5)
    y -= 19
    _row(s, t, "PIN Code:", y, "postal_code", w=80)
    y -= 24
    s.band(36, y, w, "B. AUTHORISED SIGNATORY", 8.5)
    y -= 22
    _row(s, t, "Name of authorised signatory:", y, "authorized_name", w=140)
    right_label_widget(s, "Designation:", next(t), 435, y, 120, "authorized_title", size=7.5)
    y -= 19
    _row(s, t, "Mobile / telephone:", y, "contact_phone", w=140)
    right_label_widget(s, "E-mail:", next(t), 405, y, 150, "contact_email", size=7.5)
    y -= 24
    s.band(36, y, w, "C. DONOR OPERATOR", 8.5)
    y -= 22
    _row(s, t, "Donor operator (existing service provider):", y, "carrier", w=130)
    right_label_widget(s, "Licensed Service Area:", next(t), 465, y, 90, None, size=7.5)
    y -= 19
    _row(s, t, "Corporate account number with donor:", y, "account_number", w=130)
    s.text(390, y + 4, "Connections are:", 7.5)
    s.checkbox("Check Box 1", 455, y + 2, None, "Postpaid")
    s.checkbox("Check Box 2", 505, y + 2, None, "Prepaid")
    y -= 24
    s.band(36, y, w, "D. MOBILE NUMBERS TO BE PORTED", 8.5)
    y -= 18
    s.checkbox("Check Box 3", 36, y, "check:full_port",
               "All connections under the corporate account")
    s.checkbox("Check Box 4", 270, y, "check:partial_port", "Only the connections listed below")
    y -= 6
    slots = s.slot_group(ordered=True)
    names = [next(t) for _ in range(45)]
    y = continued_rows(s, slots, 36, y, [("Mobile Number", 180, "number"),
                                         ("UPC (Unique Porting Code)", 180, None),
                                         ("UPC valid till", w - 386, None)],
                       rows=15, row_h=15, names=names) - 18
    s.text(36, y + 4, "Connections retained with the donor operator:", 7.5)
    s.widget(next(t), 210, y, w - 174, 15, "remaining_numbers")
    y -= 19
    s.text(36, y + 4, "Preferred date of porting (DD/MM/YYYY):", 7.5)
    s.widget(next(t), 210, y, 90, 15, "requested_date")
    y -= 12
    y = s.para(36, y, "We authorise Sahyadri Telecom Limited to submit porting requests for the "
               "mobile connections listed above to the donor operator through the MNP service "
               "provider, and confirm that no dues are outstanding with the donor operator.",
               w, 7) - 12
    s.text(36, y + 4, "Place:", 7.5)
    s.widget(next(t), 66, y, 120, 15, None, optional=True)
    s.text(36, y - 17, "Date:", 7.5)
    s.widget(next(t), 66, y - 21, 120, 15, "date_signed")
    s.text(300, y + 6, "Signature of authorised signatory with company seal", 7.5)
    s.widget(next(t), 300, y - 34, w - 264, 36, "signature")
    s.footer("STL/ENT/MNP-LOA/2026-02")
    return s.build()


PH_TERMS = [
    "The subscriber has no outstanding financial obligation with the Donor Provider on the "
    "numbers to be ported; an unpaid balance must be settled before the port proceeds.",
    "At least sixty (60) calendar days have passed since each number was activated or last "
    "ported, and no request to transfer the assignment of a number is pending.",
    "Each number requires its Unique Subscriber Code (USC) from the Donor Provider, valid for "
    "fifteen (15) days. Porting is completed within forty-eight (48) hours of clearance.",
    "Services of the Donor Provider not carried by the Recipient Provider end when the port "
    "completes. Prepaid load and rewards are not transferred.",
]


def ph_porting_paper() -> Built:
    s = letter("r15-ph-porting-paper", "PH", "en", ["r15-ph", "r15-ph-partial"],
               "Paper, Philippines, 2 pages: the recipient provider's letterhead; Individual / "
               "Corporate ticks; registered name, TIN not ours; address: house / bldg no. and "
               "street (ours), unit / floor optional, barangay not ours, city / municipality, "
               "ZIP code; authorised representative's name, position, contact number, e-mail; "
               "valid ID type and number not ours; donor provider and account number; "
               "recipient printed; all / listed ticks; numbers table 1-10 (Mobile Number "
               "ours; USC and Postpaid / Prepaid not ours); page 2: Annex A rows 11-30 in two "
               "tables, numbers remaining, terms, signature, printed name, position, date of "
               "application MM/DD/YYYY.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    letterhead(s, 572, 752, ["Bagwis Mobile Inc.", "32nd St cor. 5th Ave, BGC, Taguig City",
                             "Enterprise hotline (02) 8555 0100"])
    s.text(40, 748, "MOBILE NUMBER PORTABILITY", 14, bold=True)
    s.text(40, 734, "Porting Application Form - Enterprise / Individual", 9)
    y: float = 708
    w = 532.0
    s.text(40, y, "Type of subscriber:", 8.5)
    s.tick(130, y - 1, "check:residential", "Individual")
    s.tick(210, y - 1, "check:business", "Corporate / Business")
    y -= 18
    s.band(40, y, w, "I. SUBSCRIBER INFORMATION", 9)
    y -= 26
    under(s, "Registered name of subscriber / company", 40, y, 390, "account_name")
    under(s, "TIN", 405, y, 572, None)
    y -= 30
    under(s, "Unit / floor / building", 40, y, 200, None, optional=True)
    under(s, "House / bldg. no. and street", 215, y, 420, "street")
    under(s, "Barangay", 435, y, 572, None)
    y -= 30
    under(s, "City / municipality", 40, y, 300, "city")
    under(s, "Province", 315, y, 470, None)
    under(s, "ZIP code", 485, y, 572, "postal_code")
    y -= 32
    s.band(40, y, w, "II. AUTHORIZED REPRESENTATIVE", 9)
    y -= 26
    under(s, "Full name", 40, y, 260, "authorized_name")
    under(s, "Position / designation", 275, y, 420, "authorized_title")
    under(s, "Contact number", 435, y, 572, "contact_phone")
    y -= 30
    under(s, "E-mail address", 40, y, 260, "contact_email")
    under(s, "Valid ID presented (type)", 275, y, 420, None)
    under(s, "ID number", 435, y, 572, None)
    y -= 32
    s.band(40, y, w, "III. PROVIDERS", 9)
    y -= 26
    under(s, "Donor Provider (current network)", 40, y, 220, "carrier")
    under(s, "Account number with Donor Provider", 235, y, 400, "account_number")
    s.frame(415, y - 12, 157, 30)
    s.text(419, y + 10, "Recipient Provider", 6.5)
    s.text(419, y - 4, "Bagwis Mobile Inc.", 9, bold=True)
    y -= 36
    s.band(40, y, w, "IV. MOBILE NUMBERS", 9)
    y -= 18
    yes_no(s, "Port all mobile numbers under the account?", 40, y, "check:full_port",
           "check:partial_port", at=250, words=("Yes", "No - only the numbers listed"))
    y -= 10
    slots = s.slot_group(ordered=True)
    cols: list[tuple[str, float, str | None]] = [
            ("Mobile Number (09XX XXX XXXX)", 200, "number"),
            ("USC (Unique Subscriber Code)", 170, None), ("Postpaid / Prepaid", w - 396, None)]
    continued_rows(s, slots, 40, y, cols, rows=10, row_h=17)
    s.text(40, 70, "More than 10 numbers? Continue on Annex A (page 2).", 7.5)
    s.footer("BMI-MNP-PAF rev. 2026-03   page 1 of 2")
    s.next_page()
    s.text(40, 748, "ANNEX A - Additional mobile numbers", 11, bold=True)
    half: list[tuple[str, float, str | None]] = [("Mobile Number", 130, "number"),
                                                 ("USC", 106, None)]
    continued_rows(s, slots, 40, 730, half, rows=10, first=11, row_h=17)
    bottom = continued_rows(s, slots, 312, 730, half, rows=10, first=21, row_h=17)
    y = bottom - 34
    under(s, "Mobile numbers that will REMAIN with the Donor Provider (partial port)", 40, y,
          572, "remaining_numbers")
    y = terms_page(s, "TERMS AND CONDITIONS", PH_TERMS, w, y - 30)
    y -= 26
    s.para(40, y, "I certify that the information above is true and that I am authorized to "
           "apply for the porting of the numbers listed on behalf of the subscriber.", w, 8)
    y -= 50
    sign_block(s, 40, y, [("Signature of authorized representative", "signature"),
                          ("Printed name", "authorized_name")], [250, 200])
    y -= 40
    sign_block(s, 40, y, [("Position", "authorized_title"),
                          ("Date of application (MM/DD/YYYY)", "date_signed")], [250, 140])
    s.footer("BMI-MNP-PAF rev. 2026-03   page 2 of 2")
    return s.build()


FORMS = {"r15-in-corporate-fillable": in_corporate_fillable,
         "r15-ph-porting-paper": ph_porting_paper}
