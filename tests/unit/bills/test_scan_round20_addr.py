"""Scans round 20, the service address's judging class (scans24): the service-labelled copy of
the typed address not found on a scan, so only the stub's copy is, and it is judged the mailing
address. Each case on OCR words drawn here (never on a corpus bill):

- the state OCR lost between the city and the ZIP ('ALBANY. 12299', 'Great Falls, 29173-9819')
  is put back from the case only as a reading that proves nothing by itself: the service copy is
  the typed address when another copy on the bill reads it whole, state and all; alone it is a
  question; a city or a ZIP that differs is never read so;
- a speck after the ZIP read as a dash and a mark ('WA 99238- *') is no part of the address;
- a label OCR parted at a word gap it widened ("er'vice" and "Address") is one label, and a
  speck read as a quote inside its word ("er'vice") is no gap in it;
- the BTN label class: a phone label whose qualifier OCR misread ('Frimary. Phone Number') is
  the billing number's label, not the lines'.
"""

from __future__ import annotations

from portdesk.bills.compare import compare
from portdesk.bills.context import Context, classify_scanned
from portdesk.bills.extract import extract_fields
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc

_NAME = "Riverbend Motors Incorporated"


def _check(service: list[Row], stub: bool, typed: Address) -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(40, "Customer|Name", 0.95)],
                       [(40, "RIVERBEND|MOTORS|INCORPORATED", 0.95)],
                       [],
                       *service]
    if stub:
        rows += [[]] * 30 + [[(40, "Please|detach|and|return|this|portion", 0.9)],
                             [(40, "RIVERBEND|MOTORS|INCORPORATED", 0.93)],
                             [(40, "6794|HARBOR|CT", 0.94)],
                             [(40, "FL|32", 0.94)],
                             [(40, "ALBANY,|NY|12299", 0.9)]]
    case = PortCase(account_name=_NAME, account_number="5521-0087", service_address=typed)
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


_TYPED = Address("6794 HARBOR CT", "FL 32", "ALBANY", "NY", "12299")


def _service(city_zip: str, conf: float = 0.9) -> list[Row]:
    return [[(40, "Service|Address", 0.9)],
            [(40, "6794|HARBOR|CT", 0.96)],
            [(40, "FL|32", 0.9)],
            [(40, city_zip, conf)]]


def test_a_state_the_scan_lost_is_the_typed_one_when_another_copy_reads_it() -> None:
    assert _check(_service("ALBANY,|NY|12299"), True, _TYPED) == Verdict.EXACT  # as it was
    assert _check(_service("ALBANY.|12299"), True, _TYPED) == Verdict.EXACT
    assert _check(_service("ALBANY|12299"), True, _TYPED) == Verdict.EXACT


def test_a_state_the_scan_lost_is_never_a_match_by_itself() -> None:
    assert _check(_service("ALBANY.|12299"), False, _TYPED) == Verdict.UNVERIFIABLE
    # another state typed than both copies print: no copy reads the typed address whole
    other_state = Address("6794 HARBOR CT", "FL 32", "ALBANY", "VT", "12299")
    assert _check(_service("ALBANY.|12299"), True, other_state) not in (Verdict.EXACT,
                                                                         Verdict.EQUIVALENT)
    # a ZIP or a city that differs is no lost state
    assert _check(_service("ALBANY.|12290"), True, _TYPED) not in (Verdict.EXACT,
                                                                   Verdict.EQUIVALENT)
    assert _check(_service("NEW|ALBANY|12299"), True, _TYPED) not in (Verdict.EXACT,
                                                                      Verdict.EQUIVALENT)


def test_a_speck_after_the_zip_read_as_a_dash_and_a_mark_is_no_part_of_the_address() -> None:
    from portdesk.bills.addrparse import parse_address_lines
    from portdesk.bills.findaddr import _specks_off

    spokane = Address("8806 MAPLE AVE", "STE 1197", "SPOKANE", "WA", "99238")
    line = _specks_off("8806 MAPLE AVE STE 1197. SPOKANE, WA 99238- *")
    assert parse_address_lines([line]) == spokane
    # a dash with nothing after it may be a ZIP+4 whose digits were lost: left as read
    assert _specks_off("SPOKANE, WA 99238-").endswith("99238-")


def test_a_label_ocr_parted_at_a_widened_gap_is_one_label() -> None:
    assert classify_scanned("er'vice Address") == Context.SERVICE
    assert classify_scanned("Numéro d'appel") == classify_scanned("Numéro d’appel")
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(300, "er'vice", 0.48), (359, "Address", 0.95)],
                       [(300, "6794|HARBOR|CT|FL|32,|ALBANY,|NY|12299", 0.95)]]
    case = PortCase(account_name=_NAME, account_number="5521-0087", service_address=_TYPED)
    fields = compare(case, extract_fields(_doc(rows))).fields
    assert fields["service_address"].verdict == Verdict.EXACT


def test_a_misread_qualifier_of_a_phone_label_is_the_billing_number_label() -> None:
    assert classify_scanned("Frimary. Phone Number") == Context.BTN
    assert classify_scanned("Biling Telephone No.") == Context.BTN
    # as printed, and labels of the lines, stay what they are
    assert classify_scanned("Primary Phone Number") == Context.BTN
    assert classify_scanned("Phone Number") == Context.NUMBERS
    assert classify_scanned("Other Phone Numbers") == Context.NUMBERS
    # a short word a letter from a qualifier is a word of its own
    assert classify_scanned("Mail Phone Number") == Context.NUMBERS
