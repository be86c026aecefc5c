"""Migration 0006: the outbox table becomes a mark on the change log; waiting changes survive.

The file is written at revision 0005 the way that version's code wrote it (change-log rows and
an outbox row per change), with every kind of waiting change, then opened by today's code.
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from boligreg.models import SyncOutbox, new_id
from boligreg.models.db import open_database
from boligreg.services.sync import local

NOW = "2026-11-30 10:00:00.000000"
LOG = ("INSERT INTO change_log (id, txn_id, changed_at, changed_by, entity_type, entity_id, "
       "action, field, old_value, new_value, version) VALUES (:id, :txn, :at, 'kari', :et, "
       ":eid, :action, :field, :old, :new, :v)")
OUTBOX = ("INSERT INTO sync_outbox (change_id, txn_id, created_at, created_by, entity_type, "
          "entity_id, action, base_version, base_json) VALUES (:cid, :txn, :at, 'kari', :et, "
          ":eid, :action, :bv, :base)")
PROPERTY = ("INSERT INTO property (id, district_code, street_address, postcode, fnr, snr, "
            "owner_kind, created_at, updated_at, created_by, updated_by, version) VALUES "
            "(:id, '030101', :addr, '0190', 0, 0, 'boligbygg', :at, :at, 'kari', 'kari', :v)")


def _log(conn: sa.Connection, txn: str, et: str, eid: str, action: str, v: int,
         field: str | None = None, old: str | None = None, new: str | None = None) -> None:
    conn.execute(sa.text(LOG), {"id": new_id(), "txn": txn, "at": NOW, "et": et, "eid": eid,
                                "action": action, "field": field, "old": old, "new": new,
                                "v": v})


def _queue(conn: sa.Connection, cid: str, txn: str, et: str, eid: str, action: str, bv: int,
           base: dict | None = None) -> None:
    conn.execute(sa.text(OUTBOX), {"cid": cid, "txn": txn, "at": NOW, "et": et, "eid": eid,
                                   "action": action, "bv": bv,
                                   "base": None if base is None else json.dumps(base)})


def _file_at_0005(make_file, path: Path) -> dict[str, dict]:
    """Waiting: an insert, an update of two fields, a purge, a 0002-style insert with no log
    row of its own transaction, one with no log row at all. One change already pushed."""
    engine = make_file(path, "0005")
    p1, p2, p3, p4 = (new_id() for _ in range(4))
    t1, t2, t3, t0, tm = (new_id() for _ in range(5))
    expected: dict[str, dict] = {}
    with engine.begin() as conn:
        for pid, addr, v in ((p1, "Gate 1", 2), (p3, "Gate 3", 1), (p4, "Gate 4", 1)):
            conn.execute(sa.text(PROPERTY), {"id": pid, "addr": addr, "at": NOW, "v": v})
        # p0: pushed long ago (its log row has no outbox row): stays unmarked
        _log(conn, t0, "property", new_id(), "insert", 1, new="{}")
        # p1: inserted (t1), then two fields changed (t2)
        _log(conn, t1, "property", p1, "insert", 1, new=json.dumps({"id": p1}))
        c1 = new_id()
        _queue(conn, c1, t1, "property", p1, "insert", 0)
        expected[c1] = {"entity_id": p1, "action": "insert", "base_version": 0, "base": None}
        _log(conn, t2, "property", p1, "update", 2, "street_address", '"Gamle gate 1"',
             '"Gate 1"')
        _log(conn, t2, "property", p1, "update", 2, "note", "null", '"ny"')
        c2 = new_id()
        _queue(conn, c2, t2, "property", p1, "update", 1,
               {"street_address": "Gamle gate 1", "note": None})
        expected[c2] = {"entity_id": p1, "action": "update", "base_version": 1,
                        "base": {"street_address": "Gamle gate 1", "note": None}}
        # p2: removed outright (purge) at version 3
        snap = json.dumps({"id": p2, "street_address": "Gate 2", "version": 3})
        _log(conn, t3, "property", p2, "purge", 3, old=snap)
        c3 = new_id()
        _queue(conn, c3, t3, "property", p2, "purge", 3, json.loads(snap))
        expected[c3] = {"entity_id": p2, "action": "purge", "base_version": 3,
                        "base": json.loads(snap)}
        # p3: queued by migration 0002 (its own transaction); its insert was logged earlier
        _log(conn, new_id(), "property", p3, "insert", 1, new=json.dumps({"id": p3}))
        c4 = new_id()
        _queue(conn, c4, tm, "property", p3, "insert", 0)
        expected[c4] = {"entity_id": p3, "action": "insert", "base_version": 0, "base": None}
        # p4: queued by 0002, and the file never logged its insert
        c5 = new_id()
        _queue(conn, c5, tm, "property", p4, "insert", 0)
        expected[c5] = {"entity_id": p4, "action": "insert", "base_version": 0, "base": None}
    engine.dispose()
    return expected


def test_upgrade_carries_every_waiting_change_over(tmp_path: Path, file_at_revision) -> None:
    path = tmp_path / "old.db"
    expected = _file_at_0005(file_at_revision, path)
    with sa.create_engine(f"sqlite:///{path}").connect() as conn:
        log_before = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar()
        props_before = conn.exec_driver_sql("SELECT * FROM property ORDER BY id").all()
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            kind = conn.exec_driver_sql(
                "SELECT type FROM sqlite_master WHERE name = 'sync_outbox'").scalar()
            assert kind == "view"
            rows = conn.execute(sa.select(SyncOutbox.__table__).order_by(SyncOutbox.seq)).all()
            got = {r.change_id: {"entity_id": r.entity_id, "action": r.action,
                                 "base_version": r.base_version,
                                 "base": json.loads(r.base_json) if r.base_json else None}
                   for r in rows}
            assert got == expected  # same change ids: a cut-off push is still answered
            # one log row written, for the record whose insert was never logged
            log_after = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar()
            assert log_after == log_before + 1
            assert conn.exec_driver_sql("SELECT * FROM property ORDER BY id").all() == \
                props_before
            groups = local.read_pending(conn)
            assert sorted(c.change_id for g in groups for c in g.changes) == sorted(expected)
            assert local.pending_count(conn) == 4
    finally:
        db.close()
