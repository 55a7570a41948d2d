"""Every id of a queue, read until the desk says stop (store/queue.py `ids_unless`): a newer
keystroke abandons the older keystroke's scan in SQLite itself, and the connection it ran on is
left as it was for the next reader."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from portdesk.domain.case import CaseNumber
from portdesk.domain.queue import QueueQuery
from portdesk.store import queue as queue_module
from portdesk.store.store import Store
from tests.helpers import case


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    made = Store.open(f"sqlite:///{tmp_path / 'q.sqlite3'}", key_dir=tmp_path)
    cases = [replace(case(), account_name=f"Customer {i:04d}",
                     numbers=(CaseNumber(f"+1212555{i % 100:02d}{i // 100:02d}"),))
             for i in range(300)]
    with made.transaction() as session:
        made.cases.create_many(cases, "tester", session)
    yield made
    made.close()


@pytest.mark.parametrize(("text", "found"), [("", 300), ("customer", 300), ("zzz", 0)])
def test_unstopped_scan_reads_what_ids_reads(store: Store, text: str, found: int) -> None:
    for descending in (True, False):
        q = QueueQuery(text=text, sort="account_name", descending=descending)
        ids = store.queue.ids_unless(q, lambda: False)
        assert ids == store.queue.ids(q)
        assert ids is not None and len(ids) == found


def test_scan_stopped_midway_returns_nothing(store: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queue_module, "STOP_EVERY", 10)  # asked often: 300 rows are a short scan
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 3  # let the scan start, then a newer keystroke arrives

    q = QueueQuery(text="customer")
    assert store.queue.ids_unless(q, stop) is None
    assert 4 <= len(asked) < 10  # SQLite asked while scanning, and stopped at the first yes
    # the pooled connection kept no handler: the next scans read to their end
    assert len(store.queue.ids(q)) == 300
    assert len(store.queue.ids_unless(q, lambda: False) or []) == 300


def test_stopped_before_it_starts(store: Store) -> None:
    assert store.queue.ids_unless(QueueQuery(), lambda: True) is None
