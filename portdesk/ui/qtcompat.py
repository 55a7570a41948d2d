"""A guard against a PySide6 6.12.0 bug: `SignalInstance.emit()` returns `True` without a new
reference, so every emit from Python whose result is discarded takes one reference from `True`.
After some thousands of emits (hours of the desk, or one long test run) `True` is freed and the
process dies with "Fatal Python error: bool_dealloc". PySide6 6.11.0 does not have it, and from
Python 3.12 on `True` is immortal, so the bug is harmless there.

The references are taken without an owner, so they cannot be given back one by one; the guard gives
`True` a cushion of a billion references once (one integer written into the object header), which
no session will use up. It does nothing where the bug is absent. Remove it with the PySide6 fix.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

CUSHION = 1_000_000_000
_applied = False


class _Probe(QObject):
    fired = Signal()


def emit_leaks() -> bool:
    """Whether this PySide6 loses a reference to True on a discarded emit."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.fired.emit()
    return sys.getrefcount(True) < before - 5


def install() -> bool:
    """Apply the cushion once when needed; returns whether it was applied."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not emit_leaks():
        return False
    # ob_refcnt is the first field of every CPython 3.11 object
    ctypes.c_ssize_t.from_address(id(True)).value += CUSHION
    _applied = True
    return True
