"""Figures for the boligsosiale faktaark: per bydel and for all of Oslo, for one year.

Core SQL only (GROUP BY with CASE, a UNION, plain comparisons on dates), so the same queries run
on SQLite and PostgreSQL; medians are taken in Python because the two databases disagree on
percentile functions. Every key is documented in ``docs/stats_keys.md``.

What a year means, since the register holds the present state and no history:
- the dwelling stock is the register's content when the figures are taken (soft-deleted rows
  never count);
- date-dependent figures (active agreements, agreements ending or unreviewed, days vacant,
  maintenance responsibilities in force) are taken on the *reference date*: 31 December of the
  year, or the day of extraction if that comes first;
- population is SSB's figure for 1 January of the year after (= 31 December of the year, as
  KOSTRA's "per 1000 innbyggere" uses), else the newest figure before it (and the sheet says so);
  one population date for all districts, so the ranking compares like with like;
- the change from the previous year compares with that year's snapshot (``take_snapshot``).
"""

from __future__ import annotations

import calendar
import json
import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from .. import formats
from ..errors import ValidationError
from ..models import (
    Agreement,
    AppMeta,
    ChangeLog,
    District,
    DistrictPopulation,
    Dwelling,
    Finding,
    Indicator,
    MaintenanceResponsibility,
    StatSnapshot,
    Unit,
    new_id,
    utcnow,
)
from ..models.enums import (
    ActualUse,
    AgreementKind,
    DwellingStatus,
    FindingStatus,
    MaintenanceScope,
    Severity,
    TargetGroup,
    Tenure,
    UnitKind,
)
from ..resources import population_by_district
from .indicators import FIRST_YEAR, OSLO, indicator_rows_for

OSLO_SSB_CODE = "0301"
ROOM_KEYS = ("1", "2", "3", "4", "5+", "unknown")
# Findings that still need work: not resolved, not accepted.
UNRESOLVED = (FindingStatus.OPEN.value, FindingStatus.IN_PROGRESS.value)

# What a bydel's figures count each record by (the ``counted_by`` key; docs/stats_keys.md).
COUNTED_BY: dict[str, str] = {
    "dwellings": "disposer",  # COALESCE(dwelling.disposing_unit_code, dwelling.district_code)
    "agreements": "holder",  # COALESCE(agreement.holding_unit_code, agreement.district_code)
    "maintenance": "disposer",  # the dwellings counted, as above
    "findings": "finding_district",  # finding.district_code, the bydel the audit filed it under
    "central_units": "location",  # dwelling.district_code: the bydel the building lies in
}
CENTRAL_KEYS = ("dwellings", "vacant", "wheelchair_accessible", "leased")

# Figures compared with the previous year's snapshot (scalars, then the split dicts).
CHANGE_SCALARS = (
    "population",
    "dwellings_total",
    "dwellings_per_1000",
    "rank_per_1000",
    "wheelchair_share",
    "vacant",
    "vacancy_rate",
    "median_days_vacant",
    "not_housing",
    "agreements_active",
    "agreements_ending_12m",
    "agreements_unreviewed_12m",
)
CHANGE_DICTS = ("by_tenure", "by_actual_use", "findings_open")


@dataclass
class Figures:
    """One fact sheet's figures. ``scope`` is a district code ("030101") or "oslo".

    Shares and rates are percent (0–100), unrounded; None where the base is zero or missing.
    """

    scope: str
    number: str  # "01" … "15"; "00" for Oslo (Oslo kommune's own statistics use these)
    name: str  # "Gamle Oslo" / "Oslo"
    official_name: str  # "Bydel Gamle Oslo" / "Oslo kommune"
    year: int
    reference_date: str  # ISO date the date-dependent figures are taken on
    extracted_at: str  # ISO timestamp (local time) the figures were read from the register
    demo: bool  # the database is synthetic demo data

    population: int | None = None
    population_date: str | None = None  # ISO date of the population figure (1 January)
    population_source: str | None = None
    population_is_fallback: bool = False  # older than 1 January of the following year

    dwellings_total: int = 0
    dwellings_per_1000: float | None = None
    oslo_per_1000: float | None = None
    rank_per_1000: int | None = None  # 1 = most dwellings per 1,000 among the 15 bydeler
    rank_of: int = 0  # how many bydeler were ranked (those with a population figure)
    share_of_oslo: float | None = None  # this bydel's share of all Oslo's dwellings
    by_tenure: dict[str, int] = field(default_factory=dict)
    by_target_group: dict[str, int] = field(default_factory=dict)
    by_rooms: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    by_actual_use: dict[str, int] = field(default_factory=dict)
    not_housing: int = 0
    wheelchair_accessible: int = 0
    wheelchair_share: float | None = None
    vacant: int = 0
    vacancy_rate: float | None = None
    median_days_vacant: float | None = None
    vacant_since_unknown: int = 0  # vacant dwellings without a vacant-since date
    vacant_after_reference: int = 0  # vacant since a date after the reference date

    agreements_active: int = 0
    agreements_ending_12m: int = 0
    agreements_unreviewed_12m: int = 0
    agreements_by_kind: dict[str, dict[str, int]] = field(default_factory=dict)

    maintenance_set: dict[str, int] = field(default_factory=dict)
    maintenance_share: dict[str, float | None] = field(default_factory=dict)

    findings_open: dict[str, int] = field(default_factory=dict)

    # Rents (issue 14, docs/units.md), in kroner per year: what the tenants of occupied
    # dwellings pay (husleie, counted by the disposing unit) and what the kommune pays for
    # its active lease agreements (innleiekostnad, counted by the holding unit).
    rent_tenant_yearly: float = 0.0
    rent_tenant_dwellings: int = 0  # occupied dwellings with a husleie registered
    rent_tenant_missing: int = 0  # occupied dwellings without one
    rent_tenant_leased_yearly: float = 0.0  # of which in leased (innleide) dwellings
    lease_cost_yearly: float = 0.0
    lease_cost_agreements: int = 0  # active lease agreements with a cost registered
    lease_cost_missing: int = 0  # active lease agreements without one

    indicators: list[dict[str, Any]] = field(default_factory=list)

    # What each figure counts by (issue 14, docs/units.md): a bydel's dwellings are those it
    # disposes of, its agreements those it holds; the central units' dwellings lying in the
    # bydel are counted apart (``central_units``, by location). Oslo counts everything once.
    counted_by: dict[str, str] = field(default_factory=lambda: dict(COUNTED_BY))
    # Central unit code -> {"name", "dwellings", "vacant", "wheelchair_accessible", "leased"}:
    # its live dwellings that lie in this bydel (for Oslo: all of them, already in the totals).
    central_units: dict[str, dict[str, Any]] = field(default_factory=dict)

    change: dict[str, Any] | None = None
    missing: list[str] = field(default_factory=list)

    # Which register the figures come from (services/history): "current" (the tables as they
    # are), "registered" (as registered at the end of ``as_of``: later changes left out) or
    # "corrected" (today's register on ``as_of``'s date, later changes included).
    basis: str = "current"
    as_of: str | None = None  # ISO date of the register's state; None with "current"
    changed_since: int | None = None  # records changed after ``as_of`` (left out or included)
    # Why a finished year's figures count today's register (its history does not reach back
    # to 31.12), in bokmål; None when they count the register as registered then.
    basis_note: str | None = None
    # A published edition (services/editions.py): its number (2+ is a "Revidert utgave") and
    # what changed from the edition before it.
    edition: int | None = None
    edition_changes: list[str] = field(default_factory=list)
    # Dwellings over the years (issue 13 item 5): per year-end the register covers, total,
    # owned/leased/referral and vacant (services/history/series.py; not covered: all None);
    # the sheet's own year last, from these figures.
    history: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------- helpers


def _conn(bind: sa.Connection | Session) -> sa.Connection:
    return bind.connection() if isinstance(bind, Session) else bind


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, clamped to the month's last day (31.1 + 1 → 28/29.2)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def reference_date(year: int, today: date | None = None) -> date:
    """31 December of ``year``, or ``today`` if that comes first."""
    today = today or date.today()
    return min(date(year, 12, 31), today)


def check_year(year: int, today: date | None = None) -> None:
    today = today or date.today()
    if not FIRST_YEAR <= year <= today.year:
        raise ValidationError(
            f"Året {year} kan ikke brukes: velg et år fra {FIRST_YEAR} til {today.year}.",
            f"The year {year} cannot be used: choose a year from {FIRST_YEAR} to {today.year}.",
            field="year",
        )


def _pct(part: float, whole: float) -> float | None:
    return 100.0 * part / whole if whole else None


def _zero(keys: Any) -> dict[str, int]:
    return {str(k): 0 for k in keys}


def _live(table: sa.Table) -> sa.ColumnElement[bool]:
    return table.c.deleted_at.is_(None)


# --------------------------------------------------------------------------- queries


def _districts(conn: sa.Connection) -> list[tuple[str, str, str, str, bool]]:
    d = District.__table__
    return [
        tuple(r)
        for r in conn.execute(
            sa.select(d.c.code, d.c.number, d.c.name, d.c.official_name, d.c.has_dwellings)
            .where(_live(d))
            .order_by(d.c.code)
        )
    ]


# The splits of the dwelling stock: attribute name in Figures -> (column, values).
SPLITS: dict[str, tuple[str, tuple[str, ...]]] = {
    "by_tenure": ("tenure", tuple(t.value for t in Tenure)),
    "by_target_group": ("target_group", tuple(t.value for t in TargetGroup)),
    "by_status": ("status", tuple(s.value for s in DwellingStatus)),
    "by_actual_use": ("actual_use", tuple(u.value for u in ActualUse)),
}


def _disposer(w: sa.Table) -> sa.ColumnElement[str]:
    """A dwelling's disposing unit (its location's bydel where none is recorded): what a
    bydel's figures count a dwelling by (docs/units.md, "counted by")."""
    return sa.func.coalesce(w.c.disposing_unit_code, w.c.district_code)


def _holder(a: sa.Table) -> sa.ColumnElement[str]:
    """An agreement's holding unit (its bydel where none is recorded)."""
    return sa.func.coalesce(a.c.holding_unit_code, a.c.district_code)


def _dwelling_counts(conn: sa.Connection) -> list[tuple[str, dict[str, int]]]:
    """Live dwellings per disposing unit with every split the sheet shows, in one scan.

    Conditional sums grouped by district only: a GROUP BY over all seven attributes sorted
    every row and took twice as long at 100,000 dwellings.
    """
    w = Dwelling.__table__

    def count_if(cond: sa.ColumnElement[bool], label: str) -> sa.Label:
        return sa.func.sum(sa.case((cond, 1), else_=0)).label(label)

    cols: list[sa.Label] = [sa.func.count().label("total")]
    for attr, (column, values) in SPLITS.items():
        cols += [count_if(w.c[column] == v, f"{attr}:{v}") for v in values]
    cols += [count_if(w.c.rooms == n, f"by_rooms:{n}") for n in (1, 2, 3, 4)]
    cols.append(count_if(w.c.rooms >= 5, "by_rooms:5+"))
    cols.append(count_if(w.c.wheelchair_accessible.is_(True), "wheelchair"))
    unit = _disposer(w).label("unit")
    rows = conn.execute(sa.select(unit, *cols).where(_live(w)).group_by(unit)).mappings()
    return [(row["unit"], {k: int(v or 0) for k, v in row.items() if k != "unit"})
            for row in rows]


def _vacant_dates(conn: sa.Connection) -> list[tuple[str, date | None]]:
    w = Dwelling.__table__
    return [
        (code, since)
        for code, since in conn.execute(
            sa.select(_disposer(w), w.c.vacant_since).where(
                _live(w), w.c.status == DwellingStatus.VACANT.value
            )
        )
    ]


def _agreement_counts(conn: sa.Connection, ref: date) -> Sequence[sa.Row]:
    a = Agreement.__table__
    active = sa.and_(
        _live(a),
        sa.or_(a.c.start_date.is_(None), a.c.start_date <= ref),
        sa.or_(a.c.end_date.is_(None), a.c.end_date >= ref),
    )
    ending = sa.and_(a.c.end_date.is_not(None), a.c.end_date <= add_months(ref, 12))
    unreviewed = sa.or_(a.c.last_reviewed.is_(None), a.c.last_reviewed < add_months(ref, -12))
    holder = _holder(a).label("unit")
    return conn.execute(
        sa.select(
            holder,
            a.c.kind,
            sa.func.count().label("active"),
            sa.func.sum(sa.case((ending, 1), else_=0)).label("ending"),
            sa.func.sum(sa.case((unreviewed, 1), else_=0)).label("unreviewed"),
        )
        .where(active)
        .group_by(holder, a.c.kind)
    ).all()


def _tenant_rents(conn: sa.Connection) -> list[tuple[str, float, int, int, float]]:
    """Per disposing unit: the monthly husleie of occupied live dwellings (sum), how many have
    one and how many do not, and the part of the sum in leased dwellings."""
    w = Dwelling.__table__
    unit = sa.func.coalesce(w.c.disposing_unit_code, w.c.district_code)
    has = w.c.tenant_rent.is_not(None)
    leased = sa.and_(has, w.c.tenure == Tenure.LEASED.value)
    rows = conn.execute(
        sa.select(unit, sa.func.coalesce(sa.func.sum(w.c.tenant_rent), 0.0),
                  sa.func.sum(sa.case((has, 1), else_=0)),
                  sa.func.sum(sa.case((has, 0), else_=1)),
                  sa.func.coalesce(sa.func.sum(sa.case((leased, w.c.tenant_rent))), 0.0))
        .where(_live(w), w.c.status == DwellingStatus.OCCUPIED.value).group_by(unit))
    return [(c, float(s), int(n or 0), int(m or 0), float(ls)) for c, s, n, m, ls in rows]


def _lease_costs(conn: sa.Connection, ref: date) -> list[tuple[str, float, int, int]]:
    """Per holding unit: the monthly cost of lease agreements active on ``ref`` (sum), how
    many have one and how many do not."""
    a = Agreement.__table__
    unit = sa.func.coalesce(a.c.holding_unit_code, a.c.district_code)
    active = sa.and_(
        _live(a), a.c.kind == AgreementKind.LEASE.value,
        sa.or_(a.c.start_date.is_(None), a.c.start_date <= ref),
        sa.or_(a.c.end_date.is_(None), a.c.end_date >= ref))
    has = a.c.monthly_rent.is_not(None)
    rows = conn.execute(
        sa.select(unit, sa.func.coalesce(sa.func.sum(a.c.monthly_rent), 0.0),
                  sa.func.sum(sa.case((has, 1), else_=0)),
                  sa.func.sum(sa.case((has, 0), else_=1)))
        .where(active).group_by(unit))
    return [(c, float(s), int(n or 0), int(m or 0)) for c, s, n, m in rows]


def _maintenance_counts(conn: sa.Connection, ref: date) -> list[sa.Row]:
    """Live dwellings with a responsibility in force for each scope, set on the dwelling itself
    or on its property, each dwelling counted once per scope.

    Counted in two parts rather than as one UNION of (dwelling, scope) pairs, which had to sort
    every pair and took over a second at 100,000 dwellings: dwellings covered through their
    property (dwellings counted per property first, then joined to the property's scopes),
    plus dwellings covered only by a responsibility of their own.
    """
    w, r = Dwelling.__table__, MaintenanceResponsibility.__table__

    def in_force(t: sa.FromClause) -> sa.ColumnElement[bool]:
        return sa.and_(
            t.c.deleted_at.is_(None),
            sa.or_(t.c.valid_from.is_(None), t.c.valid_from <= ref),
            sa.or_(t.c.valid_to.is_(None), t.c.valid_to >= ref),
        )

    on_property = (
        sa.select(r.c.property_id, r.c.scope)
        .where(r.c.property_id.is_not(None), in_force(r))
        .distinct()
        .subquery()
    )
    unit = _disposer(w).label("unit")
    per_property = (
        sa.select(w.c.property_id, unit, sa.func.count().label("n"))
        .where(_live(w))
        .group_by(w.c.property_id, unit)
        .subquery()
    )
    via_property = conn.execute(
        sa.select(per_property.c.unit, on_property.c.scope,
                  sa.func.sum(per_property.c.n))
        .join(on_property, on_property.c.property_id == per_property.c.property_id)
        .group_by(per_property.c.unit, on_property.c.scope)
    ).all()
    on_dwelling = (
        sa.select(r.c.dwelling_id, r.c.scope)
        .where(r.c.dwelling_id.is_not(None), in_force(r))
        .distinct()
        .subquery()
    )
    r2 = r.alias("r2")
    property_has_it = (
        sa.select(r2.c.id)
        .where(r2.c.property_id == w.c.property_id, r2.c.scope == on_dwelling.c.scope,
               in_force(r2))
        .exists()
    )
    only_own = conn.execute(
        sa.select(unit, on_dwelling.c.scope, sa.func.count())
        .join(on_dwelling, on_dwelling.c.dwelling_id == w.c.id)
        .where(_live(w), ~property_has_it)
        .group_by(unit, on_dwelling.c.scope)
    ).all()
    return [*via_property, *only_own]


def _finding_counts(conn: sa.Connection) -> Sequence[sa.Row]:
    f = Finding.__table__
    return conn.execute(
        sa.select(f.c.district_code, f.c.severity, sa.func.count())
        .where(_live(f), f.c.status.in_(UNRESOLVED))
        .group_by(f.c.district_code, f.c.severity)
    ).all()


def central_units(conn: sa.Connection) -> dict[str, str]:
    """Live central units (not bydeler), code -> name, in code order."""
    u = Unit.__table__
    return dict(conn.execute(
        sa.select(u.c.code, u.c.name)
        .where(_live(u), u.c.kind == UnitKind.CENTRAL.value).order_by(u.c.code)).all())


def _central_unit_counts(conn: sa.Connection, codes: list[str]
                         ) -> list[tuple[str, str, dict[str, int]]]:
    """(location, central unit, counts) for live dwellings a central unit disposes of, by the
    bydel they lie in: counts as ``CENTRAL_KEYS``."""
    if not codes:
        return []
    w = Dwelling.__table__

    def count_if(cond: sa.ColumnElement[bool]) -> sa.ColumnElement[int]:
        return sa.func.sum(sa.case((cond, 1), else_=0))

    rows = conn.execute(
        sa.select(w.c.district_code, w.c.disposing_unit_code, sa.func.count(),
                  count_if(w.c.status == DwellingStatus.VACANT.value),
                  count_if(w.c.wheelchair_accessible.is_(True)),
                  count_if(w.c.tenure == Tenure.LEASED.value))
        .where(_live(w), w.c.disposing_unit_code.in_(codes))
        .group_by(w.c.district_code, w.c.disposing_unit_code)).all()
    return [(loc, unit, dict(zip(CENTRAL_KEYS, (int(n or 0) for n in ns), strict=True)))
            for loc, unit, *ns in rows]


def _fold_central_units(figs: dict[str, Figures], oslo: Figures, names: dict[str, str],
                        rows: list[tuple[str, str, dict[str, int]]]) -> None:
    """Each bydel's block of central units' dwellings lying in it (by location), and Oslo's
    (every central unit's whole stock, once)."""
    for f in [*figs.values(), oslo]:
        f.central_units = {code: {"name": name, **_zero(CENTRAL_KEYS)}
                           for code, name in names.items()}
    for loc, unit, counts in rows:
        targets = [oslo] + ([figs[loc]] if loc in figs else [])
        for f in targets:
            block = f.central_units.setdefault(unit, {"name": unit, **_zero(CENTRAL_KEYS)})
            for k, n in counts.items():
                block[k] += n


@dataclass(frozen=True)
class PopulationBase:
    """The population every "per 1 000 innbyggere" figure of a year divides by: one 1 January
    date for all scopes. A bydel's own figure; for Oslo KOSTRA's base, the whole kommune (SSB's
    *Oslo i alt*: Sentrum, Marka and residents without a known address included), else the sum
    of every district's figure. The fact sheets, ``stats``, the exports and Oversikt all take it
    from here (docs/stats_keys.md, "one definition per figure")."""

    year: int | None  # the 1 January year used; None if there is none at all
    by_scope: dict[str, tuple[int, str]]  # district code or "oslo" -> (persons, source)
    fallback: bool  # True if older than 1 January of the year after the figures' year

    @property
    def date(self) -> date | None:
        return date(self.year, 1, 1) if self.year is not None else None

    def persons(self, scope: str) -> int | None:
        hit = self.by_scope.get(scope)
        return hit[0] if hit else None

    def source(self, scope: str) -> str | None:
        hit = self.by_scope.get(scope)
        return hit[1] if hit else None


def population_base(conn: sa.Connection, year: int) -> PopulationBase:
    """The population for ``year``'s figures: SSB's 1 January of ``year + 1`` (= 31 December of
    the year, the base KOSTRA's per-1 000 figures use) if the register has it, else the newest
    figure before it (``fallback``)."""
    p = DistrictPopulation.__table__
    wanted = year + 1
    chosen = conn.execute(
        sa.select(sa.func.max(p.c.year)).where(_live(p), p.c.year <= wanted)
    ).scalar_one_or_none()
    if chosen is None:
        return PopulationBase(None, {}, True)
    rows = conn.execute(
        sa.select(p.c.district_code, p.c.population, p.c.source).where(
            _live(p), p.c.year == chosen
        )
    )
    by_scope = {code: (int(pop), source or "") for code, pop, source in rows}
    # The Oslo total is not a district row in the database; SSB's own total (shipped in
    # resources/) includes residents without a known bydel, which a sum of bydeler misses.
    oslo_total = population_by_district().get((OSLO_SSB_CODE, chosen))
    sheet_codes = [code for code, _n, _nm, _o, has in _districts(conn) if has]
    if oslo_total is not None:
        by_scope[OSLO] = (oslo_total, "SSB, Oslo i alt")
    elif all(c in by_scope for c in sheet_codes):
        # No SSB total for that date (e.g. newer figures imported by users): sum the
        # districts, Sentrum and Marka included.
        by_scope[OSLO] = (sum(n for n, _s in by_scope.values()), "Sum av bydelene")
    return PopulationBase(chosen, by_scope, chosen != wanted)


def per_1000(n: int, population: int | None) -> float | None:
    """Dwellings per 1 000 inhabitants; None without a population figure."""
    return 1000.0 * n / population if population else None


def _snapshots(conn: sa.Connection, year: int) -> dict[str, tuple[dict[str, Any], datetime]]:
    s = StatSnapshot.__table__
    out: dict[str, tuple[dict[str, Any], datetime]] = {}
    for scope, text, taken in conn.execute(
        sa.select(s.c.scope, s.c.figures_json, s.c.taken_at).where(s.c.year == year)
    ):
        try:
            out[scope] = (json.loads(text), taken)
        except ValueError:
            continue  # a damaged snapshot counts as none
    return out


def is_demo(conn: sa.Connection) -> bool:
    m = AppMeta.__table__
    value = conn.execute(sa.select(m.c.value).where(m.c.key == "demo")).scalar_one_or_none()
    return value == "1"


# --------------------------------------------------------------------------- assembly


BASES = ("current", "registered", "corrected")
# What the figures read of a register state (services/history/figures.py).
FIGURE_COLUMNS: dict[str, tuple[str, ...]] = {
    "dwelling": ("property_id", "district_code", "disposing_unit_code", "rooms", "target_group",
                 "tenure", "status", "actual_use", "wheelchair_accessible", "vacant_since",
                 "tenant_rent"),
    "agreement": ("kind", "district_code", "holding_unit_code", "start_date", "end_date",
                  "last_reviewed", "monthly_rent"),
    "maintenance_responsibility": ("property_id", "dwelling_id", "scope", "valid_from",
                                   "valid_to"),
    "finding": ("district_code", "severity", "status"),
}


def _changed_since(conn: sa.Connection, cutoff: datetime) -> int:
    """Records of the register changed at or after ``cutoff`` (one scan of the log)."""
    # lazy: services.history loads pandas (≈ 0.35 s); the window imports stats at start
    from .history import TRACKED
    from .history.changes import entity_type_by_time

    c = ChangeLog.__table__
    sub = (sa.select(c.c.entity_type, c.c.entity_id)
           .where(entity_type_by_time(c).in_(TRACKED), c.c.changed_at >= cutoff,
                  c.c.superseded_at.is_(None)).distinct().subquery())
    return int(conn.execute(sa.select(sa.func.count()).select_from(sub)).scalar_one())


def compute_figures(
    bind: sa.Connection | Session,
    year: int,
    *,
    today: date | None = None,
    now: datetime | None = None,
    as_of: date | None = None,
    corrected: bool = False,
    previous_from_history: bool = True,
) -> dict[str, Figures]:
    """Figures for the 15 bydeler (keyed by code, in code order) and ``"oslo"``, for ``year``.

    ``today``/``now`` fix the clock (tests); by default the real date and local time.
    ``as_of``: the register as registered at the end of that (Oslo) day, later changes left
    out, and the date-dependent figures taken on it (``HistoryIncompleteError`` when the
    file's history does not reach back); with ``corrected`` today's register is used on that
    date instead, and the figures name how many records changed since. The change from the
    previous year comes from its snapshot, else (``previous_from_history``) from the register
    as of 31.12 of that year, if it held dwellings then.
    """
    # lazy: services.history loads pandas (≈ 0.35 s); the window imports stats at start
    from .history.shared import shared_reads

    conn = _conn(bind)
    # The year-end, the year before and the chart's year-ends read the tables and the log once.
    with shared_reads(conn):
        return _compute_figures(conn, year, today=today, now=now, as_of=as_of,
                                corrected=corrected,
                                previous_from_history=previous_from_history)


def _compute_figures(conn: sa.Connection, year: int, *, today: date | None,
                     now: datetime | None, as_of: date | None, corrected: bool,
                     previous_from_history: bool) -> dict[str, Figures]:
    # lazy: services.history loads pandas (≈ 0.35 s); the window imports stats at start
    from .history import figures as hf

    today = today or date.today()
    check_year(year, today)
    state, basis, changed, note, as_of, ref = _choose_basis(conn, year, today, as_of, corrected,
                                                            previous_from_history)
    extracted = (now or datetime.now()).isoformat(timespec="seconds")
    demo = is_demo(conn)

    districts = _districts(conn)

    def blank(scope: str, number: str, name: str, official: str) -> Figures:
        return Figures(
            scope=scope, number=number, name=name, official_name=official, year=year,
            reference_date=ref.isoformat(), extracted_at=extracted, demo=demo,
            by_tenure=_zero(t.value for t in Tenure),
            by_target_group=_zero(t.value for t in TargetGroup),
            by_rooms=_zero(ROOM_KEYS),
            by_status=_zero(s.value for s in DwellingStatus),
            by_actual_use=_zero(u.value for u in ActualUse),
            agreements_by_kind={
                k.value: {"active": 0, "ending_12m": 0, "unreviewed_12m": 0}
                for k in AgreementKind
            },
            maintenance_set=_zero(s.value for s in MaintenanceScope),
            findings_open={**_zero(s.value for s in Severity), "total": 0},
            basis=basis, as_of=as_of.isoformat() if as_of else None, changed_since=changed,
            basis_note=note,
        )

    figs: dict[str, Figures] = {
        code: blank(code, number, name, official)
        for code, number, name, official, has in districts
        if has
    }
    oslo = blank(OSLO, "00", "Oslo", "Oslo kommune")
    # Sentrum, Marka (and anything else) feed the Oslo totals but get no sheet of their own.
    others: dict[str, Figures] = defaultdict(lambda: blank("", "", "", ""))

    def target(code: str | None) -> Figures:
        return figs[code] if code in figs else others[code or ""]

    days = _fold_register(conn, state, ref, target, oslo)
    names = central_units(conn)
    central = (_central_unit_counts(conn, list(names)) if state is None
               else hf.central_unit_counts(state, list(names), DwellingStatus.VACANT.value,
                                           Tenure.LEASED.value))
    _fold_central_units(figs, oslo, names, central)

    _add_population(conn, [*figs.values(), oslo], year)

    # Derived figures, then the ranking (needs every bydel's per-1,000 figure).
    for f in [*figs.values(), oslo]:
        _derive(f, days.get(f.scope, []))
    _rank(figs, oslo)

    _add_indicators(conn, figs, oslo, year)
    _add_change(conn, figs, oslo, year, today, previous_from_history)
    return {**figs, OSLO: oslo}


def _add_population(conn: sa.Connection, figures: list[Figures], year: int) -> None:
    """The population each figure per 1,000 inhabitants is counted on, and its source."""
    pop = population_base(conn, year)
    pop_date = pop.date.isoformat() if pop.date else None
    for f in figures:
        if f.scope in pop.by_scope:
            f.population, f.population_source = pop.by_scope[f.scope]
            f.population_date, f.population_is_fallback = pop_date, pop.fallback


def _add_indicators(conn: sa.Connection, figs: dict[str, Figures], oslo: Figures,
                    year: int) -> None:
    """The sheets' indicator rows (``figs`` holds the bydeler with a sheet, in code order)."""
    indicator_rows = indicator_rows_for(conn, year, list(figs))
    for code, f in figs.items():
        f.indicators = indicator_rows.get(code, [])
    oslo.indicators = indicator_rows.get(OSLO, [])


def _add_change(conn: sa.Connection, figs: dict[str, Figures], oslo: Figures, year: int,
                today: date, previous_from_history: bool) -> None:
    """The change from the previous year (its snapshot, else its register from the
    history), what is missing, and the figures' history."""
    previous: dict[str, tuple[dict[str, Any], datetime | None, str]] = {
        k: (v[0], v[1], "snapshot") for k, v in _snapshots(conn, year - 1).items()}
    if previous_from_history and len(previous) < len(figs) + 1:
        previous.update({k: v for k, v in _previous_from_history(conn, year - 1, today).items()
                         if k not in previous})
    for f in [*figs.values(), oslo]:
        f.change = _change(f, previous.get(f.scope), year - 1)
        f.missing = _missing(f)
    if previous_from_history:
        _attach_history(conn, [*figs.values(), oslo], year)


def _choose_basis(conn: sa.Connection, year: int, today: date, as_of: date | None,
                  corrected: bool, previous_from_history: bool = True,
                  ) -> tuple[Any, str, int | None, str | None, date | None, date]:
    """Which register the figures of ``year`` count: (the as-of state or None for today's
    register, basis, records changed since, the sheet's note, as_of, reference date)."""
    # lazy: services.history loads pandas (≈ 0.35 s); the window imports stats at start
    from .history import HistoryIncompleteError, end_of_day_utc, register_as_of

    ref = reference_date(year, today)
    state = None
    basis, changed, note = "current", None, None
    # A year that is over counts the register as registered at its end by default (issue 13):
    # what was registered later is left out unless asked for (``corrected``). Where the
    # file's history does not reach back, today's register is used and the sheet says so.
    auto = as_of is None and date(year, 12, 31) < today
    if corrected and as_of is None and not auto:
        raise ValidationError(
            f"«Med senere rettelser» gjelder et år som er over, eller en dato (--as-of); "
            f"{year} er ikke over.",
            f"'With corrections' is for a year that is over, or a date (--as-of); {year} is "
            "not over.", field="as_of")
    if auto:
        as_of = date(year, 12, 31)
        if not corrected:
            note = _history_gap(conn, as_of)
            if note is not None:
                as_of = None
    if as_of is not None:
        if as_of > today:
            raise ValidationError(
                f"Datoen {formats.date(as_of)} ligger fram i tid.",
                f"The date {as_of.isoformat()} lies in the future.", field="as_of")
        ref = as_of
        if corrected:
            basis, changed = "corrected", _changed_since(conn, end_of_day_utc(as_of))
        else:
            if previous_from_history:
                _scan_once(conn, year, as_of)
            try:
                state = register_as_of(conn, as_of, strict=True,
                                       tables=tuple(FIGURE_COLUMNS), columns=FIGURE_COLUMNS)
                basis, changed = "registered", state.changed_after_total
            except HistoryIncompleteError as exc:
                if not auto:
                    raise
                note = _incomplete_note(as_of, exc)
                as_of, ref = None, reference_date(year, today)
    return state, basis, changed, note, as_of, ref


def _fold_register(conn: sa.Connection, state: Any, ref: date,
                   target: Callable[[str | None], Figures], oslo: Figures
                   ) -> dict[str, list[int]]:
    """Add the register's grouped counts (dwellings, vacancies, agreements, maintenance,
    findings, rents, lease costs) into each bydel's figures and Oslo's; from today's register
    or, with ``state``, from the register as of a day. Returns the days vacant per scope."""
    # lazy: services.history loads pandas (≈ 0.35 s); the window imports stats at start
    from .history import figures as hf

    # Dwellings: one grouped query, folded into each split.
    dwelling_counts = (_dwelling_counts(conn) if state is None
                       else hf.dwelling_counts(state, SPLITS))
    for code, counts in dwelling_counts:
        for f in (target(code), oslo):
            f.dwellings_total += counts["total"]
            f.wheelchair_accessible += counts["wheelchair"]
            for key, n in counts.items():
                if ":" in key:
                    attr, value = key.split(":", 1)
                    split = getattr(f, attr)
                    split[value] = split.get(value, 0) + n
            # Rooms not registered (or < 1) are what the counted buckets leave over.
            f.by_rooms["unknown"] += counts["total"] - sum(
                counts[f"by_rooms:{k}"] for k in ("1", "2", "3", "4", "5+"))

    days: dict[str, list[int]] = defaultdict(list)  # scope -> days vacant on the ref date
    vacant = (_vacant_dates(conn) if state is None
              else hf.vacant_dates(state, DwellingStatus.VACANT.value))
    for code, since in vacant:
        for f in (target(code), oslo):
            if since is None:
                f.vacant_since_unknown += 1
            elif since <= ref:
                days[f.scope].append((ref - since).days)
            else:
                f.vacant_after_reference += 1

    agreements = (_agreement_counts(conn, ref) if state is None else hf.agreement_counts(
        state, ref, add_months(ref, 12), add_months(ref, -12)))
    for code, kind, active, ending, unreviewed in agreements:
        for f in (target(code), oslo):
            k = f.agreements_by_kind.setdefault(
                str(kind), {"active": 0, "ending_12m": 0, "unreviewed_12m": 0}
            )
            k["active"] += int(active)
            k["ending_12m"] += int(ending or 0)
            k["unreviewed_12m"] += int(unreviewed or 0)

    maintenance = (_maintenance_counts(conn, ref) if state is None
                   else hf.maintenance_counts(state, ref))
    for code, scope, n in maintenance:
        for f in (target(code), oslo):
            f.maintenance_set[str(scope)] = f.maintenance_set.get(str(scope), 0) + int(n)

    findings = (_finding_counts(conn) if state is None
                else hf.finding_counts(state, UNRESOLVED))
    for code, severity, n in findings:
        for f in (target(code), oslo):
            f.findings_open[str(severity)] = f.findings_open.get(str(severity), 0) + int(n)
            f.findings_open["total"] += int(n)

    rents = _tenant_rents(conn) if state is None else hf.tenant_rents(
        state, DwellingStatus.OCCUPIED.value, Tenure.LEASED.value)
    for code, month, with_rent, without, leased_month in rents:
        for f in (target(code), oslo):
            f.rent_tenant_yearly += 12 * month
            f.rent_tenant_dwellings += with_rent
            f.rent_tenant_missing += without
            f.rent_tenant_leased_yearly += 12 * leased_month
    costs = (_lease_costs(conn, ref) if state is None
             else hf.lease_costs(state, ref, AgreementKind.LEASE.value))
    for code, month, with_cost, without in costs:
        for f in (target(code), oslo):
            f.lease_cost_yearly += 12 * month
            f.lease_cost_agreements += with_cost
            f.lease_cost_missing += without
    return days


def _rank(figs: dict[str, Figures], oslo: Figures) -> None:
    """Each bydel's share of Oslo and its rank by dwellings per 1,000 inhabitants."""
    for f in figs.values():
        f.oslo_per_1000 = oslo.dwellings_per_1000
        f.share_of_oslo = _pct(f.dwellings_total, oslo.dwellings_total)
    ranked = sorted(
        (f for f in figs.values() if f.dwellings_per_1000 is not None),
        key=lambda f: -f.dwellings_per_1000,  # type: ignore[operator]
    )
    for f in ranked:
        # Ties share the best rank ("min" ranking): 1 + how many are strictly higher.
        f.rank_per_1000 = 1 + sum(
            1 for g in ranked
            if (g.dwellings_per_1000 or 0.0) > (f.dwellings_per_1000 or 0.0)
        )
    for f in figs.values():
        f.rank_of = len(ranked)
    oslo.rank_of = len(ranked)


def _scan_once(conn: sa.Connection, year: int, as_of: date) -> None:
    """Scan the log once from the earliest whole state this year's sheets rebuild (last
    year's 31.12 for «Endring fra», ``as_of``): the later states are cut from it. The chart's
    older year-ends read their own years' dwelling rows (history.series), so this scan does
    not reach back ten years (it was most of the 16 past sheets' time at 100k)."""
    # lazy: services.history loads pandas (≈ 0.35 s); the window imports stats at start
    from .history import TRACKED, end_of_day_utc
    from .history.changes import scan_log

    begins = _first_logged(conn)
    if begins is None:
        return
    start = end_of_day_utc(as_of)
    previous = end_of_day_utc(date(year - 1, 12, 31))
    if begins < previous < start:
        start = previous
    scan_log(conn, start, TRACKED)


def _first_logged(conn: sa.Connection) -> datetime | None:
    """The earliest moment the file's history reaches (the oldest moment, not the first row
    written: the demo's history and old records imported log past moments last)."""
    # lazy: services.history loads pandas (≈ 0.35 s); the window imports stats at start
    from .history.changes import history_begins

    return history_begins(conn)


def _history_gap(conn: sa.Connection, day: date) -> str | None:
    """Why the register as registered at the end of ``day`` cannot be had from this file's
    log alone (it begins later), or None (one row read; the rebuild finds the rest)."""
    # lazy: services.history loads pandas (≈ 0.35 s); the window imports stats at start
    from .history import end_of_day_utc, format_day, oslo_day

    oldest = _first_logged(conn)
    if oldest is not None and oldest < end_of_day_utc(day):
        return None
    since = f" (den begynner {format_day(oslo_day(oldest))})" if oldest is not None else ""
    return (f"Registerets historikk når ikke tilbake til {format_day(day)}{since}: tallene er "
            f"registeret slik det står i dag, på datoen {format_day(day)}.")


def _incomplete_note(day: date, exc: Exception) -> str:
    # lazy: services.history loads pandas (≈ 0.35 s); the window imports stats at start
    from .history import format_day, oslo_day

    cov = getattr(exc, "coverage", None)
    complete = getattr(cov, "complete_from", None)
    since = (f" (historikken er fullstendig fra {format_day(oslo_day(complete))})"
             if complete is not None else "")
    return (f"Registeret kan ikke gjenskapes nøyaktig per {format_day(day)}{since}: tallene "
            f"er registeret slik det står i dag, på datoen {format_day(day)}.")


HISTORY_YEARS = 10  # points on a sheet's history chart, its own year included


def _attach_history(conn: sa.Connection, figs: list[Figures], year: int) -> None:
    """Each sheet's dwellings over the years: 31.12 of the nine years before from the
    register as of then (one log scan for all sheets), the sheet's own year from itself."""
    # lazy: services.history loads pandas (≈ 0.35 s); the window imports stats at start
    from .history.series import YearPoint, dwelling_series

    years = range(year - HISTORY_YEARS + 1, year)
    series = dwelling_series(conn, years, scopes=[f.scope for f in figs])
    for f in figs:
        own = YearPoint(year, True, f.dwellings_total, f.by_tenure.get("owned", 0),
                        f.by_tenure.get("leased", 0), f.by_tenure.get("referral", 0), f.vacant)
        f.history = [p.to_dict() for p in [*series[f.scope], own]]


def _previous_from_history(conn: sa.Connection, year: int, today: date
                           ) -> dict[str, tuple[dict[str, Any], None, str]]:
    """Last year's figures from the register as of its 31.12, for scopes that held dwellings
    then; nothing where the file's history does not reach back (never a guess)."""
    # lazy: services.history loads pandas (≈ 0.35 s); the window imports stats at start
    from .history import HistoryIncompleteError, end_of_day_utc

    if year < FIRST_YEAR:
        return {}
    # A file whose log begins after that year (made or imported since) held nothing then:
    # skip the rebuild, which reads the whole log.
    oldest = _first_logged(conn)
    if oldest is None or oldest >= end_of_day_utc(date(year, 12, 31)):
        return {}
    try:
        old = compute_figures(conn, year, today=today, as_of=date(year, 12, 31),
                              previous_from_history=False)
    except HistoryIncompleteError:
        return {}
    return {k: (f.to_dict(), None, "as_of") for k, f in old.items() if f.dwellings_total}


def _derive(f: Figures, vacant_days: list[int]) -> None:
    total = f.dwellings_total
    f.dwellings_per_1000 = per_1000(total, f.population)
    f.not_housing = total - f.by_actual_use.get(ActualUse.HOUSING.value, 0)
    f.wheelchair_share = _pct(f.wheelchair_accessible, total)
    f.vacant = f.by_status.get(DwellingStatus.VACANT.value, 0)
    f.vacancy_rate = _pct(f.vacant, total)
    f.median_days_vacant = float(statistics.median(vacant_days)) if vacant_days else None
    f.agreements_active = sum(k["active"] for k in f.agreements_by_kind.values())
    f.agreements_ending_12m = sum(k["ending_12m"] for k in f.agreements_by_kind.values())
    f.agreements_unreviewed_12m = sum(k["unreviewed_12m"] for k in f.agreements_by_kind.values())
    f.maintenance_share = {k: _pct(v, total) for k, v in f.maintenance_set.items()}


def _change(f: Figures, snap: tuple[dict[str, Any], datetime | None, str] | None,
            prev_year: int) -> dict[str, Any] | None:
    """Previous values and differences, for the figures in CHANGE_SCALARS/CHANGE_DICTS.
    ``snap``: (figures, taken at, "snapshot" | "as_of": rebuilt from the change log)."""
    if snap is None:
        return None
    old, taken, source = snap
    current = f.to_dict()

    def delta(a: Any, b: Any) -> Any:
        if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
            return a - b
        return None

    previous: dict[str, Any] = {}
    diff: dict[str, Any] = {}
    for key in CHANGE_SCALARS:
        previous[key] = old.get(key)
        diff[key] = delta(current.get(key), old.get(key))
    for key in CHANGE_DICTS:
        cur, was = current.get(key) or {}, old.get(key) or {}
        previous[key] = {k: was.get(k) for k in cur}
        diff[key] = {k: delta(cur[k], was.get(k)) for k in cur}
    return {
        "from_year": prev_year,
        "taken_at": taken.isoformat(timespec="seconds") if taken else None,
        "source": source,
        "previous": previous,
        "delta": diff,
    }


def _missing(f: Figures) -> list[str]:
    """Machine-readable gaps; the fact sheet turns each into a sentence."""
    out: list[str] = []
    if f.population is None:
        out.append("population")
    elif f.population_is_fallback:
        out.append("population_current")
    if f.dwellings_total == 0:
        out.append("dwellings")
    if not f.indicators:
        out.append("indicators")
    if f.change is None:
        out.append("previous_snapshot")
    if f.vacant_since_unknown:
        out.append("vacant_since")
    if f.vacant_after_reference:
        out.append("vacant_after_reference")
    return out


def figures_for(
    bind: sa.Connection | Session, year: int, scope: str, *, today: date | None = None
) -> Figures:
    """One scope's figures (a district code, its two-digit number, or "oslo")."""
    figs = compute_figures(bind, year, today=today)
    key = resolve_scope(figs, scope)
    return figs[key]


def resolve_scope(figs: dict[str, Figures], scope: str) -> str:
    """Accept "030101", "01", "1" or "oslo"/"00"; raise ValidationError otherwise."""
    s = scope.strip().lower()
    if s in (OSLO, "00", OSLO_SSB_CODE):
        return OSLO
    for code, f in figs.items():
        if s in (code, f.number) or (s.isdigit() and len(s) <= 2 and int(s) == int(f.number)):
            return code
    valid = ", ".join(f.number for c, f in figs.items() if c != OSLO)
    raise ValidationError(
        f"Ukjent bydel «{scope}». Bruk bydelsnummer ({valid}) eller 'oslo'.",
        f"Unknown district '{scope}'. Use a district number ({valid}) or 'oslo'.",
        field="district",
    )


# --------------------------------------------------------------------------- snapshots


@dataclass
class SnapshotResult:
    year: int
    scopes: int
    replaced: bool


def take_snapshot(
    session: Session, year: int, *, replace: bool = False, today: date | None = None
) -> SnapshotResult:
    """Freeze ``year``'s figures (all 15 bydeler and Oslo) so next year's sheets show change.

    An existing snapshot of that year is kept unless ``replace`` is given: a frozen year
    should not move silently.
    """
    check_year(year, today)  # before any SQL: a 20-digit year overflows SQLite's integer
    conn = session.connection()
    s = StatSnapshot.__table__
    exists = conn.execute(
        sa.select(sa.func.count()).select_from(s).where(s.c.year == year)
    ).scalar_one()
    if exists and not replace:
        raise ValidationError(
            f"Det finnes allerede et øyeblikksbilde for {year}. Bruk --replace for å erstatte det.",
            f"A snapshot of {year} already exists. Use --replace to replace it.",
            field="year",
        )
    figs = compute_figures(conn, year, today=today)
    if exists:
        conn.execute(s.delete().where(s.c.year == year))
    user = session.info.get("user", "")
    now = utcnow()
    rows = []
    for scope, f in figs.items():
        data = f.to_dict()
        data.pop("change", None)  # a snapshot holds the year's own figures only
        rows.append({"year": year, "scope": scope, "taken_at": now, "taken_by": user,
                     "figures_json": json.dumps(data, ensure_ascii=False)})
    for r in rows:
        r["id"] = new_id()
    conn.execute(sa.insert(s), rows)
    return SnapshotResult(year, len(rows), bool(exists))


def snapshot_years(bind: sa.Connection | Session) -> list[int]:
    s = StatSnapshot.__table__
    return [y for (y,) in _conn(bind).execute(sa.select(s.c.year).distinct().order_by(s.c.year))]


def available_years(bind: sa.Connection | Session, *, today: date | None = None) -> list[int]:
    """Years worth offering for a sheet: population, indicator and snapshot years, up to now."""
    conn = _conn(bind)
    today = today or date.today()
    p, i = DistrictPopulation.__table__, Indicator.__table__
    years = {today.year}
    for table in (p, i):
        years.update(
            y for (y,) in conn.execute(sa.select(table.c.year).where(_live(table)).distinct())
        )
    years.update(snapshot_years(conn))
    # A population figure of 1 January Y belongs to the sheet for Y − 1.
    years.update(y - 1 for (y,) in conn.execute(sa.select(p.c.year).where(_live(p)).distinct()))
    return sorted(y for y in years if FIRST_YEAR <= y <= today.year)


def district_figures_as_of(db: Any, year: int, scope: str, *, as_of: date,
                           today: date | None = None) -> Figures:
    """One scope's figures as registered at the end of ``as_of`` (``db``: a Database)."""
    with db.engine.connect() as conn:
        figs = compute_figures(conn, year, today=today, as_of=as_of,
                               previous_from_history=False)
    return figs[resolve_scope(figs, scope)]
