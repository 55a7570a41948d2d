"""`case show` and `audit show` give each history line's time on this workstation's clock with
the zone named, as the conflict messages do (they printed a bare wall clock); its sync line says
what waits behind a refusal (a comment), as the desk's banner does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.domain.queue import QueueQuery
from portdesk.services.demo import load_demo
from portdesk.store.store import Store


def test_history_lines_name_the_zone(tmp_path: Path, pacific: object,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    load_demo(store, "tester")
    reference = store.queue.page(QueueQuery(statuses=("at_carrier",))).rows[0].reference
    store.close()
    capsys.readouterr()
    assert main(["--db", f"sqlite:///{db}", "case", "show", reference]) == 0
    shown = capsys.readouterr().out
    history = shown.split("history:")[1].strip().splitlines()
    assert history and all(re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d P[SD]T ", h.strip())
                           for h in history), history
    assert main(["--db", f"sqlite:///{db}", "audit", "show", reference]) == 0
    trail = capsys.readouterr().out.strip().splitlines()
    assert trail and all(re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d P[SD]T ", t) for t in trail)


def test_case_show_says_a_comment_waits_behind_the_refusal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from portdesk.domain.sync_outcome import OutcomeKind, SyncOutcome
    from portdesk.services import desk as desk_service
    from tests.integration.platform.sync_helpers import submitted

    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    sent = submitted(store, ["312-555-0101"])
    assert sent.id is not None
    for item, _state, _err in store.outbox.items_for_case(sent.id):
        if item.intent == "confirm":
            store.outbox.mark_failed(item.id, "requirements not met", final=True,
                                     outcome=SyncOutcome(OutcomeKind.REFUSED, 422))
        else:
            store.outbox.mark_done(item.id)
    desk_service.add_comment(store, sent.id, "Customer is finding the account number", "tester")
    store.close()
    capsys.readouterr()
    assert main(["--db", f"sqlite:///{db}", "case", "show", sent.reference]) == 0
    [sync] = [line for line in capsys.readouterr().out.splitlines()
              if line.startswith("  sync ")]
    assert "refused the submit" in sync and "1 comment waits behind the refusal" in sync
