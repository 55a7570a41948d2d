"""A full desk journey against the sandbox, every request and answer checked against the
platform's published description: the client sends only what it allows, the sandbox answers
only what it declares."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY, RecordingSleep
from tests.integration.platform.description import (
    RecordingTransport,
    Traffic,
    cached,
    violations,
)
from tests.integration.platform.sync_helpers import numbers, submitted

pytestmark = pytest.mark.shared


def journey(server: SandboxServer, desk: Store, traffic: Traffic) -> SyncEngine:
    client = PlatformClient(server.base_url, API_KEY, transport=RecordingTransport(traffic),
                            sleep=RecordingSleep())
    engine = SyncEngine(desk, client)
    plain = submitted(desk, numbers(0, 2))
    split = submitted(desk, [*numbers(2, 1), "800-555-0150"])
    rejected = submitted(desk, numbers(3, 1), account_number="5511-0000")
    assert plain.id and split.id and rejected.id
    intents.comment(desk, plain.id, "Customer asks for a morning cutover", "tester")
    engine.run_once()
    with_event = portouts.create(server.sandbox, ["+13125550160"], attempted_pin="1234")
    portouts.create(server.sandbox, ["+13125550161"], "Lopez Family", with_event=False)
    engine.run_once()
    cases = {c.platform_order_id: c.id for c in desk.cases.iter_all()}
    codes = client.rejection_codes(with_event["id"])
    intents.decide_portout(desk, cases[with_event["id"]] or 0, False, "PIN does not match",
                           "tester", codes[1])
    portouts.add_comment(server.sandbox, with_event["id"], "we will resubmit")
    server.advance(days=5)
    engine.run_once()
    fixed = desk.cases.get(rejected.id)
    intents.update_draft(desk, fixed.with_changes(account_number="5511-1234"), "tester")
    intents.submit(desk, rejected.id, "tester")
    for _ in range(8):
        server.advance(days=5)
        engine.run_once()
    order = desk.cases.get(plain.id).platform_order_id or ""
    client.portability_check(["+13125550170", "+13125550198"])
    client.requirements(order)
    client.allowed_foc_windows(order)
    client.exception_types()
    client.portout_comments(with_event["id"])
    return engine


def test_a_full_journey_keeps_to_the_description_both_ways(
        shared_dir: Path, sandbox: SandboxServer, desk: Store) -> None:
    traffic = Traffic()
    journey(sandbox, desk, traffic).client.close()
    description = cached(str(shared_dir))
    sent, answered = violations(description, traffic)
    operations = {description.operation(m, p)[0] for m, p, *_ in traffic.exchanges
                  if description.operation(m, p)}
    assert len(traffic.exchanges) > 60 and len(operations) >= 15
    assert sent == [], sent[:5]
    assert answered == [], answered[:5]


def test_the_judge_catches_what_it_should(shared_dir: Path) -> None:
    """The checker is not a rubber stamp: a wrong body and a wrong answer are both flagged."""
    description = cached(str(shared_dir))
    assert description.request_problems("PATCH", "/v2/porting_orders/x", "",
                                        b'{"documents": "abc"}', "application/json")
    assert description.request_problems("GET", "/v2/porting/events",
                                        "filter%5Btype%5D=nope", b"", "")
    assert description.response_problems(
        "GET", "/v2/portouts/events", 200,
        b'{"data": [{"id": "x", "event_type": "portout.status_changed"}]}')
    assert not description.response_problems(
        "GET", "/v2/portouts/events", 200, b'{"data": [], "meta": {"page_number": 1}}')


def test_the_recording_transport_sees_html_as_html(sandbox: SandboxServer) -> None:
    traffic = Traffic()

    def html(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/exception_types"):
            return httpx.Response(200, text="<html>portal</html>",
                                  headers={"content-type": "text/html"})
        return None

    with PlatformClient(sandbox.base_url, API_KEY, sleep=RecordingSleep(),
                        transport=RecordingTransport(traffic, html)) as client:
        with pytest.raises(Exception, match="not JSON"):
            client.exception_types()
    assert traffic.exchanges[0][5] == 200

