"""Migration 0010 works out the stored next step of every port-out again from the port-out flow:
a queue kept by an older PortDesk showed its port-outs with a port-in's "Submit"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from portdesk.domain.queue import QueueQuery
from portdesk.services.demo import load_demo
from portdesk.store.store import Store


def test_an_older_queue_s_port_outs_get_port_out_steps(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    old = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    load_demo(old, "tester")
    old.close()
    with sqlite3.connect(db) as conn:  # as PortDesk 0009 left it
        conn.execute("UPDATE cases SET next_milestone = 'Submit' WHERE kind = 'port_out' "
                     "AND status = 'draft'")
        conn.execute("UPDATE cases SET next_milestone = 'Carrier acknowledgment' "
                     "WHERE kind = 'port_out' AND status = 'submitted'")
        conn.execute("ALTER TABLE cases DROP COLUMN sync_outcome")
        conn.execute("ALTER TABLE outbox DROP COLUMN last_outcome")
        conn.execute("UPDATE alembic_version SET version_num='0009'")
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    try:
        rows = store.queue.page(QueueQuery(kinds=("port_out",))).rows
        steps = {r.status: (r.next_milestone, r.next_due) for r in rows}
        assert steps["draft"][0] == "Check the request"
        assert steps["submitted"][0] == "Answer the request"
        assert all(due is not None for _step, due in steps.values())
        port_ins = store.queue.page(QueueQuery(kinds=("port_in",), statuses=("draft",))).rows
        assert {r.next_milestone for r in port_ins} == {"Submit"}  # port-ins untouched
    finally:
        store.close()
