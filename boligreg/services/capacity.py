"""Ledig kapasitet i hele byen (issue 14 item 5): vacant and soon-vacant dwellings across every
unit — the 15 bydeler and the central units alike — grouped by rooms, wheelchair accessibility
and target group, with how long each has stood empty. The view a central allocation unit needs
to treat applicants alike across the bydeler (docs/capacity.md).

Definitions (the docs repeat them):

- only live dwellings whose actual use is housing count (a vacant office is no capacity);
- **ledig nå** (``vacant``): status ``vacant``;
- **snart ledig** (``soon``): not vacant, not being refurbished or sold, and within ``days``
  days from ``today`` either its running tenancy ends (``tenancy.end_date``; no later tenancy
  already booked) or its registered vacancy date (``vacant_since``, "Ledig fra") falls;
- **dager ledig** (``days_empty``): ``today − vacant_since`` for a vacant dwelling with a date on
  or before today; unknown (None) otherwise. Group and unit figures take the median and maximum
  over the dwellings whose days are known, and say how many are unknown;
- dwellings are counted by their **disposing unit** (``COALESCE(disposing_unit_code,
  district_code)``); the bydel they lie in is shown beside it.

No tenant data: a tenancy is read for its end date only.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from .. import formats
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, Labels, translate
from ..models import District, Dwelling, Property, Tenancy, Unit
from ..models.enums import ActualUse, DwellingStatus, TargetGroup
from ..models.enums import label as enum_label
from .stats import is_demo

DEFAULT_DAYS = 90
MAX_DAYS = 3650
ROOM_KEYS = ("1", "2", "3", "4", "5+", "unknown")
# Labels translate when read (the chosen language at call time).
ROOM_LABELS = Labels("Capacity", {
    "1": QT_TRANSLATE_NOOP("Capacity", "1 rom"), "2": QT_TRANSLATE_NOOP("Capacity", "2 rom"),
    "3": QT_TRANSLATE_NOOP("Capacity", "3 rom"), "4": QT_TRANSLATE_NOOP("Capacity", "4 rom"),
    "5+": QT_TRANSLATE_NOOP("Capacity", "5 rom eller flere"),
    "unknown": QT_TRANSLATE_NOOP("Capacity", "Ukjent antall rom"),
})
STATE_LABELS = Labels("Capacity", {"vacant": QT_TRANSLATE_NOOP("Capacity", "Ledig nå"),
                                   "soon": QT_TRANSLATE_NOOP("Capacity", "Snart ledig")})
# Statuses that are no capacity even with a tenancy ending: the dwelling is being refurbished,
# already promised to someone, or to be sold.
NOT_TO_LET = (DwellingStatus.REFURBISHMENT.value, DwellingStatus.RESERVED.value,
              DwellingStatus.TO_BE_SOLD.value)


def rooms_key(rooms: int | None) -> str:
    if rooms is None or rooms < 1:
        return "unknown"
    return "5+" if rooms >= 5 else str(rooms)


@dataclass
class CapacityDwelling:
    """One vacant or soon-vacant dwelling."""

    id: str
    state: str  # "vacant" | "soon"
    unit_code: str  # the disposing unit
    unit_name: str
    location_code: str  # the bydel the building lies in
    location_name: str
    address: str
    postcode: str | None
    unit_number: str
    rooms: int | None
    rooms_key: str
    area_m2: float | None
    wheelchair_accessible: bool
    target_group: str
    tenure: str
    status: str
    vacant_since: date | None
    available_from: date | None  # vacant: vacant_since; soon: the tenancy's end + 1 or the date
    days_empty: int | None
    reason: str  # "status", "tenancy_end" or "vacancy_date"


@dataclass
class Spread:
    """Days empty over some dwellings: median and maximum over those whose days are known."""

    median_days_empty: float | None = None
    max_days_empty: int | None = None
    days_unknown: int = 0


def _spread(dwellings: list[CapacityDwelling]) -> Spread:
    vacant = [d for d in dwellings if d.state == "vacant"]
    known = [d.days_empty for d in vacant if d.days_empty is not None]
    return Spread(float(statistics.median(known)) if known else None,
                  max(known) if known else None, len(vacant) - len(known))


@dataclass
class CapacityGroup:
    """The dwellings of one (rooms, wheelchair, target group) combination."""

    rooms_key: str
    wheelchair_accessible: bool
    target_group: str
    vacant: int = 0
    soon: int = 0
    median_days_empty: float | None = None
    max_days_empty: int | None = None
    days_unknown: int = 0
    by_unit: dict[str, int] = field(default_factory=dict)  # unit code -> vacant + soon

    @property
    def total(self) -> int:
        return self.vacant + self.soon

    @property
    def label(self) -> str:
        chair = (translate("Capacity", "rullestoltilgjengelig") if self.wheelchair_accessible
                 else translate("Capacity", "ikke rullestol"))
        return (f"{ROOM_LABELS[self.rooms_key]}, {chair}, "
                f"{enum_label(self.target_group, TargetGroup).lower()}")


@dataclass
class UnitCapacity:
    code: str
    name: str
    central: bool
    vacant: int = 0
    soon: int = 0
    median_days_empty: float | None = None
    max_days_empty: int | None = None
    days_unknown: int = 0


@dataclass
class Capacity:
    today: date
    days: int
    until: date  # the last day "soon" looks at
    dwellings: list[CapacityDwelling]
    groups: list[CapacityGroup]
    units: list[UnitCapacity]
    vacant: int = 0
    soon: int = 0
    median_days_empty: float | None = None
    max_days_empty: int | None = None
    days_unknown: int = 0
    not_housing_vacant: int = 0  # vacant dwellings left out: their actual use is not housing
    demo: bool = False

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("today", "until"):
            out[key] = out[key].isoformat()
        for d in out["dwellings"]:
            for key in ("vacant_since", "available_from"):
                d[key] = d[key].isoformat() if d[key] else None
        for g, group in zip(out["groups"], self.groups, strict=True):
            g["total"] = group.total
        return out


def check_days(days: int) -> None:
    if not 0 <= days <= MAX_DAYS:
        raise ValidationError(
            f"Antall dager må være fra 0 til {MAX_DAYS}, ikke {days}.",
            f"The number of days must be from 0 to {MAX_DAYS}, not {days}.", field="days")


def _names(conn: sa.Connection) -> tuple[dict[str, str], set[str]]:
    u, d = Unit.__table__, District.__table__
    names = {code: name for code, name in conn.execute(
        sa.select(d.c.code, d.c.name).where(d.c.deleted_at.is_(None)))}
    central: set[str] = set()
    for code, name, kind in conn.execute(
            sa.select(u.c.code, u.c.name, u.c.kind).where(u.c.deleted_at.is_(None))):
        names.setdefault(code, name)
        if str(kind) == "central":
            central.add(code)
    return names, central


def _ending_tenancies(today: date, until: date) -> sa.Select:
    """(dwelling id, end date) of running tenancies ending in [today, until] with no later
    tenancy booked on the dwelling and no running one without an end (dates only: no tenant
    data is read)."""
    t = Tenancy.__table__
    other = t.alias("other")
    booked_or_open = (
        sa.select(other.c.id)
        .where(other.c.dwelling_id == t.c.dwelling_id, other.c.deleted_at.is_(None),
               sa.or_(other.c.start_date > t.c.end_date,
                      sa.and_(other.c.start_date <= today, other.c.end_date.is_(None))))
        .exists())
    return (sa.select(t.c.dwelling_id, sa.func.max(t.c.end_date).label("end_date"))
            .where(t.c.deleted_at.is_(None), t.c.start_date <= today,
                   t.c.end_date.is_not(None), t.c.end_date >= today, t.c.end_date <= until,
                   ~booked_or_open)
            .group_by(t.c.dwelling_id))


def compute_capacity(conn: sa.Connection, *, days: int = DEFAULT_DAYS,
                     today: date | None = None, units: list[str] | None = None,
                     target_group: str | None = None, wheelchair_only: bool = False,
                     min_rooms: int | None = None, include_soon: bool = True) -> Capacity:
    """Vacant and soon-vacant dwellings of every unit (or of ``units``), grouped.

    ``days``: how far ahead "snart ledig" looks (0: today only). Filters: ``units`` (disposing
    unit codes), ``target_group``, ``wheelchair_only``, ``min_rooms``, ``include_soon``."""
    check_days(days)
    today = today or date.today()
    until = today + timedelta(days=days)
    names, central = _names(conn)
    w, p = Dwelling.__table__, Property.__table__
    disposer = sa.func.coalesce(w.c.disposing_unit_code, w.c.district_code).label("unit")
    live = w.c.deleted_at.is_(None)
    not_housing_vacant = int(conn.execute(
        sa.select(sa.func.count()).where(live, w.c.status == DwellingStatus.VACANT.value,
                                         w.c.actual_use != ActualUse.HOUSING.value)
    ).scalar_one())
    ending = _ending_tenancies(today, until).subquery()
    future_date = sa.and_(w.c.vacant_since.is_not(None), w.c.vacant_since > today,
                          w.c.vacant_since <= until)
    candidates = w.c.status == DwellingStatus.VACANT.value
    if include_soon:
        candidates = sa.or_(candidates, sa.and_(
            w.c.status.not_in(NOT_TO_LET),
            sa.or_(future_date, ending.c.end_date.is_not(None))))
    stmt = (
        sa.select(w.c.id, disposer, w.c.district_code, p.c.street_address, p.c.postcode,
                  w.c.unit_number, w.c.rooms, w.c.area_m2, w.c.wheelchair_accessible,
                  w.c.target_group, w.c.tenure, w.c.status, w.c.vacant_since,
                  ending.c.end_date)
        .join(p, p.c.id == w.c.property_id)
        .outerjoin(ending, ending.c.dwelling_id == w.c.id)
        .where(live, w.c.actual_use == ActualUse.HOUSING.value, candidates)
        .order_by(disposer, p.c.street_address, w.c.unit_number, w.c.id)
    )
    if units:
        stmt = stmt.where(disposer.in_(units))
    if target_group:
        stmt = stmt.where(w.c.target_group == target_group)
    if wheelchair_only:
        stmt = stmt.where(w.c.wheelchair_accessible.is_(True))
    if min_rooms is not None:
        stmt = stmt.where(w.c.rooms >= min_rooms)
    dwellings: list[CapacityDwelling] = []
    for (did, unit, loc, street, postcode, unit_number, rooms, area, chair, group, tenure,
         status, since, end) in conn.execute(stmt):
        status = str(status)
        if status == DwellingStatus.VACANT.value:
            state, reason = "vacant", "status"
            known = since is not None and since <= today
            available = since
            days_empty = (today - since).days if known else None
        else:
            state, days_empty = "soon", None
            dated = since if since is not None and today < since <= until else None
            # The earlier of the two ways it frees up.
            if end is not None and (dated is None or end + timedelta(days=1) <= dated):
                reason, available = "tenancy_end", end + timedelta(days=1)
            else:
                reason, available = "vacancy_date", dated
        dwellings.append(CapacityDwelling(
            id=did, state=state, unit_code=unit, unit_name=names.get(unit, unit),
            location_code=loc, location_name=names.get(loc, loc), address=street or "",
            postcode=postcode, unit_number=unit_number, rooms=rooms, rooms_key=rooms_key(rooms),
            area_m2=area, wheelchair_accessible=bool(chair), target_group=str(group),
            tenure=str(tenure), status=status, vacant_since=since, available_from=available,
            days_empty=days_empty, reason=reason))
    groups, unit_rows = _grouped(dwellings, names, central)
    return Capacity(today, days, until, dwellings, groups, unit_rows,
                    vacant=sum(d.state == "vacant" for d in dwellings),
                    soon=sum(d.state == "soon" for d in dwellings),
                    not_housing_vacant=not_housing_vacant, demo=is_demo(conn),
                    **asdict(_spread(dwellings)))


def _grouped(dwellings: list[CapacityDwelling], names: dict[str, str], central: set[str]
             ) -> tuple[list[CapacityGroup], list[UnitCapacity]]:
    """The dwellings by (rooms, wheelchair, target group) and by unit, in display order."""
    groups_of: dict[tuple[str, bool, str], list[CapacityDwelling]] = defaultdict(list)
    units_of: dict[str, list[CapacityDwelling]] = defaultdict(list)
    for d in dwellings:
        groups_of[(d.rooms_key, d.wheelchair_accessible, d.target_group)].append(d)
        units_of[d.unit_code].append(d)
    order = {k: i for i, k in enumerate(ROOM_KEYS)}
    tg_order = {t.value: i for i, t in enumerate(TargetGroup)}
    groups = []
    for (rk, chair, tg), members in sorted(
            groups_of.items(), key=lambda kv: (order[kv[0][0]], not kv[0][1],
                                               tg_order.get(kv[0][2], 99), kv[0][2])):
        by_unit: dict[str, int] = defaultdict(int)
        for d in members:
            by_unit[d.unit_code] += 1
        groups.append(CapacityGroup(
            rk, chair, tg, vacant=sum(d.state == "vacant" for d in members),
            soon=sum(d.state == "soon" for d in members), by_unit=dict(sorted(by_unit.items())),
            **asdict(_spread(members))))
    unit_rows = []
    for code in sorted(units_of, key=lambda c: (c in central, c)):
        members = units_of[code]
        unit_rows.append(UnitCapacity(
            code, names.get(code, code), code in central,
            vacant=sum(d.state == "vacant" for d in members),
            soon=sum(d.state == "soon" for d in members), **asdict(_spread(members))))
    return groups, unit_rows


def capacity_for(db: Any, **kwargs: Any) -> Capacity:
    """``compute_capacity`` on a Database (for the window's worker and the CLI)."""
    with db.engine.connect() as conn:
        return compute_capacity(conn, **kwargs)


# --------------------------------------------------------------------------- xlsx


def _fmt_days(x: float | None) -> str:
    return "–" if x is None else (str(int(x)) if float(x).is_integer() else f"{x:.1f}")


def write_capacity_xlsx(cap: Capacity, path: Any) -> None:
    """Three sheets: the groups, the units, every dwelling (XlsxWriter; a few thousand rows)."""
    import xlsxwriter  # lazy: ≈ 65 ms, only when an xlsx is written

    wb = xlsxwriter.Workbook(str(path), {"remove_timezone": True})
    try:
        bold = wb.add_format({"bold": True, "bottom": 1})
        dfmt = wb.add_format({"num_format": "dd.mm.yyyy"})
        note = wb.add_format({"italic": True, "font_color": "#555555"})

        def sheet(title: str, headers: list[str], rows: list[list[Any]],
                  widths: list[int]) -> None:
            ws = wb.add_worksheet(title)
            ws.write_row(0, 0, headers, bold)
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row):
                    if isinstance(value, date):
                        ws.write_datetime(r, c, value, dfmt)
                    elif value is None:
                        ws.write_blank(r, c, None)
                    else:
                        ws.write(r, c, value)
            for c, width in enumerate(widths):
                ws.set_column(c, c, width)
            ws.freeze_panes(1, 0)
            ws.autofilter(0, 0, max(len(rows), 1), len(headers) - 1)
            ws.write(len(rows) + 2, 0, footer, note)

        footer = translate(
            "Capacity", "Ledig kapasitet per {today}; snart ledig: innen {days} dager (til "
                        "{until}). Talt etter disponerende enhet. Kilde: boligreg.").format(
            today=formats.date(cap.today), days=formats.integer(cap.days),
            until=formats.date(cap.until))
        if cap.demo:
            footer += " " + translate("Capacity", "DEMODATA – syntetiske tall.")
        yes, no = translate("Capacity", "Ja"), translate("Capacity", "Nei")

        def head(*names: str) -> list[str]:
            return [translate("Capacity", n) for n in names]

        unit_names = {u.code: u.name for u in cap.units}
        sheet(translate("Capacity", "Grupper"), head(
            QT_TRANSLATE_NOOP("Capacity", "Rom"),
            QT_TRANSLATE_NOOP("Capacity", "Rullestoltilgjengelig"),
            QT_TRANSLATE_NOOP("Capacity", "Målgruppe"), QT_TRANSLATE_NOOP("Capacity", "Ledig nå"),
            QT_TRANSLATE_NOOP("Capacity", "Snart ledig"), QT_TRANSLATE_NOOP("Capacity", "I alt"),
            QT_TRANSLATE_NOOP("Capacity", "Median dager ledig"),
            QT_TRANSLATE_NOOP("Capacity", "Maks dager ledig"),
            QT_TRANSLATE_NOOP("Capacity", "Ledig uten dato"),
            QT_TRANSLATE_NOOP("Capacity", "Per enhet")),
              [[ROOM_LABELS[g.rooms_key], yes if g.wheelchair_accessible else no,
                enum_label(g.target_group, TargetGroup), g.vacant, g.soon, g.total,
                g.median_days_empty, g.max_days_empty, g.days_unknown,
                ", ".join(f"{unit_names.get(c, c)} {n}" for c, n in g.by_unit.items())]
               for g in cap.groups],
              [18, 12, 26, 9, 11, 7, 12, 12, 10, 60])
        sheet(translate("Capacity", "Enheter"), head(
            QT_TRANSLATE_NOOP("Capacity", "Enhet"), QT_TRANSLATE_NOOP("Capacity", "Kode"),
            QT_TRANSLATE_NOOP("Capacity", "Sentral enhet"), "Ledig nå", "Snart ledig",
            "Median dager ledig", "Maks dager ledig", "Ledig uten dato"),
              [[u.name, u.code, yes if u.central else no, u.vacant, u.soon,
                u.median_days_empty, u.max_days_empty, u.days_unknown] for u in cap.units],
              [24, 14, 10, 9, 11, 12, 12, 10])
        sheet(translate("Capacity", "Boliger"), head(
            QT_TRANSLATE_NOOP("Capacity", "Tilstand"),
            QT_TRANSLATE_NOOP("Capacity", "Disponeres av"),
            QT_TRANSLATE_NOOP("Capacity", "Ligger i bydel"),
            QT_TRANSLATE_NOOP("Capacity", "Adresse"),
            QT_TRANSLATE_NOOP("Capacity", "Postnr"), QT_TRANSLATE_NOOP("Capacity", "Bolignr"),
            "Rom", QT_TRANSLATE_NOOP("Capacity", "Areal"), "Rullestoltilgjengelig", "Målgruppe",
            QT_TRANSLATE_NOOP("Capacity", "Ledig fra"),
            QT_TRANSLATE_NOOP("Capacity", "Dager ledig"),
            QT_TRANSLATE_NOOP("Capacity", "Grunn"), QT_TRANSLATE_NOOP("Capacity", "Bolig-ID")),
              [[STATE_LABELS[d.state], d.unit_name, d.location_name, d.address, d.postcode,
                d.unit_number, d.rooms, d.area_m2, yes if d.wheelchair_accessible else no,
                enum_label(d.target_group, TargetGroup), d.available_from, d.days_empty,
                REASON_LABELS[d.reason], d.id] for d in cap.dwellings],
              [12, 20, 18, 28, 7, 8, 5, 7, 12, 24, 11, 10, 22, 38])
    finally:
        wb.close()


REASON_LABELS = Labels("Capacity", {
    "status": QT_TRANSLATE_NOOP("Capacity", "status ledig"),
    "tenancy_end": QT_TRANSLATE_NOOP("Capacity", "leieforholdet slutter"),
    "vacancy_date": QT_TRANSLATE_NOOP("Capacity", "registrert ledig-dato"),
})


def text_table(cap: Capacity) -> list[str]:
    """The groups as a plain table for the terminal (bokmål)."""
    lines = [f"Ledig kapasitet i hele byen per {cap.today:%d.%m.%Y} (snart ledig: innen "
             f"{cap.days} dager)" + ("  (DEMODATA – syntetiske tall)" if cap.demo else ""),
             f"{'Gruppe':<62} {'Ledig':>6} {'Snart':>6} {'Median d.':>9} {'Maks d.':>8}"]
    for g in cap.groups:
        lines.append(f"{g.label[:62]:<62} {g.vacant:>6} {g.soon:>6} "
                     f"{_fmt_days(g.median_days_empty):>9} {_fmt_days(g.max_days_empty):>8}")
    lines.append(f"{'I alt':<62} {cap.vacant:>6} {cap.soon:>6} "
                 f"{_fmt_days(cap.median_days_empty):>9} {_fmt_days(cap.max_days_empty):>8}")
    lines.append("")
    lines.append(f"{'Enhet':<30} {'Ledig':>6} {'Snart':>6} {'Median d.':>9} {'Maks d.':>8}")
    for u in cap.units:
        lines.append(f"{u.name[:30]:<30} {u.vacant:>6} {u.soon:>6} "
                     f"{_fmt_days(u.median_days_empty):>9} {_fmt_days(u.max_days_empty):>8}")
    if cap.not_housing_vacant:
        lines.append(f"\n{cap.not_housing_vacant} ledige boliger brukes ikke som bolig og er "
                     "ikke regnet med.")
    return lines
