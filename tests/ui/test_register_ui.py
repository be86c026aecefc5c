"""The register workspace driven through its real widgets, offscreen.

Search, filters, editing with validation at the field, a stale save resolved in the
conflict dialog, undo, links and Back, the maintenance matrix, and the follow-up list.
Results are checked against the database file with plain sqlite3.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from boligreg.models import (
    Agreement,
    AgreementDwelling,
    Dwelling,
    Finding,
    MaintenanceResponsibility,
    Property,
    Tenancy,
    open_database,
)
from boligreg.services import register as reg
from boligreg.services.register import save_changes
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.sections.overview import FollowUpModel
from boligreg.ui.widgets.conflict import ConflictDialog
from boligreg.ui.widgets.links import HistoryModel, LinkModel
from boligreg.ui.widgets.matrix import PARTIES, MatrixModel
from boligreg.ui.widgets.table import Column, RowSetTableModel
from boligreg.ui.workers import Job

TODAY = date.today()


@pytest.fixture
def sample(empty_db):
    """Three properties, eight dwellings, two agreements, one open high finding."""
    ids: dict[str, str] = {}
    with empty_db.session() as s:
        p1 = Property(district_code="030103", street_address="Sandakerveien 10",
                      postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        p2 = Property(district_code="030112", street_address="Trosterudveien 3",
                      postcode="1051", gnr=140, bnr=5, owner_kind="private",
                      owner_name="Utleie Øst AS", owner_orgnr="985987246")
        p3 = Property(district_code="030101", street_address="Schweigaards gate 5",
                      postcode="0191", gnr=230, bnr=7, owner_kind="housing_coop")
        d = {f"s{i + 1}": Dwelling(property=p1, unit_number=f"H01{i + 1:02d}",
                                   district_code="030103", area_m2=40.0 + 10 * i,
                                   status="vacant" if i == 1 else "occupied",
                                   vacant_since=TODAY - timedelta(days=200) if i == 1 else None,
                                   actual_use="office" if i == 2 else "housing",
                                   wheelchair_accessible=i == 3)
             for i in range(4)}
        d["a1"] = Dwelling(property=p2, unit_number="H0201", district_code="030112",
                           tenure="leased", area_m2=61.5)
        d["a2"] = Dwelling(property=p2, unit_number="H0202", district_code="030112",
                           tenure="leased", area_m2=61.5)
        d["g1"] = Dwelling(property=p3, unit_number="H0301", district_code="030101")
        d["g2"] = Dwelling(property=p3, unit_number="U0101", district_code="030101",
                           tenure="referral")
        s.add_all([p1, p2, p3, *d.values()])
        a1 = Agreement(kind="lease", reference="INN-2021-044", landlord_name="Utleie Øst AS",
                       landlord_orgnr="985987246", district_code="030112",
                       start_date=TODAY - timedelta(days=900),
                       end_date=TODAY + timedelta(days=30))
        a2 = Agreement(kind="referral", reference="TIL-2014-001",
                       landlord_name="Bjørnåsen Syd AS", district_code="030101",
                       start_date=date(2014, 5, 1), end_date=TODAY + timedelta(days=4000))
        s.add_all([a1, a2,
                   AgreementDwelling(agreement=a1, dwelling=d["a1"]),
                   AgreementDwelling(agreement=a1, dwelling=d["a2"]),
                   AgreementDwelling(agreement=a2, dwelling=d["g2"])])
        for scope in ("interior", "exterior", "technical", "outdoor"):
            s.add(MaintenanceResponsibility(property=p1, scope=scope, party="boligbygg"))
        s.add(MaintenanceResponsibility(property=p3, scope="exterior", party="housing_coop"))
        s.add(MaintenanceResponsibility(property=p3, scope="exterior", party="boligbygg"))
        s.add(Tenancy(dwelling=d["s1"], kind="fixed_term", start_date=TODAY - timedelta(400),
                      case_reference="2023/1234"))
        s.flush()
        s.add(Finding(rule="vacant_long", severity="high", entity_type="dwelling",
                      entity_id=d["s2"].id, district_code="030103",
                      label="Sandakerveien 10, H0102", message="Ledig lenge"))
        s.flush()
        ids.update({k: v.id for k, v in d.items()})
        ids.update(p1=p1.id, p2=p2.id, p3=p3.id, agr1=a1.id, agr2=a2.id)
    return empty_db, ids


def sql(path: Path, query: str, *args) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(query, args).fetchall()
    finally:
        con.close()


@pytest.fixture
def window(qtbot, sample, monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)
    db, _ids = sample
    w = MainWindow(AppState(db))
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_section(qtbot, w: MainWindow, key: str):
    section = w.select_section(key)
    assert section is not None
    qtbot.waitUntil(lambda: not getattr(section, "loading", False), timeout=5000)
    return section


def on_modal(fn) -> None:
    """Act on the next modal dialog once its own event loop runs."""
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, poll)
            return
        fn(widget)
    QTimer.singleShot(0, poll)


def click_button(box, label: str) -> None:
    button = next(b for b in box.findChildren(QPushButton) if b.text() == label)
    button.click()


def retype(qtbot, edit: QLineEdit, value: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, value)


def select_unit(qtbot, section, unit: str) -> None:
    model = section.model
    col = next(i for i, c in enumerate(model.columns) if c.field == "unit_number")
    row = next(r for r in range(model.rowCount()) if model.index(r, col).data() == unit)
    rect = section.table.visualRect(model.index(row, col))
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.detail.base["unit_number"] == unit


# --- tables, search, filters -------------------------------------------------------------------


def test_search_as_you_type_narrows_the_table(qtbot, window) -> None:
    section = open_section(qtbot, window, "dwellings")
    assert section.model.shown() == 8
    qtbot.keyClick(section, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert section.filter_panel.search.hasFocus()
    qtbot.keyClicks(section.filter_panel.search, "sandaker")
    qtbot.waitUntil(lambda: section.model.shown() == 4, timeout=2000)
    assert section.filter_panel.count_label.text() == "8 boliger  (viser 4)"
    section.filter_panel.search.clear()
    qtbot.keyClicks(section.filter_panel.search, "985 987 246")  # landlord orgnr, spaced
    qtbot.waitUntil(lambda: section.model.shown() == 2, timeout=2000)
    qtbot.keyClicks(section.filter_panel.search, "x")
    qtbot.waitUntil(lambda: section.model.shown() == 0, timeout=2000)


def test_filter_combination_matches_direct_query(qtbot, window, db_path) -> None:
    section = open_section(qtbot, window, "dwellings")
    panel = section.filter_panel
    tenure = panel.combos["tenure"]
    tenure.setFocus()
    # keyboard through the drop-down as a person would: "Eid" is the first choice
    qtbot.keyClick(tenure, Qt.Key.Key_Down)
    assert tenure.currentData() == "owned"
    panel.set_choice("actual_use", "housing")
    panel.set_choice("status", "occupied")
    expected = sql(db_path, "SELECT count(*) FROM dwelling WHERE deleted_at IS NULL AND "
                   "tenure='owned' AND actual_use='housing' AND status='occupied'")[0][0]
    assert section.model.shown() == expected == 3
    panel.set_choice("wheelchair", "1")
    assert section.model.shown() == 1
    panel.reset_button.click()
    assert section.model.shown() == 8
    panel.set_choice("agreement_kind", "lease")
    panel.set_expiring(30)
    qtbot.waitUntil(lambda: section.model.shown() == 2, timeout=2000)


def test_scope_limits_every_table(qtbot, window) -> None:
    section = open_section(qtbot, window, "dwellings")
    window.scope_combo.setCurrentIndex(window.scope_combo.findData("030103"))
    qtbot.waitUntil(lambda: not section.loading and section.model.total() == 4, timeout=3000)
    assert "Sagene" in section.heading.text()
    agreements = open_section(qtbot, window, "agreements")
    assert agreements.model.total() == 0


def test_sort_every_column_both_ways(qtbot, window) -> None:
    section = open_section(qtbot, window, "dwellings")
    view, model = section.table, section.model
    for col in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            view.sortByColumn(col, order)
            assert model.rowCount() == 8
    area = next(i for i, c in enumerate(model.columns) if c.field == "area_m2")
    view.sortByColumn(area, Qt.SortOrder.DescendingOrder)
    values = [model.rowset.value(n, "area_m2") for n in model.visible]
    assert values[0] == 70.0 and values[-1] is None  # blanks last


def test_column_layout_is_remembered(qtbot, window, sample) -> None:
    section = open_section(qtbot, window, "dwellings")
    postcode = next(i for i, c in enumerate(section.model.columns) if c.field == "postcode")
    section.table._toggle_column(postcode, False)
    section.table.setColumnWidth(1, 333)
    section.table.horizontalHeader().moveSection(0, 3)
    section.table.save_state()
    window.close()
    second = MainWindow(AppState(sample[0]))
    qtbot.addWidget(second)
    table = second.section("dwellings").table
    assert table.isColumnHidden(postcode)
    assert table.columnWidth(1) == 333
    assert table.horizontalHeader().visualIndex(0) == 3


def test_copy_rows_as_tab_separated(qtbot, window) -> None:
    section = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, section, "H0102")
    text = section.table.copy_rows(header=True)
    head, line = text.split("\n")
    assert head.startswith("Bydel\tDisponeres av\tAdresse\tBruksenhet")
    assert line.startswith("Sagene\tSagene\tSandakerveien 10\tH0102")
    assert QApplication.clipboard().text() == text


# --- editing ----------------------------------------------------------------------------------


def test_edit_through_form_updates_database_and_change_log(qtbot, window, sample,
                                                           db_path) -> None:
    _db, ids = sample
    section = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, section, "H0101")
    form = section.detail.form
    retype(qtbot, form.widgets["area_m2"], "44,5")
    assert section.detail.save_button.isEnabled()
    assert section.detail.dirty_label.isVisible()
    qtbot.keyClick(form.widgets["area_m2"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert sql(db_path, "SELECT area_m2, version FROM dwelling WHERE id=?", ids["s1"]) == [
        (44.5, 2)]
    log = sql(db_path, "SELECT field, old_value, new_value, changed_by FROM change_log "
              "WHERE entity_id=? AND action='update'", ids["s1"])
    assert log == [("area_m2", "40.0", "44.5", "test")]
    # the table row was patched and the history tab shows the change in Norwegian
    area = next(i for i, c in enumerate(section.model.columns) if c.field == "area_m2")
    row = section.model.row_of(ids["s1"])
    assert section.model.index(row, area).data() == "44,5"
    history = section.detail.history.entries
    assert (history.index(0, 1).data(), history.index(0, 2).data(),
            history.index(0, 3).data()) == ("test", "Areal (m²)", "40  →  44,5")


def test_invalid_orgnr_is_refused_at_the_field(qtbot, window, sample, db_path) -> None:
    _db, ids = sample
    section = open_section(qtbot, window, "agreements")
    assert section.show_record("agreement", ids["agr1"])
    form = section.detail.form
    retype(qtbot, form.widgets["landlord_orgnr"], "985987247")
    assert form.errors["landlord_orgnr"].isVisible()
    assert form.error_message("landlord_orgnr") == "Organisasjonsnummeret har feil kontrollsiffer"
    assert form.widgets["landlord_orgnr"].property("invalid") is True
    assert not section.detail.save_button.isEnabled()
    assert section.detail.save() is False  # Ctrl+S too: nothing invalid is saved
    assert "rett feltet" in section.detail.banner.text()
    assert sql(db_path, "SELECT landlord_orgnr, version FROM agreement WHERE id=?",
               ids["agr1"]) == [("985987246", 1)]
    retype(qtbot, form.widgets["landlord_orgnr"], "NO 985 987 246 MVA")
    assert not form.errors["landlord_orgnr"].isVisible()


def test_end_before_start_and_postcode_outside_oslo(qtbot, window, sample) -> None:
    _db, ids = sample
    agreements = open_section(qtbot, window, "agreements")
    agreements.show_record("agreement", ids["agr1"])
    retype(qtbot, agreements.detail.form.widgets["end_date"], "01.01.2000")
    assert agreements.detail.form.error_message("end_date") == \
        "Sluttdatoen kan ikke være før startdatoen"
    agreements.detail.discard()
    properties = open_section(qtbot, window, "properties")
    properties.show_record("property", ids["p1"])
    retype(qtbot, properties.detail.form.widgets["postcode"], "1300")
    assert properties.detail.form.error_message("postcode") == "Postnummer 1300 er ikke i Oslo"


def test_stale_save_shows_both_values_and_the_user_chooses(qtbot, window, sample,
                                                         db_path) -> None:
    db, ids = sample
    section = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, section, "H0101")
    form = section.detail.form
    retype(qtbot, form.widgets["area_m2"], "41")
    retype(qtbot, form.widgets["rooms"], "3")
    # Meanwhile a colleague saves the same dwelling from another session.
    other = open_database(db_path, user="kollega")
    try:
        save_changes(other, Dwelling, ids["s1"], expected_version=1,
                     changes={"area_m2": 48.0, "note": "målt på nytt"})
    finally:
        other.close()
    seen: dict[str, object] = {}

    def resolve(dialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        seen["rows"] = {(r.label, r.mine, r.theirs, r.conflict) for r in dialog.rows}
        seen["ok_before"] = dialog.ok.isEnabled()
        dialog.choose("area_m2", "mine")
        dialog.ok.click()

    on_modal(resolve)
    assert section.detail.save() is True
    assert seen["rows"] == {("Areal (m²)", "41", "48", True), ("Antall rom", "3", "–", False)}
    assert seen["ok_before"] is False  # a real conflict must be chosen, never defaulted
    assert sql(db_path, "SELECT area_m2, rooms, note, version FROM dwelling WHERE id=?",
               ids["s1"]) == [(41.0, 3, "målt på nytt", 3)]


def test_stale_save_keeping_theirs_writes_nothing_of_mine(qtbot, window, sample,
                                                         db_path) -> None:
    db, ids = sample
    section = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, section, "H0101")
    retype(qtbot, section.detail.form.widgets["area_m2"], "41")
    save_changes(db, Dwelling, ids["s1"], expected_version=1, changes={"area_m2": 48.0})
    on_modal(lambda dialog: (dialog.choose_all("theirs"), dialog.ok.click()))
    assert section.detail.save() is True
    assert sql(db_path, "SELECT area_m2, version FROM dwelling WHERE id=?", ids["s1"]) == [
        (48.0, 2)]
    assert section.detail.form.raw()["area_m2"] == "48"


def test_cancelled_conflict_keeps_the_edit_in_the_form(qtbot, window, sample, db_path) -> None:
    db, ids = sample
    section = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, section, "H0101")
    retype(qtbot, section.detail.form.widgets["area_m2"], "41")
    save_changes(db, Dwelling, ids["s1"], expected_version=1, changes={"area_m2": 48.0})
    on_modal(lambda dialog: dialog.reject())
    assert section.detail.save() is False
    assert section.detail.form.raw()["area_m2"] == "41"
    assert sql(db_path, "SELECT area_m2 FROM dwelling WHERE id=?", ids["s1"]) == [(48.0,)]


def test_undo_restores_the_old_value_with_a_new_checked_save(qtbot, window, sample,
                                                            db_path) -> None:
    _db, ids = sample
    section = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, section, "H0101")
    status = section.detail.form.widgets["status"]
    status.setCurrentIndex(status.findData("reserved"))
    assert section.detail.save()
    assert sql(db_path, "SELECT status FROM dwelling WHERE id=?", ids["s1"]) == [("reserved",)]
    assert section.undo_button.isEnabled()
    section.undo_button.click()
    assert sql(db_path, "SELECT status, version FROM dwelling WHERE id=?", ids["s1"]) == [
        ("occupied", 3)]
    assert section.detail.form.widgets["status"].currentData() == "occupied"
    assert "Angret" in section.detail.banner.text()
    section.redo()
    assert sql(db_path, "SELECT status, version FROM dwelling WHERE id=?", ids["s1"]) == [
        ("reserved", 4)]
    # every step is in the change log
    assert sql(db_path, "SELECT count(*) FROM change_log WHERE entity_id=? AND field='status'",
               ids["s1"])[0][0] == 3


def test_undo_is_refused_after_someone_else_changed_the_record(qtbot, window, sample,
                                                              db_path, monkeypatch) -> None:
    db, ids = sample
    errors: list[object] = []
    monkeypatch.setattr("boligreg.ui.widgets.detail.show_error",
                        lambda _parent, _title, exc: errors.append(exc))
    section = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, section, "H0101")
    retype(qtbot, section.detail.form.widgets["area_m2"], "41")
    assert section.detail.save()
    save_changes(db, Dwelling, ids["s1"], expected_version=2, changes={"area_m2": 50.0})
    section.undo()
    assert len(errors) == 1
    assert sql(db_path, "SELECT area_m2 FROM dwelling WHERE id=?", ids["s1"]) == [(50.0,)]
    assert section.stack.index() == 1  # the edit is still the one to undo


def test_create_delete_with_confirmation_and_undo(qtbot, window, sample, db_path,
                                                  monkeypatch) -> None:
    section = open_section(qtbot, window, "properties")
    qtbot.keyClick(section.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert section.detail.mode == "new"
    form = section.detail.form
    qtbot.keyClicks(form.widgets["street_address"], "Vogts gate 64")
    qtbot.keyClicks(form.widgets["postcode"], "0477")
    form.widgets["district_code"].setCurrentIndex(form.widgets["district_code"].findData(
        "030103"))
    form.widgets["owner_kind"].setCurrentIndex(form.widgets["owner_kind"].findData(
        "boligbygg"))
    assert section.detail.save()
    new_id = section.detail.entity_id
    assert sql(db_path, "SELECT street_address, postcode, fnr FROM property WHERE id=?",
               new_id) == [("Vogts gate 64", "0477", 0)]
    assert section.model.row_of(new_id) >= 0
    asked: list[str] = []
    monkeypatch.setattr("boligreg.ui.widgets.detail.confirm",
                        lambda _p, title, text, yes="Ja": asked.append(text) or True)
    section.table.setFocus()
    section.table.select_id(new_id)
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert asked and "Vogts gate 64" in asked[0]
    assert sql(db_path, "SELECT deleted_at IS NOT NULL FROM property WHERE id=?", new_id) == [
        (1,)]
    assert section.model.row_of(new_id) == -1
    section.undo()
    assert sql(db_path, "SELECT deleted_at FROM property WHERE id=?", new_id) == [(None,)]
    assert section.model.row_of(new_id) >= 0


def test_property_with_dwellings_is_not_deleted(qtbot, window, sample, db_path,
                                                monkeypatch) -> None:
    _db, ids = sample
    errors: list[object] = []
    monkeypatch.setattr("boligreg.ui.widgets.detail.show_error",
                        lambda _p, _t, exc: errors.append(exc))
    section = open_section(qtbot, window, "properties")
    section.show_record("property", ids["p1"])
    assert section.detail.delete() is False
    assert "4 registrerte boliger" in str(errors[0])
    assert sql(db_path, "SELECT deleted_at FROM property WHERE id=?", ids["p1"]) == [(None,)]


def test_unsaved_edit_is_not_dropped_when_moving_on(qtbot, window, sample) -> None:
    section = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, section, "H0101")
    retype(qtbot, section.detail.form.widgets["area_m2"], "41")
    on_modal(lambda box: click_button(box, "Avbryt"))
    model = section.model
    col = next(i for i, c in enumerate(model.columns) if c.field == "unit_number")
    other = next(r for r in range(model.rowCount()) if model.index(r, col).data() == "H0104")
    rect = section.table.visualRect(model.index(other, col))
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.detail.base["unit_number"] == "H0101"
    assert section.detail.form.raw()["area_m2"] == "41"
    assert section.table.current_id() == section.detail.entity_id


# --- links and Back ----------------------------------------------------------------------------


def _activate_link(qtbot, links, entity_type: str) -> None:
    row = next(r for r, lk in enumerate(links.links.items) if lk.entity_type == entity_type)
    links.setFocus()
    links.setCurrentIndex(links.links.index(row, 1))
    qtbot.keyClick(links, Qt.Key.Key_Return)


def test_links_follow_and_back_returns(qtbot, window, sample) -> None:
    _db, ids = sample
    dwellings = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, dwellings, "H0201")
    assert not window.back_action.isEnabled()
    _activate_link(qtbot, dwellings.detail.links, "agreement")
    assert window.current_section().key == "agreements"
    agreements = window.current_section()
    assert agreements.detail.entity_id == ids["agr1"]
    assert {lk.entity_id for lk in agreements.detail.links.links.items
            if lk.entity_type == "dwelling"} == {ids["a1"], ids["a2"]}
    # agreement → landlord: the landlord's agreements by organisasjonsnummer
    _activate_link(qtbot, agreements.detail.links, "landlord")
    assert agreements.filter_panel.search_query() == "985987246"
    qtbot.waitUntil(lambda: not agreements.loading, timeout=3000)
    assert agreements.model.shown() == 1
    # agreement → dwelling (the other one)
    agreements.detail.links.setFocus()
    row = next(r for r, lk in enumerate(agreements.detail.links.links.items)
               if lk.entity_id == ids["a2"])
    agreements.detail.links.setCurrentIndex(agreements.detail.links.links.index(row, 1))
    qtbot.keyClick(agreements.detail.links, Qt.Key.Key_Enter)
    assert window.current_section().key == "dwellings"
    assert dwellings.detail.entity_id == ids["a2"]
    # dwelling → property → its dwellings
    _activate_link(qtbot, dwellings.detail.links, "property")
    properties = window.current_section()
    assert properties.key == "properties" and properties.detail.entity_id == ids["p2"]
    # Back, Back, Back: property → dwelling a2 → agreement → dwelling a1
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_section().key == "dwellings"
    assert dwellings.detail.entity_id == ids["a2"]
    window.back_action.trigger()
    assert window.current_section().key == "agreements"
    assert agreements.detail.entity_id == ids["agr1"]
    window.back_action.trigger()
    assert window.current_section().key == "dwellings"
    assert dwellings.detail.entity_id == ids["a1"]
    assert not window.back_action.isEnabled()


def test_dwelling_links_to_maintenance_and_tenancies(qtbot, window, sample) -> None:
    _db, ids = sample
    dwellings = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, dwellings, "H0101")
    assert dwellings.detail.tenancies.links.items[0].detail == "sak 2023/1234"
    _activate_link(qtbot, dwellings.detail.links, "maintenance")
    maintenance = window.current_section()
    assert maintenance.key == "maintenance"
    assert maintenance.matrix.property_id == ids["p1"]
    assert maintenance.target == ids["s1"]
    window.go_back()
    assert window.current_section().key == "dwellings"


# --- maintenance matrix -------------------------------------------------------------------------


def _live(db_path: Path, property_id: str) -> list[tuple]:
    return sql(db_path, "SELECT scope, party FROM maintenance_responsibility WHERE "
               "property_id=? AND deleted_at IS NULL ORDER BY scope, party", property_id)


def test_matrix_shows_gaps_and_doubles_and_applies_the_usual_split(qtbot, window, sample,
                                                                  db_path, monkeypatch) -> None:
    _db, ids = sample
    monkeypatch.setattr("boligreg.ui.sections.maintenance.confirm",
                        lambda *_a, **_k: True)
    section = open_section(qtbot, window, "maintenance")
    assert section.show_record("maintenance", ids["p3"])
    model = section.view.matrix_model
    status_row = len(PARTIES)
    assessments = [model.index(status_row, c).data() for c in range(4)]
    assert assessments == ["Mangler", "Dobbelt", "Mangler", "Mangler"]
    section.split_button.click()
    assert _live(db_path, ids["p3"]) == [
        ("exterior", "housing_coop"), ("interior", "boligbygg"),
        ("outdoor", "housing_coop"), ("technical", "housing_coop")]
    # the referral dwelling gets its own interior: the landlord
    assert sql(db_path, "SELECT scope, party FROM maintenance_responsibility WHERE "
               "dwelling_id=? AND deleted_at IS NULL", ids["g2"]) == [("interior", "landlord")]
    assert [model.index(status_row, c).data() for c in range(4)] == ["OK"] * 4
    assert not section.split_button.isEnabled()
    # the table row shows the new coverage
    row = section.model.row_of(ids["p3"])
    cov = next(i for i, c in enumerate(section.model.columns) if c.field == "coverage")
    assert section.model.index(row, cov).data() == "Komplett"
    # adjust: click Leietaker × Uteområder, then undo, then undo the split
    view = section.view
    tenant_row = PARTIES.index("tenant")
    rect = view.visualRect(model.index(tenant_row, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ("outdoor", "tenant") in _live(db_path, ids["p3"])
    assert ("outdoor", "housing_coop") not in _live(db_path, ids["p3"])
    section.undo_button.click()
    assert ("outdoor", "housing_coop") in _live(db_path, ids["p3"])
    section.undo()
    assert _live(db_path, ids["p3"]) == [("exterior", "boligbygg"),
                                         ("exterior", "housing_coop")]


def test_matrix_change_refused_when_someone_else_changed_it(qtbot, window, sample, db_path,
                                                           monkeypatch) -> None:
    db, ids = sample
    errors: list[object] = []
    monkeypatch.setattr("boligreg.ui.sections.maintenance.show_error",
                        lambda _p, _t, exc: errors.append(exc))
    section = open_section(qtbot, window, "maintenance")
    section.show_record("maintenance", ids["p1"])
    with db.engine.connect() as conn:
        matrix = reg.maintenance_matrix(conn, ids["p1"])
    reg.set_assignments(db, ids["p1"], {None: set()}, reg.matrix_expected(matrix, [None]))
    section.toggle("exterior", "district", False)
    assert errors and _live(db_path, ids["p1"]) == []


# --- Oversikt --------------------------------------------------------------------------------


def test_follow_up_lines_open_their_records(qtbot, window, sample) -> None:
    _db, ids = sample
    overview = window.current_section()
    assert overview.key == "overview"
    model: FollowUpModel = overview.follow_model
    expiring = model.index(0, 0)
    assert model.rowCount(expiring) == 1
    line = model.index(0, 1, expiring)
    assert line.data() == "INN-2021-044 – Utleie Øst AS"
    view = overview.follow_view
    view.setFocus()
    view.setCurrentIndex(line)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_section().key == "agreements"
    assert window.current_section().detail.entity_id == ids["agr1"]
    window.go_back()
    findings = model.index(2, 0)
    finding = model.index(0, 1, findings)
    overview.follow_view.activated.emit(finding)
    assert window.current_section().key == "dwellings"
    assert window.current_section().detail.entity_id == ids["s2"]


# --- models under qtmodeltester ---------------------------------------------------------------


def test_models_pass_qtmodeltester(qtmodeltester, sample) -> None:
    db, ids = sample
    from boligreg.ui.sections.dwellings import DwellingsSection

    with db.engine.connect() as conn:
        rows = reg.load_dwellings(conn)
        detail = reg.dwelling_detail(conn, ids["a1"])
        history = reg.history(conn, "dwelling", ids["a1"])
        matrix = reg.maintenance_matrix(conn, ids["p3"])
        follow = reg.follow_up(conn)
    table = RowSetTableModel(DwellingsSection.columns)
    table.set_rowset(rows)
    table.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(table)
    links = LinkModel()
    links.set_items(detail.links)
    qtmodeltester.check(links)
    hist = HistoryModel()
    hist.set_items(history)
    qtmodeltester.check(hist)
    mm = MatrixModel()
    mm.set_matrix(matrix, ids["g2"])
    qtmodeltester.check(mm)
    fu = FollowUpModel()
    fu.set_follow_up(follow)
    qtmodeltester.check(fu)


def test_table_model_filters_without_losing_the_header(qtbot, tmp_path) -> None:
    rowset = reg.RowSet(("id", "name", "n"), [(str(i), f"navn {i}", i) for i in range(50)],
                        ("name",))
    model = RowSetTableModel([Column("name", "Navn"), Column("n", "N", kind="int")])
    model.set_rowset(rowset)
    # Every word in the row, a number at the start of a word: 4 and 40–49, not 14 or 34.
    model.set_filter(reg.RowFilter(search="navn 4"))
    assert model.shown() == 11 and model.total() == 50
    assert model.headerData(1, Qt.Orientation.Horizontal) == "N"


def test_message_boxes_are_norwegian(qtbot, window, sample, monkeypatch) -> None:
    section = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, section, "H0101")
    retype(qtbot, section.detail.form.widgets["area_m2"], "41")
    labels: list[str] = []

    def look(box) -> None:
        assert isinstance(box, QMessageBox)
        labels.extend(b.text() for b in box.findChildren(QPushButton))
        click_button(box, "Forkast")

    on_modal(look)
    section.new_record()
    assert {"Lagre", "Forkast", "Avbryt"} <= set(labels)
    assert section.detail.mode == "new"


def test_keyboard_habits(qtbot, window, sample, db_path, monkeypatch) -> None:
    _db, ids = sample
    asked: list[str] = []
    monkeypatch.setattr("boligreg.ui.widgets.detail.confirm",
                        lambda *_a, **_k: asked.append("asked") or False)
    section = open_section(qtbot, window, "dwellings")
    select_unit(qtbot, section, "H0102")
    area = section.detail.form.widgets["area_m2"]
    retype(qtbot, area, "99")
    # Delete inside a field edits the text; it never deletes the record
    qtbot.keyClick(area, Qt.Key.Key_Delete)
    assert asked == []
    # Esc in the form throws the edit away
    qtbot.keyClick(area, Qt.Key.Key_Escape)
    assert section.detail.form.raw()["area_m2"] == "50"
    assert not section.detail.dirty()
    # Delete in the table asks first (and "Avbryt" keeps the record)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert asked == ["asked"]
    assert sql(db_path, "SELECT deleted_at FROM dwelling WHERE id=?", ids["s2"]) == [(None,)]
    # Ctrl+N starts a new dwelling in the same building
    qtbot.keyClick(section.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert section.detail.mode == "new"
    raw = section.detail.form.raw()
    assert raw["property_id"] == ids["p1"] and raw["district_code"] == "030103"
    qtbot.keyClicks(section.detail.form.widgets["unit_number"], "h0201")
    qtbot.keyClick(section.detail.form.widgets["unit_number"], Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert sql(db_path, "SELECT count(*) FROM dwelling WHERE property_id=? AND "
               "unit_number='H0201'", ids["p1"]) == [(1,)]
    assert section.model.total() == 9
