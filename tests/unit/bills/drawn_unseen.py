"""More bills drawn line by line (see drawn.py), each for a failure class of bills never seen.

They follow how real carriers print things, not any generator's layout: a service address on
one line under its label with the mailing block just below it, a label-and-value line above a
table of lines, tables of lines with user and feature columns, ranges in several notations.
"""

from __future__ import annotations

from tests.unit.bills.drawn import Item


def service_over_mailing() -> list[Item]:
    """'Service Address' answered by one line; the unlabelled mailing block sits right under it."""
    return [
        (40, 50, "B:Ridgeline Telecom", 20), (380, 50, "Account Number: 6620 1187 4", 9),
        (380, 64, "Statement Date: 04/02/2026", 9),
        (40, 110, "B:Service Address", 9),
        (40, 124, "418 Juniper Ave, Boise, ID 83702", 9),
        (40, 146, "MOUNTAIN VIEW BAKERY", 10), (40, 158, "PO Box 2290", 10),
        (40, 170, "Boise, ID 83701", 10),
        (40, 220, "B:Telephone Numbers", 9), (40, 234, "208-555-0131", 9),
        (40, 246, "208-555-0132", 9),
    ]


def pair_over_table() -> list[Item]:
    """'Main number: ...' as a label-and-value line, then a table of the account's lines."""
    return [
        (40, 50, "B:Harborline Voice", 20), (420, 50, "Monthly Statement", 9),
        (40, 90, "Customer: Tidewater Surveying LLC", 9),
        (40, 104, "Account #: 55120984", 9),
        (40, 118, "Main number: (757) 555-0140", 9),
        (380, 90, "Installed at:", 9), (380, 104, "26 Bay Colony Dr", 9),
        (380, 116, "Virginia Beach, VA 23451", 9),
        (40, 160, "B:Your Harborline numbers", 12),
        (40, 180, "B:Number", 8), (200, 180, "B:Extension", 8), (300, 180, "B:Used for", 8),
        (40, 194, "(757) 555-0140", 9), (200, 194, "x10", 9), (300, 194, "Front desk", 9),
        (40, 206, "(757) 555-0161", 9), (200, 206, "x11", 9), (300, 206, "Survey crew", 9),
        (40, 218, "(757) 555-0175", 9), (200, 218, "x12", 9), (300, 218, "Fax", 9),
        (40, 300, "Support: 1-866-555-0111 · harborline.example/support", 8),
    ]


def lines_table() -> list[Item]:
    """Wireless-style table of lines: user names that are also help words ("Sales"), a plan of
    "Unlimited Calling", a minutes column; the carrier's toll-free line at the foot."""
    rows = (("(303) 555-0117", "J. Ortiz", "Unlimited Calling", "412"),
            ("(303) 555-0118", "Front Desk", "Business Plus", "97"),
            ("(303) 555-0119", "Sales", "Business Plus", "55"))
    items: list[Item] = [
        (40, 50, "B:Summit Wireless", 20), (400, 50, "Account: 882104471", 9),
        (40, 100, "B:Your lines at a glance", 12),
        (40, 120, "B:Line", 8), (140, 120, "B:User", 8), (240, 120, "B:Plan", 8),
        (340, 120, "B:Talk (min)", 8), (500, 120, "B:Monthly", 8),
        (40, 700, "Questions? Call 1-800-555-0199 or visit summit.example", 8)]
    for i, (number, user, plan, minutes) in enumerate(rows):
        y = 134 + 12 * i
        items += [(40, y, number, 9), (140, y, user, 9), (240, y, plan, 9), (340, y, minutes, 9),
                  (500, y, "$45.00", 9)]
    return items


def users_and_features() -> list[Item]:
    """VoIP users: extension, user ("Support Desk", "Billing"), number, features with "Call"."""
    rows = (("101", "Dana Whitfield", "+1 650-555-0101", "Call Forwarding, Voicemail"),
            ("102", "Support Desk", "+1 650-555-0102", "Call Queue, Call Recording"),
            ("103", "Billing", "+1 650-555-0103", "Voicemail to Email"))
    items: list[Item] = [
        (40, 50, "B:CloudLine Business", 18), (400, 50, "Invoice 88120", 9),
        (400, 62, "Account ID 4410-77", 9), (40, 100, "B:Users and Numbers", 12),
        (40, 120, "B:Ext", 8), (90, 120, "B:User", 8), (220, 120, "B:Phone Number", 8),
        (340, 120, "B:Features", 8), (40, 200, "Support 24/7: +1 888-555-0142", 8)]
    for i, cells in enumerate(rows):
        items += [(x, 134 + 12 * i, text, 9) for x, text in zip((40, 90, 220, 340), cells,
                                                                 strict=True)]
    return items


def departments_and_features() -> list[Item]:
    """Lines named by department after the number, features after others, the carrier's
    contact line with the same words ("Billing questions") below."""
    return [
        (40, 50, "B:Plains Telephone", 18), (400, 50, "Account No. 7741-0093", 9),
        (40, 100, "B:Your Lines", 11),
        (40, 116, "720-555-0133  Main", 9), (40, 128, "720-555-0134  Sales", 9),
        (40, 140, "720-555-0135  Billing", 9), (40, 152, "720-555-0136  Support", 9),
        (40, 164, "720-555-0137  Fax", 9),
        (40, 200, "B:Local Service", 11),
        (40, 216, "Business line 720-555-0141 with Unlimited Calling", 9), (450, 216, "$38.00", 9),
        (40, 228, "720-555-0142 Call Forwarding, Caller ID", 9), (450, 228, "$38.00", 9),
        (40, 290, "Repair: 1-800-555-0177   Billing questions: 1-800-555-0178", 8),
        (40, 302, "To report trouble call 720-555-0199", 8),
    ]


def ranges_every_way() -> list[Item]:
    """DID blocks in the notations carriers use, a table of first and last numbers, and one of
    exchanges with the first and last line ('NPA-NXX | From | To')."""
    return [
        (40, 50, "B:Metro Fiber", 18), (400, 50, "Account 33018820", 9),
        (40, 100, "B:Telephone Numbers", 11),
        (40, 116, "720.555.0140 – 0143", 9), (40, 128, "720-555-0150 thru -0152", 9),
        (40, 140, "(720) 555-0170 to 0172", 9), (40, 152, "7205550180-7205550182", 9),
        (40, 164, "720-555-0190 through 92", 9), (40, 176, "720/555-0160", 9),
        (40, 188, "720-555-0111 - 720-555-0113", 9),
        (40, 230, "B:DID Blocks", 11),
        (40, 248, "B:Range Start", 8), (160, 248, "B:Range End", 8), (280, 248, "B:Quantity", 8),
        (40, 260, "312-555-0140", 9), (160, 260, "312-555-0149", 9), (280, 260, "10", 9),
        (40, 272, "312-555-0160", 9), (160, 272, "312-555-0164", 9), (280, 272, "5", 9),
        (400, 248, "B:NPA-NXX", 8), (460, 248, "B:From", 8), (510, 248, "B:To", 8),
        (400, 260, "415-555", 9), (460, 260, "0120", 9), (510, 260, "0123", 9),
        (40, 330, "B:Call Detail", 11),
        (40, 346, "B:Date", 8), (90, 346, "B:From", 8), (190, 346, "B:To", 8),
        (290, 346, "B:Minutes", 8),
        (40, 358, "03/02", 8), (90, 358, "720-555-0111", 8), (190, 358, "720-555-0188", 8),
        (290, 358, "3", 8),
    ]


def charges_by_line() -> list[Item]:
    """A later page: each line a bold heading with its user, its charges and features under it."""
    return [
        (40, 50, "B:Keystone Wireless", 12), (400, 50, "Page 2 of 2", 8),
        (40, 90, "B:Charges by line", 12),
        (40, 110, "B:412-555-0121  ROBIN HALE", 10), (60, 124, "Unlimited Talk & Text", 9),
        (400, 124, "$40.00", 9), (60, 136, "Call Waiting", 9), (400, 136, "$0.00", 9),
        (40, 160, "B:412-555-0122  SHOP PHONE", 10), (60, 174, "Unlimited Talk & Text", 9),
        (400, 174, "$40.00", 9),
        (40, 198, "B:412-555-0123  TABLET", 10), (60, 212, "Data Connect", 9),
        (400, 212, "$20.00", 9),
    ]


def names_in_blocks() -> list[Item]:
    """Mailing blocks: a name wrapped onto two lines; a legal name over its trade name (DBA);
    a labelled name that wraps; a company over a department line."""
    return [
        (40, 50, "B:Prairie Tel", 16), (400, 50, "Account Number 44120-9", 9),
        (40, 100, "NORTHERN LIGHTS VETERINARY", 10), (40, 112, "HOSPITAL PC", 10),
        (40, 124, "118 MAIN ST", 10), (40, 136, "SALINA, KS 67401", 10),
        (330, 100, "Account Name:", 9), (420, 100, "Northern Lights Veterinary", 9),
        (420, 112, "Hospital PC", 9),
        (40, 180, "Telephone Numbers: 785-555-0101", 9),
        (40, 640, "ACME HOLDINGS LLC", 10), (40, 652, "DBA JOE'S PIZZA", 10),
        (40, 664, "PO BOX 88", 10), (40, 676, "SALINA, KS 67402", 10),
    ]


def tables_of_lines() -> list[Item]:
    """A wireless line summary with a 'Usage Charges' column (money, not calls), a users table
    with e-mail cells left of a 'Number' column, and call detail with a date column."""
    return [
        (40, 50, "B:Lakeshore Cellular", 16), (400, 50, "Account 78120044", 9),
        (40, 90, "B:Line Summary", 12),
        (40, 108, "B:Phone Number", 8), (140, 108, "B:Name", 8), (260, 108, "B:Plan Charges", 8),
        (360, 108, "B:Usage Charges", 8), (460, 108, "B:Total", 8),
        (40, 120, "414-555-0161", 9), (140, 120, "M. Keller", 9), (260, 120, "$40.00", 9),
        (360, 120, "$3.20", 9), (460, 120, "$43.20", 9),
        (40, 132, "414-555-0162", 9), (140, 132, "Warehouse", 9), (260, 132, "$40.00", 9),
        (360, 132, "$0.00", 9), (460, 132, "$40.00", 9),
        (40, 180, "B:Users", 12),
        (40, 198, "B:User", 8), (150, 198, "B:Email", 8), (300, 198, "B:Number", 8),
        (400, 198, "B:Ext.", 8),
        (40, 210, "Ana Reyes", 9), (150, 210, "ana@reyeslaw.example", 9),
        (300, 210, "(414) 555-0121", 9), (400, 210, "201", 9),
        (40, 270, "B:Usage Detail", 12),
        (40, 286, "B:Date", 8), (100, 286, "B:Time", 8), (160, 286, "B:Number", 8),
        (280, 286, "B:Minutes", 8),
        (40, 298, "03-02", 8), (100, 298, "09:12", 8), (160, 298, "414-555-0177", 8),
        (280, 298, "4", 8),
    ]
