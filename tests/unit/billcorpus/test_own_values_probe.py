"""The page's own values probe (`probe --own`, ownvalues.py): it reads the values of each field's
kind from the page text, layout-blind, and its held-out mode prints counts only."""

from __future__ import annotations

import re

import pytest

import tests.billcorpus.families as families
from portdesk.domain.case import Address
from tests.billcorpus.families import FAMILIES
from tests.billcorpus.ownvalues import (
    name_key,
    printed_addresses,
    printed_dates,
    printed_digit_tokens,
    printed_names,
    printed_phones,
)
from tests.billcorpus.probe import main

_PAGE = """Acme Telecom                                   Statement Date: Mar 4, 2025
Account Number: 8801-2234-55          Invoice 4471920311
Account Name: Harbor Dental Group LLC
Service Address                       Remit to
1200 Harbor Blvd                      PO Box 5019
Suite 210                             Carol Stream, IL 60197-5019
Oxnard, CA 93035
Lines: (805) 555-0142, 805.555.0143   Ported out: 805-555-0150
Questions? Call 1-800-555-0199        Due 03/28/2025
"""


def test_phones_of_every_printed_shape() -> None:
    assert printed_phones(_PAGE) == ["+18005550199", "+18055550142", "+18055550143",
                                     "+18055550150"]


def test_long_digit_tokens_keep_their_separators() -> None:
    tokens = printed_digit_tokens(_PAGE)
    assert "8801-2234-55" in tokens and "4471920311" in tokens
    assert not any(t.startswith("2025") for t in tokens)


def test_name_like_segments_and_the_value_after_a_label() -> None:
    names = printed_names(_PAGE)
    assert "Harbor Dental Group LLC" in names and "Remit to" in names
    assert not any(re.search(r"\d", n) for n in names)


def test_address_blocks_under_their_street_line() -> None:
    found = printed_addresses(_PAGE)
    assert Address("1200 Harbor Blvd", "Suite 210", "Oxnard", "CA", "93035") in found
    assert any(a.line1 == "PO Box 5019" and a.postal_code == "60197-5019" for a in found)


def test_dates_and_name_keys() -> None:
    days = printed_dates(_PAGE)
    assert {d.isoformat() for d in days} >= {"2025-03-04", "2025-03-28"}
    assert name_key("The Harbor Dental Company, Incorporated") == name_key("HARBOR DENTAL CO INC")


@pytest.fixture
def held_out(monkeypatch: pytest.MonkeyPatch) -> str:
    real = families.names
    monkeypatch.setattr(families, "BLIND", ("tune12",))
    monkeypatch.setattr(families, "names",
                        lambda split=None: real(split)[:1] if split == "tune12" else real(split))
    return real("tune12")[0]


def test_blind_own_values_prints_counts_only(held_out: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--split", "tune12", "--blind", "--own", "--per-family", "1"])
    out = capsys.readouterr().out.strip()
    assert re.match(r"^tune12 \(held out, figures only\): 1 bills, \d+ altered values, \d+ false "
                    r"matches \(per field: .*\); \d+ printed values skipped as unsure", out), out
    assert not [n for n in FAMILIES if n in out]
    assert not re.findall(r"\S+\.pdf|\d{3}-\d{4}|'", out)
    assert code == (0 if " 0 false matches" in out else 1)
