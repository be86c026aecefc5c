"""As of a moment, a synced copy's rebuilt register equals a real copy of its file then: edits,
inserts, deletes and restores on two copies, pushed and pulled through a real central
(PostgreSQL) at advancing clock times, with file copies taken at random moments."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_history_asof import SHM, Clock, World, check  # same folder (rootdir on sys.path)

from boligreg.models import Dwelling, Property, create_database, open_database
from boligreg.models.base import set_clock
from boligreg.services.central import DisposableCentral, disposable_central
from boligreg.services.register import restore, save_changes, soft_delete
from boligreg.services.sync import sync

pytestmark = pytest.mark.pg

START = datetime(2025, 10, 25, 20, 0)  # just before the switch back to winter time
DISTRICT = "030103"  # the central role "03" may change this bydel's records
copy_ix = st.integers(0, 1)
rec_ix = st.integers(0, 1)
field_values = st.one_of(
    st.tuples(st.just("rooms"), st.sampled_from([1, 2, 3, None])),
    st.tuples(st.just("note"), st.sampled_from(["a", "b", None])),
    st.tuples(st.just("status"), st.sampled_from(["occupied", "vacant"])),
)
op = st.one_of(
    st.tuples(st.just("edit"), copy_ix, rec_ix, field_values),
    st.tuples(st.just("edit"), copy_ix, rec_ix, field_values),
    st.tuples(st.just("new"), copy_ix),
    st.tuples(st.just("delete"), copy_ix, rec_ix),
    st.tuples(st.just("restore"), copy_ix, rec_ix),
    st.tuples(st.just("sync"), copy_ix),
    st.tuples(st.just("sync"), copy_ix),
    st.tuples(st.just("snap"), copy_ix),
)
step = st.sampled_from([timedelta(seconds=1), timedelta(minutes=20), timedelta(hours=5),
                        timedelta(days=1, hours=3)])


@pytest.fixture
def central(pg_database: str) -> Iterator[DisposableCentral]:
    with disposable_central(pg_database, kinds=("03",)) as c:
        yield c


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "template.db"
    set_clock(lambda: START - timedelta(days=30))
    try:
        db = create_database(path, user="mal")
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    finally:
        set_clock(None)
    return path


def _reset_central(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "TRUNCATE property, dwelling, agreement, agreement_dwelling, "
            "maintenance_responsibility, tenancy, indicator, sync_feed, sync_applied, "
            "change_log CASCADE")
    engine.dispose()


def _pick(world: World, i: int) -> tuple[str, int] | None:
    t = Dwelling.__table__
    with world.db.engine.connect() as conn:
        rows = conn.execute(sa.select(t.c.id, t.c.version).order_by(t.c.id)).all()
    return tuple(rows[i % len(rows)]) if rows else None


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(st.tuples(step, op), min_size=1, max_size=16))
# Pulled, copied, then edited here: the copy holds the other copy's stamp, not the pull's time.
@example(steps=[(timedelta(hours=1), ("edit", 0, 0, ("rooms", 3))),
                (timedelta(hours=1), ("sync", 0)), (timedelta(hours=1), ("sync", 1)),
                (timedelta(hours=1), ("snap", 1)),
                (timedelta(hours=1), ("edit", 1, 0, ("rooms", 1)))])
def test_as_of_equals_copies_with_sync(central: DisposableCentral, template: Path,
                                       steps: list) -> None:
    _reset_central(central.url)
    url = central.url_for("03")
    folder = Path(tempfile.mkdtemp(prefix="asofsync-", dir=SHM))
    clock = Clock(START)
    set_clock(clock)
    worlds: list[World] = []
    try:
        for name in ("a", "b"):
            path = folder / f"{name}.db"
            shutil.copyfile(template, path)
            worlds.append(World(open_database(path, user=f"bruker-{name}", check=False),
                                clock, folder / name))
            (folder / name).mkdir()
        with worlds[0].db.session() as s:
            prop = Property(district_code=DISTRICT, street_address="Sandakerveien 10",
                            postcode="0473", owner_kind="boligbygg")
            s.add_all([Dwelling(property=prop, unit_number=f"H010{i}", district_code=DISTRICT)
                       for i in range(2)])
        sync(worlds[0].db, url)
        clock.now += timedelta(minutes=1)
        sync(worlds[1].db, url)
        for delta, action in steps:
            clock.now += delta
            kind, c = action[0], action[1]
            w = worlds[c]
            if kind == "snap":
                w.snap()
                continue
            for other in worlds:  # a pull or an ack changes the file too
                other.change_times.append(clock.now)
            if kind == "sync":
                sync(w.db, url)
                continue
            if kind == "new":
                with w.db.session() as s:
                    prop_id = s.scalar(sa.select(Property.id))
                    s.add(Dwelling(property_id=prop_id, unit_number="U0101",
                                   district_code=DISTRICT))
                continue
            rec = _pick(w, action[2])
            if rec is None:
                continue
            if kind == "edit":
                save_changes(w.db, Dwelling, rec[0], expected_version=rec[1],
                             changes={action[3][0]: action[3][1]})
            elif kind == "delete":
                soft_delete(w.db, Dwelling, rec[0], expected_version=rec[1])
            else:
                restore(w.db, Dwelling, rec[0], expected_version=rec[1])
        for _ in range(2):  # let everything travel, with clock ticks between
            for w in worlds:
                clock.now += timedelta(seconds=5)
                for other in worlds:
                    other.change_times.append(clock.now)
                sync(w.db, url)
        clock.now += timedelta(seconds=1)
        for w in worlds:
            w.snap()
            check(w)
    finally:
        for w in worlds:
            w.db.close()
        set_clock(None)
        shutil.rmtree(folder, ignore_errors=True)
