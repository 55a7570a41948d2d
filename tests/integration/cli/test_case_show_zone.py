"""`case show` and `audit show` give each history line's time on this workstation's clock with
the zone named, as the conflict messages do (they printed a bare wall clock)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.domain.queue import QueueQuery
from portdesk.services.demo import load_demo
from portdesk.store.store import Store


@pytest.fixture
def pacific(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "PST8PDT")  # POSIX rule: no tz database needed
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_history_lines_name_the_zone(tmp_path: Path, pacific: None,
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
