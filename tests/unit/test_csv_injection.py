"""CSV formula injection (issue 18, S2): every CSV boligreg writes quotes formula-like text,
numbers stay numbers, the xlsx exports keep such text as text, and an exported CSV imports
back to the original text."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from boligreg.models import Finding, create_database
from boligreg.reports.audit_report import write_findings_xlsx
from boligreg.services.audit import list_findings
from boligreg.services.csvsafe import FORMULA_TRIGGERS, csv_cell, neutralise, restore_cell
from boligreg.services.export import export_file
from boligreg.services.importer import ImportOptions, import_file, write_errors_csv
from boligreg.services.importer.rows import RowProblem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
SAGENE = FIXTURES / "sagene_boliger.xlsx"

PAYLOADS = [
    '=HYPERLINK("http://example.invalid/x","klikk her")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-1+1",
    "'=1+1",  # already quoted by someone: must survive the round trip as typed
]


def _is_live_formula(cell: str) -> bool:
    """What Excel/LibreOffice would run as a formula when opening the CSV."""
    return cell.startswith(FORMULA_TRIGGERS)


@pytest.fixture
def hostile(empty_db, db_path):
    """The Sagene fixture with formula payloads in the notes, owner and landlord names and
    findings, and one real negative number (a rent) that must stay numeric."""
    report = import_file(empty_db, SAGENE, options=ImportOptions(skip_invalid=True))
    assert report.written
    with empty_db.session() as s:
        for i, text in enumerate(PAYLOADS):
            s.add(Finding(rule="vacant_long", severity="high", entity_type="dwelling",
                          entity_id=f"x{i}", district_code="030103", label=text,
                          message=text, status_note=text))
    empty_db.close()
    con = sqlite3.connect(db_path)
    ids = [r[0] for r in con.execute("SELECT id FROM dwelling ORDER BY id")]
    for did, text in zip(ids, PAYLOADS, strict=False):
        con.execute("UPDATE dwelling SET note = ? WHERE id = ?", (text, did))
    con.execute("UPDATE property SET owner_name = ?", (PAYLOADS[1],))
    con.execute("UPDATE agreement SET landlord_name = ?", (PAYLOADS[0],))
    con.execute("UPDATE agreement SET monthly_rent = -1500 WHERE reference = "
                "(SELECT min(reference) FROM agreement)")
    # The total no longer sums its dwellings' lease costs: say they are unknown, as a
    # lease with only a total is kept (else a re-import would rightly restore the sum).
    con.execute("UPDATE agreement_dwelling SET monthly_cost = NULL WHERE agreement_id = "
                "(SELECT id FROM agreement WHERE reference = "
                "(SELECT min(reference) FROM agreement))")
    con.commit()
    con.close()
    from boligreg.models import open_database

    db = open_database(db_path)
    yield db
    db.close()


def _cells(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def test_neutralise_rules() -> None:
    for text in ("=1+1", "+1", "-1+1", "@SUM(1)", "\t=1", "\r=1"):
        assert neutralise(text) == "'" + text
    assert neutralise("'=1") == "''=1"  # one more quote, so the import's undo is exact
    for text in ("Storgata 1", "", "'0555", "1-2", "a=b"):
        assert neutralise(text) == text
    assert csv_cell(-1500) == -1500 and csv_cell(-1.5) == -1.5
    assert csv_cell(True) == "True" and csv_cell(None) is None
    assert restore_cell("'=1") == "=1" and restore_cell("''=1") == "'=1"
    assert restore_cell("'0555") == "'0555" and restore_cell("'") == "'"


@given(st.text(max_size=20))
def test_neutralise_is_undone_exactly(text: str) -> None:
    guarded = neutralise(text)
    assert not _is_live_formula(guarded)
    assert restore_cell(guarded) == text


@pytest.mark.parametrize("what", ["dwellings", "agreements", "responsibilities", "findings"])
def test_standard_csv_exports_hold_no_live_formula(hostile, tmp_path, what) -> None:
    out = tmp_path / f"{what}.csv"
    export_file(hostile, out, what=what)
    rows = _cells(out)
    text = out.read_text(encoding="utf-8-sig")
    live = [c for row in rows for c in row if _is_live_formula(c)]
    if what in ("dwellings", "agreements"):
        # the one real number (a rent): written as a number, not quoted
        live.remove("-1500")
    assert live == []
    if what in ("dwellings", "findings"):
        for payload in PAYLOADS[:4]:
            assert f"'{payload}" in text.replace('""', '"'), payload


def test_dwelling_export_keeps_the_negative_rent_numeric(hostile, tmp_path) -> None:
    out = tmp_path / "boliger.csv"
    export_file(hostile, out, field_names=True)
    rows = _cells(out)
    rent = rows[0].index("monthly_rent")
    values = [r[rent] for r in rows[1:] if r[rent]]
    assert "-1500" in values
    landlord = rows[0].index("landlord_name")
    assert {r[landlord] for r in rows[1:] if r[landlord]} == {"'" + PAYLOADS[0]}


def test_kobo_csv_holds_no_live_formula(hostile, tmp_path) -> None:
    out = tmp_path / "kobo.csv"
    export_file(hostile, out, fmt="kobo")
    rows = _cells(out, encoding="iso-8859-1")
    assert [c for row in rows for c in row if _is_live_formula(c)] == []
    note = rows[0].index("ovriginformasjon")
    assert "'-1+1" in [r[note] for r in rows[1:]]


def test_import_error_report_holds_no_live_formula(tmp_path) -> None:
    out = tmp_path / "feil.csv"
    problems = [RowProblem(2, "A", PAYLOADS[0], PAYLOADS[1], "@SUM(1)", "note"),
                RowProblem(3, "B", "-1+1", "-1500", "Ukjent", None)]
    write_errors_csv(problems, out)
    rows = _cells(out)
    assert rows[1][:4] == ["2", "A", "'" + PAYLOADS[0], "'" + PAYLOADS[1]]
    assert rows[1][5] == "'@SUM(1)"
    # the row number is a number; a cell's text (even "-1500") is text and quoted
    assert rows[2][:4] == ["3", "B", "'-1+1", "'-1500"]
    assert [c for row in rows for c in row if _is_live_formula(c)] == []


def test_import_error_report_from_a_real_import(tmp_path, empty_db) -> None:
    src = tmp_path / "inn.csv"
    src.write_text("adresse;postnr;bydel;bruksenhetsnummer;areal\n"
                   "Storgata 1;0182;01;H0101;=HYPERLINK(\"http://x\")\n", encoding="utf-8")
    report = import_file(empty_db, src)
    assert report.all_problems
    out = tmp_path / "feil.csv"
    write_errors_csv(report.all_problems, out)
    rows = _cells(out)
    assert any(c.startswith("'=HYPERLINK") for row in rows for c in row)
    assert [c for row in rows for c in row if _is_live_formula(c)] == []


def test_xlsx_exports_keep_formula_text_as_text(hostile, tmp_path) -> None:
    for what in ("dwellings", "agreements", "findings"):
        out = tmp_path / f"{what}.xlsx"
        export_file(hostile, out, what=what)
        ws = openpyxl.load_workbook(out).active
        seen = [c for row in ws.iter_rows() for c in row
                if isinstance(c.value, str) and c.value in PAYLOADS]
        assert seen, what
        assert {c.data_type for c in seen} == {"s"}, what
        assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
        if what == "agreements":
            rents = [c for row in ws.iter_rows() for c in row if c.value == -1500]
            assert rents and rents[0].data_type == "n"


def test_audit_xlsx_keeps_formula_text_as_text(hostile, tmp_path) -> None:
    with hostile.engine.connect() as conn:
        rows = list_findings(conn, statuses=None)
    out = write_findings_xlsx(rows, tmp_path / "avvik.xlsx")
    ws = openpyxl.load_workbook(out)["Avvik"]
    cells = [c for row in ws.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    hyperlink = [c for c in cells if c.value == PAYLOADS[0]]
    assert len(hyperlink) == 3 and {c.data_type for c in hyperlink} == {"s"}


@pytest.mark.parametrize("fmt,suffix", [("standard", ".csv"), ("kobo", ".csv")])
def test_csv_export_imports_back_to_the_original_text(hostile, db_path, tmp_path, fmt,
                                                      suffix) -> None:
    import sqlalchemy as sa

    with hostile.engine.begin() as conn:  # the importer refuses a negative rent, rightly
        conn.execute(sa.text("UPDATE agreement SET monthly_rent = 1500 WHERE monthly_rent < 0"))
    out = tmp_path / f"boliger-{fmt}{suffix}"
    export_file(hostile, out, fmt=fmt)
    fresh_path = tmp_path / "fresh.db"
    fresh = create_database(fresh_path, user="test")
    report = import_file(fresh, out, options=ImportOptions(
        district="030103" if fmt == "kobo" else None))
    assert report.written, [p.as_line() for p in report.all_problems]
    fresh.close()
    sql = "SELECT d.id, d.note FROM dwelling d ORDER BY d.id"
    with sqlite3.connect(db_path) as a, sqlite3.connect(fresh_path) as b:
        original, again = a.execute(sql).fetchall(), b.execute(sql).fetchall()
        assert {n for _, n in again} >= set(PAYLOADS)
        assert again == original
        if fmt == "standard":
            owners = {r[0] for r in b.execute("SELECT owner_name FROM property")}
            landlords = {r[0] for r in b.execute("SELECT landlord_name FROM agreement")}
            assert owners == {PAYLOADS[1]} and PAYLOADS[0] in landlords
    # re-importing the export into the original changes nothing
    if fmt == "standard":
        again = import_file(hostile, out, options=ImportOptions(dry_run=True))
        assert again.ok and again.counts()["field_changes"] == 0
