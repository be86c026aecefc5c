"""The scenario on paper: ``boligreg scenario FILE.json --pdf OUT.pdf`` writes a PDF whose
text, read back with PDFium, holds every unit's figures before and after as recounted here
straight from the file; the register is byte for byte unchanged; ``--overwrite`` rules as
for the other commands; readable (no text under 8 pt, title and language set)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from test_pdf_readable import language, smallest_visible_text

from boligreg.cli import main
from boligreg.models import create_database
from boligreg.reports.scenario_pdf import render_scenario_pdf
from boligreg.services.audit.lifecycle import run_audit
from boligreg.services.demo import generate_demo
from boligreg.services.scenario import (
    PRESET_ALL_AGREEMENTS,
    preset_scenario,
    run_scenario,
)

EFFECTIVE = "2027-01-01"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("scenario-pdf") / "demo.db"
    db = create_database(path)
    generate_demo(db, dwellings=1500, seed=5)
    run_audit(db)  # open findings to count
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def pdf_text(pdf: bytes) -> tuple[int, str]:
    """Page count, and all text with no-break spaces as spaces and whitespace collapsed."""
    doc = pdfium.PdfDocument(pdf)
    try:
        text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        return len(doc), " ".join(text.replace("\u00a0", " ").split())
    finally:
        doc.close()


def _n(x: float) -> str:
    return f"{x:,.0f}".replace(",", " ")


def recount(path: Path) -> dict[str, dict[str, float]]:
    """Per unit, before any transfer: the seven figures, by SQL of their own."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    live_a = f"a.deleted_at IS NULL AND (a.end_date IS NULL OR a.end_date >= '{EFFECTIVE}')"
    try:
        out: dict[str, dict[str, float]] = {}
        for code, in con.execute("SELECT code FROM unit WHERE deleted_at IS NULL"):
            def one(sql: str, code: str = code) -> float:
                return con.execute(sql, (code,)).fetchone()[0] or 0
            out[code] = {
                "dwellings": one("SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND "
                                 "disposing_unit_code = ?"),
                "agreements": one(f"SELECT count(*) FROM agreement a WHERE {live_a} AND "
                                  "a.holding_unit_code = ?"),
                "lease_cost_year": 12 * one(f"SELECT sum(monthly_rent) FROM agreement a WHERE "
                                            f"{live_a} AND a.holding_unit_code = ?"),
                "tenant_rent_year": 12 * one("SELECT sum(tenant_rent) FROM dwelling WHERE "
                                             "deleted_at IS NULL AND disposing_unit_code = ?"),
                "vacant": one("SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND "
                              "status = 'vacant' AND disposing_unit_code = ?"),
                "open_findings": one(
                    "SELECT count(*) FROM finding f JOIN dwelling d ON d.id = f.entity_id "
                    "WHERE f.entity_type = 'dwelling' AND f.deleted_at IS NULL AND "
                    "f.status IN ('open', 'in_progress') AND d.disposing_unit_code = ?")
                + one("SELECT count(*) FROM finding f JOIN agreement a ON a.id = f.entity_id "
                      "WHERE f.entity_type = 'agreement' AND f.deleted_at IS NULL AND "
                      "f.status IN ('open', 'in_progress') AND a.holding_unit_code = ?"),
                "maintenance": one(
                    "SELECT count(*) FROM dwelling d WHERE d.deleted_at IS NULL AND "
                    "d.disposing_unit_code = ? AND EXISTS (SELECT 1 FROM "
                    "maintenance_responsibility m WHERE m.deleted_at IS NULL AND "
                    f"(m.valid_from IS NULL OR m.valid_from <= '{EFFECTIVE}') AND "
                    f"(m.valid_to IS NULL OR m.valid_to >= '{EFFECTIVE}') AND "
                    "(m.dwelling_id = d.id OR m.property_id = d.property_id))"),
            }
        names = dict(con.execute("SELECT code, official_name FROM unit"))
        return {names[c]: v for c, v in out.items()}
    finally:
        con.close()


ORDER = ("dwellings", "agreements", "lease_cost_year", "tenant_rent_year", "vacant",
         "open_findings", "maintenance")


def test_all_agreements_to_boligbygg_on_paper(demo_file: Path, tmp_path: Path, capsys) -> None:
    scenario = preset_scenario(PRESET_ALL_AGREEMENTS, effective=None)
    scenario["effective"] = "01.01.2027"
    spec = tmp_path / "s.json"
    spec.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "scenario.pdf"
    digest = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    assert main(["scenario", str(spec), "--db", str(demo_file), "--pdf", str(out)]) == 0
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == digest  # nothing written
    assert f"Lagret {out}" in capsys.readouterr().out
    pdf = out.read_bytes()
    pages, text = pdf_text(pdf)
    assert f"Scenario: {scenario['name']}" in text
    assert scenario["description"] in text
    assert "overføringene gjelder fra 01.01.2027" in text
    assert "DEMODATA" in text
    assert f"Side 1 av {pages}" in text and f"Side {pages} av {pages}" in text

    before = recount(demo_file)
    total_a = sum(v["agreements"] for v in before.values())
    total_cost = sum(v["lease_cost_year"] for v in before.values())
    assert total_a > 0 and before["Bydel Alna"]["agreements"] > 0
    # what moves: every agreement of the others, the current ones said apart from the ended
    con = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
    try:
        others, ended = con.execute(
            "SELECT count(*), sum(end_date < ?) FROM agreement WHERE deleted_at IS NULL AND "
            "holding_unit_code != 'boligbygg'", (EFFECTIVE,)).fetchone()
    finally:
        con.close()
    current = others - ended
    assert current == total_a - before["Boligbygg Oslo KF"]["agreements"]
    assert (f"1. {_n(others)} avtaler fra alle andre enheter til Boligbygg Oslo KF "
            f"({_n(current)} gjeldende per 01.01.2027, {_n(ended)} utløpt)") in text
    assert sum(v["open_findings"] for v in before.values()) > 0  # the audit found some
    for name, b in before.items():
        if not name.startswith(("Bydel", "Boligbygg")) or not any(b.values()):
            continue
        after = dict(b)
        after["agreements"] = total_a if name.startswith("Boligbygg") else 0
        after["lease_cost_year"] = total_cost if name.startswith("Boligbygg") else 0
        # the agreements' open findings travel with them
        agreement_findings = _agreement_findings(demo_file, name)
        after["open_findings"] = b["open_findings"] - agreement_findings + (
            sum(_agreement_findings(demo_file, n) for n in before)
            if name.startswith("Boligbygg") else 0)
        row = " ".join([name, *(f"{_n(b[f])} {_n(after[f])}" for f in ORDER)])
        assert row in text, row
    # the charts' titles (the scenario changes agreements and their cost)
    assert "Gjeldende avtaler enheten har ansvar for" in text
    assert "Innleiekostnad per år (kr)" in text
    assert smallest_visible_text(pdf)[0] >= 8.0
    assert language(pdf) == "nb-NO"


def _agreement_findings(path: Path, unit_name: str) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(
            "SELECT count(*) FROM finding f JOIN agreement a ON a.id = f.entity_id JOIN unit u "
            "ON u.code = a.holding_unit_code WHERE f.entity_type = 'agreement' AND "
            "f.deleted_at IS NULL AND f.status IN ('open', 'in_progress') AND "
            "u.official_name = ?", (unit_name,)).fetchone()[0]
    finally:
        con.close()


def test_pdf_option_respects_overwrite_and_protects_the_register(demo_file: Path,
                                                                  tmp_path: Path,
                                                                  capsys) -> None:
    spec = tmp_path / "s.json"
    spec.write_text(json.dumps({"name": "Velferdsetaten til Alna", "transfers": [
        {"from": "velferdsetaten", "to": "12", "what": "dwellings"}]}), encoding="utf-8")
    out = tmp_path / "s.pdf"
    out.write_bytes(b"old")
    args = ["scenario", str(spec), "--db", str(demo_file), "--pdf", str(out)]
    assert main(args) == 2
    assert "finnes allerede" in capsys.readouterr().err
    assert out.read_bytes() == b"old"
    assert main([*args, "--overwrite"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    # never the register itself, nor the scenario file
    for target in (demo_file, spec):
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        assert main(["scenario", str(spec), "--db", str(demo_file), "--pdf", str(target),
                     "--overwrite"]) == 2
        assert hashlib.sha256(target.read_bytes()).hexdigest() == digest


def test_result_and_pdf_agree_for_dwellings(demo_file: Path) -> None:
    """Velferdsetaten's dwellings to Alna: the rows the PDF prints are the result's figures,
    and the dwellings moved are those Velferdsetaten disposes of."""
    result = run_scenario(demo_file, {"name": "V til Alna", "effective": "01.01.2027",
                                      "transfers": [{"from": "velferdsetaten", "to": "12",
                                                     "what": "dwellings"}]})
    before = recount(demo_file)
    vel = next(n for n in before if "Velferdsetaten" in n and not n.startswith("Ungbo"))
    moved = before[vel]["dwellings"]
    assert moved == 16
    units = {u.name: u for u in result.units}
    assert units["Bydel Alna"].after["dwellings"] == before["Bydel Alna"]["dwellings"] + moved
    assert units["Bydel Alna"].after["tenant_rent_year"] == pytest.approx(
        before["Bydel Alna"]["tenant_rent_year"] + before[vel]["tenant_rent_year"])
    assert result.changed() == [f for f in ORDER if f in (
        "dwellings", "tenant_rent_year", "vacant", "open_findings", "maintenance")
        and (before[vel][f] or 0)]
    _, text = pdf_text(render_scenario_pdf(result))
    alna = units["Bydel Alna"]
    assert " ".join(["Bydel Alna", *(f"{_n(alna.before[f])} {_n(alna.after[f])}"
                                     for f in ORDER)]) in text
    assert "1. 16 boliger fra Oslo kommune Velferdsetaten til Bydel Alna" in text
