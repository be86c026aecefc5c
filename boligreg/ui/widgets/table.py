"""The register's grids: one table model over a service ``RowSet``, and a configured view.

The model keeps every row of the scope in memory and shows a list of row numbers: sorting
and filtering rebuild that list (``RowSet`` does the work, tens of milliseconds on 100k rows);
no ``QSortFilterProxyModel``, which takes seconds at that size. The view has a fixed row
height and interactive column widths: sizing rows or columns to contents reads every row.
Column order, visibility and widths are kept in QSettings per table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from ... import formats
from ...i18n import translate
from ...services.enums import enum_label
from ...services.register import RowFilter, RowSet, apply_filter

Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 24
WARN = QColor("#b3261e")


@dataclass(frozen=True)
class Column:
    """One grid column: which field, its Norwegian title and how to show the value.

    ``kind``: text, int, year, decimal, money, date, datetime, bool, enum, enums
    (comma-joined values), days (days left: red when under 90).
    """

    field: str
    title: str
    width: int = 110
    kind: str = "text"
    enum: type[StrEnum] | None = None
    hidden: bool = False
    tooltip: str = ""

    # Titles are translated where shown, in the "Columns" context: a section may mark them
    # with QT_TRANSLATE_NOOP("Columns", …) or hand over texts already translated.
    @property
    def shown_title(self) -> str:
        return translate("Columns", self.title)

    @property
    def shown_tooltip(self) -> str:
        return translate("Columns", self.tooltip) if self.tooltip else self.shown_title


NUMERIC_KINDS = frozenset({"int", "year", "decimal", "money", "days"})


def display(column: Column, value: Any) -> str:
    """A cell's text (Norwegian formats; '' for blanks)."""
    if value is None or value == "":
        return ""
    kind = column.kind
    if kind == "enum":
        return enum_label(str(value), column.enum)
    if kind == "enums":
        return ", ".join(enum_label(v, column.enum) for v in dict.fromkeys(str(value).split(",")))
    if kind == "date":
        return formats.date(value)
    if kind == "datetime":
        return formats.timestamp(value, utc=True)
    if kind == "bool":
        return translate("RecordTable", "Ja") if value else translate("RecordTable", "Nei")
    if kind == "int":
        return formats.integer(value)
    if kind == "decimal":
        return formats.number(value, 0 if float(value).is_integer() else 1)
    if kind == "money":
        return formats.integer(value)
    if kind == "year":
        return str(value)
    if kind == "days":
        return translate("RecordTable", "{n} d").format(n=value) if value >= 0 else \
            translate("RecordTable", "utløpt ({n} d)").format(n=-value)
    return str(value)


class RowSetTableModel(QAbstractTableModel):
    """A read-only grid over a ``RowSet``, sorting and filtering itself.

    ``IdRole`` gives a row's record id. Subclasses may override :meth:`cell_brush` to colour
    cells (gaps, expiring agreements).
    """

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rowset: RowSet | None = None
        self.visible: list[int] = []
        self.sort_field: str | None = None
        self.descending = False
        self.filter = RowFilter()
        self.today = date.today()
        self._pos: list[int] = []

    # --- data in ---------------------------------------------------------------------------
    def set_rowset(self, rowset: RowSet) -> None:
        self.beginResetModel()
        self.rowset = rowset
        self.today = date.today()
        self._pos = [rowset.pos[c.field] for c in self.columns]
        self.visible = self._compute()
        self.endResetModel()

    def set_filter(self, flt: RowFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self.visible = self._compute()
        self.endResetModel()

    def _compute(self) -> list[int]:
        if self.rowset is None:
            return []
        order = self.rowset.order(self.sort_field, self.descending)
        if self.filter.is_empty():
            return order
        return apply_filter(self.rowset, order, self.filter, self.today)

    # --- counts and ids ----------------------------------------------------------------------
    def total(self) -> int:
        return 0 if self.rowset is None else len(self.rowset)

    def shown(self) -> int:
        return len(self.visible)

    def row_id(self, row: int) -> str | None:
        if self.rowset is None or not 0 <= row < len(self.visible):
            return None
        return self.rowset.rows[self.visible[row]][0]

    def row_of(self, entity_id: str) -> int:
        """Display row of a record id, -1 if not shown."""
        if self.rowset is None:
            return -1
        for r, n in enumerate(self.visible):
            if self.rowset.rows[n][0] == entity_id:
                return r
        return -1

    def row_values(self, row: int) -> tuple:
        assert self.rowset is not None
        return self.rowset.rows[self.visible[row]]

    # --- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.shown_title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.shown_tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in NUMERIC_KINDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.rowset is None:
            return None
        row = self.rowset.rows[self.visible[index.row()]]
        column = self.columns[index.column()]
        value = row[self._pos[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in NUMERIC_KINDS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.cell_brush(row, column, value)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind in ("text", "enums"):
            text = display(column, value)
            return text if len(text) > 24 else None
        if role == self.IdRole:
            return row[0]
        return None

    def cell_brush(self, row: tuple, column: Column, value: Any) -> QBrush | None:
        if column.kind == "days" and value is not None and value < 90:
            return QBrush(WARN)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [(i, self.row_id(i.row())) for i in self.persistentIndexList()]
        self.sort_field = self.columns[column].field
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.visible = self._compute()
        if old_ids:
            where = {}
            if self.rowset is not None:
                where = {self.rowset.rows[n][0]: r for r, n in enumerate(self.visible)}
            new = []
            for idx, rid in old_ids:
                r = where.get(rid, -1)
                new.append(self.index(r, idx.column()) if r >= 0 else QModelIndex())
            self.changePersistentIndexList([i for i, _ in old_ids], new)
        self.layoutChanged.emit()

    def tsv(self, rows: Sequence[int], columns: Sequence[int], header: bool = False) -> str:
        """Rows as tab-separated text (as they are shown), for the clipboard."""
        lines = []
        if header:
            lines.append("\t".join(self.columns[c].shown_title for c in columns))
        for r in rows:
            values = self.row_values(r)
            lines.append("\t".join(
                display(self.columns[c], values[self._pos[c]]).replace("\t", " ")
                for c in columns))
        return "\n".join(lines)


class RecordTable(QTableView):
    """The register's table view: fixed row height, sortable, header state remembered.

    ``activated_id(id)``: Enter or double-click on a row. Ctrl+C copies the selected rows as
    tab-separated text; the header's menu shows and hides columns.
    """

    activated_id = Signal(str)

    def __init__(self, model: RowSetTableModel, settings: QSettings, key: str,
                 default_sort: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_sort = default_sort
        self.settings = settings
        self.settings_key = f"tables/{key}/header"
        self.setModel(model)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.activated.connect(self._emit_activated)
        self._apply_defaults()
        self._restore()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_state)
        header.sectionMoved.connect(lambda *_: self._save_timer.start())
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        header.sortIndicatorChanged.connect(lambda *_: self._save_timer.start())
        copy = QAction(translate(
            "RecordTable", "Kopier rader"), self, shortcutContext=Qt.ShortcutContext.WidgetShortcut)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.triggered.connect(lambda: self.copy_rows(False))
        self.addAction(copy)
        self.copy_action = copy

    @property
    def record_model(self) -> RowSetTableModel:
        model = self.model()
        assert isinstance(model, RowSetTableModel)
        return model

    def _apply_defaults(self) -> None:
        columns = self.record_model.columns
        metrics = self.horizontalHeader().fontMetrics()
        for i, column in enumerate(columns):
            # Never narrower than the header's own words (its longest line, the sort arrow).
            title = max(column.shown_title.split("\n"), key=metrics.horizontalAdvance)
            self.setColumnWidth(i, max(column.width, metrics.horizontalAdvance(title) + 26))
            self.setColumnHidden(i, column.hidden)
        fields = [c.field for c in columns]
        section = fields.index(self.default_sort) if self.default_sort in fields else -1
        self.horizontalHeader().setSortIndicator(section, Qt.SortOrder.AscendingOrder)
        if section >= 0:
            self.record_model.sort(section, Qt.SortOrder.AscendingOrder)

    def _restore(self) -> None:
        state = self.settings.value(self.settings_key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            header = self.horizontalHeader()
            if header.restoreState(state) and header.count() == len(self.record_model.columns):
                section = header.sortIndicatorSection()
                if 0 <= section < header.count():
                    self.record_model.sort(section, header.sortIndicatorOrder())
                return
            self._apply_defaults()

    def save_state(self) -> None:
        self.settings.setValue(self.settings_key, self.horizontalHeader().saveState())

    def reset_columns(self) -> None:
        header = self.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if logical != visual:
                header.moveSection(header.visualIndex(visual), visual)
        self._apply_defaults()
        self.save_state()

    def _header_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addSection(translate("RecordTable", "Vis kolonner"))
        header = self.horizontalHeader()
        for i, column in enumerate(self.record_model.columns):
            action = menu.addAction(column.shown_title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: self._toggle_column(i, on))
        menu.addSeparator()
        menu.addAction(translate("RecordTable", "Tilbakestill kolonner"), self.reset_columns)
        menu.exec(header.mapToGlobal(pos))

    def _toggle_column(self, logical: int, on: bool) -> None:
        if not on and self.visible_columns() == [logical]:
            return  # never hide the last column
        self.setColumnHidden(logical, not on)
        self.save_state()

    def visible_columns(self) -> list[int]:
        header = self.horizontalHeader()
        return [header.logicalIndex(v) for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))]

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectionModel().selectedRows()})

    def copy_rows(self, header: bool = False) -> str:
        rows = self.selected_rows()
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        content = self.record_model.tsv(rows, self.visible_columns(), header)
        QGuiApplication.clipboard().setText(content)
        return content

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return self.record_model.row_id(index.row()) if index.isValid() else None

    def select_id(self, entity_id: str | None) -> bool:
        """Make ``entity_id``'s row current and visible; False if it is filtered out."""
        if not entity_id:
            return False
        row = self.record_model.row_of(entity_id)
        if row < 0:
            return False
        self.selectRow(row)
        self.scrollTo(self.record_model.index(row, 0),
                      QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _emit_activated(self, index: QModelIndex) -> None:
        rid = self.record_model.row_id(index.row())
        if rid:
            self.activated_id.emit(rid)

    def add_context_actions(self, actions: Sequence[QAction | None]) -> None:
        """Right-click menu: the given actions (None = separator), then the copy actions."""
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def show(pos: Any) -> None:
            menu = QMenu(self)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            menu.addSeparator()
            menu.addAction(self.copy_action)
            menu.addAction(translate("RecordTable", "Kopier rader med overskrifter"),
                           lambda: self.copy_rows(True))
            menu.exec(self.viewport().mapToGlobal(pos))

        self.customContextMenuRequested.connect(show)


class ListTableModel(QAbstractTableModel):
    """A small read-only table over a list of plain objects.

    Subclasses set ``HEADERS`` and implement ``cell(item, column)`` (display and tooltip
    text); ``style`` answers the other roles. ``set_items`` replaces the rows.
    """

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return translate("Columns", self.HEADERS[section])
        return None

    def cell(self, item: Any, column: int) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, index.column())
        return self.style(item, index.column(), role)

    def tooltip(self, item: Any, column: int) -> Any:
        return self.cell(item, column)

    def style(self, item: Any, column: int, role: int) -> Any:
        return None
