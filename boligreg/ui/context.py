"""What every section of the window shares: the open database, the district scope, settings.

Sections never talk to each other directly: they listen to and emit these signals.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from ..i18n import translate
from ..paths import data_dir
from ..services.collection import Register
from ..services.inventory import district_choices


def app_settings() -> QSettings:
    """Settings in an INI file in the per-user data folder (``BOLIGREG_HOME`` in tests)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


class AppState(QObject):
    """Shared state of one open database.

    ``scope_changed(code | None)``: the district scope changed (None = all bydeler).
    ``data_changed()``: something was written; visible sections reload.
    ``open_record(entity_type, entity_id)``: a section asks the shell to show a record
    (entity_type is a table name such as "dwelling", "agreement", "property").
    ``as_of_changed(day | None)``: the window shows the register as of ``day`` (read-only)
    or, with None, as it is today; ``data_changed`` follows, so sections re-read.

    ``register`` is the register sections read (a :class:`services.collection.Register`):
    the read-only as-of copy while one is shown, otherwise the open file (``live_register``,
    which backups, sync and fact sheets always use). The window asks these for everything;
    ``db``/``live_db`` are their databases, for tests and tools only.
    """

    scope_changed = Signal(object)
    data_changed = Signal()
    open_record = Signal(str, str)
    as_of_changed = Signal(object)

    def __init__(self, register: Register, settings: QSettings | None = None) -> None:
        super().__init__()
        # Tests and tools may hand over a services' Database: it gets its Register.
        self.live_register = register if isinstance(register, Register) else Register(register)
        self.as_of_register: Register | None = None  # the past day's, while one is shown
        self.settings = settings or app_settings()
        self.districts: list[tuple[str, str]] = self.live_register.read(district_choices)
        saved = self.settings.value("scope/district", "", type=str)
        self._scope: str | None = saved if saved in dict(self.districts) else None

    @property
    def register(self) -> Register:
        return self.as_of_register if self.as_of_register is not None else self.live_register

    @property
    def db(self) -> Any:
        """The Database under :attr:`register` (tests and tools; the window uses register)."""
        return self.register.db

    @property
    def live_db(self) -> Any:
        """The Database under :attr:`live_register` (tests and tools)."""
        return self.live_register.db

    @property
    def as_of_view(self) -> Any:
        """The as-of copy under :attr:`as_of_register` (tests: its folder)."""
        return self.as_of_register.view if self.as_of_register is not None else None

    @property
    def as_of_day(self) -> date | None:
        return self.as_of_register.day if self.as_of_register is not None else None

    @property
    def read_only(self) -> bool:
        """True while the register is shown as of a past day: nothing may be edited."""
        return self.as_of_register is not None

    def enter_as_of(self, day: date, view: Register | None = None) -> None:
        """Show the register as of the end of ``day``. ``view`` is its read-only register
        (``live_register.as_of(day)``) built off the UI thread (the window does so); without
        it, it is built here. Raises HistoryIncompleteError when the history does not reach
        back to ``day``."""
        if view is None:
            view = self.live_register.as_of(day)
        old, self.as_of_register = self.as_of_register, view
        if old is not None:
            old.close()
        self.as_of_changed.emit(view.day)
        self.data_changed.emit()

    def leave_as_of(self) -> None:
        """Back to the register as it is today."""
        old, self.as_of_register = self.as_of_register, None
        if old is None:
            return
        old.close()
        self.as_of_changed.emit(None)
        self.data_changed.emit()

    def discard_as_of(self) -> None:
        """Drop the as-of copy without telling anyone (the window is closing)."""
        old, self.as_of_register = self.as_of_register, None
        if old is not None:
            old.close()

    @property
    def scope(self) -> str | None:
        return self._scope

    def set_scope(self, code: str | None) -> None:
        code = code or None
        if code == self._scope:
            return
        self._scope = code
        self.settings.setValue("scope/district", code or "")
        self.scope_changed.emit(code)

    def district_name(self, code: str | None) -> str:
        if code is None:
            return translate("AppState", "Alle bydeler")
        return dict(self.districts).get(code, code)
