"""The main window: sidebar of sections, district scope selector, file menu, status bar."""

from __future__ import annotations

import atexit
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, formats, i18n
from ..errors import BoligregError
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..services.backup import backup_now
from ..services.collection import Register
from ..services.help import page_for_section
from .as_of_ui import AsOfBanner, ask_day, open_as_of_job
from .backup_dialog import RestoreDialog
from .context import AppState
from .help import HelpDialog
from .messages import show_error
from .sections import section_classes
from .sections.base import Section
from .style import STYLESHEET
from .sync_ui import install_sync
from .transfer_dialog import install_transfers
from .workers import Job

RECENT_MAX = 8
APP_NAME = "boligreg"


class MainWindow(QMainWindow):
    """One window per open database."""

    database_switch_requested = Signal(str)
    restore_requested = Signal(str)  # path of the backup to restore over the open file

    def __init__(self, ctx: AppState) -> None:
        super().__init__()
        self.ctx = ctx
        self.help_dialog: QDialog | None = None  # made the first time F1 is pressed
        self.setStyleSheet(STYLESHEET)
        self.setMinimumSize(960, 600)
        self._update_title()

        # Sidebar with brand and sections.
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(210)
        self.stack = QStackedWidget()
        self.sections: list[Section] = []
        for cls in section_classes():
            section = cls(ctx)
            self.sections.append(section)
            self.stack.addWidget(section)
            QListWidgetItem(section.title, self.sidebar)
        self.sidebar.currentRowChanged.connect(self._show_section)

        brand = QLabel(APP_NAME)  # the name, in every language
        brand.setObjectName("brand")
        brand_sub = QLabel(translate("MainWindow", "Kommunalt disponerte boliger\nOslo kommune"))
        brand_sub.setObjectName("brandSub")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(brand)
        side_layout.addWidget(brand_sub)
        side_layout.addWidget(self.sidebar, 1)
        side.setFixedWidth(210)
        side.setStyleSheet("background: #2a2859;")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        if ctx.live_register.is_demo:
            banner = QLabel(translate(
                "MainWindow",
                "DEMODATA: boligene, avtalene og fordelingen på bydeler er syntetiske "
                "(laget av «boligreg demo»). Folketall og adresser er ekte."))
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)
            right_layout.addWidget(banner)
        right_layout.addWidget(self._build_as_of_banner())
        right_layout.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_menus()
        self.statusBar().showMessage(translate("MainWindow", "{name}  ·  bruker: {user}").format(
            name=ctx.live_register.display_name, user=ctx.live_register.user))
        # Sync with the central database: menu, toolbar button, status-bar line (sync_ui.py).
        self.sync_ui = install_sync(self, MainWindow)
        self.transfers = install_transfers(self)  # Overføringer menu (issue 14)
        ctx.open_record.connect(self._route_record)
        ctx.scope_changed.connect(self._sync_scope_combo)
        self._restore_geometry()
        last = ctx.settings.value("window/section", "overview", type=str)
        keys = [s.key for s in self.sections]
        self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)

    # --- building -------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("MainWindow", "Utvalg"))
        bar.setMovable(False)
        bar.setObjectName("scopeToolbar")
        # Back returns to where a followed link came from (section and record).
        self._back: list[tuple[str, tuple[str, str] | None]] = []
        self.back_action = QAction(translate("MainWindow", "◀  Tilbake"), self)
        self.back_action.setShortcuts([QKeySequence("Alt+Left"), QKeySequence(Qt.Key.Key_Back)])
        self.back_action.setToolTip(translate(
            "MainWindow", "Tilbake til forrige post (Alt+Venstre)"))
        self.back_action.setEnabled(False)
        self.back_action.triggered.connect(self.go_back)
        bar.addAction(self.back_action)
        bar.addSeparator()
        bar.addWidget(QLabel(translate("MainWindow", "Bydel: ")))
        self.scope_combo = QComboBox()
        self.scope_combo.setMinimumWidth(220)
        # What the scope counts by (issue 14, docs/units.md).
        self.scope_combo.setToolTip(translate(
            "MainWindow",
            "Utvalget velger etter beliggenhet: listene viser boliger og bygg som ligger i "
            "bydelen, avtaler og avvik registrert på bydelen. Oversikt, faktaark og statistikk "
            "teller det bydelen disponerer (boliger) og har (avtaler); sentrale enheters "
            "boliger i bydelen vises for seg."))
        self.scope_combo.addItem(translate("MainWindow", "Alle bydeler"), "")
        for code, name in self.ctx.districts:
            self.scope_combo.addItem(f"{code[-2:]}  {name}", code)
        self._sync_scope_combo(self.ctx.scope)
        self.scope_combo.currentIndexChanged.connect(
            lambda i: self.ctx.set_scope(self.scope_combo.itemData(i) or None)
        )
        bar.addWidget(self.scope_combo)
        bar.addSeparator()
        # The register as it stood at the end of a past day, read-only (as_of_ui.py).
        self.as_of_action = QAction(translate("MainWindow", "Vis registeret per …"), self)
        self.as_of_action.setToolTip(translate(
            "MainWindow",
            "Vis tabellene slik registeret var registrert ved slutten av en dato (kun lesing)"))
        # Qt drops a trailing "…" on tool buttons: the toolbar says what the menu entry says
        # with a word where the dots were.
        self.as_of_action.setIconText(translate("MainWindow", "Vis registeret per dato"))
        self.as_of_action.triggered.connect(lambda: self.choose_as_of())
        bar.addAction(self.as_of_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&Fil"))
        open_action = QAction(translate("MainWindow", "&Åpne database …"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._open_other)
        file_menu.addAction(open_action)
        # Fil → Siste filer: the databases opened last (the newest first), kept per user.
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Siste &filer"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._remember_recent()
        file_menu.addSeparator()
        if self.ctx.live_register.path is not None:
            backup_action = QAction(translate("MainWindow", "Ta &sikkerhetskopi nå"), self)
            backup_action.triggered.connect(self._backup_now)
            file_menu.addAction(backup_action)
            restore_action = QAction(translate("MainWindow", "&Gjenopprett fra sikkerhetskopi …"),
                                     self)
            restore_action.triggered.connect(self._restore)
            file_menu.addAction(restore_action)
            file_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "&Avslutt"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        view_menu = self.menuBar().addMenu(translate("MainWindow", "&Vis"))
        refresh = QAction(translate("MainWindow", "&Oppdater"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.ctx.data_changed.emit)
        view_menu.addAction(refresh)
        view_menu.addAction(self.as_of_action)
        view_menu.addAction(self.today_action)
        view_menu.addSeparator()
        # Ctrl+1 … Ctrl+9, Ctrl+0: the sections in sidebar order (menu entries show the key).
        self.section_actions: list[QAction] = []
        for row, section in enumerate(self.sections[:10]):
            go = QAction(section.title, self)
            go.setShortcut(QKeySequence(f"Ctrl+{(row + 1) % 10}"))
            go.triggered.connect(lambda _checked=False, r=row: self.sidebar.setCurrentRow(r))
            view_menu.addAction(go)
            self.addAction(go)  # live whatever has focus, menu bar shown or not
            self.section_actions.append(go)
        view_menu.addSeparator()
        self._build_language_menu(view_menu)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Hjelp"))
        guide = QAction(translate("MainWindow", "&Brukerveiledning"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        guide.triggered.connect(lambda: self.show_help())
        self.addAction(guide)
        help_menu.addAction(guide)
        start = QAction(translate("MainWindow", "&Kom i gang"), self)
        start.triggered.connect(lambda: self.show_help("kom-i-gang"))
        help_menu.addAction(start)
        keys = QAction(translate("MainWindow", "&Tastatursnarveier"), self)
        keys.triggered.connect(lambda: self.show_help("tastatur"))
        help_menu.addAction(keys)
        help_menu.addSeparator()
        about = QAction(translate("MainWindow", "&Om boligreg"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """Vis → Språk: bokmål or English, saved per user, used from the next start."""
        self.language_menu = view_menu.addMenu(translate("MainWindow", "&Språk"))
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        current = i18n.language()
        for code, name in i18n.LANGUAGES.items():  # each language named in its own words
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        group.triggered.connect(lambda action: self.choose_language(str(action.data())))

    def choose_language(self, code: str, *, ask: bool = True) -> None:
        """Save ``code`` as the language and say (in both languages) when it takes effect;
        the person may restart at once."""
        i18n.save_language(code)
        if code == i18n.language() or not ask:
            return
        box = QMessageBox(QMessageBox.Icon.Information, "Språk / Language",
                          language_notice(code), parent=self)
        restart = box.addButton(translate("MainWindow", "Start boligreg på nytt nå"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("MainWindow", "Senere"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart and self._may_leave_edits():
            restart_after_quit()
            self.close()

    def _build_as_of_banner(self) -> QWidget:
        self.as_of_banner = AsOfBanner(self)
        self.as_of_banner.back.connect(self.leave_as_of)
        self.today_action = QAction(translate("MainWindow", "Vis registeret i &dag"), self)
        self.today_action.setEnabled(False)
        self.today_action.triggered.connect(self.leave_as_of)
        self.ctx.as_of_changed.connect(self._as_of_changed)
        return self.as_of_banner

    def choose_as_of(self, day: date | None = None) -> Job | None:
        """Ask for a day (``day`` given: no dialog) and show the register as of its end
        (rebuilt in the background; the job is returned)."""
        if day is None:
            day = ask_day(self, self.ctx.as_of_day)
            if day is None:
                return None
        if not self._may_leave_edits():
            return None
        return open_as_of_job(self, day)

    def leave_as_of(self) -> None:
        if self.ctx.read_only:
            self.ctx.leave_as_of()

    def _may_leave_edits(self) -> bool:
        """Unsaved edits in a form are kept or dropped on the person's word, never silently."""
        for section in self.sections:
            detail = getattr(section, "detail", None)
            maybe_leave = getattr(detail, "maybe_leave", None)
            if callable(maybe_leave) and not maybe_leave():
                return False
        return True

    def _as_of_changed(self, day: object) -> None:
        self.as_of_banner.show_day(day if isinstance(day, date) else None)
        self.today_action.setEnabled(day is not None)
        # Transfers write records: not while a past day is shown (kun lesing).
        transfers = getattr(self, "transfers", None)
        menu = getattr(transfers, "menu", None)
        if menu is not None:
            menu.setEnabled(day is None)
        self._update_title()

    def show_help(self, slug: str | None = None) -> None:
        """The user guide: at ``slug``, or at the page of the section in view (F1)."""
        if not isinstance(self.help_dialog, HelpDialog):
            self.help_dialog = HelpDialog(self, self.findChildren(QAction))
        page = slug or page_for_section(self.current_section().key).slug
        self.help_dialog.show_page(page)
        self.help_dialog.show()
        self.help_dialog.raise_()

    # --- behaviour ------------------------------------------------------------------------
    def _update_title(self) -> None:
        live = self.ctx.live_register
        name = live.path.name if live.path else live.display_name
        demo = translate("MainWindow", " – DEMODATA") if self.ctx.live_register.is_demo else ""
        day = self.ctx.as_of_day
        past = translate("MainWindow", " – per {day} (kun lesing)").format(
            day=formats.date(day)) if day else ""
        self.setWindowTitle(f"{APP_NAME} – {name}{demo}{past}")

    def _show_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.stack.setCurrentIndex(row)
            self.ctx.settings.setValue("window/section", self.sections[row].key)
            self.sections[row].ensure_fresh()

    def current_section(self) -> Section:
        return self.sections[self.stack.currentIndex()]

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def select_section(self, key: str) -> Section | None:
        for row, s in enumerate(self.sections):
            if s.key == key:
                self.sidebar.setCurrentRow(row)
                return s
        return None

    def _sync_scope_combo(self, code: object) -> None:
        idx = self.scope_combo.findData(code or "")
        if idx >= 0 and idx != self.scope_combo.currentIndex():
            self.scope_combo.blockSignals(True)
            self.scope_combo.setCurrentIndex(idx)
            self.scope_combo.blockSignals(False)

    def _place(self) -> tuple[str, tuple[str, str] | None]:
        section = self.current_section()
        current = getattr(section, "current_record", None)
        return section.key, current() if callable(current) else None

    def go_back(self) -> None:
        """Return to the section and record shown before the last followed link."""
        if not self._back:
            return
        key, record = self._back.pop()
        self.back_action.setEnabled(bool(self._back))
        section = self.select_section(key)
        if section is not None and record is not None:
            section.show_record(*record)

    def _route_record(self, entity_type: str, entity_id: str) -> None:
        place = self._place()
        if not self._back or self._back[-1] != place:
            self._back.append(place)
            del self._back[:-50]
        self.back_action.setEnabled(True)
        for row, s in enumerate(self.sections):
            if entity_type in s.handles:
                self.sidebar.setCurrentRow(row)
                if s.show_record(entity_type, entity_id):
                    return
        self.statusBar().showMessage(translate(
            "MainWindow", "Kan ikke vise {entity} {id} ennå i dette vinduet.").format(
            entity=entity_type, id=entity_id), 6000)

    def recent_files(self) -> list[str]:
        """The databases opened last that still exist, newest first (at most RECENT_MAX)."""
        value = self.ctx.settings.value("recent/files", [], type=list)
        stored = value if isinstance(value, list) else []
        return [p for p in dict.fromkeys(str(x) for x in stored) if Path(p).is_file()][
            :RECENT_MAX]

    def _remember_recent(self) -> None:
        if self.ctx.live_register.path is None or self.ctx.live_register.is_demo:
            return
        here = str(Path(self.ctx.live_register.path).resolve())
        self.ctx.settings.setValue(
            "recent/files", [here, *[p for p in self.recent_files() if p != here]][:RECENT_MAX])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        live = self.ctx.live_register.path
        current = str(Path(live).resolve()) if live else None
        files = [p for p in self.recent_files() if p != current]
        if not files:
            empty = self.recent_menu.addAction(translate(
                "MainWindow", "Ingen andre filer åpnet ennå"))
            empty.setEnabled(False)
            return
        for n, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{n}  {Path(path).name}  –  {Path(path).parent}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))

    def _open_other(self) -> None:
        live = self.ctx.live_register.path
        start = str(live.parent) if live else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Åpne boligreg-database"), start,
            translate("MainWindow", "boligreg-database (*.db);;Alle filer (*)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> None:
        """Check that ``path`` opens, then ask the controller to switch to it."""
        try:
            db = Register.open(path)
        except BoligregError as exc:
            show_error(self, translate("MainWindow", "Kan ikke åpne databasen"), exc)
            return
        db.close()
        self.database_switch_requested.emit(path)

    def _backup_now(self) -> None:
        assert self.ctx.live_register.path is not None
        try:
            out = backup_now(self.ctx.live_register.path)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing changed
            show_error(self, translate("MainWindow", "Sikkerhetskopi"), exc)
            return
        self.statusBar().showMessage(translate("MainWindow", "Sikkerhetskopi tatt: {name}").format(
            name=out.name), 8000)

    def _restore(self) -> None:
        assert self.ctx.live_register.path is not None
        dialog = RestoreDialog(self.ctx.live_register.path, self.ctx.live_register.key, self)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_requested.emit(str(dialog.chosen.path))

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "Om boligreg"))
        box.setText(translate(
            "MainWindow",
            "<b>boligreg {version}</b><br>Register over Oslo kommunes kommunalt "
            "disponerte boliger, avtaler og vedlikeholdsansvar.<br><br>"
            "Folketall: Kilde: SSB. Postnummer: © Posten Norge AS. Gatenavn: Erik Bolstad, "
            "www.erikbolstad.no/postnummer/.").format(version=__version__))
        box.addButton(translate("MainWindow", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.discard_as_of()
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.sync()
        super().closeEvent(event)


LANGUAGE_NOTICE = QT_TRANSLATE_NOOP(
    "MainWindow", "Språket blir {language} neste gang boligreg startes.")


def language_notice(code: str) -> str:
    """That ``code`` is used from the next start, in that language and in the current one."""
    name = i18n.LANGUAGES[code]
    lines = [i18n.translate_in(lang, "MainWindow", LANGUAGE_NOTICE).format(language=name)
             for lang in dict.fromkeys((code, i18n.language()))]
    return "\n\n".join(lines)


def restart_command(argv: list[str]) -> list[str]:
    """The command that starts this window again, without a --lang that would override the
    language just chosen."""
    args, skip = [], False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            args.append(arg)
    return [sys.executable, "-m", "boligreg", *args]


def restart_after_quit() -> None:
    """Start boligreg again once this process has ended (its file lock released)."""
    command = restart_command(sys.argv)
    env = {k: v for k, v in os.environ.items() if k != "BOLIGREG_LANG"}
    atexit.register(lambda: subprocess.Popen(command, env=env, start_new_session=True))


def create_main_window(register: Register) -> MainWindow:
    return MainWindow(AppState(register))
