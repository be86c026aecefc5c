"""A reportlab drawing shown on screen: the PDF's own drawing as SVG, scaled to the widget
with its aspect ratio kept — the one base of the map and the history chart on Oversikt."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class DrawingView(QWidget):
    """``draw_w`` × ``draw_h`` points of drawing, painted as large as fits and centred."""

    def __init__(self, draw_w: float, draw_h: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draw_w, self.draw_h = draw_w, draw_h
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.renderer = QSvgRenderer(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(int(self.draw_w), int(self.draw_h))

    def show_drawing(self, drawing: Any) -> None:
        """Show a reportlab ``Drawing`` (made at ``draw_w`` × ``draw_h``)."""
        # lazy: reportlab's graphics (≈ 0.3 s) load when the first drawing is shown
        from ...reports.charts import drawing_to_svg

        self.renderer.load(QByteArray(drawing_to_svg(drawing)))
        self.update()

    def _target(self) -> QRectF:
        """Where the drawing is painted: as large as fits, centred, aspect kept."""
        scale = min(self.width() / self.draw_w, self.height() / self.draw_h)
        w, h = self.draw_w * scale, self.draw_h * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.render(painter, self._target())
        painter.end()
