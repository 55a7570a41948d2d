"""Every time the desk shows is on this workstation's clock with its zone named (domain/moments),
as the conflict messages are: the case timeline, the audit trail and the status bar's last sync
printed a bare wall clock (and the stored UTC of SQLite, naive, as if it were local)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from portdesk.services.timeline import TimelineEntry
from portdesk.store.audit_entry import AuditEntry
from portdesk.ui.audit_dialog import AuditModel
from portdesk.ui.status_bar import DeskStatusBar
from portdesk.ui.timeline_view import TimelineModel

PACIFIC = timezone(timedelta(hours=-8), "PST")
STORED = datetime(2026, 12, 6, 12, 40)  # naive, as SQLite hands the store's UTC back


def test_the_timeline_names_the_zone(qtbot) -> None:
    model = TimelineModel(zone=PACIFIC)
    model.set_entries([TimelineEntry(STORED, "edit", "ana", "Edited")])
    assert model.data(model.index(0)) == "Edited  ·  ana  ·  Dec 06 04:40 PST"


def test_the_audit_trail_names_the_zone(qtbot) -> None:
    model = AuditModel(zone=PACIFIC)
    model.set_entries([AuditEntry(1, STORED, "ana", 7, "PD-000007", "case.updated", {})])
    assert model.data(model.index(0, 0)) == "2026-12-06 04:40:00 PST"


def test_the_last_sync_names_the_zone(qtbot) -> None:
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.zone = PACIFIC
    now = datetime(2026, 12, 9, 12, 0, tzinfo=UTC)
    bar.set_last_sync(STORED, now=now)
    assert bar.last_sync.text() == "Last sync: Dec 06 04:40 PST"
    bar.set_last_sync(now - timedelta(minutes=5), now=now)
    assert bar.last_sync.text() == "Last sync: 5 min ago"
    assert bar.last_sync.toolTip() == "Last sync at Dec 09 03:55 PST"
