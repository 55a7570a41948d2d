"""How a change sent to the platform ended, kept as data (domain/sync_outcome.py).

The desk told a change the platform refused from one that got no answer by reading the stored
error text. Each outbox item now keeps `last_outcome` and each case `sync_outcome` beside the
words. Rows written before hold only words, and their cause was not recorded: a row with an error
gets `{"kind": "unknown"}` (said as "cause not recorded" on the desk), never a kind guessed from
its text. Whether such a change waits for a person is still the outbox's own state (`failed`),
which was always data.

And a port-out's next step comes from the port-out flow (domain/schedule.portout_milestone): the
stored milestone of an open port-out said a port-in's "Submit" or "Carrier acknowledgment"; it is
worked out again here from the case's status, received and FOC dates.

Revision ID: 0010_sync_outcome
Revises: 0009
"""
from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op

from portdesk.store.migrations.rowdates import stored_day

revision = "0010_sync_outcome"
down_revision = "0009"
branch_labels = None
depends_on = None

UNKNOWN = '{"kind": "unknown", "status": null, "codes": []}'


def upgrade() -> None:
    # a plain ADD COLUMN on both databases (no table copy: the cases table's triggers stay);
    # a file stamped back to an older revision may have them already
    bind = op.get_bind()
    for table, column in (("cases", "sync_outcome"), ("outbox", "last_outcome")):
        if column not in {c["name"] for c in sa.inspect(bind).get_columns(table)}:
            op.add_column(table, sa.Column(column, sa.JSON(), nullable=True))
    bind.execute(sa.text(f"UPDATE cases SET sync_outcome = '{UNKNOWN}' "
                         "WHERE sync_error != '' AND sync_state IN ('failed', 'pending') "
                         "AND sync_outcome IS NULL"))
    bind.execute(sa.text(f"UPDATE outbox SET last_outcome = '{UNKNOWN}' "
                         "WHERE last_error != '' AND state IN ('failed', 'pending') "
                         "AND last_outcome IS NULL"))

    _portout_milestones(bind)


# the port-out flow's steps as of this revision (domain/schedule._PORTOUT_STEP)
_STEP = {"draft": "Check the request", "awaiting_signature": "Check the request",
         "submitted": "Answer the request", "at_carrier": "Answer the request",
         "exception": "Answer the request", "foc_confirmed": "Numbers leave",
         "cancel_pending": "Rejection review"}


def _portout_milestones(bind: sa.Connection) -> None:
    rows = bind.execute(sa.text(
        "SELECT id, status, created_at, status_changed_at, submitted_at, foc_date FROM cases "
        "WHERE kind = 'port_out'")).all()
    for case_id, status, created, changed, submitted, foc in rows:
        name = _STEP.get(str(status), "")
        due: date | None = None
        if status == "foc_confirmed":
            due = stored_day(foc)
        elif name and status != "cancel_pending":
            start = stored_day(created) if status in ("draft", "awaiting_signature") else \
                stored_day(changed) or stored_day(submitted) or stored_day(created)
            due = start + timedelta(days=1) if start else None
        bind.execute(sa.text("UPDATE cases SET next_milestone = :name, next_due = :due "
                             "WHERE id = :id"), {"name": name, "due": due, "id": case_id})


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("last_outcome")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("sync_outcome")
