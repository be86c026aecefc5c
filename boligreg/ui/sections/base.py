"""What a section of the main window is: a widget with a key, a title and ``refresh()``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...i18n import translate
from ..context import AppState
from ..messages import error_message


class Section(QWidget):
    """Base class of the sections in the sidebar.

    Subclasses set ``key`` (stable id, used in settings), ``title`` (bokmål, marked with
    ``QT_TRANSLATE_NOOP("Section", …)``; each instance holds it translated, as the sidebar
    shows it) and implement ``refresh()``, which reloads from the services for ``ctx.scope``.
    ``show_record`` lets the shell route an ``open_record`` request to the section that owns
    that kind of record; return True if handled.
    """

    key = ""
    title = ""
    handles: tuple[str, ...] = ()  # entity types this section can show

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A fixed context, not self.tr: the title is defined on the subclass, shown by the shell.
        self.title = translate("Section", type(self).title) if type(self).title else ""
        self.ctx = ctx
        self._stale = True
        self.last_error: Exception | None = None
        ctx.scope_changed.connect(self._mark_stale)
        ctx.data_changed.connect(self._mark_stale)

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.ensure_fresh()

    def ensure_fresh(self) -> None:
        """Reload if something changed since the last load (sections load lazily).

        A failed load (a locked or damaged file, a vanished server) is reported in the status
        bar and retried at the next change, instead of escaping into Qt's event loop.
        """
        if self._stale:
            self._stale = False
            try:
                self.refresh()
                self.last_error = None
            except Exception as exc:  # noqa: BLE001 - shown to the user, section stays usable
                self._stale = True
                self.last_error = exc
                window = self.window()
                bar = getattr(window, "statusBar", None)
                if callable(bar):
                    bar().showMessage(translate("Section", "Kunne ikke laste {title}: {error}")
                                      .format(title=self.title, error=error_message(exc)), 15000)

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().showEvent(event)
        self.ensure_fresh()

    def refresh(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def show_record(self, entity_type: str, entity_id: str) -> bool:
        return False
