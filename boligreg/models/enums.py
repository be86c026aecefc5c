"""Closed vocabularies. Values are stored as plain strings (portable, readable in SQL)."""

from __future__ import annotations

from enum import StrEnum


class Tenure(StrEnum):
    """Disposisjonsform."""

    OWNED = "owned"  # eid av kommunen / Boligbygg
    LEASED = "leased"  # innleid
    REFERRAL = "referral"  # tilvisning


class UnitKind(StrEnum):
    """Forvaltningsenhet: a bydel, or a central unit (etat, foretak) beside them."""

    DISTRICT = "district"  # bydel
    CENTRAL = "central"  # sentral enhet (Velferdsetaten, Boligbygg, ...)


class DwellingStatus(StrEnum):
    OCCUPIED = "occupied"  # utleid
    VACANT = "vacant"  # ledig
    REFURBISHMENT = "refurbishment"  # under rehabilitering
    RESERVED = "reserved"  # reservert
    TO_BE_SOLD = "to_be_sold"  # skal selges


class ActualUse(StrEnum):
    """Faktisk bruk."""

    HOUSING = "housing"  # bolig
    STAFF_BASE = "staff_base"  # personalbase
    OFFICE = "office"  # kontor
    STORAGE = "storage"  # lager
    OTHER = "other"  # annet


class TargetGroup(StrEnum):
    """Målgruppe."""

    ORDINARY = "ordinary"  # ordinær kommunal bolig
    FAMILY = "family"  # barnefamilier
    ELDERLY = "elderly"  # eldre / omsorgsbolig
    DISABILITY = "disability"  # funksjonsnedsettelse
    MENTAL_HEALTH_SUBSTANCE = "mental_health_substance"  # rus og psykisk helse
    REFUGEE = "refugee"  # bosetting av flyktninger
    YOUTH = "youth"  # ungdom / unge voksne
    TEMPORARY = "temporary"  # midlertidig / gjennomgangsbolig


class AgreementKind(StrEnum):
    LEASE = "lease"  # innleieavtale
    REFERRAL = "referral"  # tilvisningsavtale


class OwnerKind(StrEnum):
    """Who owns the building (eier)."""

    BOLIGBYGG = "boligbygg"
    OSLOBYGG = "oslobygg"
    HOUSING_COOP = "housing_coop"  # borettslag
    CONDOMINIUM = "condominium"  # sameie
    PRIVATE = "private"  # privat utleier / selskap


class MaintenanceScope(StrEnum):
    INTERIOR = "interior"  # indre
    EXTERIOR = "exterior"  # ytre
    TECHNICAL = "technical"  # tekniske anlegg
    OUTDOOR = "outdoor"  # uteområder


class ResponsibleParty(StrEnum):
    BOLIGBYGG = "boligbygg"
    OSLOBYGG = "oslobygg"
    DISTRICT = "district"  # bydelen
    LANDLORD = "landlord"  # utleier
    HOUSING_COOP = "housing_coop"  # borettslag / sameie
    TENANT = "tenant"  # leietaker


class TenancyKind(StrEnum):
    FIXED_TERM = "fixed_term"  # tidsbestemt
    INDEFINITE = "indefinite"  # tidsubestemt


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class FindingStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    ACCEPTED = "accepted"


# Norwegian labels for UI, PDFs and exports. One glossary, used everywhere.
LABELS_NB: dict[type[StrEnum], dict[str, str]] = {
    Tenure: {"owned": "Eid", "leased": "Innleid", "referral": "Tilvisning"},
    UnitKind: {"district": "Bydel", "central": "Sentral enhet"},
    DwellingStatus: {
        "occupied": "Utleid",
        "vacant": "Ledig",
        "refurbishment": "Under rehabilitering",
        "reserved": "Reservert",
        "to_be_sold": "Skal selges",
    },
    ActualUse: {
        "housing": "Bolig",
        "staff_base": "Personalbase",
        "office": "Kontor",
        "storage": "Lager",
        "other": "Annet",
    },
    TargetGroup: {
        "ordinary": "Ordinær",
        "family": "Barnefamilier",
        "elderly": "Eldre",
        "disability": "Funksjonsnedsettelse",
        "mental_health_substance": "Rus og psykisk helse",
        "refugee": "Flyktninger",
        "youth": "Ungdom",
        "temporary": "Midlertidig",
    },
    AgreementKind: {"lease": "Innleieavtale", "referral": "Tilvisningsavtale"},
    OwnerKind: {
        "boligbygg": "Boligbygg Oslo KF",
        "oslobygg": "Oslobygg KF",
        "housing_coop": "Borettslag",
        "condominium": "Sameie",
        "private": "Privat",
    },
    MaintenanceScope: {
        "interior": "Indre",
        "exterior": "Ytre",
        "technical": "Tekniske anlegg",
        "outdoor": "Uteområder",
    },
    ResponsibleParty: {
        "boligbygg": "Boligbygg",
        "oslobygg": "Oslobygg",
        "district": "Bydelen",
        "landlord": "Utleier",
        "housing_coop": "Borettslag/sameie",
        "tenant": "Leietaker",
    },
    TenancyKind: {"fixed_term": "Tidsbestemt", "indefinite": "Tidsubestemt"},
    Severity: {"low": "Lav", "medium": "Middels", "high": "Høy"},
    FindingStatus: {
        "open": "Åpen",
        "in_progress": "Under arbeid",
        "resolved": "Lukket",
        "accepted": "Akseptert",
    },
}


def label_nb(value: StrEnum | str | None, enum: type[StrEnum] | None = None) -> str:
    """Norwegian label of an enum value ('' for None)."""
    if value is None:
        return ""
    cls = enum or (type(value) if isinstance(value, StrEnum) else None)
    if cls is None:  # a plain string without its enum: shown as it is
        return str(value)
    return LABELS_NB.get(cls, {}).get(str(value), str(value))
