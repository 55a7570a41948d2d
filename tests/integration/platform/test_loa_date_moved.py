"""The platform moves the requested date into an allowed FOC window after the LOA was signed: the
date is not bound to the signature (the letter stays 'matching'), but the desk now says it in
readiness, the timeline and Print LOA, with who moved it, to what, when the letter was signed and
what the letter still asks for. Against the sandbox, as the sync really moves it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from portdesk.config import Settings
from portdesk.domain.readiness import Level
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import desk as desk_service
from portdesk.services import intents
from portdesk.services.loa_binding import binding_meta
from portdesk.services.loa_print import letter_to_print
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import LOA, new_case, numbers

ASKED = date(2026, 3, 3)  # before the sandbox's first allowed window: the sync moves it



def test_a_date_moved_by_the_platform_after_signing_is_told_everywhere_the_letter_is(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = new_case(desk, numbers(0, 1), requested_date=ASKED.isoformat())
    assert case.id is not None
    signed_at = datetime(2026, 2, 20, 15, 0, tzinfo=UTC)
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester",
                            signed_at=signed_at, meta=binding_meta(case, desk.box))
    view = desk_service.open_case(desk, Settings(), case.id, today=date(2026, 2, 23))
    assert next(c for c in view.checks if c.id == "loa").level == Level.PASS  # nothing moved
    intents.submit(desk, case.id, "tester")
    assert engine.run_once().ok
    moved_to = desk.cases.get(case.id).requested_date
    assert moved_to is not None and moved_to > ASKED

    view = desk_service.open_case(desk, Settings(), case.id, today=date(2026, 2, 23))
    loa = next(c for c in view.checks if c.id == "loa")
    said = (f"The platform moved the requested date to {moved_to:%a %b %d, %Y} after the LOA "
            f"was signed on Fri Feb 20, 2026; the signed LOA still asks for Tue Mar 03, 2026.")
    assert loa.level == Level.WARN and said in loa.message  # told, not stale: still unbound
    assert "no longer matches" not in loa.message
    [told] = [t for t in view.timeline if t.title.startswith("The signed LOA still asks for")]
    assert told.title.endswith("Tue Mar 03, 2026") and said in told.detail
    assert told.kind == "questionable" and told.actor == "platform"
    letter = letter_to_print(desk, Settings(), case.id)
    assert letter.signed and not letter.stale and letter.date_moved and said in letter.note


def test_a_letter_filed_before_its_date_was_kept_reads_it_from_the_log(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    # no "printed" in its meta: the date the case held before the first move after signing
    engine = SyncEngine(desk, make_client(sandbox))
    case = new_case(desk, numbers(0, 1), requested_date=ASKED.isoformat())
    assert case.id is not None
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester",
                            signed_at=datetime(2026, 2, 20, 15, 0, tzinfo=UTC))
    intents.submit(desk, case.id, "tester")
    assert engine.run_once().ok
    view = desk_service.open_case(desk, Settings(), case.id, today=date(2026, 2, 23))
    assert any("still asks for Tue Mar 03, 2026" in t.detail for t in view.timeline)
