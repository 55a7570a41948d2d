"""Scan classes of scans round 13 (issue 10; DEV = tests/billcorpus/scan_round13_halves.md at seed
101, DEV misses only), each on OCR words drawn here (never on a corpus bill):

- a line of small or condensed print read with the spaces between its words lost
  ('3449LAKEVIEWBLVD', 'STE7D', '856WHILLCRESTST'): a run of up to four typed words read as one
  word is those words, when it spells them (OCR's confusions aside); the street is hooked
  inside the word too. A run that spells other words stays as read;
- a mark OCR read at noise level between two whole numbers of one exchange ('819 555-0180 4 819
  555-0196': 'à', '&' or a dash, the pixels cannot say which): the lines between are a question,
  not "not found" (a DID block misread beyond repair says "unverifiable"); a mark read surely is
  what it reads as;
- a speck in the gap between two words read as a quote, the space lost: before a number
  ('Location:“1305', 'Jan’13,', 'Line’4': no word is written letter, quote, digit) and, in an
  address, between the city and a state before its ZIP ("MANCHESTER'TN 37354");
- a label's gap read as a dash on a scan ('Date-de facturation', 'Statemient-Date'): tried as
  the label's words when the word as read matches no label; a label never ends inside a word;
- a charges heading whose dots OCR lost ('OID 7573148 Home Phone 4496 Willow Blvd, ...'): a
  short heading ending in a phone service's name right before the address still heads it;
- a labelled BTN read once, one digit off the typed BTN which the page shows twice or more (the
  lines table, the call detail's 'Appels de'): a question, not a mismatch (DEV's 4 false
  alarms); another line typed as the BTN is seen once and stays a mismatch;
- traced after the end scores: a post-office box is never the service address (where mail goes,
  not where a line is installed): CHECK's false match, the mailing block under the service
  label's column called "exact" for the billing address typed as the service address; a speck
  before a house number ('.6151 Maple Ct') is no part of it.
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.layout import lines_of
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc, _verdicts


def _glued_site(street: str) -> list[Row]:
    return [[(40, "Customer|NORTHGATE|PHARMACY", 0.95), (330, "Main|number|(518)|555-0127", 0.94)],
            [(40, "NORTHGATE|PHARMACY", 0.95), (330, "E911|Address", 0.95)],
            [(40, "PO|Box|4471", 0.95), (330, street, 0.91)],
            [(40, "ALBANY,|NY|12201", 0.95), (330, "STE7D", 0.7)],
            [(330, "ALBANY,|NY|12218", 0.95)]]


def _site(rows: list[Row], line1: str) -> Verdict:
    case = PortCase(account_name="", account_number="", btn="5185550127",
                    service_address=Address(line1, "STE 7D", "ALBANY", "NY", "12218"))
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


def test_an_address_line_read_with_its_spaces_lost_is_the_typed_words() -> None:
    assert _site(_glued_site("3449LAKEVIEWBLVD"), "3449 LAKEVIEW BLVD") == Verdict.EXACT
    # OCR's confusions inside the run too ('BLV0'), and a direction glued to the street's name
    assert _site(_glued_site("3449LAKEVIEWBLV0"), "3449 LAKEVIEW BLVD") == Verdict.EXACT
    assert _site(_glued_site("856WHILLCRESTST"), "856 W HILLCREST ST") == Verdict.EXACT


def test_a_run_that_spells_other_words_is_never_the_typed_address() -> None:
    for typed in ("3449 LAKEVIEW AVE", "3448 LAKEVIEW BLVD"):
        assert _site(_glued_site("3449LAKEVIEWBLVD"), typed) not in (
            Verdict.EXACT, Verdict.EQUIVALENT), typed


def _odd_join(mark_conf: float) -> list[Row]:
    return [[(40, "Service|Numéro|Qté", 0.95)],
            [(40, "Ligne|principale", 0.9), (240, "819|555-0125", 0.93), (330, "1", 0.9)],
            [(40, "Bloc|de|numéros|(SDA)", 0.6), (240, "819|555-0180", 0.9), (310, "4", mark_conf),
             (322, "819|555-0196", 0.9), (400, "vv", 0.37)]]


def test_lines_between_two_numbers_joined_by_a_mark_read_at_noise_level_are_a_question() -> None:
    # 'à' (a block), '&' (two lines) or a dash: OCR read the mark at noise level ('4' at 0.37)
    inside = ["+18195550185", "+18195550195"]
    verdicts = _verdicts(_odd_join(0.37), [*inside, "+18195550180", "+18195550197"])
    assert {verdicts[n] for n in inside} == {Verdict.UNVERIFIABLE}
    assert verdicts["+18195550180"] == Verdict.EXACT  # each end is printed whole
    assert verdicts["+18195550197"] == Verdict.NOT_FOUND  # past the last: no line of it
    # a mark read surely is what it reads as (a quantity): the lines between are not the bill's
    assert _verdicts(_odd_join(0.9), inside)["+18195550185"] == Verdict.NOT_FOUND


def _located(row: str) -> list[Row]:
    return [[(40, "ELENA|BOUCHARD", 0.95)],
            [(40, "1305|S.LAKEVIEW|RD", 0.9)],
            [(40, "MANCHESTER|TN|37354-0440", 0.9)],
            [], [],
            [(40, "CURRENT|CHARGES", 0.95)],
            [(40, row, 0.6)]]


def _located_site(row: str, line1: str = "1305 S LAKEVIEW RD") -> Verdict:
    case = PortCase(account_name="", account_number="",
                    service_address=Address(line1, "", "MANCHESTER", "TN", "37354-0440"))
    return compare(case, extract_fields(_doc(_located(row)))).fields["service_address"].verdict


def test_a_speck_read_as_a_quote_in_the_gap_before_a_number_or_a_state_is_a_space() -> None:
    # 'Location:“1305', "MANCHESTER'TN": the gap between two words read as a quote, space lost
    row = "Telephone|Service|9315550115|Service|Location:“1305|S|LAKEVIEW|RD|MANCHESTER'TN|37354-0440."
    assert _located_site(row) == Verdict.EXACT
    # a postal code's letter-digit print with a speck in it is one value, not two words
    line = lines_of(_doc([[(40, "Moncton|NB|E1C'2M4|Jan’13,", 0.9)]]).pages[0])[0]
    assert [w.text for w in line] == ["Moncton", "NB", "E1C'2M4", "Jan", "13,"]
    # another house number on the service line is the bill disagreeing, never a match
    assert _located_site(row.replace("1305", "1309"), "1305 S LAKEVIEW RD") not in (
        Verdict.EXACT, Verdict.EQUIVALENT)


def _dated(label: str, conf: float) -> str | None:
    rows: list[Row] = [[(40, "Votre|facture", 0.95)],
                       [(330, f"{label}|28|novembre|2025", conf)],
                       [(330, "Date|d'échéance|19|décembre|2025", 0.9)],
                       [(40, "Numéro|de|compte|:|8123-4567", 0.9)]]
    found = extract_fields(_doc(rows)).statement_date
    return None if found is None else found.isoformat()


def test_a_labels_gap_read_as_a_dash_still_reads_the_label() -> None:
    # 'Date-de facturation', 'Statemient-Date': the space between two label words read as '-'
    assert _dated("Date-de|facturation", 0.9) == "2025-11-28"
    assert _dated("Statemient-Date", 0.9) == "2025-11-28"
    assert _dated("Date|de|facturation", 0.9) == "2025-11-28"  # as printed, unchanged


def _order_heading(head: str) -> list[Row]:
    return [[(40, "Billing|Address", 0.95)],
            [(40, "Priya|M.|Kim-Novak", 0.5)],
            [(40, "PO|Box|15619", 0.95)],
            [(40, "Ottawa|ON|K1P|9J6", 0.95)],
            [], [],
            [(48, f"{head}|4496|Willow|Blvd,|Ottawa,|ON|K1P|1S1", 0.9)],
            [(54, "Home|Phone|Line|613-555-0112", 0.9), (500, "$17.82", 0.9)]]


def _ordered_site(head: str) -> Verdict:
    case = PortCase(account_name="", account_number="",
                    service_address=Address("4496 Willow Blvd", "", "Ottawa", "ON", "K1P 1S1"))
    return compare(case, extract_fields(_doc(_order_heading(head)))).fields[
        "service_address"].verdict


def test_a_service_heading_whose_dots_ocr_lost_still_heads_its_address() -> None:
    # 'OID 7573148 · Home Phone · 4496 Willow Blvd, ...' read with its dots lost
    assert _ordered_site("O!ID|7573148|Home|Phone") == Verdict.EXACT
    assert _ordered_site("O!ID|7573148|·|Home|Phone|·") == Verdict.EXACT  # as printed
    # a heading naming no phone service says nothing of the address
    assert _ordered_site("O!ID|7573148|Payment|Received") != Verdict.EXACT


def _main_number(labelled: str, typed: str, calls_from: str) -> Verdict:
    rows: list[Row] = [[(40, "Numéro|de|compte|:|045538", 0.95)],
                       [(40, "Téléphonie", 0.95), (300, "Numéro|principal", 0.74),
                        (420, labelled, 0.93)],
                       [(40, "819|555-0100", 0.93), (120, "Ligne|résidentielle", 0.9),
                        (500, "23,59|$", 0.9)],
                       [(40, "819|555-0126", 0.93), (120, "Ligne|affaires", 0.9),
                        (500, "34,84|$", 0.9)],
                       [], [],
                       [(40, f"Appels|de|{calls_from}", 0.93)]]
    case = PortCase(account_name="", account_number="045538", btn=typed)
    return compare(case, extract_fields(_doc(rows))).fields["btn"].verdict


def test_a_labelled_btn_seen_once_one_digit_off_a_typed_btn_seen_twice_is_a_question() -> None:
    # '819 555-0200' read once beside its label; '819 555-0100' heads the lines and the calls
    assert _main_number("819|555-0200", "+18195550100", "819|555-0100") == Verdict.UNVERIFIABLE
    assert _main_number("819|555-0100", "+18195550100", "819|555-0100") == Verdict.EXACT
    # another line typed as the BTN, seen once as a line: still the bill disagreeing
    assert _main_number("819|555-0100", "+18195550126", "819|555-0100") == Verdict.MISMATCH


def _service_head(typed: Address) -> tuple[Verdict, str | None]:
    rows: list[Row] = [[(82, "Address", 0.95)],
                       [(51, "Service", 0.95), (300, "Primary|Phone", 0.95),
                        (420, "Account|Number", 0.95)],
                       [(49, ".6151|Maple|Ct,|Albany,|NY|12262", 0.93), (300, "518.555.0197", 0.93),
                        (420, "8227874730860", 0.93)],
                       [],
                       [(50, "Statement|Date|04/10/2025", 0.93)],
                       [],
                       [(71, "Sophie|O'Connor", 0.93), (351, "Contact|Us", 0.93)],
                       [(72, "PO|Box|30615", 0.93), (351, "Business|Care|1-800-427-8686", 0.93)],
                       [(71, "Albany,|NY|12269", 0.93)]]
    fields = extract_fields(_doc(rows))
    case = PortCase(account_name="Sophie O'Connor", account_number="8227874730860",
                    service_address=typed)
    bill = fields.service_address
    return (compare(case, fields).fields["service_address"].verdict,
            None if bill is None else str(bill.value.line1))


def test_a_post_office_box_is_never_the_service_address() -> None:
    # the billing address typed as the service address: never "exact" (CHECK's false match)
    box = Address("PO Box 30615", "", "Albany", "NY", "12269")
    verdict, read = _service_head(box)
    assert verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)
    assert read != "PO Box 30615"


def test_a_speck_before_a_house_number_is_no_part_of_it() -> None:
    # '.6151 Maple Ct, ...' under 'Service Address': the house number with a speck before it
    assert _service_head(Address("6151 Maple Ct", "", "Albany", "NY", "12262"))[0] == (
        Verdict.EXACT)


def test_a_blocks_first_number_read_surely_keeps_its_own_reading() -> None:
    # 'Number block: 614-555-0178 to’614-555-0188 (11 numbers)', the last end read at 0.23: the
    # block's lines are a question, its first number, printed whole and read surely, is listed
    rows: list[Row] = [[(40, "Your|lines", 0.95)],
                       [(40, "614-555-0106", 0.93), (140, "614-555-0122", 0.93)],
                       [(40, "Number|block:|614-555-0178", 0.9), (196, "to’614-555-0188", 0.23),
                        (292, "(11|numbers)", 0.9)]]
    verdicts = _verdicts(rows, ["+16145550178", "+16145550183"])
    assert verdicts["+16145550178"] == Verdict.EXACT
    assert verdicts["+16145550183"] == Verdict.UNVERIFIABLE
