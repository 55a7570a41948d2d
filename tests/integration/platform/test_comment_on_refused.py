"""A comment on a case whose change the platform refused sends nothing again: only Send again
(or a fix saved) does. The comment waits behind the refusal and goes after it.
"""

from __future__ import annotations

from collections.abc import Callable

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import desk as desk_service
from portdesk.services import intents, lookup
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, submitted


def test_a_comment_on_a_refused_case_sends_nothing_again(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """Only Send again (or a fix) sends a refused change again: a comment is neither. Before,
    the comment put the refused submit back in the queue and the next round sent it."""
    case = submitted(desk, numbers(0, 1), account_number="")
    assert case.id is not None
    engine = SyncEngine(desk, make_client(sandbox))
    engine.run_once()
    assert [i for i, _w in desk.outbox.refused(case.id)] == ["confirm"]
    said = desk_service.add_comment(desk, case.id, "Customer is finding the account number",
                                    "tester")
    assert "once the change it refused is settled" in said
    held = lookup.case(desk, case.id)
    assert held.sync_state == "failed"  # still held: the banner stays
    states = [(i.intent, s) for i, s, _e in desk.outbox.items_for_case(case.id)]
    assert ("confirm", "failed") in states and ("comment", "pending") in states
    report = engine.run_once()
    assert report.pushed == 0  # nothing went: not the submit, not the comment before it
    waiting = engine.pending_changes()  # what `portdesk sync` and the status bar say waits
    assert waiting.sendable == 0 and waiting.held == ("comment",)
    assert [i for i, _w in desk.outbox.refused(case.id)] == ["confirm"]
    assert intents.retry_failed(desk, case.id, "tester") == 1  # Send again: now both go
    states = [(i.intent, s) for i, s, _e in desk.outbox.items_for_case(case.id)]
    assert ("confirm", "pending") in states and ("comment", "pending") in states
