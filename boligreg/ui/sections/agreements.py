"""Avtaler: innleie- and tilvisningsavtaler with their landlords, ends and dwellings."""

from __future__ import annotations

from ...services.enums import AgreementKind
from ..widgets.filters import enum_filter
from ..widgets.table import Column
from .register_view import RegisterSection


class AgreementsSection(RegisterSection):
    key = "agreements"
    title = "Avtaler"
    handles = ("agreement", "landlord")
    entity = "agreement"
    nouns = ("avtale", "avtaler")
    new_label = "Ny avtale"
    search_hint = "Søk i avtalereferanse, utleier eller org.nr.  (Ctrl+F)"
    expiring_filter = True
    default_sort = "end_date"
    columns = (
        Column("kind", "Type", 104, "enum", AgreementKind),
        Column("reference", "Referanse", 140),
        Column("landlord", "Utleier", 180),
        Column("end_date", "Slutt", 84, "date"),
        Column("days_left", "Dager igjen", 84, "days",
               tooltip="Dager til sluttdato; rødt under 90 dager"),
        Column("dwellings", "Boliger", 60, "int",
               tooltip="Boliger avtalen gjelder i dag"),
        Column("district", "Bydel", 110, tooltip="Bydelen avtalen er registrert under"),
        Column("holder", "Ansvarlig enhet", 116,
               tooltip="Enheten som har ansvaret for avtalen: en bydel eller en sentral enhet"),
        Column("landlord_orgnr", "Org.nr.", 86),
        Column("start_date", "Start", 84, "date"),
        Column("notice_months", "Oppsigelse (mnd.)", 110, "int"),
        Column("monthly_rent", "Månedsleie (kr)", 108, "money"),
        Column("last_reviewed", "Sist gjennomgått", 110, "date"),
        Column("officer", "Saksbehandler", 120, hidden=True),
        Column("updated_at", "Sist endret", 118, "datetime", hidden=True),
    )
    filters = (enum_filter("kind", "Avtaletype: alle", AgreementKind),)

    grid = "agreements"
    transfer_what = "agreements"  # Overfør til … (right-click, Overføringer menu)

    def describe(self) -> str:
        return ("Innleieavtaler (kommunen leier og framleier) og tilvisningsavtaler "
                "(Husbanken). Koblinger viser boligene og utleierens andre avtaler.")

    def show_record(self, entity_type: str, entity_id: str) -> bool:
        if entity_type == "landlord":  # a landlord is its agreements: search for them
            self.filter_panel.reset()
            self.filter_panel.set_search(entity_id)
            return True
        return super().show_record(entity_type, entity_id)
