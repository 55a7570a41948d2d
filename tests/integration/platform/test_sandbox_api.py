"""The sandbox speaks the contract: shapes, auth, paging, filters, carriers, port-outs, events."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from portdesk.platform.sandbox.server import SandboxServer
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.helpers import ready_fields


@pytest.fixture
def http(sandbox: SandboxServer) -> httpx.Client:
    with httpx.Client(base_url=sandbox.base_url + "/",
                      headers={"Authorization": f"Bearer {API_KEY}"}) as client:
        yield client


def create(http: httpx.Client, numbers: list[str], ref: str = "PD-000001") -> list[dict[str, Any]]:
    response = http.post("porting_orders", json={"phone_numbers": numbers,
                                                 "customer_reference": ref})
    assert response.status_code == 201, response.text
    return list(response.json()["data"])


def submit(http: httpx.Client, numbers: list[str], **admin: str) -> str:
    order_id = create(http, numbers)[0]["id"]
    doc = http.post("documents", files={"file": ("loa.pdf", b"%PDF-1.4 x", "application/pdf")})
    assert doc.status_code == 200
    patched = http.patch(f"porting_orders/{order_id}",
                         json=ready_fields(doc.json()["data"]["id"], **admin))
    assert patched.status_code == 200, patched.text
    confirmed = http.post(f"porting_orders/{order_id}/actions/confirm")
    assert confirmed.json()["data"]["status"]["value"] == "in-process"
    return str(order_id)


def status_of(http: httpx.Client, order_id: str) -> dict[str, Any]:
    return dict(http.get(f"porting_orders/{order_id}").json()["data"]["status"])


def test_a_wrong_or_missing_key_gets_401_in_the_error_shape(sandbox: SandboxServer) -> None:
    for headers in ({"Authorization": "Bearer wrong"}, {}):
        response = httpx.get(sandbox.base_url + "/porting_orders", headers=headers)
        assert response.status_code == 401
        error = response.json()["errors"][0]
        assert set(error) >= {"code", "title", "detail"}


def test_unknown_paths_answer_json_errors(http: httpx.Client) -> None:
    response = http.get("porting_orders/nope")
    assert response.status_code == 404
    assert response.json()["errors"][0]["title"] == "Resource not found"


def test_create_splits_toll_free_from_local_numbers(http: httpx.Client) -> None:
    orders = create(http, ["+13125550101", "+18005550102", "+13125550103"])
    by_type = {o["phone_number_type"]: [n["phone_number"] for n in o["phone_numbers"]]
               for o in orders}
    assert by_type == {"local": ["+13125550101", "+13125550103"], "toll_free": ["+18005550102"]}
    assert {o["customer_reference"] for o in orders} == {"PD-000001"}


def test_create_refuses_numbers_without_plus_naming_the_entry(http: httpx.Client) -> None:
    response = http.post("porting_orders", json={"phone_numbers": ["+13125550101", "3125550102"]})
    assert response.status_code == 422
    assert response.json()["errors"][0]["source"]["pointer"] == "/phone_numbers/1"


def test_paging_and_customer_reference_filter(http: httpx.Client) -> None:
    for i in range(7):
        create(http, [f"+1312555{100 + i:04d}"], ref=f"PD-{i:06d}")
    page = http.get("porting_orders", params={"page[size]": 3, "page[number]": 3}).json()
    assert page["meta"] == {"page_number": 3, "page_size": 3, "total_pages": 3,
                            "total_results": 7}
    assert len(page["data"]) == 1
    found = http.get("porting_orders", params={"filter[customer_reference]": "PD-000004"}).json()
    assert [o["customer_reference"] for o in found["data"]] == ["PD-000004"]
    bad = http.get("porting_orders", params={"page[size]": 1000})
    assert bad.status_code == 422


def test_confirm_needs_the_requirements(http: httpx.Client) -> None:
    order_id = create(http, ["+13125550101"])[0]["id"]
    response = http.post(f"porting_orders/{order_id}/actions/confirm")
    assert response.status_code == 422
    assert "Letter of Authorization" in response.json()["errors"][0]["detail"]


def test_a_clean_order_goes_all_the_way_to_ported(sandbox: SandboxServer,
                                                  http: httpx.Client) -> None:
    order_id = submit(http, ["+13125550101"])
    seen = [status_of(http, order_id)["value"]]  # the ack may come after a single day
    for _ in range(40):
        sandbox.advance(days=1)
        value = status_of(http, order_id)["value"]
        if not seen or seen[-1] != value:
            seen.append(value)
    assert seen == ["in-process", "submitted", "foc-date-confirmed", "ported"]
    order = http.get(f"porting_orders/{order_id}").json()["data"]
    assert order["activation_settings"]["foc_datetime_actual"]
    assert order["phone_numbers"][0]["activation_status"] == "Active"


@pytest.mark.parametrize(("admin", "code"), [
    ({"account_number": "99990000"}, "ACCOUNT_NUMBER_MISMATCH"),
    ({"pin_passcode": "0000"}, "PASSCODE_PIN_INVALID"),
    ({"entity_name": "Mismatch Corp"}, "ENTITY_NAME_MISMATCH"),
    ({"auth_person_name": "Unauthorized Ulla"}, "AUTH_PERSON_MISMATCH"),
])
def test_documented_triggers_reject_with_real_codes(sandbox: SandboxServer, http: httpx.Client,
                                                    admin: dict[str, str], code: str) -> None:
    order_id = submit(http, ["+13125550101"], **admin)
    sandbox.advance(days=5)
    status = status_of(http, order_id)
    assert status["value"] == "exception"
    assert [d["code"] for d in status["details"]] == [code]


def test_an_exception_can_be_fixed_and_resubmitted(sandbox: SandboxServer,
                                                   http: httpx.Client) -> None:
    order_id = submit(http, ["+13125550101"], pin_passcode="0000")
    sandbox.advance(days=5)
    fixed = http.patch(f"porting_orders/{order_id}",
                       json={"end_user": {"admin": {"pin_passcode": "4321"}}})
    assert fixed.json()["data"]["end_user"]["admin"]["entity_name"] == "Acme Dental LLC"  # merged
    assert http.post(f"porting_orders/{order_id}/actions/confirm").status_code == 200
    sandbox.advance(days=5)
    assert status_of(http, order_id)["value"] in ("submitted", "foc-date-confirmed")


def test_partial_approval_splits_the_rejected_number(sandbox: SandboxServer,
                                                     http: httpx.Client) -> None:
    order_id = submit(http, ["+13125550101", "+13125550197"])
    sandbox.advance(days=5)
    parent = http.get(f"porting_orders/{order_id}").json()["data"]
    assert [n["phone_number"] for n in parent["phone_numbers"]] == ["+13125550101"]
    assert parent["status"]["value"] != "exception"
    events = http.get("porting/events", params={"filter[type]": "porting_order.split"}).json()
    split = events["data"][0]["payload"]
    assert split["from"]["id"] == order_id
    child = status_of(http, split["to"]["id"])
    assert child["value"] == "exception"
    assert child["details"][0]["code"] == "PHONE_NUMBER_MISMATCH"


def test_cancel_goes_through_cancel_pending(sandbox: SandboxServer, http: httpx.Client) -> None:
    order_id = submit(http, ["+13125550101"])
    response = http.post(f"porting_orders/{order_id}/actions/cancel")
    assert response.json()["data"]["status"]["value"] == "cancel-pending"
    sandbox.advance(days=3)
    assert status_of(http, order_id)["value"] == "cancelled"
    again = http.post(f"porting_orders/{order_id}/actions/cancel")
    assert again.status_code == 422


def test_cancel_close_to_the_foc_is_refused(sandbox: SandboxServer, http: httpx.Client) -> None:
    order_id = submit(http, ["+13125550101"])
    order: dict[str, Any] = {}
    for _ in range(120):
        sandbox.advance(hours=6)
        order = http.get(f"porting_orders/{order_id}").json()["data"]
        foc = order["activation_settings"]["foc_datetime_actual"]
        if foc:
            break
    from portdesk.platform.sandbox.clock import parse_iso

    gap = parse_iso(order["activation_settings"]["foc_datetime_actual"]) - sandbox.clock.now()
    sandbox.advance(hours=max(0.0, gap.total_seconds() / 3600 - 24))
    response = http.post(f"porting_orders/{order_id}/actions/cancel")
    assert response.status_code == 422
    assert response.json()["errors"][0]["code"] == "FOC_TOO_CLOSE"


def test_portouts_are_answered_and_logged(sandbox: SandboxServer, http: httpx.Client) -> None:
    root = sandbox.base_url.removesuffix("/v2")
    made = httpx.post(root + "/_sandbox/portouts", json={"phone_numbers": ["+13125550150"]},
                      headers={"Authorization": f"Bearer {API_KEY}"})
    assert made.status_code == 201
    portout_id = made.json()["data"]["id"]
    listed = http.get("portouts", params={"filter[status]": "pending"}).json()
    assert [p["id"] for p in listed["data"]] == [portout_id]
    no_reason = http.patch(f"portouts/{portout_id}/rejected-pending", json={})
    assert no_reason.status_code == 422
    assert no_reason.json()["errors"][0]["source"] == {"pointer": "/reason"}
    no_code = http.patch(f"portouts/{portout_id}/rejected-pending", json={"reason": "PIN"})
    assert no_code.json()["errors"][0]["source"] == {"pointer": "/rejection_code"}
    codes = {c["code"]: c for c in http.get(f"portouts/rejections/{portout_id}").json()["data"]}
    assert codes[1001]["reason_required"] and 1002 in codes
    other = http.patch(f"portouts/{portout_id}/rejected-pending",
                       json={"reason": " ", "rejection_code": 1001})
    assert other.status_code == 422 and "needs a reason" in other.text
    answered = http.patch(f"portouts/{portout_id}/rejected-pending",
                          json={"reason": "PIN does not match", "rejection_code": 1002})
    assert answered.json()["data"]["status"] == "rejected-pending"
    assert answered.json()["data"]["rejection_code"] == 1002
    sandbox.advance(days=3)
    assert http.get(f"portouts/{portout_id}").json()["data"]["status"] == "rejected"
    assert not [e for e in http.get("porting/events").json()["data"]
                if e["event_type"].startswith("portout.")]  # never in the port-in log
    types = [e["event_type"] for e in http.get("portouts/events").json()["data"]]
    assert types == ["portout.status_changed"] * 3  # pending, rejected-pending, rejected


def test_unanswered_portouts_are_authorized_between_24_and_48_hours(
        sandbox: SandboxServer, http: httpx.Client) -> None:
    """The guide: "a response within 24-48 hours", else authorized automatically. Each request
    gets its own moment in that window, and the record says nothing it did not (reason null)."""
    from portdesk.platform.sandbox import portouts

    ids = [portouts.create(sandbox.sandbox, [f"+131255501{n:02d}"])["id"] for n in range(12)]

    def statuses() -> list[str]:
        return [http.get(f"portouts/{i}").json()["data"]["status"] for i in ids]

    sandbox.advance(hours=23.99)
    assert statuses() == ["pending"] * 12
    sandbox.advance(hours=12.01)  # 36 h: some taken, some still waiting
    assert 0 < statuses().count("authorized") < 12
    sandbox.advance(hours=12)  # 48 h: every one
    assert statuses() == ["authorized"] * 12
    assert {http.get(f"portouts/{i}").json()["data"]["reason"] for i in ids} == {None}


def test_a_rejection_porting_ops_does_not_accept_goes_back_to_pending(
        sandbox: SandboxServer, http: httpx.Client) -> None:
    from portdesk.platform.sandbox import portouts

    portout_id = portouts.create(sandbox.sandbox, ["+13125550152"])["id"]
    answer = http.patch(f"portouts/{portout_id}/rejected-pending",
                        json={"reason": "customer owes us money", "rejection_code": 1001})
    assert answer.json()["data"]["status"] == "rejected-pending"
    sandbox.advance(days=1, hours=1)  # reviewed one business day later
    back = http.get(f"portouts/{portout_id}").json()["data"]
    assert back["status"] == "pending" and "rejection_code" not in back
    events = http.get("portouts/events").json()["data"]
    assert [e["payload"]["status"] for e in events] == ["pending", "rejected-pending", "pending"]
    sandbox.advance(days=3)  # unanswered again: authorized in its own 24-48 h
    assert http.get(f"portouts/{portout_id}").json()["data"]["status"] == "authorized"


def test_events_are_ordered_and_filterable_by_time(sandbox: SandboxServer,
                                                   http: httpx.Client) -> None:
    first_id = create(http, ["+13125550101"], ref="A")[0]["id"]
    assert http.get("porting/events").json()["data"] == []  # a draft made: no status change
    http.post(f"porting_orders/{first_id}/comments", json={"body": "one"})
    first = http.get("porting/events").json()["data"]
    second_id = create(http, ["+13125550102"], ref="B")[0]["id"]
    http.post(f"porting_orders/{second_id}/comments", json={"body": "two"})
    since = http.get("porting/events",
                     params={"filter[created_at][gte]": first[-1]["created_at"]}).json()
    assert [e["porting_order_id"] for e in since["data"]] == [first_id, second_id]
    stamps = [e["created_at"] for e in http.get("porting/events").json()["data"]]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_comments_and_portability(http: httpx.Client) -> None:
    order_id = create(http, ["+13125550101"])[0]["id"]
    assert http.post(f"porting_orders/{order_id}/comments", json={"body": "hi"}).status_code == 201
    comments = http.get(f"porting_orders/{order_id}/comments").json()
    assert [c["body"] for c in comments["data"]] == ["hi"]
    check = http.post("portability_checks",
                      json={"phone_numbers": ["+13125550101", "+13125550198"]}).json()
    assert [c["portable"] for c in check["data"]] == [True, False]


def test_state_survives_a_restart(make_sandbox: Any, tmp_path: Any) -> None:
    db = str(tmp_path / "sandbox.sqlite3")
    first = make_sandbox(db_path=db)
    with httpx.Client(base_url=first.base_url + "/",
                      headers={"Authorization": f"Bearer {API_KEY}"}) as http:
        create(http, ["+13125550101"])
    first.stop()
    second = make_sandbox(db_path=db)
    with httpx.Client(base_url=second.base_url + "/",
                      headers={"Authorization": f"Bearer {API_KEY}"}) as http:
        assert http.get("porting_orders").json()["meta"]["total_results"] == 1
