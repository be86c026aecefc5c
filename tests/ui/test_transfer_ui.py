"""Overføringer in the window, driven through the real widgets offscreen: "Overfør til …" on
a selection and for a whole unit shows what moves — every figure recounted here with plain
sqlite3 — and moves it in one action; the tables reload; "Angre overføring …" lists the
transfers and moves one back as a whole; refusals are Norwegian sentences."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMenu

from boligreg.models import (
    Agreement,
    AgreementDwelling,
    Dwelling,
    Finding,
    MaintenanceResponsibility,
    Property,
    Tenancy,
)
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.transfer_dialog import TransferDialog, UndoTransferDialog
from boligreg.ui.workers import Job

EFFECTIVE = date(2027, 1, 1)


def q(path: Path, sql: str, *args) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture
def world(empty_db) -> dict[str, list[str]]:
    """Søndre Nordstrand disposes of 5 dwellings (rents 8 000–10 000 kr, one without) and
    holds a lease over two of them; Alna disposes of 2; Boligbygg of none."""
    ids: dict[str, list[str]] = {"sn": [], "alna": [], "agreement": []}
    with empty_db.session() as s:
        for code, key, n in (("030115", "sn", 5), ("030112", "alna", 2)):
            p = Property(district_code=code, street_address=f"Gate {code}", postcode="1283",
                         owner_kind="boligbygg")
            s.add(p)
            s.flush()
            for i in range(n):
                d = Dwelling(property_id=p.id, unit_number=f"H{code[-2:]}{i:02d}",
                             district_code=code,
                             tenant_rent=8000.0 + 500 * i if i < 4 else None)
                s.add(d)
                s.flush()
                ids[key].append(d.id)
        a = Agreement(kind="lease", reference="INN-1", district_code="030115",
                      monthly_rent=25000.0, landlord_name="Utleier AS")
        s.add(a)
        s.flush()
        ids["agreement"].append(a.id)
        for did, cost in zip(ids["sn"][:2], (12000.0, 13000.0), strict=True):
            s.add(AgreementDwelling(agreement_id=a.id, dwelling_id=did, monthly_cost=cost))
        s.add(MaintenanceResponsibility(dwelling_id=ids["sn"][0], scope="interior",
                                        party="tenant"))
        s.add(Tenancy(dwelling_id=ids["sn"][0], kind="fixed_term", start_date=date(2024, 1, 1)))
        s.add(Tenancy(dwelling_id=ids["sn"][1], kind="fixed_term", start_date=date(2020, 1, 1),
                      end_date=date(2023, 1, 1)))  # ended: does not move as running
        s.add(Finding(rule="MISUSE", severity="high", entity_type="dwelling",
                      entity_id=ids["sn"][0], district_code="030115", status="open"))
        s.add(Finding(rule="MISUSE", severity="high", entity_type="agreement",
                      entity_id=a.id, district_code="030115", status="open"))
    return ids


@pytest.fixture
def window(qtbot, empty_db, world, monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)
    w = MainWindow(AppState(empty_db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """The Norwegian error texts the transfer dialogs show (instead of a modal box)."""
    from boligreg.ui import transfer_dialog
    from boligreg.ui.messages import error_message

    shown: list[str] = []
    monkeypatch.setattr(transfer_dialog, "show_error",
                        lambda _parent, _title, exc: shown.append(error_message(exc)))
    return shown


def open_section(qtbot, w: MainWindow, key: str):
    section = w.select_section(key)
    qtbot.waitUntil(lambda: not section.loading and section.model.rowCount() > 0,
                    timeout=5000)
    return section


def select_ids(section, ids: list[str]) -> None:
    table, model = section.table, section.model
    table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for entity_id in ids:
        table.selectionModel().select(model.index(model.row_of(entity_id), 0), flags)


def disposer(section, entity_id: str) -> str:
    col = next(i for i, c in enumerate(section.model.columns) if c.field == "disposer")
    return section.model.index(section.model.row_of(entity_id), col).data()


def label(dialog: TransferDialog, key: str) -> str:
    return dialog.count_labels[key].property("text").replace("\u00a0", " ")


def side(dialog: TransferDialog, which: str) -> list[str]:
    return [c.property("text").replace("\u00a0", " ") for c in dialog.side_labels[which]]


def kr(x: float) -> str:
    return f"{x:,.0f}".replace(",", " ") + " kr"


def test_selection_preview_apply_and_undo(qtbot, window, world, db_path, errors) -> None:
    section = open_section(qtbot, window, "dwellings")
    # the right-click menu offers it
    assert "Overfør til …" in [a.text() for a in section.table.actions()] or \
        section.transfer_action.text() == "Overfør til …"
    chosen = world["sn"][:3]
    select_ids(section, chosen)
    dialog = section.transfer_selection()
    assert isinstance(dialog, TransferDialog) and errors == []
    qtbot.addWidget(dialog)
    assert dialog.intro.property("text") == "Overfør 3 boliger fra Bydel Søndre Nordstrand."
    assert not dialog.from_combo.isEnabled() and not dialog.what_combo.isEnabled()
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData("boligbygg"))
    dialog.date_edit.setDate(QDate(2027, 1, 1))
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.effective == EFFECTIVE
                    and dialog.preview.to_unit == "boligbygg")
    assert dialog.preview is not None and sorted(dialog.preview.ids) == sorted(chosen)

    # every figure, recounted from the file
    marks = ",".join("?" * len(chosen))
    running = q(db_path, f"SELECT count(*) FROM tenancy WHERE dwelling_id IN ({marks}) AND "
                         "deleted_at IS NULL AND (end_date IS NULL OR end_date >= '2027-01-01')",
                *chosen)[0][0]
    maint = q(db_path, f"SELECT count(*) FROM maintenance_responsibility WHERE dwelling_id IN "
                       f"({marks}) AND deleted_at IS NULL", *chosen)[0][0]
    findings = q(db_path, f"SELECT count(*) FROM finding WHERE entity_type = 'dwelling' AND "
                          f"entity_id IN ({marks}) AND status = 'open'", *chosen)[0][0]
    assert (running, maint, findings) == (1, 1, 1)
    assert [label(dialog, k) for k in ("dwellings", "agreements", "maintenance",
                                       "open_findings", "tenancies")] == [
        "3", "0", str(maint), str(findings), str(running)]
    moved_rent = q(db_path, f"SELECT sum(tenant_rent) FROM dwelling WHERE id IN ({marks})",
                   *chosen)[0][0]
    sn_rent = q(db_path, "SELECT sum(tenant_rent) FROM dwelling WHERE disposing_unit_code = "
                         "'030115'")[0][0]
    assert side(dialog, "sender")[:4] == [
        "Bydel Søndre Nordstrand", "5 → 2", "1",
        f"{kr(sn_rent)} → {kr(sn_rent - moved_rent)}"]
    assert side(dialog, "receiver")[:4] == ["Boligbygg Oslo KF", "0 → 3", "0",
                                            f"{kr(0)} → {kr(moved_rent)}"]

    # no case reference, no transfer
    assert not dialog.apply_button.isEnabled()
    qtbot.keyClicks(dialog.reference, "2026/4711")
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.applied_reference is not None or bool(errors))
    assert errors == [] and dialog.result() == dialog.DialogCode.Accepted
    assert q(db_path, "SELECT id FROM dwelling WHERE disposing_unit_code = 'boligbygg' "
                      "ORDER BY id") == [(i,) for i in sorted(chosen)]
    assert q(db_path, "SELECT count(*) FROM change_log WHERE reference = '2026/4711' AND "
                      "entity_type = 'dwelling'") == [(3,)]
    assert "2026/4711" in window.statusBar().currentMessage()
    # the table reloaded: the moved dwellings say who disposes of them now
    qtbot.waitUntil(lambda: disposer(section, chosen[0]) == "Boligbygg")
    assert [disposer(section, i) for i in world["sn"]] == ["Boligbygg"] * 3 + [
        "Søndre Nordstrand"] * 2

    # undo from the picker: the transfer listed, moved back as a whole
    window.transfers.undo()
    picker = window.transfers.dialog
    assert isinstance(picker, UndoTransferDialog)
    qtbot.addWidget(picker)
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert texts == ["2026/4711: 3 boliger Bydel Søndre Nordstrand → Boligbygg Oslo KF, "
                     "fra 01.01.2027"]
    assert picker.chosen() == "2026/4711" and picker.undo_button.isEnabled()
    picker.undo(ask=False)
    qtbot.waitUntil(lambda: picker.undone is not None or bool(errors))
    assert errors == []
    assert q(db_path, "SELECT count(*) FROM dwelling WHERE disposing_unit_code = "
                      "'030115'") == [(5,)]
    qtbot.waitUntil(lambda: disposer(section, chosen[0]) == "Søndre Nordstrand")
    # listed again, now as undone and not pickable
    window.transfers.undo()
    again = window.transfers.dialog
    qtbot.addWidget(again)
    assert "angret" in again.list.item(0).text()
    assert not again.list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert not again.undo_button.isEnabled()


def test_whole_unit_agreements_and_refusals(qtbot, window, world, db_path, errors) -> None:
    window.transfers.transfer_unit()
    dialog = window.transfers.dialog
    assert isinstance(dialog, TransferDialog)
    qtbot.addWidget(dialog)
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("agreements"))
    dialog.from_combo.setCurrentIndex(dialog.from_combo.findData("030115"))
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData("boligbygg"))
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.what == "agreements"
                    and dialog.preview.from_unit == "030115")
    cost = q(db_path, "SELECT sum(monthly_rent) FROM agreement WHERE holding_unit_code = "
                      "'030115'")[0][0]
    assert label(dialog, "agreements") == "1" and label(dialog, "open_findings") == "1"
    # the dwellings the lease covers come along for the counts, not for the disposer
    assert label(dialog, "dwellings") == "0" and label(dialog, "tenancies") == "1"
    assert side(dialog, "sender")[2:] == ["1 → 0", kr(q(db_path, "SELECT sum(tenant_rent) "
                                          "FROM dwelling WHERE disposing_unit_code = "
                                          "'030115'")[0][0]), f"{kr(cost)} → {kr(0)}"]
    assert "disponeres fortsatt av samme enhet" in dialog.message.property("text")
    dialog.reference.setText("S-1")
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.applied_reference == "S-1")
    assert q(db_path, "SELECT holding_unit_code FROM agreement") == [("boligbygg",)]
    agreements = open_section(qtbot, window, "agreements")
    col = next(i for i, c in enumerate(agreements.model.columns) if c.field == "holder")
    qtbot.waitUntil(lambda: agreements.model.index(0, col).data() == "Boligbygg")
    assert q(db_path, "SELECT DISTINCT disposing_unit_code FROM dwelling WHERE "
                      "district_code = '030115'") == [("030115",)]

    # the same reference again: a Norwegian refusal, nothing moves
    window.transfers.transfer_unit()
    second = window.transfers.dialog
    qtbot.addWidget(second)
    second.what_combo.setCurrentIndex(second.what_combo.findData("dwellings"))
    second.from_combo.setCurrentIndex(second.from_combo.findData("030112"))
    second.to_combo.setCurrentIndex(second.to_combo.findData("030115"))
    second.reference.setText("S-1")
    qtbot.waitUntil(lambda: second.preview is not None and second.preview.to_unit == "030115")
    second.apply()
    qtbot.waitUntil(lambda: bool(errors))
    assert errors and "allerede brukt" in errors[-1]
    assert q(db_path, "SELECT count(*) FROM dwelling WHERE disposing_unit_code = "
                      "'030112'") == [(2,)]
    # a unit with nothing of that kind: said in the dialog, Overfør stays off
    second.from_combo.setCurrentIndex(second.from_combo.findData("boligbygg"))
    qtbot.waitUntil(lambda: "har ingen" in second.message.property("text"))
    assert second.preview is None and not second.apply_button.isEnabled()
    assert "har ingen boliger" in second.message.property("text")


def test_selection_across_units_is_refused(qtbot, window, world, errors) -> None:
    section = open_section(qtbot, window, "dwellings")
    select_ids(section, [world["sn"][0], world["alna"][0]])
    assert section.transfer_selection() is None
    assert len(errors) == 1 and "fra flere enheter" in errors[0]
    assert "Bydel Alna (1)" in errors[0] and "Bydel Søndre Nordstrand (1)" in errors[0]


def test_menu_is_there_in_norwegian(window) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Overføringer") == titles.index("&Hjelp") - 1
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Overføringer")
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Overfør &utvalgte til …", "Overfør &alle avtaler/boliger for enheten …",
        "&Angre overføring …"]
