"""Dwellings over the years (issue 13 item 5): per year-end, per bydel and for Oslo, the
dwellings, their owned/leased/referral split and the vacant ones, from the register as of each
31.12 (``asof``), one log scan for all the years.

A year the register does not cover — before the file's history begins, or a state the log
cannot vouch for (coverage not exact) — is a point with ``covered=False`` and every count
None: never a zero that was not counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

import pandas as pd
import sqlalchemy as sa

from .asof import REQUIRED, _rewind_table, cached_state
from .changes import UNTRACKED, history_begins, scan_log, scan_range
from .coverage import unlogged_known_from
from .day import end_of_day_utc
from .values import read_table

OSLO = "oslo"
TENURES = ("owned", "leased", "referral")
COLUMNS = ("district_code", "disposing_unit_code", "tenure", "status")


@dataclass(frozen=True)
class YearPoint:
    """One year-end of the series. ``covered`` False: the register cannot say (all None)."""

    year: int
    covered: bool
    total: int | None = None
    owned: int | None = None
    leased: int | None = None
    referral: int | None = None
    vacant: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _counts(frame: pd.DataFrame) -> dict[str, dict[str, int]]:
    live = frame[frame["deleted_at"].isna()]
    # By the disposing unit, as the sheet's own figures (docs/units.md, "counted by").
    unit = live["disposing_unit_code"].where(live["disposing_unit_code"].notna(),
                                             live["district_code"])
    parts = pd.DataFrame({"code": unit.to_numpy(),
                          "vacant": (live["status"].to_numpy() == "vacant").astype(int)})
    # One hash of the tenure column, not a comparison per tenure (once per chart year).
    tenure = pd.Categorical(live["tenure"].to_numpy(), categories=list(TENURES)).codes
    for i, t in enumerate(TENURES):
        parts[t] = (tenure == i).astype(int)
    parts["total"] = 1
    cols = ["total", *TENURES, "vacant"]
    sums = parts.groupby("code")[cols].sum()
    out = {str(code): {k: int(v) for k, v in row.items()} for code, row in sums.iterrows()}
    out[OSLO] = {k: int(parts[k].sum()) for k in cols}
    return out


def dwelling_series(conn: sa.Connection, years: Iterable[int], *,
                    scopes: Sequence[str] | None = None) -> dict[str, list[YearPoint]]:
    """Per scope (district codes and ``"oslo"``): a point per year in ``years``, as of the
    end of its 31.12. ``scopes`` limits the answer (default: Oslo and every bydel seen).

    The years are walked back one after the other, each from the state of the year after it,
    undoing only that year's changes, read year by year (the latest from the log scan).
    """
    years = sorted(set(years))
    if not years:
        return {}
    cutoffs = {y: end_of_day_utc(date(y, 12, 31)) for y in years}
    begins = history_begins(conn)
    known_years = [y for y in years if begins is not None and cutoffs[y] > begins]
    per_year: dict[int, dict[str, dict[str, int]] | None] = dict.fromkeys(years)
    if known_years:
        keep = (*REQUIRED, *COLUMNS)
        frame = read_table(conn, "dwelling", UNTRACKED.get("dwelling", ()), keep)
        # The latest year from the log scan (inside shared_reads: the one the sheet's own
        # figures read); each earlier year then reads only its own year's rows, and a year
        # the log cannot vouch for ends the walk before anything older is read.
        scan = scan_log(conn, cutoffs[known_years[-1]], ("dwelling",))
        known_from = unlogged_known_from(conn, "dwelling", frame, scan)
        known_at = pd.Series([m for m in known_from.to_numpy(dtype=object) if m is not None],
                             dtype=object)
        start = scan.history_start
        inserted = scan.keys("dwelling")
        later = None  # the cutoff of the year after (None: now)
        for y in reversed(known_years):
            cutoff = cutoffs[y]
            if start is not None and cutoff <= start:
                break
            built = cached_state(conn, cutoff, "dwelling", frame.columns) if later is None \
                else None
            if built is not None:  # the same walk back, made for the sheet's «Endring fra»
                frame, unknown = built, set[str]()
            else:
                ev = scan.after if later is None else scan_range(conn, "dwelling", cutoff,
                                                                 later, keep)
                frame, unknown = _rewind_table(conn, "dwelling", frame, ev, cutoff, inserted)
            if unknown or bool((known_at >= cutoff).any()):
                break  # the log cannot vouch for this year (nor any before it)
            per_year[y] = _counts(frame)
            later = cutoff
    seen = sorted({s for c in per_year.values() if c for s in c if s != OSLO})
    wanted = list(scopes) if scopes is not None else [OSLO, *seen]
    out: dict[str, list[YearPoint]] = {}
    for scope in wanted:
        points = []
        for y in years:
            counts = per_year[y]
            if counts is None:
                points.append(YearPoint(y, False))
                continue
            c = counts.get(scope, {"total": 0, **dict.fromkeys(TENURES, 0), "vacant": 0})
            points.append(YearPoint(y, True, c["total"], c["owned"], c["leased"],
                                    c["referral"], c["vacant"]))
        out[scope] = points
    return out


def district_series(conn: sa.Connection, district: str, years: Iterable[int]
                    ) -> list[YearPoint]:
    """One scope's series (a district code or ``"oslo"``)."""
    return dwelling_series(conn, years, scopes=[district])[district]


def recent_series(conn: sa.Connection, scope: str | None, *, today: date | None = None,
                  years: int = 10) -> list[dict[str, Any]]:
    """For Oversikt: ``scope``'s (None: Oslo) 31.12 points of the ``years`` years before
    ``today``'s year, then today's register as the last point (``year`` = this year)."""
    today = today or date.today()
    key = scope or OSLO
    points = dwelling_series(conn, range(today.year - years, today.year), scopes=[key])[key]
    cur = read_table(conn, "dwelling", UNTRACKED.get("dwelling", ()), (*REQUIRED, *COLUMNS))
    now = _counts(cur).get(key, {"total": 0, **dict.fromkeys(TENURES, 0), "vacant": 0})
    return [*(p.to_dict() for p in points),
            YearPoint(today.year, True, now["total"], now["owned"], now["leased"],
                      now["referral"], now["vacant"]).to_dict()]


def first_covered(points: Sequence[YearPoint]) -> int | None:
    return next((p.year for p in points if p.covered), None)


__all__ = ["YearPoint", "district_series", "dwelling_series", "first_covered",
           "recent_series"]
