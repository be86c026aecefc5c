"""The user guide shipped with boligreg: its pages, which page belongs to which section of the
window, and search across them. Qt-free: the window shows the pages in a help browser, the CLI
prints them (``boligreg help``).

Bokmål pages are ``resources/help/*.md``; the English ones are ``resources/help/en/*.md`` with
the same file names (slugs), so links and F1's section pages are the same in both languages.
Pictures stay in ``resources/help/img`` for both: pages refer to them as ``img/….png``,
resolved against ``help_dir()``. The pages follow ``boligreg.i18n.language()``; a page with no
English version falls back to bokmål (a test keeps every page translated)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import i18n
from ..errors import BoligregError
from ..resources import resource_path

INDEX = "index"
# The window's sections and the page that explains each (F1 opens it).
SECTION_PAGES = {
    "overview": "oversikt",
    "dwellings": "boliger",
    "properties": "eiendommer",
    "agreements": "avtaler",
    "maintenance": "vedlikehold",
    "findings": "avvik",
    "factsheet": "faktaark",
    "import": "import",
    "capacity": "ledig-kapasitet",
    "sync": "synkronisering",
    "scenario": "scenario",
}
_LINK = re.compile(r"\]\(([a-z0-9-]+)\.md\)")
_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|[*#|`>]")


@dataclass(frozen=True)
class HelpPage:
    slug: str
    title: str
    markdown: str
    language: str = i18n.DEFAULT  # the language the page is written in (after any fallback)

    @property
    def plain(self) -> str:
        """The text without markup, for search and the terminal."""
        return _MARKUP.sub(lambda m: m.group(1) or "", self.markdown)


@dataclass(frozen=True)
class HelpHit:
    page: HelpPage
    snippet: str


def help_dir() -> Path:
    """The guide's root: the bokmål pages, and ``img/`` with the pictures of both languages
    (the base against which a page's ``img/….png`` is resolved)."""
    return resource_path("help")


def pages_dir(language: str | None = None) -> Path:
    """The folder of ``language``'s pages (default: the chosen language)."""
    lang = language or i18n.language()
    return help_dir() if lang == i18n.DEFAULT else help_dir() / lang


@cache
def _pages(language: str) -> tuple[HelpPage, ...]:
    source = help_dir()
    folder = pages_dir(language)
    # The index's own order (of the bokmål index, so both languages list pages alike), then
    # any page it does not list.
    index = (source / f"{INDEX}.md").read_text(encoding="utf-8")
    order = [INDEX, *dict.fromkeys(_LINK.findall(index))]
    order += sorted(p.stem for p in source.glob("*.md") if p.stem not in order)
    pages = []
    for slug in order:
        path, lang = folder / f"{slug}.md", language
        if not path.is_file():
            path, lang = source / f"{slug}.md", i18n.DEFAULT
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        first = next((ln for ln in text.splitlines() if ln.startswith("# ")), f"# {slug}")
        pages.append(HelpPage(slug, first[2:].strip(), text, lang))
    return tuple(pages)


def help_pages(language: str | None = None) -> list[HelpPage]:
    """Every page in ``language`` (default: the chosen one), the index first, then in the
    order the index lists them."""
    return list(_pages(language or i18n.language()))


def help_page(slug: str, language: str | None = None) -> HelpPage:
    pages = _pages(language or i18n.language())
    for page in pages:
        if page.slug == slug:
            return page
    names = ", ".join(p.slug for p in pages)
    raise BoligregError(f"Ingen hjelpeside heter «{slug}». Sidene er: {names}.",
                        f"No help page is called '{slug}'. The pages are: {names}.")


def page_for_section(key: str | None, language: str | None = None) -> HelpPage:
    return help_page(SECTION_PAGES.get(key or "", INDEX), language)


def search_help(query: str, language: str | None = None) -> list[HelpHit]:
    """Pages in ``language`` (default: the chosen one) holding every word of ``query``
    (case-insensitive), with the first line that holds the first word; the page whose title
    matches comes first."""
    words = query.casefold().split()
    if not words:
        return []
    hits: list[tuple[int, HelpHit]] = []
    for page in _pages(language or i18n.language()):
        text = page.plain.casefold()
        if not all(w in text for w in words):
            continue
        line = next((ln.strip() for ln in page.plain.splitlines()
                     if words[0] in ln.casefold() and ln.strip()), page.title)
        rank = 0 if all(w in page.title.casefold() for w in words) else 1
        hits.append((rank, HelpHit(page, line[:160])))
    return [h for _r, h in sorted(hits, key=lambda x: x[0])]
