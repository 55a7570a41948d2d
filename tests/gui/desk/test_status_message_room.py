"""A long database path never cuts a status-bar message.

The database label took the width its path asked for, and the message shown left of it lost
the rest ("...port-out of 415-555-0152 to C"). The path is elided in its middle to a fixed room
(the start and the file name stay), the full path and the full message are on hover.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from portdesk.ui.status_bar import DeskStatusBar

LONG = ("Database: /home/specialist/Shared drives/Porting team/Queues/2026/North region"
        "/enterprise accounts/onboarding batch eleven/queue-primary.db")
MESSAGE = ("Port-out of 415-555-0152 to the gaining carrier was canceled by that carrier at "
           "Sun 06 Dec 09:46 EST")


def test_a_long_path_is_elided_and_the_message_keeps_its_room(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = DeskStatusBar(window)
    window.setStatusBar(bar)
    window.resize(1400, 600)  # the screenshots' window
    window.show()
    qtbot.waitExposed(window)
    bar.set_database(LONG)
    bar.flash(MESSAGE)
    label = bar.database.text()
    assert label != LONG and "…" in label
    assert label.startswith("Database: /home") and label.endswith("queue-primary.db")
    assert bar.database.toolTip() == LONG
    taken = sum(w.sizeHint().width() for w in (bar.database, bar.online, bar.last_sync,
                                               bar.pending)) + 4 * 12  # and their gaps
    room = bar.width() - taken
    assert bar.fontMetrics().horizontalAdvance(MESSAGE) <= room
    assert bar.currentMessage() == MESSAGE and bar.toolTip() == MESSAGE
    bar.clearMessage()
    assert bar.toolTip() == ""


FLASHES = ["Sync is not set up: no platform API key: add it in Settings (kept in the system "
           "keyring) and sync starts by itself",
           "Not sent, refused by the platform: PD-000037: requirements not met: the LOA "
           "document is missing and the invoice is older than 30 days (and 2 more). Open the "
           "case for what to do.",
           "Saved"]


def test_every_flash_is_whole_at_1024_px(qtbot) -> None:
    """At 1024x700 the room left of the database, connection, last sync and pending labels is
    about 400 px: F5's "Sync is not set up: ..." was cut after "(kept in the". One rule for
    every transient message: wrapped at words, the bar as tall as the lines need."""
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = DeskStatusBar(window)
    window.setStatusBar(bar)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    bar.set_database("Database: /home/specialist/.local/share/PortDesk/portdesk.sqlite3")
    for text in FLASHES:
        bar.flash(text)
        qtbot.waitUntil(lambda: bar.message.height() >= bar.message.heightForWidth(
            bar.message.width()))
        assert bar.message.text() == text and bar.currentMessage() == text
        assert bar.message.isVisible() and bar.message.geometry().right() < bar.database.x()
        needs = bar.message.heightForWidth(bar.message.width())
        assert needs <= bar.message.height() and bar.message.height() <= bar.height()
    assert bar.message_lines() == 1  # "Saved" on one line: the bar is as tall as needed
    bar.flash(FLASHES[0])
    qtbot.waitUntil(lambda: bar.message_lines() > 1)  # wrapped, not cut, at this width
    bar.clearMessage()
    assert bar.message.text() == "" and bar.message_lines() == 0
