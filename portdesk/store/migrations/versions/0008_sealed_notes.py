"""Comments and check notes sealed at rest: a flag per comment and per verification.

A comment (a specialist may paste a PIN into one) and a bill check's reason (it quotes the bill)
were the last personal text kept plain. Existing rows are marked plain (sealed = false); PortDesk
seals them with the secrets key the first time it opens the upgraded database (the key is not
available to a migration, as for documents in 0003), records the sealed state of each case in
the audit log, then wipes the plain copies from free pages and the WAL (store/upgrade.py).

What this migration can do without the key, it does: a comment waiting in the outbox to be sent
carried its text in the intent's payload; the payload now names the comment only (the sync reads
the text from the sealed comment when it sends it).

Revision ID: 0008
Revises: 0007
"""
from typing import Any, cast

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("comments", "verifications"):
        op.add_column(table, sa.Column("sealed", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    bind = op.get_bind()
    outbox = sa.table("outbox", sa.column("id", sa.Integer), sa.column("intent", sa.String),
                      sa.column("payload", sa.JSON))
    rows = bind.execute(sa.select(outbox.c.id, outbox.c.payload)
                        .where(outbox.c.intent == "comment")).all()
    for row_id, payload in rows:  # the JSON column type reads the payload as a dict
        values: dict[str, Any] = dict(cast("dict[str, Any]", payload) or {})
        if "body" in values:
            values.pop("body")
            bind.execute(sa.update(outbox).where(outbox.c.id == row_id).values(payload=values))


def downgrade() -> None:
    for table in ("comments", "verifications"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("sealed")
