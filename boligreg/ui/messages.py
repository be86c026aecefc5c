"""Message boxes with buttons in the window's language (Qt ships no bokmål translation of
its own), and the text of an error in that language."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import i18n
from ..errors import BoligregError
from ..i18n import translate
from ..services.collection import translate_db_error


def _in_language(exc: BoligregError) -> str:
    # str(exc) stays "nb (en)" for logs and the CLI; a person reads one language.
    return exc.en if i18n.language() == "en" and exc.en else exc.nb


def error_message(exc: object) -> str:
    """The text of a boligreg error in the chosen language; a short technical line for
    anything else."""
    if isinstance(exc, BoligregError):
        return _in_language(exc)
    friendly = translate_db_error(exc) if isinstance(exc, BaseException) else None
    if friendly is not None:
        return _in_language(friendly)
    return translate("Messages", "Uventet feil: {error}").format(
        error=f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, title: str, exc: object) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_message(exc), parent=parent)
    box.addButton(translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(yes or translate("Messages", "Ja"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Messages", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is ok
