"""The user guide in the window: F1 opens it at the page of the section in view; a search box
finds pages; the shortcut list is made from the window's own actions, so it is always true."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..i18n import translate
from ..services.help import HelpPage, help_dir, help_page, help_pages, search_help
from .qtutil import text_of

SHORTCUTS = "tastatur"


def shortcut_table(actions: Sequence[QAction]) -> str:
    """Markdown table of every action that has a key: what it does and its keys."""
    rows: dict[str, str] = {}
    for action in actions:
        keys = [k.toString() for k in action.shortcuts() if k.toString()]
        text = text_of(action).replace("&", "").strip()
        if keys and text and text not in rows:
            rows[text] = translate("HelpDialog", " eller ").join(dict.fromkeys(keys))
    lines = [translate("HelpDialog", "# Tastatursnarveier"), "",
             translate("HelpDialog", "Listen er laget av vinduet selv og stemmer alltid med "
                       "tastene som virker."), "",
             translate("HelpDialog", "| gjør | tast |"), "|---|---|"]
    lines += [f"| {text} | {keys} |" for text, keys in sorted(rows.items(),
                                                               key=lambda kv: kv[1])]
    return "\n".join(lines) + "\n"


class HelpDialog(QDialog):
    """Pages on the left (or search hits), the page on the right; links between pages work.
    The pages are those of the window's language (fixed for the dialog's life, as the window's
    language is until the next start); pictures come from the shared ``help_dir()/img``."""

    def __init__(self, parent: QWidget | None = None,
                 actions: Sequence[QAction] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HelpDialog", "boligreg – brukerveiledning"))
        self.resize(1000, 700)
        self._actions = list(actions)
        self.language = i18n.language()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("HelpDialog", "Søk i veiledningen"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.pages = QListWidget()
        self.pages.currentItemChanged.connect(self._page_chosen)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.setSearchPaths([str(help_dir())])
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.pages, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 740])
        layout = QHBoxLayout(self)
        layout.addWidget(split)
        self.current: str | None = None
        self._fill(help_pages(self.language))

    def _fill(self, pages: Sequence[HelpPage], snippets: Sequence[str] = ()) -> None:
        self.pages.blockSignals(True)
        self.pages.clear()
        for i, page in enumerate(pages):
            item = QListWidgetItem(page.title)
            item.setData(256, page.slug)
            if i < len(snippets):
                item.setToolTip(snippets[i])
            self.pages.addItem(item)
        self.pages.blockSignals(False)

    def _search(self, text: str) -> None:
        if not text.strip():
            self._fill(help_pages(self.language))
            return
        hits = search_help(text, self.language)
        self._fill([h.page for h in hits], [h.snippet for h in hits])
        if hits:
            self.pages.setCurrentRow(0)
            self.browser.find(text.split()[0])
        else:
            self.browser.setMarkdown(translate(
                "HelpDialog", "# Ingen treff\n\nIngen side inneholder «{text}».").format(text=text))
            self.current = None

    def _page_chosen(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is not None:
            self.show_page(str(item.data(256)), select=False)

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.endswith(".md"):
            self.show_page(target.rsplit("/", 1)[-1][:-3])

    def show_page(self, slug: str, *, select: bool = True) -> None:
        page = help_page(slug, self.language)
        text = shortcut_table(self._actions) if slug == SHORTCUTS and self._actions \
            else page.markdown
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(help_dir()) + "/"))
        self.browser.setMarkdown(text)
        self.current = slug
        if select:
            for row in range(self.pages.count()):
                if self.pages.item(row).data(256) == slug:
                    self.pages.blockSignals(True)
                    self.pages.setCurrentRow(row)
                    self.pages.blockSignals(False)
