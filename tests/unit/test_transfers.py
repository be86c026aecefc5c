"""Transfers between units: the preview's figures (recomputed independently), one
transaction with one change-log row per moved record carrying the case reference, undo as a
whole, refusals that change nothing, and the command line."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from boligreg.cli import main
from boligreg.errors import BoligregError
from boligreg.models import (
    Agreement,
    AgreementDwelling,
    Dwelling,
    Finding,
    MaintenanceResponsibility,
    Property,
    Tenancy,
)
from boligreg.services.transfers import apply_transfer, preview_transfer, undo_transfer

EFFECTIVE = date(2027, 1, 1)


def q(db_path: Path, sql: str, *args) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture
def world(empty_db) -> dict[str, list[str]]:
    """Søndre Nordstrand disposes of 5 dwellings (4 with a tenant rent) and holds one lease
    covering two of them; Alna has 2 dwellings; Boligbygg none."""
    ids: dict[str, list[str]] = {"sn": [], "alna": [], "agreement": []}
    with empty_db.session() as s:
        for code, key, n in (("030115", "sn", 5), ("030112", "alna", 2)):
            p = Property(district_code=code, street_address=f"Gate {code}", postcode="1283",
                         owner_kind="boligbygg")
            s.add(p)
            s.flush()
            for i in range(n):
                d = Dwelling(property_id=p.id, unit_number=f"H01{i:02d}", district_code=code,
                             tenant_rent=8000.0 + 500 * i if i < 4 else None,
                             tenure="leased" if i < 2 else "owned")
                s.add(d)
                s.flush()
                ids[key].append(d.id)
        a = Agreement(kind="lease", reference="INN-1", district_code="030115",
                      monthly_rent=25000.0, landlord_name="Utleier AS")
        s.add(a)
        s.flush()
        ids["agreement"].append(a.id)
        for did, cost in zip(ids["sn"][:2], (12000.0, 13000.0), strict=True):
            s.add(AgreementDwelling(agreement_id=a.id, dwelling_id=did, monthly_cost=cost))
        s.add(MaintenanceResponsibility(dwelling_id=ids["sn"][0], scope="interior",
                                        party="tenant"))
        s.add(MaintenanceResponsibility(dwelling_id=ids["sn"][1], scope="interior",
                                        party="tenant", valid_to=date(2026, 1, 1)))  # ended
        s.add(Tenancy(dwelling_id=ids["sn"][0], kind="fixed_term", start_date=date(2024, 1, 1)))
        s.add(Tenancy(dwelling_id=ids["sn"][1], kind="fixed_term", start_date=date(2020, 1, 1),
                      end_date=date(2023, 1, 1)))  # ended
        s.add(Finding(rule="MISUSE", severity="high", entity_type="dwelling",
                      entity_id=ids["sn"][2], district_code="030115", status="open"))
        s.add(Finding(rule="MISUSE", severity="high", entity_type="dwelling",
                      entity_id=ids["sn"][3], district_code="030115", status="resolved"))
    return ids


def _preview(db, **kw):
    args = dict(from_unit="15", to_unit="boligbygg", what="dwellings", effective=EFFECTIVE,
                reference="2026/4711")
    args.update(kw)
    with db.engine.connect() as conn:
        return preview_transfer(conn, **args)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_preview_counts_and_sums_write_nothing(empty_db, db_path, world) -> None:
    with empty_db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(db_path)
    p = _preview(empty_db)
    assert _digest(db_path) == before
    assert p.from_unit == "030115" and p.to_unit == "boligbygg"
    assert sorted(p.ids) == sorted(world["sn"])
    assert p.counts == {"dwellings": 5, "agreements": 0, "maintenance": 1, "open_findings": 1,
                        "tenancies": 1}
    rent = q(db_path, "SELECT sum(tenant_rent) FROM dwelling WHERE district_code = '030115'")
    assert p.sender.tenant_rent_before == rent[0][0] == 8000 + 8500 + 9000 + 9500
    assert (p.sender.tenant_rent_after, p.receiver.tenant_rent_after) == (0.0, rent[0][0])
    assert (p.sender.dwellings_before, p.sender.dwellings_after) == (5, 0)
    assert (p.receiver.dwellings_before, p.receiver.dwellings_after) == (0, 5)
    assert p.sender.lease_cost_before == p.sender.lease_cost_after == 25000.0
    assert "5 boliger" in "\n".join(p.lines())


def test_apply_moves_all_with_one_logged_change_each_and_undo(empty_db, db_path,
                                                              world) -> None:
    p = _preview(empty_db)
    apply_transfer(empty_db, p)
    assert q(db_path, "SELECT disposing_unit_code, district_code, count(*) FROM dwelling "
                      "GROUP BY 1, 2 ORDER BY 1") == [("030112", "030112", 2),
                                                      ("boligbygg", "030115", 5)]
    log = q(db_path, "SELECT entity_id, field, old_value, new_value, reference FROM change_log "
                     "WHERE reference IS NOT NULL AND entity_type = 'dwelling'")
    assert sorted(r[0] for r in log) == sorted(world["sn"])
    assert {r[1:] for r in log} == {("disposing_unit_code", '"030115"', '"boligbygg"',
                                     "2026/4711")}
    assert q(db_path, "SELECT reference, from_unit_code, to_unit_code, what, effective_date, "
                      "undone_at FROM unit_transfer") == [
        ("2026/4711", "030115", "boligbygg", "dwellings", "2027-01-01", None)]
    assert q(db_path, "SELECT count(*) FROM unit_transfer_item") == [(5,)]
    # the agreement is still held by the bydel (only its dwellings' disposer moved)
    assert q(db_path, "SELECT holding_unit_code FROM agreement") == [("030115",)]
    # the same reference again is refused
    with pytest.raises(BoligregError, match="allerede brukt"):
        apply_transfer(empty_db, _preview(empty_db, from_unit="12"))
    back = undo_transfer(empty_db, "2026/4711")
    assert sorted(back.ids) == sorted(world["sn"])
    assert q(db_path, "SELECT disposing_unit_code, count(*) FROM dwelling GROUP BY 1 "
                      "ORDER BY 1") == [("030112", 2), ("030115", 5)]
    assert q(db_path, "SELECT count(*) FROM change_log WHERE reference = '2026/4711' AND "
                      "entity_type = 'dwelling'") == [(10,)]
    assert q(db_path, "SELECT count(*) FROM unit_transfer WHERE undone_at IS NOT NULL") == [(1,)]
    with pytest.raises(BoligregError, match="Ingen overføring"):
        undo_transfer(empty_db, "2026/4711")


def test_agreements_move_with_their_links(empty_db, db_path, world) -> None:
    p = _preview(empty_db, what="agreements", to_unit="Boligbygg Oslo KF", reference="S-2")
    assert p.counts == {"dwellings": 0, "agreements": 1, "maintenance": 1, "open_findings": 0,
                        "tenancies": 1}
    assert (p.sender.lease_cost_after, p.receiver.lease_cost_after) == (0.0, 25000.0)
    apply_transfer(empty_db, p)
    assert q(db_path, "SELECT holding_unit_code, district_code FROM agreement") == [
        ("boligbygg", "030115")]
    assert q(db_path, "SELECT DISTINCT disposing_unit_code FROM dwelling WHERE district_code "
                      "= '030115'") == [("030115",)]


def test_ids_outside_the_sender_change_nothing(empty_db, db_path, world) -> None:
    before = q(db_path, "SELECT id, disposing_unit_code, version FROM dwelling ORDER BY id")
    with pytest.raises(BoligregError, match="hører ikke til"):
        _preview(empty_db, ids=[world["sn"][0], world["alna"][0]])
    p = _preview(empty_db, ids=[world["sn"][0]])
    assert p.ids == [world["sn"][0]] and p.counts["tenancies"] == 1
    # a record moved by someone else between the preview and the action: nothing moves
    with empty_db.session() as s:
        s.get(Dwelling, world["sn"][0]).disposing_unit_code = "030112"
    with pytest.raises(BoligregError, match="endret av noen andre"):
        apply_transfer(empty_db, p)
    after = q(db_path, "SELECT id, disposing_unit_code FROM dwelling ORDER BY id")
    assert len(after) == len(before)
    assert q(db_path, "SELECT count(*) FROM unit_transfer") == [(0,)]
    for bad, match in ((dict(to_unit="15"), "samme enhet"), (dict(to_unit="nowhere"),
                       "Ukjent enhet"), (dict(reference=" "), "saksnummer"),
                       (dict(from_unit="boligbygg", to_unit="15"), "ingen boliger")):
        with pytest.raises(BoligregError, match=match):
            _preview(empty_db, **bad)


def test_transfer_cli(empty_db, db_path, world, tmp_path, capsys) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("# two of them\n" + "\n".join(world["sn"][:2]) + "\n", encoding="utf-8")
    base = ["transfer", "--db", str(db_path), "--from", "15", "--to", "boligbygg", "--what",
            "dwellings", "--ids", str(ids), "--effective", "01.01.2027", "--reference", "S-9"]
    assert main([*base, "--preview"]) == 0
    out = capsys.readouterr().out
    assert "2 boliger" in out and "ingenting er endret" in out
    assert q(db_path, "SELECT count(*) FROM unit_transfer") == [(0,)]
    assert main(base) == 0
    assert "--undo S-9" in capsys.readouterr().out
    assert q(db_path, "SELECT count(*) FROM dwelling WHERE disposing_unit_code = "
                      "'boligbygg'") == [(2,)]
    assert main(["transfer", "--db", str(db_path), "--undo", "S-9"]) == 0
    assert q(db_path, "SELECT count(*) FROM dwelling WHERE disposing_unit_code = "
                      "'boligbygg'") == [(0,)]
    assert main([*base[:-2], "--effective", "31.02.2027"]) == 2
    assert "Mangler --reference" in capsys.readouterr().err
    assert main([*base[:-1], "S-10", "--effective", "31.02.2027"]) == 2
    assert "Ugyldig dato" in capsys.readouterr().err
    assert main(["transfer", "--db", str(db_path), "--from", "15"]) == 2
    assert "Mangler" in capsys.readouterr().err


def test_list_transfers_for_the_undo_picker(empty_db, db_path, world) -> None:
    from boligreg.services.transfers import list_transfers

    with empty_db.engine.connect() as conn:
        assert list_transfers(conn) == []
    apply_transfer(empty_db, _preview(empty_db, reference="S-1"))
    apply_transfer(empty_db, _preview(empty_db, from_unit="12", to_unit="15",
                                      reference="S-2", ids=world["alna"][:1]))
    undo_transfer(empty_db, "S-1")
    with empty_db.engine.connect() as conn:
        listed = {t.reference: t for t in list_transfers(conn)}
    # the undo itself is not a transfer one can pick
    assert set(listed) == {"S-1", "S-2"}
    rows = {r[0]: r[1:] for r in q(db_path, "SELECT t.reference, t.undone_at IS NULL, "
                                   "count(i.id) FROM unit_transfer t JOIN unit_transfer_item i "
                                   "ON i.transfer_id = t.id WHERE t.undo_of IS NULL "
                                   "GROUP BY t.id")}
    for ref, t in listed.items():
        assert (t.undoable, t.records) == (bool(rows[ref][0]), rows[ref][1])
    assert (listed["S-1"].undoable, listed["S-1"].records) == (False, 5)
    s2 = listed["S-2"]
    assert (s2.from_unit, s2.to_unit, s2.what, s2.records, s2.effective) == (
        "030112", "030115", "dwellings", 1, EFFECTIVE)
    assert "angret" in listed["S-1"].label() and "angret" not in s2.label()
