"""Storage: creating, opening and refusing files; connection settings; migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.errors import DatabaseOpenError, SchemaTooNewError, StaleRecordError
from boligreg.models import (
    Base,
    ChangeLog,
    District,
    DistrictPopulation,
    Dwelling,
    Property,
    create_database,
    open_database,
)
from boligreg.models.db import APPLICATION_ID, SCHEMA_HEAD
from boligreg.models.migrate import script_head


def _digest(path: Path) -> bytes:
    return path.read_bytes()


def test_create_seeds_all_districts_and_population(empty_db) -> None:
    with empty_db.engine.connect() as conn:
        codes = conn.execute(sa.select(District.code).order_by(District.code)).scalars().all()
        pops = conn.execute(sa.select(sa.func.count()).select_from(DistrictPopulation)).scalar()
        gamle = conn.execute(
            sa.select(DistrictPopulation.population).where(
                DistrictPopulation.district_code == "030101", DistrictPopulation.year == 2026
            )
        ).scalar_one()
    assert codes == [f"0301{n:02d}" for n in range(1, 18)]
    assert pops > 15 * 20  # 2005-2026 for every bydel
    # Same figure as the shared reference file (SSB), read independently.
    shared = Path(__file__).resolve().parents[2] / "resources" / "bydeler.csv"
    line = next(r for r in shared.read_text(encoding="utf-8").splitlines()
                if r.startswith("01,030101"))
    assert gamle == int(line.split(",")[9])


def test_connection_pragmas(empty_db) -> None:
    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID


def test_transaction_is_real(empty_db, db_path: Path) -> None:
    """The deferred-BEGIN fix: a write inside a transaction is invisible to others until
    commit, and a rollback leaves nothing."""
    with empty_db.engine.connect() as conn:
        tx = conn.begin()
        conn.execute(sa.update(District.__table__).values(name="X").where(
            District.code == "030101"))
        other = sqlite3.connect(db_path)
        assert other.execute("SELECT name FROM district WHERE code='030101'").fetchone()[0] \
            == "Gamle Oslo"
        other.close()
        tx.rollback()
    with empty_db.engine.connect() as conn:
        assert conn.execute(sa.select(District.name).where(District.code == "030101")) \
            .scalar() == "Gamle Oslo"


def test_foreign_keys_enforced(empty_db) -> None:
    with pytest.raises(sa.exc.IntegrityError), empty_db.session() as s:
        s.add(Property(district_code="039999", street_address="Nowhere 1", postcode="0550",
                       owner_kind="boligbygg"))


def test_migrations_match_models(tmp_path: Path) -> None:
    """The Alembic scripts build exactly the schema the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = create_database(tmp_path / "m.db")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert diff == []
    assert script_head() == SCHEMA_HEAD


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "tom fil"),
        (b"hello, this is a text file\n", "ikke en SQLite-fil"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "kan ikke leses"),
    ],
)
def test_refuses_non_databases_untouched(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError) as err:
        open_database(path)
    assert expected in err.value.nb
    assert path.read_bytes() == content
    assert not Path(str(path) + "-wal").exists()


def test_refuses_other_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="ikke en boligreg-database"):
        open_database(path)
    assert _digest(path) == before


def test_refuses_newer_schema(empty_db, db_path: Path) -> None:
    empty_db.close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _digest(db_path)
    with pytest.raises(SchemaTooNewError, match="nyere versjon"):
        open_database(db_path)
    assert _digest(db_path) == before


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="root ignores file permissions")
def test_refuses_read_only_file(empty_db, db_path: Path) -> None:
    empty_db.close()
    db_path.chmod(stat.S_IRUSR)
    with pytest.raises(DatabaseOpenError, match="skrivebeskyttet"):
        open_database(db_path)


def test_read_only_check_uses_access(empty_db, db_path: Path, monkeypatch) -> None:
    """Root ignores permissions, so also prove the check itself with a faked os.access."""
    empty_db.close()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == db_path and
                        mode == os.W_OK else real(p, mode))
    with pytest.raises(DatabaseOpenError, match="skrivebeskyttet"):
        open_database(db_path)


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nope.db"
    with pytest.raises(DatabaseOpenError, match="finnes ikke"):
        open_database(path)
    assert not path.exists()


def test_create_refuses_existing_file(empty_db, db_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="finnes allerede"):
        create_database(db_path)


def test_locked_file_gives_clear_message(empty_db, db_path: Path, monkeypatch) -> None:
    empty_db.close()
    monkeypatch.setattr("boligreg.models.db.BUSY_TIMEOUT_MS", 100)
    locker = sqlite3.connect(db_path, isolation_level=None)
    locker.execute("PRAGMA journal_mode=DELETE")
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseOpenError, match="låst"):
            open_database(db_path)
    finally:
        locker.execute("ROLLBACK")
        locker.close()


def test_network_drive_refused(empty_db, db_path: Path, monkeypatch) -> None:
    empty_db.close()
    monkeypatch.setattr("boligreg.models.db._is_network_path", lambda p: True)
    with pytest.raises(DatabaseOpenError, match="nettverksdisk"):
        open_database(db_path)


def _add_dwelling(session) -> Dwelling:
    prop = Property(district_code="030102", street_address="Thorvald Meyers gate 12",
                    postcode="0555", gnr=227, bnr=41, owner_kind="boligbygg")
    dw = Dwelling(property=prop, unit_number="H0201", district_code="030102", area_m2=48.0,
                  rooms=2)
    session.add_all([prop, dw])
    return dw


def test_change_log_written_automatically(empty_db) -> None:
    empty_db.session_factory.kw["info"]["user"] = "kari"
    with empty_db.session() as s:
        dw = _add_dwelling(s)
    with empty_db.session() as s:
        d = s.get(Dwelling, dw.id)
        d.rooms = 3
        d.area_m2 = 55.5
    with empty_db.session() as s:
        rows = s.execute(
            sa.select(ChangeLog).where(ChangeLog.entity_id == dw.id).order_by(ChangeLog.field)
        ).scalars().all()
        stored = s.get(Dwelling, dw.id)
    assert [r.action for r in rows] == ["insert", "update", "update"]
    updates = {r.field: (r.old_value, r.new_value) for r in rows if r.action == "update"}
    assert updates == {"rooms": ("2", "3"), "area_m2": ("48.0", "55.5")}
    assert all(r.changed_by == "kari" for r in rows)
    assert stored.version == 2 and stored.updated_by == "kari"


def test_change_log_rolls_back_with_the_change(empty_db) -> None:
    with pytest.raises(RuntimeError), empty_db.session() as s:
        _add_dwelling(s)
        s.flush()
        raise RuntimeError("boom")
    with empty_db.engine.connect() as conn:
        n = conn.execute(sa.select(sa.func.count()).select_from(ChangeLog)
                         .where(ChangeLog.entity_type == "dwelling")).scalar()
    assert n == 0


def test_stale_update_is_refused(empty_db) -> None:
    from boligreg.services.register import save_changes

    with empty_db.session() as s:
        dw = _add_dwelling(s)
    # Two officers read version 1; the first saves, the second must be refused.
    save_changes(empty_db, Dwelling, dw.id, expected_version=1, changes={"rooms": 4})
    with pytest.raises(StaleRecordError) as err:
        save_changes(empty_db, Dwelling, dw.id, expected_version=1, changes={"rooms": 5})
    assert err.value.expected == 1 and err.value.actual == 2
    with empty_db.session() as s:
        assert s.get(Dwelling, dw.id).rooms == 4


def test_soft_delete_logged(empty_db) -> None:
    from boligreg.services.register import restore, soft_delete

    with empty_db.session() as s:
        dw = _add_dwelling(s)
    soft_delete(empty_db, Dwelling, dw.id, expected_version=1)
    restore(empty_db, Dwelling, dw.id, expected_version=2)
    with empty_db.engine.connect() as conn:
        actions = conn.execute(
            sa.select(ChangeLog.action).where(ChangeLog.entity_id == dw.id)
            .order_by(ChangeLog.version)
        ).scalars().all()
    assert actions == ["insert", "delete", "restore"]
