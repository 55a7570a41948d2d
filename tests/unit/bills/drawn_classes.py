"""Bills drawn for the failure classes seen on the blind splits (see drawn.py for the format).

Each is built on a class of how carriers print, with its own words and places, never a copy of
a corpus family: a customer's name holding label words over its address, header cells printed
close together, a wordmark split over two lines beside a header grid, the account's lines on
a page whose top holds no header band, slash and comma short lists, a DID feature called
"Direct Inward Dial", a help line for an audience ("Business customers").
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.unit.bills.drawn import Item


def name_with_label_words() -> list[Item]:
    """'HILLTOP AUTO REPAIR CO.' over its street and City-ST-ZIP, 'Current Charges' beside it,
    and the lines listed under a heading further down (one as a range)."""
    return [
        (40, 50, "B:Meadowlark Telephone", 18),
        (40, 90, "Account Number", 8), (200, 90, "Billing TN", 8), (330, 90, "Bill Date", 8),
        (40, 102, "3310-77-2094", 9), (200, 102, "(541) 555-0120", 9),
        (330, 102, "03/02/2026", 9),
        (60, 150, "HILLTOP AUTO REPAIR CO.", 10), (380, 150, "Current Charges", 9),
        (60, 162, "771 FIR ST", 10), (380, 162, "Local Service      $81.20", 9),
        (60, 174, "BEND, OR 97701", 10),
        (40, 220, "Lines on this account", 9), (380, 220, "Repair 1-866-555-0188", 9),
        (40, 234, "(541) 555-0120", 9),
        (40, 246, "(541) 555-0131 to (541) 555-0134", 9),
    ]


def _after(x: float, text: str, size: float) -> float:
    """Where the next word starts after `text` drawn at x (Helvetica, one space)."""
    return x + float(stringWidth(text + " ", "Helvetica", size))


def run_together_header() -> list[Item]:
    """A summary of accounts whose header cells print as one run of words; the cells under
    them start where each header's first word starts."""
    btn_x = 150.0
    addr_x = _after(btn_x, "Billing Telephone Number", 8)
    return [
        (40, 50, "B:Coastway Business", 18), (400, 50, "Summary Bill", 9),
        (40, 100, "Customer", 8), (40, 112, "Juniper Hill Dental", 9),
        (40, 150, "B:Summary of Accounts", 10),
        (40, 166, "Account Number", 8),
        (btn_x, 166, "Billing Telephone Number Service Address", 8), (520, 166, "Amount", 8),
        (40, 180, "4410022-118", 9), (btn_x, 180, "614-555-0150", 9),
        (addr_x, 180, "88 Elm St, Columbus, OH 43215", 9), (520, 180, "$88.10", 9),
        (40, 194, "4410022-226", 9), (btn_x, 194, "614-555-0177", 9),
        (addr_x, 194, "12 Oak Ave, Columbus, OH 43201", 9), (520, 194, "$41.55", 9),
    ]


def wordmark_beside_grid() -> list[Item]:
    """The carrier's wordmark on two lines ('BRIGHTWAVE' over 'Business') left of a header grid
    whose invoice number is ten bare digits."""
    return [
        (40, 40, "B:BRIGHTWAVE", 22), (150, 56, "Business", 12),
        (330, 44, "Invoice Number", 8), (450, 44, "Invoice Date", 8),
        (330, 56, "3499854224", 9), (450, 56, "8 Dec 2025", 9),
        (330, 80, "Account Number", 8), (450, 80, "Payment Terms", 8),
        (330, 92, "0188414", 9), (450, 92, "Net 30", 9),
        (40, 130, "Bill To", 8), (40, 142, "Tamarack Logistics LLC", 9),
        (40, 154, "3882 NW Willow Ave", 9), (40, 166, "Spokane, WA 99246", 9),
        (40, 210, "B:Phone Numbers", 10),
        (40, 224, "509-555-0132", 9), (40, 236, "509-555-0114", 9),
    ]


def lines_at_the_top_of_page_two() -> tuple[list[Item], list[Item]]:
    """Page 2 starts with the account's lines (no header band), its carrier line in the footer
    names the carrier's web site beside a local number."""
    first: list[Item] = [
        (40, 50, "B:Riverbend Voice", 18), (380, 50, "Account Number: 88120-4471", 9),
        (380, 62, "Statement Date: 02/27/2026", 9),
        (40, 120, "Service At:", 9), (40, 132, "Pinecrest Print Shop", 9),
        (40, 144, "4402 E Park Ct", 9), (40, 156, "Spokane, WA 99243", 9),
        (40, 200, "Your phone numbers are itemized on page 2.", 9),
    ]
    second: list[Item] = [
        (40, 30, "(509) 555-0178", 9), (200, 30, "Business Voice Line", 9),
        (40, 42, "(509) 555-0165", 9), (200, 42, "Business Voice Line", 9),
        (40, 54, "(509) 555-0190 THRU (509) 555-0195", 9), (250, 54, "Direct Inward Dial (6)", 9),
        (40, 760, "lumen.com  ·  509-555-0100", 7),
    ]
    return first, second


def short_lists_and_help() -> list[Item]:
    """Lines as 'head/tail/tail' and 'head, tail, tail'; help lines for an audience."""
    return [
        (40, 50, "B:Northwind Fiber", 18), (380, 50, "Account # NF0733822", 9),
        (40, 100, "Telephone Numbers:", 9), (140, 100, "720-555-0142/0136/0108", 9),
        (40, 114, "Fax lines:", 9), (140, 114, "720-555-0160, 0163, 0171", 9),
        (360, 100, "Business customers 720-643-4411", 9),
        (360, 114, "Residential customers 720-643-4400", 9),
    ]


def header_on_two_lines() -> list[Item]:
    """Header cells printed on two lines: 'Main' over 'Line', 'Account' over
    'Number'; the billing number is one of the account's lines listed further down."""
    return [
        (40, 50, "B:Prairie Line Communications", 16),
        (40, 90, "Account", 8), (160, 90, "Main", 8), (300, 90, "Bill", 8),
        (40, 99, "Number", 8), (160, 99, "Line", 8), (300, 99, "Date", 8),
        (40, 112, "88201-4471", 9), (160, 112, "(316) 555-0142", 9), (300, 112, "04/11/2026", 9),
        (40, 150, "Customer: Flint Hills Surveying", 9),
        (40, 190, "B:Your lines", 10),
        (40, 204, "(316) 555-0142", 9), (40, 216, "(316) 555-0157", 9),
    ]


def call_detail_without_its_header() -> list[Item]:
    """Toll call rows in a right-hand column under 'Charge Detail - Toll Calls' and a 'From'
    line, their own header row lost (as OCR loses small type), and a 'Top Terminating
    Numbers' box: every number in them was dialed, none is one of the lines."""
    return [
        (40, 50, "B:Ridgeline Telephone Co-op", 18),
        (40, 90, "Account Number", 8), (200, 90, "Bill Date", 8),
        (40, 102, "5521-0093", 9), (200, 102, "05/30/2026", 9),
        (40, 150, "Main Listing 509 555-0175", 10),
        (40, 170, "Telephone No.", 8), (160, 170, "Service", 8),
        (40, 182, "509 555-0175", 9), (160, 182, "Business Line", 9),
        (330, 150, "Charge Detail - Toll Calls", 10),
        (330, 180, "From 509 555-0175", 9),
        (330, 200, "05/01", 8), (370, 200, "415 555-0167", 8), (450, 200, "8", 8),
        (490, 200, "0.09", 8),
        (330, 212, "05/02", 8), (370, 212, "470 555-0122", 8), (450, 212, "3", 8),
        (490, 212, "0.27", 8),
        (330, 224, "05/04", 8), (370, 224, "702 555-0135", 8), (450, 224, "12", 8),
        (490, 224, "0.18", 8),
        (40, 260, "Top Terminating Numbers", 9),
        (40, 274, "3125550169    325 min", 9), (200, 274, "2065550130    76 min", 9),
    ]
