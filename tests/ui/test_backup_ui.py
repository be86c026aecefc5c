"""File menu: backup now, restore dialog with dates and counts; instance lock; damaged file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from boligreg.models import Dwelling, Property, open_database
from boligreg.services import backup as svc
from boligreg.ui.backup_dialog import RestoreDialog
from boligreg.ui.controller import AlreadyOpenError, AppController


def _add(db, n: int, street: str) -> None:
    with db.session() as s:
        prop = Property(district_code="030103", street_address=street, postcode="0473",
                        gnr=75, bnr=10, owner_kind="boligbygg")
        s.add_all([Dwelling(property=prop, unit_number=f"H01{i + 1:02d}",
                            district_code="030103") for i in range(n)])


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM dwelling").fetchone()[0]
    finally:
        con.close()


def test_controller_takes_daily_backup_and_locks(qtbot, empty_db, db_path: Path) -> None:
    controller = AppController()
    window = controller.open(empty_db)
    qtbot.addWidget(window)
    # Taken in the background after the window shows.
    qtbot.waitUntil(lambda: [b.reason for b in svc.list_backups(db_path)] == ["daglig"],
                    timeout=10_000)
    # A second instance on the same file is refused with a clear message.
    with pytest.raises(AlreadyOpenError, match="allerede åpen"):
        AppController().open(open_database(db_path))
    controller.close()
    # Once the first has closed, the file opens again.
    second = AppController()
    qtbot.addWidget(second.open(open_database(db_path)))
    second.close()


def test_restore_dialog_lists_and_restores(qtbot, empty_db, db_path: Path) -> None:
    _add(empty_db, 3, "Sandakerveien 1")
    svc.backup_now(db_path)
    _add(empty_db, 4, "Sandakerveien 3")
    controller = AppController()
    window = controller.open(empty_db)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(svc.list_backups(db_path)) == 2, timeout=10_000)  # + daily
    dialog = RestoreDialog(db_path, None, window)
    qtbot.addWidget(dialog)
    counts = [dialog.table.item(r, 2).data(0) for r in range(dialog.table.rowCount())]
    assert counts == ["7", "3"]  # today's daily backup (7) first, then the manual one
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.chosen is not None and dialog.chosen.counts["dwelling"] == 3
    controller.restore(str(dialog.chosen.path))
    assert _count(db_path) == 3
    assert controller.window is not window
    qtbot.addWidget(controller.window)
    assert controller.window.sections[0].model.rowCount() == 15
    controller.close()


def _damage(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='dwelling'").fetchone()[0]
    con.close()
    with db_path.open("r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xff" * page)


def _accepting_exec(shown: dict):
    def fake_exec(box: QMessageBox) -> int:
        shown["text"] = box.informativeText()
        accept = next(b for b in box.buttons()
                      if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        accept.click()
        return 0

    return fake_exec


def test_damaged_file_found_after_paint_offers_restore(qtbot, empty_db, db_path: Path,
                                                      monkeypatch) -> None:
    """The check runs beside the window's construction; it finds the damage before anything
    is shown, nothing is written to the file, and the newest good backup is restored."""
    _add(empty_db, 30, "Sandakerveien 5")
    svc.backup_now(db_path)
    empty_db.close()
    _damage(db_path)
    damaged_bytes = db_path.read_bytes()
    shown: dict = {}
    monkeypatch.setattr(QMessageBox, "exec", _accepting_exec(shown))
    controller = AppController()
    db = controller.open_path(db_path)
    assert db is not None and db.integrity is not None
    # Before the check has run, a write waits for it and is refused: nothing reaches the file.
    from boligreg.models.db import DatabaseDamagedError

    with pytest.raises(DatabaseDamagedError), db.db.session() as s:  # the Register's database
        s.add(Property(district_code="030103", street_address="Ny 1", postcode="0473",
                       owner_kind="boligbygg"))
    assert db_path.read_bytes() == damaged_bytes
    window = controller.open(db)  # finds the damage before showing, offers the backup
    qtbot.addWidget(window)
    assert "30 boliger" in shown["text"]
    assert _count(db_path) == 30
    assert window.ctx.db.integrity is None  # the restored file was checked in full
    qtbot.addWidget(controller.window)
    controller.close()


def test_deferred_check_lets_a_sound_file_work(qtbot, empty_db, db_path: Path) -> None:
    empty_db.close()
    db = open_database(db_path, check="deferred")
    try:
        _add(db, 2, "Sandakerveien 7")  # the first commit runs the check, then goes through
        assert db.integrity is not None and db.integrity.state == "ok"
        assert _count(db_path) == 2
    finally:
        db.close()
