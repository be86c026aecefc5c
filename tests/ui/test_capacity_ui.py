"""The window's "Ledig kapasitet" view (issue 14 item 5): the grouped table, the per-unit and
per-dwelling tabs, the filters and "Lagre som Excel", checked against counts taken straight
from the SQLite file."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_capacity import _random_tenancies  # noqa: E402
from test_stats_sample import build_sample  # noqa: E402

from boligreg.ui.context import AppState  # noqa: E402
from boligreg.ui.main_window import MainWindow  # noqa: E402
from boligreg.ui.workers import Job  # noqa: E402

VACANT_HOUSING = ("SELECT {what} FROM dwelling WHERE deleted_at IS NULL AND status = 'vacant'"
                  " AND actual_use = 'housing'")


@pytest.fixture
def section(qtbot, empty_db, monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)
    build_sample(empty_db)
    _random_tenancies(empty_db)
    w = MainWindow(AppState(empty_db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    s = w.select_section("capacity")
    assert s is not None
    qtbot.waitUntil(lambda: s.capacity is not None, timeout=10000)
    return s


def _set(qtbot, section, change) -> None:
    """Change a filter and wait for the view to count again (off the UI thread)."""
    with qtbot.waitSignal(section.loaded, timeout=10000):
        change()


def _column(table, header: str) -> list[str]:
    col = next(c for c in range(table.columnCount())
               if table.horizontalHeaderItem(c).text() == header)
    return [table.item(r, col).text() for r in range(table.rowCount())]


def _ints(values: list[str]) -> int:
    return sum(int(v.replace("\u202f", "")) for v in values if v != "–")


def test_groups_units_and_dwellings_shown(section, db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    vacant = con.execute(VACANT_HOUSING.format(what="count(*)")).fetchone()[0]
    central = con.execute(VACANT_HOUSING.format(what="count(*)")
                          + " AND disposing_unit_code = 'velferdsetaten'").fetchone()[0]
    con.close()
    assert vacant > 0 and central > 0
    cap = section.capacity
    assert _ints(_column(section.groups, "Ledig nå")) == vacant == cap.vacant
    assert _ints(_column(section.units, "Ledig nå")) == vacant
    assert section.groups.rowCount() == len(cap.groups)
    assert section.dwellings.rowCount() == cap.vacant + cap.soon
    assert _column(section.dwellings, "Tilstand").count("Ledig nå") == vacant
    assert cap.soon > 0 and _ints(_column(section.groups, "Snart ledig")) == cap.soon
    assert "Velferdsetaten (sentral enhet)" in _column(section.units, "Disponeres av")
    assert f"{vacant} ledige nå" in section.summary.text().replace("<b>", "").replace(
        "</b>", "").replace("\u202f", "")
    rooms = _column(section.groups, "Rom")
    assert rooms[0] == "1 rom"  # sorted by rooms, ascending


def test_filters_narrow_the_view(qtbot, section, db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    central = con.execute(VACANT_HOUSING.format(what="count(*)")
                          + " AND disposing_unit_code = 'velferdsetaten'").fetchone()[0]
    con.close()
    unit = section.unit.findData("velferdsetaten")
    _set(qtbot, section, lambda: section.unit.setCurrentIndex(unit))
    assert _column(section.units, "Disponeres av") == ["Velferdsetaten (sentral enhet)"]
    assert _ints(_column(section.groups, "Ledig nå")) == central
    _set(qtbot, section, lambda: section.unit.setCurrentIndex(0))
    _set(qtbot, section, lambda: section.wheelchair.setChecked(True))
    assert set(_column(section.groups, "Rullestol")) == {"Ja"}
    _set(qtbot, section, lambda: section.include_soon.setChecked(False))
    assert section.capacity.soon == 0 and "ikke tatt med" in section.summary.text()
    _set(qtbot, section, lambda: section.wheelchair.setChecked(False))
    _set(qtbot, section, lambda: section.include_soon.setChecked(True))
    _set(qtbot, section, lambda: section.days.setValue(0))
    short = section.capacity.soon
    _set(qtbot, section, lambda: section.days.setValue(365))
    assert section.capacity.soon > short
    _set(qtbot, section, lambda: section.target.setCurrentIndex(section.target.findData("youth")))
    assert set(_column(section.groups, "Målgruppe")) == {"Ungdom"}


def test_save_as_excel(qtbot, section, tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "kapasitet.xlsx"
    with qtbot.waitSignal(section.exported, timeout=10000):
        section.save_xlsx(out)
    wb = openpyxl.load_workbook(out)
    rows = [r for r in wb["Boliger"].iter_rows(min_row=2, values_only=True) if r[-1]]
    assert len(rows) == section.dwellings.rowCount()
    groups = [r for r in wb["Grupper"].iter_rows(min_row=2, values_only=True)
              if isinstance(r[3], int)]
    assert sum(r[3] for r in groups) == section.capacity.vacant


def test_f1_page_explains_the_view() -> None:
    from boligreg.services.help import page_for_section

    page = page_for_section("capacity")
    assert page.slug == "ledig-kapasitet" and page.title == "Ledig kapasitet"
    assert "Snart ledig" in page.plain and "disponerer" in page.plain


def test_findings_say_what_their_bydel_is() -> None:
    from PySide6.QtCore import Qt

    from boligreg.ui.sections.findings import FindingsTableModel

    model = FindingsTableModel({})
    col = next(i for i, c in enumerate(model.COLUMNS) if c.key == "district")
    tip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "beliggenhet" in tip and "ikke disponerende enhet" in tip


def test_a_superseded_count_is_dropped(qtbot, empty_db, monkeypatch) -> None:
    """Counts run off the UI thread: when the filters change twice before the first count is
    delivered, only the last one asked for is shown (the first could arrive later)."""
    monkeypatch.setattr(Job, "INLINE", True)  # both finish now; delivery waits for the loop
    build_sample(empty_db)
    w = MainWindow(AppState(empty_db))
    qtbot.addWidget(w)
    s = w.select_section("capacity")
    qtbot.waitUntil(lambda: s.capacity is not None, timeout=10000)
    shown = []
    s.loaded.connect(shown.append)
    for checked in (True, False):  # wheelchair only, then everything again
        s.wheelchair.blockSignals(True)
        s.wheelchair.setChecked(checked)
        s.wheelchair.blockSignals(False)
        s.reload()
    qtbot.waitUntil(lambda: len(shown) >= 1, timeout=10000)
    qtbot.wait(100)
    assert len(shown) == 1
    assert not all(d.wheelchair_accessible for d in s.capacity.dwellings)
