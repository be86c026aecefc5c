"""Logged values back to column values: the log holds JSON (dates as ISO text, enums as their
value), the tables hold typed values. One converter per column, applied to distinct values."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

import orjson
import pandas as pd
import sqlalchemy as sa

from ...models import Base
from .shared import cache


def table(name: str) -> sa.Table:
    return Base.metadata.tables[name]


def _converter(column: sa.Column) -> Callable[[Any], Any]:
    t = column.type
    if isinstance(t, sa.DateTime):
        return datetime.fromisoformat
    if isinstance(t, sa.Date):
        return date.fromisoformat
    if isinstance(t, sa.Boolean):
        return bool
    if isinstance(t, sa.Float):
        return float
    if isinstance(t, sa.Integer):
        return int
    return lambda v: v  # text and enum values are stored as their text


def converters(name: str) -> dict[str, Callable[[Any], Any]]:
    return {c.name: _converter(c) for c in table(name).columns}


def decode_json_values(values: Iterable[str | None], conv: Callable[[Any], Any]) -> list[Any]:
    """JSON texts of one column (``None``: SQL NULL) as typed values, each distinct text once."""
    values = list(values)
    cache: dict[str | None, Any] = {}
    for v in set(values):
        if v is None:
            cache[v] = None
            continue
        j = orjson.loads(v)
        cache[v] = None if j is None else conv(j)
    return [cache[v] for v in values]


def decode_snapshots(name: str, snapshots: Iterable[str], columns: list[str]) -> pd.DataFrame:
    """Whole-row JSON snapshots (insert or purge rows) as a typed frame with ``columns``."""
    conv = converters(name)
    rows = [orjson.loads(s) for s in snapshots]
    df = pd.DataFrame(rows, columns=columns, dtype=object)
    for c in columns:
        f = conv[c]
        # Object columns, as read_table gives: an inferred int64 column refuses the values
        # (and None) written into it later.
        df[c] = pd.Series([None if v is None else f(v) for v in df[c]], index=df.index,
                          dtype=object)
    return df


def _stored_text_converter(column: sa.ColumnElement) -> Callable[[Any], Any] | None:
    """How a value SQLite hands back raw becomes the column's Python value (None: as is).
    SQLite keeps dates and times as ISO text and booleans as 0/1."""
    t = column.type
    if isinstance(t, sa.DateTime):
        return datetime.fromisoformat
    if isinstance(t, sa.Date):
        return date.fromisoformat
    if isinstance(t, sa.Boolean):
        return bool
    return None


def fetch_frame(conn: sa.Connection, stmt: sa.Select) -> pd.DataFrame:
    """``stmt``'s rows as an object-typed frame named by its columns. On SQLite the dates,
    times and booleans come back raw and are converted here, a column at a time: SQLAlchemy's
    per-value processors cost about a second per 100k dwellings (measured, issue 13)."""
    names = [c.name for c in stmt.selected_columns]
    if conn.dialect.name != "sqlite":
        return frame_of(conn.execute(stmt).all(), names)
    fixes: dict[str, Callable[[Any], Any]] = {}
    raw: list[sa.ColumnElement] = []
    for col in stmt.selected_columns:
        f = _stored_text_converter(col)
        if f is None:
            raw.append(col)
        else:
            fixes[col.name] = f
            raw.append(sa.type_coerce(col, sa.types.NullType()).label(col.name))
    return frame_of(_raw_rows(conn, stmt.with_only_columns(*raw)), names, fixes)


def _raw_rows(conn: sa.Connection, stmt: sa.Select) -> list[tuple[Any, ...]]:
    """SQLite: the statement's rows as the driver's plain tuples, read from the cursor under
    SQLAlchemy's own execution (its parameter handling, none of its Row objects: those cost
    ~0.7 s per whole-register read at 100k dwellings, measured, issue 13)."""
    result = conn.execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def frame_of(rows: Sequence[Any], names: list[str],
             fixes: dict[str, Callable[[Any], Any]] | None = None) -> pd.DataFrame:
    """Result rows as an object-typed frame, built column by column (pandas' own row path
    probes every SQLAlchemy Row for attributes it lacks, which costs seconds at 100k rows).
    ``fixes``: per column, a converter for its non-null values."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    fixes = fixes or {}
    data = {}
    for n, c in zip(names, columns, strict=True):
        f = fixes.get(n)
        values: Sequence[Any] = c if f is None else [None if v is None else f(v) for v in c]
        data[n] = pd.Series(values, dtype=object)
    return pd.DataFrame(data, columns=names)


def read_table(conn: sa.Connection, name: str, drop: tuple[str, ...] = (),
               keep: Iterable[str] | None = None) -> pd.DataFrame:
    """The table as it is now, typed, indexed by id; enum columns as their text values.
    ``keep``: only these columns (in table order)."""
    t = table(name)
    wanted = None if keep is None else set(keep)
    chosen = [c for c in t.columns
              if c.name not in drop and (wanted is None or c.name in wanted)]
    names = [c.name for c in chosen]
    reads = cache(conn)
    if reads is not None:
        # A read of the whole table (or of more columns) made earlier in the block serves.
        for (n, have), df in reads.get("tables", {}).items():
            if n == name and set(names) <= set(have):
                return df[names]  # a frame of its own (copy-on-write)
    cols = [
        sa.type_coerce(c, sa.String).label(c.name) if isinstance(c.type, sa.Enum) else c
        for c in chosen
    ]
    df = fetch_frame(conn, sa.select(*cols)).set_index("id", drop=False)
    if reads is not None:
        reads.setdefault("tables", {})[(name, tuple(names))] = df
        return df.copy()
    return df
