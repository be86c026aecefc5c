"""Avvik: the audit's findings, grouped by rule and bydel, followed to closure.

Everything comes from ``services.audit``: the section lists the findings of the window's
scope, filters and sorts them in memory (a few ten thousand rows at most), and hands status
changes, audit runs and exports to background jobs (``workers.run_job``) that open their
own sessions. A double-click asks the shell to show the finding's record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ...i18n import QT_TRANSLATE_NOOP, plural, translate
from ...reports.palette import SEVERITY_COLOURS, SEVERITY_TINTS
from ...safefiles import check_output, write_output
from ...services.audit import (
    RULES,
    TRANSITIONS,
    AuditResult,
    AuditSettings,
    FindingRow,
    last_run,
    list_findings,
    record_target,
    run_audit,
    set_status,
)
from ...services.enums import FindingStatus, enum_label
from ..context import AppState
from ..messages import show_error
from ..qtutil import text_of
from ..widgets.flow import wrapping_row
from ..widgets.style import SECTION_STYLE
from ..workers import Job, run_job
from .base import Section

Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 24
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
STATUS_ORDER = {"open": 0, "in_progress": 1, "accepted": 2, "resolved": 3}
ENTITY_NB = {"dwelling": QT_TRANSLATE_NOOP("FindingsSection", "Bolig"),
             "property": QT_TRANSLATE_NOOP("FindingsSection", "Bygg"),
             "agreement": QT_TRANSLATE_NOOP("FindingsSection", "Avtale"),
             "tenancy": QT_TRANSLATE_NOOP("FindingsSection", "Leieforhold")}
# Status filter choices: label and the statuses loaded from the service (None: all).
STATUS_CHOICES: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    (QT_TRANSLATE_NOOP("FindingsSection", "Åpne og under arbeid"), ("open", "in_progress")),
    (QT_TRANSLATE_NOOP("FindingsSection", "Åpne"), ("open",)),
    (QT_TRANSLATE_NOOP("FindingsSection", "Under arbeid"), ("in_progress",)),
    (QT_TRANSLATE_NOOP("FindingsSection", "Akseptert som unntak"), ("accepted",)),
    (QT_TRANSLATE_NOOP("FindingsSection", "Lukket"), ("resolved",)),
    (QT_TRANSLATE_NOOP("FindingsSection", "Alle"), None),
)
SEVERITY_CHOICES: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("FindingsSection", "Alle alvorligheter"), None),
    (QT_TRANSLATE_NOOP("FindingsSection", "Høy"), "high"),
    (QT_TRANSLATE_NOOP("FindingsSection", "Middels"), "medium"),
    (QT_TRANSLATE_NOOP("FindingsSection", "Lav"), "low"))


def _dot(colour: str, size: int = 10) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pix)


# ------------------------------------------------------------------------------ table model


@dataclass(frozen=True)
class FindingColumn:
    key: str
    title: str
    width: int
    numeric: bool = False


# What a finding's bydel is (issue 14, docs/units.md "counted by").
DISTRICT_TIP = QT_TRANSLATE_NOOP(
    "FindingsTableModel",
    "Bydelen avviket er registrert på: der boligen eller bygget ligger, eller "
    "bydelen avtalen er registrert under (beliggenhet, ikke disponerende enhet)")


class FindingsTableModel(QAbstractTableModel):
    """The findings of the scope; filters and sorts a list of row numbers (no proxy model)."""

    COLUMNS = (
        FindingColumn("severity", QT_TRANSLATE_NOOP("FindingsTableModel", "Alvor"), 78),
        FindingColumn("status", QT_TRANSLATE_NOOP("FindingsTableModel", "Status"), 92),
        FindingColumn("rule", QT_TRANSLATE_NOOP("FindingsTableModel", "Regel"), 180),
        FindingColumn("district", QT_TRANSLATE_NOOP("FindingsTableModel", "Bydel"), 100),
        FindingColumn("label", QT_TRANSLATE_NOOP("FindingsTableModel", "Post"), 220),
        FindingColumn("first_seen", QT_TRANSLATE_NOOP("FindingsTableModel", "Åpnet"), 80),
        FindingColumn("age", QT_TRANSLATE_NOOP("FindingsTableModel", "Dager"), 58,
                      numeric=True),
        # last: it stretches
        FindingColumn("message", QT_TRANSLATE_NOOP("FindingsTableModel", "Melding"), 430),
    )
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, district_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.district_names = district_names
        self.all: list[FindingRow] = []
        self.visible: list[int] = []
        self.today = date.today()
        self._predicate: Callable[[FindingRow], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._icons = {k: _dot(v) for k, v in SEVERITY_COLOURS.items()}

    # -- contents
    def set_rows(self, rows: Sequence[FindingRow], today: date | None = None) -> None:
        self.beginResetModel()
        self.all = list(rows)
        self.today = today or date.today()
        self._rebuild()
        self.endResetModel()

    def set_predicate(self, predicate: Callable[[FindingRow], bool] | None) -> None:
        self.beginResetModel()
        self._predicate = predicate
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        keep = self._predicate
        self.visible = [i for i, r in enumerate(self.all) if keep is None or keep(r)]
        if self._sort is not None:
            self._sort_visible(*self._sort)

    def row(self, row: int) -> FindingRow:
        return self.all[self.visible[row]]

    def rows(self) -> list[FindingRow]:
        return [self.all[i] for i in self.visible]

    def row_of(self, finding_id: str) -> int | None:
        for n, i in enumerate(self.visible):
            if self.all[i].id == finding_id:
                return n
        return None

    # -- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        col = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("FindingsTableModel", col.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.key == "district":
            return translate("FindingsTableModel", DISTRICT_TIP)
        return None

    def value(self, r: FindingRow, key: str) -> Any:
        if key == "severity":
            return SEVERITY_ORDER.get(r.severity, 9)
        if key == "status":
            return STATUS_ORDER.get(r.status, 9)
        if key == "rule":
            return r.title
        if key == "district":
            return self.district_names.get(r.district_code or "", r.district_code or "")
        if key == "first_seen":
            return r.first_seen
        if key == "age":
            return r.age_days(self.today)
        if key == "message":
            return r.shown_message
        return getattr(r, key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.visible):
            return None
        r = self.row(index.row())
        key = self.COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "severity":
                return r.severity_nb
            if key == "status":
                return r.status_nb
            if key == "first_seen":
                return formats.date(r.first_seen)
            if key == "age":
                return formats.integer(max(0, r.age_days(self.today)))
            return str(self.value(r, key))
        if role == self.RowRole:
            return r
        if role == Qt.ItemDataRole.DecorationRole and key == "severity":
            return self._icons.get(r.severity)
        if role == Qt.ItemDataRole.BackgroundRole and key == "severity":
            return QBrush(QColor(SEVERITY_TINTS.get(r.severity, "#ffffff")))
        if role == Qt.ItemDataRole.ForegroundRole and r.status in ("resolved", "accepted"):
            return QBrush(QColor("#6b7080"))
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("label", "message", "rule"):
            return f"{r.title}\n{r.label}\n{r.shown_message}"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_visible(column, order)
        self.layoutChanged.emit()

    def _sort_visible(self, column: int, order: Qt.SortOrder) -> None:
        key = self.COLUMNS[column].key
        rows = self.all
        # Ties fall back on severity, then age: the most urgent first within any grouping.
        self.visible.sort(key=lambda i: (self.value(rows[i], key),
                                         SEVERITY_ORDER.get(rows[i].severity, 9),
                                         rows[i].first_seen),
                          reverse=order == Qt.SortOrder.DescendingOrder)


# ------------------------------------------------------------------------------ group model


@dataclass
class Group:
    """A node of the rule → bydel tree. ``rule`` None: all findings; ``district`` None: a rule."""

    title: str
    count: int
    rule: str | None = None
    district: str | None = None
    severity: str | None = None
    children: list[Group] | None = None
    parent: Group | None = None


class FindingGroupsModel(QAbstractItemModel):
    """Counts per rule and, below each rule, per bydel. The first row is all findings."""

    GroupRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.top: list[Group] = []
        self._icons = {k: _dot(v) for k, v in SEVERITY_COLOURS.items()}

    def set_counts(self, rows: Sequence[FindingRow], district_names: dict[str, str],
                   per_district: bool) -> None:
        self.beginResetModel()
        by_rule = Counter(r.rule for r in rows)
        by_pair = Counter((r.rule, r.district_code or "") for r in rows)
        worst: dict[str, str] = {}
        for r in rows:
            if SEVERITY_ORDER.get(r.severity, 9) < SEVERITY_ORDER.get(worst.get(r.rule, ""), 9):
                worst[r.rule] = r.severity
        self.top = [Group(self.tr("Alle avvik"), len(rows))]
        for code, rule in RULES.items():
            if not by_rule.get(code):
                continue
            children: list[Group] = []
            g = Group(rule.title, by_rule[code], code, None, worst.get(code), children)
            if per_district:
                for (rc, dc), n in sorted(by_pair.items()):
                    if rc == code:
                        children.append(Group(district_names.get(dc, dc or self.tr("Ukjent")), n,
                                                code, dc, None, None, g))
            self.top.append(g)
        self.endResetModel()

    def group(self, index: Index) -> Group | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt idiom
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self.top[row])
        g = self.group(parent)
        if g is None or not g.children:
            return QModelIndex()
        return self.createIndex(row, column, g.children[row])

    # Qt has two parent()s, QObject's and the model's; this overrides the model's only.
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        g = self.group(index)
        if g is None or g.parent is None:
            return QModelIndex()
        return self.createIndex(self.top.index(g.parent), 0, g.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        if not parent.isValid():
            return len(self.top)
        g = self.group(parent)
        return len(g.children) if g is not None and g.children and parent.column() == 0 else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Regel og bydel"), self.tr("Antall"))[section] if 0 <= section < 2 \
                else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        g = self.group(index)
        if g is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return g.title if index.column() == 0 else formats.integer(g.count)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and g.severity:
            return self._icons.get(g.severity)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and g.rule is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and g.rule and g.district is None:
            return RULES[g.rule].explain() if g.rule in RULES else g.title
        if role == self.GroupRole:
            return g
        return None


# ------------------------------------------------------------------------------ dialogs


class StatusDialog(QDialog):
    """Comment (and, to accept, a required justification) for a bulk status change."""

    def __init__(self, status: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        target = enum_label(FindingStatus(status))
        self.setWindowTitle(self.tr("Endre status til «{status}»").format(status=target))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(plural(
            count, "StatusDialog",
            QT_TRANSLATE_NOOP("StatusDialog", "1 avvik får status «{status}»."),
            QT_TRANSLATE_NOOP("StatusDialog", "{n} avvik får status «{status}»."),
        ).format(n=formats.integer(count), status=target)))
        self.justification: QPlainTextEdit | None = None
        if status == "accepted":
            layout.addWidget(QLabel(self.tr("Begrunnelse for unntaket (påkrevd):")))
            self.justification = QPlainTextEdit()
            self.justification.setPlaceholderText(
                self.tr("F.eks. vedtak i bydelsutvalget, avtale med Boligbygg …"))
            self.justification.setFixedHeight(80)
            layout.addWidget(self.justification)
        layout.addWidget(QLabel(self.tr("Kommentar (valgfri):")))
        self.comment = QPlainTextEdit()
        self.comment.setFixedHeight(60)
        layout.addWidget(self.comment)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("Endre status"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.justification is not None:
            self.justification.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(460, self.sizeHint().height())

    def _update_ok(self) -> None:
        self.ok.setEnabled(self.justification is None
                           or bool(self.justification.toPlainText().strip()))

    def values(self) -> tuple[str | None, str | None]:
        comment = self.comment.toPlainText().strip() or None
        just = self.justification.toPlainText().strip() if self.justification else None
        return comment, just or None


# ------------------------------------------------------------------------------ section


class FindingsSection(Section):
    """Avvik: grouped counts, filters, the findings table, status changes and audit runs."""

    key = "findings"
    title = QT_TRANSLATE_NOOP("Section", "Avvik")
    handles = ("finding",)

    audit_finished = Signal(object)  # AuditResult
    status_changed = Signal(int)  # findings changed
    exported = Signal(str)  # path written

    STATUS_ACTIONS = (
        ("in_progress", QT_TRANSLATE_NOOP("FindingsSection", "Under arbeid")),
        ("resolved", QT_TRANSLATE_NOOP("FindingsSection", "Lukk")),
        ("accepted", QT_TRANSLATE_NOOP("FindingsSection", "Aksepter som unntak …")),
        ("open", QT_TRANSLATE_NOOP("FindingsSection", "Gjenåpne")),
    )

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(SECTION_STYLE)
        self.district_names = dict(ctx.districts)
        self._job: Job | None = None
        self._group: tuple[str | None, str | None] = (None, None)  # rule, district
        self._updating = False
        self.last_result: AuditResult | None = None
        self._build_view()
        self._connect_signals()
        self._selection_changed()

    # -- view --------------------------------------------------------------------------------
    def _build_view(self) -> None:
        head = self._build_head()
        filters = self._build_filters()
        # Groups (left), table and details (right).
        self._build_groups()
        self._build_table()
        actions_row = self._build_actions()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(actions_row)
        right_layout.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.groups)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 1000])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    def _build_head(self) -> QHBoxLayout:
        """The heading and its description beside Eksporter, Avviksrapport and Kjør kontroll."""
        heading = QLabel(self.title)
        heading.setObjectName("sectionHeading")
        self.subheading = QLabel("")
        self.subheading.setObjectName("sectionSubheading")
        self.subheading.setWordWrap(True)  # a long description wraps on a laptop screen
        self.run_button = QPushButton(self.tr("Kjør kontroll"))
        self.run_button.setObjectName("primaryButton")
        self.run_button.setToolTip(self.tr("Kjør alle kontrollreglene for bydelen som er valgt "
                                           "(eller hele Oslo). Kan avbrytes."))
        self.xlsx_button = QPushButton(self.tr("Eksporter til Excel …"))
        self.pdf_button = QPushButton(self.tr("Avviksrapport (PDF) …"))
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(heading)
        titles.addWidget(self.subheading)
        head.addLayout(titles, 1)
        for b in (self.xlsx_button, self.pdf_button, self.run_button):
            head.addWidget(b, 0, Qt.AlignmentFlag.AlignBottom)
        return head

    def _build_filters(self) -> QHBoxLayout:
        """Status, Alvorlighet, the search box and the count."""
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("filterCombo")
        self.status_combo.addItems([self.tr(label) for label, _ in STATUS_CHOICES])
        self.severity_combo = QComboBox()
        self.severity_combo.setObjectName("filterCombo")
        self.severity_combo.addItems([self.tr(label) for label, _ in SEVERITY_CHOICES])
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Søk i post og melding"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self.count_label = QLabel("")
        self.count_label.setObjectName("countLabel")
        filters = QHBoxLayout()
        for caption, widget in ((self.tr("Status"), self.status_combo),
                                (self.tr("Alvorlighet"), self.severity_combo)):
            label = QLabel(caption)
            label.setObjectName("filterLabel")
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        return filters

    def _build_groups(self) -> None:
        """The tree of counts by rule and district."""
        self.groups_model = FindingGroupsModel(self)
        self.groups = QTreeView()
        self.groups.setModel(self.groups_model)
        self.groups.setUniformRowHeights(True)
        self.groups.header().setStretchLastSection(False)
        self.groups.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.groups.header().resizeSection(1, 64)
        self.groups.setMinimumWidth(240)  # rule names stay readable on a small screen

    def _build_table(self) -> None:
        """The findings table."""
        self.model = FindingsTableModel(self.district_names, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(FindingsTableModel.COLUMNS):
            header.resizeSection(i, col.width)
        header.setStretchLastSection(True)

    def _build_actions(self) -> QWidget:
        """Åpne posten and the status buttons under the table, and the detail pane."""
        self.open_button = QPushButton(self.tr("Åpne posten"))
        self.status_buttons: dict[str, QPushButton] = {}
        # The buttons wrap to a second line where the screen is narrow (none is cut).
        actions_row, actions = wrapping_row(self)
        actions.addWidget(self.open_button)
        actions.addWidget(QLabel("   " + self.tr("Sett status for valgte:")))
        for status, caption in self.STATUS_ACTIONS:
            button = QPushButton(self.tr(caption))
            self.status_buttons[status] = button
            actions.addWidget(button)
        self.detail = QLabel("")
        self.detail.setObjectName("detailPane")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumHeight(96)
        self.detail.setContentsMargins(10, 8, 10, 8)
        return actions_row

    def _connect_signals(self) -> None:
        self.run_button.clicked.connect(self.run_audit_now)
        self.xlsx_button.clicked.connect(self._ask_export_xlsx)
        self.pdf_button.clicked.connect(self._ask_export_pdf)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.severity_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.groups.selectionModel().currentChanged.connect(self._group_changed)
        self.table.doubleClicked.connect(lambda idx: self.open_record_at(idx.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.open_button.clicked.connect(self._open_current)
        for status, button in self.status_buttons.items():
            button.clicked.connect(lambda _c=False, s=status: self.ask_status_change(s))
        self.ctx.as_of_changed.connect(lambda _day: self._selection_changed())

    # -- loading -----------------------------------------------------------------------------
    def statuses(self) -> tuple[str, ...] | None:
        return STATUS_CHOICES[max(0, self.status_combo.currentIndex())][1]

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the scope's findings (for the chosen statuses) and the last run."""
        keep = {r.id for r in self.selected()}
        scope = self.ctx.scope
        rows = self.ctx.register.read(list_findings, district=scope, statuses=self.statuses())
        run = self.ctx.register.read(last_run, district=scope)
        self.model.set_rows(rows)
        if run is None:
            info = self.tr("Kontrollen er ikke kjørt ennå. Trykk «Kjør kontroll».")
        else:
            where = self.tr("hele Oslo") if run.district_code is None else \
                self.ctx.district_name(run.district_code)
            started = formats.timestamp(run.started_at, utc=True)
            info = self.tr("Siste kontroll {started} ({where}, {user}).").format(
                started=started, where=where, user=run.run_by or self.tr("ukjent"))
        self.subheading.setText(f"{self.ctx.district_name(scope)} · {info}")
        self.apply_filters()
        self._restore_selection(keep)

    def _base_predicate(self) -> Callable[[FindingRow], bool]:
        severity = SEVERITY_CHOICES[max(0, self.severity_combo.currentIndex())][1]
        needle = text_of(self.search).strip().lower()

        def keep(r: FindingRow) -> bool:
            if severity is not None and r.severity != severity:
                return False
            return not needle or needle in r.label.lower() or needle in r.shown_message.lower()

        return keep

    def apply_filters(self) -> None:
        """Severity and search narrow both the counts and the table; the group the table."""
        if self._updating:
            return
        self._updating = True
        try:
            self._apply_filters()
        finally:
            self._updating = False

    def _apply_filters(self) -> None:
        base = self._base_predicate()
        counted = [r for r in self.model.all if base(r)]
        expanded = self._expanded_rules()
        self.groups_model.set_counts(counted, self.district_names,
                                     per_district=self.ctx.scope is None)
        for row in range(self.groups_model.rowCount()):
            index = self.groups_model.index(row, 0)
            g = self.groups_model.group(index)
            if g is not None and g.rule in expanded:
                self.groups.expand(index)
        rule, district = self._group

        def keep(r: FindingRow) -> bool:
            if rule is not None and r.rule != rule:
                return False
            if district is not None and (r.district_code or "") != district:
                return False
            return base(r)

        self.model.set_predicate(keep)
        self._select_group_row()
        shown, total = self.model.rowCount(), len(self.model.all)
        self.count_label.setText(
            self.tr("{shown} av {total} avvik").format(
                shown=formats.integer(shown), total=formats.integer(total))
            if shown != total else plural(
                total, "FindingsSection", QT_TRANSLATE_NOOP("FindingsSection", "1 avvik"),
                QT_TRANSLATE_NOOP("FindingsSection", "{n} avvik")).format(
                    n=formats.integer(total)))
        self._selection_changed()

    def _expanded_rules(self) -> set[str]:
        out = set()
        for row in range(self.groups_model.rowCount()):
            index = self.groups_model.index(row, 0)
            g = self.groups_model.group(index)
            if g is not None and g.rule and self.groups.isExpanded(index):
                out.add(g.rule)
        return out

    def _select_group_row(self) -> None:
        """Keep the tree's current row on the active group (without re-filtering)."""
        rule, district = self._group
        for r in range(self.groups_model.rowCount()):
            top = self.groups_model.index(r, 0)
            g = self.groups_model.group(top)
            if g is None:
                continue
            target = top if g.rule == rule and district is None else None
            if g.rule == rule and district is not None:
                for c in range(self.groups_model.rowCount(top)):
                    child = self.groups_model.index(c, 0, top)
                    cg = self.groups_model.group(child)
                    if cg is not None and cg.district == district:
                        target = child
            if target is not None:
                if target is not top:
                    self.groups.expand(top)  # show the chosen bydel under its rule
                self.groups.blockSignals(True)
                self.groups.selectionModel().blockSignals(True)
                self.groups.setCurrentIndex(target)
                self.groups.selectionModel().blockSignals(False)
                self.groups.blockSignals(False)
                return

    def _group_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._updating:
            return
        g = self.groups_model.group(current)
        self.set_group(g.rule if g else None, g.district if g else None)

    def set_group(self, rule: str | None, district: str | None = None) -> None:
        """Show one rule (and bydel) only; None, None shows all."""
        self._group = (rule, district)
        self.apply_filters()

    # -- selection and details -----------------------------------------------------------------
    def selected(self) -> list[FindingRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows if r < self.model.rowCount()]

    def select_rows(self, rows: Sequence[int]) -> None:
        """Select these table rows (the first becomes current)."""
        self.table.clearSelection()
        if not rows:
            return
        self.table.setCurrentIndex(self.model.index(rows[0], 0))
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r in rows[1:]:
            self.table.selectRow(r)  # toggles in this mode: these rows are not selected yet
        self.table.setSelectionMode(mode)

    def _restore_selection(self, ids: set[str]) -> None:
        rows = [n for n in (self.model.row_of(i) for i in ids) if n is not None]
        if rows:
            self.select_rows(rows)

    def _selection_changed(self) -> None:
        chosen = self.selected()
        statuses = {r.status for r in chosen}
        writable = not self.ctx.read_only  # a past day shown: statuses stay as they were
        for status, button in self.status_buttons.items():
            button.setEnabled(writable and bool(chosen) and all(
                s == status or status in TRANSITIONS[s] for s in statuses))
        self.run_button.setEnabled(writable)
        self.open_button.setEnabled(len(chosen) == 1)
        self.detail.setText(self._detail_html(chosen))

    def _detail_html(self, chosen: list[FindingRow]) -> str:
        if not chosen:
            return ("<span style='color:#6b7080'>"
                    + self.tr("Velg et avvik for å se detaljer. Dobbeltklikk åpner posten; "
                              "velg flere for å endre status samlet.") + "</span>")
        if len(chosen) > 1:
            return "<b>" + self.tr("{n} avvik valgt.").format(
                n=formats.integer(len(chosen))) + "</b>"
        r = chosen[0]
        rule = RULES.get(r.rule)
        colour = SEVERITY_COLOURS.get(r.severity, "#888")
        entity = self.tr(ENTITY_NB[r.entity_type]) if r.entity_type in ENTITY_NB \
            else r.entity_type
        seen = self.tr("åpnet {first}, sist sett {last}").format(
            first=formats.date(r.first_seen), last=formats.date(r.last_seen))
        lines = [
            f"<span style='font-size:14px;font-weight:600;color:#2a2859'>{_esc(r.label)}</span>"
            f" &nbsp;<span style='color:#5b5f6b'>{entity}"
            f" · {_esc(self.district_names.get(r.district_code or '', r.district_code or ''))}"
            "</span>",
            f"<span style='color:{colour};font-weight:600'>● {r.severity_nb}</span> · "
            f"<b>{_esc(r.title)}</b> · {r.status_nb} · {seen}",
            _esc(r.shown_message),
        ]
        if rule is not None:
            lines.append(f"<span style='color:#5b5f6b'>{_esc(rule.explain(AuditSettings()))}"
                         "</span>")
        if r.justification:
            lines.append(f"<b>{self.tr('Begrunnelse:')}</b> {_esc(r.justification)}")
        if r.status_note:
            lines.append(f"<b>{self.tr('Merknad:')}</b> {_esc(r.status_note)}")
        return "<br/>".join(lines)

    # -- jump to the record ----------------------------------------------------------------------
    def open_record_at(self, row: int) -> None:
        """Ask the shell to show the record behind the finding on ``row``."""
        if not 0 <= row < self.model.rowCount():
            return
        r = self.model.row(row)
        entity_type, entity_id = self.ctx.register.read(record_target, r.entity_type, r.entity_id)
        self.ctx.open_record.emit(entity_type, entity_id)

    def _open_current(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            row = self.model.row_of(chosen[0].id)
            if row is not None:
                self.open_record_at(row)

    def current_record(self) -> tuple[str, str] | None:
        """For the shell's Back: findings are not records, so nothing to return to."""
        return None

    # -- status changes ------------------------------------------------------------------------
    def ask_status_change(self, status: str) -> None:
        if self.ctx.read_only:
            return
        chosen = self.selected()
        if not chosen:
            return
        dialog = StatusDialog(status, len(chosen), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        comment, justification = dialog.values()
        self.change_status([r.id for r in chosen], status, comment=comment,
                           justification=justification,
                           versions={r.id: r.version for r in chosen})

    def change_status(self, ids: Sequence[str], status: str, *, comment: str | None = None,
                      justification: str | None = None,
                      versions: dict[str, int] | None = None) -> Job:
        """Change the findings' status in the background (all or none), then reload."""
        db, ids = self.ctx.register, list(ids)

        def work(progress: Any, cancel: Any) -> int:
            progress(10, self.tr("Endrer status for {n} avvik").format(
                n=formats.integer(len(ids))))
            return db.write(set_status, ids, status, comment=comment,
                            justification=justification, versions=versions)

        def done(changed: int) -> None:
            self.status_changed.emit(changed)
            self.ctx.data_changed.emit()

        return run_job(self, self.tr("Endrer status"), work, done)

    # -- audit run -------------------------------------------------------------------------------
    def run_audit_now(self) -> Job:
        """Run the audit for the scope off the UI thread, with progress and Avbryt."""
        db, scope = self.ctx.register, self.ctx.scope
        user = db.user
        self.run_button.setEnabled(False)

        def work(progress: Any, cancel: Any) -> AuditResult:
            return db.run(run_audit, district=scope, user=user, progress=progress, cancel=cancel)

        def done(result: AuditResult) -> None:
            self.run_button.setEnabled(True)
            self.last_result = result
            self.audit_finished.emit(result)
            self.ctx.data_changed.emit()

        def failed(exc: BaseException) -> None:
            self.run_button.setEnabled(True)
            show_error(self, self.tr("Kontrollen feilet"), exc)

        self._job = run_job(self, self.tr("Kjører kontroll"), work, done, failed)
        self._job.done.connect(lambda: self.run_button.setEnabled(True))
        return self._job

    # -- exports ---------------------------------------------------------------------------------
    def _ask_export_xlsx(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Eksporter avvik"),
                                              self.tr("avvik.xlsx"),
                                              self.tr("Excel-arbeidsbok (*.xlsx)"))
        if path:  # the save dialog has asked before an existing file is replaced
            self.export_xlsx(Path(path), overwrite=True)

    def _ask_export_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre avviksrapport"),
                                              self.tr("avviksrapport.pdf"), self.tr("PDF (*.pdf)"))
        if path:  # the save dialog has asked before an existing file is replaced
            self.export_pdf(Path(path), overwrite=True)

    def export_xlsx(self, path: Path, *, overwrite: bool = False) -> Job:
        """The findings shown (after filters) to an xlsx file, in the background."""
        rows = self.model.rows()
        scope = self.ctx.district_name(self.ctx.scope)
        protect = [self.ctx.register.path]

        def work(progress: Any, cancel: Any) -> str:
            # lazy: reportlab and openpyxl (≈ 1–2 s together) load on export, not at start
            from ...reports.audit_report import write_findings_xlsx
            progress(20, self.tr("Skriver Excel-fil"))
            write_output(path, lambda tmp: write_findings_xlsx(rows, tmp, scope=scope),
                         overwrite=overwrite, protect=protect)
            return str(path)

        return run_job(self, self.tr("Eksporterer avvik"), work, self.exported.emit)

    def export_pdf(self, path: Path, *, overwrite: bool = False) -> Job:
        db, scope = self.ctx.register, self.ctx.scope

        def work(progress: Any, cancel: Any) -> str:
            # lazy: reportlab (≈ 0.3–0.8 s) loads on the first PDF, not at window start
            from ...reports.audit_report import build_audit_report, render_audit_pdf
            check_output(path, overwrite=overwrite, protect=[db.path])  # before the work
            progress(20, self.tr("Lager avviksrapport"))
            report = db.read(build_audit_report, district=scope, demo=db.is_demo)
            write_output(path, lambda tmp: render_audit_pdf(report, tmp),
                         overwrite=overwrite, protect=[db.path])
            return str(path)

        return run_job(self, self.tr("Lager avviksrapport"), work, self.exported.emit)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["FindingGroupsModel", "FindingsSection", "FindingsTableModel", "StatusDialog"]
