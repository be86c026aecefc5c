"""The register's queries: grids, filters, search, sort, details, history, follow-up, matrix.

Counts are recomputed with independent SQL on the file (sqlite3), never with the service.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from boligreg.errors import StaleRecordError
from boligreg.models import (
    Agreement,
    AgreementDwelling,
    Dwelling,
    Finding,
    MaintenanceResponsibility,
    Property,
    Tenancy,
)
from boligreg.services import register as reg
from boligreg.services.register import save_changes, soft_delete

TODAY = date.today()


def build_sample(db) -> dict[str, str]:
    """Three properties in three bydeler, eight dwellings, two agreements, a finding."""
    ids: dict[str, str] = {}
    with db.session() as s:
        p1 = Property(district_code="030103", street_address="Sandakerveien 10",
                      postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg",
                      owner_name="Boligbygg Oslo KF", built_year=1936)
        p2 = Property(district_code="030112", street_address="Trosterudveien 3",
                      postcode="1051", gnr=140, bnr=5, owner_kind="private",
                      owner_name="Utleie Øst AS", owner_orgnr="985987246")
        p3 = Property(district_code="030101", street_address="Schweigaards gate 5",
                      postcode="0191", gnr=230, bnr=7, owner_kind="housing_coop",
                      owner_name="Schweigaard borettslag")
        s.add_all([p1, p2, p3])
        d = {}
        for i in range(4):
            d[f"s{i + 1}"] = Dwelling(
                property=p1, unit_number=f"H01{i + 1:02d}", district_code="030103",
                area_m2=40.0 + i * 10, rooms=2 + i % 2, tenure="owned",
                status="vacant" if i == 1 else "occupied",
                vacant_since=TODAY - timedelta(days=200) if i == 1 else None,
                actual_use="office" if i == 2 else "housing",
                target_group="elderly" if i == 3 else "ordinary",
                wheelchair_accessible=i == 3)
        for i in range(2):
            d[f"a{i + 1}"] = Dwelling(
                property=p2, unit_number=f"H02{i + 1:02d}", district_code="030112",
                area_m2=61.5, rooms=3, tenure="leased",
                status="vacant" if i == 1 else "occupied",
                vacant_since=TODAY - timedelta(days=30) if i == 1 else None)
        d["g1"] = Dwelling(property=p3, unit_number="H0301", district_code="030101",
                           tenure="owned", area_m2=35.0)
        d["g2"] = Dwelling(property=p3, unit_number="U0101", district_code="030101",
                           tenure="referral", area_m2=72.0, target_group="family")
        s.add_all(d.values())
        a1 = Agreement(kind="lease", reference="INN-2021-044", landlord_name="Utleie Øst AS",
                       landlord_orgnr="985987246", district_code="030112",
                       start_date=TODAY - timedelta(days=1000),
                       end_date=TODAY + timedelta(days=30), notice_months=6,
                       monthly_rent=14500.0)
        a2 = Agreement(kind="referral", reference="TIL-2014-001",
                       landlord_name="Bjørnåsen Syd AS", district_code="030101",
                       start_date=date(2014, 5, 1), end_date=TODAY + timedelta(days=400),
                       project_total_dwellings=96)
        s.add_all([a1, a2])
        s.add_all([AgreementDwelling(agreement=a1, dwelling=d["a1"]),
                   AgreementDwelling(agreement=a1, dwelling=d["a2"]),
                   AgreementDwelling(agreement=a2, dwelling=d["g2"])])
        for scope in ("interior", "exterior", "technical", "outdoor"):
            s.add(MaintenanceResponsibility(property=p1, scope=scope, party="boligbygg"))
        s.add(MaintenanceResponsibility(property=p2, scope="exterior", party="landlord"))
        s.add(MaintenanceResponsibility(property=p3, scope="exterior", party="housing_coop"))
        s.add(MaintenanceResponsibility(property=p3, scope="exterior", party="boligbygg"))
        s.add(Tenancy(dwelling=d["s1"], kind="fixed_term",
                      start_date=TODAY - timedelta(days=400),
                      end_date=TODAY + timedelta(days=700),
                      next_review=TODAY + timedelta(days=300), case_reference="2023/1234"))
        s.flush()
        s.add(Finding(rule="vacant_long", severity="high", entity_type="dwelling",
                      entity_id=d["s2"].id, district_code="030103",
                      label="Sandakerveien 10, H0102", message="Ledig i over 180 dager"))
        s.add(Finding(rule="minor", severity="low", entity_type="dwelling",
                      entity_id=d["s3"].id, district_code="030103", label="lav"))
        s.flush()
        ids.update({k: v.id for k, v in d.items()})
        ids.update(p1=p1.id, p2=p2.id, p3=p3.id, a1_agr=a1.id, a2_agr=a2.id)
    return ids


@pytest.fixture
def sample(empty_db):
    return empty_db, build_sample(empty_db)


def _sql(path: Path, query: str, *args) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(query, args).fetchall()
    finally:
        con.close()


def test_load_dwellings_counts_match_sql(sample, db_path) -> None:
    db, _ids = sample
    with db.engine.connect() as conn:
        rows = reg.load_dwellings(conn)
        sagene = reg.load_dwellings(conn, "030103")
    live = _sql(db_path, "SELECT count(*) FROM dwelling WHERE deleted_at IS NULL")[0][0]
    assert len(rows) == live
    assert len(sagene) == 4
    by_unit = {r[rows.pos["unit_number"]]: r for r in rows.rows}
    leased = by_unit["H0201"]
    assert leased[rows.pos["agreement_ref"]] == "INN-2021-044"
    assert leased[rows.pos["landlord_orgnr"]] == "985987246"
    assert leased[rows.pos["agreement_kind"]] == "lease"
    assert leased[rows.pos["agreement_end"]] == (TODAY + timedelta(days=30)).isoformat()
    assert leased[rows.pos["address"]] == "Trosterudveien 3"
    assert by_unit["H0101"][rows.pos["agreement_ref"]] is None


def test_soft_deleted_dwelling_disappears(sample) -> None:
    db, ids = sample
    soft_delete(db, Dwelling, ids["s1"], expected_version=1)
    with db.engine.connect() as conn:
        assert ids["s1"] not in {r[0] for r in reg.load_dwellings(conn).rows}


def test_filter_combination_matches_independent_sql(sample, db_path) -> None:
    db, _ids = sample
    with db.engine.connect() as conn:
        rows = reg.load_dwellings(conn)
    flt = reg.RowFilter(equals={"tenure": "owned", "status": "occupied",
                                "actual_use": "housing"})
    got = reg.apply_filter(rows, rows.order(None), flt)
    expected = _sql(db_path, "SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND "
                    "tenure='owned' AND status='occupied' AND actual_use='housing'")[0][0]
    assert len(got) == expected == 3
    flt = reg.RowFilter(wheelchair=True)
    assert len(reg.apply_filter(rows, rows.order(None), flt)) == _sql(
        db_path, "SELECT count(*) FROM dwelling WHERE wheelchair_accessible = 1")[0][0] == 1
    flt = reg.RowFilter(agreement_kind="referral")
    assert [rows.value(n, "unit_number") for n in reg.apply_filter(rows, rows.order(None), flt)
            ] == ["U0101"]


def test_expiring_within_days(sample) -> None:
    db, _ids = sample
    with db.engine.connect() as conn:
        rows = reg.load_dwellings(conn)
        agreements = reg.load_agreements(conn)
    assert len(reg.apply_filter(rows, rows.order(None), reg.RowFilter(expiring_days=29))) == 0
    assert len(reg.apply_filter(rows, rows.order(None), reg.RowFilter(expiring_days=30))) == 2
    got = reg.apply_filter(agreements, agreements.order(None), reg.RowFilter(expiring_days=90))
    assert [agreements.value(n, "reference") for n in got] == ["INN-2021-044"]


@pytest.mark.parametrize(("query", "units"), [
    ("sandaker", {"H0101", "H0102", "H0103", "H0104"}),
    ("h0102", {"H0102"}),
    ("INN-2021", {"H0201", "H0202"}),
    ("øst", {"H0201", "H0202"}),
    ("985 987 246", {"H0201", "H0202"}),
    ("985987246", {"H0201", "H0202"}),
    ("bjørnåsen", {"U0101"}),
    ("sandaker h0103", {"H0103"}),
    ("ingen slik", set()),
])
def test_search(sample, query, units) -> None:
    db, _ids = sample
    with db.engine.connect() as conn:
        rows = reg.load_dwellings(conn)
    got = reg.apply_filter(rows, rows.order(None), reg.RowFilter(search=query))
    assert {rows.value(n, "unit_number") for n in got} == units


def test_sort_every_dwelling_column(sample) -> None:
    db, _ids = sample
    with db.engine.connect() as conn:
        rows = reg.load_dwellings(conn)
    for name in rows.fields:
        for desc in (False, True):
            order = rows.order(name, desc)
            assert sorted(order) == list(range(len(rows)))
            values = [rows.value(n, name) for n in order]
            present = [v for v in values if v not in (None, "")]
            assert values[: len(present)] == present, "blanks sort last"
            if present and not isinstance(present[0], str):
                assert present == sorted(present, reverse=desc)


def test_norwegian_and_natural_order() -> None:
    names = ["Åsveien 2", "Ølstadvegen 1", "Ærfuglveien 3", "Zinken 1", "Gata 12", "Gata 2"]
    rows = reg.RowSet(("id", "address"), [(str(i), n) for i, n in enumerate(names)],
                      natural_fields=("address",))
    assert [rows.value(n, "address") for n in rows.order("address")] == [
        "Gata 2", "Gata 12", "Zinken 1", "Ærfuglveien 3", "Ølstadvegen 1", "Åsveien 2"]


def test_descending_keeps_ties_stable() -> None:
    rows = reg.RowSet(("id", "x"), [("a", 1), ("b", 2), ("c", 1), ("d", None), ("e", 2)])
    assert [rows.value(n, "id") for n in rows.order("x", True)] == ["b", "e", "a", "c", "d"]


def test_random_filters_agree_with_sql(sample, db_path) -> None:
    db, _ids = sample
    with db.engine.connect() as conn:
        rows = reg.load_dwellings(conn)
    rnd = random.Random(3)
    choices = {"tenure": ["owned", "leased", "referral"],
               "status": ["occupied", "vacant"], "actual_use": ["housing", "office"],
               "target_group": ["ordinary", "elderly", "family"]}
    for _ in range(40):
        picked = {k: rnd.choice(v) for k, v in choices.items() if rnd.random() < 0.5}
        where = " AND ".join(f"{k} = ?" for k in picked) or "1=1"
        n = _sql(db_path, f"SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND {where}",
                 *picked.values())[0][0]
        assert len(reg.apply_filter(rows, rows.order(None), reg.RowFilter(equals=picked))) == n


def test_properties_and_coverage(sample, db_path) -> None:
    db, ids = sample
    with db.engine.connect() as conn:
        props = reg.load_properties(conn)
    by_id = {r[0]: r for r in props.rows}
    assert len(props) == _sql(db_path, "SELECT count(*) FROM property")[0][0]
    cov = props.pos["coverage"]
    assert by_id[ids["p1"]][cov] == reg.COVERAGE_OK
    assert by_id[ids["p2"]][cov] == reg.COVERAGE_GAP
    assert by_id[ids["p2"]][props.pos["exterior"]] == "landlord"
    assert by_id[ids["p1"]][props.pos["dwellings"]] == 4
    assert by_id[ids["p1"]][props.pos["matrikkel"]] == "75/10"
    # p3 has a gap too (interior missing), so gap wins over the double exterior.
    assert by_id[ids["p3"]][cov] == reg.COVERAGE_GAP
    assert by_id[ids["p3"]][props.pos["exterior"]] == "boligbygg,housing_coop"


def test_agreements_grid(sample) -> None:
    db, _ids = sample
    with db.engine.connect() as conn:
        agr = reg.load_agreements(conn, today=TODAY)
    by_ref = {r[agr.pos["reference"]]: r for r in agr.rows}
    assert by_ref["INN-2021-044"][agr.pos["dwellings"]] == 2
    assert by_ref["INN-2021-044"][agr.pos["days_left"]] == 30
    assert by_ref["TIL-2014-001"][agr.pos["kind"]] == "referral"


def test_dwelling_detail_links(sample) -> None:
    db, ids = sample
    with db.engine.connect() as conn:
        detail = reg.dwelling_detail(conn, ids["a1"])
        s1 = reg.dwelling_detail(conn, ids["s1"])
    kinds = [(lk.entity_type, lk.kind) for lk in detail.links]
    assert ("property", "Eiendom") in kinds
    agreement = next(lk for lk in detail.links if lk.entity_type == "agreement")
    assert agreement.entity_id == ids["a1_agr"]
    assert agreement.warning  # ends within 90 days
    maint = [lk for lk in detail.links if lk.entity_type == "maintenance"]
    assert len(maint) == 4
    assert sum(lk.warning for lk in maint) == 3  # only the exterior is covered
    assert detail.title == "Trosterudveien 3, H0201"
    assert [t.detail for t in s1.tenancies][0].endswith("sak 2023/1234")


def test_agreement_and_property_detail_links(sample) -> None:
    db, ids = sample
    with db.engine.connect() as conn:
        agr = reg.agreement_detail(conn, ids["a1_agr"])
        prop = reg.property_detail(conn, ids["p1"])
    assert [lk.entity_type for lk in agr.links] == ["landlord", "dwelling", "dwelling"]
    assert agr.links[0].entity_id == "985987246"
    assert {lk.entity_id for lk in prop.links if lk.entity_type == "dwelling"} == {
        ids["s1"], ids["s2"], ids["s3"], ids["s4"]}


def test_history_has_norwegian_fields(sample) -> None:
    db, ids = sample
    v = save_changes(db, Dwelling, ids["s1"], expected_version=1,
                     changes={"status": "vacant", "vacant_since": TODAY, "area_m2": 41.5})
    assert v == 2
    with db.engine.connect() as conn:
        entries = reg.history(conn, "dwelling", ids["s1"])
    fields = {e.field: e for e in entries}
    assert fields["Status"].old == "Utleid" and fields["Status"].new == "Ledig"
    assert fields["Ledig siden"].new == TODAY.strftime("%d.%m.%Y")
    assert fields["Areal (m²)"].old == "40" and fields["Areal (m²)"].new == "41,5"
    assert entries[-1].action == "Opprettet"
    assert entries[0].changed_by == "test"


def test_follow_up(sample) -> None:
    db, ids = sample
    with db.engine.connect() as conn:
        fu = reg.follow_up(conn)
        alna = reg.follow_up(conn, "030112")
    assert [i.entity_id for i in fu.expiring] == [ids["a1_agr"]]
    assert [i.entity_id for i in fu.vacant] == [ids["s2"], ids["a2"]]  # longest first
    assert fu.vacant[0].urgency == 200
    assert [(i.entity_type, i.entity_id) for i in fu.findings] == [("dwelling", ids["s2"])]
    assert alna.findings == [] and [i.entity_id for i in alna.vacant] == [ids["a2"]]


def test_usual_split_rules() -> None:
    bb = reg.usual_split("boligbygg", [("d1", "H0101", "owned")])
    assert set(bb.property_level.values()) == {"boligbygg"} and not bb.dwelling_level
    private = reg.usual_split("private", [("d1", "H0101", "leased")])
    assert set(private.property_level.values()) == {"landlord"}
    coop = reg.usual_split("housing_coop", [("d1", "H0101", "owned"), ("d2", "H0102", "owned"),
                                            ("d3", "H0103", "leased")])
    assert coop.property_level == {"interior": "boligbygg", "exterior": "housing_coop",
                                   "technical": "housing_coop", "outdoor": "housing_coop"}
    assert coop.dwelling_level == {"d3": {"interior": "landlord"}}


def test_apply_usual_split_and_conflict(sample, db_path) -> None:
    db, ids = sample
    with db.engine.connect() as conn:
        matrix = reg.maintenance_matrix(conn, ids["p3"])
    assert matrix.problems() == {"interior": "gap", "exterior": "double", "technical": "gap",
                                 "outdoor": "gap"}
    proposal = reg.usual_split(matrix.owner_kind, matrix.dwellings)
    wanted = reg.proposal_changes(matrix, proposal)
    expected = reg.matrix_expected(matrix, wanted)
    reg.set_assignments(db, ids["p3"], wanted, expected)
    with db.engine.connect() as conn:
        after = reg.maintenance_matrix(conn, ids["p3"])
    assert after.problems() == {}
    assert after.parties(ids["g2"], "interior") == ["landlord"]
    live = _sql(db_path, "SELECT scope, party FROM maintenance_responsibility WHERE "
                "property_id = ? AND deleted_at IS NULL ORDER BY scope", ids["p3"])
    assert live == [("exterior", "housing_coop"), ("interior", "boligbygg"),
                    ("outdoor", "housing_coop"), ("technical", "housing_coop")]
    # the removed Boligbygg exterior is soft-deleted and logged, not gone
    assert _sql(db_path, "SELECT count(*) FROM change_log WHERE action='delete' AND "
                "entity_type='maintenance_responsibility'")[0][0] == 1
    # acting on the stale matrix again is refused and writes nothing
    assert issubclass(reg.AssignmentsChangedError, StaleRecordError)
    with pytest.raises(reg.AssignmentsChangedError):
        reg.set_assignments(db, ids["p3"], {None: set()}, reg.matrix_expected(matrix, [None]))
    assert len(_sql(db_path, "SELECT id FROM maintenance_responsibility WHERE property_id = ? "
                    "AND deleted_at IS NULL", ids["p3"])) == 4


def test_create_record_and_delete_blocker(sample) -> None:
    db, ids = sample
    new_id = reg.create_record(db, "dwelling", {
        "property_id": ids["p1"], "unit_number": "H0201", "district_code": "030103",
        "tenure": "owned", "status": "occupied", "actual_use": "housing",
        "target_group": "ordinary"})
    with db.engine.connect() as conn:
        assert reg.get_values(conn, "dwelling", new_id)["unit_number"] == "H0201"
        assert "5 registrerte boliger" in reg.delete_blocker(conn, "property", ids["p1"])
        assert reg.delete_blocker(conn, "agreement", ids["a1_agr"]) is None


def test_format_value() -> None:
    assert reg.format_value("dwelling", "tenure", "leased") == "Innleid"
    assert reg.format_value("dwelling", "wheelchair_accessible", True) == "Ja"
    assert reg.format_value("dwelling", "vacant_since", date(2025, 2, 1)) == "01.02.2025"
    assert reg.format_value("agreement", "monthly_rent", 14500.0) == "14\u00a0500"
    assert reg.format_value("dwelling", "note", None) == "–"
    assert reg.field_label("agreement", "landlord_orgnr") == "Utleiers org.nr."


def test_patch_updates_one_row_and_keeps_what_still_holds() -> None:
    rows = reg.RowSet(("id", "x", "name"), [("a", 3, "Alfa"), ("b", 1, "Beta"), ("c", 2, "Ce")],
                      ("name",))
    by_x = rows.ascending("x")
    rows.haystack()
    rows.patch("b", [("b", 1, "Bravo")])  # x unchanged: the cached order stays
    assert rows.ascending("x") is by_x
    assert [rows.value(n, "id") for n in rows.matching(rows.order(None), search="bravo")] == ["b"]
    rows.patch("b", [("b", 9, "Bravo")])  # x changed: sorted again
    assert [rows.value(n, "id") for n in rows.order("x")] == ["c", "a", "b"]
    rows.patch("d", [("d", 0, "Delta")])  # a new record is added
    assert [rows.value(n, "id") for n in rows.order("x")] == ["d", "c", "a", "b"]
    rows.patch("a", [])  # deleted or out of scope: dropped
    assert [rows.value(n, "id") for n in rows.order("x")] == ["d", "c", "b"]
    assert rows.matching(rows.order(None), search="alfa") == []


def test_search_reads_a_house_number_and_ranks_the_whole_phrase_first() -> None:
    from boligreg.services.register import RowSet

    rows = [("a", "Colletts gate 2", "H0303", "INN-2021-044"),
            ("b", "Colletts gate 30", "H0101", None),
            ("c", "Colletts gate 3", "H0101", None),
            ("d", "Storgata 3B", "H0101", "985987246")]
    rs = RowSet(["id", "addr", "unit", "ref"], rows, search_fields=["addr", "unit", "ref"])
    ids = lambda q: [rows[n][0] for n in rs.matching(range(len(rows)), (), q)]  # noqa: E731
    assert ids("Colletts gate 3") == ["c", "b"]  # exact first; 30 begins with 3; not H0303
    assert ids("gate 3") == ["c", "b"]
    assert ids("3") == ["b", "c", "d"]  # a number begins a word: 30, 3, 3B — never H0303
    assert ids("044") == ["a"] and ids("985") == ["d"] and ids("985 987 246") == ["d"]
    assert ids("h0303") == ["a"] and ids("colletts") == ["a", "b", "c"]


def test_load_dwellings_names_the_disposer(sample, db_path) -> None:
    """Issue 14: the Boliger table shows the disposing unit beside the location; a central
    unit's dwelling stays listed under the bydel it lies in."""
    db, _ids = sample
    (did,) = _sql(db_path, "SELECT id FROM dwelling WHERE deleted_at IS NULL LIMIT 1")[0]
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE dwelling SET disposing_unit_code = 'velferdsetaten' WHERE id = ?",
                    (did,))
    con.close()
    with db.engine.connect() as conn:
        rows = reg.load_dwellings(conn)
    expected = dict(_sql(db_path, """SELECT d.id, coalesce(u.name, coalesce(
        d.disposing_unit_code, d.district_code)) FROM dwelling d LEFT JOIN unit u
        ON u.code = coalesce(d.disposing_unit_code, d.district_code)
        WHERE d.deleted_at IS NULL"""))
    got = {r[0]: r[rows.pos["disposer"]] for r in rows.rows}
    assert got == expected and got[did] == "Velferdsetaten"
    location = _sql(db_path, "SELECT ds.name FROM dwelling d JOIN district ds "
                             "ON ds.code = d.district_code WHERE d.id = ?", did)[0][0]
    assert {r[0]: r[rows.pos["district"]] for r in rows.rows}[did] == location
