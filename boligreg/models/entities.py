"""The register's tables. Glossary in DESIGN.md; Norwegian labels in ``enums.LABELS_NB``."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record, add_enum_checks, enum_type, new_id, utcnow
from .enums import (
    ActualUse,
    AgreementKind,
    DwellingStatus,
    FindingStatus,
    MaintenanceScope,
    OwnerKind,
    ResponsibleParty,
    Severity,
    TargetGroup,
    TenancyKind,
    Tenure,
    UnitKind,
)

# Units are keyed by ``code`` everywhere (as districts are), and every unit's id is derived
# from its code: the seeded units have the same id in every file and on the central, and a
# code seen in a synced row names its parent record without asking the server.
UNIT_NAMESPACE = uuid.UUID("6f1c3a52-8d0e-4b57-9a43-2c1f0b6d7e10")


def unit_id(code: str) -> str:
    """The id of the unit with ``code`` (the same everywhere)."""
    return str(uuid.uuid5(UNIT_NAMESPACE, code))


def _disposer_default(ctx: sa.engine.default.DefaultExecutionContext) -> str | None:
    # A record written without a unit is disposed (or held) by the bydel it lies in — the
    # rule migration 0004 applied to every record made before units existed.
    return ctx.get_current_parameters().get("district_code")


class District(Record):
    """Bydel: the 15 with dwellings, plus Sentrum (030116) and Marka (030117)."""

    __tablename__ = "district"

    code: Mapped[str] = mapped_column(sa.String(6), unique=True)  # SSB code, "030101"
    number: Mapped[str] = mapped_column(sa.String(2))  # "01"
    name: Mapped[str] = mapped_column(sa.String(60))  # "Gamle Oslo"
    official_name: Mapped[str] = mapped_column(sa.String(80))  # "Bydel Gamle Oslo"
    area_km2: Mapped[float | None] = mapped_column(sa.Float)
    has_dwellings: Mapped[bool] = mapped_column(sa.Boolean, default=True)


class DistrictPopulation(Record):
    """Population of a district on 1 January of ``year`` (SSB unless ``source`` says otherwise)."""

    __tablename__ = "district_population"
    __table_args__ = (sa.UniqueConstraint("district_code", "year"),)

    district_code: Mapped[str] = mapped_column(sa.ForeignKey("district.code"), index=True)
    year: Mapped[int] = mapped_column(sa.Integer)
    population: Mapped[int] = mapped_column(sa.Integer)
    source: Mapped[str] = mapped_column(sa.String(200), default="")


class Unit(Record):
    """Forvaltningsenhet: a bydel or a central unit that disposes of dwellings or holds
    agreements. ``code`` is the district code for a bydel ("030115"), a short word for a
    central unit ("boligbygg"); ``parent_code`` makes a unit part of another (Ungbo of
    Velferdsetaten). Reference data in resources/units.csv; an administrator may add more."""

    __tablename__ = "unit"

    code: Mapped[str] = mapped_column(sa.String(20), unique=True)
    kind: Mapped[UnitKind] = mapped_column(enum_type(UnitKind, "unit_kind"))
    name: Mapped[str] = mapped_column(sa.String(80))
    official_name: Mapped[str] = mapped_column(sa.String(120))
    orgnr: Mapped[str | None] = mapped_column(sa.String(9))
    district_code: Mapped[str | None] = mapped_column(sa.ForeignKey("district.code"))
    parent_code: Mapped[str | None] = mapped_column(sa.ForeignKey("unit.code"))
    note: Mapped[str | None] = mapped_column(sa.Text)


class UnitTransfer(Record):
    """One transfer of dwellings (their disposer) or agreements (their holder) from one unit
    to another, under a case reference. ``undo_of`` names the transfer an undo reverses;
    ``undone_at`` marks a transfer that has been reversed."""

    __tablename__ = "unit_transfer"

    reference: Mapped[str] = mapped_column(sa.String(60), index=True)
    from_unit_code: Mapped[str] = mapped_column(sa.ForeignKey("unit.code"))
    to_unit_code: Mapped[str] = mapped_column(sa.ForeignKey("unit.code"))
    what: Mapped[str] = mapped_column(sa.String(12))  # dwellings | agreements
    effective_date: Mapped[date] = mapped_column(sa.Date)
    txn_id: Mapped[str | None] = mapped_column(sa.String(36))
    undo_of: Mapped[str | None] = mapped_column(sa.String(36))
    undone_at: Mapped[datetime | None] = mapped_column(sa.DateTime())
    note: Mapped[str | None] = mapped_column(sa.Text)


class UnitTransferItem(Record):
    """A record a transfer moved (on the central, the record the parties may move)."""

    __tablename__ = "unit_transfer_item"
    __table_args__ = (sa.Index("ix_unit_transfer_item_entity", "entity_type", "entity_id"),)

    transfer_id: Mapped[str] = mapped_column(sa.ForeignKey("unit_transfer.id"), index=True)
    entity_type: Mapped[str] = mapped_column(sa.String(40))
    entity_id: Mapped[str] = mapped_column(sa.String(36))


class Property(Record):
    """Eiendom / bygg: a building with an address and a matrikkel number."""

    __tablename__ = "property"

    district_code: Mapped[str] = mapped_column(sa.ForeignKey("district.code"), index=True)
    street_address: Mapped[str] = mapped_column(sa.String(200))  # "Thorvald Meyers gate 12"
    postcode: Mapped[str] = mapped_column(sa.String(4))
    gnr: Mapped[int | None] = mapped_column(sa.Integer)
    bnr: Mapped[int | None] = mapped_column(sa.Integer)
    fnr: Mapped[int] = mapped_column(sa.Integer, default=0)
    snr: Mapped[int] = mapped_column(sa.Integer, default=0)
    owner_kind: Mapped[OwnerKind] = mapped_column(enum_type(OwnerKind, "owner_kind"))
    owner_name: Mapped[str | None] = mapped_column(sa.String(200))
    owner_orgnr: Mapped[str | None] = mapped_column(sa.String(20))
    built_year: Mapped[int | None] = mapped_column(sa.Integer)

    dwellings: Mapped[list[Dwelling]] = relationship(back_populates="property")
    responsibilities: Mapped[list[MaintenanceResponsibility]] = relationship(
        back_populates="property"
    )


class Dwelling(Record):
    """Bolig: one unit (bruksenhet) in a property.

    ``district_code`` is its *location* (the bydel the building lies in);
    ``disposing_unit_code`` the unit that disposes of it (a bydel or a central unit).
    ``tenant_rent`` is the husleie the tenant pays per month, set on ``tenant_rent_set``;
    what the kommune pays a landlord is on the agreement link (``AgreementDwelling``).
    """

    __tablename__ = "dwelling"
    # Covering index for the per-bydel counts (Oversikt, info, stats): an index-only scan
    # instead of reading 100k rows (~0.15 s -> ~0.02 s).
    __table_args__ = (
        sa.Index(
            "ix_dwelling_overview", "district_code", "tenure", "status", "actual_use",
            "deleted_at",
        ),
    )

    property_id: Mapped[str] = mapped_column(sa.ForeignKey("property.id"), index=True)
    unit_number: Mapped[str] = mapped_column(sa.String(10))  # bruksenhetsnummer, "H0101"
    district_code: Mapped[str] = mapped_column(sa.ForeignKey("district.code"), index=True)
    area_m2: Mapped[float | None] = mapped_column(sa.Float)
    rooms: Mapped[int | None] = mapped_column(sa.Integer)
    target_group: Mapped[TargetGroup] = mapped_column(
        enum_type(TargetGroup, "target_group"), default=TargetGroup.ORDINARY
    )
    tenure: Mapped[Tenure] = mapped_column(enum_type(Tenure, "tenure"), default=Tenure.OWNED)
    status: Mapped[DwellingStatus] = mapped_column(
        enum_type(DwellingStatus, "dwelling_status"), default=DwellingStatus.OCCUPIED
    )
    actual_use: Mapped[ActualUse] = mapped_column(
        enum_type(ActualUse, "actual_use"), default=ActualUse.HOUSING
    )
    wheelchair_accessible: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    vacant_since: Mapped[date | None] = mapped_column(sa.Date)
    last_inspection: Mapped[date | None] = mapped_column(sa.Date)
    note: Mapped[str | None] = mapped_column(sa.Text)
    # Nullable in the schema only because SQLite cannot add a NOT NULL foreign key to a
    # table in place (migration 0004); every writer sets it (default: the location).
    disposing_unit_code: Mapped[str | None] = mapped_column(
        sa.ForeignKey("unit.code"), index=True, default=_disposer_default
    )
    tenant_rent: Mapped[float | None] = mapped_column(sa.Float)
    tenant_rent_set: Mapped[date | None] = mapped_column(sa.Date)

    property: Mapped[Property] = relationship(back_populates="dwellings")
    agreement_links: Mapped[list[AgreementDwelling]] = relationship(back_populates="dwelling")
    responsibilities: Mapped[list[MaintenanceResponsibility]] = relationship(
        back_populates="dwelling"
    )
    tenancies: Mapped[list[Tenancy]] = relationship(back_populates="dwelling")


class Agreement(Record):
    """Innleieavtale (lease) or tilvisningsavtale (referral), by ``kind``.

    ``end_date`` None means indefinite. A referral agreement also knows its project's total
    number of dwellings: the kommune may refer to at most 40 % of them at a time (all of them
    under 5), for 20 years from ``start_date`` (the loan payout) — facts.md.
    """

    __tablename__ = "agreement"

    kind: Mapped[AgreementKind] = mapped_column(enum_type(AgreementKind, "agreement_kind"))
    reference: Mapped[str] = mapped_column(sa.String(60), index=True)
    landlord_name: Mapped[str] = mapped_column(sa.String(200), default="")
    landlord_orgnr: Mapped[str | None] = mapped_column(sa.String(20))
    district_code: Mapped[str] = mapped_column(sa.ForeignKey("district.code"), index=True)
    start_date: Mapped[date | None] = mapped_column(sa.Date)
    end_date: Mapped[date | None] = mapped_column(sa.Date)
    notice_months: Mapped[int | None] = mapped_column(sa.Integer)
    monthly_rent: Mapped[float | None] = mapped_column(sa.Float)
    last_reviewed: Mapped[date | None] = mapped_column(sa.Date)
    responsible_officer: Mapped[str | None] = mapped_column(sa.String(100))
    project_total_dwellings: Mapped[int | None] = mapped_column(sa.Integer)
    note: Mapped[str | None] = mapped_column(sa.Text)
    # The unit that holds the agreement; may be central and cover dwellings disposed of by
    # several bydeler. Nullable in the schema for the reason given on Dwelling.
    holding_unit_code: Mapped[str | None] = mapped_column(
        sa.ForeignKey("unit.code"), index=True, default=_disposer_default
    )

    dwelling_links: Mapped[list[AgreementDwelling]] = relationship(back_populates="agreement")


class AgreementDwelling(Record):
    """A dwelling covered by an agreement, from ``from_date`` until ``to_date`` (None: still).

    ``monthly_cost`` is what the kommune pays for this dwelling under the agreement (None:
    not known per dwelling). When every current link has one, the agreement's
    ``monthly_rent`` is their sum; otherwise it is the total as recorded (docs/units.md).
    """

    __tablename__ = "agreement_dwelling"
    __table_args__ = (sa.UniqueConstraint("agreement_id", "dwelling_id"),)

    agreement_id: Mapped[str] = mapped_column(sa.ForeignKey("agreement.id"), index=True)
    dwelling_id: Mapped[str] = mapped_column(sa.ForeignKey("dwelling.id"), index=True)
    from_date: Mapped[date | None] = mapped_column(sa.Date)
    to_date: Mapped[date | None] = mapped_column(sa.Date)
    monthly_cost: Mapped[float | None] = mapped_column(sa.Float)

    agreement: Mapped[Agreement] = relationship(back_populates="dwelling_links")
    dwelling: Mapped[Dwelling] = relationship(back_populates="agreement_links")


class MaintenanceResponsibility(Record):
    """Vedlikeholdsansvar: who maintains one scope of a property or of a single dwelling."""

    __tablename__ = "maintenance_responsibility"
    __table_args__ = (
        sa.CheckConstraint(
            "(property_id IS NULL AND dwelling_id IS NOT NULL)"
            " OR (property_id IS NOT NULL AND dwelling_id IS NULL)",
            name="one_target",
        ),
    )

    property_id: Mapped[str | None] = mapped_column(sa.ForeignKey("property.id"), index=True)
    dwelling_id: Mapped[str | None] = mapped_column(sa.ForeignKey("dwelling.id"), index=True)
    scope: Mapped[MaintenanceScope] = mapped_column(enum_type(MaintenanceScope, "scope"))
    party: Mapped[ResponsibleParty] = mapped_column(enum_type(ResponsibleParty, "party"))
    valid_from: Mapped[date | None] = mapped_column(sa.Date)
    valid_to: Mapped[date | None] = mapped_column(sa.Date)
    note: Mapped[str | None] = mapped_column(sa.Text)

    property: Mapped[Property | None] = relationship(back_populates="responsibilities")
    dwelling: Mapped[Dwelling | None] = relationship(back_populates="responsibilities")


class Tenancy(Record):
    """A tenancy in a dwelling: dates and a case reference only — never the tenant's identity."""

    __tablename__ = "tenancy"

    dwelling_id: Mapped[str] = mapped_column(sa.ForeignKey("dwelling.id"), index=True)
    kind: Mapped[TenancyKind] = mapped_column(enum_type(TenancyKind, "tenancy_kind"))
    start_date: Mapped[date] = mapped_column(sa.Date)
    end_date: Mapped[date | None] = mapped_column(sa.Date)
    next_review: Mapped[date | None] = mapped_column(sa.Date)
    case_reference: Mapped[str | None] = mapped_column(sa.String(60))

    dwelling: Mapped[Dwelling] = relationship(back_populates="tenancies")


class Finding(Record):
    """Avvik: one audit rule's hit on one record, with its own life (open → … → resolved)."""

    __tablename__ = "finding"
    __table_args__ = (sa.Index("ix_finding_rule_entity", "rule", "entity_type", "entity_id"),)

    rule: Mapped[str] = mapped_column(sa.String(40), index=True)
    severity: Mapped[Severity] = mapped_column(enum_type(Severity, "severity"))
    entity_type: Mapped[str] = mapped_column(sa.String(40))
    entity_id: Mapped[str] = mapped_column(sa.String(36))
    district_code: Mapped[str | None] = mapped_column(sa.String(6), index=True)
    label: Mapped[str] = mapped_column(sa.String(300), default="")
    message: Mapped[str] = mapped_column(sa.Text, default="")
    status: Mapped[FindingStatus] = mapped_column(
        enum_type(FindingStatus, "finding_status"), default=FindingStatus.OPEN
    )
    first_seen: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(sa.DateTime())
    status_note: Mapped[str | None] = mapped_column(sa.Text)
    justification: Mapped[str | None] = mapped_column(sa.Text)


class AuditRun(Base):
    """One run of the audit rules: when, by whom, over which scope, and what it found."""

    __tablename__ = "audit_run"

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True, default=new_id)
    started_at: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime())
    run_by: Mapped[str] = mapped_column(sa.String(100), default="")
    district_code: Mapped[str | None] = mapped_column(sa.String(6))  # None: whole city
    opened: Mapped[int] = mapped_column(sa.Integer, default=0)
    resolved: Mapped[int] = mapped_column(sa.Integer, default=0)
    still_open: Mapped[int] = mapped_column(sa.Integer, default=0)
    settings_json: Mapped[str] = mapped_column(sa.Text, default="{}")


class Indicator(Record):
    """A housing-social indicator for a district and year (imported, long form)."""

    __tablename__ = "indicator"
    __table_args__ = (sa.UniqueConstraint("district_code", "year", "indicator"),)

    district_code: Mapped[str] = mapped_column(sa.ForeignKey("district.code"), index=True)
    year: Mapped[int] = mapped_column(sa.Integer)
    indicator: Mapped[str] = mapped_column(sa.String(80))
    value: Mapped[float] = mapped_column(sa.Float)
    source: Mapped[str] = mapped_column(sa.String(300), default="")


class StatSnapshot(Base):
    """A year's fact-sheet figures frozen as JSON (``scope`` is a district code or "oslo")."""

    __tablename__ = "stat_snapshot"
    __table_args__ = (sa.UniqueConstraint("year", "scope"),)

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True, default=new_id)
    year: Mapped[int] = mapped_column(sa.Integer)
    scope: Mapped[str] = mapped_column(sa.String(6))
    figures_json: Mapped[str] = mapped_column(sa.Text)
    taken_at: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow)
    taken_by: Mapped[str] = mapped_column(sa.String(100), default="")


class PublishedEdition(Base):
    """One published fact sheet (issue 13): a year's sheet for one scope, frozen as its figures
    and its PDF bytes with their SHA-256, numbered per year (1 = first edition; a higher
    number is a "Revidert utgave"). Never changed after it is written."""

    __tablename__ = "published_edition"
    __table_args__ = (sa.UniqueConstraint("year", "scope", "edition"),)

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True, default=new_id)
    year: Mapped[int] = mapped_column(sa.Integer)
    scope: Mapped[str] = mapped_column(sa.String(6))  # district code or "oslo"
    edition: Mapped[int] = mapped_column(sa.Integer)
    as_of: Mapped[date | None] = mapped_column(sa.Date)  # the register state the sheet counts
    figures_json: Mapped[str] = mapped_column(sa.Text)
    pdf: Mapped[bytes] = mapped_column(sa.LargeBinary)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    changes_json: Mapped[str] = mapped_column(sa.Text, default="[]")  # vs the edition before
    published_at: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow)
    published_by: Mapped[str] = mapped_column(sa.String(100), default="")


class ChangeLog(Base):
    """One change to one record: an insert (``new_value`` holds the whole row as JSON), an update
    (one row per field), or a delete/restore. Written by the session events, never by callers."""

    __tablename__ = "change_log"
    __table_args__ = (
        sa.Index("ix_change_log_entity", "entity_type", "entity_id"),
        # The register as of a date reads what was written after it (migration 0008).
        sa.Index("ix_change_log_changed_at", "changed_at"),
        # Only the rows still waiting for sync are in it (a local copy's outbox, migration
        # 0006): pushing, acknowledging and counting what waits never scan the whole log.
        sa.Index("ix_change_log_sync_change", "sync_change",
                 sqlite_where=sa.text("sync_change IS NOT NULL"),
                 postgresql_where=sa.text("sync_change IS NOT NULL")),
    )

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True, default=new_id)
    # No index on txn_id: nothing reads the log that way, and its random keys cost most of
    # the ~0.8 s per 100,000 imported records migration 0003 measured for two indexes.
    txn_id: Mapped[str] = mapped_column(sa.String(36))
    changed_at: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow)
    changed_by: Mapped[str] = mapped_column(sa.String(100), default="")
    entity_type: Mapped[str] = mapped_column(sa.String(40))
    entity_id: Mapped[str] = mapped_column(sa.String(36))
    action: Mapped[str] = mapped_column(sa.String(10))  # insert | update | delete | restore
    field: Mapped[str | None] = mapped_column(sa.String(60))
    old_value: Mapped[str | None] = mapped_column(sa.Text)  # JSON
    new_value: Mapped[str | None] = mapped_column(sa.Text)  # JSON
    version: Mapped[int | None] = mapped_column(sa.Integer)  # the record's version after it
    reference: Mapped[str | None] = mapped_column(sa.String(60))  # case reference (transfers)
    # The sync outbox as a mark on the log itself: the change id of a local change to a synced
    # table not yet acknowledged by the central (shared by the field rows of one record's
    # flush), cleared by the acknowledgement. NULL for everything else (pulled changes,
    # reference data, a central's own log). The view ``sync_outbox`` lists one row per change.
    sync_change: Mapped[str | None] = mapped_column(sa.String(36))
    # Where a change was made (migration 0007): the client id of the copy that made it, on the
    # central (its triggers fill it) and on the rows a local copy took from the central's log;
    # NULL for this copy's own changes and for changes made on the central itself.
    origin: Mapped[str | None] = mapped_column(sa.String(36))
    # The central's write-order number of the row (a sequence set up by services/central.py);
    # kept on the rows a copy took from the central, so a pull takes only what came after.
    central_seq: Mapped[int | None] = mapped_column(sa.BigInteger)
    # A local copy's own change the central did not take as it was (conflict, refusal, or the
    # same change made elsewhere first): when its answer came. The register's history leaves
    # the row out; the central's version counts from when it was made (services/history).
    superseded_at: Mapped[datetime | None] = mapped_column(sa.DateTime())


class AppMeta(Base):
    """Facts about the file itself (e.g. ``demo`` = "1" for a synthetic demo database)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(sa.String(60), primary_key=True)
    value: Mapped[str] = mapped_column(sa.Text, default="")


add_enum_checks(Base.metadata)

# Entity names as used in the change log, findings and links.
ENTITY_TYPES: dict[str, type[Record]] = {
    cls.__tablename__: cls
    for cls in (
        District,
        DistrictPopulation,
        Unit,
        UnitTransfer,
        UnitTransferItem,
        Property,
        Dwelling,
        Agreement,
        AgreementDwelling,
        MaintenanceResponsibility,
        Tenancy,
        Finding,
        Indicator,
    )
}
