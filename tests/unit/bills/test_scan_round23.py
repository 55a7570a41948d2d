"""Scan classes of session 23 (issue 10, blind20's scans opened), on OCR words drawn here (never
on a corpus bill).

- a statement listing several places of service, each under its own label, where the scan
  misread a word of the case's own place ('6682 4arbor Rd' at 0.00 for '6682 Harbor Rd'): the
  open extraction took another place, read clearly, and the case's address was called a mismatch
  with it (blind20's photo of a master account over sub accounts: 5 false alarms). The reading
  close to the typed street that makes a mismatch a question was looked for, and the closest
  was the typed address whole in the mailing block, already judged by its place and set aside:
  the misread copy under the service label behind it was never seen. The closest reading is
  now looked for among the readings not already judged.
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc

_TYPED = Address("4417 Juniper Way", "Unit 9", "Laramie", "WY", "82070")


def _sites(first: list[tuple[float, str, float]]) -> list[Row]:
    return [[(40, "Customer|Number:|88120-4471", 0.95)],
            [(40, "Statement|Date|March|3,|2025", 0.95)], [],
            [(40, "Sagebrush|Supply|Co", 0.95)], [(40, "4417|Juniper|Way", 0.95)],
            [(40, "Unit|9", 0.95)], [(40, "Laramie,|WY|82070", 0.95)], [],
            [(40, "Site|1", 0.95)], [(40, "Service|Location", 0.95), *first], [],
            [(40, "Site|2", 0.95)],
            [(40, "Service|Location", 0.95), (170, "905|Garfield|St,|Laramie,|WY|82072", 0.95)]]


def _verdict(rows: list[Row], typed: Address = _TYPED) -> Verdict:
    case = PortCase(account_name="Sagebrush Supply Co", account_number="88120-4471",
                    service_address=typed)
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


def test_the_typed_place_misread_among_several_places_is_no_mismatch() -> None:
    misread = [(170, "4417", 0.94), (200, "Jvniper", 0.05),
               (250, "Way|Unit|9,|Laramie,|WY|82070", 0.93)]
    assert _verdict(_sites(misread)) == Verdict.UNVERIFIABLE
    # read clearly, the typed place is the bill's: no question
    clear = [(170, "4417|Juniper|Way|Unit|9,|Laramie,|WY|82070", 0.95)]
    assert _verdict(_sites(clear)) in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_the_mailing_address_typed_where_every_place_reads_another_is_a_mismatch() -> None:
    # the case's address only in the mailing block, every place of service another street (one
    # of its words read unsurely, far from the typed one): the bill does disagree
    other = [(170, "1290|Wexford", 0.94), (250, "Cir", 0.12),
             (280, "Laramie,|WY|82070", 0.93)]
    assert _verdict(_sites(other)) == Verdict.MISMATCH


def test_a_copy_of_the_mailing_address_read_surely_a_letter_off_is_no_doubt() -> None:
    # the billing address typed as the service address: its second copy (the stub's) read
    # surely with a letter off is another reading of the mailing block, not the case's address
    # printed as a place of service; the bill's places are other streets: still a mismatch
    other = [(170, "1290|Wexford|Cir,|Laramie,|WY|82070", 0.94)]
    stub = [[], [(40, "Remit|from:|Sagebrush|Supply|Co,|4417|Juniper|Wey,|Laramie,|WY|82070",
                  0.93)]]
    assert _verdict(_sites(other) + stub) == Verdict.MISMATCH
