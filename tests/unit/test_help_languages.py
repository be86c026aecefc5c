"""The user guide in both languages: every bokmål page has an English page of the same shape
(headings, lists, tables, links, pictures), and the guide follows the chosen language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from boligreg import i18n
from boligreg.cli import main
from boligreg.services import help as help_service
from boligreg.services.help import (
    SECTION_PAGES,
    help_dir,
    help_page,
    help_pages,
    page_for_section,
    pages_dir,
    search_help,
)

_TARGET = re.compile(r"\]\(([^)]+)\)")


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language(None)


def _shape(text: str) -> list[str]:
    """The page's skeleton: heading levels, list items, table rows, in order."""
    out = []
    for line in text.splitlines():
        if m := re.match(r"(#+) ", line):
            out.append(m.group(1))
        elif m := re.match(r"(- |\d+\. )", line):
            out.append(m.group(1).strip())
        elif line.startswith("|"):
            out.append("|")
    return out


def test_every_bokmal_page_has_an_english_page_of_the_same_shape() -> None:
    bokmal = sorted(p.name for p in help_dir().glob("*.md"))
    english = sorted(p.name for p in pages_dir("en").glob("*.md"))
    assert pages_dir("en") == help_dir() / "en"
    assert bokmal and english == bokmal
    for name in bokmal:
        nb = (help_dir() / name).read_text(encoding="utf-8")
        en = (pages_dir("en") / name).read_text(encoding="utf-8")
        assert _shape(en) == _shape(nb), name
        assert _TARGET.findall(en) == _TARGET.findall(nb), name
        assert en != nb, name
        for target in _TARGET.findall(en):
            if target.endswith(".md"):
                assert (pages_dir("en") / target).is_file(), (name, target)
            else:  # pictures are shared: img/… against the guide's root
                assert (help_dir() / target).is_file(), (name, target)


def test_english_titles_are_the_windows_section_names() -> None:
    with i18n.using("en"):
        for slug in SECTION_PAGES.values():
            nb, en = help_page(slug, "nb").title, help_page(slug, "en").title
            assert en == i18n.translate("Section", nb), slug


def test_pages_and_search_follow_the_chosen_language(english) -> None:
    pages = help_pages()
    assert [p.slug for p in pages] == [p.slug for p in help_pages("nb")]
    assert {p.language for p in pages} == {"en"}
    assert pages[0].title == "User guide for boligreg"
    assert page_for_section("capacity").title == "Vacant capacity"
    hits = search_help("fact sheet")
    assert hits and hits[0].page.slug == "faktaark" and hits[0].page.title == "Fact sheets"
    assert all(h.page.language == "en" for h in hits)
    assert "fact sheet" in hits[0].snippet.casefold()
    assert search_help("faktaarket") == []  # bokmål words are not in the English guide
    assert [h.page.slug for h in search_help("referral share")] == ["avtaler"]


def test_bokmal_is_the_default_and_unchanged() -> None:
    i18n.set_language(None)
    pages = help_pages()
    assert i18n.language() == "nb" and {p.language for p in pages} == {"nb"}
    assert pages[0].title == "Brukerveiledning for boligreg"
    assert search_help("faktaark")[0].page.title == "Faktaark"
    assert search_help("referral share") == []


def test_a_page_without_english_falls_back_to_bokmal(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "index.md").write_text("# Veiledning\n\n- [A](a.md)\n- [B](b.md)\n", "utf-8")
    (tmp_path / "a.md").write_text("# Side A\n", "utf-8")
    (tmp_path / "b.md").write_text("# Side B\n", "utf-8")
    (tmp_path / "en" / "index.md").write_text("# Guide\n\n- [A](a.md)\n- [B](b.md)\n", "utf-8")
    (tmp_path / "en" / "a.md").write_text("# Page A\n", "utf-8")
    monkeypatch.setattr(help_service, "help_dir", lambda: tmp_path)
    help_service._pages.cache_clear()
    try:
        got = [(p.slug, p.title, p.language) for p in help_pages("en")]
        assert got == [("index", "Guide", "en"), ("a", "Page A", "en"),
                       ("b", "Side B", "nb")]
    finally:
        help_service._pages.cache_clear()


def test_cli_help_in_english(capsys) -> None:
    try:
        assert main(["--lang", "en", "help", "--search", "fact sheet"]) == 0
        assert capsys.readouterr().out.startswith("faktaark")
        assert main(["--lang", "en", "help", "import"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("Import") and "The import brings" in out
    finally:
        i18n.set_language(None)
