"""The bydel map on screen: the PDF's own drawing (reports/map.py) rendered as SVG, kept at
its aspect ratio; a click picks the bydel under the mouse, hovering names it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QToolTip, QWidget

from ...i18n import translate
from .drawing_view import DrawingView

DRAW_W, DRAW_H = 300.0, 330.0  # the drawing's own size (points); the widget scales it


class BydelMapView(DrawingView):
    district_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(DRAW_W, DRAW_H, parent)
        self.setMouseTracking(True)
        self.values: dict[str, float | None] = {}
        self.names: dict[str, str] = {}
        self.fmt: Callable[[float], str] = str
        self.highlight: str | None = None

    def set_values(self, values: Mapping[str, float | None], names: Mapping[str, str], *,
                   legend: str, fmt: Callable[[float], str],
                   highlight: str | None = None) -> None:
        # lazy: reportlab's graphics (≈ 0.3 s) load when the map is first drawn
        from ...reports.map import bydel_map_drawing

        self.values, self.names, self.fmt = dict(values), dict(names), fmt
        self.highlight = highlight
        drawing = bydel_map_drawing(self.values, width=DRAW_W, height=DRAW_H,
                                    highlight=highlight, fmt=fmt, legend=legend)
        self.show_drawing(drawing)

    def district_at(self, point: QPointF) -> str | None:
        from ...reports.map import bydel_at  # lazy: see set_values

        target = self._target()
        if not target.contains(point):
            return None
        scale = target.width() / DRAW_W
        x = (point.x() - target.x()) / scale
        y = DRAW_H - (point.y() - target.y()) / scale  # the drawing's y runs up
        return bydel_at(DRAW_W, DRAW_H, x, y, legend=True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        code = self.district_at(event.position())
        if code is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        value = self.values.get(code)
        shown = translate("BydelMap", "ingen tall") if value is None else self.fmt(value)
        QToolTip.showText(event.globalPosition().toPoint(),
                          translate("BydelMap", "{bydel}: {value}\nKlikk for å velge bydelen")
                          .format(bydel=self.names.get(code, code), value=shown), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            code = self.district_at(event.position())
            if code:
                self.district_clicked.emit(code)
