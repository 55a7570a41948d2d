"""What the platform's refusals and a wrong address say to the specialist (trust round 12).

The description's error object names the offending field by `source.pointer` and its `detail` is
free text; a 404 from an address that does not serve the API is not "the record is gone".
"""

from __future__ import annotations

import random
from typing import Any

import httpx
import pytest

from portdesk.domain.sync_outcome import OutcomeKind
from portdesk.platform import errors as e
from portdesk.platform.client import PlatformClient
from portdesk.platform.field_words import field_words
from portdesk.platform.retry import RetryPolicy

KEY = "secret-key-xyz"


def client(handler: Any, url: str = "http://platform.test/v2") -> PlatformClient:
    return PlatformClient(url, KEY, transport=httpx.MockTransport(handler),
                          retry=RetryPolicy(max_attempts=3), sleep=lambda s: None,
                          rng=random.Random(1))


def refusing(error: dict[str, Any]) -> PlatformClient:
    return client(lambda request: httpx.Response(422, json={"errors": [error]}))


def test_a_refused_field_is_named_in_the_specialist_s_words() -> None:
    with pytest.raises(e.RequestRejected) as info:
        refusing({"code": "10015", "title": "Invalid value", "detail": "is invalid",
                  "source": {"pointer": "/end_user/location/postal_code"}}
                 ).update_porting_order("o1", {})
    assert "service address: ZIP / postal code: is invalid" in str(info.value)
    assert info.value.errors[0]["field"] == "service address: ZIP / postal code"


def test_a_pointer_the_detail_repeats_is_said_once_in_words() -> None:
    with pytest.raises(e.RequestRejected) as info:
        refusing({"code": "10015", "title": "Invalid request",
                  "detail": "/misc/remaining_numbers_action: must be one of keep, disconnect",
                  "source": {"pointer": "/misc/remaining_numbers_action"}}
                 ).update_porting_order("o1", {})
    assert "what happens to the numbers that stay: must be one of keep, disconnect" \
        in str(info.value)
    assert "/misc/" not in str(info.value)


def test_a_pin_the_platform_quotes_back_is_never_kept_in_the_words() -> None:
    with pytest.raises(e.RequestRejected) as info:
        refusing({"code": "10015", "title": "Invalid value",
                  "detail": "'98123' is not a valid passcode",
                  "source": {"pointer": "/end_user/admin/pin_passcode"}}
                 ).update_porting_order("o1", {})
    assert "98123" not in str(info.value)
    assert "PIN / passcode: **** is not a valid passcode" in str(info.value)


@pytest.mark.parametrize(("pointer", "words"), [
    ("/phone_numbers/2", "number 3 of the case"),
    ("/requirements/0/field_value", "value of requirement 1"),
    ("/end_user/admin/some_new_field", "some new field"),
    ("filter[status]", "filter status"),
])
def test_every_pointer_has_words(pointer: str, words: str) -> None:
    assert field_words(pointer) == words


def test_a_404_from_an_address_that_serves_no_api_is_not_a_record_gone() -> None:
    seen: list[str] = []

    def nothing_here(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path}")
        return httpx.Response(404, json={"errors": [{"code": "10005", "title": "Not found"}]})

    with pytest.raises(e.WrongAddress) as info:
        client(nothing_here, "http://platform.test/v3").confirm_porting_order("o1")
    assert info.value.outcome().kind == OutcomeKind.NOT_ANSWERED
    assert not info.value.outcome().gone
    assert "correct the platform address in Settings" in str(info.value)
    assert seen == ["POST /v3/porting_orders/o1/actions/confirm", "GET /v3/porting_orders"]


def test_a_404_from_the_right_address_is_still_a_record_gone() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/porting_orders"):
            return httpx.Response(200, json={"data": [], "meta": {"total_pages": 1}})
        return httpx.Response(404, json={"errors": [{"code": "10005", "title": "Not found"}]})

    with pytest.raises(e.NotFound) as info:
        client(handler).get_porting_order("o1")
    assert info.value.outcome().gone


def test_an_address_that_is_not_a_web_address_says_so_and_sends_nothing() -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(e.WrongAddress) as info:
        client(lambda r: sent.append(r) or httpx.Response(200), "htp:/platform.test/v2"
               ).get_porting_order("o1")
    text = str(info.value)
    assert "must start with https:// or http://" in text and "will retry" not in text
    assert "it connection" not in text and not sent


def test_a_host_name_that_does_not_resolve_is_named_as_such() -> None:
    def no_such_host(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    with pytest.raises(e.Unreachable) as info:
        client(no_such_host, "http://platfrom.invalid/v2").get_porting_order("o1")
    assert "no such host name is known" in str(info.value)
    assert "refused the connection" not in str(info.value)


def test_a_key_the_platform_quotes_back_is_masked_in_the_words_kept() -> None:
    with pytest.raises(e.RequestRejected) as info:
        refusing({"code": "10015", "title": "Invalid", "detail": f"key {KEY} may not do this"}
                 ).update_porting_order("o1", {})
    assert KEY not in str(info.value) and "may not do this" in str(info.value)
