"""Boliger: every dwelling in the scope, searchable and filterable, edited beside the table."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from ...i18n import QT_TRANSLATE_NOOP
from ...services.enums import (
    ActualUse,
    AgreementKind,
    DwellingStatus,
    TargetGroup,
    Tenure,
)
from ...services.register import property_choices, property_label
from ..context import AppState
from ..widgets.filters import WHEELCHAIR, enum_filter
from ..widgets.table import WARN, Column, RowSetTableModel
from .register_view import RegisterSection

VACANT = QColor("#9a6700")


class DwellingTableModel(RowSetTableModel):
    """Vacant dwellings, dwellings not used as housing and agreements about to end stand out."""

    def cell_brush(self, row: tuple, column: Column, value: Any) -> QBrush | None:
        if column.field == "status" and value == DwellingStatus.VACANT.value:
            return QBrush(VACANT)
        if column.field == "actual_use" and value and value != ActualUse.HOUSING.value:
            return QBrush(WARN)
        if column.field == "agreement_end" and value:
            days = self._days_left(value)
            if days is not None and days <= 90:
                return QBrush(WARN)
        return super().cell_brush(row, column, value)

    def _days_left(self, iso: str) -> int | None:
        try:
            return (date.fromisoformat(iso[:10]) - self.today).days
        except ValueError:
            return None


class DwellingsSection(RegisterSection):
    key = "dwellings"
    title = QT_TRANSLATE_NOOP("Section", "Boliger")
    handles = ("dwelling",)
    entity = "dwelling"
    nouns = (QT_TRANSLATE_NOOP("RegisterView", "bolig"),
             QT_TRANSLATE_NOOP("RegisterView", "boliger"))
    new_label = QT_TRANSLATE_NOOP("RegisterView", "Ny bolig")
    search_hint = QT_TRANSLATE_NOOP("RegisterView",
                                    "Søk i adresse, bruksenhetsnummer, avtale, utleier eller "
                                    "org.nr.  (Ctrl+F)")
    expiring_filter = True
    model_class = DwellingTableModel
    default_sort = "address"
    prefetch = True
    columns = (
        Column("district", QT_TRANSLATE_NOOP("RegisterColumns", "Bydel"), 110,
               tooltip=QT_TRANSLATE_NOOP("RegisterColumns",
                                         "Bydelen bygget ligger i (beliggenhet); utvalget velger "
                                         "etter den")),
        Column("disposer", QT_TRANSLATE_NOOP("RegisterColumns", "Disponeres av"), 120,
               tooltip=QT_TRANSLATE_NOOP("RegisterColumns",
                                         "Enheten som disponerer boligen: en bydel eller en "
                                         "sentral enhet "
                       "(Velferdsetaten, Ungbo, Boligbygg). Oversikt og faktaark teller etter "
                       "den")),
        Column("address", QT_TRANSLATE_NOOP("RegisterColumns", "Adresse"), 190),
        Column("unit_number", QT_TRANSLATE_NOOP("RegisterColumns", "Bruksenhet"), 92),
        Column("postcode", QT_TRANSLATE_NOOP("RegisterColumns", "Postnr."), 60),
        Column("tenure", QT_TRANSLATE_NOOP("RegisterColumns", "Disposisjon"), 90, "enum", Tenure),
        Column("status", QT_TRANSLATE_NOOP("RegisterColumns", "Status"), 96, "enum",
               DwellingStatus),
        Column("actual_use", QT_TRANSLATE_NOOP("RegisterColumns", "Faktisk bruk"), 96, "enum",
               ActualUse),
        Column("target_group", QT_TRANSLATE_NOOP("RegisterColumns", "Målgruppe"), 120, "enum",
               TargetGroup),
        Column("area_m2", QT_TRANSLATE_NOOP("RegisterColumns", "Areal m²"), 70, "decimal"),
        Column("rooms", QT_TRANSLATE_NOOP("RegisterColumns", "Rom"), 46, "int"),
        Column("wheelchair", QT_TRANSLATE_NOOP("RegisterColumns", "Rullestol"), 66, "bool",
               tooltip=QT_TRANSLATE_NOOP("RegisterColumns", "Tilgjengelig for rullestol")),
        Column("vacant_since", QT_TRANSLATE_NOOP("RegisterColumns", "Ledig siden"), 88, "date"),
        Column("last_inspection", QT_TRANSLATE_NOOP("RegisterColumns", "Sist kontrollert"), 104,
               "date", hidden=True),
        Column("agreement_ref", QT_TRANSLATE_NOOP("RegisterColumns", "Avtale"), 110),
        Column("agreement_kind", QT_TRANSLATE_NOOP("RegisterColumns", "Avtaletype"), 110, "enums",
               AgreementKind, hidden=True),
        Column("landlord", QT_TRANSLATE_NOOP("RegisterColumns", "Utleier"), 150),
        Column("landlord_orgnr", QT_TRANSLATE_NOOP("RegisterColumns", "Utleiers org.nr."), 100,
               hidden=True),
        Column("agreement_end", QT_TRANSLATE_NOOP("RegisterColumns", "Avtale utløper"), 98, "date",
               tooltip=QT_TRANSLATE_NOOP("RegisterColumns",
                                         "Tidligste sluttdato blant boligens gjeldende avtaler")),
        Column("updated_at", QT_TRANSLATE_NOOP("RegisterColumns", "Sist endret"), 118, "datetime",
               hidden=True),
    )
    filters = (
        enum_filter("tenure", QT_TRANSLATE_NOOP("RegisterColumns", "Disposisjon: alle"), Tenure),
        enum_filter("status", QT_TRANSLATE_NOOP("RegisterColumns", "Status: alle"), DwellingStatus),
        enum_filter("actual_use", QT_TRANSLATE_NOOP("RegisterColumns", "Faktisk bruk: alle"),
                    ActualUse),
        enum_filter("target_group", QT_TRANSLATE_NOOP("RegisterColumns", "Målgruppe: alle"),
                    TargetGroup),
        WHEELCHAIR,
        enum_filter("agreement_kind", QT_TRANSLATE_NOOP("RegisterColumns", "Avtaletype: alle"),
                    AgreementKind),
    )

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail.form.set_ref_loader("property_id", self._property_choices)
        ctx.scope_changed.connect(lambda _c: self._forget_choices())
        ctx.data_changed.connect(self._forget_choices)

    def _forget_choices(self) -> None:
        picker = self.detail.form.widgets["property_id"]
        picker.reset_choices()  # type: ignore[attr-defined]

    def _property_choices(self) -> list[tuple[str, str]]:
        return self.ctx.register.read(property_choices, self.ctx.scope)

    grid = "dwellings"
    transfer_what = "dwellings"  # Overfør til … (right-click, Overføringer menu)

    def describe(self) -> str:
        return self.tr("Hver bruksenhet med disposisjonsform, status, bruk og gjeldende avtale. "
                       "Dobbeltklikk en kobling for å åpne den; Alt+Venstre går tilbake.")

    def new_defaults(self) -> tuple[dict[str, Any], dict[str, str]]:
        values: dict[str, Any] = {
            "district_code": self.ctx.scope, "tenure": Tenure.OWNED.value,
            "status": DwellingStatus.OCCUPIED.value, "actual_use": ActualUse.HOUSING.value,
            "target_group": TargetGroup.ORDINARY.value,
        }
        labels: dict[str, str] = {}
        base = self.detail.base if self.detail.mode == "view" else {}
        if base.get("property_id"):  # a new unit in the same building as the one shown
            values["property_id"] = base["property_id"]
            values["district_code"] = base.get("district_code") or values["district_code"]
            labels["property_id"] = self.ctx.register.read(property_label, base["property_id"])
        return values, labels
