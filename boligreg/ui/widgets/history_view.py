"""Oversikt's "Historikk": the fact sheet's history chart (reports/charts.history_chart)
rendered as SVG, scaled to the widget; a year the register does not cover says so."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from .drawing_view import DrawingView

DRAW_W, DRAW_H = 520.0, 230.0  # the drawing's own size (points); the widget scales it


class HistoryChartView(DrawingView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(DRAW_W, DRAW_H, parent)
        self.points: list[dict] = []

    def set_points(self, points: Sequence[dict]) -> None:
        from ...reports.charts import history_chart  # lazy: see DrawingView.show_drawing
        from ...reports.factsheet import TENURE_COLOURS

        self.points = list(points)
        self.show_drawing(history_chart(self.points, width=DRAW_W, height=DRAW_H,
                                        colours=list(TENURE_COLOURS.values()), font_size=9))
