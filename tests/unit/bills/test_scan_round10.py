"""Scan classes of scans round 10 (DEV misses only, `tests/billcorpus/scan_round10_halves.md`),
each on OCR words drawn here (never on a corpus bill):

- a block whose last line OCR misread into no block at all ('(218) 555-0117 through 6123',
  '7 numbers' on its row): the row's count and the sure first line give the last line, which
  the printed one must match but for one digit of a shape OCR confuses; otherwise nothing;
- 'Direct In-Dial block 519-555-0120 to 519-555-0125' is a block of the customer's lines (a
  feature's name, like 'Direct Inward Dial'), not a help line's call to dial (the lead's known
  class; text and scan alike);
- a name or an account number with letters read unsurely (0.42, 0.55) but spelling the typed
  value in every letter and digit, in the field's own place, confirms it, as a number read so
  already did (`scantyped.read_as_typed`): OCR would have to misread the print into exactly the
  specialist's characters; below 0.4, or a value under six characters, it stays a question;
- a short label word read with a letter of the same strokes ('BIN' over a column of BTNs: a
  capital T and I are one upright) is that label word;
- a speck read as a dot or a dash before an address line's first word ('.Exeter ON N0M 9S1',
  '-RALEIGH NC') is no part of the city (the service block was not found at all); a letter of
  an address read as two ('Rni 2' for 'Rm 2': rn or ni for m, vv for w, cl for d) is that
  letter (addresses only: 'Kirn' is a name of its own);
- a cell of a row of phone numbers and nothing else under a heading naming the lines ('Your
  Lines' over '907.555.0114 907.555.0166 907.555.0113 ...'), read as typed at 0.55, is in the
  list's place (the cells right of the heading had only the page's section, which lists
  nothing), so the typed reading confirms it as in any list of lines; a brace or a bracket
  read for the area code's parenthesis ('{509) 555-0104') is the same print;
- a bare run of ten digits that nothing on the scan explains (no label, heading or table: a
  payment stub's scan line a photo broke into pieces, '5065550164' alone) confirms no number:
  "unverifiable, compare by eye", never "exact" (CHECK's nine false matches, xplore_business,
  traced after the round's end score);
- a photo's header stack whose value column slid a row against its labels ('Customer Number
  5757997039', 'Invoice Number 2025-09-08'): a typed account matched there proves nothing, nor
  does a disagreement (the fresh seed 71's two false matches, traced after its end score).
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _block, _doc, _verdicts


def _did_row(last: str, count: str, conf: float = 0.91) -> list[Row]:
    return [[(40, "LOCAL|SERVICE", 0.95)],
            [(40, "DID|Block|(218)|555-0117|through", conf), (228, last, 0.34),
             (311, f"{count}|numbers", 0.95)]]


def test_a_blocks_last_line_misread_is_put_back_from_the_count_on_its_row() -> None:
    verdicts = _verdicts(_did_row("6123", "7"), _block(117, 123, "+1218555"))
    assert set(verdicts.values()) == {Verdict.EXACT}
    assert _verdicts(_did_row("6123", "7"), ["+12185550124"])["+12185550124"] == (
        Verdict.NOT_FOUND)


def test_a_count_that_leaves_the_last_line_two_digits_or_a_plain_digit_off_puts_nothing_back() -> None:
    for last, count in (("6124", "7"), ("4123", "7"), ("6123", "8")):
        verdicts = _verdicts(_did_row(last, count), ["+12185550120"])
        assert verdicts["+12185550120"] == Verdict.NOT_FOUND, (last, count)


def test_a_block_put_back_from_a_doubted_first_line_is_no_surer_than_it() -> None:
    verdicts = _verdicts(_did_row("6123", "7", conf=0.5), ["+12185550120"])
    assert verdicts["+12185550120"] not in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_direct_in_dial_block_is_the_customers_lines_not_a_call_to_dial() -> None:
    for heading in ("Direct|In-Dial|block", "DIRECT|IN|DIAL|BLOCK"):
        rows: list[Row] = [[(40, "Local|Service|Detail", 0.95)],
                           [(44, f"{heading}|519-555-0120|to|519-555-0125", 0.92)]]
        verdicts = _verdicts(rows, _block(120, 125, "+1519555"))
        assert set(verdicts.values()) == {Verdict.EXACT}, heading
    # a call to dial is still the carrier's
    rows = [[(40, "Questions?|Dial|519-555-0199|for|help", 0.92)]]
    assert _verdicts(rows, ["+15195550199"])["+15195550199"] == Verdict.NOT_FOUND


def _fields(rows: list[Row], **typed: str) -> dict[str, Verdict]:
    case = PortCase(**{"account_name": "", "account_number": "", **typed})
    result = compare(case, extract_fields(_doc(rows)))
    return {name: result.fields[name].verdict for name in typed}


def _statement(account: str, name: str, conf: float) -> list[Row]:
    return [[(40, "Teliax|Statement", 0.95)],
            [(40, f"Account|Number:|{account}", conf)],
            [(40, f"Customer:|{name}", conf)],
            [(40, "Amount|Due|$84.10", 0.95)]]


def test_a_value_read_unsurely_that_spells_the_typed_one_in_its_place_confirms_it() -> None:
    rows = _statement("TX-756874", "Oakmont|Architects|Inc", 0.45)
    verdicts = _fields(rows, account_number="TX-756874", account_name="Oakmont Architects Inc")
    assert verdicts == {"account_number": Verdict.EXACT, "account_name": Verdict.EXACT}
    # one character off the reading (the account typed with a digit changed) stays a question
    verdicts = _fields(rows, account_number="TX-056874", account_name="Oakmont Architect Inc")
    assert Verdict.EXACT not in verdicts.values() and Verdict.EQUIVALENT not in verdicts.values()


def test_a_reading_at_noise_level_or_a_short_value_stays_a_question() -> None:
    verdicts = _fields(_statement("TX-756874", "Oakmont|Architects|Inc", 0.3),
                       account_number="TX-756874", account_name="Oakmont Architects Inc")
    assert set(verdicts.values()) == {Verdict.UNVERIFIABLE}
    verdicts = _fields(_statement("T-7568", "Oakmont|Architects|Inc", 0.45),
                       account_number="T-7568")
    assert verdicts["account_number"] == Verdict.UNVERIFIABLE


def test_a_btn_column_whose_header_ocr_read_bin_still_gives_the_btn() -> None:
    rows: list[Row] = [[(40, "Corporate|Account|20132875", 0.95)],
                       [(40, "Summary|by|Location", 0.95)],
                       [(54, "Location", 0.95), (104, "Service|Address", 0.95),
                        (414, "BIN", 0.95), (536, "Charges", 0.93)],
                       [(54, "0001", 0.95), (104, "4169|PARK|CT|OMAHA,|NE|68195", 0.95),
                        (414, "402-555-Q165", 0.91), (544, "$49.52", 0.95)],
                       [(54, "0002", 0.95), (104, "9436|S|OAK|DR,|OMAHA,|NE|68162", 0.95),
                        (414, "402-555-0175", 0.93), (544, "$44.89", 0.95)]]
    verdicts = _fields(rows, account_number="20132875", btn="+14025550165")
    assert verdicts["btn"] == Verdict.EXACT
    # a word of other strokes is no label of the BTN
    rows[2][2] = (414, "BUN", 0.95)
    assert _fields(rows, account_number="20132875", btn="+14025550165")["btn"] != Verdict.EXACT


def _service_block(lines: list[str], conf: float = 0.88) -> list[Row]:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)], [(356, "SERVICE|LOCATION", 0.95)]]
    rows += [[(356, line, conf)] for line in lines]
    return rows


def _address_verdict(rows: list[Row], typed: Address) -> Verdict:
    case = PortCase(account_name="", account_number="5521-0087", service_address=typed)
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


def test_a_speck_before_an_address_lines_first_word_is_not_part_of_the_city() -> None:
    typed = Address("5611 Hillcrest Ave", "Suite 1817", "Exeter", "ON", "N0M 9S1")
    for city in (".Exeter|ON|N0M|9S1", "-Exeter|ON|N0M|9S1"):
        rows = _service_block(["5611|Hillcrest|Ave", "Suite|1817", city])
        assert _address_verdict(rows, typed) == Verdict.EXACT, city


def test_a_units_letter_read_as_two_is_that_letter_and_another_unit_still_differs() -> None:
    rows = _service_block(["7510|Main|Ln|Rni|2", "Saint|Paul,|MN|55101-7685"], conf=0.9)
    typed = Address("7510 Main Ln", "Rm 2", "Saint Paul", "MN", "55101-7685")
    assert _address_verdict(rows, typed) == Verdict.EXACT
    other = Address("7510 Main Ln", "Rm 3", "Saint Paul", "MN", "55101-7685")
    assert _address_verdict(rows, other) not in (Verdict.EXACT, Verdict.EQUIVALENT)


def _grid(heading: str, third: str = "907.555.0113") -> list[Row]:
    return [[(46, heading, 0.95)],
            [(46, "907.555.0114", 0.9), (176, "907.555.0166", 0.92), (306, third, 0.55),
             (436, "907.555.0112", 0.86)],
            [(46, "Account|Summary", 0.95)]]


def test_a_cell_of_a_row_of_lines_under_their_heading_read_as_typed_confirms_it() -> None:
    assert _verdicts(_grid("YOUR|LINES"), ["+19075550113"])["+19075550113"] == Verdict.EXACT
    # not under a heading naming the lines, or not a row of numbers only: a question
    verdicts = _verdicts(_grid("IMPORTANT|MESSAGES"), ["+19075550113"])
    assert verdicts["+19075550113"] != Verdict.EXACT
    rows = _grid("YOUR|LINES")
    rows[1][0] = (46, "Calls|to", 0.9)
    assert _verdicts(rows, ["+19075550113"])["+19075550113"] != Verdict.EXACT


def test_a_brace_read_for_the_area_codes_parenthesis_is_still_the_typed_number() -> None:
    rows: list[Row] = [[(40, "User", 0.95), (170, "Ext.", 0.95), (210, "DID", 0.95),
                        (381, "Profile", 0.95)],
                       [(40, "Maria|Gonzalez", 0.95), (170, "179", 0.86),
                        (210, "{509)|555-0104", 0.56), (381, "Connect|CLOUD", 0.9)],
                       [(40, "Grace|Bouchard", 0.95), (170, "224", 0.9),
                        (210, "(509)|555-0112", 0.93), (381, "Analog|Fax", 0.9)]]
    assert _verdicts(rows, ["+15095550104"])["+15095550104"] == Verdict.EXACT


def test_a_bare_run_of_digits_nothing_explains_confirms_no_number() -> None:
    stub: list[Row] = [[(40, "Please|detach|and|return|this|portion", 0.95)],
                       [(40, "Amount|Enclosed", 0.95)],
                       [(40, "0212|PO|Box|28340", 0.9)],
                       [(233, "5065550164", 0.96)],
                       [(233, "2", 0.96)]]
    assert _verdicts(stub, ["+15065550164"])["+15065550164"] == Verdict.UNVERIFIABLE
    # the same digits under a heading naming the lines, or printed as a number, are listed
    listed: list[Row] = [[(40, "TELEPHONE|NUMBERS", 0.95)], [(40, "5065550164", 0.96)]]
    assert _verdicts(listed, ["+15065550164"])["+15065550164"] == Verdict.EXACT
    stub[3] = [(233, "506-555-0164", 0.96)]
    assert _verdicts(stub, ["+15065550164"])["+15065550164"] == Verdict.EXACT


def _header_stack(slid: bool) -> list[Row]:
    values = ["5757997039", "2025-09-08", "2025-09-23", "$549.77", ""] if slid else [
        "C110187", "5757997039", "2025-09-08", "2025-09-23", "$549.77"]
    labels = ["Customer|Number", "Invoice|Number", "Invoice|Date", "Due|Date", "Amount|Due"]
    rows: list[Row] = [[(371, label, 0.96)] + ([(509, value, 0.96)] if value else [])
                       for label, value in zip(labels, values, strict=True)]
    return [*rows, [(31, "BILL|TO", 0.95)], [(31, "Maple|Leaf|Legal|Services", 0.95)]]


def test_a_photos_stack_whose_values_slid_a_row_against_their_labels_proves_nothing() -> None:
    # the invoice number typed as the account, beside 'Customer Number' only because the
    # photo slid the value column a row up ('Invoice Number 2025-09-08' gives it away)
    verdicts = _fields(_header_stack(slid=True), account_number="5757997039")
    assert verdicts["account_number"] == Verdict.UNVERIFIABLE
    # the same stack lined up: the account is confirmed, the invoice number is not it
    assert _fields(_header_stack(slid=False), account_number="C110187")["account_number"] == (
        Verdict.EXACT)
    assert _fields(_header_stack(slid=False), account_number="5757997039")["account_number"] != (
        Verdict.EXACT)
