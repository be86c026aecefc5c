"""Hostile conditions: each gives one clear message and loses nothing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from boligreg.cli import main
from boligreg.errors import BoligregError, DatabaseOpenError, StaleRecordError
from boligreg.models import Dwelling, Property, open_database
from boligreg.models.db import DatabaseMovedError, translate_db_error
from boligreg.services.register import save_changes


def _add_property(db, n: int = 1) -> list[str]:
    with db.session() as s:
        prop = Property(district_code="030101", street_address="Tøyengata 5", postcode="0190",
                        gnr=229, bnr=3, owner_kind="boligbygg")
        dws = [Dwelling(property=prop, unit_number=f"H01{i + 1:02d}", district_code="030101")
               for i in range(n)]
        s.add_all(dws)
        s.flush()
        return [d.id for d in dws]


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM dwelling").fetchone()[0]
    finally:
        con.close()


def test_directory_read_only(empty_db, db_path: Path, monkeypatch) -> None:
    empty_db.close()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == db_path.parent
                        and mode == os.W_OK else real(p, mode))
    with pytest.raises(DatabaseOpenError, match="Mappen .* er skrivebeskyttet"):
        open_database(db_path)


def test_disk_full_during_bulk_write(empty_db, db_path: Path) -> None:
    """SQLITE_FULL mid-transaction (page budget exhausted): friendly message, nothing written."""
    _add_property(empty_db, 2)
    used = {}

    @event.listens_for(empty_db.engine, "connect")
    def _limit(dbapi_conn, _rec):  # a size-limited file: no page beyond the current size + 2
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        used["pages"] = pages
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    empty_db.engine.dispose()  # new connections get the limit
    with pytest.raises(Exception) as err, empty_db.session() as s:
        prop = Property(district_code="030101", street_address="Tøyengata 7",
                        postcode="0190", gnr=229, bnr=4, owner_kind="boligbygg",
                        owner_name="x" * 2000)
        s.add_all([Dwelling(property=prop, unit_number=f"H{i // 99 + 1:02d}{i % 99 + 1:02d}",
                            district_code="030101", note="n" * 500) for i in range(2000)])
    friendly = translate_db_error(err.value)
    assert friendly is not None and "Disken er full" in friendly.nb
    assert _count(db_path) == 2


def test_locked_beyond_busy_timeout(empty_db, db_path: Path, monkeypatch) -> None:
    ids = _add_property(empty_db)
    empty_db.engine.dispose()

    @event.listens_for(empty_db.engine, "connect")
    def _short(dbapi_conn, _rec):
        dbapi_conn.execute("PRAGMA busy_timeout = 200")

    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(Exception) as err:
            save_changes(empty_db, Dwelling, ids[0], expected_version=1, changes={"rooms": 3})
        friendly = translate_db_error(err.value)
        assert friendly is not None and "låst" in friendly.nb
    finally:
        other.execute("ROLLBACK")
        other.close()
    # Nothing lost: once the lock is gone the same edit goes through.
    assert save_changes(empty_db, Dwelling, ids[0], expected_version=1,
                        changes={"rooms": 3}) == 2


def test_file_moved_while_open(empty_db, db_path: Path, tmp_path: Path) -> None:
    ids = _add_property(empty_db)
    moved = tmp_path / "moved.db"
    for suffix in ("", "-wal", "-shm"):
        if Path(str(db_path) + suffix).exists():
            os.rename(str(db_path) + suffix, str(moved) + suffix)
    with pytest.raises(DatabaseMovedError, match="flyttet, slettet"):
        save_changes(empty_db, Dwelling, ids[0], expected_version=1, changes={"rooms": 4})
    empty_db.close()
    # The file at its new place is intact and holds the state before the refused edit.
    db = open_database(moved)
    with db.session() as s:
        assert s.get(Dwelling, ids[0]).rooms is None
    db.close()


def test_file_deleted_while_open(empty_db, db_path: Path) -> None:
    ids = _add_property(empty_db)
    db_path.unlink()
    with pytest.raises(DatabaseMovedError):
        save_changes(empty_db, Dwelling, ids[0], expected_version=1, changes={"rooms": 4})


def test_file_replaced_while_open(empty_db, db_path: Path, tmp_path: Path) -> None:
    from boligreg.models import create_database

    ids = _add_property(empty_db)
    other = tmp_path / "other.db"
    create_database(other).close()
    os.replace(other, db_path)
    with pytest.raises(DatabaseMovedError):
        save_changes(empty_db, Dwelling, ids[0], expected_version=1, changes={"rooms": 4})


def test_two_instances_same_file_no_silent_overwrite(empty_db, db_path: Path) -> None:
    """Two app instances (two engines) edit one record: the second save is refused, not lost."""
    ids = _add_property(empty_db)
    second = open_database(db_path, user="other")
    try:
        save_changes(second, Dwelling, ids[0], expected_version=1, changes={"rooms": 2})
        with pytest.raises(StaleRecordError):
            save_changes(empty_db, Dwelling, ids[0], expected_version=1, changes={"rooms": 5})
        # Different records do not interfere.
        more = _add_property(second)
        assert save_changes(empty_db, Dwelling, more[0], expected_version=1,
                            changes={"rooms": 1}) == 2
    finally:
        second.close()


def test_cli_reports_locked_file_in_one_line(empty_db, db_path: Path, capsys,
                                             monkeypatch) -> None:
    empty_db.close()
    monkeypatch.setattr("boligreg.models.db.BUSY_TIMEOUT_MS", 100)
    locker = sqlite3.connect(db_path, isolation_level=None)
    locker.execute("PRAGMA journal_mode=DELETE")
    locker.execute("BEGIN EXCLUSIVE")
    try:
        assert main(["info", "--db", str(db_path)]) == 1
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    err = capsys.readouterr().err
    assert "låst" in err and len(err.strip().splitlines()) == 1


def test_translate_leaves_unknown_errors_alone() -> None:
    assert translate_db_error(ValueError("something else")) is None
    e = BoligregError("x")
    assert translate_db_error(e) is e
    wrapped = sa.exc.OperationalError("stmt", {}, sqlite3.OperationalError("database is locked"))
    assert "låst" in translate_db_error(wrapped).nb
