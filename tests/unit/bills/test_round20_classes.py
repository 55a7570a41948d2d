"""Text round 20's classes, found by the class probes (tests/billcorpus/classprobe.py: open
families' values redrawn by class) before any fix; each bill here is drawn with wordings of its
own (none a corpus family's nor the probe's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

MATCH = (Verdict.EXACT, Verdict.EQUIVALENT)
_NAME = "Quillback Orchard Supply LLC"
_ACCOUNT = "58812-40937"
_LINES = ("+15095550142", "+15095550143")


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _case(**typed: object) -> PortCase:
    base: dict[str, object] = {"account_name": _NAME, "account_number": _ACCOUNT,
                               "numbers": tuple(CaseNumber(n) for n in _LINES)}
    return PortCase(**{**base, **typed})  # type: ignore[arg-type]


def _head() -> list[drawn.Item]:
    return [(40, 40, "B:Brackenridge Rural Telephone", 15),
            (330, 60, "Account number", 8), (430, 60, _ACCOUNT, 8),
            (40, 300, "Lines on this account", 8), (180, 300, "509-555-0142", 8),
            (180, 312, "509-555-0143", 8),
            (40, 700, "Make checks payable to Brackenridge Rural Telephone", 7),
            (40, 710, "PO Box 7110, Spokane, WA 99207", 7)]


# -- the unit before the house number: '#12 - 4410 Cider Mill Rd' -------------------------------
@pytest.mark.parametrize("printed", ["#12 - 4410 Cider Mill Rd", "#12, 4410 Cider Mill Rd",
                                     "#12 4410 Cider Mill Rd"])
def test_a_unit_printed_before_the_house_number_is_the_addresss_unit(tmp_path: Path,
                                                                     printed: str) -> None:
    fields = _read(tmp_path, [*_head(), (40, 110, "Customer name", 8), (140, 110, _NAME, 8),
                              (40, 160, "Premises", 8), (140, 160, printed, 8),
                              (140, 172, "Wenatchee, WA 98801", 8)])

    def verdict(unit: str) -> Verdict:
        typed = Address("4410 Cider Mill Rd", unit, "Wenatchee", "WA", "98801")
        return compare(_case(service_address=typed), fields).fields["service_address"].verdict

    assert verdict("Unit 12") in MATCH
    assert verdict("# 12") in MATCH
    assert verdict("Unit 13") not in MATCH


# -- a holder on 'Bill to', an authorised user on 'Service for' ----------------------------------
def test_a_person_named_as_an_authorised_user_is_not_the_holder(tmp_path: Path) -> None:
    fields = _read(tmp_path, [*_head(), (40, 110, "Bill to", 8), (140, 110, _NAME, 8),
                              (140, 122, "4410 Cider Mill Rd", 8),
                              (140, 134, "Wenatchee, WA 98801", 8),
                              (330, 110, "Service for", 8),
                              (400, 110, "Ingrid Falk - authorised user", 8)])
    assert fields.account_name == _NAME
    assert compare(_case(), fields).fields["account_name"].verdict in MATCH
    assert compare(_case(account_name="Ingrid Falk"),
                   fields).fields["account_name"].verdict not in MATCH


# -- a person filed 'LAST, FIRST' ----------------------------------------------------------------
def test_a_holder_printed_last_name_first_is_the_name_typed_first_name_first(
        tmp_path: Path) -> None:
    fields = _read(tmp_path, [*_head(), (40, 110, "Subscriber", 8), (140, 110, "FALK, INGRID M", 8),
                              (40, 160, "Mail to", 8), (140, 160, "MS INGRID M FALK", 8),
                              (140, 172, "4410 CIDER MILL RD", 8),
                              (140, 184, "WENATCHEE WA 98801", 8)])
    assert compare(_case(account_name="Ingrid M Falk"),
                   fields).fields["account_name"].verdict in MATCH
    for other in ("Ingrid Falkner", "Greta M Falk"):
        assert compare(_case(account_name=other),
                       fields).fields["account_name"].verdict not in MATCH, other


@pytest.mark.parametrize("printed", ["Falk, Jones & Co", "Orchard, Inc."])
def test_a_firm_with_a_comma_is_not_read_last_name_first(printed: str) -> None:
    from portdesk.bills.checkname import first_last

    assert first_last(printed) is None
    assert first_last("FALK, INGRID") == ["ingrid", "falk"]


# -- the carrier a number was ported from --------------------------------------------------------
@pytest.mark.parametrize("note", [
    "Previous provider: Intermedia.net, Inc. (number moved 03/02/2026)",
    "Welcome! 509-555-0142 was ported from Intermedia on March 2, 2026.",
])
def test_the_carrier_a_number_was_ported_from_is_not_the_sender(tmp_path: Path,
                                                                note: str) -> None:
    fields = _read(tmp_path, [*_head(), (40, 110, "Customer name", 8), (140, 110, _NAME, 8),
                              (40, 400, note, 8)])
    for typed in ("Intermedia", "Intermedia.net, Inc."):
        assert compare(_case(losing_carrier=typed),
                       fields).fields["carrier"].verdict not in MATCH, typed


# -- a carrier by its printed name with standard abbreviations, never by its web address ---------
def _abbreviated_bill(tmp_path: Path, printed: str) -> BillFields:
    return _read(tmp_path, [
        (40, 40, f"B:{printed}", 15),
        (330, 60, "Account number", 8), (430, 60, _ACCOUNT, 8),
        (40, 110, "Customer name", 8), (140, 110, _NAME, 8),
        (40, 200, "Pay online at pembertontel.com", 8),
        (40, 700, f"Make checks payable to {printed}", 7),
        (40, 710, "PO Box 7110, Pemberton, NJ 08068", 7)])


@pytest.mark.parametrize(("printed", "typed"), [
    ("Pemberton Telephone Company", "Pemberton Tel Co"),
    ("Pemberton Tel. Co.", "Pemberton Telephone Company"),
    ("Pemberton Communications Cooperative", "Pemberton Comm Coop"),
])
def test_a_carrier_typed_with_standard_abbreviations_is_its_printed_name(
        tmp_path: Path, printed: str, typed: str) -> None:
    fields = _abbreviated_bill(tmp_path, printed)
    assert compare(_case(losing_carrier=typed), fields).fields["carrier"].verdict in MATCH


@pytest.mark.parametrize("typed", ["Pemberton Telecom", "Pemberton Tel Wireless"])
def test_an_abbreviation_makes_no_other_word_of_a_name(tmp_path: Path, typed: str) -> None:
    fields = _abbreviated_bill(tmp_path, "Pemberton Telephone Company")
    assert compare(_case(losing_carrier=typed), fields).fields["carrier"].verdict not in MATCH
