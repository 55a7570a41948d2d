"""Fold the quick filter's search column: lower case without accents, so "nunez" finds "Núñez".

Data only, no schema change: rows written before this keep "josé núñez" in the column, which a
folded search word can never match. New rows are folded when written (store/mapping.py). The
fold is written out here, not imported, so this migration does what it did on the day it shipped.

Revision ID: 0005b
Revises: 0005
"""
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0005b"
down_revision = "0005"
branch_labels = None
depends_on = None

BATCH = 2000


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def upgrade() -> None:
    conn = op.get_bind()
    cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("search_text", sa.Text))
    last = 0
    while True:
        rows = conn.execute(sa.select(cases.c.id, cases.c.search_text)
                            .where(cases.c.id > last).order_by(cases.c.id).limit(BATCH)).all()
        if not rows:
            return
        last = rows[-1][0]
        changed = [{"row_id": i, "folded": _fold(str(t))} for i, t in rows
                   if t and _fold(str(t)) != t]
        if changed:
            conn.execute(cases.update().where(cases.c.id == sa.bindparam("row_id"))
                         .values(search_text=sa.bindparam("folded")), changed)


def downgrade() -> None:
    """Folded text still finds everything it found before; nothing to undo."""
