"""Draft fields changed on both sides are flagged for a person, never overwritten either way."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from portdesk.domain.errors import PortDeskError
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine, resolve_conflict
from portdesk.store.schema import CaseRow
from portdesk.store.store import Store
from tests.helpers import shows
from tests.integration.platform.sync_helpers import numbers, submitted

Setup = tuple[SyncEngine, int, str]


@pytest.fixture
def rejected(sandbox: SandboxServer, make_client: Callable[..., PlatformClient],
             desk: Store) -> Setup:
    """A case in exception on the platform: both sides may edit its draft fields."""
    engine = SyncEngine(desk, make_client(sandbox))
    case = submitted(desk, numbers(0, 1), pin="4821", account_number="5500-0000")
    assert case.id is not None
    engine.run_once()
    sandbox.advance(days=5)
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id is not None
    return engine, case.id, order_id


def conflict_of(desk: Store, case_id: int) -> dict[str, object] | None:
    with desk.sessions() as session:
        return session.scalar(select(CaseRow.conflict).where(CaseRow.id == case_id))


def edit_on_platform(engine: SyncEngine, order_id: str, **admin: str) -> None:
    engine.client.update_porting_order(order_id, {"end_user": {"admin": admin}})


def test_both_sides_changing_a_field_flags_a_conflict_and_nothing_is_overwritten(
        rejected: Setup, desk: Store) -> None:
    engine, case_id, order_id = rejected
    edit_on_platform(engine, order_id, account_number="5500-1111", auth_person_name="Ann Platt")
    case = desk.cases.get(case_id)
    intents.update_draft(desk, case.with_changes(account_number="5500-2222"), "tester")
    report = engine.run_once()
    assert report.conflicts >= 1
    flagged = desk.cases.get(case_id)
    assert flagged.sync_state == "conflict" and "account number" in flagged.sync_error
    conflict = conflict_of(desk, case_id)
    assert conflict is not None
    assert [(f["field"], f["local"], f["platform"]) for f in conflict["fields"]] == [  # type: ignore[index]
        ("account_number", "5500-2222", "5500-1111")]
    assert flagged.account_number == "5500-2222"
    assert flagged.authorized_name == "Ann Platt"  # changed only there: taken
    order = engine.client.get_porting_order(order_id)
    assert order.raw["end_user"]["admin"]["account_number"] == "5500-1111"
    assert engine.run_once().pushed == 0  # the case's intents wait for a person
    waiting = engine.pending_changes()  # what `portdesk sync` and the status bar say
    assert waiting.sendable == 0 and waiting.conflicted == ("update",)
    assert waiting.said() == "the case's details wait for the conflict to be settled"

    resolve_conflict(desk, case_id, "mine", "tester")
    assert engine.run_once().pushed == 1
    order = engine.client.get_porting_order(order_id)
    assert order.raw["end_user"]["admin"]["account_number"] == "5500-2222"
    final = desk.cases.get(case_id)
    assert final.sync_state == "synced" and conflict_of(desk, case_id) is None


def test_taking_theirs_sets_the_platform_value_and_sends_nothing(
        rejected: Setup, desk: Store) -> None:
    engine, case_id, order_id = rejected
    edit_on_platform(engine, order_id, entity_name="Acme Dental Incorporated")
    case = desk.cases.get(case_id)
    intents.update_draft(desk, case.with_changes(account_name="Acme Dental Inc"), "tester")
    engine.run_once()
    assert desk.cases.get(case_id).sync_state == "conflict"
    resolved = resolve_conflict(desk, case_id, "theirs", "tester")
    assert resolved.account_name == "Acme Dental Incorporated"
    assert resolved.sync_state in ("pending", "synced")
    report = engine.run_once()  # the held update now finds nothing left to disagree on
    assert report.conflicts == 0 and desk.cases.get(case_id).sync_state == "synced"
    order = engine.client.get_porting_order(order_id)
    assert order.raw["end_user"]["admin"]["entity_name"] == "Acme Dental Incorporated"
    with pytest.raises(PortDeskError, match="no conflict"):
        resolve_conflict(desk, case_id, "mine", "tester")


def test_a_pin_conflict_never_shows_the_pin_in_clear(rejected: Setup, desk: Store) -> None:
    engine, case_id, order_id = rejected
    edit_on_platform(engine, order_id, pin_passcode="9137")
    case = desk.cases.get(case_id)
    intents.update_draft(desk, case.with_changes(pin="2468"), "tester")
    engine.run_once()
    conflict = conflict_of(desk, case_id)
    text = json.dumps(conflict)
    assert not shows("9137", text) and not shows("2468", text) and '"pin"' in text
    with desk.sessions() as session:
        stored = " ".join(v for (v,) in session.execute(
            select(CaseRow.sync_error).where(CaseRow.id == case_id)))
    assert not shows("9137", stored)
    assert resolve_conflict(desk, case_id, "theirs", "tester").pin == "9137"


def test_an_edit_on_the_platform_alone_is_taken_on_pull(rejected: Setup, desk: Store) -> None:
    engine, case_id, order_id = rejected
    edit_on_platform(engine, order_id, account_number="5500-7777")
    engine.client.add_comment(order_id, "touch")  # an event, so the pull fetches the order
    report = engine.run_once()
    assert report.conflicts == 0
    assert desk.cases.get(case_id).account_number == "5500-7777"


def test_portdesk_sync_says_a_conflicted_change_waits_not_pending(
        rejected: Setup, desk: Store, capsys: pytest.CaptureFixture[str]) -> None:
    """`portdesk sync` printed 'pending 1' for a change the next round never sends (a case in
    conflict is skipped until a person settles it)."""
    from portdesk.commands.sync import _rounds

    engine, case_id, order_id = rejected
    edit_on_platform(engine, order_id, account_number="5500-1111")
    intents.update_draft(desk, desk.cases.get(case_id).with_changes(account_number="5500-2222"),
                         "tester")
    engine.run_once()
    assert desk.cases.get(case_id).sync_state == "conflict"
    capsys.readouterr()
    _rounds(engine, once=True, reconcile=False, interval_minutes=0)
    [line] = [ln for ln in capsys.readouterr().out.splitlines() if not ln.startswith(" ")]
    assert line.endswith("nothing to send, the case's details wait for the conflict to be settled")


def test_case_show_says_the_case_waits_for_its_conflict(
        rejected: Setup, desk: Store, capsys: pytest.CaptureFixture[str]) -> None:
    """`case show` said nothing of a conflict: the case looked in order while its change waited
    for a person (the desk's banner and `case resolve` know it)."""
    from portdesk.cli import main

    engine, case_id, order_id = rejected
    edit_on_platform(engine, order_id, account_number="5500-1111")
    case = desk.cases.get(case_id)
    intents.update_draft(desk, case.with_changes(account_number="5500-2222"), "tester")
    engine.run_once()
    capsys.readouterr()
    assert main(["--db", str(desk.engine.url), "case", "show", case.reference]) == 0
    [sync] = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("  sync ")]
    assert "changed here and on the platform: account number" in sync
    assert "the case's details wait for the conflict to be settled" in sync
    assert f"portdesk case resolve {case.reference} --keep mine|theirs" in sync
