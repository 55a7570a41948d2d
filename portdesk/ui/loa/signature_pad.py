"""A signature pad: mouse or pen, smoothed as it is drawn, with undo and clear.

The pad keeps the raw points (pad pixels, y down) because services.loa.ink_from(strokes=...) does
its own smoothing at print resolution; on screen the strokes are drawn as quadratic curves through
the midpoints, so a jittery mouse still looks like a pen. Points closer than a pixel are dropped:
a tablet reports hundreds per second.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[float, float]
_INK = QColor(16, 32, 96)
_MIN_STEP = 1.0  # pad pixels between kept points


def smooth_path(stroke: list[Point]) -> QPainterPath:
    """Quadratic segments through midpoints: continuous, no corners, ends where the pen lifted."""
    path = QPainterPath()
    if not stroke:
        return path
    path.moveTo(*stroke[0])
    if len(stroke) == 1:
        path.addEllipse(QPointF(*stroke[0]), 1.2, 1.2)
        return path
    for i in range(1, len(stroke) - 1):
        (cx, cy), (nx, ny) = stroke[i], stroke[i + 1]
        path.quadTo(cx, cy, (cx + nx) / 2, (cy + ny) / 2)
    path.lineTo(*stroke[-1])
    return path


class SignaturePad(QWidget):
    changed = Signal()  # a stroke was added, undone or cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[Point]] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName("Signature pad")
        self.setToolTip("Sign here with the mouse or a pen")

    def sizeHint(self) -> QSize:
        return QSize(520, 180)

    # -- the strokes ----------------------------------------------------------------------------
    def strokes(self) -> list[list[Point]]:
        return [list(s) for s in self._strokes]

    @property
    def is_empty(self) -> bool:
        return not any(self._strokes)

    def begin_stroke(self, x: float, y: float) -> None:
        self._strokes.append([(x, y)])
        self._drawing = True
        self.update()

    def extend_stroke(self, x: float, y: float) -> None:
        if not self._drawing or not self._strokes:
            return
        last = self._strokes[-1][-1]
        if abs(x - last[0]) + abs(y - last[1]) < _MIN_STEP:
            return
        self._strokes[-1].append((x, y))
        self.update()

    def end_stroke(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def add_stroke(self, points: list[Point]) -> None:
        """A whole stroke at once (tests, replaying a saved signature)."""
        if points:
            self.begin_stroke(*points[0])
            for x, y in points[1:]:
                self.extend_stroke(x, y)
            self.end_stroke()

    def undo(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self._drawing = False
            self.update()
            self.changed.emit()

    def clear(self) -> None:
        if self._strokes:
            self._strokes.clear()
            self._drawing = False
            self.update()
            self.changed.emit()

    # -- input ----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position().x(), event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position().x(), event.position().y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.end_stroke()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen: accepted here so Qt does not also synthesise mouse events for it."""
        pos = event.position()
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.begin_stroke(pos.x(), pos.y())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self.extend_stroke(pos.x(), pos.y())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()

    # -- drawing --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        baseline = self.height() - 36
        painter.setPen(QPen(QColor(170, 170, 170), 1, Qt.PenStyle.DashLine))
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        painter.drawText(8, baseline + 5, "✕")
        if self.is_empty:
            painter.setPen(QColor(150, 150, 150))
            painter.drawText(self.rect().adjusted(0, 0, 0, -44),
                             Qt.AlignmentFlag.AlignCenter, "Sign here (mouse or pen)")
        pen = QPen(_INK, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self._strokes:
            painter.drawPath(smooth_path(stroke))
        painter.setPen(QPen(QColor(200, 200, 200), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()
