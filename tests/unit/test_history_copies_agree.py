"""Copies agree (issue 13 item 7): a change counts from the moment it was made in the copy where
it was made, so every synced copy — and the central — gives the same answer for the same date,
whenever each of them pulled it. Two real copies syncing through a real central (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from boligreg.models import Database, Dwelling, Property, create_database
from boligreg.models.base import set_clock
from boligreg.services.central import DisposableCentral, disposable_central
from boligreg.services.history import register_as_of, state_at
from boligreg.services.register import save_changes, soft_delete
from boligreg.services.sync import sync

pytestmark = pytest.mark.pg

DISTRICT = "030103"
# The content of a record; version and the updated_at/updated_by stamps are each copy's own
# bookkeeping (a pull stamps what it took), so they are not part of what copies agree on.
STAMPS = {"version", "updated_at", "updated_by"}


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def central(pg_database: str) -> Iterator[DisposableCentral]:
    with disposable_central(pg_database, kinds=("03",)) as c:
        yield c


@pytest.fixture
def clock() -> Iterator[Clock]:
    c = Clock(datetime(2025, 12, 20, 9, 0))
    set_clock(c)
    yield c
    set_clock(None)


@pytest.fixture
def copies(tmp_path: Path, central: DisposableCentral, clock: Clock
           ) -> Iterator[tuple[Database, Database, str]]:
    """Two copies that share one dwelling (rooms 2), both synced on 20.12.2025."""
    a = create_database(tmp_path / "a.db", user="bruker-a")
    b = create_database(tmp_path / "b.db", user="bruker-b")
    url = central.url_for("03")
    try:
        with a.session() as s:
            prop = Property(district_code=DISTRICT, street_address="Sandakerveien 10",
                            postcode="0473", owner_kind="boligbygg")
            s.add(Dwelling(property=prop, unit_number="H0101", district_code=DISTRICT,
                           rooms=2))
        sync(a, url)
        clock.now += timedelta(minutes=5)
        sync(b, url)
        yield a, b, url
    finally:
        a.close()
        b.close()


def content(db_or_url: Database | str, moment: datetime | date, name: str = "dwelling"
            ) -> dict[str, dict[str, Any]]:
    """The records of ``name`` as of a moment (UTC) or the end of a day, without stamps."""
    engine = db_or_url.engine if isinstance(db_or_url, Database) else sa.create_engine(db_or_url)
    try:
        with engine.connect() as conn:
            state = register_as_of(conn, moment) if isinstance(moment, date) and \
                not isinstance(moment, datetime) else state_at(conn, moment)
            return {rid: {k: v for k, v in rec.items() if k not in STAMPS}
                    for rid, rec in state.records(name).items()}
    finally:
        if not isinstance(db_or_url, Database):
            engine.dispose()


def _edit(db: Database, changes: dict[str, Any]) -> None:
    with db.engine.connect() as conn:
        rid, version = conn.execute(sa.select(Dwelling.id, Dwelling.version)).one()
    save_changes(db, Dwelling, rid, expected_version=version, changes=changes)


def _rooms(state: dict[str, dict[str, Any]]) -> list[Any]:
    return [rec["rooms"] for rec in state.values()]


def test_offline_edits_count_when_made_on_every_copy(copies, central: DisposableCentral,
                                                     clock: Clock) -> None:
    a, b, url = copies
    clock.now = datetime(2025, 12, 29, 10, 0)
    _edit(a, {"rooms": 3})                       # offline, before the year ends
    clock.now = datetime(2026, 1, 2, 9, 0)
    _edit(a, {"rooms": 4})                       # still offline, the new year
    clock.now = datetime(2026, 1, 2, 10, 0)
    sync(a, url)
    clock.now = datetime(2026, 1, 3, 8, 0)
    sync(b, url)                                 # b learns of both four days late
    year_end = date(2025, 12, 31)
    answers = [content(a, year_end), content(b, year_end), content(central.url, year_end)]
    assert _rooms(answers[0]) == [3]
    assert answers[0] == answers[1] == answers[2]
    for moment, rooms in ((datetime(2025, 12, 28), 2), (datetime(2026, 1, 2, 9, 30), 4)):
        got = [content(a, moment), content(b, moment), content(central.url, moment)]
        assert [_rooms(g) for g in got] == [[rooms]] * 3, moment


def test_merged_edits_of_two_copies_agree(copies, central: DisposableCentral,
                                          clock: Clock) -> None:
    a, b, url = copies
    t1 = datetime(2025, 12, 22, 10, 0)
    clock.now = t1
    _edit(a, {"rooms": 5})                       # a, offline
    t2 = datetime(2025, 12, 23, 10, 0)
    clock.now = t2
    _edit(b, {"note": "Nytt kjøkken"})           # b, and b syncs first
    sync(b, url)
    clock.now = datetime(2025, 12, 27, 10, 0)
    sync(a, url)                                 # merged: a's rooms, b's note
    clock.now = datetime(2025, 12, 28, 10, 0)
    sync(b, url)
    for moment, want in ((t1 + timedelta(hours=1), (5, None)),
                         (t2 + timedelta(hours=1), (5, "Nytt kjøkken")),
                         (t1 - timedelta(hours=1), (2, None))):
        got = [content(a, moment), content(b, moment), content(central.url, moment)]
        assert got[0] == got[1] == got[2], moment
        rec = next(iter(got[0].values()))
        assert (rec["rooms"], rec["note"]) == want, moment


def test_record_made_offline_exists_from_when_it_was_made(copies, central: DisposableCentral,
                                                          clock: Clock) -> None:
    a, b, url = copies
    t1 = datetime(2025, 12, 22, 10, 0)
    clock.now = t1
    with a.session() as s:
        prop_id = s.scalar(sa.select(Property.id))
        s.add(Dwelling(property_id=prop_id, unit_number="U0101", district_code=DISTRICT,
                       rooms=1))
    t2 = datetime(2025, 12, 24, 10, 0)
    clock.now = t2
    with a.engine.connect() as conn:
        rid, version = conn.execute(sa.select(Dwelling.id, Dwelling.version)
                                    .where(Dwelling.unit_number == "U0101")).one()
    save_changes(a, Dwelling, rid, expected_version=version, changes={"rooms": 2})
    t3 = datetime(2025, 12, 26, 10, 0)
    clock.now = t3
    soft_delete(a, Dwelling, rid, expected_version=version + 1)
    clock.now = datetime(2026, 1, 5, 10, 0)
    sync(a, url)
    clock.now = datetime(2026, 1, 6, 10, 0)
    sync(b, url)
    for moment, want in ((t1 - timedelta(hours=1), None), (t1 + timedelta(hours=1), 1),
                         (t2 + timedelta(hours=1), 2), (t3 + timedelta(hours=1), "deleted")):
        got = [content(a, moment), content(b, moment), content(central.url, moment)]
        assert got[0] == got[1] == got[2], moment
        rec = got[0].get(rid)
        seen = None if rec is None else "deleted" if rec["deleted_at"] else rec["rooms"]
        assert seen == want, moment


def test_a_copy_made_later_gets_the_history(copies, central: DisposableCentral, clock: Clock,
                                            tmp_path: Path) -> None:
    a, _b, url = copies
    clock.now = datetime(2025, 12, 29, 10, 0)
    _edit(a, {"rooms": 3})
    sync(a, url)
    clock.now = datetime(2026, 3, 1, 10, 0)
    c = create_database(tmp_path / "c.db", user="bruker-c")
    try:
        sync(c, url)                             # a new laptop, months later
        for moment in (date(2025, 12, 21), date(2025, 12, 31)):
            assert content(c, moment) == content(a, moment) == content(central.url, moment)
        assert _rooms(content(c, date(2025, 12, 31))) == [3]
        assert _rooms(content(c, date(2025, 12, 21))) == [2]
    finally:
        c.close()
