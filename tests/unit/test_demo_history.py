"""The demo's past (issue 13 item 8): ten years in the change log, rebuilt exactly.

The as-of service walks today's rows *back*; here the same years are replayed *forward* from
the first year-end, straight from the log rows (new values, insert snapshots, purges) and the
records' own ``created_at``, and both must meet at every 31.12 and at today, field for field.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from boligreg.models import Base, create_database
from boligreg.models.base import set_clock
from boligreg.services.demo import generate_demo
from boligreg.services.demo_history import history_from
from boligreg.services.history import end_of_day_utc, register_as_of
from boligreg.services.stats import compute_figures

TODAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 9, 0)
YEARS = list(range(2016, 2026))
TABLES = ("property", "dwelling", "agreement", "agreement_dwelling",
          "maintenance_responsibility", "tenancy")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("past") / "demo.db"
    set_clock(lambda: NOW)
    try:
        db = create_database(path, user="t")
        summary = generate_demo(db, dwellings=2_000, seed=11, today=TODAY, now=NOW)
    finally:
        set_clock(None)
    yield db, summary
    db.close()


def _norm(v: Any) -> Any:
    if v is None or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, datetime | date):
        return v.isoformat()
    if hasattr(v, "isoformat"):  # pandas Timestamp
        return v.isoformat()
    if isinstance(v, bool):
        return v
    if isinstance(v, int | float):
        return round(float(v), 6)
    return str(v)


def _records(state, name: str) -> dict[str, dict[str, Any]]:
    return {i: {k: _norm(v) for k, v in r.items()} for i, r in state.records(name).items()}


def _log(conn: sa.Connection) -> list[sa.Row]:
    return conn.execute(sa.text(
        "SELECT entity_type, entity_id, action, field, old_value, new_value, version, "
        "changed_at FROM change_log WHERE entity_type IN ('property', 'dwelling', 'agreement',"
        " 'agreement_dwelling', 'maintenance_responsibility', 'tenancy') ORDER BY rowid")).all()


def _dt(v: Any) -> datetime:
    return v if isinstance(v, datetime) else datetime.fromisoformat(str(v))


def test_coverage_reaches_ten_years_back(demo) -> None:
    db, _ = demo
    with db.engine.connect() as conn:
        for year in YEARS:
            st = register_as_of(conn, date(year, 12, 31), strict=True)
            assert st.coverage.exact and st.coverage.complete_from_day == date(2016, 1, 1)
        before = register_as_of(conn, date(2015, 12, 31))
    assert before.coverage.before_history and len(before.tables["dwelling"]) == 0
    assert history_from(TODAY) == end_of_day_utc(date(2015, 12, 31))


def test_years_are_plausible_and_differ_from_today(demo) -> None:
    db, summary = demo
    with db.engine.connect() as conn:
        states = {y: register_as_of(conn, date(y, 12, 31)) for y in YEARS}
        today_n = conn.execute(sa.text("SELECT count(*) FROM dwelling")).scalar_one()
    totals = [len(states[y].frame("dwelling")) for y in YEARS]
    assert today_n == summary.dwellings == 2_000
    # The stock grew over the decade (bought, leased, referral agreements), a few % a year.
    assert totals[0] < totals[-1] < today_n
    assert 0.75 * today_n < totals[0]
    for a, b in zip(totals, totals[1:], strict=False):
        assert -0.03 * a <= b - a <= 0.08 * a
    for y in YEARS:
        w = states[y].frame("dwelling")
        end = date(y, 12, 31)
        assert (w["created_at"] < end_of_day_utc(end)).all()
        vacant = w[w["status"] == "vacant"]
        assert 0 < len(vacant) < 0.08 * len(w)
        assert all(v is not None and v <= end for v in vacant["vacant_since"])
        a = states[y].frame("agreement")
        # Signed (or renewed) up to 90 days before the term begins, never earlier.
        assert all(s <= end + timedelta(days=91) for s in a["start_date"])
        t = states[y].frame("tenancy")
        assert all(s <= end for s in t["start_date"])
    # Sold and handed-back dwellings were there once and are gone today.
    with db.engine.connect() as conn:
        purged = conn.execute(sa.text("SELECT count(*) FROM change_log WHERE action = 'purge' "
                                      "AND entity_type = 'dwelling'")).scalar_one()
    assert purged > 0


def test_each_year_end_equals_replaying_the_log_forward(demo) -> None:
    db, _ = demo
    with db.engine.connect() as conn:
        log = _log(conn)
        base = register_as_of(conn, date(YEARS[0], 12, 31), strict=True)
        state = {n: _records(base, n) for n in TABLES}
        current = {n: {r["id"]: {k: _norm(v) for k, v in r.items()}
                       for r in (dict(x._mapping) for x in conn.execute(
                           sa.select(Base.metadata.tables[n])))} for n in TABLES}
        inserted = {(r.entity_type, r.entity_id) for r in log if r.action == "insert"}
        # A record with no insert row came in at its created_at as it was before its first
        # logged change: today's row with each field's first old value.
        first_old: dict[tuple[str, str], dict[str, Any]] = {}
        for r in log:
            if r.action == "update":
                first_old.setdefault((r.entity_type, r.entity_id), {}).setdefault(
                    r.field, json.loads(r.old_value) if r.old_value else None)
        born = {}
        for n in TABLES:
            for i, row in current[n].items():
                if (n, i) in inserted:
                    continue
                initial = dict(row)
                initial.update({k: _norm(v) for k, v in first_old.get((n, i), {}).items()})
                initial["version"] = 1.0
                initial["updated_at"] = initial["created_at"]
                born[(n, i)] = (datetime.fromisoformat(row["created_at"]), initial)
        checked = 0
        ends = [end_of_day_utc(date(y, 12, 31)) for y in YEARS[1:]] + [datetime.max]
        prev = end_of_day_utc(date(YEARS[0], 12, 31))
        for y, end in zip([*YEARS[1:], None], ends, strict=True):
            for (n, i), (at, initial) in born.items():
                if prev <= at < end:
                    state[n][i] = dict(initial)
            for r in log:
                at = _dt(r.changed_at)
                if not prev <= at < end:
                    continue
                recs = state[r.entity_type]
                if r.action == "insert":
                    recs[r.entity_id] = {k: _norm(v) for k, v in
                                         json.loads(r.new_value).items()}
                elif r.action == "purge":
                    del recs[r.entity_id]
                else:
                    rec = recs[r.entity_id]
                    rec[r.field] = _norm(json.loads(r.new_value) if r.new_value else None)
                    rec["version"], rec["updated_at"] = float(r.version), at.isoformat()
            rebuilt = register_as_of(conn, date(y, 12, 31), strict=True) if y else None
            for n in TABLES:
                want = _records(rebuilt, n) if rebuilt else current[n]
                assert state[n].keys() == want.keys(), (y, n)
                for i, rec in want.items():
                    got = state[n][i]
                    assert {k: got.get(k) for k in rec} == rec, (y, n, i)
                    checked += 1
            prev = end
    assert checked > 10 * 2_000


def test_past_sheet_differs_and_change_from_last_year_comes_from_history(demo) -> None:
    """Item 4 on the demo: "Endring fra 2024" with no snapshot comes from 31.12.2024. The file's
    first rows written (the bydeler's population, at creation) are younger than its history:
    the shortcut that skipped the rebuild for young files must look at the oldest moment."""
    db, _ = demo
    with db.engine.connect() as conn:
        first_row = conn.execute(sa.text(
            "SELECT changed_at FROM change_log ORDER BY rowid LIMIT 1")).scalar_one()
        assert _dt(first_row) >= end_of_day_utc(date(2024, 12, 31))  # the old shortcut's trap
        figs = compute_figures(conn, 2025, today=TODAY, as_of=date(2025, 12, 31))
        live = compute_figures(conn, 2026, today=TODAY)
        old = register_as_of(conn, date(2024, 12, 31)).frame("dwelling")
        y2020 = compute_figures(conn, 2020, today=TODAY, as_of=date(2020, 12, 31))
    per_code = old.groupby("district_code").size().to_dict()
    changed = 0
    for code, n in per_code.items():
        ch = figs[code].change
        assert ch is not None and ch["source"] == "as_of" and ch["from_year"] == 2024
        assert ch["previous"]["dwellings_total"] == n
        assert ch["delta"]["dwellings_total"] == figs[code].dwellings_total - n
        changed += ch["delta"]["dwellings_total"] != 0
    assert changed > 0
    assert figs["oslo"].change["previous"]["dwellings_total"] == len(old)
    assert y2020["oslo"].dwellings_total != live["oslo"].dwellings_total
    assert y2020["oslo"].vacant != live["oslo"].vacant
