"""The register's three tables (dwellings, properties, agreements) as :class:`RowSet`.

The grids get plain tuples from Core selects (dates and enums cast to strings, so the driver
does no per-cell conversion; ISO dates sort and compare as text) and keep them in memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import cast

import sqlalchemy as sa

from ...models import (
    Agreement,
    AgreementDwelling,
    Database,
    District,
    Dwelling,
    MaintenanceResponsibility,
    Property,
    Unit,
)
from ...models.enums import DwellingStatus
from .maintenance import coverage_of
from .queries import active_responsibility
from .rows import RowSet


def _s(col: sa.ColumnElement) -> sa.ColumnElement:
    """A date or enum column as its stored text: no per-row conversion by the driver."""
    return sa.cast(col, sa.String)


def fetch_tuples(conn: sa.Connection, stmt: sa.Select) -> list[tuple]:
    """All rows as the driver's plain tuples, skipping SQLAlchemy's per-row Row objects
    (25 % of a 100k-row grid load). Only for selects whose columns need no result
    processing: text, numbers, and dates/enums cast to text (booleans may come as 0/1)."""
    result = conn.execute(stmt)
    try:
        return cast(list[tuple], result.cursor.fetchall())  # a list already; no copy
    finally:
        result.close()


def _live_link(ad: sa.Table, a: sa.Table, today: date) -> sa.ColumnElement[bool]:
    return sa.and_(
        ad.c.deleted_at.is_(None),
        a.c.deleted_at.is_(None),
        sa.or_(ad.c.to_date.is_(None), ad.c.to_date >= today),
    )


DWELLING_FIELDS = (
    "id", "district", "address", "postcode", "unit_number", "tenure", "status", "actual_use",
    "target_group", "area_m2", "rooms", "wheelchair", "vacant_since", "last_inspection",
    "updated_at", "disposer", "agreement_ref", "landlord", "landlord_orgnr", "agreement_kind",
    "agreement_end",
)  # "district": where the building lies; "disposer": the unit disposing of it (issue 14)
DWELLING_SEARCH = ("address", "unit_number", "agreement_ref", "landlord", "landlord_orgnr",
                   "postcode")
_NO_AGREEMENT = (None, None, None, None, None)


def current_agreements(
    conn: sa.Connection, today: date, ids: Sequence[str] | None = None
) -> dict[str, tuple]:
    """Per dwelling under a current agreement: (references, landlords, orgnrs, kinds, end).

    Several agreements are joined by ", " (kinds by ","); the end is the earliest one, the
    one that needs attention first.
    """
    ad, a = AgreementDwelling.__table__, Agreement.__table__
    stmt = (
        sa.select(
            ad.c.dwelling_id,
            sa.func.aggregate_strings(a.c.reference, ", "),
            sa.func.aggregate_strings(a.c.landlord_name, ", "),
            sa.func.aggregate_strings(sa.func.coalesce(a.c.landlord_orgnr, ""), " "),
            sa.func.aggregate_strings(_s(a.c.kind), ","),
            sa.func.min(_s(a.c.end_date)),
        )
        .join(a, a.c.id == ad.c.agreement_id)
        .where(_live_link(ad, a, today))
        .group_by(ad.c.dwelling_id)
    )
    if ids is not None:
        stmt = stmt.where(ad.c.dwelling_id.in_(list(ids)))
    return {did: (refs, landlords, orgnrs.strip() or None, kinds, end)
            for did, refs, landlords, orgnrs, kinds, end in conn.execute(stmt)}


def load_dwellings(
    conn: sa.Connection,
    district: str | None = None,
    today: date | None = None,
    ids: Sequence[str] | None = None,
) -> RowSet:
    """Live dwellings (of one bydel or all) with address and current agreements, one tuple each.

    The agreements come from a second, small query merged in Python: joining their
    aggregate in SQL made SQLite build a temporary index per load (0.3 s at 100k).
    """
    today = today or date.today()
    w, p, d, u = Dwelling.__table__, Property.__table__, District.__table__, Unit.__table__
    # "district" is the dwelling's location; "disposer" the unit that disposes of it (its
    # location's bydel where none is recorded) — docs/units.md, "counted by".
    disposer = sa.func.coalesce(w.c.disposing_unit_code, w.c.district_code)
    stmt = (
        sa.select(
            w.c.id, d.c.name, p.c.street_address, p.c.postcode, w.c.unit_number,
            _s(w.c.tenure), _s(w.c.status), _s(w.c.actual_use), _s(w.c.target_group),
            w.c.area_m2, w.c.rooms, w.c.wheelchair_accessible, _s(w.c.vacant_since),
            _s(w.c.last_inspection), _s(w.c.updated_at),
            sa.func.coalesce(u.c.name, disposer),
        )
        .join(p, p.c.id == w.c.property_id)
        .join(d, d.c.code == w.c.district_code)
        .outerjoin(u, u.c.code == disposer)
        .where(w.c.deleted_at.is_(None))
    )
    if district:
        stmt = stmt.where(w.c.district_code == district)
    if ids is not None:
        stmt = stmt.where(w.c.id.in_(list(ids)))
    agreements = current_agreements(conn, today, ids)
    get = agreements.get
    rows = [(*r, *get(r[0], _NO_AGREEMENT)) for r in fetch_tuples(conn, stmt)]
    return RowSet(DWELLING_FIELDS, rows, DWELLING_SEARCH, natural_fields=("address",))


PROPERTY_FIELDS = (
    "id", "district_code", "district", "address", "postcode", "matrikkel", "owner_kind",
    "owner_name", "owner_orgnr", "built_year", "dwellings", "vacant", "interior", "exterior",
    "technical", "outdoor", "coverage", "updated_at",
)
PROPERTY_SEARCH = ("address", "postcode", "matrikkel", "owner_name", "owner_orgnr")
def load_properties(
    conn: sa.Connection,
    district: str | None = None,
    today: date | None = None,
    ids: Sequence[str] | None = None,
) -> RowSet:
    """Live properties with dwelling counts and who maintains each scope (property level).

    A property counts as belonging to a bydel if its own district code is that bydel.
    Scope columns hold the active parties' values joined by "," ("" when nobody).
    """
    today = today or date.today()
    p, d, w = Property.__table__, District.__table__, Dwelling.__table__
    m = MaintenanceResponsibility.__table__
    counts = (
        sa.select(
            w.c.property_id,
            sa.func.count().label("n"),
            sa.func.sum(sa.case((w.c.status == DwellingStatus.VACANT.value, 1), else_=0))
            .label("vacant"),
        )
        .where(w.c.deleted_at.is_(None))
        .group_by(w.c.property_id)
        .subquery()
    )
    stmt = (
        sa.select(
            p.c.id, p.c.district_code, d.c.name, p.c.street_address, p.c.postcode,
            p.c.gnr, p.c.bnr, p.c.fnr, p.c.snr, _s(p.c.owner_kind), p.c.owner_name,
            p.c.owner_orgnr, p.c.built_year, counts.c.n, counts.c.vacant, _s(p.c.updated_at),
        )
        .join(d, d.c.code == p.c.district_code)
        .outerjoin(counts, counts.c.property_id == p.c.id)
        .where(p.c.deleted_at.is_(None))
    )
    resp = (
        sa.select(m.c.property_id, _s(m.c.scope), _s(m.c.party))
        .where(m.c.property_id.is_not(None), active_responsibility(m, today))
        .order_by(m.c.property_id, m.c.scope, m.c.party)
    )
    if district:
        stmt = stmt.where(p.c.district_code == district)
        resp = resp.join(p, p.c.id == m.c.property_id).where(p.c.district_code == district)
    if ids is not None:
        stmt = stmt.where(p.c.id.in_(list(ids)))
        resp = resp.where(m.c.property_id.in_(list(ids)))
    parties: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for pid, scope, party in fetch_tuples(conn, resp):
        parties[pid][scope].append(party)
    rows = []
    for (pid, code, dname, addr, postcode, gnr, bnr, fnr, snr, owner_kind, owner_name,
         owner_orgnr, built, n, vacant, updated) in fetch_tuples(conn, stmt):
        by_scope = {s: ",".join(v) for s, v in parties.get(pid, {}).items()}
        rows.append((
            pid, code, dname, addr, postcode, matrikkel_text(gnr, bnr, fnr, snr), owner_kind,
            owner_name, owner_orgnr, built, n or 0, int(vacant or 0),
            by_scope.get("interior", ""), by_scope.get("exterior", ""),
            by_scope.get("technical", ""), by_scope.get("outdoor", ""),
            coverage_of(by_scope), updated,
        ))
    return RowSet(PROPERTY_FIELDS, rows, PROPERTY_SEARCH, natural_fields=("address",))


def matrikkel_text(gnr: int | None, bnr: int | None, fnr: int | None, snr: int | None) -> str:
    """"208/112", with /fnr/snr only when either is set."""
    if gnr is None or bnr is None:
        return ""
    if fnr or snr:
        return f"{gnr}/{bnr}/{fnr or 0}/{snr or 0}"
    return f"{gnr}/{bnr}"


AGREEMENT_FIELDS = (
    "id", "kind", "reference", "landlord", "landlord_orgnr", "district_code", "district",
    "start_date", "end_date", "days_left", "notice_months", "monthly_rent", "dwellings",
    "last_reviewed", "officer", "updated_at", "holder",
)  # "holder": the unit holding the agreement (may be central; issue 14)
AGREEMENT_SEARCH = ("reference", "landlord", "landlord_orgnr")


def load_agreements(
    conn: sa.Connection,
    district: str | None = None,
    today: date | None = None,
    ids: Sequence[str] | None = None,
) -> RowSet:
    """Live agreements with the number of dwellings they cover today and days to their end."""
    today = today or date.today()
    a, d, ad = Agreement.__table__, District.__table__, AgreementDwelling.__table__
    w, u = Dwelling.__table__, Unit.__table__
    counts = (
        sa.select(ad.c.agreement_id, sa.func.count().label("n"))
        .join(w, w.c.id == ad.c.dwelling_id)
        .where(ad.c.deleted_at.is_(None), w.c.deleted_at.is_(None),
               sa.or_(ad.c.to_date.is_(None), ad.c.to_date >= today))
        .group_by(ad.c.agreement_id)
        .subquery()
    )
    stmt = (
        sa.select(
            a.c.id, _s(a.c.kind), a.c.reference, a.c.landlord_name, a.c.landlord_orgnr,
            a.c.district_code, d.c.name, _s(a.c.start_date), _s(a.c.end_date),
            a.c.notice_months, a.c.monthly_rent, counts.c.n, _s(a.c.last_reviewed),
            a.c.responsible_officer, _s(a.c.updated_at), u.c.name,
        )
        .join(d, d.c.code == a.c.district_code)
        .outerjoin(counts, counts.c.agreement_id == a.c.id)
        .outerjoin(u, u.c.code == a.c.holding_unit_code)
        .where(a.c.deleted_at.is_(None))
    )
    if district:
        stmt = stmt.where(a.c.district_code == district)
    if ids is not None:
        stmt = stmt.where(a.c.id.in_(list(ids)))
    rows = []
    for (aid, kind, ref, landlord, orgnr, code, dname, start, end, notice, rent, n, reviewed,
         officer, updated, holder) in fetch_tuples(conn, stmt):
        days = (date.fromisoformat(end[:10]) - today).days if end else None
        rows.append((aid, kind, ref, landlord, orgnr, code, dname, start, end, days, notice,
                     rent, n or 0, reviewed, officer, updated, holder))
    return RowSet(AGREEMENT_FIELDS, rows, AGREEMENT_SEARCH, natural_fields=("reference",))


# --- for the window: each call opens and closes its own connection ----------------------------

GRIDS: dict[str, Callable[..., RowSet]] = {
    "dwellings": load_dwellings, "properties": load_properties, "agreements": load_agreements,
}


def load_grid(db: Database, grid: str, district: str | None = None,
              ids: Sequence[str] | None = None) -> RowSet:
    """One of the register's tables (``GRIDS``) for the window, on its own connection: the UI
    never holds one (it runs this off the UI thread, where no connection may cross)."""
    with db.engine.connect() as conn:
        return GRIDS[grid](conn, district, ids=ids)
