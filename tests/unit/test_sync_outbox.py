"""Every local change queues itself for sync in the same transaction (sync_outbox)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.models import Dwelling, Property, SyncOutbox, new_id, utcnow
from boligreg.models.changelog import log_inserts
from boligreg.models.db import open_database
from boligreg.services.register import restore, save_changes, soft_delete


def _outbox(db) -> list[dict]:
    with db.engine.connect() as conn:
        rows = conn.execute(sa.select(SyncOutbox.__table__).order_by(SyncOutbox.seq))
        return [dict(r._mapping) for r in rows]


def _add_dwelling(db) -> tuple[str, str]:
    with db.session() as s:
        p = Property(district_code="030103", street_address="Sandakerveien 1", postcode="0473",
                     owner_kind="boligbygg")
        d = Dwelling(property=p, unit_number="H0101", district_code="030103")
        s.add(d)
        s.flush()
        return p.id, d.id


def test_orm_changes_write_outbox_rows(empty_db) -> None:
    pid, did = _add_dwelling(empty_db)
    v = save_changes(empty_db, Dwelling, did, expected_version=1, changes={"rooms": 3})
    v = soft_delete(empty_db, Dwelling, did, expected_version=v)
    restore(empty_db, Dwelling, did, expected_version=v)
    rows = _outbox(empty_db)
    assert {(r["entity_type"], r["action"]) for r in rows[:2]} == {
        ("property", "insert"), ("dwelling", "insert")}
    upd, dele, rest = rows[2:]
    assert (upd["action"], upd["base_version"], json.loads(upd["base_json"])) == \
        ("update", 1, {"rooms": None})
    assert (dele["action"], dele["base_version"]) == ("delete", 2)
    assert json.loads(dele["base_json"]) == {"deleted_at": None}
    assert (rest["action"], rest["base_version"]) == ("restore", 3)
    assert json.loads(rest["base_json"])["deleted_at"] is not None
    assert len({r["change_id"] for r in rows}) == len(rows)
    # The change log and the outbox share the transaction id of each change.
    with empty_db.engine.connect() as conn:
        txns = set(conn.execute(sa.text(
            "SELECT txn_id FROM change_log WHERE entity_id = :i"), {"i": did}).scalars())
    assert {r["txn_id"] for r in rows if r["entity_id"] == did} == txns


def test_outbox_rolls_back_with_the_change(empty_db) -> None:
    _pid, did = _add_dwelling(empty_db)
    before = len(_outbox(empty_db))
    with pytest.raises(RuntimeError), empty_db.session() as s:
        s.get(Dwelling, did).rooms = 7
        s.flush()
        raise RuntimeError("boom")
    assert len(_outbox(empty_db)) == before


def test_no_outbox_for_untracked_tables_or_no_op_edits(empty_db) -> None:
    # Seeding wrote districts and population: reference data never travels.
    assert _outbox(empty_db) == []
    _pid, did = _add_dwelling(empty_db)
    n = len(_outbox(empty_db))
    with empty_db.session() as s:
        d = s.get(Dwelling, did)
        d.rooms = d.rooms  # no real change
    assert len(_outbox(empty_db)) == n


def test_bulk_inserts_queue_themselves(empty_db) -> None:
    now = utcnow()
    rows = [{"id": new_id(), "district_code": "030101", "street_address": f"Gate {i}",
             "postcode": "0190", "fnr": 0, "snr": 0, "owner_kind": "boligbygg",
             "created_at": now, "updated_at": now, "created_by": "t", "updated_by": "t",
             "version": 1} for i in range(5)]
    with empty_db.engine.begin() as conn:
        conn.execute(sa.insert(Property.__table__), rows)
        log_inserts(conn, "property", rows, user="t")
    out = _outbox(empty_db)
    assert sorted(r["entity_id"] for r in out) == sorted(r["id"] for r in rows)
    assert {r["action"] for r in out} == {"insert"}


def _make_0001_file(make_file, path: Path, demo: bool = False) -> str:
    """A file as boligreg wrote it before sync existed, with one property."""
    engine = make_file(path, "0001")
    pid = new_id()
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO property (id, district_code, street_address, postcode, fnr, snr, "
            "owner_kind, created_at, updated_at, created_by, updated_by, version) VALUES "
            "(:id, '030101', 'Gate 1', '0190', 0, 0, 'boligbygg', :n, :n, 't', 't', 1)"),
            {"id": pid, "n": now})
        if demo:
            conn.execute(sa.text("INSERT INTO app_meta (key, value) VALUES ('demo', '1')"))
    engine.dispose()
    return pid


def test_upgrade_from_0001_queues_existing_records(tmp_path: Path, file_at_revision) -> None:
    path = tmp_path / "old.db"
    pid = _make_0001_file(file_at_revision, path)
    db = open_database(path)
    try:
        out = _outbox(db)
        assert [(r["entity_type"], r["entity_id"], r["action"]) for r in out] == [
            ("property", pid, "insert")]
    finally:
        db.close()


def test_upgrade_of_demo_file_queues_nothing(tmp_path: Path, file_at_revision) -> None:
    path = tmp_path / "demo.db"
    _make_0001_file(file_at_revision, path, demo=True)
    db = open_database(path)
    try:
        assert _outbox(db) == []
    finally:
        db.close()
