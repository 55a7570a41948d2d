"""Imported files by content hash, so the same file imported again is recognised.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("first_reference", sa.String(length=32), nullable=False),
        sa.Column("last_reference", sa.String(length=32), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_imports")),
    )
    op.create_index(op.f("ix_case_imports_sha256"), "case_imports", ["sha256"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_case_imports_sha256"), table_name="case_imports")
    op.drop_table("case_imports")
