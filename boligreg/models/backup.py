"""Copies of a database file through SQLite's online backup API.

The backup API copies a consistent snapshot page by page while other connections (the open
app) keep working. An encrypted file is copied through SQLCipher with the same key, so its
backups stay encrypted. Policy (when, how many to keep, listing) is in services/backup.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from pathlib import Path

from ..models.base import utcnow
from ..paths import data_dir
from ..safefiles import remove_file
from .crypto import open_raw


def backup_file(src: Path, dst: Path, *, key: str | None = None) -> Path:
    """Copy ``src`` to ``dst`` (a new file) consistently; returns ``dst``."""
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + PARTIAL_SUFFIX)
    tmp.unlink(missing_ok=True)
    try:
        source = open_raw(src, key, readonly=True)
        try:
            target = open_raw(tmp, key, readonly=False)
            try:
                source.backup(target, pages=1024)
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                ok = target.execute("PRAGMA quick_check").fetchone()[0]
                if ok != "ok":
                    raise OSError(f"backup failed its integrity check: {ok}")
            finally:
                target.close()
        finally:
            source.close()
        # Rename only a complete copy: a crash mid-backup never leaves a half file with a
        # good name.
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dst)
    except BaseException:
        # A failed copy (full disk, locked or damaged source) leaves nothing behind; a
        # crash's leftover is removed by ``prune``.
        for side in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(OSError):
                remove_file(side)
        raise
    return dst


# --- where backups live and how many are kept ------------------------------------------------

BACKUP_SUFFIX = ".bak.db"
PARTIAL_SUFFIX = ".partial"
DEFAULT_KEEP = 20
# A .partial older than this is a crashed backup's leftover, not one being written now.
STALE_PARTIAL_SECONDS = 3600


def backup_dir_for(db_path: Path) -> Path:
    """``<data dir>/backups/<file stem>-<hash of its full path>/``: one folder per database,
    outside the database's own folder (which may be read-only, or on the same failing disk)."""
    resolved = str(Path(db_path).expanduser().resolve())
    # os.fsencode: a file name of undecodable bytes (surrogate escapes) hashes too.
    digest = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:10]
    return data_dir() / "backups" / f"{Path(db_path).stem}-{digest}"


def list_backup_files(db_path: Path) -> list[Path]:
    """This database's backups, newest first (names sort by time)."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*" + BACKUP_SUFFIX), reverse=True)


def take_backup(
    db_path: Path, *, reason: str, key: str | None = None, keep: int | None = None
) -> Path:
    """Back up ``db_path`` into its backup folder and prune to the newest ``keep``."""
    stamp = utcnow().strftime("%Y%m%d-%H%M%S-%f")
    dst = backup_dir_for(db_path) / f"{stamp}-{reason}{BACKUP_SUFFIX}"
    backup_file(Path(db_path), dst, key=key)
    prune(db_path, keep if keep is not None else keep_setting())
    return dst


def keep_setting() -> int:
    """How many backups to keep: ``BOLIGREG_BACKUP_KEEP`` or the default."""
    try:
        return max(1, int(os.environ.get("BOLIGREG_BACKUP_KEEP", DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP


def prune(db_path: Path, keep: int) -> list[Path]:
    """Keep the newest ``keep`` backups; remove older ones and stale ``.partial`` leftovers."""
    removed = []
    for old in list_backup_files(db_path)[keep:]:
        if remove_file(old):  # regular files only: never a device or FIFO put there
            removed.append(old)
    folder = backup_dir_for(db_path)
    if folder.is_dir():
        cutoff = time.time() - STALE_PARTIAL_SECONDS
        for leftover in folder.glob("*" + PARTIAL_SUFFIX + "*"):
            try:
                if leftover.is_file() and leftover.stat().st_mtime < cutoff \
                        and remove_file(leftover):
                    removed.append(leftover)
            except OSError:
                continue
    return removed
