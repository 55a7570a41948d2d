"""How a change that did not reach the platform ended is kept as data, and the desk decides from
it: refused (with the HTTP status and the platform's codes), not answered, timed out, ... Before,
the refused-or-gone question was answered by reading the stored words ("the platform has no such
record" meant gone), and any words beside a waiting change made it "Not sent yet". Rows kept by an
older PortDesk say `unknown` after the upgrade, never a kind guessed from their text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import httpx

from portdesk.domain.sync_outcome import OutcomeKind, SyncOutcome
from portdesk.domain.sync_trouble import GONE_ADVICE, REFUSED_ADVICE, trouble
from portdesk.platform.client import PlatformClient
from portdesk.platform.retry import RetryPolicy
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import lookup, sync_failures
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, submitted


def _item(store: Store, case_id: int, intent: str) -> int:
    return next(i.id for i, _s, _e in store.outbox.items_for_case(case_id) if i.intent == intent)


def test_a_refusal_keeps_its_status_and_codes_and_is_held(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    case = submitted(desk, numbers(0, 1), account_number="")
    assert case.id is not None
    SyncEngine(desk, make_client(sandbox)).run_once()
    refused = lookup.case(desk, case.id)
    assert refused.sync_outcome is not None
    assert refused.sync_outcome.kind == OutcomeKind.REFUSED
    assert refused.sync_outcome.status == 422 and not refused.sync_outcome.gone
    said = sync_failures.case_trouble(desk, refused)
    assert said is not None and said.refused and said.advice == REFUSED_ADVICE


def test_a_timeout_is_kept_as_a_timeout_and_goes_again_by_itself(
        tmp_path: Path, desk: Store) -> None:
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None

    def no_answer(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    client = PlatformClient("http://127.0.0.1:9/v2", "key", sleep=lambda _s: None,
                            transport=httpx.MockTransport(no_answer),
                            retry=RetryPolicy(max_attempts=1))
    try:
        SyncEngine(desk, client).run_once()
    finally:
        client.close()
    waiting = lookup.case(desk, case.id)
    assert waiting.sync_state == "pending"
    assert waiting.sync_outcome == SyncOutcome(OutcomeKind.TIMED_OUT)
    said = sync_failures.case_trouble(desk, waiting)
    assert said is not None and not said.refused
    assert "did not answer in time" in said.title


def test_the_words_do_not_decide_refused_or_gone(desk: Store) -> None:
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    update = _item(desk, case.id, "update")
    # a 422 whose words quote the phrase the desk used to read as "gone"
    desk.outbox.mark_failed(update, "the platform has no such record of that PIN format",
                            final=True, outcome=SyncOutcome(OutcomeKind.REFUSED, 422))
    said = trouble(lookup.case(desk, case.id), ["update"])
    assert said is not None and said.refused and said.advice == REFUSED_ADVICE
    # a 404 in other words is gone
    desk.outbox.mark_failed(update, "order 9f2c was deleted", final=True,
                            outcome=SyncOutcome(OutcomeKind.REFUSED, 404))
    said = trouble(lookup.case(desk, case.id), ["update"])
    assert said is not None and said.advice == GONE_ADVICE


def test_a_note_kept_on_a_change_that_went_is_not_a_change_that_did_not(desk: Store) -> None:
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    create = _item(desk, case.id, "create")
    desk.outbox.mark_done(create, {"sync_error": "the port-out was already authorized when "
                                                 "your answer was sent"})
    noted = lookup.case(desk, case.id)
    assert noted.sync_state == "pending" and noted.sync_error  # later items still wait
    assert noted.sync_outcome is None
    assert sync_failures.case_trouble(desk, noted) is None  # before: "Not sent yet: ..."


def test_rows_kept_before_outcomes_are_unknown_not_guessed(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    old = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    held = submitted(old, numbers(0, 1))
    waiting = submitted(old, numbers(2, 1))
    quiet = submitted(old, numbers(4, 1))
    assert held.id is not None and waiting.id is not None and quiet.id is not None
    old.outbox.mark_failed(_item(old, held.id, "update"), "the platform has no such record "
                           "(PATCH /porting_orders/x): gone", final=True)
    old.outbox.mark_failed(_item(old, waiting.id, "create"), "the platform at x failed to "
                           "answer (HTTP 503)", final=False)
    old.close()
    with sqlite3.connect(db) as conn:  # the file as PortDesk 0009 left it: words only
        conn.execute("ALTER TABLE cases DROP COLUMN sync_outcome")
        conn.execute("ALTER TABLE outbox DROP COLUMN last_outcome")
        conn.execute("UPDATE alembic_version SET version_num='0009'")

    desk = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    try:
        was_held = desk.cases.get(held.id)
        assert was_held.sync_outcome == SyncOutcome(OutcomeKind.UNKNOWN)
        said = sync_failures.case_trouble(desk, was_held)
        assert said is not None and said.refused  # still held for a person: the outbox says so
        assert said.advice != GONE_ADVICE  # not read from "no such record"
        assert "held (cause not recorded)" in said.title and "refused" not in said.title
        was_waiting = desk.cases.get(waiting.id)
        assert was_waiting.sync_outcome == SyncOutcome(OutcomeKind.UNKNOWN)
        waiting_said = sync_failures.case_trouble(desk, was_waiting)
        assert waiting_said is not None and not waiting_said.refused
        assert desk.cases.get(quiet.id).sync_outcome is None
        with sqlite3.connect(db) as conn:
            kinds = {r[0] for r in conn.execute(
                "SELECT last_outcome FROM outbox WHERE last_error != ''")}
        assert kinds == {'{"kind": "unknown", "status": null, "codes": []}'}
    finally:
        desk.close()

