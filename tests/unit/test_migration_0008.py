"""Migration 0008: the change log gains its index on ``changed_at`` back; every record and
every log row of a 0007 file stays as it was, and the as-of read uses the index."""

from __future__ import annotations

from pathlib import Path

from boligreg.models import new_id
from boligreg.models.db import open_database

NOW = "2026-11-30 10:00:00.000000"
LATER = "2026-12-02 09:00:00.000000"


def test_upgrade_adds_the_index_and_keeps_every_row(tmp_path: Path, file_at_revision) -> None:
    path = tmp_path / "old.db"
    engine = file_at_revision(path, "0007")
    pid = new_id()
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO property (id, district_code, street_address, postcode, fnr, snr, "
            "owner_kind, created_at, updated_at, created_by, updated_by, version) VALUES "
            "(?, '030101', 'Gate 1', '0190', 0, 0, 'boligbygg', ?, ?, 'kari', 'kari', 2)",
            (pid, NOW, LATER))
        for at, action, field, old, new, v in (
                (NOW, "insert", None, None, f'{{"id": "{pid}"}}', 1),
                (LATER, "update", "street_address", '"Gata 1"', '"Gate 1"', 2)):
            conn.exec_driver_sql(
                "INSERT INTO change_log (id, txn_id, changed_at, changed_by, entity_type, "
                "entity_id, action, field, old_value, new_value, version, origin, "
                "central_seq) VALUES (?, ?, ?, 'kari', 'property', ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id(), new_id(), at, pid, action, field, old, new, v, "copy-a", v))
    with engine.connect() as conn:
        assert "ix_change_log_changed_at" not in {
            r[1] for r in conn.exec_driver_sql("PRAGMA index_list(change_log)")}
        log_before = conn.exec_driver_sql("SELECT * FROM change_log ORDER BY rowid").all()
        props_before = conn.exec_driver_sql("SELECT * FROM property").all()
    engine.dispose()
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            index = {r[1]: r for r in conn.exec_driver_sql("PRAGMA index_list(change_log)")}
            assert "ix_change_log_changed_at" in index
            assert [r[2] for r in conn.exec_driver_sql(
                "PRAGMA index_info(ix_change_log_changed_at)")] == ["changed_at"]
            assert conn.exec_driver_sql(
                "SELECT * FROM change_log ORDER BY rowid").all() == log_before
            assert conn.exec_driver_sql("SELECT * FROM property").all() == props_before
            # The rows after a moment are found through the index, not by a scan of the log.
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT rowid, entity_type, entity_id FROM change_log "
                "WHERE changed_at >= ? AND superseded_at IS NULL", (LATER,)))
            assert "ix_change_log_changed_at" in plan, plan
    finally:
        db.close()
