"""`case list` reads an SQLite queue with sqlite3 alone (store/quick_queue.py): every page it
answers is the page the Store's own reader (store/queue.py) gives, and what it cannot answer it
leaves to the Store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from portdesk.domain.lifecycle import Status
from portdesk.domain.queue import QueueQuery
from portdesk.store.quick_queue import quick_page
from portdesk.store.quick_sqlite import sqlite_path
from portdesk.store.store import Store
from tests.helpers import case

TODAY = date(2026, 3, 2)
STATUSES = ("draft", "submitted", "exception", "foc_confirmed", "ported", "cancelled")
QUERIES = [
    QueueQuery(),
    QueueQuery(limit=7),
    QueueQuery(limit=5, offset=5),
    QueueQuery(statuses=("draft",)),
    QueueQuery(statuses=("submitted", "exception"), kinds=("port_in",)),
    QueueQuery(kinds=("port_out",)),
    QueueQuery(overdue=True, today=TODAY),
    QueueQuery(foc_from=TODAY, foc_to=TODAY + timedelta(days=7)),
    QueueQuery(assignee="ana"),
    QueueQuery(assignee=""),
    QueueQuery(sync_states=("local",)),
    *[QueueQuery(text=t) for t in ("harbor", "NÚÑEZ", "jose nunez", "312-555-0105", "(415) 555",
                                   "5550", "birch &", "acme 4", "zzz", "%", "_", "a\\b",
                                   "cedar law 3")],
    QueueQuery(text="lumen", statuses=("draft", "exception"), sort="account_name", limit=3),
    *[QueueQuery(sort=s, descending=d) for s in ("reference", "account_name", "losing_carrier",
                                                   "kind", "number_count", "status", "foc_date",
                                                   "next_due", "assignee", "created_at",
                                                   "updated_at", "no-such-column")
      for d in (True, False)],
]


@pytest.fixture(scope="module")
def queue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store]]:
    folder = tmp_path_factory.mktemp("quick")
    url = f"sqlite:///{folder / 'queue.sqlite3'}"
    store = Store.open(url, key_dir=folder)
    names = ["Harbor Dental", "Cedar Law", "José Núñez", "Birch & Co", "Acme"]
    for i in range(40):
        made = store.cases.create(case(
            account_name=f"{names[i % 5]} {i % 7}", carrier=["Lumen", "AT&T", ""][i % 3],
            numbers=[f"312-555-{100 + i:04d}"] + ([f"415-555-{100 + i:04d}"] if i % 3 else []),
            kind="port_out" if i % 6 == 0 else "port_in"), "tester")
        changed = replace(made, status=Status(STATUSES[i % len(STATUSES)]),
                          foc_date=TODAY + timedelta(days=i % 11 - 2) if i % 2 else None,
                          assignee=["", "ana", "bo"][i % 3])
        store.cases.update(changed, "tester")
    yield url, store
    store.close()


@pytest.mark.parametrize("query", QUERIES, ids=[f"q{i}" for i in range(len(QUERIES))])
def test_every_page_is_the_stores_own(queue: tuple[str, Store], query: QueueQuery) -> None:
    url, store = queue
    quick = quick_page(url, query)
    assert quick is not None
    expected = store.queue.page(query)
    assert quick.rows == expected.rows
    assert quick.total == expected.total


def test_what_it_cannot_answer_is_left_to_the_store(queue: tuple[str, Store],
                                                    tmp_path: Path) -> None:
    url, _store = queue
    assert quick_page("sqlite://", QueueQuery()) is None  # in memory
    assert quick_page(f"sqlite:///{tmp_path / 'none.sqlite3'}", QueueQuery()) is None
    assert quick_page(f"{url}?timeout=3", QueueQuery()) is None
    assert quick_page("postgresql://localhost/q", QueueQuery()) is None
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert quick_page(f"sqlite:///{garbage}", QueueQuery()) is None
    assert sqlite_path("sqlite:////abs/q.db") == Path("/abs/q.db")
    assert sqlite_path("sqlite:///rel/q.db") == Path("rel/q.db")


def test_a_search_on_a_very_large_queue_is_left_to_the_trigram_table(
        queue: tuple[str, Store], monkeypatch: pytest.MonkeyPatch) -> None:
    url, _store = queue
    monkeypatch.setattr("portdesk.store.quick_queue.SCAN_LIMIT", 39)
    assert quick_page(url, QueueQuery(text="harbor")) is None
    assert quick_page(url, QueueQuery()) is not None  # no search: no scan to fear


def test_a_schema_behind_is_left_to_the_store_to_migrate(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    Store.open(f"sqlite:///{path}", key_dir=tmp_path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert quick_page(f"sqlite:///{path}", QueueQuery()) is None


def test_the_queue_compared_has_something_in_every_filter(queue: tuple[str, Store]) -> None:
    """The comparison above means something only if the filters pick some cases and not all."""
    url, _store = queue
    for query in QUERIES[3:10]:
        page = quick_page(url, query)
        assert page is not None and 0 < page.total < 40, query
