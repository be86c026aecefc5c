"""Eiendommer: the buildings, with their dwellings and maintenance coverage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ...i18n import QT_TRANSLATE_NOOP
from ...services.enums import OwnerKind, ResponsibleParty
from ...services.register import (
    COVERAGE_DOUBLE,
    COVERAGE_GAP,
    COVERAGE_LABELS,
)
from ..widgets.filters import FilterDef, enum_filter
from ..widgets.table import WARN, Column, Index, RowSetTableModel
from .register_view import RegisterSection

DOUBLE = QColor("#9a6700")
COVERAGE_FILTER = FilterDef("coverage", QT_TRANSLATE_NOOP("RegisterColumns",
                                                          "Vedlikeholdsansvar: alle"),
                            tuple(COVERAGE_LABELS.items()))


class PropertyTableModel(RowSetTableModel):
    """Coverage in words and colour: gaps red, double assignments amber."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            column = self.columns[index.column()]
            value = self.row_values(index.row())[self._pos[index.column()]]
            if column.field == "coverage":
                return COVERAGE_LABELS.get(value, value)
            if column.kind == "enums" and not value:
                return self.tr("Mangler")  # a scope nobody maintains
        return super().data(index, role)

    def cell_brush(self, row: tuple, column: Column, value: Any) -> QBrush | None:
        if column.field == "coverage":
            if value == COVERAGE_GAP:
                return QBrush(WARN)
            if value == COVERAGE_DOUBLE:
                return QBrush(DOUBLE)
        if column.kind == "enums":
            if not value:
                return QBrush(WARN)
            if "," in value:
                return QBrush(DOUBLE)
        return super().cell_brush(row, column, value)


SCOPE_COLUMNS = (
    Column("interior", QT_TRANSLATE_NOOP("RegisterColumns", "Indre"), 100, "enums",
           ResponsibleParty),
    Column("exterior", QT_TRANSLATE_NOOP("RegisterColumns", "Ytre"), 100, "enums",
           ResponsibleParty),
    Column("technical", QT_TRANSLATE_NOOP("RegisterColumns", "Tekniske anlegg"), 110, "enums",
           ResponsibleParty),
    Column("outdoor", QT_TRANSLATE_NOOP("RegisterColumns", "Uteområder"), 100, "enums",
           ResponsibleParty),
)


class PropertiesSection(RegisterSection):
    key = "properties"
    title = QT_TRANSLATE_NOOP("Section", "Eiendommer")
    handles = ("property",)
    entity = "property"
    nouns = (QT_TRANSLATE_NOOP("RegisterView", "eiendom"),
             QT_TRANSLATE_NOOP("RegisterView", "eiendommer"))
    new_label = QT_TRANSLATE_NOOP("RegisterView", "Ny eiendom")
    search_hint = QT_TRANSLATE_NOOP("RegisterView",
                                    "Søk i adresse, postnummer, gnr/bnr, eier eller org.nr.  "
                                    "(Ctrl+F)")
    model_class = PropertyTableModel
    default_sort = "address"
    columns = (
        Column("district", QT_TRANSLATE_NOOP("RegisterColumns", "Bydel"), 104),
        Column("address", QT_TRANSLATE_NOOP("RegisterColumns", "Adresse"), 190),
        Column("postcode", QT_TRANSLATE_NOOP("RegisterColumns", "Postnr."), 58),
        Column("owner_kind", QT_TRANSLATE_NOOP("RegisterColumns", "Eierform"), 120, "enum",
               OwnerKind),
        Column("dwellings", QT_TRANSLATE_NOOP("RegisterColumns", "Boliger"), 60, "int"),
        Column("vacant", QT_TRANSLATE_NOOP("RegisterColumns", "Ledige"), 56, "int"),
        Column("coverage", QT_TRANSLATE_NOOP("RegisterColumns", "Vedlikeholdsansvar"), 124,
               tooltip=QT_TRANSLATE_NOOP("RegisterColumns",
                                         "Komplett: hvert område har én ansvarlig. Mangler: et "
                                         "område har "
                       "ingen. Dobbelt: et område har flere.")),
        Column("matrikkel", QT_TRANSLATE_NOOP("RegisterColumns", "Gnr/bnr"), 80),
        Column("owner_name", QT_TRANSLATE_NOOP("RegisterColumns", "Eier"), 170),
        Column("owner_orgnr", QT_TRANSLATE_NOOP("RegisterColumns", "Eiers org.nr."), 100,
               hidden=True),
        Column("built_year", QT_TRANSLATE_NOOP("RegisterColumns", "Byggeår"), 64, "year"),
        *(Column(c.field, c.title, c.width, c.kind, c.enum, hidden=True) for c in SCOPE_COLUMNS),
        Column("updated_at", QT_TRANSLATE_NOOP("RegisterColumns", "Sist endret"), 118, "datetime",
               hidden=True),
    )
    filters = (enum_filter("owner_kind", QT_TRANSLATE_NOOP("RegisterColumns", "Eierform: alle"),
                           OwnerKind), COVERAGE_FILTER)

    grid = "properties"

    def describe(self) -> str:
        return self.tr("Bygg med adresse og matrikkelnummer. Koblinger viser boligene; "
                       "vedlikeholdsansvaret redigeres under Vedlikeholdsansvar.")
