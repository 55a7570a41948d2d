"""PySide6 read the source of every module imported after it, to learn whether it uses PySide6
(portdesk/ui/import_scan.py): the desk's start answers from the module's own names instead."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import QObject

from portdesk.ui import import_scan


def _module(**values: object) -> types.ModuleType:
    made = types.ModuleType("made_here")
    made.__dict__.update(values)
    return made


class _Widgetish(QObject):
    pass


def test_a_module_holding_pyside_uses_it() -> None:
    from PySide6 import QtCore

    assert import_scan.uses_pyside(_module(QtCore=QtCore))
    assert import_scan.uses_pyside(_module(QObject=QObject))
    assert import_scan.uses_pyside(_module(Thing=_Widgetish().metaObject()))


def test_a_module_without_pyside_does_not() -> None:
    assert not import_scan.uses_pyside(_module(sys=sys, n=3, text="PySide6", f=len))
    assert not import_scan.uses_pyside(types.ModuleType("empty"))


def test_an_odd_object_is_not_asked_twice() -> None:
    class Odd:
        def __getattr__(self, name: str) -> object:
            raise RuntimeError(name)

        def __call__(self) -> None:
            pass

    assert not import_scan.uses_pyside(_module(odd=Odd()))


def test_pyside_asks_the_cheap_question(monkeypatch: pytest.MonkeyPatch) -> None:
    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # put back after
    assert import_scan.install()
    assert feature._mod_uses_pyside is import_scan.uses_pyside
