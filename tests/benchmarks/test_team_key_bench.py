"""The team key (issue 14): what a rotation costs, on SQLite and on a throwaway PostgreSQL.

20,000 cases with a PIN and 200 sealed documents: `rotate_team` re-encrypts every PIN, re-seals
every document and writes one audit entry per case whose PIN ciphertext changed, in one
transaction; then `audit verify` checks the whole chain across the two keys.

Run: `.venv/bin/pytest tests/benchmarks/test_team_key_bench.py --benchmark-enable
--benchmark-only -o addopts="" -s -p no:randomly`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from portdesk.config import Settings
from portdesk.services.team_key import init_team, rotate_team
from portdesk.store.store import Store
from tests.helpers import case

CASES, DOCUMENTS = 20_000, 200
OLD, NEW = "correct horse battery staple", "purple otter under a quiet bridge"


def _number(i: int) -> str:
    npa, nxx = 300 + i % 600, 300 + (i // 600) % 600
    npa += npa % 100 == 11
    nxx += nxx % 100 == 11
    return f"{npa}-{nxx}-{i % 10000:04d}"


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'team.sqlite3'}"
        return
    from tests.pg import fresh_database

    with fresh_database(request.getfixturevalue("pg_server")) as made:
        yield made


def test_rotation(benchmark: pytest.FixtureRequest, url: str) -> None:
    store = Store.open(url)
    with store.transaction() as session:
        made = store.cases.create_many(
            [case(numbers=[_number(i)], btn="", pin=f"{i % 10000:04d}") for i in range(CASES)],
            "bench", session)
    pdf = b"%PDF-1.4\n" + os.urandom(60_000)
    for c in made[:DOCUMENTS]:
        assert c.id is not None
        store.documents.add(c.id, "loa_signed", "loa.pdf", pdf, "bench")
    init_team(store, OLD, Settings(desk_name="bench"), "bench")
    done = benchmark.pedantic(lambda: rotate_team(store, OLD, NEW, Settings(desk_name="bench"),
                                                  "bench"), rounds=1)
    started = time.perf_counter()
    report = store.audit.verify()
    verified = time.perf_counter() - started
    assert report.ok and (done.pins, done.documents) == (CASES, DOCUMENTS)
    print(f"\n{store.engine.dialect.name}: rotation of {CASES:,} PINs and {DOCUMENTS} documents "
          f"(60 KB) in one transaction: {benchmark.stats.stats.median:.1f} s; audit verify "
          f"across both keys {verified:.1f} s; load {os.getloadavg()[0]:.1f}")
    store.close()
