"""Whether a port-in's texts (SMS/MMS) port with its numbers: the porting order's
`messaging.enable_messaging`, a case field the specialist sets and the sync sends and reads back.

Every existing case gets false, the platform's own default ("any messaging capabilities will
stay with their current provider"): nothing is guessed. An order already set otherwise on the
platform is taken at the next sync that reads it (the draft fields' merge counts a base saved
before this field as holding the default, so it is taken, not flagged as changed on both sides).

Revision ID: 0013
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN on both databases (as 0010 and 0012: no table copy, so the cases
    # table's triggers stay); a file stamped back to an older revision may have it already
    bind = op.get_bind()
    if "port_texts" not in {c["name"] for c in sa.inspect(bind).get_columns("cases")}:
        op.add_column("cases", sa.Column("port_texts", sa.Boolean(), nullable=False,
                                         server_default=sa.false()))


def downgrade() -> None:
    pass  # an older PortDesk ignores the column
