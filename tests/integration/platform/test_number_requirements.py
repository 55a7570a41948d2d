"""Each number's own `requirements_status` on an international port-in, read by name (trust 15).

The description gives `PortingPhoneNumber.requirements_status` ("The current status of the
requirements in a INTL porting order": requirement-info-pending, -under-review, -exception,
approved). Before, the client never read it and the sandbox gave every number of every order
"requirement-info-pending" for ever, US orders included. Now the sandbox gives it on international
orders only, following their requirements, and Platform steps and `portdesk case requirements`
show it beside each number with what the specialist must do.
"""

from __future__ import annotations

from collections.abc import Callable

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_platform_view import platform_view
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import LOA, new_case, platform_orders

GB = ["+442079460101", "+442079460102"]


def test_an_international_order_shows_each_number_s_requirements_state(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    client = make_client(sandbox)
    engine = SyncEngine(desk, client)
    case = new_case(desk, GB, btn=GB[0])  # no bill, no e-mail: information needed
    assert case.id is not None
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.submit(desk, case.id, "tester")
    engine.run_once()
    view = platform_view(client, desk, case.id)
    assert [(r.e164, r.platform_word, r.state) for r in view.number_requirements] == [
        (GB[0], "requirement-info-pending", "information needed"),
        (GB[1], "requirement-info-pending", "information needed")]
    assert "give the missing document or value" in view.number_requirements[0].todo


def test_a_domestic_order_carries_none_and_shows_none(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    client = make_client(sandbox)
    case = new_case(desk, ["312-555-0171"])
    assert case.id is not None
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.submit(desk, case.id, "tester")
    SyncEngine(desk, client).run_once()
    [order] = platform_orders(sandbox)
    assert all("requirements_status" not in n for n in order["phone_numbers"])
    assert platform_view(client, desk, case.id).number_requirements == []
