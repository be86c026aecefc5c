"""The statistics service against an independent recomputation with pandas over the raw tables."""

from __future__ import annotations

import json
import math
import os
import sys
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).parent))
from test_stats_sample import REF, SPARSE, TODAY, YEAR, build_sample  # noqa: E402

from boligreg.errors import ValidationError  # noqa: E402
from boligreg.models import Database, DistrictPopulation, Dwelling  # noqa: E402
from boligreg.services.stats import (  # noqa: E402
    OSLO,
    add_months,
    compute_figures,
    resolve_scope,
    take_snapshot,
)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture
def sample_db(empty_db: Database) -> Database:
    build_sample(empty_db)
    return empty_db


def _read(engine: sa.Engine, table: str, dates: tuple[str, ...] = ()) -> pd.DataFrame:
    df = pd.read_sql_table(table, engine)
    df = df[df["deleted_at"].isna()] if "deleted_at" in df else df
    for col in dates:
        df[col] = pd.to_datetime(df[col])
    return df


def expected_figures(engine: sa.Engine, year: int, ref: date) -> dict[str, dict]:
    """Every figure, recomputed from scratch with pandas (shares in percent)."""
    ref_ts = pd.Timestamp(ref)
    districts = _read(engine, "district")
    bydeler = sorted(districts.loc[districts["has_dwellings"].astype(bool), "code"])
    dw = _read(engine, "dwelling", ("vacant_since",))
    ag = _read(engine, "agreement", ("start_date", "end_date", "last_reviewed"))
    # A bydel counts the dwellings it disposes of and the agreements it holds (issue 14).
    dw["unit"] = dw["disposing_unit_code"].fillna(dw["district_code"])
    ag["unit"] = ag["holding_unit_code"].fillna(ag["district_code"])
    mr = _read(engine, "maintenance_responsibility", ("valid_from", "valid_to"))
    fi = _read(engine, "finding")
    pop = _read(engine, "district_population")
    ind = _read(engine, "indicator")

    # Population: 1 January of year + 1, else the newest before it; Oslo = SSB's total.
    pop_year = pop.loc[pop["year"] <= year + 1, "year"].max()
    pops = {} if pd.isna(pop_year) else dict(
        pop.loc[pop["year"] == pop_year, ["district_code", "population"]].values)
    ssb = pd.read_csv(RESOURCES / "population.csv", dtype={"ssb_code": str})
    oslo_pop = ssb.loc[(ssb["ssb_code"] == "0301") & (ssb["year_jan1"] == pop_year), "population"]
    oslo_pop = int(oslo_pop.iloc[0]) if len(oslo_pop) else None

    mr = mr[(mr["valid_from"].isna() | (mr["valid_from"] <= ref_ts))
            & (mr["valid_to"].isna() | (mr["valid_to"] >= ref_ts))]
    units = dw[["id", "unit", "property_id"]].rename(columns={"id": "dwelling"})
    via_dw = mr.merge(units, left_on="dwelling_id", right_on="dwelling")
    via_pr = mr.drop(columns="property_id").merge(
        units, left_on=mr["property_id"], right_on="property_id")
    cover = pd.concat([via_dw[["dwelling", "unit", "scope"]],
                       via_pr[["dwelling", "unit", "scope"]]]).drop_duplicates()

    active = ag[(ag["start_date"].isna() | (ag["start_date"] <= ref_ts))
                & (ag["end_date"].isna() | (ag["end_date"] >= ref_ts))].copy()
    active["ending"] = active["end_date"].notna() & (
        active["end_date"] <= ref_ts + pd.DateOffset(years=1))
    active["unreviewed"] = active["last_reviewed"].isna() | (
        active["last_reviewed"] < ref_ts - pd.DateOffset(years=1))
    open_f = fi[fi["status"].isin(["open", "in_progress"])]

    def rooms(r: float) -> str:
        if pd.isna(r) or r < 1:
            return "unknown"
        return "5+" if r >= 5 else str(int(r))

    dw["room_key"] = dw["rooms"].map(rooms)

    def one(mask_dw, mask_ag, mask_f, mask_cov, population) -> dict:
        d = dw[mask_dw]
        total = len(d)

        def pct(n: float) -> float | None:
            return 100 * n / total if total else None

        vac = d[d["status"] == "vacant"]
        days = [(ref_ts - s).days for s in vac["vacant_since"].dropna() if s <= ref_ts]
        a = active[mask_ag]
        f = open_f[mask_f]
        c = cover[mask_cov]
        counts = lambda s, keys: {k: int((s == k).sum()) for k in keys}  # noqa: E731
        return {
            "population": population,
            "dwellings_total": total,
            "dwellings_per_1000": 1000 * total / population if population else None,
            "by_tenure": counts(d["tenure"], ["owned", "leased", "referral"]),
            "by_target_group": counts(d["target_group"], [
                "ordinary", "family", "elderly", "disability", "mental_health_substance",
                "refugee", "youth", "temporary"]),
            "by_rooms": counts(d["room_key"], ["1", "2", "3", "4", "5+", "unknown"]),
            "by_status": counts(d["status"], ["occupied", "vacant", "refurbishment",
                                              "reserved", "to_be_sold"]),
            "by_actual_use": counts(d["actual_use"], ["housing", "staff_base", "office",
                                                      "storage", "other"]),
            "not_housing": int((d["actual_use"] != "housing").sum()),
            "wheelchair_accessible": int(d["wheelchair_accessible"].astype(bool).sum()),
            "wheelchair_share": pct(d["wheelchair_accessible"].astype(bool).sum()),
            "vacant": len(vac),
            "vacancy_rate": pct(len(vac)),
            "median_days_vacant": float(pd.Series(days).median()) if days else None,
            "vacant_since_unknown": int(vac["vacant_since"].isna().sum()),
            "vacant_after_reference": int((vac["vacant_since"] > ref_ts).sum()),
            "agreements_active": len(a),
            "agreements_ending_12m": int(a["ending"].sum()),
            "agreements_unreviewed_12m": int(a["unreviewed"].sum()),
            "agreements_by_kind": {
                k: {"active": int((a["kind"] == k).sum()),
                    "ending_12m": int(a.loc[a["kind"] == k, "ending"].sum()),
                    "unreviewed_12m": int(a.loc[a["kind"] == k, "unreviewed"].sum())}
                for k in ("lease", "referral")},
            "maintenance_set": counts(c["scope"], ["interior", "exterior", "technical",
                                                   "outdoor"]),
            "maintenance_share": {k: pct((c["scope"] == k).sum())
                                  for k in ("interior", "exterior", "technical", "outdoor")},
            "findings_open": {**counts(f["severity"], ["low", "medium", "high"]),
                              "total": len(f)},
        }

    out = {code: one(dw["unit"] == code, active["unit"] == code,
                     open_f["district_code"] == code, cover["unit"] == code,
                     pops.get(code)) for code in bydeler}
    everything = lambda df: pd.Series(True, index=df.index)  # noqa: E731
    out[OSLO] = one(everything(dw), everything(active), everything(open_f), everything(cover),
                    oslo_pop)
    per = {c: out[c]["dwellings_per_1000"] for c in bydeler if out[c]["dwellings_per_1000"]
           is not None}
    ranks = pd.Series(per).rank(ascending=False, method="min")
    for code in bydeler:
        out[code]["rank_per_1000"] = int(ranks[code]) if code in ranks else None
        out[code]["oslo_per_1000"] = out[OSLO]["dwellings_per_1000"]
        out[code]["share_of_oslo"] = 100 * out[code]["dwellings_total"] / len(dw)
    # Central units' dwellings by location; Oslo: each central unit's whole stock.
    central = dw[dw["disposing_unit_code"].isin(["boligbygg", "ungbo", "velferdsetaten"])]

    def block(d: pd.DataFrame) -> dict:
        return {u: {"dwellings": int((d["disposing_unit_code"] == u).sum()),
                    "vacant": int(((d["disposing_unit_code"] == u)
                                   & (d["status"] == "vacant")).sum()),
                    "wheelchair_accessible": int(((d["disposing_unit_code"] == u)
                                                  & d["wheelchair_accessible"].astype(bool)).sum()),
                    "leased": int(((d["disposing_unit_code"] == u)
                                   & (d["tenure"] == "leased")).sum())}
                for u in ("boligbygg", "ungbo", "velferdsetaten")}

    for code in bydeler:
        out[code]["central_units"] = block(central[central["district_code"] == code])
    out[OSLO]["central_units"] = block(central)
    # Indicators as stored for the year; Oslo sums the ones every bydel has.
    iy = ind[ind["year"] == year]
    for code in bydeler:
        out[code]["indicator_values"] = dict(
            iy.loc[iy["district_code"] == code, ["indicator", "value"]].values)
    full = iy.groupby("indicator")["district_code"].nunique()
    known = {"applications", "allocations", "refusals"}
    out[OSLO]["indicator_values"] = {
        k: iy.loc[iy["indicator"] == k, "value"].sum() for k in full.index
        if full[k] == len(bydeler) and k in known}
    return out


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def test_every_figure_matches_pandas(sample_db: Database) -> None:
    with sample_db.engine.connect() as conn:
        figs = compute_figures(conn, YEAR, today=TODAY)
    exp = expected_figures(sample_db.engine, YEAR, REF)
    assert list(figs) == [*sorted(k for k in exp if k != OSLO), OSLO]
    for scope, e in exp.items():
        got = figs[scope].to_dict()
        for key, value in e.items():
            if key == "central_units":
                mine = {u: {k: v for k, v in b.items() if k != "name"}
                        for u, b in got["central_units"].items()}
                assert mine == value, (scope, mine, value)
            elif key == "indicator_values":
                mine = {r["indicator"]: r["value"] for r in got["indicators"] if not r["derived"]}
                assert _close(mine, value), (scope, key, mine, value)
            else:
                assert _close(got[key], value), (scope, key, got[key], value)
    # Some figures must be non-trivial, or the comparison proves little.
    o = figs[OSLO]
    assert o.vacant and o.vacant_since_unknown and o.median_days_vacant
    assert o.vacant_after_reference
    assert 0 < o.agreements_ending_12m < o.agreements_active
    assert 0 < o.maintenance_set["interior"] < o.dwellings_total
    assert o.findings_open["total"] > sum(f.findings_open["total"] for k, f in figs.items()
                                          if k != OSLO)  # findings without a district
    assert o.dwellings_total > sum(f.dwellings_total for k, f in figs.items() if k != OSLO)
    # Counted by disposer, not location: the two differ, and Oslo holds everything once.
    located = pd.read_sql("SELECT district_code, count(*) n FROM dwelling WHERE deleted_at IS "
                          "NULL GROUP BY district_code", sample_db.engine)
    located = dict(located.values)
    assert any(f.dwellings_total != located.get(k, 0) for k, f in figs.items() if k != OSLO)
    central = sum(b["dwellings"] for b in o.central_units.values())
    assert central > 0 and o.central_units["velferdsetaten"]["name"] == "Velferdsetaten"
    assert o.dwellings_total == sum(located.values())
    assert o.dwellings_total == central + sum(
        f.dwellings_total for k, f in figs.items() if k != OSLO) + located.get("030116", 0)
    assert figs["030101"].counted_by["dwellings"] == "disposer"


def test_soft_deleted_rows_never_count(sample_db: Database) -> None:
    with sample_db.engine.connect() as conn:
        before = compute_figures(conn, YEAR, today=TODAY)["030101"].dwellings_total
    w = Dwelling.__table__
    with sample_db.engine.begin() as conn:
        ids = conn.execute(sa.select(w.c.id).where(w.c.district_code == "030101",
                                                   w.c.deleted_at.is_(None)).limit(3)).scalars()
        conn.execute(w.update().where(w.c.id.in_(list(ids)))
                     .values(deleted_at=datetime(2026, 1, 1)))
        figs = compute_figures(conn, YEAR, today=TODAY)
    assert figs["030101"].dwellings_total == before - 3


def test_edge_agreements_on_the_reference_date(sample_db: Database) -> None:
    """The five hand-made agreements: only exact date rules give these numbers."""
    a = sa.table("agreement", sa.column("reference"), sa.column("deleted_at"))
    with sample_db.engine.begin() as conn:
        conn.execute(sa.update(a).where(a.c.reference != "EDGE")
                     .values(deleted_at=datetime(2026, 1, 1)))
        f = compute_figures(conn, YEAR, today=TODAY)["030101"]
    # Active: ends on REF, the no-start referral, the unreviewed referral (not: not yet
    # started, ended the day before).
    assert f.agreements_by_kind["lease"] == {"active": 1, "ending_12m": 1, "unreviewed_12m": 0}
    assert f.agreements_by_kind["referral"] == {"active": 2, "ending_12m": 1,
                                                "unreviewed_12m": 1}
    assert add_months(REF, 12) == date(2026, 12, 31)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


def test_sparse_bydel_has_zeros_not_gaps(sample_db: Database) -> None:
    with sample_db.engine.connect() as conn:
        f = compute_figures(conn, YEAR, today=TODAY)[SPARSE]
    assert f.dwellings_total > 0
    assert f.by_tenure["leased"] == f.by_tenure["referral"] == 0
    assert f.vacant == 0 and f.vacancy_rate == 0.0 and f.median_days_vacant is None
    assert f.wheelchair_share == 0.0 and f.agreements_active == 0
    assert f.findings_open == {"low": 0, "medium": 0, "high": 0, "total": 0}


def test_population_rule(sample_db: Database) -> None:
    """Year Y uses 1 January Y+1; the newest before it as fallback; none before 2005."""
    with sample_db.engine.connect() as conn:
        y2024 = compute_figures(conn, 2024, today=TODAY)
        y2026 = compute_figures(conn, 2026, today=TODAY)
        y2003 = compute_figures(conn, 2003, today=TODAY)
    assert y2024["030101"].population_date == "2025-01-01"
    assert y2024[OSLO].population == 724290  # SSB, Oslo i alt, 1.1.2025 (resources)
    assert not y2024["030101"].population_is_fallback
    assert y2026["030101"].population_date == "2026-01-01"
    assert y2026["030101"].population_is_fallback
    assert "population_current" in y2026["030101"].missing
    for f in y2003.values():
        assert f.population is None and f.dwellings_per_1000 is None
        assert f.rank_per_1000 is None and "population" in f.missing
    assert y2003["030101"].dwellings_total > 0


def test_bydel_without_population_is_not_ranked(sample_db: Database) -> None:
    p = DistrictPopulation.__table__
    with sample_db.engine.begin() as conn:
        conn.execute(p.update().where(p.c.district_code == "030103", p.c.year == 2026)
                     .values(deleted_at=datetime(2026, 1, 1)))
        figs = compute_figures(conn, YEAR, today=TODAY)
    assert figs["030103"].population is None and figs["030103"].rank_per_1000 is None
    assert "population" in figs["030103"].missing
    assert figs["030101"].rank_of == 14
    assert sorted(f.rank_per_1000 for k, f in figs.items() if f.rank_per_1000) == list(
        range(1, 15))


def test_snapshot_and_change(sample_db: Database) -> None:
    with sample_db.session() as s:
        result = take_snapshot(s, YEAR - 1, today=TODAY)
    assert result.scopes == 16 and not result.replaced
    with pytest.raises(ValidationError, match="finnes allerede"), sample_db.session() as s:
        take_snapshot(s, YEAR - 1, today=TODAY)
    w = Dwelling.__table__
    with sample_db.engine.begin() as conn:
        disposer = sa.func.coalesce(w.c.disposing_unit_code, w.c.district_code)
        ids = list(conn.execute(sa.select(w.c.id).where(disposer == "030102",
                                                        w.c.deleted_at.is_(None)).limit(5)
                                ).scalars())
        conn.execute(w.update().where(w.c.id.in_(ids)).values(deleted_at=datetime(2026, 1, 1)))
        figs = compute_figures(conn, YEAR, today=TODAY)
        rows = conn.execute(sa.text("SELECT scope, figures_json FROM stat_snapshot")).all()
    ch = figs["030102"].change
    assert ch is not None and ch["from_year"] == YEAR - 1
    assert ch["delta"]["dwellings_total"] == -5
    assert ch["delta"]["population"] == 67039 - 66404  # 1.1.2026 vs 1.1.2025
    assert figs[OSLO].change["delta"]["dwellings_total"] == -5
    assert "previous_snapshot" not in figs["030102"].missing
    frozen = {scope: json.loads(text) for scope, text in rows}
    assert set(frozen) == {*(f"0301{n:02d}" for n in range(1, 16)), OSLO}
    assert "change" not in frozen["030101"]
    with sample_db.session() as s:
        assert take_snapshot(s, YEAR - 1, replace=True, today=TODAY).replaced


def test_year_and_scope_are_checked(sample_db: Database) -> None:
    with sample_db.engine.connect() as conn:
        with pytest.raises(ValidationError, match="2027"):
            compute_figures(conn, 2027, today=TODAY)
        figs = compute_figures(conn, YEAR, today=TODAY)
    assert resolve_scope(figs, "01") == resolve_scope(figs, "1") == "030101"
    assert resolve_scope(figs, "030115") == "030115"
    assert resolve_scope(figs, "oslo") == resolve_scope(figs, "00") == OSLO
    with pytest.raises(ValidationError, match="Ukjent bydel"):
        resolve_scope(figs, "16")


def test_reference_date_is_today_within_the_year(sample_db: Database) -> None:
    with sample_db.engine.connect() as conn:
        f = compute_figures(conn, 2026, today=TODAY)[OSLO]
    assert f.reference_date == TODAY.isoformat()
    assert TODAY - timedelta(days=1) < date.fromisoformat(f.reference_date) <= TODAY


def test_demo_flag(sample_db: Database) -> None:
    from boligreg.models.db import set_meta

    with sample_db.engine.begin() as conn:
        assert not compute_figures(conn, YEAR, today=TODAY)[OSLO].demo
        set_meta(conn, "demo", "1")
        assert all(f.demo for f in compute_figures(conn, YEAR, today=TODAY).values())


def test_no_qt_imported() -> None:
    # A fresh interpreter: pytest-qt has already loaded PySide6 into this one.
    import subprocess

    code = ("import sys, boligreg.services.stats, boligreg.services.indicators; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.pg
def test_same_figures_on_postgresql(sample_db: Database) -> None:
    url = os.environ.get("BOLIGREG_TEST_PG_URL")
    if not url:
        pytest.skip("BOLIGREG_TEST_PG_URL is not set")
    from boligreg.models import Base, make_engine, make_session_factory
    from boligreg.models.db import seed_reference_data

    schema = f"boligreg_stats_{uuid.uuid4().hex[:8]}"
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    engine = make_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            seed_reference_data(conn, "test")
        pg = Database(sa.make_url(url), engine, make_session_factory(engine, "test"))
        build_sample(pg)
        with engine.connect() as conn:
            on_pg = compute_figures(conn, YEAR, today=TODAY, now=datetime(2026, 6, 30))
        with sample_db.engine.connect() as conn:
            on_sqlite = compute_figures(conn, YEAR, today=TODAY, now=datetime(2026, 6, 30))
        for scope in on_sqlite:
            assert _close_all(on_pg[scope].to_dict(), on_sqlite[scope].to_dict()), scope
        with pg.session() as s:
            take_snapshot(s, YEAR - 1, today=TODAY)
        with engine.connect() as conn:
            assert compute_figures(conn, YEAR, today=TODAY)[OSLO].change is not None
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def _close_all(a, b) -> bool:
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_close_all(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_close_all(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9)
    return a == b


def test_transfer_shows_in_both_units_figures(sample_db: Database) -> None:
    """Issue 14 "done when": Velferdsetaten's dwellings transferred to Bydel Alna count in
    Alna's sheet afterwards (by disposer) and leave the central units' block of every bydel
    they lie in; Oslo's totals do not move. Recounted here with SQL."""
    from boligreg.services.transfers import apply_transfer, preview_transfer

    def located(code: str) -> int:
        with sample_db.engine.connect() as conn:
            return conn.execute(sa.text(
                "SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND"
                " disposing_unit_code = 'velferdsetaten' AND district_code = :c"), {"c": code}
            ).scalar_one()

    with sample_db.engine.connect() as conn:
        before = compute_figures(conn, YEAR, today=TODAY)
        n = conn.execute(sa.text("SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND"
                                 " disposing_unit_code = 'velferdsetaten'")).scalar_one()
        preview = preview_transfer(conn, from_unit="velferdsetaten", to_unit="12",
                                   what="dwellings", effective=TODAY, reference="2026/16")
    assert n > 0 and len(preview.ids) == n
    lying = {code: located(code) for code in before if code != OSLO}
    apply_transfer(sample_db, preview)
    with sample_db.engine.connect() as conn:
        after = compute_figures(conn, YEAR, today=TODAY)
    assert after["030112"].dwellings_total == before["030112"].dwellings_total + n
    assert after[OSLO].dwellings_total == before[OSLO].dwellings_total
    assert after[OSLO].central_units["velferdsetaten"]["dwellings"] == 0
    for code, k in lying.items():
        assert before[code].central_units["velferdsetaten"]["dwellings"] == k
        assert after[code].central_units["velferdsetaten"]["dwellings"] == 0
