"""Colors, icons and the palette: status chips readable in light and dark, the system's scheme followed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"

# status -> (light background, light text, dark background, dark text)
CHIP_COLORS: dict[str, tuple[str, str, str, str]] = {
    "draft": ("#eceff1", "#37474f", "#37474f", "#eceff1"),
    "awaiting_signature": ("#fff3e0", "#a65300", "#5d3a00", "#ffcc80"),
    "submitted": ("#e3f2fd", "#0d47a1", "#0d3a6e", "#bbdefb"),
    "at_carrier": ("#e8eaf6", "#283593", "#2a2f6b", "#c5cae9"),
    "exception": ("#ffebee", "#b71c1c", "#6d1b1b", "#ffcdd2"),
    "foc_confirmed": ("#e0f2f1", "#00695c", "#004d40", "#b2dfdb"),
    "ported": ("#e8f5e9", "#1b5e20", "#1b4d1f", "#c8e6c9"),
    "cancel_pending": ("#fbe9e7", "#bf360c", "#5d2a14", "#ffccbc"),
    "cancelled": ("#f5f5f5", "#616161", "#424242", "#bdbdbd"),
    "expired": ("#f5f5f5", "#757575", "#424242", "#9e9e9e"),
}
UNKNOWN_CHIP = ("#f3e5f5", "#6a1b9a", "#4a148c", "#e1bee7")


def is_dark(palette: QPalette | None = None) -> bool:
    app = QGuiApplication.instance()
    if palette is None and app is not None:
        hints = QGuiApplication.styleHints()
        scheme = hints.colorScheme()
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
        palette = QGuiApplication.palette()
    if palette is None:
        return False
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def chip_colors(status: str, dark: bool) -> tuple[QColor, QColor]:
    light_bg, light_fg, dark_bg, dark_fg = CHIP_COLORS.get(status, UNKNOWN_CHIP)
    return (QColor(dark_bg), QColor(dark_fg)) if dark else (QColor(light_bg), QColor(light_fg))


def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#dfe1e5")
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor("#26282b")),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.Highlight, QColor("#2f65ca")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.PlaceholderText, QColor("#8c8f94")),
        (QPalette.ColorRole.Link, QColor("#589df6")),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6f737a"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6f737a"))
    return p


THEMES = (("system", "Follow the desktop"), ("light", "Light"), ("dark", "Dark"))
_state: dict[str, object] = {"choice": "system", "watching": False}


def system_is_dark() -> bool:
    """The desktop's own scheme (Qt 6.5+ reads it from the platform); unknown counts as light."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QGuiApplication, choice: str = "system") -> bool:
    """Light or dark palette as chosen in Settings; "system" follows the desktop, also when it
    changes while PortDesk runs. Returns whether the palette is now dark."""
    original = _state.setdefault("original", QPalette(app.palette()))
    assert isinstance(original, QPalette)
    _state["choice"] = choice if choice in dict(THEMES) else "system"
    dark = system_is_dark() if _state["choice"] == "system" else _state["choice"] == "dark"
    before = QPalette(app.palette())
    if dark:
        app.setPalette(dark_palette())
    elif original.color(QPalette.ColorRole.Window).lightness() >= 128:
        app.setPalette(original)  # the platform's own light palette
    else:
        style = getattr(app, "style", None)
        app.setPalette(style().standardPalette() if callable(style) else QPalette())
    sheet = getattr(app, "styleSheet", None)
    if callable(sheet) and sheet() and app.palette() != before:
        # widgets under a style sheet keep the palette they were polished with: polish again
        # (only then: at start the window applies the theme the application already has, and
        # every widget of the just-built desk was polished a second time before its first page)
        app.setStyleSheet(sheet())  # type: ignore[attr-defined]
    if not _state["watching"]:
        _state["watching"] = True
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: apply_theme(app, str(_state["choice"])))
    return dark


def apply_system_scheme(app: QGuiApplication) -> None:
    """At start: the desktop's scheme, until the main window applies the chosen theme."""
    apply_theme(app, "system")


STYLE = """
QListView#sidebar { border: 2px solid transparent; padding-top: 6px; }
QListView#sidebar:focus { border: 2px solid palette(highlight); }
QListView#sidebar::item { padding: 5px 6px; }
QTableView#queue { border: 2px solid transparent; }
QTableView#queue:focus { border: 2px solid palette(highlight); }
QHeaderView::section { padding: 4px 6px; }
QFrame#banner { border-radius: 6px; }
QLabel#emptyTitle { font-size: 16pt; font-weight: 600; }
QLabel#sectionTitle { font-weight: 600; }
QLabel#rule { border-radius: 4px; padding: 6px 8px; }
QListView:focus, QPlainTextEdit:focus { border: 2px solid palette(highlight); }
QTabBar#caseTabs { border: 2px solid transparent; border-radius: 3px; }
QTabBar#caseTabs:focus { border: 2px solid palette(highlight); }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus { border: 2px solid palette(highlight);
    border-radius: 3px; }
"""
