"""``boligreg stats``: JSON with the documented keys, snapshot and import from the command line."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_stats_sample import build_sample  # noqa: E402

from boligreg.cli import main  # noqa: E402
from boligreg.services.stats import compute_figures  # noqa: E402

YEAR = 2025
REQUIRED = {"population", "dwellings_total", "dwellings_per_1000", "rank_per_1000", "by_tenure",
            "by_actual_use", "vacant", "vacancy_rate", "wheelchair_share", "agreements_active",
            "agreements_ending_12m", "agreements_unreviewed_12m"}
DOCS = Path(__file__).resolve().parents[2] / "docs" / "stats_keys.md"


@pytest.fixture
def sample(empty_db, db_path):
    build_sample(empty_db)
    return db_path


def _json(capsys, *argv: str):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_json_for_all_and_one(sample, capsys):
    data = _json(capsys, "stats", "--db", str(sample), "--year", str(YEAR), "--json")
    assert list(data) == [f"0301{n:02d}" for n in range(1, 16)] + ["oslo"]
    for scope, obj in data.items():
        assert obj.keys() >= REQUIRED, scope
        assert set(obj["by_tenure"]) == {"owned", "leased", "referral"}
        assert set(obj["by_actual_use"]) == {"housing", "staff_base", "office", "storage",
                                             "other"}
    from boligreg.models import open_database

    db = open_database(sample)
    with db.engine.connect() as conn:
        direct = compute_figures(conn, YEAR)
    db.close()
    for scope, obj in data.items():
        want = direct[scope].to_dict()
        obj.pop("extracted_at"), want.pop("extracted_at")
        assert obj == json.loads(json.dumps(want)), scope
    one = _json(capsys, "stats", "--db", str(sample), "--year", str(YEAR), "--district", "3",
                "--json")
    assert one["scope"] == "030103" and one["name"] == "Sagene"
    assert _json(capsys, "stats", "--db", str(sample), "--year", str(YEAR), "--district",
                 "oslo", "--json")["rank_per_1000"] is None


def test_every_key_is_documented(sample, capsys):
    data = _json(capsys, "stats", "--db", str(sample), "--year", str(YEAR), "--district", "01",
                 "--json")
    documented = set(re.findall(r"`([a-z_0-9]+)`", DOCS.read_text(encoding="utf-8")))
    missing = {k for k in data if k not in documented}
    for split in ("by_tenure", "by_target_group", "by_actual_use", "by_status",
                  "maintenance_set", "findings_open"):
        missing |= {f"{split}.{k}" for k in data[split] if k not in documented}
    missing |= {f"counted_by.{k}={v}" for k, v in data["counted_by"].items()
                if k not in documented or v not in documented}
    missing |= {f"central_units.{k}" for block in data["central_units"].values() for k in block
                if k not in documented}
    missing |= {f"central_units.{k}" for k in data["central_units"] if k not in documented}
    missing |= {f"indicators.{k}" for row in data["indicators"] for k in row
                if k not in documented}
    assert not missing


def test_snapshot_then_change_and_refusal(sample, capsys):
    assert main(["stats", "snapshot", "--db", str(sample), "--year", str(YEAR - 1)]) == 0
    assert "Lagret øyeblikksbilde for 2024" in capsys.readouterr().out
    assert main(["stats", "snapshot", "--db", str(sample), "--year", str(YEAR - 1)]) == 2
    assert "--replace" in capsys.readouterr().err
    data = _json(capsys, "stats", "--db", str(sample), "--year", str(YEAR), "--json")
    assert data["oslo"]["change"]["from_year"] == YEAR - 1
    assert data["oslo"]["change"]["delta"]["dwellings_total"] == 0


def test_text_table_and_errors(sample, capsys):
    assert main(["stats", "--db", str(sample), "--year", str(YEAR)]) == 0
    out = capsys.readouterr().out
    assert "Søndre Nordstrand" in out and "Oslo" in out and "Per 1000" in out
    flat = " ".join(out.split())
    assert "Boliger: det bydelen disponerer, uansett hvor de ligger" in flat
    assert "Sentrale enheters boliger (med i Oslo, ikke i bydelene)" in flat
    assert main(["stats", "--db", str(sample)]) == 2
    assert "--year" in capsys.readouterr().err
    assert main(["stats", "--db", str(sample), "--year", str(YEAR), "--district", "99"]) == 2
    assert "Ukjent bydel" in capsys.readouterr().err


def test_import_from_the_command_line(sample, tmp_path, capsys):
    good = tmp_path / "ok.csv"
    good.write_text("district,year,indicator,value,source\n02,2025,appeals,40,Velferdsetaten\n"
                    "02,2025,appeals_reversed,8,Velferdsetaten\n", encoding="utf-8")
    assert main(["stats", "import", str(good), "--db", str(sample)]) == 0
    assert "2 nye" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("district,year,indicator,value,source\n02,2025,appeals,førti,X\n",
                   encoding="utf-8")
    assert main(["stats", "import", str(bad), "--db", str(sample)]) == 2
    err = capsys.readouterr().err
    assert "rad 2: verdien «førti» er ikke et tall" in err
    one = _json(capsys, "stats", "--db", str(sample), "--year", str(YEAR), "--district", "02",
                "--json")
    shares = {r["indicator"]: r["value"] for r in one["indicators"]}
    assert shares["appeals_reversed_share"] == pytest.approx(20.0)
