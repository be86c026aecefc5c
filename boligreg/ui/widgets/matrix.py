"""Maintenance responsibility as a grid: responsible party (rows) × scope (columns).

A scope with nobody is a red column (a gap), one with two or more parties an amber column
(double assignment), so both stand out at a glance; the last row says it in words. For a
dwelling, the property's assignments show as inherited (○) unless the dwelling has its own
(●). Clicking a cell makes that party the responsible one for the scope; clicking a filled
cell removes it; Ctrl+click adds a second party.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...i18n import QT_TRANSLATE_NOOP, translate
from ...services.enums import MaintenanceScope, ResponsibleParty, enum_label
from ...services.register import SCOPES, Matrix

Index = QModelIndex | QPersistentModelIndex
PARTIES = tuple(p.value for p in ResponsibleParty)
GAP_BG, DOUBLE_BG, OWN_BG = QColor("#fdecea"), QColor("#fff3cd"), QColor("#dbe5fb")
GAP_FG, DOUBLE_FG, MUTED = QColor("#b3261e"), QColor("#9a6700"), QColor("#6b7080")


def scope_state(matrix: Matrix, target: str | None, scope: str) -> tuple[str, list[str], bool]:
    """("gap" | "double" | "ok", parties in force, inherited?) for one row."""
    parties, inherited = matrix.effective(target, scope)
    if not parties:
        return "gap", parties, inherited
    return ("double" if len(parties) > 1 else "ok"), parties, inherited


HEADER_BREAKS = {"Uteområder": "Ute-\nområder", "Uteområde": "Ute-\nområde"}
# When even two lines do not fit (a narrow pane at 125 % scaling): short forms, with the
# full name as the header's tooltip.
HEADER_SHORT = {MaintenanceScope.INTERIOR.value: QT_TRANSLATE_NOOP("Matrix", "Indre"),
                MaintenanceScope.EXTERIOR.value: QT_TRANSLATE_NOOP("Matrix", "Ytre"),
                MaintenanceScope.TECHNICAL.value: QT_TRANSLATE_NOOP("Matrix", "Tekn."),
                MaintenanceScope.OUTDOOR.value: QT_TRANSLATE_NOOP("Matrix", "Ute")}


class MatrixModel(QAbstractTableModel):
    """Rows: the parties, then an assessment row. Columns: the four scopes."""

    STATUS = len(PARTIES)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = False  # short header names (set by the view when space is short)
        self.matrix: Matrix | None = None
        self.target: str | None = None

    def set_matrix(self, matrix: Matrix | None, target: str | None = None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.target = target
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() or self.matrix is None else len(PARTIES) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(SCOPES)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(SCOPES):
                # Two short lines fit four columns beside the parties in a laptop's side
                # pane; the one long single word is hyphenated where Norwegian allows it.
                if self.compact:
                    return translate("Matrix", HEADER_SHORT.get(SCOPES[section], SCOPES[section]))
                text = enum_label(SCOPES[section], MaintenanceScope).replace(" ", "\n")
                return HEADER_BREAKS.get(text, text)
            if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(SCOPES):
                return enum_label(SCOPES[section], MaintenanceScope)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.STATUS:
                return translate("Matrix", "Vurdering")
            if 0 <= section < len(PARTIES):
                return enum_label(PARTIES[section], ResponsibleParty)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and section == self.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def at(self, index: Index) -> tuple[str, str | None]:
        """(scope, party or None for the assessment row) of a cell."""
        party = PARTIES[index.row()] if index.row() < len(PARTIES) else None
        return SCOPES[index.column()], party

    def cell(self, scope: str, party: str) -> tuple[bool, bool]:
        """(assigned here, inherited from the property) for one scope × party."""
        assert self.matrix is not None
        own = party in self.matrix.parties(self.target, scope)
        inherited = (not own and self.target is not None
                     and not self.matrix.parties(self.target, scope)
                     and party in self.matrix.parties(None, scope))
        return own, inherited

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        scope, party = self.at(index)
        state, parties, inherited = scope_state(self.matrix, self.target, scope)
        if party is None:
            return self._status(role, state, parties, inherited)
        own, inh = self.cell(scope, party)
        if role == Qt.ItemDataRole.DisplayRole:
            return "●" if own else "○" if inh else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if own:
                return QBrush(OWN_BG)
            return QBrush(GAP_BG if state == "gap" else DOUBLE_BG if state == "double"
                          else QColor("white"))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED if inh else QColor("#1f42aa"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setPointSize(12)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            scope_nb = enum_label(scope, MaintenanceScope).lower()
            party_nb = enum_label(party, ResponsibleParty)
            if own:
                text = translate("Matrix", "{party} har ansvar for {scope}. Klikk for å fjerne.")
            elif inh:
                text = translate("Matrix", "{party} har ansvar for {scope} for hele eiendommen "
                                 "(arvet). Klikk for å gi boligen en egen ansvarlig.")
            else:
                text = translate("Matrix", "Klikk for å gjøre {party} ansvarlig for {scope}; "
                                 "Ctrl+klikk legger til uten å fjerne andre.")
            return text.format(party=party_nb, scope=scope_nb)
        return None

    def _status(self, role: int, state: str, parties: list[str], inherited: bool) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if state == "gap":
                return translate("Matrix", "Mangler")
            if state == "double":
                return translate("Matrix", "Dobbelt")
            return translate("Matrix", "Arvet") if inherited else translate("Matrix", "OK")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(GAP_FG if state == "gap" else DOUBLE_FG if state == "double"
                          else MUTED)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(GAP_BG if state == "gap" else DOUBLE_BG if state == "double"
                          else QColor("#f7f8fb"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(state != "ok")
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if state == "gap":
                return translate("Matrix", "Ingen har ansvaret for dette området.")
            if state == "double":
                return translate("Matrix", "{n} har ansvaret for samme område: {parties}. "
                                 "Avklar hvem.").format(
                    n=len(parties),
                    parties=", ".join(enum_label(p, ResponsibleParty) for p in parties))
        return None


class MatrixView(QTableView):
    """``toggled(scope, party, add)`` when a party cell is clicked or Space is pressed."""

    toggled = Signal(str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix_model = MatrixModel(self)
        self.setModel(self.matrix_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setShowGrid(True)
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = len(PARTIES) + 1
        vh = self.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(30)
        vh.setMinimumWidth(124)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        hh.setFixedHeight(42)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(42 + rows * 30 + 4)
        self.setStyleSheet("QTableView { selection-background-color: #b6c8f5; "
                           "selection-color: #1f2a55; }")

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        model = self.model()
        if not isinstance(model, MatrixModel) or not model.columnCount():
            return
        metrics = self.horizontalHeader().fontMetrics()
        was = model.compact
        model.compact = False
        widest = max(metrics.horizontalAdvance(line) for c in range(model.columnCount())
                     for line in str(model.headerData(c, Qt.Orientation.Horizontal)).split("\n"))
        # The stretched sections get their new size after this event: work from the viewport.
        model.compact = self.viewport().width() // model.columnCount() < widest + 14
        if model.compact != was:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)

    def _toggle(self, index: QModelIndex, add: bool) -> None:
        if not index.isValid() or self.matrix_model.matrix is None:
            return
        scope, party = self.matrix_model.at(index)
        if party is not None:
            self.toggled.emit(scope, party, add)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._toggle(self.indexAt(event.position().toPoint()), add)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._toggle(self.currentIndex(), add)
            return
        super().keyPressEvent(event)
