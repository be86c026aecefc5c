"""Vis → Språk: the choice is saved, and the next start shows the window's shell in English.

Real windows on a real SQLite file (offscreen). The shell is the menu bar, the toolbar, the
status bar, the sidebar and the shell's own dialogs. "No bokmål" is checked against the
catalogue: every source text whose English differs must not be shown once English is chosen.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from boligreg import i18n
from boligreg.errors import BoligregError
from boligreg.models import Dwelling, Property
from boligreg.services.backup import backup_now
from boligreg.ui.as_of_ui import DayDialog
from boligreg.ui.backup_dialog import RestoreDialog
from boligreg.ui.context import AppState
from boligreg.ui.export_dialog import ExportDialog
from boligreg.ui.help import HelpDialog
from boligreg.ui.i18n import install_translations
from boligreg.ui.main_window import MainWindow, language_notice, restart_command
from boligreg.ui.messages import error_message
from boligreg.ui.qtutil import text_of
from boligreg.ui.sync_ui import CentralUrlDialog, ConflictDialog
from boligreg.ui.transfer_dialog import TransferDialog, UndoTransferDialog
from boligreg.ui.workers import Job

ROOT = Path(__file__).resolve().parents[2]


def _bokmal_that_differs() -> set[str]:
    """Every bokmål source text whose English is another text (so it must not show)."""
    out: set[str] = set()
    for message in ET.parse(ROOT / "resources/i18n/boligreg_en.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        english = message.findtext("translation") or ""
        if english and english != source:
            out.add(source)
    return out


@pytest.fixture
def db(empty_db):
    with empty_db.session() as s:
        p = Property(district_code="030103", street_address="Sandakerveien 10",
                     postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        for i in range(3):
            s.add(Dwelling(property=p, unit_number=f"H01{i + 1:02d}", district_code="030103"))
    return empty_db


@pytest.fixture
def language() -> Iterator[None]:
    """Leave the process in bokmål, whatever a test chose."""
    yield
    install_translations(QCoreApplication.instance(), "nb")
    i18n.set_language(None)


@pytest.fixture(autouse=True)
def _inline_jobs(monkeypatch) -> None:
    monkeypatch.setattr(Job, "INLINE", True)


def _window(qtbot, db) -> MainWindow:
    w = MainWindow(AppState(db))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _action_texts(w: MainWindow) -> list[str]:
    """Menu titles and entries (submenus too), and the sidebar's section names."""
    out: list[str] = [w.sidebar.item(i).text() for i in range(w.sidebar.count())]

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            out.append(text_of(action))
            if action.toolTip() and action.toolTip() != text_of(action).replace("&", ""):
                out.append(action.toolTip())
            menu = action.menu()
            if menu is not None:
                if menu is w.recent_menu:
                    w._fill_recent()  # filled when it opens
                walk(menu.actions())

    walk(w.menuBar().actions())
    return out


def _toolbar_texts(w: MainWindow) -> list[str]:
    bar = w.findChild(QWidget, "scopeToolbar")
    out = [a.iconText() for a in bar.actions() if not a.isSeparator() and a.iconText()]
    out += [a.toolTip() for a in bar.actions() if a.toolTip()]
    out += [text_of(label) for label in bar.findChildren(QLabel)]
    combo = bar.findChild(QComboBox)
    out += [combo.itemText(0), combo.toolTip()]
    return out


def _status_texts(w: MainWindow) -> list[str]:
    bar = w.statusBar()
    return [bar.currentMessage(), *(text_of(label) for label in bar.findChildren(QLabel))]


def _dialog_texts(dialog: QWidget) -> list[str]:
    out = [dialog.windowTitle()]
    for label in dialog.findChildren(QLabel):
        if label.objectName() not in ("fieldLabel",):  # field names are the services'
            out.append(text_of(label))
    out += [text_of(b) for b in dialog.findChildren(QAbstractButton)]
    out += [b.title() for b in dialog.findChildren(QGroupBox)]
    for combo in dialog.findChildren(QComboBox):
        out += [combo.itemText(i) for i in range(combo.count())]
    out += [e.placeholderText() for e in dialog.findChildren(QLineEdit)]
    for table in dialog.findChildren(QTableWidget):
        out += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return [t for t in out if t]


def _shown_bokmal(texts: list[str]) -> list[str]:
    bokmal = _bokmal_that_differs()
    return sorted({t for t in texts if t in bokmal})


def _dialogs(qtbot, w: MainWindow, db_path: Path) -> dict[str, QDialog]:
    backup_now(db_path)
    made = {
        "restore": RestoreDialog(db_path, None, w),
        "export": ExportDialog(w.ctx, w),
        "day": DayDialog(w, date(2025, 12, 31)),
        "help": HelpDialog(w, w.findChildren(QAction)),
        "central": CentralUrlDialog("", w),
        "conflicts": ConflictDialog(w.ctx.live_register, w),
        "transfer": TransferDialog(w.ctx, parent=w),
        "undo": UndoTransferDialog(w.ctx, w),
    }
    for dialog in made.values():
        qtbot.addWidget(dialog)
    return made


def test_language_menu_saves_the_choice_and_says_when(qtbot, db, monkeypatch, language,
                                                      _isolated_home: Path) -> None:
    install_translations(QCoreApplication.instance(), "nb")
    w = _window(qtbot, db)
    assert [text_of(a) for a in w.language_menu.actions()] == ["Norsk bokmål", "English"]
    assert w.language_actions["nb"].isChecked() and not w.language_actions["en"].isChecked()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    w.language_actions["en"].trigger()

    settings = (_isolated_home / "settings.ini").read_text(encoding="utf-8")
    assert "[ui]" in settings and "language = en" in settings
    assert w.language_actions["en"].isChecked()
    # Said in the language chosen and in the one in use, once each.
    assert shown == ["The language will be English the next time boligreg is started.\n\n"
                     "Språket blir English neste gang boligreg startes."]
    assert i18n.language() == "nb"  # this window stays as it is until the next start
    i18n.set_language(None)
    assert i18n.language() == "en"  # what the next start reads


def test_next_start_in_english_shows_the_shell_in_english(qtbot, db, db_path: Path, language
                                                          ) -> None:
    i18n.save_language("en")
    i18n.set_language(None)
    assert install_translations(QCoreApplication.instance())  # as run_gui does
    assert i18n.language() == "en"
    w = _window(qtbot, db)

    menus = _action_texts(w)
    assert {"&File", "&View", "&Help", "&Transfers", "S&ynchronisation", "&Language",
            "&Open database …", "E&xit", "Norsk bokmål", "English", "Dwellings"} <= set(menus)
    assert w.language_actions["en"].isChecked()
    toolbar = _toolbar_texts(w)
    assert "District: " in toolbar and "All districts" in toolbar and "◀  Back" in toolbar
    status = _status_texts(w)
    assert any("user: test" in t for t in status)
    assert any("Never synchronised" in t for t in status)
    assert w.windowTitle().startswith("boligreg – ")
    assert _shown_bokmal(menus + toolbar + status) == []

    for name, dialog in _dialogs(qtbot, w, db_path).items():
        texts = _dialog_texts(dialog)
        assert texts, name
        assert _shown_bokmal(texts) == [], name
    assert error_message(BoligregError("Feil på norsk.", "An error in English.")) == \
        "An error in English."


def test_bokmal_start_is_unchanged(qtbot, db, db_path: Path, language) -> None:
    install_translations(QCoreApplication.instance(), "nb")
    w = _window(qtbot, db)
    menus = _action_texts(w)
    assert {"&Fil", "&Vis", "&Hjelp", "&Overføringer", "S&ynkronisering", "&Språk",
            "&Åpne database …", "&Avslutt"} <= set(menus)
    assert "Bydel: " in _toolbar_texts(w)
    assert any("bruker: test" in t for t in _status_texts(w))
    dialogs = _dialogs(qtbot, w, db_path)
    assert dialogs["restore"].windowTitle() == "Gjenopprett fra sikkerhetskopi"
    assert "Eksporter …" in _dialog_texts(dialogs["export"])
    assert error_message(BoligregError("Feil på norsk.", "An error in English.")) == \
        "Feil på norsk."
    assert str(BoligregError("Feil på norsk.", "An error in English.")) == \
        "Feil på norsk. (An error in English.)"


def test_lang_flag_and_environment_choose_the_window_language(monkeypatch, language) -> None:
    from boligreg import app, cli

    chosen: list[str] = []
    monkeypatch.setattr(app, "run_gui", lambda db=None: chosen.append(i18n.language()) or 0)
    assert cli.main(["--lang", "en"]) == 0
    i18n.set_language(None)
    monkeypatch.setenv("BOLIGREG_LANG", "en")
    assert cli.main([]) == 0
    monkeypatch.delenv("BOLIGREG_LANG")
    assert cli.main(["--lang", "nb"]) == 0
    assert chosen == ["en", "en", "nb"]


def test_language_notice_and_restart_command(language) -> None:
    i18n.set_language("en")
    assert language_notice("en") == \
        "The language will be English the next time boligreg is started."
    assert language_notice("nb") == ("Språket blir Norsk bokmål neste gang boligreg startes."
                                     "\n\nThe language will be Norsk bokmål the next time "
                                     "boligreg is started.")
    assert restart_command(["boligreg", "--db", "x.db", "--lang", "nb"]) == \
        [sys.executable, "-m", "boligreg", "--db", "x.db"]
    assert restart_command(["boligreg", "--lang=en"]) == [sys.executable, "-m", "boligreg"]


def test_matrix_and_table_words_follow_the_language(language) -> None:
    from boligreg.ui.widgets.table import Column, display

    install_translations(QCoreApplication.instance(), "en")
    assert display(Column("x", "X", kind="bool"), True) == "Yes"
    assert display(Column("x", "X", kind="days"), -3) == "expired (3 d)"
    install_translations(QCoreApplication.instance(), "nb")
    assert display(Column("x", "X", kind="bool"), True) == "Ja"
    assert display(Column("x", "X", kind="days"), -3) == "utløpt (3 d)"
