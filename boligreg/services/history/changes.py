"""Reading the change log for a moment: what happened after it, and each record's last state
before it.

One full scan of ``change_log`` (it has no index on ``changed_at``, on purpose: migration 0003)
returns every row written at or after the moment, with the values they replaced, plus the key
of every ``insert`` row (to know which records have their whole history). On SQLite the log's
``rowid`` is the order rows were written in; elsewhere the order is (time, version, action).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd
import sqlalchemy as sa

from ...models import ChangeLog

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


@dataclass
class LogScan:
    """The change log seen from one moment (``cutoff``, naive UTC)."""

    cutoff: datetime
    # Rows written at or after the cutoff, in write order (``seq``): entity_type, entity_id,
    # action, field, old_value (JSON; the whole row for a purge), version.
    after: pd.DataFrame
    # Per table: ids of records with an ``insert`` row (at any time).
    inserted: dict[str, set[str]]
    # Times of summary rows (demo runs), oldest first.
    summaries: list[datetime]


def _seq_column(conn: sa.Connection) -> sa.ColumnElement | None:
    if conn.dialect.name == "sqlite":
        return sa.literal_column("change_log.rowid").label("seq")
    return None


def _ordered(df: pd.DataFrame, has_seq: bool) -> pd.DataFrame:
    """Rows in write order with a ``seq`` column (SQLite: rowid; else time, version, action)."""
    if has_seq:
        return df.sort_values("seq", kind="stable").reset_index(drop=True)
    if df.empty:
        return df.assign(seq=pd.Series(dtype="int64"))
    df = df.assign(_rank=df["action"].map(_RANK).fillna(1))
    df = df.sort_values(["changed_at", "version", "_rank", "id"], kind="stable")
    return df.drop(columns="_rank").reset_index(drop=True).assign(seq=range(len(df)))


def scan_log(conn: sa.Connection, cutoff: datetime,
             tables: tuple[str, ...] = TRACKED) -> LogScan:
    """One pass over the log: rows at/after ``cutoff`` and the keys of all insert rows."""
    c = ChangeLog.__table__
    seq = _seq_column(conn)
    late = c.c.changed_at >= cutoff
    cols: list[sa.ColumnElement] = [
        c.c.id, c.c.entity_type, c.c.entity_id, c.c.action, c.c.field, c.c.version,
        sa.case((late, c.c.old_value), else_=None).label("old_value"),
        # Ordering needs times only where there is no rowid; summaries need theirs.
        sa.case((sa.or_(late, c.c.entity_type.in_(SUMMARY_TYPES)), c.c.changed_at),
                else_=None).label("changed_at"),
        late.label("late"),
    ]
    if seq is not None:
        cols.insert(0, seq)
    rows = conn.execute(
        sa.select(*cols).where(
            c.c.entity_type.in_((*tables, *SUMMARY_TYPES)),
            sa.or_(late, c.c.action == "insert"),
        )
    ).all()
    names = [col.name for col in cols]
    df = pd.DataFrame(rows, columns=names, dtype=object)
    summaries = sorted(
        r for r in df.loc[df["entity_type"].isin(SUMMARY_TYPES), "changed_at"] if r is not None)
    df = df[~df["entity_type"].isin(SUMMARY_TYPES)]
    ins = df[df["action"] == "insert"]
    inserted = {t: set() for t in tables}
    for t, ids in ins.groupby("entity_type")["entity_id"]:
        inserted[str(t)] = set(ids)
    after = df[df["late"].astype(bool)].drop(columns="late")
    after = _ordered(after, seq is not None)
    return LogScan(cutoff=cutoff, after=after, inserted=inserted, summaries=summaries)


def last_before(conn: sa.Connection, entity_type: str, cutoff: datetime,
                ids: list[str]) -> pd.DataFrame:
    """Each record's last log row before ``cutoff`` (one row per id that has one): action,
    version, changed_at, changed_by, and for an insert its snapshot (``new_value``)."""
    c = ChangeLog.__table__
    seq = _seq_column(conn)
    cols: list[sa.ColumnElement] = [
        c.c.id, c.c.entity_id, c.c.action, c.c.version, c.c.changed_at, c.c.changed_by,
        sa.case((c.c.action == "insert", c.c.new_value), else_=None).label("new_value"),
    ]
    if seq is not None:
        cols.insert(0, seq)
    names = [col.name for col in cols]
    parts: list[pd.DataFrame] = []
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        rows = conn.execute(sa.select(*cols).where(
            c.c.entity_type == entity_type, c.c.entity_id.in_(chunk), c.c.changed_at < cutoff,
        )).all()
        parts.append(pd.DataFrame(rows, columns=names, dtype=object))
    if not parts:
        return pd.DataFrame(columns=[*names, "seq"])
    df = _ordered(pd.concat(parts, ignore_index=True), seq is not None)
    return df.drop_duplicates("entity_id", keep="last").set_index("entity_id")


def first_logged(conn: sa.Connection, entity_type: str, ids: list[str]) -> dict[str, datetime]:
    """The time of each record's first log row (records whose insert was never logged)."""
    c = ChangeLog.__table__
    out: dict[str, datetime] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        for eid, first in conn.execute(
            sa.select(c.c.entity_id, sa.func.min(c.c.changed_at))
            .where(c.c.entity_type == entity_type, c.c.entity_id.in_(chunk))
            .group_by(c.c.entity_id)
        ):
            out[eid] = first
    return out
