"""Scan classes of scans round 16 (issue 10), the values written in letters (holder's name,
service address), on OCR words drawn here (never on a corpus bill). Each class is a value the
text version of the same bill confirms and the scan lost between the OCR words and the verdict
(`scanlab --gap`):

- a holder's name read unsurely whose OCR words spell every letter of the typed name, at the
  head of the mailing block (a place judged the holder's by the address it heads, not by a
  label): the two-errors argument of `spelled_as_typed` does not depend on how the place was
  found, so it confirms there as under a label (inland_wireless: 'L.L.C.' at 0.55).
- a service address read unsurely whose OCR words, as read (no confusion undone toward the typed
  value), are the typed address but for the letter case ('G1K 5j9') or a unit word read as no
  unit word by a letter of its shape ('FI 8D' for 'Fl 8D': no unit word reads 'FI', so the
  confusion cannot turn one real value into another): the argument of `address_as_typed` over
  the parsed address instead of the raw characters (pilot_fiber, oricom_fr).
- a service address that differs from the typed one in its ZIP, unit or city, read well enough
  for a mismatch (>= 0.85): the typed street read in the bill's own address, the same characters
  as the bill's street, is no reading "close to the case's value" that puts the difference in
  doubt; it is the part both agree on (eightbyeight, execulink, midrivers_coop...: every such
  mismatch was a question). A digit OCR confuses read short of sure stays round 15's question.
- a service address whose parts that differ from the typed one were read surely (the ZIP
  '59224' at 0.96 against a typed 59229) while a word both agree on was read unsurely ('Ct' at
  0.55): the mismatch rests on the words that differ (the address twin of the names'
  `disagreeing_conf`); a part the scan lacks (a unit line lost) is no such word, and stays a
  question (midrivers_coop, oricom_fr).
- an address line whose OCR box reaches up into the line above it (a photo's lean or a speck
  swelled it: 'Suite 1982' boxed from 124.5 to 138.4 under a street line ending at 127.2) is
  still the line under it when its middle lies below that line's bottom: the block read down
  its column no longer skips it (westman_business: the suite lost, 5 verdicts).
- a street's direction joined to its name by a mark OCR read in the gap ('9404 N-Hillcrest Dr'
  at 0.42): the address is found from its house number and street name all the same, and
  confirmed as the parsed reading (secv_summary: 5 verdicts "read with doubt").
- a holder's name read as typed but for a word's capital I read as a small i or l ('Golden Gate
  insurance Agency' at 0.93: one stroke, its dot a speck) or a bracket closing nothing after
  its last word ('INC),'): the print as typed, exact, never "use the bill's form" with OCR's
  lower-case letter (mettel_summary, rogers_business, spectrum_business: 11 verdicts).
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import MATCHES, FieldCheck, Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc


def _name_check(typed: str, rows: list[Row]) -> FieldCheck:
    head: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], []]
    case = PortCase(account_name=typed, account_number="5521-0087")
    return compare(case, extract_fields(_doc(head + rows))).fields["account_name"]


_ENVELOPE: list[Row] = [[(60, "Cedar|Grove|Cafe", 0.95), (156, "L.L.C.", 0.55)],
                        [(60, "4418|Ridge|Rd", 0.95)],
                        [(60, "Hartford,|CT|06103", 0.95)]]


def test_a_name_read_unsurely_as_typed_heading_the_mailing_block_is_confirmed() -> None:
    assert _name_check("Cedar Grove Cafe L.L.C.", _ENVELOPE).verdict == Verdict.EXACT
    # the same letters written otherwise: the same name, in the bill's form
    assert _name_check("Cedar Grove Cafe LLC", _ENVELOPE).verdict == Verdict.EQUIVALENT


def test_a_name_read_unsurely_otherwise_stays_a_question() -> None:
    # a letter the scan reads otherwise than typed, in the unsure word: never a match
    assert _name_check("Cedar Grove Cafe L.L.P.", _ENVELOPE).verdict not in MATCHES
    noise: list[Row] = [[(60, "Cedar|Grove|Cafe", 0.95), (156, "L.L.C.", 0.3)], *_ENVELOPE[1:]]
    assert _name_check("Cedar Grove Cafe L.L.C.", noise).verdict == Verdict.UNVERIFIABLE




def _address_check(typed: Address, unit: str, conf: float, city_line: str = "Brooklyn,|NY|11237",
                   city_conf: float = 0.95) -> FieldCheck:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], [(40, "Ridgeway|Dental", 0.95)],
                       [],
                       [(40, "Service|Address:", 0.96), (160, "8936|Ridge|Ln", 0.95)],
                       [(160, unit, conf)],
                       [(160, city_line, city_conf)]]
    case = PortCase(account_name="", account_number="5521-0087", service_address=typed)
    return compare(case, extract_fields(_doc(rows))).fields["service_address"]


_FLOOR = Address("8936 Ridge Ln", "Fl 8D", "Brooklyn", "NY", "11237")


def test_a_unit_word_read_as_no_unit_word_by_a_letter_of_its_shape_is_the_typed_one() -> None:
    assert _address_check(_FLOOR, "FI|8D.", 0.51).verdict == Verdict.EXACT
    floor = Address("8936 Ridge Ln", "Floor 8D", "Brooklyn", "NY", "11237")
    assert _address_check(floor, "FI|8D.", 0.51).verdict == Verdict.EQUIVALENT
    # the unit's identifier read otherwise: never a match
    other = Address("8936 Ridge Ln", "Fl 8B", "Brooklyn", "NY", "11237")
    assert _address_check(other, "FI|8D.", 0.51).verdict not in MATCHES
    # a unit word that is a unit word itself ('Rm' for a typed 'Fl') is another unit
    assert _address_check(_FLOOR, "Rm|8D", 0.51).verdict not in MATCHES
    # at noise level the reading proves nothing
    assert _address_check(_FLOOR, "FI|8D.", 0.3).verdict == Verdict.UNVERIFIABLE


def test_a_postal_code_read_unsurely_in_the_other_letter_case_is_the_typed_one() -> None:
    # the province printed as its name in brackets, typed as its code: the parsed address agrees
    typed = Address("3280 Rue Laurier", "", "Gatineau", "QC", "J8X 5J9")
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], [(40, "Ridgeway|Dental", 0.95)],
                       [],
                       [(40, "Service|Address:", 0.96), (160, "3280|Rue|Laurier", 0.95)],
                       [(160, "Gatineau|(Québec)|J8X", 0.95), (292, "5j9", 0.56)]]
    case = PortCase(account_name="", account_number="5521-0087", service_address=typed)
    check = compare(case, extract_fields(_doc(rows))).fields["service_address"]
    assert check.verdict == Verdict.EXACT
    wrong = Address("3280 Rue Laurier", "", "Gatineau", "QC", "J8X 5J6")
    check = compare(PortCase(account_name="", account_number="5521-0087", service_address=wrong),
                    extract_fields(_doc(rows))).fields["service_address"]
    assert check.verdict not in MATCHES


def _zip_check(typed_zip: str, zip_conf: float = 0.96, unit_conf: float = 0.87) -> FieldCheck:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], [(40, "Ridgeway|Dental", 0.95)],
                       [],
                       [(40, "Service|Address:", 0.96), (160, "6868|MAIN|BLVD", 0.95)],
                       [(160, "#|7C", unit_conf)],
                       [(160, "COLUMBUS,|OH", 0.96), (244, "43211", zip_conf)]]
    typed = Address("6868 MAIN BLVD", "# 7C", "COLUMBUS", "OH", typed_zip)
    case = PortCase(account_name="", account_number="5521-0087", service_address=typed)
    return compare(case, extract_fields(_doc(rows))).fields["service_address"]


def test_a_zip_read_well_otherwise_under_the_typed_street_is_a_mismatch() -> None:
    check = _zip_check("43411")
    assert check.verdict == Verdict.MISMATCH and "ZIP" in check.reason
    assert _zip_check("43211").verdict == Verdict.EXACT


def test_a_zip_difference_read_unsurely_stays_a_question() -> None:
    # the address and its ZIP read short of a mismatch's confidence
    assert _zip_check("43411", zip_conf=0.8, unit_conf=0.7).verdict == Verdict.UNVERIFIABLE
    # one digit off by a pair OCR confuses, short of sure (round 15)
    assert _zip_check("43271", zip_conf=0.9).verdict == Verdict.UNVERIFIABLE


def _street_word_check(typed_zip: str, ct_conf: float = 0.55, zip_conf: float = 0.96,
                       unit: str = "") -> FieldCheck:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], [(40, "Ridgeway|Dental", 0.95)],
                       [],
                       [(40, "Service|Location", 0.96), (160, "6570|Industrial", 0.96),
                        (252, "Ct", ct_conf)],
                       [(160, "Circle,|MT", 0.96), (220, "59224", zip_conf)]]
    typed = Address("6570 Industrial Ct", unit, "Circle", "MT", typed_zip)
    case = PortCase(account_name="", account_number="5521-0087", service_address=typed)
    return compare(case, extract_fields(_doc(rows))).fields["service_address"]


def test_a_mismatch_rests_on_the_words_that_differ() -> None:
    check = _street_word_check("59229")
    assert check.verdict == Verdict.MISMATCH and "ZIP" in check.reason


def test_a_difference_read_unsurely_or_lost_stays_a_question() -> None:
    assert _street_word_check("59229", zip_conf=0.8).verdict == Verdict.UNVERIFIABLE
    # a unit typed that the scan shows nowhere: the scan may have lost its line
    assert _street_word_check("59224", unit="Suite 4").verdict == Verdict.UNVERIFIABLE


def _swollen_unit(typed: Address) -> FieldCheck:
    from pathlib import Path

    from portdesk.bills.reader import BillDocument, Page, Word

    words = [Word("Account", 40, 60, 80, 70, 0.95), Word("Number:", 84, 60, 124, 70, 0.95),
             Word("5521-0087", 128, 60, 180, 70, 0.95),
             Word("Service", 39, 116, 75, 127, 0.96), Word("Address:", 79, 116, 120, 127, 0.95),
             Word("5409", 130, 116, 152, 127.2, 0.92), Word("Industrial", 156, 116, 205, 127.2, 0.9),
             Word("Dr", 209, 116, 220, 127.2, 0.96),
             Word("Suite", 130, 124.5, 156, 138.4, 0.95), Word("1982", 160, 124.5, 182, 138.4, 0.95),
             Word("Virden", 131, 138.1, 163, 149.1, 0.9), Word("MB", 167, 138.1, 181, 149.1, 0.9),
             Word("R0M", 185, 138.1, 203, 149.1, 0.9), Word("5M2", 207, 138.1, 225, 149.1, 0.9)]
    doc = BillDocument(Path("scan.png"), (Page(1, 612, 792, tuple(words), "ocr"),), 1)
    case = PortCase(account_name="", account_number="5521-0087", service_address=typed)
    return compare(case, extract_fields(doc)).fields["service_address"]


def test_a_line_whose_box_reaches_into_the_line_above_is_still_the_line_under_it() -> None:
    typed = Address("5409 Industrial Dr", "Suite 1982", "Virden", "MB", "R0M 5M2")
    assert _swollen_unit(typed).verdict == Verdict.EXACT
    other = Address("5409 Industrial Dr", "Suite 1282", "Virden", "MB", "R0M 5M2")
    assert _swollen_unit(other).verdict == Verdict.MISMATCH


def test_a_direction_joined_to_the_street_name_by_a_mark_still_hooks_the_address() -> None:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], [(40, "Ridgeway|Dental", 0.95)],
                       [],
                       [(40, "SVC|ADR", 0.96), (116, "9404", 0.93), (144, "N-Hillcrest", 0.42),
                        (214, "Dr|Bethlehem|PA|18081-1179", 0.93)]]
    typed = Address("9404 N Hillcrest Dr", "", "Bethlehem", "PA", "18081-1179")
    case = PortCase(account_name="", account_number="5521-0087", service_address=typed)
    assert compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict == (
        Verdict.EXACT)
    other = Address("9404 N Hillcrest Dr", "", "Bethlehem", "PA", "18061-1179")
    case = PortCase(account_name="", account_number="5521-0087", service_address=other)
    assert compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict not in (
        MATCHES)


def test_a_capital_i_read_small_or_a_bracket_closing_nothing_is_the_typed_print() -> None:
    rows: list[Row] = [[(60, "Silver|Pine|insurance|Agency|Ltd", 0.93)],
                       [(60, "3747|Hillcrest|Dr", 0.95)], [(60, "Ottawa|ON|K1P|3P3", 0.95)]]
    assert _name_check("Silver Pine Insurance Agency Ltd", rows).verdict == Verdict.EXACT
    # another letter's case is a difference in the print: the bill's form, not the typed one
    assert _name_check("Silver PINE Insurance Agency Ltd", rows).verdict == Verdict.EQUIVALENT
    rows = [[(60, "GOLDEN|GATE|PRINT|SHOP|INC),", 0.93)], *rows[1:]]
    assert _name_check("GOLDEN GATE PRINT SHOP INC.", rows).verdict == Verdict.EXACT
    # an opened bracket is print ('(USA)'), closed or not
    rows = [[(60, "GOLDEN|GATE|PRINT|SHOP|(USA)", 0.93)], *rows[1:]]
    assert _name_check("GOLDEN GATE PRINT SHOP USA", rows).verdict not in (Verdict.EXACT,)


def test_a_unit_line_the_scan_lost_is_no_mismatch() -> None:
    # the typed unit's line read nowhere under the street (lost in the pixels): the typed street
    # read in the bill's own block is no proof that the bill has no unit
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], [(40, "Ridgeway|Dental", 0.95)],
                       [],
                       [(40, "SERVICE|ADDRESS", 0.96)],
                       [(40, "8014|SE|Ridge|Rd", 0.95)],
                       [],
                       [(40, "Sandusky|OH|44821", 0.96)]]
    typed = Address("8014 SE Ridge Rd", "Fl 1474", "Sandusky", "OH", "44821")
    case = PortCase(account_name="", account_number="5521-0087", service_address=typed)
    check = compare(case, extract_fields(_doc(rows))).fields["service_address"]
    assert check.verdict == Verdict.UNVERIFIABLE
