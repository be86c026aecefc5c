"""Oversikt: key figures for the scope and the bydeler with their dwelling counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.inventory import OverviewRow, overview
from ..context import AppState
from .base import Section

Index = QModelIndex | QPersistentModelIndex


def fmt_int(n: int | None) -> str:
    """Norwegian thousands separator (narrow no-break space)."""
    return "–" if n is None else f"{n:,}".replace(",", "\u202f")


def fmt_dec(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{x:.{digits}f}".replace(".", ",")


class OverviewTableModel(QAbstractTableModel):
    """The bydeler with counts; sorts itself (no proxy model)."""

    COLUMNS = (
        ("number", "Nr."),
        ("name", "Bydel"),
        ("total", "Boliger"),
        ("owned", "Eid"),
        ("leased", "Innleid"),
        ("referral", "Tilvisning"),
        ("vacant", "Ledige"),
        ("not_housing", "Ikke bolig"),
        ("population", "Folketall"),
        ("per_1000", "Per 1000 innb."),
    )
    NUMERIC = frozenset({"total", "owned", "leased", "referral", "vacant", "not_housing",
                         "population", "per_1000"})
    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OverviewRow] = []
        self.highlight: str | None = None

    def set_rows(self, rows: list[OverviewRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_highlight(self, code: str | None) -> None:
        self.highlight = code
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.COLUMNS[section][1]
            if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section][0] in \
                    self.NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def value(self, row: OverviewRow, key: str) -> Any:
        return row.per_1000 if key == "per_1000" else getattr(row, key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            v = self.value(row, key)
            if key == "per_1000":
                return fmt_dec(v)
            if isinstance(v, int):
                return fmt_int(v)
            return "–" if v is None else str(v)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("population", "per_1000"):
            if row.population_year:
                return f"Folketall 1. januar {row.population_year} (SSB)"
            return "Folketall mangler"
        if role == Qt.ItemDataRole.FontRole and row.code == self.highlight:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.code == self.highlight:
            return QBrush(QColor("#e3eefb"))
        if role == self.CodeRole:
            return row.code
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column][0]
        self.layoutAboutToBeChanged.emit()
        # None sorts last whatever the direction: a missing figure is never "the smallest".
        present = [r for r in self.rows if self.value(r, key) is not None]
        missing = [r for r in self.rows if self.value(r, key) is None]
        present.sort(key=lambda r: self.value(r, key),
                     reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = present + missing
        self.layoutChanged.emit()


class KeyFigure(QFrame):
    """A small card: a big number and what it is."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyFigure")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.value_label = QLabel("–")
        self.value_label.setObjectName("keyFigureValue")
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("keyFigureCaption")
        self.note_label = QLabel("")
        self.note_label.setObjectName("keyFigureNote")
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.note_label)

    def set(self, value: str, note: str = "") -> None:
        self.value_label.setText(value)
        self.note_label.setText(note)


class OverviewSection(Section):
    key = "overview"
    title = "Oversikt"

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.subheading = QLabel()
        self.subheading.setObjectName("sectionSubheading")

        self.cards = {
            "total": KeyFigure("kommunalt disponerte boliger"),
            "per_1000": KeyFigure("boliger per 1000 innbyggere"),
            "owned": KeyFigure("eid av kommunen"),
            "vacant": KeyFigure("ledige boliger"),
            "not_housing": KeyFigure("brukes ikke som bolig"),
        }
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards.values():
            cards.addWidget(card)

        self.model = OverviewTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in range(len(OverviewTableModel.COLUMNS)):
            if col != 1:
                self.table.setColumnWidth(col, 92)
        self.table.setColumnWidth(0, 48)
        self.table.setColumnWidth(len(OverviewTableModel.COLUMNS) - 1, 124)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._pick_district)

        self.footnote = QLabel()
        self.footnote.setObjectName("footnote")
        self.footnote.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(cards)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footnote)

    def _pick_district(self, index: QModelIndex) -> None:
        code = self.model.data(index, OverviewTableModel.CodeRole)
        if code:
            self.ctx.set_scope(None if code == self.ctx.scope else code)

    def refresh(self) -> None:
        with self.ctx.db.engine.connect() as conn:
            rows = overview(conn)
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        scope = self.ctx.scope
        self.model.set_highlight(scope)
        chosen = [r for r in rows if r.code == scope] if scope else rows
        total = sum(r.total for r in chosen)
        pop_rows = [r for r in chosen if r.population]
        pop = sum(r.population or 0 for r in pop_rows)
        pop_total = sum(r.total for r in pop_rows)
        owned = sum(r.owned for r in chosen)
        vacant = sum(r.vacant for r in chosen)
        not_housing = sum(r.not_housing for r in chosen)
        self.heading.setText(f"Oversikt – {self.ctx.district_name(scope)}")
        self.subheading.setText(
            "Dobbeltklikk en bydel for å velge den som utvalg; dobbeltklikk igjen for alle."
        )
        share = (100.0 * owned / total) if total else None
        self.cards["total"].set(fmt_int(total))
        years = {r.population_year for r in pop_rows}
        year_note = f"folketall 1.1.{max(years)}" if years else "folketall mangler"
        self.cards["per_1000"].set(fmt_dec(1000.0 * pop_total / pop if pop else None), year_note)
        self.cards["owned"].set(fmt_int(owned), f"{fmt_dec(share)} %" if share is not None
                                else "")
        self.cards["vacant"].set(fmt_int(vacant), f"{fmt_dec(100.0 * vacant / total)} %"
                                 if total else "")
        self.cards["not_housing"].set(
            fmt_int(not_housing), "personalbase, kontor, lager, annet"
        )
        demo = " Databasen er en DEMO med syntetiske boliger; folketallet er ekte." \
            if self.ctx.db.is_demo else ""
        self.footnote.setText(
            "Folketall: SSB, 1. januar. Boliger: registrerte, ikke slettede boliger etter "
            "disponerende bydel." + demo
        )
