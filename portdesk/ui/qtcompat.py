"""A guard against two PySide6 6.12.0 bugs: `SignalInstance.emit()` returns `True` without a new
reference, so every emit from Python whose result is discarded takes one reference from `True`;
and an empty QVariant comes back to Python as `None` without a new reference, so every
`index.data(role)` (or `QModelIndex().data()`) that has no value takes one from `None`. After some
thousands of them `True` or `None` is freed and the process dies with "Fatal Python error:
bool_dealloc" / "none_dealloc": the desk died so, scrolling a 100,000-case queue, in the status
chip's `index.data(StatusRole)` of rows not read yet (found by tests/benchmarks/test_desk_bench.py,
session 21). PySide6 6.11.0 does not have the first, and from Python 3.12 on `True` and `None`
are immortal, so the bugs are harmless there.

The references are taken without an owner, so they cannot be given back one by one; the guard gives
`True` a cushion of a billion references once (one integer written into the object header), which
no session will use up. It does nothing where the bug is absent. Remove it with the PySide6 fix.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QModelIndex, QObject, Signal

CUSHION = 1_000_000_000
_applied: set[str] = set()


class _Probe(QObject):
    fired = Signal()


def emit_leaks() -> bool:
    """Whether this PySide6 loses a reference to True on a discarded emit."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.fired.emit()
    return sys.getrefcount(True) < before - 5


def empty_variant_leaks() -> bool:
    """Whether this PySide6 loses a reference to None for each empty QVariant it returns."""
    before = sys.getrefcount(None)
    for _ in range(10):
        QModelIndex().data()
    return sys.getrefcount(None) < before - 5


def install() -> bool:
    """Apply each cushion once where its bug is present; returns whether any was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for name, singleton, leaks in (("True", True, emit_leaks), ("None", None, empty_variant_leaks)):
        if name not in _applied and leaks():
            # ob_refcnt is the first field of every CPython 3.11 object
            ctypes.c_ssize_t.from_address(id(singleton)).value += CUSHION
            _applied.add(name)
    return bool(_applied)
