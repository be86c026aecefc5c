"""Oversikt's "Historikk": the fact sheet's history chart (reports/charts.history_chart)
rendered as SVG, scaled to the widget; a year the register does not cover says so."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

DRAW_W, DRAW_H = 520.0, 230.0  # the drawing's own size (points); the widget scales it


class HistoryChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.renderer = QSvgRenderer(self)
        self.points: list[dict] = []

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(int(DRAW_W), int(DRAW_H))

    def set_points(self, points: Sequence[dict]) -> None:
        from ...reports.charts import drawing_to_svg, history_chart
        from ...reports.factsheet import TENURE_COLOURS

        self.points = list(points)
        drawing = history_chart(self.points, width=DRAW_W, height=DRAW_H,
                                colours=list(TENURE_COLOURS.values()), font_size=9)
        self.renderer.load(QByteArray(drawing_to_svg(drawing)))
        self.update()

    def _target(self) -> QRectF:
        scale = min(self.width() / DRAW_W, self.height() / DRAW_H)
        w, h = DRAW_W * scale, DRAW_H * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.render(painter, self._target())
        painter.end()
