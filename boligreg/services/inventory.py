"""Dwelling counts for the overview and ``boligreg info`` (Core SQL, SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa

from ..models import District, Dwelling, Unit
from ..models.enums import Tenure
from .stats import OSLO, per_1000, population_base

# What a dwelling is counted by (docs/units.md): "location" is the bydel its building lies in
# (dwelling.district_code), "disposer" the unit that disposes of it (a bydel or a central unit;
# its location's bydel where none is recorded).
COUNT_BY = ("location", "disposer")


def dwelling_unit(w: sa.Table, by: str) -> sa.ColumnElement[str]:
    """The column a dwelling is counted by: ``by`` is "location" or "disposer"."""
    if by not in COUNT_BY:
        raise ValueError(f"by must be one of {COUNT_BY}, not {by!r}")
    if by == "location":
        return w.c.district_code
    return sa.func.coalesce(w.c.disposing_unit_code, w.c.district_code)


@dataclass
class DistrictCount:
    code: str
    number: str
    name: str
    total: int = 0
    by_tenure: dict[str, int] = field(default_factory=lambda: {t.value: 0 for t in Tenure})
    central: bool = False  # a central unit (counted by disposer), not a district


def counts_by_district(conn: sa.Connection, *, include_empty: bool = True,
                       by: str = "location") -> list[DistrictCount]:
    """Live (not soft-deleted) dwellings per district and tenure, in code order; ``by``:
    "location" (the bydel the building lies in) or "disposer" (the disposing unit: central
    units get rows of their own after the districts).

    Districts without dwellings of their own (Sentrum, Marka) are listed only if they have some.
    """
    d, w, u = District.__table__, Dwelling.__table__, Unit.__table__
    unit = dwelling_unit(w, by).label("unit")
    rows = conn.execute(
        sa.select(unit, w.c.tenure, sa.func.count())
        .where(w.c.deleted_at.is_(None))
        .group_by(unit, w.c.tenure)
    ).all()
    central = dict(conn.execute(
        sa.select(u.c.code, u.c.name).where(u.c.deleted_at.is_(None), u.c.kind == "central")
    ).all()) if by == "disposer" else {}
    out: dict[str, DistrictCount] = {}
    for code, number, name, has_dwellings in conn.execute(
        sa.select(d.c.code, d.c.number, d.c.name, d.c.has_dwellings)
        .where(d.c.deleted_at.is_(None))
        .order_by(d.c.code)
    ):
        if has_dwellings or include_empty:
            out[code] = DistrictCount(code, number, name)
    for code, tenure, n in rows:
        dc = out.get(code)
        if dc is None and code in central:
            dc = out[code] = DistrictCount(code, "", central[code], central=True)
        elif dc is None:  # dwellings in Sentrum/Marka or an unknown code: still show them
            dc = out[code] = DistrictCount(code, code[-2:], code)
        dc.by_tenure[str(tenure)] = dc.by_tenure.get(str(tenure), 0) + n
        dc.total += n
    return sorted(out.values(), key=lambda c: (c.central, c.code))


@dataclass
class OverviewRow:
    """One bydel in the overview: dwellings by tenure and per 1,000 inhabitants."""

    code: str
    number: str
    name: str
    total: int
    owned: int
    leased: int
    referral: int
    vacant: int
    not_housing: int
    population: int | None
    population_year: int | None  # the 1 January the population figure is for
    central: bool = False  # a central unit's own dwellings (no bydel, no population)

    @property
    def per_1000(self) -> float | None:
        return per_1000(self.total, self.population)


@dataclass
class OverviewFigures:
    """Oversikt's figures: a row per district and one for Oslo as a whole, on the fact sheets'
    definitions (services.stats: the current year's population base, Oslo's being the whole
    kommune's)."""

    rows: list[OverviewRow]
    oslo: OverviewRow
    population_date: date | None
    population_is_fallback: bool


def overview(conn: sa.Connection, *, today: date | None = None) -> list[OverviewRow]:
    """The 15 bydeler (and any other district holding dwellings) for the Oversikt table."""
    return overview_figures(conn, today=today).rows


def overview_figures(conn: sa.Connection, *, today: date | None = None) -> OverviewFigures:
    """The Oversikt table's rows and Oslo's totals, counted as ``compute_figures`` counts the
    current year (a test holds the two equal): dwellings by their disposing unit, so a bydel's
    row is what it disposes of and each central unit has a row of its own; Oslo is the sum,
    every dwelling once."""
    w = Dwelling.__table__
    live = w.c.deleted_at.is_(None)
    unit = dwelling_unit(w, "disposer").label("unit")
    extra = {
        code: (vacant or 0, not_housing or 0)
        for code, vacant, not_housing in conn.execute(
            sa.select(
                unit,
                sa.func.sum(sa.case((w.c.status == "vacant", 1), else_=0)),
                sa.func.sum(sa.case((w.c.actual_use != "housing", 1), else_=0)),
            )
            .where(live)
            .group_by(unit)
        )
    }
    base = population_base(conn, (today or date.today()).year)
    out = []
    for c in counts_by_district(conn, include_empty=False, by="disposer"):
        vacant, not_housing = extra.get(c.code, (0, 0))
        pop = base.persons(c.code)
        year = base.year if pop is not None else None
        out.append(
            OverviewRow(
                code=c.code,
                number=c.number,
                name=c.name,
                total=c.total,
                owned=c.by_tenure.get("owned", 0),
                leased=c.by_tenure.get("leased", 0),
                referral=c.by_tenure.get("referral", 0),
                vacant=int(vacant),
                not_housing=int(not_housing),
                population=None if c.central else pop,
                population_year=None if c.central else year,
                central=c.central,
            )
        )
    oslo_pop = base.persons(OSLO)
    oslo = OverviewRow(
        code=OSLO, number="00", name="Oslo",
        **{k: sum(getattr(r, k) for r in out) for k in (
            "total", "owned", "leased", "referral", "vacant", "not_housing")},
        population=oslo_pop, population_year=base.year if oslo_pop is not None else None,
    )
    return OverviewFigures(out, oslo, base.date, base.fallback)


def district_choices(conn: sa.Connection) -> list[tuple[str, str]]:
    """(code, name) of the districts an officer can pick as scope: the 15 bydeler."""
    d = District.__table__
    rows = conn.execute(
        sa.select(d.c.code, d.c.name)
        .where(d.c.deleted_at.is_(None), d.c.has_dwellings.is_(True))
        .order_by(d.c.code)
    )
    return [(code, name) for code, name in rows]
