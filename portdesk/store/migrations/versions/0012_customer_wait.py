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
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("customer_wait", sa.String(300), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("customer_wait")
