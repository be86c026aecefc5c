"""One definition per figure (issue 13 item 6): Oversikt, the fact sheets and ``stats --json``
agree on every figure they share, and Oslo's per-1 000 figure divides by the whole kommune's
population (KOSTRA's base), recomputed here from the shipped SSB file and the SQLite file."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_stats_sample import build_sample  # noqa: E402

from boligreg.cli import main  # noqa: E402
from boligreg.reports.factsheet import fmt_dec  # noqa: E402
from boligreg.services.inventory import overview_figures  # noqa: E402
from boligreg.services.stats import OSLO, compute_figures  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _ssb(year_jan1: int) -> dict[str, int]:
    """SSB's figures for 1 January of ``year_jan1`` from resources/, keyed by SSB code."""
    with (ROOT / "resources" / "population.csv").open(encoding="utf-8") as fh:
        return {r["ssb_code"]: int(r["population"]) for r in csv.DictReader(fh)
                if int(r["year_jan1"]) == year_jan1}


@pytest.fixture
def sample(empty_db):
    build_sample(empty_db)
    return empty_db


def test_overview_and_fact_sheet_share_every_figure(sample) -> None:
    today = date.today()
    with sample.engine.connect() as conn:
        ov = overview_figures(conn, today=today)
        figs = compute_figures(conn, today.year, today=today, previous_from_history=False)
    rows = {r.code: r for r in ov.rows}
    for code, f in figs.items():
        row = ov.oslo if code == OSLO else rows.get(code)
        if row is None:  # a bydel without dwellings has no Oversikt row
            assert f.dwellings_total == 0
            continue
        assert row.total == f.dwellings_total, code
        assert (row.owned, row.leased, row.referral) == (
            f.by_tenure["owned"], f.by_tenure["leased"], f.by_tenure["referral"]), code
        assert row.vacant == f.by_status["vacant"] == f.vacant, code
        assert row.not_housing == f.not_housing, code
        assert row.population == f.population, code
        assert row.per_1000 == f.dwellings_per_1000, code
    assert ov.population_date is not None
    assert ov.population_date.isoformat() == figs[OSLO].population_date


def test_oslo_per_1000_is_kostras(sample, db_path: Path) -> None:
    """Every live dwelling (Sentrum's too) over SSB's Oslo i alt — not the 15 bydeler's sum."""
    today = date.today()
    con = sqlite3.connect(db_path)
    live = con.execute("SELECT count(*) FROM dwelling WHERE deleted_at IS NULL").fetchone()[0]
    con.close()
    base_year = max(y for y in (today.year + 1, today.year, today.year - 1) if _ssb(y))
    ssb = _ssb(base_year)
    bydeler_sum = sum(n for code, n in ssb.items() if code != "0301")
    assert ssb["0301"] != bydeler_sum  # the difference the issue is about
    with sample.engine.connect() as conn:
        ov = overview_figures(conn, today=today)
    assert ov.oslo.total == live
    assert ov.oslo.population == ssb["0301"]
    assert ov.oslo.per_1000 == pytest.approx(1000.0 * live / ssb["0301"])
    assert ov.population_date == date(base_year, 1, 1)


def test_window_cards_and_stats_json_agree(qtbot, sample, db_path: Path, capsys) -> None:
    from boligreg.ui.context import AppState
    from boligreg.ui.main_window import MainWindow

    today = date.today()
    assert main(["stats", "--db", str(db_path), "--year", str(today.year), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    w = MainWindow(AppState(sample))
    qtbot.addWidget(w)
    w.show()
    section = w.current_section()
    assert section.key == "overview"
    card = section.cards["per_1000"]
    assert card.value_label.text() == fmt_dec(stats[OSLO]["dwellings_per_1000"])
    assert card.note_label.text() == f"folketall 01.01.{stats[OSLO]['population_date'][:4]}"
    assert section.cards["total"].value_label.text().replace("\u00a0", " ").replace(" ", "") \
        == str(stats[OSLO]["dwellings_total"])
    w.ctx.set_scope("030102")
    qtbot.waitUntil(lambda: card.value_label.text()
                    == fmt_dec(stats["030102"]["dwellings_per_1000"]), timeout=5000)


def test_overview_counts_by_disposer(sample, db_path: Path) -> None:
    """Issue 14: a bydel's Oversikt row is what it disposes of (wherever it lies), each central
    unit has a row of its own, and Oslo is every live dwelling once — recomputed in SQL."""
    con = sqlite3.connect(db_path)
    by_disposer = dict(con.execute(
        "SELECT coalesce(disposing_unit_code, district_code), count(*) FROM dwelling"
        " WHERE deleted_at IS NULL GROUP BY 1").fetchall())
    by_location = dict(con.execute(
        "SELECT district_code, count(*) FROM dwelling WHERE deleted_at IS NULL"
        " GROUP BY 1").fetchall())
    names = dict(con.execute("SELECT code, name FROM unit WHERE kind = 'central'").fetchall())
    con.close()
    with sample.engine.connect() as conn:
        ov = overview_figures(conn)
    rows = {r.code: r for r in ov.rows}
    assert {c for c, r in rows.items() if r.central} == {c for c in by_disposer if c in names}
    for code, n in by_disposer.items():
        assert rows[code].total == n, code
        assert rows[code].central == (code in names)
        if code in names:
            assert rows[code].name == names[code] and rows[code].population is None
    assert by_disposer != by_location
    assert ov.oslo.total == sum(by_location.values()) == sum(r.total for r in ov.rows)
    assert [r.central for r in ov.rows] == sorted(r.central for r in ov.rows)  # bydeler first


def test_overview_says_what_it_counts_by(qtbot, sample) -> None:
    from boligreg.ui.context import AppState
    from boligreg.ui.main_window import MainWindow

    w = MainWindow(AppState(sample))
    qtbot.addWidget(w)
    w.show()
    section = w.current_section()
    card = section.cards["total"]
    assert card.caption_label.text() == "kommunalt disponerte boliger"
    assert "disponerende enhet" in section.footnote.text()
    assert "beliggenhet" in w.scope_combo.toolTip()
    names = [section.model.index(r, 1).data() for r in range(section.model.rowCount())]
    assert "Velferdsetaten (sentral enhet)" in names
    w.ctx.set_scope("030102")
    qtbot.waitUntil(lambda: card.caption_label.text() == "boliger disponert av bydelen",
                    timeout=5000)


def test_central_rows_stay_below_the_bydeler(qtbot, sample) -> None:
    from PySide6.QtCore import Qt

    from boligreg.ui.context import AppState
    from boligreg.ui.main_window import MainWindow

    w = MainWindow(AppState(sample))
    qtbot.addWidget(w)
    w.show()
    model = w.current_section().model
    for column in range(len(model.COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            flags = [r.central for r in model.rows]
            assert flags == sorted(flags) and any(flags), (column, order)
