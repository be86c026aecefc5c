"""Reading the change log for a moment: what happened after it, and each record's last state
before it.

A read of ``change_log`` by ``changed_at`` (its index, migration 0008) returns every row
written at or after the moment, with the values they replaced; a second
gives the key of every ``insert`` row (to know which records have their whole history). On
SQLite the log's ``rowid`` is the order rows were written in; elsewhere (time, version,
action). Rows of a copy's own changes that the central did not take as they were
(``superseded_at``, services/sync/local.py) are not part of the history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
import orjson
import pandas as pd
import sqlalchemy as sa

from ...models import ChangeLog
from .shared import cache
from .values import fetch_frame

# The tables whose past the register can answer for (reference data and indicators have
# their own years; sync bookkeeping is not the register's content).
TRACKED: tuple[str, ...] = (
    "property",
    "dwelling",
    "agreement",
    "agreement_dwelling",
    "maintenance_responsibility",
    "tenancy",
    "finding",
)
# Columns written without a change-log row: the audit moves ``last_seen`` on every run, day
# precision, without a version bump (services/audit/lifecycle.py). Their past is not known.
UNTRACKED: dict[str, tuple[str, ...]] = {"finding": ("last_seen",)}
# Entity types of summary rows: a writer that logs one row per job, not per record (the demo
# generator). It also removes the earlier inventory and its log, so the file's history starts
# at the latest such row.
SUMMARY_TYPES: tuple[str, ...] = ("demo",)
FIELD_ACTIONS = ("update", "delete", "restore")
_RANK = {"insert": 0, "update": 1, "delete": 1, "restore": 1, "purge": 2}
CHUNK = 900  # ids per IN (...)


class KeySet:
    """The keys of one table's records with an insert row. ``contains`` looks a frame's index
    up in a hash table built once (``Index.isin`` with a set built one per call: 30 ms per
    100k-record frame, ten and more calls per sheet run)."""

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self._index = pd.Index(list(dict.fromkeys(keys)), dtype=object)

    def contains(self, keys: pd.Index) -> np.ndarray:
        return self._index.get_indexer(keys) >= 0


def entity_type_by_time(c: sa.Table) -> sa.ColumnElement[str]:
    """``change_log.entity_type`` as an expression (``|| ''``), for a condition on it beside
    one on ``changed_at``: given the bare column, SQLite walks ix_change_log_entity over every
    row of a table instead of taking the rows by time through ix_change_log_changed_at (0.39 s
    against 0.12 s for a year back at 100k dwellings, migration 0008)."""
    return c.c.entity_type + ""


@dataclass
class LogScan:
    """The change log seen from one moment (``cutoff``, naive UTC)."""

    cutoff: datetime
    # Rows written at or after the cutoff, in write order (``seq``): entity_type, entity_id,
    # action, field, old_value (JSON; the whole row for a purge), version.
    after: pd.DataFrame
    # Per table: ids of records with an ``insert`` row (at any time).
    inserted: dict[str, KeySet]
    # Times of summary rows (demo runs), oldest first.
    summaries: list[datetime]
    # Per summary row: the moment its writer vouches for the history from (a demo with a past
    # declares ``history_from``: its records did not exist before their ``created_at`` and
    # every later change is logged); the run's own time when it declares none.
    history_from: list[datetime] = field(default_factory=list)
    # The tables scanned (a narrower scan can be cut from this one, see ``narrowed``).
    tables: tuple[str, ...] = TRACKED
    _moments: np.ndarray | None = field(default=None, repr=False, compare=False)

    def narrowed(self, cutoff: datetime, tables: tuple[str, ...]) -> LogScan:
        """The scan a later ``cutoff`` over some of these ``tables`` would give, without
        reading the log again (its rows are a subset of these, in the same order)."""
        at = self.moments()
        keep = (at >= np.datetime64(cutoff)) & self.after["entity_type"].isin(tables).to_numpy()
        out = LogScan(cutoff=cutoff, after=self.after[keep].reset_index(drop=True),
                      inserted={t: self.keys(t) for t in tables},
                      summaries=self.summaries, history_from=self.history_from,
                      tables=tables)
        out._moments = at[keep]
        return out

    def keys(self, name: str) -> KeySet:
        """The keys of ``name``'s records with an insert row (none for a table not scanned)."""
        return self.inserted.get(name) or KeySet()

    def moments(self) -> np.ndarray:
        """``after``'s ``changed_at`` as datetime64 (computed once)."""
        if self._moments is None:
            self._moments = pd.to_datetime(self.after["changed_at"]).to_numpy()
        return self._moments

    @property
    def history_start(self) -> datetime | None:
        """Where the latest summary writer's history begins (None: no summary row)."""
        if not self.summaries:
            return None
        return self.history_from[-1] if self.history_from else self.summaries[-1]


def _seq_column(conn: sa.Connection) -> sa.ColumnElement | None:
    if conn.dialect.name == "sqlite":
        return sa.literal_column("change_log.rowid").label("seq")
    return None


def _ordered(df: pd.DataFrame, has_seq: bool) -> pd.DataFrame:
    """Rows in write order with a ``seq`` column (SQLite: rowid; else time, version, action)."""
    if has_seq:
        # As integers: a sort of the object column frame_of gives costs ~1 s at 75k rows.
        df = df.assign(seq=df["seq"].astype("int64"))
        return df.sort_values("seq", kind="stable").reset_index(drop=True)
    if df.empty:
        return df.assign(seq=pd.Series(dtype="int64"))
    df = df.assign(_rank=df["action"].map(_RANK).fillna(1))
    df = df.sort_values(["changed_at", "version", "_rank", "id"], kind="stable")
    return df.drop(columns="_rank").reset_index(drop=True).assign(seq=range(len(df)))


def scan_log(conn: sa.Connection, cutoff: datetime,
             tables: tuple[str, ...] = TRACKED) -> LogScan:
    """The log from ``cutoff`` on, and the keys of all insert rows (two scans in the database;
    the keys come back as one joined text per table, not as a Python row each). Inside
    ``shared_reads`` the first scan (of every tracked table) serves every later cutoff."""
    reads = cache(conn)
    if reads is not None:
        base = reads.get("scan")
        if base is not None and base.cutoff <= cutoff and set(tables) <= set(base.tables):
            return base if (base.cutoff, base.tables) == (cutoff, tables) \
                else base.narrowed(cutoff, tables)
        tables = tuple(dict.fromkeys((*tables, *TRACKED)))
    c = ChangeLog.__table__
    seq = _seq_column(conn)
    cols: list[sa.ColumnElement] = [c.c.entity_type, c.c.entity_id, c.c.action,
                                    c.c.field, c.c.version, c.c.old_value, c.c.changed_at]
    if seq is not None:
        cols.insert(0, seq)
    else:
        cols.insert(0, c.c.id)  # the last tie-breaker of the write order (_ordered)
    after = _ordered(fetch_frame(conn, sa.select(*cols).where(
        entity_type_by_time(c).in_(tables), c.c.changed_at >= cutoff,
        c.c.superseded_at.is_(None))), seq is not None)
    summaries, starts = summary_starts(conn)
    inserted: dict[str, KeySet] = {t: KeySet() for t in tables}
    if conn.dialect.name == "sqlite":
        agg = sa.func.group_concat(c.c.entity_id, ",")
    else:
        agg = sa.func.string_agg(c.c.entity_id, ",")
    # Grouped by the expression too: by the bare column SQLite walks the entity index to
    # group, a row fetch per entry (0.36 s at 100k dwellings; 0.24 s read in its own order).
    kind = entity_type_by_time(c)
    for t, joined in conn.execute(
        sa.select(kind, agg)
        .where(kind.in_(tables), c.c.action == "insert", c.c.superseded_at.is_(None))
        .group_by(kind)
    ):
        inserted[str(t)] = KeySet(joined.split(",") if joined else ())
    scan = LogScan(cutoff=cutoff, after=after, inserted=inserted, summaries=summaries,
                   history_from=starts, tables=tables)
    if reads is not None:
        reads["scan"] = scan
    return scan


def scan_range(conn: sa.Connection, entity_type: str, start: datetime, end: datetime,
               fields: tuple[str, ...]) -> pd.DataFrame:
    """One table's log rows written in [``start``, ``end``), in write order, with the columns
    a walk back reads (``seq``, entity_id, action, field, version); ``old_value`` only of
    ``fields`` and of purge rows (what a pruned walk back reads; the other rows still come,
    with their action, so nothing is misread). A year of a chart's walk back: only that
    year's rows are read (issue 13, the series)."""
    c = ChangeLog.__table__
    seq = _seq_column(conn)
    wanted = sa.case((sa.or_(c.c.action == "purge", c.c.field.in_(fields)), c.c.old_value),
                     else_=None).label("old_value")
    # Not its type (asked for) nor, on SQLite, its time (the walk back goes by ``seq``).
    cols: list[sa.ColumnElement] = [c.c.entity_id, c.c.action, c.c.field, c.c.version, wanted]
    cols.insert(0, seq if seq is not None else c.c.id)
    if seq is None:
        cols.append(c.c.changed_at)  # the write order's first key (_ordered)
    rows = fetch_frame(conn, sa.select(*cols).where(
        entity_type_by_time(c) == entity_type, c.c.changed_at >= start, c.c.changed_at < end,
        c.c.superseded_at.is_(None)))
    return _ordered(rows, seq is not None)


def summary_starts(conn: sa.Connection) -> tuple[list[datetime], list[datetime]]:
    """The summary rows' times, oldest first, and the moment each vouches for the history
    from (``history_from`` in its JSON, naive UTC; else its own time)."""
    reads = cache(conn)
    if reads is not None and "summaries" in reads:
        return reads["summaries"]
    c = ChangeLog.__table__
    rows = sorted(conn.execute(sa.select(c.c.changed_at, c.c.new_value).where(
        c.c.entity_type.in_(SUMMARY_TYPES))).all(), key=lambda r: r[0])
    starts: list[datetime] = []
    for at, value in rows:
        declared = orjson.loads(value).get("history_from") if value else None
        starts.append(min(at, datetime.fromisoformat(declared)) if declared else at)
    out = ([r[0] for r in rows], starts)
    if reads is not None:
        reads["summaries"] = out
    return out


def history_begins(conn: sa.Connection) -> datetime | None:
    """The earliest moment the file's history reaches: its oldest log row or a summary
    writer's declared start, whichever is earlier (None: an empty log). Taken as the minimum
    of ``changed_at``, not the first row written: a writer may log past moments after later
    ones (the demo's history, an import of old records)."""
    reads = cache(conn)
    if reads is not None and "begins" in reads:
        return reads["begins"]
    c = ChangeLog.__table__
    oldest = conn.execute(sa.select(sa.func.min(c.c.changed_at))).scalar()
    _, starts = summary_starts(conn)
    moments = [m for m in (oldest, *starts) if m is not None]
    begins = min(moments) if moments else None
    if reads is not None:
        reads["begins"] = begins
    return begins


def _book_json(snapshot: sa.ColumnElement) -> sa.ColumnElement:
    """SQLite: the snapshot's version, updated_at and updated_by as a JSON object."""
    keys = [(k, sa.func.json_extract(snapshot, f"$.{k}")) for k in ("version", "updated_at",
                                                                     "updated_by")]
    return sa.func.json_object(*(x for k, v in keys for x in (k, v)), type_=sa.Text)


def last_before(conn: sa.Connection, entity_type: str, cutoff: datetime,
                ids: list[str]) -> pd.DataFrame:
    """Each record's last log row before ``cutoff`` (one row per id that has one): action,
    version, changed_at, changed_by, for an insert or purge its snapshot (``new_value``), and
    ``stamp``: the JSON ``updated_at`` that change logged, if it logged one (sync pulls)."""
    c = ChangeLog.__table__
    seq = _seq_column(conn)
    insert_snap: sa.ColumnElement = c.c.new_value
    purge_snap: sa.ColumnElement = c.c.old_value
    if seq is not None:
        # SQLite: of a whole-row snapshot only its bookkeeping is read (the snapshot of every
        # record changed after the cutoff was most of this query's bytes).
        insert_snap, purge_snap = _book_json(c.c.new_value), _book_json(c.c.old_value)
    cols: list[sa.ColumnElement] = [
        c.c.id, c.c.entity_id, c.c.action, c.c.field, c.c.version, c.c.changed_at,
        c.c.changed_by,
        sa.case((c.c.action == "insert", insert_snap),
                (c.c.action == "purge", purge_snap),
                (c.c.field == "updated_at", c.c.new_value), else_=None).label("new_value"),
    ]
    if seq is not None:
        return _last_before_sqlite(conn, entity_type, cutoff, ids, cols)
    names = [col.name for col in cols]
    parts: list[pd.DataFrame] = []
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        parts.append(fetch_frame(conn, sa.select(*cols).where(
            c.c.entity_type == entity_type, c.c.entity_id.in_(chunk), c.c.changed_at < cutoff,
            c.c.superseded_at.is_(None),
        )))
    if not parts:
        return pd.DataFrame(columns=[*names, "seq", "stamp"]).set_index("entity_id")
    df = _ordered(pd.concat(parts, ignore_index=True), seq is not None)
    last = df.drop_duplicates("entity_id", keep="last").set_index("entity_id")
    # A pulled change logs the row's own stamp (the other copy's time) as ``updated_at``.
    stamps = df[df["field"] == "updated_at"].drop_duplicates("entity_id", keep="last")
    return _with_stamps(last, stamps.set_index("entity_id"))


def _last_before_sqlite(conn: sa.Connection, entity_type: str, cutoff: datetime,
                        ids: list[str], cols: list[sa.ColumnElement]) -> pd.DataFrame:
    """SQLite: the last rows picked in the database, one per record (a ``max(rowid)``
    aggregate's other columns come from that row), the ids sent once as a JSON array —
    instead of every earlier row of every record, 900 ids a query."""
    c = ChangeLog.__table__
    seq: sa.ColumnElement[Any] = sa.func.max(sa.literal_column("change_log.rowid")).label("seq")
    wanted = sa.func.json_each(sa.bindparam("ids", orjson.dumps(ids).decode(),
                                            type_=sa.Text)).table_valued("value")
    where = [c.c.entity_type == entity_type, c.c.changed_at < cutoff,
             c.c.superseded_at.is_(None), c.c.entity_id.in_(sa.select(wanted.c.value))]
    # One pass, two groups per record: its last row of all but logged stamps, and its last
    # logged ``updated_at`` (a second query for the stamps read every row again: 0.15 s).
    is_stamp = sa.func.coalesce(c.c.field == "updated_at", False).label("is_stamp")
    q = sa.select(seq, *cols, is_stamp).where(*where).group_by(c.c.entity_id, is_stamp)
    rows = _ordered(fetch_frame(conn, q), True)
    stamp_rows = rows["is_stamp"].astype(bool).to_numpy()
    last = rows.drop(columns="is_stamp").drop_duplicates("entity_id", keep="last")
    stamps = rows[stamp_rows].drop(columns="is_stamp")
    return _with_stamps(last.set_index("entity_id"), stamps.set_index("entity_id"))


def _with_stamps(last: pd.DataFrame, stamps: pd.DataFrame) -> pd.DataFrame:
    """``last`` with its ``stamp``: the logged ``updated_at`` of the same change, if any."""
    same = stamps.index.isin(last.index)
    stamps = stamps[same]
    hit = (stamps["version"].to_numpy() == last.loc[stamps.index, "version"].to_numpy()) & (
        stamps["changed_at"].to_numpy() == last.loc[stamps.index, "changed_at"].to_numpy())
    last["stamp"] = None
    last.loc[stamps.index[hit], "stamp"] = stamps["new_value"][hit]
    return last


def first_logged(conn: sa.Connection, entity_type: str, ids: list[str]) -> dict[str, datetime]:
    """The time of each record's first log row (records whose insert was never logged)."""
    c = ChangeLog.__table__
    out: dict[str, datetime] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        for eid, first in conn.execute(
            sa.select(c.c.entity_id, sa.func.min(c.c.changed_at))
            .where(c.c.entity_type == entity_type, c.c.entity_id.in_(chunk),
                   c.c.superseded_at.is_(None))
            .group_by(c.c.entity_id)
        ):
            out[eid] = first
    return out
