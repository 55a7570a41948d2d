"""Every kind of notice the sync raises has its own title in the tray (a kind without one was
shown as a bare "PortDesk": the port-out comment, FOC and order comment notices were)."""

from __future__ import annotations

from portdesk.services.sync_report import NOTICE_KINDS
from portdesk.ui.notifications import TITLES


def test_every_notice_kind_has_a_title() -> None:
    assert [kind for kind in NOTICE_KINDS if kind not in TITLES] == []
    assert TITLES["portout_canceled"] == "Port-out canceled on the platform"
