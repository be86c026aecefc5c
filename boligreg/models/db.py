"""Engines, sessions, and opening a database file safely.

SQLite is the embedded default: one file, WAL, ``synchronous=FULL`` (a committed edit survives a
power cut), foreign keys and a busy timeout on every connection, and the sqlite3 driver's
deferred BEGIN replaced by a real one (SQLAlchemy's documented recipe) so a transaction is a
transaction. The same models run on PostgreSQL.

``open_database`` looks at a file read-only before anything writes to it: an empty file, a
file that is not SQLite, a SQLite file of another program, a newer schema, a locked or
read-only file and a network drive each give one clear message and leave the file untouched.
"""

from __future__ import annotations

import ctypes
import os
import sqlite3
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from .. import __version__
from ..errors import BoligregError, DatabaseOpenError, SchemaTooNewError
from ..resources import POPULATION_SOURCE, districts, population_by_district, units
from ..safefiles import file_identity, refuse_non_regular, remove_created
from . import crypto
from .backup import take_backup
from .base import Base, new_id, utcnow
from .changelog import BoligregSession, default_user, log_inserts
from .crypto import encrypted_url
from .entities import AppMeta, District, DistrictPopulation, Unit, unit_id
from .sync import SYNC_OUTBOX_VIEW_SQL

# "Bolg": written to SQLite's header (PRAGMA application_id) so a boligreg file is recognisable.
APPLICATION_ID = 0x426F6C67
# The newest Alembic revision this code knows; a test keeps it equal to the scripts' head.
SCHEMA_HEAD = "0008"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "afs", "davfs", "ncpfs"}


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _sqlite_on_begin): pysqlite's own is deferred/lazy.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


# Execution option that marks a write job: its transaction begins with BEGIN IMMEDIATE.
WRITE_OPTION = "boligreg_write"


def _sqlite_on_begin(conn: sa.Connection) -> None:
    # A write job takes the write lock at BEGIN. A deferred transaction that has read and
    # then meets another writer gets SQLITE_BUSY at once, without the busy handler, so the
    # busy timeout (and the "waited 5 seconds" message) would not be true. Reads stay
    # deferred: in WAL they never wait for a writer.
    immediate = conn.get_execution_options().get(WRITE_OPTION)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _write_begin(engine: sa.Engine) -> Any:
    """``engine.begin()`` for write jobs: the same context manager, BEGIN IMMEDIATE."""

    @contextmanager
    def begin() -> Iterator[sa.Connection]:
        with engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                yield conn

    return begin


def make_engine(url: str | sa.URL, **kwargs: Any) -> sa.Engine:
    """An engine for ``url`` with boligreg's connection settings (SQLite pragmas, etc.).

    On SQLite ``engine.begin()`` (every Core write job) and the sessions of
    ``make_session_factory`` begin with BEGIN IMMEDIATE; ``engine.connect()`` reads do not.
    """
    engine = sa.create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        engine.begin = _write_begin(engine)  # type: ignore[method-assign]
    return engine


class DatabaseMovedError(BoligregError):
    """The file was deleted, moved or replaced while open; the change was not saved."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Databasefilen «{path}» er flyttet, slettet eller erstattet mens den var åpen. "
            "Endringen er ikke lagret; åpne filen på nytt der den nå ligger.",
            f"The database file '{path}' was moved, deleted or replaced while open. The change "
            "was not saved; open the file again where it now is.",
        )


class IntegrityGate:
    """A postponed ``quick_check`` + ``foreign_key_check`` of an open file.

    ``run()`` may be called from any thread (the window runs it in the background right after
    painting); ``before_commit`` makes the first commit wait for it, and refuses every commit
    of a damaged file.
    """

    def __init__(self, path: Path, key: str | None) -> None:
        self.path, self.key = path, key
        self.state = "pending"  # pending | ok | damaged
        self.error: DatabaseDamagedError | None = None
        self._lock = threading.Lock()

    def run(self) -> str:
        with self._lock:
            if self.state == "pending":
                try:
                    inspect_file(self.path, key=self.key, check=True)
                    self.state = "ok"
                except DatabaseDamagedError as exc:
                    self.state, self.error = "damaged", exc
        return self.state

    def before_commit(self, _conn: sa.Connection) -> None:
        if self.run() == "damaged":
            assert self.error is not None
            raise self.error


def guard_file(engine: sa.Engine, path: Path) -> None:
    """Refuse every commit once ``path`` is no longer the file that was opened.

    On POSIX an open file that is deleted or renamed keeps accepting writes into an inode
    nobody will find again; without this check those edits would be silently lost.
    """
    st = path.stat()
    identity = (st.st_dev, st.st_ino)

    def _check(_conn: sa.Connection) -> None:
        try:
            now = path.stat()
        except OSError:
            raise DatabaseMovedError(path) from None
        if (now.st_dev, now.st_ino) != identity:
            raise DatabaseMovedError(path)

    event.listen(engine, "commit", _check)


# PostgreSQL: lock timeout, statement timeout, idle-in-transaction timeout, deadlock.
PG_BUSY_SQLSTATES = frozenset({"55P03", "57014", "25P03", "40P01"})


def translate_db_error(exc: BaseException) -> BoligregError | None:
    """A person's message for the storage errors people meet (full disk, lock, read-only)."""
    if isinstance(exc, BoligregError):
        return exc
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BoligregError):
        return orig
    if getattr(orig, "sqlstate", None) in PG_BUSY_SQLSTATES:  # the central's lock timeouts
        return BoligregError(
            "Sentraldatabasen er opptatt: en annen bruker skriver nå. Ingenting er lagret; "
            "prøv igjen om litt.",
            "The central database is busy: another user is writing. Nothing was saved; try "
            "again shortly.",
        )
    text = str(orig if orig is not None else exc).lower()
    table = (
        ("database or disk is full", "Disken er full. Ingenting av endringen er lagret; frigjør "
         "plass og prøv igjen.", "The disk is full. Nothing of the change was saved; free "
         "some space and try again."),
        ("database is locked", "Databasen er låst av et annet program lenger enn "
         f"{BUSY_TIMEOUT_MS // 1000} sekunder. Ingenting er lagret; prøv igjen.",
         f"The database is locked by another program for more than {BUSY_TIMEOUT_MS // 1000} "
         "seconds. Nothing was saved; try again."),
        ("readonly database", "Databasen er skrivebeskyttet. Ingenting er lagret.",
         "The database is read-only. Nothing was saved."),
        ("unable to open database file", "Databasefilen kan ikke åpnes (flyttet, slettet eller "
         "mappen er skrivebeskyttet). Ingenting er lagret.", "The database file cannot be "
         "opened (moved, deleted, or its folder is read-only). Nothing was saved."),
        ("disk i/o error", "Lese-/skrivefeil på disken. Ingenting er lagret.",
         "Disk I/O error. Nothing was saved."),
        ("malformed", "Databasefilen er skadet. Gjenopprett fra sikkerhetskopi.",
         "The database file is damaged. Restore from a backup."),
    )
    for needle, nb, en in table:
        if needle in text:
            return BoligregError(nb, en)
    return None


def make_session_factory(engine: sa.Engine, user: str | None = None) -> sessionmaker[Session]:
    """Sessions that stamp records and write the change log. Never share one across threads."""
    return sessionmaker(
        bind=engine.execution_options(**{WRITE_OPTION: True}),  # sessions are write jobs
        class_=BoligregSession,
        expire_on_commit=False,
        info={"user": user or default_user()},
    )


def sqlite_url(path: str | os.PathLike[str]) -> sa.URL:
    return sa.URL.create("sqlite+pysqlite", database=str(Path(path)))


@dataclass
class Database:
    """An open boligreg database: engine, session factory and where it lives."""

    url: sa.URL
    engine: sa.Engine
    session_factory: sessionmaker[Session]
    path: Path | None = None  # None for a server database
    notes: list[str] = field(default_factory=list)  # e.g. "upgraded from 0000"
    key: str | None = None  # SQLCipher key of an encrypted file (backups reuse it)
    integrity: IntegrityGate | None = None  # set when the check at open was postponed
    _demo: bool | None = field(default=None, repr=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short session; commits on success, rolls back on error."""
        with self.session_factory() as session, session.begin():
            yield session

    @property
    def is_encrypted(self) -> bool:
        return self.key is not None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def meta(self, key: str, default: str | None = None) -> str | None:
        with self.engine.connect() as conn:
            value = conn.execute(
                sa.select(AppMeta.value).where(AppMeta.key == key)
            ).scalar_one_or_none()
        return default if value is None else value

    @property
    def is_demo(self) -> bool:
        # Asked by every window part; read once (the flag is set when the file is built).
        if self._demo is None:
            self._demo = self.meta("demo") == "1"
        return self._demo

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def set_meta(conn: sa.Connection, key: str, value: str) -> None:
    table = AppMeta.__table__
    if conn.execute(sa.select(table.c.key).where(table.c.key == key)).first():
        conn.execute(table.update().where(table.c.key == key).values(value=value))
    else:
        conn.execute(table.insert().values(key=key, value=value))


def _is_network_path(path: Path) -> bool:
    """True if ``path`` lies on a network share (SQLite's WAL needs local shared memory)."""
    if sys.platform == "win32":
        text = str(path)
        if text.startswith("\\\\"):
            return True
        try:
            root = os.path.splitdrive(text)[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(root) == 4  # DRIVE_REMOTE
        except Exception:
            return False
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    best, fstype = "", ""
    resolved = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1]
        inside = resolved == mount or resolved.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > len(best):
            best, fstype = mount, parts[2]
    return fstype in NETWORK_FS


@dataclass
class FileInspection:
    application_id: int
    revision: str | None
    tables: set[str]
    key: str | None = None  # the SQLCipher key that opened it; None for a plain file


class DatabaseDamagedError(DatabaseOpenError):
    """The file failed SQLite's integrity check; it is never written to."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"«{path.name}» er skadet (integritetskontrollen feilet: {detail}). Filen er ikke "
            "endret. Gjenopprett fra nyeste sikkerhetskopi: "
            f"boligreg restore --db \"{path}\" --latest",
            f"'{path.name}' is damaged (integrity check failed: {detail}). The file was not "
            f"changed. Restore the newest backup: boligreg restore --db \"{path}\" --latest",
        )
        self.path = path
        self.detail = detail


def _refuse_special(path: Path) -> None:
    """A database is a regular file: a folder, FIFO (whose open would block forever), device
    or socket is refused before anything opens it."""
    try:
        st = path.stat()
    except OSError:
        return  # missing or unreadable: the caller's own message follows
    if stat.S_ISDIR(st.st_mode):
        raise DatabaseOpenError(
            f"«{path}» er en mappe, ikke en databasefil.", f"'{path}' is a folder, not a file."
        )
    if not stat.S_ISREG(st.st_mode):
        try:
            refuse_non_regular(path, what="Databasen", what_en="The database")
        except BoligregError as exc:
            raise DatabaseOpenError(exc.nb, exc.en) from None


def _read_header(path: Path) -> bytes:
    name = path.name
    _refuse_special(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseOpenError(
            f"Har ikke lesetilgang til «{path}».", f"No permission to read '{path}'."
        ) from exc
    except OSError as exc:
        raise DatabaseOpenError(
            f"Kan ikke lese «{path}»: {exc.strerror}.", f"Cannot read '{path}': {exc.strerror}."
        ) from exc
    if not header:
        raise DatabaseOpenError(
            f"«{name}» er en tom fil, ikke en boligreg-database. Filen er ikke endret.",
            f"'{name}' is an empty file, not a boligreg database. The file was not changed.",
        )
    return header


def inspect_file(path: Path, *, key: str | None = None, check: bool = True) -> FileInspection:
    """Look at an existing file read-only. Raises DatabaseOpenError with the reason.

    A file without SQLite's plain header may be SQLCipher-encrypted: it is read with ``key``
    (or the keyring's key for it). ``check`` runs ``quick_check`` and ``foreign_key_check``.
    """
    name = path.name
    header = _read_header(path)
    if header == SQLITE_HEADER:
        key = None
    else:
        key = key or crypto.get_key(path)
        if key is None or not crypto.sqlcipher_available():
            if len(header) < len(SQLITE_HEADER) or path.stat().st_size % 512:
                raise DatabaseOpenError(
                    f"«{name}» er ikke en boligreg-database (ikke en SQLite-fil). "
                    "Filen er ikke endret.",
                    f"'{name}' is not a boligreg database (not an SQLite file). "
                    "The file was not changed.",
                )
            raise crypto.NoKeyError(path)
    try:
        conn = crypto.open_raw(path, key, readonly=True)
        try:
            try:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            except Exception as exc:  # sqlcipher3 has its own exception classes
                if key is not None and "not a database" in str(exc):
                    raise crypto.WrongKeyError(path) from exc
                raise
            tables = {r[0] for r in rows}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if check and app_id == APPLICATION_ID:
                problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
                if problems != ["ok"]:
                    raise DatabaseDamagedError(path, "; ".join(problems[:3]))
                orphan = conn.execute("PRAGMA foreign_key_check").fetchone()
                if orphan is not None:
                    raise DatabaseDamagedError(
                        path, f"brutt referanse i tabellen {orphan[0]} (rad {orphan[1]})"
                    )
        finally:
            conn.close()
    except DatabaseOpenError:
        raise
    except Exception as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseOpenError(
                f"«{name}» er låst av et annet program. Prøv igjen når det er lukket.",
                f"'{name}' is locked by another program. Try again when it has closed.",
            ) from exc
        if "malformed" in text or "corrupt" in text:
            raise DatabaseDamagedError(path, str(exc)) from exc
        raise DatabaseOpenError(
            f"«{name}» kan ikke leses som database ({exc}). Filen er ikke endret.",
            f"'{name}' cannot be read as a database ({exc}). The file was not changed.",
        ) from exc
    if app_id != APPLICATION_ID:
        raise DatabaseOpenError(
            f"«{name}» er en SQLite-database, men ikke en boligreg-database. Filen er ikke endret.",
            f"'{name}' is an SQLite database but not a boligreg database. "
            "The file was not changed.",
        )
    return FileInspection(app_id, revision, tables, key)


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise DatabaseOpenError(
            f"«{path.name}» er skrivebeskyttet. Åpne en kopi, eller be om skrivetilgang.",
            f"'{path.name}' is read-only. Open a copy, or ask for write access.",
        )
    if not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError(
            f"Mappen «{path.parent}» er skrivebeskyttet; databasen trenger å skrive "
            "journalfiler ved siden av seg.",
            f"The folder '{path.parent}' is read-only; the database needs to write its "
            "journal files beside it.",
        )


def _check_local(path: Path) -> None:
    if _is_network_path(path):
        raise DatabaseOpenError(
            f"«{path}» ligger på en nettverksdisk. SQLite-databaser må ligge på lokal disk; "
            "bruk den sentrale databasen for felles arbeid.",
            f"'{path}' is on a network drive. SQLite databases must be on a local disk; "
            "use the central database for shared work.",
        )


def run_migrations(engine: sa.Engine) -> None:
    """Bring the schema to the newest revision (Alembic; batch mode on SQLite)."""
    from .migrate import upgrade_to_head  # lazy: Alembic ≈ 0.6 s, only when migrating

    upgrade_to_head(engine)


# The seeded units carry the same stamps in every file and on the central (migration 0004
# writes the same): equal rows, so the first sync finds nothing to send or fetch.
UNIT_STAMP = {"created_at": datetime(2026, 12, 1), "updated_at": datetime(2026, 12, 1),
              "created_by": "boligreg", "updated_by": "boligreg", "version": 1,
              "deleted_at": None}


def seed_reference_data(conn: sa.Connection, user: str) -> None:
    """Districts, their population (resources/, SSB) and the units into a fresh database."""
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user,
             "version": 1, "deleted_at": None}
    drows = [
        {"id": new_id(), "code": d.code, "number": d.number, "name": d.name,
         "official_name": d.official_name, "area_km2": d.area_km2,
         "has_dwellings": d.has_dwellings, **stamp}
        for d in districts()
    ]
    conn.execute(sa.insert(District.__table__), drows)
    codes = {d["code"] for d in drows}
    prows = [
        {"id": new_id(), "district_code": code, "year": year, "population": pop,
         "source": POPULATION_SOURCE, **stamp}
        for (code, year), pop in sorted(population_by_district().items())
        if code in codes
    ]
    conn.execute(sa.insert(DistrictPopulation.__table__), prows)
    # A file built at an older revision for an upgrade test has no unit table yet (its
    # migration adds the units then).
    has_units = sa.inspect(conn).has_table("unit")
    urows = [] if not has_units else [
        {"id": unit_id(u.code), "code": u.code, "kind": u.kind, "name": u.name,
         "official_name": u.official_name, "orgnr": u.orgnr, "district_code": u.district_code,
         "parent_code": u.parent_code, "note": None, **UNIT_STAMP}
        for u in units()
    ]
    if urows:
        conn.execute(sa.insert(Unit.__table__), urows)
    txn = new_id()
    log_inserts(conn, "district", drows, user=user, txn_id=txn)
    log_inserts(conn, "district_population", prows, user=user, txn_id=txn)
    # Seeded units are reference data on every side (same ids): they never go to the outbox.
    log_inserts(conn, "unit", urows, user=user, txn_id=txn, outbox=False)


def create_database(
    path: str | os.PathLike[str], *, user: str | None = None, key: str | None = None
) -> Database:
    """Create a new, empty boligreg database (schema + bydeler + population) at ``path``.

    With ``key`` the file is SQLCipher-encrypted with it (the caller keeps the key).
    """
    p = Path(path)
    _refuse_special(p)  # never a device, FIFO or folder: it would be removed on failure
    if p.exists() and p.stat().st_size > 0:
        raise DatabaseOpenError(
            f"«{p}» finnes allerede. Velg et annet filnavn.",
            f"'{p}' already exists. Choose another file name.",
        )
    if not p.parent.exists():
        raise DatabaseOpenError(
            f"Mappen «{p.parent}» finnes ikke.", f"The folder '{p.parent}' does not exist."
        )
    if not os.access(p.parent, os.W_OK):
        raise DatabaseOpenError(
            f"Kan ikke opprette database i «{p.parent}»: mappen er skrivebeskyttet.",
            f"Cannot create a database in '{p.parent}': the folder is read-only.",
        )
    _check_local(p.parent)
    user = user or default_user()
    existed = p.exists() or p.is_symlink()
    url = file_url(p, key)
    engine = make_engine(url)
    made: tuple[int, int] | None = None
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        made = file_identity(p)
        run_migrations(engine)
        with engine.begin() as conn:
            seed_reference_data(conn, user)
            set_meta(conn, "created_at", utcnow().isoformat(timespec="seconds"))
            set_meta(conn, "created_with", _version())
    except Exception:
        engine.dispose()
        if existed:  # an empty file the user gave us: emptied again, never removed
            if made is not None and file_identity(p) == made:
                with open(p, "r+b") as fh:
                    fh.truncate(0)
            for suffix in ("-wal", "-shm", "-journal"):
                remove_created(f"{p}{suffix}", file_identity(f"{p}{suffix}"))
        else:  # only the very regular file this call made (and its side files) goes
            remove_created(p, made or file_identity(p))
        raise
    guard_file(engine, p)
    return Database(url, engine, make_session_factory(engine, user), p, key=key)


def open_database(
    path: str | os.PathLike[str],
    *,
    create: bool = False,
    user: str | None = None,
    key: str | None = None,
    check: bool | str = True,
) -> Database:
    """Open a boligreg SQLite file, upgrading an older schema; ``create`` makes a missing one.

    The file is inspected read-only first (type, schema version, integrity); before a
    migration an automatic backup is taken. An encrypted file opens with ``key`` or the key
    the keyring holds for it. ``check="deferred"`` (the window) postpones the integrity check:
    ``db.integrity.run()`` does it later, and the first commit waits for it — so a damaged
    file is still never written to, but the window need not wait for a full-file read.
    """
    deferred = check == "deferred"
    p = Path(path).expanduser()
    _refuse_special(p)
    if not p.exists() or (create and p.is_file() and p.stat().st_size == 0):
        if create:
            return create_database(p, user=user)
        raise DatabaseOpenError(f"«{p}» finnes ikke.", f"'{p}' does not exist.")
    info = inspect_file(p, key=key, check=bool(check) and not deferred)
    if deferred and info.revision != SCHEMA_HEAD:
        inspect_file(p, key=key, check=True)  # never migrate a file that was not checked
        deferred = False
    if info.revision is not None and info.revision not in KNOWN_REVISIONS:
        raise SchemaTooNewError(
            f"«{p.name}» er laget av en nyere versjon av boligreg (skjema {info.revision}). "
            "Oppdater programmet; filen er ikke endret.",
            f"'{p.name}' was made by a newer version of boligreg (schema {info.revision}). "
            "Update the program; the file was not changed.",
        )
    _check_writable(p)
    _check_local(p)
    url = file_url(p, info.key)
    engine = make_engine(url)
    guard_file(engine, p)
    db = Database(url, engine, make_session_factory(engine, user), p, key=info.key)
    if deferred:
        db.integrity = IntegrityGate(p, info.key)
        event.listen(engine, "commit", db.integrity.before_commit)
    if info.revision != SCHEMA_HEAD:
        try:
            take_backup(p, reason="for-oppgradering", key=info.key)
            run_migrations(engine)
        except BaseException:
            engine.dispose()
            raise
        old = info.revision or "uten versjon"
        db.notes.append(f"oppgradert fra skjema {old} til {SCHEMA_HEAD}")
    return db


def file_url(path: Path, key: str | None) -> sa.URL:
    """The URL of a database file: plain SQLite, or SQLCipher when it has a key."""
    if key is None:
        return sqlite_url(path)
    return encrypted_url(path, key)


def open_url(url: str | sa.URL, *, user: str | None = None,
             connect_args: dict[str, Any] | None = None) -> Database:
    """Open a server database (PostgreSQL) by URL; the schema must be current."""
    engine = make_engine(url, pool_pre_ping=True, connect_args=connect_args or {})
    return Database(sa.make_url(url), engine, make_session_factory(engine, user))


def create_all_for_tests(engine: sa.Engine) -> None:
    """Schema straight from the models (tests compare it with the migrations)."""
    Base.metadata.create_all(engine)
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            conn.exec_driver_sql(SYNC_OUTBOX_VIEW_SQL)


def _version() -> str:
    return __version__
