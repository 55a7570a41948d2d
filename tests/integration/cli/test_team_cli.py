"""`portdesk team status`: desks seen, claims held (case and desk), outbox depth, cursors."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.services.sync_pull import CURSOR_TIME
from portdesk.store.desks import DeskIdentity, DeskRegistry
from portdesk.store.leases import PULL, LeaseBook, case_lease
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from tests.helpers import case


def test_status_names_desks_their_claims_the_outbox_and_cursors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "team.sqlite3"
    store = Store.open(f"sqlite:///{db}")
    repo = SyncRepository(store.sessions, store.box)
    made = store.cases.create(case(), "tester")
    assert made.id is not None
    with store.transaction() as session:
        repo.enqueue(session, made.id, "create", "create:1")
        repo.enqueue(session, made.id, "comment", "comment:1", {"body": "hello"})
    now = datetime.now(UTC)
    maria = DeskIdentity("ws1-1-a", "front desk", "maria", "ws1", 1, "Maria Lopez")
    tom = DeskIdentity("ws2-1-b", "back office", "tom", "ws2", 1, "Tom Okafor")
    registry = DeskRegistry(store.sessions)
    registry.register(maria)
    registry.register(tom)
    assert LeaseBook(store.sessions, maria.id, host="ws1").take(
        case_lease(made.id), made.id)
    assert LeaseBook(store.sessions, tom.id, timedelta(seconds=-5), host="ws2").take(PULL)
    repo.put(CURSOR_TIME, "2026-03-02T10:41:05+00:00")
    store.close()

    assert main(["--db", f"sqlite:///{db}", "team", "status"]) == 0
    out = capsys.readouterr().out
    assert "front desk" in out and "maria" in out and "Maria Lopez" in out
    assert f"case {made.reference}" in out and "expires in" in out
    assert "platform event logs" in out and "free to take over" in out
    # what the specialist did, as the status bar and `portdesk sync` say it (it said "2 pending")
    assert ("Outbox: 1 case with changes not yet sent (2 changes); 0 changes waiting for a "
            "person, 0 failed") in out
    assert "port-in 2026-03-02 10:41:05 UTC" in out and "port-out not read yet" in out

    assert main(["--db", f"sqlite:///{db}", "team", "status", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {d["name"] for d in data["desks"]} == {"front desk", "back office"}
    [held] = [c for c in data["claims"] if c["case"]]
    assert held == {**held, "case": made.reference, "desk": "front desk", "os_user": "maria",
                    "expired": False}
    assert data["outbox"]["pending"] == 2 and data["outbox"]["cases_not_yet_sent"] == 1
    assert datetime.fromisoformat(data["now"]) - now < timedelta(minutes=1)


def test_team_key_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    db = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    monkeypatch.setenv("PORTDESK_TEAM_PASSPHRASE", "correct horse battery staple")
    assert main(["--db", db, "team", "init"]) == 0
    assert "on every other desk run `portdesk team join`" in capsys.readouterr().out
    monkeypatch.setenv("PORTDESK_TEAM_PASSPHRASE", "not the team's passphrase")
    assert main(["--db", db, "team", "join"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "wrong team passphrase; nothing was changed" in err
    monkeypatch.setenv("PORTDESK_TEAM_PASSPHRASE", "correct horse battery staple")
    monkeypatch.setenv("PORTDESK_TEAM_NEW_PASSPHRASE", "purple otter under a quiet bridge")
    assert main(["--db", db, "team", "rotate"]) == 0
    assert "team key rotated (generation 2)" in capsys.readouterr().out
    assert main(["--db", db, "audit", "verify"]) == 0


def test_status_says_the_queue_waits_for_the_platform_s_retry_after(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every desk holds its rounds while a Retry-After runs (services/sync.py): the team's view
    says so, or an idle team beside a full outbox has no reason shown."""
    from portdesk.services.sync_keys import NOT_BEFORE

    db = tmp_path / "team.sqlite3"
    store = Store.open(f"sqlite:///{db}")
    until = datetime.now(UTC) + timedelta(minutes=10)
    SyncRepository(store.sessions, store.box).put(NOT_BEFORE, until.isoformat())
    store.close()
    assert main(["--db", f"sqlite:///{db}", "team", "status"]) == 0
    out = capsys.readouterr().out
    assert (f"The platform asked to be left alone (Retry-After): no desk sends before "
            f"{until:%Y-%m-%d %H:%M:%S} UTC") in out
    assert main(["--db", f"sqlite:///{db}", "team", "status", "--json"]) == 0
    assert datetime.fromisoformat(json.loads(capsys.readouterr().out)["not_before"]) == until


def test_status_says_when_every_order_was_last_walked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The daily walk (services/sync_walk.py) bounds what a late event can cost: the team sees
    when a desk of the queue last did it, or that none ever did."""
    from portdesk.services.sync_keys import LAST_WALK

    db = tmp_path / "team.sqlite3"
    store = Store.open(f"sqlite:///{db}")
    store.close()
    assert main(["--db", f"sqlite:///{db}", "team", "status"]) == 0
    assert "Every order last walked (catches events listed late): never" in capsys.readouterr().out
    store = Store.open(f"sqlite:///{db}")
    walked = datetime(2020, 1, 5, 8, 0, tzinfo=UTC)  # over a day before any run: shown dated
    SyncRepository(store.sessions, store.box).put(LAST_WALK, walked.isoformat())
    store.close()
    assert main(["--db", f"sqlite:///{db}", "team", "status"]) == 0
    assert "Every order last walked (catches events listed late): 2020-01-05 08:00 UTC" in \
        capsys.readouterr().out
    assert main(["--db", f"sqlite:///{db}", "team", "status", "--json"]) == 0
    cursors = json.loads(capsys.readouterr().out)["cursors"]
    assert datetime.fromisoformat(cursors["last_walk"]) == walked
