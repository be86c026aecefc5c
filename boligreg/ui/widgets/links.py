"""A record's links (property, agreements, maintenance, dwellings) and its change history.

Both are small read-only tables. Enter or double-click on a link asks the window to open
that record (``AppState.open_record``); the window remembers where you came from for Back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ... import formats
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...services.register import HistoryEntry, Link
from .table import ListTableModel

Index = QModelIndex | QPersistentModelIndex
WARN = QColor("#b3261e")


class LinkModel(ListTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("Columns", "Type"), QT_TRANSLATE_NOOP("Columns", "Gjelder"),
               QT_TRANSLATE_NOOP("Columns", "Detaljer"))

    def cell(self, item: Link, column: int) -> str:
        return (item.kind, item.title, item.detail)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            item: Link = self.items[index.row()]
            hint = "\n" + translate("LinkList", "Dobbeltklikk eller Enter for å åpne.") \
                if item.openable else ""
            return f"{item.kind}: {item.title}\n{item.detail}{hint}"
        return super().data(index, role)

    def style(self, item: Link, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and item.warning:
            return QBrush(WARN)
        if role == Qt.ItemDataRole.FontRole and column == 1 and item.openable:
            font = QFont()
            font.setUnderline(True)
            return font
        return None


class HistoryModel(ListTableModel):
    """When, who, field, old → new; a whole-record event (created, deleted) in bold."""

    HEADERS = (QT_TRANSLATE_NOOP("Columns", "Tidspunkt"), QT_TRANSLATE_NOOP("Columns", "Bruker"),
               QT_TRANSLATE_NOOP("Columns", "Felt"), QT_TRANSLATE_NOOP("Columns", "Endring"))

    def cell(self, item: HistoryEntry, column: int) -> str:
        if column == 0:
            return formats.timestamp(item.changed_at, utc=True)
        if column == 1:
            return item.changed_by
        if not item.field:
            return item.action if column == 2 else ""
        return item.field if column == 2 else f"{item.old}  →  {item.new}"

    def style(self, item: HistoryEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and not item.field and column == 2:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(QColor("#4a4f5c"))
        return None


def configure_small_table(view: QTableView, widths: Sequence[int]) -> None:
    """The look of the small tables in a detail pane (fixed rows, last column stretches)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    for i, w in enumerate(widths):
        view.setColumnWidth(i, w)
    header.setMinimumSectionSize(40)


class HintTable(QTableView):
    """A table that says why it is empty instead of showing a blank grid."""

    empty_hint = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_hint and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#8a8f9c"))
            rect = self.viewport().rect().adjusted(16, 16, -16, -16)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                       | Qt.TextFlag.TextWordWrap),
                             translate("LinkList", self.empty_hint))
            painter.end()


class LinkList(HintTable):
    """Links of a record; ``follow(entity_type, entity_id)`` on Enter or double-click."""

    follow = Signal(str, str)
    empty_hint = QT_TRANSLATE_NOOP("LinkList", "Ingen koblinger.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links = LinkModel(self)
        self.setModel(self.links)
        configure_small_table(self, (96, 210))
        # The details column takes what is left and elides; the tooltip has it all.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activated.connect(self._activate)

    def set_links(self, links: Sequence[Link]) -> None:
        self.links.set_items(links)

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        link: Link = self.links.items[index.row()]
        if link.openable:
            self.follow.emit(link.entity_type, link.entity_id)


class HistoryView(HintTable):
    """A record's change log: when, who, what, field, old → new."""

    empty_hint = QT_TRANSLATE_NOOP("LinkList", "Ingen endringer er logget for denne posten. "
                                   "Poster fra demodata og import er logget samlet for hele "
                                   "innlesingen.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = HistoryModel(self)
        self.setModel(self.entries)
        configure_small_table(self, (126, 84, 116))

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.entries.set_items(entries)
