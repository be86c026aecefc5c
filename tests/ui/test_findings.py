"""Avvik section: grouped counts, filters, jump to the record, bulk status, audit runs."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QModelIndex, Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_audit_rules import TODAY, World, build_every_rule  # noqa: E402

from boligreg.errors import CancelledError  # noqa: E402
from boligreg.models import ChangeLog, Finding  # noqa: E402
from boligreg.reports.audit_report import SEVERITY_TINTS  # noqa: E402
from boligreg.services.audit import list_findings, run_audit  # noqa: E402
from boligreg.ui.context import AppState  # noqa: E402
from boligreg.ui.sections import findings as findings_module  # noqa: E402
from boligreg.ui.sections.findings import (  # noqa: E402
    FindingsSection,
    FindingsTableModel,
    StatusDialog,
)
from boligreg.ui.workers import Job  # noqa: E402


@pytest.fixture
def inline_jobs(monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)


@pytest.fixture
def world(empty_db) -> World:
    w = World(empty_db)
    build_every_rule(w)
    run_audit(empty_db, today=TODAY, user="revisor")
    return w


@pytest.fixture
def section(qtbot, world, inline_jobs) -> FindingsSection:
    sec = FindingsSection(AppState(world.db))
    qtbot.addWidget(sec)
    sec.resize(1300, 800)
    sec.show()
    qtbot.waitExposed(sec)
    return sec


def live_findings(db) -> list:
    with db.engine.connect() as conn:
        return list_findings(conn)


def test_models_pass_the_model_tester(qtmodeltester, section) -> None:
    qtmodeltester.check(section.model)
    qtmodeltester.check(section.groups_model)


def test_lists_the_open_findings_with_grouped_counts(section, world) -> None:
    expected = live_findings(world.db)
    assert section.model.rowCount() == len(expected) > 0
    assert {section.model.row(r).id for r in range(section.model.rowCount())} == {
        f.id for f in expected}
    groups = section.groups_model
    everything = groups.group(groups.index(0, 0))
    assert everything.title == "Alle avvik" and everything.count == len(expected)
    per_rule = {g.rule: g.count for g in groups.top[1:]}
    assert per_rule == {rule: sum(1 for f in expected if f.rule == rule)
                        for rule in {f.rule for f in expected}}
    for g in groups.top[1:]:  # the bydel rows under a rule add up to it
        assert sum(c.count for c in g.children) == g.count
    assert "Siste kontroll" in section.subheading.property("text")


def test_severity_colour_and_sorting(section) -> None:
    model = section.model
    model.sort(0, Qt.SortOrder.AscendingOrder)
    first = model.row(0)
    assert first.severity == "high"
    brush = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == SEVERITY_TINTS["high"].lower()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row(0).severity == "low"


def test_group_severity_and_search_filters(section) -> None:
    section.set_group("MISUSE")
    assert section.model.rowCount() >= 1
    assert {section.model.row(r).rule for r in range(section.model.rowCount())} == {"MISUSE"}
    assert section.groups_model.group(section.groups.currentIndex()).rule == "MISUSE"
    section.set_group(None)
    section.severity_combo.setCurrentIndex(1)  # Høy
    assert {section.model.row(r).severity for r in range(section.model.rowCount())} == {"high"}
    section.severity_combo.setCurrentIndex(0)
    section.search.setText("lager")
    section.apply_filters()
    rows = [section.model.row(r) for r in range(section.model.rowCount())]
    assert rows and all("lager" in (r.label + r.message).lower() for r in rows)
    assert section.groups_model.top[0].count == len(rows)  # counts follow the filters
    assert section.count_label.property("text").endswith("avvik")


def test_clicking_a_bydel_group_filters_rule_and_bydel(section) -> None:
    groups = section.groups_model
    rule_row = next(i for i, g in enumerate(groups.top) if g.rule == "DWELLING_WITHOUT_AGREEMENT")
    parent = groups.index(rule_row, 0)
    child = groups.index(0, 0, parent)
    section.groups.setCurrentIndex(child)
    g = groups.group(child) if child.isValid() else None
    assert g is not None and g.district is not None
    rows = [section.model.row(r) for r in range(section.model.rowCount())]
    assert rows and {(r.rule, r.district_code) for r in rows} == {(g.rule, g.district)}


def test_double_click_asks_the_shell_for_the_record(qtbot, section) -> None:
    model = section.model
    row = next(r for r in range(model.rowCount()) if model.row(r).rule == "MISUSE")
    with qtbot.waitSignal(section.ctx.open_record) as blocker:
        section.table.doubleClicked.emit(model.index(row, 4))
    assert blocker.args == ["dwelling", model.row(row).entity_id]
    # A tenancy is shown in its dwelling.
    row = next(r for r in range(model.rowCount()) if model.row(r).rule == "TENANCY_INDEFINITE")
    with qtbot.waitSignal(section.ctx.open_record) as blocker:
        section.open_record_at(row)
    assert blocker.args[0] == "dwelling" and blocker.args[1] != model.row(row).entity_id


def test_jump_lands_in_the_section_that_shows_the_record(qtbot, world) -> None:
    from boligreg.ui.main_window import MainWindow

    window = MainWindow(AppState(world.db))
    qtbot.addWidget(window)
    window.show()
    if not any("dwelling" in s.handles for s in window.sections):
        pytest.skip("no section in this window shows dwellings yet")
    sec = FindingsSection(window.ctx)
    qtbot.addWidget(sec)
    sec.refresh()
    row = next(r for r in range(sec.model.rowCount()) if sec.model.row(r).rule == "MISUSE")
    sec.open_record_at(row)
    assert "dwelling" in window.current_section().handles


def test_bulk_status_change_with_comment_is_logged(qtbot, section, world) -> None:
    section.set_group("INSPECTION_OVERDUE")
    n = section.model.rowCount()
    section.set_group(None)
    section.select_rows(list(range(3)))
    chosen = section.selected()
    assert len(chosen) == 3 and section.status_buttons["in_progress"].isEnabled()
    with qtbot.waitSignal(section.status_changed) as blocker:
        section.change_status([r.id for r in chosen], "in_progress", comment="Tatt opp",
                              versions={r.id: r.version for r in chosen})
    assert blocker.args == [3]
    qtbot.waitUntil(lambda: all(
        section.model.row(section.model.row_of(r.id)).status == "in_progress" for r in chosen))
    with world.db.engine.connect() as conn:
        logged = conn.execute(sa.select(sa.func.count()).select_from(ChangeLog).where(
            ChangeLog.entity_id.in_([r.id for r in chosen]), ChangeLog.field == "status",
            ChangeLog.new_value == '"in_progress"')).scalar_one()
        notes = set(conn.execute(sa.select(Finding.status_note).where(
            Finding.id.in_([r.id for r in chosen]))).scalars())
    assert logged == 3 and notes == {"Tatt opp"}
    section.set_group("INSPECTION_OVERDUE")
    assert section.model.rowCount() == n  # nothing else moved


def test_accepting_needs_a_justification(qtbot, section) -> None:
    dialog = StatusDialog("accepted", 2, section)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.justification.setPlainText("Vedtak i bydelsutvalget")
    assert dialog.ok.isEnabled()
    dialog.comment.setPlainText("ok")
    assert dialog.values() == ("ok", "Vedtak i bydelsutvalget")
    plain = StatusDialog("resolved", 1, section)
    qtbot.addWidget(plain)
    assert plain.ok.isEnabled() and plain.justification is None


def test_accepted_findings_leave_the_open_list(qtbot, section) -> None:
    before = section.model.rowCount()
    section.select_rows([0])
    (chosen,) = section.selected()
    with qtbot.waitSignal(section.status_changed):
        section.change_status([chosen.id], "accepted", justification="Avklart med Boligbygg")
    qtbot.waitUntil(lambda: section.model.rowCount() == before - 1)
    section.status_combo.setCurrentIndex(3)  # Akseptert som unntak
    assert [section.model.row(r).id for r in range(section.model.rowCount())] == [chosen.id]
    assert not section.status_buttons["in_progress"].isEnabled() or not section.selected()


def test_run_audit_finds_new_records(qtbot, section, world) -> None:
    before = section.model.rowCount()
    world.dwelling(actual_use="storage", district_code="030105")
    with qtbot.waitSignal(section.audit_finished, timeout=10_000) as blocker:
        section.run_audit_now()
    result = blocker.args[0]
    assert result.opened >= 1 and before > 0
    qtbot.waitUntil(lambda: section.model.rowCount() == len(live_findings(world.db)))
    assert any(section.model.row(r).district_code == "030105"
               and section.model.row(r).rule == "MISUSE"
               for r in range(section.model.rowCount()))
    assert section.run_button.isEnabled()


def test_cancelled_audit_writes_nothing(qtbot, section, world, monkeypatch) -> None:
    world.dwelling(actual_use="storage")
    real = findings_module.run_audit

    def pressed_cancel(db, **kw):  # the user pressed Avbryt as soon as it started
        kw["cancel"] = lambda: True
        return real(db, **kw)

    monkeypatch.setattr(findings_module, "run_audit", pressed_cancel)
    job = section.run_audit_now()
    errors: list[object] = []
    job.failed.connect(errors.append)  # inline jobs deliver their signals queued
    qtbot.waitUntil(lambda: not job.running)
    assert len(errors) == 1 and isinstance(errors[0], CancelledError)  # no message box
    with world.db.engine.connect() as conn:
        runs = conn.exec_driver_sql("SELECT count(*) FROM audit_run").scalar_one()
        opened = conn.exec_driver_sql("SELECT count(*) FROM finding").scalar_one()
    assert runs == 1 and opened == len(live_findings(world.db))  # only the fixture's run
    assert section.run_button.isEnabled()


def test_audit_runs_off_the_ui_thread(qtbot, world, monkeypatch) -> None:
    """With a real thread pool the audit runs on a worker thread; the UI thread stays free."""
    monkeypatch.setattr(Job, "INLINE", False)
    sec = FindingsSection(AppState(world.db))
    qtbot.addWidget(sec)
    sec.show()
    threads: list[threading.Thread] = []
    real = findings_module.run_audit

    def spy(db, **kw):
        threads.append(threading.current_thread())
        return real(db, **kw)

    monkeypatch.setattr(findings_module, "run_audit", spy)
    with qtbot.waitSignal(sec.audit_finished, timeout=20_000):
        sec.run_audit_now()
    assert threads and threads[0] is not threading.main_thread()


def test_export_xlsx_of_the_shown_rows(qtbot, section, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    section.set_group("MISUSE")
    path = tmp_path / "avvik.xlsx"
    with qtbot.waitSignal(section.exported) as blocker:
        section.export_xlsx(path)
    assert blocker.args == [str(path)]
    ws = load_workbook(path)["Avvik"]
    assert ws.max_row == section.model.rowCount() + 1
    # the rule by its title: codes never appear where a user reads (issue 16)
    from boligreg.services.audit import RULES

    assert {ws.cell(row=i, column=3).value for i in range(2, ws.max_row + 1)} == {
        RULES["MISUSE"].title}


def test_scope_shows_one_bydel_without_bydel_rows(qtbot, section) -> None:
    section.ctx.set_scope("030102")
    qtbot.waitUntil(lambda: all(section.model.row(r).district_code == "030102"
                                for r in range(section.model.rowCount())))
    assert section.model.rowCount() >= 1
    assert all(not g.children for g in section.groups_model.top[1:])


def test_empty_database_shows_a_hint(qtbot, empty_db, inline_jobs) -> None:
    sec = FindingsSection(AppState(empty_db))
    qtbot.addWidget(sec)
    sec.show()
    qtbot.waitExposed(sec)
    assert sec.model.rowCount() == 0
    assert "ikke kjørt" in sec.subheading.property("text")
    assert sec.groups_model.rowCount(QModelIndex()) == 1
    assert not any(b.isEnabled() for b in sec.status_buttons.values())


def test_table_model_alone() -> None:
    model = FindingsTableModel({})
    assert model.rowCount() == 0 and model.headerData(0, Qt.Orientation.Horizontal) == "Alvor"
