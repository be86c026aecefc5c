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
    result = sorted(out.values(), key=lambda c: c.code)
    return [c for c in result if include_empty or c.total or c.code <= "030115"]
