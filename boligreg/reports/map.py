"""The bydel map as a reportlab drawing: a choropleth of one figure per bydel (five classes,
light to dark) with a legend, or one bydel highlighted among the others. Vector on paper; the
window shows the same drawing as SVG (``map_svg``), so screen and sheet never disagree."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from reportlab.graphics.shapes import Drawing, Group, Polygon, Rect, String
from reportlab.lib import colors

from .. import formats
from ..i18n import translate
from ..services.geo import bydel_map
from .charts import drawing_to_svg
from .fonts import register_fonts

RAMP = ("#dfe7f5", "#b4c6e7", "#7f9fd3", "#4a6fb5", "#1f3f8a")  # light to dark blue
NO_DATA = "#e4e4e4"
EDGE = "#ffffff"
HIGHLIGHT = "#c0392b"
LEGEND_H = 34


def map_frame(width: float, height: float, *, legend: bool) -> tuple[float, float, float]:
    """Where the map sits in a drawing of that size: (x offset, y offset, points per km).
    The window uses it to find the bydel under the mouse."""
    x0, y0, x1, y1 = bydel_map().bounds
    map_h = height - (LEGEND_H if legend else 0)
    scale = min(width / (x1 - x0), map_h / (y1 - y0))
    return (width - (x1 - x0) * scale) / 2, height - map_h + (map_h - (y1 - y0) * scale) / 2, \
        scale


def bydel_at(width: float, height: float, x: float, y: float, *, legend: bool) -> str | None:
    """The bydel under drawing point (x, y) (points, y up) of a map of that size."""
    ox, oy, scale = map_frame(width, height, legend=legend)
    geo = bydel_map()
    return geo.at(geo.bounds[0] + (x - ox) / scale, geo.bounds[1] + (y - oy) / scale)


def class_breaks(values: list[float], n: int = len(RAMP)) -> list[float]:
    """Upper bounds of ``n`` classes of about equal size (quantiles of the values)."""
    ordered = sorted(values)
    if not ordered:
        return []
    return [ordered[min(len(ordered) - 1, round((i + 1) * len(ordered) / n) - 1)]
            for i in range(n)]


def colour_for(value: float | None, breaks: list[float]) -> str:
    if value is None or not breaks:
        return NO_DATA
    for i, upper in enumerate(breaks):
        if value <= upper:
            return RAMP[i]
    return RAMP[-1]


def bydel_map_drawing(values: Mapping[str, float | None] | None = None, *, width: float = 260,
                      height: float = 300, highlight: str | None = None,
                      fmt: Callable[[float], str] = formats.number,
                      legend: str = "", labels: bool = True) -> Drawing:
    """The 15 bydeler fitted into ``width``×``height`` points.

    ``values``: code → figure (None: no data, drawn grey) for a choropleth with a legend;
    without values every bydel is light and ``highlight`` (a code) is drawn strong: the fact
    sheet's "where is this bydel".
    """
    fonts = register_fonts()
    geo = bydel_map()
    x0, y0, _x1, _y1 = geo.bounds
    ox, oy, scale = map_frame(width, height, legend=values is not None)
    drawing = Drawing(width, height, initialFontName=fonts.regular)
    present = [v for v in (values or {}).values() if v is not None]
    breaks = class_breaks(present) if values else []

    def pts(ring: tuple[tuple[float, float], ...]) -> list[float]:
        out: list[float] = []
        for x, y in ring:
            out += [ox + (x - x0) * scale, oy + (y - y0) * scale]
        return out

    shapes = Group()
    for shape in geo.shapes:
        if values is not None:
            fill = colour_for(values.get(shape.code), breaks)
        else:
            fill = "#4a6fb5" if shape.code == highlight else RAMP[0]
        for ring in shape.rings:
            shapes.add(Polygon(pts(ring), fillColor=_c(fill), strokeColor=_c(EDGE),
                               strokeWidth=0.6))
    drawing.add(shapes)
    if highlight and values is not None:
        chosen = geo.shape(highlight)
        for ring in chosen.rings if chosen else ():
            drawing.add(Polygon(pts(ring), fillColor=None, strokeColor=_c(HIGHLIGHT),
                                strokeWidth=1.6))
    if labels:
        for shape in geo.shapes:
            cx, cy = shape.centre
            dark = values is not None and colour_for(values.get(shape.code), breaks) in RAMP[3:]
            dark = dark or (values is None and shape.code == highlight)
            drawing.add(String(ox + (cx - x0) * scale, oy + (cy - y0) * scale - 3,
                               shape.code[-2:], fontName=fonts.bold, fontSize=8,
                               textAnchor="middle",
                               fillColor=_c("#ffffff" if dark else "#2a2859")))
    if values is not None:
        _legend(drawing, breaks, present, fmt, legend, width, fonts.regular)
    return drawing


def _legend(drawing: Drawing, breaks: list[float], present: list[float],
            fmt: Callable[[float], str], title: str, width: float, font: str) -> None:
    if title:
        drawing.add(String(0, LEGEND_H - 10, title, fontName=font, fontSize=8,
                           fillColor=_c("#2a2859")))
    if not breaks:
        drawing.add(String(0, 4, translate("Map", "Ingen tall å vise"), fontName=font,
                           fontSize=8))
        return
    box = min(44.0, (width - 4) / len(RAMP))
    wide = box >= 40  # room for every class's bound; else the two ends only
    for i, upper in enumerate(breaks):  # each class up to and including its upper bound
        drawing.add(Rect(i * box, 12, box - 2, 8, fillColor=_c(RAMP[i]), strokeColor=None))
        if wide:
            drawing.add(String(i * box, 2, f"≤ {fmt(upper)}", fontName=font, fontSize=8,
                               fillColor=_c("#4a4f5c")))
    if not wide:
        drawing.add(String(0, 2, fmt(min(present)), fontName=font, fontSize=8,
                           fillColor=_c("#4a4f5c")))
        drawing.add(String(len(breaks) * box - 2, 2, fmt(breaks[-1]), fontName=font,
                           fontSize=8, textAnchor="end", fillColor=_c("#4a4f5c")))
    if wide and len(present) < len(geo_codes()):
        drawing.add(Rect(len(breaks) * box + 6, 12, 10, 8, fillColor=_c(NO_DATA),
                         strokeColor=None))
        drawing.add(String(len(breaks) * box + 20, 13, translate("Map", "ingen tall"),
                           fontName=font, fontSize=8, fillColor=_c("#4a4f5c")))


def geo_codes() -> list[str]:
    return [s.code for s in bydel_map().shapes]


def _c(hex_colour: str | None):  # noqa: ANN202 - reportlab's Color
    return None if hex_colour is None else colors.HexColor(hex_colour)


def map_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG for the window (the charts' converter: without reportlab's clipping
    rectangle, which Qt would paint black)."""
    return drawing_to_svg(drawing)
