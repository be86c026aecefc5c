"""Migration 0003: enum CHECKs rewritten as OR chains (same rule), two change-log indexes gone.

Checked on a SQLite file holding data at revision 0002 (the CREATE TABLE text is edited in
place there) and on PostgreSQL: the data survives, every old value is still accepted, every
value outside the enum is still refused, and a downgrade restores the IN form.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from boligreg.models import make_engine, new_id, utcnow
from boligreg.models.db import seed_reference_data
from boligreg.models.migrate import alembic_config, upgrade_to_head

ENUM_COLUMNS = {  # table → columns with an enum check, read off the 0001 schema
    "dwelling": ["target_group", "tenure", "status", "actual_use"],
    "property": ["owner_kind"],
    "agreement": ["kind"],
    "maintenance_responsibility": ["scope", "party"],
    "tenancy": ["kind"],
    "finding": ["severity", "status"],
}


def _file_at(make_file, path: Path, revision: str) -> tuple[str, str]:
    """A file at ``revision`` with one property and one dwelling; returns their ids."""
    engine = make_file(path, revision)
    pid, did, now = new_id(), new_id(), utcnow()
    stamps = "created_at, updated_at, created_by, updated_by, version"
    with engine.begin() as conn:
        conn.execute(sa.text(
            f"INSERT INTO property (id, district_code, street_address, postcode, fnr, snr, "
            f"owner_kind, {stamps}) VALUES (:id, '030101', 'Gate 1', '0190', 0, 0, "
            f"'housing_coop', :n, :n, 't', 't', 1)"), {"id": pid, "n": now})
        conn.execute(sa.text(
            f"INSERT INTO dwelling (id, property_id, unit_number, district_code, target_group, "
            f"tenure, status, actual_use, wheelchair_accessible, {stamps}) VALUES (:id, :p, "
            f"'H0101', '030101', 'mental_health_substance', 'referral', 'to_be_sold', "
            f"'staff_base', 0, :n, :n, 't', 't', 1)"), {"id": did, "p": pid, "n": now})
    engine.dispose()
    return pid, did


def _table_sql(path: Path) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    finally:
        con.close()


def _indexes(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        con.close()


def _insert_dwelling(con: sqlite3.Connection, pid: str, **values: str) -> None:
    row = {"target_group": "ordinary", "tenure": "owned", "status": "occupied",
           "actual_use": "housing", **values}
    con.execute(
        "INSERT INTO dwelling (id, property_id, unit_number, district_code, target_group, "
        "tenure, status, actual_use, wheelchair_accessible, created_at, updated_at, "
        "created_by, updated_by, version) VALUES (?, ?, 'H0102', '030101', ?, ?, ?, ?, 0, "
        "'2026-01-01', '2026-01-01', 't', 't', 1)",
        (new_id(), pid, row["target_group"], row["tenure"], row["status"], row["actual_use"]))


def test_sqlite_upgrade_keeps_data_and_rules(tmp_path: Path, file_at_revision) -> None:
    path = tmp_path / "old.db"
    pid, did = _file_at(file_at_revision, path, "0002")
    before = _table_sql(path)
    assert " IN (" in before["dwelling"]
    assert {"ix_change_log_changed_at", "ix_change_log_txn_id"} <= _indexes(path)

    engine = make_engine(f"sqlite:///{path}")
    try:  # to 0003 itself: later revisions change other tables on purpose
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0003")
    finally:
        engine.dispose()

    after = _table_sql(path)
    for table, columns in ENUM_COLUMNS.items():
        assert " IN (" not in after[table], table
        for column in columns:
            assert f"{column} = '" in after[table], (table, column)
    # Only the CHECK clauses changed: everything else in the CREATE TABLE text is as it was.
    for table in before:
        if table not in ENUM_COLUMNS:
            assert after[table] == before[table], table
    assert not {"ix_change_log_changed_at", "ix_change_log_txn_id"} & _indexes(path)
    assert "ix_change_log_entity" in _indexes(path)

    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT target_group, tenure, status, actual_use FROM dwelling "
                           "WHERE id = ?", (did,)).fetchone() == (
            "mental_health_substance", "referral", "to_be_sold", "staff_base")
        with con:  # every value of every enum is still allowed ...
            for group in ("ordinary", "family", "elderly", "disability", "refugee", "youth",
                          "temporary"):
                _insert_dwelling(con, pid, target_group=group)
        for column, bad in (("target_group", "Ordinary"), ("tenure", "eid"),
                            ("status", "occupied "), ("actual_use", "")):
            # ... and anything else is still refused
            with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"), con:
                _insert_dwelling(con, pid, **{column: bad})
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"), con:
            con.execute("UPDATE property SET owner_kind = 'kommunen' WHERE id = ?", (pid,))
    finally:
        con.close()


def test_sqlite_downgrade_restores_in_lists(tmp_path: Path, file_at_revision) -> None:
    path = tmp_path / "old.db"
    _file_at(file_at_revision, path, "0002")
    before = _table_sql(path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0003")
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0002")
    finally:
        engine.dispose()
    assert _table_sql(path) == before
    assert {"ix_change_log_changed_at", "ix_change_log_txn_id"} <= _indexes(path)


def test_sqlite_upgrade_refuses_unexpected_schema(tmp_path: Path, file_at_revision) -> None:
    """A file whose constraint text is not what 0001 wrote is left alone, not half-edited."""
    path = tmp_path / "odd.db"
    _file_at(file_at_revision, path, "0002")
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema = ON")
    version = con.execute("PRAGMA schema_version").fetchone()[0]
    con.execute("UPDATE sqlite_master SET sql = replace(sql, \"'youth', \", '') "
                "WHERE name = 'dwelling'")
    con.execute(f"PRAGMA schema_version = {version + 1}")
    con.commit()
    con.close()
    before = _table_sql(path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(RuntimeError, match="ck_dwelling_target_group"), \
                engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0003")
    finally:
        engine.dispose()
    assert _table_sql(path) == before


@pytest.mark.pg
def test_postgres_upgrade_rewrites_checks(pg_database: str) -> None:
    engine = make_engine(pg_database)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0002")
        upgrade_to_head(engine)
        with engine.connect() as conn:
            clauses = dict(conn.exec_driver_sql(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE contype = 'c' AND conname LIKE 'ck_dwelling_%%'").all())
            indexes = set(conn.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'change_log'").scalars())
        assert set(clauses) == {"ck_dwelling_target_group", "ck_dwelling_tenure",
                                "ck_dwelling_dwelling_status", "ck_dwelling_actual_use"}
        assert all("ANY" not in c and " OR " in c for c in clauses.values()), clauses
        assert "ix_change_log_txn_id" not in indexes and "ix_change_log_entity" in indexes
        with engine.begin() as conn:
            seed_reference_data(conn, "t")
            conn.exec_driver_sql(
                "INSERT INTO property (id, district_code, street_address, postcode, fnr, snr, "
                "owner_kind, created_at, updated_at, created_by, updated_by, version) VALUES "
                "('p1', '030101', 'Gate 1', '0190', 0, 0, 'private', now(), now(), 't', 't', 1)")
        with pytest.raises(sa.exc.IntegrityError, match="ck_property_owner_kind"), \
                engine.begin() as conn:
            conn.exec_driver_sql("UPDATE property SET owner_kind = 'kommunen'")
    finally:
        engine.dispose()
