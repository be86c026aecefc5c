"""Synkronisering in the window: the Synkroniser action with progress, the conflict list with
both versions side by side, and the status-bar line (last successful sync, changes waiting).

The window installs it with one call (``install_sync``); everything here goes through
``services.sync`` — no SQL in the UI.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import formats
from ..i18n import QT_TRANSLATE_NOOP, plural, translate
from ..services.collection import Register
from .context import AppState
from .messages import show_error
from .qtutil import text_of
from .workers import Job, run_job

if TYPE_CHECKING:  # for annotations only
    from ..services.sync import ConflictView, SyncResult
    from .sections.sync_section import SyncSection


def _svc():  # noqa: ANN202 - lazy: the sync engine (≈ 0.2–0.35 s) loads on first use, not at window start
    from ..services import sync

    return sync

SETTING_URL = "sync/central_url"
CENTRAL_ENV = "BOLIGREG_CENTRAL_URL"
DIFF_BRUSH = QBrush(QColor("#fff4ce"))  # fields where the two versions differ
CHOICES = (("server", QT_TRANSLATE_NOOP("SyncUi", "Sentral")),
           ("local", QT_TRANSLATE_NOOP("SyncUi", "Min")))


def status_line(db: Register) -> str:
    """The status bar's sync line, in words."""
    if not db.is_sqlite:
        return translate("SyncUi", "Tilkoblet sentraldatabasen direkte")
    st = db.run(_svc().sync_status)
    if st.last_success_at is None:
        when = translate("SyncUi", "Aldri synkronisert")
    else:
        when = translate("SyncUi", "Sist synkronisert {when}").format(
            when=formats.timestamp(st.last_success_at, utc=True))
    if st.pending == 0:
        waiting = translate("SyncUi", "ingen lokale endringer venter")
    else:
        waiting = plural(st.pending, "SyncUi",
                         QT_TRANSLATE_NOOP("SyncUi", "{n} lokal endring venter"),
                         QT_TRANSLATE_NOOP("SyncUi", "{n} lokale endringer venter")).format(
            n=formats.integer(st.pending))
    text = f"{when}  ·  {waiting}"
    if st.open_conflicts:
        text += "  ·  " + plural(st.open_conflicts, "SyncUi",
                                 QT_TRANSLATE_NOOP("SyncUi", "{n} konflikt"),
                                 QT_TRANSLATE_NOOP("SyncUi", "{n} konflikter")).format(
            n=formats.integer(st.open_conflicts))
    return text


class CentralUrlDialog(QDialog):
    """Asks for the central database's address (kept in the settings without a password)."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SyncUi", "Sentraldatabase"))
        self.setMinimumWidth(560)
        intro = QLabel(translate(
            "SyncUi",
            "Adressen til sentraldatabasen, for eksempel "
            "<tt>postgresql+psycopg://kari@boligreg.oslo.kommune.no/boligreg</tt>. "
            "Logg inn som deg selv; passordet lagres ikke (bruk gjerne .pgpass)."))
        intro.setWordWrap(True)
        self.edit = QLineEdit(current)
        self.edit.setPlaceholderText(translate("SyncUi", "postgresql+psycopg://bruker@vert/database"))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(translate("SyncUi", "Synkroniser"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("SyncUi", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    @property
    def url(self) -> str:
        return text_of(self.edit).strip()


class ConflictDialog(QDialog):
    """The conflict list: pick one, see both versions field by field, keep one side or mix.

    ``needs_sync`` turns True once a decision changed local data (it must be sent)."""

    COLUMNS = (QT_TRANSLATE_NOOP("SyncUi", "Felt"), QT_TRANSLATE_NOOP("SyncUi", "Utgangspunkt"),
               QT_TRANSLATE_NOOP("SyncUi", "Her (denne kopien)"),
               QT_TRANSLATE_NOOP("SyncUi", "Sentralt"), QT_TRANSLATE_NOOP("SyncUi", "Behold"))

    def __init__(self, db: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.needs_sync = False
        self.conflicts: list[ConflictView] = []
        self._choices: dict[str, QComboBox] = {}
        self.setWindowTitle(translate("SyncUi", "Konflikter fra synkronisering"))
        self.resize(1100, 620)

        self.list = QListWidget()
        self.list.setMinimumWidth(280)
        self.list.currentRowChanged.connect(self._show)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("SyncUi", c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.show_all = QCheckBox(translate("SyncUi", "Vis alle felt (ikke bare de som er ulike)"))
        self.show_all.toggled.connect(lambda _on: self._show(self.list.currentRow()))
        self.keep_local = QPushButton(translate("SyncUi", "Behold min versjon"))
        self.keep_server = QPushButton(translate("SyncUi", "Behold sentral versjon"))
        self.merge = QPushButton(translate("SyncUi", "Slå sammen (valg per felt)"))
        self.keep_local.clicked.connect(lambda: self._resolve("local"))
        self.keep_server.clicked.connect(lambda: self._resolve("server"))
        self.merge.clicked.connect(self._resolve_merge)
        self.empty = QLabel(translate("SyncUi", "Ingen konflikter venter. Alt er avgjort."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        close = QDialogButtonBox()
        close.addButton(translate("SyncUi", "Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.heading)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.show_all)
        row = QHBoxLayout()
        row.addWidget(self.keep_local)
        row.addWidget(self.keep_server)
        row.addWidget(self.merge)
        row.addStretch(1)
        rl.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.conflicts = self.db.run(_svc().list_conflicts)
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.conflicts:
            item = QListWidgetItem(f"{c.entity_label} {c.title}\n{c.kind_label}")
            item.setToolTip(c.reason)
            self.list.addItem(item)
        self.list.blockSignals(False)
        has = bool(self.conflicts)
        self.empty.setVisible(not has)
        for w in (self.keep_local, self.keep_server, self.merge, self.table, self.show_all):
            w.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)
            self._show(0)
        else:
            self.heading.setText("")
            self.table.setRowCount(0)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        self._choices = {}
        if not 0 <= row < len(self.conflicts):
            return
        c = self.conflicts[row]
        self.heading.setText(translate(
            "SyncUi", "<b>{record}</b> — {kind}<br>{reason}<br><small>Oppdaget {when}. "
            "Utgangspunkt er verdien begge startet fra; feltene i fet skrift er endret begge "
            "steder.</small>").format(record=f"{c.entity_label} {c.title}", kind=c.kind_label,
                                      reason=c.reason,
                                      when=formats.timestamp(c.detected_at, utc=True)))
        rows = [r for r in c.rows if r.disputed or r.differs or self.show_all.isChecked()]
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for i, r in enumerate(rows):
            for col, value in enumerate((r.label, r.base, r.local, r.server)):
                item = QTableWidgetItem(value)
                if r.differs:
                    item.setBackground(DIFF_BRUSH)
                if r.disputed:
                    item.setFont(bold)
                self.table.setItem(i, col, item)
            if r.differs and c.local is not None and c.server is not None:
                combo = QComboBox()
                for key, label in CHOICES:
                    combo.addItem(translate("SyncUi", label), key)
                self.table.setCellWidget(i, 4, combo)
                self._choices[r.field] = combo
        self.merge.setEnabled(bool(self._choices))

    def merge_choice(self) -> dict[str, str]:
        return {f: str(combo.currentData()) for f, combo in self._choices.items()}

    def _resolve(self, choice: str | dict[str, str]) -> None:
        c = self.current()
        if c is None:
            return
        try:
            resolution = self.db.run(_svc().resolve_conflict, c.id, choice)
        except Exception as exc:  # noqa: BLE001 - shown to the person, nothing changed
            show_error(self, translate("SyncUi", "Konflikt"), exc)
            return
        if resolution != "server":
            self.needs_sync = True
        self.reload()

    def _resolve_merge(self) -> None:
        self._resolve(self.merge_choice())


class SyncUi(QObject):
    """Actions, status line and dialogs of the sync, attached to one main window."""

    finished = Signal(object)  # SyncResult, after a successful sync

    def __init__(self, window: QMainWindow,
                 new_window: Callable[[AppState], QMainWindow]) -> None:
        super().__init__(window)
        self.window = window
        self.new_window = new_window  # opens another main window (for the central database)
        self.ctx = window.ctx  # type: ignore[attr-defined]
        self.db: Register = self.ctx.live_register
        self._session_url: str | None = None  # with password, never written to settings
        self.job: Job | None = None
        self.dialog: ConflictDialog | None = None

        self.sync_action = QAction(translate("SyncUi", "Synkroniser"), window)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.setToolTip(translate(
            "SyncUi", "Send lokale endringer og hent andres (F9)"))
        self.sync_action.triggered.connect(self.start_sync)
        self.conflicts_action = QAction(translate("SyncUi", "Konflikter …"), window)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.url_action = QAction(translate("SyncUi", "Sentraldatabase …"), window)
        self.url_action.triggered.connect(self.ask_url)
        self.online_action = QAction(translate("SyncUi", "Åpne sentraldatabasen direkte …"), window)
        self.online_action.setToolTip(translate(
            "SyncUi", "Arbeid direkte i sentraldatabasen (krever nett)"))
        self.online_action.triggered.connect(self.open_online)
        self.online_windows: list[QMainWindow] = []
        menu = QMenu(translate("SyncUi", "S&ynkronisering"), window)
        for action in (self.sync_action, self.conflicts_action, self.url_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.online_action)
        existing = window.menuBar().actions()
        if existing:  # before Hjelp, which stays last
            window.menuBar().insertMenu(existing[-1], menu)
        else:
            window.menuBar().addMenu(menu)
        self.menu = menu
        toolbar = window.findChild(QToolBar, "scopeToolbar")
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.sync_action)
        self.status_label = QLabel()
        self.status_label.setObjectName("syncStatus")
        window.statusBar().addPermanentWidget(self.status_label)
        if not self.db.is_sqlite or self.db.is_demo:
            reason = (translate("SyncUi", "Demodata synkroniseres ikke") if self.db.is_demo else
                      translate("SyncUi", "Du arbeider direkte i sentraldatabasen"))
            for action in (self.sync_action, self.conflicts_action, self.url_action):
                action.setEnabled(False)
                action.setToolTip(reason)
            self.online_action.setEnabled(self.db.is_sqlite)
        self.ctx.data_changed.connect(self.refresh_status)
        self.refresh_status()

    # --- status ---------------------------------------------------------------------------
    def refresh_status(self) -> None:
        try:
            self.status_label.setText(status_line(self.db))
        except Exception:  # noqa: BLE001 - a status line must never break the window
            self.status_label.setText(translate("SyncUi", "Synkroniseringsstatus ukjent"))

    # --- the central's address ------------------------------------------------------------
    def central_url(self) -> str | None:
        if self._session_url:
            return self._session_url
        saved = self.ctx.settings.value(SETTING_URL, "", type=str)
        return saved or os.environ.get(CENTRAL_ENV) or None

    def set_central_url(self, url: str) -> None:
        from ..services.central import url_without_password  # lazy: the sync engine

        self._session_url = url
        self.ctx.settings.setValue(SETTING_URL, url_without_password(url))

    def ask_url(self) -> bool:
        dialog = CentralUrlDialog(self.central_url() or "", self.window)
        if not dialog.exec() or not dialog.url:
            return False
        try:
            self.set_central_url(dialog.url)
        except Exception as exc:  # noqa: BLE001 - a malformed address
            show_error(self.window, translate("SyncUi", "Sentraldatabase"), exc)
            return False
        return True

    # --- syncing --------------------------------------------------------------------------
    def start_sync(self) -> None:
        if self.job is not None and self.job.running:
            return
        # An officer's connection profile (the Synkronisering section) comes first; an
        # address typed in the URL form this session, or none saved, keeps the old way.
        section = self.profile_section()
        if section is not None and not self._session_url:
            self.window.select_section(section.key)  # type: ignore[attr-defined]
            section.sync_now()
            return
        url = self.central_url()
        if not url:
            if not self.ask_url():
                return
            url = self.central_url()
        db = self.db

        def work(progress, cancel) -> SyncResult:  # noqa: ANN001 - run_job's signature
            return db.run(_svc().sync, url, progress=progress, cancel=cancel)

        self.sync_action.setEnabled(False)
        self.job = run_job(self.window, translate(
            "SyncUi", "Synkroniserer med sentraldatabasen"), work,
                           self._done, self._failed)

    def profile_section(self) -> SyncSection | None:
        """The Synkronisering section, when a connection profile is chosen there."""
        find = getattr(self.window, "section", None)
        section = find("sync") if callable(find) else None
        return section if section is not None and section.has_profile() else None

    def _done(self, result: SyncResult) -> None:
        self.sync_action.setEnabled(True)
        self.window.statusBar().showMessage(result.summary(), 15000)
        self.ctx.data_changed.emit()
        self.refresh_status()
        self.finished.emit(result)
        if result.conflicts:
            self.show_conflicts()

    def _failed(self, exc: BaseException) -> None:
        self.sync_action.setEnabled(True)
        self.refresh_status()
        show_error(self.window, translate("SyncUi", "Synkronisering"), self._friendly(exc))

    def _friendly(self, exc: BaseException) -> BaseException:
        """Driver text never reaches the person: classified as Test tilkobling does."""
        from ..services.sync.connect import friendly

        try:
            return friendly(exc, self.central_url())
        except Exception:  # noqa: BLE001 - the original error is still worth showing
            return exc

    def show_conflicts(self) -> ConflictDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reload()
            return self.dialog
        dialog = ConflictDialog(self.db, self.window)
        dialog.finished.connect(lambda _code: self._conflicts_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_online(self) -> None:
        """Open the central database in a window of its own (online work)."""
        if not self.ask_url():
            return
        url = self.central_url()
        if url is None:  # ask_url() has just stored one
            return

        def work(_progress, _cancel) -> Register:  # noqa: ANN001 - run_job's signature
            from ..services.central import open_central  # lazy: the sync engine

            return Register(open_central(url))

        run_job(self.window, translate("SyncUi", "Kobler til sentraldatabasen"), work,
                self._show_online, lambda exc: show_error(
                    self.window, translate("SyncUi", "Sentraldatabasen"), self._friendly(exc)))

    def _show_online(self, db: Register) -> None:
        # The main window hands over how to open another one: main_window imports this
        # module, never the other way round.
        window = self.new_window(AppState(db, self.ctx.settings))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_a: db.close())
        window.destroyed.connect(lambda *_a: self.online_windows.remove(window)
                                 if window in self.online_windows else None)
        self.online_windows.append(window)
        window.show()
        for note in db.notes:
            window.statusBar().showMessage(note, 10000)

    def _conflicts_closed(self, dialog: ConflictDialog) -> None:
        self.ctx.data_changed.emit()
        self.refresh_status()
        if dialog.needs_sync:  # a person's decision changed local data: send it
            self.start_sync()


def install_sync(window: QMainWindow, new_window: Callable[[AppState], QMainWindow]) -> SyncUi:
    """Attach the sync menu, toolbar button and status-bar line to ``window``;
    ``new_window(ctx)`` opens another main window (the central database's, online)."""
    return SyncUi(window, new_window)
