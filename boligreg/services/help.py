"""The user guide shipped with boligreg (resources/help/*.md, bokmål): its pages, which page
belongs to which section of the window, and search across them. Qt-free: the window shows the
pages in a help browser, the CLI prints them (``boligreg help``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

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

    @property
    def plain(self) -> str:
        """The text without markup, for search and the terminal."""
        return _MARKUP.sub(lambda m: m.group(1) or "", self.markdown)


@dataclass(frozen=True)
class HelpHit:
    page: HelpPage
    snippet: str


def help_dir() -> Path:
    return resource_path("help")


@cache
def _pages() -> tuple[HelpPage, ...]:
    folder = help_dir()
    index = (folder / f"{INDEX}.md").read_text(encoding="utf-8")
    # The index's own order first, then any page it does not list.
    order = [INDEX, *dict.fromkeys(_LINK.findall(index))]
    order += sorted(p.stem for p in folder.glob("*.md") if p.stem not in order)
    pages = []
    for slug in order:
        path = folder / f"{slug}.md"
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        first = next((ln for ln in text.splitlines() if ln.startswith("# ")), f"# {slug}")
        pages.append(HelpPage(slug, first[2:].strip(), text))
    return tuple(pages)


def help_pages() -> list[HelpPage]:
    """Every page, the index first, then in the order the index lists them."""
    return list(_pages())


def help_page(slug: str) -> HelpPage:
    for page in _pages():
        if page.slug == slug:
            return page
    names = ", ".join(p.slug for p in _pages())
    raise BoligregError(f"Ingen hjelpeside heter «{slug}». Sidene er: {names}.",
                        f"No help page is called '{slug}'. The pages are: {names}.")


def page_for_section(key: str | None) -> HelpPage:
    return help_page(SECTION_PAGES.get(key or "", INDEX))


def search_help(query: str) -> list[HelpHit]:
    """Pages holding every word of ``query`` (case-insensitive), with the first line that
    holds the first word; the page whose title matches comes first."""
    words = query.casefold().split()
    if not words:
        return []
    hits: list[tuple[int, HelpHit]] = []
    for page in _pages():
        text = page.plain.casefold()
        if not all(w in text for w in words):
            continue
        line = next((ln.strip() for ln in page.plain.splitlines()
                     if words[0] in ln.casefold() and ln.strip()), page.title)
        rank = 0 if all(w in page.title.casefold() for w in words) else 1
        hits.append((rank, HelpHit(page, line[:160])))
    return [h for _r, h in sorted(hits, key=lambda x: x[0])]
