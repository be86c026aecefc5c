"""``boligreg audit``: JSON output, district forms, exit codes, and the PDF/xlsx reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_audit_rules import TODAY, World, build_every_rule

from boligreg.cli import main
from boligreg.services.audit import RULES

JSON_KEYS = {"rule", "severity", "entity_type", "entity_id", "label", "district", "status",
             "message"}


@pytest.fixture
def world(empty_db) -> World:
    return World(empty_db)


def run_json(capsys, *args: str) -> list[dict]:
    capsys.readouterr()
    assert main(["audit", *args, "--json", "--today", TODAY.isoformat()]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_every_hit_with_the_documented_keys(world: World, db_path: Path,
                                                        capsys) -> None:
    build_every_rule(world)
    expected = {(code, row.entity_type, eid, row.label, row.district_code)
                for code in RULES for eid, row in world.hits(code).items()}
    out = run_json(capsys, "--db", str(db_path))
    assert isinstance(out, list) and out
    assert all(set(item) >= JSON_KEYS for item in out)
    assert {(o["rule"], o["entity_type"], o["entity_id"], o["label"], o["district"])
            for o in out} == expected
    assert {o["status"] for o in out} == {"open"}
    assert {o["severity"] for o in out} <= {"low", "medium", "high"}
    dwelling = next(o for o in out if o["rule"] == "MISUSE")
    assert dwelling["label"].startswith("Tøyengata ") and dwelling["label"].endswith(", H0101")
    agreement = next(o for o in out if o["rule"] == "AGREEMENT_EMPTY")
    assert agreement["label"].endswith(" – Utleier AS")
    assert dwelling["district"] == "030101"


def test_exit_zero_with_findings_and_nothing_new_on_rerun(world: World, db_path: Path,
                                                          capsys) -> None:
    world.dwelling(actual_use="office")
    first = run_json(capsys, "--db", str(db_path))
    second = run_json(capsys, "--db", str(db_path))
    assert [o["id"] for o in first] == [o["id"] for o in second] and len(first) == 1


@pytest.mark.parametrize("form", ["02", "2", "030102", "Grünerløkka", "Bydel Grünerløkka",
                                  "grunerlokka"])
def test_district_forms(world: World, db_path: Path, capsys, form: str) -> None:
    world.dwelling(actual_use="office", district_code="030101")
    mine = world.dwelling(actual_use="office", district_code="030102")
    out = run_json(capsys, "--db", str(db_path), "--district", form)
    assert [o["entity_id"] for o in out] == [mine]


def test_unknown_district_is_a_one_line_error(world: World, db_path: Path, capsys) -> None:
    assert main(["audit", "--db", str(db_path), "--district", "Narnia"]) == 2
    err = capsys.readouterr().err
    assert "Ukjent bydel «Narnia»" in err and len(err.strip().splitlines()) == 1


def test_text_output_and_rules_listing(world: World, db_path: Path, capsys) -> None:
    world.dwelling(actual_use="office")
    assert main(["audit", "--db", str(db_path), "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Kontroll {TODAY:%d.%m.%Y}, Hele Oslo: 1 åpne avvik (1 nye")
    assert "Faktisk bruk er «Kontor», ikke bolig" in out
    assert main(["audit", "--rules"]) == 0
    listing = capsys.readouterr().out
    assert all(code in listing for code in RULES)


def test_pdf_and_xlsx_reports(world: World, db_path: Path, tmp_path: Path, capsys) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    build_every_rule(world)
    pdf, xlsx = tmp_path / "avvik.pdf", tmp_path / "avvik.xlsx"
    out = run_json(capsys, "--db", str(db_path), "--pdf", str(pdf), "--xlsx", str(xlsx))

    reader = PdfReader(str(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Avviksrapport" in text and "Hele Oslo" in text
    assert "Åpne avvik per bydel og regel" in text and "Eldste åpne avvik" in text
    assert all(r.title in text for r in RULES.values())
    fonts = {str(f.get("/BaseFont")) for page in reader.pages
             for f in (page["/Resources"].get("/Font") or {}).values()}
    assert fonts and all("DejaVu" in f or "Vera" in f for f in fonts), fonts

    wb = load_workbook(xlsx)
    ws = wb["Avvik"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:P{len(out) + 1}"  # the rule by its title, not its code
    assert ws["A1"].value == "Alvorlighet" and ws["A1"].font.b
    assert ws.max_row == len(out) + 1
    ids = {ws.cell(row=i, column=16).value for i in range(2, ws.max_row + 1)}
    assert ids == {o["id"] for o in out}
    summary = wb["Sammendrag"]
    total = sum(row[-1].value for row in summary.iter_rows(min_row=3))
    assert total == len(out)


def test_missing_report_folder_is_refused_before_running(world: World, db_path: Path,
                                                         tmp_path: Path) -> None:
    assert main(["audit", "--db", str(db_path), "--pdf", str(tmp_path / "nope" / "a.pdf")]) == 2


def test_settings_file_changes_thresholds_and_is_stored(world: World, db_path: Path,
                                                        tmp_path: Path, capsys) -> None:
    import sqlalchemy as sa
    from test_audit_rules import days

    from boligreg.models import AuditRun
    from boligreg.services.audit import AuditSettings

    world.dwelling(status="vacant", vacant_since=days(60))
    settings = tmp_path / "terskler.json"
    settings.write_text('{"vacant_medium_days": 30, "rules": ["VACANT_LONG"]}', "utf-8")
    out = run_json(capsys, "--db", str(db_path), "--settings", str(settings))
    assert [o["rule"] for o in out] == ["VACANT_LONG"]
    with world.db.engine.connect() as conn:
        stored = conn.execute(sa.select(AuditRun.settings_json)).scalar_one()
    assert AuditSettings.from_json(stored) == AuditSettings(vacant_medium_days=30,
                                                            rules=("VACANT_LONG",))
    settings.write_text('{"vacant_medium_dayz": 30}', "utf-8")
    assert main(["audit", "--db", str(db_path), "--settings", str(settings)]) == 2
    assert "ukjente innstillinger: vacant_medium_dayz" in capsys.readouterr().err
