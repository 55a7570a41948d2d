"""The quick filter on PostgreSQL: the statement the queue runs can be answered from the trigram
index (the benchmark measures the planner's real choices at 1,000,000 cases); "My cases"."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import postgresql

from portdesk.store.queue import QueueQuery, page_statement
from portdesk.store.store import Store
from tests.helpers import case

pytestmark = pytest.mark.postgres


def test_the_quick_filter_can_use_the_trigram_index(pg_url: str) -> None:
    store = Store.open(pg_url)
    store.cases.create(case(account_name="Zoë's Café Holdings"), "tester")
    query = QueueQuery(text="cafe holdings", limit=200)
    sql = str(page_statement(query).compile(dialect=postgresql.dialect(),
                                            compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        conn.exec_driver_sql("SET enable_indexscan = off")
        plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql))
    assert "ix_cases_search_trgm" in plan, plan
    assert [r.account_name for r in store.queue.page(query).rows] == ["Zoë's Café Holdings"]
    store.close()


def test_my_cases(pg_url: str) -> None:
    store = Store.open(pg_url)
    for i, who in enumerate(("Maria Lopez", "Tom Okafor", "Maria Lopez")):
        store.cases.create(case(numbers=[f"312-555-{100 + i:04d}"], assignee=who), "tester")
    mine = store.queue.page(QueueQuery(assignee="Maria Lopez"))
    assert mine.total == 2 and {r.assignee for r in mine.rows} == {"Maria Lopez"}
    store.close()


def test_a_common_word_beside_a_rare_one_is_kept_from_the_index(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Weighing words never changes what is found, only how: the same rows either way."""
    from portdesk.store import queue_pg
    from tests.integration.store.seed_pg import expected_search_text, seed

    store = Store.open(pg_url)
    seed(store.engine, 3000)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT search_text FROM cases WHERE id = 1234").scalar() \
            == expected_search_text(1234)
        assert queue_pg.common_terms(conn, ["customer", "01234"]) == frozenset()  # small queue
        monkeypatch.setattr(queue_pg, "WEIGHED_FROM", 1000)
        assert queue_pg.common_terms(conn, ["customer", "01234"]) == {"customer"}
        assert queue_pg.common_terms(conn, ["customer", "holdings"]) == frozenset()  # none rare
        assert queue_pg.common_terms(conn, ["customer", "7"]) == frozenset()  # '7': no trigram
    query = QueueQuery(statuses=("submitted", "exception"), text="customer 1234", limit=200)
    weighed = [r.id for r in store.queue.page(query).rows]
    monkeypatch.setattr(queue_pg, "WEIGHED_FROM", 10**9)
    assert weighed == [r.id for r in store.queue.page(query).rows] and weighed
    store.close()
