"""Synkronisering: the officer's side of the sync, without connection strings.

- connection profiles (name, server, port, database, user), kept in the per-user settings;
  the password only in the operating system's keyring (or for this session), never in a file
- "Test tilkobling": the sync's handshake, with a Norwegian message for each failure class
- what the copy knows: the last sync, the changes waiting, the conflicts to decide (the
  existing conflict dialog opens from here)
- "Synkroniser nå", off the UI thread with progress and Avbryt

Everything goes through ``services.sync`` (``services.sync.connect`` builds the URL, tests
and classifies); no SQL, no SQLAlchemy, no models here. The URL form (Synkronisering →
Sentraldatabase …, ``--central URL`` in the CLI) stays beside it.
"""

from __future__ import annotations

import contextlib
from html import escape, unescape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ...errors import BoligregError
from ...i18n import QT_TRANSLATE_NOOP
from ...services.sync import connect as svc
from ...services.sync import sync_status
from ..context import AppState
from ..messages import confirm, error_message
from ..qtutil import text_of
from ..sync_ui import ConflictDialog
from ..workers import Job, run_job
from .base import Section

if TYPE_CHECKING:
    from ...services.sync import SyncResult

SETTING_PROFILES = "sync/profiles"
SETTING_ACTIVE = "sync/active_profile"
SETTING_OLD_URL = "sync/central_url"  # the URL form's address (sync_ui.SETTING_URL)

LOCAL_STYLE = """
#card { background: white; border: 1px solid #dde1e8; border-radius: 6px; }
#cardValue { font-size: 18px; font-weight: 600; color: #2a2859; }
#cardCaption { color: #4a4f5c; }
#boxTitle { font-size: 14px; font-weight: 600; color: #2a2859; }
#help { color: #4a4f5c; }
#okBanner { background: #e5f4ea; color: #1f5130; border: 1px solid #b9dec5; border-radius: 6px;
            padding: 8px 10px; }
#badBanner { background: #fdecec; color: #7a1d22; border: 1px solid #f2c0c3;
             border-radius: 6px; padding: 8px 10px; }
#infoBanner { background: #eef3fb; color: #22345c; border: 1px solid #c9d6ee;
              border-radius: 6px; padding: 8px 10px; }
QPushButton#primary { background: #1f42aa; color: white; border: none; border-radius: 4px;
                      padding: 7px 18px; font-weight: 600; }
QPushButton#primary:disabled { background: #aab4cf; }
QPushButton { padding: 6px 14px; }
QListWidget#profileList::item { padding: 6px 8px; }
"""


def _card(caption: str) -> tuple[QFrame, QVBoxLayout, QLabel, QLabel]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    value = QLabel("–")
    value.setObjectName("cardValue")
    value.setWordWrap(True)
    cap = QLabel(caption)
    cap.setObjectName("cardCaption")
    cap.setWordWrap(True)
    layout.addWidget(value)
    layout.addWidget(cap)
    return frame, layout, value, cap


class SyncSection(Section):
    """Profiles, Test tilkobling, status and Synkroniser nå."""

    key = "sync"
    title = QT_TRANSLATE_NOOP("Section", "Synkronisering")
    synced = Signal(object)  # SyncResult, after a sync from here succeeded
    tested = Signal(object)  # ConnectionCheck or ConnectError, after Test tilkobling

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(LOCAL_STYLE)
        self.profiles: list[svc.ConnectionProfile] = []
        self._session_passwords: dict[str, str] = {}  # account -> password, memory only
        self.job: Job | None = None
        self.test_job: Job | None = None
        self.last_failure: svc.ConnectError | None = None
        db = ctx.register
        self.can_sync = db.is_sqlite and not db.is_demo
        self._build_view(is_demo=db.is_demo, is_sqlite=db.is_sqlite)
        self._connect_signals()
        self._load_profiles()

    # --- view -------------------------------------------------------------------------------
    def _build_view(self, *, is_demo: bool, is_sqlite: bool) -> None:
        heading = QLabel(self.tr("Synkronisering"))
        heading.setObjectName("sectionHeading")
        sub = QLabel(self.tr("Din kopi av registeret møter de andres i sentraldatabasen: send "
                             "dine endringer og hent deres. Du kan arbeide uten nett og "
                             "synkronisere når du er tilkoblet."))
        sub.setObjectName("sectionSubheading")
        sub.setWordWrap(True)
        self.notice = QLabel("")
        self.notice.setObjectName("infoBanner")
        self.notice.setWordWrap(True)
        self.notice.setVisible(not self.can_sync)
        if is_demo:
            self.notice.setText(self.tr("Dette er demodata. Demodata synkroniseres aldri med "
                                        "sentraldatabasen; profilene kan likevel settes opp og "
                                        "testes."))
        elif not is_sqlite:
            self.notice.setText(self.tr("Du arbeider direkte i sentraldatabasen; det er "
                                        "ingenting å synkronisere i dette vinduet."))
        cards = self._build_cards()
        profiles_box = self._build_profiles_box()
        sync_row = self._build_sync_row()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addWidget(self.notice)
        layout.addLayout(cards)
        layout.addLayout(sync_row)
        layout.addWidget(self.step_label)
        layout.addWidget(self.sync_result)
        layout.addWidget(profiles_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_cards(self) -> QHBoxLayout:
        """The three status cards: last sync, changes waiting, conflicts to decide."""
        last_card, _l, self.last_value, self.last_caption = _card(self.tr("Sist synkronisert"))
        wait_card, _w, self.pending_value, self.pending_caption = _card(
            self.tr("Venter på å bli sendt"))
        conf_card, conf_layout, self.conflicts_value, self.conflicts_caption = _card(
            self.tr("Konflikter å avgjøre"))
        self.conflicts_button = QPushButton(self.tr("Avgjør konflikter …"))
        conf_layout.addWidget(self.conflicts_button)
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in (last_card, wait_card, conf_card):
            cards.addWidget(card, 1)
        return cards

    def _build_profiles_box(self) -> QFrame:
        """Tilkoblingsprofil: the list of profiles beside the profile's form."""
        box_title = QLabel(self.tr("Tilkoblingsprofil"))
        box_title.setObjectName("boxTitle")
        self.profile_list = QListWidget()
        self.profile_list.setObjectName("profileList")
        self.profile_list.setMinimumWidth(150)
        self.profile_list.setMaximumWidth(220)
        self.profile_list.setMaximumHeight(260)
        self.new_button = QPushButton(self.tr("Ny profil"))
        self.delete_button = QPushButton(self.tr("Slett"))
        list_col = QVBoxLayout()
        list_col.addWidget(self.profile_list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_col.addLayout(list_buttons)
        form_holder = self._build_profile_form()

        profiles_box = QFrame()
        profiles_box.setObjectName("card")
        pb = QGridLayout(profiles_box)
        pb.setContentsMargins(14, 10, 14, 12)
        pb.addWidget(box_title, 0, 0, 1, 2)
        help_text = QLabel(self.tr("Serveren, databasen og brukernavnet får du av "
                                   "administratoren. Passordet lagres aldri i en fil."))
        help_text.setObjectName("help")
        help_text.setWordWrap(True)
        pb.addWidget(help_text, 1, 0, 1, 2)
        pb.addLayout(list_col, 2, 0)
        pb.addWidget(form_holder, 2, 1, Qt.AlignmentFlag.AlignLeft)
        pb.setColumnStretch(1, 1)
        return profiles_box

    def _build_profile_form(self) -> QWidget:
        """The profile's fields, Lagre profil and Test tilkobling, and the test's result."""
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("for eksempel Jobb"))
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText(self.tr("boligreg.oslo.kommune.no"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(svc.DEFAULT_PORT)
        self.port_spin.setMinimumWidth(90)
        self.port_spin.setMaximumWidth(120)
        self.database_edit = QLineEdit("boligreg")
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("ditt brukernavn"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(
            self.tr("Husk passordet i operativsystemets passordlager"))
        self.remember_check.setChecked(True)
        self.fields = {"name": self.name_edit, "server": self.server_edit,
                       "port": self.port_spin, "database": self.database_edit,
                       "user": self.user_edit}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Navn"), self.name_edit)
        form.addRow(self.tr("Server"), self.server_edit)
        form.addRow(self.tr("Port"), self.port_spin)
        form.addRow(self.tr("Database"), self.database_edit)
        form.addRow(self.tr("Brukernavn"), self.user_edit)
        form.addRow(self.tr("Passord"), self.password_edit)
        form.addRow("", self.remember_check)
        self.save_button = QPushButton(self.tr("Lagre profil"))
        self.test_button = QPushButton(self.tr("Test tilkobling"))
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.save_button)
        form_buttons.addWidget(self.test_button)
        form_buttons.addStretch(1)
        self.result = QLabel("")
        self.result.setObjectName("infoBanner")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setVisible(False)
        form_holder = QWidget()
        form_holder.setMaximumWidth(560)
        form_col = QVBoxLayout(form_holder)
        form_col.setContentsMargins(0, 0, 0, 0)
        form_col.addLayout(form)
        form_col.addLayout(form_buttons)
        form_col.addWidget(self.result)
        form_col.addStretch(1)
        return form_holder

    def _build_sync_row(self) -> QHBoxLayout:
        """Synkroniser nå, Avbryt and the progress; the step and result labels beside."""
        self.sync_button = QPushButton(self.tr("Synkroniser nå"))
        self.sync_button.setObjectName("primary")
        self.sync_button.setToolTip(self.tr("Send dine endringer og hent de andres (F9)"))
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.step_label = QLabel("")
        self.step_label.setWordWrap(True)
        self.step_label.setObjectName("help")
        self.step_label.setVisible(False)
        self.sync_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.progress.setMinimumWidth(200)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_button)
        sync_row.addWidget(self.cancel_button)
        sync_row.addWidget(self.progress, 1)
        sync_row.addStretch(1)
        self.sync_result = QLabel("")
        self.sync_result.setWordWrap(True)
        self.sync_result.setObjectName("okBanner")
        self.sync_result.setVisible(False)
        return sync_row

    def _connect_signals(self) -> None:
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.profile_list.currentRowChanged.connect(self._profile_chosen)
        self.new_button.clicked.connect(self.new_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self.password_edit.returnPressed.connect(self.test_connection)  # Enter tests
        self.save_button.clicked.connect(self.save_profile)
        self.test_button.clicked.connect(self.test_connection)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel_sync)

    # --- profiles ---------------------------------------------------------------------------
    def _load_profiles(self) -> None:
        self.profiles = svc.load_profiles(self._setting(SETTING_PROFILES))
        active = self._setting(SETTING_ACTIVE)
        self._fill_list(active)
        if not self.profiles:
            old = self._setting(SETTING_OLD_URL)
            if old:  # the address the URL form kept: offered as a profile, saved on Lagre
                with contextlib.suppress(Exception):  # an unreadable old address is ignored
                    self._show_profile(svc.profile_from_url(old))

    def _setting(self, key: str) -> str:
        return str(self.ctx.settings.value(key, "", type=str) or "")

    def _fill_list(self, select: str | None) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for p in self.profiles:
            item = QListWidgetItem(p.name)
            item.setToolTip(p.where)
            self.profile_list.addItem(item)
        self.profile_list.blockSignals(False)
        names = [p.name for p in self.profiles]
        row = names.index(select) if select in names else (0 if names else -1)
        self.profile_list.setCurrentRow(row)
        if row >= 0:
            self._profile_chosen(row)
        self.delete_button.setEnabled(bool(self.profiles))

    def _store(self) -> None:
        self.ctx.settings.setValue(SETTING_PROFILES, svc.dump_profiles(self.profiles))
        current = self.active_profile()
        self.ctx.settings.setValue(SETTING_ACTIVE, current.name if current else "")

    def _profile_chosen(self, row: int) -> None:
        if 0 <= row < len(self.profiles):
            self._show_profile(self.profiles[row])
            self.ctx.settings.setValue(SETTING_ACTIVE, self.profiles[row].name)

    def _show_profile(self, p: svc.ConnectionProfile) -> None:
        self.name_edit.setText(p.name)
        self.server_edit.setText(p.server)
        self.port_spin.setValue(p.port)
        self.database_edit.setText(p.database)
        self.user_edit.setText(p.user)
        self.password_edit.clear()
        stored = p.user and svc.get_password(p) is not None
        self.password_edit.setPlaceholderText(
            self.tr("lagret i passordlageret") if stored else
            (self.tr("husket til boligreg lukkes") if p.account in self._session_passwords
             else ""))
        self.result.setVisible(False)

    def active_profile(self) -> svc.ConnectionProfile | None:
        row = self.profile_list.currentRow()
        return self.profiles[row] if 0 <= row < len(self.profiles) else None

    def has_profile(self) -> bool:
        return self.active_profile() is not None

    def form_profile(self) -> svc.ConnectionProfile:
        """The profile as the form shows it, checked (ValidationError names the field)."""
        return svc.validate_profile(svc.ConnectionProfile(
            text_of(self.name_edit), text_of(self.server_edit), self.port_spin.value(),
            text_of(self.database_edit), text_of(self.user_edit)))

    def new_profile(self) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.setCurrentRow(-1)
        self.profile_list.blockSignals(False)
        self._show_profile(svc.ConnectionProfile("", "", svc.DEFAULT_PORT, "boligreg", ""))
        self.name_edit.setFocus()

    def save_profile(self) -> svc.ConnectionProfile | None:
        """Keep the form as a profile (the password to the keyring if asked); None if the
        form is not right (the message says which field)."""
        try:
            p = self.form_profile()
        except BoligregError as exc:
            self._fail_field(exc)
            return None
        old = self.active_profile()
        if any(q.name == p.name for q in self.profiles if q is not old):
            self._show_result(False, self.tr("Navnet er i bruk"),
                              self.tr("Det finnes alt en profil som heter «{name}».").format(
                                  name=p.name))
            self.name_edit.setFocus()
            return None
        password = text_of(self.password_edit)
        if old is not None and old.account != p.account:
            moved = svc.get_password(old) if not password else None
            svc.forget_password(old)  # the keyring follows the login, not the profile name
            password = password or moved or self._session_passwords.pop(old.account, "")
        if old is None:
            self.profiles.append(p)
        else:
            self.profiles[self.profiles.index(old)] = p
        note = ""
        if password:
            self._session_passwords[p.account] = password
            if self.remember_check.isChecked():
                try:
                    svc.store_password(p, password)
                except svc.ConnectError as exc:
                    note = " " + error_message(exc)
            else:
                svc.forget_password(p)
        elif not self.remember_check.isChecked():
            svc.forget_password(p)
        self._fill_list(p.name)
        self._store()
        self._show_result(True, self.tr("Profilen er lagret"), f"{p.name}: {p.where}.{note}")
        return p

    def delete_profile(self) -> None:
        p = self.active_profile()
        if p is None:
            return
        if not confirm(self, self.tr("Slett profil"),
                       self.tr("Slette profilen «{name}»? Passordet som er lagret for den, "
                               "slettes også.").format(name=p.name), yes=self.tr("Slett")):
            return
        svc.forget_password(p)
        self._session_passwords.pop(p.account, None)
        self.profiles.remove(p)
        self._fill_list(None)
        if not self.profiles:
            self.new_profile()
        self._store()

    def password_for(self, p: svc.ConnectionProfile) -> str | None:
        """Typed now, else the keyring's, else this session's; None: the server may not ask
        (or .pgpass answers)."""
        typed = text_of(self.password_edit)
        if typed:
            return typed
        return svc.get_password(p) or self._session_passwords.get(p.account)

    # --- Test tilkobling --------------------------------------------------------------------
    def test_connection(self) -> None:
        try:
            p = self.form_profile()
        except BoligregError as exc:
            self._fail_field(exc)
            return
        password = self.password_for(p)
        self.test_button.setEnabled(False)
        self._show_result(None, self.tr("Tester tilkoblingen …"), p.where)

        def work(_progress, _cancel):  # noqa: ANN001, ANN202 - run_job's signature
            return svc.check_connection(p, password)

        self.test_job = run_job(self, self.tr("Test tilkobling"), work, self._tested,
                                self._test_failed, show_dialog=False)
        self.test_job.done.connect(lambda: self.test_button.setEnabled(True))

    def _tested(self, check: svc.ConnectionCheck) -> None:
        self.last_failure = None
        self._show_result(True, self.tr("Tilkoblingen virker"), check.summary)
        self.tested.emit(check)

    def _test_failed(self, exc: BaseException) -> None:
        err = exc if isinstance(exc, svc.ConnectError) else svc.classify(exc)
        self.last_failure = err
        self._show_result(False, err.heading, error_message(err))
        self.tested.emit(err)

    def _fail_field(self, exc: BaseException) -> None:
        self._show_result(False, self.tr("Profilen er ikke fullstendig"), error_message(exc))
        widget = self.fields.get(getattr(exc, "field", "") or "")
        if widget is not None:
            widget.setFocus()

    def _show_result(self, ok: bool | None, heading: str, text: str) -> None:
        name = {True: "okBanner", False: "badBanner", None: "infoBanner"}[ok]
        self._banner(self.result, name, f"<b>{escape(heading)}</b><br>{escape(text)}")

    def result_words(self) -> str:
        """The result box as plain words (tests, screen readers)."""
        return unescape(text_of(self.result).replace("<br>", "\n").replace("<b>", "")
                        .replace("</b>", ""))

    # --- status -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.register.is_sqlite:
            for label in (self.last_value, self.pending_value, self.conflicts_value):
                label.setText("–")
            self.conflicts_button.setEnabled(False)
            self.sync_button.setEnabled(False)
            return
        st = self.ctx.register.run(sync_status)
        if st.last_success_at is None:
            self.last_value.setText(self.tr("Aldri"))
            self.last_caption.setText(self.tr("Sist synkronisert"))
        else:
            self.last_value.setText(formats.timestamp(st.last_success_at, utc=True))
            where = svc.central_label(st.central_name)
            self.last_caption.setText(
                self.tr("Sist synkronisert med {where}").format(where=where) if where
                else self.tr("Sist synkronisert"))
        self.pending_value.setText(str(st.pending))
        self.pending_caption.setText(
            self.tr("lokal endring venter på å bli sendt") if st.pending == 1 else
            self.tr("lokale endringer venter på å bli sendt"))
        self.conflicts_value.setText(str(st.open_conflicts))
        self.conflicts_caption.setText(
            self.tr("konflikt å avgjøre") if st.open_conflicts == 1
            else self.tr("konflikter å avgjøre"))
        self.conflicts_button.setEnabled(st.open_conflicts > 0)
        running = self.job is not None and self.job.running
        self.sync_button.setEnabled(self.can_sync and not running)

    def show_conflicts(self) -> None:
        ui = getattr(self.window(), "sync_ui", None)
        if ui is not None:
            ui.show_conflicts()
            return
        dialog = ConflictDialog(self.ctx.register, self)
        dialog.finished.connect(lambda _c: self.ctx.data_changed.emit())
        dialog.open()

    # --- Synkroniser nå ---------------------------------------------------------------------
    def sync_now(self) -> Job | None:
        """Sync with the chosen profile, in the background; None when nothing started."""
        if not self.can_sync or (self.job is not None and self.job.running):
            return None
        p = self.active_profile()
        if p is None:
            self._show_result(False, self.tr("Ingen profil valgt"),
                              self.tr("Fyll ut og lagre en tilkoblingsprofil først."))
            return None
        password = self.password_for(p)
        db = self.ctx.register

        def work(progress, cancel) -> SyncResult:  # noqa: ANN001 - run_job's signature
            return db.run(svc.sync_with_profile, p, password, progress=progress, cancel=cancel)

        self.sync_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.sync_result.setVisible(False)
        self.step_label.setText(self.tr("Kobler til {server} …").format(server=p.server))
        self.step_label.setVisible(True)
        job = run_job(self, self.tr("Synkroniserer"), work, self._synced, self._sync_failed,
                      show_dialog=False)
        self.job = job
        job.progress.connect(self._progress)
        job.done.connect(lambda: self._sync_done(job))
        return job

    def cancel_sync(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.step_label.setText(self.tr("Avbryter … (det som er hentet, beholdes)"))

    def _progress(self, percent: int, text: str) -> None:
        self.progress.setValue(max(0, min(100, percent)))
        if text:
            self.step_label.setText(text)
            self.step_label.setVisible(True)

    def _synced(self, result: SyncResult) -> None:
        self.last_failure = None
        self._banner(self.sync_result, "okBanner", result.summary())
        self.synced.emit(result)
        if result.conflicts:
            self.show_conflicts()

    def _sync_failed(self, exc: BaseException) -> None:
        if isinstance(exc, svc.ConnectError):
            self.last_failure = exc
            text = f"{exc.heading}: {error_message(exc)}"
        else:
            text = error_message(exc)
        self._banner(self.sync_result, "badBanner", text)

    def _sync_done(self, job: Job) -> None:
        self.cancel_button.setVisible(False)
        self.progress.setVisible(False)
        self.step_label.setText("")
        self.step_label.setVisible(False)
        if job.cancelled and not self.sync_result.isVisible():
            self._banner(self.sync_result, "infoBanner",
                         self.tr("Synkroniseringen ble avbrutt. Det som alt er sendt eller "
                                 "hentet, er lagret; neste synkronisering fortsetter der denne "
                                 "slapp."))
        self.ctx.data_changed.emit()  # status line, cards and every section follow
        self.refresh()

    @staticmethod
    def _banner(label: QLabel, name: str, text: str) -> None:
        label.setObjectName(name)
        label.style().unpolish(label)  # the section's style for the new name
        label.style().polish(label)
        label.setText(text)
        label.setVisible(True)

    def state(self) -> dict[str, Any]:
        """What the section shows now, in words (tests and the screenshot check)."""
        return {"last": text_of(self.last_value), "pending": text_of(self.pending_value),
                "conflicts": text_of(self.conflicts_value),
                "result": self.result_words() if self.result.isVisible() else "",
                "sync": text_of(self.sync_result) if self.sync_result.isVisible() else ""}
