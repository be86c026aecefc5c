"""The register as it stood at a moment: today's rows walked back through the change log.

Walking back is exact and cheap: only what changed after the moment is read and undone. Per
record, the first log row after the moment decides:

* an ``insert``: the record did not exist yet;
* a ``purge`` (or a purge further on, before any re-insert): the purge row holds the whole
  row as it was, the base to undo the field changes between the moment and the purge from;
* field changes: each field's value at the moment is the *old* value of its first change
  after it. ``version``, ``updated_at`` and ``updated_by`` come from the record's last log row
  before the moment (its time and author, or the snapshot of an insert or purge).

Records without any log row after the moment are as they are now. Nothing is guessed: what
the log cannot tell is listed in the ``Coverage`` and left out (see coverage.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import numpy as np
import orjson
import pandas as pd
import sqlalchemy as sa

from ...errors import BoligregError
from ...models import Database
from .changes import (
    FIELD_ACTIONS,
    TRACKED,
    UNTRACKED,
    KeySet,
    LogScan,
    last_before,
    scan_log,
)
from .coverage import Coverage, file_complete_from, unlogged_known_from
from .day import end_of_day_utc, format_day
from .shared import cache
from .values import converters, decode_json_values, decode_snapshots, read_table

BOOK = ("version", "updated_at", "updated_by")


class HistoryIncompleteError(BoligregError):
    """The file's history does not reach back to the date asked for."""

    exit_code = 2

    def __init__(self, day: date | None, coverage: Coverage) -> None:
        when = format_day(day) if day else "dette tidspunktet"
        super().__init__(
            f"Registeret per {when} kan ikke gjenskapes sikkert: {coverage.text_nb()}",
            f"The register as of {day.isoformat() if day else 'that moment'} cannot be "
            f"rebuilt with certainty: {coverage.text_en()}",
        )
        self.coverage = coverage


@dataclass
class RegisterState:
    """The register's records at one moment: per table a frame indexed by id, with the
    table's columns (typed Python values, enums as text; soft-deleted rows included, as in the
    file). ``day``/``cutoff`` None: the register as it is now."""

    day: date | None
    cutoff: datetime | None
    tables: dict[str, pd.DataFrame]
    coverage: Coverage
    # Per table: how many records were changed (inserted, edited, deleted) after the moment.
    changed_after: dict[str, int] = field(default_factory=dict)

    def frame(self, name: str, *, include_deleted: bool = False) -> pd.DataFrame:
        df = self.tables[name]
        return df if include_deleted else df[df["deleted_at"].isna()]

    def records(self, name: str) -> dict[str, dict[str, Any]]:
        """Every record of ``name`` as a plain dict (tests, exports)."""
        df = self.tables[name]
        return {str(i): dict(zip(df.columns, row, strict=True))
                for i, row in zip(df.index, df.itertuples(index=False, name=None), strict=True)}

    @property
    def changed_after_total(self) -> int:
        return sum(self.changed_after.values())

    @property
    def label_nb(self) -> str:
        return "nå" if self.day is None else f"per {format_day(self.day)}"


def _book_from_snapshot(snap: str | None, conv: dict) -> tuple[Any, Any, Any]:
    j = orjson.loads(snap) if snap else {}
    ua = j.get("updated_at")
    return (j.get("version"), None if ua is None else conv["updated_at"](ua), j.get("updated_by"))


def _rewind_table(conn: sa.Connection, name: str, cur: pd.DataFrame, ev: pd.DataFrame,
                  cutoff: datetime, inserted: KeySet) -> tuple[pd.DataFrame, set[str]]:
    """``cur`` walked back over ``ev`` (this table's rows after the cutoff, write order).
    Returns the frame at the cutoff and the ids it cannot answer for.

    Long because the walk back is one vectorized pass over the table's frame; its steps
    (absent rows, re-inserts, bookkeeping) share the masks built at the start.
    """
    given = cur  # the caller's frame: copied before any value is set in it
    columns = list(cur.columns)
    conv = converters(name)
    unknown: set[str] = set()
    # Records never inserted through the log exist from their own stamp (demo, old files).
    lacking = ~inserted.contains(cur.index)
    not_yet: set[str] = set()
    if lacking.any():
        # By position and a plain loop (``.loc`` by 100k labels and Series.map cost 60 ms per
        # call, once per chart year).
        stamps = cur["created_at"].to_numpy()
        late = lacking & np.fromiter((t is None or t >= cutoff for t in stamps), bool,
                                     len(stamps))
        if late.any():
            not_yet = set(cur.index[late])
            cur = cur[~late]
    if ev.empty:
        return cur, unknown

    first = ev.drop_duplicates("entity_id", keep="first").set_index("entity_id")
    # Absent: a first row after the cutoff that inserts it, or (no insert row) created after
    # the cutoff — its later changes then have nothing to undo (the demo's bought dwellings).
    absent = set(first.index[first["action"] == "insert"]) | (not_yet & set(first.index))
    bounds = ev[ev["action"].isin(("purge", "insert"))]
    bound = bounds.drop_duplicates("entity_id", keep="first").set_index("entity_id")
    bound = bound[~bound.index.isin(absent)]
    from_purge = bound[bound["action"] == "purge"]
    # A re-insert with no purge before it: the log contradicts itself; say so, do not guess.
    unknown |= set(bound.index[bound["action"] == "insert"])

    fe = ev[ev["action"].isin(FIELD_ACTIONS) & ~ev["entity_id"].isin(absent | unknown)]
    end = fe["entity_id"].map(from_purge["seq"])
    fe = fe[end.isna().to_numpy() | (fe["seq"] < end).to_numpy()]
    firsts = fe.drop_duplicates(["entity_id", "field"], keep="first")
    firsts = firsts[firsts["field"].isin(columns)]

    # Looked up in the frame's index (a set of the 100k-key index, once per chart year, was
    # 0.4 s of the demo's ten-year chart: the keys are iterated one by one).
    gone = list(absent | unknown | set(from_purge.index))
    drop = cur.index[cur.index.isin(gone)] if gone else cur.index[:0]
    frame = cur.drop(index=drop) if len(drop) else cur
    if len(from_purge):
        snaps = decode_snapshots(name, from_purge["old_value"], columns)
        snaps.index = snaps["id"]
        frame = pd.concat([frame, snaps]) if len(frame) else snaps

    touched = pd.Index(firsts["entity_id"].unique())
    missing = touched[~touched.isin(frame.index)]
    unknown |= set(missing)
    firsts = firsts[~firsts["entity_id"].isin(missing)]
    if firsts.empty:
        return frame, unknown

    if frame is given:
        frame = frame.copy()
    for fld, grp in firsts.groupby("field", sort=False):
        values = decode_json_values(grp["old_value"], conv[str(fld)])
        frame.loc[grp["entity_id"].to_numpy(), fld] = pd.Series(
            values, index=grp["entity_id"].to_numpy(), dtype=object)

    if not set(BOOK) <= set(columns):  # a pruned read (figures): no bookkeeping wanted
        return frame, unknown
    # Bookkeeping as it was after the last change before the cutoff.
    ids = list(firsts["entity_id"].unique())
    lb = last_before(conn, name, cutoff, ids)
    book: dict[str, tuple[Any, Any, Any]] = {}
    for eid, action, version, changed_at, changed_by, snap, stamp in zip(
            lb.index, lb["action"], lb["version"], lb["changed_at"], lb["changed_by"],
            lb["new_value"], lb["stamp"], strict=True):
        if action in ("insert", "purge"):
            book[eid] = _book_from_snapshot(snap, conv)
        elif stamp is not None:
            book[eid] = (version, conv["updated_at"](orjson.loads(stamp)), changed_by)
        else:
            book[eid] = (version, changed_at, changed_by)
    first_version = firsts.drop_duplicates("entity_id").set_index("entity_id")["version"]
    for eid in ids:
        if eid in book:
            continue
        # No log row before the cutoff (a demo record): never changed before, so version 1
        # with its creation stamps — if the first logged change says so.
        v = first_version.get(eid)
        if v is not None and int(v) - 1 == 1:
            row = frame.loc[eid]
            book[eid] = (1, row["created_at"], row["created_by"])
        else:
            unknown.add(eid)
    known = [i for i in ids if i in book]
    if known:
        vals = list(zip(*(book[i] for i in known), strict=True))
        for col, v in zip(BOOK, vals, strict=True):
            frame.loc[known, col] = pd.Series(list(v), index=known, dtype=object)
    if unknown:
        frame = frame.drop(index=[i for i in unknown if i in frame.index])
    return frame, unknown


# Columns every read keeps: the key, and what existence and coverage are decided by.
REQUIRED = ("id", "created_at", "updated_at", "deleted_at")


def state_at(conn: sa.Connection, cutoff: datetime | None, *, day: date | None = None,
             tables: Iterable[str] = TRACKED, strict: bool = False,
             columns: Mapping[str, Iterable[str]] | None = None) -> RegisterState:
    """The register at ``cutoff`` (naive UTC; changes written before it count). ``None``: now.

    ``strict`` raises :class:`HistoryIncompleteError` rather than leaving records out.
    ``columns`` (per table) reads only those columns (plus id, stamps and ``deleted_at``);
    without ``version``/``updated_at``/``updated_by`` the bookkeeping is not rebuilt, which
    saves a look-up per changed record (the fact-sheet figures need none of it).
    ``changed_after`` always counts every tracked table.
    """
    names = tuple(tables)

    def read(n: str) -> pd.DataFrame:
        keep = None
        if columns is not None and n in columns:
            keep = (*REQUIRED, *(c for c in columns[n] if c not in REQUIRED))
        return read_table(conn, n, UNTRACKED.get(n, ()), keep)

    if cutoff is None:
        return RegisterState(None, None, {n: read(n) for n in names}, Coverage(None, None))
    scan: LogScan = scan_log(conn, cutoff, TRACKED)
    frames: dict[str, pd.DataFrame] = {}
    unknown: dict[str, frozenset[str]] = {}
    changed = {n: int(g.nunique()) for n, g in scan.after.groupby("entity_type")["entity_id"]}
    known_from = []
    current = {n: read(n) for n in names}
    base = _chain_base(conn, scan, cutoff, current)
    for n in names:
        cur = current[n]
        ev = scan.after[scan.after["entity_type"] == n]
        known_from.append(unlogged_known_from(conn, n, cur, scan))
        start_from = cur
        if base is not None:  # walk back from a later state: only the rows between
            start_from, ev = _chained(scan, base, n, cur, ev)
        frame, unk = _rewind_table(conn, n, start_from, ev, cutoff, scan.keys(n))
        # Records without an insert row whose history does not reach the cutoff.
        kf = known_from[-1]
        # By position over the values (the demo's 100k records all lack an insert row).
        after = np.fromiter((m is not None and m >= cutoff for m in kf.to_numpy(dtype=object)),
                            bool, len(kf))
        late: set[str] = set()
        if after.any():
            late_ids = kf.index[after]
            hit = frame.index[frame.index.isin(late_ids)]
            late = {str(i) for i in hit}
            if len(hit):
                frame = frame.drop(index=hit)
        frames[n] = frame
        unknown[n] = frozenset(unk | late)
    complete = file_complete_from(known_from, scan)
    start = scan.history_start
    before = start is not None and cutoff <= start
    if before:
        frames = {n: f.iloc[0:0] for n, f in frames.items()}
    cov = Coverage(cutoff, complete, unknown, before_history=before)
    if strict and not cov.exact:
        raise HistoryIncompleteError(day, cov)
    states = _states(conn)
    if states is not None and cov.exact:
        # Later states of the block walk back from this one (_chain_base); a sheet's chart
        # starts from last year's, built for «Endring fra» (cached_state).
        for n, f in frames.items():
            states[(cutoff, n)] = f
    return RegisterState(day, cutoff, frames, cov, changed)


def _states(conn: sa.Connection) -> dict[tuple[datetime, str], pd.DataFrame] | None:
    """Inside ``shared_reads``: the exact states built in the block, per (cutoff, table)."""
    reads = cache(conn)
    return None if reads is None else reads.setdefault("states", {})


def _chain_base(conn: sa.Connection, scan: LogScan, cutoff: datetime,
                current: Mapping[str, pd.DataFrame]
                ) -> tuple[datetime, dict[str, pd.DataFrame]] | None:
    """Inside ``shared_reads``: the nearest exact state after ``cutoff`` built earlier in the
    block (a sheet's year-end, before last year's), to walk back from over only the rows in
    between instead of from today (the 31.12 before a sheet's year: 0.25 s at 100k).

    Only where that gives what the walk from today gives, row for row: a pruned read (no
    bookkeeping, which is looked up per moment), every record with its insert row (no
    unlogged-record rules, which read creation stamps of today's rows). Which records may
    be walked from it is decided per record (``_chained``)."""
    states = _states(conn)
    if states is None or any(set(BOOK) <= set(f.columns) for f in current.values()):
        return None
    for at in sorted({c for c, _ in states if c > cutoff}):
        found = {n: cached_state(conn, at, n, f.columns) for n, f in current.items()}
        frames = {n: f for n, f in found.items() if f is not None}
        if len(frames) < len(current):
            continue
        if all(scan.keys(n).contains(f.index).all() and scan.keys(n).contains(
                frames[n].index).all() for n, f in current.items()):
            return at, frames
        return None
    return None


def _chained(scan: LogScan, base: tuple[datetime, dict[str, pd.DataFrame]], name: str,
             cur: pd.DataFrame, ev: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The frame to walk back from and the rows to walk over, for table ``name``: a record
    starts from the later state over its rows between the two moments, if all of those were
    written before any of its rows after the later moment (the walk goes per record, in
    write order, so it then undoes the same rows in the same order as the walk from today).
    Any other record starts from today's row over all its rows, as without a base."""
    later, frames = base
    after_later = scan.moments()[ev.index.to_numpy()] >= np.datetime64(later)
    seq = ev["seq"].to_numpy(dtype=np.int64)
    codes, ids = pd.factorize(ev["entity_id"].to_numpy())
    last_between = np.full(len(ids), -1, dtype=np.int64)
    np.maximum.at(last_between, codes[~after_later], seq[~after_later])
    first_after = np.full(len(ids), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first_after, codes[after_later], seq[after_later])
    is_mixed = last_between > first_after
    mixed = pd.Index(ids[is_mixed])
    start = frames[name]  # the later state, with cur's columns (cached_state)
    if len(mixed):
        start = pd.concat([start.drop(index=start.index.intersection(mixed)),
                           cur.loc[cur.index.intersection(mixed)]])
    return start, ev[~after_later | is_mixed[codes]]


def cached_state(conn: sa.Connection, cutoff: datetime, name: str,
                 columns: Iterable[str]) -> pd.DataFrame | None:
    """Inside ``shared_reads``: table ``name`` as an exact state at ``cutoff`` built earlier in
    the block, if it has ``columns`` (a copy, those columns), else None."""
    states = _states(conn)
    found = None if states is None else states.get((cutoff, name))
    cols = list(columns)
    if found is None or not set(cols) <= set(found.columns):
        return None
    return found[cols]  # a frame of its own (copy-on-write): the walk back changes it


def register_as_of(target: sa.Connection | Database, day: date | None, *,
                   tables: Iterable[str] = TRACKED, strict: bool = False,
                   columns: Mapping[str, Iterable[str]] | None = None) -> RegisterState:
    """The register at the end of Oslo day ``day`` (None: now). See :func:`state_at`."""
    cutoff = None if day is None else end_of_day_utc(day)
    if isinstance(target, Database):
        with target.engine.connect() as conn:
            return state_at(conn, cutoff, day=day, tables=tables, strict=strict,
                            columns=columns)
    return state_at(conn=target, cutoff=cutoff, day=day, tables=tables, strict=strict,
                    columns=columns)
