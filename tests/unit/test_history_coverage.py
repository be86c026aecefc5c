"""Where the history does not reach back, the as-of answer says so and never guesses: the demo
generator's one summary row per run, and records written without any insert row."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.models import Dwelling, Property, create_database
from boligreg.models.base import set_clock
from boligreg.services.demo import generate_demo
from boligreg.services.history import (
    HistoryIncompleteError,
    end_of_day_utc,
    parse_day,
    register_as_of,
    state_at,
)
from boligreg.services.register import save_changes


@pytest.fixture
def clock():
    class Clock:
        now = datetime(2025, 6, 1, 10, 0)

        def __call__(self) -> datetime:
            return self.now

    c = Clock()
    set_clock(c)
    yield c
    set_clock(None)


def test_demo_history_starts_at_the_run(tmp_path: Path, clock) -> None:
    db = create_database(tmp_path / "demo.db", user="t")
    clock.now = datetime(2025, 6, 10, 9, 0)
    generate_demo(db, dwellings=150, seed=1, today=date(2025, 6, 10), history=False)
    clock.now = datetime(2025, 6, 20, 9, 0)
    with db.engine.connect() as conn:
        d_id, version, rooms = conn.execute(
            sa.select(Dwelling.id, Dwelling.version, Dwelling.rooms)
            .where(sa.or_(Dwelling.rooms.is_(None), Dwelling.rooms != 7))).first()
    save_changes(db, Dwelling, d_id, expected_version=version, changes={"rooms": 7})
    with db.engine.connect() as conn:
        before = register_as_of(conn, date(2025, 6, 9))
        assert before.coverage.before_history and not before.coverage.exact
        assert before.coverage.complete_from_day == date(2025, 6, 10)
        assert len(before.tables["dwelling"]) == 0
        assert "10.06.2025" in before.coverage.text_nb()
        with pytest.raises(HistoryIncompleteError, match="fullstendig fra 10.06.2025"):
            register_as_of(conn, date(2025, 6, 9), strict=True)
        # After the run: every demo record known, the later edit undone on the day before it.
        mid = register_as_of(conn, date(2025, 6, 15), strict=True)
        n = conn.execute(sa.select(sa.func.count()).select_from(Dwelling)).scalar_one()
        assert len(mid.tables["dwelling"]) == n == 150
        rec = mid.tables["dwelling"].loc[d_id]
        assert rec["rooms"] == rooms
        assert rec["version"] == 1 and rec["updated_at"] == rec["created_at"]
        now = register_as_of(conn, date(2025, 6, 20), strict=True)
        assert now.tables["dwelling"].loc[d_id, "rooms"] == 7
        assert now.tables["dwelling"].loc[d_id, "version"] == 2


def _raw_dwelling(conn: sa.Connection, created: datetime, updated: datetime) -> str:
    """A record written without a change-log row (as in a file made before logging)."""
    pid, did = "p-raw", "d-raw"
    stamps = {"created_at": created, "updated_at": updated, "created_by": "gammel",
              "updated_by": "gammel", "version": 3, "deleted_at": None}
    conn.execute(sa.insert(Property.__table__).values(
        id=pid, district_code="030101", street_address="Gamlegata 1", postcode="0190",
        fnr=0, snr=0, owner_kind="boligbygg", **stamps))
    conn.execute(sa.insert(Dwelling.__table__).values(
        id=did, property_id=pid, unit_number="H0101", district_code="030101",
        target_group="ordinary", tenure="owned", status="vacant", actual_use="housing",
        wheelchair_accessible=False, **stamps))
    return did


def test_records_without_history_are_listed_not_guessed(tmp_path: Path, clock) -> None:
    db = create_database(tmp_path / "old.db", user="t")
    with db.engine.begin() as conn:
        did = _raw_dwelling(conn, datetime(2024, 1, 5, 12), datetime(2025, 2, 1, 12))
    with db.engine.connect() as conn:
        # Created before, last changed (unlogged) after the date: its state then is unknown.
        st = register_as_of(conn, date(2024, 6, 1))
        assert not st.coverage.exact
        assert did in st.coverage.unknown["dwelling"]
        assert did not in st.tables["dwelling"].index
        assert st.coverage.complete_from == datetime(2025, 2, 1, 12)
        assert st.coverage.complete_from_day == date(2025, 2, 1)
        with pytest.raises(HistoryIncompleteError):
            register_as_of(conn, date(2024, 6, 1), strict=True)
        # Before it was created: known absent. After its last change: known as it is.
        assert register_as_of(conn, date(2023, 12, 31)).tables["dwelling"].empty
        later = register_as_of(conn, date(2025, 2, 1), strict=True)
        assert later.tables["dwelling"].loc[did, "status"] == "vacant"
        assert later.tables["dwelling"].loc[did, "version"] == 3
    # A logged edit afterwards: the record is known from that edit on, undone before it.
    clock.now = datetime(2025, 6, 1, 10)
    save_changes(db, Dwelling, did, expected_version=3, changes={"status": "occupied"})
    with db.engine.connect() as conn:
        st = register_as_of(conn, date(2025, 5, 31))
        assert did in st.coverage.unknown["dwelling"]  # first logged row is after that day
        st = register_as_of(conn, date(2025, 6, 1), strict=True)
        assert st.tables["dwelling"].loc[did, "status"] == "occupied"


def test_day_boundary_is_oslo_midnight(tmp_path: Path, clock) -> None:
    db = create_database(tmp_path / "b.db", user="t")
    # 31.12.2025 23:30 in Oslo is 22:30 UTC (winter time): it belongs to 31.12.
    clock.now = datetime(2025, 12, 31, 22, 30)
    with db.session() as s:
        s.add(Dwelling(property=Property(district_code="030101", street_address="A 1",
                                         postcode="0190", owner_kind="boligbygg"),
                       unit_number="H0101", district_code="030101"))
    # 1.1.2026 00:30 in Oslo (23:30 UTC on 31.12): it belongs to 1.1.
    clock.now = datetime(2025, 12, 31, 23, 30)
    with db.session() as s:
        s.add(Dwelling(property=Property(district_code="030101", street_address="B 1",
                                         postcode="0190", owner_kind="boligbygg"),
                       unit_number="H0101", district_code="030101"))
    with db.engine.connect() as conn:
        assert len(register_as_of(conn, date(2025, 12, 31)).tables["dwelling"]) == 1
        assert len(register_as_of(conn, date(2026, 1, 1)).tables["dwelling"]) == 2
        assert len(state_at(conn, datetime(2025, 12, 31, 22, 30)).tables["dwelling"]) == 0
    assert end_of_day_utc(date(2025, 12, 31)) == datetime(2025, 12, 31, 23, 0)
    assert end_of_day_utc(date(2025, 6, 30)) == datetime(2025, 6, 30, 22, 0)  # summer time
    assert end_of_day_utc(date(2025, 3, 30)) == datetime(2025, 3, 30, 22, 0)  # switch day


@pytest.mark.parametrize("text,want", [("31.12.2025", date(2025, 12, 31)),
                                       ("1.2.2024", date(2024, 2, 1)),
                                       ("2025-12-31", date(2025, 12, 31))])
def test_parse_day(text: str, want: date) -> None:
    assert parse_day(text) == want


@pytest.mark.parametrize("text", ["31.13.2025", "2025-02-30", "i går", "", "31/12/2025"])
def test_parse_day_refuses(text: str) -> None:
    from boligreg.errors import ValidationError

    with pytest.raises(ValidationError, match="er ikke en dato"):
        parse_day(text)


def test_now_is_the_tables(tmp_path: Path) -> None:
    db = create_database(tmp_path / "n.db", user="t")
    with db.engine.connect() as conn:
        st = register_as_of(conn, None)
        assert st.coverage.exact and st.day is None and st.label_nb == "nå"
        assert st.tables["dwelling"].empty
