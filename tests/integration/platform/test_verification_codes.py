"""Phone number verification codes sent and verified from PortDesk (trust 15).

The description's `phone_number_verification_codes` step: `POST .../verification_codes/send`
(numbers, `verification_method` sms or call), `GET .../verification_codes` (each number's
`verified`), `POST .../verification_codes/verify` (numbers and the codes the customer read out).
Before, the step was only named and done on the platform's portal; the sandbox did not serve
the three operations. Now the specialist sends the codes (by text or call, per number), types
back what the customer reads and gets the platform's answer per number in words; the order then
goes. The codes are the customer's secrets: in no log record, audit entry or kept message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import httpx
import pytest

from portdesk.domain.numbers import format_display
from portdesk.platform.client import PlatformClient
from portdesk.platform.errors import RequestRejected, Unreachable
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services import verification_codes as vc
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_platform_view import platform_view
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import submitted

NUMBERS = ["312-555-0150", "312-555-0195"]  # 0195: the sandbox asks the step
FIRST, SECOND = "+13125550150", "+13125550195"


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url + "/",
                      headers={"Authorization": f"Bearer {API_KEY}"}) as client:
        yield client


def _received(server: SandboxServer, order_id: str) -> dict[str, dict[str, str]]:
    """The customer's phones: what the platform sent to each (the sandbox's own control)."""
    root = server.base_url.removesuffix("/v2")
    answer = httpx.get(f"{root}/_sandbox/porting_orders/{order_id}/verification_codes",
                       headers={"Authorization": f"Bearer {API_KEY}"})
    return {r["phone_number"]: r for r in answer.json()["data"]}


def _asked(engine: SyncEngine, desk: Store) -> tuple[int, str, list[str]]:
    case = submitted(desk, NUMBERS)
    assert case.id is not None
    report = engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id
    return case.id, order_id, report.errors


def test_codes_are_sent_per_number_verified_and_the_order_goes(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client(sandbox)
    engine = SyncEngine(desk, client)
    case_id, order_id, errors = _asked(engine, desk)
    told = [e for e in errors if "verification codes" in e]
    assert len(told) == 1 and "portdesk case codes" in told[0]
    assert platform_view(client, desk, case_id).needs_codes
    assert [r.words for r in vc.code_rows(client, desk, case_id)] == ["no code sent yet"] * 2

    said = vc.send_codes(client, desk, case_id, {FIRST: "sms", SECOND: "call"}, "tester")
    assert said == [f"code sent by text message (SMS) to {format_display(FIRST)}",
                    f"code sent by voice call to {format_display(SECOND)}"]
    phones = _received(sandbox, order_id)
    assert {n: p["method"] for n, p in phones.items()} == {FIRST: "sms", SECOND: "call"}
    assert {r.e164: r.words for r in vc.code_rows(client, desk, case_id)} == {
        FIRST: "code sent, waiting for the customer's code",
        SECOND: "code sent, waiting for the customer's code"}

    right, wrong = phones[FIRST]["code"], "0" + phones[SECOND]["code"][1:] \
        if phones[SECOND]["code"][0] != "0" else "1" + phones[SECOND]["code"][1:]
    outcomes = vc.verify_codes(client, desk, case_id,
                               {FIRST: f" {right[:2]} {right[2:]} ", SECOND: wrong}, "tester")
    assert [(o.e164, o.verified) for o in outcomes] == [(FIRST, True), (SECOND, False)]
    assert outcomes[1].words.startswith(f"{format_display(SECOND)}: the code was not accepted")
    assert "send a new code" in outcomes[1].words
    assert platform_view(client, desk, case_id).needs_codes  # one number still waits

    [again] = vc.verify_codes(client, desk, case_id, {SECOND: phones[SECOND]["code"]}, "tester")
    assert again.verified and again.words == f"{format_display(SECOND)}: verified"
    assert not platform_view(client, desk, case_id).needs_codes
    assert intents.retry_failed(desk, case_id, "tester") >= 1
    engine.run_once()
    assert desk.cases.get(case_id).platform_status == "in-process"

    kept = " ".join(str(e.changes) for e in desk.audit.for_case(case_id))
    assert "verification_codes_sent" in " ".join(e.action for e in desk.audit.for_case(case_id))
    for code in (right, wrong, phones[SECOND]["code"]):
        assert code not in caplog.text and code not in kept


def test_a_refusal_quoting_a_code_back_has_it_masked() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/porting_orders"):
            return httpx.Response(200, json={"data": [], "meta": {}})
        return httpx.Response(422, json={"message": "code 48213 for +13125550150 has expired"})

    client = PlatformClient("http://platform.test/v2", "k-1",
                            transport=httpx.MockTransport(answer), sleep=lambda _: None)
    with client, pytest.raises(RequestRejected) as refused:
        client.verify_codes("o-1", {FIRST: "48213"})
    assert "48213" not in str(refused.value) and "+13125550150 has expired" in str(refused.value)
    assert "48213" not in repr(refused.value.errors)


def test_offline_nothing_is_sent_and_nothing_is_kept(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case_id, _, _ = _asked(engine, desk)
    before = len(desk.audit.for_case(case_id))
    offline = PlatformClient("http://127.0.0.1:9/v2", API_KEY, sleep=lambda _: None)
    with offline, pytest.raises(Unreachable):
        vc.verify_codes(offline, desk, case_id, {FIRST: "12345"}, "tester")
    assert len(desk.audit.for_case(case_id)) == before


def test_the_sandbox_serves_the_operations_as_described(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        http: httpx.Client) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    _, order_id, _ = _asked(engine, desk)
    path = f"porting_orders/{order_id}/verification_codes"
    not_sent = http.post(f"{path}/verify",
                         json={"verification_codes": [{"phone_number": FIRST, "code": "1"}]})
    assert not_sent.status_code == 422 and "send the codes first" in not_sent.json()["message"]
    assert http.post(f"{path}/send", json={"verification_method": "fax"}).status_code == 422
    sent = http.post(f"{path}/send", json={})  # no numbers: every number of the order
    assert sent.status_code == 204 and not sent.content
    listed = http.get(path, params={"filter[verified]": "false"}).json()
    assert {r["phone_number"] for r in listed["data"]} == {FIRST, SECOND}
    assert all("code" not in r for r in listed["data"])
    assert listed["meta"]["total_results"] == 2
    assert http.get(path, params={"filter[verified]": "true"}).json()["data"] == []


def test_the_command_line_says_the_codes_that_went_before_a_later_failure(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Session 19 review: when the second method of a two-method send failed, the command line
    showed only the error; the customer already held the first code. It says what went (as the
    desk's dialog does), then the failure."""
    import argparse
    from types import SimpleNamespace

    from portdesk.commands.case_platform import cmd_codes

    client = make_client(sandbox)
    case_id, _order_id, _errors = _asked(SyncEngine(desk, client), desk)
    real = client.send_verification_codes

    def send(order_id: str, numbers: list[str], method: str) -> None:
        if method == "call":
            raise Unreachable("cannot reach the platform: the network went away")
        real(order_id, numbers, method)

    client.send_verification_codes = send  # type: ignore[method-assign]
    ctx = SimpleNamespace(store=desk, platform=lambda: client, actor="tester")
    args = argparse.Namespace(reference=desk.cases.get(case_id).reference, send=None,
                              number=[f"{FIRST}=sms", f"{SECOND}=call"], verify=False)
    with pytest.raises(Unreachable, match="network went away"):
        cmd_codes(args, ctx)  # type: ignore[arg-type]
    out = capsys.readouterr().out
    assert f"code sent by text message (SMS) to {format_display(FIRST)}" in out
