"""Bills drawn line by line (see drawn.py) for the failure classes of blind3, the split the reader
met first at the end of round 4; each follows how real carriers print the thing, not the
generator's layout.

- a hosted-voice routing table: each number, then where its calls go ("Rings to", "Forward to
  (312) 555-0199"): the destination is not one of the account's lines;
- a DID inventory printing the exchange once ("NPA-NXX" over "402-555 | 0103 | 0130 ..."): each
  four-digit cell is a line of that exchange;
- the service location as a table row under "Street | City | State | ZIP";
- the account's header as a one-row table ("Invoice No. | Date | Amount Due") whose "Date" is the
  statement's, beside call detail whose "Date" column is not;
- a "Pay to" block beside the customer's "Bill to" block; French "Code client" and "Ligne
  principale".
"""

from __future__ import annotations

from tests.unit.bills.drawn import Item


def routing_table() -> list[Item]:
    """A hosted PBX's numbers, each with the place its calls are sent to."""
    return [
        (40, 50, "B:Lakeshore Cloud Voice", 18), (400, 44, "Account ID 77120", 9),
        (400, 58, "Statement Date 05/02/2026", 9),
        (40, 100, "Birchwood Framing Co", 10), (40, 112, "72 Alder St", 10),
        (40, 124, "Duluth, MN 55802", 10),
        (40, 170, "B:Your Numbers", 12),
        (40, 188, "B:Number", 8), (160, 188, "B:Label", 8), (300, 188, "B:Rings To", 8),
        (40, 202, "(218) 555-0140", 9), (160, 202, "Office", 9), (300, 202, "Desk phones", 9),
        (40, 216, "(218) 555-0141", 9), (160, 216, "After hours", 9),
        (300, 216, "Forward to (612) 555-0187", 9),
        (40, 230, "(218) 555-0142", 9), (160, 230, "Owner", 9),
        (300, 230, "Forwarded to 651-555-0133", 9),
        (40, 700, "Support 1-800-555-0109 · lakeshorevoice.example", 7),
    ]


def exchange_grid() -> list[Item]:
    """A trunk bill's number inventory: the exchange once, its lines beside it."""
    return [
        (40, 50, "B:Prairie SIP", 18), (400, 44, "Account PS-4410", 9),
        (400, 58, "Invoice Date 2026-02-01", 9),
        (40, 100, "Sandhill Veterinary PC", 10), (40, 112, "910 Pioneer Rd", 10),
        (40, 124, "Lincoln, NE 68508", 10),
        (40, 170, "B:Number Inventory", 12),
        (40, 188, "B:NPA-NXX", 8), (120, 188, "B:Lines", 8),
        (40, 202, "531-555", 9), (120, 202, "0110", 9), (170, 202, "0124", 9),
        (220, 202, "0187", 9),
        (40, 260, "B:Usage", 12),
        (40, 278, "B:Date", 8), (100, 278, "B:Time", 8), (160, 278, "B:Number Called", 8),
        (40, 292, "01/12", 8), (100, 292, "9:14 AM", 8), (160, 292, "402-555-0166", 8),
    ]


def address_row_and_header_date() -> list[Item]:
    """The account's header as a one-row table, the service location as a table row, and call
    detail with a 'Date' column under it."""
    return [
        (40, 50, "B:Ridge Valley Telephone", 18),
        (300, 90, "B:Invoice No.", 8), (380, 90, "B:Date", 8), (460, 90, "B:Amount Due", 8),
        (300, 104, "88213", 9), (380, 104, "2026-03-14", 9), (460, 104, "$211.40", 9),
        (40, 90, "Account Number 5521-0098", 9),
        (40, 130, "Granite Ledge Outfitters", 10), (40, 142, "PO Box 115", 10),
        (40, 154, "Bozeman, MT 59771", 10),
        (40, 200, "B:Service Location", 11),
        (40, 216, "B:Street", 8), (220, 216, "B:City", 8), (320, 216, "B:State", 8),
        (370, 216, "B:ZIP", 8),
        (40, 230, "47 Bridger Canyon Rd", 9), (220, 230, "Bozeman", 9), (320, 230, "MT", 9),
        (370, 230, "59715", 9),
        (40, 260, "Main Listing 406-555-0170", 9),
        (40, 320, "B:Toll Calls", 12),
        (40, 336, "B:Date", 8), (100, 336, "B:Number Called", 8), (220, 336, "B:Min", 8),
        (40, 350, "2026-02-20", 8), (100, 350, "303-555-0111", 8), (220, 350, "3", 8),
        (40, 362, "2026-02-21", 8), (100, 362, "212-555-0143", 8), (220, 362, "8", 8),
    ]


def pay_to_beside_bill_to() -> list[Item]:
    """'Bill To' over a label-and-value line and the customer, 'Pay To' over the carrier's
    remit block, side by side."""
    return [
        (40, 50, "B:Northpoint Data", 18), (400, 50, "STATEMENT", 10),
        (40, 100, "B:Bill To", 9), (330, 100, "B:Pay To", 9),
        (40, 114, "Account NP-22019", 9), (330, 114, "Northpoint Data Services LLC", 9),
        (40, 128, "Copperline Dental Studio", 9), (330, 128, "PO Box 5510", 9),
        (330, 140, "Tulsa, OK 74155", 9),
        (40, 152, "1404 Elm Ridge Dr", 9), (40, 164, "Tulsa, OK 74133", 9),
        (40, 220, "B:Phone Numbers", 10), (40, 236, "918-555-0120", 9),
    ]


def french_labels() -> list[Item]:
    """A Quebec bill: 'Code client' for the account, 'Ligne principale' for the billing number,
    the installation address on one line with a comma after the house number."""
    return [
        (40, 50, "B:Télé-Rive", 18), (360, 44, "Code client : KQ8841", 9),
        (360, 58, "Date de la facture : 12 mars 2026", 9),
        (40, 100, "Adresse de facturation", 8), (330, 100, "Adresse d'installation", 8),
        (40, 114, "Ébénisterie Bouchard inc.", 9),
        (330, 114, "212, boulevard Taché bureau 4, Rimouski, QC G5L 1B2", 9),
        (40, 126, "C.P. 4410", 9), (40, 138, "Rimouski (Québec) G5L 7C1", 9),
        (40, 180, "Ligne principale : 418 555-0171", 9),
        (40, 220, "Service à la clientèle 1 888 555-0190", 8),
    ]


def address_reaching_the_next_column() -> list[Item]:
    """A summary table whose service-location cell holds the address on one line, printed wider
    than its header and reaching under the edge of the next column's header."""
    return [
        (40, 50, "B:Green Mountain Tel", 18), (400, 44, "Account Number 802 555-0150 117", 9),
        (40, 90, "QUARRY HILL GRANITE WORKS", 10), (40, 102, "PO BOX 77", 10),
        (40, 114, "BARRE, VT 05641", 10),
        (40, 160, "B:Billing Summary", 11),
        (200, 178, "B:Site / Service Location", 8), (400, 178, "B:Charges", 8),
        (200, 192, "Business Lines", 9), (400, 192, "$88.10", 9),
        (228, 204, "88 QUARRY HILL RD STE 4 BARRE VT 05641", 9),
        (200, 216, "Long Distance", 9), (400, 216, "$12.00", 9),
        (40, 240, "B:Telephone Numbers", 9), (40, 254, "802-555-0150", 9),
    ]


def header_over_one_address() -> list[Item]:
    """'Service Address' heads a one-row header table; the mailing block far under its column is
    the customer's mailing address, not a second service address."""
    return [
        (40, 40, "B:Prairie Wind Cable", 16),
        (40, 80, "B:Service Address", 8), (330, 80, "B:Main Phone", 8),
        (430, 80, "B:Account Number", 8),
        (40, 94, "71 Sunset Dr, Salina, KS 67401", 9), (330, 94, "785.555.0149", 9),
        (430, 94, "80752713381", 9),
        (40, 124, "Statement Date 11/23/2025", 9), (330, 124, "Payment Due Date 12/13/2025", 9),
        (60, 160, "Cedar Grove Cafe Inc.", 10), (60, 172, "3848 Elm Rd", 10),
        (60, 184, "Salina, KS 67402", 10),
    ]


def mailing_block_on_the_stub() -> list[Item]:
    """The service address under its label at the top; the account holder's mailing block only
    on the payment stub, in the bottom half of the page, unlabelled."""
    return [
        (40, 40, "B:Coastal Plains Telephone", 16), (420, 40, "Account Number 495569", 9),
        (40, 90, "Billing Name", 8), (40, 102, "SEA OATS DENTAL PLLC", 9),
        (40, 120, "Service Address", 8), (40, 132, "5584 WASHINGTON ST", 9),
        (40, 144, "WILMINGTON, NC 28401", 9),
        (40, 200, "B:Telephone Numbers", 9), (40, 214, "910-555-0136", 9),
        (40, 560, "Please detach and return this portion with your payment.", 8),
        (40, 600, "Coastal Plains Telephone", 9), (40, 612, "PO Box 2159", 9),
        (40, 624, "Raleigh, NC 27602-2159", 9),
        (330, 650, "SEA OATS DENTAL PLLC", 9), (330, 662, "PO BOX 90814", 9),
        (330, 674, "WILMINGTON, NC 28402", 9),
    ]


def help_line_under_the_lines(phrase: str) -> list[Item]:
    """The account's lines under their heading, and right under them one of the carrier's
    contact or payment lines in the carrier's words."""
    return [
        (40, 40, "B:Bluewater Telecom", 16), (380, 40, "Account 4410-22", 9),
        (380, 54, "Bill Date 03/03/2026", 9),
        (40, 80, "Acme Tool Co", 9), (40, 92, "9 Elm St", 9), (40, 104, "Dover, DE 19901", 9),
        (40, 140, "B:Telephone Numbers", 9), (40, 154, "302-555-0117", 9),
        (40, 166, "302-555-0118", 9), (40, 182, f"{phrase} 302-555-0190", 9),
    ]


def labelled_over_its_value(label: str, value: str) -> list[Item]:
    """One field's label with its value printed under it, beside the account's header."""
    return [
        (40, 40, "B:Bluewater Telecom", 16), (380, 40, "Account 4410-22", 9),
        (380, 54, "Bill Date 03/03/2026", 9), (380, 68, label, 8), (380, 80, value, 9),
        (40, 80, "Acme Tool Co", 9), (40, 92, "PO Box 9", 9), (40, 104, "Dover, DE 19901", 9),
        (40, 160, "B:Telephone Numbers", 9), (40, 174, "302-555-0117", 9),
        (40, 186, "302-555-0118", 9),
    ]


def users_column() -> list[Item]:
    """A table of wireless lines with each line's user under 'Subscriber'; the account holder
    is the mailing block's name."""
    return [
        (40, 40, "B:Northern Cell", 16), (380, 40, "Account Number 067519619", 9),
        (380, 54, "Invoice Date July 26, 2025", 9),
        (40, 90, "Granite Peak Auto Repair Ltd", 10), (40, 102, "4754 Sunset Way", 10),
        (40, 114, "Vancouver BC V6B 4K9", 10),
        (40, 170, "B:Wireless Number", 8), (200, 170, "B:Subscriber", 8), (480, 170, "B:Total", 8),
        (40, 184, "604-555-0168", 9), (200, 184, "S. MACDONALD", 9), (480, 184, "$84.37", 9),
        (40, 196, "604-555-0105", 9), (200, 196, "M. WONG", 9), (480, 196, "$46.78", 9),
    ]


def unit_before_the_street(*lines: str) -> list[Item]:
    """The service address with its unit printed first (Canada Post's 'Unit 4' over the street,
    or 'Unit 4, 123 Main St, ...' on one line)."""
    return [
        (40, 40, "B:Bluewater Telecom", 16), (380, 40, "Account 4410-22", 9),
        (380, 54, "Bill Date 03/03/2026", 9),
        (40, 80, "Acme Tool Co", 9), (40, 92, "PO Box 9", 9), (40, 104, "Toronto ON  M5V 1A1", 9),
        (300, 130, "Service Address", 8),
        *((300, 142 + 12 * i, text, 9) for i, text in enumerate(lines)),
        (40, 200, "B:Telephone Numbers", 9), (40, 214, "416-555-0117", 9),
    ]
