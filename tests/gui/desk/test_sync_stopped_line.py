"""A sync that stops at start says what to do in one standing line (trust 13, item 4).

Started against a platform that refused the key, the desk's bar read "● Online" in green and
"Sync stopped: ... refused the API key" flashed for 10 s, then nothing said why nothing synced
(seen on a screenshot 20 s after the window opened). Now the connection label says "Sync
stopped" (or "Offline" when the platform cannot be reached), the line stays until a round goes
through, and a right key clears both. Real sandbox on loopback.
"""

from __future__ import annotations

from portdesk.platform.sandbox.server import SandboxServer
from portdesk.ui.main_window import MainWindow
from tests.gui.desk.test_sync_setup import _save_settings_with, desk_window  # noqa: F401
from tests.integration.platform.conftest import API_KEY, make_sandbox, sandbox  # noqa: F401


def test_a_refused_key_leaves_one_standing_line_until_a_round_goes_through(
        qtbot, desk_window: MainWindow, sandbox: SandboxServer,  # noqa: F811
        monkeypatch) -> None:
    window = desk_window
    _save_settings_with(monkeypatch, sandbox.base_url, "not-the-key")
    window.actions_["settings"].trigger()
    qtbot.waitUntil(lambda: bool(window.status.stopped), timeout=15_000)
    assert window.status.online.text() == "● Key refused"
    line = window.status.currentMessage()
    assert line.startswith("Enter the right API key in File > Settings · ")  # what to do first
    assert "refused the API key" in line  # the client's words after
    assert "\n" not in line and "Traceback" not in line
    assert "refused the API key" in window.status.online.toolTip()
    _save_settings_with(monkeypatch, sandbox.base_url, API_KEY)
    window.actions_["settings"].trigger()
    qtbot.waitUntil(lambda: "Online" in window.status.online.text(), timeout=15_000)
    qtbot.waitUntil(lambda: not window.status.stopped, timeout=15_000)
    assert window.status.currentMessage() != line


def test_an_unreachable_platform_reads_offline_with_the_reason(
        qtbot, desk_window: MainWindow, monkeypatch) -> None:  # noqa: F811
    window = desk_window
    _save_settings_with(monkeypatch, "http://127.0.0.1:9/v2", API_KEY)
    window.actions_["settings"].trigger()
    qtbot.waitUntil(lambda: bool(window.status.stopped), timeout=15_000)
    assert window.status.online.text() == "● Offline"
    line = window.status.currentMessage()
    assert line.startswith("Check the network; PortDesk retries by itself · ")
    _action_is_in_view_at_1024(qtbot, window, "Check the network; PortDesk retries by itself")
    assert "cannot reach the platform" in line


def test_a_wrong_platform_address_says_so_and_where_to_fix_it_not_offline(
        qtbot, desk_window: MainWindow, sandbox: SandboxServer,  # noqa: F811
        monkeypatch) -> None:
    """The sandbox answers, but not at this path: the client knows it as WrongAddress (a 404 on
    a list from an address that never served the API); the bar read "● Offline" as if the network
    were down."""
    window = desk_window
    wrong = sandbox.base_url.rsplit("/", 1)[0] + "/not-the-api/v2"
    _save_settings_with(monkeypatch, wrong, API_KEY)
    window.actions_["settings"].trigger()
    qtbot.waitUntil(lambda: bool(window.status.stopped), timeout=15_000)
    assert window.status.online.text() == "● Wrong address"
    line = window.status.currentMessage()
    assert line.startswith("Fix the platform address in File > Settings · ")
    assert "Offline" not in line and "refused the API key" not in line
    assert "does not serve the platform's porting API" in window.status.toolTip()
    _action_is_in_view_at_1024(qtbot, window, "Fix the platform address in File > Settings")


def _action_is_in_view_at_1024(qtbot, window: MainWindow, action: str) -> None:
    """At the width a 1024 x 700 screen gives the window, the message area (what the permanent
    labels leave) holds the action whole: the line's tail, the reason, is what is cut."""
    window.resize(976, 652)
    bar = window.status
    qtbot.waitUntil(lambda: bar.width() <= 976)
    labels = (bar.database, bar.online, bar.last_sync, bar.pending)
    room = bar.width() - sum(label.sizeHint().width() + 12 for label in labels)
    assert bar.fontMetrics().horizontalAdvance(action) < room
