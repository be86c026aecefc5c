"""What every section of the window shares: the open database, the district scope, settings.

Sections never talk to each other directly: they listen to and emit these signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from ..models import Database
from ..paths import data_dir
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
    """

    scope_changed = Signal(object)
    data_changed = Signal()
    open_record = Signal(str, str)

    def __init__(self, db: Database, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or app_settings()
        with db.engine.connect() as conn:
            self.districts: list[tuple[str, str]] = district_choices(conn)
        saved = self.settings.value("scope/district", "", type=str)
        self._scope: str | None = saved if saved in dict(self.districts) else None

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
            return "Alle bydeler"
        return dict(self.districts).get(code, code)
