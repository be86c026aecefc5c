"""The register as of a date a year back, after a year of realistic change.

Set-up (not timed): the demo database, given a history as if it had been imported two years
ago (one ``insert`` row with its snapshot per record, the demo's summary row dropped), then a
year of change written the way the services log it: 20 % of the dwellings edited (status and
one more field, at times spread over the year), 1 % added and 1 % removed (soft delete). The
log rows go in in time order, as they would have been written.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .common import copy_db, demo_db

N = 100_000


@dataclass
class _State:
    db: Any
    day: date
    district: str
    log_bytes_per_edit: float
    file_mb: float

    def close(self) -> None:
        self.db.close()


def _history(db: Any, now: datetime, rng: random.Random) -> tuple[int, int]:
    """Write the two years of log described above; returns (edit rows, their bytes)."""
    import sqlalchemy as sa

    from boligreg.models import Base, ChangeLog, new_id
    from boligreg.models.base import set_clock
    from boligreg.models.changelog import bulk_insert, encode, log_inserts
    from boligreg.services.history.changes import TRACKED

    start = now - timedelta(days=730)
    year = now - timedelta(days=365)
    log = ChangeLog.__table__
    with db.engine.begin() as conn:
        conn.execute(log.delete().where(log.c.entity_type == "demo"))
        set_clock(lambda: start)
        try:
            for name in TRACKED:
                t = Base.metadata.tables[name]
                rows = [dict(r._mapping) for r in conn.execute(sa.select(t))]
                for r in rows:
                    for k, v in r.items():
                        if hasattr(v, "value"):
                            r[k] = v.value
                for i in range(0, len(rows), 20_000):
                    log_inserts(conn, name, rows[i:i + 20_000], user="import")
        finally:
            set_clock(None)
        d = Base.metadata.tables["dwelling"]
        dw = conn.execute(sa.select(d.c.id, d.c.version, d.c.status, d.c.rooms,
                                    d.c.property_id, d.c.district_code)).all()
        edited = rng.sample(dw, len(dw) // 5)
        removed = rng.sample(dw, len(dw) // 100)
        events: list[tuple[datetime, str, dict]] = []
        for r in edited:
            at = year + timedelta(seconds=rng.randrange(365 * 86400))
            events.append((at, "edit", {"r": r, "status": rng.choice(["vacant", "occupied"]),
                                        "rooms": rng.randint(1, 5)}))
        for r in removed:
            at = year + timedelta(seconds=rng.randrange(365 * 86400))
            events.append((at, "delete", {"r": r}))
        for i in range(len(dw) // 100):
            at = year + timedelta(seconds=rng.randrange(365 * 86400))
            events.append((at, "add", {"src": dw[i]}))
        events.sort(key=lambda e: e[0])
        versions = {r.id: r.version for r in dw}
        log_rows: list[dict] = []
        new_rows: list[dict] = []
        n_edit_rows = 0
        for at, kind, e in events:
            if kind == "add":
                src = e["src"]
                row = {"id": new_id(), "property_id": src.property_id, "unit_number": "U0199",
                       "district_code": src.district_code, "area_m2": 50.0, "rooms": 2,
                       "target_group": "ordinary", "tenure": "owned", "status": "vacant",
                       "actual_use": "housing", "wheelchair_accessible": False,
                       "vacant_since": None, "last_inspection": None, "note": None,
                       "created_at": at, "created_by": "bydel", "updated_at": at,
                       "updated_by": "bydel", "version": 1, "deleted_at": None}
                new_rows.append(row)
                set_clock(lambda at=at: at)
                try:
                    bulk_insert(conn, d, [row])
                    log_inserts(conn, "dwelling", [row], user="bydel")
                finally:
                    set_clock(None)
                continue
            r = e["r"]
            v = versions[r.id] = versions[r.id] + 1
            if kind == "edit":
                changes = {"status": (r.status, e["status"]), "rooms": (r.rooms, e["rooms"])}
                action = "update"
            else:
                changes = {"deleted_at": (None, at)}
                action = "delete"
            values = {k: new for k, (_old, new) in changes.items()}
            conn.execute(d.update().where(d.c.id == r.id).values(
                version=v, updated_at=at, updated_by="bydel", **values))
            for f, (old, new) in changes.items():
                log_rows.append({"id": new_id(), "txn_id": new_id(), "changed_at": at,
                                 "changed_by": "bydel", "entity_type": "dwelling",
                                 "entity_id": r.id, "action": action, "field": f,
                                 "old_value": encode(getattr(old, "value", old)),
                                 "new_value": encode(new), "version": v})
                n_edit_rows += 1
            if len(log_rows) >= 5000:
                bulk_insert(conn, log, log_rows)
                log_rows = []
        bulk_insert(conn, log, log_rows)
    with db.engine.connect() as conn:
        size = conn.exec_driver_sql(
            "SELECT sum(length(id) + length(txn_id) + length(changed_at) + length(changed_by)"
            " + length(entity_type) + length(entity_id) + length(action)"
            " + coalesce(length(field), 0) + coalesce(length(old_value), 0)"
            " + coalesce(length(new_value), 0) + 8) FROM change_log"
            " WHERE action IN ('update', 'delete')").scalar()
    return n_edit_rows, int(size or 0)


def _setup(dwellings: int):
    def setup(folder: Path) -> _State:
        from boligreg.models import open_database

        path = folder / f"history-{dwellings}.db"
        if not path.exists():
            copy_db(demo_db(folder, dwellings), path)
            db = open_database(path, user="bench")
            rows, size = _history(db, datetime.now(), random.Random(13))
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            (folder / f"history-{dwellings}.txt").write_text(f"{rows} {size}")
        rows, size = map(int, (folder / f"history-{dwellings}.txt").read_text().split())
        db = open_database(path, user="bench")
        state = _State(db, date.today() - timedelta(days=365), "030102", size / max(rows, 1),
                       path.stat().st_size / 1e6)
        print(f"  (change log: {state.log_bytes_per_edit:.0f} bytes per edited field; file "
              f"{state.file_mb:.0f} MB after the benchmark year)", flush=True)
        return state

    return setup


def _asof(state: _State) -> None:
    from boligreg.services.history import register_as_of

    with state.db.engine.connect() as conn:
        st = register_as_of(conn, state.day, strict=True)
    assert len(st.tables["dwelling"]) > 0


def _stats_asof(state: _State) -> None:
    from boligreg.services.stats import district_figures_as_of

    district_figures_as_of(state.db, state.day.year, state.district, as_of=state.day)


def _sheets_asof(state: _State) -> None:
    from boligreg.reports.factsheet import build_figures, write_factsheets

    year = date.today().year - 1
    figures = build_figures(state.db, year, as_of=date(year, 12, 31))
    out = Path(state.db.path).parent / "past-sheets"
    assert len(write_factsheets(figures, out, overwrite=True)) == 16  # repeated runs


def benchmarks() -> list:
    return [
        ("as-of state, whole register (a year back)", "100k dwellings, 20 % edited", 2.0,
         _setup(N), _asof),
        ("as-of stats for one bydel (a year back)", "100k dwellings, 20 % edited", 0.5,
         _setup(N), _stats_asof),
        ("as-of fact sheets, all 16 (last year)", "100k dwellings, 20 % edited", 5.0,
         _setup(N), _sheets_asof),
    ]
