"""Dwelling counts for the overview and ``boligreg info`` (Core SQL, SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from ..models import District, Dwelling
from ..models.enums import Tenure


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
    population_year: int | None

    @property
    def per_1000(self) -> float | None:
        if not self.population:
            return None
        return 1000.0 * self.total / self.population


def latest_population(conn: sa.Connection) -> dict[str, tuple[int, int]]:
    """Newest population figure per district: ``{code: (year, persons)}``."""
    from ..models import DistrictPopulation

    p = DistrictPopulation.__table__
    newest = (
        sa.select(p.c.district_code, sa.func.max(p.c.year).label("year"))
        .where(p.c.deleted_at.is_(None))
        .group_by(p.c.district_code)
        .subquery()
    )
    rows = conn.execute(
        sa.select(p.c.district_code, p.c.year, p.c.population).join(
            newest,
            sa.and_(newest.c.district_code == p.c.district_code, newest.c.year == p.c.year),
        )
    )
    return {code: (year, pop) for code, year, pop in rows}


def overview(conn: sa.Connection) -> list[OverviewRow]:
    """The 15 bydeler (and any other district holding dwellings) for the Oversikt table."""
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
    pops = latest_population(conn)
    out = []
    for c in counts_by_district(conn, include_empty=False):
        vacant, not_housing = extra.get(c.code, (0, 0))
        year, pop = pops.get(c.code, (None, None))
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
    return out


def district_choices(conn: sa.Connection) -> list[tuple[str, str]]:
    """(code, name) of the districts an officer can pick as scope: the 15 bydeler."""
    d = District.__table__
    rows = conn.execute(
        sa.select(d.c.code, d.c.name)
        .where(d.c.deleted_at.is_(None), d.c.has_dwellings.is_(True))
        .order_by(d.c.code)
    )
    return [(code, name) for code, name in rows]
