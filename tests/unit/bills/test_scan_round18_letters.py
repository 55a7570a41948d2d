"""Scan classes of scans round 18 (issue 10), the values written in letters (holder's name,
service address, carrier), on OCR words drawn here (never on a corpus bill).

Round 17's CHECK half (seed 131) ended with false matches and false alarms on the carrier of
scans and photos; each is a class:

- a statement of agency ("Billed on behalf of X (its legal name)") whose round bracket OCR read
  as a curly one ('ATMC {Atlantic Telephone ...)'): the provider's name did not end at the
  bracket, the statement was not read at all, and the billing agent typed as the carrier (its
  name heads the page and takes the payment) was called exact (atmc_agent photo: a false match).
  A bracket OCR read as '{' or '[' ends a name as '(' does.
- a speck OCR read as a letter before a lockup's kind word ('o Communications' under the
  wordmark): one letter from a known carrier's alias whose own letters are that one short word
  ('XO Communications'), so the bill was "from Verizon" and the right carrier typed a mismatch
  (blueridge_grid scan: 4 false alarms). A known name is recognised one letter off only where
  the letters that make it that carrier's (its name less kind words) are long enough.

DEV (seed 139), judging:
- a unit word whose 'l' OCR read as another upright stroke, after the street's words ('5970
  Ridge Blvd FI 8C', '8920 Sunset Ct Bidg 4D'): the unit stayed in the street, so a typed
  'Floor 8C' was a mismatch (vonage_business photo: a false alarm) and 'Building 4D' a question
  (lumen_enterprise). Before a unit's number no other word is written so; the number still
  decides ('Floor 3C' stays a mismatch).
- a wordmark read with OCR's '$' for an 's' ('Hay Communication$'): no name is
  spelled with a '$' after its letters, so the name read is the typed one, not "only part" of
  it (hay_coop scan: 6 carrier verdicts a question).
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.recognise import misread_wordmark
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc

_FACTS: list[Row] = [[(380, "Account|Number:|5521-0087", 0.95)],
                     [(380, "Statement|Date|May|24,|2025", 0.95)]]
_MAIL: list[Row] = [[(40, "Copper|Ridge|Realty|LLC", 0.95)], [(40, "5367|Willow|Pkwy", 0.95)],
                    [(40, "Saint|Paul,|MN|55115", 0.95)]]


def _carrier(rows: list[Row], typed: str) -> Verdict:
    case = PortCase(account_name="Copper Ridge Realty LLC", account_number="5521-0087",
                    losing_carrier=typed)
    return compare(case, extract_fields(_doc(rows))).fields["carrier"].verdict


def _agent_scan(statement: str) -> list[Row]:
    return [[(40, "Basin|Ledger|Services,|LLC", 0.95)],
            [(40, "PO|Box|2210,|Helena,|MT|59604", 0.95)], *_FACTS,
            [(40, statement, 0.93)], [], *_MAIL, [], [],
            [(40, "Make|checks|payable|to|Basin|Ledger|Services,|LLC", 0.95)],
            [(40, "PO|Box|2210,|Helena,|MT|59604", 0.95)]]


def test_a_bracket_ocr_read_curly_ends_the_provider_of_a_statement_of_agency() -> None:
    for bracket in ("{", "[", "("):
        rows = _agent_scan(f"Billed|on|behalf|of|LRTC|{bracket}Larchwood|Rural|Telephone|"
                           "Cooperative)")
        assert _carrier(rows, "Basin Ledger Services, LLC") == Verdict.MISMATCH, bracket
    # a page naming no agency keeps its payee as the sender
    rows = _agent_scan("Thank|you|for|your|business.")
    assert _carrier(rows, "Basin Ledger Services, LLC") == Verdict.EXACT


def test_a_speck_before_a_kind_word_is_no_known_carrier_one_letter_off() -> None:
    assert misread_wordmark("o Communications") is None
    assert misread_wordmark("Tbayte") is not None  # a long name's own letters one off: still it
    rows: list[Row] = [[(40, "Sandhill", 0.96)], [(40, "o|Communications", 0.80)], *_FACTS, [],
                       *_MAIL]
    assert _carrier(rows, "Sandhill Communications") != Verdict.MISMATCH


def test_a_unit_word_with_its_l_read_as_another_stroke_is_the_unit() -> None:
    from tests.unit.bills.test_scan_round17_letters import _service

    read = "5970|Ridge|Blvd|FI|8C,|Oxnard,|CA|93039"
    assert _service(read, Address("5970 Ridge Blvd", "Floor 8C", "Oxnard", "CA", "93039")) == (
        Verdict.EQUIVALENT)
    assert _service(read, Address("5970 Ridge Blvd", "Fl 8C", "Oxnard", "CA", "93039")) == (
        Verdict.EXACT)
    assert _service(read, Address("5970 Ridge Blvd", "Floor 3C", "Oxnard", "CA", "93039")) == (
        Verdict.MISMATCH)
    bldg = "8920|Sunset|Ct|Bidg|4D,|Raleigh,|NC|27618"
    assert _service(bldg, Address("8920 Sunset Ct", "Building 4D", "Raleigh", "NC", "27618")) == (
        Verdict.EQUIVALENT)


def test_a_dollar_for_an_s_in_a_wordmark_is_the_s() -> None:
    from pathlib import Path

    from portdesk.bills.reader import BillDocument, Page, Word

    body = _doc([*_FACTS, [], *_MAIL], top=120).pages[0]
    marks = (Word("Larchwood", 40, 40, 130, 62, 0.96),
             Word("Communication$", 136, 40, 262, 62, 0.90))
    doc = BillDocument(Path("scan.png"), (Page(1, 612, 792, marks + body.words, "ocr"),), 1)
    fields = extract_fields(doc)
    assert fields.carrier == "Larchwood Communications"
    case = PortCase(account_name="Copper Ridge Realty LLC", account_number="5521-0087",
                    losing_carrier="Larchwood Communications")
    assert compare(case, fields).fields["carrier"].verdict in (Verdict.EXACT, Verdict.EQUIVALENT)
