"""FOC dates stored by an older PortDesk are read again from the platform.

Before PortDesk read a platform FOC on the desk's porting clock (domain.platform_dates), it kept
the moment's UTC date: "2026-12-10T02:00:00Z" was stored as the 10th although the carrier's day in
New York is the 9th. The moment itself was not kept, so no migration can tell which day was meant.
What it can do: list every case whose FOC came from the platform and put its order (or port-out)
on the sync's refetch list, so the next round reads each one again in the desk's zone, and note
the day stored, so that round says the date was read again (not that the carrier moved it) and
the desk can say, until then, that the day shown is a UTC date (services.sync_dates).

Revision ID: 0009
Revises: 0008
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

UTC_DAYS = "sync.foc_utc_days"  # services.sync_dates.UTC_DAYS
REFETCH = "sync.refetch"  # services.sync_pull.REFETCH


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, kind, platform_order_id, foc_date FROM cases "
        "WHERE foc_date IS NOT NULL AND platform_order_id IS NOT NULL")).all()
    if not rows:
        return
    days, refetch = _read(bind, UTC_DAYS), _read(bind, REFETCH)
    for case_id, kind, order_id, foc in rows:
        days[str(case_id)] = str(foc)[:10]
        key = ("portout:" if kind == "port_out" else "order:") + str(order_id)
        refetch.setdefault(key, 0)
    _write(bind, UTC_DAYS, days)
    _write(bind, REFETCH, refetch)


def _read(bind: sa.Connection, key: str) -> dict[str, object]:
    text = bind.execute(sa.text("SELECT value FROM sync_state WHERE key = :key"),
                        {"key": key}).scalar()
    value = json.loads(text) if text else None
    return value if isinstance(value, dict) else {}


def _write(bind: sa.Connection, key: str, value: dict[str, object]) -> None:
    text = json.dumps(value, sort_keys=True)
    if bind.execute(sa.text("SELECT 1 FROM sync_state WHERE key = :key"), {"key": key}).scalar():
        bind.execute(sa.text("UPDATE sync_state SET value = :value WHERE key = :key"),
                     {"key": key, "value": text})
    else:
        bind.execute(sa.text("INSERT INTO sync_state (key, value) VALUES (:key, :value)"),
                     {"key": key, "value": text})


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.text("DELETE FROM sync_state WHERE key = :key"), {"key": UTC_DAYS})
