"""Norwegian names of the register's records and fields, and a field's value as a person
reads it (forms, history, conflict dialogs)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from ... import formats
from ...models import ENTITY_TYPES
from ...models.enums import label_nb

ENTITY_LABELS = {
    "dwelling": "Bolig",
    "property": "Eiendom",
    "agreement": "Avtale",
    "agreement_dwelling": "Bolig i avtale",
    "maintenance_responsibility": "Vedlikeholdsansvar",
    "tenancy": "Leieforhold",
    "district": "Bydel",
    "finding": "Avvik",
    "landlord": "Utleier",
}

_COMMON_LABELS = {
    "id": "Id",
    "deleted_at": "Slettet",
    "note": "Merknad",
    "district_code": "Bydel",
    "start_date": "Startdato",
    "end_date": "Sluttdato",
    "property_id": "Eiendom",
    "dwelling_id": "Bolig",
    "agreement_id": "Avtale",
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "dwelling": {
        "unit_number": "Bruksenhetsnummer",
        "area_m2": "Areal (m²)",
        "rooms": "Antall rom",
        "target_group": "Målgruppe",
        "tenure": "Disposisjonsform",
        "status": "Status",
        "actual_use": "Faktisk bruk",
        "wheelchair_accessible": "Tilgjengelig for rullestol",
        "vacant_since": "Ledig siden",
        "last_inspection": "Sist kontrollert",
    },
    "property": {
        "street_address": "Adresse",
        "postcode": "Postnummer",
        "gnr": "Gårdsnummer",
        "bnr": "Bruksnummer",
        "fnr": "Festenummer",
        "snr": "Seksjonsnummer",
        "owner_kind": "Eierform",
        "owner_name": "Eier",
        "owner_orgnr": "Eiers org.nr.",
        "built_year": "Byggeår",
    },
    "agreement": {
        "kind": "Avtaletype",
        "reference": "Avtalereferanse",
        "landlord_name": "Utleier",
        "landlord_orgnr": "Utleiers org.nr.",
        "notice_months": "Oppsigelsestid (mnd.)",
        "monthly_rent": "Månedsleie (kr)",
        "last_reviewed": "Sist gjennomgått",
        "responsible_officer": "Saksbehandler",
        "project_total_dwellings": "Boliger i prosjektet",
    },
    "agreement_dwelling": {"from_date": "Fra", "to_date": "Til"},
    "maintenance_responsibility": {
        "scope": "Ansvarsområde",
        "party": "Ansvarlig",
        "valid_from": "Gyldig fra",
        "valid_to": "Gyldig til",
    },
    "tenancy": {
        "kind": "Type leieforhold",
        "next_review": "Neste vurdering",
        "case_reference": "Saksreferanse",
    },
}


def field_label(entity: str, name: str) -> str:
    """Norwegian name of a field, for forms, history and conflict dialogs."""
    return FIELD_LABELS.get(entity, {}).get(name) or _COMMON_LABELS.get(name) or name


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
        return label_nb(str(value), col_type.enum_class)
    if isinstance(value, bool) or isinstance(col_type, sa.Boolean):
        return "Ja" if value else "Nei"
    if isinstance(col_type, sa.DateTime) or isinstance(value, datetime):
        return formats.timestamp(value, utc=True)
    if isinstance(col_type, sa.Date) or isinstance(value, date):
        return formats.date(value)
    if isinstance(value, float):
        return formats.number(value, 0 if value.is_integer() else 1)
    return str(value)
