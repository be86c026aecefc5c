"""Sync benchmarks against the PostgreSQL named by ``BOLIGREG_TEST_PG_URL`` (none without it).

- 10,000 changed dwellings: a copy whose 10,000 dwellings all changed since its last sync,
  while the central changed other fields of the same dwellings (earlier runs). One run = one
  ``sync``: push (three-way merge of every record), acknowledge, pull 10,000 records back.
  Each run uses its own prepared copy (a different field each), so every run really has
  10,000 changes to send.
- no-change sync: a copy and a central with nothing new on either side.
"""

from __future__ import annotations

import os
import shutil
from contextlib import ExitStack
from pathlib import Path
from typing import Any

N = 10_000
# One field per prepared copy (warm-up + up to 9 timed runs); each run changes its own.
FIELDS = ("note", "rooms", "area_m2", "last_inspection", "vacant_since",
          "wheelchair_accessible", "status", "actual_use", "target_group", "unit_number")


class _Central:
    """A throw-away database on the test server with boligreg's roles; removed on close."""

    def __init__(self) -> None:
        import sqlalchemy as sa

        from boligreg.models import new_id
        from boligreg.services.central import disposable_central

        base = os.environ["BOLIGREG_TEST_PG_URL"]
        self.name = f"boligreg_bench_{new_id()[:8]}"
        self.admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{self.name}"')
        url = sa.make_url(base).set(database=self.name).render_as_string(hide_password=False)
        self.stack = ExitStack()
        self.central = self.stack.enter_context(disposable_central(url, kinds=("03",)))
        self.url = self.central.url_for("03")

    def close(self) -> None:
        self.stack.close()
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self.admin.dispose()


def _base_copy(folder: Path, central: _Central) -> Path:
    """A local copy with N dwellings (Sagene), pushed to the central and in sync."""
    import sqlalchemy as sa

    from boligreg.models import create_database, new_id, utcnow
    from boligreg.models.changelog import log_inserts
    from boligreg.services.sync import sync

    path = folder / "sync-base.db"
    for p in folder.glob("sync-base.db*"):
        p.unlink()
    db = create_database(path, user="bench")
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now, "created_by": "bench",
             "updated_by": "bench", "version": 1, "deleted_at": None}
    props = [{"id": new_id(), "district_code": "030103", "street_address": f"Vogts gate {i}",
              "postcode": "0474", "gnr": 75, "bnr": i, "fnr": 0, "snr": 0,
              "owner_kind": "boligbygg", "owner_name": None, "owner_orgnr": None,
              "built_year": 1930, **stamp} for i in range(N // 10)]
    dwellings = [{"id": new_id(), "property_id": props[i // 10]["id"],
                  "unit_number": f"H{i % 10 + 1:02d}01", "district_code": "030103",
                  "area_m2": 50.0, "rooms": 2, "target_group": "ordinary", "tenure": "owned",
                  "status": "occupied", "actual_use": "housing",
                  "wheelchair_accessible": False, "vacant_since": None,
                  "last_inspection": None, "note": None, **stamp} for i in range(N)]
    with db.engine.begin() as conn:
        from boligreg.models import Dwelling, Property

        conn.execute(sa.insert(Property.__table__), props)
        conn.execute(sa.insert(Dwelling.__table__), dwellings)
        log_inserts(conn, "property", props, user="bench")
        log_inserts(conn, "dwelling", dwellings, user="bench")
    sync(db, central.url)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


_NEW_VALUE = {
    "note": "'endret'", "rooms": "3", "area_m2": "61.5",
    "last_inspection": "'2025-06-01'", "vacant_since": "'2025-01-01'",
    "wheelchair_accessible": "1", "status": "'vacant'", "actual_use": "'office'",
    "target_group": "'family'", "unit_number": "'U' || substr(unit_number, 2)",
}


def _changed_copy(base: Path, folder: Path, i: int) -> Path:
    """A copy of ``base`` whose N dwellings all had ``FIELDS[i]`` edited, each edit queued in
    the outbox exactly as the session hook queues it (one row, old value, base version)."""
    import sqlalchemy as sa

    from boligreg.models import make_engine
    from boligreg.models.db import sqlite_url

    field = FIELDS[i]
    path = folder / f"sync-changed-{i}.db"
    for p in folder.glob(f"sync-changed-{i}.db*"):
        p.unlink()
    shutil.copyfile(base, path)
    engine = make_engine(sqlite_url(path))
    with engine.begin() as conn:
        conn.exec_driver_sql(
            # A local edit as the session writes it: one change-log row marked for sync.
            "INSERT INTO change_log (id, txn_id, changed_at, changed_by, entity_type, "
            "entity_id, action, field, old_value, new_value, version, sync_change) "
            "SELECT lower(hex(randomblob(16))), 'bench', datetime('now'), 'bench', 'dwelling', "
            f"id, 'update', '{field}', json_quote({field}), NULL, version + 1, "
            "lower(hex(randomblob(16))) FROM dwelling")
        conn.exec_driver_sql(
            f"UPDATE dwelling SET {field} = {_NEW_VALUE[field]}, version = version + 1, "
            "updated_at = datetime('now'), updated_by = 'bench'")
        assert conn.execute(sa.text("SELECT count(*) FROM sync_outbox")).scalar() == N
    engine.dispose()
    return path


class _ChangedState:
    def __init__(self, folder: Path) -> None:
        self.central = _Central()
        base = _base_copy(folder, self.central)
        self.paths = [_changed_copy(base, folder, i) for i in range(len(FIELDS))]
        self.runs = 0

    def close(self) -> None:
        self.central.close()


def _changed_run(state: _ChangedState) -> None:
    from boligreg.models import open_database
    from boligreg.services.sync import sync

    if state.runs >= len(state.paths):
        raise RuntimeError(f"at most {len(state.paths) - 1} timed runs (--repeat)")
    path = state.paths[state.runs]
    state.runs += 1
    db = open_database(path, check=False)
    try:
        result = sync(db, state.central.url)
    finally:
        db.close()
    assert result.pushed == N and result.rejected == 0 and result.conflicts == 0, result


class _QuietState:
    def __init__(self, folder: Path) -> None:
        from boligreg.models import open_database

        self.central = _Central()
        self.db = open_database(_base_copy(folder, self.central))

    def close(self) -> None:
        self.db.close()
        self.central.close()


def _quiet_run(state: _QuietState) -> None:
    from boligreg.services.sync import sync

    result = sync(state.db, state.central.url)
    assert result.pushed == 0 and result.pulled == 0


def benchmarks() -> list[tuple[str, str, float, Any, Any]]:
    if not os.environ.get("BOLIGREG_TEST_PG_URL"):
        return []
    return [
        ("sync: 10,000 changed dwellings", "10k pushed + 10k pulled", 5.0,
         _ChangedState, _changed_run),
        ("sync: nothing changed", "10k dwellings in sync", 0.5, _QuietState, _quiet_run),
    ]
