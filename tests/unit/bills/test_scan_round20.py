"""Scans round 20 (issue 10): classes of the scan path's gap against the text path of the same
bills, each on OCR words drawn here (never on a corpus bill):

- the company name over a mailing block, with a speck OCR read after it ('... Services Corp:'),
  is no heading over the place of service: a line ending in a legal form is a name (a false
  match on DEV: the mailing address typed as the service address called "exact");
- a speck OCR glued before a number's first digit ('"402-555-0142', '*402-555-0114') is no
  digit: the typed number read in its place is as read as one with a speck after it;
- a country code read as a word of its own ('+1' read unsurely before '585 555 0140' read surely)
  does not lower the reading of the ten digits;
- two letters OCR reads as one of their shape ('Sunnse' for 'Sunrise') make a holder's name a
  question, never a mismatch (a false alarm on DEV);
- a scanned label word that bills print as it is ('Montant versé', or 'Montait' a letter from
  it) is not read as the nearest label word of another meaning ('contact': a help line).
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.context import Context, classify_scanned
from portdesk.bills.extract import extract_fields
from portdesk.bills.scanmatch import letter_misread
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc, _verdicts


def _mailing_block(name: str) -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(40, "Statement|Date:|Mar|3,|2026", 0.95)],
                       [],
                       [(40, name, 0.93)],
                       [(40, "3829|Maple|Way", 0.95)],
                       [(40, "Unit|1030", 0.95)],
                       [(40, "Mountain|View,|WY|82908", 0.95)]]
    case = PortCase(account_name="Prairie Wind Legal Services Corp.", account_number="5521-0087",
                    service_address=Address("3829 Maple Way", "Unit 1030", "Mountain View",
                                            "WY", "82908"))
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


def test_a_company_name_with_a_speck_after_it_is_no_heading_over_the_service_address() -> None:
    assert _mailing_block("Prairie|Wind|Legal|Services|Corp:") not in (Verdict.EXACT,
                                                                      Verdict.EQUIVALENT)
    assert _mailing_block("Prairie|Wind|Legal|Services|Corp.") not in (Verdict.EXACT,
                                                                      Verdict.EQUIVALENT)


def _lines(cell: str, conf: float, typed: str = "+14025550142") -> Verdict:
    rows: list[Row] = [[(40, "Your|Lines", 0.95)],
                       [(40, "402-555-0100", 0.95), (200, "Phone", 0.96), (300, "$55.99", 0.95)],
                       [(40, cell, conf), (200, "Hotspot", 0.96), (300, "$31.73", 0.95)]]
    return _verdicts(rows, [typed])[typed]


def test_a_speck_glued_before_a_listed_number_is_no_digit() -> None:
    assert _lines('402-555-0142', 0.44) == Verdict.EXACT  # as it was
    assert _lines('"402-555-0142', 0.44) == Verdict.EXACT
    assert _lines("*402-555-0142", 0.44) == Verdict.EXACT
    # under the typed-read floor, or a digit off, it stays what it was
    assert _lines('"402-555-0142', 0.3) == Verdict.UNVERIFIABLE
    assert _lines('"402-555-0143', 0.44) != Verdict.EXACT


def _country_code(plus: float, digits: float) -> Verdict:
    rows: list[Row] = [[(40, "Summary", 0.95)],
                       [(40, "+1", plus), (56, "585|555|0140", digits), (200, "additional|line",
                                                                         0.9),
                        (330, "$11.82", 0.95)]]
    return _verdicts(rows, ["+15855550140"])["+15855550140"]


def test_a_country_code_read_unsurely_leaves_the_ten_digits_as_surely_read() -> None:
    assert _country_code(0.9, 0.9) == Verdict.EXACT  # as it was
    assert _country_code(0.3, 0.9) == Verdict.EXACT
    assert _country_code(0.9, 0.3) == Verdict.UNVERIFIABLE  # the digits' own doubt still counts


def test_two_letters_read_as_one_of_their_shape_are_a_misread_not_another_name() -> None:
    typed = ["sunrise", "dental", "group", "inc"]
    assert letter_misread(["sunnse", "dental", "group", "inc"], typed)
    assert letter_misread(["kirnball", "lee"], ["kimball", "lee"])
    # any other letter of its own is another name
    assert not letter_misread(["sunset", "dental", "group", "inc"], typed)
    assert not letter_misread(["sunrse", "dentist", "group", "inc"], typed)


def test_a_word_bills_print_as_it_is_keeps_its_meaning_on_a_scan() -> None:
    assert classify_scanned("Montant versé") == Context.NONE
    assert classify_scanned("Montait versé") == Context.NONE
    # misread label words are still read as theirs
    assert classify_scanned("Contaot us") == Context.HELP
    assert classify_scanned("Accoant Number") == Context.ACCOUNT
    assert classify_scanned("Servlce Address") == Context.SERVICE



def test_a_comma_after_a_number_read_as_a_dot_parts_the_address_as_printed() -> None:
    from portdesk.bills.addrparse import parse_address_lines
    from portdesk.bills.findaddr import _specks_off

    line = _specks_off("8806 MAPLE AVE STE 1197. SPOKANE, WA 99238")
    assert parse_address_lines([line]) == Address("8806 MAPLE AVE", "STE 1197", "SPOKANE", "WA",
                                                  "99238")
    # a street word's own dot, and a decimal, are left as printed
    assert _specks_off("9107 N. Park St. Unit 16") == "9107 N. Park St. Unit 16"
    assert _specks_off("Suite 12.5 B") == "Suite 12.5 B"
