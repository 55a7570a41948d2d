"""A case's change the platform refused: the specialist sees what and why (the PIN masked), the
fix sends it again by itself (after the fix, not before it), and "send again as it is" is there
for a cause fixed outside PortDesk (desk button, `portdesk sync --retry REF`). Before, a refused
case held every later change for ever: nothing called the retry, and a new intent (the fix)
waited behind the refusal too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from portdesk import cli
from portdesk.domain.errors import PortDeskError
from portdesk.domain.sync_outcome import OutcomeKind, SyncOutcome
from portdesk.domain.sync_trouble import trouble
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import desk as desk_service
from portdesk.services import intents, lookup, sync_failures
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import numbers, submitted

REFUSED = SyncOutcome(OutcomeKind.REFUSED, 422)  # as the platform answers a refusal


def _states(store: Store, case_id: int) -> list[tuple[str, str]]:
    return [(i.intent, s) for i, s, _e in store.outbox.items_for_case(case_id)]


def test_a_fix_goes_past_a_refused_submit_which_is_submitted_again_through_the_gate(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    case = submitted(desk, numbers(0, 1), account_number="", pin="4821")
    assert case.id is not None
    engine = SyncEngine(desk, make_client(sandbox))
    report = engine.run_once()
    assert report.refused == [f"{case.reference}: requirements not met: "
                              "end_user.admin.account_number"]  # the desk flashes it
    refused = lookup.case(desk, case.id)
    said = sync_failures.case_trouble(desk, refused)
    assert refused.sync_state == "failed" and said is not None and said.refused
    assert said.what == "the submit" and "account_number" in said.why
    assert not said.why.startswith("the platform refused")  # the title says it once
    assert "fix what it names and save" in said.advice
    fixed = desk_save(desk, replace(refused, account_number="4410-2231-09"))
    assert fixed.sync_state == "pending"  # before, the fix waited behind the refusal for ever
    assert [i for i, s in _states(desk, case.id) if s == "pending"] == ["update"]
    # the refused submit was checked against the case before the fix (the signed LOA too):
    # withdrawn, audited; Submit goes through the gate again
    assert ("confirm", "withdrawn") in _states(desk, case.id)
    assert desk.audit.for_case(case.id)[-1].action == "case.submit_withdrawn"
    assert not intents.submit_waiting(desk, lookup.case(desk, case.id))
    engine.run_once()
    assert lookup.case(desk, case.id).sync_state == "synced"  # the fix reached the platform
    intents.submit(desk, case.id, "tester")
    engine.run_once()
    sent = lookup.case(desk, case.id)
    assert sent.sync_state == "synced" and sent.status.value == "submitted"


def desk_save(store: Store, case: object) -> object:
    return desk_service.save_draft(store, case, "tester")  # type: ignore[arg-type]


def test_send_again_as_it_is_is_audited_and_only_for_what_was_refused(desk: Store) -> None:
    case = submitted(desk, numbers(0, 1), pin="4821")
    assert case.id is not None
    with pytest.raises(PortDeskError, match="no change the platform refused"):
        sync_failures.send_again(desk, case.id, "tester")
    [update] = [i for i, _s, _e in desk.outbox.items_for_case(case.id) if i.intent == "update"]
    desk.outbox.mark_failed(update.id, "the platform refused PATCH /porting_orders/x: "
                            "pin_passcode 4821 does not match", final=True,
        outcome=REFUSED)
    stuck = lookup.case(desk, case.id)
    said = trouble(stuck, ["update"])
    assert said is not None and "4821" not in said.line() and "••••" in said.why
    assert sync_failures.send_again(desk, case.id, "tester") == 1
    again = lookup.case(desk, case.id)
    assert again.sync_state == "pending" and ("update", "pending") in _states(desk, case.id)
    assert desk.audit.for_case(case.id)[-1].action == "sync.retry"


def test_a_withdrawn_submit_is_not_brought_back_by_send_again(desk: Store) -> None:
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    [update] = [i for i, _s, _e in desk.outbox.items_for_case(case.id) if i.intent == "update"]
    desk.outbox.mark_failed(update.id, "the platform refused: postal code", final=True,
        outcome=REFUSED)
    stuck = lookup.case(desk, case.id)
    desk_save(desk, replace(stuck, account_number="99999999"))
    states = _states(desk, case.id)
    assert ("confirm", "withdrawn") in states and ("update", "superseded") in states
    assert not intents.submit_waiting(desk, lookup.case(desk, case.id))
    [fix] = [i for i, s, _e in desk.outbox.items_for_case(case.id)
             if s == "pending" and i.intent == "update"]
    desk.outbox.mark_failed(fix.id, "the platform refused: postal code", final=True,
        outcome=REFUSED)
    assert sync_failures.send_again(desk, case.id, "tester") == 1  # the fix, not the submit
    assert ("confirm", "withdrawn") in _states(desk, case.id)


def test_a_change_not_answered_is_said_to_go_again_by_itself(desk: Store) -> None:
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    [create] = [i for i, _s, _e in desk.outbox.items_for_case(case.id) if i.intent == "create"]
    desk.outbox.mark_failed(create.id, "the platform at x failed to answer (HTTP 503); try "
                            "again later", final=False,
                            outcome=SyncOutcome(OutcomeKind.SERVER_ERROR, 503))
    said = sync_failures.case_trouble(desk, lookup.case(desk, case.id))
    assert said is not None and not said.refused and "every sync round" in said.advice
    with pytest.raises(PortDeskError, match="goes at the next sync"):
        sync_failures.send_again(desk, case.id, "tester")


def test_the_command_line_shows_and_sends_again(
        sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    store = Store.open(url, key_dir=tmp_path)
    case = submitted(store, numbers(0, 1), account_number="")
    store.close()
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", sandbox.base_url)
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", API_KEY)
    assert cli.main(["--db", url, "sync", "--once"]) == 1
    assert f"  {case.reference}: the platform refused POST" in capsys.readouterr().out
    assert cli.main(["--db", url, "case", "show", case.reference]) == 0
    shown = capsys.readouterr().out
    assert "Not sent: the platform refused" in shown and "account_number" in shown
    assert f"portdesk sync --retry {case.reference}" in shown
    assert cli.main(["--db", url, "case", "list"]) == 0
    assert "Refused by the platform" in capsys.readouterr().out
    assert cli.main(["--db", url, "sync", "--once", "--retry", case.reference]) == 1
    out = capsys.readouterr().out
    assert f"{case.reference}: the submit queued again (1 item)" in out
    assert "failed 1" in out  # as it is, the platform refuses it again: the advice was right
