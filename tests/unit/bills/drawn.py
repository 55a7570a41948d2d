"""Small bills drawn line by line with reportlab, each modelled on a way real carriers print one.

Each is a list of (x, y from the top, text, size) in points on a letter page; "B:" before a text
makes it bold. They are built for one failure class each, not to resemble any generator's layout.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

Item = tuple[float, float, str, float]


def draw(path: Path, *pages: list[Item], landscape: bool = False) -> Path:
    size = (letter[1], letter[0]) if landscape else letter
    canvas = Canvas(str(path), pagesize=size)
    height = size[1]
    for items in pages:
        for x, y, text, size in items:
            font = "Helvetica-Bold" if text.startswith("B:") else "Helvetica"
            canvas.setFont(font, size)
            canvas.drawString(x, height - y, text.removeprefix("B:"))
        canvas.showPage()
    canvas.save()
    return path


def cox_business() -> list[Item]:
    """Wordmark "cox", the service location on one line, a DID range, a help line beside it."""
    return [
        (40, 50, "B:cox", 30), (400, 40, "Account Number", 8), (400, 52, "001 8402 117233801", 10),
        (400, 70, "Statement Date", 8), (400, 82, "March 4, 2026", 10),
        (40, 110, "Customer Since 2014", 8),
        (40, 140, "HARBOR DENTAL GROUP LLC", 10), (40, 152, "ATTN MARIA LOPEZ", 10),
        (40, 164, "PO BOX 4410", 10), (40, 176, "OXNARD CA 93031-4410", 10),
        (40, 215, "B:Service Location: 1200 Harbor Blvd Ste 210, Oxnard, CA 93035", 9),
        (40, 240, "B:Main Number", 9), (140, 240, "(805) 555-0142", 9),
        (40, 256, "B:Telephone Numbers", 9),
        (40, 270, "805-555-0142 THRU 0149", 9), (250, 270, "Business Voice Lines", 9),
        (40, 300, "Questions about your bill? Call 1-866-555-0190 or visit coxbusiness.com", 8),
        (40, 314, "Pay by phone 1-800-555-0122 (24/7)", 8),
        (40, 700, "© 2026 Cox Communications, Inc. All rights reserved.", 7),
    ]


def wireless_tables() -> list[Item]:
    """"T T-Mobile" wordmark, a lines table with a header, call detail with dialed numbers."""
    return [
        (40, 50, "B:T  T-Mobile", 24), (380, 45, "Account: 9876 5432 1", 10),
        (380, 60, "Bill close date: 02/14/2026", 9),
        (40, 100, "Northgate Logistics Inc", 10), (40, 112, "88 W Madison Ave", 10),
        (40, 124, "Unit 12", 10), (40, 136, "Denver, CO 80203", 10),
        (40, 180, "B:LINE", 9), (160, 180, "B:PLAN", 9), (320, 180, "B:AMOUNT", 9),
        (40, 194, "(303) 555-0117", 9), (160, 194, "Business Unlimited", 9), (320, 194, "$45.00", 9),
        (40, 206, "(303) 555-0118", 9), (160, 206, "Business Unlimited", 9), (320, 206, "$45.00", 9),
        (40, 250, "B:USAGE DETAILS", 11),
        (40, 266, "B:Date", 8), (100, 266, "B:Time", 8), (160, 266, "B:Number", 8),
        (260, 266, "B:Destination", 8), (360, 266, "B:Min", 8),
        (40, 278, "02/01", 8), (100, 278, "9:14 AM", 8), (160, 278, "(720) 555-0161", 8),
        (260, 278, "Denver CO", 8), (360, 278, "4", 8),
        (40, 290, "02/03", 8), (100, 290, "1:02 PM", 8), (160, 290, "(303) 555-0199", 8),
        (260, 290, "Denver CO", 8), (360, 290, "12", 8),
        (40, 740, "Questions? Dial 611 from your phone or 1-877-555-0186. T-Mobile.com", 7),
    ]


def quebec() -> list[Item]:
    """French labels, the value under its label, "Montréal (Québec)" and a Canadian code."""
    return [
        (40, 50, "B:Vidéotron", 22), (360, 40, "Numéro de compte", 8), (360, 52, "4410 2231 09", 10),
        (360, 70, "Date de facturation", 8), (360, 82, "2026-03-01", 10),
        (40, 110, "Nom du client", 8), (40, 122, "Boulangerie Saint-Denis Inc.", 10),
        (40, 150, "Adresse de service", 8), (40, 162, "4200, rue Saint-Denis, bureau 3", 10),
        (40, 174, "Montréal (Québec) H2J 2K8", 10),
        (40, 210, "Numéro de téléphone principal", 8), (200, 210, "514 555-0134", 10),
        (40, 240, "Service à la clientèle : 1 888 555-0150", 8),
        (40, 700, "videotron.com", 7),
    ]


def grid_labels() -> list[Item]:
    """A header row of labels with the values in the row under it; BTN as "Billing TN"."""
    return [
        (40, 50, "B:Keystone Telephone Company", 18),
        (40, 100, "B:Account Number", 8), (180, 100, "B:Invoice Number", 8),
        (320, 100, "B:Billing TN", 8), (460, 100, "B:Bill Date", 8),
        (40, 112, "5520-1187-33", 10), (180, 112, "INV-0098812", 10),
        (320, 112, "412-555-0171", 10), (460, 112, "Jan 9, 2026", 10),
        (40, 150, "B:Bill To", 8), (300, 150, "B:Service Address", 8),
        (40, 162, "Copper Kettle Cafe", 10), (300, 162, "77 Cedar Street", 10),
        (40, 174, "PO Box 55", 10), (300, 174, "Pittsburgh, PA 15222", 10),
        (40, 186, "Pittsburgh, PA 15230", 10),
        (40, 230, "B:Remit to", 8), (40, 242, "Keystone Telephone Company", 10),
        (40, 254, "500 Grant St", 10), (40, 266, "Pittsburgh, PA 15219", 10),
    ]


def att_wireline() -> list[Item]:
    """The billing number inside the account number, a one-line service address without commas,
    the account's numbers in one comma-separated line, a name after "Name:"."""
    return [
        (40, 50, "B:AT&T", 26), (330, 45, "Page 1 of 3", 8),
        (330, 60, "Account Number 212 555-0142 883 4", 9), (330, 72, "Issue Date: Feb 12, 2026", 9),
        (40, 110, "Name: HARBOR VIEW DENTAL PC", 9),
        (40, 124, "Your service address: 350 5th Ave Fl 12 New York NY 10118-0110", 9),
        (40, 150, "Telephone numbers on this account: 212 555-0142, 212 555-0143, 212 555-0157", 9),
        (40, 190, "B:Monthly Summary", 11), (40, 206, "Local Service", 9), (400, 206, "$112.40", 9),
        (40, 218, "Long Distance", 9), (400, 218, "$14.02", 9),
        (40, 260, "To report a repair problem call 611 or 1 800 555-0175. att.com/business", 8),
        (40, 300, "HARBOR VIEW DENTAL PC", 10), (40, 312, "PO BOX 9090", 10),
        (40, 324, "NEW YORK NY 10117", 10),
    ]


def verizon_columns() -> list[Item]:
    """A label left of a multi-line value, the main number by its own words, call detail with a
    "Calls from" line for the customer's line and dialed numbers under it."""
    return [
        (40, 50, "B:verizon", 24),
        (40, 100, "Customer Name and Address", 8), (40, 112, "Lakeside Veterinary Clinic", 10),
        (40, 124, "410 E Lake Dr", 10), (40, 136, "Madison WI 53703", 10),
        (320, 100, "Account number", 8), (430, 100, "0412 7739 0001 58", 9),
        (320, 114, "Your main number", 8), (430, 114, "608.555.0119", 9),
        (320, 128, "Service address", 8), (430, 128, "2214 Willow Way", 9),
        (430, 140, "Suite 5", 9), (430, 152, "Madison, WI 53704", 9),
        (320, 166, "Bill date", 8), (430, 166, "03/02/2026", 9),
        (40, 220, "B:CALL DETAIL", 12),
        (40, 238, "Calls from 608.555.0119", 9),
        (40, 252, "Date", 8), (100, 252, "Called", 8), (200, 252, "Place", 8), (300, 252, "Minutes", 8),
        (40, 264, "02/04", 8), (100, 264, "608.555.0188", 8), (200, 264, "Madison WI", 8),
        (300, 264, "3", 8),
        (40, 276, "02/09", 8), (100, 276, "414.555.0102", 8), (200, 276, "Milwaukee WI", 8),
        (300, 276, "11", 8),
        (40, 320, "Questions? verizon.com/support  1-800-555-0166", 8),
    ]


def multi_location() -> list[Item]:
    """Several service locations in a table, each row street | city | state | ZIP | number."""
    return [
        (40, 50, "B:Prairie Link", 20), (380, 50, "Account No. 77-4410-2", 10),
        (40, 90, "Silver Pine Realty LLC", 10), (40, 102, "900 Market St", 10),
        (40, 114, "Wichita, KS 67202", 10),
        (40, 150, "B:SERVICE LOCATIONS", 11),
        (40, 166, "B:Address", 8), (200, 166, "B:City", 8), (300, 166, "B:State", 8),
        (350, 166, "B:ZIP", 8), (420, 166, "B:Telephone", 8),
        (40, 178, "1450 N Rock Rd", 9), (200, 178, "Wichita", 9), (300, 178, "KS", 9),
        (350, 178, "67206", 9), (420, 178, "316-555-0121", 9),
        (40, 190, "77 S Main St Ste 2", 9), (200, 190, "Derby", 9), (300, 190, "KS", 9),
        (350, 190, "67037", 9), (420, 190, "316-555-0144", 9),
    ]


def bilingual_grid() -> list[Item]:
    """Bilingual labels with the value right of them, a Quebec numbered company over a "CP"
    box, the account's numbers as a grid with a French range ("à"), contact lines in French."""
    return [
        (40, 40, "B:TELUS Business", 20), (330, 40, "Numéro de compte / Account number:", 7),
        (500, 40, "31-4477-0928", 9), (330, 52, "Date de la facture / Bill date:", 7),
        (500, 52, "15 mars 2026", 9),
        (40, 100, "9180-4421 QUÉBEC INC.", 10), (40, 112, "a/s Jean Tremblay", 10),
        (40, 124, "CP 2210 SUCC CENTRE-VILLE", 10), (40, 136, "MONTRÉAL QC  H3C 3T2", 10),
        (330, 100, "B:Adresse de service / Service address", 8),
        (330, 112, "1500, boul. Robert-Bourassa, bureau 810", 9),
        (330, 124, "Montréal (Québec)  H3A 3S7", 9),
        (40, 180, "B:Vos services / Your services", 11),
        (40, 196, "514 555-0111", 9), (160, 196, "514 555-0112", 9), (280, 196, "514 555-0113", 9),
        (40, 208, "514 555-0114", 9), (160, 208, "514 555-0115 à 0119", 9),
        (40, 250, "Pour nous joindre / Contact us : 1 866 555-0141  ·  telus.com/affaires", 7),
        (40, 262, "Paiement par téléphone / Pay by phone : 1 800 555-0177", 7),
    ]
