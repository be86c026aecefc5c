"""From which moment a file's history is complete, and which records a date cannot answer for.

A record with an ``insert`` row has its whole life in the log. Records without one came in by
a writer that logged only a summary (the demo generator: one row per run, and it removes the
earlier inventory together with its log), or before their history was kept. For those:

* a demo run at S: nothing before S is known (the earlier inventory is gone); records it made
  (created at or before S) are known from S on, since every later change is logged. A demo
  with a past (demo_history.py) declares an earlier start H in its summary row: its records
  did not exist before their ``created_at`` and every change since H is logged, so they are
  known from H;
* any other record without an insert row is known from its first log row, or, when it has
  none, from its ``updated_at`` (its row has not changed since then). Before that, its state
  is not known: it is listed, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import pandas as pd
import sqlalchemy as sa

from .changes import UNTRACKED, LogScan, first_logged
from .day import format_day, oslo_day


@dataclass(frozen=True)
class Coverage:
    """What the as-of answer can vouch for.

    ``complete_from`` (naive UTC) is the moment from which the whole file's history is
    complete (None: from its first record); ``complete_from_day`` the first Oslo day whose end
    state is wholly known. ``unknown`` lists, per table, records whose state at the asked
    moment cannot be known (left out of the answer). ``before_history``: the moment lies before
    the file's history begins (the answer is empty). ``untracked`` names columns the log does
    not follow (left out of the answer).
    """

    cutoff: datetime | None
    complete_from: datetime | None
    unknown: dict[str, frozenset[str]] = field(default_factory=dict)
    before_history: bool = False
    untracked: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(UNTRACKED))

    @property
    def exact(self) -> bool:
        return not self.before_history and not any(self.unknown.values())

    @property
    def complete_from_day(self) -> date | None:
        return None if self.complete_from is None else oslo_day(self.complete_from)

    @property
    def unknown_count(self) -> int:
        return sum(len(v) for v in self.unknown.values())

    def text_nb(self) -> str:
        """One sentence for a person (empty when the answer is exact)."""
        since = self.complete_from_day
        since_nb = f" Historikken i denne fila er fullstendig fra {format_day(since)}." \
            if since else ""
        if self.before_history:
            return "Registeret for denne datoen finnes ikke lenger i fila." + since_nb
        if self.unknown_count:
            return (f"{self.unknown_count} poster har ingen historikk så langt tilbake og er "
                    "utelatt." + since_nb)
        return ""

    def text_en(self) -> str:
        since = self.complete_from_day
        since_en = f" This file's history is complete from {since.isoformat()}." \
            if since else ""
        if self.before_history:
            return "The register for this date no longer exists in the file." + since_en
        if self.unknown_count:
            return (f"{self.unknown_count} records have no history that far back and are left "
                    "out." + since_en)
        return ""


@dataclass
class TableCoverage:
    """Per table: records without an insert row, and from when each is known."""

    known_from: pd.Series  # id -> naive UTC moment (NaT-free; only records lacking an insert)


def unlogged_known_from(conn: sa.Connection, name: str, rows: pd.DataFrame,
                        scan: LogScan) -> pd.Series:
    """For records in ``rows`` (current or purged, with created_at / updated_at) that have no
    insert row: the moment from which their state is known. Demo-made records: the run."""
    lacking = rows[~scan.keys(name).contains(rows.index)]
    if lacking.empty:
        return pd.Series(dtype=object)
    latest = scan.summaries[-1] if scan.summaries else None
    known = pd.Series(index=lacking.index, dtype=object)
    if latest is not None:
        demo = lacking["created_at"].map(lambda t: t is not None and t <= latest)
        known[demo.to_numpy(dtype=bool)] = scan.history_start
        lacking = lacking[~demo.to_numpy(dtype=bool)]
    if not lacking.empty:
        first = first_logged(conn, name, list(lacking.index))
        for eid, updated in zip(lacking.index, lacking["updated_at"], strict=True):
            known[eid] = first.get(eid, updated)
    return known


def file_complete_from(known: list[pd.Series], scan: LogScan) -> datetime | None:
    moments: list[datetime] = [m for s in known for m in s if m is not None]
    if scan.history_start is not None:
        moments.append(scan.history_start)
    return max(moments) if moments else None
