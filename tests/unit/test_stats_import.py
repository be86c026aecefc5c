"""Indicator import: every refusal names its row; a refused file changes nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.models import Database, Indicator
from boligreg.services.indicators import (
    IndicatorImportError,
    import_indicators,
    indicator_key,
    parse_number,
)

TODAY = date(2026, 6, 30)


def _count(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(Indicator.__table__)
                            ).scalar_one()


def _values(db: Database) -> dict[tuple[str, int, str], tuple[float, str]]:
    t = Indicator.__table__
    with db.engine.connect() as conn:
        return {(c, y, i): (v, s) for c, y, i, v, s in conn.execute(
            sa.select(t.c.district_code, t.c.year, t.c.indicator, t.c.value, t.c.source)
            .where(t.c.deleted_at.is_(None)))}


def _import(db: Database, path: Path):
    with db.session() as s:
        return import_indicators(s, path, today=TODAY)


def test_csv_with_norwegian_headers_semicolons_and_decimal_commas(empty_db, tmp_path):
    f = tmp_path / "ind.csv"
    f.write_text(
        "Bydel;År;Indikator;Verdi;Kilde\n"
        "01;2025;applications;1 234;Velferdsetaten\n"
        "Bydel Grünerløkka;2025;Avslag;310;Velferdsetaten\n"
        "st.hanshaugen;2025;Husstander i midlertidig botilbud;12,5;Bydelen\n"
        ";;;;\n"
        "030115;2024;Egen telling;7;Bydelen\n",
        encoding="utf-8-sig",
    )
    result = _import(empty_db, f)
    assert (result.rows, result.inserted, result.updated) == (4, 4, 0)
    assert result.unknown_indicators == ["Egen telling"]
    assert _values(empty_db) == {
        ("030101", 2025, "applications"): (1234.0, "Velferdsetaten"),
        ("030102", 2025, "refusals"): (310.0, "Velferdsetaten"),
        ("030104", 2025, "temporary_accommodation"): (12.5, "Bydelen"),
        ("030115", 2024, "Egen telling"): (7.0, "Bydelen"),
    }
    # Again, one value changed: updated in place, the rest unchanged.
    f.write_text(f.read_text(encoding="utf-8-sig").replace("1 234", "1 240"), encoding="utf-8")
    result = _import(empty_db, f)
    assert (result.inserted, result.updated, result.unchanged) == (0, 1, 3)
    assert _values(empty_db)[("030101", 2025, "applications")] == (1240.0, "Velferdsetaten")


def test_refusals_name_every_row_and_nothing_is_written(empty_db, tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text(
        "district,year,indicator,value,source\n"
        "01,2025,applications,100,SSB\n"  # row 2: fine, but must not be imported
        "16x,2025,applications,100,SSB\n"  # row 3: unknown district
        "02,20x5,applications,100,SSB\n"  # row 4: bad year
        "03,1850,applications,100,SSB\n"  # row 5: year out of range
        "04,2025,applications,mange,SSB\n"  # row 6: not a number
        "05,2025,applications,100,\n"  # row 7: no source
        "01,2025,Applications,101,SSB\n"  # row 8: same as row 2
        "00,2025,applications,9,SSB\n"  # row 9: Oslo as a whole
        "06,2025,applications,-3,SSB\n",  # row 10: negative
        encoding="utf-8",
    )
    with pytest.raises(IndicatorImportError) as info:
        _import(empty_db, f)
    rows = {r for r, _m in info.value.problems}
    assert rows == {3, 4, 5, 6, 7, 8, 9, 10}
    text = str(info.value)
    for expected in ("rad 3: ukjent bydel «16x»", "rad 4: ugyldig år «20x5»", "rad 5: året 1850",
                     "rad 6: verdien «mange» er ikke et tall", "rad 7: kilde mangler",
                     "rad 8: samme bydel, år og indikator som rad 2", "rad 9:",
                     "rad 10: verdien -3 er negativ", "ingenting er lagret"):
        assert expected in text
    assert _count(empty_db) == 0


def test_xlsx_rows_are_numbered_as_excel_shows_them(empty_db, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["district", "year", "indicator", "value", "source"])
    ws.append([1, 2025, "applications", 120, "SSB"])
    ws.append([None, None, None, None, None])  # an empty row 3 keeps its number
    ws.append(["Bydel Sagene", 2025.0, "refusals", 12.0, "SSB"])
    ws.append(["Blindern", 2025, "refusals", "tolv", "SSB"])  # row 5
    path = tmp_path / "ind.xlsx"
    wb.save(path)
    with pytest.raises(IndicatorImportError) as info:
        _import(empty_db, path)
    assert [r for r, _m in info.value.problems] == [5, 5]
    assert _count(empty_db) == 0
    ws.delete_rows(5)
    wb.save(path)
    assert _import(empty_db, path).inserted == 2
    assert _values(empty_db)[("030103", 2025, "refusals")] == (12.0, "SSB")


def test_missing_columns_and_empty_files(empty_db, tmp_path):
    f = tmp_path / "cols.csv"
    f.write_text("bydel,år,verdi\n01,2025,3\n", encoding="utf-8")
    with pytest.raises(IndicatorImportError, match="rad 1: mangler kolonne"):
        _import(empty_db, f)
    f.write_text("district,year,indicator,value,source\n", encoding="utf-8")
    with pytest.raises(IndicatorImportError, match="ingen datarader"):
        _import(empty_db, f)
    other = tmp_path / "ind.pdf"
    other.write_bytes(b"%PDF")
    with pytest.raises(Exception, match="bare CSV og xlsx"):
        _import(empty_db, other)


def test_a_soft_deleted_indicator_comes_back(empty_db, tmp_path):
    f = tmp_path / "ind.csv"
    f.write_text("district,year,indicator,value,source\n01,2025,homeless,4,Kartlegging\n",
                 encoding="utf-8")
    _import(empty_db, f)
    t = Indicator.__table__
    with empty_db.engine.begin() as conn:
        conn.execute(t.update().values(deleted_at=datetime(2026, 1, 1)))
    assert _values(empty_db) == {}
    assert _import(empty_db, f).updated == 1
    assert _values(empty_db) == {("030101", 2025, "homeless"): (4.0, "Kartlegging")}


def test_cp1252_csv_from_norwegian_excel(empty_db, tmp_path):
    f = tmp_path / "excel.csv"
    f.write_bytes("bydel;år;indikator;verdi;kilde\nØstensjø;2025;bostøtte;55;Husbanken\n"
                  .encode("cp1252"))
    _import(empty_db, f)
    assert _values(empty_db) == {("030113", 2025, "housing_allowance"): (55.0, "Husbanken")}


@pytest.mark.parametrize(("text", "value"), [
    ("12", 12.0), ("12,5", 12.5), ("1 234", 1234.0), ("1.234,5", 1234.5), ("12 %", 12.0),
    (7, 7.0), (2.5, 2.5), ("abc", None), ("", None), ("1,2,3", None), (float("nan"), None),
    (True, None), ("inf", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_indicator_names_map_to_keys():
    assert indicator_key("Avslag") == "refusals"
    assert indicator_key("  søknader ") == "applications"
    assert indicator_key("Mottakere  av  noe") == "Mottakere av noe"
