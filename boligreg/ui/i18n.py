"""The window's language: boligreg's own texts and Qt's widgets, through Qt's translators.

boligreg's texts are bokmål in the source (``boligreg.i18n``); in English the window loads
``resources/i18n/boligreg_en.qm`` (compiled from ``boligreg_en.ts``). Qt ships a nynorsk
translation but no bokmål one, so boligreg carries its own small ``qt_nb.ts`` for Qt's own
widgets (file dialogs, standard buttons, context menus); in English Qt's built-in English is
used. Tests keep every ``.qm`` in step with its ``.ts``. Once installed, ``boligreg.i18n``
translates through ``QCoreApplication.translate``, so services' labels shown in the window
go through the same translator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .. import i18n
from ..resources import resources_dir

_installed: list[QTranslator] = []  # keep a reference: Qt does not own the translator
_current: list[str] = [""]


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_translations(app: QCoreApplication, language: str | None = None) -> bool:
    """Install the translators of ``language`` (default: the chosen one); True if they loaded.

    Installing another language replaces the translators installed before (tests switch).
    """
    lang = language or i18n.language()
    if _installed and _current[0] == lang:
        i18n.set_language(lang)  # the Qt-free side may have been reset (tests do)
        i18n.install_backend(_qt_translate)
        return True
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.set_language(lang if language else i18n.language())
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        files = ["boligreg_en.qm"]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
        files = ["qt_nb.qm"]
    ok = True
    for name in files:
        translator = QTranslator(app)
        if translator.load(str(resources_dir() / "i18n" / name)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            ok = False
    _current[0] = lang
    i18n.install_backend(_qt_translate)
    return ok
