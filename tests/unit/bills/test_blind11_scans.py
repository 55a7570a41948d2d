"""Scan classes traced on blind11's scans once opened (issue 10; scanlab --split blind11 --seed
1 --classes), each on OCR words drawn here (never on a corpus bill):

- OCR reads a letter as two or two as one ('rn' as 'm'), and characters of one shape for each
  other (an 'l' as an 'i'): a web domain the scan read 'femhill.ca' is the typed sender
  'Fernhill Communications' spelled with OCR's confusion. A sign OCR read counts for the typed
  name when it is that name but for such confusions (print_shape); the same confusion undone
  on a text layer, or any other letter, is still another name;
- a '§' inside a number is a 5 a speck thickened ('5§5-0147'), as '$' is: a listed line read so
  is the typed line read with a confusion, not a line one digit off;
- a service address read unsurely (a word at 0.47) in its own place, whose OCR words themselves
  spell every letter and digit of the typed address, is the typed address: OCR misreading the
  print into exactly the specialist's characters would take two errors (the argument the
  account number and the name already use). A reading that needed a confusion undone toward
  the typed value ('9Z34'), or any other character, stays a question.
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc, _verdicts


def _carrier(domain: str, typed: str) -> Verdict:
    rows: list[Row] = [[(40, "Fernhill", 0.92), (380, "Customer|No.|454095", 0.95)],
                       [(40, "Communications|Co-operative,", 0.92)],
                       [],
                       [(40, "Summit|Ridge|Cafe", 0.95)],
                       [(40, "PO|Box|43884", 0.95)],
                       [(40, "Wellesley|ON|N0B|1G6", 0.95)],
                       [],
                       [(40, f"Questions?|Visit|{domain}", 0.93)],
                       [],
                       [(40, "Please|detach|and|return|this|portion|with|your|payment.", 0.9)],
                       [(40, "Fernhill|Communications", 0.9), (340, "Customer|No.|454095", 0.95)],
                       [(40, "16|Mill|Street", 0.9)],
                       [(40, "Milverton|ON|N0K|1M0", 0.9)]]
    case = PortCase(account_name="", account_number="454095", losing_carrier=typed)
    return compare(case, extract_fields(_doc(rows))).fields["carrier"].verdict


def test_a_domain_read_with_one_letter_for_two_still_names_the_typed_sender() -> None:
    assert _carrier("femhill.ca", "Fernhill Communications") == Verdict.EXACT
    assert _carrier("fernhill.ca", "Fernhill Communications") == Verdict.EXACT


def test_a_domain_with_another_letter_is_no_sign_of_the_typed_sender() -> None:
    assert _carrier("femwill.ca", "Fernhill Communications") != Verdict.EXACT


def _lines(first: str) -> dict[str, Verdict]:
    rows: list[Row] = [[(40, "Your|Lines", 0.95)],
                       [(40, first, 0.89), (167, "Business|Line", 0.8), (534, "$34.90", 0.9)],
                       [(40, "(360)|555-0158", 0.91), (167, "Business|Line", 0.96),
                        (534, "$34.90", 0.9)],
                       [(40, "(360)|555-0174", 0.88), (167, "Fax|Line", 0.88),
                        (534, "$35.73", 0.95)]]
    return _verdicts(rows, ["+13605550147", "+13605550158", "+13605550174"])


def test_a_section_sign_in_a_listed_line_is_a_five_read_with_a_speck() -> None:
    assert _lines("(360)|5§5-0147")["+13605550147"] == Verdict.EXACT
    assert _lines("(360)|555-0147")["+13605550147"] == Verdict.EXACT


def test_a_line_with_another_digit_is_still_not_the_typed_one() -> None:
    assert _lines("(360)|525-0147")["+13605550147"] != Verdict.EXACT


def _site(street: str, conf: float) -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(40, "Ridgeway|Dental", 0.95), (335, "Service|Address", 0.96)],
                       [(40, "PO|Box|118", 0.95), (335, street, conf)],
                       [(40, "Circle,|MT|59202", 0.95), (335, "Circle,|MT|59202", 0.93)]]
    case = PortCase(account_name="", account_number="5521-0087",
                    service_address=Address("9234 Sunset Ct", "", "Circle", "MT", "59202"))
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


def test_a_service_address_read_unsurely_but_spelled_as_typed_is_the_typed_one() -> None:
    assert _site("9234|Sunset|Ct", 0.47) == Verdict.EXACT
    assert _site("9234|Sunset|Ct", 0.95) == Verdict.EXACT


def test_a_service_address_read_unsurely_with_a_confusion_or_noise_stays_a_question() -> None:
    assert _site("9Z34|Sunset|Ct", 0.47) == Verdict.UNVERIFIABLE
    assert _site("9234|Sunset|Ct", 0.2) == Verdict.UNVERIFIABLE
    assert _site("9234|Sunset|Cf", 0.47) != Verdict.EXACT
