"""A team's queue at scale (issue 14): the queue page (200 rows, status filter + text search) at
1,000,000 cases on PostgreSQL, with the trigram index of migration 0007.

The cases are written by SQL (generate_series), the way the import would write them: the search
column is built like store/mapping.search_text, and a sample of 200 rows is checked against that
function before anything is timed. Numbers are left out of case_numbers (the page never reads
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
from dataclasses import replace

import pytest
from sqlalchemy.dialects import postgresql

from portdesk.store.mapping import search_text
from portdesk.store.queue import QueueQuery, page_statement
from portdesk.store.store import Store
from tests.helpers import case

N = int(os.environ.get("PORTDESK_BENCH_PG_CASES", "1000000"))
STATUSES = ("draft", "awaiting_signature", "submitted", "at_carrier", "exception")
SPECIALISTS = ("Maria Lopez", "Tom Okafor", "Ana Silva", "Li Wei", "Sam Carter", "Noor Haddad",
               "Jonas Berg", "")
SEARCHES = ("holdings 7", "customer 99999", "ac00012345", "555-02", "zzz")

_NUM = """'1' || (200 + g % 700 + CASE WHEN (200 + g % 700) % 100 = 11 THEN 1 ELSE 0 END)::text
 || (200 + (g / 100) % 700 + CASE WHEN (200 + (g / 100) % 700) % 100 = 11 THEN 1 ELSE 0 END)::text
 || lpad(((g * 3 + {k}) % 10000)::text, 4, '0')"""
_REF = "'PD-' || CASE WHEN g < 1000000 THEN lpad(g::text, 6, '0') ELSE g::text END"
_SEED = f"""
INSERT INTO cases (id, reference, kind, status, service_type, country, customer_type,
  account_name, authorized_name, authorized_title, account_number, btn, losing_carrier,
  service_address, port_type, remaining_numbers, new_btn, platform_refs, temporary_number,
  assignee, notes, contact_phone, contact_email, exception_detail, sync_state, sync_error,
  number_count, next_milestone, search_text, created_at, updated_at, version)
SELECT g, {_REF}, 'port_in', (ARRAY{list(STATUSES)})[g % 5 + 1], 'wireline', 'US', 'business',
  'Customer ' || g || ' Holdings', 'Maria Lopez', '', 'AC' || lpad(g::text, 8, '0'),
  '+' || n0, 'Lumen', '{{}}', 'full', '[]', '', '[]', '', (ARRAY{list(SPECIALISTS)})[g % 8 + 1],
  '', '', '', '', 'local', '', 3, '',
  lower({_REF}) || ' | customer ' || g || ' holdings | maria lopez | ac' || lpad(g::text, 8, '0')
  || ' | ac' || lpad(g::text, 8, '0') || ' | ' || n0 || ' | ' || substr(n0, 2) || ' | ' || n1
  || ' | ' || substr(n1, 2) || ' | ' || n2 || ' | ' || substr(n2, 2) || ' | ' || n0,
  now(), now() - g * interval '1 second', 1
FROM (SELECT g, {_NUM.format(k=0)} AS n0, {_NUM.format(k=1)} AS n1, {_NUM.format(k=2)} AS n2
      FROM generate_series(%(lo)s::int, %(hi)s::int) AS g) AS s
""".replace(" % ", " %% ")  # the modulo operator, not a placeholder


def _number(g: int, k: int) -> str:
    npa = 200 + g % 700 + (1 if (200 + g % 700) % 100 == 11 else 0)
    nxx = 200 + (g // 100) % 700 + (1 if (200 + (g // 100) % 700) % 100 == 11 else 0)
    return f"{npa}-{nxx}-{(g * 3 + k) % 10000:04d}"


def _expected(g: int) -> str:
    """The search column the product would store for the g-th case."""
    numbers = [_number(g, k) for k in range(3)]
    made = case(account_name=f"Customer {g} Holdings", account_number=f"AC{g:08d}",
                numbers=numbers, btn=numbers[0])
    return search_text(replace(made, reference=f"PD-{g:06d}"))


@pytest.fixture(scope="module")
def million(pg_server: str) -> Iterator[Store]:
    from tests.pg import fresh_database

    with fresh_database(pg_server) as url:
        store = Store.open(url)
        started = time.perf_counter()
        with store.engine.begin() as conn:
            for lo in range(1, N + 1, 100_000):
                conn.exec_driver_sql(_SEED, {"lo": lo, "hi": min(N, lo + 99_999)})
            conn.exec_driver_sql(f"INSERT INTO sequences (name, value) VALUES ('case_ref', {N}) "
                                 f"ON CONFLICT (name) DO UPDATE SET value = {N}")
            conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('cases', 'id'), {N})")
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE cases")
        print(f"\nseeded {N:,} cases (trigram index maintained) in "
              f"{time.perf_counter() - started:.0f} s")
        sample = random.Random(14).sample(range(1, N + 1), 200)
        with store.engine.connect() as conn:
            stored = dict(conn.exec_driver_sql(
                "SELECT id, search_text FROM cases WHERE id = ANY(%(ids)s)", {"ids": sample}).all())
        assert all(stored[g] == _expected(g) for g in sample), "seeded rows differ from imports"
        yield store
        store.close()


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1000


def _plan(store: Store, query: QueueQuery) -> str:
    sql = str(page_statement(query).compile(dialect=postgresql.dialect(),
                                            compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        lines = [r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql)]
    return next((ln.strip() for ln in lines if "Index" in ln or "Scan" in ln), lines[0])


@pytest.mark.parametrize("text", SEARCHES)
def test_queue_page_at_a_million(benchmark: pytest.FixtureRequest, million: Store,
                                 text: str) -> None:
    query = QueueQuery(statuses=("submitted", "exception"), text=text, limit=200)
    rows = million.queue.page(query, with_total=False).rows
    page_ms = benchmark.pedantic(lambda: _median_ms(
        lambda: million.queue.page(query, with_total=False), 20), rounds=1)
    total_ms = _median_ms(lambda: million.queue.page(query), 3)
    print(f"\n{N:,} cases, queue page {text!r} ({len(rows)} rows, status filter + text search): "
          f"{page_ms:.1f} ms median (target < 50 ms); with the total count {total_ms:.0f} ms; "
          f"plan: {_plan(million, query)}; load {os.getloadavg()[0]:.1f}")


def test_my_cases_at_a_million(benchmark: pytest.FixtureRequest, million: Store) -> None:
    query = QueueQuery(assignee="Ana Silva", limit=200)
    page_ms = benchmark.pedantic(lambda: _median_ms(
        lambda: million.queue.page(query, with_total=False), 20), rounds=1)
    print(f"\n{N:,} cases, My cases (200 rows): {page_ms:.1f} ms median; "
          f"plan: {_plan(million, query)}")
