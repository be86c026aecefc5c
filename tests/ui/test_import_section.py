"""The import wizard, driven through its real widgets offscreen (jobs run inline)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from boligreg.ui.context import AppState
from boligreg.ui.export_dialog import ExportDialog
from boligreg.ui.sections.import_section import ImportSection
from boligreg.ui.workers import Job

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
SAGENE = FIXTURES / "sagene_boliger.xlsx"


@pytest.fixture(autouse=True)
def inline_jobs(monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)


@pytest.fixture
def section(qtbot, empty_db) -> ImportSection:
    w = ImportSection(AppState(empty_db))
    qtbot.addWidget(w)
    w.resize(1100, 760)
    w.show()
    qtbot.waitExposed(w)
    return w


def count(db_path: Path, sql: str) -> int:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def drain() -> None:
    """Deliver the job's queued result signals (jobs run inline, results come queued)."""
    for _ in range(3):
        QApplication.processEvents()


def click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    drain()


def test_whole_wizard_with_errors_then_skip(qtbot, section, db_path, tmp_path) -> None:
    w = section
    assert w.step == 0 and not w.next_button.isEnabled()
    w.open_file(SAGENE)  # what "Velg fil …" does after the file dialog
    drain()
    assert "sagene_boliger.xlsx" in w.file_label.property("text")
    assert "overskriften på rad 3" in w.file_info.property("text")
    click(qtbot, w.next_button)
    assert w.step == 1
    assert [w.sheet_list.item(i).data(Qt.ItemDataRole.DisplayRole)
            for i in range(w.sheet_list.count())] == ["Boliger", "Notater"]
    # the preview's row headers are the spreadsheet's row numbers
    assert w.sheet_model.headerData(0, Qt.Orientation.Vertical) == "4"
    click(qtbot, w.next_button)
    assert w.step == 2
    # the tenant column is refused and its combo is locked
    tenant = next(i for i, m in enumerate(w.matches) if m.header == "Leietaker")
    assert w.matches[tenant].personal and not w.combos[tenant].isEnabled()
    combo = w.mapping_view.indexWidget(w.mapping_model.index(1, 3))
    assert combo is w.combos[1] and combo.currentData() == "street_address"
    click(qtbot, w.next_button)  # "Kontroller alle rader"
    assert w.step == 3
    assert w.cards["errors"].property("text") == "2"
    assert [(p.row, p.column) for p in w.problem_model.problems] == [(11, "C"), (14, "L")]
    assert not w.next_button.isEnabled()  # errors: nothing can be written
    # clicking the second error shows its row and cell in the file below
    index = w.problem_model.index(1, 3)
    rect = w.problem_view.visualRect(index)
    qtbot.mouseClick(w.problem_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    current = w.data_view.currentIndex()
    assert w.data_model.headerData(current.row(), Qt.Orientation.Vertical) == "14"
    assert w.data_model.headers[current.column()] == "Ledig fra"
    assert count(db_path, "SELECT count(*) FROM dwelling") == 0
    w.skip_invalid.setChecked(True)
    click(qtbot, w.next_button)
    assert w.step == 4 and "2 rader med feil hoppes over" in w.write_summary.property("text")
    changed = []
    w.ctx.data_changed.connect(lambda: changed.append(1))
    click(qtbot, w.write_button)
    assert w.result is not None and w.result.written
    assert "Lagret. 10 nye boliger" in w.write_result.property("text")
    assert changed == [1]
    assert count(db_path, "SELECT count(*) FROM dwelling") == 10
    click(qtbot, w.new_button)
    assert w.step == 0 and w.table is None


def test_changing_a_match_and_saving_the_mapping(qtbot, section, tmp_path) -> None:
    w = section
    w.open_file(SAGENE)
    drain()
    w._show_step(2)
    note_row = next(i for i, m in enumerate(w.matches) if m.header == "Merknad")
    assert w.matches[note_row].field == "note"
    w.combos[note_row].setCurrentIndex(w.combos[note_row].findData(""))  # don't import
    assert w.matches[note_row].field is None
    # moving "Adresse" to another column frees the first one
    w.combos[note_row].setCurrentIndex(w.combos[note_row].findData("street_address"))
    assert w.matches[1].field is None and w.combos[1].currentData() == ""
    w.combos[1].setCurrentIndex(w.combos[1].findData("street_address"))
    w.combos[note_row].setCurrentIndex(w.combos[note_row].findData(""))
    target = tmp_path / "kobling.json"
    w.save_mapping_to(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["columns"]["Adresse"] == "street_address"
    assert data["columns"]["Merknad"] == ""
    assert "Leietaker" not in data["columns"]
    # the saved mapping is used when the file is read again
    w.restart()
    w.use_mapping(target)
    drain()
    w.open_file(SAGENE)
    drain()
    row = next(i for i, m in enumerate(w.matches) if m.header == "Merknad")
    assert w.matches[row].field is None and w.matches[row].how == "ignored"


def test_missing_required_column_blocks_the_write(qtbot, section) -> None:
    w = section
    w.open_file(SAGENE)
    drain()
    w._show_step(2)
    postnr = next(i for i, m in enumerate(w.matches) if m.header == "Postnr")
    w.combos[postnr].setCurrentIndex(0)  # "– ikke importer –"
    click(qtbot, w.next_button)
    assert w.step == 3
    assert "Postnummer" in w.check_banner.property("text")
    assert not w.next_button.isEnabled()
    w.skip_invalid.setChecked(True)  # skipping rows cannot help a missing column
    assert not w.next_button.isEnabled()


def test_broken_file_gives_one_message(qtbot, section, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("boligreg.ui.sections.import_section.show_error",
                        lambda _parent, title, exc: shown.append((title, str(exc))))
    empty = tmp_path / "tom.xlsx"
    empty.write_bytes(b"")
    section.open_file(empty)
    drain()
    assert len(shown) == 1 and "tom" in shown[0][1]
    assert "filen er tom" in section.file_info.property("text")
    assert not section.next_button.isEnabled()
    section.open_file(FIXTURES / "passordbeskyttet.xlsx")
    drain()
    assert "passordbeskyttet" in shown[-1][1]


def test_district_choice_fills_and_limits(qtbot, section, db_path) -> None:
    w = section
    w.district_combo.setCurrentIndex(w.district_combo.findData("030112"))  # Alna
    w.open_file(SAGENE)
    drain()
    w.check()
    drain()
    assert w.step == 3
    assert any("importen er for bydel 12" in p.message for p in w.report.problems)


def test_cancel_leaves_the_database_untouched(qtbot, section, db_path, monkeypatch) -> None:
    w = section
    w.open_file(SAGENE)
    drain()
    w.skip_invalid.setChecked(True)
    w.check()
    drain()
    w._show_step(4)
    real_start = Job.start

    def start_cancelled(self):
        self.cancel()  # the user pressed Avbryt before the first row was written
        return real_start(self)

    monkeypatch.setattr(Job, "start", start_cancelled)
    click(qtbot, w.write_button)
    assert w.result is None
    assert count(db_path, "SELECT count(*) FROM dwelling") == 0
    assert w.write_button.isEnabled()


def test_export_dialog_writes_the_file(qtbot, section, tmp_path) -> None:
    from boligreg.services.importer import ImportOptions, import_file

    import_file(section.ctx.db, SAGENE, options=ImportOptions(skip_invalid=True))
    dialog = section.open_export_dialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ExportDialog)
    dialog.what.setCurrentIndex(dialog.what.findData("agreements"))
    dialog.export_to(tmp_path / "avtaler.xlsx")
    drain()
    assert dialog.rows_written == 4 and (tmp_path / "avtaler.xlsx").exists()
    dialog.format.setCurrentIndex(dialog.format.findData("kobo"))
    assert dialog.what.currentData() == "dwellings" and not dialog.what.isEnabled()
    dialog.export_to(tmp_path / "kobo.txt")
    drain()
    assert dialog.done_path == tmp_path / "kobo.csv" and dialog.rows_written == 10


def test_menu_gets_an_export_action(qtbot, empty_db) -> None:
    from boligreg.ui.main_window import MainWindow

    window = MainWindow(AppState(empty_db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(10)
    labels = [a.property("text") for a in window.file_menu.actions()]
    assert labels.count("&Eksporter …") == 1
    assert window.select_section("import") is not None


def test_import_models_pass_the_model_tester(qtmodeltester, tmp_path) -> None:
    """The mapping and problem tables (on the shared ListTableModel) are sound Qt models."""
    from boligreg.services.importer import prepare
    from boligreg.services.importer.rows import RowProblem
    from boligreg.ui.sections.import_section import MappingTableModel, ProblemTableModel

    path = tmp_path / "b.csv"
    path.write_text("Bydel;Adresse;Postnr\nSagene;Sandakerveien 10;0473\n", encoding="utf-8")
    table, matches = prepare(path)
    mapping = MappingTableModel()
    mapping.set_matches(table, matches)
    assert mapping.rowCount() == 3 and mapping.index(1, 1).data() == "Adresse"
    qtmodeltester.check(mapping)
    problems = ProblemTableModel()
    problems.set_problems([RowProblem(row=2, column="C", header="Postnr", value="9999",
                                      message="Postnummer 9999 er ikke i Oslo")])
    assert problems.index(0, 1).data() == "C «Postnr»"
    qtmodeltester.check(problems)


def test_export_with_import_field_names_reads_back(qtbot, section, tmp_path) -> None:
    """«Kolonnenavn som importen bruker»: the dwellings' headers are the field names, and the
    file imports again without a mapping; the box is off for exports without an import."""
    from openpyxl import load_workbook

    from boligreg.services.importer import ImportOptions, import_file

    import_file(section.ctx.db, SAGENE, options=ImportOptions(skip_invalid=True))
    dialog = section.open_export_dialog()
    qtbot.addWidget(dialog)
    dialog.what.setCurrentIndex(dialog.what.findData("agreements"))
    assert not dialog.field_names.isEnabled()
    dialog.what.setCurrentIndex(dialog.what.findData("dwellings"))
    assert dialog.field_names.isEnabled() and not dialog.field_names.isChecked()
    labelled, named = tmp_path / "boliger.xlsx", tmp_path / "felt.xlsx"
    dialog.export_to(labelled)
    drain()
    dialog.field_names.setChecked(True)
    dialog.export_to(named)
    drain()
    heads_labelled = [c.value for c in next(load_workbook(labelled).active.iter_rows())]
    heads_named = [c.value for c in next(load_workbook(named).active.iter_rows())]
    assert "Adresse" in heads_labelled and "street_address" not in heads_labelled
    assert "street_address" in heads_named and "Adresse" not in heads_named
    assert len(heads_named) == len(heads_labelled)
    from boligreg.services.importer import prepare

    _table, matches = prepare(named)
    assert [(m.header, m.field) for m in matches] == [(h, h) for h in heads_named]
