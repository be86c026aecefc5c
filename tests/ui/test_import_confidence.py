"""The wizard's mapping step shows each column's confidence and reason, unmatched columns
with what they looked like; rows that are not data are greyed in the preview and reported as
skipped, not as errors (issue 15)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from boligreg.ui.context import AppState
from boligreg.ui.sections.import_section import ImportSection, MappingTableModel
from boligreg.ui.workers import Job

SHEET = (
    "Boliger i Bydel Sagene\n"
    "Bolig;;;;Avtale;;\n"
    "Adresse;Postnr;Leilighetsnumer;UU;Kontrakt;Start kontrakt;Objektnr\n"
    "Sandakerveien 12;0473;H0101;ja;;;BB-1\n"
    "Sandakerveien 12;0473;H0102;nei;;;BB-2\n"
    "Sum bygg Sandakerveien 12;;;;;;\n"
    "Vogts gate 40;0474;H0301;ja;;;BB-3\n"
    "Totalt;;;;;;\n"
)


@pytest.fixture(autouse=True)
def inline_jobs(monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)


def drain() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_mapping_step_shows_confidence_reasons_and_skipped_rows(qtbot, empty_db, db_path,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "sagene.csv"
    path.write_text(SHEET, encoding="utf-8")
    w = ImportSection(AppState(empty_db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.district_combo.setCurrentIndex(w.district_combo.findData("030103"))
    w.open_file(path)
    drain()
    assert "rad" in w.file_info.property("text") and "hoppes over" in w.file_info.property("text")
    model = w.mapping_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(model.columnCount())]
    assert headers[MappingTableModel.CONFIDENCE_COLUMN] == "Sikkerhet"
    assert headers[MappingTableModel.REASON_COLUMN] == "Begrunnelse"

    def cell(row: int, col: int) -> str:
        return model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)

    by_header = {cell(r, 1): r for r in range(model.rowCount())}
    address = by_header["Adresse"]
    assert cell(address, 5) == "høy (100 %)" and cell(address, 6) == "kjent overskrift"
    typo = by_header["Leilighetsnumer"]
    assert w.matches[typo].field == "unit_number" and cell(typo, 4).startswith("gjetning")
    assert "ligner «leilighetsnummer»" in cell(typo, 6)
    unmatched = by_header["Objektnr"]
    assert cell(unmatched, 5) == "–" and "«BB-1»" in cell(unmatched, 6)
    # the preview greys the sum row (row 6 of the sheet) and says why
    sheet = w.preview_model
    sum_row = next(i for i in range(sheet.rowCount())
                   if sheet.headerData(i, Qt.Orientation.Vertical) == "6")
    tip = sheet.data(sheet.index(sum_row, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Hoppes over: sumrad")
    # check: the three dwellings are fine; the sums and the title rows are skipped, not errors
    w._show_step(2)
    w.go_next()
    drain()
    assert w.report is not None and w.report.ok, [p.as_line() for p in w.report.all_problems]
    assert w.report.rows_total == 3
    banner = w.check_banner.property("text")
    assert "Hoppet over 4 rader som ikke er data" in banner
    assert "Rad 6: sumrad" in banner and "Rad 8: sumrad" in banner
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT count(*) FROM dwelling").fetchone()[0] == 0  # only checked
    con.close()
