"""The standing "Sync stopped" line leads with what to do, by the kind of stop: at 1024 px the bar
cut "Sync stopped: cannot reach the platform at ...; check the address" before its action (seen
on the session 16 screenshot). Each kind reads apart: a wrong address read "Offline"."""

from __future__ import annotations

from portdesk.domain.sync_trouble import STOP_ACTIONS, STOP_LABELS, SyncStop, stopped_line

REASON = "the address http://example.invalid/v2 does not serve the platform's porting API"


def test_the_action_comes_before_the_reason_for_every_kind_with_one() -> None:
    for stop, action in STOP_ACTIONS.items():
        line = stopped_line(stop, REASON)
        assert line.index(action) < line.index(REASON), stop
        assert line.startswith(action)


def test_each_kind_has_its_own_label_and_a_wrong_address_is_not_offline() -> None:
    assert set(STOP_LABELS) == set(SyncStop)
    assert len(set(STOP_LABELS.values())) == len(SyncStop)
    assert "Offline" not in STOP_LABELS[SyncStop.WRONG_ADDRESS]
    assert "Settings" in stopped_line(SyncStop.WRONG_ADDRESS, REASON)
    assert stopped_line(SyncStop.OTHER, "limited") == "Sync stopped: limited"
