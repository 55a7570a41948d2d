"""No keyboard modifier is left "held" from one GUI test into the next.

QTest's key clicks go through the window system's queue, which is where Qt keeps its idea of the
keys held down (QGuiApplication.keyboardModifiers()); a click with a modifier (Shift+F8, Ctrl+S)
leaves that modifier held until the next key or mouse event without it. Qt reads that state
wherever an input has no event of its own: QTableView.selectRow, the tests' "as a click does",
took a held Shift as Shift+click and selected nothing, so the clicked case never opened (the
post-port Case menu test's 60 s wait ran out in whole runs, after a test of Shift+F8; it passed
alone). Each GUI test starts with nothing held.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def release_held_keys() -> None:
    """A key event with no modifier through the window system, only when one is held (rare:
    a window is made, shown and closed for it)."""
    if QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    blank = QWidget()
    blank.show()
    QTest.keyRelease(blank, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    blank.close()
    blank.deleteLater()
