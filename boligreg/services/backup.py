"""Backups, restore and encryption of database files (policy over ``models.backup``).

- ``backup_now``: a named copy anywhere (``boligreg backup --to``) or into the backup folder.
- ``daily_backup``: the app's first open of a file each day takes one.
- ``list_backups``: the backups of a file with their time and record counts (for the restore
  dialog and ``boligreg backups``).
- ``restore_backup``: checks the backup, saves the current file as one more backup, then
  copies the backup over the file in one step.
- ``encrypt_database``: turns a plain file into a SQLCipher one, key to the keyring.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import BoligregError, DatabaseOpenError, SchemaTooNewError
from ..models import crypto
from ..models.backup import (
    BACKUP_SUFFIX,
    backup_dir_for,
    backup_file,
    list_backup_files,
    take_backup,
)
from ..models.base import utcnow
from ..models.db import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    KNOWN_REVISIONS,
    SQLITE_HEADER,
    FileInspection,
    inspect_file,
)
from ..safefiles import (
    UnsafePathError,
    check_input,
    check_output,
    refuse_non_regular,
    remove_file,
    write_error,
)

COUNTED = ("dwelling", "property", "agreement")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, from the file name
    reason: str
    size_bytes: int
    counts: dict[str, int]  # live records per table; empty if the file could not be read
    ok: bool  # passed quick_check
    problem: str = ""


def _parse_name(path: Path) -> tuple[datetime, str]:
    stem = path.name[: -len(BACKUP_SUFFIX)]
    date_part, time_part, micro, *reason = stem.split("-")
    taken = datetime.strptime(f"{date_part}{time_part}{micro}", "%Y%m%d%H%M%S%f")
    return taken, "-".join(reason)


def describe_backup(path: Path, key: str | None = None) -> BackupInfo:
    """Time, reason, size, record counts and integrity of one backup file."""
    try:
        taken, reason = _parse_name(path)
    except ValueError:
        taken, reason = datetime.fromtimestamp(path.stat().st_mtime), "ukjent"
    counts: dict[str, int] = {}
    try:
        info = check_restorable(path, key)
        conn = crypto.open_raw(path, info.key, readonly=True)
        try:
            for table in COUNTED:
                counts[table] = conn.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"  # noqa: S608
                ).fetchone()[0]
        finally:
            conn.close()
        ok, problem = True, ""
    except BoligregError as exc:  # unusable backup: listed, marked, never offered as good
        ok, problem = False, exc.nb
    except Exception as exc:
        ok, problem = False, str(exc)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path, taken, reason, size, counts, ok, problem)


def check_restorable(path: Path, key: str | None) -> FileInspection:
    """Check a file exactly as opening a database does: a regular file, SQLite (or SQLCipher
    with ``key``), boligreg's application id (a foreign SQLite file with the same table names
    is refused), a schema this version knows, and intact (quick_check, foreign_key_check)."""
    refuse_non_regular(path, what="Sikkerhetskopien", what_en="The backup")
    info = inspect_file(path, key=key, check=True)
    if info.revision is not None and info.revision not in KNOWN_REVISIONS:
        raise SchemaTooNewError(
            f"«{path.name}» er laget av en nyere versjon av boligreg (skjema {info.revision}).",
            f"'{path.name}' was made by a newer version of boligreg (schema {info.revision}).",
        )
    return info


def list_backups(db_path: Path, key: str | None = None) -> list[BackupInfo]:
    """Backups of ``db_path``, newest first."""
    if key is None:
        key = crypto.get_key(db_path)
    return [describe_backup(p, key) for p in list_backup_files(db_path)]


def newest_good_backup(db_path: Path, key: str | None = None) -> BackupInfo | None:
    return next((b for b in list_backups(db_path, key) if b.ok), None)


def _key_for(db_path: Path) -> str | None:
    with db_path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
            return None
    key = crypto.get_key(db_path)
    if key is None:
        raise crypto.NoKeyError(db_path)
    return key


def backup_now(db_path: Path, to: Path | None = None, *, reason: str = "manuell") -> Path:
    """Back up a (possibly open) database. ``to``: a file of the user's choosing."""
    db_path = Path(db_path).expanduser()
    inspect_file(db_path, check=False)  # refuses what is not a boligreg file
    key = _key_for(db_path)
    if to is not None:
        to = Path(to).expanduser()
        if to.exists() or to.is_symlink():
            raise BoligregError(
                f"«{to}» finnes allerede; velg et nytt filnavn.",
                f"'{to}' already exists; choose a new file name.",
            )
        check_output(to, protect=[db_path])  # never a device, a side file, the backup folder
        return backup_file(db_path, to, key=key)
    return take_backup(db_path, reason=reason, key=key)


def daily_backup(db_path: Path, key: str | None = None) -> Path | None:
    """Take today's first-open backup unless today's (UTC) "daglig" backup exists."""
    today = utcnow().strftime("%Y%m%d")
    if any(p.name.startswith(today) and p.name.endswith("-daglig" + BACKUP_SUFFIX)
           for p in list_backup_files(db_path)):
        return None
    return take_backup(db_path, reason="daglig", key=key)


def restore_backup(db_path: Path, backup: Path | None = None) -> Path:
    """Replace ``db_path`` by ``backup`` (default: the newest good one). Returns the backup
    used. The backup is checked exactly as opening a database checks a file; the target's
    write lock is taken first (``BEGIN IMMEDIATE``), so a program writing to it makes the
    restore wait (busy timeout) and then refuse, never interleave. The current file, damaged
    or not, is kept as a backup named "for-gjenoppretting" (or, if unreadable, copied as it
    is) so a restore can itself be undone."""
    db_path = Path(db_path).expanduser()
    refuse_non_regular(db_path, what="Databasen", what_en="The database")
    key = crypto.get_key(db_path)
    if backup is None:
        best = newest_good_backup(db_path, key)
        if best is None:
            raise BoligregError(
                f"Fant ingen brukbar sikkerhetskopi av «{db_path.name}».",
                f"No usable backup of '{db_path.name}' was found.",
            )
        backup = best.path
    backup = check_input(backup, what="Sikkerhetskopien", what_en="The backup")
    if db_path.exists() and os.path.samefile(backup, db_path):
        raise UnsafePathError(
            f"«{backup}» er selve databasen, ikke en sikkerhetskopi av den.",
            f"'{backup}' is the database itself, not a backup of it.",
        )
    try:
        check_restorable(backup, key)
    except BoligregError as exc:
        raise UnsafePathError(
            f"Sikkerhetskopien «{backup.name}» kan ikke gjenopprettes: {exc.nb} "
            "Databasen er ikke endret.",
            f"The backup '{backup.name}' cannot be restored: {exc.en} "
            "The database was not changed.",
        ) from exc
    with _write_lock(db_path, key):
        if db_path.exists():
            keep = backup_dir_for(db_path) / (
                utcnow().strftime("%Y%m%d-%H%M%S-%f") + "-for-gjenoppretting" + BACKUP_SUFFIX
            )
            try:
                backup_file(db_path, keep, key=key)
            except Exception:  # a damaged file cannot go through the backup API: keep bytes
                keep.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(db_path, keep.with_suffix(".skadet"))
        # Copy beside the target, then one atomic rename; stale WAL/SHM of the old file must
        # go first or SQLite would replay them onto the restored pages.
        tmp = db_path.with_name(db_path.name + ".restoring")
        remove_file(tmp)
        try:
            shutil.copyfile(backup, tmp)
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
            for suffix in ("-wal", "-shm"):
                remove_file(str(db_path) + suffix)
            os.replace(tmp, db_path)
        except OSError as exc:
            raise write_error(db_path, exc) from exc
        finally:
            remove_file(tmp)
    return Path(backup)


@contextmanager
def _write_lock(db_path: Path, key: str | None) -> Iterator[None]:
    """Hold ``db_path``'s write lock (``BEGIN IMMEDIATE``, waiting the busy timeout). A file
    SQLite cannot read at all (damaged, not a database) has no writer to wait for."""
    if not db_path.exists():
        yield
        return
    try:
        conn = crypto.open_raw(db_path, key, readonly=False)
    except Exception:
        yield
        return
    try:
        conn.isolation_level = None
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except Exception as exc:
            text = str(exc).lower()
            if "locked" in text or "busy" in text:
                raise BoligregError(
                    f"«{db_path.name}» er låst av et annet program som skriver til den (ventet "
                    f"{BUSY_TIMEOUT_MS // 1000} sekunder). Ingenting er gjenopprettet; lukk "
                    "programmet og prøv igjen.",
                    f"'{db_path.name}' is locked by another program writing to it (waited "
                    f"{BUSY_TIMEOUT_MS // 1000} seconds). Nothing was restored; close that "
                    "program and try again.",
                ) from None
            conn.close()
            conn = None
        yield
    finally:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            conn.close()


def encrypt_database(db_path: Path, *, key: str | None = None) -> str:
    """Convert a plain boligreg file to SQLCipher in place; the key goes to the keyring.

    ``BOLIGREG_DB_KEY``, when set, is the key (opening reads it first, so any other key would
    lock the file out) and is never stored. Without it the keyring must be there before any
    work starts. The plain file is replaced (atomically) only after the encrypted copy has
    been verified by reading it with the key; a failure leaves no ``.encrypting`` copy. Its
    existing plain backups are encrypted too, so no readable copy of the register stays
    behind in the backup folder.
    """
    db_path = Path(db_path).expanduser()
    refuse_non_regular(db_path, what="Databasen", what_en="The database")
    info = inspect_file(db_path)
    if info.key is not None:
        raise BoligregError(
            f"«{db_path.name}» er allerede kryptert.", f"'{db_path.name}' is already encrypted."
        )
    if not crypto.sqlcipher_available():
        raise BoligregError(
            "SQLCipher (pakken sqlcipher3) er ikke installert.",
            "SQLCipher (package sqlcipher3) is not installed.",
        )
    key = key or os.environ.get(crypto.ENV_KEY) or None
    if key != os.environ.get(crypto.ENV_KEY) and not crypto.keyring_available():
        raise crypto.KeyringUnavailableError()  # before a byte is written
    key = key or crypto.new_key()
    tmp = _encrypted_copy(db_path, key)
    try:
        crypto.store_key(db_path, key)
        for suffix in ("-wal", "-shm"):
            remove_file(str(db_path) + suffix)
        os.replace(tmp, db_path)
    finally:
        remove_file(tmp)
    for old in list_backup_files(db_path):
        with old.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                continue
        os.replace(_encrypted_copy(old, key), old)
    return key


def key_is_from_environment(key: str) -> bool:
    return bool(key) and os.environ.get(crypto.ENV_KEY) == key


def _encrypted_copy(plain: Path, key: str) -> Path:
    """An encrypted, verified copy of ``plain`` beside it (``.encrypting``); nothing is left
    behind if making or checking it fails."""
    import sqlcipher3  # lazy: only for an encrypted backup (≈ 45 ms)

    tmp = plain.with_name(plain.name + ".encrypting")
    remove_file(tmp)
    try:
        src = sqlcipher3.connect(str(plain), timeout=5)  # no key: reads the plain file
        try:
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            src.execute("ATTACH DATABASE ? AS enc KEY ?", (str(tmp), key))
            src.execute("SELECT sqlcipher_export('enc')")
            src.execute(f"PRAGMA enc.application_id = {APPLICATION_ID}")
            src.execute("DETACH DATABASE enc")
        finally:
            src.close()
        check = crypto.open_raw(tmp, key, readonly=True)
        try:
            if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DatabaseOpenError(
                    "Den krypterte kopien feilet kontrollen; originalen er urørt.",
                    "The encrypted copy failed its check; the original is untouched.",
                )
        finally:
            check.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        remove_file(tmp)
        raise
    return tmp
