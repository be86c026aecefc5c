"""The register as of a day as a database the window can show: read-only, on its own file.

``open_as_of(db, day)`` rebuilds the state at the end of ``day`` (strict: a history that does
not reach back raises :class:`HistoryIncompleteError`, nothing is guessed), materializes it
(materialize.py) and copies it into a temporary SQLite file that is then opened read-only
(``mode=ro`` and ``PRAGMA query_only``): every service that reads tables answers for that day
unchanged, and a write through it fails instead of changing anything. The live file is only
read. ``AsOfView.close()`` disposes the engine and removes the temporary file.

What the copy does not hold: the change log, audit runs, import batches, snapshots and
published editions (only the tracked tables and the reference data are rebuilt), so a record's
Historikk is empty there.
"""

from __future__ import annotations

import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

from ...i18n import translate
from ...models import Base, Database
from ...models.db import make_session_factory
from .asof import RegisterState, register_as_of
from .day import format_day
from .materialize import materialize

ProgressFn = Callable[[int, str], None]


@dataclass
class AsOfView:
    """A read-only database holding the register as it stood at the end of ``day``."""

    day: date
    db: Database
    state: RegisterState
    folder: Path

    @property
    def label_nb(self) -> str:
        """The banner line, in the chosen language (the old name is kept)."""
        return translate("History", "Registeret slik det var registrert per {day} – kun "
                                    "lesing").format(day=format_day(self.day))

    def close(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)


# Reference tables the window shows names from that materialize does not copy: the units
# that dispose of dwellings or hold agreements ("Disponeres av").
EXTRA_REFERENCE = ("unit",)


def _copy_reference(source: sa.Connection, memory: sa.Engine) -> None:
    with memory.begin() as conn:
        for name in EXTRA_REFERENCE:
            t = Base.metadata.tables.get(name)
            if t is None or conn.execute(sa.select(sa.func.count()).select_from(t)).scalar():
                continue
            rows = [dict(r._mapping) for r in source.execute(sa.select(t))]
            if rows:
                conn.execute(t.insert(), rows)


def _read_only_engine(path: Path) -> sa.Engine:
    url = sa.URL.create("sqlite+pysqlite", database=f"file:{path}?mode=ro",
                        query={"uri": "true"})
    engine = sa.create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA query_only = ON")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    return engine


def open_as_of(db: Database, day: date, *, progress: ProgressFn | None = None,
               user: str | None = None) -> AsOfView:
    """The register at the end of Oslo day ``day`` as a read-only database (see module)."""
    say = progress or (lambda _p, _t: None)
    say(5, f"Gjenskaper registeret per {format_day(day)} …")
    state = register_as_of(db, day, strict=True)
    say(55, "Bygger en lesekopi …")
    folder = Path(tempfile.mkdtemp(prefix="boligreg-per-"))
    path = folder / f"register-per-{day.isoformat()}.db"
    try:
        with db.engine.connect() as conn:
            memory = materialize(state, conn)
            _copy_reference(conn, memory)
        try:
            raw = memory.raw_connection()
            try:
                target = sqlite3.connect(path)
                try:
                    raw.driver_connection.backup(target)  # type: ignore[union-attr]
                finally:
                    target.close()
            finally:
                raw.close()
        finally:
            memory.dispose()
        path.chmod(stat.S_IRUSR | stat.S_IRGRP)
        engine = _read_only_engine(path)
        info_user = user or db.session_factory.kw["info"]["user"]
        view_db = Database(engine.url, engine, make_session_factory(engine, info_user))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    say(100, "Ferdig")
    return AsOfView(day, view_db, state, folder)
