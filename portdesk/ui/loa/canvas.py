"""One page drawn at a scale, with boxes over it, speaking PDF points (origin bottom-left).

The carrier-form screen draws each widget's rectangle and each overlaid-text position here, and
the specialist's click comes back as a point on the page, ready to be a mapping override.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

_POINT_RADIUS = 4.0


@dataclass(frozen=True, slots=True)
class Overlay:
    """A box (x0, y0, x1, y1 in points) or, with x0 == x1 and y0 == y1, a position marker."""

    page: int
    rect: tuple[float, float, float, float]
    color: QColor
    label: str = ""
    selected: bool = False

    @property
    def is_point(self) -> bool:
        return self.rect[0] == self.rect[2] and self.rect[1] == self.rect[3]


class PageCanvas(QWidget):
    clicked = Signal(float, float)  # x, y in PDF points

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size_pt = QSizeF()
        self._scale = 1.0
        self.image: QImage | None = None
        self._overlays: list[Overlay] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(False)
        self.setCursor(Qt.CursorShape.CrossCursor)

    @property
    def has_page(self) -> bool:
        return not self._size_pt.isEmpty()

    def set_page(self, size_pt: QSizeF, image: QImage | None) -> None:
        self._size_pt, self.image = QSizeF(size_pt), image
        self._fit()

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self._fit()

    def set_overlays(self, overlays: list[Overlay]) -> None:
        self._overlays = overlays
        self.update()

    def _fit(self) -> None:
        if self._size_pt.isEmpty():
            self.resize(QSize(1, 1))
        else:
            self.resize(QSize(round(self._size_pt.width() * self._scale),
                              round(self._size_pt.height() * self._scale)))
        self.update()

    # -- coordinates ----------------------------------------------------------------------------
    def to_widget(self, x: float, y: float) -> QPointF:
        return QPointF(x * self._scale, (self._size_pt.height() - y) * self._scale)

    def to_points(self, pos: QPointF) -> tuple[float, float]:
        return pos.x() / self._scale, self._size_pt.height() - pos.y() / self._scale

    def _rect(self, o: Overlay) -> QRectF:
        x0, y0, x1, y1 = o.rect
        return QRectF(self.to_widget(x0, y1), self.to_widget(x1, y0)).normalized()

    # -- Qt overrides ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.has_page:
            self.clicked.emit(*self.to_points(event.position()))
            event.accept()
            return
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.image is not None and not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(self.rect()), self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._label_font())
        for o in self._overlays:
            self._paint_overlay(painter, o)
        painter.end()

    def _paint_overlay(self, painter: QPainter, o: Overlay) -> None:
        color = QColor(o.color)
        pen = QPen(color, 3.0 if o.selected else 1.2)
        if not o.selected:
            pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        fill = QColor(color)
        fill.setAlpha(70 if o.selected else 28)
        painter.setBrush(fill)
        if o.is_point:
            centre = self.to_widget(o.rect[0], o.rect[1])
            painter.drawEllipse(centre, _POINT_RADIUS + 2, _POINT_RADIUS + 2)
        else:
            painter.drawRect(self._rect(o))
        if o.label:
            where = self.label_rect(o, QFontMetricsF(painter.font()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 200))
            painter.drawRect(where)
            painter.setPen(QColor(color).darker(160))
            painter.drawText(where, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             o.label)

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        return font

    def label_rect(self, o: Overlay, metrics: QFontMetricsF | None = None) -> QRectF:
        """Where an overlay's name is written: inside its own box when the box is tall enough,
        else just right of it (left when the page ends), never over the box above."""
        metrics = metrics or QFontMetricsF(self._label_font())
        size = QSizeF(metrics.horizontalAdvance(o.label) + 4, metrics.height())
        if o.is_point:
            centre = self.to_widget(o.rect[0], o.rect[1])
            return QRectF(centre + QPointF(_POINT_RADIUS + 4, -size.height() / 2), size)
        box = self._rect(o)
        inside = QRectF(box.topLeft() + QPointF(1, 1), size).intersected(
            box.adjusted(1, 1, -1, -1))
        if box.height() >= size.height() * 0.9 and box.width() >= min(size.width(), 60):
            return inside
        others = [self._rect(x) for x in self._overlays if x is not o and not x.is_point]
        right = QRectF(QPointF(box.right() + 3, box.center().y() - size.height() / 2), size)
        left = QRectF(QPointF(box.left() - 3 - size.width(), right.top()), size)
        for spot in (right, left):
            if 0 <= spot.left() and spot.right() <= self.width() and \
                    not any(spot.intersects(b) for b in others):
                return spot
        return inside  # no free room beside: written in its own box, cut to fit
