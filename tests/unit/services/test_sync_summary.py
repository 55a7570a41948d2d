"""`portdesk sync`'s round line says what is left as the desk's status bar does: the cases with
changes not yet sent, then how many changes ("pending 4" was four outbox items of one submit)."""

from __future__ import annotations

from portdesk.domain.sync_trouble import PendingChanges
from portdesk.services.sync_report import SyncReport


def test_the_round_line_says_cases_then_changes() -> None:
    report = SyncReport()
    assert report.summary(PendingChanges(4, cases=1)).endswith(
        "cases updated 0, 1 case with changes not yet sent (4 changes)")
    assert report.summary(PendingChanges(0)).endswith("cases updated 0, nothing to send")
