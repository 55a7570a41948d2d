"""scanlab --gap: a verdict right on the text version and wrong on the scan, by where it is lost."""

from __future__ import annotations

from types import SimpleNamespace

from tests.billcorpus.carriers import CARRIERS
from tests.billcorpus.scangap import gap_class, gap_table
from tests.billcorpus.scanlab import _key

_TRUTH = SimpleNamespace(carrier=CARRIERS["comcast"], ranges=(("+17205550133", 20),))
_VALUES = {"account_name": ["Dana Lee"], "service_address": ["12 Oak St", "Dover", "44670"]}


def test_a_value_the_ocr_text_holds_is_lost_in_finding_or_judging() -> None:
    flat = _key("Account holder DANA LEE 12 Oak St Dover OH 44670")
    assert gap_class("account_name", "not_found", _TRUTH, _VALUES, flat) == "finding"
    assert gap_class("account_name", "unverifiable", _TRUTH, _VALUES, flat) == "judging"
    assert gap_class("service_address", "mismatch", _TRUTH, _VALUES, flat) == "judging"


def test_a_value_the_ocr_text_lacks_is_lost_in_the_pixels() -> None:
    flat = _key("Account holder DANA LEE 12 Oak St Dovex OH 44670")
    assert gap_class("service_address", "unverifiable", _TRUTH, _VALUES, flat) == "pixels"


def test_a_carrier_is_in_the_ocr_text_by_any_of_its_names_or_its_domain() -> None:
    assert gap_class("carrier", "not_found", _TRUTH, _VALUES, _key("comcast.com")) == "finding"
    assert gap_class("carrier", "not_found", _TRUTH, _VALUES, _key("business c0mcast")) == (
        "finding")  # OCR's confused characters count as one
    assert gap_class("carrier", "unverifiable", _TRUTH, _VALUES, _key("xfinity")) == "pixels"
    web = SimpleNamespace(carrier=SimpleNamespace(all_names=("Acme Tel",),
                                                  domain="my.acmeconnect.net/bill"), ranges=())
    assert gap_class("carrier", "not_found", web, {}, _key("acmeconnect.net")) == "finding"
    assert gap_class("carrier", "not_found", web, {}, _key("my bill")) == "pixels"


def test_a_number_inside_a_printed_range_is_looked_for_by_the_range_ends() -> None:
    flat = _key("720-555-0133 THRU 0152")
    assert gap_class("number +17205550140", "not_found", _TRUTH, {}, flat) == "finding"
    assert gap_class("number +17205550199", "not_found", _TRUTH, {}, flat) == "pixels"


def test_the_table_sums_the_gap_by_field_and_overall() -> None:
    from collections import Counter

    total = Counter({"verdicts btn": 4, "text_right btn": 4, "scan_right btn": 1, "judging btn": 2,
                     "pixels btn": 1, "verdicts carrier": 2, "text_right carrier": 1,
                     "scan_right carrier": 2, "scan_only carrier": 1})
    rows = {r.split()[0]: r.split()[1:] for r in gap_table(total).splitlines()[1:]}
    assert rows["btn"] == ["4", "4", "1", "3", "1", "0", "2", "0"]
    assert rows["all"] == ["6", "5", "3", "3", "1", "0", "2", "1"]


def test_a_short_lists_tail_is_looked_for_beside_its_exchange() -> None:
    flat = _key("Lines 312-555-0170, -0174, -0179")
    assert gap_class("number +13125550174", "not_found", _TRUTH, {}, flat) == "finding"
    assert gap_class("number +13125550178", "not_found", _TRUTH, {}, flat) == "pixels"
