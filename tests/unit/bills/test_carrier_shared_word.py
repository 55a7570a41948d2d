"""A listed carrier's name that is one ordinary word or trade noun ("Frontier", "Consolidated",
"Cablevision") heading a longer company name is a word two companies share, not that carrier:
"Frontier Valley Telephone Cooperative" is not Frontier Communications, and a bill from
"Cablevision of Hudson Heights" is not from Optimum. Told "equivalent" there, the check would
send the port to the wrong company (a false match). A listed carrier's own longer names (its line
of business, its operating company, its legal form) stay that carrier."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.carriers import identify, identify_typed
from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn

_CUSTOMER = [(40, 100, "Heron Point Marine Supply", 9), (40, 112, "77 Larkspur Road", 9),
             (40, 124, "Lewiston, ID 83501", 9)]


@pytest.mark.parametrize("name", [
    "Frontier Valley Telephone Cooperative",  # a name and kind of its own after the word
    "Spectrum Rural Cooperative",
    "Granite State Telephone",
    "Consolidated Telephone Company",  # a kind of company the listed one never calls itself
    "Public Service Telephone Company",
    "Cablevision of Hudson Heights",  # a trade noun before name words of their own
    "Cablevision Systems of Eastvale",
])
def test_a_shared_word_at_the_head_of_another_companys_name_is_not_the_carrier(name: str) -> None:
    assert identify(name) is None
    assert identify_typed(name) is None


@pytest.mark.parametrize("name,key", [
    ("Cox Business Services", "cox"),  # its line of business
    ("Spectrum Business Services", "charter"),
    ("Frontier Communications of the Carolinas", "frontier"),  # its operating company
    ("Windstream Kentucky East", "windstream"),
    ("Granite Telecom", "granite"),  # the short form of its own kind word
    ("Segra Communications", "segra"),  # a kind word after a coined name
    ("Mitel Cloud Services", "mitel"),
])
def test_a_listed_carriers_own_longer_names_stay_that_carrier(name: str, key: str) -> None:
    found = identify(name)
    assert found is not None and found.key == key


def _bill(tmp_path: Path, mark: str, legal: str, domain: str) -> BillFields:
    """A bill naming its sender by its wordmark, its payable-to line, its domain and its legal
    line at the foot."""
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", [
        (40, 40, f"B:{mark}", 16), (380, 40, "Account Number", 8), (480, 40, "31845207", 9),
        *_CUSTOMER, (40, 300, f"Make checks payable to {legal}", 8),
        (40, 312, f"Questions? Visit {domain}", 8), (40, 700, legal, 8)])))


def _verdict(fields: BillFields, typed: str) -> Verdict:
    case = PortCase(account_name="Heron Point Marine Supply", account_number="31845207",
                    losing_carrier=typed)
    return compare(case, fields).fields["carrier"].verdict


@pytest.mark.parametrize("mark,legal,domain,typed", [
    # the typed name is another company's, sharing a word with the listed sender
    ("Frontier", "Frontier Communications", "frontier.com",
     "Frontier Valley Telephone Cooperative"),
    ("Consolidated Communications", "Consolidated Communications", "consolidated.com",
     "Consolidated Telephone Company"),
    ("Optimum", "CSC Holdings, LLC", "optimum.net", "Cablevision of Hudson Heights"),
    # the sender is another company, sharing a word with the listed carrier typed
    ("Cablevision of Hudson Heights", "Cablevision of Hudson Heights Ltd.", "hhcable.net",
     "Optimum"),
])
def test_a_word_shared_with_the_sender_is_never_a_match(
        tmp_path: Path, mark: str, legal: str, domain: str, typed: str) -> None:
    assert _verdict(_bill(tmp_path, mark, legal, domain), typed) in (Verdict.MISMATCH,
                                                                     Verdict.UNVERIFIABLE)


def test_a_bill_from_a_trade_noun_named_company_is_a_mismatch_for_the_listed_one(
        tmp_path: Path) -> None:
    """The sender's name is read surely and names no listed carrier: a listed carrier typed,
    never mentioned on the bill, is another company."""
    fields = _bill(tmp_path, "Cablevision of Hudson Heights", "Cablevision of Hudson Heights Ltd.",
                   "hhcable.net")
    assert _verdict(fields, "Optimum") == Verdict.MISMATCH
    assert _verdict(fields, "Cablevision of Hudson Heights") in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_trade_noun_alone_on_a_line_of_a_wrapped_name_is_not_the_listed_carrier(
        tmp_path: Path) -> None:
    """The sender's name wrapped in a narrow column ("Cablevision" over "of Hudson Heights
    Ltd.") under its initials set large: the trade noun alone on its line is a word of the
    longer name, not the listed carrier's own line."""
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "w.pdf", [
        (40, 40, "B:HHC", 24), (40, 62, "Cablevision", 9), (40, 73, "of Hudson Heights Ltd.", 9),
        (380, 40, "Account Number", 8), (480, 40, "31845207", 9), *_CUSTOMER,
        (40, 300, "Questions? Visit hhcable.net", 8)])))
    assert _verdict(fields, "Optimum") in (Verdict.MISMATCH, Verdict.UNVERIFIABLE)
