"""Opens databases for the window: instance lock, daily backup, damaged-file recovery,
switching files and restoring backups. One controller per running app."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import formats, i18n
from ..errors import BoligregError
from ..i18n import QT_TRANSLATE_NOOP, plural, translate
from ..paths import data_dir
from ..services.backup import daily_backup, newest_good_backup, restore_backup
from ..services.collection import DatabaseDamagedError, Register
from .context import AppState
from .main_window import MainWindow
from .messages import error_message, show_error
from .workers import run_job


class AlreadyOpenError(BoligregError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"«{path.name}» er allerede åpen i et annet boligreg-vindu på denne maskinen. "
            "Bruk det vinduet, eller lukk det først.",
            f"'{path.name}' is already open in another boligreg window on this machine. Use "
            "that window, or close it first.",
        )


def count_dwellings(n: int) -> str:
    """«1 bolig», «2 boliger» in the window's language."""
    return plural(n, "Counts", QT_TRANSLATE_NOOP("Counts", "{n} bolig"),
                  QT_TRANSLATE_NOOP("Counts", "{n} boliger")).format(n=formats.integer(n))


def _lock_for(path: Path) -> QLockFile:
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    folder = data_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / f"{digest}.lock"))
    lock.setStaleLockTime(0)  # a crashed instance's lock is stale once its pid is gone
    return lock


class AppController:
    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.lock: QLockFile | None = None

    # --- opening --------------------------------------------------------------------------
    def open(self, db: Register) -> MainWindow:
        """Show ``db`` in a new main window (replacing the current one)."""
        same_file = (
            db.path is not None and self.window is not None
            and self.window.ctx.live_register.path is not None
            and self.window.ctx.live_register.path.resolve() == db.path.resolve()
        )
        lock: QLockFile | None = None
        if db.path is not None and same_file:
            lock = self.lock  # the file this window already holds
        elif db.path is not None:
            lock = _lock_for(db.path)
            if not lock.tryLock(100):
                db.close()
                raise AlreadyOpenError(db.path)
        old, old_lock = self.window, self.lock
        try:
            window: MainWindow | None = MainWindow(AppState(db))
        except Exception:
            # A damaged file can fail while the sections read it; the check below says why.
            if db.integrity is None or db.integrity.run() != "damaged":
                raise
            window = None
        # The integrity check ran in parallel with building the window; wait for its verdict
        # before showing anything (a damaged file is never shown as if it were sound).
        if db.integrity is not None and db.integrity.run() == "damaged":
            error = db.integrity.error
            if window is not None:
                window.deleteLater()
            db.close()
            if lock is not None and lock is not self.lock:
                lock.unlock()
            assert error is not None and db.path is not None
            recovered = self._recover(db.path, error, self.window)
            if recovered is None:
                raise error
            return self.open(recovered)
        assert window is not None
        window.database_switch_requested.connect(self.switch_to)
        window.restore_requested.connect(self.restore)
        self.window, self.lock = window, lock
        window.show()
        for note in db.notes:
            window.statusBar().showMessage(note, 10000)
        if db.path is not None:
            self._daily_backup(window, db)
        if old is not None:
            old.close()
            old.ctx.live_register.close()
        if old_lock is not None and old_lock is not lock:
            old_lock.unlock()
        return window

    def _daily_backup(self, window: MainWindow, db: Register) -> None:
        """Today's first-open backup, off the UI thread: on a big file it takes ~0.5 s, which
        the window need not wait for. The backup API reads a consistent snapshot while the
        officer works; the app waits for it on quit."""
        path, key = db.path, db.key
        assert path is not None

        def failed(exc: BaseException) -> None:  # a failed backup must not block work
            window.statusBar().showMessage(translate(
                "AppController", "Daglig sikkerhetskopi feilet: {error}").format(
                error=error_message(exc)), 15000)

        run_job(window, translate(
            "AppController", "Daglig sikkerhetskopi"), lambda _p, _c: daily_backup(path, key),
                lambda _result: None, failed, show_dialog=False)

    def open_path(self, path: Path, parent: QWidget | None = None) -> Register | None:
        """Open a file for the window. Its integrity check starts on another thread at once
        and runs while the window is built (``open`` waits for it before showing anything);
        a file found damaged is offered its newest good backup."""
        try:
            db = Register.open(path, check="deferred")
        except DatabaseDamagedError as exc:
            return self._recover(path, exc, parent)
        if db.integrity is not None:
            threading.Thread(target=db.integrity.run, name="integrity-check",
                             daemon=True).start()
        return db

    def _recover(self, path: Path, exc: DatabaseDamagedError,
                 parent: QWidget | None) -> Register | None:
        """Tell the user the file is damaged and offer the newest good backup."""
        best = newest_good_backup(path)
        if best is None:
            raise exc
        # The service's text ends with advice to restore by hand; the box offers it instead.
        what = exc.nb.split(" Gjenopprett")[0] if i18n.language() == "nb" else \
            exc.en.split(" Restore")[0]
        box = QMessageBox(QMessageBox.Icon.Critical,
                          translate("AppController", "Skadet database"), what, parent=parent)
        box.setInformativeText(translate(
            "AppController",
            "Nyeste gode sikkerhetskopi er fra {taken} med {dwellings}. Vil du gjenopprette "
            "den? Den skadde filen tas vare på.").format(
            taken=formats.timestamp(best.taken_at, utc=True),
            dwellings=count_dwellings(best.counts.get("dwelling", 0))))
        yes = box.addButton(translate("AppController", "Gjenopprett"),
                            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("AppController", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not yes:
            return None
        restore_backup(path, best.path)
        return Register.open(path)

    def switch_to(self, path: str) -> None:
        try:
            db = self.open_path(Path(path), self.window)
            if db is not None:
                self.open(db)
        except BoligregError as exc:
            show_error(self.window, translate("AppController", "Kan ikke åpne databasen"), exc)

    def restore(self, backup: str) -> None:
        assert self.window is not None and self.window.ctx.live_register.path is not None
        path = self.window.ctx.live_register.path
        # Close our own connections first: the file is replaced underneath.
        self.window.ctx.live_register.close()
        try:
            restore_backup(path, Path(backup))
            db = Register.open(path)
        except BoligregError as exc:
            show_error(self.window, translate("AppController", "Gjenoppretting"), exc)
            return
        window = self.open(db)
        window.statusBar().showMessage(translate(
            "AppController", "Gjenopprettet fra {name}").format(
            name=Path(backup).name), 10000)

    def close(self) -> None:
        if self.window is not None:
            self.window.ctx.live_register.close()
        if self.lock is not None:
            self.lock.unlock()
