"""Vector charts for the PDFs (reportlab.graphics), also renderable to SVG for the screen.

Drawn from plain shapes rather than reportlab's chart widgets: the label column, value column
and bar area are measured with the real font metrics before anything is placed, so no label or
bar can run outside the drawing whatever the numbers (one bydel's 2 000 dwellings or Oslo's
14 000, "Søndre Nordstrand" or "Rus og psykisk helse").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..i18n import translate
from .fonts import register_fonts

# A sober palette: one dark blue for emphasis, a quiet blue-grey for the rest.
INK = colors.HexColor("#1F2A44")
MUTED = colors.HexColor("#5B6475")
BAR = colors.HexColor("#9FB3C8")
HIGHLIGHT = colors.HexColor("#2A2859")
ACCENT = colors.HexColor("#D9822B")
GRID = colors.HexColor("#D5DAE1")


def _drawing(width: float, height: float) -> Drawing:
    # Without an initial font the renderer selects Helvetica, which is then listed (unembedded)
    # in the PDF although no text uses it.
    return Drawing(width, height, initialFontName=register_fonts().regular)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # None: no value (drawn as ``missing_text``)
    text: str = ""  # the value as printed; "" to use the chart's formatter
    highlight: bool = False


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def hbar_chart(
    bars: Sequence[Bar],
    *,
    width: float,
    height: float,
    fmt: Callable[[float], str],
    reference: tuple[str, float] | None = None,
    empty_text: str | None = None,
    missing_text: str | None = None,
    font_size: float = 8,
) -> Drawing:
    """Horizontal bars with the label left and the value right of each bar.

    ``reference`` draws a dashed vertical line (e.g. Oslo's value) labelled at the top.
    """
    empty_text = translate("Charts", "Ingen data") if empty_text is None else empty_text
    missing_text = translate("Charts", "mangler") if missing_text is None else missing_text
    fonts = register_fonts()
    d = _drawing(width, height)
    if not bars:
        d.add(String(width / 2, height / 2, empty_text, fontName=fonts.italic,
                     fontSize=font_size + 0.5, fillColor=MUTED, textAnchor="middle"))
        return d
    texts = [b.text or (fmt(b.value) if b.value is not None else missing_text) for b in bars]
    label_w = min(
        max(stringWidth(b.label, fonts.bold if b.highlight else fonts.regular, font_size)
            for b in bars) + 6,
        width * 0.42,
    )
    value_w = max(stringWidth(t, fonts.bold, font_size) for t in texts) + 5
    top_pad = font_size + 4 if reference else 1
    area_x, area_w = label_w, max(width - label_w - value_w, 10)
    values = [b.value for b in bars if b.value is not None]
    # Nothing to draw if no bar has a value above zero, whatever the reference says.
    all_zero = max([*values, 0]) <= 0
    vmax = max([*values, reference[1] if reference else 0, 0])
    row_h = (height - top_pad) / len(bars)
    bar_h = min(row_h * 0.66, 11)
    d.add(Line(area_x, 0, area_x, height - top_pad, strokeColor=GRID, strokeWidth=0.6))
    for i, (b, text) in enumerate(zip(bars, texts, strict=True)):
        y_mid = height - top_pad - (i + 0.5) * row_h
        y = y_mid - bar_h / 2
        font = fonts.bold if b.highlight else fonts.regular
        d.add(String(area_x - 4, y_mid - font_size * 0.35,
                     _fit(b.label, font, font_size, label_w - 6),
                     fontName=font, fontSize=font_size, fillColor=INK, textAnchor="end"))
        if b.value is None:
            d.add(String(area_x + 3, y_mid - font_size * 0.35, text, fontName=fonts.italic,
                         fontSize=font_size, fillColor=MUTED))
            continue
        w = 0 if all_zero else area_w * b.value / vmax if vmax > 0 else 0
        if w > 0:
            d.add(Rect(area_x, y, w, bar_h, fillColor=HIGHLIGHT if b.highlight else BAR,
                       strokeColor=None))
        d.add(String(area_x + w + 3, y_mid - font_size * 0.35, text,
                     fontName=fonts.bold if b.highlight else fonts.regular, fontSize=font_size,
                     fillColor=INK))
    if reference and not all_zero:
        label, value = reference
        x = area_x + area_w * value / vmax
        d.add(Line(x, 0, x, height - top_pad + 2, strokeColor=ACCENT, strokeWidth=0.9,
                   strokeDashArray=[2.5, 1.5]))
        text = f"{label} {fmt(value)}"
        tw = stringWidth(text, fonts.bold, font_size)
        # Keep the label inside the drawing even when the line sits near the right edge.
        tx = min(max(x - tw / 2, 0), width - tw)
        d.add(String(tx, height - font_size, text, fontName=fonts.bold, fontSize=font_size,
                     fillColor=ACCENT))
    if all_zero:
        d.add(String(area_x + area_w / 2, 2, empty_text, fontName=fonts.italic,
                     fontSize=font_size, fillColor=MUTED, textAnchor="middle"))
    return d


def column_chart(
    bars: Sequence[Bar],
    *,
    width: float,
    height: float,
    fmt: Callable[[float], str],
    empty_text: str | None = None,
    font_size: float = 8,
) -> Drawing:
    """Vertical columns with the value above each and the category below."""
    empty_text = translate("Charts", "Ingen data") if empty_text is None else empty_text
    fonts = register_fonts()
    d = _drawing(width, height)
    n = max(len(bars), 1)
    label_h = font_size + 5
    top_pad = font_size + 5
    area_h = max(height - label_h - top_pad, 10)
    col_w = width / n
    bar_w = min(col_w * 0.62, 34)
    vmax = max([b.value or 0 for b in bars] + [0])
    d.add(Line(0, label_h, width, label_h, strokeColor=GRID, strokeWidth=0.6))
    for i, b in enumerate(bars):
        cx = (i + 0.5) * col_w
        h = 0 if vmax <= 0 or b.value is None else area_h * b.value / vmax
        if h > 0:
            d.add(Rect(cx - bar_w / 2, label_h, bar_w, h,
                       fillColor=HIGHLIGHT if b.highlight else BAR, strokeColor=None))
        text = b.text or (fmt(b.value) if b.value is not None else "–")
        d.add(String(cx, label_h + h + 3, _fit(text, fonts.regular, font_size, col_w),
                     fontName=fonts.regular, fontSize=font_size, fillColor=INK,
                     textAnchor="middle"))
        d.add(String(cx, 2, _fit(b.label, fonts.regular, font_size, col_w - 2),
                     fontName=fonts.regular, fontSize=font_size, fillColor=INK,
                     textAnchor="middle"))
    if vmax <= 0:
        d.add(String(width / 2, label_h + area_h / 2, empty_text, fontName=fonts.italic,
                     fontSize=font_size + 0.5, fillColor=MUTED, textAnchor="middle"))
    return d


def stacked_bar(
    parts: Sequence[tuple[str, float, colors.Color]],
    *,
    width: float,
    height: float,
    fmt: Callable[[float], str],
    empty_text: str | None = None,
    font_size: float = 8,
) -> Drawing:
    """One 100 % bar split into parts, with a legend row underneath (label, value)."""
    empty_text = translate("Charts", "Ingen data") if empty_text is None else empty_text
    fonts = register_fonts()
    d = _drawing(width, height)
    total = sum(v for _l, v, _c in parts)
    legend_h = 2 * font_size + 9  # swatch + label line, value line below
    bar_h = max(min(height - legend_h - 5, 22), 4)
    y_bar = height - bar_h
    if total <= 0:
        d.add(Rect(0, y_bar, width, bar_h, fillColor=colors.white, strokeColor=GRID))
        # Centred on the bar by the text's own height, so it never rises above the drawing.
        d.add(String(width / 2, y_bar + max(0.0, (bar_h - font_size - 0.5) / 2), empty_text,
                     fontName=fonts.italic, fontSize=font_size + 0.5, fillColor=MUTED,
                     textAnchor="middle"))
    else:
        x = 0.0
        for _label, value, colour in parts:
            w = width * value / total
            if w > 0:
                d.add(Rect(x, y_bar, w, bar_h, fillColor=colour, strokeColor=colors.white,
                           strokeWidth=0.8))
            x += w
    # Legend: one column per part, each a swatch, the label and the value.
    col_w = width / max(len(parts), 1)
    for i, (label, value, colour) in enumerate(parts):
        x0 = i * col_w
        y = y_bar - font_size - 5
        d.add(Rect(x0, y, font_size, font_size, fillColor=colour, strokeColor=None))
        d.add(String(x0 + font_size + 4, y + 1, _fit(label, fonts.regular, font_size,
                                                       col_w - font_size - 6),
                     fontName=fonts.regular, fontSize=font_size, fillColor=INK))
        d.add(String(x0 + font_size + 4, y - font_size - 3,
                     _fit(fmt(value), fonts.bold, font_size, col_w - font_size - 6),
                     fontName=fonts.bold, fontSize=font_size, fillColor=INK))
    return d


def drawing_to_svg(drawing: Drawing) -> bytes:
    """SVG of a drawing, for the screen: reportlab's outer clipping rectangle removed (Qt's SVG
    renderer paints it black)."""
    text = renderSVG.drawToString(drawing)
    text = re.sub(r"<clipPath.*?</clipPath>", "", text, flags=re.S)
    text = re.sub(r'\sclip-path="[^"]*"', "", text)
    text = re.sub(r"clip-path:\s*url\(#[^)]*\);?", "", text)
    return text.encode("utf-8")


def history_chart(
    points: Sequence[dict],
    *,
    width: float,
    height: float,
    colours: Sequence[colors.Color],
    font_size: float = 8,
    not_covered: str | None = None,
) -> Drawing:
    """Dwellings per year-end (issue 13 item 5): one stacked column per year (owned, leased,
    referral, in ``colours``), the total above it, the year and the vacant dwellings below.
    Years the register does not cover share a dashed outline saying ``not_covered`` — never
    a column of zero. ``points``: ``YearPoint.to_dict()`` rows, oldest first."""
    if not_covered is None:
        not_covered = translate("Charts", "ikke registrert")
    fonts = register_fonts()
    d = _drawing(width, height)
    n = max(len(points), 1)
    row = font_size + 3
    label_h = 2 * row + 1  # year, then "ledige N"
    top_pad = font_size + 4
    area_h = max(height - label_h - top_pad, 10)
    col_w = width / n
    bar_w = min(col_w * 0.6, 30)
    vmax = max([p.get("total") or 0 for p in points] + [0])
    d.add(Line(0, label_h, width, label_h, strokeColor=GRID, strokeWidth=0.6))
    for i, p in enumerate(points):
        cx = (i + 0.5) * col_w
        d.add(String(cx, row + 1, _fit(str(p["year"]), fonts.regular, font_size, col_w - 2),
                     fontName=fonts.regular, fontSize=font_size, fillColor=INK,
                     textAnchor="middle"))
        if not p.get("covered"):
            d.add(String(cx, 2, "–", fontName=fonts.regular, fontSize=font_size,
                         fillColor=MUTED, textAnchor="middle"))
            # A run of uncovered years shares one dashed box, the words written once.
            if i and not points[i - 1].get("covered"):
                continue
            j = i
            while j + 1 < len(points) and not points[j + 1].get("covered"):
                j += 1
            x0, x1 = i * col_w + (col_w - bar_w) / 2, (j + 1) * col_w - (col_w - bar_w) / 2
            d.add(Rect(x0, label_h + 1, x1 - x0, area_h - 1, fillColor=None,
                       strokeColor=GRID, strokeWidth=0.7, strokeDashArray=[2, 2]))
            d.add(String((x0 + x1) / 2, label_h + area_h / 2 - font_size / 3,
                         _fit(not_covered, fonts.italic, font_size, x1 - x0 - 2),
                         fontName=fonts.italic, fontSize=font_size, fillColor=MUTED,
                         textAnchor="middle"))
            continue
        y = float(label_h)
        for key, colour in zip(("owned", "leased", "referral"), colours, strict=False):
            v = p.get(key) or 0
            h = 0 if vmax <= 0 else area_h * v / vmax
            if h > 0:
                d.add(Rect(cx - bar_w / 2, y, bar_w, h, fillColor=colour, strokeColor=None))
            y += h
        total = p.get("total") or 0
        text = f"{total:,}".replace(",", "\u00a0")
        d.add(String(cx, y + 2, _fit(text, fonts.regular, font_size, col_w), fontName=fonts.regular,
                     fontSize=font_size, fillColor=INK, textAnchor="middle"))
        vac = f"{p.get('vacant') or 0:,}".replace(",", "\u00a0")
        d.add(String(cx, 2, _fit(vac, fonts.regular, font_size, col_w - 2),
                     fontName=fonts.regular, fontSize=font_size, fillColor=ACCENT,
                     textAnchor="middle"))
    return d
