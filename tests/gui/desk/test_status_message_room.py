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
