"""The corpus truth says only what the page proves of a typed carrier name (carriertruth.py):
printed up to case, accents, punctuation, a legal suffix, '&'/'and' or a leading 'The' is a
match; PortDesk's own list tying it to a printed name is a match; a name the list knows as another
carrier than the one printed is a mismatch; an alias, initials, the start of the legal name or a
kind word swapped, printed nowhere, is unverifiable."""

from __future__ import annotations

import random
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tests.billcorpus.build import render_bill, stable_seed
from tests.billcorpus.carriertruth import carrier_truth
from tests.billcorpus.cases import cases_for
from tests.billcorpus.verify import page_text


def _truth(*names: str) -> Any:
    return SimpleNamespace(carrier=SimpleNamespace(all_names=names))


_LAKE = _truth("Lakeshore Cellular", "Lakeshore Cellular Telephone Company, Inc.", "LCT",
               "Lakeshore Wireless")
_PAGE = "LAKESHORE CELLULAR\nAccount 4411\nLakeshore Cellular Telephone Company, Inc. · PO Box 9"


@pytest.mark.parametrize(("typed", "said"), [
    ("Lakeshore Cellular", "exact"),  # the wordmark in capitals, and the legal line's words
    ("LAKESHORE CELLULAR", "exact"),
    ("Lakeshore Cellular Telephone Co", "equivalent"),  # a legal suffix
    ("The Lakeshore Cellular Telephone Company", "equivalent"),
    ("LCT", "unverifiable"),  # initials printed nowhere
    ("Lakeshore Wireless", "unverifiable"),  # a kind word swapped: another company maybe
    ("Lakeshore Cellular Telephone", "exact"),
])
def test_a_name_of_the_sender_is_a_match_only_where_the_page_prints_it(typed: str,
                                                                       said: str) -> None:
    assert carrier_truth(typed, _LAKE, _PAGE, ours=True) == said


def test_the_start_of_a_longer_name_is_not_printed() -> None:
    """'Massillon Cable' printed only as the head of 'Massillon Cable TV, Inc.'."""
    truth = _truth("MCTV", "Massillon Cable TV, Inc.", "Massillon Cable")
    page = "MCTV\nYour MCTV bill is ready\nMassillon Cable TV, Inc. · PO Box 1000"
    assert carrier_truth("Massillon Cable", truth, page, ours=True) == "unverifiable"
    assert carrier_truth("MCTV", truth, page, ours=True) == "exact"


@pytest.mark.parametrize(("typed", "page", "said"), [
    # the lead's decision (session 20): a name with standard abbreviations of its words is the
    # printed name, either way round; a web address prints no name ('co' out of '.com')
    ("Delhi Tel Co", "Delhi Telephone Company\nPay at delhitel.com", "equivalent"),
    ("Delhi Telephone Company", "DELHI TEL. CO.\nAccount 4411", "equivalent"),
    ("Delhi Tel Co", "Delhi\nPay at delhitel.com", "unverifiable"),
    ("Delhi Telecom", "Delhi Telephone Company", "unverifiable"),
    ("Delhi Telephone", "Delhi Tel: 607-555-0100\nDelhi", "unverifiable"),  # 'Tel:' a caption
])
def test_standard_abbreviations_print_the_name_a_web_address_never(typed: str, page: str,
                                                                   said: str) -> None:
    truth = _truth("Delhi", "Delhi Telephone Company")
    assert carrier_truth(typed, truth, page, ours=True) == said


def test_a_logo_lockup_over_two_lines_is_printed() -> None:
    truth = _truth("Polar Communications", "Polar Communications Mutual Aid Corporation")
    page = "POLAR\nCommunications · polarcomm.com\nPolar Communications Mutual Aid Corporation"
    assert carrier_truth("Polar Communications", truth, page, ours=True) == "exact"
    assert carrier_truth("Polar Communications", truth, page.replace("POLAR\n", ""),
                         ours=True) == "unverifiable"  # the start of the legal name only


def test_portdesk_s_list_ties_a_typed_name_to_a_printed_one() -> None:
    """'Cox Business' typed, 'CoxCom, LLC' printed: one carrier on the product's list."""
    truth = _truth("Cox Business", "CoxCom, LLC", "Cox")
    assert carrier_truth("Cox Business", truth, "Questions? CoxCom, LLC", ours=True) == (
        "equivalent")


def test_a_wrong_carrier_is_a_mismatch_only_when_the_list_knows_it() -> None:
    assert carrier_truth("Comcast Business", _LAKE, _PAGE, ours=False) == "mismatch"
    # a name PortDesk does not know may be the sender's old name: the eye decides
    assert carrier_truth("Prairie Valley Telephone", _LAKE, _PAGE, ours=False) == "unverifiable"


def test_a_name_given_with_another_of_its_names_is_proved_by_either() -> None:
    truth = _truth("OpenPhone", "Quo (formerly OpenPhone)")
    page = "OpenPhone Invoice\nOpenPhone Technologies, Inc."
    assert carrier_truth("Quo (formerly OpenPhone)", truth, page, ours=True) == "equivalent"


def test_the_cases_of_a_bill_use_the_rule(tmp_path: Path) -> None:
    """blind12's mctv_ebill-00: 'Massillon Cable' typed, the page prints 'Massillon Cable TV,
    Inc.' only; the truth said exact, the page proves nothing of the kind."""
    bill = render_bill("mctv_ebill", 0, tmp_path)
    rng = random.Random(stable_seed(0, bill.family, bill.index, "cases"))
    case = next(c for c in cases_for(bill.truth, page_text(bill.path), rng)
                if c.kind == "equivalent")
    assert case.entry["carrier"] == "Massillon Cable"
    assert case.fields["carrier"].verdicts == {"unverifiable"}
    assert not case.fields["carrier"].provable


@pytest.mark.parametrize("index", range(4))
def test_a_main_number_type_cell_proves_no_btn(tmp_path: Path, index: int) -> None:
    """A numbers table whose Type column says "Main number" on one row marks the account's main
    line; no label says which number is billed, so the truth claims no BTN (round 14, the same
    class as blind5's "Main Number" and blind8's "Primary" type cells): a typed BTN is a
    question, never a match the page proves."""
    bill = render_bill("grasshopper_invoice", index, tmp_path)
    assert "Main number" in page_text(bill.path)
    assert bill.truth.btn is None
    rng = random.Random(stable_seed(0, bill.family, bill.index, "cases"))
    for case in cases_for(bill.truth, page_text(bill.path), rng):
        if "btn" in case.fields:
            assert not case.fields["btn"].verdicts & {"exact", "equivalent"}


def test_a_name_spaced_otherwise_is_the_name_printed() -> None:
    truth = _truth("GoNetspeed", "GoNetspeed LLC")
    assert carrier_truth("Go Netspeed", truth, "GoNetspeed\nAccount 1", ours=True) == "equivalent"
