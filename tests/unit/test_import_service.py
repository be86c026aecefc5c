"""The import job: error rows, all or nothing, skip-invalid, idempotent re-import, updates in
the change log, duplicates, shared agreements, cancel, one transaction, and the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from boligreg.cli import main
from boligreg.errors import CancelledError
from boligreg.models import Dwelling, Property
from boligreg.services.importer import (
    ImportOptions,
    import_file,
    prepare,
    run_import,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
SAGENE = FIXTURES / "sagene_boliger.xlsx"

HEADER = ["Bydel", "Adresse", "Postnr", "Bruksenhetsnr", "BRA", "Antall rom", "Eierform",
          "Status", "Ledig fra", "Avtalenr", "Utleier", "Org.nr", "Leie pr mnd", "Fra", "Til",
          "Indre vedlikehold", "Ytre vedlikehold"]
GOOD = [
    ["Alna", "Trosterudveien 3", "1051", "H0101", "65,5", 3, "Eid", "Utleid", None, None, None,
     None, None, None, None, "Leietaker", "Boligbygg"],
    ["Bydel Alna", "Trosterudveien 3", "1051", "H0102", 48, 2, "Eid", "Ledig",
     dt.date(2024, 11, 1), None, None, None, None, None, None, "Leietaker", "Boligbygg"],
    ["12", "Trosterudveien 5", "1051", "H0101", 61, 3, "Innleid", "Utleid", None, "INN-7",
     "Utleie AS", "985987246", "15 500,50", "01.02.2021", "31.01.2027", "Utleier", "Utleier"],
    ["12", "Trosterudveien 5", "1051", "H0102", 44, 2, "Innleid", "Utleid", None, "INN-7",
     "Utleie AS", "985 987 246", "15500,5", "2021-02-01", "31.01.2027", "Utleier", "Utleier"],
]


def write_xlsx(path: Path, rows: list[list], header: list[str] = HEADER) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Boliger")
    fmt = wb.add_format({"num_format": "dd.mm.yyyy"})
    ws.write_row(0, 0, header)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), fmt)
            elif value is not None:
                ws.write(r, c, value)
    wb.close()
    return path


def q(db_path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def n(db_path: Path, table: str) -> int:
    return q(db_path, f"SELECT count(*) FROM {table}")[0][0]


def sheet_row_of(path: Path, predicate) -> int:
    """Independently: the spreadsheet row number (openpyxl, 1-based) of the first matching row."""
    ws = openpyxl.load_workbook(path).active
    for row in ws.iter_rows():
        if predicate([c.value for c in row]):
            return row[0].row
    raise AssertionError("no such row")


# --- errors point at the right cell ---------------------------------------------------------


def test_error_rows_and_columns_are_as_the_spreadsheet_shows(empty_db, db_path) -> None:
    report = import_file(empty_db, SAGENE)
    assert not report.written
    located = {(p.row, p.column, p.header, p.value) for p in report.problems}
    post_box_row = sheet_row_of(SAGENE, lambda cells: "Mølleparken 4" in cells and
                                "0101" in cells)
    bad_date_row = sheet_row_of(SAGENE, lambda cells: "31.02.2024" in cells)
    assert located == {(post_box_row, "C", "Postnr", "0101"),
                       (bad_date_row, "L", "Ledig fra", "31.02.2024")}
    assert (post_box_row, bad_date_row) == (11, 14)  # header on row 3 under a title
    assert all(p.message for p in report.problems)
    assert report.table.header_row == 3


def test_all_or_nothing(empty_db, db_path) -> None:
    before = n(db_path, "change_log")
    report = import_file(empty_db, SAGENE)
    assert not report.ok and not report.written
    assert n(db_path, "dwelling") == 0 and n(db_path, "property") == 0
    assert n(db_path, "agreement") == 0 and n(db_path, "change_log") == before


def test_skip_invalid_writes_the_rest(empty_db, db_path) -> None:
    report = import_file(empty_db, SAGENE, options=ImportOptions(skip_invalid=True))
    assert report.written
    assert report.bad_rows == {11, 14}
    assert n(db_path, "dwelling") == 10  # 12 rows, 2 with errors
    assert q(db_path, "SELECT count(*) FROM dwelling WHERE unit_number='H0202'") == [(0,)]


def test_tenant_column_is_never_stored(empty_db, db_path) -> None:
    import_file(empty_db, SAGENE, options=ImportOptions(skip_invalid=True))
    empty_db.close()
    for suffix in ("", "-wal"):
        p = Path(str(db_path) + suffix)
        if p.exists():
            assert b"(fjernet)" not in p.read_bytes()


def test_values_as_people_type_them_are_stored_right(empty_db, db_path, tmp_path) -> None:
    report = import_file(empty_db, write_xlsx(tmp_path / "a.xlsx", GOOD))
    assert report.ok and report.written, [p.as_line() for p in report.problems]
    rows = q(db_path, "SELECT d.district_code, p.street_address, p.postcode, d.unit_number, "
                      "d.area_m2, d.rooms, d.tenure, d.status, d.vacant_since FROM dwelling d "
                      "JOIN property p ON p.id = d.property_id ORDER BY 2, 4")
    assert rows == [
        ("030112", "Trosterudveien 3", "1051", "H0101", 65.5, 3, "owned", "occupied", None),
        ("030112", "Trosterudveien 3", "1051", "H0102", 48.0, 2, "owned", "vacant",
         "2024-11-01"),
        ("030112", "Trosterudveien 5", "1051", "H0101", 61.0, 3, "leased", "occupied", None),
        ("030112", "Trosterudveien 5", "1051", "H0102", 44.0, 2, "leased", "occupied", None),
    ]
    # rows sharing "INN-7" share one agreement, linked to both dwellings
    assert q(db_path, "SELECT kind, reference, landlord_name, landlord_orgnr, start_date, "
                      "end_date, monthly_rent, district_code FROM agreement") == [
        ("lease", "INN-7", "Utleie AS", "985987246", "2021-02-01", "2027-01-31", 15500.5,
         "030112")]
    assert n(db_path, "agreement_dwelling") == 2
    # interior per dwelling, exterior per building
    assert q(db_path, "SELECT scope, party, count(*), sum(dwelling_id IS NOT NULL) FROM "
                      "maintenance_responsibility GROUP BY 1, 2 ORDER BY 1, 2") == [
        ("exterior", "boligbygg", 1, 0), ("exterior", "landlord", 1, 0),
        ("interior", "landlord", 2, 2), ("interior", "tenant", 2, 2)]
    # every inserted record has one insert row in the change log, in one transaction
    assert q(db_path, "SELECT entity_type, count(*) FROM change_log WHERE action='insert' AND "
                      "entity_type NOT LIKE 'district%' AND entity_type <> 'unit' "
                      "GROUP BY 1 ORDER BY 1") == [
        ("agreement", 1), ("agreement_dwelling", 2), ("dwelling", 4),
        ("maintenance_responsibility", 6), ("property", 2)]
    assert q(db_path, "SELECT count(DISTINCT txn_id) FROM change_log WHERE "
                      "entity_type NOT LIKE 'district%' AND entity_type <> 'unit'") == [(1,)]


def test_reimport_changes_nothing(empty_db, db_path, tmp_path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", GOOD)
    import_file(empty_db, path)
    log = n(db_path, "change_log")
    snapshot = q(db_path, "SELECT * FROM dwelling ORDER BY id")
    report = import_file(empty_db, path)
    assert report.ok
    assert report.counts()["dwellings_unchanged"] == 4
    assert report.counts()["field_changes"] == 0
    assert sum(v for k, v in report.counts().items() if k != "dwellings_unchanged") == 0
    assert n(db_path, "change_log") == log
    assert q(db_path, "SELECT * FROM dwelling ORDER BY id") == snapshot


def test_updated_file_changes_only_changed_fields(empty_db, db_path, tmp_path) -> None:
    import_file(empty_db, write_xlsx(tmp_path / "a.xlsx", GOOD))
    changed = [list(r) for r in GOOD]
    changed[0][4] = "70"  # area of Trosterudveien 3 H0101
    changed[1][7] = "Utleid"  # H0102 is let now
    changed[1][8] = None  # a blank cell never erases the stored date
    changed[2][12] = "16 000"  # the rent of INN-7
    changed[3][12] = "16 000"
    changed[0][2] = "1051"  # unchanged, written differently: nothing happens
    changed[0][1] = "trosterudveien  3"
    report = import_file(empty_db, write_xlsx(tmp_path / "b.xlsx", changed))
    assert report.ok and report.written
    c = report.counts()
    assert (c["dwellings_changed"], c["dwellings_unchanged"], c["agreements_changed"]) == \
        (2, 2, 1)
    log = q(db_path, "SELECT entity_type, field, old_value, new_value FROM change_log "
                     "WHERE action='update' ORDER BY 1, 2")
    assert log == [
        ("agreement", "monthly_rent", "15500.5", "16000.0"),
        ("dwelling", "area_m2", "65.5", "70.0"),
        ("dwelling", "status", '"vacant"', '"occupied"'),
    ]
    assert q(db_path, "SELECT vacant_since, version FROM dwelling WHERE status='occupied' AND "
                      "vacant_since IS NOT NULL") == [("2024-11-01", 2)]


# --- duplicates ------------------------------------------------------------------------------


def test_duplicates_inside_the_file(empty_db, db_path, tmp_path) -> None:
    rows = [GOOD[0], GOOD[1], ["Alna", "Trosterudveien 3", "1051", "h0101", 66, 3, "Eid",
                               "Utleid", None, None, None, None, None, None, None, None, None]]
    report = import_file(empty_db, write_xlsx(tmp_path / "d.xlsx", rows))
    [p] = report.problems
    assert (p.row, p.column, p.header) == (4, "D", "Bruksenhetsnr")
    assert "rad 2" in p.message
    assert n(db_path, "dwelling") == 0


def test_one_building_two_descriptions(empty_db, tmp_path) -> None:
    rows = [list(GOOD[0]), list(GOOD[1])]
    rows[1][16] = "Bydelen"  # the same building, another exterior party
    report = import_file(empty_db, write_xlsx(tmp_path / "e.xlsx", rows))
    [p] = report.problems
    assert (p.row, p.column) == (3, "Q")
    assert "Boligbygg" in p.message and "rad 2" in p.message


def test_duplicates_against_the_database(empty_db, db_path, tmp_path) -> None:
    with empty_db.session() as s:
        prop = Property(district_code="030112", street_address="Trosterudveien 3",
                        postcode="1051", owner_kind="boligbygg")
        s.add_all([Dwelling(property=prop, unit_number="H0101", district_code="030112"),
                   Dwelling(property=prop, unit_number="H0101", district_code="030112")])
    report = import_file(empty_db, write_xlsx(tmp_path / "f.xlsx", GOOD[:2]))
    [p] = report.problems
    assert (p.row, p.column) == (2, "D")
    assert "2 boliger med samme" in p.message
    assert n(db_path, "dwelling") == 2


def test_district_scope_refuses_other_bydeler(empty_db, db_path, tmp_path) -> None:
    path = write_xlsx(tmp_path / "g.xlsx", GOOD)
    report = import_file(empty_db, path, options=ImportOptions(district="030103"))
    assert {p.row for p in report.problems} == {2, 3, 4, 5}
    assert "bydel 12" in report.problems[0].message
    # a blank bydel cell takes the chosen bydel
    blank = [[None, *r[1:]] for r in GOOD]
    report = import_file(empty_db, write_xlsx(tmp_path / "h.xlsx", blank),
                         options=ImportOptions(district="030112"))
    assert report.written
    assert q(db_path, "SELECT DISTINCT district_code FROM dwelling") == [("030112",)]


def test_agreement_fields_need_a_reference(empty_db, tmp_path) -> None:
    row = list(GOOD[2])
    row[9] = None
    report = import_file(empty_db, write_xlsx(tmp_path / "i.xlsx", [row]))
    [p] = report.problems
    assert p.field == "agreement_reference" and "avtalenummer" in p.message


def test_missing_required_column_is_one_message(empty_db, tmp_path) -> None:
    rows = [r[:2] + r[3:] for r in GOOD]
    header = HEADER[:2] + HEADER[3:]
    report = import_file(empty_db, write_xlsx(tmp_path / "j.xlsx", rows, header))
    assert [p.message for p in report.all_problems] == [
        "Ingen kolonne er koblet til «Postnummer», som må være med."]
    assert not report.written


# --- the job ---------------------------------------------------------------------------------


def test_cancel_writes_nothing(empty_db, db_path, tmp_path) -> None:
    table, matches = prepare(write_xlsx(tmp_path / "k.xlsx", GOOD * 1))
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3  # past the checking, inside the write

    with pytest.raises(CancelledError):
        run_import(empty_db, table, matches, cancel=cancel)
    assert n(db_path, "dwelling") == 0 and n(db_path, "property") == 0


def test_failure_inside_the_write_rolls_everything_back(empty_db, db_path, tmp_path,
                                                        monkeypatch) -> None:
    from boligreg.services.importer import plan as plan_module

    real = plan_module.log_inserts

    def failing(conn, entity_type, rows, **kw):
        if entity_type == "agreement":  # properties and dwellings are already in
            raise RuntimeError("disk full")
        return real(conn, entity_type, rows, **kw)

    monkeypatch.setattr(plan_module, "log_inserts", failing)
    with pytest.raises(RuntimeError):
        import_file(empty_db, write_xlsx(tmp_path / "l.xlsx", GOOD))
    assert n(db_path, "dwelling") == 0 and n(db_path, "property") == 0


def test_dry_run_counts_but_writes_nothing(empty_db, db_path, tmp_path) -> None:
    report = import_file(empty_db, write_xlsx(tmp_path / "m.xlsx", GOOD),
                         options=ImportOptions(dry_run=True))
    assert report.ok and not report.written
    assert report.counts()["dwellings_new"] == 4
    assert n(db_path, "dwelling") == 0


def test_progress_is_reported(empty_db, tmp_path) -> None:
    seen: list[int] = []
    import_file(empty_db, write_xlsx(tmp_path / "n.xlsx", GOOD),
                progress=lambda p, _t: seen.append(p))
    assert seen == sorted(seen) and seen[-1] == 100


# --- command line ----------------------------------------------------------------------------


def test_cli_errors_exit_2_and_write_a_report(empty_db, db_path, tmp_path, capsys) -> None:
    empty_db.close()
    errors = tmp_path / "feil.csv"
    code = main(["import", str(SAGENE), "--db", str(db_path), "--errors-out", str(errors)])
    assert code == 2
    out = capsys.readouterr()
    assert "rad 11, kolonne C «Postnr»" in out.err
    assert "Ingenting er lagret" in out.out
    with errors.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    assert lines[0] == ["rad", "kolonne", "overskrift", "verdi", "felt", "melding"]
    assert [ln[:4] for ln in lines[1:]] == [["11", "C", "Postnr", "0101"],
                                           ["14", "L", "Ledig fra", "31.02.2024"]]
    assert n(db_path, "dwelling") == 0
    assert main(["import", str(SAGENE), "--db", str(db_path), "--skip-invalid"]) == 0
    assert n(db_path, "dwelling") == 10


def test_cli_dry_run_mapping_and_list_fields(empty_db, db_path, tmp_path, capsys) -> None:
    empty_db.close()
    assert main(["import", "--list-fields"]) == 0
    listed = capsys.readouterr().out
    for name in ("district", "street_address", "postcode", "unit_number", "gnr", "bnr", "fnr",
                 "snr", "area_m2", "rooms", "target_group", "tenure", "status", "actual_use",
                 "wheelchair_accessible", "vacant_since", "last_inspection",
                 "agreement_reference", "agreement_kind", "landlord_name", "landlord_orgnr",
                 "agreement_start", "agreement_end", "monthly_rent", "last_reviewed",
                 "interior_responsible", "exterior_responsible"):
        assert f"\n{name} " in listed
    # an odd header only a mapping can explain, and an odd value only the mapping knows
    rows = [[*r[:6], "K" if r[6] == "Eid" else r[6], *r[7:]] for r in GOOD]
    path = write_xlsx(tmp_path / "o.xlsx", rows, ["Kol A", *HEADER[1:]])
    assert main(["import", str(path), "--db", str(db_path), "--dry-run"]) == 2
    capsys.readouterr()
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"columns": {"Kol A": "district"},
                                   "values": {"tenure": {"K": "owned"}}}), encoding="utf-8")
    saved = tmp_path / "saved.json"
    assert main(["import", str(path), "--db", str(db_path), "--mapping", str(mapping),
                 "--dry-run", "--save-mapping", str(saved)]) == 0
    assert "Prøvekjøring" in capsys.readouterr().out
    assert n(db_path, "dwelling") == 0
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["columns"]["Kol A"] == "district"
    assert data["values"] == {"tenure": {"K": "owned"}}
    assert main(["import", str(path), "--db", str(db_path), "--mapping", str(saved)]) == 0
    assert q(db_path, "SELECT count(*) FROM dwelling WHERE tenure='owned'") == [(2,)]


def test_cli_broken_file_is_one_line(empty_db, db_path, tmp_path, capsys) -> None:
    empty_db.close()
    bad = tmp_path / "tom.xlsx"
    bad.write_bytes(b"")
    assert main(["import", str(bad), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "tom" in err[0]
    assert main(["import", str(FIXTURES / "passordbeskyttet.xlsx"), "--db",
                 str(db_path)]) == 2
    assert "passordbeskyttet" in capsys.readouterr().err
