"""Scenario in the window, offscreen: a preset or a scenario file computed off the UI thread
on a copy in memory; the table's before → after per unit recounted with plain sqlite3; a
chart per changed figure; "Lagre som PDF" writes the same figures; the register file is byte
for byte unchanged."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QDate

from boligreg.models import create_database, open_database
from boligreg.services.demo import generate_demo
from boligreg.services.scenario import FIGURES, PRESET_VELFERDSETATEN
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.sections.scenario import ScenarioSection
from boligreg.ui.workers import Job


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("scenario-ui") / "demo.db"
    db = create_database(path)
    generate_demo(db, dwellings=1200, seed=3)
    db.close()
    return path


@pytest.fixture
def window(qtbot, demo_file, monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)
    db = open_database(demo_file)
    w = MainWindow(AppState(db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    db.close()


def state(path: Path) -> tuple[str, int]:
    wal = Path(str(path) + "-wal")
    return (hashlib.sha256(path.read_bytes()).hexdigest(),
            wal.stat().st_size if wal.exists() else 0)


def one(path: Path, sql: str, *args) -> float:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql, args).fetchone()[0] or 0
    finally:
        con.close()


def cell(section: ScenarioSection, unit_name: str, figure: str) -> str:
    table = section.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == unit_name)
    return table.item(row, 1 + FIGURES.index(figure)).text().replace("\u00a0", " ")


def n(x: float) -> str:
    return f"{x:,.0f}".replace(",", " ")


def open_scenario(qtbot, window) -> ScenarioSection:
    section = window.select_section("scenario")
    assert isinstance(section, ScenarioSection)
    row = window.sections.index(section)
    if row < 10:  # reachable by Ctrl+N (Ctrl+0 the tenth) like every section in the first ten
        assert window.section_actions[row].shortcut().toString() == f"Ctrl+{(row + 1) % 10}"
    return section


def test_all_agreements_preset(qtbot, window, demo_file, tmp_path) -> None:
    section = open_scenario(qtbot, window)
    before = state(demo_file)
    assert section.preset.currentText() == "Alle innleie- og tilvisningsavtaler til Boligbygg"
    assert not section.bydel.isVisible() and not section.pdf_button.isEnabled()
    section.date_edit.setDate(QDate(2027, 1, 1))
    section.run_preset()
    qtbot.waitUntil(lambda: section.result is not None, timeout=20_000)
    assert state(demo_file) == before  # nothing written

    live = "deleted_at IS NULL AND (end_date IS NULL OR end_date >= '2027-01-01')"
    total = one(demo_file, f"SELECT count(*) FROM agreement WHERE {live}")
    cost = 12 * one(demo_file, f"SELECT sum(monthly_rent) FROM agreement WHERE {live}")
    held = one(demo_file, f"SELECT count(*) FROM agreement WHERE {live} AND "
                          "holding_unit_code = 'boligbygg'")
    alna = one(demo_file, f"SELECT count(*) FROM agreement WHERE {live} AND "
                          "holding_unit_code = '030112'")
    alna_d = one(demo_file, "SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND "
                            "disposing_unit_code = '030112'")
    assert total > held and alna > 0
    assert cell(section, "Boligbygg Oslo KF", "agreements") == f"{n(held)} → {n(total)}"
    assert cell(section, "Boligbygg Oslo KF", "lease_cost_year").endswith(f"→ {n(cost)}")
    assert cell(section, "Bydel Alna", "agreements") == f"{n(alna)} → 0"
    assert cell(section, "Bydel Alna", "dwellings") == n(alna_d)  # unchanged: one number
    assert section.table.rowCount() == len(section.result.units)
    # a chart per changed figure: the agreements and their cost
    assert [c.property("figure") for c in section.charts] == ["agreements", "lease_cost_year"]
    assert all(c.renderer().isValid() for c in section.charts)
    assert "til Boligbygg Oslo KF" in section.moved_label.property("text")

    out = tmp_path / "scenario.pdf"
    section.save_pdf(out)
    qtbot.waitUntil(out.exists, timeout=20_000)
    doc = pdfium.PdfDocument(out.read_bytes())
    try:
        text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    text = " ".join(text.replace("\u00a0", " ").split())
    assert "Scenario: Alle innleie- og tilvisningsavtaler til Boligbygg" in text
    assert f"Bydel Alna {n(alna_d)} {n(alna_d)} {n(alna)} 0" in text
    # an existing file is not replaced without the word
    out.write_bytes(b"old")
    from boligreg.ui.sections import scenario as module

    said: list[str] = []
    original = module.show_error
    module.show_error = lambda _p, _t, exc: said.append(str(exc))
    try:
        section.save_pdf(out)
    finally:
        module.show_error = original
    assert out.read_bytes() == b"old" and said and "finnes allerede" in said[0]
    assert state(demo_file) == before


def test_velferdsetaten_preset_and_a_file(qtbot, window, demo_file, tmp_path) -> None:
    section = open_scenario(qtbot, window)
    section.preset.setCurrentIndex(section.preset.findData(PRESET_VELFERDSETATEN))
    assert section.bydel.isVisible()
    section.bydel.setCurrentIndex(section.bydel.findData("030112"))
    section.run_preset()
    qtbot.waitUntil(lambda: section.result is not None, timeout=20_000)
    vel = one(demo_file, "SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND "
                         "disposing_unit_code = 'velferdsetaten'")
    alna = one(demo_file, "SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND "
                          "disposing_unit_code = '030112'")
    assert vel == 16
    assert section.result.name == "Velferdsetatens boliger til Bydel Alna"
    assert cell(section, "Bydel Alna", "dwellings") == f"{n(alna)} → {n(alna + vel)}"
    assert cell(section, "Oslo kommune Velferdsetaten", "dwellings") == f"{n(vel)} → 0"

    # a scenario file: read, computed, its name shown; a bad one is one clear sentence
    spec = tmp_path / "s.json"
    spec.write_text(json.dumps({"name": "Ungbo til Sagene", "effective": "01.01.2027",
                                "transfers": [{"from": "ungbo", "to": "03",
                                               "what": "dwellings"}]}), encoding="utf-8")
    section.open_file(spec)
    qtbot.waitUntil(lambda: section.result.name == "Ungbo til Sagene", timeout=20_000)
    ungbo = one(demo_file, "SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND "
                           "disposing_unit_code = 'ungbo'")
    assert ungbo > 0
    assert cell(section, "Ungbo (Velferdsetaten)", "dwellings") == f"{n(ungbo)} → 0"
    from boligreg.ui.sections import scenario as module

    said: list[str] = []
    original = module.show_error
    module.show_error = lambda _p, _t, exc: said.append(getattr(exc, "nb", str(exc)))
    try:
        bad = tmp_path / "bad.json"
        bad.write_text("{", encoding="utf-8")
        section.open_file(bad)
    finally:
        module.show_error = original
    assert said == ["«bad.json» er ikke gyldig JSON (linje 1)."]
    assert section.result.name == "Ungbo til Sagene"  # the shown result stays


def test_a_change_in_the_register_computes_the_shown_scenario_again(qtbot, demo_file, tmp_path,
                                                                    monkeypatch) -> None:
    """A transfer made meanwhile (here through the service, as the dialog does) and the
    window's data_changed: the Scenario in view is computed again from the new state."""
    import shutil
    from datetime import date

    from boligreg.services.transfers import apply_transfer, preview_transfer

    monkeypatch.setattr(Job, "INLINE", True)
    from boligreg.ui.sections import scenario as module

    said: list[str] = []
    monkeypatch.setattr(module, "show_error", lambda _p, _t, exc: said.append(str(exc)))
    copy = tmp_path / "copy.db"
    shutil.copyfile(demo_file, copy)
    db = open_database(copy)
    w = MainWindow(AppState(db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    try:
        section = open_scenario(qtbot, w)
        section.date_edit.setDate(QDate(2027, 1, 1))
        section.run_preset()  # all agreements to Boligbygg
        qtbot.waitUntil(lambda: section.result is not None, timeout=20_000)
        live = "deleted_at IS NULL AND (end_date IS NULL OR end_date >= '2027-01-01')"
        held = one(copy, f"SELECT count(*) FROM agreement WHERE {live} AND "
                         "holding_unit_code = 'boligbygg'")
        alna = one(copy, f"SELECT count(*) FROM agreement WHERE {live} AND "
                         "holding_unit_code = '030112'")
        total = one(copy, f"SELECT count(*) FROM agreement WHERE {live}")
        assert cell(section, "Boligbygg Oslo KF", "agreements") == f"{n(held)} → {n(total)}"
        one_of_alna = one(copy, f"SELECT id FROM agreement WHERE {live} AND "
                                "holding_unit_code = '030112' ORDER BY id LIMIT 1")
        with db.engine.connect() as conn:
            p = preview_transfer(conn, from_unit="12", to_unit="boligbygg",
                                 what="agreements", effective=date(2027, 1, 1),
                                 reference="2026/1", ids=[one_of_alna])
        apply_transfer(db, p)
        first = section.result
        w.ctx.data_changed.emit()
        qtbot.waitUntil(lambda: section.result is not first, timeout=20_000)
        assert said == []
        assert cell(section, "Boligbygg Oslo KF", "agreements") == f"{n(held + 1)} → {n(total)}"
        assert cell(section, "Bydel Alna", "agreements") == f"{n(alna - 1)} → 0"
    finally:
        w.close()
        db.close()
