"""Charts stay inside their drawings whatever the numbers and labels."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from boligreg.reports.charts import Bar, column_chart, drawing_to_svg, hbar_chart, stacked_bar
from boligreg.reports.factsheet import fmt_dec, fmt_int, fmt_pct, fmt_signed

LONG = "Søndre Nordstrand og en svært lang bydel med et navn uten ende"


def _inside(d: Drawing) -> None:
    """Every shape, and every string's measured extent, lies within the drawing."""
    x0, y0, x1, y1 = d.getBounds()
    assert x0 >= -0.01 and y0 >= -0.01 and x1 <= d.width + 0.01 and y1 <= d.height + 0.01
    for node in d.contents:
        if isinstance(node, String):
            w = stringWidth(node.text, node.fontName, node.fontSize)
            start = {"start": node.x, "middle": node.x - w / 2, "end": node.x - w}[
                node.textAnchor]
            assert start >= -0.01 and start + w <= d.width + 0.01, node.text


@pytest.mark.parametrize("values", [
    [0.0] * 15,
    [1.0] * 15,
    [9_999_999.0, 1.0, 0.0] + [5.0] * 12,
    [None, 3.0, None] + [2.0] * 12,
])
def test_hbar_extremes(values):
    bars = [Bar(LONG if i == 0 else f"Bydel {i}", v, highlight=i == 2)
            for i, v in enumerate(values)]
    d = hbar_chart(bars, width=300, height=150, fmt=fmt_dec, reference=("Oslo", 9_999_999.0),
                   missing_text="mangler folketall")
    _inside(d)
    texts = [n.text for n in d.contents if isinstance(n, String)]
    if all(v in (0, None) for v in values):
        assert "Ingen data" in texts
    if None in values:
        assert "mangler folketall" in texts


def test_reference_label_stays_inside_at_the_right_edge():
    d = hbar_chart([Bar("A", 10.0), Bar("B", 5.0)], width=200, height=60, fmt=fmt_dec,
                   reference=("Oslo", 10.0))
    _inside(d)


def test_column_and_stacked_extremes():
    for values in ([0] * 6, [123_456_789, 0, 1, 2, 3, 4]):
        bars = [Bar(lbl, float(v)) for lbl, v in zip(["1", "2", "3", "4", "5+", "Ukjent"],
                                                     values, strict=True)]
        _inside(column_chart(bars, width=120, height=100, fmt=fmt_int))
        parts = [(LONG, float(values[1]), colors.red), ("Innleid", float(values[0]), colors.blue),
                 ("Tilvisning", 0.0, colors.green)]
        _inside(stacked_bar(parts, width=250, height=40, fmt=fmt_int))
    assert hbar_chart([], width=100, height=50, fmt=fmt_int).contents


def test_svg_has_no_clip_path():
    svg = drawing_to_svg(hbar_chart([Bar("Alna", 3.0)], width=100, height=30, fmt=fmt_dec))
    assert b"<svg" in svg and b"clip-path" not in svg and b"Alna" in svg


def test_number_formats():
    assert fmt_int(12345) == "12\u00a0345" and fmt_int(None) == "–"
    assert fmt_dec(19.25) in ("19,2", "19,3") and fmt_dec(1234.5) == "1\u00a0234,5"
    assert fmt_pct(2.84) == "2,8\u00a0%"
    assert fmt_signed(-0.04, 1) == "±0,0" and fmt_signed(366) == "+366"
    assert fmt_signed(-1234) == "−1\u00a0234" and fmt_signed(None) == "–"
