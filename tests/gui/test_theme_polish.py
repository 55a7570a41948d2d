"""Applying a theme polishes the desk's widgets again only when the palette changed: at start
the window applied the theme the application already had, and the style sheet was set a second
time over every widget of the desk before its first page."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from portdesk.ui import theme


class _App:
    """What apply_theme uses of the application: its palette and its style sheet."""

    def __init__(self) -> None:
        self._palette = QPalette()
        self.sheets: list[str] = []

    def palette(self) -> QPalette:
        return self._palette

    def setPalette(self, palette: QPalette) -> None:
        self._palette = QPalette(palette)

    def styleSheet(self) -> str:
        return "QLabel { padding: 1px; }"

    def setStyleSheet(self, sheet: str) -> None:
        self.sheets.append(sheet)


@pytest.fixture
def app(qapp, monkeypatch: pytest.MonkeyPatch) -> _App:
    # the module's state is the process's: kept as it was, and no live scheme watcher for a fake
    monkeypatch.setitem(theme._state, "watching", True)
    monkeypatch.setitem(theme._state, "choice", "system")
    monkeypatch.setitem(theme._state, "original", QPalette())
    return _App()


def test_a_changed_palette_polishes_again(app: _App) -> None:
    assert theme.apply_theme(app, "dark") is True  # type: ignore[arg-type]
    assert app.sheets == ["QLabel { padding: 1px; }"]


def test_the_same_palette_again_polishes_nothing(app: _App) -> None:
    theme.apply_theme(app, "dark")  # type: ignore[arg-type]
    app.sheets.clear()
    theme.apply_theme(app, "dark")  # type: ignore[arg-type]
    assert app.sheets == []
