"""Documents sealed at rest: a flag per document. Existing documents are plain (sealed = false);
PortDesk seals them with the secrets key the first time it opens the upgraded database (the key
is not available to a migration), then wipes the plain copies from free pages.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch_op:
        batch_op.add_column(sa.Column("sealed", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch_op:
        batch_op.drop_column("sealed")
