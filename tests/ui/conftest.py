"""Fixtures of the window tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from boligreg import i18n
from boligreg.ui.i18n import install_translations


@pytest.fixture
def english() -> Iterator[None]:
    """The window's translators in English for one test, bokmål again after (translators
    are process-wide)."""
    app = QCoreApplication.instance()
    assert install_translations(app, "en")
    try:
        yield
    finally:
        install_translations(app, "nb")
        i18n.set_language(None)
