"""Comments and check notes sealed at rest: a flag per comment and per verification.

A comment (a specialist may paste a PIN into one) and a bill check's reason (it quotes the bill)
were the last personal text kept plain. Existing rows are marked plain (sealed = false); PortDesk
seals them with the secrets key the first time it opens the upgraded database (the key is not
available to a migration, as for documents in 0003), records the sealed state of each case in
the audit log, then wipes the plain copies from free pages and the WAL (store/upgrade.py).

What this migration can do without the key, it does: a comment waiting in the outbox to be sent
carried its text in the intent's payload; the payload now names the comment only (the sync reads
the text from the sealed comment when it sends it).

And the queue's milestone of a ported case now follows its post-port checks (domain/routing): a
case whose four checks all pass waits for nothing, one whose check fails says "Fix routing".

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
    _routing_milestones(bind)


POST_PORT = ("postport.inbound_call", "postport.outbound_call", "postport.sms",
             "postport.listings")  # the checks as of this revision


def _routing_milestones(bind: sa.Connection) -> None:
    rows = bind.execute(sa.text(
        "SELECT v.case_id, v.field, v.verdict FROM verifications v JOIN cases c "
        "ON c.id = v.case_id WHERE c.status = 'ported' AND c.kind != 'port_out' "
        "AND v.field LIKE 'postport.%' ORDER BY v.id")).all()
    newest: dict[int, dict[str, str]] = {}
    for case_id, field, verdict in rows:
        newest.setdefault(cast(int, case_id), {})[cast(str, field)] = cast(str, verdict)
    for case_id, verdicts in newest.items():
        found = [verdicts.get(f) for f in POST_PORT]
        name = "Fix routing" if "fail" in found else "" if all(v == "pass" for v in found) \
            else None
        if name is not None:
            bind.execute(sa.text("UPDATE cases SET next_milestone = :name WHERE id = :id"),
                         {"name": name, "id": case_id})


def downgrade() -> None:
    for table in ("comments", "verifications"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("sealed")
