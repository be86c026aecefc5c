"""The fact-sheet counts over a register state (as of a date), the same five questions the
SQL in services/stats.py asks of the live tables, answered with pandas over the frames.

Each function returns exactly what its SQL twin returns, so ``compute_figures`` folds either
alike; a test runs both on the same register and compares every figure.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from .asof import RegisterState


def _le(s: pd.Series, d: date) -> pd.Series:
    """``s <= d`` for a column of dates (None: False)."""
    return s.map(lambda v: v is not None and v <= d).astype(bool)


def _ge(s: pd.Series, d: date) -> pd.Series:
    return s.map(lambda v: v is not None and v >= d).astype(bool)


def _none(s: pd.Series) -> pd.Series:
    return s.map(lambda v: v is None).astype(bool)


def _unit(df: pd.DataFrame, column: str) -> pd.Series:
    """The recorded unit column, else the record's bydel (SQL's COALESCE): a dwelling's
    disposer, an agreement's holder — what a bydel's figures count by."""
    if column not in df:
        return df["district_code"]
    return df[column].where(df[column].notna(), df["district_code"])


def dwelling_counts(state: RegisterState, splits: dict[str, tuple[str, tuple[str, ...]]]
                    ) -> list[tuple[str, dict[str, int]]]:
    w = state.frame("dwelling")
    if w.empty:
        return []
    n = len(w)
    rooms = pd.to_numeric(w["rooms"], errors="coerce").to_numpy(dtype=float)
    names: list[str] = ["total"]
    blocks: list[np.ndarray] = [np.ones((n, 1), dtype=np.int64)]
    # One hash of each column into its values' positions, then a 0/1 block per split (one
    # comparison per value of every split over 100k object values was most of this).
    for attr, (column, values) in splits.items():
        codes = pd.Categorical(w[column].to_numpy(), categories=list(values)).codes
        block = np.zeros((n, len(values)), dtype=np.int64)
        hit = codes >= 0
        block[np.flatnonzero(hit), codes[hit]] = 1
        names += [f"{attr}:{v}" for v in values]
        blocks.append(block)
    names += [f"by_rooms:{k}" for k in (1, 2, 3, 4)] + ["by_rooms:5+", "wheelchair"]
    blocks.append(np.column_stack(
        [rooms == k for k in (1, 2, 3, 4)] + [rooms >= 5]
        + [np.fromiter((v is True for v in w["wheelchair_accessible"]), bool, n)]
    ).astype(np.int64))
    unit = _unit(w, "disposing_unit_code").to_numpy()
    sums = pd.DataFrame(np.hstack(blocks), columns=names).groupby(unit, dropna=False).sum()
    return [(code, {k: int(v) for k, v in row.items()}) for code, row in sums.iterrows()]


def vacant_dates(state: RegisterState, vacant: str) -> list[tuple[str, date | None]]:
    w = state.frame("dwelling")
    v = w[w["status"] == vacant]
    return list(zip(_unit(v, "disposing_unit_code"), v["vacant_since"], strict=True))


def agreement_counts(state: RegisterState, ref: date, in_12m: date, ago_12m: date
                     ) -> list[tuple[str, str, int, int, int]]:
    a = state.frame("agreement")
    if a.empty:
        return []
    active = (_none(a["start_date"]) | _le(a["start_date"], ref)) & (
        _none(a["end_date"]) | _ge(a["end_date"], ref))
    a = a[active.to_numpy()]
    ending = _le(a["end_date"], in_12m).astype(int)
    unreviewed = (_none(a["last_reviewed"]) | a["last_reviewed"].map(
        lambda v: v is not None and v < ago_12m).astype(bool)).astype(int)
    df = pd.DataFrame({"code": _unit(a, "holding_unit_code"), "kind": a["kind"], "active": 1,
                       "ending": ending, "unreviewed": unreviewed})
    g = df.groupby(["code", "kind"], dropna=False)[["active", "ending", "unreviewed"]].sum()
    return [(code, kind, int(r.active), int(r.ending), int(r.unreviewed))
            for (code, kind), r in g.iterrows()]


def maintenance_counts(state: RegisterState, ref: date) -> list[tuple[str, str, int]]:
    """Live dwellings with a responsibility in force per scope, on the dwelling or its
    property, each dwelling once per scope (as ``stats._maintenance_counts``)."""
    w = state.frame("dwelling")
    r = state.frame("maintenance_responsibility")
    if w.empty or r.empty:
        return []
    in_force = (_none(r["valid_from"]) | _le(r["valid_from"], ref)) & (
        _none(r["valid_to"]) | _ge(r["valid_to"], ref))
    r = r[in_force.to_numpy()]
    on_prop = r.loc[r["property_id"].notna(), ["property_id", "scope"]].drop_duplicates()
    on_dw = r.loc[r["dwelling_id"].notna(), ["dwelling_id", "scope"]].drop_duplicates()
    dw = pd.DataFrame({"dwelling_id": w["id"], "property_id": w["property_id"],
                       "code": _unit(w, "disposing_unit_code")})
    # Through the building: dwellings per (building, unit) first, then joined with the
    # building's scopes (a join of every dwelling with every scope of its building was 0.1 s).
    per_building = dw.groupby(["property_id", "code"], dropna=False).size().rename("n")
    via = per_building.reset_index().merge(on_prop, on="property_id")
    own = dw.merge(on_dw, on="dwelling_id")
    if len(own):
        covered = pd.MultiIndex.from_frame(on_prop[["property_id", "scope"]])
        key = pd.MultiIndex.from_frame(own[["property_id", "scope"]])
        own = own[~key.isin(covered)].assign(n=1)
    out: list[tuple[str, str, int]] = []
    for part in (via, own):
        if len(part):
            g = part.groupby(["code", "scope"], dropna=False)["n"].sum()
            out += [(code, scope, int(n)) for (code, scope), n in g.items() if n]
    return out


def central_unit_counts(state: RegisterState, codes: list[str], vacant: str, leased: str
                        ) -> list[tuple[str, str, dict[str, int]]]:
    """As ``stats._central_unit_counts``: central units' dwellings by location."""
    w = state.frame("dwelling")
    if w.empty or not codes or "disposing_unit_code" not in w:
        return []
    w = w[w["disposing_unit_code"].isin(codes)]
    if w.empty:
        return []
    df = pd.DataFrame({
        "loc": w["district_code"], "unit": w["disposing_unit_code"], "dwellings": 1,
        "vacant": (w["status"] == vacant).astype(int),
        "wheelchair_accessible": w["wheelchair_accessible"].map(lambda v: v is True).astype(int),
        "leased": (w["tenure"] == leased).astype(int)})
    g = df.groupby(["loc", "unit"], dropna=False)[
        ["dwellings", "vacant", "wheelchair_accessible", "leased"]].sum()
    return [(loc, unit, {k: int(v) for k, v in r.items()}) for (loc, unit), r in g.iterrows()]


def finding_counts(state: RegisterState, unresolved: tuple[str, ...]
                   ) -> list[tuple[Any, str, int]]:
    f = state.frame("finding")
    f = f[f["status"].isin(unresolved)]
    if f.empty:
        return []
    g = f.groupby([f["district_code"].to_numpy(), f["severity"].to_numpy()],
                  dropna=False).size()
    return [(None if pd.isna(code) else code, sev, int(n)) for (code, sev), n in g.items()]




def tenant_rents(state: RegisterState, occupied: str, leased: str
                 ) -> list[tuple[str, float, int, int, float]]:
    """As ``stats._tenant_rents``: per disposing unit, occupied dwellings' monthly husleie."""
    w = state.frame("dwelling")
    w = w[w["status"] == occupied]
    if w.empty:
        return []
    rent = pd.to_numeric(w["tenant_rent"], errors="coerce")
    has = rent.notna()
    df = pd.DataFrame({"sum": rent.fillna(0.0), "n": has.astype(int), "m": (~has).astype(int),
                       "leased": rent.where(w["tenure"] == leased).fillna(0.0)})
    g = df.groupby(_unit(w, "disposing_unit_code").to_numpy(), dropna=False).sum()
    return [(code, float(r["sum"]), int(r["n"]), int(r["m"]), float(r["leased"]))
            for code, r in g.iterrows()]


def lease_costs(state: RegisterState, ref: date, lease: str) -> list[tuple[str, float, int, int]]:
    """As ``stats._lease_costs``: per holding unit, active lease agreements' monthly cost."""
    a = state.frame("agreement")
    if a.empty:
        return []
    active = (a["kind"] == lease) & (_none(a["start_date"]) | _le(a["start_date"], ref)) & (
        _none(a["end_date"]) | _ge(a["end_date"], ref))
    a = a[active.to_numpy()]
    if a.empty:
        return []
    cost = pd.to_numeric(a["monthly_rent"], errors="coerce")
    has = cost.notna()
    df = pd.DataFrame({"sum": cost.fillna(0.0), "n": has.astype(int), "m": (~has).astype(int)})
    g = df.groupby(_unit(a, "holding_unit_code").to_numpy(), dropna=False).sum()
    return [(code, float(r["sum"]), int(r["n"]), int(r["m"])) for code, r in g.iterrows()]
