"""The corpus of realistic sheets (tests/corpus_sheets.py): each layout is imported without a
mapping file into a fresh SQLite register, and every field of every stored dwelling (with its
building, agreement, link, tenancy and maintenance responsibilities) is compared with the
records the generator computed from the documented rules (issue 15)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from boligreg.models import create_database
from boligreg.services.importer import ImportOptions, import_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_sheets import RECORD_FIELDS, Layout, layouts  # noqa: E402

LAYOUTS = layouts()


def stored_records(db_path: Path) -> list[dict[str, Any]]:
    """Every live dwelling as a record of RECORD_FIELDS, read with plain SQL."""
    con = sqlite3.connect(db_path)
    con.row_factory = sqlite3.Row
    try:
        out = []
        for r in con.execute(
            "SELECT d.*, p.street_address, p.postcode, p.gnr, p.bnr, p.fnr, p.snr, "
            "p.owner_kind, p.owner_name, p.owner_orgnr, p.built_year, p.id AS pid "
            "FROM dwelling d JOIN property p ON p.id = d.property_id "
            "WHERE d.deleted_at IS NULL"
        ):
            rec = {k: r[k] for k in ("unit_number", "street_address", "postcode", "gnr", "bnr",
                                     "fnr", "snr", "owner_kind", "owner_name", "owner_orgnr",
                                     "built_year", "area_m2", "rooms", "target_group",
                                     "tenure", "status", "actual_use", "vacant_since",
                                     "last_inspection", "note", "tenant_rent",
                                     "tenant_rent_set")}
            rec["district"] = r["district_code"]
            rec["wheelchair_accessible"] = bool(r["wheelchair_accessible"])
            links = con.execute(
                "SELECT a.*, l.monthly_cost FROM agreement_dwelling l JOIN agreement a "
                "ON a.id = l.agreement_id WHERE l.dwelling_id = ? AND l.deleted_at IS NULL",
                (r["id"],)).fetchall()
            assert len(links) <= 1
            a = links[0] if links else None
            rec.update({
                "agreement_reference": a["reference"] if a else None,
                "agreement_kind": a["kind"] if a else None,
                "landlord_name": a["landlord_name"] if a else None,
                "landlord_orgnr": a["landlord_orgnr"] if a else None,
                "agreement_start": a["start_date"] if a else None,
                "agreement_end": a["end_date"] if a else None,
                "agreement_monthly_rent": a["monthly_rent"] if a else None,
                "lease_cost": a["monthly_cost"] if a else None,
                "notice_months": a["notice_months"] if a else None,
                "last_reviewed": a["last_reviewed"] if a else None,
                "project_total_dwellings": a["project_total_dwellings"] if a else None,
            })
            ten = con.execute("SELECT * FROM tenancy WHERE dwelling_id = ? AND "
                              "deleted_at IS NULL", (r["id"],)).fetchall()
            assert len(ten) <= 1
            rec["tenancy_start"] = ten[0]["start_date"] if ten else None
            rec["tenancy_kind"] = ten[0]["kind"] if ten else None
            for scope in ("interior", "exterior", "technical", "outdoor"):
                owner = r["id"] if scope == "interior" else r["pid"]
                column = "dwelling_id" if scope == "interior" else "property_id"
                party = con.execute(
                    f"SELECT party FROM maintenance_responsibility WHERE {column} = ? AND "
                    "scope = ? AND deleted_at IS NULL", (owner, scope)).fetchall()
                rec[f"{scope}_responsible"] = party[0]["party"] if party else None
            out.append(rec)
        return out
    finally:
        con.close()


def _norm(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in rec.items()}


def test_the_corpus_has_ten_layouts_of_every_kind() -> None:
    names = [lay.name for lay in LAYOUTS]
    assert len(names) >= 10 and len(set(names)) == len(names)
    assert {lay.kind for lay in LAYOUTS} == {"xlsx", "csv"}
    assert any(lay.group_header for lay in LAYOUTS)
    assert any(lay.subtotal_by_building for lay in LAYOUTS)
    assert any(lay.repeat_header_after is not None for lay in LAYOUTS)
    assert any(lay.notes for lay in LAYOUTS) and any(lay.title_rows for lay in LAYOUTS)
    assert {lay.delimiter for lay in LAYOUTS if lay.kind == "csv"} == {";", ",", "\t"}


@pytest.mark.parametrize("layout", LAYOUTS, ids=[lay.name for lay in LAYOUTS])
def test_each_layout_imports_every_field_right(tmp_path: Path, layout: Layout) -> None:
    path = layout.write(tmp_path)
    db_path = tmp_path / "register.db"
    db = create_database(db_path, user="test")
    try:
        report = import_file(db, path, options=ImportOptions(district=layout.district))
    finally:
        db.close()
    assert report.ok and report.written, [p.as_line() for p in report.all_problems]
    # the rows that are not data are skipped and reported with their numbers, never errors
    _, skipped = layout.rows()
    reported = sorted([n for n, _ in report.table.above]
                      + [report.table.row_number(i) for i in report.table.skipped])
    assert reported == skipped, report.skipped_nb()
    assert report.rows_total == len(layout.records)
    expected = sorted((_norm(e) for e in layout.expected()),
                      key=lambda e: (e["street_address"], e["unit_number"]))
    stored = sorted((_norm(r) for r in stored_records(db_path)),
                    key=lambda e: (e["street_address"], e["unit_number"]))
    assert len(stored) == len(expected)
    for want, got in zip(expected, stored, strict=True):
        assert set(got) == set(RECORD_FIELDS)
        diff = {k: (want[k], got[k]) for k in RECORD_FIELDS if want[k] != got[k]}
        assert diff == {}, (want["street_address"], want["unit_number"], diff)
    # every column the sheet has is either imported or listed with why not
    for m in report.matches:
        assert m.field or m.note, m.header
