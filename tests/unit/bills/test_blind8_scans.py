"""Scan classes the opened blind8 split showed, each on OCR words drawn here (never on a corpus
bill):

- a wordmark whose letters OCR split apart ('Ri verside', 'N O R T H W A Y') is the carrier
  whose name those letters spell, when nobody listed that carrier; other letters stay a question
  or a mismatch;
- a help heading OCR read a letter off ('Customer Gare' for "Customer Care") is no name label
  answered by its last word: the account holder is not 'Gare';
- a speck OCR read glued before an address line's first word ('+2726 Madison Blvd', '*Suite
  5A') is no part of it: the service address under its label is still read, not the mailing
  address's PO box beside it;
- a Canadian postal code whose zero OCR read as the letter O ('N0M 5V4' read 'NOM 5V4') is
  that code: a code has a digit in every second place.
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.addrparse import parse_address_lines
from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase


def _page(rows: list[tuple[float, float, str, float]], tall: int = 0) -> BillDocument:
    """OCR words: (left, top, words joined by '|', confidence) a row each; the first `tall`
    rows printed large (a wordmark)."""
    words = []
    for r, (x, top, text, conf) in enumerate(rows):
        size = 2.0 if r < tall else 1.0
        for w in text.split("|"):
            words.append(Word(w, x, top, x + 6 * size * len(w), top + 10 * size, conf))
            x += (6 * len(w) + 5) * size
    return BillDocument(Path("scan.png"), (Page(1, 612, 792, tuple(words), "ocr"),), 1)


def _carrier(wordmark: str, typed: str) -> Verdict:
    doc = _page([(44, 30, wordmark, 0.93),
                 (340, 30, "Account|Number|7730-1184", 0.95),
                 (60, 110, "Lakeview|Dental|Group", 0.94),
                 (60, 124, "418|Birch|St", 0.94),
                 (60, 138, "Harlan|KY|40831", 0.94),
                 (60, 210, "Total|Amount|Due|$88.10", 0.94)], tall=1)
    case = PortCase(account_name="", account_number="7730-1184", losing_carrier=typed)
    return compare(case, extract_fields(doc)).fields["carrier"].verdict


def test_a_wordmark_whose_letters_ocr_split_is_the_carrier_they_spell() -> None:
    assert _carrier("Ri|verside|Telephone", "Riverside Telephone") == Verdict.EXACT
    assert _carrier("N|O|R|T|H|W|A|Y", "NORTHWAY") == Verdict.EXACT
    assert _carrier("N|O|R|T|H|W|A|Y", "Northway") == Verdict.EQUIVALENT


def test_other_letters_spaced_apart_are_no_match() -> None:
    assert _carrier("Ri|verside|Telephone", "Riverview Telephone") not in (
        Verdict.EXACT, Verdict.EQUIVALENT)
    assert _carrier("N|O|R|T|H|W|A|Y", "Northwest") not in (Verdict.EXACT, Verdict.EQUIVALENT)


def _holder(heading: str, conf: float = 0.93) -> object:
    doc = _page([(44, 30, "Riverside|Telephone", 0.93),
                 (60, 110, "Lakeview|Dental|Group", 0.6),
                 (60, 124, "418|Birch|St", 0.94),
                 (60, 138, "Harlan|KY|40831", 0.94),
                 (350, 200, heading, conf),
                 (350, 214, "Customer|Service|1-800-555-0100", conf),
                 (60, 210, "Total|Amount|Due|$88.10", 0.94)], tall=1)
    return extract_fields(doc).account_name


def test_a_help_heading_read_a_letter_off_is_no_name_label() -> None:
    for misread in ("Customer|Gare", "Customer|Servlce", "Customer|Suppart"):
        assert _holder(misread) != misread.split("|")[1], misread
    # a name after the label is still the account holder
    assert _holder("Customer|Gareth|Olsen") == "Gareth Olsen"


def test_a_speck_before_an_address_line_is_no_part_of_it() -> None:
    doc = _page([(44, 30, "Riverside|Telephone", 0.93),
                 (70, 110, "Prairie|Wind|Legal|Ltd.", 0.93),
                 (70, 124, "PO|Box|24725", 0.93),
                 (70, 138, "Detroit|Lakes,|MN|56542", 0.93),
                 (330, 110, "Service|Address", 0.95),
                 (326, 124, "+2726|Madison|Blvd", 0.93),
                 (330, 138, "*Unit|39", 0.93),
                 (330, 152, "Detroit|Lakes,|MN|56541", 0.93),
                 (60, 210, "Total|Amount|Due|$88.10", 0.94)], tall=1)
    service = extract_fields(doc).service_address
    assert service is not None
    assert (service.line1, service.line2, service.postal_code) == ("2726 Madison Blvd", "Unit 39",
                                                                   "56541")


def test_a_canadian_code_whose_zero_ocr_read_as_o_is_that_code() -> None:
    doc = _page([(44, 30, "Riverside|Telephone", 0.93),
                 (330, 60, "Account|Number|235887-02", 0.95),
                 (330, 110, "Service|Location", 0.95),
                 (330, 124, "1260|Park|Rd", 0.93),
                 (330, 138, "Suite|348", 0.93),
                 (330, 152, "Hensall|ON|NOM|5V4", 0.93),
                 (60, 210, "Total|Amount|Due|$88.10", 0.94)], tall=1)
    service = extract_fields(doc).service_address
    assert service is not None
    assert (service.line1, service.city, service.postal_code) == ("1260 Park Rd", "Hensall",
                                                                  "N0M 5V4")
    assert parse_address_lines(["12 King St", "Oakville ON L6I 4O1"]) is not None
    assert parse_address_lines(["12 King St", "Oakville ON LAB 4A1"]) is None  # A: no digit
