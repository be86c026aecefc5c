"""The bydel map: on Oversikt a choropleth of the chosen figure whose legend and colours
follow the figures; a click on a bydel chooses it; the same drawing as on paper."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from boligreg.models import Dwelling, Property
from boligreg.reports.map import RAMP, bydel_at, bydel_map_drawing, class_breaks, colour_for
from boligreg.services.geo import bydel_map
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.widgets.map_view import DRAW_H, DRAW_W


def test_every_bydel_is_found_at_its_own_label_point() -> None:
    geo = bydel_map()
    assert len(geo.shapes) == 15
    for shape in geo.shapes:
        assert geo.at(*shape.centre) == shape.code
    x0, y0, x1, y1 = geo.bounds
    assert geo.at(x0 - 1, y0 - 1) is None


def test_classes_and_colours_follow_the_values() -> None:
    values = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]
    breaks = class_breaks(values)
    assert breaks == [2.0, 4.0, 6.0, 8.0, 10.0]
    assert colour_for(1.0, breaks) == RAMP[0] and colour_for(10.0, breaks) == RAMP[-1]
    assert colour_for(None, breaks) != RAMP[0]


def test_drawing_hit_test_matches_the_geometry() -> None:
    drawing = bydel_map_drawing({s.code: 1.0 for s in bydel_map().shapes}, width=DRAW_W,
                                height=DRAW_H)
    assert drawing.width == DRAW_W
    from boligreg.reports.map import map_frame

    ox, oy, scale = map_frame(DRAW_W, DRAW_H, legend=True)
    geo = bydel_map()
    for shape in geo.shapes:
        cx, cy = shape.centre
        x = ox + (cx - geo.bounds[0]) * scale
        y = oy + (cy - geo.bounds[1]) * scale
        assert bydel_at(DRAW_W, DRAW_H, x, y, legend=True) == shape.code


@pytest.fixture
def window(qtbot, empty_db):
    with empty_db.session() as s:
        p = Property(district_code="030103", street_address="Sandakerveien 10",
                     postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        for i in range(4):
            s.add(Dwelling(property=p, unit_number=f"H01{i + 1:02d}", district_code="030103"))
    w = MainWindow(AppState(empty_db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_overview_map_click_chooses_the_bydel(qtbot, window) -> None:
    overview = window.select_section("overview")
    overview.district_tabs.setCurrentWidget(overview.map_page)
    qtbot.waitUntil(lambda: overview.map_view is not None and overview.map_view.isVisible())
    view = overview.map_view
    assert view.values["030103"] is not None and view.values["030103"] > 0
    assert view.values["030101"] in (0.0, None)
    # Click where Sagene is drawn: its label point, through the widget's own transform.
    geo = bydel_map()
    from boligreg.reports.map import map_frame

    ox, oy, scale = map_frame(DRAW_W, DRAW_H, legend=True)
    sagene = geo.shape("030103")
    dx = ox + (sagene.centre[0] - geo.bounds[0]) * scale
    dy = oy + (sagene.centre[1] - geo.bounds[1]) * scale
    target = view._target()
    k = target.width() / DRAW_W
    point = QPointF(target.x() + dx * k, target.y() + (DRAW_H - dy) * k)
    assert view.district_at(point) == "030103"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert window.ctx.scope == "030103"
    overview.map_figure.setCurrentIndex(overview.map_figure.findData("total"))
    assert view.values["030103"] == 4.0


def test_map_on_screen_has_no_black_box(qtbot, window) -> None:
    """reportlab's clipping rectangle would be painted black by Qt: the corners stay light."""
    overview = window.select_section("overview")
    overview.district_tabs.setCurrentWidget(overview.map_page)
    qtbot.waitUntil(lambda: overview.map_view is not None and overview.map_view.isVisible())
    image = overview.map_view.grab().toImage()
    target = overview.map_view._target()
    corner = image.pixelColor(int(target.x()) + 2, int(target.y()) + 2)
    assert corner.lightness() > 200, corner.name()


def test_overview_history_tab_says_what_it_does_not_know(qtbot, window) -> None:
    """Historikk (issue 13 item 5) on a file begun today: the ten past year-ends are not covered
    (the note says «ikke registrert», never zero), the last column is today's register; it
    follows the chosen bydel."""
    from datetime import date

    overview = window.select_section("overview")
    overview.district_tabs.setCurrentWidget(overview.history_page)
    qtbot.waitUntil(lambda: overview.history_view is not None
                    and overview.history_view.isVisible())
    points = overview.history_view.points
    this_year = date.today().year
    assert [p["year"] for p in points] == list(range(this_year - 10, this_year + 1))
    assert all(not p["covered"] and p["total"] is None for p in points[:-1])
    assert points[-1]["covered"] and points[-1]["total"] == 4
    assert "ikke registrert" in overview.history_note.text()
    window.ctx.set_scope("030101")
    qtbot.waitUntil(lambda: overview.history_view.points[-1]["total"] == 0)
    assert "Gamle Oslo" in overview.history_title.text()
    window.ctx.set_scope("030103")
    qtbot.waitUntil(lambda: overview.history_view.points[-1]["total"] == 4)
