"""A process for the kill harness: works on a database until it is SIGKILLed.

``python worker.py SCENARIO DB [ROWS]``; prints "ready" once it has started working.
Scenarios: ``edit`` (version-checked edits through the services, forever), ``bulk`` (one
transaction inserting ROWS dwellings with their change log, then exits), ``import`` (the real
spreadsheet importer on a ROWS-row file, if present), ``audit`` (the audit run, repeatedly).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import sqlalchemy as sa


def edit(db_path: str) -> None:
    from boligreg.errors import StaleRecordError
    from boligreg.models import Dwelling, open_database
    from boligreg.services.register import save_changes

    db = open_database(db_path, check=False)
    with db.engine.connect() as conn:
        rows = conn.execute(sa.select(Dwelling.id, Dwelling.version)).all()
    versions = dict(rows)
    rng = random.Random()
    print("ready", flush=True)
    while True:
        did = rng.choice(list(versions))
        try:
            versions[did] = save_changes(
                db, Dwelling, did, expected_version=versions[did],
                changes={"rooms": rng.randint(1, 6), "area_m2": rng.randint(20, 120)},
            )
        except StaleRecordError as exc:
            versions[did] = exc.actual or versions[did]


def bulk(db_path: str, n: int) -> None:
    from boligreg.models import Dwelling, Property, new_id, open_database, utcnow
    from boligreg.models.changelog import log_inserts

    db = open_database(db_path, check=False)
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now, "created_by": "kill", "updated_by": "kill",
             "version": 1, "deleted_at": None}
    prop = {"id": new_id(), "district_code": "030102", "street_address": "Markveien 1",
            "postcode": "0554", "gnr": 228, "bnr": 1, "fnr": 0, "snr": 0,
            "owner_kind": "boligbygg", **stamp}
    rows = [
        {"id": new_id(), "property_id": prop["id"], "unit_number": "H0101",
         "district_code": "030102", "target_group": "ordinary", "tenure": "owned",
         "status": "occupied", "actual_use": "housing", "wheelchair_accessible": False,
         "note": "bulk", **stamp}
        for _ in range(n)
    ]
    print("ready", flush=True)
    with db.engine.begin() as conn:
        conn.execute(sa.insert(Property.__table__), [prop])
        for start in range(0, n, 500):
            chunk = rows[start:start + 500]
            conn.execute(sa.insert(Dwelling.__table__), chunk)
            log_inserts(conn, "dwelling", chunk, user="kill")
    print("done", flush=True)


def main() -> None:
    scenario, db_path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    if scenario == "edit":
        edit(db_path)
    elif scenario == "bulk":
        bulk(db_path, n)
    else:
        from tests.crash import scenarios

        scenarios.run(scenario, Path(db_path), n)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main()
