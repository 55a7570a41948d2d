"""Scan classes of scans round 18 on the values written in digits (issue 10), each on OCR words
drawn here (never on a corpus bill):

- a mark OCR read alone at the head of a table row ('** 161650485' in a column of child
  accounts) is no label: a row with no label word beside its value is no pair of a label-value
  stack that slid, so the typed value in that column is judged as the text version judges it;
- a typed BTN read whole as one of the account's listed lines, while the BTN's label gives
  another number read surely, is that line (the text judge's "appears only in the account's
  lines": a mismatch), not a reading that makes the labelled BTN a question; so is one read
  whole only as the carrier's help line, however the near search placed it; a labelled BTN
  read short of sure (< 0.95, the decided one-digit rule's bar) is still a question;
- a word of two or three letters read at noise level (< 0.5) and known as a label only by the
  shapes OCR confuses ('ae' at 0.30 for 'a/c') is a speck, not an account label: the customer
  number beside its own label stands in for the account, as on the text version;
- the account's label giving a value read unsurely one character OCR confuses off the typed
  one ('5613536' at 0.72 for '5013536') while the scan reads the typed value itself in two other
  places that agree (the stub's line and its scan line) is the typed value misread: the text
  judge's verdict of the label's place (exact, or equivalent as written otherwise). One other
  reading, a label read surely, or a digit no confusion explains stay a question;
- a clause of a sentence about an address ended by its comma ('To update your service address
  or 911 location, 334-636-5251 before you move equipment.', the scan having lost the 'call' the
  text version prints) names no line: the number is whom to call (a help line printed as one
  elsewhere stays not the customer's; it was DEV's false match);
- an account number of digits read surely with a letter where the case has a digit of that
  letter's shape ('931 555-0102 419 i' for '... 419 1') differs by no real character: a
  question for the eye, never a mismatch (a false alarm); a digit read for another stays one.
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.context import Context
from portdesk.bills.extract import extract_fields
from portdesk.bills.placerank import Sighting
from portdesk.bills.scantyped import judged_as_other
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc


def _account_verdict(rows: list[Row], typed: str) -> Verdict:
    fields = extract_fields(_doc(rows), require_account=False)
    case = PortCase(account_name="", account_number=typed)
    return compare(case, fields).fields["account_number"].verdict


def _child_accounts(head: str) -> list[Row]:
    return [[(40, "Bayshore|Realty|Corp.", 0.95)],
            [(40, "Statement|Date:|May|29,|2025", 0.95)],
            [(40, "Account|summary", 0.95)],
            [(40, "Account|number", 0.95), (200, "Location", 0.95), (400, "Amount", 0.95)],
            [(48, "145785032", 0.95), (200, "4807|Hillcrest|Way", 0.95), (400, "$136.75", 0.95)],
            [(48, "279001577", 0.95), (200, "4050|Harbor|Blvd", 0.95), (400, "$241.10", 0.95)],
            [(41, head, 0.67), (60, "161650485", 0.95), (200, "3510|Maple|Dr.", 0.95),
             (400, "$154.95", 0.95)]]


def test_a_mark_at_the_head_of_a_table_row_is_no_label_of_a_slid_stack() -> None:
    bare = [*_child_accounts("**")[:-1],
            [(60, "161650485", 0.95), (200, "3510|Maple|Dr.", 0.95), (400, "$154.95", 0.95)]]
    assert _account_verdict(bare, "161650485") == Verdict.EXACT
    assert _account_verdict(_child_accounts("**"), "161650485") == Verdict.EXACT
    # a label word beside a value whose neighbour row lost its label still makes a slid stack
    assert _account_verdict(_child_accounts("Acct"), "161650485") == Verdict.UNVERIFIABLE


def _btn_verdict(btn_conf: float, typed: str) -> Verdict:
    rows: list[Row] = [
        [(40, "Account|Number:|937-9226520", 0.95)],
        [(40, "Granite|Peak|Motors|Inc.", 0.95)],
        [(40, "Statement|Date:|Jun|15,|2025", 0.95)],
        [(40, "Billing|Telephone|Number:", 0.95), (220, "(651)|555-0167", btn_conf)],
        [(40, "Voice|Lines", 0.95)],
        [(40, "Number", 0.95), (160, "Assigned|To", 0.95)],
        [(40, "+1|651-555-0167", 0.96), (160, "Main|Line", 0.95)],
        [(40, "+1|651-555-0137", 0.96), (160, "Fax|Line", 0.95)],
        [(40, "+1|651-555-0107", 0.93), (160, "Conference|Room", 0.95)]]
    case = PortCase(account_name="", account_number="937-9226520", btn=typed,
                    numbers=tuple(CaseNumber(n) for n in ("+16515550167", "+16515550107")))
    return compare(case, extract_fields(_doc(rows))).fields["btn"].verdict


def test_a_typed_btn_read_whole_as_another_listed_line_is_no_doubt_about_the_labelled_one() -> None:
    assert _btn_verdict(0.96, "+16515550167") == Verdict.EXACT
    assert _btn_verdict(0.96, "+16515550107") == Verdict.MISMATCH
    # the decided one-digit rule: a labelled BTN read short of sure stays a question
    assert _btn_verdict(0.9, "+16515550107") == Verdict.UNVERIFIABLE


def _stand_in(speck_conf: float) -> tuple[bool, Verdict]:
    rows: list[Row] = [
        [(40, "Maple|Leaf|Clinic", 0.95), (400, "ae", speck_conf)],
        [(40, "Invoice|Date:|Apr|10,|2025", 0.95), (300, "Customer|iD", 0.68),
         (400, "9530767-", 0.84)],
        [(40, "Invoice|No.", 0.89), (300, "9358053005", 0.95)]]
    fields = extract_fields(_doc(rows), require_account=False)
    case = PortCase(account_name="", account_number="9530767")
    return fields.account_stand_in, compare(case, fields).fields["account_number"].verdict


def test_a_short_word_read_at_noise_level_is_no_label_by_its_shape() -> None:
    assert _stand_in(0.30) == (True, Verdict.EXACT)
    # read above noise, the same word is the label 'a/c' by its shape, as before
    assert _stand_in(0.8)[0] is False


def _stub_account(label_value: str = "5613536", conf: float = 0.72, scan_line: bool = True,
                  typed: str = "7371 02 240 5013536") -> Verdict:
    rows: list[Row] = [
        [(40, "Prairie|Wind|Fitness|Co.", 0.95)],
        [(40, "Account|Number", 0.73), (300, "Previous|Balance|$189.76", 0.95)],
        [(40, f"7371|02|240|{label_value}", conf), (300, "Payments|$542.73", 0.95)],
        [(40, "Statement|Date", 0.95)], [(40, "Apr|06,|2026", 0.95)], [], [],
        [(40, "Please|detach|and|return|this|portion|with|your|payment", 0.9)],
        [(60, "Mediacom|Business|7371|02|240|5013536", 0.58)],
        [(60, "PO|Box|5744", 0.95)], [], []]
    if scan_line:
        rows.append([(60, "6815|7371022405013536|513561|08745898", 0.9)])
    case = PortCase(account_name="", account_number=typed)
    return compare(case, extract_fields(_doc(rows))).fields["account_number"].verdict


def test_a_labelled_account_misread_by_one_confusion_is_outweighed_by_two_agreeing_readings(
) -> None:
    assert _stub_account() == Verdict.EXACT
    assert _stub_account(typed="7371-02-240-5013536") == Verdict.EQUIVALENT
    assert _stub_account(scan_line=False) == Verdict.UNVERIFIABLE  # one other reading only
    assert _stub_account(conf=0.9) != Verdict.EXACT  # the label read surely
    assert _stub_account(label_value="5213536") != Verdict.EXACT  # 2 for 0: no confusion


def _after_clause(sentence: str) -> Verdict:
    rows: list[Row] = [
        [(40, "Account|Number:|67-03833", 0.95)], [(40, "Maria|Tremblay", 0.95)],
        [(40, "Statement|Date:|December|17,|2025", 0.95)], [(40, "Local|Service", 0.95)],
        [(54, "334.555.0179", 0.95), (200, "Residence|Line", 0.95), (400, "$34.03", 0.95)],
        [(54, "334.555.0172", 0.95), (200, "Residence|Line", 0.95), (400, "$37.08", 0.95)],
        [], [(50, "Customer|Service|334-636-5251|Repair|1-877-636-5251.", 0.95)], [],
        [(50, "Important|Messages", 0.95)], [(50, sentence, 0.91)]]
    case = PortCase(account_name="", account_number="67-03833",
                    numbers=(CaseNumber("+13345550179"), CaseNumber("+13346365251")))
    result = compare(case, extract_fields(_doc(rows))).numbers
    assert result is not None
    return {i.number: i.verdict for i in result.items}["+13346365251"]


def test_a_number_after_a_clause_about_an_address_is_whom_to_call() -> None:
    words = "To|update|your|service|address|or|911|location,"
    assert _after_clause(f"{words}|334-636-5251|before|you|move|equipment.") == (
        Verdict.NOT_FOUND)
    assert _after_clause(f"{words}|call|334-636-5251|before|you|move|equipment.") == (
        Verdict.NOT_FOUND)  # as the text version prints it


def test_a_near_reading_that_is_the_typed_value_judged_in_a_bad_place_is_no_doubt() -> None:
    near = Evidence(1, (132.0, 400.0, 184.0, 406.0), "418-484-2001")
    help_line = Sighting("418-484-2001", near, Context.HELP, "Service à la clientèle", 0.84)
    listed = Sighting("418-484-2001", near, Context.BTN, "Ligne principale", 0.84)
    typed, bill = "4184842001", "4185550172"
    assert judged_as_other(near, "btn", [help_line], typed, bill, 0.96) is None
    assert judged_as_other(near, "btn", [help_line], typed, bill, 0.9) == near  # unsure bill
    assert judged_as_other(near, "btn", [listed], typed, bill, 0.96) == near  # its own place
    apart = Evidence(1, (132.0, 500.0, 184.0, 506.0), "418-484-2001")
    assert judged_as_other(apart, "btn", [help_line], typed, bill, 0.96) == apart


def _letter_account(last: str) -> Verdict:
    rows: list[Row] = [[(40, "Twin|Lakes|Telephone", 0.95)],
                       [(40, "ACCT", 0.95), (120, f"931|555-0102|419|{last}", 0.95)],
                       [(40, "Ridgeway|Dental", 0.95)],
                       [(40, "Statement|Date:|May|3,|2025", 0.95)]]
    case = PortCase(account_name="", account_number="931 555-0102 419 1")
    return compare(case, extract_fields(_doc(rows))).fields["account_number"].verdict


def test_a_letter_read_for_a_digit_of_its_shape_in_a_number_of_digits_is_no_mismatch() -> None:
    assert _letter_account("1") == Verdict.EXACT
    assert _letter_account("i") == Verdict.UNVERIFIABLE
    assert _letter_account("7") == Verdict.MISMATCH  # another digit, read surely
