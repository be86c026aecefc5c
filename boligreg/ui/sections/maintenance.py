"""Vedlikeholdsansvar: properties with their coverage, and the matrix of the one chosen.

"Bruk vanlig fordeling" applies the usual split for the ownership form (facts.md) in one
version-checked transaction after showing what will change; each change, and each click in
the matrix, can be undone (a new version-checked write back to what was there).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ...errors import StaleRecordError
from ...i18n import QT_TRANSLATE_NOOP, plural, translate
from ...services import register as reg
from ...services.enums import MaintenanceScope, OwnerKind, ResponsibleParty, Tenure, enum_label
from ..messages import confirm, show_error
from ..qtutil import redo_keys, undo_keys
from ..widgets.detail import CheckedCommand, redo_next, sync_undo_buttons, undo_last
from ..widgets.filters import enum_filter
from ..widgets.links import LinkList
from ..widgets.matrix import MatrixView
from ..widgets.table import Column
from .properties import COVERAGE_FILTER, SCOPE_COLUMNS, PropertyTableModel
from .register_view import TableSection

Wanted = dict[str | None, set[tuple[str, str]]]


class MatrixCommand(CheckedCommand):
    """One change of a property's assignments; ``expected`` is what it left (id → version)."""

    def __init__(self, section: MaintenanceSection, property_id: str, text: str,
                 old: Wanted, new: Wanted) -> None:
        super().__init__(text, old, new)
        self.section = section
        self.property_id = property_id

    def run(self, values: Mapping[Any, Any]) -> None:
        self.section.apply_command(self, values)


def _describe(changes: Wanted, matrix: reg.Matrix) -> str:
    units = {d_id: unit for d_id, unit, _t in matrix.dwellings}
    lines = []
    for target, wanted in changes.items():
        where = translate("MaintenanceSection", "Eiendommen") if target is None else \
            translate("MaintenanceSection", "Bolig {unit}").format(unit=units.get(target, ""))
        before = matrix.wanted(target)
        added = sorted(wanted - before)
        removed = sorted(before - wanted)
        parts = [f"+ {enum_label(s, MaintenanceScope)}: {enum_label(p, ResponsibleParty)}"
                 for s, p in added]
        parts += [f"− {enum_label(s, MaintenanceScope)}: {enum_label(p, ResponsibleParty)}"
                  for s, p in removed]
        if parts:
            lines.append(f"{where}:  " + ",  ".join(parts))
    return "\n".join(lines)


class MaintenanceSection(TableSection):
    key = "maintenance"
    title = QT_TRANSLATE_NOOP("Section", "Vedlikeholdsansvar")
    handles = ("maintenance", "maintenance_responsibility")
    entity = "property"
    nouns = (QT_TRANSLATE_NOOP("RegisterView", "eiendom"),
             QT_TRANSLATE_NOOP("RegisterView", "eiendommer"))
    search_hint = QT_TRANSLATE_NOOP("RegisterView",
                                    "Søk i adresse, postnummer, gnr/bnr eller eier  (Ctrl+F)")
    default_sort = "address"
    side_width = 560
    model_class = PropertyTableModel
    columns = (
        Column("address", QT_TRANSLATE_NOOP("RegisterColumns", "Adresse"), 180),
        Column("district", QT_TRANSLATE_NOOP("RegisterColumns", "Bydel"), 100),
        Column("owner_kind", QT_TRANSLATE_NOOP("RegisterColumns", "Eierform"), 110, "enum",
               OwnerKind),
        Column("dwellings", QT_TRANSLATE_NOOP("RegisterColumns", "Boliger"), 64, "int"),
        *SCOPE_COLUMNS,
        Column("coverage", QT_TRANSLATE_NOOP("RegisterColumns", "Vurdering"), 86),
    )
    filters = (COVERAGE_FILTER,
               enum_filter("owner_kind", QT_TRANSLATE_NOOP("RegisterColumns", "Eierform: alle"),
                           OwnerKind))

    def side_panel(self) -> QWidget:
        self.stack = QUndoStack(self)
        self.matrix: reg.Matrix | None = None
        self.target: str | None = None
        panel = QWidget()
        panel.setObjectName("detailPane")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel_title = QLabel("")
        self.panel_title.setObjectName("detailTitle")
        self.panel_subtitle = QLabel("")
        self.panel_subtitle.setObjectName("detailSubtitle")
        self.target_combo = QComboBox()
        self.target_combo.currentIndexChanged.connect(self._target_chosen)
        self.view = MatrixView()
        self.view.toggled.connect(self.toggle)
        self.legend = QLabel(self.tr("●  ansvarlig    ○  arvet fra eiendommen    "
                             "<span style='color:#b3261e'>rødt: ingen ansvarlig</span>    "
                             "<span style='color:#9a6700'>gult: flere ansvarlige</span>"))
        self.legend.setWordWrap(True)
        self.legend.setObjectName("detailSubtitle")
        self.split_button = QPushButton(self.tr("Bruk vanlig fordeling …"))
        self.split_button.setObjectName("primaryButton")
        self.split_button.setToolTip(self.tr("Sett ansvaret slik det vanligvis er for denne "
                                             "eierformen (viser endringene før de lagres)"))
        self.split_button.clicked.connect(self.apply_usual_split)
        self.undo_button = QPushButton(self.tr("Angre"))
        self.redo_button = QPushButton(self.tr("Gjør om"))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.stack.indexChanged.connect(lambda _i: self._update_undo())
        self.reason = QLabel("")
        self.reason.setObjectName("banner")
        self.reason.setProperty("kind", "info")
        self.reason.setWordWrap(True)
        self.exceptions_label = QLabel(self.tr("Egne ansvarsforhold for enkeltboliger"))
        self.exceptions_label.setObjectName("fieldLabel")
        self.exceptions = LinkList()
        self.exceptions.follow.connect(self._follow_exception)
        self.placeholder = QLabel(self.tr("Velg en eiendom for å se hvem som har "
                                          "vedlikeholdsansvaret."))
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(self.tr("Gjelder:")))
        target_row.addWidget(self.target_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.split_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        body.addWidget(self.panel_title)
        body.addWidget(self.panel_subtitle)
        body.addLayout(target_row)
        body.addWidget(self.view)
        body.addWidget(self.legend)
        body.addLayout(buttons)
        body.addWidget(self.reason)
        body.addWidget(self.exceptions_label)
        body.addWidget(self.exceptions, 1)
        body.addStretch(0)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.body.setVisible(False)
        self._action(self.tr("Angre"), undo_keys(), self.undo)
        self._action(self.tr("Gjør om"), redo_keys(), self.redo)
        self._update_undo()
        self.ctx.as_of_changed.connect(lambda _day: self._update_undo())
        return panel

    grid = "properties"

    def describe(self) -> str:
        return self.tr("Hvem som vedlikeholder indre, ytre, tekniske anlegg og uteområder. "
                       "Klikk en celle i matrisen for å endre; «Bruk vanlig fordeling» fyller ut "
                       "etter eierform.")

    # --- showing ---------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        return self.table.current_id() or (self.matrix.property_id if self.matrix else None)

    def current_changed(self, entity_id: str) -> None:
        self.show_matrix(entity_id, None)

    def current_record(self) -> tuple[str, str] | None:
        if self.matrix is None:
            return None
        pid = self.matrix.property_id
        return ("maintenance", f"{pid}/{self.target}" if self.target else pid)

    def show_record(self, entity_type: str, entity_id: str) -> bool:
        target: str | None = None
        if entity_type == "maintenance_responsibility":
            found = self.ctx.register.read(reg.responsibility_target, entity_id)
            if found is None:
                return False
            property_id, target = found
        elif entity_type == "maintenance":
            property_id, _sep, rest = entity_id.partition("/")
            target = rest or None
        else:
            return False
        if not self.show_matrix(property_id, target):
            return False
        if self.loading or self._stale:
            self._pending_id = property_id
        else:
            self._show_row(property_id)
        return True

    def show_matrix(self, property_id: str, target: str | None) -> bool:
        matrix = self.ctx.register.read(reg.maintenance_matrix, property_id)
        if matrix is None:
            return False
        self.matrix = matrix
        units = {d_id for d_id, _u, _t in matrix.dwellings}
        self.target = target if target in units else None
        self.panel_title.setText(matrix.address)
        owner = enum_label(matrix.owner_kind, OwnerKind)
        if matrix.owner_name and matrix.owner_name != owner:
            owner = f"{owner} ({matrix.owner_name})"
        n = len(matrix.dwellings)
        count = plural(n, "MaintenanceSection",
                       QT_TRANSLATE_NOOP("MaintenanceSection", "1 bolig"),
                       QT_TRANSLATE_NOOP("MaintenanceSection", "{n} boliger"),
                       ).format(n=formats.integer(n))
        self.panel_subtitle.setText(
            self.tr("Eiendom  ·  {district}  ·  eier: {owner}  ·  {count}").format(
                district=matrix.district, owner=owner, count=count))
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        self.target_combo.addItem(self.tr("Hele eiendommen"), "")
        for d_id, unit, tenure in matrix.dwellings:
            own = len(matrix.wanted(d_id))
            note = "  –  " + self.tr("{n} egne").format(n=own) if own else ""
            self.target_combo.addItem(self.tr("Bolig {unit} ({tenure})").format(
                unit=unit, tenure=enum_label(tenure, Tenure).lower()) + note, d_id)
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(self.target or "")))
        self.target_combo.blockSignals(False)
        self.view.matrix_model.set_matrix(matrix, self.target)
        proposal = reg.usual_split(matrix.owner_kind, matrix.dwellings)
        pending = reg.proposal_changes(matrix, proposal)
        usual = all(matrix.wanted(t) == w for t, w in pending.items())
        self.split_button.setEnabled(not usual and not self.ctx.read_only)
        self.view.setEnabled(not self.ctx.read_only)  # a past day shown: look, not change
        self.reason.setText((self.tr("Ansvaret følger vanlig fordeling.") + " " if usual else
                             self.tr("Vanlig fordeling:") + " ") + proposal.reason)
        self.reason.setToolTip(reg.split_source())
        self.exceptions.set_links(self._exception_links(matrix))
        self.placeholder.setVisible(False)
        self.body.setVisible(True)
        return True

    def after_load(self) -> None:
        if self.matrix is not None:  # the assignments may have changed elsewhere
            self.show_matrix(self.matrix.property_id, self.target)

    def _exception_links(self, matrix: reg.Matrix) -> list[reg.Link]:
        units = {d_id: unit for d_id, unit, _t in matrix.dwellings}
        out = []
        for a in sorted((a for a in matrix.assignments if a.dwelling_id),
                        key=lambda a: (units.get(a.dwelling_id or "", ""), a.scope)):
            out.append(reg.Link("maintenance", f"{matrix.property_id}/{a.dwelling_id}",
                                self.tr("Bolig {unit}").format(
                                    unit=units.get(a.dwelling_id or "", "")),
                                f"{enum_label(a.scope, MaintenanceScope)}: "
                                f"{enum_label(a.party, ResponsibleParty)}",
                                a.note or ""))
        self.exceptions_label.setVisible(bool(out))
        self.exceptions.setVisible(bool(out))
        return out

    def _follow_exception(self, _entity_type: str, entity_id: str) -> None:
        _pid, _sep, dwelling_id = entity_id.partition("/")
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(dwelling_id)))

    def _target_chosen(self, index: int) -> None:
        if self.matrix is not None:
            self.target = self.target_combo.itemData(index) or None
            self.view.matrix_model.set_matrix(self.matrix, self.target)

    # --- changing ---------------------------------------------------------------------------
    def toggle(self, scope: str, party: str, add: bool) -> None:
        """Click on a cell: make ``party`` responsible (or add it), or remove it if set."""
        if self.matrix is None or self.ctx.read_only:
            return
        own = self.matrix.wanted(self.target)
        if (scope, party) in own:
            wanted = own - {(scope, party)}
            verb = self.tr("Fjern {party} for {scope}")
        elif add:
            wanted = own | {(scope, party)}
            verb = self.tr("Legg til {party} for {scope}")
        else:
            wanted = {x for x in own if x[0] != scope} | {(scope, party)}
            verb = self.tr("Sett {party} for {scope}")
        text = verb.format(party=enum_label(party, ResponsibleParty),
                           scope=enum_label(scope, MaintenanceScope).lower())
        self.change({self.target: wanted}, text)

    def apply_usual_split(self) -> None:
        if self.matrix is None or self.ctx.read_only:
            return
        proposal = reg.usual_split(self.matrix.owner_kind, self.matrix.dwellings)
        changes = {t: w for t, w in reg.proposal_changes(self.matrix, proposal).items()
                   if self.matrix.wanted(t) != w}
        if not changes:
            return
        if not confirm(self, self.tr("Bruk vanlig fordeling"),
                       self.tr("{reason}\n\nEndringer for {address}:\n\n{changes}\n\n"
                               "Fjernede ansvarsforhold beholdes i historikken, og du kan "
                               "angre.").format(reason=proposal.reason,
                                                address=self.matrix.address,
                                                changes=_describe(changes, self.matrix)),
                       yes=self.tr("Bruk fordelingen")):
            return
        self.change(changes, self.tr("Bruk vanlig fordeling"))

    def change(self, changes: Wanted, text: str) -> bool:
        assert self.matrix is not None
        matrix = self.matrix
        before = {t: matrix.wanted(t) for t in changes}
        expected = reg.matrix_expected(matrix, changes)
        try:
            self.ctx.register.run(reg.set_assignments, matrix.property_id, changes, expected)
        except StaleRecordError as exc:
            show_error(self, self.tr("Ikke lagret"), exc)
            self.show_matrix(matrix.property_id, self.target)
            return False
        self.show_matrix(matrix.property_id, self.target)
        self.stack.push(MatrixCommand(self, matrix.property_id, text, before, changes))
        self.patch_row(matrix.property_id)
        return True

    def apply_command(self, cmd: MatrixCommand, values: Mapping[str | None, Any]) -> None:
        """Undo or redo: back to ``values``, provided nobody changed what the step left."""
        left = cmd.new if values is cmd.old else cmd.old
        try:
            self.ctx.register.run(reg.set_assignments, cmd.property_id, values, left)
        except StaleRecordError as exc:
            cmd.failed = exc
            return
        if self.matrix is not None and self.matrix.property_id == cmd.property_id:
            self.show_matrix(cmd.property_id, self.target)
        self.patch_row(cmd.property_id)

    def _update_undo(self) -> None:
        sync_undo_buttons(self.stack, self.undo_button, self.redo_button)
        if self.ctx.read_only:
            self.undo_button.setEnabled(False)
            self.redo_button.setEnabled(False)

    def undo(self) -> None:
        if not self.ctx.read_only:
            undo_last(self.stack, self)

    def redo(self) -> None:
        if not self.ctx.read_only:
            redo_next(self.stack, self)
