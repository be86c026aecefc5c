"""The translation catalogues: in step with the source, complete, placeholders kept.

The source language is bokmål; ``resources/i18n/boligreg_en.ts`` holds the English. Qt's own
extractor (``pyside6-lupdate``) is run on the source here, so a text added without a
translation, a translation that went stale, or a ``{placeholder}`` lost in English fails.
A static check finds texts handed to Qt widgets without going through the catalogue.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "tools"))
import i18n as catalogue_tool  # noqa: E402  (tools/i18n.py)

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|%n|%s|%d|%\(\w+\)[sd]")


def _entries(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    out: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, dict[tuple[str, str], ET.Element]]:
    """What lupdate extracts from the source now, for both languages."""
    folder = tmp_path_factory.mktemp("ts")
    out = {}
    for lang in ("nb", "en"):
        target = folder / f"boligreg_{lang}.ts"
        shutil.copy(I18N / f"boligreg_{lang}.ts", target)
        catalogue_tool.run_lupdate(target)
        out[lang] = _entries(target)
    return out


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_catalogue_holds_exactly_the_source_texts(fresh, lang: str) -> None:
    committed = set(_entries(I18N / f"boligreg_{lang}.ts"))
    extracted = set(fresh[lang])
    missing = sorted(extracted - committed)[:20]
    stale = sorted(committed - extracted)[:20]
    assert not missing, f"texts not in boligreg_{lang}.ts (run tools/i18n.py update): {missing}"
    assert not stale, f"entries no source text uses any more: {stale}"


def _translation(message: ET.Element) -> list[str]:
    node = message.find("translation")
    if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    forms = [f.text or "" for f in node.findall("numerusform")]
    return forms or ([node.text] if node.text else [])


def test_every_english_text_is_translated_with_its_placeholders() -> None:
    problems = []
    for (context, source), message in _entries(I18N / "boligreg_en.ts").items():
        texts = _translation(message)
        if not texts or not all(t.strip() for t in texts):
            problems.append(f"untranslated: {context}: {source!r}")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {context}: {source!r} → {text!r}")
    assert not problems, "\n".join(problems[:40])


def test_bokmal_catalogue_says_the_source() -> None:
    for (context, source), message in _entries(I18N / "boligreg_nb.ts").items():
        assert _translation(message) and all(t == source for t in _translation(message)), (
            context, source)


def test_compiled_english_matches_its_source(tmp_path: Path) -> None:
    out = tmp_path / "check.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(I18N / "boligreg_en.ts"), "-qm", str(out)], check=True,
                   capture_output=True, timeout=120)
    assert out.read_bytes() == (I18N / "boligreg_en.qm").read_bytes(), (
        "boligreg_en.qm is stale: run tools/i18n.py update")


def test_reader_without_qt_gives_the_catalogue(monkeypatch) -> None:
    """The CLI's reader (no Qt) answers as the .qm does: every finished English entry."""
    from boligreg import i18n

    monkeypatch.setattr(i18n, "_backend", None)
    i18n.set_language("en")
    try:
        for (context, source), message in _entries(I18N / "boligreg_en.ts").items():
            if message.get("numerus") == "yes":
                continue
            assert i18n.translate(context, source) == _translation(message)[0]
    finally:
        i18n.set_language(None)
    i18n.set_language("nb")
    try:
        assert i18n.translate("X", "Lagre") == "Lagre"
    finally:
        i18n.set_language(None)


# --- texts handed to Qt without the catalogue -------------------------------------------

# Methods and constructors whose string arguments a user reads.
TEXT_SINKS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setTitle", "setLabelText", "addItem", "addItems", "insertItem",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "setTabText",
    "addTab", "insertTab", "addAction", "addMenu", "showMessage", "setInformativeText",
    "setDetailedText", "setAccessibleName", "setAccessibleDescription", "setSpecialValueText",
    "setSuffix", "setPrefix", "addRow", "setItemText", "setTabToolTip", "setItemToolTip",
    "setFormat", "setButtonText", "information", "warning", "critical", "question",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QMenu", "QCommandLinkButton", "QTreeWidgetItem", "QListWidgetItem",
    "QTableWidgetItem", "confirm", "show_error", "show_info", "setNameFilter",
    "getSaveFileName", "getOpenFileName", "getExistingDirectory",
}
# Sinks whose text must be a format string or a non-text (an object name, a file filter
# built from translated pieces) are still caught: only calls of tr/translate count as
# translated.
# Sinks whose last positional argument is item data once there are more than N of them.
DATA_LAST = {"addItem": 1, "insertItem": 2}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "plural"}
WORD = re.compile(r"[A-Za-zÆØÅæøå]{2,}")
# Files not yet converted (issue 16 item 7); each conversion removes its file here.
# The window's shell and shared widgets (converted).
SHELL = {f"boligreg/ui/{name}.py" for name in (
    "main_window", "controller", "context", "as_of_ui", "backup_dialog", "help",
    "export_dialog", "printing", "messages", "sync_ui", "transfer_dialog", "workers", "qtutil",
    "style")} | {str(p.relative_to(ROOT))
                 for p in (ROOT / "boligreg" / "ui" / "widgets").glob("*.py")}
PENDING: set[str] = {
    str(p.relative_to(ROOT)) for p in (ROOT / "boligreg" / "ui").rglob("*.py")
    if p.name not in ("__init__.py", "i18n.py", "screenshot.py")
} - SHELL - {str(p.relative_to(ROOT)) for p in (ROOT / "boligreg" / "ui" / "sections").glob("*.py")}


def _is_user_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORD.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_is_user_text(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _is_user_text(node.left) or _is_user_text(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_is_user_text(e) for e in node.elts)
    return False


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated_texts(path: Path) -> list[str]:
    """``file:line: text`` for every literal text handed to a text sink untranslated."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node.func) not in TEXT_SINKS:
            continue
        args = list(node.args)
        # A combo box's item data (addItem(text, data), insertItem(i, text, data)) is a key,
        # not a text: "nb", "dwellings".
        if _name(node.func) in DATA_LAST and len(args) > DATA_LAST[_name(node.func)]:
            args = args[:-1]
        for arg in [*args, *(k.value for k in node.keywords if k.arg in (
                "text", "title", "toolTip", "yes", "caption"))]:
            if _is_user_text(arg):
                text = ast.unparse(arg)[:70]
                where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
                found.append(f"{where}:{node.lineno}: {text}")
    return found


def test_window_texts_go_through_the_catalogue() -> None:
    problems = []
    for path in sorted((ROOT / "boligreg" / "ui").rglob("*.py")):
        if str(path.relative_to(ROOT)) in PENDING:
            continue
        problems += untranslated_texts(path)
    assert not problems, "texts shown without tr()/translate():\n" + "\n".join(problems[:60])


def test_the_static_check_finds_an_untranslated_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('def f(w):\n    w.setText("Lagre endringer")\n'
                      '    w.setToolTip(w.tr("Lagre"))\n    w.setText(f"{3} boliger")\n'
                      '    w.addItem(w.tr("Engelsk"), "en")\n    w.addItem("Alle bydeler")\n',
                      encoding="utf-8")
    found = untranslated_texts(sample)
    assert [f.split(": ", 1)[1] for f in found] == ["'Lagre endringer'", "f'{3} boliger'",
                                                    "'Alle bydeler'"]
