"""Every GUI test frees its Qt wrappers on the GUI thread while the QApplication lives.

Left to the garbage collector, a wrapper can be finalised on whatever thread happens to trigger a
collection (a render or read worker), which crashes PySide6.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _collect_qt_wrappers(qtbot) -> Iterator[None]:
    """Free each test's Qt wrappers while the QApplication still lives."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
