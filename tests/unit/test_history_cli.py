"""``--as-of`` on info, stats, factsheet and export: the register as registered at the end of a
day, with "med senere rettelser" for figures; bad dates and dates before the file's history
are one clear line and exit 2."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from boligreg.cli import main
from boligreg.models import Dwelling, Property, create_database
from boligreg.models.base import set_clock
from boligreg.services.register import save_changes


@pytest.fixture
def register(tmp_path: Path) -> Path:
    """Three dwellings in Grünerløkka registered in May 2025; in November 2026 two more that
    existed in 2025 arrive and one dwelling becomes vacant."""
    path = tmp_path / "reg.db"
    moment = {"now": datetime(2025, 5, 2, 10)}
    set_clock(lambda: moment["now"])
    try:
        db = create_database(path, user="t")

        def add(n: int, first: int) -> list[str]:
            with db.session() as s:
                p = Property(district_code="030102", street_address=f"Markveien {first}",
                             postcode="0554", owner_kind="boligbygg")
                ds = [Dwelling(property=p, unit_number=f"H0{first + i}",
                               district_code="030102") for i in range(n)]
                s.add_all(ds)
                s.flush()
                return [d.id for d in ds]

        ids = add(3, 101)
        moment["now"] = datetime(2026, 11, 20, 10)
        add(2, 201)
        save_changes(db, Dwelling, ids[0], expected_version=1, changes={"status": "vacant"})
        db.close()
    finally:
        set_clock(None)
    return path


def _json(capsys, *argv: str):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_info_as_of(register: Path, capsys) -> None:
    now = _json(capsys, "info", "--db", str(register), "--json")
    past = _json(capsys, "info", "--db", str(register), "--json", "--as-of", "31.12.2025")
    assert now["districts"]["030102"]["total"] == 5
    assert past["districts"]["030102"]["total"] == 3 and past["as_of"] == "2025-12-31"
    assert main(["info", "--db", str(register), "--as-of", "2025-12-31"]) == 0
    assert "som registrert per 31.12.2025" in capsys.readouterr().out


def test_stats_as_of_and_corrections(register: Path, capsys) -> None:
    base = ["stats", "--db", str(register), "--district", "02", "--json"]
    reg = _json(capsys, *base, "--as-of", "31.12.2025")
    assert reg["year"] == 2025 and reg["basis"] == "registered"
    assert reg["dwellings_total"] == 3 and reg["vacant"] == 0
    assert reg["changed_since"] == 4  # a property, two dwellings, one edited dwelling
    cor = _json(capsys, *base, "--as-of", "31.12.2025", "--med-senere-rettelser")
    assert cor["basis"] == "corrected" and cor["dwellings_total"] == 5 and cor["vacant"] == 1
    assert cor["changed_since"] == 4
    assert main(["stats", "--db", str(register), "--as-of", "31.12.2025"]) == 0
    out = capsys.readouterr().out
    assert "Som registrert per 31.12.2025" in out and "4 poster er endret senere" in out


def _pdf_text(path: Path) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(str(path)).pages)


def test_factsheet_as_of(register: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "gl.pdf"
    assert main(["factsheet", "--db", str(register), "--as-of", "31.12.2025", "--district",
                 "02", "--out", str(out)]) == 0
    text = " ".join(_pdf_text(out).split())
    assert "Som registrert per 31.12.2025" in text
    assert "Avvik åpne per 31.12.2025" in text
    out2 = tmp_path / "gl2.pdf"
    assert main(["factsheet", "--db", str(register), "--year", "2025", "--as-of", "31.12.2025",
                 "--med-senere-rettelser", "--district", "02", "--out", str(out2)]) == 0
    assert "Med senere rettelser" in " ".join(_pdf_text(out2).split())


def test_export_as_of(register: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "boliger.csv"
    assert main(["export", "--db", str(register), "--as-of", "31.12.2025", "--out",
                 str(out)]) == 0
    assert "som registrert per 31.12.2025" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh, delimiter=";" if ";" in fh.readline() else ","))
    assert len(rows) == 3  # header line read above, three dwellings
    now = tmp_path / "now.csv"
    assert main(["export", "--db", str(register), "--out", str(now)]) == 0
    assert len(now.read_text(encoding="utf-8-sig").strip().splitlines()) == 6


@pytest.mark.parametrize("bad", ["31.13.2025", "i fjor", "2025/12/31"])
def test_bad_date_is_one_line(register: Path, capsys, bad: str) -> None:
    assert main(["stats", "--db", str(register), "--as-of", bad]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "er ikke en dato" in err[0]


def test_a_finished_year_counts_as_registered_by_default(register: Path, capsys) -> None:
    """No --as-of: the 2025 sheet counts the register as registered at 31.12.2025 — the two
    dwellings registered in November 2026 are left out unless corrections are asked for."""
    base = ["stats", "--db", str(register), "--district", "02", "--json", "--year", "2025"]
    plain = _json(capsys, *base)
    assert plain["basis"] == "registered" and plain["as_of"] == "2025-12-31"
    assert plain["dwellings_total"] == 3 and plain["basis_note"] is None
    assert plain == {**_json(capsys, *base, "--as-of", "31.12.2025"),
                     "extracted_at": plain["extracted_at"]}
    cor = _json(capsys, *base, "--med-senere-rettelser")
    assert cor["basis"] == "corrected" and cor["dwellings_total"] == 5


def test_a_file_younger_than_the_year_says_so(tmp_path: Path, capsys) -> None:
    path = tmp_path / "new.db"
    db = create_database(path, user="t")
    with db.session() as s:
        p = Property(district_code="030102", street_address="Markveien 1", postcode="0554",
                     owner_kind="boligbygg")
        s.add(Dwelling(property=p, unit_number="H0101", district_code="030102"))
    db.close()
    got = _json(capsys, "stats", "--db", str(path), "--district", "02", "--json",
                "--year", "2025")
    assert got["basis"] == "current" and got["dwellings_total"] == 1
    assert "når ikke tilbake til 31.12.2025" in got["basis_note"]


def test_future_date_and_corrections_without_date(register: Path, capsys) -> None:
    assert main(["info", "--db", str(register), "--as-of", "31.12.2999"]) == 2
    assert "fram i tid" in capsys.readouterr().err
    this_year = str(date.today().year)
    assert main(["stats", "--db", str(register), "--year", this_year,
                 "--med-senere-rettelser"]) == 2
    assert f"{this_year} er ikke over" in capsys.readouterr().err
    # A year that is over: today's register on its 31.12, with the later changes counted.
    assert main(["stats", "--db", str(register), "--year", "2025", "--json",
                 "--med-senere-rettelser"]) == 0
    data = json.loads(capsys.readouterr().out)
    oslo = data.get("oslo", data)
    assert oslo["basis"] == "corrected" and oslo["as_of"] == "2025-12-31"


def test_before_history_is_refused(tmp_path: Path, capsys) -> None:
    from boligreg.services.demo import generate_demo

    path = tmp_path / "demo.db"
    set_clock(lambda: datetime(2026, 2, 1, 10))
    try:
        db = create_database(path, user="t")
        generate_demo(db, dwellings=120, seed=4, today=date(2026, 2, 1), history=False)
        db.close()
    finally:
        set_clock(None)
    assert main(["info", "--db", str(path), "--as-of", "31.12.2025"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "fullstendig fra 01.02.2026" in err[0]
