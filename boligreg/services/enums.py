"""The register's fixed vocabularies (tenure, status, finding status …) for the window.

``enum_label``/``enum_labels`` give the labels in the chosen language (what the window
shows).

The enums live with the models (the columns are typed by them); the window takes them from
here so that it never imports ``boligreg.models`` (tests/unit/test_layers.py holds it).
"""

from ..models.enums import (
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
)
from ..models.enums import label as enum_label
from ..models.enums import labels as enum_labels

__all__ = [
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
    "enum_label",
    "enum_labels",
]
