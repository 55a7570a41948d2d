"""Every timeline entry shows an icon the desk draws (never a font glyph, which shows as a box
where no font has it, e.g. the comment's emoji on the offscreen platform), and its text holds no
character the desk's font lacks."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QApplication

from portdesk.services.desk import TimelineEntry
from portdesk.ui.timeline_view import TimelineModel

KINDS = ("status", "edit", "comment", "document", "sync", "check", "other")


def _visible(icon: QIcon) -> bool:
    image = icon.pixmap(16, 16).toImage()
    return any(image.pixelColor(x, y).alpha() > 0 for x in range(16) for y in range(16))


def test_each_kind_has_a_drawn_icon_and_no_glyph_the_font_lacks(qtbot) -> None:
    at = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    model = TimelineModel()
    model.set_entries([TimelineEntry(at, kind, "maria", "Split" if kind == "other" else kind,
                                     "detail") for kind in KINDS])
    font = QFontMetrics(QApplication.font())
    for row in range(model.rowCount()):
        index = model.index(row)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and _visible(icon), index.data()
        missing = [ch for ch in index.data() if ch != "\n" and not font.inFontUcs4(ord(ch))]
        assert not missing, (index.data(), missing)
