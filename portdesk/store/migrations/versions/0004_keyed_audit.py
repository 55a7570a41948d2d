"""A keyed, append-only audit log.

Entries get their number in the chain (seq), the state digest of their case and a scheme (1: the
old unkeyed hash, 2: HMAC with the secrets key). The database gets an identity (anchors and
checkpoints name it). Triggers refuse UPDATE, DELETE and TRUNCATE on the log and any move of the
head but forward. Entries written before this revision stay as they are (seq = id); PortDesk seals
them under the key the first time it opens the upgraded database (`audit.upgrade_pending`).

Revision ID: 0004
Revises: 0003
"""
import secrets

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

REFUSE = "the audit log is append-only"
SQLITE_TRIGGERS = {
    "audit_log_no_update": f"BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, '{REFUSE}'); END",
    "audit_log_no_delete": f"BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, '{REFUSE}'); END",
    "audit_head_no_delete":
        f"BEFORE DELETE ON audit_head BEGIN SELECT RAISE(ABORT, '{REFUSE}'); END",
    "audit_head_forward_only": "BEFORE UPDATE ON audit_head WHEN NEW.last_seq <= OLD.last_seq "
                               f"BEGIN SELECT RAISE(ABORT, '{REFUSE}'); END",
}
PG_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION portdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '{REFUSE} (% on %)', TG_OP, TG_TABLE_NAME; END $$;
CREATE OR REPLACE FUNCTION portdesk_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.last_seq <= OLD.last_seq THEN RAISE EXCEPTION '{REFUSE} (head moved back)'; END IF;
  RETURN NEW;
END $$;
"""
PG_TRIGGERS = {
    "audit_log_no_change": "BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW "
                           "EXECUTE FUNCTION portdesk_append_only()",
    "audit_log_no_truncate": "BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
                             "EXECUTE FUNCTION portdesk_append_only()",
    "audit_head_no_delete": "BEFORE DELETE ON audit_head FOR EACH ROW "
                            "EXECUTE FUNCTION portdesk_append_only()",
    "audit_head_no_truncate": "BEFORE TRUNCATE ON audit_head FOR EACH STATEMENT "
                              "EXECUTE FUNCTION portdesk_append_only()",
    "audit_head_forward_only": "BEFORE UPDATE ON audit_head FOR EACH ROW "
                               "EXECUTE FUNCTION portdesk_head_forward()",
}


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("state", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("scheme", sa.Integer(), nullable=False,
                                      server_default="1"))
    with op.batch_alter_table("audit_head") as batch_op:
        batch_op.add_column(sa.Column("last_seq", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("seal", sa.String(length=64), nullable=False,
                                      server_default=""))
    op.execute("UPDATE audit_log SET seq = id")
    op.execute("UPDATE audit_head SET last_seq = last_id")
    op.create_index("uq_audit_log_seq", "audit_log", ["seq"], unique=True)
    bind = op.get_bind()
    kv = sa.table("sync_state", sa.column("key", sa.String), sa.column("value", sa.Text))
    # the id the sync already gives the platform (services/sync_refs), made here if not yet
    if bind.execute(sa.select(kv.c.key).where(kv.c.key == "database.id")).first() is None:
        op.bulk_insert(kv, [{"key": "database.id", "value": secrets.token_hex(5)}])
    used = bind.execute(sa.text("SELECT (SELECT COUNT(*) FROM audit_log) + "
                                "(SELECT COUNT(*) FROM cases)")).scalar()
    if used:
        op.bulk_insert(kv, [{"key": "audit.upgrade_pending", "value": "1"}])
    if bind.dialect.name == "sqlite":
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    elif bind.dialect.name == "postgresql":
        op.execute(PG_FUNCTIONS)
        for name, body in PG_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif bind.dialect.name == "postgresql":
        for name in PG_TRIGGERS:
            table = "audit_log" if name.startswith("audit_log") else "audit_head"
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS portdesk_append_only(); "
                   "DROP FUNCTION IF EXISTS portdesk_head_forward();")
    op.drop_index("uq_audit_log_seq", table_name="audit_log")
    with op.batch_alter_table("audit_head") as batch_op:
        batch_op.drop_column("seal")
        batch_op.drop_column("last_seq")
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_column("scheme")
        batch_op.drop_column("state")
        batch_op.drop_column("seq")
    op.execute("DELETE FROM sync_state WHERE key = 'audit.upgrade_pending'")
