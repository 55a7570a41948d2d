"""The quick filter on PostgreSQL: which words the trigram index should not be asked about.

The GIN trigram index (migration 0007) answers a word in a few milliseconds when few cases hold
it. For a word most cases hold ("llc", "group", a carrier's name) it must merge posting lists of
a million entries for each of the word's trigrams: tens of milliseconds, and the planner does not
see that cost. It does know how common a word is (its column statistics), so each word of a
search with several words is weighed first (an EXPLAIN, well under a millisecond): a common word
beside a rare one is matched without the index (`search_text || ''` is not indexable), and the
rare word leads. When no word is rare the search is left as it is: the planner then walks the
queue in its order and stops at the first page. Small queues are not weighed at all.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import Connection, select, text

from portdesk.store.schema import CaseRow

WEIGHED_FROM = 100_000  # cases below which every search is fast as it is
COMMON_SHARE = 0.02  # a word the planner expects in more than this share of cases is common


def common_terms(conn: Connection, terms: Sequence[str], escape: str = "\\") -> frozenset[str]:
    """The words to keep from the trigram index (empty unless a rare word can lead)."""
    candidates = [t for t in dict.fromkeys(terms) if len(t) >= 3]
    if len(candidates) < 2 or conn.dialect.name != "postgresql":
        return frozenset()
    size = float(conn.scalar(text("SELECT reltuples FROM pg_class WHERE relname = 'cases'"))
                 or 0)
    if size < WEIGHED_FROM:
        return frozenset()
    common = frozenset(t for t in candidates
                       if _expected_rows(conn, t, escape) > COMMON_SHARE * size)
    return frozenset() if len(common) == len(candidates) else common


def _expected_rows(conn: Connection, term: str, escape: str) -> float:
    query = select(CaseRow.id).where(CaseRow.search_text.like(f"%{_escape(term)}%",
                                                              escape=escape))
    sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
    plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + sql.replace("%", "%%")).scalar()
    data = plan if isinstance(plan, list) else json.loads(str(plan))
    return float(data[0]["Plan"]["Plan Rows"])


def _escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
