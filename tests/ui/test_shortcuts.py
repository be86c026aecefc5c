"""Keyboard: no key bound twice where it can fire, undo/redo by every convention, Ctrl+N for
the sections."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from boligreg.models import Dwelling, Property
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _window(qtbot, db) -> MainWindow:
    w = MainWindow(AppState(db))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()  # keys go to the active window, as for a person at the keyboard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def _live_keys(window: MainWindow) -> Counter:
    """Every key of every action that can fire now: window-wide actions attached to a widget
    that shows (Qt treats a key two of them share as ambiguous and fires neither)."""
    keys: Counter = Counter()
    for action in window.findChildren(QAction):
        if action.shortcutContext() not in WINDOW_WIDE or not action.isEnabled():
            continue
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if not any(o.isVisible() for o in owners):
            continue
        for key in action.shortcuts():
            keys[key.toString()] += 1
    return keys


def test_no_shortcut_is_bound_twice_in_any_section(qtbot, empty_db) -> None:
    w = _window(qtbot, empty_db)
    for row in range(len(w.sections)):
        w.sidebar.setCurrentRow(row)
        qtbot.wait(10)
        doubled = {k: n for k, n in _live_keys(w).items() if n > 1}
        assert doubled == {}, f"{w.sections[row].title}: {doubled}"


def test_redo_answers_ctrl_y_and_ctrl_shift_z(qtbot, empty_db) -> None:
    w = _window(qtbot, empty_db)
    for section in w.sections:
        redo = getattr(section, "redo_action", None)
        if redo is None:
            continue
        keys = {k.toString() for k in redo.shortcuts()}
        assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= keys, section.title
        undo = {k.toString() for k in section.undo_action.shortcuts()}
        assert "Ctrl+Z" in undo and not (undo & keys)


def test_ctrl_digit_moves_between_sections(qtbot, empty_db) -> None:
    w = _window(qtbot, empty_db)
    for row in (2, 0, min(4, len(w.sections) - 1)):
        qtbot.keySequence(w, QKeySequence(f"Ctrl+{row + 1}"))
        assert w.sidebar.currentRow() == row


def test_ctrl_y_redoes_an_undone_edit(qtbot, empty_db) -> None:
    with empty_db.session() as s:
        p = Property(district_code="030103", street_address="Sandakerveien 10",
                     postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        s.add(Dwelling(property=p, unit_number="H0101", district_code="030103", rooms=2))
    w = _window(qtbot, empty_db)
    row = next(i for i, s in enumerate(w.sections) if s.key == "dwellings")
    w.sidebar.setCurrentRow(row)
    section = w.sections[row]
    qtbot.waitUntil(lambda: section.table.model().rowCount() == 1, timeout=10_000)
    calls = []
    section.redo_action.triggered.connect(lambda: calls.append("redo"))
    section.undo_action.triggered.connect(lambda: calls.append("undo"))
    section.table.setFocus()
    qtbot.keySequence(w, QKeySequence("Ctrl+Z"))
    qtbot.keySequence(w, QKeySequence("Ctrl+Y"))
    qtbot.keySequence(w, QKeySequence("Ctrl+Shift+Z"))
    assert calls == ["undo", "redo", "redo"]


def test_recent_files_lists_what_was_opened(qtbot, tmp_path, monkeypatch) -> None:
    from boligreg.models import create_database

    opened = []
    paths = []
    for name in ("a.db", "b.db"):
        db = create_database(tmp_path / name, user="t")
        w = MainWindow(AppState(db))
        qtbot.addWidget(w)
        paths.append(str((tmp_path / name).resolve()))
        w.close()
        db.close()
    db = create_database(tmp_path / "c.db", user="t")
    w = _window(qtbot, db)
    assert w.recent_files()[:3] == [str((tmp_path / "c.db").resolve()), *reversed(paths)]
    monkeypatch.setattr(w, "open_path", lambda p: opened.append(p))
    w._fill_recent()
    entries = [a for a in w.recent_menu.actions() if a.isEnabled()]
    assert [a.toolTip() for a in entries] == list(reversed(paths))  # the open one is left out
    entries[0].trigger()
    assert opened == [paths[1]]
    (tmp_path / "a.db").unlink()
    assert paths[0] not in w.recent_files()  # a file that is gone is not offered
