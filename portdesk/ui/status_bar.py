"""The status bar: which database, online or offline, last sync, pending changes.

The sync engine (issue 6) feeds it through `set_online`, `set_last_sync` and `set_pending`; the desk
itself only sets the database and transient messages.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QStyle, QStyleOption

from portdesk.domain.moments import aware, shown_time
from portdesk.domain.sync_trouble import STOP_LABELS, PendingChanges, SyncStop, stopped_line


def ago(when: datetime | None, now: datetime | None = None, zone: tzinfo | None = None) -> str:
    """'just now', '5 min ago', '3 h ago', else the moment on this workstation's clock with its
    zone named ('Dec 04 09:53 EST', domain/moments; a naive moment is the store's UTC)."""
    if when is None:
        return "never"
    now = now or datetime.now(UTC)
    when = aware(when)
    secs = int((now - when).total_seconds())
    if secs < 60:
        return "just now"
    if secs < 3600:
        return f"{secs // 60} min ago"
    if secs < 86400:
        return f"{secs // 3600} h ago"
    return shown_time(when, zone, with_day=True)


# The database label's room, in average characters: a long path took the whole bar, and the
# messages left of it were cut mid-word ("...port-out of 415-555-0152 to C"). The path is elided
# in its middle (the folder it starts from and the file name stay), never the message; both are
# whole on hover.
DATABASE_CHARS = 44


def elide_path(text: str, metrics: QFontMetrics, room: int) -> str:
    """The path shortened in its folders, the file name kept whole while it fits on its own."""
    if metrics.horizontalAdvance(text) <= room:
        return text
    head, sep, name = text.replace("\\", "/").rpartition("/")
    left = room - metrics.horizontalAdvance(sep + name)
    if not sep or left < metrics.averageCharWidth() * 8:
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room)
    return metrics.elidedText(head, Qt.TextElideMode.ElideMiddle, left) + text[len(head):]


class DeskStatusBar(QStatusBar):
    """Every transient message (a flash, the standing sync line) is shown by one rule: whole,
    wrapped at words onto a second line when the room left of the permanent labels is too
    narrow for it (at 1024 px "Sync is not set up: no platform API key: add it in Settings
    (kept in the" was all F5 said), and whole on hover too. QStatusBar draws its message on one
    line, cut where the room ends; here `showMessage` keeps its timing and `currentMessage`,
    and a word-wrapping label shows the text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setObjectName("statusMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setAccessibleName("Message")
        self.addPermanentWidget(self.message, 1)  # permanent: QStatusBar hides the others
        self.database = QLabel("Opening database…")
        self.online = QLabel()
        self.last_sync = QLabel()
        self.pending = QLabel()
        for label, name in ((self.database, "Database"), (self.online, "Connection"),
                            (self.last_sync, "Last sync"), (self.pending, "Not yet sent")):
            label.setAccessibleName(name)
            self.addPermanentWidget(label)
        self._last: datetime | None = None
        self.stopped = ""  # the standing "Sync stopped: ..." line, while rounds stop
        self.zone: tzinfo | None = None  # None: this workstation's clock
        self.set_online(None)
        self.set_last_sync(None)
        self.set_pending(0)
        self.messageChanged.connect(self.on_message_changed)

    def set_database(self, where: str) -> None:
        metrics = self.database.fontMetrics()
        room = metrics.averageCharWidth() * DATABASE_CHARS
        label, colon, path = where.partition(": ")  # "Database: " stays whole
        if not colon:
            label, path = "", where
        label += colon
        self.database.setText(label + elide_path(path, metrics,
                                                 room - metrics.horizontalAdvance(label)))
        self.database.setToolTip(where)

    def set_connecting(self) -> None:
        """Sync is set up and its first round is under way (not "not set up")."""
        self.online.setText("○ Connecting…")
        self.online.setStyleSheet("")
        self.online.setToolTip("The first sync round is running")

    def set_online(self, online: bool | None, reason: str = "") -> None:
        if online is None:
            self.online.setText("○ Sync not set up")
            self.online.setStyleSheet("")
        else:
            self.online.setText("● Online" if online else "● Offline")
            color = "#2e7d32" if online else "#c62828"
            self.online.setStyleSheet(f"color: {color};")
        self.online.setToolTip(reason)

    def set_stopped(self, reason: str, stop: SyncStop) -> None:
        """A round stopped for a reason every round would meet: the connection label names the
        kind (offline, wrong address, key refused: each is fixed elsewhere; a wrong address read
        "Offline") and the one line stays in the bar until a round goes through (it was a 10 s
        flash). The line leads with what to do (`stopped_line`): at 1024 px the reason's tail,
        not the action, is what is cut; the whole line is on hover."""
        self.online.setText(STOP_LABELS[stop])
        self.online.setStyleSheet("color: #c62828;")
        self.online.setToolTip(reason)
        self.stopped = stopped_line(stop, reason)
        self.showMessage(self.stopped)
        self.setToolTip(self.stopped)

    def clear_stopped(self) -> None:
        if self.stopped and self.currentMessage() == self.stopped:
            self.clearMessage()
        self.stopped = ""

    def set_last_sync(self, when: datetime | None, now: datetime | None = None) -> None:
        self._last = when
        self.last_sync.setText(f"Last sync: {ago(when, now, self.zone)}")
        self.last_sync.setToolTip("" if when is None else
                                  f"Last sync at {shown_time(when, self.zone, with_day=True)}")

    def set_pending(self, pending: PendingChanges | int) -> None:
        """What the next sync sends, and what waits behind a refusal, said apart."""
        if isinstance(pending, int):
            pending = PendingChanges(pending)
        self.pending.setText(pending.said())
        self.pending.setToolTip(
            f"{pending.not_yet_sent()}: the next sync round sends them by itself (F5 sends "
            "now). One action can make several changes: a submit sends the order, its "
            "documents and the submit." if pending.sendable else "")

    def flash(self, text: str, ms: int = 6000) -> None:
        """A message for a while; whole on hover too, should a narrow window still cut it."""
        self.showMessage(text, ms)
        self.setToolTip(text)

    def withdraw(self, text: str) -> None:
        """Take `text` off the bar if it is still the one shown (a later event made it untrue);
        a newer message stays."""
        if text and self.currentMessage() == text:
            self.clearMessage()

    def on_message_changed(self, text: str) -> None:
        self.message.setText(text)
        self.message.setToolTip(text)
        if not text:
            self.setToolTip("")

    def message_lines(self) -> int:
        """How many lines the message takes in the room it has now (tests and screenshots)."""
        if not self.message.text():
            return 0
        width = max(1, self.message.width())
        height = self.message.heightForWidth(width)
        return max(1, round(height / max(1, self.message.fontMetrics().lineSpacing())))

    def paintEvent(self, event: Any) -> None:
        """The bar's panel without QStatusBar's own one-line message (the label shows it)."""
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter,
                                   self)
