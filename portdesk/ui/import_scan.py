"""PySide6 reads the whole source of every module imported after it: start-up paid for it.

PySide6 (6.12) looks at each newly imported module to learn whether it "uses PySide6", for its
opt-in `from __feature__ import snake_case` switching, by reading the module's source file and
searching it for the word (`shibokensupport.feature._mod_uses_pyside`). The desk imports some
550 modules after PySide6 (SQLAlchemy, the store, the services): 0.2-0.35 s of CPU at start
(measured at load 13), about a sixth of what the desk's imports cost. PortDesk selects no
`__feature__`, so the answer only tells PySide6 which modules to leave out of a switch nobody
makes; it is given here from the module's own names (a module holding a PySide6 class, function
or module uses PySide6), which costs microseconds and reads no file.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_QT = ("PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    """Whether `module` holds anything of PySide6 at its top level."""
    try:
        values = list(vars(module).values())
    except TypeError:
        return False
    return any(_of_qt(value) for value in values)


def _of_qt(value: Any) -> bool:
    try:
        if isinstance(value, ModuleType):
            name = value.__name__
        elif isinstance(value, type) or callable(value):
            name = getattr(value, "__module__", None) or ""
        else:
            name = type(value).__module__
    except Exception:  # noqa: BLE001 - an odd object's own attribute lookup: not PySide6's
        return False
    return isinstance(name, str) and name.startswith(_QT)


def install() -> bool:
    """Answer PySide6's question without reading source; False where PySide6 asks no such
    question (another version: nothing changed)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
