"""A sub-account transfer's next step comes from the transfer's own flow
(domain/schedule.transfer_milestone), as 0010 did for port-outs.

The stored milestone of an open transfer said a port-in's "Submit", "Carrier acknowledgment" or
"FOC date", though a transfer is never submitted to the platform (no carrier, no LOA: it is done
internally in 1-2 business days). It is worked out again here from the case's status, requested,
submitted, status and FOC dates. A ported transfer's "Verify routing" reads "Reconfigure routing"
(the destination's call routing and SMS were reset); "Fix routing" and "" (checked) stay.

Revision ID: 0011
Revises: 0010_sync_outcome
"""
from datetime import date

import sqlalchemy as sa
from alembic import op

from portdesk.domain.schedule import add_business_days
from portdesk.store.migrations.rowdates import stored_day

revision = "0011"
down_revision = "0010_sync_outcome"
branch_labels = None
depends_on = None

TRANSFER_DAYS = 2  # the transfer's flow as of this revision (domain/schedule._TRANSFER_STEP)
_STEP = {"draft": "Start the transfer", "awaiting_signature": "Start the transfer",
         "submitted": "Transfer done", "at_carrier": "Transfer done",
         "foc_confirmed": "Transfer done", "exception": "Fix the transfer",
         "cancel_pending": "Cancel confirmation"}


def _due(status: str, requested: date | None, since: date | None, submitted: date | None,
         foc: date | None) -> date | None:
    if status in ("draft", "awaiting_signature"):
        return add_business_days(requested, -TRANSFER_DAYS) if requested else None
    if status in ("exception", "cancel_pending"):
        return add_business_days(since, 2) if since else None
    start = submitted or since
    return foc or (add_business_days(start, TRANSFER_DAYS) if start else None)


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, status, next_milestone, requested_date, status_changed_at, submitted_at, "
        "foc_date FROM cases WHERE kind = 'subaccount_transfer'")).all()
    for case_id, status, stored, requested, changed, submitted, foc in rows:
        status = str(status)
        if status == "ported":
            if stored == "Verify routing":
                bind.execute(sa.text("UPDATE cases SET next_milestone = 'Reconfigure routing' "
                                     "WHERE id = :id"), {"id": case_id})
            continue
        name = _STEP.get(status, "")
        due = _due(status, stored_day(requested), stored_day(changed), stored_day(submitted), stored_day(foc)) \
            if name else None
        bind.execute(sa.text("UPDATE cases SET next_milestone = :name, next_due = :due "
                             "WHERE id = :id"), {"name": name, "due": due, "id": case_id})


def downgrade() -> None:
    pass  # the steps are derived: an older PortDesk works them out its own way
