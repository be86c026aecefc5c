"""Backups, restore, integrity at open, encryption at rest."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.cli import main
from boligreg.errors import BoligregError, DatabaseOpenError
from boligreg.models import Dwelling, Property, create_database, open_database
from boligreg.models.backup import list_backup_files
from boligreg.models.crypto import NoKeyError, WrongKeyError
from boligreg.models.db import DatabaseDamagedError
from boligreg.services import backup as svc


def _add(db, n: int, street: str = "Sandakerveien 10") -> None:
    with db.session() as s:
        prop = Property(district_code="030103", street_address=street, postcode="0473",
                        gnr=75, bnr=10, owner_kind="boligbygg")
        for i in range(n):
            s.add(Dwelling(property=prop, unit_number=f"H01{i + 1:02d}", district_code="030103"))


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM dwelling").fetchone()[0]
    finally:
        con.close()


def test_backup_while_open_and_listing(empty_db, db_path: Path) -> None:
    _add(empty_db, 3)
    # The app still holds the file open (engine with a live connection in a transaction).
    with empty_db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
        out = svc.backup_now(db_path)
    assert out.exists() and _count(out) == 3
    listed = svc.list_backups(db_path)
    assert [b.path for b in listed] == [out]
    assert listed[0].ok and listed[0].counts == {"dwelling": 3, "property": 1, "agreement": 0}
    assert listed[0].reason == "manuell"


def test_backup_to_named_file_refuses_overwrite(empty_db, db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    svc.backup_now(db_path, target)
    assert open_database(target).is_demo is False
    with pytest.raises(BoligregError, match="finnes allerede"):
        svc.backup_now(db_path, target)


def test_daily_backup_once_per_day(empty_db, db_path: Path) -> None:
    assert svc.daily_backup(db_path) is not None
    assert svc.daily_backup(db_path) is None
    assert len(list_backup_files(db_path)) == 1


def test_retention_keeps_newest(empty_db, db_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BOLIGREG_BACKUP_KEEP", "3")
    made = [svc.backup_now(db_path) for _ in range(5)]
    assert list_backup_files(db_path) == sorted(made[-3:], reverse=True)


def test_restore_latest_keeps_current_as_backup(empty_db, db_path: Path) -> None:
    _add(empty_db, 2)
    svc.backup_now(db_path)
    _add(empty_db, 5, street="Sandakerveien 12")
    empty_db.close()
    assert _count(db_path) == 7
    svc.restore_backup(db_path)
    assert _count(db_path) == 2
    reasons = [b.reason for b in svc.list_backups(db_path)]
    assert "for-gjenoppretting" in reasons
    # The restore can itself be undone: the pre-restore copy holds the 7.
    pre = next(b for b in svc.list_backups(db_path) if b.reason == "for-gjenoppretting")
    assert pre.counts["dwelling"] == 7


def _corrupt(path: Path) -> None:
    """Overwrite a page in the middle of the file (not the header): a damaged B-tree."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='dwelling'").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xff" * page)


def test_damaged_file_refused_untouched_and_restorable(empty_db, db_path: Path) -> None:
    _add(empty_db, 40)
    svc.backup_now(db_path)
    empty_db.close()
    _corrupt(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseDamagedError) as err:
        open_database(db_path)
    assert "skadet" in err.value.nb and "restore" in err.value.nb
    assert db_path.read_bytes() == before
    assert main(["restore", "--db", str(db_path), "--latest"]) == 0
    db = open_database(db_path)
    with db.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(Dwelling)).scalar() == 40
    db.close()


def test_backup_before_migration(tmp_path: Path, monkeypatch) -> None:
    """Opening a file on an older schema backs it up before the migration touches it."""
    import boligreg.models.db as dbmod

    path = tmp_path / "old.db"
    create_database(path).close()
    seen: list[int] = []

    def fake_migrate(engine) -> None:  # records how many backups existed when it ran
        seen.append(len(list_backup_files(path)))

    monkeypatch.setattr(dbmod, "SCHEMA_HEAD", "9998")
    monkeypatch.setattr(dbmod, "KNOWN_REVISIONS", (*dbmod.KNOWN_REVISIONS, "9998"))
    monkeypatch.setattr(dbmod, "run_migrations", fake_migrate)
    db = open_database(path)
    db.close()
    assert seen == [1]
    assert [b.reason for b in svc.list_backups(path)] == ["for-oppgradering"]
    assert any("oppgradert" in n for n in db.notes)


# --- encryption -------------------------------------------------------------------------------

def test_encrypt_plain_file(empty_db, db_path: Path, memory_keyring) -> None:
    _add(empty_db, 4)
    svc.backup_now(db_path)  # a plain backup from before encryption
    empty_db.close()
    assert main(["encrypt", "--db", str(db_path)]) == 0
    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Sandakerveien" not in raw
    # No readable copy left in the backup folder either.
    for b in list_backup_files(db_path):
        assert b"Sandakerveien" not in b.read_bytes()
    db = open_database(db_path)  # key from the keyring
    assert db.is_encrypted
    with db.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(Dwelling)).scalar() == 4
    # Backups of an encrypted file stay encrypted and list with counts via the key.
    out = svc.backup_now(db_path)
    db.close()
    assert b"Sandakerveien" not in out.read_bytes()
    assert next(b for b in svc.list_backups(db_path) if b.path == out).counts["dwelling"] == 4


def test_wrong_key_and_missing_key(empty_db, db_path: Path, memory_keyring) -> None:
    empty_db.close()
    svc.encrypt_database(db_path)
    before = db_path.read_bytes()
    with pytest.raises(WrongKeyError, match="nøkkelen passer ikke"):
        open_database(db_path, key="0" * 64)
    memory_keyring.clear()
    with pytest.raises(NoKeyError, match="ingen nøkkel"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_create_encrypted_and_reopen(tmp_path: Path, memory_keyring) -> None:
    from boligreg.models import crypto

    path = tmp_path / "enc.db"
    key = crypto.new_key()
    db = create_database(path, key=key)
    _add(db, 2)
    db.close()
    crypto.store_key(path, key)
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


def test_encrypt_twice_refused(empty_db, db_path: Path, memory_keyring) -> None:
    empty_db.close()
    svc.encrypt_database(db_path)
    with pytest.raises(BoligregError, match="allerede kryptert"):
        svc.encrypt_database(db_path)


def test_not_a_database_vs_encrypted(tmp_path: Path, memory_keyring) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"x" * 100)
    with pytest.raises(DatabaseOpenError, match="ikke en SQLite-fil"):
        open_database(junk)


def test_backup_before_import(empty_db, db_path: Path, tmp_path: Path) -> None:
    from boligreg.services.importer.service import import_file

    csv = tmp_path / "boliger.csv"
    csv.write_text(
        "Bydel;Adresse;Postnr;Bruksenhetsnr;Eierform\n"
        "Sagene;Sandakerveien 10;0473;H0101;eid\n", encoding="utf-8")
    report = import_file(empty_db, csv)
    assert report.written
    backups = svc.list_backups(db_path)
    assert [b.reason for b in backups] == ["for-import"]
    assert backups[0].counts["dwelling"] == 0  # the state before the import
