"""The scorer decides a form's service-kind tick boxes (landline / mobile / VoIP / toll-free,
round 37) from the case's numbers as their country's plan types them: a box is the case's only
when every number is of its kind, and a NANP number, fixed or mobile alike, ticks neither."""

from __future__ import annotations

from datetime import date

import pytest

from tests.integration.loa.scoring import expected

_FIXED_SK = ["+421485551400", "+421485551401"]
_MOBILE_SK = ["+421905551700"]


@pytest.mark.parametrize(("numbers", "ticked"), [
    (_FIXED_SK, {"landline"}),
    (_MOBILE_SK, {"mobile"}),
    (_FIXED_SK + _MOBILE_SK, set()),
    (["+13075550140"], set()),
    (["+18005550199"], {"toll_free"}),
])
def test_a_service_kind_box_is_the_case_s_when_every_number_is_of_its_kind(
        numbers: list[str], ticked: set[str]) -> None:
    entry = {"numbers": numbers}
    found = {kind for kind in ("landline", "mobile", "voip", "toll_free")
             if expected(f"check:{kind}", entry, date(2030, 1, 2), "sk").value}
    assert found == ticked
