"""Exports: the xlsx looks right, every export opens, and dwellings round-trip through an empty
database (xlsx, csv and Kobo)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from boligreg.cli import main
from boligreg.models import Finding, create_database
from boligreg.services.export import (
    build_dwellings,
    export_file,
    kobo_columns,
    split_address,
)
from boligreg.services.importer import ImportOptions, import_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
SAGENE = FIXTURES / "sagene_boliger.xlsx"
SHARED_KOBO = Path(__file__).resolve().parents[3] / "shared" / "data" / \
    "kobo_import_columns.txt"


@pytest.fixture
def filled(empty_db):
    report = import_file(empty_db, SAGENE, options=ImportOptions(skip_invalid=True))
    assert report.written
    with empty_db.session() as s:
        s.add(Finding(rule="vacant_long", severity="high", entity_type="dwelling",
                      entity_id="x", district_code="030103", label="Uelands gate 30 H0102",
                      message="Ledig i mer enn 6 måneder"))
    return empty_db


CONTENT_SQL = {
    "dwelling": "SELECT d.id, d.district_code, d.unit_number, p.street_address, p.postcode, "
                "p.gnr, p.bnr, p.fnr, p.snr, p.owner_kind, d.area_m2, d.rooms, d.target_group, "
                "d.tenure, d.status, d.actual_use, d.wheelchair_accessible, d.vacant_since, "
                "d.last_inspection, d.note, d.tenant_rent, d.tenant_rent_set, "
                "d.disposing_unit_code FROM dwelling d JOIN property p ON "
                "p.id = d.property_id ORDER BY d.id",
    "property": "SELECT district_code, street_address, postcode, gnr, bnr, fnr, snr, "
                "owner_kind, owner_name, built_year FROM property ORDER BY street_address",
    "agreement": "SELECT kind, reference, landlord_name, landlord_orgnr, district_code, "
                 "start_date, end_date, monthly_rent FROM agreement ORDER BY reference",
    "links": "SELECT a.reference, ad.dwelling_id, ad.from_date, ad.monthly_cost "
             "FROM agreement_dwelling ad "
             "JOIN agreement a ON a.id = ad.agreement_id ORDER BY 1, 2",
    "responsibility": "SELECT coalesce(d.id, p.street_address), r.scope, r.party FROM "
                      "maintenance_responsibility r LEFT JOIN dwelling d ON d.id = "
                      "r.dwelling_id LEFT JOIN property p ON p.id = r.property_id "
                      "ORDER BY 1, 2",
}


def content(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {k: con.execute(sql).fetchall() for k, sql in CONTENT_SQL.items()}
    finally:
        con.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_dwellings_round_trip_into_an_empty_database(filled, db_path, tmp_path,
                                                     suffix) -> None:
    out = tmp_path / f"boliger{suffix}"
    assert export_file(filled, out) == 10
    fresh_path = tmp_path / "fresh.db"
    fresh = create_database(fresh_path, user="test")
    report = import_file(fresh, out)
    assert report.ok and report.written, [p.as_line() for p in report.all_problems]
    # nothing was left behind: every column matched exactly
    assert [m.how for m in report.matches] == ["exact"] * len(report.matches)
    fresh.close()
    original, again = content(db_path), content(fresh_path)
    assert original["dwelling"] and original["agreement"] and original["responsibility"]
    assert again == original
    # and the exported file re-imported into the original changes nothing
    report = import_file(filled, out)
    assert report.counts()["field_changes"] == 0
    assert report.counts()["dwellings_unchanged"] == 10


def test_xlsx_looks_like_a_spreadsheet(filled, tmp_path) -> None:
    out = tmp_path / "boliger.xlsx"
    export_file(filled, out)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws.title == "Boliger"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}11"
    assert all(ws.cell(1, c).font.b for c in range(1, ws.max_column + 1))
    headers = [ws.cell(1, c).value for c in range(1, ws.max_column + 1)]
    # Norwegian headers by default: the import fields' labels (issue 16)
    assert headers[:5] == ["boligreg-ID", "Bydel", "Bruksenhetsnummer", "Adresse", "Postnummer"]
    col = headers.index("Ledig fra") + 1
    dates = [ws.cell(r, col) for r in range(2, 12) if ws.cell(r, col).value is not None]
    assert dates and all(isinstance(c.value, dt.datetime) and c.is_date for c in dates)
    assert dates[0].number_format == "dd\\.mm\\.yyyy"
    widths = {h: ws.column_dimensions[ws.cell(1, i + 1).column_letter].width
              for i, h in enumerate(headers)}
    assert widths["boligreg-ID"] >= 36 and 8 <= widths["Postnummer"] <= 16
    assert widths["Adresse"] > widths["Postnummer"]
    # calamine (the importer's reader) sees the same typed cells
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Boliger").to_python()
    assert sheet[0] == headers and len(sheet) == 11


@pytest.mark.parametrize("what", ["agreements", "responsibilities", "findings"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_other_exports(filled, tmp_path, what, suffix) -> None:
    out = tmp_path / f"{what}{suffix}"
    count = export_file(filled, out, what=what)
    expected = {"agreements": 4, "responsibilities": 16, "findings": 1}[what]
    assert count == expected
    if suffix == ".xlsx":
        ws = openpyxl.load_workbook(out).active
        assert ws.max_row == expected + 1 and ws.freeze_panes == "A2"
    else:
        text = out.read_text(encoding="utf-8-sig")
        assert len(text.strip().splitlines()) == expected + 1
    if what == "findings" and suffix == ".csv":
        assert "Ledig i mer enn 6 måneder" in out.read_text(encoding="utf-8-sig")


def test_kobo_file(filled, db_path, tmp_path) -> None:
    out = tmp_path / "kobo.csv"
    export_file(filled, out, fmt="kobo")
    shared = [ln.strip() for ln in SHARED_KOBO.read_text(encoding="utf-8").splitlines()
              if ln.strip() and not ln.startswith("#")]
    assert kobo_columns() == shared
    raw = out.read_bytes()
    raw.decode("iso-8859-1")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # "Mølleparken" is one byte in ISO-8859-1, not UTF-8
    lines = raw.decode("iso-8859-1").splitlines()
    assert lines[0].split(";") == shared
    rows = [dict(zip(shared, ln.split(";"), strict=True)) for ln in lines[1:]]
    assert len(rows) == 10
    by_unit = {(r["gatenavn"], r["husnummer"], r["bruksenhetsnummer"]): r for r in rows}
    staff = by_unit[("Uelands gate", "30", "H0201")]
    assert staff["HARPERSONALBASE"] == "Ja" and staff["kobodisposisjonsform"] == "Eid"
    vacant = by_unit[("Uelands gate", "30", "H0102")]
    assert vacant["boligstatus"] == "Ledig" and vacant["statusdato"] == "01.11.2024"
    assert vacant["errullestoltilpasset"] == "Ja"
    assert all(r["hovedsoker"] == "" and r["boligeiersmobilnummer"] == "" for r in rows)
    assert all(r["kommunenummer"] == "0301" for r in rows)
    leased = by_unit[("Maridalsveien", "60", "H0101")]
    assert (leased["boligeiersnavn"], leased["boligeiersorganisasjonsnummer"]) == \
        ("Maridal Eiendom AS", "985987246")
    # and Kobo's file imports back onto the same dwellings (ekstrareferanse is the key)
    before = content(db_path)
    report = import_file(filled, out, options=ImportOptions(district="030103"))
    assert report.ok, [p.as_line() for p in report.all_problems]
    assert report.counts()["dwellings_unchanged"] == 10
    assert content(db_path)["dwelling"] == before["dwelling"]


def test_kobo_into_an_empty_database(filled, db_path, tmp_path) -> None:
    out = tmp_path / "kobo.csv"
    export_file(filled, out, fmt="kobo")
    fresh_path = tmp_path / "fresh.db"
    fresh = create_database(fresh_path, user="test")
    report = import_file(fresh, out, options=ImportOptions(district="030103"))
    assert report.written, [p.as_line() for p in report.all_problems]
    fresh.close()
    kobo_fields = "SELECT d.id, d.unit_number, p.street_address, p.postcode, p.gnr, p.bnr, " \
                  "d.tenure, d.status, d.actual_use = 'staff_base', d.wheelchair_accessible " \
                  "FROM dwelling d JOIN property p ON p.id = d.property_id ORDER BY d.id"

    def rows(path: Path) -> list[tuple]:
        con = sqlite3.connect(path)
        try:
            return con.execute(kobo_fields).fetchall()
        finally:
            con.close()

    assert rows(fresh_path) == rows(db_path)


def test_split_address() -> None:
    assert split_address("Thorvald Meyers gate 12B") == ("Thorvald Meyers gate", "12", "B")
    assert split_address("Uelands gate 30") == ("Uelands gate", "30", "")
    assert split_address("Sagveien 20 c") == ("Sagveien", "20", "C")
    assert split_address("Mølleparken") == ("Mølleparken", "", "")


def test_build_has_import_field_names(filled) -> None:
    from boligreg.services.importer import FIELD_BY_NAME

    with filled.engine.connect() as conn:
        sheet = build_dwellings(conn)
    assert all(c.key in FIELD_BY_NAME for c in sheet.columns)


def test_cli_export(filled, db_path, tmp_path, capsys) -> None:
    filled.close()
    out = tmp_path / "a.xlsx"
    assert main(["export", "--db", str(db_path), "--out", str(out), "--what",
                 "agreements"]) == 0
    assert "Skrev 4 rader" in capsys.readouterr().out
    assert main(["export", "--db", str(db_path), "--out", str(tmp_path / "a.pdf")]) == 2
    assert main(["export", "--db", str(db_path), "--out", str(tmp_path / "k.csv"),
                 "--format", "kobo", "--what", "agreements"]) == 2
    assert main(["export", "--db", str(db_path), "--out", str(tmp_path / "s.csv"),
                 "--district", "Alna"]) == 0
    assert "Skrev 0 rader" in capsys.readouterr().out


def test_rents_round_trip_through_export_and_kobo(empty_db, db_path, tmp_path) -> None:
    """Issue 14: tenant rents and per-dwelling lease costs survive export and re-import (and
    re-importing changes nothing); the Kobo export carries the tenant rent as månedsleie."""
    import xlsxwriter

    header = ["Bydel", "Adresse", "Postnr", "Bruksenhetsnr", "Eierform", "Avtalenr",
              "Utleier", "Leie per måned", "Fra", "Husleie"]
    rows = [["15", "Mortensrudveien 20", "1283", f"H010{u}", "Innleid", "INN-9", "Eier AS",
             rent, "01.03.2024", tenant]
            for u, rent, tenant in ((1, 12500, 9800), (2, 13100.5, 10200), (3, 9900, None))]
    src = tmp_path / "lease.xlsx"
    wb = xlsxwriter.Workbook(str(src))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, header)
    for i, r in enumerate(rows, start=1):
        ws.write_row(i, 0, r)
    wb.close()
    assert import_file(empty_db, src).written
    out = tmp_path / "boliger.xlsx"
    assert export_file(empty_db, out) == 3
    fresh_path = tmp_path / "fresh.db"
    fresh = create_database(fresh_path, user="test")
    report = import_file(fresh, out)
    assert report.ok and report.written, [p.as_line() for p in report.all_problems]
    fresh.close()
    assert content(fresh_path) == content(db_path)
    assert sorted(r[3] for r in content(db_path)["links"]) == [9900.0, 12500.0, 13100.5]
    assert import_file(empty_db, out).counts()["field_changes"] == 0
    kobo = tmp_path / "kobo.csv"
    export_file(empty_db, kobo, fmt="kobo")
    text = kobo.read_text(encoding="iso-8859-1").splitlines()
    col = text[0].split(";").index("manedsleie")
    assert sorted(line.split(";")[col] for line in text[1:]) == ["", "10200", "9800"]
    # ... and the Kobo file brings the tenant rents back, each to its own dwelling
    kobo_path = tmp_path / "from-kobo.db"
    from_kobo = create_database(kobo_path, user="test")
    report = import_file(from_kobo, kobo, options=ImportOptions(district="030115"))
    assert report.written, [p.as_line() for p in report.all_problems]
    from_kobo.close()
    rents = "SELECT id, unit_number, tenant_rent FROM dwelling ORDER BY id"
    assert [r for r in _rows(kobo_path, rents)] == _rows(db_path, rents)
    assert sorted((r[1], r[2]) for r in _rows(kobo_path, rents)) == [
        ("H0101", 9800.0), ("H0102", 10200.0), ("H0103", None)]


def _rows(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _finding(n: int, severity: str, status: str, rule: str, district: str | None,
             *, label: str = "Uelands gate 30", closed: dt.datetime | None = None):
    from boligreg.services.audit import FindingRow

    return FindingRow(
        id=f"f{n}", rule=rule, severity=severity, status=status, entity_type="dwelling",
        entity_id=f"d{n}", district_code=district, label=label, message="Melding",
        first_seen=dt.datetime(2025, 1, 10, 8, 30), last_seen=dt.datetime(2025, 3, 1, 9),
        resolved_at=closed, status_note=None, justification=None, version=1)


def test_audit_workbook_through_the_one_writer(tmp_path) -> None:
    """``audit --xlsx`` / the Avvik section: values, real dates, the severity tint, the second
    sheet's open counts and formula-looking text, read by openpyxl and by calamine."""
    from boligreg.reports.audit_report import write_findings_xlsx
    from boligreg.reports.palette import SEVERITY_TINTS
    from boligreg.services.audit import RULES
    from boligreg.services.export import XLSX_COLUMNS

    rules = list(RULES)
    rows = [
        _finding(1, "high", "open", rules[0], "030103", label="=HYPERLINK(\"x\",\"y\")"),
        _finding(2, "medium", "in_progress", rules[0], "030103"),
        _finding(3, "low", "open", rules[1], "030105"),
        _finding(4, "high", "resolved", rules[1], "030105",
                 closed=dt.datetime(2025, 2, 9, 12)),
    ]
    out = write_findings_xlsx(rows, tmp_path / "avvik.xlsx", scope="Hele Oslo",
                              today=dt.date(2025, 3, 11))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Avvik", "Sammendrag"]
    ws = wb["Avvik"]
    assert [c.value for c in ws[1]] == [name for name, _ in XLSX_COLUMNS]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:P5"
    assert all(c.font.b for c in ws[1])
    assert [ws.cell(r, 1).value for r in range(2, 6)] == ["Høy", "Middels", "Lav", "Høy"]
    tints = [ws.cell(r, 1).fill.fgColor.rgb[-6:] for r in range(2, 6)]
    assert tints == [SEVERITY_TINTS[s].lstrip("#").upper()
                     for s in ("high", "medium", "low", "high")]
    assert ws.cell(2, 2).fill.fgColor.rgb in (None, "00000000")  # only the severity column
    assert ws.cell(2, 3).value == RULES[rules[0]].title  # the title, never the code
    assert not [c for row in ws.iter_rows() for c in row if c.value in RULES]
    first = ws.cell(2, 9)
    assert first.is_date and first.value == dt.datetime(2025, 1, 10)
    assert ws.cell(5, 12).value == dt.datetime(2025, 2, 9)  # Lukket
    # Dager åpen: up to today for open ones, up to the close for closed ones
    assert ws.cell(2, 11).value == (dt.date(2025, 3, 11) - dt.date(2025, 1, 10)).days
    assert ws.cell(5, 11).value == (dt.date(2025, 2, 9) - dt.date(2025, 1, 10)).days
    assert ws.cell(2, 7).value == "=HYPERLINK(\"x\",\"y\")" and ws.cell(2, 7).data_type == "s"
    assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert [ws.cell(r, 16).value for r in range(2, 6)] == ["f1", "f2", "f3", "f4"]

    summary = wb["Sammendrag"]
    assert summary["A1"].value.startswith("Åpne avvik – Hele Oslo, per 11.03.2025")
    assert summary["A1"].font.b and summary.freeze_panes == "B3"
    assert [c.value for c in summary[2]] == ["Regel", "03", "05", "Sum"]
    assert summary.auto_filter.ref == f"A2:D{len(RULES) + 2}"
    by_rule = {row[0].value: [c.value for c in row[1:]] for row in summary.iter_rows(min_row=3)}
    assert set(by_rule) == {r.title for r in RULES.values()}
    assert by_rule[RULES[rules[0]].title] == [2, 0, 2]  # open + in progress, both in 03
    assert by_rule[RULES[rules[1]].title] == [0, 1, 1]  # the resolved one is not counted
    assert sum(v[-1] for v in by_rule.values()) == 3

    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == ["Avvik", "Sammendrag"]
    cal = book.get_sheet_by_name("Avvik").to_python()
    assert cal[0] == [name for name, _ in XLSX_COLUMNS] and len(cal) == 5
    assert cal[1][0] == "Høy" and cal[1][6] == "=HYPERLINK(\"x\",\"y\")"
    assert cal[1][8] in (dt.date(2025, 1, 10), dt.datetime(2025, 1, 10))
    cal_sum = book.get_sheet_by_name("Sammendrag").to_python()
    assert cal_sum[1] == ["Regel", "03", "05", "Sum"]
    assert sum(r[-1] for r in cal_sum[2:]) == 3


def test_findings_export_has_the_severity_tint(filled, tmp_path) -> None:
    from boligreg.reports.palette import SEVERITY_TINTS

    out = tmp_path / "avvik.xlsx"
    export_file(filled, out, what="findings")
    ws = openpyxl.load_workbook(out)["Avvik"]
    assert [c.value for c in ws[1]][:2] == ["Regel", "Alvor"]
    assert ws.cell(2, 2).value == "Høy"
    assert ws.cell(2, 2).fill.fgColor.rgb[-6:] == SEVERITY_TINTS["high"].lstrip("#").upper()
    assert ws.cell(2, 1).fill.fgColor.rgb in (None, "00000000")
    cal = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Avvik").to_python()
    assert cal[1][1] == "Høy" and isinstance(cal[1][7], dt.datetime | dt.date)


@pytest.mark.parametrize(("language", "field_names"), [("nb", False), ("en", False),
                                                       ("en", True)])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_every_header_style_imports_back(filled, db_path, tmp_path, language, field_names,
                                         suffix) -> None:
    """Issue 16: the dwelling export in Norwegian labels, English labels (values in English
    too) and field names imports into an empty database without a mapping file, every field
    the same, and changes nothing when imported into the original (in bokmål mode)."""
    from boligreg import i18n
    from boligreg.services.importer import FIELD_BY_NAME

    out = tmp_path / f"boliger{suffix}"
    i18n.set_language(language)
    try:
        assert export_file(filled, out, field_names=field_names) == 10
    finally:
        i18n.set_language(None)
    header = (openpyxl.load_workbook(out).active[1] if suffix == ".xlsx" else None)
    names = ([c.value for c in header] if header is not None else
             out.read_text(encoding="utf-8-sig").splitlines()[0].split(";"))
    wanted = {"nb": "Adresse", "en": "Address"}[language]
    assert ("street_address" if field_names else wanted) in names
    if not field_names:
        assert not set(names) & set(FIELD_BY_NAME)
    if language == "en" and not field_names:
        text = out.read_text(encoding="utf-8-sig") if suffix == ".csv" else ""
        if text:
            assert "Owned" in text or "Leased" in text
            assert "Innleid" not in text and ";ja;" not in text
    fresh_path = tmp_path / "fresh.db"
    fresh = create_database(fresh_path, user="test")
    report = import_file(fresh, out)
    assert report.ok and report.written, [p.as_line() for p in report.all_problems]
    assert [m.how for m in report.matches] == ["exact"] * len(report.matches), \
        [(m.header, m.field, m.how) for m in report.matches]
    fresh.close()
    assert content(fresh_path) == content(db_path)
    report = import_file(filled, out)
    assert report.counts()["field_changes"] == 0
    assert report.counts()["dwellings_unchanged"] == 10
