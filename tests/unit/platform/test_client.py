"""The client's retry, error and paging rules, against a scripted transport (the edge of the process)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from portdesk.platform import errors as e
from portdesk.platform.client import PlatformClient
from portdesk.platform.retry import RetryPolicy, retry_after_seconds

KEY = "secret-key-xyz"
Handler = Callable[[httpx.Request], httpx.Response]


def order(order_id: str = "o1", ref: str = "PD-1", status: str = "draft") -> dict[str, Any]:
    return {"id": order_id, "customer_reference": ref, "status": {"value": status, "details": []},
            "phone_numbers": [{"phone_number": "13125550101", "phone_number_type": "local"}]}


def make(handler: Handler, waits: list[float] | None = None, attempts: int = 4) -> PlatformClient:
    sleeps = waits if waits is not None else []
    return PlatformClient("http://platform.test/v2", KEY, transport=httpx.MockTransport(handler),
                          retry=RetryPolicy(max_attempts=attempts), sleep=sleeps.append,
                          rng=random.Random(1))


def respond(status: int, body: Any = None, headers: dict[str, str] | None = None
            ) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def test_sends_bearer_key_and_converts_numbers_to_e164() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return respond(200, {"data": order()})

    result = make(handler).get_porting_order("o1")
    assert seen[0].headers["authorization"] == f"Bearer {KEY}"
    assert seen[0].url.path == "/v2/porting_orders/o1"
    assert result.numbers[0].e164 == "+13125550101"


def test_retries_5xx_honouring_retry_after_then_succeeds() -> None:
    answers = iter([respond(503, headers={"Retry-After": "2"}), respond(502),
                    respond(200, {"data": order()})])
    waits: list[float] = []
    client = make(lambda r: next(answers), waits)
    assert client.get_porting_order("o1").id == "o1"
    assert waits[0] == 2.0
    assert 0.25 <= waits[1] <= 1.0  # second attempt's backoff: half fixed, half jitter


def test_a_retry_after_too_long_is_reported_not_slept() -> None:
    client = make(lambda r: respond(429, {"errors": []}, {"Retry-After": "3600"}))
    with pytest.raises(e.RateLimited, match="3600 s") as info:
        client.get_porting_order("o1")
    assert info.value.retry_after == 3600


def test_gives_up_after_max_attempts_with_a_server_error() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return respond(500)

    with pytest.raises(e.ServerError, match="HTTP 500"):
        make(handler, attempts=3).get_porting_order("o1")
    assert len(calls) == 3


def test_a_wrong_key_is_an_auth_error_without_the_key() -> None:
    with pytest.raises(e.AuthError) as info:
        make(lambda r: respond(401, {"errors": [{"code": "10009"}]})).get_porting_order("o1")
    assert KEY not in str(info.value) and "API key" in str(info.value)
    assert KEY not in repr(make(lambda r: respond(200)))


def test_not_found_and_rejected_requests_are_not_retried() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path.endswith("/porting_orders"):  # the address serves the API
            return respond(200, {"data": [], "meta": {"page_number": 1, "total_pages": 1}})
        if request.method == "GET":
            return respond(404, {"errors": [{"detail": "porting order x does not exist"}]})
        return respond(422, {"errors": [{"code": "REQUIREMENTS_NOT_MET", "title": "Invalid",
                                         "detail": "requirements not met: documents.loa"}]})

    client = make(handler)
    with pytest.raises(e.NotFound):
        client.get_porting_order("x")
    with pytest.raises(e.RequestRejected, match=r"documents\.loa") as info:
        client.update_porting_order("x", {})
    assert info.value.codes == ["REQUIREMENTS_NOT_MET"]
    assert calls.count("/v2/porting_orders/x") == 2  # one GET, one PATCH: neither retried


def test_a_non_json_answer_is_malformed() -> None:
    client = make(lambda r: httpx.Response(200, text="<html>login</html>",
                                           headers={"content-type": "text/html"}))
    with pytest.raises(e.MalformedResponse, match="not JSON"):
        client.get_porting_order("o1")
    shapeless = make(lambda r: respond(200, {"data": {"id": "o1"}}))
    with pytest.raises(e.MalformedResponse, match="status"):
        shapeless.get_porting_order("o1")


def test_no_connection_is_unreachable_after_retries() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    waits: list[float] = []
    with pytest.raises(e.Unreachable, match=r"platform\.test"):
        make(handler, waits).get_porting_order("o1")
    assert len(waits) == 3
    assert waits == sorted(waits) or max(waits) <= 4.0


def test_create_looks_up_the_reference_first() -> None:
    posts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            posts.append("create")
        assert request.url.params["filter[customer_reference]"] == "PD-1"
        return respond(200, {"data": [order()], "meta": {"page_number": 1, "page_size": 250,
                                                         "total_pages": 1, "total_results": 1}})

    found = make(handler).create_porting_order(["+13125550101"], "PD-1")
    assert [o.id for o in found] == ["o1"] and posts == []


def test_a_create_whose_answer_was_lost_is_not_sent_twice() -> None:
    created: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            body = json.loads(request.content)
            assert body["phone_numbers"] == ["+13125550101"]
            created.append(order())
            return respond(502)  # applied, answer lost
        meta = {"page_number": 1, "page_size": 250, "total_pages": 1,
                "total_results": len(created)}
        return respond(200, {"data": created, "meta": meta})

    result = make(handler).create_porting_order(["+13125550101"], "PD-1")
    assert [o.id for o in result] == ["o1"]
    assert len(created) == 1


def test_a_create_refused_before_it_ran_is_retried() -> None:
    answers = iter([respond(429, headers={"Retry-After": "0"}),
                    respond(201, {"data": [order("a"), order("b")]})])
    empty = {"data": [], "meta": {"page_number": 1, "page_size": 250, "total_pages": 0,
                                  "total_results": 0}}

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers) if request.method == "POST" else respond(200, empty)

    assert [o.id for o in make(handler).create_porting_order(["+1312"], "PD-1")] == ["a", "b"]


def test_page_iterator_walks_every_page_once() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page[number]"])
        items = [order(f"o{number}-{i}") for i in range(2)]
        if number == 2:
            items.append(order("o1-1"))  # moved between pages while we read
        return respond(200, {"data": items, "meta": {"page_number": number, "page_size": 2,
                                                     "total_pages": 3, "total_results": 6}})

    ids = [o.id for o in make(handler).list_porting_orders(page_size=2)]
    assert ids == ["o1-0", "o1-1", "o2-0", "o2-1", "o3-0", "o3-1"]


def test_retry_after_parses_seconds_and_dates() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    assert retry_after_seconds(httpx.Response(429, headers={"Retry-After": "7"})) == 7
    dated = httpx.Response(429, headers={"Retry-After": "Mon, 02 Mar 2026 12:00:30 GMT"})
    assert retry_after_seconds(dated, now) == 30
    assert retry_after_seconds(httpx.Response(429, headers={"Retry-After": "soon"})) is None
    assert retry_after_seconds(httpx.Response(429)) is None


@pytest.mark.parametrize("body", [
    {"message": "foc_datetime_requested must be a business day"},  # "check message field"
    {"code": "10015", "title": "Invalid", "detail": "foc_datetime_requested must be a "
     "business day"},  # one bare error: the description's ResourceNotFound shape
    {"errors": [{"code": "10015", "message": "foc_datetime_requested must be a business day"}]},
])
def test_the_platform_s_own_words_reach_the_message_in_every_described_shape(
        body: dict[str, Any]) -> None:
    with pytest.raises(e.RequestRejected, match="must be a business day") as info:
        make(lambda r: respond(422, body)).update_porting_order("o1", {})
    assert "HTTP 422" not in str(info.value)


def test_a_dated_retry_after_counts_from_the_answer_s_own_date_then_the_injected_clock(
        ) -> None:
    from datetime import UTC, datetime

    workstation = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # the desk's clock, 10 min behind
    answers = iter([respond(429, headers={"Retry-After": "Mon, 02 Mar 2026 12:10:20 GMT",
                                          "Date": "Mon, 02 Mar 2026 12:10:00 GMT"}),
                    respond(429, headers={"Retry-After": "Mon, 02 Mar 2026 12:00:05 GMT"}),
                    respond(200, {"data": order()})])
    waits: list[float] = []
    client = PlatformClient("http://platform.test/v2", KEY,
                            transport=httpx.MockTransport(lambda r: next(answers)),
                            retry=RetryPolicy(max_attempts=4), sleep=waits.append,
                            clock=lambda: workstation)
    assert client.get_porting_order("o1").id == "o1"
    assert waits == [20.0, 5.0]  # not 620 s: the server's Date, else the injected clock


def test_a_platform_that_ignores_page_numbers_is_read_once_and_reported() -> None:
    """Page 1 again for every page number, claiming a million pages: one extra request, not a
    hundred thousand; what was read is kept and the report says the list was cut."""
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.params["page[number]"])
        return respond(200, {"data": [order("o1"), order("o2")],
                             "meta": {"page_number": 1, "page_size": 2,
                                      "total_pages": 1_000_000, "total_results": 2_000_000}})

    client = make(handler)
    assert [o.id for o in client.list_porting_orders(page_size=2)] == ["o1", "o2"]
    assert calls == ["1", "2"]
    [cut] = client.skipped
    assert cut.record_id == "/porting_orders page 2" and "did not page" in cut.reason


def test_a_very_large_page_is_read_whole() -> None:
    """More records on one page than asked for (the platform decides its page size)."""
    items = [order(f"o{i}") for i in range(20_000)]
    client = make(lambda r: respond(200, {"data": items, "meta": {
        "page_number": 1, "page_size": 20_000, "total_pages": 1, "total_results": 20_000}}))
    assert sum(1 for _ in client.list_porting_orders()) == 20_000 and not client.skipped


@pytest.mark.parametrize("portout", [False, True])
def test_a_comment_said_again_is_not_taken_for_the_earlier_one(portout: bool) -> None:
    """The same words sent a second time (a specialist's "Called the carrier, no answer" on
    Monday and again on Tuesday): after an uncertain failure of the second POST, Monday's comment
    must not count as Tuesday's sent. Only one more than were there before counts."""
    listed = [{"id": "c1", "body": "Called the carrier, no answer", "user_type": "user",
               "created_at": "2026-03-02T15:00:00Z"}]
    posts: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return respond(200, {"data": listed, "meta": {"page_number": 1, "page_size": 250,
                                                          "total_pages": 1,
                                                          "total_results": len(listed)}})
        posts.append(request)
        if len(posts) == 1:
            return respond(502)  # lost: was it applied? the list says no
        made = {**listed[0], "id": "c2", "created_at": "2026-03-03T15:00:00Z"}
        listed.append(made)
        return respond(201, {"data": made})

    client = make(handler)
    send = client.add_portout_comment if portout else client.add_comment
    sent = send("o1", "Called the carrier, no answer", already=1)
    assert sent.id == "c2" and len(posts) == 2 and len(listed) == 2
