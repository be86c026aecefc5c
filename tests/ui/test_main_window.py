"""The first window: opens a database and shows the bydeler with their real counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from boligreg.models import Dwelling, Property
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.sections.overview import OverviewTableModel


@pytest.fixture
def populated(empty_db):
    """Five dwellings in Sagene (one vacant, one office), two in Alna."""
    with empty_db.session() as s:
        p1 = Property(district_code="030103", street_address="Sandakerveien 10",
                      postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        p2 = Property(district_code="030112", street_address="Trosterudveien 3",
                      postcode="1051", gnr=140, bnr=5, owner_kind="boligbygg")
        for i in range(5):
            s.add(Dwelling(property=p1, unit_number=f"H01{i + 1:02d}", district_code="030103",
                           tenure="leased" if i == 0 else "owned",
                           status="vacant" if i == 1 else "occupied",
                           actual_use="office" if i == 2 else "housing"))
        for i in range(2):
            s.add(Dwelling(property=p2, unit_number=f"H02{i + 1:02d}", district_code="030112"))
        gone = Dwelling(property=p2, unit_number="H0301", district_code="030112",
                        deleted_at=None)
        s.add(gone)
        s.flush()
        from boligreg.models import utcnow

        gone.deleted_at = utcnow()  # soft-deleted: never counted
    return empty_db


def _window(qtbot, db) -> MainWindow:
    w = MainWindow(AppState(db))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _row(model: OverviewTableModel, name: str) -> dict[str, str]:
    for r in range(model.rowCount()):
        if model.index(r, 1).data() == name:
            return {model.headerData(c, Qt.Orientation.Horizontal): model.index(r, c).data()
                    for c in range(model.columnCount())}
    raise KeyError(name)


def test_overview_shows_real_counts(qtbot, populated, db_path: Path) -> None:
    w = _window(qtbot, populated)
    section = w.current_section()
    assert section.key == "overview"
    model = section.model
    assert model.rowCount() == 15
    # Independent count straight from the file.
    con = sqlite3.connect(db_path)
    n_sagene = con.execute(
        "SELECT count(*) FROM dwelling WHERE district_code='030103' AND deleted_at IS NULL"
    ).fetchone()[0]
    con.close()
    sagene = _row(model, "Sagene")
    assert sagene["Boliger"] == str(n_sagene) == "5"
    assert (sagene["Eid"], sagene["Innleid"], sagene["Ledige"], sagene["Ikke bolig"]) == \
        ("4", "1", "1", "1")
    assert _row(model, "Alna")["Boliger"] == "2"
    assert _row(model, "Ullern")["Boliger"] == "0"
    assert section.cards["total"].value_label.text() == "7"


def test_overview_model_passes_modeltester(qtmodeltester, populated) -> None:
    from boligreg.services.inventory import overview

    model = OverviewTableModel()
    with populated.engine.connect() as conn:
        model.set_rows(overview(conn))
    qtmodeltester.check(model)


def test_sort_by_count(qtbot, populated) -> None:
    w = _window(qtbot, populated)
    view = w.current_section().table
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    model = view.model()
    assert model.index(0, 1).data() == "Sagene"
    assert model.index(1, 1).data() == "Alna"


def test_scope_selector_is_remembered(qtbot, populated) -> None:
    w = _window(qtbot, populated)
    idx = w.scope_combo.findData("030103")
    w.scope_combo.setCurrentIndex(idx)
    assert w.ctx.scope == "030103"
    assert "Sagene" in w.current_section().heading.text()
    assert w.current_section().cards["total"].value_label.text() == "5"
    w.close()
    w2 = _window(qtbot, populated)
    assert w2.ctx.scope == "030103"
    assert w2.scope_combo.currentData() == "030103"


def test_double_click_picks_district(qtbot, populated) -> None:
    w = _window(qtbot, populated)
    section = w.current_section()
    view = section.table
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Alna")
    rect = view.visualRect(model.index(row, 1))
    # A real double click is press, release, double-click (QTest's DClick alone is ignored).
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.ctx.scope == "030112"
    assert w.scope_combo.currentData() == "030112"


def test_title_marks_demo(qtbot, populated, db_path: Path) -> None:
    from boligreg.models import open_database
    from boligreg.models.db import set_meta

    assert "DEMO" not in _window(qtbot, populated).windowTitle()
    with populated.engine.begin() as conn:
        set_meta(conn, "demo", "1")
    reopened = open_database(db_path)
    try:
        assert "DEMODATA" in _window(qtbot, reopened).windowTitle()
    finally:
        reopened.close()
