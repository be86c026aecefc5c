"""The register as of a date a year back, after a year of realistic change.

Set-up (not timed): the demo database, given a history as if it had been imported two years
ago (one ``insert`` row with its snapshot per record, the demo's summary row dropped), then a
year of change written the way the services log it: 20 % of the dwellings edited (status and
one more field, at times spread over the year), 1 % added and 1 % removed (soft delete). The
log rows go in in time order, as they would have been written.

The set-up prints what the year cost the change log (``_Growth``): the bytes of the year's
update/delete rows per edited field, the change log's growth on disk, and the file size.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .common import copy_db, demo_db

N = 100_000


# Data bytes of a change-log row as the benchmark counts them: each text column's length and
# 8 for the version (SQLite's own record header, rowid and index entries are not in it).
_PAYLOAD = ("sum(length(id) + length(txn_id) + length(changed_at) + length(changed_by)"
            " + length(entity_type) + length(entity_id) + length(action)"
            " + coalesce(length(field), 0) + coalesce(length(old_value), 0)"
            " + coalesce(length(new_value), 0) + coalesce(length(sync_change), 0) + 8)")


@dataclass
class _Growth:
    """What the benchmark year cost the change log (written by ``_history``)."""

    edit_rows: int  # update/delete rows of the year: one per edited field (a delete: one)
    edit_payload: int  # their data bytes (_PAYLOAD)
    log_disk: int  # growth of the change log's B-trees (table and its indexes) over the year
    added: int  # insert rows of the year (the 1 % added dwellings), inside ``log_disk``
    added_payload: int  # their data bytes (whole-record snapshots)
    file_before: int  # file bytes before the year (demo, its past, the import snapshots)


@dataclass
class _State:
    db: Any
    day: date
    district: str
    growth: _Growth
    file_mb: float

    def close(self) -> None:
        self.db.close()


def _log_disk(conn: Any) -> int:
    """Bytes of the pages of the change log's table and its indexes (SQLite's dbstat)."""
    names = [r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE tbl_name = 'change_log'"
        " AND type IN ('table', 'index')")]
    return sum(conn.exec_driver_sql(
        "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ? AND aggregate = 1",
        (n,)).scalar() or 0 for n in names)


def _payload(conn: Any, actions: str) -> int:
    return int(conn.exec_driver_sql(
        f"SELECT {_PAYLOAD} FROM change_log WHERE action IN ({actions})").scalar() or 0)


def _history(db: Any, now: datetime, rng: random.Random) -> _Growth:
    """Write the two years of log described above; returns what the year cost."""
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
        # Measured before and after the year, so only the rows this year wrote count. Since
        # 9d5635f the demo has its own ten-year past in the log (7,505 update rows at 5k
        # dwellings against this year's 2,050), which the old sum over every update/delete
        # row counted while dividing by this year's rows only: 853 "bytes per edited field"
        # at 5k (854 printed at 100k), where this year's own rows hold 178.
        edits, inserts = "'update', 'delete'", "'insert'"
        payload_before, insert_before = _payload(conn, edits), _payload(conn, inserts)
        disk_before = _log_disk(conn)
        file_before = int(conn.exec_driver_sql("PRAGMA page_count").scalar()
                          * conn.exec_driver_sql("PRAGMA page_size").scalar())
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
        return _Growth(n_edit_rows, _payload(conn, edits) - payload_before,
                       _log_disk(conn) - disk_before, len(new_rows),
                       _payload(conn, inserts) - insert_before, file_before)


def _setup(dwellings: int):
    def setup(folder: Path) -> _State:
        from boligreg.models import open_database

        path = folder / f"history-{dwellings}.db"
        if not path.exists():
            copy_db(demo_db(folder, dwellings), path)
            db = open_database(path, user="bench")
            growth = _history(db, datetime.now(), random.Random(13))
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            (folder / f"history-{dwellings}.json").write_text(json.dumps(asdict(growth)))
        growth = _Growth(**json.loads((folder / f"history-{dwellings}.json").read_text()))
        db = open_database(path, user="bench")
        state = _State(db, date.today() - timedelta(days=365), "030102", growth,
                       path.stat().st_size / 1e6)
        n = max(growth.edit_rows, 1)
        print(f"  (change log of the benchmark year: {growth.edit_rows:,} edited fields, "
              f"{growth.edit_payload / n:.0f} bytes of data per edited field; the log's table "
              f"and indexes grew {growth.log_disk / 1e6:.1f} MB on disk = "
              f"{growth.log_disk / n:.0f} bytes per edited field, {growth.added:,} added "
              f"records' insert snapshots ({growth.added_payload / 1e6:.1f} MB of data) "
              f"included; file {growth.file_before / 1e6:.0f} MB "
              f"before the year, {state.file_mb:.0f} MB after it)", flush=True)
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


def _save_setup(folder: Path) -> Any:
    """The register benchmark's save, on the file after the benchmark year (its change log
    grown by the insert snapshots, the demo's past and the year): saving must stay as fast
    with that log as on a fresh file. Runs last; the edits it saves are today's, after every
    moment the as-of rows ask for."""
    from .bench_register import _State as _RegisterState

    _setup(N)(folder).close()
    return _RegisterState(folder, writable=False, path=folder / f"history-{N}.db")


def _save_run(state: Any) -> None:
    from .bench_register import _save_run as save

    save(state)


def benchmarks() -> list:
    return [
        ("as-of state, whole register (a year back)", "100k dwellings, 20 % edited", 2.0,
         _setup(N), _asof),
        ("as-of stats for one bydel (a year back)", "100k dwellings, 20 % edited", 0.5,
         _setup(N), _stats_asof),
        ("as-of fact sheets, all 16 (last year)", "100k dwellings, 20 % edited", 5.0,
         _setup(N), _sheets_asof),
        ("Bolig: save edit, as-of file (a year on)", "100k dwellings, 20 % edited", 0.1,
         _save_setup, _save_run),
    ]
