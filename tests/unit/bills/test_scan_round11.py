"""Scan classes of scans round 11 (DEV misses only, `tests/billcorpus/scan_round11_halves.md`),
each on OCR words drawn here (never on a corpus bill):

- words OCR read from a photo's texture or a garbled row ('pa peony', 'oy oz', all under 0.5)
  are no header cells and no heading: they neither make a row of call detail a table header
  nor end the call-detail table above them;
- a lone label right under a header row and right of its cells ('Date Time Number' over
  'Place') is a cell of that row a skewed scan stepped down a line, not a heading that ends
  the table: the dialed numbers under it stay call detail, never the customer's lines;
- the typed value read close on a scan is the closest reading, not the first one met: in a
  table of accounts, the first row's BTN two digits off the typed one comes before the typed
  account's own row, whose BTN OCR read one digit off; that row makes the bill's first BTN a
  question for the eye, not a mismatch;
- a house number OCR lost at the start of a table cell ('Ridge Blvd' where the column's other
  cells start with their numbers, left of it by a word's width) on a line that reads the
  typed ZIP: the bill shows no other house number, so the typed address is a question, not a
  mismatch with another row's address nor "not found"; a cell starting in line with the
  column is no lost number;
- an exchange table's first-line cell OCR misread ('805-555 | 01747, | 0195 | 22': a speck
  read as a digit and a comma) is put back from the last line and the row's count when the
  printed first agrees with last - count + 1 but for one character; a count that leaves it
  further off puts nothing back;
- the plus of a number written in E.164 read as a 4 ('41502 555 0194' beside '+1502 555 0113'
  on the same row) is that plus: OCR reads the plus's cross as the 4's; without a number
  printed with its plus on the row, the digits stay what they read;
- the dots of an initialism read on a scan ('L.L.C' for a typed 'LLC') are the bill's print,
  not gaps OCR read as dots: the typed name is another way of writing it (equivalent: use the
  bill's form), never "exact"; a dot between two words with no space ('Suite.9A') is still a
  gap;
- '&' between two whole numbers of one exchange on a scan ('819 555-0193 & 819 555-0199' under
  'Bloc de numéros') is 'and' or a French 'à' read as the sign of its shape: the lines between
  are "unverifiable, compare by eye", not "not found" (and never a match); the two printed
  lines stay listed.

Traced after the end score (protocol: CHECK and the fresh draw are looked at only then):
- a photo's header stack whose value column slid a row, told by the value it left without a
  label ('9853506' alone over 'Account Number 9237490020', the invoice number): an account
  matched there proves nothing (CHECK's false match, an invoice number typed as the account);
- an account number read only as the typed value's first words ('720 555-0109 642' of
  '720 555-0109 642 31Z' at a photo's right edge) is no other account: a question, not a
  mismatch (CHECK's five false alarms); a reading that stops inside a group still differs;
- the payment stub's block, the holder's name over a street, far under the page's service
  heading ('SE RVICE LOCATION' at the top, the stub at the foot): a section heading says what
  the page is about, not whose address each block is; the block is the mailing address, and
  the billing address typed as the service address is never "exact" there (the fresh draw's
  false match, traced after its end score).
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc, _verdicts

_OWN = "+18135550136"
_DIALED = "+17025550107"


def _call_detail(noise: float, stepped: bool = True) -> list[Row]:
    place: list[Row] = [[(296, "Place", 0.93)]] if stepped else []
    header: Row = [(40, "Date", 0.95), (110, "Time", 0.95), (175, "Number", 0.95)]
    if not stepped:
        header.append((296, "Place", 0.93))
    return [[(40, "Usage|for|(813)|555-0136", 0.95)], header, *place,
            [(40, "02/13", 0.9), (175, "(212)|555-0128", 0.9), (296, "MIAMI|FL", 0.9)],
            [(40, "pa", noise), (110, "peony", noise)],
            [(44, "o", 0.37), (175, "(702)|555-0107", 0.92), (296, "NEW|YORK|NY", 0.9)]]


def test_noise_read_between_rows_of_call_detail_is_no_header_of_its_own() -> None:
    verdicts = _verdicts(_call_detail(0.34, stepped=False), [_OWN, _DIALED])
    assert verdicts[_DIALED] == Verdict.NOT_FOUND
    assert verdicts[_OWN] == Verdict.EXACT


def test_a_header_cell_stepped_down_a_line_does_not_end_the_table() -> None:
    verdicts = _verdicts(_call_detail(0.34), [_OWN, _DIALED])
    assert verdicts[_DIALED] == Verdict.NOT_FOUND
    assert verdicts[_OWN] == Verdict.EXACT


def test_label_words_read_surely_between_rows_still_head_a_table_of_their_own() -> None:
    # 'pa peony' read at 0.9 is two label cells: a new header over the row below, which then
    # is no call detail (the rule is about confidence, not about the words)
    verdicts = _verdicts(_call_detail(0.9, stepped=False), [_OWN, _DIALED])
    assert verdicts[_DIALED] != Verdict.NOT_FOUND


def _accounts(third_btn: str) -> list[Row]:
    return [[(40, "Consolidated|Invoice", 0.95)],
            [(40, "Accounts|on|this|Invoice", 0.95)],
            [(40, "Account", 0.95), (120, "Location", 0.95), (330, "Main|TN", 0.95),
             (430, "Current|Charges", 0.95)],
            [(40, "4056560-01", 0.93), (120, "8168|Hillcrest|Ct|Columbus|OH|43262", 0.92),
             (330, "(614)|555-0164", 0.93), (430, "$536.40", 0.93)],
            [(40, "4056560-03", 0.93), (120, "2647|Main|Way|Columbus|OH|43299", 0.92),
             (330, f"(614)|{third_btn}", 0.9), (430, "$240.83", 0.93)],
            [(40, "Account|4056560-01", 0.93)],
            [(40, "Location:|8168|Hillcrest|Ct,|Columbus,|OH|43262", 0.93)],
            [(40, "Main|TN:|(614)|555-0164", 0.93)]]


def _btn(rows: list[Row], typed: str) -> Verdict:
    case = PortCase(account_name="", account_number="4056560-03", btn=typed)
    return compare(case, extract_fields(_doc(rows))).fields["btn"].verdict


def test_the_typed_accounts_btn_read_one_digit_off_makes_another_rows_btn_a_question() -> None:
    assert _btn(_accounts("555-0215"), "6145550115") == Verdict.UNVERIFIABLE
    # read right, it is the typed one's row: no mismatch with the first row's BTN either
    assert _btn(_accounts("555-0115"), "6145550115") != Verdict.MISMATCH
    # a typed BTN that no reading comes near stays a mismatch with the bill's
    assert _btn(_accounts("555-0115"), "6145550987") == Verdict.MISMATCH


def _locations(fourth: tuple[float, str, float]) -> list[Row]:
    return [[(40, "Summary|by|Location", 0.95)],
            [(40, "Loc", 0.95), (70, "Location|Address", 0.95), (250, "City|/|State|/|ZIP", 0.95),
             (380, "Main|Billing|Number", 0.95)],
            [(40, "001", 0.96), (70, "6755|Willow|Blvd", 0.95), (250, "Louisville,|KY|40238", 0.96),
             (380, "502-555-0192", 0.96)],
            [(40, "002", 0.96), (70, "7893|Industrial|Pkwy", 0.95),
             (250, "Louisville,|KY|40277", 0.96), (380, "502-555-0101", 0.96)],
            [(40, "004", 0.96), fourth, (250, "Louisville,|KY|40218", 0.96),
             (380, "502-555-0147", 0.96)]]


def _address(rows: list[Row], line1: str) -> Verdict:
    case = PortCase(account_name="", account_number="", btn="5025550147",
                    service_address=Address(line1, "", "Louisville", "KY", "40218"))
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


def test_a_house_number_lost_at_the_start_of_a_cell_makes_the_address_a_question() -> None:
    lost = _locations((95, "Ridge|Blvd", 0.95))
    assert _address(lost, "7165 Ridge Blvd") == Verdict.UNVERIFIABLE
    # a cell in line with its column printed no house number: nothing was lost
    assert _address(_locations((70, "Ridge|Blvd", 0.95)), "7165 Ridge Blvd") != (
        Verdict.UNVERIFIABLE)
    # another street on the typed ZIP's line is no lost number either
    assert _address(lost, "7165 Oak St") != Verdict.UNVERIFIABLE


def _inventory(first: str, count: str) -> list[Row]:
    return [[(40, "Phone|Number|Inventory", 0.95)],
            [(40, "NPA-NXX", 0.93), (120, "From", 0.95), (180, "To", 0.95), (240, "Qty", 0.95)],
            [(40, "805-555", 0.95), (120, first, 0.06), (180, "0195", 0.94), (240, count, 0.9)]]


def test_a_first_line_cell_misread_is_put_back_from_the_last_line_and_the_count() -> None:
    block = [f"+1805555{n:04d}" for n in range(174, 196)]
    assert set(_verdicts(_inventory("01747,", "22"), block).values()) == {Verdict.EXACT}
    # the count leaves the reading two characters off, or no count: nothing is listed
    for first, count in (("01747,", "21"), ("01847,", "22"), ("01747,", "x")):
        verdicts = _verdicts(_inventory(first, count), ["+18055550180"])
        assert verdicts["+18055550180"] == Verdict.NOT_FOUND, (first, count)


def test_a_plus_read_as_a_four_beside_numbers_printed_with_their_plus_is_the_plus() -> None:
    rows: list[Row] = [[(40, "Phone|Numbers|(3)", 0.95)],
                       [(40, "+1502|555|0113", 0.93), (200, "41502|555|0194", 0.85)]]
    assert _verdicts(rows, ["+15025550194"])["+15025550194"] == Verdict.EXACT
    alone: list[Row] = [[(40, "Phone|Numbers|(3)", 0.95)], [(200, "41502|555|0194", 0.85)]]
    assert _verdicts(alone, ["+15025550194"])["+15025550194"] != Verdict.EXACT


def _holder(printed: str, typed: str) -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(40, f"Customer|Name:|{printed}", 0.95)], [(40, "Amount|Due|$84.10", 0.95)]]
    case = PortCase(account_name=typed, account_number="5521-0087")
    return compare(case, extract_fields(_doc(rows))).fields["account_name"].verdict


def test_the_dots_of_an_initialism_on_a_scan_are_print_not_gaps() -> None:
    assert _holder("Northgate|Logistics|L.L.C", "Northgate Logistics LLC") == Verdict.EQUIVALENT
    assert _holder("Northgate|Logistics|L.L.C:", "Northgate Logistics LLC") == Verdict.EQUIVALENT
    assert _holder("Northgate|Logistics|L.L.C", "Northgate Logistics L.L.C") == Verdict.EXACT
    assert _holder("Northgate|Logistics|LLC", "Northgate Logistics LLC") == Verdict.EXACT


def test_lines_between_two_numbers_joined_by_an_ampersand_are_a_question() -> None:
    rows: list[Row] = [[(40, "Bloc|de|numéros", 0.95)],
                       [(40, "819|555-0193|&|819|555-0199", 0.93)]]
    verdicts = _verdicts(rows, ["+18195550193", "+18195550196", "+18195550199", "+18195550200"])
    assert verdicts == {"+18195550193": Verdict.EXACT, "+18195550196": Verdict.UNVERIFIABLE,
                        "+18195550199": Verdict.EXACT, "+18195550200": Verdict.NOT_FOUND}


def _slid_header(orphan: bool) -> list[Row]:
    top: list[Row] = [[(520, "9853506", 0.8)]] if orphan else []
    return [*top,
            [(60, "REMITTANCE|TICKET", 0.9), (330, "Account|Number", 0.9),
             (520, "9237490020", 0.39)],
            [(30, "Ritter|Communications|LLC", 0.9), (330, "Bill|Date", 0.9), (520, "2085", 0.2)],
            [(60, "Maple|Leaf|Dental|Group", 0.9)],
            [(340, "0553506|9237490020|850559031|2", 0.92)]]


def _account(rows: list[Row], typed: str) -> Verdict:
    case = PortCase(account_name="", account_number=typed)
    return compare(case, extract_fields(_doc(rows))).fields["account_number"].verdict


def test_a_value_left_without_its_label_tells_a_slid_stack() -> None:
    assert _account(_slid_header(orphan=True), "9237490020") == Verdict.UNVERIFIABLE
    assert _account(_slid_header(orphan=False), "9237490020") == Verdict.EXACT


def test_an_account_read_as_the_typed_values_first_words_is_a_question() -> None:
    rows: list[Row] = [[(40, "Verizon", 0.95), (420, "Account|Number|720|555-0109|642", 0.93)],
                       [(40, "ROBERT|OKAFOR", 0.95)]]
    assert _account(rows, "720 555-0109 642 31Z") == Verdict.UNVERIFIABLE
    assert _account(rows, "720-555-0109-642-31Z") == Verdict.UNVERIFIABLE
    assert _account(rows, "720 555-0109 6423 1Z") == Verdict.MISMATCH
    assert _account(rows, "720 555-0109 643 31Z") == Verdict.MISMATCH


def _stub_under_service_heading() -> list[Row]:
    filler: list[Row] = [[(60, f"Charge|line|{n}|$1{n}.00", 0.93)] for n in range(24)]
    return [[(56, "Hay|Communications", 0.95)],
            [(354, "SERVICE|LOCATION", 0.9)],
            [(74, "Golden|Gate|Plumbing|&|Heating|Inc", 0.93)],
            [(74, "PO|Box|59866", 0.93)],
            # the service column's street lost in the pixels, its city line read into the
            # mailing block's: no address ends the section there
            [(74, "Grand|Bend|ON|N0M|8C2|Grand|Bend.ON|N0M|1B4", 0.93)], *filler,
            [(60, "Please|detach|and|return|this|portion|with|your|payment.", 0.93)],
            [(345, "Account|Number|361456-71", 0.93)],
            [(345, "Amount|Enclosed", 0.93)],
            [(345, "Golden|Gate|Plumbing|&|Heating|Inc", 0.93)],
            [(345, "PO|Box|59866", 0.93)],
            [(345, "Grand|Bend|ON|N0M|8C2", 0.93)]]


def test_a_stub_block_far_under_a_service_heading_is_no_service_address() -> None:
    case = PortCase(account_name="Golden Gate Plumbing & Heating Inc", account_number="361456-71",
                    service_address=Address("PO Box 59866", "", "Grand Bend", "ON", "N0M 8C2"))
    result = compare(case, extract_fields(_doc(_stub_under_service_heading())))
    assert result.fields["service_address"].verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)
