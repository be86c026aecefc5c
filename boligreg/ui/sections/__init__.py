"""The sections of the main window, in sidebar order.

A feature adds its section by appending ``"module:ClassName"`` to ``SECTIONS``; the class
subclasses ``sections.base.Section`` and takes ``(ctx: AppContext, parent)``.
"""

from __future__ import annotations

import importlib

from .base import Section

SECTIONS: list[str] = [
    "overview:OverviewSection",
]


def section_classes() -> list[type[Section]]:
    out: list[type[Section]] = []
    for spec in SECTIONS:
        module_name, cls_name = spec.split(":")
        module = importlib.import_module(f"{__name__}.{module_name}")
        out.append(getattr(module, cls_name))
    return out
