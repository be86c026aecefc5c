"""Norwegian bokmål for Qt's own widgets (file dialogs, standard buttons, context menus).

Qt ships a nynorsk translation but no bokmål one, so boligreg carries its own small
``resources/i18n/qt_nb.ts`` (compiled to ``qt_nb.qm`` with ``pyside6-lrelease``; a test keeps
the two in step). The application's own texts are written in bokmål directly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..resources import resources_dir

_installed: list[QTranslator] = []  # keep a reference: Qt does not own the translator


def install_translations(app: QCoreApplication) -> bool:
    """Install the bokmål translation of Qt's strings; True if it loaded."""
    if _installed:
        return True
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    translator = QTranslator(app)
    if not translator.load(str(resources_dir() / "i18n" / "qt_nb.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
