"""Migration 0011 works out the stored next step of every sub-account transfer again from the
transfer's own flow: a queue kept by an older PortDesk showed its transfer draft with a port-in's
"Submit", and its ported transfer with a port-in's "Verify routing"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from portdesk.domain.queue import QueueQuery
from portdesk.services.demo import load_demo
from portdesk.store.store import Store


def test_an_older_queue_s_transfers_get_transfer_steps(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    old = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    load_demo(old, "tester")
    old.close()
    with sqlite3.connect(db) as conn:  # as PortDesk 0010 left it
        conn.execute("UPDATE cases SET next_milestone = 'Submit' "
                     "WHERE kind = 'subaccount_transfer' AND status = 'draft'")
        conn.execute("UPDATE cases SET next_milestone = 'Verify routing' "
                     "WHERE kind = 'subaccount_transfer' AND status = 'ported'")
        conn.execute("UPDATE alembic_version SET version_num='0010_sync_outcome'")
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    try:
        rows = store.queue.page(QueueQuery(kinds=("subaccount_transfer",))).rows
        steps = {r.status: r.next_milestone for r in rows}
        assert steps == {"draft": "Start the transfer", "ported": "Reconfigure routing"}
        port_ins = store.queue.page(QueueQuery(kinds=("port_in",), statuses=("draft",))).rows
        assert {r.next_milestone for r in port_ins} == {"Submit"}  # port-ins untouched
    finally:
        store.close()
