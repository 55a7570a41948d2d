"""A team on one queue: desks seen, leases (outbox claims, the event feed), presence, the team
key wrapped with the team passphrase; on PostgreSQL a NOTIFY after every change of the queue so
other desks refresh at once.

Revision ID: 0006
Revises: 0005b
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005b"
branch_labels = None
depends_on = None

CHANNEL = "portdesk_changes"  # portdesk.store.listen.CHANNEL
NOTIFIED = ("cases", "presence", "comments")


def upgrade() -> None:
    op.create_table(
        "desks",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("os_user", sa.String(length=120), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desks")),
    )
    op.create_index(op.f("ix_desks_last_seen"), "desks", ["last_seen"])
    op.create_table(
        "leases",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("desk_id", sa.String(length=40), nullable=False),
        sa.Column("acquired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE",
                                name=op.f("fk_leases_case_id_cases")),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_leases")),
    )
    op.create_index(op.f("ix_leases_case_id"), "leases", ["case_id"])
    op.create_index(op.f("ix_leases_expires_at"), "leases", ["expires_at"])
    op.create_table(
        "presence",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE",
                                name=op.f("fk_presence_case_id_cases")),
        sa.PrimaryKeyConstraint("case_id", "desk_id", name=op.f("pk_presence")),
    )
    op.create_index(op.f("ix_presence_heartbeat"), "presence", ["heartbeat"])
    op.create_table(
        "team_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("wrapped", sa.Text(), nullable=False),
        sa.Column("from_seq", sa.Integer(), nullable=False),
        sa.Column("epochs", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=255), nullable=False),
        sa.Column("rotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rotated_by", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_key")),
    )
    if op.get_bind().dialect.name == "postgresql":
        _notify_triggers()


def _notify_triggers() -> None:
    """One notification per statement (not per row: an import of 100,000 cases is one), naming
    the table; PostgreSQL delivers it at commit and folds repeats within a transaction."""
    op.execute(
        "CREATE FUNCTION portdesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$")
    for table in NOTIFIED:
        op.execute(f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION portdesk_notify()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFIED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        op.execute("DROP FUNCTION IF EXISTS portdesk_notify()")
    op.drop_table("team_key")
    op.drop_table("presence")
    op.drop_table("leases")
    op.drop_table("desks")
