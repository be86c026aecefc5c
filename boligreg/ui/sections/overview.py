"""Oversikt: key figures for the scope, the bydeler with their dwelling counts, and what
needs follow-up today (agreements ending soon, dwellings vacant longest, open high-severity
findings), each line opening its record."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ...i18n import QT_TRANSLATE_NOOP
from ...services.inventory import OverviewRow, overview_figures
from ...services.register import FollowUp, FollowUpItem, follow_up
from ..context import AppState
from ..widgets.history_view import HistoryChartView
from ..widgets.map_view import BydelMapView
from .base import Section

if TYPE_CHECKING:  # imported when the map is first shown (QtSvg start-up cost)
    from ..widgets.map_view import BydelMapView

Index = QModelIndex | QPersistentModelIndex


class OverviewTableModel(QAbstractTableModel):
    """The bydeler with counts; sorts itself (no proxy model)."""

    COLUMNS = (
        ("number", QT_TRANSLATE_NOOP("OverviewTableModel", "Nr.")),
        ("name", QT_TRANSLATE_NOOP("OverviewTableModel", "Bydel")),
        ("total", QT_TRANSLATE_NOOP("OverviewTableModel", "Boliger")),
        ("owned", QT_TRANSLATE_NOOP("OverviewTableModel", "Eid")),
        ("leased", QT_TRANSLATE_NOOP("OverviewTableModel", "Innleid")),
        ("referral", QT_TRANSLATE_NOOP("OverviewTableModel", "Tilvisning")),
        ("vacant", QT_TRANSLATE_NOOP("OverviewTableModel", "Ledige")),
        ("not_housing", QT_TRANSLATE_NOOP("OverviewTableModel", "Ikke bolig")),
        ("population", QT_TRANSLATE_NOOP("OverviewTableModel", "Folketall")),
        ("per_1000", QT_TRANSLATE_NOOP("OverviewTableModel", "Per 1000")),
    )
    HEADER_TIPS = {
        "per_1000": QT_TRANSLATE_NOOP("OverviewTableModel", "Boliger per 1 000 innbyggere"),
        "total": QT_TRANSLATE_NOOP(
            "OverviewTableModel",
            "Boliger disponert av bydelen (eller den sentrale enheten), uansett hvor de "
            "ligger; Oslo teller hver bolig én gang"),
        "not_housing": QT_TRANSLATE_NOOP(
            "OverviewTableModel", "Brukes ikke som bolig: personalbase, kontor, lager, annet"),
        "referral": QT_TRANSLATE_NOOP("OverviewTableModel", "Tilvisningsboliger"),
        "leased": QT_TRANSLATE_NOOP("OverviewTableModel", "Innleide boliger")}
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
                return self.tr(self.COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(self.HEADER_TIPS.get(self.COLUMNS[section][0],
                                                    self.COLUMNS[section][1]))
            if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section][0] in \
                    self.NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def value(self, row: OverviewRow, key: str) -> Any:
        if key == "name" and row.central:
            return self.tr("{name} (sentral enhet)").format(name=row.name)
        return row.per_1000 if key == "per_1000" else getattr(row, key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            v = self.value(row, key)
            if key == "per_1000":
                return formats.per_1000(v)
            if isinstance(v, int):
                return formats.integer(v)
            return "–" if v is None else str(v)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("population", "per_1000"):
            if row.population_year:
                return self.tr("Folketall 1. januar {year} (SSB)").format(
                    year=row.population_year)
            return self.tr("Folketall mangler")
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
        # The central units' own rows stay below the bydeler whatever the sort (stable).
        self.rows = sorted(present + missing, key=lambda r: r.central)
        self.layoutChanged.emit()


FOLLOW_UP_DAYS = 90
# The figures the map can show, in the chooser's order.
MAP_FIGURES = (
    ("per_1000", QT_TRANSLATE_NOOP("OverviewSection", "Boliger per 1 000 innbyggere")),
    ("total", QT_TRANSLATE_NOOP("OverviewSection", "Boliger")),
    ("vacant", QT_TRANSLATE_NOOP("OverviewSection", "Ledige boliger")),
    ("vacant_share", QT_TRANSLATE_NOOP("OverviewSection", "Andel ledige (%)")),
    ("not_housing", QT_TRANSLATE_NOOP("OverviewSection", "Brukes ikke som bolig")),
)


def map_value(row: OverviewRow, key: str) -> float | None:
    if key == "per_1000":
        return row.per_1000
    if key == "vacant_share":
        return 100.0 * row.vacant / row.total if row.total else None
    return float(getattr(row, key))
NO_AUDIT_YET = QT_TRANSLATE_NOOP("FollowUpModel",
                                 "Ingen kontroll kjørt ennå – kjør en kontroll under Avvik")


class FollowUpModel(QAbstractItemModel):
    """Three groups (expiring agreements, vacant dwellings, high findings) with their lines.

    Group rows have internal id 0; a line's internal id is its group number + 1.
    ``ItemRole`` gives a line's ``FollowUpItem`` (None for groups and "… og N til").
    """

    ItemRole = Qt.ItemDataRole.UserRole + 1
    GROUPS = (
        # The titles are translated where shown ("{days}" is FOLLOW_UP_DAYS).
        ("expiring", QT_TRANSLATE_NOOP("FollowUpModel", "Avtaler som utløper innen {days} dager"),
         QT_TRANSLATE_NOOP("FollowUpModel", "Ingen avtaler utløper de neste {days} dagene")),
        ("vacant", QT_TRANSLATE_NOOP("FollowUpModel", "Boliger som har stått lengst ledige"),
         QT_TRANSLATE_NOOP("FollowUpModel", "Ingen ledige boliger")),
        ("findings", QT_TRANSLATE_NOOP("FollowUpModel", "Åpne avvik med høy alvorlighet"),
         QT_TRANSLATE_NOOP("FollowUpModel", "Ingen åpne avvik med høy alvorlighet")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[list[FollowUpItem | str]] = [[], [], []]
        self.totals = [0, 0, 0]
        self.audit_ran = True

    def set_follow_up(self, fu: FollowUp) -> None:
        self.beginResetModel()
        groups = ((fu.expiring, fu.expiring_total), (fu.vacant, fu.vacant_total),
                  (fu.findings, fu.findings_total))
        self.lines = []
        self.totals = []
        self.audit_ran = fu.audit_ran
        for (key, _title, empty), (items, total) in zip(self.GROUPS, groups, strict=True):
            lines: list[FollowUpItem | str] = list(items)
            if key == "findings" and not fu.audit_ran:
                lines.append(self.tr(NO_AUDIT_YET))
            elif not items:
                lines.append(self.tr(empty).format(days=FOLLOW_UP_DAYS))
            elif total > len(items):
                lines.append(self.tr("… og {n} til").format(
                    n=formats.integer(total - len(items))))
            self.lines.append(lines)
            self.totals.append(total)
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    # Qt has two parent()s, QObject's and the model's; this overrides the model's only.
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        if not parent.isValid():
            return len(self.lines)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.lines[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Når"), self.tr("Hva"))[section] if 0 <= section < 2 else None
        return None

    def item(self, index: Index) -> FollowUpItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        line = self.lines[int(index.internalId()) - 1][index.row()]
        return line if isinstance(line, FollowUpItem) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() != 0 and self.item(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = index.row()
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                title = self.tr(self.GROUPS[group][1]).format(days=FOLLOW_UP_DAYS)
                if self.GROUPS[group][0] == "findings" and not self.audit_ran:
                    return title  # no count: nothing was checked yet
                return f"{title}  ({formats.integer(self.totals[group])})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#2a2859"))
            return None
        line = self.lines[int(index.internalId()) - 1][index.row()]
        if isinstance(line, str):
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 1:
                return line
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#6b7080"))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._badge(int(index.internalId()) - 1, line) if index.column() == 0 \
                else line.title
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{line.title}\n{line.detail}\n" + self.tr(
                "Dobbeltklikk eller Enter for å åpne.")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            kind = self.GROUPS[int(index.internalId()) - 1][0]
            urgent = (kind == "expiring" and line.urgency <= 30) or \
                (kind == "vacant" and line.urgency > 365) or kind == "findings"
            return QBrush(QColor("#b3261e") if urgent else QColor("#4a4f5c"))
        if role == self.ItemRole:
            return line
        return None

    def _badge(self, group: int, line: FollowUpItem) -> str:
        """The short "how urgent" text in the first column."""
        key = self.GROUPS[group][0]
        if key == "expiring":
            return self.tr("i dag") if line.urgency == 0 else self.tr("om {n} d").format(
                n=formats.integer(line.urgency))
        if key == "vacant":
            return self.tr("{n} d").format(n=formats.integer(line.urgency))
        return self.tr("Høy")


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
        self.caption_label.setWordWrap(True)  # five cards share a laptop's width
        self.note_label = QLabel("")
        self.note_label.setObjectName("keyFigureNote")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.note_label)

    def set(self, value: str, note: str = "") -> None:
        self.value_label.setText(value)
        self.note_label.setText(note)


class OverviewSection(Section):
    key = "overview"
    title = QT_TRANSLATE_NOOP("Section", "Oversikt")

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build_view()
        self._connect_signals()

    def _build_view(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.subheading = QLabel()
        self.subheading.setObjectName("sectionSubheading")
        self.subheading.setWordWrap(True)  # a long description wraps on a laptop screen

        self.cards = {
            "total": KeyFigure(self.tr("kommunalt disponerte boliger")),
            "per_1000": KeyFigure(self.tr("boliger per 1000 innbyggere")),
            "owned": KeyFigure(self.tr("eid av kommunen")),
            "vacant": KeyFigure(self.tr("ledige boliger")),
            "not_housing": KeyFigure(self.tr("brukes ikke som bolig")),
        }
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards.values():
            cards.addWidget(card)
        self._build_table()
        self.footnote = QLabel()
        self.footnote.setObjectName("footnote")
        self.footnote.setWordWrap(True)
        follow = self._build_follow_up()
        districts = self._build_districts()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(districts)
        split.addWidget(follow)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([850, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(cards)
        layout.addWidget(split, 1)
        layout.addWidget(self.footnote)

    def _build_table(self) -> None:
        """The bydeler's key figures, one row each."""
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
        header.setStretchLastSection(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _build_follow_up(self) -> QWidget:
        """Trenger oppfølging: the records that need follow-up, beside the bydeler."""
        self.follow_model = FollowUpModel(self)
        self.follow_view = QTreeView()
        self.follow_view.setModel(self.follow_model)
        self.follow_view.setObjectName("followUp")
        self.follow_view.setUniformRowHeights(True)
        self.follow_view.setRootIsDecorated(False)
        self.follow_view.setItemsExpandable(False)
        self.follow_view.setAlternatingRowColors(False)
        self.follow_view.setIndentation(14)
        self.follow_view.setHeaderHidden(True)
        self.follow_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_view.setColumnWidth(0, 74)
        self.follow_view.setStyleSheet(
            "QTreeView { background: white; border: 1px solid #dde1e8; }"
            "QTreeView::item { padding: 3px 2px; }")
        follow_title = QLabel(self.tr("Trenger oppfølging"))
        follow_title.setObjectName("followUpTitle")
        follow_title.setStyleSheet("font-size: 15px; font-weight: 600; color: #2a2859;")
        follow_note = QLabel(self.tr("Dobbeltklikk eller Enter åpner posten."))
        follow_note.setObjectName("footnote")
        follow = QWidget()
        follow_layout = QVBoxLayout(follow)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.setSpacing(4)
        follow_layout.addWidget(follow_title)
        follow_layout.addWidget(self.follow_view, 1)
        follow_layout.addWidget(follow_note)
        return follow

    def _build_districts(self) -> QWidget:
        """Bydelene: the table, the map and the history as tabs."""
        districts = QWidget()
        districts_layout = QVBoxLayout(districts)
        districts_layout.setContentsMargins(0, 0, 0, 0)
        districts_layout.setSpacing(4)
        districts_title = QLabel(self.tr("Bydelene"))
        districts_title.setStyleSheet("font-size: 15px; font-weight: 600; color: #2a2859;")
        districts_layout.addWidget(districts_title)
        # The bydeler as a table or as a map of one chosen figure (the map is drawn the first
        # time it is shown: reportlab stays out of the window's start).
        self.district_tabs = QTabWidget()
        self.district_tabs.setDocumentMode(True)
        self.district_tabs.addTab(self.table, self.tr("Tabell"))
        self.map_page = QWidget()
        map_layout = QVBoxLayout(self.map_page)
        map_layout.setContentsMargins(0, 6, 0, 0)
        figure_row = QHBoxLayout()
        figure_row.addWidget(QLabel(self.tr("Vis:")))
        self.map_figure = QComboBox()
        for key, label in MAP_FIGURES:
            self.map_figure.addItem(self.tr(label), key)
        figure_row.addWidget(self.map_figure)
        figure_row.addStretch(1)
        map_layout.addLayout(figure_row)
        self.map_view: BydelMapView | None = None  # made when the map is first shown
        self.map_layout = map_layout
        self.district_tabs.addTab(self.map_page, self.tr("Kart"))
        self._build_history_tab()
        districts_layout.addWidget(self.district_tabs, 1)
        return districts

    def _connect_signals(self) -> None:
        self.table.doubleClicked.connect(self._pick_district)
        self.follow_view.activated.connect(self._open_follow_up)
        self.map_figure.currentIndexChanged.connect(lambda _i: self._draw_map())
        self.district_tabs.currentChanged.connect(lambda _i: self._draw_map())
        self.district_tabs.currentChanged.connect(lambda _i: self._draw_history())

    def _fit_columns(self) -> None:
        """Every column as wide as its header and its widest value (15 rows: cheap), so the
        bydel names are whole ("Søndre Nordstrand", not "Søndr…") on a 1280-pixel screen."""
        head = self.table.horizontalHeader().fontMetrics()
        body = self.table.fontMetrics()
        model = self.model
        for col in range(model.columnCount()):
            texts = [str(model.index(r, col).data() or "") for r in range(model.rowCount())]
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            want = max([head.horizontalAdvance(title) + 22,
                        *(body.horizontalAdvance(t) + 14 for t in texts)])
            self.table.setColumnWidth(col, want)

    def _draw_map(self) -> None:
        if self.district_tabs.currentWidget() is not self.map_page or not self.model.rows:
            return
        if self.map_view is None:
            self.map_view = BydelMapView()
            self.map_view.district_clicked.connect(
                lambda code: self.ctx.set_scope(None if code == self.ctx.scope else code))
            self.map_layout.addWidget(self.map_view, 1)
        key = self.map_figure.currentData()
        label = self.map_figure.currentText()
        values = {r.code: map_value(r, key) for r in self.model.rows}
        names = {r.code: r.name for r in self.model.rows}
        fmt = formats.number if key in ("per_1000", "vacant_share") else formats.integer
        self.map_view.set_values(values, names, legend=label, fmt=fmt, highlight=self.ctx.scope)

    # -- Historikk (issue 13 item 5): the chosen scope's dwellings per 31.12, drawn when shown

    def _build_history_tab(self) -> None:
        self.history_page = QWidget()
        lay = QVBoxLayout(self.history_page)
        lay.setContentsMargins(0, 6, 0, 0)
        self.history_title = QLabel()
        self.history_title.setStyleSheet("font-weight: 600; color: #2a2859;")
        lay.addWidget(self.history_title)
        self.history_view: QWidget | None = None
        self.history_layout = lay
        self.history_note = QLabel()
        self.history_note.setWordWrap(True)
        self.history_note.setStyleSheet("color: #5b6475;")
        lay.addWidget(self.history_note)
        self.district_tabs.addTab(self.history_page, self.tr("Historikk"))

    def _draw_history(self) -> None:
        if self.district_tabs.currentWidget() is not self.history_page:
            return
        if self.history_view is None:
            self.history_view = HistoryChartView()
            self.history_layout.insertWidget(1, self.history_view, 1)
        from ...services.history.series import recent_series

        points = self.ctx.register.read(recent_series, self.ctx.scope)
        self.history_view.set_points(points)  # type: ignore[attr-defined]
        self.history_title.setText(
            self.tr("Boliger per 31.12 – {scope}").format(
                scope=self.ctx.district_name(self.ctx.scope)))
        missing = [str(p["year"]) for p in points if not p["covered"]]
        gap = (" " + self.tr("Registeret har ingen historikk for {years}: der står «ikke "
                             "registrert», ikke null.").format(years=", ".join(missing))
               if missing else "")
        self.history_note.setText(
            self.tr("Søylene: eid, innleid og tilvisning som registrert ved utgangen av året "
                    "(siste søyle: i dag); under årstallet i oransje: ledige boliger.") + gap)

    def _pick_district(self, index: QModelIndex) -> None:
        code = self.model.data(index, OverviewTableModel.CodeRole)
        row = self.model.rows[index.row()] if index.isValid() else None
        if code and not (row is not None and row.central):  # a scope is a bydel
            self.ctx.set_scope(None if code == self.ctx.scope else code)

    def _open_follow_up(self, index: QModelIndex) -> None:
        item = self.follow_model.item(index)
        if item is not None:
            self.ctx.open_record.emit(item.entity_type, item.entity_id)

    def refresh(self) -> None:
        figures = self.ctx.register.read(overview_figures)
        rows = figures.rows
        self.follow_model.set_follow_up(
            self.ctx.register.read(follow_up, self.ctx.scope, days=FOLLOW_UP_DAYS, limit=8))
        self.follow_view.expandAll()
        for group in range(self.follow_model.rowCount()):  # group titles span both columns
            self.follow_view.setFirstColumnSpanned(group, QModelIndex(), True)
        self.model.set_rows(rows)
        self._fit_columns()
        self._draw_map()
        self._draw_history()
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        scope = self.ctx.scope
        self.model.set_highlight(scope)
        # The cards show the fact sheets' figures: a bydel's own row, or Oslo as a whole
        # (every district's dwellings over the whole kommune's population).
        chosen = next((r for r in rows if r.code == scope), None) if scope else figures.oslo
        if chosen is None:  # a scope without dwellings
            chosen = OverviewRow(scope or "", "", "", 0, 0, 0, 0, 0, 0, None, None)
        total, owned, vacant = chosen.total, chosen.owned, chosen.vacant
        not_housing = chosen.not_housing
        self.heading.setText(self.tr("Oversikt – {scope}").format(
            scope=self.ctx.district_name(scope)))
        self.subheading.setText(
            self.tr("Dobbeltklikk en bydel for å velge den som utvalg; dobbeltklikk igjen for "
                    "alle."))
        share = (100.0 * owned / total) if total else None
        self.cards["total"].caption_label.setText(
            self.tr("boliger disponert av bydelen") if scope
            else self.tr("kommunalt disponerte boliger"))
        self.cards["total"].set(formats.integer(total),
                                "" if scope else self.tr("hver bolig én gang"))
        pop_date = figures.population_date
        year_note = (self.tr("folketall {date}").format(
            date=formats.date(date(pop_date.year, 1, 1)))
                     if chosen.population and pop_date else self.tr("folketall mangler"))
        self.cards["per_1000"].set(formats.per_1000(chosen.per_1000), year_note)
        self.cards["owned"].set(formats.integer(owned), formats.percent(share) if share is not None
                                else "")
        self.cards["vacant"].set(formats.integer(vacant), formats.percent(100.0 * vacant / total)
                                 if total else "")
        self.cards["not_housing"].set(
            formats.integer(not_housing), self.tr("personalbase, kontor, lager, annet")
        )
        demo = " " + self.tr("Databasen er en DEMO med syntetiske boliger; folketallet er "
                             "ekte.") if self.ctx.register.is_demo else ""
        pop_text = (self.tr("Folketall: SSB, 1. januar {year}").format(year=pop_date.year)
                    if pop_date else self.tr("Folketall: mangler"))
        oslo_text = self.tr("; Oslo i alt med Sentrum, Marka og uten kjent bydel") \
            if figures.oslo.population else ""
        self.footnote.setText(
            f"{pop_text}{oslo_text}. " + self.tr(
                "Boliger: registrerte, ikke slettede boliger talt etter disponerende enhet – "
                "disponert av bydelen, uansett hvor de ligger; de sentrale enhetenes boliger "
                "har egne rader, og Oslo teller hver bolig én gang.") + demo
        )
