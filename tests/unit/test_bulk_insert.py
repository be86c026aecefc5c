"""The bulk writer under the import, demo and audit: what it stores must be exactly what the
ORM would have stored, its change-log snapshots must hold every column, and its keys must be
valid, unique, time-ordered UUIDv7s."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime

import pytest
import sqlalchemy as sa

from boligreg.models import Dwelling, Property, make_engine, make_session_factory
from boligreg.models.base import OrderedIdSource, ordered_ids
from boligreg.models.changelog import bulk_insert, log_inserts
from boligreg.models.db import seed_reference_data
from boligreg.models.entities import ChangeLog
from boligreg.models.migrate import upgrade_to_head
from boligreg.models.sync import SyncOutbox

NOW = datetime(2026, 11, 25, 10, 30, 0, 123456)
STAMP = {"created_at": NOW, "updated_at": NOW, "created_by": "kari", "updated_by": "kari",
         "version": 1, "deleted_at": None}


def _rows() -> tuple[list[dict], list[dict]]:
    props = [{"id": f"p{i}", "district_code": "030101", "street_address": f"Gate {i}",
              "postcode": "0190", "gnr": 229, "bnr": i, "fnr": 0, "snr": 0,
              "owner_kind": "boligbygg", "owner_name": None, "owner_orgnr": None,
              "built_year": None} for i in range(3)]
    dwellings = [
        {"id": "d0", "property_id": "p0", "unit_number": "H0101", "district_code": "030101",
         "area_m2": 55.5, "rooms": 2, "target_group": "ordinary", "tenure": "owned",
         "status": "vacant", "actual_use": "housing", "wheelchair_accessible": True,
         "vacant_since": date(2025, 3, 1), "last_inspection": None, "note": "æøå"},
        # 1 and True, 1.0 and 1: equal as dict keys, and each must still be stored as itself
        {"id": "d1", "property_id": "p1", "unit_number": "H0102", "district_code": "030101",
         "area_m2": 1, "rooms": 1, "target_group": "refugee", "tenure": "leased",
         "status": "occupied", "actual_use": "staff_base", "wheelchair_accessible": 1,
         "vacant_since": None, "last_inspection": date(2024, 1, 31), "note": None},
        {"id": "d2", "property_id": "p1", "unit_number": "H0201", "district_code": "030102",
         "area_m2": None, "rooms": None, "target_group": "youth", "tenure": "referral",
         "status": "occupied", "actual_use": "office", "wheelchair_accessible": False,
         "vacant_since": None, "last_inspection": None, "note": ""},
    ]
    return props, dwellings


def _orm_copy(engine: sa.Engine, props: list[dict], dwellings: list[dict]) -> None:
    """The same rows through the ORM, under other ids: the reference to compare with."""
    factory = make_session_factory(engine, "kari")
    with factory() as s, s.begin():
        for p in props:
            s.add(Property(**{**p, "id": "orm-" + p["id"]}))
        for d in dwellings:
            s.add(Dwelling(**{**d, "id": "orm-" + d["id"],
                              "property_id": "orm-" + d["property_id"],
                              "wheelchair_accessible": bool(d["wheelchair_accessible"])}))


def _stored(conn: sa.Connection, table: sa.Table, prefix: str) -> dict[str, tuple]:
    cols = [c for c in table.c if c.name not in
            ("id", "property_id", "created_at", "updated_at", "created_by", "updated_by")]
    rows = conn.execute(sa.select(table.c.id, *cols).where(table.c.id.like(prefix + "%")))
    return {r[0].removeprefix("orm-"): tuple(r[1:]) for r in rows}


def _check_same_as_orm(engine: sa.Engine) -> None:
    props, dwellings = _rows()
    with engine.begin() as conn:
        bulk_insert(conn, Property.__table__, props, STAMP)
        bulk_insert(conn, Dwelling.__table__, dwellings, STAMP)
    _orm_copy(engine, props, dwellings)
    with engine.connect() as conn:
        for table in (Property.__table__, Dwelling.__table__):
            bulk = {k: v for k, v in _stored(conn, table, "").items() if k in
                    {r["id"] for r in props + dwellings}}
            assert bulk == _stored(conn, table, "orm-"), table.name
        # read back through the ORM types: dates are dates, booleans booleans
        d = conn.execute(sa.select(Dwelling.__table__).where(Dwelling.id == "d0")).one()
        assert d.vacant_since == date(2025, 3, 1) and d.wheelchair_accessible is True
        assert d.created_at == NOW and d.version == 1 and d.note == "æøå"
        d1 = conn.execute(sa.select(Dwelling.__table__).where(Dwelling.id == "d1")).one()
        assert d1.wheelchair_accessible is True and d1.area_m2 == 1.0


def test_bulk_insert_stores_what_the_orm_stores(empty_db) -> None:
    _check_same_as_orm(empty_db.engine)


@pytest.mark.pg
def test_bulk_insert_on_postgres(pg_database: str) -> None:
    engine = make_engine(pg_database)
    try:
        upgrade_to_head(engine)
        with engine.begin() as conn:
            seed_reference_data(conn, "t")
        _check_same_as_orm(engine)
    finally:
        engine.dispose()


def test_log_inserts_snapshot_holds_every_column(empty_db) -> None:
    props, _ = _rows()
    with empty_db.engine.begin() as conn:
        bulk_insert(conn, Property.__table__, props, STAMP)
        n = log_inserts(conn, "property", props, user="kari", txn_id="t1", constants=STAMP)
    assert n == 3
    with empty_db.engine.connect() as conn:
        log = conn.execute(sa.select(ChangeLog.__table__).where(
            ChangeLog.entity_type == "property", ChangeLog.txn_id == "t1")).all()
        outbox = conn.execute(sa.select(SyncOutbox.__table__).where(
            SyncOutbox.txn_id == "t1")).all()
    assert sorted(r.entity_id for r in log) == ["p0", "p1", "p2"]
    assert {(r.action, r.changed_by, r.version, r.field) for r in log} == {
        ("insert", "kari", 1, None)}
    for r in log:
        snap = json.loads(r.new_value)
        source = next(p for p in props if p["id"] == r.entity_id)
        assert snap == {**source, "created_at": NOW.isoformat(), "updated_at": NOW.isoformat(),
                        "created_by": "kari", "updated_by": "kari", "version": 1,
                        "deleted_at": None}
    assert sorted(r.entity_id for r in outbox) == ["p0", "p1", "p2"]
    assert {(r.action, r.base_version) for r in outbox} == {("insert", 0)}
    assert len({r.id for r in log} | {r.change_id for r in outbox}) == 6


def test_ordered_ids_are_uuid7_unique_and_time_ordered() -> None:
    first = ordered_ids(2000)
    source = OrderedIdSource(batch=7)
    later = [source() for _ in range(50)]
    for text in first + later:
        u = uuid.UUID(text)
        assert u.version == 7 and u.variant == uuid.RFC_4122 and str(u) == text
    assert len(set(first + later)) == len(first) + len(later)
    # the first 48 bits are the millisecond clock: never earlier in a later call
    assert min(t[:13] for t in later) >= max(t[:13] for t in first)
    variants = {t[19] for t in first}
    assert variants <= set("89ab") and len(variants) == 4
