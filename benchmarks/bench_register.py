"""Register workspace on 100,000 dwellings: loading, showing, searching, sorting, details.

The table benchmarks drive the real Qt model and view offscreen (``make bench`` sets
QT_QPA_PLATFORM=offscreen). "load" is the background part of opening Boliger (query, sort
order and search index, off the UI thread); "show" is what the UI thread then does.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .common import copy_db, demo_db

N = 100_000
SEARCHES = ("s", "sa", "san", "sand", "sandaker", "sandakerveien", "sandakerveien 1", "h0101")


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


class _State:
    """An open database, a loaded RowSet and (for the Qt benchmarks) a model and view."""

    def __init__(self, folder: Path, qt: bool = False, writable: bool = False,
                 path: Path | None = None) -> None:
        from boligreg.models import open_database
        from boligreg.services.register import load_dwellings

        path = path or demo_db(folder, N)
        if writable:
            path = copy_db(path, folder / "register-bench-copy.db")
        self.db = open_database(path, user="bench")
        with self.db.engine.connect() as conn:
            self.rows = load_dwellings(conn)
        self.rows.ascending("address")
        self.rows.haystack()
        self.ids = [r[0] for r in self.rows.rows]
        self.i = 0
        if qt:
            self.app = _app()
            from PySide6.QtCore import QSettings

            from boligreg.ui.sections.dwellings import DwellingsSection, DwellingTableModel
            from boligreg.ui.widgets.table import RecordTable

            self.model = DwellingTableModel(DwellingsSection.columns)
            settings = QSettings(str(folder / "bench-settings.ini"), QSettings.Format.IniFormat)
            self.view = RecordTable(self.model, settings, "bench", "address")
            self.view.resize(1100, 700)
            self.view.show()

    def paint(self) -> None:
        self.view.viewport().repaint()
        self.app.processEvents()

    def close(self) -> None:
        if hasattr(self, "view"):
            self.view.close()
            self.view.deleteLater()
        self.db.close()


def _load_setup(folder: Path) -> _State:
    return _State(folder)


def _load_run(state: _State) -> None:
    from boligreg.services.register import load_dwellings

    with state.db.engine.connect() as conn:
        rows = load_dwellings(conn)
    rows.ascending("address")
    rows.haystack()


def _show_setup(folder: Path) -> _State:
    return _State(folder, qt=True)


def _show_run(state: _State) -> None:
    state.model.set_rowset(state.rows)
    state.view.selectRow(0)
    state.paint()


def _search_setup(folder: Path) -> _State:
    state = _State(folder, qt=True)
    state.model.set_rowset(state.rows)
    return state


def _search_run(state: _State) -> None:
    from boligreg.services.register import RowFilter

    query = SEARCHES[state.i % len(SEARCHES)]
    state.i += 1
    state.model.set_filter(RowFilter(search=query))
    state.paint()


def _filter_run(state: _State) -> None:
    from boligreg.services.register import RowFilter

    flt = RowFilter(equals={"tenure": "owned", "status": "vacant"}, wheelchair=False,
                    search="vei")
    state.model.set_filter(flt)
    state.paint()


def _sort_run(state: _State) -> None:
    from PySide6.QtCore import Qt

    # A column never sorted before: its order is computed, not taken from the cache.
    fields = [c.field for c in state.model.columns]
    column = fields.index(("unit_number", "target_group", "area_m2", "landlord")[state.i % 4])
    state.i += 1
    state.rows._orders.pop((fields[column], True), None)
    state.model.sort(column, Qt.SortOrder.DescendingOrder)
    state.paint()


def _detail_setup(folder: Path) -> Any:
    state = _State(folder, qt=True)
    from PySide6.QtGui import QUndoStack

    from boligreg.ui.context import AppState
    from boligreg.ui.widgets.detail import DetailPane

    state.ctx = AppState(state.db)
    state.stack = QUndoStack()
    state.pane = DetailPane(state.ctx, "dwelling", state.stack)
    state.pane.resize(480, 700)
    state.pane.show()
    return state


def _detail_run(state: Any) -> None:
    state.pane.load(state.ids[(state.i * 7919) % len(state.ids)])
    state.i += 1
    state.pane.repaint()


def _save_setup(folder: Path) -> _State:
    return _State(folder, writable=True)


def _save_run(state: _State) -> None:
    """A saved edit as the UI does it: version-checked save, one row fetched and patched."""
    from boligreg.models import Dwelling
    from boligreg.services.register import get_values, load_dwellings, save_changes

    entity_id = state.ids[state.i % 50]
    state.i += 1
    with state.db.engine.connect() as conn:
        version = get_values(conn, "dwelling", entity_id)["version"]
    save_changes(state.db, Dwelling, entity_id, expected_version=version,
                 changes={"rooms": state.i % 5 + 1})
    with state.db.engine.connect() as conn:
        fresh = load_dwellings(conn, ids=[entity_id])
    state.rows.patch(entity_id, fresh.rows)
    state.rows.order("address")


def _properties_run(state: _State) -> None:
    from boligreg.services.register import load_properties

    with state.db.engine.connect() as conn:
        load_properties(conn)


def _follow_up_run(state: _State) -> None:
    from boligreg.services.register import follow_up

    with state.db.engine.connect() as conn:
        follow_up(conn)


def benchmarks() -> list:
    size = "100k dwellings"
    return [
        ("Boliger: load rows (background)", size, 0.2, _load_setup, _load_run),
        ("Boliger: show loaded table", size, 0.2, _show_setup, _show_run),
        ("Boliger: search keystroke", size, 0.05, _search_setup, _search_run),
        ("Boliger: filter combination", size, 0.05, _search_setup, _filter_run),
        ("Boliger: sort a column", size, 0.2, _search_setup, _sort_run),
        ("Bolig: open detail pane", size, 0.03, _detail_setup, _detail_run),
        ("Bolig: save edit, patch row", size, 0.1, _save_setup, _save_run),
        ("Eiendommer: load rows", size, 0.2, _load_setup, _properties_run),
        ("Oversikt: Trenger oppfølging", size, 0.05, _load_setup, _follow_up_run),
    ]
