"""The change log is complete: random edits through the services, then every record rebuilt
from the change log alone must equal the live table (bookkeeping columns aside)."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boligreg.errors import StaleRecordError
from boligreg.models import ChangeLog, Dwelling, Property, create_database
from boligreg.models.changelog import BOOKKEEPING, to_jsonable
from boligreg.services.register import restore, save_changes, soft_delete

FIELDS = {
    "rooms": st.one_of(st.none(), st.integers(1, 8)),
    "area_m2": st.one_of(st.none(), st.floats(10, 300, allow_nan=False).map(lambda x: round(x, 1))),
    "status": st.sampled_from(["occupied", "vacant", "refurbishment", "reserved", "to_be_sold"]),
    "actual_use": st.sampled_from(["housing", "staff_base", "office", "storage", "other"]),
    "wheelchair_accessible": st.booleans(),
    "note": st.one_of(st.none(), st.text(max_size=30)),
    "unit_number": st.sampled_from(["H0101", "H0102", "H0201", "U0101"]),
}

action = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 5), st.sampled_from(sorted(FIELDS)).flatmap(
        lambda f: st.tuples(st.just(f), FIELDS[f]))),
    st.tuples(st.just("delete"), st.integers(0, 5), st.none()),
    st.tuples(st.just("restore"), st.integers(0, 5), st.none()),
    st.tuples(st.just("stale"), st.integers(0, 5), st.none()),
)


def rebuild(conn: sa.Connection, entity_type: str) -> dict[str, dict]:
    rows = conn.execute(
        sa.select(ChangeLog.entity_id, ChangeLog.action, ChangeLog.field, ChangeLog.new_value,
                  ChangeLog.version)
        .where(ChangeLog.entity_type == entity_type)
        .order_by(ChangeLog.entity_id, ChangeLog.version, ChangeLog.action)
    ).all()
    out: dict[str, dict] = {}
    for entity_id, act, field, new_value, version in rows:
        if act == "insert":
            out[entity_id] = json.loads(new_value)
        elif act in ("update", "delete", "restore"):
            out[entity_id][field] = None if new_value is None else json.loads(new_value)
        out[entity_id]["version"] = version
    return out


def live(conn: sa.Connection, model) -> dict[str, dict]:
    table = model.__table__
    return {
        r["id"]: {k: to_jsonable(v) for k, v in r.items()}
        for r in conn.execute(sa.select(table)).mappings()
    }


def _strip(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k not in BOOKKEEPING or k == "version"}


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(action, min_size=1, max_size=25))
def test_rebuild_from_log_matches_tables(tmp_path_factory, actions) -> None:
    path: Path = tmp_path_factory.mktemp("cl") / "cl.db"
    db = create_database(path, user="prop")
    try:
        with db.session() as s:
            prop = Property(district_code="030104", street_address="Ullevålsveien 20",
                            postcode="0171", gnr=220, bnr=40, owner_kind="boligbygg")
            dws = [Dwelling(property=prop, unit_number=f"H01{i:02d}", district_code="030104")
                   for i in range(1, 7)]
            s.add_all(dws)
            s.flush()
            ids = [d.id for d in dws]
        versions = dict.fromkeys(ids, 1)
        for kind, idx, payload in actions:
            did = ids[idx]
            try:
                if kind == "edit":
                    field, value = payload
                    versions[did] = save_changes(db, Dwelling, did,
                                                 expected_version=versions[did],
                                                 changes={field: value})
                elif kind == "delete":
                    versions[did] = soft_delete(db, Dwelling, did,
                                                expected_version=versions[did])
                elif kind == "restore":
                    versions[did] = restore(db, Dwelling, did, expected_version=versions[did])
                else:  # a stale save must change nothing, and log nothing
                    save_changes(db, Dwelling, did, expected_version=versions[did] - 1 or 99,
                                 changes={"rooms": 42})
            except StaleRecordError:
                assert kind == "stale"
        with db.engine.connect() as conn:
            for model in (Dwelling, Property):
                rebuilt = rebuild(conn, model.__tablename__)
                actual = live(conn, model)
                assert rebuilt.keys() == actual.keys()
                for key in actual:
                    assert _strip(rebuilt[key]) == _strip(actual[key]), key
    finally:
        db.close()
