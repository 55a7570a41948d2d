"""Trigram full-text index over cases.search_text (SQLite), so a quick-filter word that matches few
cases is found without scanning the whole queue.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE case_fts USING fts5(search_text, content='cases', "
        "content_rowid='id', tokenize='trigram')"
    )
    op.execute("INSERT INTO case_fts(case_fts) VALUES('rebuild')")
    op.execute(
        "CREATE TRIGGER cases_fts_ai AFTER INSERT ON cases BEGIN "
        "INSERT INTO case_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER cases_fts_ad AFTER DELETE ON cases BEGIN "
        "INSERT INTO case_fts(case_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER cases_fts_au AFTER UPDATE OF search_text ON cases BEGIN "
        "INSERT INTO case_fts(case_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO case_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("cases_fts_ai", "cases_fts_ad", "cases_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS case_fts")
