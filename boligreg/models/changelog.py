"""Automatic audit stamps and change log for everything written through a boligreg session.

``before_flush`` stamps ``created_*``/``updated_*``; ``after_flush`` (history still visible,
rows already written) inserts the change-log rows with Core on the same connection, so the log
commits or rolls back with the change itself. Callers never write the log by hand. Bulk Core
writers (demo, import) call :func:`log_inserts` for the rows they insert.

On a local copy (SQLite) the log rows of a changed record of a synced table carry a change id
in ``sync_change`` (one per record and flush): that mark is the sync outbox, so a change and
its place in the sync queue are one write and commit together (migration 0006, models/sync.py,
docs/sync.md). The central (PostgreSQL) needs no outbox: its triggers feed the change feed
whatever writes.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from itertools import repeat
from operator import itemgetter
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, object_mapper

from .base import Record, new_id, ordered_ids, utcnow
from .entities import ChangeLog
from .sync import SYNCED

# Columns the log never lists as changes: they move with every change anyway.
BOOKKEEPING = frozenset({"created_at", "created_by", "updated_at", "updated_by", "version"})


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service account, odd container)
        return "ukjent"


def to_jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def encode(value: Any) -> str | None:
    return None if value is None else json.dumps(to_jsonable(value), ensure_ascii=False)


def snapshot(obj: Record) -> dict[str, Any]:
    """All column values of ``obj`` as JSON-friendly values, keyed by attribute name."""
    mapper = object_mapper(obj)
    return {attr.key: to_jsonable(getattr(obj, attr.key)) for attr in mapper.column_attrs}


class BoligregSession(Session):
    """A Session whose flushes stamp records and write the change log.

    ``session.info["user"]`` names who makes the changes (default: the OS login name).
    """


def server_logs_changes(conn: sa.Connection) -> bool:
    """True on a central, whose own triggers write the change log with the real login (a
    client's rows would be refused there: logins have no INSERT on it)."""
    if conn.dialect.name != "postgresql":
        return False
    info = conn.connection.info  # kept with the pooled connection: asked once per connection
    known = info.get("boligreg_server_logs")
    if known is None:
        known = info["boligreg_server_logs"] = bool(conn.exec_driver_sql(
            "SELECT to_regproc('public.boligreg_log_dwelling') IS NOT NULL").scalar())
    return bool(known)


def insert_log(conn: sa.Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write change-log rows, unless the database logs changes itself (the central)."""
    if rows and not server_logs_changes(conn):
        conn.execute(sa.insert(ChangeLog.__table__), list(rows))


def _user(session: Session) -> str:
    return session.info.get("user") or default_user()


def _txn_id(session: Session) -> str:
    txn = session.info.get("txn_id")
    if txn is None:
        txn = session.info["txn_id"] = new_id()
    return txn


def _changed_fields(obj: Record) -> dict[str, tuple[Any, Any]]:
    state = sa.inspect(obj)
    out: dict[str, tuple[Any, Any]] = {}
    for attr in object_mapper(obj).column_attrs:
        if attr.key in BOOKKEEPING:
            continue
        hist = state.attrs[attr.key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if to_jsonable(old) != to_jsonable(new):
            out[attr.key] = (old, new)
    return out


def _flush_now(session: Session) -> datetime:
    return session.info.get("flush_now") or utcnow()


@event.listens_for(BoligregSession, "after_flush_postexec")
def _end_flush(session: Session, flush_context: Any) -> None:
    session.info.pop("flush_now", None)


@event.listens_for(BoligregSession, "after_begin")
def _new_transaction(session: Session, transaction: Any, connection: Any) -> None:
    session.info["txn_id"] = new_id()


@event.listens_for(BoligregSession, "before_flush")
def _stamp(session: Session, flush_context: Any, instances: Any) -> None:
    user, now = _user(session), utcnow()
    # The log rows of this flush carry the very time stamped on the records, so the state
    # as of a moment (services/history) gets ``updated_at`` back exactly from the log.
    session.info["flush_now"] = now
    for obj in session.new:
        if isinstance(obj, Record):
            if obj.id is None:
                obj.id = new_id()
            obj.created_at = obj.created_at or now
            obj.created_by = obj.created_by or user
            obj.updated_at, obj.updated_by = now, user
    for obj in session.dirty:
        if isinstance(obj, Record) and _changed_fields(obj):
            obj.updated_at, obj.updated_by = now, user


@event.listens_for(BoligregSession, "after_flush")
def _write_log(session: Session, flush_context: Any) -> None:
    user, now, txn = _user(session), _flush_now(session), _txn_id(session)
    reference = session.info.get("reference")  # a case reference the caller works under
    conn = session.connection()
    queue = outbox_enabled(conn)
    rows: list[dict[str, Any]] = []

    def change_id(obj: Record) -> str | None:
        """The change id all log rows of ``obj`` in this flush share, if it waits for sync."""
        return new_id() if queue and obj.__tablename__ in SYNCED else None

    def row(obj: Record, action: str, field: str | None, old: Any, new: Any,
            sync_change: str | None) -> None:
        rows.append(
            {
                "id": new_id(),
                "txn_id": txn,
                "changed_at": now,
                "changed_by": user,
                "entity_type": obj.__tablename__,
                "entity_id": obj.id,
                "action": action,
                "field": field,
                "old_value": old,
                "new_value": new,
                "version": obj.version,
                "reference": reference,
                "sync_change": sync_change,
            }
        )

    for obj in session.new:
        if isinstance(obj, Record):
            row(obj, "insert", None, None, json.dumps(snapshot(obj), ensure_ascii=False),
                change_id(obj))
    for obj in session.dirty:
        if not isinstance(obj, Record):
            continue
        changes = _changed_fields(obj)
        if not changes:
            continue
        action = "update"
        if "deleted_at" in changes:
            action = "delete" if changes["deleted_at"][1] is not None else "restore"
        cid = change_id(obj)
        for field, (old, new) in changes.items():
            row(obj, action, field, encode(old), encode(new), cid)
    for obj in session.deleted:
        if isinstance(obj, Record):
            row(obj, "purge", None, json.dumps(snapshot(obj), ensure_ascii=False), None,
                change_id(obj))
    insert_log(conn, rows)


def outbox_enabled(conn: sa.Connection) -> bool:
    """Only local copies queue changes for sync; the central database feeds by trigger."""
    return conn.dialect.name == "sqlite"


def bulk_insert(conn: sa.Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]],
                 constants: Mapping[str, Any] | None = None) -> None:
    """executemany with the driver's own parameter style, built column by column.

    Core's per-row parameter processing costs more than SQLite's insert itself at 100k rows.
    Here each column is pulled out with a C-level ``map``, a column with a type conversion
    converts each distinct value once (a bydel's file repeats its words, dates and stamps),
    and ``constants`` are values every row shares (stamps) without copying them into each row.
    """
    if not rows:
        return
    columns = {c: list(map(itemgetter(c), rows)) for c in rows[0]}
    insert_columns(conn, table, columns, len(rows), constants, rows)


def insert_columns(conn: sa.Connection, table: sa.Table, columns: Mapping[str, Sequence[Any]],
                   n: int, constants: Mapping[str, Any] | None = None,
                   rows: Sequence[Mapping[str, Any]] | None = None) -> None:
    """:func:`bulk_insert` for values already held column by column (``n`` rows each): the
    change log of an import is built this way, never as one dict per row."""
    if not n:
        return
    constants = {c: v for c, v in (constants or {}).items() if c not in columns}
    cols = [*columns, *constants]
    compiled = sa.insert(table).compile(dialect=conn.dialect, column_keys=cols)
    values_of: dict[str, Any] = {}
    for c in cols:
        proc = table.c[c].type._cached_bind_processor(conn.dialect)  # noqa: SLF001
        if c in constants:
            value = constants[c]
            values_of[c] = repeat(proc(value) if proc and value is not None else value, n)
            continue
        values = columns[c]
        if proc is not None:
            # True == 1 == 1.0 share a key here, which every conversion maps alike.
            converted = {v: (None if v is None else proc(v)) for v in set(values)}
            values = list(map(converted.__getitem__, values))
        values_of[c] = values
    # Columns the statement fills from their defaults (Core adds them): a scalar default
    # repeats, a context-sensitive one (a unit defaulting to the row's bydel) sees its row.
    needed = list(compiled.positiontup or compiled.params.keys())
    for c in needed:
        if c in values_of:
            continue
        default = table.c[c].default
        if default is None or not hasattr(default, "arg"):
            values_of[c] = repeat(None, n)
        elif default.is_callable:
            if rows is None:
                rows = [dict(zip(columns, t, strict=True))
                        for t in zip(*columns.values(), strict=True)]
            values_of[c] = [default.arg(_RowParameters({**constants, **row})) for row in rows]
        else:
            values_of[c] = repeat(default.arg, n)
    if conn.dialect.paramstyle in ("qmark", "format", "numeric"):
        params: list[Any] = list(zip(*(values_of[c] for c in needed), strict=True))
    else:
        params = [dict(zip(needed, t, strict=True))
                  for t in zip(*(values_of[c] for c in needed), strict=True)]
    conn.exec_driver_sql(str(compiled), params)


class _RowParameters:
    """Stands in for SQLAlchemy's execution context for a default that reads its row."""

    def __init__(self, row: Mapping[str, Any]) -> None:
        self.row = row

    def get_current_parameters(self, isolate_multiinsert_groups: bool = True
                               ) -> Mapping[str, Any]:
        return self.row


def log_inserts(
    conn: sa.Connection,
    entity_type: str,
    rows: Sequence[Mapping[str, Any]],
    *,
    user: str | None = None,
    txn_id: str | None = None,
    constants: Mapping[str, Any] | None = None,
    outbox: bool = True,
) -> int:
    """Write one ``insert`` change-log row per bulk-inserted row (Core writers only).

    ``constants`` are columns every row shares (the stamps given to ``bulk_insert``); they
    are part of each logged snapshot. On a local copy, rows of a synced table are also marked
    as waiting for sync (``sync_change``, their own change id), unless ``outbox`` is False.
    """
    if not rows:
        return 0
    user = user or default_user()
    txn_id = txn_id or new_id()
    now = utcnow()
    n = len(rows)
    queue = outbox and entity_type in SYNCED and outbox_enabled(conn)
    ids = ordered_ids(2 * n if queue else n)
    shared = {c: v for c, v in (constants or {}).items() if c not in rows[0]}
    # orjson writes the same JSON as json.dumps(ensure_ascii=False) with isoformat dates,
    # about ten times faster; the shared stamps are encoded once and spliced onto each row.
    tail = orjson.dumps(shared)[1:] if shared else b"}"
    sep = b"," if shared else b""
    dumps = orjson.dumps
    snapshots = [(dumps(r)[:-1] + sep + tail).decode() for r in rows]  # rows hold "id"
    default_version = shared.get("version", 1)
    if "version" in rows[0]:
        versions: Sequence[Any] = [r.get("version", default_version) for r in rows]
    else:
        versions = [default_version] * n
    columns: dict[str, Sequence[Any]] = {
        "id": ids[:n], "entity_id": list(map(itemgetter("id"), rows)),
        "new_value": snapshots, "version": versions,
    }
    if queue:  # each insert is its own change, with an id apart from the log row's
        columns["sync_change"] = ids[n:]
    if server_logs_changes(conn):
        return n
    insert_columns(conn, ChangeLog.__table__, columns, n, {
        "txn_id": txn_id, "changed_at": now, "changed_by": user,
        "entity_type": entity_type, "action": "insert", "field": None, "old_value": None,
    })
    return n
