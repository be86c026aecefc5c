"""The register's fixed vocabularies (tenure, status, finding status …) for the window.

The enums live with the models (the columns are typed by them); the window takes them from
here so that it never imports ``boligreg.models`` (tests/unit/test_layers.py holds it).
"""

from ..models.enums import (
    LABELS_NB,
    ActualUse,
    AgreementKind,
    DwellingStatus,
    FindingStatus,
    MaintenanceScope,
    OwnerKind,
    ResponsibleParty,
    TargetGroup,
    TenancyKind,
    Tenure,
    label_nb,
)

__all__ = [
    "LABELS_NB",
    "ActualUse",
    "AgreementKind",
    "DwellingStatus",
    "FindingStatus",
    "MaintenanceScope",
    "OwnerKind",
    "ResponsibleParty",
    "TargetGroup",
    "TenancyKind",
    "Tenure",
    "label_nb",
]
