"""Which dwellings an agreement covers, and tenancy validation.

Every outcome is checked with independent SQL on the file (sqlite3), never with the service.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from boligreg.errors import StaleRecordError, ValidationError
from boligreg.models import Agreement, AgreementDwelling, Dwelling, Property, Tenancy
from boligreg.services import agreements as agr
from boligreg.services import register as reg
from boligreg.services.register import save_changes, soft_delete
from boligreg.services.validation import advice, clean

TODAY = date.today()
START = date(2020, 1, 1)


@pytest.fixture
def sample(empty_db):
    """Alna (030112): six dwellings, a lease and a referral agreement of a 5-dwelling
    project; Sagene (030103): one dwelling."""
    ids: dict[str, str] = {}
    with empty_db.session() as s:
        p = Property(district_code="030112", street_address="Trosterudveien 3",
                     postcode="1051", gnr=140, bnr=5, owner_kind="private")
        q = Property(district_code="030103", street_address="Sandakerveien 10",
                     postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        xs = [Dwelling(property=p, unit_number=f"H01{i:02d}", district_code="030112",
                       tenure="leased") for i in range(1, 7)]
        y = Dwelling(property=q, unit_number="H0101", district_code="030103")
        lease = Agreement(kind="lease", reference="INN-2020-001", landlord_name="Utleie AS",
                          district_code="030112", start_date=START,
                          end_date=TODAY + timedelta(days=900))
        referral = Agreement(kind="referral", reference="TIL-2015-007",
                             landlord_name="Prosjekt AS", district_code="030112",
                             start_date=date(2015, 3, 1), project_total_dwellings=5)
        s.add_all([p, q, *xs, y, lease, referral])
        s.flush()
        ids.update({f"x{i + 1}": x.id for i, x in enumerate(xs)})
        ids.update(y=y.id, lease=lease.id, referral=referral.id)
    return empty_db, ids


def sql(path: Path, query: str, *args) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(query, args).fetchall()
    finally:
        con.close()


def links_of(path: Path, agreement_id: str) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in sql(
        path, "SELECT dwelling_id, from_date, to_date, deleted_at, version, id "
        "FROM agreement_dwelling WHERE agreement_id = ?", agreement_id)}


def test_add_dwellings_writes_links_and_change_log(sample, db_path) -> None:
    db, ids = sample
    new = agr.add_dwellings_to_agreement(db, ids["lease"], [ids["x1"], ids["x2"]],
                                         date(2024, 2, 1))
    links = links_of(db_path, ids["lease"])
    assert set(links) == {ids["x1"], ids["x2"]}
    assert links[ids["x1"]][:3] == ("2024-02-01", None, None)
    logged = sql(db_path, "SELECT entity_id, action FROM change_log "
                 "WHERE entity_type = 'agreement_dwelling'")
    assert sorted(logged) == sorted((i, "insert") for i in new)
    assert sql(db_path, "SELECT count(*) FROM agreement_dwelling "
               "WHERE agreement_id = ? AND to_date IS NULL", ids["lease"])[0][0] == 2


def test_already_linked_dwelling_is_refused(sample, db_path) -> None:
    db, ids = sample
    agr.add_dwellings_to_agreement(db, ids["lease"], [ids["x1"]], None)
    with pytest.raises(ValidationError) as err:
        agr.add_dwellings_to_agreement(db, ids["lease"], [ids["x2"], ids["x1"]], None)
    assert "Trosterudveien 3, H0101 er allerede med i avtalen INN-2020-001" in err.value.nb
    assert err.value.field == "dwellings"
    # all or nothing: x2 was not added either
    assert set(links_of(db_path, ids["lease"])) == {ids["x1"]}


def test_dwelling_of_another_bydel_is_refused(sample, db_path) -> None:
    db, ids = sample
    with pytest.raises(ValidationError) as err:
        agr.add_dwellings_to_agreement(db, ids["lease"], [ids["y"]], None)
    assert "hører til bydel Sagene" in err.value.nb
    assert "gjelder bydel Alna" in err.value.nb
    assert links_of(db_path, ids["lease"]) == {}


def test_from_date_before_agreement_start_is_refused(sample) -> None:
    db, ids = sample
    with pytest.raises(ValidationError) as err:
        agr.add_dwellings_to_agreement(db, ids["lease"], [ids["x1"]], date(2019, 12, 31))
    assert err.value.field == "from_date"
    assert "01.01.2020" in err.value.nb


def test_referral_quota_refuses_with_the_numbers(sample, db_path) -> None:
    db, ids = sample
    # 40 % of a 5-dwelling project is 2
    agr.add_dwellings_to_agreement(db, ids["referral"], [ids["x1"], ids["x2"]], None)
    with pytest.raises(ValidationError) as err:
        agr.add_dwellings_to_agreement(db, ids["referral"], [ids["x3"]], None)
    msg = err.value.nb
    assert "høyst 40\u00a0%" in msg and "2 av 5" in msg and "har 2" in msg \
        and "gir 3 (60\u00a0%)" in msg
    assert len(links_of(db_path, ids["referral"])) == 2
    # an ended link frees its place in the quota
    link_id = links_of(db_path, ids["referral"])[ids["x1"]][4]
    agr.end_agreement_link(db, link_id, 1, TODAY - timedelta(days=1))
    agr.add_dwellings_to_agreement(db, ids["referral"], [ids["x3"]], None)
    live = sql(db_path, "SELECT count(*) FROM agreement_dwelling WHERE agreement_id = ? AND "
               "deleted_at IS NULL AND (to_date IS NULL OR to_date >= ?)",
               ids["referral"], TODAY.isoformat())[0][0]
    assert live == 2


def test_small_referral_project_may_be_referred_in_full_but_not_beyond(sample, db_path) -> None:
    db, ids = sample
    save_changes(db, Agreement, ids["referral"], expected_version=1,
                 changes={"project_total_dwellings": 4})
    agr.add_dwellings_to_agreement(db, ids["referral"], [ids[f"x{i}"] for i in range(1, 5)],
                                   None)
    with pytest.raises(ValidationError, match="bare 4 boliger"):
        agr.add_dwellings_to_agreement(db, ids["referral"], [ids["x5"]], None)
    assert len(links_of(db_path, ids["referral"])) == 4


def test_end_link_sets_to_date_keeps_row_and_logs(sample, db_path) -> None:
    db, ids = sample
    [link_id] = agr.add_dwellings_to_agreement(db, ids["lease"], [ids["x1"]], date(2021, 1, 1))
    with pytest.raises(ValidationError) as err:
        agr.end_agreement_link(db, link_id, 1, date(2020, 12, 31))
    assert err.value.field == "to_date" and "01.01.2021" in err.value.nb
    with pytest.raises(StaleRecordError):
        agr.end_agreement_link(db, link_id, 7, TODAY)
    ended = TODAY - timedelta(days=1)
    assert agr.end_agreement_link(db, link_id, 1, ended) == 2
    row = sql(db_path, "SELECT to_date, deleted_at, version FROM agreement_dwelling "
              "WHERE id = ?", link_id)
    assert row == [(ended.isoformat(), None, 2)]
    assert sql(db_path, "SELECT action, field, new_value FROM change_log WHERE entity_id = ? "
               "AND action = 'update'", link_id) == [("update", "to_date",
                                                        f'"{ended.isoformat()}"')]
    with db.engine.connect() as conn:  # the grid no longer counts it
        rows = reg.load_agreements(conn, ids=[ids["lease"]])
        assert rows.value(0, "dwellings") == 0
        detail = reg.agreement_detail(conn, ids["lease"])
    [dwelling_link] = [lk for lk in detail.links if lk.entity_type == "dwelling"]
    assert not dwelling_link.active and "AVSLUTTET" in dwelling_link.detail
    with pytest.raises(ValidationError, match="allerede"):
        agr.end_agreement_link(db, link_id, 2, TODAY)


def test_readding_an_ended_dwelling_reopens_its_row(sample, db_path) -> None:
    db, ids = sample
    [link_id] = agr.add_dwellings_to_agreement(db, ids["lease"], [ids["x1"]], date(2021, 1, 1))
    agr.end_agreement_link(db, link_id, 1, date(2022, 6, 30))
    assert agr.add_dwellings_to_agreement(db, ids["lease"], [ids["x1"]],
                                          date(2024, 1, 1)) == [link_id]
    assert sql(db_path, "SELECT from_date, to_date, version FROM agreement_dwelling "
               "WHERE agreement_id = ?", ids["lease"]) == [("2024-01-01", None, 3)]
    # the first period is still in the change log
    old = {r[0]: r[1] for r in sql(
        db_path, "SELECT field, old_value FROM change_log WHERE entity_id = ? AND version = 3",
        link_id)}
    assert old == {"from_date": '"2021-01-01"', "to_date": '"2022-06-30"'}


def test_candidates_are_the_bydel_s_unlinked_dwellings(sample, db_path) -> None:
    db, ids = sample
    agr.add_dwellings_to_agreement(db, ids["lease"], [ids["x1"]], None)
    soft_delete(db, Dwelling, ids["x6"], expected_version=1)
    with db.engine.connect() as conn:
        found, total = agr.dwelling_candidates(conn, ids["lease"])
        by_unit, _ = agr.dwelling_candidates(conn, ids["lease"], "h0103")
        by_address, n = agr.dwelling_candidates(conn, ids["lease"], "trosterud 1051", limit=2)
    expected = {r[0] for r in sql(
        db_path, "SELECT id FROM dwelling WHERE district_code = '030112' AND deleted_at IS NULL "
        "AND id NOT IN (SELECT dwelling_id FROM agreement_dwelling WHERE agreement_id = ?)",
        ids["lease"])}
    assert {c.id for c in found} == expected and total == len(expected) == 4
    assert [c.id for c in by_unit] == [ids["x3"]]
    assert len(by_address) == 2 and n == 4
    assert [c.unit_number for c in found] == ["H0102", "H0103", "H0104", "H0105"]


# --- tenancies -------------------------------------------------------------------------------


def test_tenancy_validation_messages() -> None:
    bad = clean("tenancy", {"kind": "fixed_term", "start_date": "01.03.2024",
                            "end_date": "01.02.2024", "next_review": "",
                            "case_reference": "x" * 61})
    assert bad.errors == {"end_date": "Sluttdatoen kan ikke være før startdatoen",
                          "case_reference": "Høyst 60 tegn (nå 61)"}
    fixed = clean("tenancy", {"kind": "fixed_term", "start_date": "1.3.2024"})
    assert fixed.errors == {"end_date": "Et tidsbestemt leieforhold må ha en sluttdato"}
    person = clean("tenancy", {"kind": "indefinite", "start_date": "1.3.2024",
                               "case_reference": "010190 12345"})
    assert "fødselsnummer" in person.errors["case_reference"]
    missing = clean("tenancy", {"kind": "", "start_date": ""})
    assert set(missing.errors) == {"kind", "start_date"}
    ok = clean("tenancy", {"kind": "indefinite", "start_date": "1.3.2024",
                           "case_reference": " 2024/12345 "})
    assert ok.ok and ok.values["case_reference"] == "2024/12345"
    assert ok.values["start_date"] == date(2024, 3, 1)
    # next review is recommended for an indefinite tenancy, never required
    assert "next_review" in advice("tenancy", ok.values)
    assert advice("tenancy", {**ok.values, "next_review": date(2025, 3, 1)}) == {}


def test_tenancy_create_edit_delete_through_orm(sample, db_path) -> None:
    db, ids = sample
    values = clean("tenancy", {"kind": "indefinite", "start_date": "01.03.2024",
                               "next_review": "01.03.2026", "case_reference": "2024/1"}).values
    tid = reg.create_record(db, "tenancy", {**values, "dwelling_id": ids["x1"]})
    save_changes(db, Tenancy, tid, expected_version=1, changes={"case_reference": "2024/2"})
    with pytest.raises(StaleRecordError):
        save_changes(db, Tenancy, tid, expected_version=1, changes={"case_reference": "x"})
    soft_delete(db, Tenancy, tid, expected_version=2)
    row = sql(db_path, "SELECT kind, start_date, next_review, case_reference, version, "
              "deleted_at IS NOT NULL FROM tenancy WHERE id = ?", tid)
    assert row == [("indefinite", "2024-03-01", "2026-03-01", "2024/2", 3, 1)]
    actions = [r[0] for r in sql(db_path, "SELECT action FROM change_log WHERE entity_id = ? "
                                 "ORDER BY version", tid)]
    assert actions == ["insert", "update", "delete"]
    with db.engine.connect() as conn:
        assert reg.dwelling_detail(conn, ids["x1"]).tenancies == []


def test_link_carries_row_id_and_version(sample) -> None:
    db, ids = sample
    [link_id] = agr.add_dwellings_to_agreement(db, ids["lease"], [ids["x2"]], None)
    with db.engine.connect() as conn:
        detail = reg.agreement_detail(conn, ids["lease"])
    [link] = [lk for lk in detail.links if lk.entity_type == "dwelling"]
    assert (link.entity_id, link.ref_id, link.ref_version, link.active) == \
        (ids["x2"], link_id, 1, True)
    assert AgreementDwelling.__tablename__ == "agreement_dwelling"
