"""Windows sized to the screen they open on: a 1024x700 laptop sees every button.

Dialogs ask for a comfortable size and get at most what the screen's available area holds (less
a margin for the window frame), so nothing opens taller than the screen with its buttons below it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_MARGIN = 48  # title bar and borders the window manager adds around the client area


def available_size(widget: QWidget | None = None) -> QSize:
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1024, 700)


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize to (width, height), or to what the screen can show; returns the size given."""
    room = available_size(widget)
    size = QSize(max(200, min(width, room.width() - FRAME_MARGIN)),
                 max(160, min(height, room.height() - FRAME_MARGIN)))
    widget.resize(size)
    return size
