"""A small, deliberately awkward register for the statistics and fact-sheet tests.

``build_sample`` writes every kind of row the fact sheet counts, with the edge cases the
figures must get right: soft-deleted rows of every table, dwellings in Sentrum (Oslo only),
unknown room counts, vacant dwellings without a date or vacant only after the reference date,
agreements not yet started or already ended, responsibilities set both on a dwelling and on its
property, findings without a district. Bydel Ullern (030106) has owned dwellings only: no
leased, referral, vacant or wheelchair-accessible ones, no agreements and no findings.

Other test modules import it: ``from test_stats_sample import build_sample, TODAY``.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from boligreg.models import (
    Agreement,
    AgreementDwelling,
    Database,
    Dwelling,
    Finding,
    Indicator,
    MaintenanceResponsibility,
    Property,
    new_id,
)

TODAY = date(2026, 6, 30)  # the clock the tests fix; year 2025's reference date is 31.12.2025
YEAR = 2025
REF = date(2025, 12, 31)
SPARSE = "030106"  # Ullern: owned dwellings only
BYDELER = [f"0301{n:02d}" for n in range(1, 16)]
WEIGHTS = {"030101": 30, "030102": 28, "030103": 32, "030104": 12, "030105": 6, "030106": 4,
           "030107": 5, "030108": 8, "030109": 14, "030110": 12, "030111": 13, "030112": 18,
           "030113": 10, "030114": 8, "030115": 15}


def _stamp(deleted: bool = False) -> dict[str, Any]:
    now = datetime(2026, 1, 2, 12, 0)
    return {"created_at": now, "updated_at": now, "created_by": "test", "updated_by": "test",
            "version": 1, "deleted_at": now if deleted else None}


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def build_sample(db: Database, *, seed: int = 7, scale: int = 4) -> dict[str, int]:
    """Fill ``db`` (a fresh database) with about ``scale`` × 210 dwellings; returns counts."""
    rng = random.Random(seed)
    props, dwells, agrs, links, resps, finds = [], [], [], [], [], []
    codes = [*BYDELER, "030116"]  # a few dwellings in Sentrum: Oslo totals only
    for code in codes:
        n_dw = scale * WEIGHTS.get(code, 1)
        sparse = code == SPARSE
        made = 0
        while made < n_dw:
            pid = new_id()
            props.append({"id": pid, "district_code": code, "street_address": f"Gate {made}",
                          "postcode": "0550", "gnr": 1, "bnr": 1, "fnr": 0, "snr": 0,
                          "owner_kind": "boligbygg", **_stamp(rng.random() < 0.03)})
            for scope in ("exterior", "technical", "outdoor"):
                if rng.random() < 0.6:
                    resps.append(_resp(rng, pid, None, scope))
            for _ in range(min(rng.randint(1, 6), n_dw - made)):
                made += 1
                dwells.append(_dwelling(rng, pid, code, sparse, made))
                did = dwells[-1]["id"]
                for scope in ("interior", "exterior"):
                    if rng.random() < 0.45:
                        resps.append(_resp(rng, None, did, scope))
        if sparse:
            continue
        for i in range(scale * 3):
            aid = new_id()
            start = _day(rng, date(2015, 1, 1), date(2026, 6, 1))
            end = None if rng.random() < 0.25 else start + timedelta(days=rng.randint(200, 4000))
            reviewed = None if rng.random() < 0.2 else _day(rng, date(2023, 1, 1), TODAY)
            agrs.append({"id": aid, "kind": rng.choice(["lease", "lease", "referral"]),
                         "reference": f"A-{code}-{i}", "landlord_name": "Utleier AS",
                         "district_code": code, "start_date": start, "end_date": end,
                         "last_reviewed": reviewed, **_stamp(rng.random() < 0.08)})
            candidates = [d for d in dwells if d["district_code"] == code]
            for d in rng.sample(candidates, k=min(2, len(candidates))):
                if not any(x["dwelling_id"] == d["id"] for x in links):
                    links.append({"id": new_id(), "agreement_id": aid, "dwelling_id": d["id"],
                                  "from_date": start, "to_date": None, **_stamp()})
        for _ in range(scale * 4):
            finds.append(_finding(rng, code))
    # Edge agreements around the reference date, in Gamle Oslo.
    for kind, start, end, reviewed in [
        ("lease", date(2026, 1, 1), None, None),  # not yet started on 31.12.2025
        ("lease", date(2020, 1, 1), date(2025, 12, 30), REF),  # ended the day before
        ("lease", date(2020, 1, 1), REF, REF),  # ends on the reference date: active, ending
        ("referral", None, date(2026, 12, 31), date(2024, 12, 31)),  # ends on the 12-month edge
        ("referral", date(2021, 1, 1), date(2027, 1, 1), date(2024, 12, 30)),  # unreviewed
    ]:
        agrs.append({"id": new_id(), "kind": kind, "reference": "EDGE", "landlord_name": "X",
                     "district_code": "030101", "start_date": start, "end_date": end,
                     "last_reviewed": reviewed, **_stamp()})
    for _ in range(5):
        finds.append(_finding(rng, None))  # no district: counts for Oslo only
    inds = []
    for code in BYDELER:
        base = WEIGHTS[code] * 10
        for key, value in (("applications", base), ("refusals", base // 4),
                           ("allocations", base // 2)):
            inds.append({"id": new_id(), "district_code": code, "year": YEAR, "indicator": key,
                         "value": float(value), "source": "Bydelens saksbehandlingssystem",
                         **_stamp()})
    inds.append({"id": new_id(), "district_code": "030101", "year": YEAR,
                 "indicator": "Egen telling", "value": 3.5, "source": "Bydel Gamle Oslo",
                 **_stamp()})
    inds.append({"id": new_id(), "district_code": "030101", "year": YEAR,
                 "indicator": "homeless", "value": 999.0, "source": "slettet", **_stamp(True)})
    inds.append({"id": new_id(), "district_code": "030102", "year": YEAR - 1,
                 "indicator": "applications", "value": 1.0, "source": "i fjor", **_stamp()})
    _central_units(random.Random(seed + 1000), dwells, agrs)
    with db.engine.begin() as conn:
        for model, rows in ((Property, props), (Dwelling, dwells), (Agreement, agrs),
                            (AgreementDwelling, links), (MaintenanceResponsibility, resps),
                            (Finding, finds), (Indicator, inds)):
            if rows:
                conn.execute(sa.insert(model.__table__), rows)
    return {"properties": len(props), "dwellings": len(dwells), "agreements": len(agrs),
            "responsibilities": len(resps), "findings": len(finds), "indicators": len(inds)}


def _central_units(rng: random.Random, dwells: list[dict[str, Any]],
                   agrs: list[dict[str, Any]]) -> None:
    """Issue 14: some dwellings disposed of by central units (lying in bydeler), a few moved to
    a neighbouring bydel, some agreements held centrally or by another bydel; the rest keep
    no unit recorded (NULL: the figures read their bydel). A separate random stream, so the
    sample's other rows stay as they were."""
    for d in dwells:
        d["disposing_unit_code"] = None
        if d["district_code"] in (SPARSE, "030116"):
            continue
        r = rng.random()
        if r < 0.07:
            d["disposing_unit_code"] = rng.choice(["velferdsetaten", "ungbo", "boligbygg"])
        elif r < 0.09:
            n = int(d["district_code"][-2:]) % 15 + 1
            d["disposing_unit_code"] = f"0301{n:02d}"
        elif r < 0.5:
            d["disposing_unit_code"] = d["district_code"]
    for a in agrs:
        a["holding_unit_code"] = None
        r = rng.random()
        if r < 0.1:
            a["holding_unit_code"] = rng.choice(["boligbygg", "velferdsetaten"])
        elif r < 0.13:
            a["holding_unit_code"] = "030103"
        elif r < 0.5:
            a["holding_unit_code"] = a["district_code"]


def _dwelling(rng: random.Random, pid: str, code: str, sparse: bool, i: int) -> dict[str, Any]:
    status = "occupied" if sparse else rng.choices(
        ["occupied", "vacant", "refurbishment", "reserved", "to_be_sold"], [80, 9, 5, 4, 2])[0]
    vacant_since = None
    if status == "vacant" and rng.random() > 0.15:
        # Mostly before the reference date, a few after it (counted vacant, no days).
        vacant_since = _day(rng, date(2023, 1, 1), date(2026, 3, 1))
    return {
        "id": new_id(), "property_id": pid, "unit_number": f"H{(i % 9) + 1:02d}01",
        "district_code": code, "area_m2": 50.0,
        "rooms": rng.choice([None, 0, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8]),
        "target_group": rng.choice(["ordinary", "ordinary", "family", "elderly", "disability",
                                    "mental_health_substance", "refugee", "youth",
                                    "temporary"]),
        "tenure": "owned" if sparse else rng.choices(["owned", "leased", "referral"],
                                                     [85, 10, 5])[0],
        "status": status,
        "actual_use": "housing" if rng.random() < 0.9 else rng.choice(
            ["staff_base", "office", "storage", "other"]),
        "wheelchair_accessible": False if sparse else rng.random() < 0.15,
        "vacant_since": vacant_since, **_stamp(rng.random() < 0.05),
    }


def _resp(rng: random.Random, pid: str | None, did: str | None, scope: str) -> dict[str, Any]:
    valid_from = rng.choice([None, date(2010, 1, 1), date(2026, 3, 1)])
    valid_to = rng.choice([None, None, None, date(2025, 6, 30), REF])
    return {"id": new_id(), "property_id": pid, "dwelling_id": did, "scope": scope,
            "party": rng.choice(["boligbygg", "district", "landlord"]), "valid_from": valid_from,
            "valid_to": valid_to, **_stamp(rng.random() < 0.05)}


def _finding(rng: random.Random, code: str | None) -> dict[str, Any]:
    return {"id": new_id(), "rule": "R1", "severity": rng.choice(["low", "medium", "high"]),
            "entity_type": "dwelling", "entity_id": new_id(), "district_code": code,
            "label": "", "message": "",
            "status": rng.choice(["open", "open", "in_progress", "resolved", "accepted"]),
            "first_seen": datetime(2026, 1, 1), "last_seen": datetime(2026, 1, 1),
            **_stamp(rng.random() < 0.05)}


def test_sample_has_every_edge_case(empty_db: Database) -> None:
    counts = build_sample(empty_db)
    assert counts["dwellings"] > 800
    with empty_db.engine.connect() as conn:
        w = Dwelling.__table__
        sparse = conn.execute(
            sa.select(w.c.tenure, sa.func.count()).where(w.c.district_code == SPARSE)
            .group_by(w.c.tenure)).all()
        assert {t for t, _n in sparse} == {"owned"}
        assert conn.execute(sa.select(sa.func.count()).where(w.c.deleted_at.is_not(None))
                            ).scalar_one() > 0
        assert conn.execute(sa.select(sa.func.count()).where(w.c.district_code == "030116")
                            ).scalar_one() > 0
