"""Message boxes with Norwegian buttons (Qt ships no bokmål translation of its own)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import BoligregError
from ..services.collection import translate_db_error


def error_message(exc: object) -> str:
    """The Norwegian text of a boligreg error; a short technical line for anything else."""
    if isinstance(exc, BoligregError):
        return exc.nb
    friendly = translate_db_error(exc) if isinstance(exc, BaseException) else None
    if friendly is not None:
        return friendly.nb
    return f"Uventet feil: {type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, title: str, exc: object) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_message(exc), parent=parent)
    box.addButton("OK", QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "Ja") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Avbryt", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is ok
