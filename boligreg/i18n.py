"""The two languages of boligreg: bokmål (the source language) and English.

Every text a user reads is written in bokmål in the source and marked for Qt's translation
tools: ``translate("Kontekst", "Tekst")`` where it is shown, ``QT_TRANSLATE_NOOP("Kontekst",
"Tekst")`` where it is only defined (a module-level label), and ``self.tr("Tekst")`` in Qt
classes. ``pyside6-lupdate`` reads all three; the catalogues are
``resources/i18n/boligreg_nb.ts`` and ``boligreg_en.ts`` (``tools/i18n.py update`` refreshes
them; a test fails on a missing or unfinished translation or a dropped placeholder).

This module has no Qt: the CLI, the PDFs and the exports translate through it. In the window
``boligreg.ui.i18n`` hands it Qt's own ``QCoreApplication.translate`` (the compiled ``.qm``),
so one catalogue serves both and the window's texts go through Qt's machinery.

The language is chosen, in this order, by ``set_language`` (``--lang`` on the CLI), the
``BOLIGREG_LANG`` environment variable, and *Vis → Språk* (``[ui] language`` in the per-user
``settings.ini``). Bokmål is the default. A change in the window takes effect at the next
start (said so in the menu).
"""

from __future__ import annotations

import configparser
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from .paths import data_dir
from .resources import resources_dir

LANGUAGES: dict[str, str] = {"nb": "Norsk bokmål", "en": "English"}
DEFAULT = "nb"

_chosen: str | None = None
# Set by the window: Qt's translate(context, text, disambiguation, n).
_backend: Callable[[str, str], str] | None = None
# A language forced for one piece of work (``using``): per thread and task, so a fact sheet
# rendered in English in a worker thread leaves the window's texts alone.
_forced: ContextVar[str | None] = ContextVar("boligreg_language", default=None)


def _i18n_dir() -> Path:
    return resources_dir() / "i18n"


def catalogue_path(language: str) -> Path:
    """The .ts file of ``language``."""
    return _i18n_dir() / f"boligreg_{language}.ts"


def _saved_language() -> str | None:
    path = data_dir() / "settings.ini"
    if not path.exists():
        return None
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError, OSError):
        return None
    value = parser.get("ui", "language", fallback=None)
    return value if value in LANGUAGES else None


# (BOLIGREG_LANG, BOLIGREG_HOME) → the language they give: reading settings.ini on every
# translate cost ~150 µs, and exports translate per cell. A saved choice applies at the next
# start anyway; save_language clears this.
_resolved: dict[tuple[str, str], str] = {}


def language() -> str:
    """The language texts are shown in now: "nb" or "en"."""
    forced = _forced.get()
    if forced is not None:
        return forced
    if _chosen is not None:
        return _chosen
    key = (os.environ.get("BOLIGREG_LANG", ""), os.environ.get("BOLIGREG_HOME", ""))
    found = _resolved.get(key)
    if found is None:
        env = key[0].strip().lower()
        found = env if env in LANGUAGES else (_saved_language() or DEFAULT)
        _resolved[key] = found
    return found


def set_language(code: str | None) -> None:
    """Choose the language for this process (None: back to environment and settings)."""
    global _chosen
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose one of {', '.join(LANGUAGES)}")
    _chosen = code


def save_language(code: str) -> None:
    """Remember ``code`` in the per-user settings (read at the next start)."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    path = data_dir() / "settings.ini"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep Qt's key case
    if path.exists():
        parser.read(path, encoding="utf-8")
    if not parser.has_section("ui"):
        parser.add_section("ui")
    parser.set("ui", "language", code)
    with path.open("w", encoding="utf-8") as fh:
        parser.write(fh)
    _resolved.clear()


@contextmanager
def using(code: str | None) -> Iterator[None]:
    """Texts in ``code`` inside the block (None: the chosen language), in this thread only:
    an English fact sheet from a bokmål window, a published edition always in bokmål."""
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose one of {', '.join(LANGUAGES)}")
    token = _forced.set(code)
    try:
        yield
    finally:
        _forced.reset(token)


def forced_language() -> str | None:
    """The language ``using`` forces here, if any."""
    return _forced.get()


def install_backend(backend: Callable[[str, str], str] | None) -> None:
    """Let the window route ``translate`` through Qt (None: back to the .ts reader)."""
    global _backend
    _backend = backend


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation of a .ts file; unfinished entries are left out."""
    path = catalogue_path(language)
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            text = node.text or ""
            if text:
                table[(name, source)] = text
    return table


def translate(context: str, text: str) -> str:
    """``text`` (bokmål) in the chosen language; the text itself where no translation is."""
    forced = _forced.get()
    if forced is not None:  # the .ts reader: Qt's translator holds the window's language
        return translate_in(forced, context, text)
    if _backend is not None:
        return _backend(context, text)
    return translate_in(language(), context, text)


def translations(context: str, text: str) -> list[str]:
    """``text`` in every language, bokmål first (from the .ts files, whatever the window's
    translator): for readers that must accept any language's label, e.g. import headers."""
    out = [text]
    for lang in LANGUAGES:
        if lang != DEFAULT:
            other = _catalogue(lang).get((context, text))
            if other and other not in out:
                out.append(other)
    return out


class Labels(Mapping[str, str]):
    """A constant table key → bokmål text (each marked ``QT_TRANSLATE_NOOP(context, …)``) that
    translates when read: ``LABELS[key]``, ``.get`` and ``.items()`` give the chosen language
    at call time, so callers that index the table need no change. ``source`` is the bokmål."""

    def __init__(self, context: str, source: Mapping[str, str]) -> None:
        self.context = context
        self.source = dict(source)

    def __getitem__(self, key: str) -> str:
        return translate(self.context, self.source[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.source)

    def __len__(self) -> int:
        return len(self.source)

    def __repr__(self) -> str:
        return f"Labels({self.context!r}, {self.source!r})"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for the catalogue without translating it (translate it where shown)."""
    return text


def plural(n: int, context: str, one: str, many: str) -> str:
    """``one`` or ``many`` translated, for a count ``n``; both may hold ``{n}``.

    Bokmål and English both have one singular form (1) and one plural form (0, 2, …);
    the caller formats ``{n}`` (``formats.integer``) so numbers stay one style.
    """
    return translate(context, one) if n == 1 else translate(context, many)


def translate_in(language: str, context: str, text: str) -> str:
    """``text`` in ``language`` whatever the chosen one is (a notice given in two languages)."""
    return text if language == DEFAULT else _catalogue(language).get((context, text), text)
