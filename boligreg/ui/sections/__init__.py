"""The sections of the main window, in sidebar order.

A feature adds its section by appending ``"module:ClassName"`` to ``SECTIONS``; the class
subclasses ``sections.base.Section`` and takes ``(ctx: AppState, parent)``.

House rules for everything in boligreg/ui (checked textually by tests/unit/test_layers.py
and by the pre-stop hook): no SQL here, call a service. The check matches the word "text" or
"select" directly followed by an opening parenthesis anywhere in ui code, so read a widget's
text with ``qtutil.text_of(widget)``, and select rows with ``selectRow``/``setCurrentIndex``.
Background work goes through ``ui.workers.run_job``; messages through ``ui.messages``.
"""

from __future__ import annotations

import importlib

from .base import Section

SECTIONS: list[str] = [
    "overview:OverviewSection",
    "dwellings:DwellingsSection",
    "properties:PropertiesSection",
    "agreements:AgreementsSection",
    "maintenance:MaintenanceSection",
    "findings:FindingsSection",
    "factsheet:FactsheetSection",
    "import_section:ImportSection",
    "sync_section:SyncSection",
    "scenario:ScenarioSection",
    "capacity:CapacitySection",
]


def section_classes() -> list[type[Section]]:
    out: list[type[Section]] = []
    for spec in SECTIONS:
        module_name, cls_name = spec.split(":")
        module = importlib.import_module(f"{__name__}.{module_name}")
        out.append(getattr(module, cls_name))
    return out
