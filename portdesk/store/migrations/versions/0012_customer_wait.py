"""What a case waits for from the customer, as the platform said it, in a column the queue can
sort and filter by (domain/customer_wait): verification codes sent and not verified, numbers
whose requirements are pending. Empty on every existing case until the platform says it (the
next sync, or the codes read from the desk): nothing is guessed from older data.

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN on both databases (as 0010: no table copy, so the cases table's
    # triggers stay); a queue made at this schema (0001 builds today's tables) has it already
    bind = op.get_bind()
    if "customer_wait" not in {c["name"] for c in sa.inspect(bind).get_columns("cases")}:
        op.add_column("cases", sa.Column("customer_wait", sa.String(300), nullable=False,
                                         server_default=""))


def downgrade() -> None:
    pass  # derived words: an older PortDesk ignores the column
