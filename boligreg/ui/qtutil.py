"""Small Qt helpers shared by the sections."""

from __future__ import annotations

from PySide6.QtCore import QObject


def text_of(widget: QObject) -> str:
    """The ``text`` property of a label, line edit, button or action."""
    value = widget.property("text")
    return "" if value is None else str(value)
