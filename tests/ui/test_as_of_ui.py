"""«Vis registeret per …» driven through the real window, offscreen.

Records are written at set clock times (the one clock of models/base.py): a dwelling with 2
rooms in June 2025, changed to 4 rooms in February 2026. Shown as of 31.12.2025 the table
and form hold the old value, read-only, with the banner; back to today the new one. A
record written without history makes an earlier day unanswerable: the service's message is
shown and the window stays on today.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.models import Dwelling, Property
from boligreg.models.base import set_clock
from boligreg.services.register import save_changes
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.workers import Job


def _raw_dwelling(conn: sa.Connection) -> str:
    """A record written without a change-log row (a file from before logging): known from its
    last change (01.02.2025) on, unknowable before it."""
    stamps = {"created_at": datetime(2024, 1, 5, 12), "updated_at": datetime(2025, 2, 1, 12),
              "created_by": "gammel", "updated_by": "gammel", "version": 3, "deleted_at": None}
    conn.execute(sa.insert(Property.__table__).values(
        id="p-raw", district_code="030101", street_address="Gamlegata 1", postcode="0190",
        fnr=0, snr=0, owner_kind="boligbygg", **stamps))
    conn.execute(sa.insert(Dwelling.__table__).values(
        id="d-raw", property_id="p-raw", unit_number="H0101", district_code="030101",
        target_group="ordinary", tenure="owned", status="vacant", actual_use="housing",
        wheelchair_accessible=False, **stamps))
    return "d-raw"


@pytest.fixture
def history_db(empty_db):
    set_clock(lambda: datetime(2025, 6, 1, 10, 0))
    try:
        with empty_db.session() as s:
            p = Property(district_code="030103", street_address="Sandakerveien 10",
                         postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
            d = Dwelling(property=p, unit_number="H0101", district_code="030103", rooms=2,
                         status="occupied")
            s.add_all([p, d])
            s.flush()
            did = d.id
        with empty_db.engine.begin() as conn:
            raw = _raw_dwelling(conn)
        set_clock(lambda: datetime(2026, 2, 1, 10, 0))
        save_changes(empty_db, Dwelling, did, expected_version=1, changes={"rooms": 4})
    finally:
        set_clock(None)
    return empty_db, did, raw


@pytest.fixture
def window(qtbot, history_db, monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)
    db, _did, _raw = history_db
    w = MainWindow(AppState(db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_section(qtbot, w: MainWindow, key: str):
    section = w.select_section(key)
    assert section is not None
    qtbot.waitUntil(lambda: not getattr(section, "loading", False), timeout=5000)
    return section


def enter(qtbot, w: MainWindow, day: date) -> None:
    job = w.choose_as_of(day)
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=10000)


def rooms_in_table(section, entity_id: str) -> str:
    model = section.model
    row = model.row_of(entity_id)
    assert row >= 0, "the dwelling is not in the table"
    col = next(i for i, c in enumerate(model.columns) if c.field == "rooms")
    return str(model.index(row, col).data())


def rooms_in_file(path: Path, entity_id: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT rooms FROM dwelling WHERE id = ?", (entity_id,)).fetchone()[0]
    finally:
        con.close()


def test_as_of_shows_old_values_read_only_and_back(qtbot, window, history_db) -> None:
    db, did, _raw = history_db
    w = window
    sec = open_section(qtbot, w, "dwellings")
    assert rooms_in_table(sec, did) == "4"
    assert sec.new_button.isEnabled()
    assert not w.as_of_banner.isVisible()

    enter(qtbot, w, date(2025, 12, 31))
    sec = open_section(qtbot, w, "dwellings")
    assert w.ctx.read_only and w.ctx.as_of_day == date(2025, 12, 31)
    assert rooms_in_table(sec, did) == "2"
    assert w.as_of_banner.isVisible()
    banner = w.as_of_banner.label.text()
    assert "Registeret slik det var registrert per 31.12.2025 – kun lesing" in banner
    assert "per 31.12.2025" in w.windowTitle()
    # Editing, undo and import are off.
    assert not sec.new_button.isEnabled() and not sec.new_action.isEnabled()
    assert not sec.undo_button.isEnabled() and not sec.undo_action.isEnabled()
    assert not sec.save_action.isEnabled() and not sec.delete_action.isEnabled()
    sec.show_record("dwelling", did)
    assert sec.detail.entity_id == did and sec.detail.base["rooms"] == 2
    assert not sec.detail.form.widgets["rooms"].isEnabled()
    assert not sec.detail.delete_button.isEnabled()
    assert sec.detail.save() is False  # refused, nothing written
    assert not sec.detail.delete()
    imp = open_section(qtbot, w, "import")
    assert not imp.pages.isEnabled() and imp.read_only_note.isVisible()
    assert "31.12.2025" in imp.read_only_note.text()
    # The shown copy is a separate read-only database; the file itself is unchanged.
    assert w.ctx.db is not w.ctx.live_db
    with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"), \
            w.ctx.db.engine.begin() as conn:
        conn.execute(sa.update(Dwelling.__table__).values(rooms=9))
    assert rooms_in_file(db.path, did) == 4
    folder = w.ctx.as_of_view.folder
    assert folder.is_dir()

    w.as_of_banner.back_button.click()
    sec = open_section(qtbot, w, "dwellings")
    assert not w.ctx.read_only and w.ctx.db is w.ctx.live_db
    assert rooms_in_table(sec, did) == "4"
    assert not w.as_of_banner.isVisible()
    assert sec.new_button.isEnabled() and sec.save_action.isEnabled()
    assert sec.detail.form.widgets["rooms"].isEnabled()
    assert imp.pages.isEnabled() and not imp.read_only_note.isVisible()
    assert not folder.exists()  # the temporary copy is gone


def test_as_of_after_history_start_but_before_creation(qtbot, window, history_db) -> None:
    _db, did, raw = history_db
    w = window
    enter(qtbot, w, date(2025, 3, 1))  # the raw record is known from 01.02.2025
    sec = open_section(qtbot, w, "dwellings")
    assert w.ctx.read_only
    assert sec.model.row_of(raw) >= 0
    assert sec.model.row_of(did) == -1  # not yet registered on that day


def test_day_before_history_gives_the_message(qtbot, window, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("boligreg.ui.as_of_ui.show_error",
                        lambda _p, _t, exc: shown.append(str(getattr(exc, "nb", exc))))
    w = window
    enter(qtbot, w, date(2024, 6, 1))
    assert len(shown) == 1
    assert "kan ikke gjenskapes sikkert" in shown[0]
    assert "01.02.2025" in shown[0]
    assert not w.ctx.read_only and not w.as_of_banner.isVisible()
