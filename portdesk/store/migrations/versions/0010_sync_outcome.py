"""How a change sent to the platform ended, kept as data (domain/sync_outcome.py).

The desk told a change the platform refused from one that got no answer by reading the stored
error text. Each outbox item now keeps `last_outcome` and each case `sync_outcome` beside the
words. Rows written before hold only words, and their cause was not recorded: a row with an error
gets `{"kind": "unknown"}` (said as "cause not recorded" on the desk), never a kind guessed from
its text. Whether such a change waits for a person is still the outbox's own state (`failed`),
which was always data.

Revision ID: 0010_sync_outcome
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010_sync_outcome"
down_revision = "0009"
branch_labels = None
depends_on = None

UNKNOWN = '{"kind": "unknown", "status": null, "codes": []}'


def upgrade() -> None:
    # a plain ADD COLUMN on both databases (no table copy: the cases table's triggers stay)
    op.add_column("cases", sa.Column("sync_outcome", sa.JSON(), nullable=True))
    op.add_column("outbox", sa.Column("last_outcome", sa.JSON(), nullable=True))
    bind = op.get_bind()
    bind.execute(sa.text(f"UPDATE cases SET sync_outcome = '{UNKNOWN}' "
                         "WHERE sync_error != '' AND sync_state IN ('failed', 'pending')"))
    bind.execute(sa.text(f"UPDATE outbox SET last_outcome = '{UNKNOWN}' "
                         "WHERE last_error != '' AND state IN ('failed', 'pending')"))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("last_outcome")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("sync_outcome")
