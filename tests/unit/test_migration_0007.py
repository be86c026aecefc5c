"""Migration 0007: change_log gains origin, central_seq and superseded_at; every record, every
log row and every waiting change of a 0006 file stays as it was."""

from __future__ import annotations

from pathlib import Path

from boligreg.models import new_id
from boligreg.models.db import open_database
from boligreg.services.sync import local

NOW = "2026-11-30 10:00:00.000000"


def test_upgrade_keeps_log_and_outbox(tmp_path: Path, file_at_revision) -> None:
    path = tmp_path / "old.db"
    engine = file_at_revision(path, "0006")
    pid, txn, cid = new_id(), new_id(), new_id()
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO property (id, district_code, street_address, postcode, fnr, snr, "
            "owner_kind, created_at, updated_at, created_by, updated_by, version) VALUES "
            "(?, '030101', 'Gate 1', '0190', 0, 0, 'boligbygg', ?, ?, 'kari', 'kari', 1)",
            (pid, NOW, NOW))
        conn.exec_driver_sql(
            "INSERT INTO change_log (id, txn_id, changed_at, changed_by, entity_type, "
            "entity_id, action, field, old_value, new_value, version, sync_change) VALUES "
            "(?, ?, ?, 'kari', 'property', ?, 'insert', NULL, NULL, '{}', 1, ?)",
            (new_id(), txn, NOW, pid, cid))
    with engine.connect() as conn:
        log_before = conn.exec_driver_sql(
            "SELECT id, txn_id, changed_at, entity_id, action, new_value, sync_change "
            "FROM change_log ORDER BY rowid").all()
        props_before = conn.exec_driver_sql("SELECT * FROM property").all()
    engine.dispose()
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            cols = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(change_log)")}
            assert {"origin", "central_seq", "superseded_at"} <= cols
            assert conn.exec_driver_sql(
                "SELECT id, txn_id, changed_at, entity_id, action, new_value, sync_change "
                "FROM change_log ORDER BY rowid").all() == log_before
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM change_log WHERE origin IS NOT NULL OR central_seq IS "
                "NOT NULL OR superseded_at IS NOT NULL").scalar() == 0
            assert conn.exec_driver_sql("SELECT * FROM property").all() == props_before
            pending = local.read_pending(conn)
            assert [(g.entity_id, [c.change_id for c in g.changes]) for g in pending] == \
                [(pid, [cid])]
            assert [s.action for s in pending[0].steps] == ["insert"]
    finally:
        db.close()
