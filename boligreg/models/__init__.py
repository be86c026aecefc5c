"""Data layer: SQLAlchemy models, engines and sessions, migrations. No Qt."""

from .base import Base, Record, new_id, utcnow
from .db import Database, create_database, make_engine, make_session_factory, open_database
from .entities import (
    ENTITY_TYPES,
    Agreement,
    AgreementDwelling,
    AppMeta,
    AuditRun,
    ChangeLog,
    District,
    DistrictPopulation,
    Dwelling,
    Finding,
    Indicator,
    MaintenanceResponsibility,
    Property,
    StatSnapshot,
    Tenancy,
)

__all__ = [
    "ENTITY_TYPES",
    "Agreement",
    "AgreementDwelling",
    "AppMeta",
    "AuditRun",
    "Base",
    "ChangeLog",
    "Database",
    "District",
    "DistrictPopulation",
    "Dwelling",
    "Finding",
    "Indicator",
    "MaintenanceResponsibility",
    "Property",
    "Record",
    "StatSnapshot",
    "Tenancy",
    "create_database",
    "make_engine",
    "make_session_factory",
    "new_id",
    "open_database",
    "utcnow",
]
