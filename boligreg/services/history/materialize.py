"""A register state as a database of its own: an in-memory SQLite with boligreg's schema,
holding the state's records and today's reference data (bydeler, population, indicators).

Every builder that reads tables (exports, counts per bydel) then answers for a past date
unchanged, without a second, pandas version of its query. Untracked columns (finding
``last_seen``, see changes.UNTRACKED) are filled with the nearest known value (``first_seen``)
so the schema's NOT NULL holds; nothing reads them for a past date.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

from ...models import Base
from .asof import RegisterState

REFERENCE = ("district", "district_population", "indicator", "app_meta")
CHUNK = 20_000


def materialize(state: RegisterState, source: sa.Connection) -> sa.Engine:
    """An engine on a fresh in-memory database holding ``state`` (the caller disposes it)."""
    engine = sa.create_engine("sqlite://", poolclass=StaticPool)
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        for name in REFERENCE:
            t = Base.metadata.tables[name]
            rows = [dict(r._mapping) for r in source.execute(sa.select(t))]
            if rows:
                conn.execute(t.insert(), rows)
        for name, df in state.tables.items():
            t = Base.metadata.tables[name]
            if df.empty:
                continue
            frame = df.astype(object).where(df.notna(), None)
            if name == "finding" and "last_seen" not in frame.columns:
                frame = frame.assign(last_seen=frame["first_seen"])
            rows = frame.to_dict("records")
            for i in range(0, len(rows), CHUNK):
                conn.execute(t.insert(), rows[i:i + CHUNK])
    return engine
