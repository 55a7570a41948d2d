from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portdesk.domain.numbers import (
    InvalidNumber,
    NumberKind,
    format_display,
    parse_number,
    parse_number_list,
)


@pytest.mark.parametrize("typed", ["(212) 555-0142", "212.555.0142", "+1 212 555 0142",
                                   "1-212-555-0142", "2125550142", " 212 555 0142 x12"])
def test_us_spellings_become_one_e164(typed: str) -> None:
    assert parse_number(typed).e164 == "+12125550142"


@pytest.mark.parametrize(("typed", "why"), [
    ("", "empty"), ("abc", "no digits"), ("555-0142", "10 digits"),
    ("+1 911 555 0142", "N11"), ("+1 112 555 0142", "cannot start with 1"),
    ("+1 212 155 0142", "exchange"), ("+999 1234", "not a phone number"),
])
def test_invalid_numbers_say_why(typed: str, why: str) -> None:
    with pytest.raises(InvalidNumber, match=why):
        parse_number(typed)


def test_toll_free_and_international_kinds() -> None:
    for npa in ("800", "833", "844", "855", "866", "877", "888"):
        assert parse_number(f"{npa}-555-0100").kind == NumberKind.TOLL_FREE
    uk_mobile = parse_number("+44 7400 123456")
    assert uk_mobile.kind == NumberKind.MOBILE and uk_mobile.country == "GB"
    assert parse_number("+44 20 7946 0958").kind == NumberKind.FIXED


def test_display_is_npa_nxx_xxxx() -> None:
    assert format_display("+12125550142") == "212-555-0142"
    assert format_display("+442079460958").startswith("+44 20")


def test_pasted_list_parses_dedupes_and_lists_invalid() -> None:
    pasted = "212-555-0142\n(212) 555-0143; 2125550142\tnot a number\n\n212 555 014"
    result = parse_number_list(pasted)
    assert [n.e164 for n in result.numbers] == ["+12125550142", "+12125550143"]
    assert result.duplicates == ["+12125550142"]
    assert [bad for bad, _ in result.invalid] == ["not a number", "212 555 014"]


@given(st.integers(min_value=2000000000, max_value=9999999999))
def test_any_ten_digit_parse_is_round_trip_or_refused(n: int) -> None:
    text = str(n)
    try:
        parsed = parse_number(text)
    except InvalidNumber:
        return
    assert parsed.e164 == "+1" + text
    assert parse_number(parsed.e164) == parsed
