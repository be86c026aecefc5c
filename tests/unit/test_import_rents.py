"""Issue 14: a bydel sheet with Husleie and Innflyttet, and a whole-building lease with a rent
per unit, import with no hand-mapping; every stored field is checked against the sheet."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import xlsxwriter

from boligreg.services.importer import import_file


def write_xlsx(path: Path, rows: list[list], header: list[str]) -> Path:
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

BYDEL_HEADER = ["Adresse", "Postnr", "Leil.nr", "Bydel", "Eierform", "Husleie", "Areal",
                "Ant. rom", "Innflyttet", "Ledig fra"]
BYDEL_ROWS = [
    ["Tvetenveien 150", "0671", "H0101", "Alna", "Kommunal", "8 950", "52", 2,
     dt.date(2019, 3, 1), None],
    ["Tvetenveien 150", "0671", "H0102", "Alna", "Kommunal", "9 400,50", "61,5", 3,
     dt.date(2021, 6, 15), None],
    ["Tvetenveien 150", "0671", "H0201", "Alna", "Kommunal", 10250, 70, 3, None,
     dt.date(2026, 10, 1)],
    ["Tvetenveien 150", "0671", "H0202", "Bydel Alna", "Eid", "7800", 38, 1,
     dt.date(2024, 1, 8), None],
    ["Trosterudveien 5", "1051", "H0101", "12", "Innleid", "11 200", 48, 2,
     dt.date(2022, 9, 1), None],
    ["Trosterudveien 5", "1051", "H0102", "12", "Innleid", "11 900", 55, 2,
     dt.date(2023, 2, 1), None],
    # let, but with a vacancy date before someone moved in: imported, with a warning
    ["Trosterudveien 7", "1051", "H0101", "12", "Eid", "9 100", 44, 2, dt.date(2025, 5, 1),
     dt.date(2025, 1, 1)],
    ["Trosterudveien 7", "1051", "H0102", "12", "Eid", None, 44, 2, None, None],
]
EXPECTED = [  # unit, address, area, rooms, tenure, status, vacant_since, tenant rent
    ("H0101", "Trosterudveien 5", 48.0, 2, "leased", "occupied", None, 11200.0),
    ("H0101", "Trosterudveien 7", 44.0, 2, "owned", "occupied", "2025-01-01", 9100.0),
    ("H0101", "Tvetenveien 150", 52.0, 2, "owned", "occupied", None, 8950.0),
    ("H0102", "Trosterudveien 5", 55.0, 2, "leased", "occupied", None, 11900.0),
    ("H0102", "Trosterudveien 7", 44.0, 2, "owned", "occupied", None, None),
    ("H0102", "Tvetenveien 150", 61.5, 3, "owned", "occupied", None, 9400.5),
    ("H0201", "Tvetenveien 150", 70.0, 3, "owned", "vacant", "2026-10-01", 10250.0),
    ("H0202", "Tvetenveien 150", 38.0, 1, "owned", "occupied", None, 7800.0),
]


def q(db_path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_bydel_sheet_with_husleie_and_innflyttet(empty_db, db_path, tmp_path) -> None:
    path = write_xlsx(tmp_path / "alna.xlsx", BYDEL_ROWS, BYDEL_HEADER)
    report = import_file(empty_db, path)
    assert report.ok, [p.as_line() for p in report.all_problems]
    assert report.written
    assert {m.header: m.field for m in report.matches} == {
        "Adresse": "street_address", "Postnr": "postcode", "Leil.nr": "unit_number",
        "Bydel": "district", "Eierform": "tenure", "Husleie": "tenant_rent",
        "Areal": "area_m2", "Ant. rom": "rooms", "Innflyttet": "tenancy_start",
        "Ledig fra": "vacant_since"}
    assert q(db_path, "SELECT d.unit_number, p.street_address, d.area_m2, d.rooms, d.tenure, "
                      "d.status, d.vacant_since, d.tenant_rent FROM dwelling d JOIN property p "
                      "ON p.id = d.property_id ORDER BY 1, 2") == EXPECTED
    # location and disposer: the bydel of the row
    assert q(db_path, "SELECT DISTINCT district_code, disposing_unit_code FROM dwelling "
                      "ORDER BY 1") == [("030112", "030112")]
    # one tenancy per Innflyttet date, start date only (nothing about who)
    assert q(db_path, "SELECT p.street_address, d.unit_number, t.start_date, t.kind, "
                      "t.case_reference FROM tenancy t JOIN dwelling d ON d.id = t.dwelling_id "
                      "JOIN property p ON p.id = d.property_id ORDER BY 1, 2") == [
        ("Trosterudveien 5", "H0101", "2022-09-01", "fixed_term", None),
        ("Trosterudveien 5", "H0102", "2023-02-01", "fixed_term", None),
        ("Trosterudveien 7", "H0101", "2025-05-01", "fixed_term", None),
        ("Tvetenveien 150", "H0101", "2019-03-01", "fixed_term", None),
        ("Tvetenveien 150", "H0102", "2021-06-15", "fixed_term", None),
        ("Tvetenveien 150", "H0202", "2024-01-08", "fixed_term", None)]
    # no agreement was made up from the tenant rents
    assert q(db_path, "SELECT count(*) FROM agreement") == [(0,)]
    # the contradiction is a warning on its row, not an error
    assert [(w.row, w.field) for w in report.plan.warnings] == [(8, "vacant_since")]
    assert "1 advarsel (importeres" in "\n".join(report.summary())  # one: singular
    # the same sheet again changes nothing and adds no second tenancy
    again = import_file(empty_db, path)
    assert again.ok and again.counts()["tenancies_new"] == 0
    assert again.counts()["dwellings_changed"] == 0


LEASE_HEADER = ["Bydel", "Adresse", "Postnr", "Bruksenhetsnr", "Eierform", "Avtalenr",
                "Utleier", "Org.nr", "Leie per måned", "Fra", "Til", "Husleie"]
LEASE_ROWS = [  # one building leased whole; the kommune pays per unit, tenants pay their own
    ["Søndre Nordstrand", "Mortensrudveien 20", "1283", f"H0{f}0{u}", "Innleid", "INN-2024-15",
     "Mortensrud Eiendom AS", "985987246", rent, "01.03.2024", "28.02.2034", tenant]
    for (f, u, rent, tenant) in ((1, 1, "12 500", "9 800"), (1, 2, "13 100", "10 200"),
                                 (2, 1, "12 500", "9 800"), (2, 2, "14 250,50", "11 000"),
                                 (3, 1, "9 900", None))
]


def test_whole_building_lease_with_a_rent_per_unit(empty_db, db_path, tmp_path) -> None:
    path = write_xlsx(tmp_path / "lease.xlsx", LEASE_ROWS, LEASE_HEADER)
    report = import_file(empty_db, path)
    assert report.ok, [p.as_line() for p in report.all_problems]
    assert q(db_path, "SELECT kind, reference, landlord_name, landlord_orgnr, start_date, "
                      "end_date, monthly_rent, district_code, holding_unit_code "
                      "FROM agreement") == [
        ("lease", "INN-2024-15", "Mortensrud Eiendom AS", "985987246", "2024-03-01",
         "2034-02-28", 62250.5, "030115", "030115")]
    assert q(db_path, "SELECT d.unit_number, l.monthly_cost, d.tenant_rent, d.tenure "
                      "FROM agreement_dwelling l JOIN dwelling d ON d.id = l.dwelling_id "
                      "ORDER BY 1") == [
        ("H0101", 12500.0, 9800.0, "leased"), ("H0102", 13100.0, 10200.0, "leased"),
        ("H0201", 12500.0, 9800.0, "leased"), ("H0202", 14250.5, 11000.0, "leased"),
        ("H0301", 9900.0, None, "leased")]
    # the total is the sum of the costs, recomputed independently
    total = sum(float(r[8].replace(" ", "").replace(",", ".")) for r in LEASE_ROWS)
    assert q(db_path, "SELECT monthly_rent FROM agreement")[0][0] == round(total, 2)


def test_same_rent_on_every_row_stays_the_agreement_total(empty_db, db_path, tmp_path) -> None:
    rows = [[*r[:8], "40 000", *r[9:11], None] for r in LEASE_ROWS[:2]]
    report = import_file(empty_db, write_xlsx(tmp_path / "l.xlsx", rows, LEASE_HEADER))
    assert report.ok, [p.as_line() for p in report.all_problems]
    assert q(db_path, "SELECT monthly_rent FROM agreement") == [(40000.0,)]
    assert q(db_path, "SELECT monthly_cost FROM agreement_dwelling") == [(None,), (None,)]
