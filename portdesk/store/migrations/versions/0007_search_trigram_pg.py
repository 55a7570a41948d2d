"""PostgreSQL: a trigram index (pg_trgm, GIN) over the folded search column, so the quick filter's
`LIKE '%word%'` is answered from the index on a team's large queue instead of a scan; and an
index for "My cases" (assignee, then the queue's default order).

pg_trgm ships with PostgreSQL and is a trusted extension (the database's owner may create it).
Where it cannot be created (no contrib package, no privilege), the migration says so in the log
and goes on without the trigram index: the filter still works, by scanning. SQLite has its FTS5
trigram table since 0002.

Revision ID: 0007
Revises: 0006
"""
import logging

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None
log = logging.getLogger("portdesk.store.migrations")


def upgrade() -> None:
    op.create_index("ix_cases_assignee_updated", "cases", ["assignee", "updated_at"])
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception as exc:  # noqa: BLE001 - no contrib package or no privilege: say so, go on
        log.warning("pg_trgm is not available (%s): the quick filter will scan the queue; a "
                    "database administrator can run CREATE EXTENSION pg_trgm; CREATE INDEX "
                    "ix_cases_search_trgm ON cases USING gin (search_text gin_trgm_ops)",
                    str(exc).splitlines()[0])
        return
    bind.exec_driver_sql("CREATE INDEX ix_cases_search_trgm ON cases "
                         "USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_cases_search_trgm")
    op.drop_index("ix_cases_assignee_updated", table_name="cases")
