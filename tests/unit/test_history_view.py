"""services.history.view.open_as_of: the register as of a day as a read-only database whose
tables hold exactly the rebuilt state; a day the history cannot answer is refused."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.models import Dwelling, Property, create_database
from boligreg.models.base import set_clock
from boligreg.services.history import HistoryIncompleteError, register_as_of
from boligreg.services.history.view import open_as_of
from boligreg.services.register import save_changes, soft_delete


@pytest.fixture
def db(tmp_path: Path):
    set_clock(lambda: datetime(2025, 6, 1, 10))
    d = create_database(tmp_path / "v.db", user="t")
    try:
        with d.session() as s:
            p = Property(district_code="030103", street_address="Sandakerveien 10",
                         postcode="0473", owner_kind="boligbygg")
            rows = [Dwelling(property=p, unit_number=f"H01{i:02d}", district_code="030103",
                             rooms=i) for i in range(1, 4)]
            s.add_all(rows)
            s.flush()
            ids = [r.id for r in rows]
        set_clock(lambda: datetime(2026, 2, 1, 10))
        save_changes(d, Dwelling, ids[0], expected_version=1, changes={"rooms": 9})
        soft_delete(d, Dwelling, ids[1], expected_version=1)
        with d.session() as s:
            s.add(Dwelling(property_id=s.get(Dwelling, ids[2]).property_id, unit_number="H0201",
                           district_code="030103"))
    finally:
        set_clock(None)
    yield d, ids
    d.close()


def test_the_copy_holds_the_state_and_refuses_writes(db) -> None:
    d, ids = db
    view = open_as_of(d, date(2025, 12, 31))
    try:
        state = register_as_of(d, date(2025, 12, 31), strict=True)
        with view.db.engine.connect() as conn:
            got = {r.id: (r.rooms, r.deleted_at, r.version) for r in conn.execute(
                sa.select(Dwelling.id, Dwelling.rooms, Dwelling.deleted_at, Dwelling.version))}
        want = {i: (r["rooms"], r["deleted_at"], r["version"])
                for i, r in state.records("dwelling").items()}
        assert got == want
        assert got == {ids[0]: (1, None, 1), ids[1]: (2, None, 1), ids[2]: (3, None, 1)}
        assert "per 31.12.2025 – kun lesing" in view.label_nb
        with pytest.raises(sa.exc.OperationalError, match="readonly|read-only|attempt to"), \
                view.db.engine.begin() as conn:
            conn.execute(sa.update(Dwelling.__table__).values(rooms=5))
        with pytest.raises(Exception, match="readonly|read-only|attempt to"), \
                view.db.session() as s:
            s.get(Dwelling, ids[0]).rooms = 7
        folder = view.folder
        assert folder.is_dir()
    finally:
        view.close()
    assert not folder.exists()
    con = sqlite3.connect(d.path)  # the live file untouched
    try:
        assert con.execute("SELECT rooms FROM dwelling WHERE id = ?", (ids[0],)).fetchone() == (9,)
    finally:
        con.close()


def test_a_day_before_the_history_is_refused(db, tmp_path: Path) -> None:
    d, _ids = db
    with d.engine.begin() as conn:  # a record from before its history was kept
        conn.execute(sa.insert(Property.__table__).values(
            id="p-raw", district_code="030101", street_address="Gamlegata 1", postcode="0190",
            fnr=0, snr=0, owner_kind="boligbygg", created_at=datetime(2024, 1, 5),
            updated_at=datetime(2025, 2, 1), created_by="x", updated_by="x", version=2))
    tmp = Path(tempfile.gettempdir())
    before = set(tmp.glob("boligreg-per-*"))
    with pytest.raises(HistoryIncompleteError, match="01.02.2025"):
        open_as_of(d, date(2024, 6, 1))
    assert set(tmp.glob("boligreg-per-*")) == before  # nothing left behind
