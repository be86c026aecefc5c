"""The register's fixed vocabularies (tenure, status, finding status …) for the window.

``enum_label``/``enum_labels`` give the labels in the chosen language (what the window
shows); ``label_nb``/``LABELS_NB`` are bokmål whatever the language (stored texts, sheets).

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
from ..models.enums import label as enum_label
from ..models.enums import labels as enum_labels

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
    "enum_label",
    "enum_labels",
    "label_nb",
]
