"""Closed vocabularies. Values are stored as plain strings (portable, readable in SQL)."""

from __future__ import annotations

from enum import StrEnum

from ..i18n import QT_TRANSLATE_NOOP, translate


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


# Labels for UI, PDFs and exports in bokmål, the source language (one glossary, used
# everywhere); ``label``/``labels`` give them in the chosen language. The context of each
# catalogue entry is the enum's class name.
LABELS_NB: dict[type[StrEnum], dict[str, str]] = {
    Tenure: {
        "owned": QT_TRANSLATE_NOOP("Tenure", "Eid"),
        "leased": QT_TRANSLATE_NOOP("Tenure", "Innleid"),
        "referral": QT_TRANSLATE_NOOP("Tenure", "Tilvisning"),
    },
    UnitKind: {
        "district": QT_TRANSLATE_NOOP("UnitKind", "Bydel"),
        "central": QT_TRANSLATE_NOOP("UnitKind", "Sentral enhet"),
    },
    DwellingStatus: {
        "occupied": QT_TRANSLATE_NOOP("DwellingStatus", "Utleid"),
        "vacant": QT_TRANSLATE_NOOP("DwellingStatus", "Ledig"),
        "refurbishment": QT_TRANSLATE_NOOP("DwellingStatus", "Under rehabilitering"),
        "reserved": QT_TRANSLATE_NOOP("DwellingStatus", "Reservert"),
        "to_be_sold": QT_TRANSLATE_NOOP("DwellingStatus", "Skal selges"),
    },
    ActualUse: {
        "housing": QT_TRANSLATE_NOOP("ActualUse", "Bolig"),
        "staff_base": QT_TRANSLATE_NOOP("ActualUse", "Personalbase"),
        "office": QT_TRANSLATE_NOOP("ActualUse", "Kontor"),
        "storage": QT_TRANSLATE_NOOP("ActualUse", "Lager"),
        "other": QT_TRANSLATE_NOOP("ActualUse", "Annet"),
    },
    TargetGroup: {
        "ordinary": QT_TRANSLATE_NOOP("TargetGroup", "Ordinær"),
        "family": QT_TRANSLATE_NOOP("TargetGroup", "Barnefamilier"),
        "elderly": QT_TRANSLATE_NOOP("TargetGroup", "Eldre"),
        "disability": QT_TRANSLATE_NOOP("TargetGroup", "Funksjonsnedsettelse"),
        "mental_health_substance": QT_TRANSLATE_NOOP("TargetGroup", "Rus og psykisk helse"),
        "refugee": QT_TRANSLATE_NOOP("TargetGroup", "Flyktninger"),
        "youth": QT_TRANSLATE_NOOP("TargetGroup", "Ungdom"),
        "temporary": QT_TRANSLATE_NOOP("TargetGroup", "Midlertidig"),
    },
    AgreementKind: {
        "lease": QT_TRANSLATE_NOOP("AgreementKind", "Innleieavtale"),
        "referral": QT_TRANSLATE_NOOP("AgreementKind", "Tilvisningsavtale"),
    },
    OwnerKind: {
        "boligbygg": QT_TRANSLATE_NOOP("OwnerKind", "Boligbygg Oslo KF"),
        "oslobygg": QT_TRANSLATE_NOOP("OwnerKind", "Oslobygg KF"),
        "housing_coop": QT_TRANSLATE_NOOP("OwnerKind", "Borettslag"),
        "condominium": QT_TRANSLATE_NOOP("OwnerKind", "Sameie"),
        "private": QT_TRANSLATE_NOOP("OwnerKind", "Privat"),
    },
    MaintenanceScope: {
        "interior": QT_TRANSLATE_NOOP("MaintenanceScope", "Indre"),
        "exterior": QT_TRANSLATE_NOOP("MaintenanceScope", "Ytre"),
        "technical": QT_TRANSLATE_NOOP("MaintenanceScope", "Tekniske anlegg"),
        "outdoor": QT_TRANSLATE_NOOP("MaintenanceScope", "Uteområder"),
    },
    ResponsibleParty: {
        "boligbygg": QT_TRANSLATE_NOOP("ResponsibleParty", "Boligbygg"),
        "oslobygg": QT_TRANSLATE_NOOP("ResponsibleParty", "Oslobygg"),
        "district": QT_TRANSLATE_NOOP("ResponsibleParty", "Bydelen"),
        "landlord": QT_TRANSLATE_NOOP("ResponsibleParty", "Utleier"),
        "housing_coop": QT_TRANSLATE_NOOP("ResponsibleParty", "Borettslag/sameie"),
        "tenant": QT_TRANSLATE_NOOP("ResponsibleParty", "Leietaker"),
    },
    TenancyKind: {
        "fixed_term": QT_TRANSLATE_NOOP("TenancyKind", "Tidsbestemt"),
        "indefinite": QT_TRANSLATE_NOOP("TenancyKind", "Tidsubestemt"),
    },
    Severity: {
        "low": QT_TRANSLATE_NOOP("Severity", "Lav"),
        "medium": QT_TRANSLATE_NOOP("Severity", "Middels"),
        "high": QT_TRANSLATE_NOOP("Severity", "Høy"),
    },
    FindingStatus: {
        "open": QT_TRANSLATE_NOOP("FindingStatus", "Åpen"),
        "in_progress": QT_TRANSLATE_NOOP("FindingStatus", "Under arbeid"),
        "resolved": QT_TRANSLATE_NOOP("FindingStatus", "Lukket"),
        "accepted": QT_TRANSLATE_NOOP("FindingStatus", "Akseptert"),
    },
}


def labels(enum: type[StrEnum]) -> dict[str, str]:
    """value → label of ``enum`` in the chosen language (for choices and filters)."""
    context = enum.__name__
    return {value: translate(context, text) for value, text in LABELS_NB.get(enum, {}).items()}


def label(value: StrEnum | str | None, enum: type[StrEnum] | None = None) -> str:
    """The label of an enum value in the chosen language ('' for None)."""
    if value is None:
        return ""
    cls = enum or (type(value) if isinstance(value, StrEnum) else None)
    if cls is None:  # a plain string without its enum: shown as it is
        return str(value)
    text = LABELS_NB.get(cls, {}).get(str(value))
    return str(value) if text is None else translate(cls.__name__, text)


def label_nb(value: StrEnum | str | None, enum: type[StrEnum] | None = None) -> str:
    """The label of an enum value in bokmål, whatever the language (fact sheets by default;
    shown texts use :func:`label`)."""
    if value is None:
        return ""
    cls = enum or (type(value) if isinstance(value, StrEnum) else None)
    if cls is None:  # a plain string without its enum: shown as it is
        return str(value)
    return LABELS_NB.get(cls, {}).get(str(value), str(value))
