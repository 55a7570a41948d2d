"""Two desks on one PostgreSQL queue, each its own process (trust 16 walk).

Desk A (this process, the desk's services) has a case open and types; desk B is another process
(the `portdesk` command line, or a script over the same services) that changes the same case
first. A's save must not overwrite B's change silently, must say what changed and by whom, and
must keep every character A typed, so that A's merge then saves both. Skipped only where no
PostgreSQL can be started (the `pg_url` fixture says why).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from portdesk.domain.errors import Conflict
from portdesk.services import desk
from portdesk.store.store import Store
from tests.helpers import case
from tests.patient_waits import PROCESS_CEILING_S, PROCESS_TEST_TIMEOUT

ROOT = Path(__file__).parents[3]
# each test runs PortDesk as a second process: see tests/patient_waits.py for the ceilings
pytestmark = [pytest.mark.postgres, pytest.mark.timeout(PROCESS_TEST_TIMEOUT)]


def _other_process(pg_url: str, key_dir: Path, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PORTDESK_USER": "ana"}
    done = subprocess.run([sys.executable, "-m", "portdesk", "--db", pg_url, *args], env=env,
                          capture_output=True, text=True, timeout=PROCESS_CEILING_S)
    assert done.returncode == 0, done.stderr


def _script(pg_url: str, code: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code, pg_url], env=env, capture_output=True,
                          text=True, timeout=PROCESS_CEILING_S)
    assert done.returncode == 0, done.stderr


def test_a_status_changed_by_another_process_is_told_and_nothing_typed_is_lost(
        pg_url: str, tmp_path: Path) -> None:
    a = Store.open(pg_url)
    try:
        made = a.cases.create(case(), "maria")
        assert made.id is not None
        opened = a.cases.get(made.id)  # A opens the case and types
        typed = replace(opened, notes="customer calls back Tuesday; PIN confirmed by phone",
                        account_name=opened.account_name + " Inc")
        _other_process(pg_url, tmp_path, "case", "status", made.reference, "awaiting_signature",
                       "--reason", "LOA missing")
        with pytest.raises(Conflict, match="changed by someone else"):
            desk.save_draft(a, typed, "maria")
        said = desk.saved_meanwhile(a, made.id, opened.version)
        assert said.startswith("ana at ") and "status" in said, said
        theirs = a.cases.get(made.id)
        assert theirs.status.value == "awaiting_signature"  # B's change stands
        assert typed.notes.startswith("customer calls back")  # A's typing is A's, untouched
        merged = replace(theirs, notes=typed.notes, account_name=typed.account_name)
        saved = desk.save_draft(a, merged, "maria")
        assert (saved.status.value, saved.notes, saved.account_name) == (
            "awaiting_signature", typed.notes, typed.account_name)
    finally:
        a.close()


def test_a_case_reassigned_by_another_process_is_told_with_who(pg_url: str) -> None:
    a = Store.open(pg_url)
    try:
        made = a.cases.create(case(), "maria")
        assert made.id is not None
        opened = a.cases.get(made.id)
        _script(pg_url, (
            "import sys\nfrom dataclasses import replace\n"
            "from portdesk.store.store import Store\n"
            "b = Store.open(sys.argv[1])\n"
            f"c = b.cases.get({made.id})\n"
            "b.cases.update(replace(c, assignee='ana'), 'ana')\nb.close()\n"))
        typed = replace(opened, notes="A typed this")
        with pytest.raises(Conflict):
            desk.save_draft(a, typed, "maria")
        said = desk.saved_meanwhile(a, made.id, opened.version)
        assert said.startswith("ana at ") and said.endswith(": assignee"), said
        theirs = a.cases.get(made.id)
        saved = desk.save_draft(a, replace(theirs, notes=typed.notes), "maria")
        assert (saved.assignee, saved.notes) == ("ana", "A typed this")
    finally:
        a.close()


def test_a_sync_in_another_process_while_a_desk_types_crosses_nothing(
        pg_url: str, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from portdesk.platform.sandbox.faults import FaultConfig
    from portdesk.platform.sandbox.server import SandboxConfig, SandboxServer
    from tests.integration.platform.sync_helpers import submitted

    server = SandboxServer(SandboxConfig(api_key="k-16", port=0, seed=7, faults=FaultConfig(),
                                         start=datetime(2026, 3, 2, 15, tzinfo=UTC))).start()
    a = Store.open(pg_url)
    try:
        sent = submitted(a, ["312-555-0140"])
        assert sent.id is not None
        opened = a.cases.get(sent.id)  # A has it open and types in the desk's own fields
        typed = replace(opened, notes="told the customer: keep the old line until FOC day",
                        assignee="maria")
        env = {"PORTDESK_PLATFORM_URL": server.base_url, "PORTDESK_PLATFORM_KEY": "k-16"}
        done = subprocess.run([sys.executable, "-m", "portdesk", "--db", pg_url, "sync",
                               "--once"], env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
                              capture_output=True, text=True, timeout=PROCESS_CEILING_S)
        assert done.returncode == 0, done.stderr
        synced = a.cases.get(sent.id)
        assert synced.platform_order_id and synced.version > opened.version
        with pytest.raises(Conflict):
            desk.save_draft(a, typed, "maria")
        said = desk.saved_meanwhile(a, sent.id, opened.version)
        assert said, "the sync's change is not named"
        saved = desk.save_draft(a, replace(synced, notes=typed.notes, assignee="maria"),
                                "maria")
        assert (saved.platform_order_id, saved.status, saved.notes, saved.assignee) == (
            synced.platform_order_id, synced.status, typed.notes, "maria")
        with server.sandbox.state.lock:
            orders, _ = server.sandbox.state.list_orders("1=1", (), "seq", 100, 0)
        assert len(orders) == 1  # one order, not doubled by the second desk's save
    finally:
        a.close()
        server.stop()
