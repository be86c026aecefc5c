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
