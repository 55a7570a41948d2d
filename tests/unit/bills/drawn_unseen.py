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
