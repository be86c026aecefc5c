"""Dwelling counts for the overview and ``boligreg info`` (Core SQL, SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa

from ..models import District, Dwelling
from ..models.enums import Tenure
from .stats import OSLO, per_1000, population_base


@dataclass
class DistrictCount:
    code: str
    number: str
    name: str
    total: int = 0
    by_tenure: dict[str, int] = field(default_factory=lambda: {t.value: 0 for t in Tenure})


def counts_by_district(conn: sa.Connection, *, include_empty: bool = True) -> list[DistrictCount]:
    """Live (not soft-deleted) dwellings per disposing district and tenure, in code order.

    Districts without dwellings of their own (Sentrum, Marka) are listed only if they have some.
    """
    d, w = District.__table__, Dwelling.__table__
    rows = conn.execute(
        sa.select(w.c.district_code, w.c.tenure, sa.func.count())
        .where(w.c.deleted_at.is_(None))
        .group_by(w.c.district_code, w.c.tenure)
    ).all()
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
        if dc is None:  # dwellings in Sentrum/Marka or an unknown code: still show them
            dc = out[code] = DistrictCount(code, code[-2:], code)
        dc.by_tenure[str(tenure)] = dc.by_tenure.get(str(tenure), 0) + n
        dc.total += n
    return sorted(out.values(), key=lambda c: c.code)


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
    current year (a test holds the two equal)."""
    w = Dwelling.__table__
    live = w.c.deleted_at.is_(None)
    extra = {
        code: (vacant or 0, not_housing or 0)
        for code, vacant, not_housing in conn.execute(
            sa.select(
                w.c.district_code,
                sa.func.sum(sa.case((w.c.status == "vacant", 1), else_=0)),
                sa.func.sum(sa.case((w.c.actual_use != "housing", 1), else_=0)),
            )
            .where(live)
            .group_by(w.c.district_code)
        )
    }
    base = population_base(conn, (today or date.today()).year)
    out = []
    for c in counts_by_district(conn, include_empty=False):
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
                population=pop,
                population_year=year,
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
