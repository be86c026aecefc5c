"""Migration 0004: units, disposer/holder, tenant rent, lease cost per dwelling.

A file at revision 0003 with records in several bydeler (agreements with one dwelling, with
several, without rent, a removed link) is opened by this version: every record keeps every
value it had, today's district becomes both location and disposer, the agreement totals stay,
single-dwelling agreements carry their rent on the link, and the figures (counts per bydel,
rent sums) are the same before and after. The change log still rebuilds every record.
"""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import sqlalchemy as sa

from boligreg.models import new_id, open_database, unit_id, utcnow
from boligreg.models.db import SCHEMA_HEAD
from boligreg.resources import units as reference_units

STAMPS = "created_at, updated_at, created_by, updated_by, version"
CODES = ["030101", "030103", "030112", "030115"]


def _populate(engine: sa.Engine) -> dict[str, list[str]]:
    rng = random.Random(4)
    now = utcnow()
    ids: dict[str, list[str]] = {"dwelling": [], "agreement": [], "link": []}
    with engine.begin() as conn:
        def ins(table: str, values: dict) -> None:
            cols = ", ".join([*values, *STAMPS.split(", ")])
            marks = ", ".join([f":{k}" for k in values] + [":n", ":n", ":u", ":u", ":v"])
            conn.execute(sa.text(f"INSERT INTO {table} ({cols}) VALUES ({marks})"),
                         {**values, "n": now, "u": "t", "v": rng.randint(1, 4)})
        for i, code in enumerate(CODES):
            pid = new_id()
            ins("property", {"id": pid, "district_code": code, "street_address": f"Gate {i}",
                             "postcode": "0190", "fnr": 0, "snr": 0, "owner_kind": "private"})
            for j in range(5):
                did = new_id()
                ids["dwelling"].append(did)
                ins("dwelling", {"id": did, "property_id": pid, "unit_number": f"H01{j:02d}",
                                 "district_code": code, "target_group": "ordinary",
                                 "tenure": "leased", "status": rng.choice(["occupied", "vacant"]),
                                 "actual_use": "housing", "wheelchair_accessible": j % 2,
                                 "area_m2": 40.0 + j, "rooms": 1 + j % 3})
            # one agreement with one dwelling, one with three, one without rent (one dwelling)
            for k, (n_dw, rent) in enumerate(((1, 12500.0), (3, 41000.5), (1, None))):
                aid = new_id()
                ids["agreement"].append(aid)
                ins("agreement", {"id": aid, "kind": "lease", "reference": f"A-{i}-{k}",
                                  "landlord_name": "Utleier AS", "district_code": code,
                                  "monthly_rent": rent})
                dws = ids["dwelling"][-5:][k:k + n_dw] if k < 2 else ids["dwelling"][-1:]
                for did in dws:
                    lid = new_id()
                    ids["link"].append(lid)
                    ins("agreement_dwelling", {"id": lid, "agreement_id": aid,
                                               "dwelling_id": did})
            ins("tenancy", {"id": new_id(), "dwelling_id": ids["dwelling"][-1],
                            "kind": "fixed_term", "start_date": "2024-01-01"})
        # a removed second link makes the last agreement a single-dwelling one again
        aid = ids["agreement"][-1]
        ins("agreement_dwelling", {"id": new_id(), "agreement_id": aid,
                                   "dwelling_id": ids["dwelling"][-2]})
        conn.execute(sa.text("UPDATE agreement_dwelling SET deleted_at = :n WHERE "
                             "agreement_id = :a AND dwelling_id = :d"),
                     {"n": now, "a": aid, "d": ids["dwelling"][-2]})
        conn.execute(sa.text("UPDATE agreement SET monthly_rent = 9900 WHERE id = :a"),
                     {"a": aid})
    return ids


def _dump(path: Path) -> dict[str, dict[str, dict]]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in con.execute(
            # views too: sync_outbox is one since 0006 (the same rows, read off the log)
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('alembic_version', 'change_log')")]
        out = {}
        for t in tables:
            cols = [c[1] for c in con.execute(f"PRAGMA table_info({t})")]
            key = "id" if "id" in cols else cols[0]
            out[t] = {str(r[key]): dict(r) for r in con.execute(f"SELECT * FROM {t}")}
        return out
    finally:
        con.close()


def _figures(path: Path, by: str = "district_code") -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            f"SELECT d.{by}, count(*), sum(d.status = 'vacant'), sum(d.area_m2), "
            "(SELECT sum(monthly_rent) FROM agreement a WHERE a." +
            ("district_code" if by == "district_code" else "holding_unit_code") +
            f" = d.{by}) FROM dwelling d GROUP BY d.{by} ORDER BY 1").fetchall()
    finally:
        con.close()


def test_upgrade_keeps_every_record_and_figure(tmp_path: Path, file_at_revision) -> None:
    path = tmp_path / "old.db"
    engine = file_at_revision(path, "0003")
    ids = _populate(engine)
    engine.dispose()
    before, figures = _dump(path), _figures(path)

    db = open_database(path)
    assert any(SCHEMA_HEAD in n for n in db.notes)  # upgraded from 0003 to the head
    db.close()
    after = _dump(path)

    # every record of every old table, every old column, unchanged
    for table, rows in before.items():
        assert set(after[table]) == set(rows), table
        for rid, row in rows.items():
            assert {k: after[table][rid][k] for k in row} == row, (table, rid)
    # today's district is location and disposer; the holder of every agreement
    for did in ids["dwelling"]:
        d = after["dwelling"][did]
        assert d["disposing_unit_code"] == d["district_code"]
        assert d["tenant_rent"] is None and d["tenant_rent_set"] is None
    for aid in ids["agreement"]:
        a = after["agreement"][aid]
        assert a["holding_unit_code"] == a["district_code"]
    # lease cost per link: the rent of a single-dwelling agreement; unknown under several
    for link in after["agreement_dwelling"].values():
        a = after["agreement"][link["agreement_id"]]
        live = [x for x in after["agreement_dwelling"].values()
                if x["agreement_id"] == a["id"] and x["deleted_at"] is None]
        if link["deleted_at"] is None and len(live) == 1:
            assert link["monthly_cost"] == a["monthly_rent"]
        else:
            assert link["monthly_cost"] is None
    costs = sorted(x["monthly_cost"] for x in after["agreement_dwelling"].values()
                   if x["monthly_cost"] is not None)
    assert costs == sorted([12500.0] * 4 + [9900.0])
    # the units: the 15 bydeler and the central units, ids from their codes
    units = after["unit"]
    assert {u["code"] for u in units.values()} == {u.code for u in reference_units()}
    assert all(rid == unit_id(u["code"]) for rid, u in units.items())
    assert {u["code"]: u["parent_code"] for u in units.values()}["ungbo"] == "velferdsetaten"
    # the figures per bydel, by location and by disposer, are the figures before
    assert _figures(path) == figures
    assert _figures(path, "disposing_unit_code") == figures


def test_change_log_still_rebuilds_each_record(tmp_path: Path, file_at_revision) -> None:
    path = tmp_path / "old.db"
    engine = file_at_revision(path, "0003")
    _populate(engine)
    engine.dispose()
    open_database(path).close()
    con = sqlite3.connect(path)
    try:
        for table, field in (("dwelling", "disposing_unit_code"),
                             ("agreement", "holding_unit_code"),
                             ("agreement_dwelling", "monthly_cost")):
            logged = {eid: json.loads(v) for eid, v in con.execute(
                "SELECT entity_id, new_value FROM change_log WHERE entity_type = ? AND "
                "field = ? AND changed_by = 'migrering 0004'", (table, field))}
            live = dict(con.execute(f"SELECT id, {field} FROM {table} "
                                    f"WHERE {field} IS NOT NULL"))
            assert logged == live, table
        n_units = con.execute("SELECT count(*) FROM change_log WHERE entity_type = 'unit' "
                              "AND action = 'insert'").fetchone()[0]
        assert n_units == con.execute("SELECT count(*) FROM unit").fetchone()[0]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def test_new_file_has_units_and_new_records_get_their_disposer(empty_db) -> None:
    from boligreg.models import Dwelling, Property

    with empty_db.session() as s:
        p = Property(district_code="030112", street_address="Gate 1", postcode="1051",
                     owner_kind="private")
        s.add(p)
        s.flush()
        d = Dwelling(property_id=p.id, unit_number="H0101", district_code="030112")
        s.add(d)
        s.flush()
        assert d.disposing_unit_code == "030112"
    with empty_db.engine.connect() as conn:
        codes = set(conn.execute(sa.text("SELECT code FROM unit")).scalars())
    assert codes == {u.code for u in reference_units()}
