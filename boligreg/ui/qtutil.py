"""Small Qt helpers shared by the sections."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence


def text_of(widget: QObject) -> str:
    """The ``text`` property of a label, line edit, button or action."""
    value = widget.property("text")
    return "" if value is None else str(value)


def undo_keys() -> list:
    """Ctrl+Z, and the platform's own undo keys, each once."""
    return unique_keys([QKeySequence("Ctrl+Z"),
                        *QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)])


def redo_keys() -> list:
    """Ctrl+Y and Ctrl+Shift+Z on every platform (Windows and KDE/GNOME conventions), plus
    the platform's own redo keys, each once: a key bound twice is an ambiguous shortcut that
    Qt ignores altogether."""
    return unique_keys([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"),
                        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)])


def unique_keys(keys: list) -> list:
    out: list = []
    seen: set[str] = set()
    for key in keys:
        text = key.toString()
        if text and text not in seen:
            seen.add(text)
            out.append(key)
    return out
