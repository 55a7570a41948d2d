"""Every desk action as a QAction with its shortcut, in the menus and the toolbar.

Other screens (LOA, bills, sync) add theirs through `DeskActions.add(...)` and a menu name, so the
main window does not grow with each feature.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from portdesk.ui.theme import icon

Spec = tuple[str, str, str, str | QKeySequence.StandardKey | None, str]  # key, menu, text, shortcut, icon

SPECS: tuple[Spec, ...] = (
    ("new_case", "&File", "&New case…", QKeySequence.StandardKey.New, "new"),
    ("import", "&File", "&Import cases…", "Ctrl+I", "import"),
    ("export", "&File", "&Export selected…", "Ctrl+E", "export"),
    ("samples", "&File", "Load &sample cases", None, ""),
    ("settings", "&File", "Se&ttings…", "Ctrl+,", "settings"),
    ("quit", "&File", "&Quit", QKeySequence.StandardKey.Quit, ""),
    ("undo", "&Edit", "&Undo", "Ctrl+Z", "undo"),
    ("redo", "&Edit", "&Redo", "Ctrl+Shift+Z", "redo"),
    ("save", "&Edit", "&Save case", QKeySequence.StandardKey.Save, "save"),
    ("find", "&Edit", "&Find cases", QKeySequence.StandardKey.Find, "search"),
    ("mark_ready", "&Case", "Mark &ready to submit…", "Ctrl+Return", "ready"),
    ("status", "&Case", "Change &status…", "Ctrl+Shift+S", ""),
    ("assign", "&Case", "&Assign…", "Ctrl+Shift+A", "assign"),
    ("comment", "&Case", "Add &comment", "Ctrl+M", "comment"),
    ("split", "&Case", "Sp&lit selected numbers…", None, "split"),
    ("send_again", "&Case", "Send refused change &again", "Ctrl+Shift+R", ""),
    ("verify_port", "&Case", "Verify the p&ort (calls, texts, listings)…", None, ""),
    ("audit_trail", "&Case", "Audit &trail…", "Ctrl+Shift+H", ""),
    ("print", "&Case", "&Print LOA…", QKeySequence.StandardKey.Print, "print"),
    ("refresh", "&View", "&Refresh and sync", "F5", "refresh"),
    ("go_queue", "&View", "Go to the &queue", "Ctrl+1", ""),
    ("go_editor", "&View", "Go to the case &editor", "Ctrl+2", ""),
    ("next_case", "&View", "&Next case", "F8", ""),
    ("previous_case", "&View", "&Previous case", "Shift+F8", ""),
    ("save_filter", "&View", "Save &filter as…", None, "filter"),
    ("delete_filter", "&View", "&Delete saved filter", None, ""),
    ("audit_verify", "&Help", "&Verify the audit log…", None, ""),
    ("logs", "&Help", "Open &log folder", None, ""),
    ("about", "&Help", "&About PortDesk", None, ""),
)
NO_CASE_WHY = "open a case first (pick one in the queue)"
TOOLBAR = ("new_case", "save", None, "mark_ready", "assign", "export", None, "print", "refresh")


class DeskActions:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        # what acts on the open case, wherever it was added (the LOA and bill screens add theirs
        # after the window's own): one rule turns them all off while no case is open
        self.case_keys: list[str] = []
        self.case_open = False
        for key, menu, text, shortcut, icon_name in SPECS:
            self.add(key, menu, text, shortcut, icon_name)

    def add(self, key: str, menu: str, text: str,
            shortcut: str | QKeySequence.StandardKey | None = None, icon_name: str = "",
            slot: Callable[[], Any] | None = None, needs_case: bool = False) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon("none"), text, self.window)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        tip = text.replace("&", "").rstrip("…")
        if not action.shortcut().isEmpty():
            tip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.actions[key] = action
        if menu not in self.menus:
            self.menus[menu] = self.window.menuBar().addMenu(menu)
        self.menus[menu].addAction(action)
        self.window.addAction(action)
        if needs_case:
            self.needs_case((key,))
        return action

    def needs_case(self, keys: tuple[str, ...]) -> None:
        """These act on the open case: off while none is open, as the others are."""
        self.case_keys += [k for k in keys if k not in self.case_keys]
        if not self.case_open:
            self.enable(keys, False, NO_CASE_WHY)

    def set_case_open(self, is_open: bool) -> None:
        self.case_open = is_open
        self.enable(tuple(self.case_keys), is_open, NO_CASE_WHY)

    def connect(self, slots: dict[str, Callable[[], Any]]) -> None:
        for key, slot in slots.items():
            self.actions[key].triggered.connect(lambda _checked=False, s=slot: s())

    def toolbar(self) -> QToolBar:
        bar = QToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        for key in TOOLBAR:
            if key is None:
                bar.addSeparator()
            else:
                bar.addAction(self.actions[key])
        return bar

    def __getitem__(self, key: str) -> QAction:
        return self.actions[key]

    def enable(self, keys: tuple[str, ...], on: bool, why_not: str = "") -> None:
        """On or off; off with `why_not`, the hover says why (back to the plain tip when on)."""
        for key in keys:
            action = self.actions[key]
            action.setEnabled(on)
            tip = action.statusTip()
            action.setToolTip(tip if on or not why_not else f"{tip}: {why_not}")
