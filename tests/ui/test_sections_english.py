"""The window in English: every section shows its texts translated, none left in bokmål.

The window is built in English (``install_translations(app, "en")``) on a demo register and
every section is visited. A text a user reads there (label, button, check box, group box,
tab, table header, combo item, placeholder, action, sidebar item) that equals a bokmål
source text of the catalogue whose English differs was shown untranslated. Translators are
process-global: the fixture puts bokmål back afterwards.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from boligreg.services.demo import generate_demo
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.workers import Job

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
# The contexts checked: every context of the catalogue (the whole window).
CONTEXTS: set[str] | None = None
TAG = re.compile(r"<[^>]+>")


def _pending() -> set[str]:
    """The window's files not yet converted (tests/unit/test_i18n_catalogue.py's PENDING)."""
    path = Path(__file__).resolve().parents[1] / "unit" / "test_i18n_catalogue.py"
    spec = importlib.util.spec_from_file_location("_i18n_catalogue", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.PENDING)


def _file_of(obj: object) -> str:
    return type(obj).__module__.replace(".", "/") + ".py"


def _owner(widget: QWidget) -> str:
    """The file of the nearest boligreg class at or above ``widget``: the code that made it."""
    w: QWidget | None = widget
    while w is not None:
        if type(w).__module__.startswith("boligreg."):
            return _file_of(w)
        w = w.parentWidget()
    return ""


def bokmal_only_texts(contexts: set[str] | None = CONTEXTS) -> dict[str, str]:
    """Bokmål source → English, for every finished entry whose English says something else."""
    out: dict[str, str] = {}
    for context in ET.parse(I18N / "boligreg_en.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        if contexts is not None and name not in contexts:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") or not node.text:
                continue
            if node.text.strip() != source.strip() and not source.strip().isdigit():
                out[source.strip()] = node.text
    return out


def _plain(text: str) -> str:
    return TAG.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def shown_texts(root: QWidget, skip: set[str] | None = None) -> list[tuple[str, str]]:
    """(where, text) for what a user reads in ``root`` and its children; texts made by code
    in the files ``skip`` (not converted yet) are left out."""
    out: list[tuple[str, str]] = []
    skip = skip or set()

    def add(where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            out.append((where, _plain(text)))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if _owner(w) in skip:
            continue
        kind = type(w).__name__
        if isinstance(w, (QLabel, QAbstractButton)):
            add(kind, w.text())
        elif isinstance(w, QGroupBox):
            add(kind, w.title())
        elif isinstance(w, QLineEdit):
            add("placeholder", w.placeholderText())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add("tab", w.tabText(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add("combo item", w.itemText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None \
                and _file_of(w.model()) not in skip:
            model, top = w.model(), QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # a list model (QStringListModel & co.): one column
                columns = 1
            for c in range(columns):
                add("header", model.headerData(c, Qt.Orientation.Horizontal))
            for r in range(min(model.rowCount(top), 30)):  # the first rows: fixed texts there
                for c in range(columns):
                    add("cell", model.index(r, c, top).data())
        for action in w.actions():
            add("action", action.text())
        add("tooltip", w.toolTip())
    return out


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from boligreg.models import create_database
    from boligreg.services.audit.lifecycle import run_audit

    db = create_database(tmp_path_factory.mktemp("english") / "demo.db")
    generate_demo(db, dwellings=400)
    run_audit(db)  # so Avvik shows findings, groups and their counts
    yield db
    db.close()


def test_the_catalogue_has_texts_to_check() -> None:
    texts = bokmal_only_texts()
    assert texts["Kjør kontroll"] == "Run audit"
    assert "Status" not in texts  # the same in both languages: nothing to see
    assert len(texts) > 400


def test_every_section_in_english(qtbot, english, demo_db, monkeypatch) -> None:
    monkeypatch.setattr(Job, "INLINE", True)
    bokmal = bokmal_only_texts()
    pending = _pending()
    w = MainWindow(AppState(demo_db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    sidebar = [w.sidebar.item(r).text() for r in range(w.sidebar.count())]
    assert "Findings" in sidebar and "Fact sheets" in sidebar and "Overview" in sidebar
    english_texts = set(bokmal.values())
    left: dict[str, list[str]] = {}
    few: dict[str, int] = {}  # sections where the check saw hardly any English: it looks
    for row, section in enumerate(w.sections):
        w.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda s=section: not getattr(s, "loading", False), timeout=20_000)
        qtbot.wait(20)
        texts = shown_texts(section, pending)
        bad = sorted({f"{where}: {text!r}" for where, text in texts
                      if text in bokmal})
        if bad:
            left[section.key] = bad
        seen = len({text for _where, text in texts if text in english_texts})
        if seen < 5:
            few[section.key] = seen
    assert left == {}, "bokmål shown in the English window:\n" + "\n".join(
        f"{k}: {v}" for k, v in left.items())
    assert few == {}, "the check saw almost no English texts in these sections"
    headings = {s.key: s.title for s in w.sections}
    assert headings["findings"] == "Findings" and headings["dwellings"] == "Dwellings"
    findings = next(s for s in w.sections if s.key == "findings")
    assert findings.run_button.text() == "Run audit"
    assert findings.model.headerData(0, Qt.Orientation.Horizontal) == "Severity"


def test_the_check_sees_bokmal(qtbot) -> None:
    """The checker itself, in bokmål: the untranslated texts are found."""
    from boligreg.ui.sections.findings import StatusDialog

    dialog = StatusDialog("resolved", 2)
    qtbot.addWidget(dialog)
    found = {text for _where, text in shown_texts(dialog) if text in bokmal_only_texts()}
    assert {"Kommentar (valgfri):", "Endre status", "Avbryt"} <= found
