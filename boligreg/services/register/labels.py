"""Names of the register's records and fields, and a field's value as a person reads it
(forms, history, conflict dialogs). The tables hold bokmål (marked for the catalogue,
contexts "Entity" and "Field"); ``field_label``/``entity_label`` translate when called."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from ... import formats
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...models import ENTITY_TYPES
from ...models.enums import label as enum_label

ENTITY_LABELS = {
    "dwelling": QT_TRANSLATE_NOOP("Entity", "Bolig"),
    "property": QT_TRANSLATE_NOOP("Entity", "Eiendom"),
    "agreement": QT_TRANSLATE_NOOP("Entity", "Avtale"),
    "agreement_dwelling": QT_TRANSLATE_NOOP("Entity", "Bolig i avtale"),
    "maintenance_responsibility": QT_TRANSLATE_NOOP("Entity", "Vedlikeholdsansvar"),
    "tenancy": QT_TRANSLATE_NOOP("Entity", "Leieforhold"),
    "district": QT_TRANSLATE_NOOP("Entity", "Bydel"),
    "finding": QT_TRANSLATE_NOOP("Entity", "Avvik"),
    "landlord": QT_TRANSLATE_NOOP("Entity", "Utleier"),
}

_COMMON_LABELS = {
    "id": QT_TRANSLATE_NOOP("Field", "Id"),
    "deleted_at": QT_TRANSLATE_NOOP("Field", "Slettet"),
    "note": QT_TRANSLATE_NOOP("Field", "Merknad"),
    "district_code": QT_TRANSLATE_NOOP("Field", "Bydel"),
    "start_date": QT_TRANSLATE_NOOP("Field", "Startdato"),
    "end_date": QT_TRANSLATE_NOOP("Field", "Sluttdato"),
    "property_id": QT_TRANSLATE_NOOP("Field", "Eiendom"),
    "dwelling_id": QT_TRANSLATE_NOOP("Field", "Bolig"),
    "agreement_id": QT_TRANSLATE_NOOP("Field", "Avtale"),
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "dwelling": {
        "unit_number": QT_TRANSLATE_NOOP("Field", "Bruksenhetsnummer"),
        "area_m2": QT_TRANSLATE_NOOP("Field", "Areal (m²)"),
        "rooms": QT_TRANSLATE_NOOP("Field", "Antall rom"),
        "target_group": QT_TRANSLATE_NOOP("Field", "Målgruppe"),
        "tenure": QT_TRANSLATE_NOOP("Field", "Disposisjonsform"),
        "status": QT_TRANSLATE_NOOP("Field", "Status"),
        "actual_use": QT_TRANSLATE_NOOP("Field", "Faktisk bruk"),
        "wheelchair_accessible": QT_TRANSLATE_NOOP("Field", "Tilgjengelig for rullestol"),
        "vacant_since": QT_TRANSLATE_NOOP("Field", "Ledig siden"),
        "last_inspection": QT_TRANSLATE_NOOP("Field", "Sist kontrollert"),
    },
    "property": {
        "street_address": QT_TRANSLATE_NOOP("Field", "Adresse"),
        "postcode": QT_TRANSLATE_NOOP("Field", "Postnummer"),
        "gnr": QT_TRANSLATE_NOOP("Field", "Gårdsnummer"),
        "bnr": QT_TRANSLATE_NOOP("Field", "Bruksnummer"),
        "fnr": QT_TRANSLATE_NOOP("Field", "Festenummer"),
        "snr": QT_TRANSLATE_NOOP("Field", "Seksjonsnummer"),
        "owner_kind": QT_TRANSLATE_NOOP("Field", "Eierform"),
        "owner_name": QT_TRANSLATE_NOOP("Field", "Eier"),
        "owner_orgnr": QT_TRANSLATE_NOOP("Field", "Eiers org.nr."),
        "built_year": QT_TRANSLATE_NOOP("Field", "Byggeår"),
    },
    "agreement": {
        "kind": QT_TRANSLATE_NOOP("Field", "Avtaletype"),
        "reference": QT_TRANSLATE_NOOP("Field", "Avtalereferanse"),
        "landlord_name": QT_TRANSLATE_NOOP("Field", "Utleier"),
        "landlord_orgnr": QT_TRANSLATE_NOOP("Field", "Utleiers org.nr."),
        "notice_months": QT_TRANSLATE_NOOP("Field", "Oppsigelsestid (mnd.)"),
        "monthly_rent": QT_TRANSLATE_NOOP("Field", "Månedsleie (kr)"),
        "last_reviewed": QT_TRANSLATE_NOOP("Field", "Sist gjennomgått"),
        "responsible_officer": QT_TRANSLATE_NOOP("Field", "Saksbehandler"),
        "project_total_dwellings": QT_TRANSLATE_NOOP("Field", "Boliger i prosjektet"),
    },
    "agreement_dwelling": {
        "from_date": QT_TRANSLATE_NOOP("Field", "Fra"),
        "to_date": QT_TRANSLATE_NOOP("Field", "Til"),
    },
    "maintenance_responsibility": {
        "scope": QT_TRANSLATE_NOOP("Field", "Ansvarsområde"),
        "party": QT_TRANSLATE_NOOP("Field", "Ansvarlig"),
        "valid_from": QT_TRANSLATE_NOOP("Field", "Gyldig fra"),
        "valid_to": QT_TRANSLATE_NOOP("Field", "Gyldig til"),
    },
    "tenancy": {
        "kind": QT_TRANSLATE_NOOP("Field", "Type leieforhold"),
        "next_review": QT_TRANSLATE_NOOP("Field", "Neste vurdering"),
        "case_reference": QT_TRANSLATE_NOOP("Field", "Saksreferanse"),
    },
}


def field_label(entity: str, name: str) -> str:
    """The name of a field in the chosen language, for forms, history and conflict dialogs
    (the field name itself for one without a label)."""
    text = FIELD_LABELS.get(entity, {}).get(name) or _COMMON_LABELS.get(name)
    return translate("Field", text) if text else name


def entity_label(entity: str) -> str:
    """The name of a kind of record ("Bolig", "Avtale" …) in the chosen language."""
    text = ENTITY_LABELS.get(entity)
    return translate("Entity", text) if text else entity


def column_type(entity: str, name: str) -> sa.types.TypeEngine | None:
    model = ENTITY_TYPES.get(entity)
    if model is None or name not in model.__table__.c:
        return None
    return model.__table__.c[name].type


def parse_iso(value: str) -> date | datetime | None:
    try:
        return datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value)
    except ValueError:
        return None


def format_value(entity: str, name: str, value: Any) -> str:
    """A field value as a person reads it: labels for enums, Ja/Nei, dates and numbers as
    :mod:`boligreg.formats` writes them ("01.02.2025", "12,5"), "–" for none."""
    if value is None or value == "":
        return "–"
    col_type = column_type(entity, name)
    if isinstance(col_type, sa.Enum) and col_type.enum_class is not None \
            and issubclass(col_type.enum_class, StrEnum):  # all of ours are
        return enum_label(str(value), col_type.enum_class)
    if isinstance(value, bool) or isinstance(col_type, sa.Boolean):
        return translate("Value", "Ja") if value else translate("Value", "Nei")
    if isinstance(col_type, sa.DateTime) or isinstance(value, datetime):
        return formats.timestamp(value, utc=True)
    if isinstance(col_type, sa.Date) or isinstance(value, date):
        return formats.date(value)
    if isinstance(value, float):
        return formats.number(value, 0 if value.is_integer() else 1)
    return str(value)
