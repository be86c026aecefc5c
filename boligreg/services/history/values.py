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


def frame_of(rows: Sequence[Any], names: list[str]) -> pd.DataFrame:
    """Result rows as an object-typed frame, built column by column (pandas' own row path
    probes every SQLAlchemy Row for attributes it lacks, which costs seconds at 100k rows)."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    return pd.DataFrame({n: pd.Series(c, dtype=object) for n, c in zip(names, columns,
                                                                        strict=True)},
                        columns=names)


def read_table(conn: sa.Connection, name: str, drop: tuple[str, ...] = (),
               keep: Iterable[str] | None = None) -> pd.DataFrame:
    """The table as it is now, typed, indexed by id; enum columns as their text values.
    ``keep``: only these columns (in table order)."""
    t = table(name)
    wanted = None if keep is None else set(keep)
    chosen = [c for c in t.columns
              if c.name not in drop and (wanted is None or c.name in wanted)]
    cols = [
        sa.type_coerce(c, sa.String).label(c.name) if isinstance(c.type, sa.Enum) else c
        for c in chosen
    ]
    rows = conn.execute(sa.select(*cols)).all()
    names = [c.name for c in chosen]
    df = frame_of(rows, names)
    return df.set_index("id", drop=False)
