"""Avtaler: innleie- and tilvisningsavtaler with their landlords, ends and dwellings."""

from __future__ import annotations

from ...i18n import QT_TRANSLATE_NOOP
from ...services.enums import AgreementKind
from ..widgets.filters import enum_filter
from ..widgets.table import Column
from .register_view import RegisterSection


class AgreementsSection(RegisterSection):
    key = "agreements"
    title = QT_TRANSLATE_NOOP("Section", "Avtaler")
    handles = ("agreement", "landlord")
    entity = "agreement"
    nouns = (QT_TRANSLATE_NOOP("RegisterView", "avtale"),
             QT_TRANSLATE_NOOP("RegisterView", "avtaler"))
    new_label = QT_TRANSLATE_NOOP("RegisterView", "Ny avtale")
    search_hint = QT_TRANSLATE_NOOP("RegisterView",
                                    "Søk i avtalereferanse, utleier eller org.nr.  (Ctrl+F)")
    expiring_filter = True
    default_sort = "end_date"
    columns = (
        Column("kind", QT_TRANSLATE_NOOP("RegisterColumns", "Type"), 104, "enum", AgreementKind),
        Column("reference", QT_TRANSLATE_NOOP("RegisterColumns", "Referanse"), 140),
        Column("landlord", QT_TRANSLATE_NOOP("RegisterColumns", "Utleier"), 180),
        Column("end_date", QT_TRANSLATE_NOOP("RegisterColumns", "Slutt"), 84, "date"),
        Column("days_left", QT_TRANSLATE_NOOP("RegisterColumns", "Dager igjen"), 84, "days",
               tooltip=QT_TRANSLATE_NOOP("RegisterColumns",
                                         "Dager til sluttdato; rødt under 90 dager")),
        Column("dwellings", QT_TRANSLATE_NOOP("RegisterColumns", "Boliger"), 60, "int",
               tooltip=QT_TRANSLATE_NOOP("RegisterColumns", "Boliger avtalen gjelder i dag")),
        Column("district", QT_TRANSLATE_NOOP("RegisterColumns", "Bydel"), 110,
               tooltip=QT_TRANSLATE_NOOP("RegisterColumns", "Bydelen avtalen er registrert under")),
        Column("holder", QT_TRANSLATE_NOOP("RegisterColumns", "Ansvarlig enhet"), 116,
               tooltip=QT_TRANSLATE_NOOP("RegisterColumns",
                                         "Enheten som har ansvaret for avtalen: en bydel eller en "
                                         "sentral enhet")),
        Column("landlord_orgnr", QT_TRANSLATE_NOOP("RegisterColumns", "Org.nr."), 86),
        Column("start_date", QT_TRANSLATE_NOOP("RegisterColumns", "Start"), 84, "date"),
        Column("notice_months", QT_TRANSLATE_NOOP("RegisterColumns", "Oppsigelse (mnd.)"), 110,
               "int"),
        Column("monthly_rent", QT_TRANSLATE_NOOP("RegisterColumns", "Månedsleie (kr)"), 108,
               "money"),
        Column("last_reviewed", QT_TRANSLATE_NOOP("RegisterColumns", "Sist gjennomgått"), 110,
               "date"),
        Column("officer", QT_TRANSLATE_NOOP("RegisterColumns", "Saksbehandler"), 120, hidden=True),
        Column("updated_at", QT_TRANSLATE_NOOP("RegisterColumns", "Sist endret"), 118, "datetime",
               hidden=True),
    )
    filters = (enum_filter("kind", QT_TRANSLATE_NOOP("RegisterColumns", "Avtaletype: alle"),
                           AgreementKind),)

    grid = "agreements"
    transfer_what = "agreements"  # Overfør til … (right-click, Overføringer menu)

    def describe(self) -> str:
        return self.tr("Innleieavtaler (kommunen leier og framleier) og tilvisningsavtaler "
                       "(Husbanken). Koblinger viser boligene og utleierens andre avtaler.")

    def show_record(self, entity_type: str, entity_id: str) -> bool:
        if entity_type == "landlord":  # a landlord is its agreements: search for them
            self.filter_panel.reset()
            self.filter_panel.set_search(entity_id)
            return True
        return super().show_record(entity_type, entity_id)
