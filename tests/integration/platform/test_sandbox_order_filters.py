"""`GET /porting_orders` filters in the sandbox as the description lists them (session 19's
walk). The sandbox applied two of the twelve and returned every order for the others (a
`customer_group_reference` was read and not applied). A double that ignores a filter teaches a
client that filters do nothing; the real platform answers only the orders asked for."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from portdesk.platform.sandbox.server import SandboxServer
from tests.integration.platform.conftest import API_KEY


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url + "/",
                      headers={"Authorization": f"Bearer {API_KEY}"}) as client:
        yield client


def _refs(http: httpx.Client, **params: str) -> list[str]:
    answer = http.get("porting_orders", params=params)
    assert answer.status_code == 200, answer.text
    return sorted(o["customer_reference"] for o in answer.json()["data"])


def _order(http: httpx.Client, number: str, reference: str, **fields: object) -> str:
    made = http.post("porting_orders", json={"phone_numbers": [number],
                                             "customer_reference": reference})
    assert made.status_code == 201
    order_id = str(made.json()["data"][0]["id"])
    if fields:
        assert http.patch(f"porting_orders/{order_id}", json=fields).status_code == 200
    return order_id


def test_every_described_filter_is_applied(sandbox: SandboxServer, http: httpx.Client) -> None:
    _order(http, "+13125550101", "US-1", customer_group_reference="group-a",
           misc={"type": "full"}, end_user={"admin": {"entity_name": "Acme Inc",
                                                      "auth_person_name": "Ann Lee"}})
    gb = _order(http, "+442079460101", "GB-1", misc={"type": "partial"})
    windows = http.get(f"porting_orders/{gb}/allowed_foc_windows").json()["data"]
    http.patch(f"porting_orders/{gb}", json={"activation_settings": {
        "foc_datetime_requested": windows[0]["started_at"]}})
    assert _refs(http) == ["GB-1", "US-1"]
    assert _refs(http, **{"filter[customer_group_reference]": "group-a"}) == ["US-1"]
    assert _refs(http, **{"filter[misc][type]": "partial"}) == ["GB-1"]
    assert _refs(http, **{"filter[end_user][admin][entity_name]": "Acme Inc"}) == ["US-1"]
    assert _refs(http, **{"filter[end_user][admin][auth_person_name]": "Bo"}) == []
    assert _refs(http, **{"filter[phone_numbers][country_code]": "GB"}) == ["GB-1"]
    assert _refs(http, **{"filter[phone_numbers][phone_number][contains]": "555010"}) == [
        "US-1"]
    assert _refs(http, **{"filter[phone_numbers][carrier_name]": "no such carrier"}) == []
    assert _refs(http, **{"filter[parent_support_key]": "none"}) == []
    assert _refs(http, **{"filter[activation_settings][foc_datetime_requested][gt]":
                          "2026-03-01T00:00:00Z"}) == ["GB-1"]
    assert _refs(http, **{"filter[activation_settings][foc_datetime_requested][lt]":
                          "2026-03-01T00:00:00Z"}) == []
    eligible = _refs(http, **{"filter[activation_settings][fast_port_eligible]": "true"})
    other = _refs(http, **{"filter[activation_settings][fast_port_eligible]": "false"})
    assert sorted(eligible + other) == ["GB-1", "US-1"] and not set(eligible) & set(other)
    refused = http.get("porting_orders", params={
        "filter[activation_settings][foc_datetime_requested][gt]": "next week"})
    assert refused.status_code == 422


def test_associated_numbers_are_listed_filtered_and_sorted_as_described(
        http: httpx.Client) -> None:
    """`GET .../associated_phone_numbers`: "If not given, results are sorted by created_at in
    descending order", `filter[action]`, `filter[phone_number]`; the sandbox listed oldest first
    and ignored both filters."""
    order_id = _order(http, "+442079460101", "GB-2")
    for action, start, end in (("keep", "+442079460103", "+442079460105"),
                               ("disconnect", "+442079460106", "+442079460106")):
        made = http.post(f"porting_orders/{order_id}/associated_phone_numbers", json={
            "action": action, "phone_number_range": {"start_at": start, "end_at": end}})
        assert made.status_code == 201

    def actions(**params: str) -> list[str]:
        answer = http.get(f"porting_orders/{order_id}/associated_phone_numbers", params=params)
        assert answer.status_code == 200, answer.text
        return [r["action"] for r in answer.json()["data"]]

    assert actions() == ["disconnect", "keep"]  # newest first
    assert actions(**{"sort[value]": "created_at"}) == ["keep", "disconnect"]
    assert actions(**{"filter[action]": "keep"}) == ["keep"]
    assert actions(**{"filter[phone_number]": "+442079460104"}) == ["keep"]
    assert actions(**{"filter[phone_number]": "+442079460199"}) == []
