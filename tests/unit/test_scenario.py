"""The scenario: proposed transfers on a copy in memory; figures per unit before and after,
recounted independently; the register file is byte for byte unchanged."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from boligreg.cli import main
from boligreg.models import create_database
from boligreg.services.demo import generate_demo


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("scenario") / "demo.db"
    db = create_database(path)
    generate_demo(db, dwellings=1500, seed=11)  # enough for Velferdsetaten's 16
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _digests(path: Path) -> tuple[str, int]:
    """The file's bytes, and how many bytes its write-ahead log holds (a read-only reader
    may leave an empty one; anything in it would be a write)."""
    wal = Path(str(path) + "-wal")
    return (hashlib.sha256(path.read_bytes()).hexdigest(),
            wal.stat().st_size if wal.exists() else 0)


def _one(path: Path, sql: str) -> float:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0] or 0
    finally:
        con.close()


def test_all_agreements_to_boligbygg(demo_file: Path, tmp_path: Path, capsys) -> None:
    scenario = tmp_path / "s.json"
    scenario.write_text(json.dumps({
        "name": "Alle avtaler til Boligbygg", "effective": "01.01.2027",
        "transfers": [{"from": "*", "to": "boligbygg", "what": "agreements"}]}),
        encoding="utf-8")
    before = _digests(demo_file)
    assert main(["scenario", str(scenario), "--db", str(demo_file), "--json"]) == 0
    assert _digests(demo_file) == before  # nothing written
    out = json.loads(capsys.readouterr().out)
    units = {u["unit"]: u for u in out["units"]}
    live = ("deleted_at IS NULL AND (end_date IS NULL OR end_date >= '2027-01-01')")
    n = _one(demo_file, f"SELECT count(*) FROM agreement WHERE {live}")
    cost = _one(demo_file, f"SELECT sum(monthly_rent) FROM agreement WHERE {live}")
    assert n > 0
    held = _one(demo_file, f"SELECT count(*) FROM agreement WHERE {live} AND "
                           "holding_unit_code = 'boligbygg'")
    assert units["boligbygg"]["before"]["agreements"] == held < n
    assert units["boligbygg"]["after"]["agreements"] == n
    assert units["boligbygg"]["after"]["lease_cost_year"] == pytest.approx(12 * cost)
    assert all(u["after"]["agreements"] == 0 for c, u in units.items() if c != "boligbygg")
    assert sum(u["before"]["agreements"] for u in units.values()) == n
    # dwellings stay where they were
    assert all(u["before"]["dwellings"] == u["after"]["dwellings"] for u in units.values())
    # the text table too
    assert main(["scenario", str(scenario), "--db", str(demo_file)]) == 0
    text = capsys.readouterr().out
    assert "Boligbygg Oslo KF" in text and "Ingenting er lagret" in text
    assert _digests(demo_file) == before


def test_dwellings_of_one_unit_to_another(demo_file: Path, tmp_path: Path, capsys) -> None:
    scenario = tmp_path / "s.json"
    scenario.write_text(json.dumps({"transfers": [
        {"from": "03", "to": "velferdsetaten", "what": "dwellings"}]}), encoding="utf-8")
    assert main(["scenario", str(scenario), "--db", str(demo_file), "--json"]) == 0
    units = {u["unit"]: u for u in json.loads(capsys.readouterr().out)["units"]}
    n = _one(demo_file, "SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND "
                        "disposing_unit_code = '030103'")
    rent = _one(demo_file, "SELECT sum(tenant_rent) FROM dwelling WHERE deleted_at IS NULL "
                           "AND disposing_unit_code = '030103'")
    vel = units["velferdsetaten"]
    assert units["030103"]["after"]["dwellings"] == 0
    assert vel["after"]["dwellings"] - vel["before"]["dwellings"] == n
    assert vel["after"]["tenant_rent_year"] - vel["before"]["tenant_rent_year"] == \
        pytest.approx(12 * rent)


@pytest.mark.parametrize(("content", "message"), [
    ("{", "ikke gyldig JSON"), ('{"transfers": []}', "må ha «transfers»"),
    ('{"transfers": [{"from": "03", "to": "x9", "what": "dwellings"}]}', "Ukjent enhet"),
    ("PK\x03\x04\x84\xff", "ikke en tekstfil"),  # a spreadsheet given by mistake
])
def test_bad_scenario_is_one_clear_line(demo_file: Path, tmp_path: Path, capsys,
                                        content: str, message: str) -> None:
    scenario = tmp_path / "bad.json"
    scenario.write_bytes(content.encode("latin-1") if content.startswith("PK")
                         else content.encode("utf-8"))
    assert main(["scenario", str(scenario), "--db", str(demo_file)]) == 2
    assert message in capsys.readouterr().err


def test_velferdsetatens_16_to_a_bydel_in_one_action(demo_file: Path, tmp_path: Path,
                                                     capsys) -> None:
    """The letter's proposal, done: one preview, one action, 16 dwellings now Alna's."""
    import shutil

    path = tmp_path / "copy.db"
    shutil.copyfile(demo_file, path)
    args = ["transfer", "--db", str(path), "--from", "velferdsetaten", "--to", "Bydel Alna",
            "--what", "dwellings", "--effective", "01.01.2027", "--reference", "2024/123"]
    assert main([*args, "--preview"]) == 0
    assert "Flyttes: 16 boliger" in capsys.readouterr().out
    assert main(args) == 0
    assert _one(path, "SELECT count(*) FROM dwelling WHERE disposing_unit_code = "
                      "'velferdsetaten'") == 0
    assert _one(path, "SELECT count(*) FROM change_log WHERE reference = '2024/123'") == 16
