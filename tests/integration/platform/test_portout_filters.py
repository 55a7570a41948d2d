"""`GET /portouts` filters as the description names them (ListPortoutRequest), on the sandbox,
and PortDesk's client when a platform ignores one.

The sandbox read `filter[status]` alone and answered every other filter with the whole list;
the client trusted `filter[status]=pending` to bring pending requests only, so a platform that
ignores it would have every request, whatever its status, passed off as waiting for an answer
(and listed twice: once per open status).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.clock import iso
from portdesk.platform.sandbox.server import SandboxServer
from tests.integration.platform.conftest import API_KEY


def listed(sandbox: SandboxServer, **params: Any) -> list[str]:
    answer = httpx.get(f"{sandbox.base_url}/portouts", params=params,
                       headers={"Authorization": f"Bearer {API_KEY}"})
    assert answer.status_code == 200, answer.text
    return [p["id"] for p in answer.json()["data"]]


@pytest.fixture
def three(sandbox: SandboxServer) -> dict[str, dict[str, Any]]:
    platform = sandbox.sandbox
    us = portouts.create(platform, ["+13125550181"], carrier_name="Northgate Mobile")
    sandbox.advance(hours=1)
    gb = portouts.create(platform, ["+442079460123"], carrier_name="Cedar Telecom", foc_days=8)
    other = portouts.create(platform, ["+14155550182"])
    portouts.answer(platform, other["id"], "authorized", {})
    return {"us": us, "gb": gb, "other": portouts.get(platform, other["id"])}


def test_each_filter_the_description_names_is_applied(
        sandbox: SandboxServer, three: dict[str, dict[str, Any]]) -> None:
    us, gb, other = three["us"]["id"], three["gb"]["id"], three["other"]["id"]
    assert listed(sandbox) == [us, gb, other]
    assert listed(sandbox, **{"filter[status]": "pending"}) == [us, gb]
    assert listed(sandbox, **{"filter[status_in][]": ["authorized", "rejected"]}) == [other]
    assert listed(sandbox, **{"filter[status_in]": "authorized,pending"}) == [us, gb, other]
    assert listed(sandbox, **{"filter[carrier_name]": "Cedar Telecom"}) == [gb]
    assert listed(sandbox, **{"filter[country_code]": "GB"}) == [gb]
    assert listed(sandbox, **{"filter[country_code_in]": ["US", "CA"]}) == [us, other]
    assert listed(sandbox, **{"filter[phone_number]": "+14155550182"}) == [other]
    assert listed(sandbox, **{"filter[pon]": three["us"]["pon"]}) == [us]
    assert listed(sandbox, **{"filter[support_key]": three["gb"]["support_key"]}) == [gb]
    assert listed(sandbox, **{"filter[spid]": "SBX1"}) == [us, gb, other]
    # "Matches all portouts with the same date": the day, whatever the time of day
    day = three["gb"]["foc_date"][:10] + "T00:00:00.000Z"
    assert listed(sandbox, **{"filter[foc_date]": day}) == [gb]
    after_first = iso(sandbox.sandbox.clock.now())
    assert listed(sandbox, **{"filter[inserted_at][gte]": after_first}) == [gb, other]
    assert listed(sandbox, **{"filter[inserted_at][lte]": three["us"]["inserted_at"]}) == [us]
    assert listed(sandbox, **{"filter[status]": "pending", "filter[country_code]": "US"}) == [us]
    assert listed(sandbox, **{"filter[ported_out_at][gte]": three["us"]["inserted_at"]}) == []


def test_a_ported_request_is_found_by_when_it_ported(
        sandbox: SandboxServer, three: dict[str, dict[str, Any]]) -> None:
    sandbox.advance(days=8)  # past the FOC of the US ones (5 business days), not the GB one
    now = {key: portouts.get(sandbox.sandbox, p["id"]) for key, p in three.items()}
    assert [now[k]["status"] for k in ("us", "gb", "other")] == ["ported", "authorized",
                                                                 "ported"]
    last = max(now["us"]["updated_at"], now["other"]["updated_at"])
    first = min(now["us"]["updated_at"], now["other"]["updated_at"])
    assert len({first, last}) == 2
    assert listed(sandbox, **{"filter[ported_out_at][gte]": last}) == [
        p["id"] for p in now.values() if p["updated_at"] == last]
    assert listed(sandbox, **{"filter[ported_out_at][gte]": first}) == [
        now["us"]["id"], now["other"]["id"]]
    assert listed(sandbox, **{"filter[ported_out_at][lte]": three["us"]["inserted_at"]}) == []


def test_a_page_is_cut_after_filtering(
        sandbox: SandboxServer, three: dict[str, dict[str, Any]]) -> None:
    params = {"filter[status]": "pending", "page[size]": "1", "page[number]": "2"}
    answer = httpx.get(f"{sandbox.base_url}/portouts", params=params,
                       headers={"Authorization": f"Bearer {API_KEY}"}).json()
    assert [p["id"] for p in answer["data"]] == [three["gb"]["id"]]
    assert answer["meta"]["total_results"] == 2 and answer["meta"]["total_pages"] == 2


@pytest.mark.parametrize("params", [{"filter[status]": "waiting"},
                                    {"filter[status_in][]": "waiting"},
                                    {"filter[inserted_at][gte]": "yesterday"},
                                    {"filter[country_code]": "USA"}])
def test_a_filter_value_the_description_does_not_allow_is_a_422(
        sandbox: SandboxServer, params: dict[str, str]) -> None:
    answer = httpx.get(f"{sandbox.base_url}/portouts", params=params,
                       headers={"Authorization": f"Bearer {API_KEY}"})
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["source"]["parameter"].startswith("filter[")


def test_the_client_keeps_to_the_status_it_asked_for_when_the_platform_ignores_it(
        sandbox: SandboxServer, three: dict[str, dict[str, Any]],
        make_client: Callable[..., PlatformClient]) -> None:
    sandbox.sandbox.ignored_filters = frozenset({"status"})
    assert len(listed(sandbox, **{"filter[status]": "pending"})) == 3  # ignored
    client = make_client(sandbox)
    assert [p.id for p in client.portouts("pending")] == [three["us"]["id"], three["gb"]["id"]]
    requests = list(client.portout_requests(open_only=True))
    assert sorted(r.id for r in requests) == sorted(p["id"] for p in three.values())
    assert [r.awaiting_answer for r in requests] == [True, True, False]


def test_every_page_is_read_when_the_meta_leaves_out_what_the_description_lets_it(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient]) -> None:
    """`Metadata` requires none of its fields and includes `page_number` and `page_size` only
    "when defaults are used"; the client asks 250 a page, so a platform may answer with the
    totals alone. The client read such a meta as unreadable and stopped after page 1."""
    for n in range(260):
        portouts.create(sandbox.sandbox, [f"+1312555{n % 100 + 100:04d}"], with_event=False)
    sandbox.sandbox.sparse_meta = True
    meta = httpx.get(f"{sandbox.base_url}/portouts", params={"page[size]": "250"},
                     headers={"Authorization": f"Bearer {API_KEY}"}).json()["meta"]
    assert set(meta) == {"total_pages", "total_results"}
    client = make_client(sandbox)
    assert len({p.id for p in client.portouts("pending")}) == 260


def test_rejection_codes_are_filtered_by_code_as_described(sandbox: SandboxServer) -> None:
    request = portouts.create(sandbox.sandbox, ["+13125550186"])

    def codes(**params: str) -> list[int]:
        answer = httpx.get(f"{sandbox.base_url}/portouts/rejections/{request['id']}",
                           params=params, headers={"Authorization": f"Bearer {API_KEY}"})
        assert answer.status_code == 200, answer.text
        return [r["code"] for r in answer.json()["data"]]

    assert codes() == [1001, 1002, 1003, 1004, 1005]
    assert codes(**{"filter[code]": "1002"}) == [1002]
    assert codes(**{"filter[code][in]": "1001,1004"}) == [1001, 1004]


def test_a_port_out_422_has_the_message_field_the_description_points_to(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient]) -> None:
    """Every port-out operation's 422: "Check message field in response for details"."""
    from portdesk.platform.errors import PlatformError

    request = portouts.create(sandbox.sandbox, ["+13125550188"])
    answer = httpx.patch(f"{sandbox.base_url}/portouts/{request['id']}/rejected-pending",
                         json={"reason": "no", "rejection_code": 1006},
                         headers={"Authorization": f"Bearer {API_KEY}"})
    assert answer.status_code == 422
    assert "1006" in answer.json()["message"]
    with pytest.raises(PlatformError) as caught:
        make_client(sandbox).answer_portout(request["id"], False, "no", 1006)
    assert "1006" in str(caught.value)
