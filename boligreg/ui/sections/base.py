"""What a section of the main window is: a widget with a key, a title and ``refresh()``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppState


class Section(QWidget):
    """Base class of the sections in the sidebar.

    Subclasses set ``key`` (stable id, used in settings), ``title`` (Norwegian, shown in the
    sidebar) and implement ``refresh()``, which reloads from the services for ``ctx.scope``.
    ``show_record`` lets the shell route an ``open_record`` request to the section that owns
    that kind of record; return True if handled.
    """

    key = ""
    title = ""
    handles: tuple[str, ...] = ()  # entity types this section can show

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.scope_changed.connect(self._mark_stale)
        ctx.data_changed.connect(self._mark_stale)

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.ensure_fresh()

    def ensure_fresh(self) -> None:
        """Reload if something changed since the last load (sections load lazily)."""
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().showEvent(event)
        self.ensure_fresh()

    def refresh(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def show_record(self, entity_type: str, entity_id: str) -> bool:
        return False
