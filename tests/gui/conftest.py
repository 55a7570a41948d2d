"""Every GUI test frees its Qt wrappers on the GUI thread while the QApplication lives.

Left to the garbage collector, a wrapper can be finalised on whatever thread happens to trigger a
collection (a render or read worker), which crashes PySide6.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _collect_qt_wrappers(qtbot) -> Iterator[None]:
    """Free each test's Qt wrappers on the GUI thread while the QApplication still lives.

    The automatic collection is off for the whole test, its fixtures' teardown included (as the
    desk's ui/collector.py keeps it off in the app): a collection a worker lane triggered could
    free a wrapper there, and Qt deleting it again later corrupted the heap: the suite once died
    with a segmentation fault closing a Store after a port-out screen test."""
    import gc

    from tests.gui.held_keys import release_held_keys

    release_held_keys()  # a modifier an earlier test's key click left held (held_keys.py)
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    if was_enabled:
        gc.enable()
