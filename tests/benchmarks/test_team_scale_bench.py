"""A team's queue at scale (issue 14): the queue page (200 rows, status filter + text search) at
1,000,000 cases on PostgreSQL, with the trigram index of migration 0007.

The cases are written by SQL (tests/integration/store/seed_pg.py), the way the import would write
them: the search column is built like store/mapping.search_text, and a sample of 200 rows is
checked against that function before anything is timed. Numbers are left out of case_numbers (the page never reads
them; their digits are in the search column).

Run: `.venv/bin/pytest tests/benchmarks/test_team_scale_bench.py --benchmark-enable
--benchmark-only -o addopts="" -s -p no:randomly` (skipped without initdb; several minutes to
seed; PORTDESK_BENCH_PG_CASES changes the size).
"""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy.dialects import postgresql

from portdesk.store.queue import QueueQuery, page_statement
from portdesk.store.store import Store
from tests.integration.store.seed_pg import expected_search_text, seed

N = int(os.environ.get("PORTDESK_BENCH_PG_CASES", "1000000"))
SEARCHES = ("holdings 7", "customer 99999", "ac00012345", "555-02", "zzz")


@pytest.fixture(scope="module")
def million(pg_server: str) -> Iterator[Store]:
    from tests.pg import fresh_database

    with fresh_database(pg_server) as url:
        store = Store.open(url)
        started = time.perf_counter()
        seed(store.engine, N)
        print(f"\nseeded {N:,} cases (trigram index maintained) in "
              f"{time.perf_counter() - started:.0f} s")
        sample = random.Random(14).sample(range(1, N + 1), 200)
        with store.engine.connect() as conn:
            stored = dict(conn.exec_driver_sql(
                "SELECT id, search_text FROM cases WHERE id = ANY(%(ids)s)", {"ids": sample}).all())
        assert all(stored[g] == expected_search_text(g) for g in sample), "seeded rows differ from imports"
        yield store
        store.close()


def _times_ms(fn: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return sorted(samples)


def _plan(store: Store, query: QueueQuery) -> str:
    """The plan of the statement the store runs (with its weighing of the words)."""
    with store.engine.connect() as conn:
        rare, scan = store.queue._terms(conn, query)
        sql = str(page_statement(query, rare, scan).compile(
            dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
        lines = [r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql.replace("%", "%%"))]
    kept = f" (kept from the index: {', '.join(sorted(scan))})" if scan else ""
    return next((ln.strip() for ln in lines if "Index" in ln or "Scan" in ln), lines[0]) + kept


@pytest.mark.parametrize("text", SEARCHES)
def test_queue_page_at_a_million(benchmark: pytest.FixtureRequest, million: Store,
                                 text: str) -> None:
    query = QueueQuery(statuses=("submitted", "exception"), text=text, limit=200)
    rows = million.queue.page(query, with_total=False).rows
    page = benchmark.pedantic(lambda: _times_ms(
        lambda: million.queue.page(query, with_total=False), 30), rounds=1)
    total = _times_ms(lambda: million.queue.page(query), 3)
    print(f"\n{N:,} cases, queue page {text!r} ({len(rows)} rows, status filter + text search): "
          f"{statistics.median(page):.1f} ms median, {page[0]:.1f} ms min (target < 50 ms "
          f"median); with the total count {statistics.median(total):.0f} ms; "
          f"plan: {_plan(million, query)}; load {os.getloadavg()[0]:.1f}")


def test_my_cases_and_the_desks_id_list_at_a_million(benchmark: pytest.FixtureRequest,
                                                     million: Store) -> None:
    mine = QueueQuery(assignee="Ana Silva", limit=200)
    page = benchmark.pedantic(lambda: _times_ms(
        lambda: million.queue.page(mine, with_total=False), 20), rounds=1)
    ids = _times_ms(lambda: million.queue.ids(QueueQuery()), 3)
    print(f"\n{N:,} cases, My cases (200 rows): {statistics.median(page):.1f} ms median; plan: "
          f"{_plan(million, mine)}. The desk's list of every id of All cases (loaded after "
          f"the first page): {statistics.median(ids):.0f} ms")
