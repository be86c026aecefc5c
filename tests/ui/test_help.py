"""Help in the app: F1 opens the guide at the section's page, search finds pages, links and
pictures work, the shortcut list is the window's own; the CLI prints the same pages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from boligreg.cli import main
from boligreg.services.help import SECTION_PAGES, help_dir, help_pages, search_help
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, empty_db):
    w = MainWindow(AppState(empty_db))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def test_f1_opens_the_page_of_the_section_in_view(qtbot, window) -> None:
    for key in ("dwellings", "findings", "import"):
        window.select_section(key)
        qtbot.keySequence(window, QKeySequence("F1"))
        dialog = window.help_dialog
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.current == SECTION_PAGES[key]
        assert dialog.browser.toPlainText().startswith(
            next(p.title for p in help_pages() if p.slug == SECTION_PAGES[key]))
        dialog.hide()


def test_search_links_and_pictures(qtbot, window) -> None:
    window.show_help("index")
    dialog = window.help_dialog
    qtbot.keyClicks(dialog.search, "gate 3")
    titles = [dialog.pages.item(i).text() for i in range(dialog.pages.count())]
    assert titles == ["Boliger"]
    dialog.search.clear()
    assert dialog.pages.count() == len(help_pages())
    dialog.browser.anchorClicked.emit(QUrl("import.md"))
    assert dialog.current == "import"
    image = dialog.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("img/import.png"))
    assert image is not None and not image.isNull()


def test_shortcut_page_is_made_from_the_window(qtbot, window) -> None:
    window.show_help("tastatur")
    text = window.help_dialog.browser.toPlainText()
    assert "Ctrl+Y" in text and "Ctrl+Shift+Z" in text and "F1" in text
    assert "Ctrl+1" in text and "Oversikt" in text


def test_every_page_link_and_picture_exists() -> None:
    slugs = {p.slug for p in help_pages()}
    for page in help_pages():
        for target in re.findall(r"\]\(([^)]+)\)", page.markdown):
            if target.endswith(".md"):
                assert target[:-3] in slugs, (page.slug, target)
            else:
                assert (help_dir() / target).is_file(), (page.slug, target)
    assert set(SECTION_PAGES.values()) <= slugs


def test_cli_help(capsys) -> None:
    assert main(["help"]) == 0
    assert "kom-i-gang" in capsys.readouterr().out
    assert main(["help", "import"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Import") and "](" not in out and "**" not in out
    assert main(["help", "--search", "tilvisningskvote"]) == 0
    assert "avtaler" in capsys.readouterr().out
    assert main(["help", "finnesikke"]) != 0
    assert search_help("") == []


def test_the_guide_in_english(qtbot, empty_db, english) -> None:
    """Started in English, F1 shows the English pages: list, search, links and pictures."""
    w = MainWindow(AppState(empty_db))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.select_section("factsheet")
    qtbot.keySequence(w, QKeySequence("F1"))
    dialog = w.help_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "boligreg – user guide"
    assert dialog.search.placeholderText() == "Search the guide"
    assert dialog.current == "faktaark"
    text = dialog.browser.toPlainText()
    assert text.startswith("Fact sheets") and "Publish fact sheets for 2025" in text
    assert "Faktaarket" not in text
    titles = [dialog.pages.item(i).text() for i in range(dialog.pages.count())]
    assert titles[:3] == ["User guide for boligreg", "Getting started", "Overview"]
    assert "Vacant capacity" in titles and len(titles) == len(help_pages("nb"))

    qtbot.keyClicks(dialog.search, "fact sheet")
    assert dialog.pages.item(0).text() == "Fact sheets"
    dialog.search.clear()
    dialog.browser.anchorClicked.emit(QUrl("import.md"))
    assert dialog.current == "import"
    assert "The import brings the district's own spreadsheets" in \
        dialog.browser.toPlainText()
    image = dialog.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("img/import.png"))
    assert image is not None and not image.isNull()
    w.show_help("tastatur")
    text = dialog.browser.toPlainText()
    assert text.startswith("Keyboard shortcuts") and "Ctrl+Y" in text
