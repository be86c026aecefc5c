"""The demo generator: deterministic, realistic in its proportions, and with every planted
anomaly present. Every figure is recounted here with its own SQL, not taken from the generator."""

from __future__ import annotations

import csv
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.cli import main
from boligreg.errors import BoligregError, CancelledError, ValidationError
from boligreg.models import create_database
from boligreg.resources import resource_path
from boligreg.services.demo import DemoSummary, generate_demo

TODAY = date(2026, 3, 1)
NOW = datetime(2026, 3, 1, 12, 0, 0)
SIZE = 1500
DATA_TABLES = ("property", "dwelling", "agreement", "agreement_dwelling",
               "maintenance_responsibility", "tenancy")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    db = create_database(tmp_path_factory.mktemp("demo") / "demo.db", user="test")
    summary = generate_demo(db, dwellings=SIZE, seed=2025, today=TODAY, now=NOW)
    with db.engine.connect() as conn:
        yield conn, summary
    db.close()


def rows(conn: sa.Connection, sql: str, **params) -> list[tuple]:
    return [tuple(r) for r in conn.execute(sa.text(sql), params)]


def one(conn: sa.Connection, sql: str, **params):
    return conn.execute(sa.text(sql), params).scalar_one()


def orgnr_valid(value: str) -> bool:
    """The mod-11 rule from facts.md, written out again (independent of the app's code)."""
    if not re.fullmatch(r"\d{9}", value):
        return False
    r = sum(w * int(d) for w, d in zip((3, 2, 7, 6, 5, 4, 3, 2), value[:8], strict=True)) % 11
    return r != 1 and int(value[8]) == (0 if r == 0 else 11 - r)


def postcode_register() -> dict[str, str]:
    with resource_path("postnummer_oslo.tsv").open(encoding="utf-8") as fh:
        return {p[0]: p[4] for p in (line.rstrip("\n").split("\t") for line in fh) if len(p) > 4}


# --- determinism --------------------------------------------------------------------------


def _dump(path: Path, seed: int) -> dict[str, list[tuple]]:
    db = create_database(path, user="test")
    try:
        generate_demo(db, dwellings=400, seed=seed, today=TODAY, now=NOW)
        with db.engine.connect() as conn:
            out = {t: rows(conn, f"SELECT * FROM {t} ORDER BY id") for t in DATA_TABLES}
            out["app_meta"] = rows(conn, "SELECT * FROM app_meta WHERE key LIKE 'demo%'")
        return out
    finally:
        db.close()


def test_same_seed_gives_identical_rows_and_another_seed_does_not(tmp_path: Path) -> None:
    first = _dump(tmp_path / "a.db", 7)
    again = _dump(tmp_path / "b.db", 7)
    other = _dump(tmp_path / "c.db", 8)
    assert first == again
    assert all(first[t] for t in DATA_TABLES)
    assert first["dwelling"] != other["dwelling"]
    assert first["property"] != other["property"]


# --- proportions --------------------------------------------------------------------------


def test_counts_and_tenure_share(demo) -> None:
    conn, summary = demo
    assert one(conn, "SELECT count(*) FROM dwelling") == SIZE == summary.dwellings
    owned = one(conn, "SELECT count(*) FROM dwelling WHERE tenure = 'owned'")
    assert 0.85 <= owned / SIZE <= 0.93
    kinds = dict(rows(conn, "SELECT tenure, count(*) FROM dwelling GROUP BY tenure"))
    assert kinds["leased"] > kinds["referral"] > 0
    for table in DATA_TABLES:
        assert one(conn, f"SELECT count(*) FROM {table}") == summary.tables[table]


def test_districts_inner_east_dense_west_sparse(demo) -> None:
    conn, summary = demo
    per = dict(rows(conn, "SELECT district_code, count(*) FROM dwelling GROUP BY district_code"))
    assert set(per) == {f"0301{n:02d}" for n in range(1, 16)}  # none in Sentrum or Marka
    assert per == summary.districts
    inner_east = sum(per[c] for c in ("030101", "030102", "030103"))
    assert 0.35 <= inner_east / SIZE <= 0.50
    with resource_path("population.csv").open(encoding="utf-8") as fh:
        pop = {r["ssb_code"]: int(r["population"]) for r in csv.DictReader(fh)
               if r["year_jan1"] == "2026"}
    scale = 14_000 / SIZE  # as if the demo had Oslo's size

    def per_1000(codes: tuple[str, ...]) -> float:
        return 1000 * scale * sum(per[c] for c in codes) / sum(pop[c] for c in codes)

    east, west = per_1000(("030101", "030102", "030103")), per_1000(
        ("030105", "030106", "030107", "030108"))
    assert 22 <= east <= 49 and 4 <= west <= 12  # facts.md: ~22–49 and ~6–10
    assert east >= 3 * west


def test_addresses_are_real_streets_with_their_postcode(demo) -> None:
    conn, _ = demo
    with resource_path("streets.tsv").open(encoding="utf-8") as fh:
        streets = {(r["gatenavn"].strip(), r["postnummer"])
                   for r in csv.DictReader(fh, delimiter="\t")}
    names = {name for name, _ in streets}
    register = postcode_register()
    for address, postcode in rows(conn, "SELECT street_address, postcode FROM property"):
        street = re.sub(r" \d+( [A-Z])?$", "", address)
        assert street in names, address
        assert postcode in register, postcode
        if register[postcode] != "P":  # the planted post-box numbers aside
            assert (street, postcode) in streets


def test_units_dates_and_no_personal_data(demo) -> None:
    conn, summary = demo
    units = [u for (u,) in rows(conn, "SELECT unit_number FROM dwelling")]
    good = [u for u in units if re.fullmatch(r"[HUKL](0[1-9]|[1-9]\d)(0[1-9]|[1-9]\d)", u)]
    assert len(good) / len(units) > 0.99
    # Every Boligbygg building starts at H0101 (Oslo numbers each floor from its entrance).
    missing = one(conn, """SELECT count(*) FROM property p WHERE owner_kind = 'boligbygg'
        AND NOT EXISTS (SELECT 1 FROM dwelling d WHERE d.property_id = p.id
                        AND d.unit_number = 'H0101')
        AND (SELECT count(*) FROM dwelling d WHERE d.property_id = p.id) > 1""")
    assert missing == 0
    assert one(conn, "SELECT count(*) FROM dwelling WHERE rooms NOT BETWEEN 1 AND 5") == 0
    by_rooms = dict(rows(conn, "SELECT rooms, avg(area_m2) FROM dwelling GROUP BY rooms"))
    assert [by_rooms[r] for r in range(1, 6)] == sorted(by_rooms[r] for r in range(1, 6))
    assert one(conn, "SELECT count(*) FROM dwelling WHERE rooms <= 3") / SIZE > 0.8
    refs = [r for (r,) in rows(conn, "SELECT case_reference FROM tenancy")]
    assert refs and all(re.fullmatch(r"SAK-\d{4}/\d{5}", r) for r in refs)
    officers = [o for (o,) in rows(conn, "SELECT responsible_officer FROM agreement")]
    assert all(re.fullmatch(r"[A-Za-zæøå ]+/[A-ZÆØÅ]{2,3}", o) for o in officers)
    # Vacant dwellings (and only they, but for the planted "let with a vacancy date")
    # carry vacant_since; occupied homes have a tenancy.
    assert one(conn, "SELECT count(*) FROM dwelling WHERE (status = 'vacant') "
                     "<> (vacant_since IS NOT NULL)") == summary.anomalies[
        "let_with_vacancy_date"]
    assert one(conn, """SELECT count(*) FROM dwelling d WHERE status = 'occupied'
        AND actual_use = 'housing'
        AND NOT EXISTS (SELECT 1 FROM tenancy t WHERE t.dwelling_id = d.id)""") == 0
    # Referral agreements follow Husbanken's 20 years from 2014 on; leases have rents.
    assert one(conn, "SELECT count(*) FROM agreement WHERE kind = 'referral' AND "
                     "(start_date < '2014-01-01' OR project_total_dwellings IS NULL)") == 0
    assert one(conn, "SELECT count(*) FROM agreement WHERE kind = 'lease' AND "
                     "(monthly_rent IS NULL OR monthly_rent <= 0)") == 0


def test_every_record_is_stamped(demo) -> None:
    conn, _ = demo
    for table in DATA_TABLES:
        bad = one(conn, f"""SELECT count(*) FROM {table} WHERE id IS NULL OR length(id) <> 36
            OR created_by <> 'demo' OR updated_by <> 'demo' OR version < 1
            OR deleted_at IS NOT NULL OR created_at IS NULL OR updated_at IS NULL
            OR updated_at < created_at""")
        assert bad == 0, table
        # The demo's past (demo_history.py): a record's version counts its logged changes,
        # its updated_at is the last one's time (or its creation, when it never changed).
        bad = one(conn, f"""SELECT count(*) FROM {table} r WHERE r.version <> 1 + (
                SELECT count(DISTINCT version) FROM change_log c
                WHERE c.entity_type = '{table}' AND c.entity_id = r.id AND c.action = 'update')
            OR r.updated_at <> coalesce((SELECT max(changed_at) FROM change_log c
                WHERE c.entity_type = '{table}' AND c.entity_id = r.id), r.created_at)""")
        assert bad == 0, table
    meta = dict(rows(conn, "SELECT key, value FROM app_meta"))
    assert meta["demo"] == "1" and meta["demo_seed"] == "2025"
    assert meta["demo_dwellings"] == str(SIZE)
    assert one(conn, "SELECT count(*) FROM change_log WHERE entity_type = 'demo'") == 1


def test_referential_integrity(demo) -> None:
    conn, _ = demo
    assert rows(conn, "PRAGMA foreign_key_check") == []
    assert one(conn, "SELECT count(DISTINCT id) FROM dwelling") == SIZE


# --- identifiers --------------------------------------------------------------------------


def test_orgnr_valid_except_the_planted_ones(demo) -> None:
    conn, summary = demo
    values = [v for (v,) in rows(conn, "SELECT landlord_orgnr FROM agreement UNION ALL "
                                       "SELECT owner_orgnr FROM property")]
    assert None not in values[: one(conn, "SELECT count(*) FROM agreement")]
    invalid = {v for v in values if v is not None and not orgnr_valid(v)}
    assert len(invalid) == summary.anomalies["invalid_orgnr"] >= 1
    assert all(re.fullmatch(r"\d{9}", v) for v in invalid)  # a wrong check digit, nothing else


def test_postcodes_in_oslos_register(demo) -> None:
    conn, summary = demo
    register = postcode_register()
    codes = [c for (c,) in rows(conn, "SELECT postcode FROM property")]
    assert all(c in register for c in codes)
    postbox = sum(register[c] in ("P", "S") for c in codes)
    assert postbox == summary.anomalies["postbox_postcode"] >= 1


# --- planted anomalies, each recounted --------------------------------------------------------

D90, D365 = (TODAY - timedelta(days=90)).isoformat(), (TODAY - timedelta(days=365)).isoformat()
TODAY_S = TODAY.isoformat()

RECOUNT = {
    "use_staff_base": "SELECT count(*) FROM dwelling WHERE actual_use = 'staff_base'",
    "use_office": "SELECT count(*) FROM dwelling WHERE actual_use = 'office'",
    "use_storage": "SELECT count(*) FROM dwelling WHERE actual_use = 'storage'",
    "use_other": "SELECT count(*) FROM dwelling WHERE actual_use = 'other'",
    "vacant_over_90": f"""SELECT count(*) FROM dwelling WHERE status = 'vacant'
        AND vacant_since < '{D90}' AND vacant_since >= '{D365}'""",
    "vacant_over_365": f"""SELECT count(*) FROM dwelling WHERE status = 'vacant'
        AND vacant_since < '{D365}'""",
    "agreement_expired_in_use": f"""SELECT count(*) FROM agreement a WHERE kind = 'lease'
        AND end_date < '{TODAY_S}' AND EXISTS (SELECT 1 FROM agreement_dwelling l
        JOIN dwelling d ON d.id = l.dwelling_id WHERE l.agreement_id = a.id
        AND d.status = 'occupied')""",
    "agreement_never_reviewed": "SELECT count(*) FROM agreement WHERE last_reviewed IS NULL",
    "agreement_review_overdue": f"SELECT count(*) FROM agreement WHERE last_reviewed < '{D365}'",
    "agreement_without_dwellings": """SELECT count(*) FROM agreement a WHERE NOT EXISTS
        (SELECT 1 FROM agreement_dwelling l WHERE l.agreement_id = a.id)""",
    "leased_without_agreement": """SELECT count(*) FROM dwelling d WHERE tenure = 'leased'
        AND NOT EXISTS (SELECT 1 FROM agreement_dwelling l WHERE l.dwelling_id = d.id)""",
    "missing_interior": """SELECT count(*) FROM property p WHERE NOT EXISTS (SELECT 1 FROM
        maintenance_responsibility m WHERE m.property_id = p.id AND m.scope = 'interior')""",
    "missing_exterior": """SELECT count(*) FROM property p WHERE NOT EXISTS (SELECT 1 FROM
        maintenance_responsibility m WHERE m.property_id = p.id AND m.scope = 'exterior')""",
    "conflicting_responsibility": """SELECT count(DISTINCT a.property_id)
        FROM maintenance_responsibility a JOIN maintenance_responsibility b
        ON a.property_id = b.property_id AND a.scope = b.scope AND a.party < b.party
        AND a.valid_from <= coalesce(b.valid_to, '9999-12-31')
        AND b.valid_from <= coalesce(a.valid_to, '9999-12-31')""",
    "duplicate_same_district": """SELECT count(*) FROM (SELECT 1 FROM dwelling d
        JOIN property p ON p.id = d.property_id GROUP BY p.street_address, d.unit_number
        HAVING count(*) > 1 AND count(DISTINCT d.district_code) = 1)""",
    "duplicate_cross_district": """SELECT count(*) FROM (SELECT 1 FROM dwelling d
        JOIN property p ON p.id = d.property_id GROUP BY p.street_address, d.unit_number
        HAVING count(DISTINCT d.district_code) > 1)""",
    "invalid_unit_number": """SELECT count(*) FROM dwelling WHERE length(unit_number) <> 5
        OR substr(unit_number, 1, 1) NOT IN ('H', 'U', 'K', 'L')
        OR substr(unit_number, 2) GLOB '*[^0-9]*'""",
    "inspection_over_3_years": f"""SELECT count(*) FROM dwelling
        WHERE last_inspection < '{date(TODAY.year - 3, TODAY.month, TODAY.day).isoformat()}'""",
    "referral_over_quota": """SELECT count(*) FROM agreement a WHERE kind = 'referral'
        AND project_total_dwellings >= 5 AND 100 * (SELECT count(*) FROM agreement_dwelling l
        WHERE l.agreement_id = a.id) > 40 * project_total_dwellings""",
    "rent_outlier": """SELECT count(*) FROM (SELECT a.monthly_rent / sum(d.area_m2) AS rate
        FROM agreement a JOIN agreement_dwelling l ON l.agreement_id = a.id
        JOIN dwelling d ON d.id = l.dwelling_id WHERE a.kind = 'lease' GROUP BY a.id)
        WHERE rate > 1.5 * 340""",
    "tenancy_review_missing": f"""SELECT count(*) FROM tenancy WHERE kind = 'indefinite'
        AND (next_review IS NULL OR next_review <= '{TODAY_S}')""",
    "let_with_vacancy_date": """SELECT count(*) FROM dwelling WHERE status = 'occupied'
        AND vacant_since IS NOT NULL""",
    "vacant_with_tenancy": f"""SELECT count(*) FROM dwelling d WHERE status = 'vacant'
        AND EXISTS (SELECT 1 FROM tenancy t WHERE t.dwelling_id = d.id
        AND t.start_date >= d.vacant_since AND t.start_date <= '{TODAY_S}')""",
    "tenant_rent_below_cost": f"""SELECT count(*) FROM dwelling d JOIN agreement_dwelling l
        ON l.dwelling_id = d.id JOIN agreement a ON a.id = l.agreement_id
        WHERE a.kind = 'lease' AND (a.end_date IS NULL OR a.end_date >= '{TODAY_S}')
        AND d.tenant_rent < l.monthly_cost""",
}


@pytest.mark.parametrize("kind", sorted(RECOUNT))
def test_planted_anomaly_present_and_recounted(demo, kind: str) -> None:
    conn, summary = demo
    assert one(conn, RECOUNT[kind]) == summary.anomalies[kind] >= 1


def test_every_anomaly_kind_is_recounted(demo) -> None:
    _, summary = demo
    assert set(summary.anomalies) == set(RECOUNT) | {"invalid_orgnr", "postbox_postcode"}


def test_anomaly_rates_are_small(demo) -> None:
    conn, summary = demo
    dwelling_kinds = [k for k in summary.anomalies if k.startswith("use_")]
    assert sum(summary.anomalies[k] for k in dwelling_kinds) / SIZE < 0.02
    assert one(conn, "SELECT count(*) FROM dwelling WHERE status = 'occupied'") / SIZE > 0.9


# --- transaction, refusal, replacement ------------------------------------------------------


def test_cancel_rolls_back_everything(empty_db) -> None:
    writing = {"started": False}

    def progress(_pct: int, text: str) -> None:
        writing["started"] |= text.startswith("Skriver ")

    with pytest.raises(CancelledError):  # cancelled after the first rows went in
        generate_demo(empty_db, dwellings=300, today=TODAY, progress=progress,
                      cancel=lambda: writing["started"])
    assert writing["started"]
    with empty_db.engine.connect() as conn:
        for table in DATA_TABLES:
            assert one(conn, f"SELECT count(*) FROM {table}") == 0
        assert one(conn, "SELECT count(*) FROM app_meta WHERE key LIKE 'demo%'") == 0
    assert not empty_db.is_demo


def test_refuses_a_filled_database_and_replaces_only_a_demo(empty_db) -> None:
    seen: list[int] = []
    generate_demo(empty_db, dwellings=300, today=TODAY, progress=lambda p, _t: seen.append(p))
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    with pytest.raises(BoligregError, match="allerede boliger"):
        generate_demo(empty_db, dwellings=300, today=TODAY)
    summary = generate_demo(empty_db, dwellings=350, seed=3, today=TODAY, replace=True)
    assert isinstance(summary, DemoSummary)
    with empty_db.engine.connect() as conn:
        assert one(conn, "SELECT count(*) FROM dwelling") == 350
        assert one(conn, "SELECT count(*) FROM change_log WHERE entity_type = 'demo'") == 1
        assert rows(conn, "PRAGMA foreign_key_check") == []
    # A real register (not marked demo) is never replaced.
    with empty_db.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM app_meta WHERE key = 'demo'"))
    with pytest.raises(BoligregError, match="ekte register"):
        generate_demo(empty_db, dwellings=300, today=TODAY, replace=True)
    with empty_db.engine.connect() as conn:
        assert one(conn, "SELECT count(*) FROM dwelling") == 350


def test_too_small_is_refused(empty_db) -> None:
    with pytest.raises(ValidationError):
        generate_demo(empty_db, dwellings=10)


# --- command line -------------------------------------------------------------------------


def test_cli_demo_then_refused_then_forced(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--dwellings", "400", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "Gamle Oslo" in out and "Søndre Nordstrand" in out and "DEMODATA" in out
    assert main(["demo", "--db", str(path), "--dwellings", "400"]) != 0
    err = capsys.readouterr().err
    assert err.startswith("boligreg: feil: ") and len(err.strip().splitlines()) == 1
    assert "--force" in err
    assert main(["demo", "--db", str(path), "--dwellings", "450", "--force"]) == 0
    capsys.readouterr()
    assert main(["info", "--db", str(path), "--json"]) == 0
    assert '"demo": true' in capsys.readouterr().out


def test_cli_rejects_a_tiny_demo_in_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "t.db"
    assert main(["demo", "--db", str(path), "--dwellings", "5"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("boligreg: feil: ") and len(err.strip().splitlines()) == 1
    assert not path.exists()  # refused before a file was made


def test_cli_removes_the_file_it_made_when_the_demo_fails(tmp_path: Path, capsys,
                                                          monkeypatch) -> None:
    import boligreg.commands.demo as command

    def fail(*_args, **_kwargs):
        raise CancelledError()

    monkeypatch.setattr(command, "generate_demo", fail)
    path = tmp_path / "gone.db"
    assert main(["demo", "--db", str(path), "--dwellings", "300"]) == 130
    assert "Avbrutt" in capsys.readouterr().err
    assert not path.exists() and not Path(f"{path}-wal").exists()


def test_central_units_and_rents(demo) -> None:
    """Issue 14: Velferdsetaten's 16 dwellings for people with disabilities, Ungbo's youth
    dwellings, leases held by Boligbygg; tenant rents on homes; lease costs per dwelling that
    add up to each lease's rent."""
    conn, summary = demo
    assert rows(conn, """SELECT target_group, count(*) FROM dwelling
        WHERE disposing_unit_code = 'velferdsetaten' GROUP BY 1""") == [("disability", 16)]
    assert one(conn, """SELECT count(*) FROM dwelling WHERE disposing_unit_code =
        'velferdsetaten' AND district_code NOT LIKE '0301%'""") == 0
    assert one(conn, "SELECT count(*) FROM dwelling WHERE disposing_unit_code = 'ungbo' "
                     "AND target_group <> 'youth'") == 0
    assert one(conn, "SELECT count(*) FROM dwelling WHERE disposing_unit_code = 'ungbo'") >= 1
    assert one(conn, "SELECT count(*) FROM agreement WHERE holding_unit_code = 'boligbygg'") >= 1
    # everything else is disposed of and held where it lies
    assert one(conn, """SELECT count(*) FROM dwelling WHERE disposing_unit_code NOT IN
        ('velferdsetaten', 'ungbo') AND disposing_unit_code <> district_code""") == 0
    # tenant rents on every home, in a plausible Oslo range (kr per month)
    low, high = rows(conn, "SELECT min(tenant_rent), max(tenant_rent) FROM dwelling "
                           "WHERE actual_use = 'housing'")[0]
    assert one(conn, "SELECT count(*) FROM dwelling WHERE actual_use = 'housing' AND "
                     "tenant_rent IS NULL") == 0
    assert low >= 1500 and high <= 60_000
    # per-dwelling lease costs sum to the agreement's rent, to the øre
    off = one(conn, """SELECT count(*) FROM (SELECT a.id, a.monthly_rent AS rent,
        sum(l.monthly_cost) AS s FROM agreement a JOIN agreement_dwelling l
        ON l.agreement_id = a.id WHERE a.kind = 'lease' GROUP BY a.id)
        WHERE abs(rent - s) > 0.005""")
    assert off == 0
    assert any("Velferdsetaten disponerer 16" in n for n in summary.notes)


def test_central_leases_cover_several_bydeler(demo) -> None:
    """Issue 14: a few leases Boligbygg holds centrally, each covering dwellings that bydeler
    dispose of in more than one bydel; their rent is the sum of the dwellings' costs and their
    dwellings keep their bydel as location and disposer."""
    conn, summary = demo
    spans = rows(conn, """SELECT a.id, count(DISTINCT d.district_code),
        count(DISTINCT d.disposing_unit_code), a.monthly_rent, sum(l.monthly_cost),
        a.end_date, a.last_reviewed FROM agreement a
        JOIN agreement_dwelling l ON l.agreement_id = a.id JOIN dwelling d ON d.id = l.dwelling_id
        WHERE a.holding_unit_code = 'boligbygg' AND a.kind = 'lease' GROUP BY a.id
        HAVING count(DISTINCT d.district_code) > 1""")
    assert 1 <= len(spans) <= 3
    for _id, locations, disposers, rent, costs, end, reviewed in spans:
        assert locations == disposers >= 2
        assert rent == pytest.approx(costs, abs=0.005)
        assert end is None or end > TODAY_S
        assert reviewed >= D365
    assert one(conn, """SELECT count(*) FROM dwelling d JOIN agreement_dwelling l
        ON l.dwelling_id = d.id JOIN agreement a ON a.id = l.agreement_id
        WHERE a.holding_unit_code = 'boligbygg'
        AND d.disposing_unit_code <> d.district_code""") == 0
    assert any("sentrale innleieavtaler" in n for n in summary.notes)
